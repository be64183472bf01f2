//! Reminder candidates that are about contacts: cadences, renewals and birthdays.

use super::sql::params;
use super::{Db, Tx};
use crate::domain::dates::from_day_number;
use crate::error::Result;
use chrono::NaiveDate;

/// A contact with a keep-in-touch cadence and their last touch.
#[derive(Debug, Clone)]
pub struct CadenceCandidate {
    pub contact_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub cadence_days: u32,
    /// The latest of the last interaction, the last purchase and the day
    /// the contact was added.
    pub last_touch: NaiveDate,
}

/// Contacts with a cadence; only interactions of `contact_kinds` (being in
/// touch with the person, not a note to oneself) count as a touch.
pub fn cadences(conn: &Db, contact_kinds: &[String]) -> Result<Vec<CadenceCandidate>> {
    let marks = vec!["?"; contact_kinds.len()].join(", ");
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT c.id, c.name, c.phone, c.email, c.cadence_days, substr(c.created_at, 1, 10), \
           (SELECT max(day) FROM interactions i WHERE i.contact_id = c.id AND i.kind IN ({marks})), \
           (SELECT max(day) FROM purchases p WHERE p.contact_id = c.id AND p.amount_cents >= 0) \
         FROM contacts c {} WHERE c.cadence_days IS NOT NULL AND c.archived_at IS NULL",
        conn.indexed_by("contacts_cadence")
    ))?;
    let rows = stmt.query_map(super::sql::params_from_iter(contact_kinds), |r| {
        let created: String = r.get(5)?;
        let created = NaiveDate::parse_from_str(&created, "%Y-%m-%d").unwrap_or_default();
        let last_i: Option<i32> = r.get(6)?;
        let last_p: Option<i32> = r.get(7)?;
        let touch = [last_i.and_then(from_day_number), last_p.and_then(from_day_number), Some(created)]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(created);
        Ok(CadenceCandidate {
            contact_id: r.get(0)?,
            name: r.get(1)?,
            phone: r.get(2)?,
            email: r.get(3)?,
            cadence_days: r.get(4)?,
            last_touch: touch,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// A contact's name and how to reach them.
pub type Reach = (String, Option<String>, Option<String>);

/// Name, phone and email of each of `ids`, in the order given; None for
/// one archived (or forgotten) or gone. One query per 500 ids, not one
/// per contact.
pub fn reachable(conn: &Db, ids: &[i64]) -> Result<Vec<Option<Reach>>> {
    let mut found: std::collections::HashMap<i64, Reach> = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        // Integers only: written into the statement, nothing to escape.
        let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
        let mut stmt = conn.sql().prepare(&format!(
            "SELECT id, name, phone, email FROM contacts WHERE archived_at IS NULL AND id IN ({})",
            list.join(", ")
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            found.insert(r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?));
        }
    }
    Ok(ids.iter().map(|id| found.remove(id)).collect())
}

/// A contact whose birthday comes up.
#[derive(Debug, Clone)]
pub struct BirthdayCandidate {
    pub contact_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// `YYYY-MM-DD`, or `--MM-DD` without the year.
    pub birthday: String,
}

/// Contacts whose birthday (`MM-DD`) falls in `[from, to]`, which may wrap
/// over the new year.
pub fn birthdays(conn: &Db, from: &str, to: &str) -> Result<Vec<BirthdayCandidate>> {
    let month_day = match conn.engine() {
        super::sql::EngineKind::Sqlite => "substr(birthday, -5)",
        super::sql::EngineKind::Postgres => "right(birthday, 5)",
    };
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT id, name, phone, email, birthday FROM contacts \
         WHERE birthday IS NOT NULL AND archived_at IS NULL AND {month_day} BETWEEN ?1 AND ?2"
    ))?;
    let ranges = if from <= to { vec![(from, to)] } else { vec![(from, "12-31"), ("01-01", to)] };
    let mut out = Vec::new();
    for (a, b) in ranges {
        let rows = stmt.query_map(params![a, b], |r| {
            Ok(BirthdayCandidate {
                contact_id: r.get(0)?,
                name: r.get(1)?,
                phone: r.get(2)?,
                email: r.get(3)?,
                birthday: r.get(4)?,
            })
        })?;
        out.extend(rows.collect::<super::sql::Result<Vec<_>>>()?);
    }
    Ok(out)
}

pub fn set_cadence(conn: &Tx, contact: i64, days: Option<u32>) -> Result<()> {
    conn.sql().execute("UPDATE contacts SET cadence_days = ?2 WHERE id = ?1", params![contact, days])?;
    Ok(())
}

/// A customer whose last purchase of a category is old enough to renew.
#[derive(Debug, Clone)]
pub struct RenewalCandidate {
    pub contact_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub last: NaiveDate,
    /// Their latest purchase of it: with the kind, a stable identity.
    pub purchase_id: i64,
}

/// Active customers whose last purchase of `category` was on or before
/// `cutoff`, less those with an interaction since that mentions the
/// category (the shop already got in touch about it). One index range.
pub fn renewals(conn: &Db, category: i64, name: &str, cutoff: NaiveDate) -> Result<Vec<RenewalCandidate>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT c.id, c.name, c.phone, c.email, l.last, l.pid FROM \
           (SELECT contact_id, max(day) AS last, max(id) AS pid FROM purchases \
            WHERE category_id = ?1 AND amount_cents >= 0 GROUP BY contact_id) l \
         JOIN contacts c ON c.id = l.contact_id \
         WHERE l.last <= ?2 AND c.archived_at IS NULL \
           AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id AND i.day >= l.last \
                           AND lower(coalesce(i.summary, '')) LIKE '%' || lower(?3) || '%') \
         ORDER BY c.id",
    )?;
    let rows = stmt.query_map(params![category, crate::domain::dates::to_day_number(cutoff), name], |r| {
        Ok(RenewalCandidate {
            contact_id: r.get(0)?,
            name: r.get(1)?,
            phone: r.get(2)?,
            email: r.get(3)?,
            last: from_day_number(r.get(4)?).unwrap_or_default(),
            purchase_id: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The day gaps between one customer's consecutive purchase days of
/// `category`, for its measured cycle.
pub fn category_gaps(conn: &Db, category: i64) -> Result<Vec<i32>> {
    let mut stmt = conn
        .sql()
        .prepare_cached("SELECT contact_id, day FROM purchases WHERE category_id = ?1 ORDER BY contact_id, day")?;
    let mut rows = stmt.query([category])?;
    let mut gaps = Vec::new();
    let mut prev: Option<(i64, i32)> = None;
    while let Some(r) = rows.next()? {
        let (c, d): (i64, i32) = (r.get(0)?, r.get(1)?);
        if let Some((pc, pd)) = prev {
            if pc == c && d > pd {
                gaps.push(d - pd);
            }
        }
        prev = Some((c, d));
    }
    Ok(gaps)
}
