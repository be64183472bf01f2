//! A `PRAGMA user_version` migrator: migration N is the file
//! `migrations/000N_*.sql`, applied in its own IMMEDIATE transaction.

use super::sql::OptionalExtension;
use super::Db;
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
    include_str!("../../migrations/0007_phone_keys.sql"),
    include_str!("../../migrations/0008_consent_chain.sql"),
    include_str!("../../migrations/0009_campaign_costs.sql"),
    include_str!("../../migrations/0010_categories_channels.sql"),
    include_str!("../../migrations/0011_category_cycles.sql"),
    include_str!("../../migrations/0012_contact_points.sql"),
    include_str!("../../migrations/0013_covering_category_index.sql"),
    include_str!("../../migrations/0014_contact_index_covers_what_and_where.sql"),
    include_str!("../../migrations/0015_contacts_sort_as_people_read.sql"),
    include_str!("../../migrations/0016_kept_figures.sql"),
    include_str!("../../migrations/0017_customer_totals.sql"),
    include_str!("../../migrations/0018_totals_by_last_day.sql"),
    include_str!("../../migrations/0019_slipping_day.sql"),
    include_str!("../../migrations/0020_interactions_cover_their_text.sql"),
    include_str!("../../migrations/0021_visits_in_blocks.sql"),
    include_str!("../../migrations/0022_phones_and_seal.sql"),
    include_str!("../../migrations/0023_totals_kept_by_the_database.sql"),
    include_str!("../../migrations/0024_honorific_and_key_dates.sql"),
    include_str!("../../migrations/0025_outbox.sql"),
    include_str!("../../migrations/0026_customers_by_rhythm.sql"),
    include_str!("../../migrations/0027_service_requests.sql"),
    include_str!("../../migrations/0028_satisfaction.sql"),
    include_str!("../../migrations/0029_loyalty.sql"),
    COMPANY_CONTACTS,
    include_str!("../../migrations/0031_population.sql"),
    include_str!("../../migrations/0032_sync_state.sql"),
    include_str!("../../migrations/0033_recorded_by.sql"),
];

/// Migration 33: companies become contacts (its Rust step is found by its
/// text, so the step follows the file wherever it is numbered).
const COMPANY_CONTACTS: &str = include_str!("../../migrations/0030_company_contacts.sql");

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
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-newer-schema",
            crate::targs!["path" => path.display().to_string(), "version" => version.to_string(), "latest" => latest().to_string()],
        )
        .with_hint_t("hint-newer-schema", vec![]));
    }
    if app_id != APPLICATION_ID && app_id != 0 || (app_id == 0 && version == 0 && has_tables(conn)?) {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-foreign-sqlite",
            crate::targs!["path" => path.display().to_string()],
        )
        .with_hint_t("hint-foreign-sqlite", vec![]));
    }
    Ok(())
}

/// Apply every migration the file has not had yet.
pub fn migrate(db: &Db, path: &Path) -> Result<()> {
    let Some(conn) = db.sqlite() else { return Ok(()) };
    check(conn, path)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = db.begin_tx()?;
        tx.execute_batch(sql)?;
        after_step(&tx, i + 1)?;
        if *sql == COMPANY_CONTACTS {
            super::companies::migrate_texts(&tx)?;
        }
        tx.execute_batch(&format!("PRAGMA user_version = {}; PRAGMA application_id = {APPLICATION_ID};", i + 1))?;
        tx.commit()?;
    }
    Ok(())
}

