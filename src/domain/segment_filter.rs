//! Saved segments: a filter over contacts, evaluated when used. Criteria
//! combine with AND; the values listed within one criterion with OR.

use super::dates::{from_day_number, parse_iso};
use super::money::Cents;
use super::purchase::category_key;
use super::rfm::{CustomerHistory, Segment};
use super::value_matrix::Cell;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::criterion_values::{Between, DaySpec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Reach {
    Email,
    Phone,
}

/// The criteria of a saved segment, stored as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Criteria {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rfm: Vec<Segment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Cell>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spent: Option<Between>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visits: Option<Between>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_purchase_before: Option<DaySpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_purchase_after: Option<DaySpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_purchase_before: Option<DaySpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_purchase_after: Option<DaySpec>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cities: Vec<String>,
    /// Exact, or a prefix ending in `*` (`69*`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub postcodes: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has: Vec<Reach>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub birthday_months: Vec<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_before: Option<DaySpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_after: Option<DaySpec>,
    /// Bought one of these categories (compared by [`category_key`]) …
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bought: Vec<String>,
    /// … on or after this day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bought_since: Option<DaySpec>,
    /// Never bought any of these categories.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_bought: Vec<String>,
    /// Bought at least once on one of these sales channels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<String>,
    /// In this cell of the loyalty matrix (`report loyalty-matrix`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub loyalty: Vec<super::satisfaction::LoyaltyCell>,
    /// A regular slipping away, as `remind` lists them (the built-in
    /// segment [`SLIPPING_AWAY`]).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub slipping_away: bool,
}

/// The built-in segment of the regulars slipping away.
pub const SLIPPING_AWAY: &str = "Slipping Away";

/// What a criterion is checked against, for one contact.
#[derive(Debug, Clone)]
pub struct Profile {
    pub contact_id: i64,
    pub tags: Vec<String>,
    pub city: Option<String>,
    pub postcode: Option<String>,
    pub has_email: bool,
    pub has_phone: bool,
    pub birthday_month: Option<u32>,
    pub created: NaiveDate,
    pub history: Option<CustomerHistory>,
    pub segment: Option<Segment>,
    pub cell: Option<Cell>,
    /// Each category bought (its key) with the last day it was bought;
    /// read only when a criterion asks.
    pub categories: Vec<(String, NaiveDate)>,
    /// The sales channels bought on; read only when a criterion asks.
    pub channels: Vec<String>,
    /// Their loyalty-matrix cell (customers only); read only when asked.
    pub loyalty: Option<super::satisfaction::LoyaltyCell>,
    /// Slipping away (see `app::slipping`); set only when a criterion asks.
    pub slipping: bool,
}

impl Criteria {
    pub fn is_empty(&self) -> bool {
        *self == Criteria::default()
    }

    /// Whether evaluating needs RFM scores or value-matrix cells (which
    /// depend on every customer, not just this one).
    pub fn needs_rfm(&self) -> bool {
        !self.rfm.is_empty()
    }

    pub fn needs_cells(&self) -> bool {
        !self.cells.is_empty()
    }

    /// Whether evaluating reads what each contact bought, by category.
    pub fn needs_categories(&self) -> bool {
        !self.bought.is_empty() || !self.not_bought.is_empty()
    }

    /// Whether evaluating needs the loyalty matrix (RFM and answers).
    pub fn needs_loyalty(&self) -> bool {
        !self.loyalty.is_empty()
    }

    pub fn needs_channels(&self) -> bool {
        !self.channels.is_empty()
    }

    pub fn needs_slipping(&self) -> bool {
        self.slipping_away
    }

    /// Whether evaluating reads purchase histories at all.
    pub fn needs_history(&self) -> bool {
        self.needs_rfm()
            || self.needs_cells()
            || self.needs_loyalty()
            || self.spent.is_some()
            || self.visits.is_some()
            || self.last_purchase_before.is_some()
            || self.last_purchase_after.is_some()
            || self.first_purchase_before.is_some()
            || self.first_purchase_after.is_some()
    }

