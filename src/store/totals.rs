//! Each customer's purchases summed up and kept (`customer_totals`, see
//! `migrations/0017_customer_totals.sql`), so the reports as of today read
//! one row per customer instead of every purchase.
//!
//! The rows are trusted only for the purchase state they were made from
//! (the same fingerprint as the kept population figures: highest purchase
//! id and epoch). Writes at the counter keep them in step in their own
//! transaction ([`follow`]); a bulk import does not (a rebuild would cost
//! it a sixth of its time) and the next reader rebuilds them ([`rebuild`]),
//! or scans when it cannot write. A write that forgets to follow only makes
//! the rows stale, never wrong.

use super::analytics::{self, Scope, Visits};
use super::{cache, Db, Tx};
use crate::domain::rhythm;
use crate::error::Result;
use ref_cast::RefCast;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};

/// One customer's kept row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    pub visits: Visits,
    /// See [`rhythm::median_gap_x2`].
    pub median_gap_x2: Option<i64>,
    /// The highest purchase id on the last day: with it, the customer's
    /// newest purchase as `purchase list` orders them.
    pub last_purchase_id: i64,
}

/// Sums one contact's purchases read in day order, their days with them.
#[derive(Default)]
struct Summing {
    visits: Option<Visits>,
    days: Vec<i32>,
    last_purchase_id: i64,
}

impl Summing {
    fn push(&mut self, contact_id: i64, day: i32, cents: i64, id: i64) {
        match &mut self.visits {
            Some(v) => v.add(day, cents),
            None => self.visits = Some(Visits::first(contact_id, day, cents)),
        }
        if self.days.last() != Some(&day) {
            self.days.push(day);
            self.last_purchase_id = id;
        } else {
            self.last_purchase_id = self.last_purchase_id.max(id);
        }
    }

    fn take(&mut self) -> Option<Kept> {
        let visits = self.visits.take()?;
        let median_gap_x2 = rhythm::median_gap_x2(&self.days);
        self.days.clear();
        Some(Kept { visits, median_gap_x2, last_purchase_id: std::mem::take(&mut self.last_purchase_id) })
    }
}

/// The purchase state the rows were made from, and their latest day.
fn state(conn: &Connection) -> Result<((i64, i64), i32)> {
    let get =
        |name: &str| -> Result<i64> { Ok(conn.query_row("SELECT n FROM kept WHERE name = ?1", [name], |r| r.get(0))?) };
    Ok(((get("totals_max_id")?, get("totals_epoch")?), get("totals_max_day")? as i32))
}

fn set_state(conn: &Connection, (max_id, epoch): (i64, i64), max_day: i32) -> Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE kept SET n = ?2 WHERE name = ?1")?;
    stmt.execute(params!["totals_max_id", max_id])?;
    stmt.execute(params!["totals_epoch", epoch])?;
    stmt.execute(params!["totals_max_day", max_day])?;
    Ok(())
}

/// The latest purchase day when the rows are those of the purchases as
/// they are; None when they are stale.
pub fn current(conn: &Db) -> Result<Option<i32>> {
    let (made_from, max_day) = state(conn.sql())?;
    Ok((made_from == cache::fingerprint(conn)?).then_some(max_day))
}

/// The columns of a row's [`Visits`], in the order [`row_visits`] reads.
const VISITS: &str = "contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents";

fn row_visits(r: &rusqlite::Row) -> rusqlite::Result<Visits> {
    Ok(Visits {
        contact_id: r.get(0)?,
        first_day: r.get(1)?,
        last_day: r.get(2)?,
        visits: r.get(3)?,
        rows: r.get(4)?,
        total_cents: r.get(5)?,
        first_visit_cents: r.get(6)?,
    })
}

