//! Deals and their stage history.

use super::sql::Value;
use super::sql::{params, params_from_iter, OptionalExtension};
use super::{Db, Tx};
use crate::domain::dates::{from_day_number, to_day_number};
pub use crate::domain::deal::{Deal, NewDeal, StageChange};
use crate::domain::money::Cents;
use crate::error::Result;
use chrono::NaiveDate;

const SELECT: &str = "SELECT d.id, d.contact_id, c.name, d.title, d.amount_cents, d.stage, d.expected_close, d.notes, \
     d.created_at, d.updated_at, d.closed_at, d.lost_reason, d.purchase_id FROM deals d JOIN contacts c ON c.id = d.contact_id";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Deal> {
    Ok(Deal {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        title: r.get(3)?,
        amount: Cents(r.get(4)?),
        stage: r.get(5)?,
        expected_close: r.get::<_, Option<i32>>(6)?.and_then(from_day_number),
        notes: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        closed_at: r.get(10)?,
        lost_reason: r.get(11)?,
        purchase_id: r.get(12)?,
    })
}

pub fn insert(conn: &Tx, d: &NewDeal, now: &str) -> Result<i64> {
    let id: i64 = conn.sql().query_row(
        "INSERT INTO deals (contact_id, title, amount_cents, stage, expected_close, notes, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id",
        params![d.contact_id, d.title, d.amount.0, d.stage, d.expected_close.map(to_day_number), d.notes, now],
        |r| r.get(0),
    )?;
    record_stage(conn, id, None, d.stage, now)?;
    Ok(id)
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Deal>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE d.id = ?1"), [id], from_row).optional()?)
}

/// Title, amount, expected close and notes.
pub fn update(conn: &Tx, d: &Deal, now: &str) -> Result<()> {
    conn.sql().execute(
        "UPDATE deals SET title = ?2, amount_cents = ?3, expected_close = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
        params![d.id, d.title, d.amount.0, d.expected_close.map(to_day_number), d.notes, now],
    )?;
    Ok(())
}

/// Move to a stage (open, won or lost), keeping the history.
pub fn set_stage(conn: &Tx, d: &Deal, to: &str, closed: bool, lost_reason: Option<&str>, now: &str) -> Result<()> {
    conn.sql().execute(
        "UPDATE deals SET stage = ?2, closed_at = ?3, lost_reason = ?4, updated_at = ?5 WHERE id = ?1",
        params![d.id, to, closed.then_some(now), lost_reason, now],
    )?;
    record_stage(conn, d.id, Some(&d.stage), to, now)
}

fn record_stage(conn: &Tx, deal: i64, from: Option<&str>, to: &str, now: &str) -> Result<()> {
    conn.sql().execute(
        "INSERT INTO deal_stage_changes (deal_id, from_stage, to_stage, changed_at, recorded_by) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![deal, from, to, now, conn.recorded_by()?],
    )?;
    Ok(())
}

pub fn set_purchase(conn: &Tx, deal: i64, purchase: i64) -> Result<()> {
    conn.sql().execute("UPDATE deals SET purchase_id = ?2 WHERE id = ?1", params![deal, purchase])?;
    Ok(())
}

pub fn history(conn: &Db, deal: i64) -> Result<Vec<StageChange>> {
    let mut stmt = conn.sql().prepare(
        "SELECT from_stage, to_stage, changed_at, recorded_by FROM deal_stage_changes WHERE deal_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([deal], |r| {
        Ok(StageChange { from: r.get(0)?, to: r.get(1)?, at: r.get(2)?, recorded_by: r.get(3)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    conn.sql().execute("DELETE FROM deals WHERE id = ?1", [id])?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct DealFilter {
    pub contact_id: Option<i64>,
    pub stage: Option<String>,
    /// Some(true): open only; Some(false): closed only.
    pub open: Option<bool>,
}

pub fn list(conn: &Db, f: &DealFilter) -> Result<Vec<Deal>> {
    let mut wheres = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(id) = f.contact_id {
        args.push(Value::Integer(id));
        wheres.push(format!("d.contact_id = ?{}", args.len()));
    }
    if let Some(s) = &f.stage {
        args.push(Value::Text(s.clone()));
        wheres.push(format!("{} = {}", conn.nocase("d.stage"), conn.nocase(&format!("?{}", args.len()))));
    }
    match f.open {
        Some(true) => wheres.push("d.closed_at IS NULL".into()),
        Some(false) => wheres.push("d.closed_at IS NOT NULL".into()),
        None => {}
    }
    let w = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
    let mut stmt = conn.sql().prepare(&format!("{SELECT} {w} ORDER BY d.id"))?;
    let rows = stmt.query_map(params_from_iter(args), from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Open deals whose expected close is on or before `until`.
pub fn open_due(conn: &Db, until: NaiveDate) -> Result<Vec<super::Reachable<Deal>>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT d.id, d.contact_id, c.name, d.title, d.amount_cents, d.stage, d.expected_close, d.notes, \
         d.created_at, d.updated_at, d.closed_at, d.lost_reason, d.purchase_id, c.phone, c.email \
         FROM deals d JOIN contacts c ON c.id = d.contact_id \
         WHERE d.closed_at IS NULL AND d.expected_close <= ?1 AND c.forgotten_at IS NULL",
    )?;
    let rows = stmt.query_map([to_day_number(until)], |r| {
        Ok(super::Reachable { item: from_row(r)?, phone: r.get(13)?, email: r.get(14)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
