//! Satisfaction answers: written by `satisfaction add|import`, read by
//! the satisfaction report, the loyalty matrix, `remind` and the card.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::satisfaction::Scale;
use crate::error::Result;
use chrono::NaiveDate;

/// An answer to write.
#[derive(Debug, Clone)]
pub struct NewAnswer<'a> {
    pub contact_id: i64,
    pub day: NaiveDate,
    pub scale: Scale,
    pub score: u8,
    pub about: Option<&'a str>,
    pub comment: Option<&'a str>,
}

/// An answer as read back, with the contact's name.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub id: i64,
    pub contact_id: i64,
    pub contact_name: String,
    pub day: NaiveDate,
    pub scale: Scale,
    pub score: u8,
    pub about: Option<String>,
    pub comment: Option<String>,
}

fn scale_of(s: &str) -> Scale {
    // The table's CHECK allows only these two.
    if s == "5" {
        Scale::Five
    } else {
        Scale::Nps
    }
}

const SELECT: &str = "SELECT a.id, a.contact_id, c.name, a.day, a.scale, a.score, a.about, a.comment \
     FROM satisfaction_answers a JOIN contacts c ON c.id = a.contact_id";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Answer> {
    Ok(Answer {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        day: from_day_number(r.get(3)?).unwrap_or_default(),
        scale: scale_of(&r.get::<_, String>(4)?),
        score: r.get(5)?,
        about: r.get(6)?,
        comment: r.get(7)?,
    })
}

pub fn insert(conn: &Tx, a: &NewAnswer, now: &str) -> Result<i64> {
    Ok(conn.sql().query_row(
        "INSERT INTO satisfaction_answers (contact_id, day, scale, score, about, comment, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
        params![a.contact_id, to_day_number(a.day), a.scale.as_str(), a.score, a.about, a.comment, now],
        |r| r.get(0),
    )?)
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Answer>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE a.id = ?1"), [id], from_row).optional()?)
}

/// The answers of one contact (or everyone's) between two days, newest first.
pub fn list(conn: &Db, contact: Option<i64>, since: Option<NaiveDate>, until: NaiveDate) -> Result<Vec<Answer>> {
    let since = since.map(to_day_number).unwrap_or(i32::MIN);
    let mut stmt = conn.sql().prepare(&format!(
        "{SELECT} WHERE a.day >= ?1 AND a.day <= ?2 AND (CAST(?3 AS BIGINT) IS NULL OR a.contact_id = ?3) \
         ORDER BY a.day DESC, a.id DESC"
    ))?;
    let rows = stmt.query_map(params![since, to_day_number(until), contact], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// One answer for the report: who, when, on which scale, what score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub contact_id: i64,
    pub day: i32,
    pub scale: Scale,
    pub score: u8,
}

/// Every answer up to a day, in day order.
pub fn scores(conn: &Db, until: i32) -> Result<Vec<Score>> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT contact_id, day, scale, score FROM satisfaction_answers WHERE day <= ?1 ORDER BY day, id")?;
    let rows = stmt.query_map([until], |r| {
        Ok(Score { contact_id: r.get(0)?, day: r.get(1)?, scale: scale_of(&r.get::<_, String>(2)?), score: r.get(3)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Each contact's latest answer on or before a day, in contact id order
/// (the last of the day when they answered twice that day).
pub fn latest(conn: &Db, until: i32) -> Result<Vec<Score>> {
    let mut stmt = conn.sql().prepare(
        "SELECT a.contact_id, a.day, a.scale, a.score FROM satisfaction_answers a \
         WHERE a.day <= ?1 AND NOT EXISTS (SELECT 1 FROM satisfaction_answers b \
           WHERE b.contact_id = a.contact_id AND b.day <= ?1 AND (b.day > a.day OR (b.day = a.day AND b.id > a.id))) \
         ORDER BY a.contact_id",
    )?;
    let rows = stmt.query_map([until], |r| {
        Ok(Score { contact_id: r.get(0)?, day: r.get(1)?, scale: scale_of(&r.get::<_, String>(2)?), score: r.get(3)? })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The answers between two days (inclusive) whose contact has had no
/// interaction logged on or after the answer's day: not called back yet.
pub fn not_called_back(conn: &Db, from: NaiveDate, until: NaiveDate) -> Result<Vec<Answer>> {
    let mut stmt = conn.sql().prepare(&format!(
        "{SELECT} WHERE a.day >= ?1 AND a.day <= ?2 AND NOT EXISTS \
         (SELECT 1 FROM interactions i WHERE i.contact_id = a.contact_id AND i.day >= a.day) \
         ORDER BY a.day, a.id"
    ))?;
    let rows = stmt.query_map(params![to_day_number(from), to_day_number(until)], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// `privacy forget`: what they wrote goes; the scores stay (they are
/// figures of the shop, about nobody once the person is erased).
pub fn erase_comments(conn: &Tx, contact: i64) -> Result<usize> {
    Ok(conn.sql().execute("UPDATE satisfaction_answers SET comment = NULL WHERE contact_id = ?1", [contact])?)
}