    pub fn matches(&self, p: &Profile, as_of: NaiveDate) -> bool {
        let any = |list_empty: bool, hit: bool| list_empty || hit;
        let h = p.history.as_ref();
        let day_of = |d: Option<i32>| d.and_then(from_day_number);
        let last = day_of(h.map(|h| h.last_day));
        let first = day_of(h.map(|h| h.first_day));
        let before = |d: Option<NaiveDate>, spec: Option<DaySpec>| match spec {
            None => true,
            Some(s) => d.is_some_and(|d| d < s.resolve(as_of)),
        };
        let after = |d: Option<NaiveDate>, spec: Option<DaySpec>| match spec {
            None => true,
            Some(s) => d.is_some_and(|d| d > s.resolve(as_of)),
        };
        let bought_since = self.bought_since.map(|s| s.resolve(as_of));
        let bought = |c: &String, since: Option<NaiveDate>| {
            let k = category_key(c);
            p.categories.iter().any(|(pk, last)| *pk == k && since.is_none_or(|s| *last >= s))
        };
        any(self.bought.is_empty(), self.bought.iter().any(|c| bought(c, bought_since)))
            && !self.not_bought.iter().any(|c| bought(c, None))
            && any(
                self.channels.is_empty(),
                self.channels.iter().any(|c| p.channels.iter().any(|pc| category_key(pc) == category_key(c))),
            )
            && any(self.tags.is_empty(), self.tags.iter().any(|t| p.tags.contains(t)))
            && any(self.rfm.is_empty(), p.segment.is_some_and(|s| self.rfm.contains(&s)))
            && any(self.cells.is_empty(), p.cell.is_some_and(|c| self.cells.contains(&c)))
            && any(self.loyalty.is_empty(), p.loyalty.is_some_and(|c| self.loyalty.contains(&c)))
            && self.spent.is_none_or(|b| b.contains(h.map_or(0, |h| h.total_cents)))
            && self.visits.is_none_or(|b| b.contains(h.map_or(0, |h| h.days as i64)))
            && before(last, self.last_purchase_before)
            && after(last, self.last_purchase_after)
            && before(first, self.first_purchase_before)
            && after(first, self.first_purchase_after)
            && any(
                self.cities.is_empty(),
                p.city
                    .as_deref()
                    .is_some_and(|c| self.cities.iter().any(|x| super::contact::fold(x) == super::contact::fold(c))),
            )
            && any(
                self.postcodes.is_empty(),
                p.postcode.as_deref().is_some_and(|pc| {
                    self.postcodes.iter().any(|x| match x.strip_suffix('*') {
                        Some(prefix) => pc.starts_with(prefix),
                        None => pc == x,
                    })
                }),
            )
            && any(
                self.has.is_empty(),
                self.has.iter().any(|r| match r {
                    Reach::Email => p.has_email,
                    Reach::Phone => p.has_phone,
                }),
            )
            && any(self.birthday_months.is_empty(), p.birthday_month.is_some_and(|m| self.birthday_months.contains(&m)))
            && before(Some(p.created), self.created_before)
            && after(Some(p.created), self.created_after)
            && (!self.slipping_away || p.slipping)
    }

    /// The criteria in words, in English (the JSON and CSV of `segment list`).
    pub fn describe(&self) -> String {
        self.describe_text().into_english()
    }

