//! The store API (`sql.rs`) behaves the same on both engines: what the
//! store's SQL relies on, each case run as `name::sqlite` and
//! `name::postgres` (`test_pg::conformance!`). These are the places where
//! SQLite and PostgreSQL differ unless the schema or the API makes them
//! agree: types read back, text order, case, conflicts, sums, isolation.

use super::sql::{params, OptionalExtension};
use super::{contacts, Store};
use crate::domain::contact::ContactFields;

fn contact(store: &mut Store, name: &str) -> i64 {
    let tx = store.begin().unwrap();
    let f = ContactFields { name: name.into(), ..Default::default() };
    let id = contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
    tx.commit().unwrap();
    id
}

crate::test_pg::conformance! {
    /// Integers at the ends of i64, NULLs and text beyond ASCII come back
    /// as they were bound; an integer read as a float is that float.
    fn values_come_back_as_they_were_bound(db) {
        let mut store = db.open();
        let id = contact(&mut store, "Zoé 🌱 Garnier");
        let tx = store.begin().unwrap();
        for (day, cents) in [(1, i64::MAX), (2, i64::MIN), (3, 0)] {
            let sql = "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (?1, ?2, ?3)";
            tx.execute(sql, params![id, day, cents]).unwrap();
        }
        tx.commit().unwrap();
        let cents: Vec<i64> = store
            .prepare("SELECT amount_cents FROM purchases ORDER BY day")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(cents, [i64::MAX, i64::MIN, 0]);
        let sql = "SELECT name, notes FROM contacts WHERE id = ?1";
        let (name, note): (String, Option<String>) =
            store.query_row(sql, [id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((name.as_str(), note), ("Zoé 🌱 Garnier", None));
        let sql = "SELECT CAST(amount_cents AS DOUBLE PRECISION) FROM purchases WHERE day = 3";
        let as_float: f64 = store.query_row(sql, [], |r| r.get(0)).unwrap();
        assert_eq!(as_float, 0.0);
    }

    /// No row is `None` through `optional()` and `query_opt`, never an error.
    fn no_row_is_none(db) {
        let store = db.open();
        let sql = "SELECT name FROM contacts WHERE id = ?1";
        assert_eq!(store.query_row(sql, [42], |r| r.get::<_, String>(0)).optional().unwrap(), None);
        assert_eq!(store.query_opt(sql, [42], |r| r.get::<_, String>(0)).unwrap(), None);
    }

    /// Text sorts and compares by code point (SQLite's BINARY, the "C"
    /// collation of the PostgreSQL schema): upper case before lower, accents
    /// after both, whatever the server's locale.
    fn text_sorts_by_code_point(db) {
        let mut store = db.open();
        for name in ["éa", "b", "B", "a", "Z", "ab"] {
            contact(&mut store, name);
        }
        let names: Vec<String> = store
            .prepare("SELECT name FROM contacts ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(names, ["B", "Z", "a", "ab", "b", "éa"]);
        let below: i64 = store.query_row("SELECT count(*) FROM contacts WHERE name < 'a'", [], |r| r.get(0)).unwrap();
        assert_eq!(below, 2);
    }

    /// `db.nocase` folds ASCII case only, as SQLite's NOCASE does.
    fn nocase_folds_ascii_only(db) {
        let mut store = db.open();
        contact(&mut store, "ÉLAN Atelier");
        let same = |a: &str| -> i64 {
            let sql = format!("SELECT count(*) FROM contacts WHERE {} = {}", store.nocase("name"), store.nocase("?1"));
            store.query_row(&sql, [a], |r| r.get(0)).unwrap()
        };
        assert_eq!(same("ÉLAN atelier"), 1);
        assert_eq!(same("élan ATELIER"), 0, "É and é are different letters to NOCASE");
    }

    /// `ON CONFLICT DO NOTHING` writes nothing and says so (0 rows), and
    /// `RETURNING id` gives the new row's id.
    fn a_conflict_does_nothing_and_returning_gives_the_id(db) {
        let mut store = db.open();
        let tx = store.begin().unwrap();
        let sql = "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT DO NOTHING";
        assert_eq!(tx.execute(sql, ["conformance", "1"]).unwrap(), 1);
        assert_eq!(tx.execute(sql, ["conformance", "2"]).unwrap(), 0);
        let sql = "INSERT INTO contacts (name, search_key, created_at, updated_at) VALUES ('A', 'a', 't', 't') \
                   RETURNING id";
        let id: i64 = tx.query_row(sql, [], |r| r.get(0)).unwrap();
        tx.commit().unwrap();
        let sql = "SELECT value FROM settings WHERE key = 'conformance'";
        let value: String = store.query_row(sql, [], |r| r.get(0)).unwrap();
        assert_eq!(value, "1");
        assert_eq!(contacts::count(&store).unwrap(), 1);
        assert_eq!(id, contact(&mut store, "B") - 1);
    }

    /// A sum past i32 stays exact (`CAST(sum(x) AS BIGINT)`), and an
    /// UPDATE says how many rows it changed.
    fn sums_are_exact_and_updates_count_their_rows(db) {
        let mut store = db.open();
        let id = contact(&mut store, "A");
        let tx = store.begin().unwrap();
        for day in 0..3 {
            tx.execute(
                "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (?1, ?2, ?3)",
                params![id, day, 99_999_999_999i64],
            )
            .unwrap();
        }
        assert_eq!(tx.execute("UPDATE purchases SET amount_cents = amount_cents + 1 WHERE day < 2", []).unwrap(), 2);
        tx.commit().unwrap();
        let sum: i64 =
            store.query_row("SELECT CAST(sum(amount_cents) AS BIGINT) FROM purchases", [], |r| r.get(0)).unwrap();
        assert_eq!(sum, 3 * 99_999_999_999 + 2);
    }

    /// `db.group_concat` joins in the order asked.
    fn group_concat_joins_in_order(db) {
        let mut store = db.open();
        for name in ["b", "c", "a"] {
            contact(&mut store, name);
        }
        let sql = format!(
            "SELECT {} FROM (SELECT name FROM contacts ORDER BY name) AS t",
            store.group_concat("name", "','", "name")
        );
        let joined: String = store.query_row(&sql, [], |r| r.get(0)).unwrap();
        assert_eq!(joined, "a,b,c");
    }

    /// A write is seen by another connection only once committed.
    fn another_connection_sees_only_committed_writes(db) {
        let mut writer = db.open();
        let reader = db.open();
        contact(&mut writer, "A");
        let tx = writer.begin().unwrap();
        let f = ContactFields { name: "B".into(), ..Default::default() };
        contacts::insert(&tx, &f, &[], "2024-01-01T00:00:00Z", None).unwrap();
        assert_eq!(contacts::count(&tx).unwrap(), 2, "the transaction sees its own write");
        assert_eq!(contacts::count(&reader).unwrap(), 1, "another connection does not, yet");
        tx.commit().unwrap();
        assert_eq!(contacts::count(&reader).unwrap(), 2);
    }
}
