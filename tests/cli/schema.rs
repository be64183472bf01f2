//! The two engines' schemas agree, table by table.
//!
//! A SQLite file as carnet makes it (every migration of `migrations/`, and
//! the steps carnet adds in Rust) against a PostgreSQL database made by
//! `migrations/postgres/` applied in order: the same migrations by number
//! and name; the same tables, with the same columns in the same order, of
//! compatible types, nullability and defaults; the same primary keys,
//! unique constraints, foreign keys (with their ON DELETE) and number of
//! CHECKs; the same indexes by name (unique and partial alike); the same
//! views with the same columns; the same triggers by name on the same
//! tables. Needs `CARNET_TEST_POSTGRES` (skipped without it, failed under
//! `CI=true`).

use crate::Env;
use postgres::{Client, NoTls};
use std::collections::BTreeMap;

/// A foreign key: (table, columns, referenced table, referenced columns,
/// ON DELETE).
type ForeignKey = (String, Vec<String>, String, Vec<String>, String);

/// One engine's schema, in comparable terms.
#[derive(Debug, Default, PartialEq)]
struct Schema {
    /// table -> its columns in order: (name, type, not null, default)
    tables: BTreeMap<String, Vec<Column>>,
    /// table -> primary key columns
    primary_keys: BTreeMap<String, Vec<String>>,
    /// (table, columns) of every UNIQUE constraint (not a CREATE UNIQUE INDEX)
    uniques: Vec<(String, Vec<String>)>,
    /// (table, columns, referenced table, referenced columns, on delete)
    foreign_keys: Vec<ForeignKey>,
    /// table -> number of CHECK constraints
    checks: BTreeMap<String, usize>,
    /// index name -> (table, unique, partial)
    indexes: BTreeMap<String, (String, bool, bool)>,
    /// view -> its column names
    views: BTreeMap<String, Vec<String>>,
    /// trigger name -> table
    triggers: BTreeMap<String, String>,
}

#[derive(Debug, PartialEq, Clone)]
struct Column {
    name: String,
    /// `integer`, `text`, `text nocase`, `real`, `blob`, or `identity`
    /// (a rowid id carnet lets the database number).
    kind: String,
    not_null: bool,
    default: Option<String>,
}

/// A default as both engines would read it back: `'queued'::text` and
/// `'queued'` are one default.
fn plain_default(d: &str) -> String {
    let d = d.trim();
    let d = d.split("::").next().unwrap_or(d);
    d.trim_matches('\'').to_string()
}

fn migration_names(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.unwrap().file_name().to_string_lossy().into_owned();
            n.ends_with(".sql").then_some(n)
        })
        .collect();
    names.sort();
    names
}

