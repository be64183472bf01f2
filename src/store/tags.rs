//! Tags across the whole file: how many contacts bear each, and renaming
//! or merging one everywhere it is used.

use super::sql::params;
use super::{Db, Tx};
use crate::error::Result;

/// A tag and how many contacts (not erased) bear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagCount {
    pub tag: String,
    pub contacts: i64,
    /// Of those, how many are archived.
    pub archived: i64,
}

/// Every tag, most used first, then by name.
pub fn counts(conn: &Db) -> Result<Vec<TagCount>> {
    let mut stmt = conn.sql().prepare(
        "SELECT t.tag, count(*), count(c.archived_at) FROM contact_tags t JOIN contacts c ON c.id = t.contact_id \
         WHERE c.forgotten_at IS NULL GROUP BY t.tag ORDER BY count(*) DESC, t.tag",
    )?;
    let rows = stmt.query_map([], |r| Ok(TagCount { tag: r.get(0)?, contacts: r.get(1)?, archived: r.get(2)? }))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// How many contacts bear `tag`.
pub fn count(conn: &Db, tag: &str) -> Result<i64> {
    Ok(conn.sql().query_row("SELECT count(*) FROM contact_tags WHERE tag = ?1", [tag], |r| r.get(0))?)
}

/// Give every contact tagged `from` the tag `into` instead (a contact with
/// both keeps one); returns how many contacts were tagged `from`.
pub fn move_to(conn: &Tx, from: &str, into: &str) -> Result<usize> {
    let n = conn.sql().execute(
        "INSERT INTO contact_tags (contact_id, tag) SELECT contact_id, ?2 FROM contact_tags WHERE tag = ?1 \
         ON CONFLICT DO NOTHING",
        params![from, into],
    )?;
    let moved = conn.sql().execute("DELETE FROM contact_tags WHERE tag = ?1", [from])?;
    debug_assert!(n <= moved);
    Ok(moved)
}
