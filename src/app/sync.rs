//! `carnet sync`: the contacts pushed to a CardDAV address book and the
//! reminders to a CalDAV calendar, one way (carnet is the source of truth).
//!
//! Incremental and resumable: each collection's entries are kept in
//! `sync_entries` (UID, href, ETag, hash of what was sent). An entry is
//! marked pending (with the hash being sent) and committed before its PUT,
//! and confirmed (ETag, hash) and committed after the answer, one entry at
//! a time: a killed run leaves every entry either confirmed or pending. A
//! pending entry's PUT is sent again with its precondition; when the
//! server answers 412, the entry is fetched: if it carries the hash of a
//! PUT of carnet's (`X-CARNET-HASH`), the lost answer is recovered (its
//! ETag adopted), else the entry was changed on the server: a conflict,
//! reported and left alone (unless `--overwrite`). Entries carnet no longer
//! has (deleted, merged, archived, forgotten, out of the segment, done)
//! are deleted from the server, and their rows only once it said so.

use super::dav::{self, Collection, Dav, Precondition};
use super::App;
use crate::config::SyncConfig;
use crate::domain::contact::Contact;
use crate::domain::key_dates::KeyDate;
use crate::domain::remind::Reminder;
use crate::domain::sync::{file_name, hash, mark, marked, must_send};
use crate::error::{Error, Kind, Result};
use crate::store::sync::{self as state, Entry};
use crate::targs;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// What the `NOTE` of a contact's card says: what the shop wants to see
/// when the phone rings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardNote {
    pub segment: Option<crate::domain::rfm::Segment>,
    pub visits: u32,
    pub last_visit: Option<NaiveDate>,
    pub total_cents: i64,
    /// Open follow-ups: (due day, kind, summary).
    pub follow_ups: Vec<(NaiveDate, String, Option<String>)>,
}

/// Writes the entries: a vCard 3.0 per contact, an iCalendar object per
/// reminder (the output layer's writers, in the run's language).
pub trait Render {
    fn card(&self, c: &Contact, dates: &[KeyDate], note: &CardNote, uid: &str) -> String;
    /// The reminder's UID (as `remind --format ics` gives it) and its object.
    fn event(&self, r: &Reminder) -> (String, String);
}

pub struct Request {
    /// Only the contacts (`--contacts`), only the calendar (`--calendar`):
    /// both false means both.
    pub contacts: bool,
    pub calendar: bool,
    pub dry_run: bool,
    /// Replace entries changed on the server.
    pub overwrite: bool,
    /// Fetch the cards on the server that are not carnet's.
    pub report_new: bool,
    /// How far ahead the calendar looks.
    pub until: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    Contact,
    Reminder,
}

/// One entry created, updated or deleted (or, for a dry run, to be).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub action: Action,
    pub what: What,
    pub uid: String,
    /// The contact's name (None for a deletion: carnet may not have it any more).
    pub name: Option<String>,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub changes: Vec<Change>,
    /// Entries changed on the server since carnet sent them: left as they are.
    pub conflicts: Vec<String>,
    /// Cards on the server that carnet did not put there (made on a phone).
    pub new_on_server: Vec<String>,
}

/// One entry as carnet wants it on the server.
struct Wanted {
    uid: String,
    name: String,
    file: String,
    hash: String,
    body: String,
}

