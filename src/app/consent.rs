//! Consent: an append-only history per contact and channel. Grants need
//! their proof; a withdrawal needs nothing, always wins, and works on a
//! bare address (kept as a keyed hash on the suppression list).

use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use super::{resolve_contact, App};
use crate::domain::consent::{check_day, check_grant, Action, Channel, Method, Status};
use crate::error::{Error, Kind, Result};
use crate::store::consent::{self, ConsentReport, HistoryEvent, NewEvent, Wording};
use crate::store::{Db, Tx};
use chrono::NaiveDate;
use std::path::Path;

/// A wording by id or hash, or a file whose text is stored.
fn wording(tx: &Tx, key: &str, now: &str) -> Result<i64> {
    if let Some(w) = consent::find_wording(tx, key)? {
        return Ok(w.id);
    }
    let path = Path::new(key);
    if path.is_file() {
        let text = read_text(path)?;
        return Ok(consent::add_wording(tx, &text, Some(&super::file_label(path)), now)?.0);
    }
    Err(Error::t(crate::error::Kind::Invalid, "err-wording", crate::targs!["value" => crate::error::echo(key)])
        .with_hint_t("hint-wording", vec![]))
}

/// A wording's text from a file: UTF-8, not empty.
fn read_text(path: &Path) -> Result<String> {
    let text = String::from_utf8(super::read_small(path)?).map_err(|_| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-wording-not-utf8",
            crate::targs!["path" => path.display().to_string()],
        )
    })?;
    if text.trim().is_empty() {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-file-empty",
            crate::targs!["label" => path.display().to_string()],
        ));
    }
    Ok(text)
}

fn event<'a>(contact: i64, channel: Channel, action: Action, on: &'a str, proof: Option<&'a str>) -> NewEvent<'a> {
    NewEvent {
        contact_id: Some(contact),
        subject_key: None,
        channel,
        action,
        occurred_on: on,
        method: None,
        proof,
        wording_id: None,
        voids: None,
    }
}

pub struct Grant {
    pub contact: String,
    pub channels: Vec<Channel>,
    pub method: Option<Method>,
    pub wording: Option<String>,
    pub source: Option<String>,
    pub on: NaiveDate,
}

/// Record a grant on each channel. Returns the contact id and the
/// channels still opted out (a withdrawal the same day wins).
pub fn grant(app: &mut App, g: &Grant) -> Result<(i64, Vec<Channel>)> {
    let method = check_grant(g.method, g.wording.is_some()).map_err(|_| {
        Error::t(crate::error::Kind::Invalid, "err-grant-proof", vec![]).with_hint_t("hint-grant-proof", vec![])
    })?;
    let on = g.on.to_string();
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, &g.contact)?;
    let wording_id = wording(&tx, g.wording.as_deref().unwrap_or_default(), &now)?;
    for ch in &g.channels {
        let e = NewEvent {
            method: Some(method),
            wording_id: Some(wording_id),
            ..event(id, *ch, Action::Grant, &on, g.source.as_deref())
        };
        consent::record(&tx, &e, &now)?;
    }
    let still_out = consent::statuses(&tx, id)?
        .into_iter()
        .filter(|(c, s)| g.channels.contains(c) && *s == Status::OptedOut)
        .map(|(c, _)| c)
        .collect();
    tx.commit()?;
    Ok((id, still_out))
}

/// Who a withdrawal was recorded for.
pub enum Withdrawn {
    Contact(i64),
    /// A bare address that is no contact: put on the suppression list.
    Address,
}

