//! Test support: the conformance suite. A store or app unit test is written
//! once and runs on both engines, as TaskChampion's `storage_tests!` runs
//! each storage test against every backend:
//!
//! ```ignore
//! crate::test_pg::conformance! {
//!     /// A write dropped without commit leaves nothing.
//!     fn a_write_is_all_or_nothing(db) {
//!         let mut store = db.open();
//!         // ...
//!     }
//! }
//! ```
//!
//! makes a module `a_write_is_all_or_nothing` with two tests, `sqlite` and
//! `postgres`, so the report shows both halves. Each half runs the case on
//! a [`TestDb`] of its own: a SQLite file in a temp dir (opened as carnet
//! opens a file: WAL, pragmas, migrations), or a fresh PostgreSQL database
//! made by [`fresh_database`] and dropped afterwards.
//!
//! `CARNET_TEST_POSTGRES` is the base URL of a server the tests may create
//! databases on (`export CARNET_TEST_POSTGRES="$(.ci/pg-cluster start)"`
//! makes a throwaway one). Without it, the PostgreSQL half says SKIPPED on
//! the real stderr and passes, so `cargo test` passes on a machine without
//! PostgreSQL; under `CI=true` it fails instead.

use crate::store::{OpenMode, Store};
use postgres::{Client, NoTls};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Write each case once, run it on both engines: every `fn name(db) { … }`
/// becomes a module `name` with the tests `sqlite` and `postgres`, each
/// calling the body with `db: &TestDb` (see the module's doc). The
/// module sees its parent's items (`use super::*`); doc comments and
/// attributes go on the module.
macro_rules! conformance {
    ($($(#[$attr:meta])* fn $name:ident($db:ident) $body:block)*) => {$(
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            fn case($db: &$crate::test_pg::TestDb) $body

            #[test]
            fn sqlite() {
                $crate::test_pg::run($crate::test_pg::Engine::Sqlite, module_path!(), case);
            }

            #[test]
            fn postgres() {
                $crate::test_pg::run($crate::test_pg::Engine::Postgres, module_path!(), case);
            }
        }
    )*};
}
pub(crate) use conformance;

/// The engine one half of a conformance case runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// One half of a conformance case: its database (a SQLite file, or a
/// fresh PostgreSQL database) and a temp dir for the files the case writes
/// (CSV to import, a second SQLite file); all gone when it is dropped.
pub struct TestDb {
    engine: Engine,
    /// Dropped before `dir` (fields drop in order).
    pg: Option<FreshDatabase>,
    dir: tempfile::TempDir,
}

