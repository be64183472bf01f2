//! Product categories: one row each, under the first spelling seen.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::purchase::category_key;
use crate::error::Result;
use std::collections::HashMap;

/// A category and how much it was bought.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryUse {
    pub id: i64,
    pub name: String,
    pub purchases: i64,
    pub customers: i64,
    /// Its renewal cycle as kept in the file (`12m`, `measured`).
    pub cycle: Option<String>,
}

/// Finds or creates categories by key, remembering them, so an import of
/// millions of rows asks the database once per category.
#[derive(Default)]
pub struct Resolver {
    known: HashMap<String, i64>,
    /// By spelling as written, so the key (folded, an allocation or three)
    /// is worked out once per spelling, not once per purchase.
    spelled: HashMap<String, i64>,
}

impl Resolver {
    /// The id of the category `name` names, created under that spelling
    /// if it is new.
    pub fn id(&mut self, conn: &Tx, name: &str) -> Result<i64> {
        if let Some(&id) = self.spelled.get(name) {
            return Ok(id);
        }
        let key = category_key(name);
        if let Some(&id) = self.known.get(&key) {
            self.spelled.insert(name.to_string(), id);
            return Ok(id);
        }
        let id = match find(conn, name)? {
            Some((id, _)) => id,
            None => conn.sql().query_row(
                "INSERT INTO categories (name, key) VALUES (?1, ?2) RETURNING id",
                params![name, key],
                |r| r.get(0),
            )?,
        };
        self.known.insert(key, id);
        self.spelled.insert(name.to_string(), id);
        Ok(id)
    }
}

/// The category `name` names (case and accents aside): its id and kept name.
pub fn find(conn: &Db, name: &str) -> Result<Option<(i64, String)>> {
    Ok(conn
        .sql()
        .query_row("SELECT id, name FROM categories WHERE key = ?1", [category_key(name)], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// Every category with its purchases and customers, most bought first.
pub fn list(conn: &Db) -> Result<Vec<CategoryUse>> {
    let mut stmt = conn.sql().prepare(
        "SELECT g.id, g.name, count(p.id), count(DISTINCT p.contact_id), g.cycle FROM categories g \
         LEFT JOIN purchases p ON p.category_id = g.id GROUP BY g.id ORDER BY count(p.id) DESC, g.key",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(CategoryUse { id: r.get(0)?, name: r.get(1)?, purchases: r.get(2)?, customers: r.get(3)?, cycle: r.get(4)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Give a category another spelling (its key follows).
pub fn rename(conn: &Tx, id: i64, name: &str) -> Result<()> {
    conn.sql()
        .execute("UPDATE categories SET name = ?2, key = ?3 WHERE id = ?1", params![id, name, category_key(name)])?;
    Ok(())
}

/// Move every purchase of `from` to `into` and delete `from`; returns how
/// many purchases moved.
pub fn merge(conn: &Tx, from: i64, into: i64) -> Result<usize> {
    // One statement over every purchase of the category, then every
    // customer's totals worked out once (per row, the triggers would work a
    // customer out once per purchase of theirs moved).
    super::totals::suspend(conn)?;
    let n = conn.sql().execute("UPDATE purchases SET category_id = ?2 WHERE category_id = ?1", params![from, into])?;
    super::totals::rebuild(conn)?;
    conn.sql().execute("DELETE FROM categories WHERE id = ?1", [from])?;
    Ok(n)
}

/// Keep (or with `None` drop) a category's renewal cycle.
pub fn set_cycle(conn: &Tx, id: i64, cycle: Option<&str>) -> Result<()> {
    conn.sql().execute("UPDATE categories SET cycle = ?2 WHERE id = ?1", params![id, cycle])?;
    Ok(())
}

/// The categories that have a cycle in the file: id, name, cycle.
pub fn cycles(conn: &Db) -> Result<Vec<(i64, String, String)>> {
    let mut stmt = conn.sql().prepare("SELECT id, name, cycle FROM categories WHERE cycle IS NOT NULL ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
