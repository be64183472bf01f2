//! The loyalty card: join, redeem, a member's history and balance, and
//! the programme's report. Every balance is worked out from the
//! purchases and redemptions when asked (`domain::loyalty`).

use super::{resolve_contact, App};
use crate::domain::campaign_economics::{Estimate, Z95};
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::loyalty::{Event, Line, Reward, Rules};
use crate::error::{Error, Kind, Result};
use crate::store::loyalty::{self, EventRow};
use crate::store::Db;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// The rules, or why there are none: no `[loyalty]` programme.
pub fn rules(app: &App) -> Result<Rules> {
    app.config
        .loyalty
        .rules()
        .ok_or_else(|| Error::t(Kind::Config, "err-loyalty-off", vec![]).with_hint_t("hint-loyalty-config", vec![]))
}

/// A member's balance today and the reward that comes next.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub contact_id: i64,
    pub joined: NaiveDate,
    pub balance: i64,
    /// The next reward and the points still missing.
    pub next: Option<(Reward, i64)>,
    /// The rewards the balance affords now.
    pub affordable: Vec<Reward>,
}

fn events(rows: &[EventRow]) -> Vec<Event> {
    rows.iter().map(|r| r.event).collect()
}

/// The card of a contact; None when there is no programme or they are
/// not a member.
pub fn card(db: &Db, rules: Option<&Rules>, contact: i64, today: NaiveDate) -> Result<Option<Card>> {
    let (Some(rules), Some(joined)) = (rules, loyalty::joined(db, contact)?) else { return Ok(None) };
    let rows = loyalty::events_of(db, contact)?;
    let balance = rules.balance(&events(&rows), to_day_number(today));
    Ok(Some(Card {
        contact_id: contact,
        joined: from_day_number(joined).unwrap_or_default(),
        balance,
        next: rules.next_reward(balance).map(|(r, n)| (r.clone(), n)),
        affordable: rules.rewards.iter().filter(|r| r.points <= balance).cloned().collect(),
    }))
}

/// `loyalty join CONTACT [--on DAY]`: purchases from that day earn.
pub fn join(app: &mut App, contact: &str, on: NaiveDate) -> Result<(i64, bool)> {
    rules(app)?;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, contact)?;
    let new = loyalty::join(&tx, id, to_day_number(on), &now)?;
    tx.commit()?;
    Ok((id, new))
}

/// `loyalty redeem CONTACT REWARD`: refused, in words, when the balance
/// is short or they are not a member.
pub fn redeem(app: &mut App, contact: &str, reward: &str) -> Result<(Reward, Card)> {
    let rules = rules(app)?;
    let today = app.today;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, contact)?;
    let Some(r) = rules.reward(reward).cloned() else {
        let names: Vec<String> = rules.rewards.iter().map(|r| format!("{} ({})", r.name, r.points)).collect();
        return Err(Error::t(
            Kind::NotFound,
            "err-loyalty-no-reward",
            crate::targs!["value" => crate::error::echo(reward)],
        )
        .with_hint_t("hint-loyalty-rewards", crate::targs!["names" => names.join(", ")]));
    };
    let Some(card) = card(&tx, Some(&rules), id, today)? else {
        return Err(not_member(&tx, id)?);
    };
    if card.balance < r.points {
        return Err(Error::t(
            Kind::Conflict,
            "err-loyalty-short",
            crate::targs!["reward" => r.name.as_str(), "points" => r.points, "balance" => card.balance, "missing" => r.points - card.balance],
        ));
    }
    loyalty::redeem(&tx, id, to_day_number(today), &r.name, r.points, &now)?;
    let after = card_or_internal(&tx, &rules, id, today)?;
    tx.commit()?;
    Ok((r, after))
}

fn card_or_internal(db: &Db, rules: &Rules, id: i64, today: NaiveDate) -> Result<Card> {
    card(db, Some(rules), id, today)?.ok_or_else(|| Error::internal("a member's card is gone"))
}

fn not_member(db: &Db, id: i64) -> Result<Error> {
    let name = crate::store::contacts::get(db, id)?.map(|c| c.fields.name).unwrap_or_default();
    Ok(Error::t(Kind::NotFound, "err-loyalty-not-member", crate::targs!["name" => name])
        .with_hint_t("hint-loyalty-join", crate::targs!["id" => id]))
}

/// One line of `loyalty history`.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryLine {
    pub line: Line,
    /// The purchase's or redemption's id (none for an expiry).
    pub ref_id: Option<i64>,
    pub reward: Option<String>,
}

/// A member's history up to today, oldest first, and their card.
pub fn history(app: &App, contact: &str) -> Result<(Card, Vec<HistoryLine>)> {
    let rules = rules(app)?;
    let id = resolve_contact(app.db(), contact)?;
    let Some(card) = card(app.db(), Some(&rules), id, app.today)? else {
        return Err(not_member(app.db(), id)?);
    };
    let rows = loyalty::events_of(app.db(), id)?;
    let lines = rules
        .walk(&events(&rows), to_day_number(app.today))
        .into_iter()
        .map(|line| {
            let (ref_id, reward) = match line.change {
                crate::domain::loyalty::Change::Earned { event, .. } => (Some(rows[event].ref_id), None),
                crate::domain::loyalty::Change::Redeemed { event, .. } => {
                    (Some(rows[event].ref_id), Some(rows[event].reward.clone()))
                }
                crate::domain::loyalty::Change::Expired { .. } => (None, None),
            };
            HistoryLine { line, ref_id, reward }
        })
        .collect();
    Ok((card, lines))
}