impl TestDb {
    /// A new, empty database on `engine` for `test`, or `None` when the
    /// PostgreSQL half cannot run here (said loudly by [`fresh_database`];
    /// under `CI=true` it panics instead).
    pub fn new(engine: Engine, test: &str) -> Option<TestDb> {
        let pg = match engine {
            Engine::Sqlite => None,
            Engine::Postgres => Some(fresh_database(test)?),
        };
        Some(TestDb { engine, pg, dir: tempfile::tempdir().expect("a temp dir") })
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// What carnet opens it by: the SQLite file's path, or the URL.
    pub fn location(&self) -> PathBuf {
        match &self.pg {
            Some(pg) => PathBuf::from(pg.url()),
            None => self.dir.path().join("shop.db"),
        }
    }

    /// A new connection to the case's database, opened for writing as a
    /// write command opens it (created and migrated on the first call).
    pub fn open(&self) -> Store {
        Store::open(&self.location(), OpenMode::Create)
            .unwrap_or_else(|e| panic!("opening {}: {e}", self.location().display()))
    }

    /// A temp dir of the case's own, on both engines.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

/// Run one half of a conformance case: `case` on a database of its own,
/// dropped afterwards (after a panic too).
pub fn run(engine: Engine, test: &str, case: impl FnOnce(&TestDb)) {
    if let Some(db) = TestDb::new(engine, test) {
        case(&db);
    }
}

/// Whether the PostgreSQL half of `test` can run (the server is set);
/// otherwise it says SKIPPED, or fails under `CI=true`. For a case that
/// makes many databases (a property test), asked once before it starts.
pub fn postgres_available(test: &str) -> bool {
    match std::env::var("CARNET_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => true,
        _ => {
            skipped(test);
            false
        }
    }
}

/// The loud line of a PostgreSQL half that cannot run, on the real stderr
/// (the test harness captures only `eprintln!`); under `CI=true`, a failure.
fn skipped(test: &str) {
    let ci = std::env::var("CI").as_deref() == Ok("true");
    assert!(!ci, "CI=true: {test} must run on PostgreSQL too; set CARNET_TEST_POSTGRES (.ci/pg-cluster start)");
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {test} on PostgreSQL (CARNET_TEST_POSTGRES is not set)");
}

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
    let base = match std::env::var("CARNET_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => url,
        _ => {
            skipped(test);
            return None;
        }
    };
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("carnet_unit_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut client = Client::connect(&base, NoTls)
        .unwrap_or_else(|e| panic!("{test}: cannot reach the server of CARNET_TEST_POSTGRES ({base}): {e}"));
    // UTF-8 and the C collation whatever the server's defaults: text
    // compares and sorts by code point, as SQLite's BINARY does (and as
    // the schema's "C" columns do on any server). The character classes
    // are a UTF-8 locale's, as on a shop's real server, where `lower('É')`
    // is `é`: what the store writes must not depend on it. (`C` where the
    // server has no C.UTF-8.)
    let create = |client: &mut Client, ctype: &str| {
        client.batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '{ctype}'"
        ))
    };
    if let Err(e) = create(&mut client, "C.UTF-8").or_else(|_| create(&mut client, "C")) {
        panic!("{test}: CREATE DATABASE {name}: {e}");
    }
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

    conformance! {
        /// The harness itself: each half runs on the engine it names, and
        /// every connection it opens reaches the one database of the case.
        fn a_case_runs_on_the_engine_it_names_and_on_one_database(db) {
            let mut first = db.open();
            let engine = match db.engine() {
                Engine::Sqlite => crate::store::sql::EngineKind::Sqlite,
                Engine::Postgres => crate::store::sql::EngineKind::Postgres,
            };
            assert_eq!(first.engine(), engine);
            assert!(first.is_empty().unwrap(), "a new case starts empty");
            let tx = first.begin().unwrap();
            let f = crate::domain::contact::ContactFields { name: "A".into(), ..Default::default() };
            crate::store::contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
            tx.commit().unwrap();
            assert_eq!(crate::store::contacts::count(&db.open()).unwrap(), 1);
            assert!(db.dir().is_dir());
        }
    }

    /// Under `CI=true` a PostgreSQL half without a server fails, never
    /// passes quietly. (Run in a child process: the variables are the
    /// whole process's.)
    #[test]
    fn without_a_server_the_postgres_half_skips_or_fails_under_ci() {
        if std::env::var_os("CARNET_TEST_CHILD").is_some() {
            assert!(TestDb::new(Engine::Postgres, "test_pg::child").is_none());
            return;
        }
        let me = std::env::current_exe().unwrap();
        let name = "test_pg::tests::without_a_server_the_postgres_half_skips_or_fails_under_ci";
        let child = |ci: &str| {
            std::process::Command::new(&me)
                .args(["--exact", name, "--test-threads=1"])
                .env("CARNET_TEST_CHILD", "1")
                .env("CI", ci)
                .env_remove("CARNET_TEST_POSTGRES")
                .output()
                .unwrap()
        };
        let quiet = child("false");
        assert!(quiet.status.success(), "{}", String::from_utf8_lossy(&quiet.stdout));
        assert!(String::from_utf8_lossy(&quiet.stderr).contains("SKIPPED: test_pg::child on PostgreSQL"));
        let ci = child("true");
        assert!(!ci.status.success(), "under CI=true a missing server fails the test");
        assert!(String::from_utf8_lossy(&ci.stdout).contains("must run on PostgreSQL too"));
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
