//! Saved segments: a name and criteria (JSON), evaluated when used.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::segment_filter::Criteria;
pub use crate::domain::segment_record::SavedSegment;
use crate::error::{Error, Result};

fn from_row(r: &super::sql::Row) -> super::sql::Result<(SavedSegment, String)> {
    Ok((
        SavedSegment {
            id: r.get(0)?,
            name: r.get(1)?,
            description: r.get(2)?,
            criteria: Criteria::default(),
            created_at: r.get(4)?,
            updated_at: r.get(5)?,
        },
        r.get(3)?,
    ))
}

fn decode((mut s, json): (SavedSegment, String)) -> Result<SavedSegment> {
    s.criteria = serde_json::from_str(&json)
        .map_err(|e| Error::internal(format!("segment {} has unreadable criteria: {e}", s.name)))?;
    Ok(s)
}

const SELECT: &str = "SELECT id, name, description, criteria, created_at, updated_at FROM segments";

pub fn list(conn: &Db) -> Result<Vec<SavedSegment>> {
    let mut stmt = conn.sql().prepare(&format!("{SELECT} ORDER BY {}", conn.nocase("name")))?;
    let rows = stmt.query_map([], from_row)?.collect::<super::sql::Result<Vec<_>>>()?;
    rows.into_iter().map(decode).collect()
}

pub fn get(conn: &Db, name: &str) -> Result<Option<SavedSegment>> {
    conn.sql().query_row(&format!("{SELECT} WHERE name = ?1"), [name], from_row).optional()?.map(decode).transpose()
}

pub fn insert(conn: &Tx, name: &str, description: Option<&str>, c: &Criteria, now: &str) -> Result<i64> {
    let json = serde_json::to_string(c)?;
    Ok(conn.sql().query_row(
        "INSERT INTO segments (name, description, criteria, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) \
         RETURNING id",
        params![name, description, json, now],
        |r| r.get(0),
    )?)
}

pub fn update(conn: &Tx, id: i64, name: &str, description: Option<&str>, c: &Criteria, now: &str) -> Result<()> {
    let json = serde_json::to_string(c)?;
    conn.sql().execute(
        "UPDATE segments SET name = ?2, description = ?3, criteria = ?4, updated_at = ?5 WHERE id = ?1",
        params![id, name, description, json, now],
    )?;
    Ok(())
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    conn.sql().execute("DELETE FROM segments WHERE id = ?1", [id])?;
    Ok(())
}
