//! The PostgreSQL migrator: migration N is `migrations/postgres/00NN_*.sql`
//! (the twin of SQLite's `migrations/00NN_*.sql`), the version kept in a
//! `schema_version` table, and every pending step applied in one
//! transaction under an advisory lock, so two first uses do not race.

use super::sql::OptionalExtension;
use super::Db;
use crate::error::{Error, Kind, Result};

/// Every PostgreSQL migration, in order: as many as SQLite's, numbered the same.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_segments.sql"),
    include_str!("../../migrations/postgres/0003_deals_interactions.sql"),
    include_str!("../../migrations/postgres/0004_consent_privacy_campaigns.sql"),
    include_str!("../../migrations/postgres/0005_batch_ranges.sql"),
    include_str!("../../migrations/postgres/0006_keys_and_deal_index.sql"),
    include_str!("../../migrations/postgres/0007_phone_keys.sql"),
    include_str!("../../migrations/postgres/0008_consent_chain.sql"),
    include_str!("../../migrations/postgres/0009_campaign_costs.sql"),
    include_str!("../../migrations/postgres/0010_categories_channels.sql"),
    include_str!("../../migrations/postgres/0011_category_cycles.sql"),
    include_str!("../../migrations/postgres/0012_contact_points.sql"),
    include_str!("../../migrations/postgres/0013_covering_category_index.sql"),
    include_str!("../../migrations/postgres/0014_contact_index_covers_what_and_where.sql"),
    include_str!("../../migrations/postgres/0015_contacts_sort_as_people_read.sql"),
    include_str!("../../migrations/postgres/0016_kept_figures.sql"),
    include_str!("../../migrations/postgres/0017_customer_totals.sql"),
    include_str!("../../migrations/postgres/0018_totals_by_last_day.sql"),
    include_str!("../../migrations/postgres/0019_slipping_day.sql"),
    include_str!("../../migrations/postgres/0020_interactions_cover_their_text.sql"),
    include_str!("../../migrations/postgres/0021_visits_in_blocks.sql"),
    include_str!("../../migrations/postgres/0022_phones_and_seal.sql"),
    include_str!("../../migrations/postgres/0023_totals_kept_by_the_database.sql"),
    include_str!("../../migrations/postgres/0024_honorific_and_key_dates.sql"),
    include_str!("../../migrations/postgres/0025_outbox.sql"),
    include_str!("../../migrations/postgres/0026_customers_by_rhythm.sql"),
    include_str!("../../migrations/postgres/0027_service_requests.sql"),
    include_str!("../../migrations/postgres/0028_satisfaction.sql"),
    include_str!("../../migrations/postgres/0029_loyalty.sql"),
    include_str!("../../migrations/postgres/0030_company_contacts.sql"),
    include_str!("../../migrations/postgres/0031_population.sql"),
    include_str!("../../migrations/postgres/0032_sync_state.sql"),
    include_str!("../../migrations/postgres/0033_recorded_by.sql"),
];

/// The advisory lock every migration holds ("CRNT", as SQLite's application id).
const LOCK: i64 = super::migrate::APPLICATION_ID;

/// The schema's version: 0 for a database carnet has not used yet.
fn version(db: &Db) -> Result<i64> {
    let table: Option<String> =
        db.query_row("SELECT CAST(to_regclass('schema_version') AS TEXT)", [], |r| r.get(0)).optional()?.flatten();
    if table.is_none() {
        return Ok(0);
    }
    Ok(db.query_row("SELECT coalesce(max(version), 0) FROM schema_version", [], |r| r.get(0))?)
}