pub fn run(app: &mut App, req: &Request, render: &dyn Render) -> Result<Outcome> {
    let cfg = app.config.sync.clone();
    if !cfg.configured() {
        return Err(Error::t(Kind::Config, "err-sync-not-configured", vec![]).with_hint_t("hint-sync-config", vec![]));
    }
    let both = !req.contacts && !req.calendar;
    let mut targets = Vec::new();
    for (asked, url, kind) in
        [(req.contacts, &cfg.carddav, Collection::AddressBook), (req.calendar, &cfg.caldav, Collection::Calendar)]
    {
        match url {
            Some(u) if asked || both => {
                if !(u.starts_with("https://") || u.starts_with("http://")) {
                    return Err(Error::t(
                        Kind::Config,
                        "err-sync-bad-url",
                        targs!["url" => crate::error::echo(u), "why" => "not an http(s) address"],
                    )
                    .with_hint_t("hint-sync-config", vec![]));
                }
                targets.push((u.clone(), kind));
            }
            None if asked => {
                return Err(Error::t(Kind::Config, "err-sync-no-collection", targs!["what" => kind.word()])
                    .with_hint_t("hint-sync-config", vec![]))
            }
            _ => {}
        }
    }
    let dav = if req.dry_run {
        None
    } else {
        let password = password(&cfg)?;
        Some(Dav::new(cfg.username.as_deref(), password.as_deref()))
    };
    let mut out = Outcome::default();
    for (url, kind) in targets {
        // The state's key: the kind and the configured URL (one server's
        // root may be given for both).
        let key = match kind {
            Collection::AddressBook => format!("carddav {url}"),
            Collection::Calendar => format!("caldav {url}"),
        };
        let (wanted, what) = match kind {
            Collection::AddressBook => (cards(app, &cfg, render)?, What::Contact),
            Collection::Calendar => (events(app, req.until, render)?, What::Reminder),
        };
        let ctype = match kind {
            Collection::AddressBook => "text/vcard; charset=utf-8",
            Collection::Calendar => "text/calendar; charset=utf-8",
        };
        match &dav {
            None => plan(app, &key, &wanted, what, &mut out)?,
            Some(dav) => {
                let collection = dav.discover(&url, kind)?;
                let c = Target { key: &key, collection: &collection, what, ctype };
                push(app, dav, &c, &wanted, req.overwrite, &mut out)?;
                if req.report_new && kind == Collection::AddressBook {
                    report_new(app, dav, &c, &mut out)?;
                }
            }
        }
    }
    Ok(out)
}

/// The password: `CARNET_SYNC_PASSWORD`, else what `password_command`
/// prints; none without a user name. Never stored.
fn password(cfg: &SyncConfig) -> Result<Option<String>> {
    if let Ok(p) = std::env::var("CARNET_SYNC_PASSWORD") {
        return Ok(Some(p));
    }
    let Some(cmd) = cfg.password_command.as_deref() else { return Ok(None) };
    let failed = |why: String| {
        Error::t(Kind::Config, "err-sync-password-command", targs!["value" => crate::error::echo(&why)])
            .with_hint_t("hint-sync-auth", vec![])
    };
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| failed(e.to_string()))?;
    if !out.status.success() {
        return Err(failed(cmd.to_string()));
    }
    Ok(Some(String::from_utf8_lossy(&out.stdout).trim_end_matches(['\r', '\n']).to_string()))
}

/// The UID of a contact's card (the one `contact export` writes).
pub fn contact_uid(id: i64) -> String {
    format!("urn:carnet:contact:{id}")
}

/// Every active contact (of `[sync] segment` when set) as a card.
fn cards(app: &mut App, cfg: &SyncConfig, render: &dyn Render) -> Result<Vec<Wanted>> {
    let population = super::population::for_card(app)?.0;
    let app = &*app;
    let db = app.db();
    let members: Option<HashSet<i64>> = match &cfg.segment {
        Some(s) => Some(super::segments::member_ids(app, s, app.today)?.into_iter().collect()),
        None => None,
    };
    let kept: HashMap<i64, crate::store::totals::Kept> =
        crate::store::totals::all(db)?.into_iter().map(|k| (k.visits.contact_id, k)).collect();
    let mut follow_ups: HashMap<i64, Vec<(NaiveDate, String, Option<String>)>> = HashMap::new();
    for f in crate::store::interactions::open_follow_ups(db, NaiveDate::MAX)? {
        let i = f.item;
        follow_ups.entry(i.contact_id).or_default().push((i.follow_up.unwrap_or(i.day), i.kind, i.summary));
    }
    let dates = super::contact_files::all_dates(app)?;
    let mut wanted = Vec::new();
    crate::store::contacts::for_each(db, crate::store::contacts::Archived::Hide, |c| {
        if members.as_ref().is_some_and(|m| !m.contains(&c.id)) {
            return Ok(());
        }
        let mut note = CardNote { follow_ups: follow_ups.remove(&c.id).unwrap_or_default(), ..Default::default() };
        if let Some(k) = kept.get(&c.id) {
            note.visits = k.visits.visits;
            note.total_cents = k.visits.total_cents;
            note.last_visit = crate::domain::dates::from_day_number(k.visits.last_day);
            note.segment = population.place(&k.visits, app.today).map(|p| p.segment);
        }
        let uid = contact_uid(c.id);
        let body = render.card(&c, dates.get(&c.id).map(Vec::as_slice).unwrap_or(&[]), &note, &uid);
        wanted.push(Wanted { file: file_name(&uid, "vcf"), hash: hash(&body), uid, name: c.fields.name.clone(), body });
        Ok(())
    })?;
    Ok(wanted)
}