/// The part of a migration SQL cannot do.
fn after_step(tx: &Db, version: usize) -> Result<()> {
    match version {
        7 => rekey_contacts(tx)?,
        8 => super::consent_chain::seal_existing(tx)?,
        22 => {
            rekey_suppressed_phones(tx)?;
            rekey_contacts(tx)?;
            rekey_other_phones(tx)?;
            super::consent_seal::seal_existing(tx)?;
        }
        14 => {
            // The categories given a cycle in the file keep their renewals fast.
            let mut stmt = tx.prepare("SELECT id FROM categories WHERE cycle IS NOT NULL ORDER BY id")?;
            let ids: Vec<i64> = stmt.query_map([], |r| r.get(0))?.collect::<super::sql::Result<_>>()?;
            if !ids.is_empty() {
                // As schema 14 made it (schema 23 replaced it).
                let list: Vec<String> = ids.iter().map(i64::to_string).collect();
                tx.execute_batch(&format!(
                    "CREATE INDEX purchases_renewal ON purchases (category_id, contact_id, day) WHERE category_id IN ({})",
                    list.join(",")
                ))?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Recompute every contact's phone and search keys with today's rules.
pub(super) fn rekey_contacts(conn: &Db) -> Result<()> {
    use crate::domain::contact::{phone_key, ContactFields};
    let mut read = conn.prepare("SELECT id, name, ref, email, phone, company, city FROM contacts")?;
    let rows: Vec<(i64, ContactFields)> = read
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                ContactFields {
                    name: r.get(1)?,
                    r#ref: r.get(2)?,
                    email: r.get(3)?,
                    phone: r.get(4)?,
                    company: r.get(5)?,
                    city: r.get(6)?,
                    ..Default::default()
                },
            ))
        })?
        .collect::<super::sql::Result<_>>()?;
    let mut write = conn.prepare("UPDATE contacts SET phone_key = ?2, search_key = ?3 WHERE id = ?1")?;
    for (id, f) in rows {
        write.execute(super::sql::params![id, f.phone.as_deref().map(phone_key), f.search_key()])?;
    }
    Ok(())
}

/// Re-key the suppression entries made under a wrong spelling of a number
/// a contact still carries (see migration 22): the same entry is added
/// under today's key. Run before the contacts' keys are recomputed.
fn rekey_suppressed_phones(conn: &Db) -> Result<()> {
    use crate::domain::contact_points::{parse, Kind};
    use crate::domain::phone::{key, key_before_24};
    let key_hex: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = 'suppression_key'", [], |r| r.get(0)).optional()?;
    let Some(key_hex) = key_hex else { return Ok(()) };
    let mut read = conn.prepare("SELECT phone, other_phones FROM contacts WHERE forgotten_at IS NULL")?;
    let rows: Vec<(Option<String>, Option<String>)> =
        read.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<super::sql::Result<_>>()?;
    let mut numbers: Vec<String> = Vec::new();
    for (phone, others) in rows {
        numbers.extend(phone);
        if let Some(o) = others {
            numbers.extend(parse(Kind::Phone, &o).unwrap_or_default().into_iter().map(|p| p.value));
        }
    }
    let mut find = conn.prepare("SELECT channel, reason, created_at FROM suppressions WHERE key = ?1")?;
    let mut add = conn.prepare(
        "INSERT INTO suppressions (key, channel, reason, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
    )?;
    for n in numbers {
        let Some(old) = key_before_24(&n) else { continue };
        let old_hash = super::consent::keyed_with(&key_hex, &old)?;
        let new_hash = super::consent::keyed_with(&key_hex, &key(&n))?;
        let entries: Vec<(String, String, String)> = find
            .query_map([&old_hash], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<super::sql::Result<_>>()?;
        for (channel, reason, at) in entries {
            add.execute(super::sql::params![new_hash, channel, reason, at])?;
        }
    }
    Ok(())
}

/// Recompute the keys of every contact's other phone numbers.
fn rekey_other_phones(conn: &Db) -> Result<()> {
    use crate::domain::contact_points::{key, parse, Kind};
    let mut read = conn.prepare("SELECT id, other_phones FROM contacts WHERE other_phones IS NOT NULL")?;
    let rows: Vec<(i64, String)> =
        read.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<super::sql::Result<_>>()?;
    conn.execute("DELETE FROM contact_keys WHERE kind = 'phone'", [])?;
    let mut write = conn
        .prepare("INSERT INTO contact_keys (contact_id, kind, key) VALUES (?1, 'phone', ?2) ON CONFLICT DO NOTHING")?;
    for (id, text) in rows {
        for p in parse(Kind::Phone, &text).unwrap_or_default() {
            write.execute(super::sql::params![id, key(Kind::Phone, &p.value)])?;
        }
    }
    Ok(())
}

fn has_tables(conn: &Connection) -> Result<bool> {
    let n: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", [], |r| r.get(0))?;
    Ok(n > 0)
}
