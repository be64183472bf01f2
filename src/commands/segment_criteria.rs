//! The segment criteria as flags, shared by `segment add` and `segment edit`.

use super::flags;
use crate::domain::rfm::Segment;
use crate::domain::segment_filter::{Between, Criteria, DaySpec, Reach};
use crate::domain::value_matrix::Cell;
use crate::error::{Error, Result};
use clap::Args;

/// The criteria as flags: repeat a flag for "any of".
#[derive(Debug, Args, Default)]
pub struct CriteriaArgs {
    /// Has this tag.
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// In this RFM segment (e.g. "at risk", champions).
    #[arg(long = "rfm", value_name = "SEGMENT")]
    pub rfm: Vec<String>,
    /// In this value-matrix cell: best, frequent, spenders, uncertain, inactive.
    #[arg(long = "cell", value_name = "CELL")]
    pub cells: Vec<String>,
    /// Total spent between: 100..500, 100.., ..50.
    #[arg(long, value_name = "MIN..MAX")]
    pub spent: Option<String>,
    /// Number of visits (purchase days) between: 3.., 1..2.
    #[arg(long, value_name = "MIN..MAX")]
    pub visits: Option<String>,
    /// Last purchase before a date or N days ago (90d).
    #[arg(long, value_name = "DATE|Nd")]
    pub last_purchase_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub last_purchase_after: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub first_purchase_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub first_purchase_after: Option<String>,
    #[arg(long = "city", value_name = "CITY")]
    pub cities: Vec<String>,
    /// A postcode, or a prefix ending in * (69*).
    #[arg(long = "postcode", value_name = "POSTCODE")]
    pub postcodes: Vec<String>,
    /// Can be reached by email or phone.
    #[arg(long = "has", value_enum, value_name = "WHAT")]
    pub has: Vec<Reach>,
    /// Birthday in this month (1–12).
    #[arg(long = "birthday-month", value_name = "MONTH")]
    pub birthday_months: Vec<u32>,
    #[arg(long, value_name = "DATE|Nd")]
    pub created_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub created_after: Option<String>,
    /// Bought this category (see `carnet purchase categories list`).
    #[arg(long = "bought", value_name = "CATEGORY")]
    pub bought: Vec<String>,
    /// With --bought: bought it on or after a date or N days ago (365d).
    #[arg(long, value_name = "DATE|Nd")]
    pub bought_since: Option<String>,
    /// Never bought this category.
    #[arg(long = "not-bought", value_name = "CATEGORY")]
    pub not_bought: Vec<String>,
    /// Bought at least once on this sales channel (shop, market, online...).
    #[arg(long = "channel", value_name = "CHANNEL")]
    pub channels: Vec<String>,
    /// In this cell of the loyalty matrix: true, latent, spurious, none, no_answer.
    #[arg(long = "loyalty", value_name = "CELL")]
    pub loyalty: Vec<String>,
}

fn flag_err(flag: &str) -> impl Fn(crate::domain::Invalid) -> Error + '_ {
    move |e| Error::from(e).for_flag(&format!("--{flag}"))
}

impl CriteriaArgs {
    /// Refuse a `--channel` that is not one of the config's sales channels
    /// (it would match nobody, silently).
    pub fn check_channels(&self, config: &crate::config::Config) -> Result<()> {
        for ch in &self.channels {
            crate::app::purchases::sales_channel(config, ch)?;
        }
        Ok(())
    }