/// Every member's balance as of a day, in contact id order.
pub fn balances(db: &Db, rules: &Rules, as_of: NaiveDate) -> Result<Vec<(i64, i64)>> {
    let day = to_day_number(as_of);
    let mut out: Vec<(i64, i64)> =
        loyalty::members(db)?.into_iter().filter(|m| m.1 <= day).map(|(id, _)| (id, 0)).collect();
    let mut current: Option<i64> = None;
    let mut buf: Vec<Event> = Vec::new();
    let flush = |id: i64, buf: &mut Vec<Event>, out: &mut Vec<(i64, i64)>| {
        if let Ok(i) = out.binary_search_by_key(&id, |m| m.0) {
            out[i].1 = rules.balance(buf, day);
        }
        buf.clear();
    };
    loyalty::for_each_event(db, |r| {
        if current.is_some_and(|c| c != r.contact_id) {
            flush(current.unwrap_or_default(), &mut buf, &mut out);
        }
        current = Some(r.contact_id);
        buf.push(r.event);
    })?;
    if let Some(c) = current {
        flush(c, &mut buf, &mut out);
    }
    Ok(out)
}

/// Members' against non-members' visits per year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VisitGroup {
    pub customers: u64,
    /// Mean visits in the 12 months up to the day, with its 95 % interval.
    pub visits_per_year: Option<Estimate>,
}

fn visit_group(v: &[i64]) -> VisitGroup {
    let n = v.len() as f64;
    if v.is_empty() {
        return VisitGroup { customers: 0, visits_per_year: None };
    }
    let mean = v.iter().sum::<i64>() as f64 / n;
    let var = if v.len() > 1 { v.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0) } else { 0.0 };
    let half = Z95 * (var / n).sqrt();
    VisitGroup {
        customers: v.len() as u64,
        visits_per_year: Some(Estimate { value: mean, low: (mean - half).max(0.0), high: mean + half }),
    }
}

/// The programme's figures as of a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub members: u64,
    /// Members with a balance above zero, and the points they hold.
    pub holders: u64,
    pub points_outstanding: i64,
    /// What those points are worth, where the rewards state a value.
    pub liability: Option<crate::domain::money::Cents>,
    /// Per month (`YYYY-MM`): rewards redeemed and points spent.
    pub redemptions: Vec<(String, u64, i64)>,
    pub members_visits: VisitGroup,
    pub others_visits: VisitGroup,
}

/// `report loyalty`. Visits per year compare the customers who bought in
/// the two years up to `as_of`, members (joined on or before the start of
/// the year) against the others, over the last 12 months.
pub fn report(app: &App, as_of: NaiveDate) -> Result<Report> {
    let rules = rules(app)?;
    let db = app.db();
    let day = to_day_number(as_of);
    let balances = balances(db, &rules, as_of)?;
    let holders: Vec<i64> = balances.iter().filter(|b| b.1 > 0).map(|b| b.1).collect();
    let points_outstanding: i64 = holders.iter().sum();
    let mut months: BTreeMap<String, (u64, i64)> = BTreeMap::new();
    loyalty::for_each_event(db, |r| {
        if let Event::Redemption { day: d, points } = r.event {
            if d <= day {
                let date = from_day_number(d).unwrap_or_default();
                let m = months.entry(format!("{:04}-{:02}", date.year(), date.month())).or_default();
                m.0 += 1;
                m.1 += points;
            }
        }
    })?;
    let year_start = day - 365;
    let members: std::collections::HashMap<i64, i32> = loyalty::members(db)?.into_iter().collect();
    let (mut inside, mut outside) = (Vec::new(), Vec::new());
    for (id, visits) in loyalty::visits(db, day - 730, year_start, day)? {
        match members.get(&id) {
            Some(&joined) if joined <= year_start => inside.push(visits),
            Some(_) => {}
            None => outside.push(visits),
        }
    }
    Ok(Report {
        members: balances.len() as u64,
        holders: holders.len() as u64,
        points_outstanding,
        liability: rules.liability(points_outstanding),
        redemptions: months.into_iter().map(|(m, (n, p))| (m, n, p)).collect(),
        members_visits: visit_group(&inside),
        others_visits: visit_group(&outside),
    })
}

/// What `contact show` adds from issue 30: the latest answer and the card.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AfterSale {
    pub latest_answer: Option<crate::store::satisfaction::Answer>,
    pub card: Option<Card>,
}

/// A contact's latest answer up to today and their loyalty card.
pub fn after_sale(app: &App, contact: i64) -> Result<AfterSale> {
    let latest = crate::store::satisfaction::list(app.db(), Some(contact), None, app.today)?.into_iter().next();
    let rules = app.config.loyalty.rules();
    Ok(AfterSale { latest_answer: latest, card: card(app.db(), rules.as_ref(), contact, app.today)? })
}
