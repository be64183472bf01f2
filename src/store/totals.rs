//! Each customer's purchases summed up (`customer_totals`), kept by the
//! database itself: triggers on `purchases` rewrite the affected
//! customers' rows from the `customer_figures` view in the same statement
//! as the write (see `migrations/0023_totals_kept_by_the_database.sql`).
//! No Rust path keeps them; raw SQL keeps them too.
//!
//! A bulk write may [`suspend`] the triggers and [`rebuild`] every row
//! before it commits. While the `totals_suspended` setting is there (only
//! inside such a write, or left by hand), readers do not trust the rows and
//! work the figures out from the purchases instead, without writing.

use super::analytics::{self, Scope, Visits};
use super::sql::OptionalExtension;
use super::{Db, Tx};
use crate::domain::rfm::CustomerHistory;
use crate::domain::rhythm;
use crate::domain::visits::VisitsBuilder;
use crate::error::Result;

/// One customer's kept row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept {
    pub visits: Visits,
    /// See [`rhythm::median_gap_x2`].
    pub median_gap_x2: Option<i64>,
}

/// The columns of a row, in the order [`row_kept`] reads.
const COLUMNS: &str =
    "contact_id, first_day, last_day, visits, purchase_rows, total_cents, first_visit_cents, median_gap_x2";

fn row_kept(r: &super::sql::Row) -> super::sql::Result<Kept> {
    Ok(Kept {
        visits: Visits {
            contact_id: r.get(0)?,
            first_day: r.get(1)?,
            last_day: r.get(2)?,
            visits: r.get(3)?,
            rows: r.get(4)?,
            total_cents: r.get(5)?,
            first_visit_cents: r.get(6)?,
        },
        median_gap_x2: r.get(7)?,
    })
}

/// Whether the kept rows are the purchases' own: always, except inside a
/// bulk write that suspended the triggers.
pub fn trusted(conn: &Db) -> Result<bool> {
    let suspended: Option<i64> = conn
        .sql()
        .prepare_cached("SELECT 1 FROM settings WHERE key = 'totals_suspended'")?
        .query_row([], |r| r.get(0))
        .optional()?;
    Ok(suspended.is_none())
}

/// Whether the kept rows answer for every purchase up to `until`: they are
/// trusted and no purchase is dated after it (one step down an index).
fn answer_for(conn: &Db, until: i32) -> Result<bool> {
    if !trusted(conn)? {
        return Ok(false);
    }
    let latest: Option<i32> =
        conn.sql().prepare_cached("SELECT max(day) FROM purchases")?.query_row([], |r| r.get(0))?;
    Ok(latest.is_none_or(|d| d <= until))
}

