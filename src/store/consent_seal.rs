//! What the consent seal covers beyond the events (schema 22): the
//! suppression list and its key, and the head a witness outside the file
//! can hold.
//!
//! The suppression entries form a chain of their own: each entry's hash
//! covers the one before it, and the first covers the suppression key, so
//! a changed or missing key, or an entry removed, rewritten or slipped in
//! with the sqlite3 shell, no longer matches. The chain's end is written in
//! `settings` (`suppression_head`, `N:HASH`) and every consent event sealed
//! since schema 22 covers the end it saw, so cutting entries recorded
//! before an event is found even when that row is rewritten too.
//!
//! The head of the consent chain (`N:HASH`: how many events, the last
//! one's hash) is what a witness keeps: `consent verify` prints it,
//! `backup`, launch files and `privacy export` record it, and `consent
//! verify --head N:HASH` or `--against BACKUP` check that today's chain
//! still extends it. Events cut from the end are found only that way: no
//! chain can see its own tail removed.

use super::sql::{params, OptionalExtension};
use super::Db;
use crate::domain::hash::content_hash;
use crate::error::{Error, Result};
use rusqlite::Connection;

const HEAD_KEY: &str = "suppression_head";

/// Where the suppression chain starts: the key itself.
fn genesis(key: &str) -> String {
    content_hash(format!("carnet suppression key\u{1f}{key}").as_bytes())
}

fn link(prev: &str, seq: i64, key: &str, channel: &str, reason: &str, created_at: &str) -> String {
    content_hash(format!("{prev}\u{1f}{seq}\u{1f}{key}\u{1f}{channel}\u{1f}{reason}\u{1f}{created_at}").as_bytes())
}

fn key_value(c: &Db) -> Result<Option<String>> {
    Ok(c.query_row("SELECT value FROM settings WHERE key = 'suppression_key'", [], |r| r.get(0)).optional()?)
}

/// The suppression chain's end as `settings` holds it (`N:HASH`).
pub(super) fn head(c: &Db) -> Result<Option<String>> {
    Ok(c.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?)
}

fn parse_head(text: &str) -> Option<(i64, String)> {
    let (n, h) = text.split_once(':')?;
    Some((n.parse().ok()?, h.to_string()))
}

pub fn broken(what: String) -> Error {
    Error::t(crate::error::Kind::Damaged, "err-suppressions-broken", crate::targs!["what" => what])
        .with_hint_t("hint-suppressions-broken", vec![])
}

/// Put a new entry at the end of the chain (the caller knows it is new).
pub(super) fn append(c: &Db, key: &str, channel: &str, reason: &str, created_at: &str) -> Result<()> {
    let found = head(c)?.and_then(|h| parse_head(&h));
    let (seq, prev) = match found {
        Some(h) => h,
        None => return Err(broken("the end of the suppression list is not recorded".into())),
    };
    let seq = seq + 1;
    let hash = link(&prev, seq, key, channel, reason, created_at);
    c.execute(
        "INSERT INTO suppressions (key, channel, reason, created_at, seq, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![key, channel, reason, created_at, seq, hash],
    )?;
    c.execute("UPDATE settings SET value = ?2 WHERE key = ?1", params![HEAD_KEY, format!("{seq}:{hash}")])?;
    Ok(())
}

/// Seal the entries made before schema 22 (in the order they were made)
/// and record the chain's end.
pub(super) fn seal_existing(c: &Db) -> Result<()> {
    let key = key_value(c)?.ok_or_else(|| broken("the suppression key is missing".into()))?;
    let rows: Vec<(String, String, String, String)> = c
        .prepare("SELECT key, channel, reason, created_at FROM suppressions ORDER BY created_at, key, channel")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<super::sql::Result<_>>()?;
    let mut prev = genesis(&key);
    let mut seq = 0;
    let mut write = c.prepare("UPDATE suppressions SET seq = ?3, hash = ?4 WHERE key = ?1 AND channel = ?2")?;
    for (k, ch, reason, at) in rows {
        seq += 1;
        prev = link(&prev, seq, &k, &ch, &reason, &at);
        write.execute(params![k, ch, seq, prev])?;
    }
    c.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![HEAD_KEY, format!("{seq}:{prev}")],
    )?;
    Ok(())
}

/// The suppression chain, recomputed.
#[derive(Debug, Default)]
pub struct SuppressionCheck {
    pub entries: usize,
    /// Every end the chain has had (`0:…` for the empty list), to check
    /// what the events saw.
    pub heads: std::collections::HashSet<String>,
    /// The end as `settings` records it.
    pub head: String,
    pub problem: Option<String>,
}

