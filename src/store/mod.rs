//! The store: the only place with SQL. `Store::open` sets the pragmas and
//! migrates; every write happens inside one transaction a handler begins
//! and commits, so a failure leaves the file as it was.

pub mod contacts;
pub mod imports;
pub mod migrate;
pub mod purchases;

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

pub struct Store {
    conn: Connection,
    path: PathBuf,
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
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| Error::user(format!("cannot open {}: {e}", path.display())))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // A non-database file fails on its first read: say so plainly.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|_| {
                Error::user(format!("{} is not a carnet database", path.display())).with_hint(
                    "point --db or CARNET_DB at a carnet file, or at a new path to start one",
                )
            })?;
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
        )?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        migrate::migrate(&mut store.conn, path)?;
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
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
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
    opts.open(path)
        .map_err(|e| Error::user(format!("cannot create database {}: {e}", path.display())))?;
    Ok(())
}

/// Timestamps are RFC 3339 in UTC, to the second.
pub fn timestamp(now: chrono::DateTime<chrono::Utc>) -> String {
    now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