/// Tables in the database's schema that carnet did not make.
fn has_foreign_tables(db: &Db) -> Result<bool> {
    let n: i64 = db.query_row(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() \
         AND table_name <> 'schema_version'",
        [],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Bring the database to the latest schema (`writes`: a read command on a
/// database carnet has never used is told so instead, and writes nothing).
pub fn migrate(db: &Db, shown: &str, writes: bool) -> Result<()> {
    debug_assert_eq!(MIGRATIONS.len(), super::migrate::MIGRATIONS.len());
    let latest = MIGRATIONS.len() as i64;
    let current = version(db)?;
    check(current, shown)?;
    if current == latest {
        return Ok(());
    }
    if current == 0 && !writes {
        // As a SQLite file that is not there yet: the same words.
        return Err(Error::not_found_path(std::path::Path::new(shown)).with_hint_t("hint-no-database", vec![]));
    }
    if current > 0 && !super::roles::is_owner(db)? {
        // Staff cannot change the schema: said before anything is tried.
        return Err(Error::t(Kind::Io, "err-roles-upgrade", crate::targs!["url" => shown.to_string()])
            .with_hint_t("hint-roles-upgrade", vec![]));
    }
    let tx = db.begin_tx()?;
    // Another carnet may be migrating right now: wait for it, then look again.
    tx.query_row("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l", [LOCK], |r| r.get::<_, i64>(0))?;
    let current = version(&tx)?;
    check(current, shown)?;
    if current == 0 && has_foreign_tables(&tx)? {
        return Err(Error::t(Kind::Invalid, "err-pg-foreign", crate::targs!["url" => shown.to_string()])
            .with_hint_t("hint-pg-foreign", vec![]));
    }
    tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)?;
        tx.execute("DELETE FROM schema_version", [])?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [i as i64 + 1])?;
    }
    // A table a migration added gets the roles' GRANTs too.
    super::roles::reapply_if_set_up(&tx)?;
    tx.commit()
}

/// Empty a carnet database on a server (`carnet demo --force`): every
/// table, view and function in its schema (carnet's alone: a first use
/// refuses a schema holding anyone else's tables) dropped, and the schema
/// made again from the first migration, in one transaction under the
/// migrations' lock: a failure leaves the shop as it was.
pub fn recreate(db: &Db) -> Result<()> {
    let tx = db.begin_tx()?;
    tx.query_row("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS l", [LOCK], |r| r.get::<_, i64>(0))?;
    let names = |sql: &str| -> Result<Vec<String>> {
        Ok(tx.prepare(sql)?.query_map([], |r| r.get(0))?.collect::<super::sql::Result<Vec<String>>>()?)
    };
    let quoted = |n: &str| format!("\"{}\"", n.replace('"', "\"\""));
    for view in names("SELECT CAST(viewname AS TEXT) FROM pg_views WHERE schemaname = current_schema()")? {
        tx.execute_batch(&format!("DROP VIEW IF EXISTS {} CASCADE", quoted(&view)))?;
    }
    for table in names("SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema()")? {
        tx.execute_batch(&format!("DROP TABLE IF EXISTS {} CASCADE", quoted(&table)))?;
    }
    // The trigger functions (their signature as PostgreSQL spells it,
    // quoted); not an extension's (the migrations' `CREATE EXTENSION IF
    // NOT EXISTS` finds it there).
    for function in names(
        "SELECT CAST(CAST(p.oid AS regprocedure) AS TEXT) FROM pg_proc p \
         JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() \
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = CAST('pg_proc' AS regclass) \
         AND d.objid = p.oid AND d.deptype = 'e')",
    )? {
        tx.execute_batch(&format!("DROP FUNCTION IF EXISTS {function} CASCADE"))?;
    }
    tx.execute_batch("CREATE TABLE schema_version (version BIGINT NOT NULL)")?;
    for sql in MIGRATIONS {
        tx.execute_batch(sql)?;
    }
    tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [MIGRATIONS.len() as i64])?;
    tx.commit()
}

/// A schema written by a newer carnet is refused in words.
fn check(version: i64, shown: &str) -> Result<()> {
    let latest = MIGRATIONS.len() as i64;
    if version > latest {
        return Err(Error::t(
            Kind::Invalid,
            "err-pg-newer-schema",
            crate::targs!["url" => shown.to_string(), "version" => version.to_string(), "latest" => latest.to_string()],
        )
        .with_hint_t("hint-newer-schema", vec![]));
    }
    Ok(())
}
