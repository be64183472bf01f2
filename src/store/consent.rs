//! The consent ledger, wordings, proofs and the suppression list.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::consent::{self, Action, Channel, Event, Method, Status};
pub use crate::domain::consent_record::{HistoryEvent, Wording};
use crate::error::{Error, Result};
use std::collections::HashMap;

/// Store a wording once, by the hash of its text; returns its id.
pub fn add_wording(conn: &Tx, text: &str, label: Option<&str>, now: &str) -> Result<(i64, bool)> {
    let hash = crate::domain::hash::content_hash(text.as_bytes());
    if let Some(id) =
        conn.sql().query_row("SELECT id FROM consent_wordings WHERE sha256 = ?1", [&hash], |r| r.get(0)).optional()?
    {
        return Ok((id, false));
    }
    let id = conn.sql().query_row(
        "INSERT INTO consent_wordings (sha256, label, text, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        params![hash, label, text, now],
        |r| r.get(0),
    )?;
    Ok((id, true))
}

fn wording_row(r: &super::sql::Row) -> super::sql::Result<Wording> {
    Ok(Wording { id: r.get(0)?, sha256: r.get(1)?, label: r.get(2)?, text: r.get(3)?, created_at: r.get(4)? })
}

pub fn wordings(conn: &Db) -> Result<Vec<Wording>> {
    let mut stmt =
        conn.sql().prepare("SELECT id, sha256, label, text, created_at FROM consent_wordings ORDER BY id")?;
    let rows = stmt.query_map([], wording_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A wording by id, or by (a prefix of at least 8 characters of) its hash.
pub fn find_wording(conn: &Db, key: &str) -> Result<Option<Wording>> {
    let sql = "SELECT id, sha256, label, text, created_at FROM consent_wordings";
    if let Ok(id) = key.parse::<i64>() {
        return Ok(conn.sql().query_row(&format!("{sql} WHERE id = ?1"), [id], wording_row).optional()?);
    }
    if key.len() >= 8 && key.chars().all(|c| c.is_ascii_hexdigit()) {
        let mut stmt = conn.sql().prepare(&format!("{sql} WHERE sha256 LIKE ?1 || '%'"))?;
        let found: Vec<Wording> =
            stmt.query_map([key.to_lowercase()], wording_row)?.collect::<super::sql::Result<_>>()?;
        if found.len() == 1 {
            return Ok(found.into_iter().next());
        }
    }
    Ok(None)
}

#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub contact_id: Option<i64>,
    pub subject_key: Option<&'a str>,
    pub channel: Channel,
    pub action: Action,
    pub occurred_on: &'a str,
    pub method: Option<Method>,
    pub proof: Option<&'a str>,
    pub wording_id: Option<i64>,
    pub voids: Option<i64>,
}

pub fn record(conn: &Tx, e: &NewEvent, now: &str) -> Result<i64> {
    let proof_id = match e.proof.filter(|p| !p.trim().is_empty()) {
        Some(p) => Some(conn.sql().query_row(
            "INSERT INTO consent_proofs (text) VALUES (?1) RETURNING id",
            [p.trim()],
            |r| r.get::<_, i64>(0),
        )?),
        None => None,
    };
    let by = conn.recorded_by()?;
    let event_id = conn
        .sql()
        .prepare_cached(
            "INSERT INTO consent_events (contact_id, subject_key, channel, action, occurred_on, recorded_at, method, \
         proof_id, wording_id, voids, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
        )?
        .query_row(
            params![
                e.contact_id,
                e.subject_key,
                e.channel.as_str(),
                e.action.as_str(),
                e.occurred_on,
                now,
                e.method.map(Method::as_str),
                proof_id,
                e.wording_id,
                e.voids,
                by
            ],
            |r| r.get::<_, i64>(0),
        )?;
    let id = event_id;
    super::consent_chain::seal(conn, id)?;
    Ok(id)
}

pub fn history(conn: &Db, contact_id: i64) -> Result<Vec<HistoryEvent>> {
    let mut stmt = conn.sql().prepare(
        "SELECT e.id, e.contact_id, e.channel, e.action, e.occurred_on, e.recorded_at, e.method, \
         CASE WHEN p.erased_at IS NULL THEN p.text END, e.wording_id, \
         w.sha256, w.text, e.voids, e.recorded_by FROM consent_events e LEFT JOIN consent_proofs p ON p.id = e.proof_id \
         LEFT JOIN consent_wordings w ON w.id = e.wording_id WHERE e.contact_id = ?1 ORDER BY e.occurred_on, e.id",
    )?;
    let rows = stmt.query_map([contact_id], |r| {
        Ok(HistoryEvent {
            id: r.get(0)?,
            contact_id: r.get(1)?,
            channel: super::parsed(r, 2, "channel", Channel::parse)?,
            action: super::parsed(r, 3, "consent action", Action::parse)?,
            occurred_on: r.get(4)?,
            recorded_at: r.get(5)?,
            method: super::parsed_opt(r, 6, "consent method", Method::parse)?,
            proof: r.get(7)?,
            wording_id: r.get(8)?,
            wording_sha256: r.get(9)?,
            wording_text: r.get(10)?,
            voids: r.get(11)?,
            recorded_by: r.get(12)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The contact (none for a bare address) and channel of an event.
pub fn event_contact(conn: &Db, id: i64) -> Result<Option<(Option<i64>, Channel)>> {
    let found: Option<(Option<i64>, String)> = conn
        .sql()
        .query_row("SELECT contact_id, channel FROM consent_events WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    found
        .map(|(c, ch)| Channel::parse(&ch).map(|ch| (c, ch)).ok_or_else(|| Error::internal(format!("channel {ch}"))))
        .transpose()
}

/// Current status per channel of one contact.
pub fn statuses(conn: &Db, contact_id: i64) -> Result<Vec<(Channel, Status)>> {
    let mut stmt = conn
        .sql()
        .prepare_cached("SELECT channel, id, action, occurred_on, voids FROM consent_events WHERE contact_id = ?1")?;
    let mut by: HashMap<Channel, Vec<Event>> = HashMap::new();
    let rows = stmt.query_map([contact_id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get(4)?))
    })?;
    for row in rows {
        let (ch, id, action, on, voids) = row?;
        if let (Some(ch), Some(action)) = (Channel::parse(&ch), Action::parse(&action)) {
            by.entry(ch).or_default().push(Event { id, action, occurred_on: on, voids });
        }
    }
    Ok(Channel::ALL.iter().map(|&c| (c, consent::status(by.get(&c).map(Vec::as_slice).unwrap_or(&[])))).collect())
}

/// Who recorded the latest event of each channel of one contact, for the
/// channels whose latest event says (in the channels' order).
pub fn recorders(conn: &Db, contact_id: i64) -> Result<Vec<(Channel, String)>> {
    let mut stmt = conn
        .sql()
        .prepare_cached("SELECT channel, recorded_by FROM consent_events WHERE contact_id = ?1 ORDER BY id")?;
    let mut last: HashMap<Channel, Option<String>> = HashMap::new();
    let rows = stmt.query_map([contact_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
    for row in rows {
        let (ch, by) = row?;
        if let Some(ch) = Channel::parse(&ch) {
            last.insert(ch, by);
        }
    }
    Ok(Channel::ALL.iter().filter_map(|c| last.remove(c).flatten().map(|w| (*c, w))).collect())
}

/// Status on one channel for every contact that has events there.
pub fn statuses_for_channel(conn: &Db, channel: Channel) -> Result<HashMap<i64, Status>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT contact_id, id, action, occurred_on, voids FROM consent_events \
         WHERE channel = ?1 AND contact_id IS NOT NULL ORDER BY contact_id",
    )?;
    let mut events: HashMap<i64, Vec<Event>> = HashMap::new();
    let rows = stmt.query_map([channel.as_str()], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get(4)?))
    })?;
    for row in rows {
        let (c, id, action, on, voids) = row?;
        if let Some(action) = Action::parse(&action) {
            events.entry(c).or_default().push(Event { id, action, occurred_on: on, voids });
        }
    }
    Ok(events.into_iter().map(|(c, ev)| (c, consent::status(&ev))).collect())
}

/// Counts per channel and status over every contact (never asked
/// included), and grants/withdrawals per month.
#[derive(Debug, Clone, Default)]
pub struct ConsentReport {
    pub counts: Vec<StatusCount>,
    pub months: Vec<MonthCount>,
}

#[derive(Debug, Clone, Copy)]
pub struct StatusCount {
    pub channel: Channel,
    pub status: Status,
    pub contacts: i64,
}

#[derive(Debug, Clone)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub grants: i64,
    pub withdrawals: i64,
}

pub fn report(conn: &Db) -> Result<ConsentReport> {
    let total: i64 =
        conn.sql().query_row("SELECT count(*) FROM contacts WHERE archived_at IS NULL", [], |r| r.get(0))?;
    let mut counts = Vec::new();
    for ch in Channel::ALL {
        let st = statuses_for_channel(conn, ch)?;
        let mut n: HashMap<Status, i64> = HashMap::new();
        for s in st.values() {
            *n.entry(*s).or_default() += 1;
        }
        let known: i64 = n.values().sum();
        *n.entry(Status::NeverAsked).or_default() += total - known;
        for s in Status::ALL {
            counts.push(StatusCount { channel: ch, status: s, contacts: n.get(&s).copied().unwrap_or(0) });
        }
    }
    let mut stmt = conn.sql().prepare(
        "SELECT substr(occurred_on, 1, 7), count(CASE WHEN action = 'grant' THEN 1 END), \
         count(CASE WHEN action IN ('withdraw', 'complaint') THEN 1 END) \
         FROM consent_events GROUP BY 1 ORDER BY 1",
    )?;
    let months = stmt
        .query_map([], |r| Ok(MonthCount { month: r.get(0)?, grants: r.get(1)?, withdrawals: r.get(2)? }))?
        .collect::<super::sql::Result<_>>()?;
    Ok(ConsentReport { counts, months })
}

/// The per-database key of the suppression hashes, made by migration 6
/// (so that reading it never writes).
fn suppression_key(conn: &Db) -> Result<Vec<u8>> {
    let hex: Option<String> = conn
        .sql()
        .query_row("SELECT value FROM settings WHERE key = 'suppression_key'", [], |r| r.get(0))
        .optional()?;
    hex.map(String::into_bytes).ok_or_else(|| super::consent_seal::broken("the suppression key is missing".into()))
}

/// The keyed hash (HMAC-SHA-256) of a normalised address: comparable, but
/// not reversible without the key, and useless outside this file.
pub fn address_key(conn: &Db, channel_of_address: Channel, address: &str) -> Result<String> {
    Ok(keyed(&keyed_mac(conn)?, channel_of_address, address))
}

type Mac = hmac::Hmac<sha2::Sha256>;

fn keyed_mac(conn: &Db) -> Result<Mac> {
    use hmac::Mac as _;
    Mac::new_from_slice(&suppression_key(conn)?).map_err(|e| Error::internal(format!("hmac: {e}")))
}

fn keyed(mac: &Mac, channel_of_address: Channel, address: &str) -> String {
    let norm = match channel_of_address {
        Channel::Email => crate::domain::contact::email_key(address),
        _ => crate::domain::contact::phone_key(address),
    };
    keyed_norm(mac, &norm)
}

/// The keyed hash of a normalised address under the key `key_hex` as
/// `settings` holds it (for the migration that re-keys).
pub(super) fn keyed_with(key_hex: &str, norm: &str) -> Result<String> {
    use hmac::Mac as _;
    let mac = Mac::new_from_slice(key_hex.as_bytes()).map_err(|e| Error::internal(format!("hmac: {e}")))?;
    Ok(keyed_norm(&mac, norm))
}

/// The keyed hash of an address already normalised.
fn keyed_norm(mac: &Mac, norm: &str) -> String {
    use hmac::Mac as _;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut m = mac.clone();
    m.update(norm.as_bytes());
    let mut hex = String::with_capacity(64);
    for b in m.finalize().into_bytes() {
        hex.push(HEX[(b >> 4) as usize] as char);
        hex.push(HEX[(b & 15) as usize] as char);
    }
    hex
}

/// The suppression list, loaded once to check a whole audience.
pub struct Suppressions {
    mac: Mac,
    keys: std::collections::HashSet<(String, String)>,
}

impl Suppressions {
    pub fn load(conn: &Db) -> Result<Suppressions> {
        let mut stmt = conn.sql().prepare("SELECT key, channel FROM suppressions")?;
        let keys = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<super::sql::Result<_>>()?;
        Ok(Suppressions { mac: keyed_mac(conn)?, keys })
    }

    /// Is this contact suppressed on `channel`? Any of their addresses
    /// counts: a withdrawal recorded on a bare address holds for every
    /// channel it named (post included), whichever contact later carries
    /// that address.
    pub fn contains(&self, channel: Channel, email: Option<&str>, phone: Option<&str>) -> bool {
        if self.keys.is_empty() {
            return false;
        }
        let ch = channel.as_str().to_string();
        let on = |addr: Option<&str>, kind: Channel| {
            addr.is_some_and(|a| self.keys.contains(&(keyed(&self.mac, kind, a), ch.clone())))
        };
        // Entries made before phones were compared in E.164 are keyed by
        // the digits as written; those made before issue 24 may hold a
        // wrong spelling of the number (`+3306…`, `+33336…`) whose
        // original is gone (a forgotten person's): every such spelling of
        // this number is checked too. Migration 22 re-keyed the entries
        // whose number a contact still carries.
        let legacy = |p: Option<&str>| {
            p.is_some_and(|p| {
                let digits = crate::domain::phone::legacy_key(p);
                let now = crate::domain::contact::phone_key(p);
                std::iter::once(digits)
                    .chain(crate::domain::phone::keys_before_24(&now))
                    .any(|k| self.keys.contains(&(keyed_norm(&self.mac, &k), ch.clone())))
            })
        };
        on(email, Channel::Email) || on(phone, Channel::Phone) || legacy(phone)
    }
}

/// Put an address on the suppression list (once per channel), sealed at
/// the end of the list's chain (see `consent_seal`).
pub fn suppress(conn: &Tx, key: &str, channel: &str, reason: &str, now: &str) -> Result<()> {
    let there: Option<i64> = conn
        .sql()
        .query_row("SELECT 1 FROM suppressions WHERE key = ?1 AND channel = ?2", params![key, channel], |r| r.get(0))
        .optional()?;
    if there.is_none() {
        super::consent_seal::append(conn.sql(), key, channel, reason, now)?;
    }
    Ok(())
}

/// Erase the proof texts of a contact's events. The events stay, and so
/// does their link to the proof (the seal covers it): the proof's text
/// is emptied and marked erased.
pub fn erase_proofs(conn: &Tx, contact_id: i64, now: &str) -> Result<usize> {
    Ok(conn.sql().execute(
        "UPDATE consent_proofs SET text = '', erased_at = ?2 \
         WHERE erased_at IS NULL AND id IN (SELECT proof_id FROM consent_events WHERE contact_id = ?1)",
        params![contact_id, now],
    )?)
}
