//! The store: the only place with SQL. `Store::open` sets the pragmas and
//! migrates; every write happens inside one transaction a handler begins
//! and commits, so a failure leaves the file as it was.

pub mod analytics;
pub mod campaigns;
pub mod categories;
pub mod cohorts;
pub mod companies;
pub mod consent;
pub mod consent_chain;
pub mod consent_seal;
pub mod contact_dates;
pub mod contact_lookup;
pub mod contacts;
pub mod copy;
pub mod deals;
pub mod imports;
pub mod interactions;
pub mod loyalty;
pub mod migrate;
pub mod outbox;
pub mod population;
pub mod privacy;
pub mod purchases;
pub mod reminders;
pub mod roles;
pub mod satisfaction;
pub mod segments;
pub mod service;
pub mod slipping;
pub mod sync;
pub mod tags;
pub mod totals;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use sql::Engine;
use std::path::{Path, PathBuf};

pub mod pg_connect;
mod pg_migrate;
mod pg_tls;
#[cfg(test)]
mod recorded_by_tests;
pub mod sql;
#[cfg(test)]
mod sql_conformance;

/// A handle the store's read functions take. Outside `store/` it is opaque:
/// nothing above the store can run SQL through it, and nothing can write
/// through it at all (writes take a [`Tx`]). Inside, it is one of two
/// engines behind one API (`sql.rs`).
pub struct Db {
    engine: Engine,
    /// Who the rows this handle writes are recorded by (`recorded_by`):
    /// set by [`Store::record_as`] on SQLite, asked of the server once on
    /// PostgreSQL (the connected role). Unset: nobody (NULL).
    recorder: std::cell::OnceCell<Option<String>>,
}

impl Db {
    /// A SQLite connection as a store handle.
    pub(in crate::store) fn from_sqlite(conn: Connection) -> Db {
        Db { engine: Engine::Sqlite(conn), recorder: Default::default() }
    }

    /// Who recorded the rows written through this handle: on PostgreSQL
    /// the connected role (`current_user`, asked once, as the column's
    /// default would record it), on SQLite the name the app gave
    /// [`Store::record_as`], or nobody.
    pub(in crate::store) fn recorded_by(&self) -> Result<Option<&str>> {
        if self.recorder.get().is_none() {
            let who = match self.engine() {
                sql::EngineKind::Sqlite => None,
                sql::EngineKind::Postgres => {
                    self.query_row("SELECT CAST(current_user AS TEXT)", [], |r| r.get::<_, Option<String>>(0))?
                }
            };
            let _ = self.recorder.set(who);
        }
        Ok(self.recorder.get().and_then(|w| w.as_deref()))
    }

    /// The statements' API, for the store's own modules only.
    pub(in crate::store) fn sql(&self) -> &Db {
        self
    }

    /// Begin a transaction (IMMEDIATE on SQLite: the write lock up front,
    /// so two processes queue on busy_timeout instead of failing half-way).
    pub(in crate::store) fn begin_tx(&self) -> Result<Tx<'_>> {
        match self.engine() {
            sql::EngineKind::Sqlite => self.execute_batch("BEGIN IMMEDIATE")?,
            sql::EngineKind::Postgres => self.execute_batch("BEGIN ISOLATION LEVEL SERIALIZABLE")?,
        }
        Ok(Tx { db: self, open: true, bulk: false })
    }
}

/// A write transaction: the only way to call the store's write functions,
/// so a write outside a transaction does not compile. Dropped without
/// [`Tx::commit`], it rolls back. Reads work through it too (`&tx` is a
/// `&Db`) and see its own writes.
pub struct Tx<'s> {
    db: &'s Db,
    open: bool,
    /// A bulk write, which may give contacts their ids itself (imports).
    bulk: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> Result<()> {
        if self.bulk && self.db.engine() == sql::EngineKind::Postgres {
            // Ids given by the import itself: the next contact added takes
            // the one after them (PostgreSQL's identity does not look).
            self.db.query_row(
                "SELECT setval(pg_get_serial_sequence('contacts', 'id'), \
                 (SELECT coalesce(max(id), 0) + 1 FROM contacts), false)",
                [],
                |r| r.get::<_, Option<i64>>(0),
            )?;
        }
        self.db.execute_batch("COMMIT")?;
        self.open = false;
        Ok(())
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.db.execute_batch("ROLLBACK");
        }
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl std::ops::Deref for Store {
    type Target = Db;
    fn deref(&self) -> &Db {
        &self.db
    }
}