    /// The criteria in words, for `segment list` and `segment show`, to be
    /// said in the run's language.
    pub fn describe_text(&self) -> Text {
        use crate::i18n::Arg;
        let or_list = |v: Vec<Arg>| -> Arg {
            let mut parts = Vec::new();
            for (i, a) in v.into_iter().enumerate() {
                if i > 0 {
                    parts.push(Text::tr("crit-or", vec![]));
                }
                parts.push(Text::tr("crit-value", vec![("v", a)]));
            }
            Arg::from(Text::concat(parts))
        };
        let words = |v: &[String]| or_list(v.iter().map(|s| Arg::from(s.as_str())).collect());
        let mut parts: Vec<Text> = Vec::new();
        let mut push = |id: &'static str, args: Vec<(&'static str, Arg)>| parts.push(Text::tr(id, args));
        if !self.tags.is_empty() {
            push("crit-tag", vec![("list", words(&self.tags))]);
        }
        if !self.bought.is_empty() {
            match self.bought_since {
                Some(d) => push("crit-bought-since", vec![("list", words(&self.bought)), ("day", describe_day(d))]),
                None => push("crit-bought", vec![("list", words(&self.bought))]),
            }
        }
        if !self.not_bought.is_empty() {
            push("crit-never-bought", vec![("list", words(&self.not_bought))]);
        }
        if !self.channels.is_empty() {
            let channels = self.channels.iter().map(|c| Arg::Word("channel", c.clone())).collect();
            push("crit-channel", vec![("list", or_list(channels))]);
        }
        if !self.rfm.is_empty() {
            let names = self.rfm.iter().map(|s| Arg::Word("segment", s.name().to_string())).collect();
            push("crit-rfm", vec![("list", or_list(names))]);
        }
        if !self.cells.is_empty() {
            let names = self.cells.iter().map(|c| Arg::Word("cell", c.name().to_string())).collect();
            push("crit-cell", vec![("list", or_list(names))]);
        }
        if !self.loyalty.is_empty() {
            let names = self.loyalty.iter().map(|c| Arg::Word("loyalty", c.as_str().to_string())).collect();
            push("crit-loyalty", vec![("list", or_list(names))]);
        }
        let range = |b: &Between, money: bool| {
            let f = |v: i64| {
                if money {
                    Cents(v).to_string()
                } else {
                    v.to_string()
                }
            };
            match (b.min, b.max) {
                (Some(a), Some(z)) => format!("{}..{}", f(a), f(z)),
                (Some(a), None) => format!("{}..", f(a)),
                (None, Some(z)) => format!("..{}", f(z)),
                (None, None) => String::new(),
            }
        };
        if let Some(b) = &self.spent {
            push("crit-spent", vec![("range", Arg::from(range(b, true)))]);
        }
        if let Some(b) = &self.visits {
            push("crit-visits", vec![("range", Arg::from(range(b, false)))]);
        }
        for (id, v) in [
            ("crit-last-purchase-before", self.last_purchase_before),
            ("crit-last-purchase-after", self.last_purchase_after),
            ("crit-first-purchase-before", self.first_purchase_before),
            ("crit-first-purchase-after", self.first_purchase_after),
            ("crit-created-before", self.created_before),
            ("crit-created-after", self.created_after),
        ] {
            if let Some(d) = v {
                push(id, vec![("day", describe_day(d))]);
            }
        }
        if !self.cities.is_empty() {
            push("crit-city", vec![("list", words(&self.cities))]);
        }
        if !self.postcodes.is_empty() {
            push("crit-postcode", vec![("list", words(&self.postcodes))]);
        }
        if !self.has.is_empty() {
            let has = self.has.iter().map(|r| Arg::Word("reach", format!("{r:?}").to_lowercase())).collect();
            push("crit-has", vec![("list", or_list(has))]);
        }
        if !self.birthday_months.is_empty() {
            let months = self.birthday_months.iter().map(|m| Arg::from(*m)).collect();
            push("crit-birthday-month", vec![("list", or_list(months))]);
        }
        if self.slipping_away {
            push("crit-slipping-away", vec![]);
        }
        if parts.is_empty() {
            return Text::tr("crit-every-contact", vec![]);
        }
        let mut joined = Vec::new();
        for (i, p) in parts.into_iter().enumerate() {
            if i > 0 {
                joined.push(Text::tr("crit-and", vec![]));
            }
            joined.push(p);
        }
        Text::concat(joined)
    }
}

/// `90 days ago` or the date, as a criterion's description says it.
/// (French says `avant le 13/11/2026` but `avant J-90`.)
fn describe_day(d: DaySpec) -> crate::i18n::Arg {
    use chrono::Datelike;
    match d {
        DaySpec::DaysAgo(n) => crate::i18n::Arg::local(format!("{n} days ago"), format!("J-{n}")),
        DaySpec::On(d) => {
            crate::i18n::Arg::local(d.to_string(), format!("le {:02}/{:02}/{}", d.day(), d.month(), d.year()))
        }
    }
}