/// Every reminder up to `until`, as `remind --format ics` has them.
fn events(app: &App, until: NaiveDate, render: &dyn Render) -> Result<Vec<Wanted>> {
    let mut wanted: Vec<Wanted> = Vec::new();
    let mut seen = HashSet::new();
    for r in super::reminders::collect(app, until)? {
        let (uid, body) = render.event(&r);
        // One entry per UID: the calendar file's rule.
        if seen.insert(uid.clone()) {
            wanted.push(Wanted { file: file_name(&uid, "ics"), hash: hash(&body), uid, name: r.name.clone(), body });
        }
    }
    Ok(wanted)
}

/// A dry run: what would be sent, from the state alone (no server asked).
fn plan(app: &App, key: &str, wanted: &[Wanted], what: What, out: &mut Outcome) -> Result<()> {
    let known: HashMap<String, Entry> =
        state::entries(app.db(), key)?.into_iter().map(|e| (e.uid.clone(), e)).collect();
    for w in wanted {
        let action = match known.get(&w.uid) {
            None => Action::Create,
            Some(e) if e.sent_hash.is_none() => Action::Create,
            Some(e) if must_send(e.sent_hash.as_deref(), e.pending_hash.as_deref(), &w.hash) => Action::Update,
            Some(_) => continue,
        };
        out.changes.push(Change { action, what, uid: w.uid.clone(), name: Some(w.name.clone()) });
    }
    let want: HashSet<&str> = wanted.iter().map(|w| w.uid.as_str()).collect();
    for uid in known.keys().filter(|u| !want.contains(u.as_str())) {
        out.changes.push(Change { action: Action::Delete, what, uid: uid.clone(), name: None });
    }
    Ok(())
}

struct Target<'a> {
    /// The state's key (the kind and the configured URL).
    key: &'a str,
    /// The collection found there.
    collection: &'a str,
    what: What,
    ctype: &'a str,
}

fn save(app: &mut App, key: &str, e: &Entry) -> Result<()> {
    let tx = app.store.begin()?;
    state::put(&tx, key, e)?;
    tx.commit()
}