/// How long a command waits for another one's write before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

pub struct Store {
    db: Db,
    path: PathBuf,
    /// In a rollback journal for a bulk write (see `journal_directly`).
    direct: bool,
    /// Foreign keys off since a bulk write (see `begin_bulk`).
    bulk: bool,
}

impl Drop for Store {
    /// A bulk write that failed half-way leaves no rollback journal mode behind.
    fn drop(&mut self) {
        self.back_to_wal();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Read commands: a missing file is an error, never created.
    Existing,
    /// Write commands: create the file (mode 0600) and its folders.
    Create,
}

impl Store {
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        if let Some(url) = path.to_str().filter(|t| pg_connect::is_postgres_url(t)) {
            return Store::open_postgres(url, mode);
        }
        // A device, a pipe or a socket (`/dev/null`, `/dev/zero`) is no
        // database file: SQLite would fail on it with an I/O error, or wait.
        if let Ok(m) = std::fs::metadata(path) {
            if !m.is_file() && !m.is_dir() {
                return Err(Error::t(
                    crate::error::Kind::Invalid,
                    "err-not-db-file",
                    crate::targs!["path" => path.display().to_string()],
                )
                .with_hint_t("hint-not-db-file", vec![]));
            }
        }
        if !path.exists() {
            if mode == OpenMode::Existing {
                return Err(Error::not_found_path(path).with_hint_t("hint-no-database", vec![]));
            }
            create_private_file(path)?;
        }
        let mut conn = open_connection(path, false)?;
        if mode == OpenMode::Existing && !readable(&conn) && !side_file(path, "-wal").exists() {
            // A file this user can only read, in a folder they cannot write:
            // SQLite cannot make the WAL's index (`-shm`) it reads through.
            // With no `-wal` beside it no one is writing it (a writer keeps
            // one), so it is read as it stands, as an immutable file.
            conn = open_connection(path, true)?;
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Is this carnet's file? Asked before anything is changed, so a
        // stranger's SQLite file, or a file that is not SQLite, is left as
        // it was (its journal mode included).
        migrate::check(&conn, path).map_err(|e| not_carnet(path, e))?;
        ensure_wal(&conn);
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA threads = 2;",
        )?;
        let mut store = Store {
            db: Db { engine: Engine::Sqlite(conn), recorder: Default::default() },
            path: path.to_path_buf(),
            direct: false,
            bulk: false,
        };
        migrate::migrate(&store.db, path)?;
        // A read never writes: it answers without an index a killed bulk
        // import left out (slower, the same answer); the next write puts it back.
        if mode == OpenMode::Create {
            store.ensure_indexes()?;
        }
        Ok(store)
    }

    /// A PostgreSQL database (a `postgres://` URL): connected, and
    /// migrated on first use.
    fn open_postgres(url: &str, mode: OpenMode) -> Result<Store> {
        let client = pg_connect::connect(url)?;
        let db = Db { engine: Engine::Postgres(Box::new(sql::Pg::new(client))), recorder: Default::default() };
        let shown = pg_connect::shown(url);
        pg_migrate::migrate(&db, &shown, mode == OpenMode::Create)?;
        let mut store = Store { db, path: PathBuf::from(shown), direct: false, bulk: false };
        // As on SQLite: a write puts back an index a killed bulk import left out.
        if mode == OpenMode::Create {
            store.ensure_indexes()?;
        }
        Ok(store)
    }

