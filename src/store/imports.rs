//! Import batches: every import is recorded, so it can be listed, refused
//! when the same file comes twice, and undone exactly.

use super::contacts::CONTACT_CHILD_TABLES;
use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
pub use crate::domain::import::{Batch, BatchKind, Undone};
use crate::error::Result;

const SELECT: &str = "SELECT id, kind, file_name, content_hash, imported_at, rows_read, purchases_added, \
                      contacts_created, undone_at FROM import_batches";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Batch> {
    Ok(Batch {
        id: r.get(0)?,
        kind: super::parsed(r, 1, "batch kind", BatchKind::parse)?,
        file_name: r.get(2)?,
        content_hash: r.get(3)?,
        imported_at: r.get(4)?,
        rows_read: r.get(5)?,
        purchases_added: r.get(6)?,
        contacts_created: r.get(7)?,
        undone_at: r.get(8)?,
    })
}

/// A batch of the same kind and content that is still in effect.
pub fn find_live_by_hash(conn: &Db, kind: BatchKind, hash: &str) -> Result<Option<Batch>> {
    Ok(conn
        .sql()
        .query_row(
            &format!("{SELECT} WHERE kind = ?1 AND content_hash = ?2 AND undone_at IS NULL ORDER BY id DESC LIMIT 1"),
            params![kind.as_str(), hash],
            from_row,
        )
        .optional()?)
}

pub fn create(conn: &Tx, kind: BatchKind, file_name: &str, hash: &str, now: &str) -> Result<i64> {
    Ok(conn.sql().query_row(
        // The largest id plus one, as SQLite's rowid gives it: a rolled-back
        // import gives its id back on PostgreSQL too (the transaction holds
        // the batches' lock there: `Store::begin_import`, `begin_bulk`).
        "INSERT INTO import_batches (id, kind, file_name, content_hash, imported_at, rows_read, purchases_added, \
         contacts_created) SELECT coalesce(max(id), 0) + 1, ?1, ?2, ?3, ?4, 0, 0, 0 FROM import_batches RETURNING id",
        params![kind.as_str(), file_name, hash, now],
        |r| r.get(0),
    )?)
}

pub fn set_counts(conn: &Tx, id: i64, rows: i64, purchases: i64, contacts: i64) -> Result<()> {
    conn.sql().execute(
        "UPDATE import_batches SET rows_read = ?2, purchases_added = ?3, contacts_created = ?4 WHERE id = ?1",
        params![id, rows, purchases, contacts],
    )?;
    Ok(())
}

pub fn set_hash(conn: &Tx, id: i64, hash: &str) -> Result<()> {
    conn.sql().execute("UPDATE import_batches SET content_hash = ?2 WHERE id = ?1", params![id, hash])?;
    Ok(())
}

/// The id every purchase a batch is about to insert will be above.
pub fn purchase_id_floor(conn: &Db) -> Result<i64> {
    Ok(conn.sql().query_row("SELECT coalesce(max(id), 0) FROM purchases", [], |r| r.get(0))?)
}

/// Record the id range of the purchases batch `id` inserted, all of them
/// above `floor` (from [`purchase_id_floor`], in the same transaction).
pub fn set_purchase_range(conn: &Tx, id: i64, floor: i64) -> Result<()> {
    conn.sql().execute(
        "UPDATE import_batches SET (first_purchase_id, last_purchase_id) = \
         (SELECT min(id), max(id) FROM purchases WHERE id > ?2) WHERE id = ?1",
        params![id, floor],
    )?;
    Ok(())
}

pub fn list(conn: &Db) -> Result<Vec<Batch>> {
    let mut stmt = conn.sql().prepare(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Batch>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row).optional()?)
}

/// The purchases of batch ?1: a rowid range, then the batch's own rows in it.
pub(super) const OF_BATCH: &str = "WHERE id BETWEEN (SELECT first_purchase_id FROM import_batches WHERE id = ?1) \
                        AND (SELECT last_purchase_id FROM import_batches WHERE id = ?1) AND batch_id = ?1";

/// Count what `undo` would remove, without removing it.
pub fn undo_preview(conn: &Db, id: i64) -> Result<Undone> {
    let purchases: i64 =
        conn.sql().query_row(&format!("SELECT count(*) FROM purchases {OF_BATCH}"), [id], |r| r.get(0))?;
    let created: i64 = conn.sql().query_row("SELECT count(*) FROM contacts WHERE batch_id = ?1", [id], |r| r.get(0))?;
    let removable: i64 = conn.sql().query_row(
        &format!("SELECT count(*) FROM contacts c WHERE c.batch_id = ?1 AND {}", unreferenced_sql(true)),
        [id],
        |r| r.get(0),
    )?;
    Ok(Undone { purchases_removed: purchases, contacts_removed: removable, contacts_kept: created - removable })
}

/// Remove exactly what batch `id` added: its purchases, then the contacts
/// it created that nothing else refers to any more.
pub fn undo(conn: &Tx, id: i64, now: &str) -> Result<Undone> {
    // One statement for the whole batch, then every customer's totals
    // worked out once (per row, the triggers would work each of the
    // batch's customers out once per purchase of theirs removed).
    super::totals::suspend(conn)?;
    let purchases = conn.sql().execute(&format!("DELETE FROM purchases {OF_BATCH}"), [id])? as i64;
    super::totals::rebuild(conn)?;
    let removed = conn
        .sql()
        .execute(&format!("DELETE FROM contacts WHERE batch_id = ?1 AND {}", unreferenced_sql(false)), [id])?
        as i64;
    let kept = conn.sql().execute("UPDATE contacts SET batch_id = NULL WHERE batch_id = ?1", [id])? as i64;
    conn.sql().execute("UPDATE import_batches SET undone_at = ?2 WHERE id = ?1", params![id, now])?;
    Ok(Undone { purchases_removed: purchases, contacts_removed: removed, contacts_kept: kept })
}

/// "Nothing else refers to this contact": no rows in any child table
/// (other than, for the preview, this batch's own purchases).
fn unreferenced_sql(ignoring_this_batch: bool) -> String {
    let alias = if ignoring_this_batch { "c.id" } else { "contacts.id" };
    CONTACT_CHILD_TABLES
        .iter()
        .map(|t| {
            let own = if ignoring_this_batch && *t == "purchases" { " AND x.batch_id IS DISTINCT FROM ?1" } else { "" };
            format!("NOT EXISTS (SELECT 1 FROM {t} x WHERE x.contact_id = {alias}{own})")
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}
