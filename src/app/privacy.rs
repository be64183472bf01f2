//! Privacy requests: everything held about a person (access), erasure,
//! and the review of contacts silent for too long.

use super::{resolve_contact, App, Done};
use crate::domain::contact::Contact;
use crate::error::{Error, Result};
use crate::store::campaigns::{self, Send};
use crate::store::consent::HistoryEvent;
use crate::store::deals::{self, Deal, DealFilter, StageChange};
use crate::store::interactions::{self, Interaction, InteractionFilter};
use crate::store::privacy::{self, Activity, Erased};
use crate::store::purchases::{self, Purchase, PurchaseFilter};
use crate::store::{contacts, Store};
use chrono::NaiveDate;

/// Everything carnet holds about one person.
pub struct Dossier {
    pub contact: Contact,
    pub cadence_days: Option<u32>,
    /// Key dates (anniversaries...).
    pub dates: Vec<crate::domain::key_dates::KeyDate>,
    pub purchases: Vec<Purchase>,
    pub deals: Vec<(Deal, Vec<StageChange>)>,
    pub interactions: Vec<Interaction>,
    pub consent: Vec<HistoryEvent>,
    pub sends: Vec<Send>,
    /// Service requests, each with its history.
    pub service: Vec<(crate::domain::service::Request, Vec<crate::domain::service::Event>)>,
    /// The consent history's head when the export was made (a witness).
    pub consent_head: String,
    /// Their satisfaction answers, newest first.
    pub satisfaction: Vec<crate::store::satisfaction::Answer>,
    /// Their loyalty card: the day they joined and each line of its history.
    pub loyalty: Option<(NaiveDate, Vec<crate::store::loyalty::EventRow>)>,
}

pub fn export(app: &App, who: &str) -> Result<Dossier> {
    let db = app.db();
    let id = resolve_contact(db, who)?;
    let contact = super::contacts::load(db, id)?;
    let mut bought = Vec::new();
    purchases::for_each(db, &PurchaseFilter { contact_id: Some(id), ..Default::default() }, |p| {
        bought.push(p);
        Ok(())
    })?;
    let deals = deals::list(db, &DealFilter { contact_id: Some(id), ..Default::default() })?
        .into_iter()
        .map(|d| Ok((deals::history(db, d.id)?, d)))
        .map(|r: Result<_>| r.map(|(h, d)| (d, h)))
        .collect::<Result<_>>()?;
    Ok(Dossier {
        cadence_days: contacts::cadence(db, id)?,
        dates: crate::store::contact_dates::of(db, id)?,
        purchases: bought,
        deals,
        interactions: interactions::list(db, &InteractionFilter { contact_id: Some(id), ..Default::default() })?,
        consent: crate::store::consent::history(db, id)?,
        sends: campaigns::sends_of(db, id)?,
        service: crate::store::service::list(
            db,
            &crate::store::service::Filter { contact_id: Some(id), ..Default::default() },
        )?
        .into_iter()
        .map(|r| Ok((crate::store::service::history(db, r.id)?, r)))
        .map(|x: Result<_>| x.map(|(h, r)| (r, h)))
        .collect::<Result<_>>()?,
        consent_head: crate::store::consent_seal::head_of(db)?.text(),
        satisfaction: crate::store::satisfaction::list(db, Some(id), None, NaiveDate::MAX)?,
        loyalty: match crate::store::loyalty::joined(db, id)? {
            Some(day) => Some((
                crate::domain::dates::from_day_number(day).unwrap_or_default(),
                crate::store::loyalty::events_of(db, id)?,
            )),
            None => None,
        },
        contact,
    })
}

/// Erase the personal data of the contacts `ids` picks from the open
/// file, once `confirm` agrees. The erasure holds when this returns and
/// across a crash (see [`Store::begin_erasure`]).
fn erase(
    store: &mut Store,
    now: &str,
    pick: &mut dyn FnMut(&crate::store::Db) -> Result<Vec<i64>>,
    confirm: &mut dyn FnMut(&[i64]) -> Result<bool>,
) -> Result<Done<(Vec<i64>, Erased)>> {
    let tx = store.begin_erasure()?;
    let ids = pick(&tx)?;
    if !confirm(&ids)? {
        return Ok(Done::Declined);
    }
    let mut total = Erased::default();
    for &id in &ids {
        let e = privacy::forget(&tx, id, now)?;
        total.suppressed += e.suppressed;
        total.interactions += e.interactions;
        total.proofs += e.proofs;
    }
    crate::store::crash_point("forget:before-commit");
    tx.commit()?;
    crate::store::crash_point("forget:after-commit");
    privacy::compact(store)?;
    crate::store::crash_point("forget:after-compact");
    store.end_bulk()?;
    Ok(Done::Done((ids, total)))
}

/// `privacy forget`: one person. `confirm` gets the contact's name.
pub fn forget(
    app: &mut App,
    who: &str,
    confirm: &mut dyn FnMut(i64, &str) -> Result<bool>,
) -> Result<Done<(i64, Erased)>> {
    let now = app.timestamp();
    let name = std::cell::RefCell::new(String::new());
    let done = erase(
        &mut app.store,
        &now,
        &mut |db| {
            let id = resolve_contact(db, who)?;
            *name.borrow_mut() = super::contacts::load(db, id)?.fields.name;
            Ok(vec![id])
        },
        &mut |ids| confirm(ids[0], &name.borrow()),
    )?;
    Ok(match done {
        Done::Done((ids, e)) => Done::Done((ids[0], e)),
        Done::Declined => Done::Declined,
    })
}

/// The last day of activity that keeps a contact: `days` before today.
pub fn cutoff(app: &App, days: u32) -> Result<NaiveDate> {
    crate::domain::dates::add_days(app.today, -(days as i64)).ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "date-outside-calendar", crate::targs!["s" => format!("-{days}d")])
    })
}

/// Contacts with no purchase, interaction or consent event since before `cutoff`.
pub fn review(app: &App, cutoff: NaiveDate) -> Result<Vec<Activity>> {
    privacy::inactive_since(app.db(), &cutoff.to_string())
}

/// Erase every contact [`review`] finds, once `confirm` agrees (it gets
/// how many). Returns how many were erased.
pub fn forget_inactive(
    app: &mut App,
    cutoff: NaiveDate,
    confirm: &mut dyn FnMut(usize) -> Result<bool>,
) -> Result<Done<usize>> {
    let now = app.timestamp();
    let day = cutoff.to_string();
    let done = erase(
        &mut app.store,
        &now,
        &mut |db| Ok(privacy::inactive_since(db, &day)?.into_iter().map(|a| a.contact_id).collect()),
        &mut |ids| if ids.is_empty() { Ok(true) } else { confirm(ids.len()) },
    )?;
    Ok(match done {
        Done::Done((ids, _)) => Done::Done(ids.len()),
        Done::Declined => Done::Declined,
    })
}
