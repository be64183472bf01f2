//! Which database engine the end-to-end tests run carnet on.
//!
//! By default every test gets a SQLite file in its temp dir. With
//! `CARNET_TEST_ENGINE=postgres` (and `CARNET_TEST_POSTGRES` the base URL of
//! a server, as `.ci/pg-cluster start` prints it), every test gets a fresh
//! PostgreSQL database instead, made on first use and dropped with the test's
//! [`crate::Env`]; carnet is handed its URL where it is handed the file's
//! path (`CARNET_DB`, `--db`). The snapshots are the same files on both
//! engines: the outputs must be identical.
//!
//! A test that reaches into the SQLite file itself (rusqlite, file modes,
//! WAL, links, the file's bytes) begins with [`crate::sqlite_only!`].

use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The engine this run of the tests uses. An unknown name is a mistake in
/// the environment: the tests fail rather than run on another engine.
pub fn engine() -> Engine {
    match std::env::var("CARNET_TEST_ENGINE").unwrap_or_default().as_str() {
        "" | "sqlite" => Engine::Sqlite,
        "postgres" | "postgresql" => Engine::Postgres,
        other => panic!("CARNET_TEST_ENGINE={other}: expected sqlite or postgres"),
    }
}

pub fn is_postgres() -> bool {
    engine() == Engine::Postgres
}

/// The server's base URL. Asking for the PostgreSQL engine without one is
/// a failure, under CI and off it: the run was asked for explicitly.
fn base_url() -> String {
    match std::env::var("CARNET_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => panic!(
            "CARNET_TEST_ENGINE=postgres needs CARNET_TEST_POSTGRES, the base URL of a server \
             (`export CARNET_TEST_POSTGRES=$(.ci/pg-cluster start)`)"
        ),
    }
}

/// `url` with its database name replaced by `name` (the query, such as
/// `?host=/socket/dir`, is kept).
pub fn with_database(url: &str, name: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (url, None),
    };
    let scheme_end = head.find("://").map_or(0, |i| i + 3);
    let path_start = head[scheme_end..].find('/').map_or(head.len(), |i| scheme_end + i);
    let mut out = format!("{}/{name}", &head[..path_start]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

fn connect(url: &str) -> Client {
    Client::connect(url, NoTls)
        .unwrap_or_else(|e| panic!("cannot reach the PostgreSQL server of CARNET_TEST_POSTGRES ({url}): {e}"))
}

/// A new, empty database on the test server: its name and its URL.
pub fn create_database() -> (String, String) {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let base = base_url();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("carnet_test_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    // The server's default template, in UTF-8 whatever the server's default.
    connect(&base)
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
    let url = with_database(&base, &name);
    (name, url)
}

/// Drop a test's database (its connections too); kept when
/// `CARNET_TEST_KEEP` is set, to look at after a failure.
pub fn drop_database(name: &str) {
    if std::env::var_os("CARNET_TEST_KEEP").is_some() {
        return;
    }
    if let Ok(mut c) = Client::connect(&base_url(), NoTls) {
        let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }
}

/// One value of a one-row, one-column query, as a number. The query is
/// wrapped in a cast so that PostgreSQL's NUMERIC sums read as integers.
pub fn query_i64(url: &str, sql: &str) -> i64 {
    let row = connect(url)
        .query_one(&format!("SELECT CAST(({sql}) AS BIGINT)"), &[])
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    row.get::<_, Option<i64>>(0).unwrap_or_else(|| panic!("{sql}: NULL"))
}

/// The same as text.
pub fn query_text(url: &str, sql: &str) -> String {
    let row =
        connect(url).query_one(&format!("SELECT CAST(({sql}) AS TEXT)"), &[]).unwrap_or_else(|e| panic!("{sql}: {e}"));
    row.get::<_, Option<String>>(0).unwrap_or_else(|| panic!("{sql}: NULL"))
}

pub fn execute(url: &str, sql: &str) {
    try_execute(url, sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Run the tests' own SQL (a tampering, a change made by hand). SQLite's
/// `DROP TRIGGER name;` becomes PostgreSQL's `DROP TRIGGER name ON table;`,
/// the only spelling those tests need that the two engines write apart.
pub fn try_execute(url: &str, sql: &str) -> Result<(), String> {
    let mut client = connect(url);
    let mut sql = sql.to_string();
    let mut from = 0;
    while let Some(at) = sql[from..].find("DROP TRIGGER ").map(|i| from + i) {
        let start = at + "DROP TRIGGER ".len();
        let end = sql[start..].find(';').map_or(sql.len(), |i| start + i);
        let name = sql[start..end].trim().to_string();
        let table: String = client
            .query_opt("SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = $1", &[&name])
            .map_err(|e| e.to_string())?
            .map_or_else(|| "no_such_table".into(), |r| r.get(0));
        sql.replace_range(start..end, &format!("{name} ON {table}"));
        from = start;
    }
    client.batch_execute(&sql).map_err(|e| match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => e.to_string(),
    })
}

/// Every row of a query, each cell in PostgreSQL's text form (`NULL` for
/// a null): the simple query protocol hands every type over as text.
pub fn query_rows(url: &str, sql: &str) -> Vec<Vec<String>> {
    connect(url)
        .simple_query(sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .into_iter()
        .filter_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => {
                Some((0..r.len()).map(|i| r.get(i).unwrap_or("NULL").to_string()).collect())
            }
            _ => None,
        })
        .collect()
}

/// Whether carnet has made its tables in the database yet.
pub fn has_tables(url: &str) -> bool {
    query_i64(url, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") > 0
}

/// Returns from the enclosing test, with a SKIPPED line, when the tests run
/// on PostgreSQL: the test reaches into the SQLite file itself (or tests
/// what only a file has: its mode, its journal, its links).
#[macro_export]
macro_rules! sqlite_only {
    () => {
        if $crate::engine::is_postgres() {
            fn here() {}
            let name = std::any::type_name_of_val(&here).trim_end_matches("::here");
            $crate::skipped(&format!("{name}: SQLite only (CARNET_TEST_ENGINE=postgres)"));
            return;
        }
    };
}

/// Returns from the enclosing test, with a loud line, when the tests run
/// on PostgreSQL and carnet does not yet do there what the test asks: a
/// known gap of the PostgreSQL engine, said here and in the issue, never
/// a test that passes by not running.
#[macro_export]
macro_rules! postgres_gap {
    ($why:literal) => {
        if $crate::engine::is_postgres() {
            fn here() {}
            let name = std::any::type_name_of_val(&here).trim_end_matches("::here");
            $crate::skipped(&format!("{name}: KNOWN GAP on PostgreSQL: {}", $why));
            return;
        }
    };
}

#[test]
fn a_database_name_replaces_the_one_in_the_url() {
    assert_eq!(with_database("postgresql://carnet@/postgres?host=/tmp/x", "t1"), "postgresql://carnet@/t1?host=/tmp/x");
    assert_eq!(with_database("postgres://u:p@h:5432", "t1"), "postgres://u:p@h:5432/t1");
    assert_eq!(with_database("postgres://u@h/shop?sslmode=require", "t2"), "postgres://u@h/t2?sslmode=require");
}
