//! The hash chain over the consent events (schema 8): each event's hash
//! covers the previous event's hash, its own fields, its proof's hash and
//! its wording's hash, and the contact it was recorded for.
//!
//! What this proves: an event changed, removed or inserted with the sqlite3
//! shell (around carnet's triggers), a proof or wording rewritten, or an
//! event moved to another contact without a merge, is found by `consent
//! verify`, which names the first event that no longer matches. What it
//! does not prove: the chain is not signed, so someone who knows this
//! format and has the file can rebuild every hash after a change; and it
//! says nothing of what happened before an event was recorded. Keep
//! backups (`carnet backup`) to compare with.

use super::{Db, Tx};
use crate::error::Result;
use rusqlite::{params, OptionalExtension};

/// Hex SHA-256 of the text that identifies an event.
fn digest(prev: &str, e: &Row) -> String {
    let text = format!(
        "{prev}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        e.id,
        e.recorded_for.map(|v| v.to_string()).unwrap_or_default(),
        e.subject_key.as_deref().unwrap_or(""),
        e.channel,
        e.action,
        e.occurred_on,
        e.recorded_at,
        e.method.as_deref().unwrap_or(""),
        e.proof_sha256.as_deref().unwrap_or(""),
        e.wording_sha256.as_deref().unwrap_or(""),
        e.voids.map(|v| v.to_string()).unwrap_or_default(),
    );
    crate::domain::hash::content_hash(text.as_bytes())
}

struct Row {
    id: i64,
    contact_id: Option<i64>,
    recorded_for: Option<i64>,
    subject_key: Option<String>,
    channel: String,
    action: String,
    occurred_on: String,
    recorded_at: String,
    method: Option<String>,
    proof_sha256: Option<String>,
    proof_text: Option<String>,
    wording_id: Option<i64>,
    wording_sha256: Option<String>,
    wording_text: Option<String>,
    voids: Option<i64>,
    prev_hash: Option<String>,
    hash: Option<String>,
}

const SELECT: &str = "SELECT e.id, e.contact_id, e.recorded_for, e.subject_key, e.channel, e.action, e.occurred_on, \
     e.recorded_at, e.method, e.proof_sha256, p.text, e.wording_id, w.sha256, w.text, e.voids, e.prev_hash, e.hash \
     FROM consent_events e LEFT JOIN consent_proofs p ON p.id = e.proof_id \
     LEFT JOIN consent_wordings w ON w.id = e.wording_id";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        recorded_for: r.get(2)?,
        subject_key: r.get(3)?,
        channel: r.get(4)?,
        action: r.get(5)?,
        occurred_on: r.get(6)?,
        recorded_at: r.get(7)?,
        method: r.get(8)?,
        proof_sha256: r.get(9)?,
        proof_text: r.get(10)?,
        wording_id: r.get(11)?,
        wording_sha256: r.get(12)?,
        wording_text: r.get(13)?,
        voids: r.get(14)?,
        prev_hash: r.get(15)?,
        hash: r.get(16)?,
    })
}

/// Seal event `id` just inserted: its contact, its proof's hash, the
/// previous hash and its own.
pub fn seal(conn: &Tx, id: i64) -> Result<()> {
    let c = conn.sql();
    let prev: String = c
        .query_row("SELECT hash FROM consent_events WHERE id < ?1 ORDER BY id DESC LIMIT 1", [id], |r| r.get(0))
        .optional()?
        .flatten()
        .unwrap_or_default();
    seal_after(c, id, &prev)?;
    Ok(())
}

/// Fix event `id`'s contact, proof digest and link to `prev`, then store
/// its hash, which it returns for the next event.
fn seal_after(c: &rusqlite::Connection, id: i64, prev: &str) -> Result<String> {
    let proof: Option<String> = c
        .query_row(
            "SELECT p.text FROM consent_events e JOIN consent_proofs p ON p.id = e.proof_id WHERE e.id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    let proof_sha = proof.map(|t| crate::domain::hash::content_hash(t.as_bytes()));
    c.execute(
        "UPDATE consent_events SET recorded_for = contact_id, prev_hash = ?2, proof_sha256 = ?3 WHERE id = ?1",
        params![id, prev, proof_sha],
    )?;
    let row = c.query_row(&format!("{SELECT} WHERE e.id = ?1"), [id], from_row)?;
    let hash = digest(prev, &row);
    c.execute("UPDATE consent_events SET hash = ?2 WHERE id = ?1", params![id, hash])?;
    Ok(hash)
}

/// Seal every event recorded before schema 8, in id order, and hold the
/// new columns fixed from then on.
pub(super) fn seal_existing(conn: &rusqlite::Connection) -> Result<()> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM consent_events ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut prev = String::new();
    for id in ids {
        prev = seal_after(conn, id, &prev)?;
    }
    conn.execute_batch(
        "CREATE TRIGGER consent_events_sealed BEFORE UPDATE OF recorded_for, proof_sha256, prev_hash, hash \
         ON consent_events WHEN old.hash IS NOT NULL \
         BEGIN SELECT RAISE(ABORT, 'consent history is append-only: record a new event instead'); END;",
    )?;
    Ok(())
}

