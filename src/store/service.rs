//! Service requests and their history (migration 27). Plain SQL both
//! engines accept: `RETURNING id`, `?N` placeholders, days as day numbers.

use super::sql::Value;
use super::sql::{params, params_from_iter, OptionalExtension};
use super::{Db, Reachable, Tx};
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::money::Cents;
pub use crate::domain::service::{Event, NewRequest, Request};
use crate::error::Result;
use chrono::NaiveDate;

const SELECT: &str = "SELECT s.id, s.contact_id, c.name, s.kind, s.what, s.status, s.opened_day, s.promised_day, \
     s.quote_cents, s.charge_cents, s.ready_day, s.answered_day, s.closed_day, s.purchase_id, s.created_at, \
     s.updated_at, c.phone, c.email FROM service_requests s JOIN contacts c ON c.id = s.contact_id";

fn day(r: &super::sql::Row, i: usize) -> super::sql::Result<Option<NaiveDate>> {
    Ok(r.get::<_, Option<i32>>(i)?.and_then(from_day_number))
}

fn from_row(r: &super::sql::Row) -> super::sql::Result<Request> {
    Ok(Request {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_name: r.get(2)?,
        kind: r.get(3)?,
        what: r.get(4)?,
        status: r.get(5)?,
        opened: day(r, 6)?.unwrap_or_default(),
        promised: day(r, 7)?,
        quote: r.get::<_, Option<i64>>(8)?.map(Cents),
        charge: r.get::<_, Option<i64>>(9)?.map(Cents),
        ready_on: day(r, 10)?,
        answered_on: day(r, 11)?,
        closed_on: day(r, 12)?,
        purchase_id: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

fn reachable(r: &super::sql::Row) -> super::sql::Result<Reachable<Request>> {
    Ok(Reachable { item: from_row(r)?, phone: r.get(16)?, email: r.get(17)? })
}

pub fn insert(conn: &Tx, n: &NewRequest, now: &str) -> Result<i64> {
    let id: i64 = conn.sql().query_row(
        "INSERT INTO service_requests (contact_id, kind, what, status, opened_day, promised_day, quote_cents, \
         created_at, updated_at, ready_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9) RETURNING id",
        params![
            n.contact_id,
            n.kind,
            n.what,
            n.status,
            to_day_number(n.opened),
            n.promised.map(to_day_number),
            n.quote.map(|c| c.0),
            now,
            // Opened ready (an order that came in finished): ready that day.
            (n.status == crate::domain::service::READY).then(|| to_day_number(n.opened))
        ],
        |r| r.get(0),
    )?;
    event(conn, id, now, n.opened, None, Some(n.status), None)?;
    Ok(id)
}

fn event(
    conn: &Tx,
    id: i64,
    now: &str,
    on: NaiveDate,
    from: Option<&str>,
    to: Option<&str>,
    note: Option<&str>,
) -> Result<()> {
    conn.sql().execute(
        "INSERT INTO service_events (request_id, at, day, from_status, to_status, note, recorded_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, now, to_day_number(on), from, to, note, conn.recorded_by()?],
    )?;
    Ok(())
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Request>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], from_row).optional()?)
}

/// Move to another status (open or closed), keeping the history: `ready`
/// notes the day it became ready, another open status clears it; the
/// first move answers the request.
pub fn set_status(conn: &Tx, r: &Request, to: &str, on: NaiveDate, now: &str) -> Result<()> {
    use crate::domain::service::{is_closed_status, READY};
    let ready = if to == READY {
        Some(to_day_number(on))
    } else if is_closed_status(to) {
        r.ready_on.map(to_day_number)
    } else {
        None
    };
    let closed = is_closed_status(to).then(|| to_day_number(on));
    conn.sql().execute(
        "UPDATE service_requests SET status = ?2, ready_day = ?3, closed_day = ?4, \
         answered_day = coalesce(answered_day, ?5), updated_at = ?6 WHERE id = ?1",
        params![r.id, to, ready, closed, to_day_number(on), now],
    )?;
    event(conn, r.id, now, on, Some(&r.status), Some(to), None)
}