    /// A fresh database in memory, migrated: for the tests of the store
    /// and of the use cases (no file, no WAL).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        let store = Store {
            db: Db { engine: Engine::Sqlite(conn), recorder: Default::default() },
            path: PathBuf::from(":memory:"),
            direct: false,
            bulk: false,
        };
        migrate::migrate(&store.db, Path::new(":memory:"))?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Who the rows this store writes are recorded by, as the app layer
    /// decides it (`CARNET_USER`, `user` in the config, the OS login
    /// name). On SQLite only: PostgreSQL records the connected role, the
    /// name the server knows, whatever the config says.
    pub fn record_as(&mut self, who: Option<String>) {
        if self.db.engine() == sql::EngineKind::Sqlite {
            self.db.recorder = std::cell::OnceCell::from(who);
        }
    }

    /// Record every row this store writes as `who`, on either engine: the
    /// demo's made-up rows say `demo`, not the person who ran it.
    pub fn record_everything_as(&mut self, who: &str) {
        self.db.recorder = std::cell::OnceCell::from(Some(who.to_string()));
    }

    /// The read handle (a `&Store` is one too).
    pub fn db(&self) -> &Db {
        self
    }

    /// Begin a write. IMMEDIATE takes the write lock up front, so two
    /// processes queue on busy_timeout instead of failing half-way.
    /// Begin a write, foreign keys enforced (again, after a bulk write on
    /// this connection: a contact removed later must take its purchases).
    pub fn begin(&mut self) -> Result<Tx<'_>> {
        if std::mem::take(&mut self.bulk) {
            if let Some(c) = self.db.sqlite() {
                c.pragma_update(None, "foreign_keys", true)?;
            }
        }
        self.db.begin_tx()
    }

    /// Begin a bulk write (imports, the demo) with foreign-key checks off:
    /// the caller takes every contact id from this same transaction, so the
    /// per-row lookup SQLite would make (a good part of an import's time) proves
    /// nothing. The pragma cannot change inside a transaction, hence here.
    pub fn begin_bulk(&mut self) -> Result<Tx<'_>> {
        if let Some(c) = self.db.sqlite() {
            c.pragma_update(None, "foreign_keys", false)?;
            self.bulk = true;
        }
        let mut tx = self.db.begin_tx()?;
        if self.db.engine() == sql::EngineKind::Postgres {
            // The bulk write gives new contacts their ids itself (from the
            // largest one it sees), as SQLite's IMMEDIATE transaction lets
            // it: on a server, another session's `contact add` must not take
            // one of those ids from the sequence meanwhile. Before any
            // query, so that the transaction's snapshot sees every contact
            // committed before the lock (and the sequence is moved past the
            // new ids before it is released, at the commit).
            // The import batches too: see `begin_import`.
            tx.execute_batch("LOCK TABLE contacts, import_batches IN SHARE ROW EXCLUSIVE MODE")?;
        }
        tx.bulk = true;
        Ok(tx)
    }

    /// Begin an import that is not a bulk write (`contact import`). An
    /// import batch's id is the largest one plus one, on both engines (a
    /// dry run or a refused import, rolled back, gives its id back, as a
    /// SQLite rowid does; a server's sequence would not): on a server the
    /// import batches are locked before the transaction's snapshot, so two
    /// imports take their ids one after the other.
    pub fn begin_import(&mut self) -> Result<Tx<'_>> {
        let tx = self.begin()?;
        if tx.engine() == sql::EngineKind::Postgres {
            tx.execute_batch("LOCK TABLE import_batches IN SHARE ROW EXCLUSIVE MODE")?;
        }
        Ok(tx)
    }

    /// Empty a server's carnet database (`carnet demo --force`): its
    /// tables dropped and made again, in one transaction. A SQLite file is
    /// replaced as a file instead (by the demo), so this is for PostgreSQL.
    pub fn recreate(&mut self) -> Result<()> {
        match self.db.engine() {
            sql::EngineKind::Postgres => pg_migrate::recreate(&self.db),
            sql::EngineKind::Sqlite => Err(Error::internal("recreate is for a server's database")),
        }
    }

    /// For a write of hundreds of megabytes (a big import), until
    /// [`Store::end_bulk`]: a rollback journal instead of the WAL, so each
    /// new page is written to the file once instead of twice (to the log,
    /// then again by the checkpoint).
    /// The price is that readers wait for the write (up to the busy
    /// timeout) instead of reading the state before it. Only when no other
    /// connection has the file open; otherwise the WAL stays, and so does
    /// everything else. Call before the transaction begins.
    pub fn journal_directly(&mut self) -> Result<()> {
        let Some(conn) = self.db.sqlite() else { return Ok(()) };
        conn.busy_timeout(std::time::Duration::ZERO)?;
        let mode = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0));
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete")) {
            // A rollback journal is only as safe as its syncs.
            conn.pragma_update(None, "synchronous", "FULL")?;
            self.direct = true;
        }
        Ok(())
    }

    /// Begin an erasure (`privacy forget`) so that the erased bytes are gone
    /// from every file the moment it commits, and a crash at any point
    /// leaves the person either whole (before) or erased (after):
    ///
    /// - the WAL is left for a rollback journal. In the WAL, the old pages
    ///   stay in the main file until a checkpoint, which any reader holding
    ///   a snapshot can hold off, and a kill before it leaves them there.
    ///   In a rollback journal the main file is changed in place and the
    ///   old pages live only in the `-journal`, deleted at commit (or rolled
    ///   back, restoring the person whole, after a crash);
    /// - `secure_delete` zeroes the freed space of every page it touches;
    /// - leaving the WAL needs the file to itself: another connection's
    ///   reads would keep old pages alive. We wait for them as any write
    ///   waits (the busy timeout), then refuse rather than report an
    ///   erasure that is not complete.
    pub fn begin_erasure(&mut self) -> Result<Tx<'_>> {
        let Some(conn) = self.db.sqlite() else { return self.begin() };
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        conn.busy_timeout(std::time::Duration::ZERO)?;
        let alone = loop {
            let mode = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0));
            if mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete")) {
                break true;
            }
            if std::time::Instant::now() >= deadline {
                break false;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if !alone {
            return Err(Error::t(crate::error::Kind::Io, "err-forget-readers", vec![])
                .with_hint_t("hint-forget-readers", vec![]));
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;")?;
        self.direct = true;
        self.begin()
    }

    /// After a bulk write, committed or not: rebuild the indexes it dropped
    /// and return to the WAL.
    pub fn end_bulk(&mut self) -> Result<()> {
        self.ensure_indexes()?;
        self.back_to_wal();
        Ok(())
    }

    /// Best effort: should another process hold the file right now, the
    /// next open switches it back.
    fn back_to_wal(&mut self) {
        if std::mem::take(&mut self.direct) {
            if let Some(conn) = self.db.sqlite() {
                let _ = conn.pragma_update(None, "journal_mode", "WAL");
                let _ = conn.pragma_update(None, "synchronous", "NORMAL");
            }
        }
    }

    /// Rebuild any index a bulk import dropped and did not get to rebuild
    /// (the process was killed between its commit and the rebuild), when
    /// opening for a write.
    pub fn ensure_indexes(&mut self) -> Result<()> {
        if !purchases::indexes_present(self)? {
            // SQLite's sorter runs several times faster in small runs
            // merged over two threads than in one big in-cache sort.
            let cache = |size: i64| -> Result<()> {
                if let Some(conn) = self.db.sqlite() {
                    conn.pragma_update(None, "cache_size", size)?;
                }
                Ok(())
            };
            cache(-2048)?;
            let tx = self.db.begin_tx()?;
            purchases::create_indexes(&tx)?;
            tx.commit()?;
            cache(-32768)?;
        }
        Ok(())
    }

    /// Run SQL as the sqlite3 shell would (with `PRAGMA foreign_keys = ON`),
    /// outside carnet's own writes: for the tests that check what the
    /// database keeps by itself.
    #[cfg(test)]
    pub fn execute_raw(&self, sql: &str) -> Result<()> {
        match self.db.sqlite() {
            Some(conn) => conn.execute_batch(&format!("PRAGMA foreign_keys = ON; {sql}"))?,
            None => self.db.execute_batch(sql)?,
        }
        Ok(())
    }

    /// Is there anything in the file? (`carnet demo` refuses to mix.)
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self.db.query_row(
            "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM purchases)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }
}

/// The database file, read and written (or read only when this user
/// cannot write it), or with `immutable` read as a file no one changes.
fn open_connection(path: &Path, immutable: bool) -> Result<Connection> {
    let (target, flags) = if immutable {
        let escaped = path.to_string_lossy().replace('%', "%25").replace('?', "%3f").replace('#', "%23");
        (PathBuf::from(format!("file:{escaped}?immutable=1")), OpenFlags::SQLITE_OPEN_READ_ONLY)
    } else {
        (path.to_path_buf(), OpenFlags::SQLITE_OPEN_READ_WRITE)
    };
    Connection::open_with_flags(&target, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI).map_err(
        |e| {
            // SQLite's own words ("unable to open database file") stay
            // the error's source; the shopkeeper reads which file and why.
            let why = crate::i18n::Text::tr(if path.is_dir() { "io-is-a-folder" } else { "io-cannot-open-db" }, vec![]);
            Error::t(
                crate::error::Kind::Invalid,
                "err-cannot-open",
                crate::targs!["path" => path.display().to_string(), "why" => why],
            )
            .with_hint_t("hint-no-database", vec![])
            .with_source(e)
        },
    )
}

/// Whether the file's schema can be read through this connection.
fn readable(conn: &Connection) -> bool {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)).is_ok()
}

