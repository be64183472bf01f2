//! Figures about the whole population kept between runs (see
//! `migrations/0016_kept_figures.sql`), and what tells them stale.

use super::{Db, Tx};
use crate::error::Result;
use rusqlite::{params, OptionalExtension};

/// What the purchases are, cheaply: the highest id (a new purchase raises
/// it) and the epoch (a deleted or moved one raises that).
pub fn fingerprint(conn: &Db) -> Result<(i64, i64)> {
    let max: i64 = conn.sql().query_row("SELECT coalesce(max(id), 0) FROM purchases", [], |r| r.get(0))?;
    let epoch: i64 = conn
        .sql()
        .query_row("SELECT n FROM kept WHERE name = 'purchase_epoch'", [], |r| r.get(0))
        .optional()?
        .unwrap_or(0);
    Ok((max, epoch))
}

/// Purchases were deleted or moved to another contact: kept figures are stale.
pub fn purchases_changed(conn: &Tx) -> Result<()> {
    conn.sql().execute("UPDATE kept SET n = n + 1 WHERE name = 'purchase_epoch'", [])?;
    Ok(())
}

pub fn get(conn: &Db, key: &str) -> Result<Option<String>> {
    Ok(conn.sql().query_row("SELECT value FROM population_cache WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Keep one entry (the others are of another day or another file state).
pub fn put(conn: &Tx, key: &str, value: &str) -> Result<()> {
    conn.sql().execute("DELETE FROM population_cache", [])?;
    conn.sql().execute("INSERT INTO population_cache (key, value) VALUES (?1, ?2)", params![key, value])?;
    Ok(())
}