fn sqlite_schema(path: &std::path::Path) -> Schema {
    let c = rusqlite::Connection::open(path).unwrap();
    let strings = |sql: &str| -> Vec<(String, String, Option<String>)> {
        let mut s = c.prepare(sql).unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect()
    };
    let mut out = Schema::default();
    let tables = strings(
        "SELECT name, type, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    for (t, _, sql) in &tables {
        let sql = sql.clone().unwrap_or_default();
        let upper = sql.to_uppercase();
        let mut cols = Vec::new();
        let mut pk: Vec<(i64, String)> = Vec::new();
        let mut s = c.prepare(&format!("PRAGMA table_info({t})")).unwrap();
        let rows: Vec<(String, String, bool, Option<String>, i64)> = s
            .query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let single_pk = rows.iter().filter(|r| r.4 > 0).count() == 1;
        for (name, ty, not_null, default, in_pk) in rows {
            if in_pk > 0 {
                pk.push((in_pk, name.clone()));
            }
            // The line that declares the column, to see its collation.
            let declared = sql
                .lines()
                .map(str::trim)
                .find(|l| l.split_whitespace().next() == Some(name.as_str()) || l.contains(&format!("COLUMN {name} ")))
                .unwrap_or("")
                .to_uppercase();
            let kind = match ty.to_uppercase().as_str() {
                "INTEGER" if name == "id" && in_pk > 0 && single_pk => "identity".to_string(),
                "INTEGER" => "integer".into(),
                "TEXT" if declared.contains("COLLATE NOCASE") => "text nocase".into(),
                "TEXT" => "text".into(),
                "REAL" => "real".into(),
                "BLOB" => "blob".into(),
                other => panic!("{t}.{name}: a SQLite type carnet does not use: {other}"),
            };
            // A primary key is NOT NULL on PostgreSQL whatever it says.
            cols.push(Column {
                name,
                kind,
                not_null: not_null || in_pk > 0,
                default: default.as_deref().map(plain_default),
            });
        }
        pk.sort();
        out.tables.insert(t.clone(), cols);
        out.primary_keys.insert(t.clone(), pk.into_iter().map(|(_, n)| n).collect());
        out.checks.insert(t.clone(), upper.matches("CHECK (").count() + upper.matches("CHECK(").count());
        // Indexes of the table: UNIQUE constraints ('u'), or made by CREATE INDEX ('c').
        let mut s = c.prepare(&format!("PRAGMA index_list({t})")).unwrap();
        let list: Vec<(String, bool, String, bool)> = s
            .query_map([], |r| Ok((r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for (index, unique, origin, partial) in list {
            match origin.as_str() {
                "u" => {
                    let mut s = c.prepare(&format!("PRAGMA index_info({index})")).unwrap();
                    let cols: Vec<String> = s.query_map([], |r| r.get(2)).unwrap().map(Result::unwrap).collect();
                    out.uniques.push((t.clone(), cols));
                }
                "c" => {
                    out.indexes.insert(index, (t.clone(), unique, partial));
                }
                _ => {}
            }
        }
        let mut s = c.prepare(&format!("PRAGMA foreign_key_list({t})")).unwrap();
        let fks: Vec<(i64, String, String, Option<String>, String)> = s
            .query_map([], |r| Ok((r.get(0)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(6)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut by_id: BTreeMap<i64, (Vec<String>, String, Vec<String>, String)> = BTreeMap::new();
        for (id, table, from, to, on_delete) in fks {
            let e = by_id.entry(id).or_insert((Vec::new(), table, Vec::new(), on_delete.to_uppercase()));
            e.0.push(from);
            // A reference without columns names the table's primary key.
            e.2.push(to.unwrap_or_else(|| "id".into()));
        }
        for (_, (from, table, to, on_delete)) in by_id {
            out.foreign_keys.push((t.clone(), from, table, to, on_delete));
        }
    }
    for (v, _, _) in strings("SELECT name, type, sql FROM sqlite_schema WHERE type = 'view' ORDER BY name") {
        let mut s = c.prepare(&format!("PRAGMA table_info({v})")).unwrap();
        let cols: Vec<String> = s.query_map([], |r| r.get(1)).unwrap().map(Result::unwrap).collect();
        out.views.insert(v, cols);
    }
    for (name, table, _) in
        strings("SELECT name, tbl_name, NULL FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")
    {
        out.triggers.insert(name, table);
    }
    out.uniques.sort();
    out.foreign_keys.sort();
    out
}

fn postgres_schema(c: &mut Client) -> Schema {
    let mut out = Schema::default();
    let tables: Vec<String> = c
        .query(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' \
             AND table_name <> 'schema_version' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    // `schema_version` is the PostgreSQL migrator's own (SQLite keeps
    // PRAGMA user_version): not part of carnet's schema.
    for t in &tables {
        let cols = c
            .query(
                "SELECT column_name::text, data_type::text, udt_name::text, is_nullable::text, column_default::text, \
                        is_identity::text, coalesce(collation_name::text, '') \
                 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 \
                 ORDER BY ordinal_position",
                &[t],
            )
            .unwrap()
            .iter()
            .map(|r| {
                let (name, ty, udt): (String, String, String) = (r.get(0), r.get(1), r.get(2));
                let identity = r.get::<_, String>(5) == "YES";
                // Text sorts by code point, as SQLite's BINARY: whatever the
                // database's own collation, each text column says "C".
                let collation: String = r.get(6);
                let ty = if matches!(udt.as_str(), "text" | "citext") && collation != "C" {
                    format!("{udt} COLLATE {collation:?}, not \"C\"")
                } else {
                    ty
                };
                let kind = match (ty.as_str(), udt.as_str()) {
                    ("bigint", _) if identity => "identity".to_string(),
                    ("bigint", _) => "integer".into(),
                    ("text", _) => "text".into(),
                    ("USER-DEFINED", "citext") => "text nocase".into(),
                    ("double precision", _) => "real".into(),
                    ("bytea", _) => "blob".into(),
                    (other, udt) => format!("{other} ({udt}): not a type carnet's schema uses"),
                };
                let mut default = r.get::<_, Option<String>>(4).as_deref().map(plain_default);
                // Who recorded a row: the role on PostgreSQL (raw SQL too),
                // a name carnet writes on SQLite, which has no CURRENT_USER.
                // The one default the engines keep apart, and it must be there.
                if name == "recorded_by" {
                    assert_eq!(default.as_deref(), Some("CURRENT_USER"), "{t}.recorded_by defaults to the role");
                    default = None;
                }
                Column { name, kind, not_null: r.get::<_, String>(3) == "NO", default }
            })
            .collect();
        out.tables.insert(t.clone(), cols);
        out.checks.insert(t.clone(), 0);
    }
    // Constraints: conkey/confkey resolved to column names in key order.
    let rows = c
        .query(
            "SELECT con.contype::text, rel.relname::text, \
                    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i) \
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i), \
                    coalesce(frel.relname::text, ''), \
                    ARRAY(SELECT a.attname::text FROM unnest(coalesce(con.confkey, '{}')) WITH ORDINALITY k(n, i) \
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i), \
                    con.confdeltype::text \
             FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid \
             JOIN pg_namespace ns ON ns.oid = rel.relnamespace AND ns.nspname = 'public' \
             LEFT JOIN pg_class frel ON frel.oid = con.confrelid \
             WHERE con.contype IN ('p', 'u', 'f', 'c')",
            &[],
        )
        .unwrap();
    for r in rows {
        let (kind, table, cols): (String, String, Vec<String>) = (r.get(0), r.get(1), r.get(2));
        match kind.as_str() {
            "p" => {
                out.primary_keys.insert(table, cols);
            }
            "u" => out.uniques.push((table, cols)),
            "f" => {
                let on_delete = match r.get::<_, String>(5).as_str() {
                    "a" => "NO ACTION",
                    "c" => "CASCADE",
                    "n" => "SET NULL",
                    "r" => "RESTRICT",
                    "d" => "SET DEFAULT",
                    other => panic!("confdeltype {other}"),
                };
                out.foreign_keys.push((table, cols, r.get(3), r.get(4), on_delete.to_string()));
            }
            _ => *out.checks.entry(table).or_default() += 1,
        }
    }
    for t in out.tables.keys() {
        out.primary_keys.entry(t.clone()).or_default();
    }
    // Indexes made by CREATE INDEX: not those behind a constraint.
    for r in c
        .query(
            "SELECT i.relname::text, t.relname::text, x.indisunique, x.indpred IS NOT NULL \
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid \
             JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = 'public' \
             WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid)",
            &[],
        )
        .unwrap()
    {
        out.indexes.insert(r.get(0), (r.get(1), r.get(2), r.get(3)));
    }
    for r in c
        .query(
            "SELECT v.table_name::text, ARRAY(SELECT column_name::text FROM information_schema.columns col \
                    WHERE col.table_schema = 'public' AND col.table_name = v.table_name ORDER BY ordinal_position) \
             FROM information_schema.views v WHERE v.table_schema = 'public'",
            &[],
        )
        .unwrap()
    {
        out.views.insert(r.get(0), r.get(1));
    }
    for r in c
        .query(
            "SELECT tg.tgname::text, rel.relname::text FROM pg_trigger tg JOIN pg_class rel ON rel.oid = tg.tgrelid \
             JOIN pg_namespace ns ON ns.oid = rel.relnamespace AND ns.nspname = 'public' WHERE NOT tg.tgisinternal",
            &[],
        )
        .unwrap()
    {
        out.triggers.insert(r.get(0), r.get(1));
    }
    out.uniques.sort();
    out.foreign_keys.sort();
    out
}

#[test]
fn every_sqlite_migration_has_its_postgresql_twin() {
    let root = env!("CARGO_MANIFEST_DIR");
    let sqlite = migration_names(&format!("{root}/migrations"));
    let postgres = migration_names(&format!("{root}/migrations/postgres"));
    assert_eq!(sqlite, postgres, "migrations/postgres/ holds one file per migration, numbered and named the same");
}

/// The base URL of the test server, or `None` after a SKIPPED line (a
/// failure under `CI=true`).
fn server(test: &str) -> Option<String> {
    match std::env::var("CARNET_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true: {test} needs CARNET_TEST_POSTGRES");
            crate::skipped(&format!("{test}: CARNET_TEST_POSTGRES is not set (no PostgreSQL)"));
            None
        }
    }
}

/// A database of its own with `migrations/postgres/` applied in order,
/// each file in its own transaction; dropped when the test ends.
struct Migrated {
    admin: Client,
    name: String,
    client: Client,
}

impl Migrated {
    fn new(base: &str, tag: &str) -> Migrated {
        let name = format!("carnet_schema_{tag}_{}", std::process::id());
        let mut admin = Client::connect(base, NoTls).expect("the server of CARNET_TEST_POSTGRES");
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
        admin
            .batch_execute(&format!(
                "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
            ))
            .unwrap();
        let mut client = Client::connect(&crate::engine::with_database(base, &name), NoTls).unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        for f in migration_names(&format!("{root}/migrations/postgres")) {
            let sql = std::fs::read_to_string(format!("{root}/migrations/postgres/{f}")).unwrap();
            let mut tx = client.transaction().unwrap();
            tx.batch_execute(&sql).unwrap_or_else(|e| panic!("migrations/postgres/{f}: {e}"));
            tx.commit().unwrap();
        }
        Migrated { admin, name, client }
    }
}

impl Drop for Migrated {
    fn drop(&mut self) {
        let _ = self.admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
    }
}

/// A SQLite file as carnet makes it (its migrations and its Rust steps).
fn carnet_file(env: &Env) -> std::path::PathBuf {
    let file = env.path("schema.db");
    env.ok(&["--db", file.to_str().unwrap(), "contact", "add", "--name", "A"]);
    file
}

#[test]
fn the_two_schemas_agree_table_by_table() {
    let Some(base) = server("the_two_schemas_agree_table_by_table") else { return };
    let env = Env::new();
    let lite = sqlite_schema(&carnet_file(&env));
    let mut pg = Migrated::new(&base, "agree");
    let pg = postgres_schema(&mut pg.client);

    // Field by field, so a difference is named.
    assert_eq!(lite.tables.keys().collect::<Vec<_>>(), pg.tables.keys().collect::<Vec<_>>(), "the same tables");
    for (t, cols) in &lite.tables {
        assert_eq!(cols, &pg.tables[t], "the columns of {t}");
    }
    assert_eq!(lite.primary_keys, pg.primary_keys, "primary keys");
    assert_eq!(lite.uniques, pg.uniques, "UNIQUE constraints");
    assert_eq!(lite.foreign_keys, pg.foreign_keys, "foreign keys");
    assert_eq!(lite.checks, pg.checks, "CHECK constraints per table");
    assert_eq!(lite.indexes, pg.indexes, "indexes: (table, unique, partial) by name");
    assert_eq!(lite.views, pg.views, "views");
    assert_eq!(lite.triggers, pg.triggers, "triggers by name, on their tables");
    assert!(lite.tables.len() > 20 && lite.triggers.len() > 10 && !lite.views.is_empty(), "{lite:?}");
}

/// The rows the migrations leave (SQLite's Rust steps included) are the
/// same: the settings by key, the suppression key 64 hex digits on both,
/// and the end of the empty suppression list standing for that key.
#[test]
fn the_migrations_leave_the_same_settings() {
    use sha2::Digest;
    let Some(base) = server("the_migrations_leave_the_same_settings") else { return };
    let env = Env::new();
    let lite = rusqlite::Connection::open(carnet_file(&env)).unwrap();
    let mut s = lite.prepare("SELECT key, value FROM settings ORDER BY key").unwrap();
    let lite: Vec<(String, String)> =
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
    let mut pg = Migrated::new(&base, "settings");
    let pg: Vec<(String, String)> = pg
        .client
        .query("SELECT key, value FROM settings ORDER BY key", &[])
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let keys = |rows: &[(String, String)]| rows.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&lite), keys(&pg), "settings rows");
    for rows in [&lite, &pg] {
        let value = |k: &str| rows.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).unwrap();
        let key = value("suppression_key");
        assert!(key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()), "{key}");
        let genesis: String = sha2::Sha256::digest(format!("carnet suppression key\u{1f}{key}").as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(value("suppression_head"), format!("0:{genesis}"));
    }
}

/// The triggers do the same on both engines: the same raw writes leave
/// the same `customer_totals` (which equal the view), and the same
/// statements are refused with the same words.
#[test]
fn the_triggers_behave_alike_on_both_engines() {
    let Some(base) = server("the_triggers_behave_alike_on_both_engines") else { return };
    let env = Env::new();
    let lite = rusqlite::Connection::open(carnet_file(&env)).unwrap();
    lite.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let mut pg = Migrated::new(&base, "triggers");
    let pg = &mut pg.client;
    let now = "'2024-06-30T00:00:00Z'";
    let setup = format!(
        "INSERT INTO contacts (id, name, search_key, created_at, updated_at) VALUES \
           (2, 'B', 'b', {now}, {now}), (3, 'C', 'c', {now}, {now}), (4, 'D', 'd', {now}, {now}); \
         INSERT INTO consent_wordings (id, sha256, text, created_at) VALUES (1, 'h', 'news', {now}); \
         INSERT INTO consent_proofs (id, text) VALUES (1, 'card'); \
         INSERT INTO consent_events (id, contact_id, channel, action, occurred_on, recorded_at, method, wording_id, proof_id) \
           VALUES (1, 2, 'email', 'grant', '2024-06-01', {now}, 'paper-form', 1, 1); \
         INSERT INTO suppressions (key, channel, reason, created_at) VALUES ('k', 'email', 'withdrawn', {now});"
    );
    lite.execute_batch(&setup).unwrap();
    pg.batch_execute(&setup).unwrap();
    let totals_sql = "SELECT contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, \
                      median_gap_x2 FROM customer_totals ORDER BY contact_id";
    let figures_sql = totals_sql.replace("customer_totals", "customer_figures");
    let lite_rows = |sql: &str| -> Vec<String> {
        let mut s = lite.prepare(sql).unwrap();
        s.query_map([], |r| {
            Ok((0..8).map(|i| r.get::<_, Option<i64>>(i).unwrap().map_or("-".into(), |v| v.to_string())).collect())
        })
        .unwrap()
        .map(|r: rusqlite::Result<Vec<String>>| r.unwrap().join(" "))
        .collect()
    };
    let pg_rows = |pg: &mut Client, sql: &str| -> Vec<String> {
        pg.query(sql, &[])
            .unwrap()
            .iter()
            .map(|r| {
                (0..8)
                    .map(|i| r.get::<_, Option<i64>>(i).map_or("-".into(), |v| v.to_string()))
                    .collect::<Vec<String>>()
                    .join(" ")
            })
            .collect()
    };
    for sql in [
        // Sales, a refund, a day with both, in one statement and alone.
        "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (2, 100, 1000), (2, 103, 500), (2, 103, -200), \
           (2, 110, 700), (3, 50, -900), (3, 60, 100), (4, 10, 1), (4, 20, 1), (4, 40, 1), (4, 41, 1)",
        "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (3, 70, 2500)",
        // A purchase moves to another customer, then to another day.
        "UPDATE purchases SET contact_id = 3 WHERE amount_cents = 700",
        "UPDATE purchases SET day = day + 30 WHERE contact_id = 4 AND day = 20",
        // A change that is not a figure's.
        "UPDATE purchases SET note = 'gift' WHERE contact_id = 2",
        "DELETE FROM purchases WHERE amount_cents = 500",
        // Suspended: nothing kept until the rows are rebuilt.
        "INSERT INTO settings (key, value) VALUES ('totals_suspended', '1')",
        "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (4, 90, 4000)",
        "DELETE FROM settings WHERE key = 'totals_suspended'",
        "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (4, 95, 50)",
        // A customer deleted: their purchases go by cascade, their row too.
        "DELETE FROM contacts WHERE id = 3",
    ] {
        lite.execute_batch(sql).unwrap();
        pg.batch_execute(sql).unwrap();
        let kept = lite_rows(totals_sql);
        assert_eq!(kept, pg_rows(pg, totals_sql), "customer_totals after {sql}");
        assert_eq!(lite_rows(&figures_sql), pg_rows(pg, &figures_sql), "customer_figures after {sql}");
    }
    // By hand: 2 keeps day 100 (10.00) and day 103's refund (-2.00, its
    // 5.00 sale deleted: no visit); 4 visits on days 10, 40, 41, 50, 90
    // and 95, gaps 1, 5, 9, 30, 40: the median 9, doubled 18.
    assert_eq!(lite_rows(totals_sql), vec!["2 100 100 1 1 800 1000 -", "4 10 95 6 6 4054 1 18"]);
    // Each refusal, with SQLite's words.
    for (sql, says) in [
        ("UPDATE consent_events SET action = 'withdraw' WHERE id = 1", "consent history is append-only"),
        ("DELETE FROM consent_events", "consent history is append-only"),
        ("UPDATE consent_wordings SET text = 'x'", "a consent wording never changes"),
        ("DELETE FROM consent_wordings", "a consent wording is kept as proof"),
        ("UPDATE consent_proofs SET text = 'forged'", "a consent proof never changes"),
        ("DELETE FROM consent_proofs", "a consent proof is erased, never deleted"),
        ("DELETE FROM suppressions", "the suppression list is append-only"),
        (
            "INSERT INTO contact_merges (from_id, into_id, merged_at) VALUES (1, 2, 'x'); DELETE FROM contact_merges",
            "the record of merges is append-only",
        ),
    ] {
        let l = lite.execute_batch(&format!("SAVEPOINT s; {sql}")).unwrap_err().to_string();
        lite.execute_batch("ROLLBACK TO s; RELEASE s").unwrap();
        let p = pg.batch_execute(sql).unwrap_err();
        let p = p.as_db_error().map(|e| e.message().to_string()).unwrap_or_else(|| p.to_string());
        assert!(l.contains(says) && p.contains(says), "{sql}: SQLite said {l}, PostgreSQL {p}");
    }
    // What stays allowed: moving an event to another contact (a merge),
    // erasing a proof's text, sealing an event that has no seal yet.
    for sql in [
        "UPDATE consent_events SET contact_id = 4 WHERE id = 1",
        "UPDATE consent_proofs SET text = '', erased_at = '2024-06-30T00:00:00Z' WHERE id = 1",
        "UPDATE consent_events SET hash = 'h1', prev_hash = '' WHERE id = 1",
    ] {
        lite.execute_batch(sql).unwrap();
        pg.batch_execute(sql).unwrap();
    }
    // Sealed now: the seal is fixed on both.
    let sql = "UPDATE consent_events SET hash = 'h2' WHERE id = 1";
    assert!(lite.execute_batch(sql).is_err() && pg.batch_execute(sql).is_err(), "a seal never changes");
}