/// Send what changed, delete what is gone: one committed step per entry.
fn push(app: &mut App, dav: &Dav, t: &Target, wanted: &[Wanted], overwrite: bool, out: &mut Outcome) -> Result<()> {
    let known: HashMap<String, Entry> =
        state::entries(app.db(), t.key)?.into_iter().map(|e| (e.uid.clone(), e)).collect();
    for (i, w) in wanted.iter().enumerate() {
        let before = known.get(&w.uid).cloned();
        let fresh = before.as_ref().is_none_or(|e| e.etag.is_none());
        if let Some(e) = &before {
            if !must_send(e.sent_hash.as_deref(), e.pending_hash.as_deref(), &w.hash) {
                continue;
            }
        }
        let href = before.as_ref().map(|e| e.href.clone()).unwrap_or_else(|| {
            let path = dav::with_slash(t.collection);
            format!("{path}{}", w.file)
        });
        let earlier_pending = before.as_ref().and_then(|e| e.pending_hash.clone());
        let mut entry =
            before.clone().unwrap_or(Entry { uid: w.uid.clone(), href: href.clone(), ..Default::default() });
        entry.pending_hash = Some(w.hash.clone());
        save(app, t.key, &entry)?;
        let body = mark(&w.body, &w.hash);
        let mut etag = entry.etag.clone();
        let mut confirmed = None;
        for _ in 0..3 {
            let pre = match (&etag, overwrite) {
                (_, true) => Precondition::Any,
                (None, false) => Precondition::New,
                (Some(e), false) => Precondition::Match(e),
            };
            let a = dav.put(&href, &body, t.ctype, pre)?;
            // The tests' kill: the PUT landed, its answer is lost.
            crate::store::crash_point(&format!("sync:after-put:{i}"));
            if a.ok() {
                confirmed = Some(match a.etag {
                    Some(e) => Some(e),
                    None => dav.etag(&href)?,
                });
                break;
            }
            if a.status != 412 {
                return Err(dav::answer_error("PUT", &href, &a));
            }
            // Something else is there: a PUT of carnet's whose answer was
            // lost, or an edit made on the server.
            let there = dav.get(&href)?;
            let theirs = marked(&there.body).map(String::from);
            if theirs.as_deref() == Some(w.hash.as_str()) {
                // What carnet sends is there already.
                confirmed = Some(match there.etag {
                    Some(e) => Some(e),
                    None => dav.etag(&href)?,
                });
                break;
            }
            let earlier_ours = theirs.is_some() && theirs == earlier_pending && theirs != entry.sent_hash;
            match there.etag {
                // carnet's earlier PUT landed: replace it, by its ETag.
                Some(e) if earlier_ours && etag.as_deref() != Some(e.as_str()) => etag = Some(e),
                _ => break,
            }
        }
        match confirmed {
            Some(new_etag) => {
                let e = Entry {
                    uid: w.uid.clone(),
                    href,
                    etag: new_etag,
                    sent_hash: Some(w.hash.clone()),
                    pending_hash: None,
                };
                save(app, t.key, &e)?;
                let action = if fresh { Action::Create } else { Action::Update };
                out.changes.push(Change { action, what: t.what, uid: w.uid.clone(), name: Some(w.name.clone()) });
            }
            None => out.conflicts.push(w.uid.clone()),
        }
    }
    let want: HashSet<&str> = wanted.iter().map(|w| w.uid.as_str()).collect();
    let mut gone: Vec<&Entry> = known.values().filter(|e| !want.contains(e.uid.as_str())).collect();
    gone.sort_by(|a, b| a.uid.cmp(&b.uid));
    for e in gone {
        // Unconditional: a person forgotten must leave the server even if
        // their card was edited there.
        let a = dav.delete(&e.href)?;
        if !a.ok() && a.status != 404 && a.status != 410 {
            return Err(dav::answer_error("DELETE", &e.href, &a));
        }
        let tx = app.store.begin()?;
        state::remove(&tx, t.key, &e.uid)?;
        tx.commit()?;
        out.changes.push(Change { action: Action::Delete, what: t.what, uid: e.uid.clone(), name: None });
    }
    Ok(())
}

/// The cards on the server that carnet did not put there.
fn report_new(app: &App, dav: &Dav, t: &Target, out: &mut Outcome) -> Result<()> {
    let ours: HashSet<String> =
        state::entries(app.db(), t.key)?.into_iter().map(|e| dav::resolve(t.collection, &e.href)).collect();
    for f in dav.list(t.collection)? {
        let url = dav::resolve(t.collection, &f.href);
        if ours.contains(&url) || f.types.iter().any(|t| t == "collection") {
            continue;
        }
        let a = dav.get(&url)?;
        if a.ok() && marked(&a.body).is_none() {
            out.new_on_server.push(a.body);
        }
    }
    Ok(())
}