/// The kept figures are read through a memory map: their blocks are small
/// next to the purchases (40 MB for a million customers), and mapping
/// saves copying each page into SQLite's cache (a fifth of the read). The
/// map is closed again after: the contacts a report reads next would
/// otherwise be mapped too, and count in its memory (100 MB on a million).
fn mapped<T>(conn: &Db, read: impl FnOnce() -> Result<T>) -> Result<T> {
    let before: i64 = conn.sql().pragma_query_value(None, "mmap_size", |r| r.get(0))?;
    conn.sql().pragma_update(None, "mmap_size", 256i64 << 20)?;
    let out = read();
    conn.sql().pragma_update(None, "mmap_size", before)?;
    out
}

/// Every kept row's visits, in contact id order (trust them only when
/// [`current`]): from their blocks, written with the rows, or from the
/// rows themselves when a block is damaged.
fn all_visits(conn: &Db) -> Result<Vec<Visits>> {
    match mapped(conn, || super::totals_blocks::read_all(conn))? {
        Some(visits) => Ok(visits),
        None => rows_between(conn.sql(), i64::MIN, i64::MAX),
    }
}

/// The kept rows' visits for contact ids `first..=last`, in id order.
fn rows_between(conn: &Connection, first: i64, last: i64) -> Result<Vec<Visits>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VISITS} FROM customer_totals WHERE contact_id BETWEEN ?1 AND ?2 ORDER BY contact_id"
    ))?;
    let rows = stmt.query_map([first, last], row_visits)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// [`analytics::histories`] over every purchase up to `until`, from the
/// kept rows when they answer; None when the caller must scan.
pub fn histories(conn: &Db, until: i32) -> Result<Option<Vec<crate::domain::rfm::CustomerHistory>>> {
    if current(conn)?.is_some_and(|max_day| until >= max_day) {
        return Ok(Some(all_visits(conn)?.iter().map(Visits::history).collect()));
    }
    Ok(kept_for(conn, until)?.map(|rows| rows.iter().map(|k| k.visits.history()).collect()))
}

/// Every kept row, in contact id order (trust them only when [`current`]).
pub fn all(conn: &Db) -> Result<Vec<Kept>> {
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT {VISITS}, median_gap_x2, last_purchase_id FROM customer_totals ORDER BY contact_id"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok(Kept { visits: row_visits(r)?, median_gap_x2: r.get(7)?, last_purchase_id: r.get(8)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One contact's row worked out from their purchases (None without any).
pub fn compute_one(conn: &Db, contact_id: i64) -> Result<Option<Kept>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT day, amount_cents, id FROM purchases INDEXED BY purchases_contact_day WHERE contact_id = ?1 ORDER BY day",
    )?;
    let mut rows = stmt.query([contact_id])?;
    let mut sum = Summing::default();
    while let Some(r) = rows.next()? {
        sum.push(contact_id, r.get(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(sum.take())
}

/// Every contact's row worked out from every purchase: one scan of the
/// per-contact index, in contact id order.
pub fn compute_all(conn: &Db) -> Result<Vec<Kept>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT contact_id, day, amount_cents, id FROM purchases INDEXED BY purchases_contact_day ORDER BY contact_id, day",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    let mut sum = Summing::default();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if sum.visits.is_some_and(|v| v.contact_id != id) {
            out.extend(sum.take());
        }
        sum.push(id, r.get(1)?, r.get(2)?, r.get(3)?);
    }
    out.extend(sum.take());
    Ok(out)
}

/// The slipping factor the kept slipping days are for, in thousandths.
pub fn slipping_factor_milli(conn: &Db) -> Result<i64> {
    use rusqlite::OptionalExtension;
    let n =
        conn.sql().query_row("SELECT n FROM kept WHERE name = 'slipping_factor_milli'", [], |r| r.get(0)).optional()?;
    Ok(n.unwrap_or(2000))
}

/// The factor as the rule reads it (thousandths, so the kept days and the
/// ones worked out in memory are always the same).
pub fn factor_of(milli: i64) -> f64 {
    milli as f64 / 1000.0
}