/// Every kept row, in contact id order.
pub fn all(conn: &Db) -> Result<Vec<Kept>> {
    let mut stmt = conn.sql().prepare_cached(&format!("SELECT {COLUMNS} FROM customer_totals ORDER BY contact_id"))?;
    let rows = stmt.query_map([], row_kept)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every customer's row as the database works it out from the purchases
/// (the `customer_figures` view the triggers write from), in contact id
/// order.
pub fn from_the_view(conn: &Db) -> Result<Vec<Kept>> {
    let mut stmt = conn.sql().prepare_cached(&format!("SELECT {COLUMNS} FROM customer_figures ORDER BY contact_id"))?;
    let rows = stmt.query_map([], row_kept)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every customer's row worked out here from every purchase, by the rule
/// of [`crate::domain::visits`]: one scan of the per-contact index.
pub fn worked_out(conn: &Db) -> Result<Vec<Kept>> {
    let mut stmt =
        conn.sql().prepare_cached("SELECT contact_id, day, amount_cents FROM purchases ORDER BY contact_id, day")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    let mut sum = VisitsBuilder::with_days();
    let mut current = None;
    let close = |sum: &mut VisitsBuilder, out: &mut Vec<Kept>| {
        let (visits, days) = sum.take_customer();
        if let Some(visits) = visits {
            out.push(Kept { visits, median_gap_x2: rhythm::median_gap_x2(&days) });
        }
    };
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        if current.is_some_and(|c| c != id) {
            close(&mut sum, &mut out);
        }
        current = Some(id);
        sum.push(id, r.get(1)?, r.get(2)?);
    }
    close(&mut sum, &mut out);
    Ok(out)
}

/// Stop the triggers' per-row upkeep until [`rebuild`], in this write only
/// (a rollback takes the setting back with everything else).
pub fn suspend(tx: &Tx) -> Result<()> {
    tx.sql()
        .execute("INSERT INTO settings (key, value) VALUES ('totals_suspended', '1') ON CONFLICT DO NOTHING", [])?;
    Ok(())
}

/// Every row worked out again, and the triggers' upkeep back on: what a
/// bulk write does before it commits. The rows are worked out here by the
/// same rule as the database's view ([`worked_out`]; the property test
/// holds the two equal) in one ordered read, which costs a fraction of
/// the view's window functions over every purchase.
pub fn rebuild(tx: &Tx) -> Result<()> {
    let rows = worked_out(tx)?;
    tx.sql().execute("DELETE FROM customer_totals", [])?;
    // PostgreSQL: every row in one COPY (a million customers are a
    // million round trips as INSERTs).
    let copied = tx.sql().copy_in("customer_totals", &COLUMNS.split(", ").collect::<Vec<_>>(), &mut |out| {
        for k in &rows {
            let v = &k.visits;
            out.row(&[
                &v.contact_id,
                &v.first_day,
                &v.last_day,
                &v.visits,
                &v.rows,
                &v.total_cents,
                &v.first_visit_cents,
                &k.median_gap_x2,
            ])?;
        }
        Ok(())
    })?;
    if copied.is_some() {
        tx.sql().execute("DELETE FROM settings WHERE key = 'totals_suspended'", [])?;
        return Ok(());
    }
    let mut insert = tx
        .sql()
        .prepare_cached(&format!("INSERT INTO customer_totals ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))?;
    for k in &rows {
        let v = &k.visits;
        insert.execute(super::sql::params![
            v.contact_id,
            v.first_day,
            v.last_day,
            v.visits,
            v.rows,
            v.total_cents,
            v.first_visit_cents,
            k.median_gap_x2
        ])?;
    }
    tx.sql().execute("DELETE FROM settings WHERE key = 'totals_suspended'", [])?;
    Ok(())
}

/// [`analytics::histories`] over every purchase up to `until`, from the
/// kept rows when they answer; None when the caller must scan.
pub fn histories(conn: &Db, until: i32) -> Result<Option<Vec<CustomerHistory>>> {
    if !answer_for(conn, until)? {
        return Ok(None);
    }
    Ok(Some(all(conn)?.iter().map(|k| k.visits.history()).collect()))
}

/// [`analytics::visits`]: from the kept rows when they answer for `until`
/// (every purchase), else one scan.
pub fn visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    if scope.is_all() && answer_for(conn, until)? {
        return Ok(all(conn)?.into_iter().map(|k| k.visits).collect());
    }
    analytics::scan_visits(conn, scope, until)
}

/// A customer crossing into slipping away (day numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slipping {
    pub contact_id: i64,
    /// The day they cross.
    pub on: i32,
    /// Their last visit.
    pub last_day: i32,
    /// Twice their median gap between visits.
    pub median_gap_x2: i64,
}

/// Who slips away from `from` to `until` (day numbers) for `factor` (see
/// [`rhythm::slipping_day`]), in contact order: the rule applied to every
/// regular customer's kept row (their rows when trusted, else worked out).
pub fn slipping_between(conn: &Db, from: i32, until: i32, factor: f64) -> Result<Vec<Slipping>> {
    let regulars: Vec<Kept> =
        if trusted(conn)? { crossing_by_rhythm(conn, from, until, factor)? } else { worked_out(conn)? };
    let mut out: Vec<Slipping> = regulars
        .iter()
        .filter_map(|k| {
            let v = &k.visits;
            let on = rhythm::slipping_day(v.last_day, v.visits, k.median_gap_x2, factor, rhythm::MIN_VISITS)?;
            (from..=until).contains(&on).then_some(Slipping {
                contact_id: v.contact_id,
                on,
                last_day: v.last_day,
                median_gap_x2: k.median_gap_x2.unwrap_or(0),
            })
        })
        .collect();
    out.sort_by_key(|s| s.contact_id);
    Ok(out)
}

/// The regulars who may cross from `from` to `until`, read through
/// `customer_totals_rhythm` (migration 26): for each median gap there is
/// (the next one found by one index seek), the customers whose last visit
/// puts their crossing in the window are one range of that index. What
/// `remind` reads grows with the number of distinct gaps and of customers
/// crossing, not with the file. The rule itself is applied by the caller.
fn crossing_by_rhythm(conn: &Db, from: i32, until: i32, factor: f64) -> Result<Vec<Kept>> {
    // The index is partial over these regulars: the query must say so in
    // the same words for SQLite to use it.
    const REGULARS: &str = "visits >= 3";
    // One lower bound only, and ORDER BY … LIMIT 1: the first entry of the
    // index past the last gap, not a scan of everything above it.
    let mut next_gap = conn.sql().prepare_cached(&format!(
        "SELECT median_gap_x2 FROM customer_totals WHERE {REGULARS} AND median_gap_x2 > ?1 \
         ORDER BY median_gap_x2 LIMIT 1"
    ))?;
    let mut in_range = conn.sql().prepare_cached(&format!(
        "SELECT {COLUMNS} FROM customer_totals WHERE {REGULARS} AND median_gap_x2 = ?1 AND last_day BETWEEN ?2 AND ?3"
    ))?;
    let mut out = Vec::new();
    let mut gap = 0i64;
    while let Some(g) = next_gap.query_row([gap], |r| r.get::<_, i64>(0)).optional()? {
        let after = rhythm::slipping_after_days(g, factor);
        let lo = from as i64 - after;
        let hi = until as i64 - after;
        let rows = in_range.query_map(super::sql::params![g, lo, hi], row_kept)?;
        for k in rows {
            out.push(k?);
        }
        gap = g;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn buy(store: &mut Store, rows: &[(i64, i32, i64)]) {
        let tx = store.begin().unwrap();
        let f = crate::domain::contact::ContactFields { name: "X".into(), ..Default::default() };
        while super::super::contacts::count(&tx).unwrap() < rows.iter().map(|r| r.0).max().unwrap_or(0) {
            super::super::contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
        }
        for &(contact, day, cents) in rows {
            tx.sql()
                .execute(
                    "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (?1, ?2, ?3)",
                    crate::store::sql::params![contact, day, cents],
                )
                .unwrap();
        }
        tx.commit().unwrap();
    }

    crate::test_pg::conformance! {
        fn the_triggers_keep_the_rows_by_the_refund_rule(db) {
            let mut store = db.open();
            // Visits on days 0, 10 (a sale and a refund: net 30) and 30; a
            // refund alone on day 5; gaps 10 and 20, median 15.
            buy(&mut store, &[(1, 0, 100), (1, 10, 50), (1, 10, -20), (1, 30, 70), (1, 5, -5), (2, 3, -40)]);
            let rows = all(&store).unwrap();
            assert_eq!(rows.len(), 1, "refunds only make no customer");
            let v = rows[0].visits;
            assert_eq!(
                (v.first_day, v.last_day, v.visits, v.rows, v.total_cents, v.first_visit_cents),
                (0, 30, 3, 3, 195, 100)
            );
            assert_eq!(rows[0].median_gap_x2, Some(30));
            assert_eq!(rows, worked_out(&store).unwrap());
            assert_eq!(rows, from_the_view(&store).unwrap());
        }

        fn raw_updates_and_deletes_keep_the_rows(db) {
            let mut store = db.open();
            buy(&mut store, &[(1, 0, 100), (1, 7, 50), (2, 3, 40), (2, 9, 10), (2, 20, 5)]);
            let tx = store.begin().unwrap();
            tx.sql().execute("UPDATE purchases SET contact_id = 1 WHERE contact_id = 2 AND day = 9", []).unwrap();
            tx.sql().execute("UPDATE purchases SET amount_cents = -1 WHERE day = 20", []).unwrap();
            tx.sql().execute("UPDATE purchases SET day = 1 WHERE day = 7", []).unwrap();
            tx.sql().execute("DELETE FROM purchases WHERE day = 0", []).unwrap();
            tx.commit().unwrap();
            assert_eq!(all(&store).unwrap(), worked_out(&store).unwrap());
            assert_eq!(all(&store).unwrap().len(), 2);
        }

        fn a_suspended_write_is_not_trusted_until_rebuilt(db) {
            let mut store = db.open();
            buy(&mut store, &[(1, 0, 100)]);
            let tx = store.begin().unwrap();
            suspend(&tx).unwrap();
            tx.sql().execute("INSERT INTO purchases (contact_id, day, amount_cents) VALUES (1, 4, 10)", []).unwrap();
            assert!(!trusted(&tx).unwrap());
            assert_eq!(visits(&tx, &Scope::default(), 10).unwrap()[0].visits, 2, "read around the stale rows");
            rebuild(&tx).unwrap();
            tx.commit().unwrap();
            assert!(trusted(&store).unwrap());
            assert_eq!(all(&store).unwrap(), worked_out(&store).unwrap());
        }

        fn slipping_is_worked_out_from_the_rows_for_any_factor(db) {
            let mut store = db.open();
            // Gaps 10, 10: median 10; factor 2 crosses 21 days after day 20.
            buy(&mut store, &[(1, 0, 1), (1, 10, 1), (1, 20, 1), (2, 0, 1), (2, 5, 1)]);
            let s = slipping_between(&store, 0, 100, 2.0).unwrap();
            assert_eq!(s, vec![Slipping { contact_id: 1, on: 41, last_day: 20, median_gap_x2: 20 }]);
            assert_eq!(slipping_between(&store, 0, 100, 3.0).unwrap()[0].on, 51);
            assert!(slipping_between(&store, 42, 100, 2.0).unwrap().is_empty());
        }

        /// Read by gap through the index, the crossings are exactly those of
        /// the rule applied to every customer's row, for any window and factor.
        fn crossings_read_by_rhythm_are_the_rule_over_every_row(db) {
            let mut store = db.open();
            let mut rows = Vec::new();
            for c in 1..=60i64 {
                // Irregular rhythms: 1 to 6 visits, gaps of 1 to 40 days.
                let mut day = (c * 7 % 50) as i32;
                for v in 0..(1 + c % 6) {
                    rows.push((c, day, 100 + v));
                    day += 1 + ((c * 13 + v * 7) % 40) as i32;
                }
            }
            buy(&mut store, &rows);
            let every: Vec<Kept> = all(&store).unwrap();
            let mut crossings = 0;
            for factor in [1.0, 1.5, 2.0, 3.25] {
                for (from, until) in [(0, 400), (60, 90), (100, 100), (250, 260)] {
                    let expected: Vec<i64> = every
                        .iter()
                        .filter(|k| {
                            let v = &k.visits;
                            rhythm::slipping_day(v.last_day, v.visits, k.median_gap_x2, factor, rhythm::MIN_VISITS)
                                .is_some_and(|on| (from..=until).contains(&on))
                        })
                        .map(|k| k.visits.contact_id)
                        .collect();
                    let got: Vec<i64> =
                        slipping_between(&store, from, until, factor).unwrap().iter().map(|s| s.contact_id).collect();
                    assert_eq!(got, expected, "factor {factor}, {from}..={until}");
                    crossings += got.len();
                }
            }
            assert!(every.iter().filter(|k| k.visits.visits >= 3).count() > 20, "the shop has regulars");
            assert!(crossings > 10, "the windows hold crossings ({crossings})");
        }
    }

    /// SQLite only: the query plan is SQLite's (PostgreSQL's planner
    /// picks by table size, and has no such report).
    #[test]
    fn the_rhythm_index_covers_the_regulars_the_rule_knows() {
        // migrations/0026 indexes customers of 3 visits or more.
        assert_eq!(rhythm::MIN_VISITS, 3);
        let store = Store::open_in_memory().unwrap();
        let plan: String = store
            .db()
            .sql()
            .query_row(
                "EXPLAIN QUERY PLAN SELECT contact_id FROM customer_totals \
                 WHERE visits >= 3 AND median_gap_x2 = 14 AND last_day BETWEEN 1 AND 9",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("customer_totals_rhythm"), "{plan}");
    }
}