/// `path` with `suffix` appended (`-wal`, `-shm`).
fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The WAL lets readers go on while one command writes; it persists in
/// the file, so it is set once. It is asked again only when the file is in
/// another mode: a new file, or one a bulk import left in a rollback journal
/// (see [`Store::journal_directly`]). Setting it fails at once, without
/// waiting, while another process writes; then this command goes on in the
/// rollback journal, where its reads wait for that write (busy_timeout)
/// instead of failing, and a later open switches the file back.
fn ensure_wal(conn: &Connection) {
    let mode = conn.query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0));
    if !mode.is_ok_and(|m| m.eq_ignore_ascii_case("wal")) {
        let _ = conn.pragma_update(None, "journal_mode", "WAL");
    }
}

/// A file SQLite cannot read as a database, or that is damaged: say what
/// it is, never SQLite's raw text.
fn not_carnet(path: &Path, e: Error) -> Error {
    match e.kind() {
        crate::error::Kind::Internal | crate::error::Kind::Damaged => {
            Error::t(crate::error::Kind::Damaged, "err-not-carnet", crate::targs!["path" => path.display().to_string()])
                .with_hint_t("hint-not-carnet", vec![])
        }
        _ => e,
    }
}

/// Write a consistent, compacted copy of the whole database to `path`,
/// which must not exist. The copy is readable by its owner only, like the
/// database, and complete once this returns (the caller renames it into
/// place, so a reader never sees half a copy).
pub fn copy_database(store: &Store, path: &Path) -> Result<()> {
    create_private_file(path)?;
    if store.engine() == sql::EngineKind::Postgres {
        // The backup format stays one SQLite file: a new one, migrated,
        // and every table copied into it (checked as `db copy` checks).
        let copied = Store::open(path, OpenMode::Create).and_then(|mut target| copy::copy_all(store, &mut target));
        if let Err(e) = copied {
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
        return Ok(());
    }
    let target = path.to_str().ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "err-not-utf8-path", crate::targs!["path" => path.display().to_string()])
    })?;
    store.db.execute("VACUUM INTO ?1", [target]).map_err(|e| {
        let _ = std::fs::remove_file(path);
        Error::from(e)
    })?;
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::paths::create_private_dirs(dir).map_err(|e| Error::io("create", dir, e))?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| Error::io("create", path, e))?;
    Ok(())
}