/// The month of a stored birthday (`1980-03-14` or `--03-14`).
pub fn birthday_month(b: &str) -> Option<u32> {
    let md = b.strip_prefix("--").unwrap_or_else(|| b.get(5..).unwrap_or(""));
    md.get(0..2)?.parse().ok().filter(|m| (1..=12).contains(m))
}

/// The calendar day of an RFC 3339 timestamp.
pub fn created_day(ts: &str) -> NaiveDate {
    ts.get(0..10).and_then(|d| parse_iso(d).ok()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::to_day_number;

    fn day(s: &str) -> NaiveDate {
        parse_iso(s).unwrap()
    }

    fn profile() -> Profile {
        Profile {
            contact_id: 1,
            tags: vec!["vip".into()],
            city: Some("Lyon".into()),
            postcode: Some("69001".into()),
            has_email: true,
            has_phone: false,
            birthday_month: Some(3),
            created: day("2023-01-10"),
            history: Some(CustomerHistory {
                contact_id: 1,
                first_day: to_day_number(day("2023-02-01")),
                last_day: to_day_number(day("2024-03-01")),
                rows: 5,
                days: 4,
                total_cents: 25000,
            }),
            segment: Some(Segment::AtRisk),
            cell: Some(Cell::Spenders),
            categories: vec![("atelier".into(), day("2023-05-01")), ("bouquet".into(), day("2024-03-01"))],
            channels: vec!["market".into()],
            loyalty: None,
            slipping: false,
        }
    }

    #[test]
    fn slipping_away_is_a_builtin_that_holds_only_those_slipping() {
        let c = builtin("slipping away").unwrap();
        assert_eq!(c, builtin("Slipping-Away").unwrap());
        assert!(c.needs_slipping() && !c.needs_history());
        let as_of = day("2024-06-30");
        let mut p = profile();
        assert!(!c.matches(&p, as_of));
        p.slipping = true;
        assert!(c.matches(&p, as_of));
        assert!(builtin_names().contains(&SLIPPING_AWAY));
        assert_eq!(serde_json::to_string(&c).unwrap(), r#"{"slipping_away":true}"#);
        assert_eq!(serde_json::to_string(&Criteria::default()).unwrap(), "{}");
        let mut dropped = c.clone();
        dropped.drop("slipping-away").unwrap();
        assert!(dropped.is_empty());
        assert!(c.describe().starts_with("slipping away"), "{}", c.describe());
    }

    #[test]
    fn what_was_bought_where_and_since_when() {
        let c = |f: fn(&mut Criteria)| {
            let mut c = Criteria::default();
            f(&mut c);
            check(c)
        };
        assert!(c(|c| c.bought = vec!["Atelier".into()]), "case and accents aside");
        assert!(c(|c| c.bought = vec!["plantes".into(), "BOUQUET".into()]), "any of the list");
        assert!(!c(|c| c.bought = vec!["plantes".into()]));
        assert!(
            !c(|c| {
                c.bought = vec!["atelier".into()];
                c.bought_since = Some(DaySpec::DaysAgo(365));
            }),
            "the workshop was more than a year before 2024-06-30"
        );
        assert!(
            c(|c| {
                c.bought = vec!["bouquet".into()];
                c.bought_since = Some(DaySpec::On(day("2024-03-01")));
            }),
            "on the day counts"
        );
        assert!(!c(|c| c.not_bought = vec!["bouquet".into()]));
        assert!(c(|c| c.not_bought = vec!["mariage".into()]));
        assert!(
            c(|c| {
                c.bought = vec!["atelier".into()];
                c.not_bought = vec!["mariage".into()];
            }),
            "took a workshop, never a wedding"
        );
        assert!(c(|c| c.channels = vec!["market".into()]) && !c(|c| c.channels = vec!["online".into()]));
        let mut d =
            Criteria { bought: vec!["atelier".into()], not_bought: vec!["bouquet".into()], ..Default::default() };
        d.bought_since = Some(DaySpec::DaysAgo(90));
        d.channels = vec!["market".into()];
        assert_eq!(
            d.describe(),
            "bought atelier since 90 days ago, and never bought bouquet, and bought on channel market"
        );
    }

    fn check(c: Criteria) -> bool {
        c.matches(&profile(), day("2024-06-30"))
    }

    #[test]
    fn each_criterion() {
        assert!(check(Criteria::default()));
        assert!(check(Criteria { tags: vec!["x".into(), "vip".into()], ..Default::default() }));
        assert!(!check(Criteria { tags: vec!["x".into()], ..Default::default() }));
        assert!(check(Criteria { rfm: vec![Segment::AtRisk, Segment::Hibernating], ..Default::default() }));
        assert!(!check(Criteria { rfm: vec![Segment::Champions], ..Default::default() }));
        assert!(check(Criteria { cells: vec![Cell::Spenders], ..Default::default() }));
        assert!(check(Criteria { spent: Some(Between::parse_money("100..250").unwrap()), ..Default::default() }));
        assert!(!check(Criteria { spent: Some(Between::parse_money("250,01..").unwrap()), ..Default::default() }));
        assert!(check(Criteria { visits: Some(Between::parse_count("4..").unwrap()), ..Default::default() }));
        assert!(!check(Criteria { visits: Some(Between::parse_count("..3").unwrap()), ..Default::default() }));
        // Last purchase 2024-03-01 is 121 days before 2024-06-30.
        assert!(check(Criteria { last_purchase_before: Some(DaySpec::DaysAgo(90)), ..Default::default() }));
        assert!(!check(Criteria { last_purchase_before: Some(DaySpec::DaysAgo(200)), ..Default::default() }));
        assert!(check(Criteria {
            last_purchase_after: Some(DaySpec::parse("2024-01-01").unwrap()),
            ..Default::default()
        }));
        assert!(check(Criteria {
            first_purchase_before: Some(DaySpec::parse("2023-03-01").unwrap()),
            ..Default::default()
        }));
        assert!(!check(Criteria {
            first_purchase_after: Some(DaySpec::parse("2023-03-01").unwrap()),
            ..Default::default()
        }));
        assert!(check(Criteria { cities: vec!["LYON".into()], ..Default::default() }));
        assert!(check(Criteria { postcodes: vec!["69*".into()], ..Default::default() }));
        assert!(!check(Criteria { postcodes: vec!["6900".into()], ..Default::default() }));
        assert!(check(Criteria { has: vec![Reach::Phone, Reach::Email], ..Default::default() }));
        assert!(!check(Criteria { has: vec![Reach::Phone], ..Default::default() }));
        assert!(check(Criteria { birthday_months: vec![3, 4], ..Default::default() }));
        assert!(check(Criteria { created_before: Some(DaySpec::parse("2023-02-01").unwrap()), ..Default::default() }));
        assert!(!check(Criteria { created_after: Some(DaySpec::parse("2023-02-01").unwrap()), ..Default::default() }));
    }

    #[test]
    fn criteria_combine_with_and() {
        let both = Criteria { tags: vec!["vip".into()], has: vec![Reach::Phone], ..Default::default() };
        assert!(!check(both));
    }

    #[test]
    fn a_contact_without_purchases() {
        let mut p = profile();
        p.history = None;
        p.segment = None;
        let as_of = day("2024-06-30");
        assert!(Criteria { spent: Some(Between::parse_money("..0").unwrap()), ..Default::default() }.matches(&p, as_of));
        assert!(!Criteria { last_purchase_before: Some(DaySpec::DaysAgo(1)), ..Default::default() }.matches(&p, as_of));
        assert!(!Criteria { rfm: vec![Segment::AtRisk], ..Default::default() }.matches(&p, as_of));
    }

    #[test]
    fn parsing_and_round_trip() {
        assert!(Between::parse_money("500..100").is_err());
        assert!(Between::parse_money("..").is_err());
        assert!(Between::parse_count("x..").is_err());
        assert!(DaySpec::parse("soon").is_err());
        let c = Criteria {
            spent: Some(Between::parse_money("100..").unwrap()),
            last_purchase_before: Some(DaySpec::DaysAgo(90)),
            rfm: vec![Segment::CantLoseThem],
            ..Default::default()
        };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(json, r#"{"rfm":["Can't Lose Them"],"spent":{"min":10000},"last_purchase_before":"90d"}"#);
        assert_eq!(serde_json::from_str::<Criteria>(&json).unwrap(), c);
        assert_eq!(
            c.describe(),
            "RFM segment Can't Lose Them, and spent 100.00.., and last purchase before 90 days ago"
        );
    }

    #[test]
    fn birthday_months() {
        assert_eq!(birthday_month("1980-03-14"), Some(3));
        assert_eq!(birthday_month("--11-30"), Some(11));
        assert_eq!(birthday_month("junk"), None);
    }
}

/// The built-in segments: every RFM segment and every value-matrix cell,
/// by its name.
pub fn builtin(name: &str) -> Option<Criteria> {
    let key = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
    if key(name) == key(SLIPPING_AWAY) {
        return Some(Criteria { slipping_away: true, ..Default::default() });
    }
    if let Some(s) = crate::domain::rfm::Segment::parse(name) {
        return Some(Criteria { rfm: vec![s], ..Default::default() });
    }
    crate::domain::value_matrix::Cell::parse(name).map(|c| Criteria { cells: vec![c], ..Default::default() })
}

/// The names of the built-in segments, in report order.
pub fn builtin_names() -> Vec<&'static str> {
    use crate::domain::{rfm::Segment, value_matrix::Cell};
    Segment::ALL.iter().map(|s| s.name()).chain(Cell::ALL.iter().map(|c| c.name())).chain([SLIPPING_AWAY]).collect()
}

/// The criteria by the names of their flags (`segment edit --drop NAME`).
pub const CRITERION_NAMES: &[&str] = &[
    "tag",
    "rfm",
    "cell",
    "spent",
    "visits",
    "last-purchase-before",
    "last-purchase-after",
    "first-purchase-before",
    "first-purchase-after",
    "city",
    "postcode",
    "has",
    "birthday-month",
    "created-before",
    "created-after",
    "bought",
    "bought-since",
    "not-bought",
    "channel",
    "slipping-away",
];

impl Criteria {
    /// Remove the criterion named as its flag is (`tag`, `--visits`…).
    pub fn drop(&mut self, name: &str) -> Result<(), crate::domain::Invalid> {
        let c = self;
        match name.trim().trim_start_matches("--").replace('_', "-").as_str() {
            "tag" | "tags" => c.tags.clear(),
            "rfm" => c.rfm.clear(),
            "cell" | "cells" => c.cells.clear(),
            "spent" => c.spent = None,
            "visits" => c.visits = None,
            "last-purchase-before" => c.last_purchase_before = None,
            "last-purchase-after" => c.last_purchase_after = None,
            "first-purchase-before" => c.first_purchase_before = None,
            "first-purchase-after" => c.first_purchase_after = None,
            "city" | "cities" => c.cities.clear(),
            "postcode" | "postcodes" => c.postcodes.clear(),
            "has" => c.has.clear(),
            "birthday-month" => c.birthday_months.clear(),
            "created-before" => c.created_before = None,
            "created-after" => c.created_after = None,
            "bought" => {
                c.bought.clear();
                c.bought_since = None;
            }
            "bought-since" => c.bought_since = None,
            "not-bought" => c.not_bought.clear(),
            "channel" | "channels" => c.channels.clear(),
            "slipping-away" => c.slipping_away = false,
            other => {
                return Err(super::Invalid(crate::i18n::Text::tr(
                    "err-not-a-criterion",
                    crate::targs!["value" => other, "names" => CRITERION_NAMES.join(", ")],
                )))
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    #[test]
    fn every_builtin_name_finds_its_segment_and_every_criterion_can_be_dropped() {
        for n in builtin_names() {
            assert!(builtin(n).is_some(), "{n}");
        }
        assert!(builtin("lapsed-regulars").is_none());
        let mut c = Criteria { visits: Some(Between::parse_count("3..").unwrap()), ..Default::default() };
        for n in CRITERION_NAMES {
            c.drop(n).unwrap();
        }
        assert!(c.is_empty());
        assert!(c.drop("colour").is_err());
    }
}