fn slipping_day(k: &Kept, milli: i64) -> Option<i32> {
    Regular::of(k).crossing(milli)
}

fn write_row(conn: &Connection, k: &Kept, milli: i64) -> Result<()> {
    let v = &k.visits;
    conn.prepare_cached(
        "INSERT OR REPLACE INTO customer_totals (contact_id, first_day, last_day, visits, purchase_rows, total_cents, \
         first_visit_cents, median_gap_x2, last_purchase_id, slipping_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        v.contact_id,
        v.first_day,
        v.last_day,
        v.visits,
        v.rows,
        v.total_cents,
        v.first_visit_cents,
        k.median_gap_x2,
        k.last_purchase_id,
        slipping_day(k, milli)
    ])?;
    Ok(())
}

/// Replace every row with the purchases' own, and say so.
fn rebuild_in(conn: &Connection) -> Result<Vec<Kept>> {
    let rows = compute_all(Db::ref_cast(conn))?;
    let milli = slipping_factor_milli(Db::ref_cast(conn))?;
    // A million rows in id order, then the two indexes built by one sort
    // each: a third of the time of keeping them up row by row. They are
    // the migrations' own (schemas 18 and 19).
    conn.execute_batch(
        "DROP INDEX IF EXISTS customer_totals_newest; DROP INDEX IF EXISTS customer_totals_slipping; \
         DELETE FROM customer_totals;",
    )?;
    for k in &rows {
        write_row(conn, k, milli)?;
    }
    super::totals_blocks::rewrite_all(conn, rows.iter().map(|k| &k.visits))?;
    conn.execute_batch(
        "CREATE INDEX customer_totals_newest ON customer_totals (last_day, last_purchase_id); \
         CREATE INDEX customer_totals_slipping ON customer_totals (slipping_day) WHERE slipping_day IS NOT NULL;",
    )?;
    let max_day = rows.iter().map(|k| k.visits.last_day).max().unwrap_or(0);
    set_state(conn, cache::fingerprint(Db::ref_cast(conn))?, max_day)?;
    Ok(rows)
}

/// Rebuild the rows inside a write.
pub fn rebuild(tx: &Tx) -> Result<Vec<Kept>> {
    rebuild_in(tx.sql())
}

/// The purchases of `contacts` were just written by a transaction that
/// began with the purchases in state `before`: if the rows were in step
/// then, bring those contacts' rows (and the state) in step now.
pub fn follow(tx: &Tx, before: (i64, i64), contacts: &[i64]) -> Result<()> {
    let (made_from, mut max_day) = state(tx.sql())?;
    if made_from != before {
        return Ok(());
    }
    let milli = slipping_factor_milli(tx)?;
    let mut changes = Vec::with_capacity(contacts.len());
    for &id in contacts {
        match compute_one(tx, id)? {
            Some(k) => {
                max_day = max_day.max(k.visits.last_day);
                write_row(tx.sql(), &k, milli)?;
                changes.push((id, Some(k.visits)));
            }
            None => {
                tx.sql().execute("DELETE FROM customer_totals WHERE contact_id = ?1", [id])?;
                changes.push((id, None));
            }
        }
    }
    super::totals_blocks::update(tx.sql(), &mut changes, |first, last| rows_between(tx.sql(), first, last))?;
    set_state(tx.sql(), cache::fingerprint(tx)?, max_day)
}