/// A record with the phone and email of its contact, for reminders.
#[derive(Debug, Clone)]
pub struct Reachable<T> {
    pub item: T,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// A text column read as one of the domain's enumerations: a value the
/// schema's CHECK would not allow is reported as a damaged row, never
/// silently taken for another.
fn parsed<T>(r: &sql::Row, i: usize, what: &str, parse: impl Fn(&str) -> Option<T>) -> sql::Result<T> {
    let text: String = r.get(i)?;
    parse(&text).ok_or_else(|| sql::Error::conversion(i, format!("{what} `{text}`")))
}

/// [`parsed`] for a column that may be NULL.
fn parsed_opt<T>(r: &sql::Row, i: usize, what: &str, parse: impl Fn(&str) -> Option<T>) -> sql::Result<Option<T>> {
    match r.get::<_, Option<String>>(i)? {
        None => Ok(None),
        Some(_) => parsed(r, i, what, parse).map(Some),
    }
}

/// A crash point for the fault-injection tests: when `CARNET_FAULT` names
/// `point`, the process dies here at once (as a kill -9 would), so the
/// tests can check that every crash leaves the file before or after. The
/// variable is for tests only; nothing else reads it.
pub fn crash_point(point: &str) {
    if std::env::var_os("CARNET_FAULT").is_some_and(|v| v == point) {
        std::process::abort();
    }
}

/// Timestamps are RFC 3339 in UTC, to the second.
pub fn timestamp(now: chrono::DateTime<chrono::Utc>) -> String {
    now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::test_pg::conformance! {
        fn a_write_is_all_or_nothing(db) {
            let mut store = db.open();
            let f = crate::domain::contact::ContactFields { name: "A".into(), ..Default::default() };
            {
                let tx = store.begin().unwrap();
                contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
                // dropped without commit: rolled back
            }
            assert_eq!(contacts::count(&store).unwrap(), 0);
            let tx = store.begin().unwrap();
            contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
            tx.commit().unwrap();
            assert_eq!(contacts::count(&store).unwrap(), 1);
            // Committed for every connection, not only this one's.
            assert_eq!(contacts::count(&db.open()).unwrap(), 1);
        }

        /// A failed statement spoils the transaction on either engine; the
        /// rollback leaves the database as it was, and the connection goes on.
        fn a_failed_write_rolls_back_whole(db) {
            let mut store = db.open();
            let f = crate::domain::contact::ContactFields { name: "A".into(), ..Default::default() };
            {
                let tx = store.begin().unwrap();
                contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
                let bad = tx.execute("INSERT INTO purchases (contact_id, day, amount_cents) VALUES (999, 1, 1)", []);
                assert!(bad.is_err(), "a purchase of no contact is refused by the foreign key");
            }
            assert_eq!(contacts::count(&store).unwrap(), 0);
            assert!(store.is_empty().unwrap());
            let tx = store.begin().unwrap();
            contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
            tx.commit().unwrap();
            assert!(!store.is_empty().unwrap());
        }

        /// Opening again finds the schema at the latest version and
        /// migrates nothing twice (migration 6's key is made once).
        fn opening_again_migrates_nothing_twice(db) {
            let first = db.open();
            let key = |s: &Store| -> i64 {
                s.query_row("SELECT count(*) FROM settings WHERE key = 'suppression_key'", [], |r| r.get(0)).unwrap()
            };
            assert_eq!(key(&first), 1);
            drop(first);
            let again = db.open();
            assert_eq!(key(&again), 1);
            assert!(again.is_empty().unwrap());
        }
    }

    // The tests below are about the SQLite file itself (its pragmas, a
    // stranger's file, bytes that are no database): SQLite only.

    #[test]
    fn each_migration_step_applies_on_the_one_before() {
        let mut conn = Connection::open_in_memory().unwrap();
        for (i, sql) in migrate::MIGRATIONS.iter().enumerate() {
            let tx = conn.transaction().unwrap();
            tx.execute_batch(sql).unwrap_or_else(|e| panic!("migration {}: {e}", i + 1));
            tx.pragma_update(None, "user_version", (i + 1) as i64).unwrap();
            tx.commit().unwrap();
        }
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, migrate::latest());
        // Migration 6 made the suppression key, once.
        let keys: i64 =
            conn.query_row("SELECT count(*) FROM settings WHERE key = 'suppression_key'", [], |r| r.get(0)).unwrap();
        assert_eq!(keys, 1);
    }

    #[test]
    fn a_foreign_sqlite_file_is_refused_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
        }
        let e = Store::open(&path, OpenMode::Existing).err().unwrap();
        assert!(e.to_string().contains("not a carnet database"), "{e}");
        let c = Connection::open(&path).unwrap();
        let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "delete", "the journal mode was not changed");
    }

    #[test]
    fn a_file_that_is_not_sqlite_is_called_damaged_not_a_bug() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(
            &path,
            b"these are my notes, not a database at all, but long enough to look like one".repeat(20),
        )
        .unwrap();
        let e = Store::open(&path, OpenMode::Existing).err().unwrap();
        assert_eq!(e.kind(), crate::error::Kind::Damaged, "{e}");
        assert_eq!(e.exit_code(), 1);
    }
}