/// Record that `from` was merged into `into` (its events move with it).
pub fn record_merge(conn: &Tx, from: i64, into: i64, now: &str) -> Result<()> {
    conn.sql().execute(
        "INSERT INTO contact_merges (from_id, into_id, merged_at) VALUES (?1, ?2, ?3)",
        params![from, into, now],
    )?;
    Ok(())
}

/// The first problem found, if any, and how many events were checked.
pub struct Verification {
    pub events: usize,
    pub problem: Option<(i64, String)>,
}

fn merges(conn: &Db) -> Result<std::collections::HashMap<i64, i64>> {
    let mut stmt = conn.sql().prepare("SELECT from_id, into_id FROM contact_merges ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What is wrong with one event, given the hash before it.
fn check(e: &Row, prev: &str, merged: &std::collections::HashMap<i64, i64>) -> Option<String> {
    let Some(hash) = &e.hash else {
        return Some(format!("event {} has no seal: it was not recorded by carnet", e.id));
    };
    if e.prev_hash.as_deref().unwrap_or("") != prev {
        return Some(format!("the event before event {} was removed, inserted or changed", e.id));
    }
    if &digest(prev, e) != hash {
        return Some(format!("event {} was changed after it was recorded", e.id));
    }
    if let (Some(text), Some(sha)) = (&e.proof_text, &e.proof_sha256) {
        if &crate::domain::hash::content_hash(text.as_bytes()) != sha {
            return Some(format!("the proof of event {} was changed", e.id));
        }
    }
    if let Some(w) = e.wording_id {
        match (&e.wording_text, &e.wording_sha256) {
            (Some(text), Some(sha)) if &crate::domain::hash::content_hash(text.as_bytes()) == sha => {}
            (None, _) => return Some(format!("the wording {w} of event {} is missing", e.id)),
            _ => return Some(format!("the wording {w} of event {} was changed", e.id)),
        }
    }
    // Where the event should be now: its contact, followed through merges.
    let mut expect = e.recorded_for;
    let mut hops = 0;
    while let Some(next) = expect.and_then(|c| merged.get(&c)) {
        expect = Some(*next);
        hops += 1;
        if hops > 10_000 {
            break;
        }
    }
    if e.contact_id.is_some() && e.contact_id != expect {
        return Some(format!(
            "event {} was moved to contact {} (it was recorded for contact {}, and no merge explains it)",
            e.id,
            e.contact_id.unwrap_or_default(),
            e.recorded_for.map(|v| v.to_string()).unwrap_or_else(|| "none".into())
        ));
    }
    None
}

/// Recompute the whole chain.
pub fn verify(conn: &Db) -> Result<Verification> {
    let merged = merges(conn)?;
    let mut stmt = conn.sql().prepare(&format!("{SELECT} ORDER BY e.id"))?;
    let mut rows = stmt.query([])?;
    let mut prev = String::new();
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let e = from_row(r)?;
        n += 1;
        if let Some(p) = check(&e, &prev, &merged) {
            return Ok(Verification { events: n, problem: Some((e.id, p)) });
        }
        prev = e.hash.clone().unwrap_or_default();
    }
    Ok(Verification { events: n, problem: None })
}

/// Check one contact's events on their own (each against the hash stored
/// before it): cheap enough for the contact card.
pub fn verify_contact(conn: &Db, contact_id: i64) -> Result<Option<(i64, String)>> {
    let merged = merges(conn)?;
    let mut stmt = conn.sql().prepare(&format!("{SELECT} WHERE e.contact_id = ?1 ORDER BY e.id"))?;
    let rows = stmt.query_map([contact_id], from_row)?;
    for r in rows {
        let e = r?;
        let prev = e.prev_hash.clone().unwrap_or_default();
        if let Some(p) = check(&e, &prev, &merged) {
            return Ok(Some((e.id, p)));
        }
    }
    Ok(None)
}
