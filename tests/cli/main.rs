//! End-to-end tests: the real binary against a real SQLite file in a temp
//! dir (or a fresh PostgreSQL database: see `engine.rs`), with the clock
//! pinned and colors off.

#[macro_use]
mod engine;

mod backup;
mod campaign;
mod clv;
mod companies;
mod concurrency;
mod config;
mod consent;
mod contact;
mod contact_duplicates;
mod contact_files;
mod contact_io;
mod dashboard;
mod database;
mod db_copy;
mod deal;
mod demo;
mod frat;
mod hardening;
mod interaction;
mod language;
mod loyalty;
mod misc;
mod pg_network;
mod pg_roles;
mod population;
mod privacy;
mod purchase;
mod purchase_import;
mod read_only;
mod real_files;
mod recorded_by;
mod remind;
mod report;
mod round_two;
mod sales_profiles;
mod satisfaction;
mod schema;
mod segment;
mod send;
mod send_resume;
mod service;
mod sms;
mod snapshots;
mod sync;
mod tag;
mod unsubscribe;

use assert_cmd::Command;
use std::path::PathBuf;

pub struct Env {
    pub dir: tempfile::TempDir,
    /// The test's PostgreSQL database (name, URL), made on first use, under
    /// `CARNET_TEST_ENGINE=postgres`.
    pg: std::sync::OnceLock<(String, String)>,
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some((name, _)) = self.pg.get() {
            engine::drop_database(name);
        }
    }
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

impl Env {
    pub fn new() -> Env {
        Env { dir: tempfile::tempdir().expect("temp dir"), pg: std::sync::OnceLock::new() }
    }

