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

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::error::Result;

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
    // Seal 2 (schema 22) also covers the link to the proof, which a
    // forget keeps, and the end of the suppression list the event saw.
    if e.seal == Some(2) {
        let text = format!(
            "v2\u{1f}{text}\u{1f}{}\u{1f}{}",
            e.proof_id.map(|v| v.to_string()).unwrap_or_default(),
            e.suppression_head.as_deref().unwrap_or("")
        );
        return crate::domain::hash::content_hash(text.as_bytes());
    }
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
    // Read only from schema 22 on (absent while migration 8 seals).
    proof_id: Option<i64>,
    seal: Option<i64>,
    suppression_head: Option<String>,
    proof_row: Option<i64>,
    proof_erased: Option<String>,
    contact_forgotten: Option<String>,
}

/// The columns of schema 8 (what migration 8 seals with).
const SELECT_V1: &str =
    "SELECT e.id, e.contact_id, e.recorded_for, e.subject_key, e.channel, e.action, e.occurred_on, \
     e.recorded_at, e.method, e.proof_sha256, p.text, e.wording_id, w.sha256, w.text, e.voids, e.prev_hash, e.hash \
     FROM consent_events e LEFT JOIN consent_proofs p ON p.id = e.proof_id \
     LEFT JOIN consent_wordings w ON w.id = e.wording_id";

const SELECT: &str = "SELECT e.id, e.contact_id, e.recorded_for, e.subject_key, e.channel, e.action, e.occurred_on, \
     e.recorded_at, e.method, e.proof_sha256, p.text, e.wording_id, w.sha256, w.text, e.voids, e.prev_hash, e.hash, \
     e.proof_id, e.seal, e.suppression_head, p.id, p.erased_at, c.forgotten_at \
     FROM consent_events e LEFT JOIN consent_proofs p ON p.id = e.proof_id \
     LEFT JOIN consent_wordings w ON w.id = e.wording_id LEFT JOIN contacts c ON c.id = e.contact_id";

/// Does the file have schema 22's seal columns?
fn has_seal_2(c: &super::Db) -> Result<bool> {
    if c.engine() == super::sql::EngineKind::Postgres {
        return Ok(true); // made at schema 22's level
    }
    let n: i64 =
        c.query_row("SELECT count(*) FROM pragma_table_info('consent_events') WHERE name = 'seal'", [], |r| r.get(0))?;
    Ok(n > 0)
}

fn from_row(r: &super::sql::Row) -> super::sql::Result<Row> {
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
        proof_id: r.get(17).unwrap_or(None),
        seal: r.get(18).unwrap_or(None),
        suppression_head: r.get(19).unwrap_or(None),
        proof_row: r.get(20).unwrap_or(None),
        proof_erased: r.get(21).unwrap_or(None),
        contact_forgotten: r.get(22).unwrap_or(None),
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
fn seal_after(c: &super::Db, id: i64, prev: &str) -> Result<String> {
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
    let select = if has_seal_2(c)? {
        c.execute(
            "UPDATE consent_events SET seal = 2, \
             suppression_head = (SELECT value FROM settings WHERE key = 'suppression_head') WHERE id = ?1",
            [id],
        )?;
        SELECT
    } else {
        SELECT_V1
    };
    let row = c.query_row(&format!("{select} WHERE e.id = ?1"), [id], from_row)?;
    let hash = digest(prev, &row);
    c.execute("UPDATE consent_events SET hash = ?2 WHERE id = ?1", params![id, hash])?;
    Ok(hash)
}

/// Seal every event recorded before schema 8, in id order, and hold the
/// new columns fixed from then on.
pub(super) fn seal_existing(conn: &super::Db) -> Result<()> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM consent_events ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<super::sql::Result<_>>()?;
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

/// The first problem found, if any (with the event it is in, when it is
/// in one), how many events and suppression entries were checked, and
/// the head of the chain.
pub struct Verification {
    pub events: usize,
    pub suppressions: usize,
    pub problem: Option<(Option<i64>, String)>,
    pub head: super::consent_seal::Head,
}

fn merges(conn: &Db) -> Result<std::collections::HashMap<i64, i64>> {
    let mut stmt = conn.sql().prepare("SELECT from_id, into_id FROM contact_merges ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
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
    if let (Some(text), Some(sha), None) = (&e.proof_text, &e.proof_sha256, &e.proof_erased) {
        if &crate::domain::hash::content_hash(text.as_bytes()) != sha {
            return Some(format!("the proof of event {} was changed", e.id));
        }
    }
    if e.proof_id.is_some() && e.proof_row.is_none() {
        return Some(format!("the proof of event {} is missing", e.id));
    }
    // An event sealed with a proof keeps its link to it; before schema 22
    // a forget cleared the link, so an older event may lack it only if its
    // contact was forgotten.
    if e.proof_sha256.is_some() && e.proof_id.is_none() && e.contact_forgotten.is_none() {
        return Some(format!("the link from event {} to its proof was removed", e.id));
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

/// Recompute the whole chain, and the suppression list's.
pub fn verify(conn: &Db) -> Result<Verification> {
    let merged = merges(conn)?;
    let sup = super::consent_seal::verify_suppressions(conn)?;
    let head = super::consent_seal::head_of(conn)?;
    let mut out = Verification { events: 0, suppressions: sup.entries, problem: None, head };
    if let Some(p) = sup.problem {
        out.problem = Some((None, p));
        return Ok(out);
    }
    let mut stmt = conn.sql().prepare(&format!("{SELECT} ORDER BY e.id"))?;
    let mut rows = stmt.query([])?;
    let mut prev = String::new();
    while let Some(r) = rows.next()? {
        let e = from_row(&r)?;
        out.events += 1;
        let mut problem = check(&e, &prev, &merged);
        // The end of the suppression list this event saw is still in it.
        if let (None, Some(seen)) = (&problem, &e.suppression_head) {
            if !sup.heads.contains(seen) {
                problem = Some(format!(
                    "the suppression list no longer holds what it held when event {} was recorded \
                     (entries removed, or its key changed)",
                    e.id
                ));
            }
        }
        if let Some(p) = problem {
            out.problem = Some((Some(e.id), p));
            return Ok(out);
        }
        prev = e.hash.clone().unwrap_or_default();
    }
    Ok(out)
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
