//! A `PRAGMA user_version` migrator: migration N is the file
//! `migrations/000N_*.sql`, applied in its own IMMEDIATE transaction.

use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// Every migration, in order. Append only; never edit a shipped one.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_segments.sql"),
    include_str!("../../migrations/0003_deals_interactions.sql"),
    include_str!("../../migrations/0004_consent_privacy_campaigns.sql"),
    include_str!("../../migrations/0005_batch_ranges.sql"),
    include_str!("../../migrations/0006_keys_and_deal_index.sql"),
];

/// Marks a SQLite file as carnet's, so a stranger's database is refused
/// instead of being written into ("CRNT").
pub const APPLICATION_ID: i64 = 0x4352_4E54;

pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// Refuse, before anything is written, a file of a newer carnet or a
/// SQLite file that is not carnet's.
pub fn check(conn: &Connection, path: &Path) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    // A damaged page is only met when a table is read.
    has_tables(conn)?;
    if version > latest() {
        return Err(Error::invalid(format!(
            "the database at {} was written by a newer carnet (schema {version}; this carnet knows up to {})",
            path.display(),
            latest()
        ))
        .with_hint("install the newer carnet; this one will not touch the file"));
    }
    if app_id != APPLICATION_ID && app_id != 0 || (app_id == 0 && version == 0 && has_tables(conn)?) {
        return Err(Error::invalid(format!("{} is a SQLite file, but not a carnet database", path.display()))
            .with_hint("point --db or CARNET_DB at a carnet file, or at a new path to start one"));
    }
    Ok(())
}

/// Apply every migration the file has not had yet.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    check(conn, path)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.commit()?;
    }
    Ok(())
}

fn has_tables(conn: &Connection) -> Result<bool> {
    let n: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", [], |r| r.get(0))?;
    Ok(n > 0)
}
