//! The interaction log and its follow-ups.

use super::{resolve_contact, App, Done};
use crate::error::{Error, Result};
use crate::store::interactions::{self, Interaction, InteractionFilter, NewInteraction};
use crate::store::Db;
use chrono::NaiveDate;

/// A kind of interaction the config allows, in lower case.
pub fn check_kind(kinds: &[String], kind: &str) -> Result<String> {
    let k = kind.trim().to_lowercase();
    if kinds.iter().any(|x| x.eq_ignore_ascii_case(&k)) {
        Ok(k)
    } else {
        Err(Error::t(
            crate::error::Kind::Invalid,
            "err-interaction-kind",
            crate::targs!["value" => crate::error::echo(kind)],
        )
        .with_hint_t("hint-interaction-kinds", crate::targs!["kinds" => kinds.join(", ")]))
    }
}

fn check_deal(db: &Db, deal: Option<i64>, contact: i64) -> Result<()> {
    if let Some(id) = deal {
        let d = super::deals::load(db, id)?;
        if d.contact_id != contact {
            return Err(Error::t(
                crate::error::Kind::Conflict,
                "err-deal-not-theirs",
                crate::targs!["id" => id, "name" => d.contact_name.as_str()],
            ));
        }
    }
    Ok(())
}

pub fn load(db: &Db, id: i64) -> Result<Interaction> {
    interactions::get(db, id)?
        .ok_or_else(|| Error::not_found_id("err-no-interaction", id).with_hint_t("hint-see-interaction-ids", vec![]))
}

pub struct NewEntry {
    pub contact: String,
    pub kind: String,
    /// When it happened: a timestamp and its calendar day.
    pub at: (String, NaiveDate),
    pub note: Option<String>,
    pub deal: Option<i64>,
    pub follow_up: Option<NaiveDate>,
}

pub fn add(app: &mut App, e: &NewEntry) -> Result<Interaction> {
    super::retry(|| add_once(app, e))
}

fn add_once(app: &mut App, e: &NewEntry) -> Result<Interaction> {
    let kind = check_kind(&app.config.interaction_kinds, &e.kind)?;
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &e.contact)?;
    check_deal(&tx, e.deal, contact_id)?;
    let new = NewInteraction {
        contact_id,
        kind: &kind,
        at: &e.at.0,
        day: e.at.1,
        summary: e.note.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        deal_id: e.deal,
        follow_up: e.follow_up,
    };
    let id = interactions::insert(&tx, &new)?;
    let i = load(&tx, id)?;
    tx.commit()?;
    Ok(i)
}

pub struct ListRequest {
    pub contact: Option<String>,
    pub kind: Option<String>,
    pub deal: Option<i64>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub open: bool,
    pub limit: Option<u64>,
}

pub fn list(app: &App, r: ListRequest) -> Result<Vec<Interaction>> {
    let f = InteractionFilter {
        contact_id: r.contact.as_deref().map(|c| resolve_contact(app.db(), c)).transpose()?,
        kind: r.kind.as_deref().map(|k| check_kind(&app.config.interaction_kinds, k)).transpose()?,
        deal_id: r.deal,
        since: r.since,
        until: r.until,
        open: r.open,
        limit: r.limit,
    };
    interactions::list(app.db(), &f)
}

/// The fields `interaction edit` changes; `follow_up: Some(None)` clears it.
#[derive(Default)]
pub struct Changes {
    pub kind: Option<String>,
    pub note: Option<String>,
    pub at: Option<(String, NaiveDate)>,
    pub deal: Option<i64>,
    pub follow_up: Option<Option<NaiveDate>>,
}

pub fn edit(app: &mut App, id: i64, c: Changes) -> Result<Interaction> {
    let kinds = &app.config.interaction_kinds;
    let kind = c.kind.as_deref().map(|k| check_kind(kinds, k)).transpose()?;
    let tx = app.store.begin()?;
    let mut i = load(&tx, id)?;
    let mut n = 0;
    if let Some(k) = kind {
        i.kind = k;
        n += 1;
    }
    if let Some(s) = c.note {
        i.summary = Some(s.trim().to_string()).filter(|s| !s.is_empty());
        n += 1;
    }
    if let Some(at) = c.at {
        (i.at, i.day) = at;
        n += 1;
    }
    if let Some(d) = c.deal {
        check_deal(&tx, Some(d), i.contact_id)?;
        i.deal_id = Some(d);
        n += 1;
    }
    if let Some(f) = c.follow_up {
        i.follow_up = f;
        i.follow_up_done_at = None;
        n += 1;
    }
    if n == 0 {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-interaction-edit", vec![]),
        ));
    }
    interactions::update(&tx, &i)?;
    tx.commit()?;
    Ok(i)
}

pub fn remove(
    app: &mut App,
    id: i64,
    confirm: &mut dyn FnMut(&Interaction) -> Result<bool>,
) -> Result<Done<Interaction>> {
    let tx = app.store.begin()?;
    let i = load(&tx, id)?;
    if !confirm(&i)? {
        return Ok(Done::Declined);
    }
    interactions::delete(&tx, id)?;
    tx.commit()?;
    Ok(Done::Done(i))
}

fn open_follow_up(db: &Db, id: i64) -> Result<Interaction> {
    let i = load(db, id)?;
    match (&i.follow_up, &i.follow_up_done_at) {
        (None, _) => Err(Error::t(crate::error::Kind::Invalid, "err-no-follow-up", crate::targs!["id" => id])
            .with_hint_t("hint-no-follow-up", crate::targs!["id" => id])),
        (Some(_), Some(at)) => Err(Error::t(
            crate::error::Kind::Conflict,
            "err-follow-up-done",
            crate::targs!["id" => id, "day" => at.to_string()],
        )),
        _ => Ok(i),
    }
}

/// Close an open follow-up.
pub fn done(app: &mut App, id: i64) -> Result<Interaction> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let mut i = open_follow_up(&tx, id)?;
    i.follow_up_done_at = Some(now);
    interactions::update(&tx, &i)?;
    tx.commit()?;
    Ok(i)
}

/// Move an open follow-up to `day` (today or later).
pub fn snooze(app: &mut App, id: i64, day: NaiveDate) -> Result<Interaction> {
    if day < app.today {
        return Err(Error::t(crate::error::Kind::Invalid, "err-in-the-past", crate::targs!["day" => day.to_string()])
            .with_hint_t("hint-snooze", vec![]));
    }
    let tx = app.store.begin()?;
    let mut i = open_follow_up(&tx, id)?;
    i.follow_up = Some(day);
    interactions::update(&tx, &i)?;
    tx.commit()?;
    Ok(i)
}

/// Open follow-ups due on or before `until`, soonest first.
pub fn due(app: &App, until: NaiveDate) -> Result<Vec<Interaction>> {
    let mut rows: Vec<Interaction> =
        interactions::open_follow_ups(app.db(), until)?.into_iter().map(|r| r.item).collect();
    rows.sort_by_key(|i| (i.follow_up, i.id));
    Ok(rows)
}
