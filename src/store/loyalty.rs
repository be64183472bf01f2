//! The loyalty card: members and redemptions. Balances are read from the
//! `loyalty_events` view (migration 29): purchases and redemptions, never
//! a kept counter.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::loyalty::Event;
use crate::error::Result;

/// Enrol a contact from `day` on; false when they already were.
pub fn join(conn: &Tx, contact: i64, day: i32, now: &str) -> Result<bool> {
    let n = conn.sql().execute(
        "INSERT INTO loyalty_members (contact_id, joined_day, created_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT (contact_id) DO NOTHING",
        params![contact, day, now],
    )?;
    Ok(n == 1)
}

/// The day a contact joined, if they are a member.
pub fn joined(conn: &Db, contact: i64) -> Result<Option<i32>> {
    Ok(conn
        .sql()
        .query_row("SELECT joined_day FROM loyalty_members WHERE contact_id = ?1", [contact], |r| r.get(0))
        .optional()?)
}

/// Before a merge: the member kept takes the earlier of the two joining
/// days (the other's row then moves only when the kept one had none).
pub fn merge_members(conn: &Tx, keep: i64, other: i64) -> Result<()> {
    conn.sql().execute(
        "UPDATE loyalty_members SET joined_day = \
         (SELECT MIN(joined_day) FROM loyalty_members WHERE contact_id IN (?1, ?2)) WHERE contact_id = ?1",
        params![keep, other],
    )?;
    Ok(())
}

pub fn redeem(conn: &Tx, contact: i64, day: i32, reward: &str, points: i64, now: &str) -> Result<i64> {
    Ok(conn.sql().query_row(
        "INSERT INTO loyalty_redemptions (contact_id, day, reward, points, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![contact, day, reward, points, now],
        |r| r.get(0),
    )?)
}

/// One line of the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub contact_id: i64,
    pub event: Event,
    /// The purchase's or redemption's id.
    pub ref_id: i64,
    /// The reward's name (redemptions).
    pub reward: String,
}

const EVENTS: &str = "SELECT contact_id, day, kind, ref_id, amount, imported, reward FROM loyalty_events";
/// Purchases before redemptions on a day: what was bought can be spent.
const ORDER: &str = "ORDER BY contact_id, day, CASE WHEN kind = 'purchase' THEN 0 ELSE 1 END, ref_id";

fn event_row(r: &super::sql::Row) -> super::sql::Result<EventRow> {
    let day: i32 = r.get(1)?;
    let kind: String = r.get(2)?;
    let amount: i64 = r.get(4)?;
    let event = if kind == "purchase" {
        Event::Purchase { day, amount, imported: r.get::<_, i64>(5)? != 0 }
    } else {
        Event::Redemption { day, points: amount }
    };
    Ok(EventRow { contact_id: r.get(0)?, event, ref_id: r.get(3)?, reward: r.get(6)? })
}

/// One member's events, in the order they count.
pub fn events_of(conn: &Db, contact: i64) -> Result<Vec<EventRow>> {
    let mut stmt = conn.sql().prepare(&format!("{EVENTS} WHERE contact_id = ?1 {ORDER}"))?;
    let rows = stmt.query_map([contact], event_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every member's events, member by member (contact id order).
pub fn for_each_event(conn: &Db, mut f: impl FnMut(EventRow)) -> Result<()> {
    let mut stmt = conn.sql().prepare(&format!("{EVENTS} {ORDER}"))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(event_row(&r)?);
    }
    Ok(())
}

/// Every member and the day they joined, in contact id order.
pub fn members(conn: &Db) -> Result<Vec<(i64, i32)>> {
    let mut stmt = conn.sql().prepare("SELECT contact_id, joined_day FROM loyalty_members ORDER BY contact_id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Each customer who bought in (`from`, `until`] with the days in
/// (`visits_from`, `until`] on which they bought something (not only a
/// refund), in contact id order.
pub fn visits(conn: &Db, from: i32, visits_from: i32, until: i32) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn.sql().prepare(
        "SELECT contact_id, COUNT(DISTINCT CASE WHEN amount_cents > 0 AND day > ?2 THEN day END) \
         FROM purchases WHERE day > ?1 AND day <= ?3 GROUP BY contact_id ORDER BY contact_id",
    )?;
    let rows = stmt.query_map(params![from, visits_from, until], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
