//! The store: the only place with SQL. `Store::open` sets the pragmas and
//! migrates; every write happens inside one transaction a handler begins
//! and commits, so a failure leaves the file as it was.

pub mod analytics;
pub mod campaigns;
pub mod consent;
pub mod contacts;
pub mod deals;
pub mod imports;
pub mod interactions;
pub mod migrate;
pub mod privacy;
pub mod purchases;
pub mod ref_map;
pub mod reminders;
pub mod segments;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// How long a command waits for another one's write before giving up.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// In a rollback journal for a bulk write (see `journal_directly`).
    direct: bool,
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
        if !path.exists() {
            if mode == OpenMode::Existing {
                return Err(Error::user(format!("no database at {}", path.display())).with_hint(
                    "add a contact or run `carnet demo` to create one, or point --db / CARNET_DB at your file",
                ));
            }
            create_private_file(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| Error::user(format!("cannot open {}: {e}", path.display())))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // A non-database file fails on its first read: say so plainly.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| match e.sqlite_error_code() {
            // A bulk import elsewhere holds the file in a rollback journal.
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => Error::from(e),
            _ => Error::user(format!("{} is not a carnet database", path.display()))
                .with_hint("point --db or CARNET_DB at a carnet file, or at a new path to start one"),
        })?;
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA threads = 2;",
        )?;
        let mut store = Store { conn, path: path.to_path_buf(), direct: false };
        migrate::migrate(&mut store.conn, path)?;
        store.ensure_indexes()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Begin a write. IMMEDIATE takes the write lock up front, so two
    /// processes queue on busy_timeout instead of failing half-way.
    pub fn begin(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Begin a bulk write (imports, the demo) with foreign-key checks off:
    /// the caller takes every contact id from this same transaction, so the
    /// per-row lookup SQLite would make (a sixth of an import's time) proves
    /// nothing. The pragma cannot change inside a transaction, hence here.
    pub fn begin_bulk(&mut self) -> Result<Transaction<'_>> {
        self.conn.pragma_update(None, "foreign_keys", false)?;
        self.begin()
    }

    /// For a write of hundreds of megabytes (a big import), until
    /// [`Store::end_bulk`]: a rollback journal instead of the WAL, so each
    /// new page is written to the file once instead of twice (to the log,
    /// then again by the checkpoint): a second per ten million purchases.
    /// The price is that readers wait for the write (up to the busy
    /// timeout) instead of reading the state before it. Only when no other
    /// connection has the file open; otherwise the WAL stays, and so does
    /// everything else. Call before the transaction begins.
    pub fn journal_directly(&mut self) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        let mode = self.conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0));
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        if mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete")) {
            // A rollback journal is only as safe as its syncs.
            self.conn.pragma_update(None, "synchronous", "FULL")?;
            self.direct = true;
        }
        Ok(())
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
            let _ = self.conn.pragma_update(None, "journal_mode", "WAL");
            let _ = self.conn.pragma_update(None, "synchronous", "NORMAL");
        }
    }

    /// Read through a memory map: for the latency-bound reads of `remind`
    /// and `campaign preview` (many scattered pages, each a syscall otherwise). Not the
    /// default: mapped pages count in the process's resident memory, which
    /// would inflate the big reports' footprint for no gain.
    pub fn map_for_quick_reads(&self) -> Result<()> {
        self.conn.pragma_update(None, "mmap_size", 256i64 << 20)?;
        Ok(())
    }

    /// Rebuild any index a bulk import dropped and did not get to rebuild
    /// (the process was killed between its commit and the rebuild).
    pub fn ensure_indexes(&mut self) -> Result<()> {
        if !purchases::indexes_present(&self.conn)? {
            // SQLite's sorter runs several times faster in small runs
            // merged over two threads than in one big in-cache sort.
            self.conn.pragma_update(None, "cache_size", -2048)?;
            let tx = self.begin()?;
            purchases::create_indexes(&tx)?;
            tx.commit()?;
            self.conn.pragma_update(None, "cache_size", -32768)?;
        }
        Ok(())
    }

    /// Is there anything in the file? (`carnet demo` refuses to mix.)
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM purchases)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }
}

/// Personal data: the file is created readable by its owner only.
/// Write a consistent, compacted copy of the whole database to `path`,
/// which must not exist. The copy is readable by its owner only, like the
/// database, and complete once this returns (the caller renames it into
/// place, so a reader never sees half a copy).
pub fn copy_database(store: &Store, path: &Path) -> Result<()> {
    create_private_file(path)?;
    let target = path.to_str().ok_or_else(|| Error::user(format!("{} is not a UTF-8 path", path.display())))?;
    store.conn.execute("VACUUM INTO ?1", [target]).map_err(|e| {
        let _ = std::fs::remove_file(path);
        Error::from(e)
    })?;
    Ok(())
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::user(format!("cannot create folder {}: {e}", dir.display())))?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| Error::user(format!("cannot create database {}: {e}", path.display())))?;
    Ok(())
}

/// A record with the phone and email of its contact, for reminders.
pub type Reachable<T> = (T, Option<String>, Option<String>);

/// Timestamps are RFC 3339 in UTC, to the second.
pub fn timestamp(now: chrono::DateTime<chrono::Utc>) -> String {
    now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
