//! A contact's key dates (anniversaries and the like), one per label.

use super::sql::params;
use super::{Db, Tx};
use crate::domain::key_dates::KeyDate;
use crate::error::Result;

fn from_row(r: &super::sql::Row, at: usize) -> super::sql::Result<KeyDate> {
    Ok(KeyDate { label: r.get(at)?, month: r.get(at + 1)?, day: r.get(at + 2)?, year: r.get(at + 3)? })
}

/// Add each date, replacing the one of the same label.
pub fn set(conn: &Tx, contact: i64, dates: &[KeyDate]) -> Result<()> {
    let mut stmt = conn.sql().prepare_cached(
        "INSERT INTO contact_dates (contact_id, label, month, day, year, md) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (contact_id, label) DO UPDATE SET month = excluded.month, day = excluded.day, \
         year = excluded.year, md = excluded.md",
    )?;
    for d in dates {
        let md = format!("{:02}-{:02}", d.month, d.day);
        stmt.execute(params![contact, d.label, d.month, d.day, d.year, md])?;
    }
    Ok(())
}

/// Add the dates whose label the contact has no date for; returns how many.
pub fn add_missing(conn: &Tx, contact: i64, dates: &[KeyDate]) -> Result<usize> {
    let mut stmt = conn.sql().prepare_cached(
        "INSERT INTO contact_dates (contact_id, label, month, day, year, md) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT DO NOTHING",
    )?;
    let mut n = 0;
    for d in dates {
        let md = format!("{:02}-{:02}", d.month, d.day);
        n += stmt.execute(params![contact, d.label, d.month, d.day, d.year, md])?;
    }
    Ok(n)
}

/// Remove the date of that label; returns whether there was one.
pub fn remove(conn: &Tx, contact: i64, label: &str) -> Result<bool> {
    let n = conn
        .sql()
        .execute("DELETE FROM contact_dates WHERE contact_id = ?1 AND label = ?2", params![contact, label])?;
    Ok(n > 0)
}

/// A contact's dates, in the order of the year.
pub fn of(conn: &Db, contact: i64) -> Result<Vec<KeyDate>> {
    let mut stmt = conn
        .sql()
        .prepare_cached("SELECT label, month, day, year FROM contact_dates WHERE contact_id = ?1 ORDER BY md, label")?;
    let rows = stmt.query_map([contact], |r| from_row(r, 0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every contact's dates, by contact id (for an export: one scan).
pub fn all(conn: &Db) -> Result<std::collections::HashMap<i64, Vec<KeyDate>>> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT contact_id, label, month, day, year FROM contact_dates ORDER BY contact_id, md, label")?;
    let mut out: std::collections::HashMap<i64, Vec<KeyDate>> = std::collections::HashMap::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(from_row(&r, 1)?);
    }
    Ok(out)
}

/// A contact whose key date comes up.
#[derive(Debug, Clone)]
pub struct DateCandidate {
    pub contact_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub date: KeyDate,
}

/// Key dates (`MM-DD`) in `[from, to]`, which may wrap over the new year,
/// of contacts not archived.
pub fn upcoming(conn: &Db, from: &str, to: &str) -> Result<Vec<DateCandidate>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT c.id, c.name, c.phone, c.email, d.label, d.month, d.day, d.year FROM contact_dates d \
         JOIN contacts c ON c.id = d.contact_id WHERE c.archived_at IS NULL AND d.md BETWEEN ?1 AND ?2",
    )?;
    let ranges = if from <= to { vec![(from, to)] } else { vec![(from, "12-31"), ("01-01", to)] };
    let mut out = Vec::new();
    for (a, b) in ranges {
        let rows = stmt.query_map(params![a, b], |r| {
            Ok(DateCandidate {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                phone: r.get(2)?,
                email: r.get(3)?,
                date: from_row(r, 4)?,
            })
        })?;
        out.extend(rows.collect::<super::sql::Result<Vec<_>>>()?);
    }
    Ok(out)
}