    /// The SQLite file's path (tests that open the file begin with
    /// `sqlite_only!()`; carnet is handed [`Env::db_arg`]).
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("carnet.db")
    }

    /// Where carnet finds the test's database (`CARNET_DB`, `--db`): the
    /// SQLite file's path, or under `CARNET_TEST_ENGINE=postgres` the URL
    /// of the test's own PostgreSQL database.
    pub fn db_arg(&self) -> String {
        match self.pg_url() {
            Some(url) => url.to_string(),
            None => self.db().to_string_lossy().into_owned(),
        }
    }

    fn pg_url(&self) -> Option<&str> {
        engine::is_postgres().then(|| self.pg.get_or_init(engine::create_database).1.as_str())
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same command as a std one, for spawning processes.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"));
        c.env_clear()
            .env("CARNET_DB", self.db_arg())
            .env("CARNET_CONFIG", self.path("config.toml"))
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("NO_COLOR", "1")
            // Tables show moments in local time: the tests' is UTC.
            .env("TZ", "UTC")
            .env("COLUMNS", "100")
            .env("TZ", "UTC")
            .env("CARNET_NOW", "2024-06-30")
            // Who records rows on a SQLite file: the same name as the test
            // server's role, so the snapshots are one on both engines.
            .env("CARNET_USER", "carnet");
        c
    }

    pub fn run(&self, args: &[&str]) -> Out {
        let o = self.cmd().args(args).output().expect("run carnet");
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    /// Run and insist on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(o.code, 0, "carnet {args:?} failed:\n{}", o.stderr);
        o.stdout
    }

    /// Run and insist on failure with `code`; returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let o = self.run(args);
        assert_eq!(
            o.code, code,
            "carnet {args:?}: expected exit {code}, got {}\nstdout: {}\nstderr: {}",
            o.code, o.stdout, o.stderr
        );
        assert!(!o.stderr.contains("panicked"), "panic: {}", o.stderr);
        assert!(o.stderr.starts_with("error:"), "stderr should start with error: {}", o.stderr);
        o.stderr
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> String {
        let p = self.path(name);
        std::fs::write(&p, content).expect("write file");
        p.to_string_lossy().into_owned()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&a)).expect("valid json")
    }

    /// Add a contact and return its id.
    pub fn add(&self, args: &[&str]) -> String {
        let mut a = vec!["contact", "add", "-q"];
        a.extend(args);
        self.ok(&a).trim().to_string()
    }

    /// Row counts of every table, for "nothing was written" checks.
    pub fn snapshot(&self) -> String {
        if let Some(url) = self.pg_url() {
            return pg_snapshot(url);
        }
        if !self.db().exists() {
            return "no database".into();
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        let mut out: Vec<String> = ["contacts", "purchases", "import_batches", "contact_tags"]
            .iter()
            .map(|t| {
                let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).expect("count");
                format!("{t}={n}")
            })
            .collect();
        // Every contact's fields too, so an update that adds no row is seen.
        let fields: String = conn
            .query_row(
                "SELECT coalesce(group_concat(quote(name) || quote(email) || quote(phone) || quote(city) || \
                 quote(other_emails) || quote(other_phones) || quote(updated_at), '|'), '') FROM contacts",
                [],
                |r| r.get(0),
            )
            .expect("contacts");
        out.push(fields);
        out.join(" ")
    }

    /// Temporary files carnet left in the test folder (there must be none).
    pub fn stray_temp_files(&self) -> Vec<String> {
        std::fs::read_dir(self.dir.path())
            .expect("the test folder")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.contains("carnet-tmp"))
            .collect()
    }

    /// The names `contact list` shows, in its order.
    pub fn names(&self) -> Vec<String> {
        self.json(&["contact", "list"])
            .as_array()
            .expect("a list")
            .iter()
            .map(|c| c["name"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Record an email opt-in given on a paper form with this wording file.
    pub fn grant_email(&self, who: &str, wording: &str, source: &str, at: &str) {
        self.ok(&[
            "consent",
            "grant",
            who,
            "--channel",
            "email",
            "--method",
            "paper-form",
            "--wording",
            wording,
            "--source",
            source,
            "--at",
            at,
        ]);
    }

    pub fn sql(&self, sql: &str) -> i64 {
        if let Some(url) = self.pg_url() {
            return engine::query_i64(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        conn.query_row(sql, [], |r| r.get(0)).expect("query")
    }

    pub fn sql_text(&self, sql: &str) -> String {
        if let Some(url) = self.pg_url() {
            return engine::query_text(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        conn.query_row(sql, [], |r| r.get(0)).expect("query")
    }

    /// Whether the database has an index of this name.
    pub fn index_exists(&self, name: &str) -> bool {
        let sql = if engine::is_postgres() {
            format!("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname = '{name}'")
        } else {
            format!("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = '{name}'")
        };
        self.sql(&sql) == 1
    }

    /// Run SQL that may be refused; the refusal's text.
    pub fn sql_try(&self, sql: &str) -> Result<(), String> {
        if let Some(url) = self.pg_url() {
            return engine::try_execute(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        conn.execute_batch(sql).map_err(|e| e.to_string())
    }

    /// Every row of a query, each cell as text (`NULL` for a null), on
    /// either engine.
    pub fn sql_rows(&self, sql: &str) -> Vec<Vec<String>> {
        if let Some(url) = self.pg_url() {
            return engine::query_rows(url, sql);
        }
        use rusqlite::types::ValueRef;
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        let mut stmt = conn.prepare(sql).expect("prepare");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        let mut out = Vec::new();
        while let Some(r) = rows.next().expect("row") {
            out.push(
                (0..n)
                    .map(|i| match r.get_ref(i).expect("cell") {
                        ValueRef::Null => "NULL".to_string(),
                        ValueRef::Integer(v) => v.to_string(),
                        ValueRef::Real(v) => v.to_string(),
                        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
                    })
                    .collect(),
            );
        }
        out
    }

    pub fn sql_exec(&self, sql: &str) {
        if let Some(url) = self.pg_url() {
            return engine::execute(url, sql);
        }
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        conn.execute_batch(sql).expect("execute");
    }
}

/// [`Env::snapshot`] on PostgreSQL: the same counts and fields.
fn pg_snapshot(url: &str) -> String {
    if !engine::has_tables(url) {
        return "no database".into();
    }
    let mut out: Vec<String> = ["contacts", "purchases", "import_batches", "contact_tags"]
        .iter()
        .map(|t| format!("{t}={}", engine::query_i64(url, &format!("SELECT count(*) FROM {t}"))))
        .collect();
    out.push(engine::query_text(
        url,
        "SELECT coalesce(string_agg(quote_nullable(name) || quote_nullable(email) || quote_nullable(phone) || \
         quote_nullable(city) || quote_nullable(other_emails) || quote_nullable(other_phones) || \
         quote_nullable(updated_at), '|' ORDER BY id), '') FROM contacts",
    ));
    out.join(" ")
}

impl Env {
    /// A whole run as one text: the exit code, stdout and stderr, with the
    /// temp dir's path replaced so the snapshot is the same everywhere.
    pub fn snap(&self, args: &[&str]) -> String {
        let o = self.run(args);
        let dir = self.dir.path().display().to_string();
        // Under PostgreSQL the database's location reads as the file's.
        let url = self.pg_url().unwrap_or("\0");
        let file = format!("{dir}/carnet.db");
        let clean = |s: &str| s.replace(url, &file).replace(&dir, "[TMP]");
        format!(
            "$ carnet {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
            clean(&args.join(" ")),
            o.code,
            clean(&o.stdout),
            clean(&o.stderr)
        )
    }
}

/// Says on the real stderr that a test did not run, and why: past the
/// harness's capture (which keeps a passing test's `eprintln!` to itself),
/// so a developer without the server sees it in `cargo test`'s report.
/// Under `CI=true` the tests fail instead of calling this.
pub fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}
