//! `carnet sync`'s state: per collection, each entry carnet put on the
//! server (`sync_entries`, migration 0030). Portable SQL: the PostgreSQL
//! engine carries it as it is.

use super::sql::params;
use super::{Db, Tx};
use crate::error::Result;

/// One entry of a collection, as carnet last knew it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    pub uid: String,
    pub href: String,
    /// The server's ETag for what it holds (None: never confirmed).
    pub etag: Option<String>,
    /// The hash of what the server confirmed holding.
    pub sent_hash: Option<String>,
    /// The hash of a PUT sent whose answer was not recorded yet.
    pub pending_hash: Option<String>,
}

/// Every entry of `collection`, by UID.
pub fn entries(conn: &Db, collection: &str) -> Result<Vec<Entry>> {
    let mut stmt = conn.sql().prepare(
        "SELECT uid, href, etag, sent_hash, pending_hash FROM sync_entries WHERE collection = ?1 ORDER BY uid",
    )?;
    let rows = stmt.query_map([collection], |r| {
        Ok(Entry { uid: r.get(0)?, href: r.get(1)?, etag: r.get(2)?, sent_hash: r.get(3)?, pending_hash: r.get(4)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Write an entry whole (insert or replace its row).
pub fn put(tx: &Tx, collection: &str, e: &Entry) -> Result<()> {
    tx.sql()
        .prepare_cached(
            "INSERT INTO sync_entries (collection, uid, href, etag, sent_hash, pending_hash) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (collection, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, \
             sent_hash = excluded.sent_hash, pending_hash = excluded.pending_hash",
        )?
        .execute(params![collection, e.uid, e.href, e.etag, e.sent_hash, e.pending_hash])?;
    Ok(())
}

/// Forget an entry (deleted from the server).
pub fn remove(tx: &Tx, collection: &str, uid: &str) -> Result<()> {
    tx.sql()
        .prepare_cached("DELETE FROM sync_entries WHERE collection = ?1 AND uid = ?2")?
        .execute(params![collection, uid])?;
    Ok(())
}

/// How many entries each collection holds (for `privacy forget`'s word).
pub fn count(conn: &Db) -> Result<i64> {
    Ok(conn.sql().prepare_cached("SELECT count(*) FROM sync_entries")?.query_row([], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::test_pg::conformance! {
        fn an_entry_is_written_replaced_and_removed_per_collection(db) {
            let mut s = db.open();
            let tx = s.begin().unwrap();
            let e = Entry {
                uid: "u1".into(),
                href: "/a/u1.vcf".into(),
                pending_hash: Some("h1".into()),
                ..Default::default()
            };
            put(&tx, "A", &e).unwrap();
            put(&tx, "B", &e).unwrap();
            let sent =
                Entry { etag: Some("\"e1\"".into()), sent_hash: Some("h1".into()), pending_hash: None, ..e.clone() };
            put(&tx, "A", &sent).unwrap();
            assert_eq!(entries(&tx, "A").unwrap(), vec![sent]);
            assert_eq!(entries(&tx, "B").unwrap(), vec![e]);
            remove(&tx, "A", "u1").unwrap();
            assert!(entries(&tx, "A").unwrap().is_empty());
            assert_eq!(count(&tx).unwrap(), 1);
            tx.commit().unwrap();
        }
    }
}