    /// Apply the given flags onto `c`; returns how many criteria were set.
    pub fn apply(self, c: &mut Criteria) -> Result<usize> {
        let mut n = 0;
        let day = |flag: &str, v: Option<String>| v.map(|s| DaySpec::parse(&s).map_err(flag_err(flag))).transpose();
        if !self.tags.is_empty() {
            c.tags = flags::tags(&self.tags)?;
            n += 1;
        }
        if !self.rfm.is_empty() {
            c.rfm = self.rfm.iter().map(|s| parse_segment(s)).collect::<Result<_>>()?;
            n += 1;
        }
        if !self.cells.is_empty() {
            c.cells = self.cells.iter().map(|s| parse_cell(s)).collect::<Result<_>>()?;
            n += 1;
        }
        if let Some(s) = self.spent {
            c.spent = Some(Between::parse_money(&s).map_err(flag_err("spent"))?);
            n += 1;
        }
        if let Some(s) = self.visits {
            c.visits = Some(Between::parse_count(&s).map_err(flag_err("visits"))?);
            n += 1;
        }
        for (slot, flag, v) in [
            (&mut c.last_purchase_before, "last-purchase-before", self.last_purchase_before),
            (&mut c.last_purchase_after, "last-purchase-after", self.last_purchase_after),
            (&mut c.first_purchase_before, "first-purchase-before", self.first_purchase_before),
            (&mut c.first_purchase_after, "first-purchase-after", self.first_purchase_after),
            (&mut c.created_before, "created-before", self.created_before),
            (&mut c.created_after, "created-after", self.created_after),
        ] {
            if let Some(d) = day(flag, v)? {
                *slot = Some(d);
                n += 1;
            }
        }
        if !self.cities.is_empty() {
            c.cities = self.cities;
            n += 1;
        }
        if !self.postcodes.is_empty() {
            c.postcodes = self.postcodes;
            n += 1;
        }
        if !self.has.is_empty() {
            c.has = self.has;
            n += 1;
        }
        for (slot, v) in [(&mut c.bought, self.bought), (&mut c.not_bought, self.not_bought)] {
            if !v.is_empty() {
                *slot = v.iter().filter_map(|x| crate::domain::purchase::category_name(x)).collect();
                n += 1;
            }
        }
        if let Some(d) = day("bought-since", self.bought_since)? {
            c.bought_since = Some(d);
            n += 1;
        }
        if c.bought_since.is_some() && c.bought.is_empty() {
            return Err(Error::usage(
                crate::i18n::Text::tr("err-bought-since", vec![]),
                crate::i18n::Text::tr("hint-bought-since", vec![]),
            ));
        }
        if !self.channels.is_empty() {
            c.channels = self.channels.iter().map(|x| x.trim().to_string()).collect();
            n += 1;
        }
        if !self.loyalty.is_empty() {
            c.loyalty = self
                .loyalty
                .iter()
                .map(|v| {
                    crate::domain::satisfaction::LoyaltyCell::parse(v).ok_or_else(|| {
                        Error::t(crate::error::Kind::Invalid, "err-loyalty-cell", crate::targs!["value" => v.as_str()])
                            .for_flag("--loyalty")
                    })
                })
                .collect::<Result<_>>()?;
            n += 1;
        }
        if !self.birthday_months.is_empty() {
            if let Some(m) = self.birthday_months.iter().find(|m| !(1..=12).contains(*m)) {
                return Err(Error::t(
                    crate::error::Kind::Invalid,
                    "err-not-a-month",
                    crate::targs!["value" => m.to_string()],
                )
                .for_flag("--birthday-month"));
            }
            c.birthday_months = self.birthday_months;
            n += 1;
        }
        Ok(n)
    }
}

fn parse_segment(s: &str) -> Result<Segment> {
    super::flags::builtin_segment_english(s).and_then(Segment::parse).ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "err-not-a-segment", crate::targs!["value" => s])
            .for_flag("--rfm")
            .with_hint_t("hint-segments-are", crate::targs!["names" => Segment::ALL.map(|s| s.name()).join(", ")])
    })
}

fn parse_cell(s: &str) -> Result<Cell> {
    super::flags::value_cell(s).ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "err-not-a-cell", crate::targs!["value" => s])
            .for_flag("--cell")
            .with_hint_t("hint-cells-are", vec![])
    })
}