/// The amount charged and the purchase that recorded it.
pub fn set_charge(conn: &Tx, id: i64, charge: Cents, purchase: i64) -> Result<()> {
    conn.sql().execute(
        "UPDATE service_requests SET charge_cents = ?2, purchase_id = ?3 WHERE id = ?1",
        params![id, charge.0, purchase],
    )?;
    Ok(())
}

/// A note in the history; the first one answers the request.
pub fn note(conn: &Tx, id: i64, text: &str, on: NaiveDate, now: &str) -> Result<()> {
    conn.sql().execute(
        "UPDATE service_requests SET answered_day = coalesce(answered_day, ?2), updated_at = ?3 WHERE id = ?1",
        params![id, to_day_number(on), now],
    )?;
    event(conn, id, now, on, None, None, Some(text))
}

pub fn history(conn: &Db, id: i64) -> Result<Vec<Event>> {
    let mut stmt = conn.sql().prepare(
        "SELECT at, day, from_status, to_status, note, recorded_by FROM service_events WHERE request_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Event {
            at: r.get(0)?,
            day: day(r, 1)?.unwrap_or_default(),
            from: r.get(2)?,
            to: r.get(3)?,
            note: r.get(4)?,
            recorded_by: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub contact_id: Option<i64>,
    pub status: Option<String>,
    pub kind: Option<String>,
    /// Some(true): open only; Some(false): closed only.
    pub open: Option<bool>,
    /// Open, not ready, promised before this day.
    pub late_on: Option<NaiveDate>,
}

pub fn list(conn: &Db, f: &Filter) -> Result<Vec<Request>> {
    let mut wheres = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(id) = f.contact_id {
        args.push(Value::Integer(id));
        wheres.push(format!("s.contact_id = ?{}", args.len()));
    }
    if let Some(s) = &f.status {
        args.push(Value::Text(s.clone()));
        wheres.push(format!("s.status = ?{}", args.len()));
    }
    if let Some(k) = &f.kind {
        args.push(Value::Text(k.clone()));
        wheres.push(format!("s.kind = ?{}", args.len()));
    }
    match f.open {
        Some(true) => wheres.push("s.closed_day IS NULL".into()),
        Some(false) => wheres.push("s.closed_day IS NOT NULL".into()),
        None => {}
    }
    if let Some(d) = f.late_on {
        args.push(Value::Integer(to_day_number(d).into()));
        args.push(Value::Text(crate::domain::service::READY.into()));
        wheres.push(format!(
            "s.closed_day IS NULL AND s.promised_day < ?{} AND s.status <> ?{}",
            args.len() - 1,
            args.len()
        ));
    }
    let w = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
    let mut stmt = conn.sql().prepare(&format!("{SELECT} {w} ORDER BY s.id"))?;
    let rows = stmt.query_map(params_from_iter(args), from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every open request with its contact's phone and email (the reminders
/// pick the due ones: a shop has tens of open requests, not millions).
pub fn open_reachable(conn: &Db) -> Result<Vec<Reachable<Request>>> {
    let mut stmt = conn
        .sql()
        .prepare_cached(&format!("{SELECT} WHERE s.closed_day IS NULL AND c.forgotten_at IS NULL ORDER BY s.id"))?;
    let rows = stmt.query_map([], reachable)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The requests the report reads: every open one, and those closed from
/// `since` on.
pub fn for_report(conn: &Db, since: NaiveDate) -> Result<Vec<Request>> {
    let mut stmt =
        conn.sql().prepare(&format!("{SELECT} WHERE s.closed_day IS NULL OR s.closed_day >= ?1 ORDER BY s.id"))?;
    let rows = stmt.query_map([to_day_number(since)], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Complaints opened from `from` to `to` (included): their opening days.
pub fn complaint_days(conn: &Db, kind: &str, from: NaiveDate, to: NaiveDate) -> Result<Vec<NaiveDate>> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT opened_day FROM service_requests WHERE kind = ?1 AND opened_day BETWEEN ?2 AND ?3")?;
    let rows = stmt.query_map(params![kind, to_day_number(from), to_day_number(to)], |r| day(r, 0))?;
    Ok(rows.filter_map(|d| d.transpose()).collect::<super::sql::Result<_>>()?)
}

/// Customers served in each period (`periods`: day ranges, included,
/// ascending, not overlapping): distinct contacts with a purchase that is
/// not a refund. One scan of the contact-ordered covering index, each
/// contact counted once per period, so the cost is one pass over the
/// purchases up to the last day whatever the number of periods (a count of
/// distinct contacts per period would sort each period's purchases apart).
pub fn customers_in(conn: &Db, periods: &[(NaiveDate, NaiveDate)]) -> Result<Vec<usize>> {
    let mut counts = vec![0usize; periods.len()];
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else { return Ok(counts) };
    let bounds: Vec<(i32, i32)> = periods.iter().map(|(a, b)| (to_day_number(*a), to_day_number(*b))).collect();
    let mut stmt = conn.sql().prepare(
        "SELECT contact_id, day FROM purchases WHERE day <= ?1 AND amount_cents >= 0 ORDER BY contact_id, day",
    )?;
    let mut rows = stmt.query(params![to_day_number(last.1)])?;
    let from = to_day_number(first.0);
    // The period a contact was last counted in; days come in order per contact.
    let mut counted: Option<(i64, usize)> = None;
    while let Some(r) = rows.next()? {
        let (contact, day): (i64, i32) = (r.get(0)?, r.get(1)?);
        if day < from {
            continue;
        }
        let at = bounds.partition_point(|&(_, end)| end < day);
        if at == bounds.len() || day < bounds[at].0 || counted == Some((contact, at)) {
            continue;
        }
        counts[at] += 1;
        counted = Some((contact, at));
    }
    Ok(counts)
}

/// Erasure: the descriptions and notes go; the days, kinds, statuses and
/// amounts stay (the shop's figures), as a forgotten person's purchases do.
pub fn forget(conn: &Tx, contact_id: i64, now: &str) -> Result<usize> {
    conn.sql().execute(
        "UPDATE service_events SET note = NULL WHERE note IS NOT NULL AND request_id IN \
         (SELECT id FROM service_requests WHERE contact_id = ?1)",
        [contact_id],
    )?;
    Ok(conn.sql().execute(
        "UPDATE service_requests SET what = 'erased', updated_at = ?2 WHERE contact_id = ?1",
        params![contact_id, now],
    )?)
}

/// How many requests the demo added (the demo fills an empty file).
pub fn count(conn: &Db) -> Result<i64> {
    Ok(conn.sql().query_row("SELECT count(*) FROM service_requests", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    crate::test_pg::conformance! {
        fn customers_are_counted_once_per_period_and_refunds_and_gaps_not_at_all(db) {
            use crate::domain::dates::from_day_number;
            let s = db.open();
            s.sql()
                .execute_batch(
                    "INSERT INTO contacts (id, name, search_key, created_at, updated_at) VALUES \
                 (1, 'a', 'a', 't', 't'), (2, 'b', 'b', 't', 't'), (3, 'c', 'c', 't', 't');
                 INSERT INTO purchases (contact_id, day, amount_cents) VALUES \
                     (1, 99, 5), (1, 100, 5), (1, 105, 7), (1, 120, 1), (1, 131, 2), \
                     (2, 110, -300), (2, 125, 4), (2, 145, 1), (2, 200, 9), \
                     (3, 115, 3), (3, 116, 3), (3, 140, 8);",
                )
                .unwrap();
            let d = |n| from_day_number(n).unwrap();
            // [100, 119], [120, 129], a gap, [131, 150]; day 200 is past the last.
            let periods = [(d(100), d(119)), (d(120), d(129)), (d(131), d(150))];
            assert_eq!(crate::store::service::customers_in(&s, &periods).unwrap(), vec![2, 2, 3]);
            assert_eq!(crate::store::service::customers_in(&s, &periods[..1]).unwrap(), vec![2]);
            assert_eq!(crate::store::service::customers_in(&s, &[]).unwrap(), Vec::<usize>::new());
        }
    }
}
