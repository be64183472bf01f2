//! Deals: open, edit, move through the stages, close as won or lost.

use super::{resolve_contact, App, Done};
use crate::domain::money::Cents;
use crate::domain::pipeline::{self, find_stage, Stage, LOST, WON};
use crate::error::{Error, Result};
use crate::store::deals::{self, Deal, DealFilter, NewDeal, StageChange};
use crate::store::purchases::{self, NewPurchase};
use crate::store::Db;
use chrono::NaiveDate;

/// `name` is not a configured stage: say which are.
pub fn stage_error(stages: &[Stage], e: crate::domain::Invalid) -> Error {
    Error::from(e).with_hint_t(
        "hint-stages-are",
        crate::targs!["names" => stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")],
    )
}

pub fn load(db: &Db, id: i64) -> Result<Deal> {
    deals::get(db, id)?.ok_or_else(|| Error::not_found_id("err-no-deal", id).with_hint_t("hint-see-deal-ids", vec![]))
}

/// An open deal, or why it cannot change.
fn open(db: &Db, id: i64) -> Result<Deal> {
    let d = load(db, id)?;
    pipeline::check_open(id, &d.title, &d.stage, d.closed_at.is_some())
        .map_err(|e| Error::conflict(e.0).with_hint_t("hint-deal-closed", vec![]))?;
    Ok(d)
}

pub struct NewDealRequest {
    pub contact: String,
    pub title: String,
    pub amount: Cents,
    pub stage: Option<String>,
    pub expected_close: Option<NaiveDate>,
    pub notes: Option<String>,
}

pub fn add(app: &mut App, r: &NewDealRequest) -> Result<Deal> {
    super::retry(|| add_once(app, r))
}

fn add_once(app: &mut App, r: &NewDealRequest) -> Result<Deal> {
    let stages = &app.config.deal_stages;
    let stage = match &r.stage {
        Some(s) => find_stage(stages, s).ok_or_else(|| stage_error(stages, format!("`{s}` is not a stage").into()))?,
        None => &stages[0],
    };
    if r.title.trim().is_empty() {
        return Err(
            Error::t(crate::error::Kind::Invalid, "err-deal-title", vec![]).with_hint_t("hint-deal-title", vec![])
        );
    }
    let stage = stage.name.clone();
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &r.contact)?;
    let new = NewDeal {
        contact_id,
        title: r.title.trim(),
        amount: r.amount,
        stage: &stage,
        expected_close: r.expected_close,
        notes: r.notes.as_deref().filter(|n| !n.trim().is_empty()),
    };
    let id = deals::insert(&tx, &new, &now)?;
    let d = load(&tx, id)?;
    tx.commit()?;
    Ok(d)
}

pub struct ListRequest {
    pub contact: Option<String>,
    pub stage: Option<String>,
    /// `Some(true)` open deals, `Some(false)` closed ones, `None` all.
    pub open: Option<bool>,
}

pub fn list(app: &App, r: ListRequest) -> Result<Vec<Deal>> {
    let f = DealFilter {
        contact_id: r.contact.as_deref().map(|c| resolve_contact(app.db(), c)).transpose()?,
        stage: r.stage,
        open: r.open,
    };
    deals::list(app.db(), &f)
}

pub fn show(app: &App, id: i64) -> Result<(Deal, Vec<StageChange>)> {
    Ok((load(app.db(), id)?, deals::history(app.db(), id)?))
}

/// The fields `deal edit` changes; `expected_close: Some(None)` clears it.
#[derive(Default)]
pub struct Changes {
    pub title: Option<String>,
    pub amount: Option<Cents>,
    pub expected_close: Option<Option<NaiveDate>>,
    pub notes: Option<String>,
}

pub fn edit(app: &mut App, id: i64, c: Changes) -> Result<Deal> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let mut d = load(&tx, id)?;
    let mut n = 0;
    if let Some(t) = c.title {
        if t.trim().is_empty() {
            return Err(Error::t(crate::error::Kind::Invalid, "err-deal-title", vec![]));
        }
        d.title = t.trim().into();
        n += 1;
    }
    if let Some(v) = c.amount {
        d.amount = v;
        n += 1;
    }
    if let Some(v) = c.expected_close {
        d.expected_close = v;
        n += 1;
    }
    if let Some(v) = c.notes {
        d.notes = Some(v).filter(|s| !s.trim().is_empty());
        n += 1;
    }
    if n == 0 {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-deal-edit", vec![]),
        ));
    }
    deals::update(&tx, &d, &now)?;
    tx.commit()?;
    Ok(d)
}

/// Move an open deal to another open stage; returns the stage it left and
/// the one it is in (the same when it was there already).
pub fn move_to(app: &mut App, id: i64, stage: &str) -> Result<(String, String)> {
    let stages = &app.config.deal_stages;
    let target = pipeline::move_target(stages, id, stage).map_err(|e| {
        if stage.eq_ignore_ascii_case(WON) || stage.eq_ignore_ascii_case(LOST) {
            Error::from(e)
        } else {
            stage_error(stages, e)
        }
    })?;
    let target = target.name.clone();
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let d = open(&tx, id)?;
    if d.stage == target {
        return Ok((d.stage, target));
    }
    deals::set_stage(&tx, &d, &target, false, None, &now)?;
    tx.commit()?;
    Ok((d.stage, target))
}

/// Close as won; with `record_on`, the amount becomes a purchase that day
/// (returned), so it counts in RFM.
pub fn won(app: &mut App, id: i64, record_on: Option<NaiveDate>) -> Result<(Deal, Option<i64>)> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let d = open(&tx, id)?;
    deals::set_stage(&tx, &d, WON, true, None, &now)?;
    let mut purchase = None;
    if let Some(day) = record_on {
        let note = format!("deal {id}: {}", d.title);
        let p = NewPurchase {
            contact_id: d.contact_id,
            day,
            amount: d.amount,
            note: Some(&note),
            order_ref: None,
            batch_id: None,
            category_id: None,
            channel: None,
        };
        let pid = purchases::insert(&tx, &p)?;
        deals::set_purchase(&tx, id, pid)?;
        purchase = Some(pid);
    }
    tx.commit()?;
    Ok((d, purchase))
}

pub fn lost(app: &mut App, id: i64, reason: &str) -> Result<Deal> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let d = open(&tx, id)?;
    let reason = reason.trim();
    deals::set_stage(&tx, &d, LOST, true, Some(reason).filter(|r| !r.is_empty()), &now)?;
    tx.commit()?;
    Ok(d)
}

pub fn remove(app: &mut App, id: i64, confirm: &mut dyn FnMut(&Deal) -> Result<bool>) -> Result<Done<Deal>> {
    let tx = app.store.begin()?;
    let d = load(&tx, id)?;
    if !confirm(&d)? {
        return Ok(Done::Declined);
    }
    deals::delete(&tx, id)?;
    tx.commit()?;
    Ok(Done::Done(d))
}