pub fn withdraw(
    app: &mut App,
    who: &str,
    channels: &[Channel],
    on: NaiveDate,
    source: Option<&str>,
) -> Result<Withdrawn> {
    let on = on.to_string();
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let contact = match resolve_contact(&tx, who) {
        Ok(id) => Some(id),
        Err(e) if is_address(who) && e.kind() == Kind::NotFound => None,
        Err(e) => return Err(e),
    };
    let Some(id) = contact else {
        // Not a contact: keep only a keyed hash, so a later import of
        // this address is excluded from campaigns.
        let addr_channel = if who.contains('@') { Channel::Email } else { Channel::Phone };
        let key = consent::address_key(&tx, addr_channel, who)?;
        for ch in channels {
            consent::suppress(&tx, &key, ch.as_str(), "withdrawn", &now)?;
            let e =
                NewEvent { contact_id: None, subject_key: Some(&key), ..event(0, *ch, Action::Withdraw, &on, None) };
            consent::record(&tx, &e, &now)?;
        }
        tx.commit()?;
        return Ok(Withdrawn::Address);
    };
    for ch in channels {
        consent::record(&tx, &event(id, *ch, Action::Withdraw, &on, source), &now)?;
    }
    tx.commit()?;
    Ok(Withdrawn::Contact(id))
}

fn is_address(s: &str) -> bool {
    s.contains('@') || crate::domain::contact::phone_key(s).len() >= 6
}

/// A soft opt-in or a bounce on each channel; returns the contact id.
pub fn notice(
    app: &mut App,
    who: &str,
    channels: &[Channel],
    action: Action,
    on: NaiveDate,
    source: Option<&str>,
) -> Result<i64> {
    let on = on.to_string();
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, who)?;
    for ch in channels {
        consent::record(&tx, &event(id, *ch, action, &on, source), &now)?;
    }
    tx.commit()?;
    Ok(id)
}

/// Cancel a mistaken event by recording a void; returns the void's id.
pub fn void(app: &mut App, event_id: i64) -> Result<i64> {
    let now = app.timestamp();
    let today = app.today.to_string();
    let tx = app.store.begin()?;
    let (contact, channel) = consent::event_contact(&tx, event_id)?.ok_or_else(|| {
        Error::not_found_id("err-no-consent-event", event_id).with_hint_t("hint-see-consent-ids", vec![])
    })?;
    let e = NewEvent { contact_id: contact, voids: Some(event_id), ..event(0, channel, Action::Void, &today, None) };
    let id = consent::record(&tx, &e, &now)?;
    tx.commit()?;
    Ok(id)
}

pub fn statuses(app: &App, who: &str) -> Result<Vec<(Channel, Status)>> {
    let id = resolve_contact(app.db(), who)?;
    consent::statuses(app.db(), id)
}

pub fn history(app: &App, who: &str) -> Result<Vec<HistoryEvent>> {
    let id = resolve_contact(app.db(), who)?;
    consent::history(app.db(), id)
}

