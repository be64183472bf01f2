//! The purchase scan behind cohort retention and the dashboard's months:
//! every purchase up to a day, in (contact, day) order, from the covering
//! index alone.

use super::sql::params;
use super::Db;
use crate::domain::dates::from_day_number;
use crate::error::Result;
use chrono::NaiveDate;

/// Hand `each` every purchase on or before `until` as (contact, day,
/// cents), in contact then day order.
pub fn scan(conn: &Db, until: i32, mut each: impl FnMut(i64, NaiveDate, i64)) -> Result<()> {
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT contact_id, day, amount_cents FROM purchases {} WHERE day <= ?1 ORDER BY contact_id, day",
        conn.indexed_by("purchases_contact_day")
    ))?;
    let mut rows = stmt.query(params![until])?;
    while let Some(r) = rows.next()? {
        let day: i32 = r.get(1)?;
        // Days are written by carnet from real dates: one that is not is skipped, not a crash.
        if let Some(d) = from_day_number(day) {
            each(r.get(0)?, d, r.get(2)?);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    crate::test_pg::conformance! {
        fn scan_reads_in_contact_then_day_order_up_to_the_day(db) {
            let s = db.open();
            s.sql()
                .execute_batch(
                    "INSERT INTO contacts (id, name, search_key, created_at, updated_at) VALUES \
                     (1, 'a', 'a', 't', 't'), (2, 'b', 'b', 't', 't');
                     INSERT INTO purchases (contact_id, day, amount_cents) VALUES \
                     (2, 738000, 5), (1, 738010, 7), (1, 738001, -3), (1, 739000, 9);",
                )
                .unwrap();
            let mut seen = Vec::new();
            let day = crate::domain::dates::to_day_number;
            crate::store::cohorts::scan(&s, 738500, |c, d, a| seen.push((c, day(d), a))).unwrap();
            assert_eq!(seen, vec![(1, 738001, -3), (1, 738010, 7), (2, 738000, 5)]);
        }
    }
}
