//! Test support: a fresh PostgreSQL database for a store or app unit test,
//! so the same test runs on both engines (as TaskChampion's
//! `storage_tests!` runs each storage test against every backend).
//!
//! `CARNET_TEST_POSTGRES` is the base URL of a server the tests may create
//! databases on (`export CARNET_TEST_POSTGRES="$(.ci/pg-cluster start)"`
//! makes a throwaway one). Without it, [`fresh_database`] says SKIPPED on
//! the real stderr and gives `None`, so `cargo test` passes on a machine
//! without PostgreSQL; under `CI=true` it fails the test instead.
//!
//! ```ignore
//! #[test]
//! fn a_purchase_moves_its_customers_totals() {
//!     // The SQLite half, as ever.
//!     check(Store::open_in_memory().unwrap());
//!     // The PostgreSQL half: a new, empty database, dropped afterwards.
//!     if let Some(db) = crate::test_pg::fresh_database("store::a_purchase_moves_its_customers_totals") {
//!         check(Store::open(db.url()).unwrap());
//!     }
//! }
//! ```

use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU64, Ordering};

/// A database made for one test, dropped (with its connections) when this
/// goes out of scope, unless `CARNET_TEST_KEEP` is set.
pub struct FreshDatabase {
    base: String,
    name: String,
    url: String,
}

impl FreshDatabase {
    /// The URL carnet opens it by (`postgresql://…/carnet_unit_…?…`).
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        if std::env::var_os("CARNET_TEST_KEEP").is_some() {
            return;
        }
        if let Ok(mut c) = Client::connect(&self.base, NoTls) {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// A new, empty database on the test server, or `None` (after a loud
/// SKIPPED line naming `test`) when no server is configured. Under
/// `CI=true` a missing or unreachable server fails the test.
pub fn fresh_database(test: &str) -> Option<FreshDatabase> {
    let ci = std::env::var("CI").as_deref() == Ok("true");
    let base = match std::env::var("CARNET_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            assert!(!ci, "CI=true: {test} must run on PostgreSQL too; set CARNET_TEST_POSTGRES (.ci/pg-cluster start)");
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "SKIPPED: {test} on PostgreSQL (CARNET_TEST_POSTGRES is not set)");
            return None;
        }
    };
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("carnet_unit_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut client = Client::connect(&base, NoTls)
        .unwrap_or_else(|e| panic!("{test}: cannot reach the server of CARNET_TEST_POSTGRES ({base}): {e}"));
    // UTF-8 and the C collation whatever the server's defaults: text
    // compares and sorts by code point, as SQLite's BINARY does.
    client
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap_or_else(|e| panic!("{test}: CREATE DATABASE {name}: {e}"));
    let url = with_database(&base, &name);
    Some(FreshDatabase { base, name, url })
}

/// `url` with its database name replaced by `name`, its query (such as
/// `?host=/socket/dir`) kept.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_name_replaces_the_one_in_the_url() {
        assert_eq!(
            with_database("postgresql://carnet@/postgres?host=/tmp/x", "t1"),
            "postgresql://carnet@/t1?host=/tmp/x"
        );
        assert_eq!(with_database("postgres://u:p@h:5432", "t1"), "postgres://u:p@h:5432/t1");
        assert_eq!(with_database("postgres://u@h/shop?sslmode=require", "t2"), "postgres://u@h/t2?sslmode=require");
    }

    /// The hook itself: a database that exists, is empty, and is gone
    /// once dropped.
    #[test]
    fn a_fresh_database_is_empty_and_dropped_after_use() {
        let Some(db) = fresh_database("test_pg::a_fresh_database_is_empty_and_dropped_after_use") else { return };
        let mut c = Client::connect(db.url(), NoTls).unwrap();
        let n: i64 = c
            .query_one("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", &[])
            .unwrap()
            .get(0);
        assert_eq!(n, 0);
        drop(c);
        let (base, name) = (db.base.clone(), db.name.clone());
        drop(db);
        if std::env::var_os("CARNET_TEST_KEEP").is_none() {
            let mut c = Client::connect(&base, NoTls).unwrap();
            let n: i64 = c.query_one("SELECT count(*) FROM pg_database WHERE datname = $1", &[&name]).unwrap().get(0);
            assert_eq!(n, 0, "{name} was dropped");
        }
    }
}