/// Import consent events from CSV, all or nothing; returns how many.
pub fn import(app: &mut App, file: &Path, dry_run: bool) -> Result<usize> {
    let label = super::file_label(file);
    let bytes = super::read_file(file)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        Error::t(crate::error::Kind::Invalid, "err-not-utf8", crate::targs!["label" => label.as_str()])
            .with_hint_t("hint-save-utf8", vec![])
    })?;
    if text.trim().is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-file-empty", crate::targs!["label" => label.as_str()]));
    }
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(&label, e))?.clone();
    let known = ["contact", "channel", "action", "date", "method", "wording", "source"];
    let cols = Columns::check(&label, &header, &known, &[], &["contact", "channel", "action", "date"])?;
    let today = app.today;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let mut n = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| read_error(&label, e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |c: &str| cols.index(c).and_then(|i| rec.get(i)).map(str::trim).unwrap_or("");
        let at = |c: &str| cols.index(c).unwrap_or(0);
        let bad = |c: &str, msg: crate::i18n::Text| cell_error(&label, line, at(c), c, get(c), msg);
        let contact = resolve_contact(&tx, get("contact")).map_err(|e| bad("contact", e.text()))?;
        let channel = Channel::parse(get("channel"))
            .ok_or_else(|| bad("channel", crate::i18n::Text::tr("why-not-channel", vec![])))?;
        let action = match Action::parse(get("action")) {
            Some(a @ (Action::Grant | Action::Withdraw | Action::SoftOptIn)) => a,
            _ => return Err(bad("action", crate::i18n::Text::tr("why-not-action", vec![]))),
        };
        let on = crate::domain::dates::parse_day(get("date"), today).map_err(|e| bad("date", e.0))?;
        check_day(on, today)
            .map_err(|e| bad("date", crate::i18n::Text::tr("err-record-what-happened", crate::targs!["what" => e])))?;
        let method = match get("method") {
            "" => None,
            m => Some(Method::parse(m).ok_or_else(|| bad("method", crate::i18n::Text::tr("why-not-method", vec![])))?),
        };
        let wording = get("wording");
        if action == Action::Grant {
            check_grant(method, !wording.is_empty())
                .map_err(|e| bad(if method.is_none() { "method" } else { "wording" }, e))?;
        }
        let wording_id = match wording {
            "" => None,
            w => Some(
                consent::find_wording(&tx, w)?
                    .ok_or_else(|| bad("wording", crate::i18n::Text::tr("why-no-wording", vec![])))?
                    .id,
            ),
        };
        let on = on.to_string();
        let e = NewEvent { method, wording_id, ..event(contact, channel, action, &on, Some(get("source"))) };
        consent::record(&tx, &e, &now)?;
        n += 1;
    }
    if n == 0 {
        return Err(Error::t(crate::error::Kind::Invalid, "err-no-rows", crate::targs!["label" => label.as_str()]));
    }
    if !dry_run {
        tx.commit()?;
    }
    Ok(n)
}

/// Store a wording from a file; returns its id and whether it is new.
pub fn add_text(app: &mut App, file: &Path, label: Option<String>) -> Result<(i64, bool, String)> {
    let text = read_text(file)?;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let label = label.unwrap_or_else(|| super::file_label(file));
    let (id, new) = consent::add_wording(&tx, &text, Some(&label), &now)?;
    tx.commit()?;
    Ok((id, new, label))
}

pub fn texts(app: &App) -> Result<Vec<Wording>> {
    consent::wordings(app.db())
}

pub fn report(db: &Db) -> Result<ConsentReport> {
    consent::report(db)
}

/// Recompute the consent history's chain (see `store::consent_chain`).
pub fn verify(app: &App) -> Result<crate::store::consent_chain::Verification> {
    crate::store::consent_chain::verify(app.db())
}

/// The consent history's head (`N:HASH`), for a witness to keep.
pub fn head(db: &Db) -> Result<crate::store::consent_seal::Head> {
    crate::store::consent_seal::head_of(db)
}

/// [`verify`], and check that the history still extends what a witness
/// saw: a head (`N:HASH`) and/or a backup's history and suppression list.
pub fn verify_witnessed(
    app: &App,
    head: Option<&crate::store::consent_seal::Head>,
    backup: Option<&std::path::Path>,
) -> Result<crate::store::consent_chain::Verification> {
    use crate::store::consent_seal;
    let mut v = verify(app)?;
    if v.problem.is_some() {
        return Ok(v);
    }
    if let Some(h) = head {
        if let Some(p) = consent_seal::extends(app.db(), h)? {
            v.problem = Some((None, p));
            return Ok(v);
        }
    }
    if let Some(path) = backup {
        let seen = consent_seal::witness_in_backup(path)?;
        if let Some(p) = consent_seal::extends(app.db(), &seen.head)? {
            v.problem = Some((None, format!("against {}: {p}", path.display())));
            return Ok(v);
        }
        if let Some(p) = consent_seal::suppressions_extend(app.db(), seen.suppression_head.as_deref())? {
            v.problem = Some((None, format!("against {}: {p}", path.display())));
        }
    }
    Ok(v)
}

/// The first problem in one contact's events, if any.
pub fn verify_contact(db: &Db, contact_id: i64) -> Result<Option<(i64, String)>> {
    crate::store::consent_chain::verify_contact(db, contact_id)
}