/// Contacts of a small batch, to [`follow`] after it is written or undone;
/// None for a batch too big to follow row by row (the rows go stale and
/// the next reader rebuilds them in one scan).
pub fn batch_contacts(conn: &Db, batch_id: i64) -> Result<Option<Vec<i64>>> {
    const MOST_FOLLOWED: i64 = 20_000;
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT DISTINCT contact_id FROM purchases {} LIMIT {}",
        super::imports::OF_BATCH,
        MOST_FOLLOWED + 1
    ))?;
    let ids: Vec<i64> = stmt.query_map([batch_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok((ids.len() as i64 <= MOST_FOLLOWED).then_some(ids))
}

/// The kept rows when they answer for `until` (every purchase on or
/// before it), rebuilt first when stale and the file is free to write;
/// None when the caller must scan.
pub fn kept_for(conn: &Db, until: i32) -> Result<Option<Vec<Kept>>> {
    if let Some(max_day) = current(conn)? {
        return (until >= max_day).then(|| all(conn)).transpose();
    }
    let sql = conn.sql();
    // Inside a caller's transaction, or with another writer at work, scan:
    // never wait for a write that is only worth doing.
    if !sql.is_autocommit() {
        return Ok(None);
    }
    sql.busy_timeout(std::time::Duration::ZERO)?;
    let rebuilt = Transaction::new_unchecked(sql, TransactionBehavior::Immediate)
        .ok()
        .and_then(|t| rebuild_in(&t).ok().filter(|_| t.commit().is_ok()));
    sql.busy_timeout(super::BUSY_TIMEOUT)?;
    Ok(rebuilt.filter(|rows| rows.iter().all(|k| k.visits.last_day <= until)))
}

/// A customer with a rhythm: what the slipping-away rule reads.
struct Regular {
    contact_id: i64,
    last_day: i32,
    visits: u32,
    median_gap_x2: Option<i64>,
}

impl Regular {
    fn of(k: &Kept) -> Regular {
        let v = &k.visits;
        Regular { contact_id: v.contact_id, last_day: v.last_day, visits: v.visits, median_gap_x2: k.median_gap_x2 }
    }

    /// The day this customer crosses into slipping away, for `milli`.
    fn crossing(&self, milli: i64) -> Option<i32> {
        rhythm::slipping_day(self.last_day, self.visits, self.median_gap_x2, factor_of(milli), rhythm::MIN_VISITS)
    }
}

/// The customers with enough visits and a gap between them, from the kept
/// rows (rebuilt when stale and free, else worked out from the purchases).
fn regulars(conn: &Db) -> Result<Vec<Regular>> {
    if current(conn)?.is_some() {
        let mut stmt = conn.sql().prepare_cached(
            "SELECT contact_id, last_day, visits, median_gap_x2 FROM customer_totals \
             WHERE visits >= ?1 AND median_gap_x2 > 0",
        )?;
        let rows = stmt.query_map([rhythm::MIN_VISITS], |r| {
            Ok(Regular { contact_id: r.get(0)?, last_day: r.get(1)?, visits: r.get(2)?, median_gap_x2: r.get(3)? })
        })?;
        return Ok(rows.collect::<rusqlite::Result<_>>()?);
    }
    let rows = match kept_for(conn, i32::MAX)? {
        Some(rows) => rows,
        None => compute_all(conn)?,
    };
    Ok(rows
        .iter()
        .filter(|k| k.visits.visits >= rhythm::MIN_VISITS && k.median_gap_x2.is_some_and(|g| g > 0))
        .map(Regular::of)
        .collect())
}

/// The ids of the `n` newest purchases (by day, then id), merged from the
/// customers in the order of their own newest purchase
/// (`customer_totals_newest`), reading only theirs: what `purchase list
/// --limit N` shows, without sorting every purchase by day. At most `n`
/// customers are read. Stale rows (after a bulk import) are rebuilt first
/// when the file is free, as a report would; None when they cannot be.
pub fn newest_purchases(conn: &Db, n: usize) -> Result<Option<Vec<i64>>> {
    if n == 0 {
        return Ok(None);
    }
    if current(conn)?.is_none() && (kept_for(conn, i32::MAX)?.is_none() || current(conn)?.is_none()) {
        return Ok(None);
    }
    let mut customers = conn.sql().prepare_cached(
        "SELECT contact_id, last_day, last_purchase_id FROM customer_totals \
         ORDER BY last_day DESC, last_purchase_id DESC",
    )?;
    let mut theirs = conn.sql().prepare_cached(
        "SELECT day, id FROM purchases INDEXED BY purchases_contact_day WHERE contact_id = ?1 \
         ORDER BY day DESC, id DESC LIMIT ?2",
    )?;
    // The best so far, newest first, at most n.
    let mut best: Vec<(i32, i64)> = Vec::with_capacity(2 * n);
    let mut rows = customers.query([])?;
    while let Some(r) = rows.next()? {
        let (contact, newest): (i64, (i32, i64)) = (r.get(0)?, (r.get(1)?, r.get(2)?));
        // Every purchase of this customer and the next ones comes after
        // `newest` in the listing: none can beat n purchases before it.
        if best.len() == n && best[n - 1] > newest {
            break;
        }
        for p in theirs.query_map(params![contact, n as i64], |r| Ok((r.get::<_, i32>(0)?, r.get::<_, i64>(1)?)))? {
            best.push(p?);
        }
        best.sort_unstable_by(|a, b| b.cmp(a));
        best.truncate(n);
    }
    Ok(Some(best.into_iter().map(|(_, id)| id).collect()))
}

/// Key the kept slipping days to a new factor (thousandths): every
/// regular's day worked out again. Nothing to do when it is the same.
pub fn set_slipping_factor(tx: &Tx, milli: i64) -> Result<()> {
    if slipping_factor_milli(tx)? == milli {
        return Ok(());
    }
    tx.sql().execute("UPDATE kept SET n = ?1 WHERE name = 'slipping_factor_milli'", [milli])?;
    if current(tx)?.is_none() {
        // Stale rows are rebuilt with the new factor by their next reader.
        return Ok(());
    }
    let mut set = tx.sql().prepare_cached("UPDATE customer_totals SET slipping_day = ?2 WHERE contact_id = ?1")?;
    for r in regulars(tx)? {
        set.execute(params![r.contact_id, r.crossing(milli)])?;
    }
    Ok(())
}

/// A customer crossing into slipping away: contact, the day they cross,
/// their last visit (day numbers) and twice their median gap.
pub type Slipping = (i64, i32, i32, i64);

/// Who slips away from `from` to `until` (day numbers), for the factor
/// `milli` (see [`Slipping`]), in contact order: from the kept, indexed
/// days when they are in step and for this factor (`remind` reads a few
/// rows), else worked out over every regular with the same rule.
pub fn slipping_between(conn: &Db, from: i32, until: i32, milli: i64) -> Result<Vec<Slipping>> {
    if current(conn)?.is_some() && slipping_factor_milli(conn)? == milli {
        // `customer_totals_slipping` answers (no INDEXED BY: a file whose
        // index went missing is slower, never refused).
        let mut stmt = conn.sql().prepare_cached(
            "SELECT contact_id, slipping_day, last_day, median_gap_x2 FROM customer_totals \
             WHERE slipping_day IS NOT NULL AND slipping_day BETWEEN ?1 AND ?2 ORDER BY contact_id",
        )?;
        let rows = stmt.query_map([from, until], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        return Ok(rows.collect::<rusqlite::Result<_>>()?);
    }
    let mut out: Vec<Slipping> = regulars(conn)?
        .into_iter()
        .filter_map(|r| {
            let on = r.crossing(milli).filter(|on| (from..=until).contains(on))?;
            Some((r.contact_id, on, r.last_day, r.median_gap_x2.unwrap_or(0)))
        })
        .collect();
    out.sort_unstable();
    Ok(out)
}

/// [`analytics::visits`] over every purchase, from the kept rows when
/// they answer for `until`.
pub fn visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    if scope.is_all() {
        // Straight into visits when in step (no second copy of a million rows).
        if current(conn)?.is_some_and(|max_day| until >= max_day) {
            return all_visits(conn);
        }
        if let Some(rows) = kept_for(conn, until)? {
            return Ok(rows.into_iter().map(|k| k.visits).collect());
        }
    }
    analytics::scan_visits(conn, scope, until)
}
