//! The kept figures a contact's card is placed among (schema 32, the
//! `population` table, one row at most): written by the bulk writes and
//! `report refresh` in a transaction of their own, read by `contact show`.
//! What they hold is the app's business (`app::population`); here they are
//! a day, a purchase id, counts and a JSON text.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::error::Result;

/// The row as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct KeptPopulation {
    /// The day the figures are of (a day number).
    pub as_of: i32,
    /// The highest purchase id when they were worked out (0: none).
    pub last_purchase_id: i64,
    pub customers: i64,
    /// The value matrix's activity window they were worked out with.
    pub active_days: i64,
    /// The figures themselves, as JSON.
    pub figures: String,
}

/// The kept row, if any.
pub fn read(db: &Db) -> Result<Option<KeptPopulation>> {
    Ok(db
        .sql()
        .query_row(
            "SELECT as_of, last_purchase_id, customers, active_days, figures FROM population WHERE id = 1",
            [],
            |r| {
                Ok(KeptPopulation {
                    as_of: r.get(0)?,
                    last_purchase_id: r.get(1)?,
                    customers: r.get(2)?,
                    active_days: r.get(3)?,
                    figures: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// Keep `p` in place of whatever was kept.
pub fn write(tx: &Tx, p: &KeptPopulation) -> Result<()> {
    tx.sql().execute(
        "INSERT INTO population (id, as_of, last_purchase_id, customers, active_days, figures) \
         VALUES (1, ?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, last_purchase_id = excluded.last_purchase_id, \
         customers = excluded.customers, active_days = excluded.active_days, figures = excluded.figures",
        params![p.as_of, p.last_purchase_id, p.customers, p.active_days, p.figures],
    )?;
    Ok(())
}

/// Drop the kept figures (a write that took purchases away: the next card
/// works its figures out until they are refreshed).
pub fn forget(tx: &Tx) -> Result<()> {
    tx.sql().execute("DELETE FROM population", [])?;
    Ok(())
}

/// The highest purchase id (0 with none): one step down the table's key.
pub fn last_purchase_id(db: &Db) -> Result<i64> {
    Ok(db.sql().query_row("SELECT coalesce(max(id), 0) FROM purchases", [], |r| r.get(0))?)
}

/// How many purchases have an id above `id`: a range of the table's key,
/// as long as the purchases added since, whatever the size of the file.
pub fn purchases_after(db: &Db, id: i64) -> Result<i64> {
    Ok(db.sql().query_row("SELECT count(*) FROM purchases WHERE id > ?1", [id], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::test_pg::conformance! {
        fn one_row_kept_replaced_and_forgotten(db) {
            let mut store = db.open();
            assert_eq!(read(&store).unwrap(), None);
            let a = KeptPopulation {
                as_of: 739000,
                last_purchase_id: 7,
                customers: 3,
                active_days: 365,
                figures: "{}".into(),
            };
            let b = KeptPopulation { as_of: 739001, last_purchase_id: 9, customers: 4, ..a.clone() };
            let tx = store.begin().unwrap();
            write(&tx, &a).unwrap();
            write(&tx, &b).unwrap();
            tx.commit().unwrap();
            assert_eq!(read(&store).unwrap(), Some(b));
            let tx = store.begin().unwrap();
            forget(&tx).unwrap();
            tx.commit().unwrap();
            assert_eq!(read(&store).unwrap(), None);
        }

        fn purchases_after_counts_the_ids_above(db) {
            let store = db.open();
            store
                .execute_raw(
                    "INSERT INTO contacts (id, ref, name, search_key, created_at, updated_at) \
                     VALUES (1, 'A', 'A', 'a', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');
                     INSERT INTO purchases (id, contact_id, day, amount_cents) VALUES (3, 1, 739000, 100), (5, 1, 739001, 200), (8, 1, 739002, 300);",
                )
                .unwrap();
            assert_eq!(last_purchase_id(&store).unwrap(), 8);
            assert_eq!(purchases_after(&store, 3).unwrap(), 2);
            assert_eq!(purchases_after(&store, 8).unwrap(), 0);
            assert_eq!(purchases_after(&store, 0).unwrap(), 3);
        }
    }
}
