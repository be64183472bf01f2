//! The interaction log and its follow-ups.

use super::sql::Value;
use super::sql::{params, params_from_iter, OptionalExtension};
use super::{Db, Tx};
use crate::domain::dates::{from_day_number, to_day_number};
pub use crate::domain::interaction::{Interaction, NewInteraction};
use crate::error::Result;
use chrono::NaiveDate;

const SELECT: &str = "SELECT i.id, i.contact_id, c.name, i.kind, i.at, i.day, i.summary, i.deal_id, i.follow_up, \
     i.follow_up_done_at, i.recorded_by FROM interactions i JOIN contacts c ON c.id = i.contact_id";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Interaction> {
    Ok(Interaction {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        kind: r.get(3)?,
        at: r.get(4)?,
        day: from_day_number(r.get(5)?).unwrap_or_default(),
        summary: r.get(6)?,
        deal_id: r.get(7)?,
        follow_up: r.get::<_, Option<i32>>(8)?.and_then(from_day_number),
        follow_up_done_at: r.get(9)?,
        recorded_by: r.get(10)?,
    })
}

/// A prepared insert, for the demo's hundreds of interactions.
pub struct Inserter<'c>(super::sql::Statement<'c>, Option<String>);

impl<'c> Inserter<'c> {
    pub fn new(conn: &'c Tx<'c>) -> Result<Self> {
        Ok(Inserter(
            conn.sql().prepare(
                "INSERT INTO interactions (contact_id, kind, at, day, summary, deal_id, follow_up, recorded_by) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            )?,
            conn.recorded_by()?.map(String::from),
        ))
    }

    /// Insert one interaction; returns its id.
    pub fn insert(&mut self, i: &NewInteraction) -> Result<i64> {
        Ok(self.0.query_row(
            params![
                i.contact_id,
                i.kind,
                i.at,
                to_day_number(i.day),
                i.summary,
                i.deal_id,
                i.follow_up.map(to_day_number),
                self.1
            ],
            |r| r.get(0),
        )?)
    }
}

pub fn insert(conn: &Tx, i: &NewInteraction) -> Result<i64> {
    Inserter::new(conn)?.insert(i)
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Interaction>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE i.id = ?1"), [id], from_row).optional()?)
}

pub fn update(conn: &Tx, i: &Interaction) -> Result<()> {
    conn.sql().execute(
        "UPDATE interactions SET kind = ?2, at = ?3, day = ?4, summary = ?5, deal_id = ?6, follow_up = ?7, \
         follow_up_done_at = ?8 WHERE id = ?1",
        params![
            i.id,
            i.kind,
            i.at,
            to_day_number(i.day),
            i.summary,
            i.deal_id,
            i.follow_up.map(to_day_number),
            i.follow_up_done_at
        ],
    )?;
    Ok(())
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    conn.sql().execute("DELETE FROM interactions WHERE id = ?1", [id])?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct InteractionFilter {
    pub contact_id: Option<i64>,
    pub kind: Option<String>,
    pub deal_id: Option<i64>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only those with an open follow-up.
    pub open: bool,
    pub limit: Option<u64>,
}

/// Newest first.
pub fn list(conn: &Db, f: &InteractionFilter) -> Result<Vec<Interaction>> {
    let mut wheres = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut arg = |w: &str, v: Value| {
        args.push(v);
        wheres.push(w.replace('?', &format!("?{}", args.len())));
    };
    if let Some(id) = f.contact_id {
        arg("i.contact_id = ?", Value::Integer(id));
    }
    if let Some(k) = &f.kind {
        arg("i.kind = ?", Value::Text(k.clone()));
    }
    if let Some(id) = f.deal_id {
        arg("i.deal_id = ?", Value::Integer(id));
    }
    if let Some(d) = f.since {
        arg("i.day >= ?", Value::Integer(to_day_number(d) as i64));
    }
    if let Some(d) = f.until {
        arg("i.day <= ?", Value::Integer(to_day_number(d) as i64));
    }
    if f.open {
        wheres.push("i.follow_up IS NOT NULL AND i.follow_up_done_at IS NULL".into());
    }
    let w = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
    let limit = f.limit.map(|l| format!("LIMIT {l}")).unwrap_or_default();
    let mut stmt = conn.sql().prepare(&format!("{SELECT} {w} ORDER BY i.at DESC, i.id DESC {limit}"))?;
    let rows = stmt.query_map(params_from_iter(args), from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Open follow-ups due on or before `until`, with the contact's phone and email.
pub fn open_follow_ups(conn: &Db, until: NaiveDate) -> Result<Vec<super::Reachable<Interaction>>> {
    let mut stmt = conn.sql().prepare_cached(&format!(
        "{SELECT_WITH_REACH} WHERE i.follow_up IS NOT NULL AND i.follow_up_done_at IS NULL AND i.follow_up <= ?1 \
             AND c.forgotten_at IS NULL"
    ))?;
    let rows = stmt.query_map([to_day_number(until)], |r| {
        Ok(super::Reachable { item: from_row(r)?, phone: r.get(11)?, email: r.get(12)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

const SELECT_WITH_REACH: &str = "SELECT i.id, i.contact_id, c.name, i.kind, i.at, i.day, i.summary, i.deal_id, \
     i.follow_up, i.follow_up_done_at, i.recorded_by, c.phone, c.email FROM interactions i JOIN contacts c ON c.id = i.contact_id";

pub fn mark_done(conn: &Tx, id: i64, at: &str) -> Result<()> {
    conn.sql().execute("UPDATE interactions SET follow_up_done_at = ?2 WHERE id = ?1", params![id, at])?;
    Ok(())
}