pub fn verify_suppressions(conn: &Db) -> Result<SuppressionCheck> {
    let c = conn.sql();
    let mut out = SuppressionCheck::default();
    let Some(key) = key_value(c)? else {
        out.problem = Some("the suppression key is missing".into());
        return Ok(out);
    };
    let mut prev = genesis(&key);
    out.heads.insert(format!("0:{prev}"));
    let mut stmt = c.prepare("SELECT seq, key, channel, reason, created_at, hash FROM suppressions ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut expect = 0i64;
    while let Some(r) = rows.next()? {
        let (seq, k, ch, reason, at, hash): (Option<i64>, String, String, String, String, Option<String>) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
        expect += 1;
        out.entries += 1;
        let (Some(seq), Some(hash)) = (seq, hash) else {
            out.problem = Some("a suppression entry has no seal: it was not made by carnet".into());
            return Ok(out);
        };
        if seq != expect {
            out.problem = Some(format!("suppression entry {expect} was removed (the next one is {seq})"));
            return Ok(out);
        }
        let want = link(&prev, seq, &k, &ch, &reason, &at);
        if want != hash {
            out.problem = Some(if seq == 1 {
                "the first suppression entry does not match the suppression key: the key or the entry was changed"
                    .into()
            } else {
                format!("suppression entry {seq} was changed, or one before it")
            });
            return Ok(out);
        }
        prev = want;
        out.heads.insert(format!("{seq}:{prev}"));
    }
    let end = format!("{expect}:{prev}");
    match head(c)? {
        None => out.problem = Some("the end of the suppression list is not recorded".into()),
        Some(h) if h == end => out.head = h,
        Some(h) => {
            out.problem = Some(match parse_head(&h) {
                Some((n, _)) if n > expect => {
                    format!("suppression entries {}..{n} were removed from the end of the list", expect + 1)
                }
                _ if expect == 0 => "the suppression list does not match its key: the key was changed".into(),
                _ => "the suppression list does not match its recorded end".into(),
            })
        }
    }
    Ok(out)
}

/// The consent chain's head: how many events and the last one's hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub events: i64,
    pub hash: String,
}

impl Head {
    pub fn text(&self) -> String {
        format!("{}:{}", self.events, self.hash)
    }

    /// `N:HASH` as `consent verify` prints it.
    pub fn parse(text: &str) -> Option<Head> {
        let (n, h) = text.trim().split_once(':')?;
        let events: i64 = n.trim().parse().ok().filter(|n| *n >= 0)?;
        let hash = h.trim().to_ascii_lowercase();
        let ok = (events == 0 && hash.is_empty()) || (hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()));
        ok.then_some(Head { events, hash })
    }
}

pub fn head_of(conn: &Db) -> Result<Head> {
    let c = conn.sql();
    let events: i64 = c.query_row("SELECT count(*) FROM consent_events", [], |r| r.get(0))?;
    let hash: Option<String> =
        c.query_row("SELECT hash FROM consent_events ORDER BY id DESC LIMIT 1", [], |r| r.get(0)).optional()?.flatten();
    Ok(Head { events, hash: hash.unwrap_or_default() })
}

/// Does today's chain still extend `seen`? `None` when it does, else what
/// is wrong, in words.
pub fn extends(conn: &Db, seen: &Head) -> Result<Option<String>> {
    if seen.events == 0 {
        return Ok(None);
    }
    let now = head_of(conn)?;
    if now.events < seen.events {
        return Ok(Some(format!(
            "the witness saw {} events and the history now has {}: events were removed from its end",
            seen.events, now.events
        )));
    }
    let hash: Option<String> = conn
        .sql()
        .query_row("SELECT hash FROM consent_events ORDER BY id LIMIT 1 OFFSET ?1", [seen.events - 1], |r| r.get(0))
        .optional()?
        .flatten();
    if hash.as_deref() != Some(seen.hash.as_str()) {
        return Ok(Some(format!(
            "event {} of the history is not the one the witness saw: the end was cut and the history written again",
            seen.events
        )));
    }
    Ok(None)
}

/// What a backup witnessed: its history's head and its suppression list's end.
pub struct Witness {
    pub head: Head,
    pub suppression_head: Option<String>,
}

/// Read the witness a backup holds, opening it read-only (nothing is
/// written to it, not even a migration).
pub fn witness_in_backup(path: &std::path::Path) -> Result<Witness> {
    use rusqlite::OpenFlags;
    let not_backup = || {
        Error::t(crate::error::Kind::Invalid, "err-not-a-backup", crate::targs!["path" => path.display().to_string()])
            .with_hint_t("hint-not-a-backup", vec![])
    };
    if !std::fs::metadata(path).map(|m| m.is_file()).unwrap_or(false) {
        return Err(Error::not_found_path(path).with_hint_t("hint-not-a-backup", vec![]));
    }
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|_| not_backup())?;
    let app_id: i64 = c.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(|_| not_backup())?;
    if app_id != super::migrate::APPLICATION_ID {
        return Err(not_backup());
    }
    let c = Db::from_sqlite(c);
    let read = || -> super::sql::Result<Witness> {
        let events: i64 = c.query_row("SELECT count(*) FROM consent_events", [], |r| r.get(0))?;
        let hash: Option<String> = c
            .query_row("SELECT hash FROM consent_events ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
            .optional()?
            .flatten();
        let has_settings: i64 =
            c.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'settings'", [], |r| r.get(0))?;
        let suppression_head = if has_settings > 0 {
            c.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?
        } else {
            None
        };
        Ok(Witness { head: Head { events, hash: hash.unwrap_or_default() }, suppression_head })
    };
    read().map_err(|_| not_backup())
}

/// Does today's suppression list still extend the end `seen`?
pub fn suppressions_extend(conn: &Db, seen: Option<&str>) -> Result<Option<String>> {
    let Some(seen) = seen else { return Ok(None) };
    let check = verify_suppressions(conn)?;
    if check.heads.contains(seen) {
        return Ok(None);
    }
    Ok(Some(format!(
        "the suppression list no longer holds the {} entries the backup saw (entries removed, or its key changed)",
        parse_head(seen).map(|h| h.0).unwrap_or(0)
    )))
}
