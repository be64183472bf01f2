//! Moving a shop across engines (`carnet db copy`, `carnet backup` of a
//! PostgreSQL database): every table copied row by row into a freshly
//! migrated, empty database of the other engine, in one transaction, then
//! a count and a checksum of every table compared on both sides.

use super::sql::{EngineKind, ToSql, ValueRef};
use super::{Db, Store};
use crate::error::{Error, Kind, Result};
use sha2::{Digest, Sha256};

/// One table as copied: how many rows, and a checksum of its rows that
/// does not depend on their order (the sum of each row's SHA-256).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableCopy {
    pub table: String,
    pub rows: i64,
    pub checksum: String,
}

/// The tables and their columns, in the order they were created (a table
/// referred to comes before the one referring to it), read from whichever
/// side is SQLite.
fn tables(sqlite: &Db) -> Result<Vec<(String, Vec<String>)>> {
    let names: Vec<String> = sqlite
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")?
        .query_map([], |r| r.get(0))?
        .collect::<super::sql::Result<_>>()?;
    let mut out = Vec::new();
    for t in names {
        let cols: Vec<String> = sqlite
            .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
            .query_map([&t], |r| r.get(0))?
            .collect::<super::sql::Result<_>>()?;
        out.push((t, cols));
    }
    Ok(out)
}

impl ToSql for ValueRef<'_> {
    fn as_sqlite(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef as V};
        Ok(ToSqlOutput::Borrowed(match *self {
            ValueRef::Null => V::Null,
            ValueRef::Integer(i) => V::Integer(i),
            ValueRef::Real(f) => V::Real(f),
            ValueRef::Text(t) => V::Text(t),
            ValueRef::Blob(b) => V::Blob(b),
        }))
    }

    fn pg(&self) -> super::sql::PgParam<'_> {
        use super::sql::PgParam;
        match *self {
            ValueRef::Null => PgParam::Null,
            ValueRef::Integer(i) => PgParam::Int(i),
            ValueRef::Real(f) => PgParam::Float(f),
            ValueRef::Text(t) => std::str::from_utf8(t).map_or(PgParam::Bytes(t), PgParam::Text),
            ValueRef::Blob(b) => PgParam::Bytes(b),
        }
    }
}

/// A row's values in one canonical form, the same on both engines.
fn row_digest(values: &[ValueRef<'_>]) -> [u8; 32] {
    let mut h = Sha256::new();
    for v in values {
        match v {
            ValueRef::Null => h.update(b"N"),
            ValueRef::Integer(i) => {
                h.update(b"I");
                h.update(i.to_be_bytes());
            }
            ValueRef::Real(f) => {
                h.update(b"R");
                h.update(f.to_bits().to_be_bytes());
            }
            ValueRef::Text(t) | ValueRef::Blob(t) => {
                h.update(b"T");
                h.update((t.len() as u64).to_be_bytes());
                h.update(t);
            }
        }
    }
    h.finalize().into()
}

/// Count and checksum of one table on one side.
fn summarise(db: &Db, table: &str, cols: &[String]) -> Result<TableCopy> {
    let mut stmt = db.prepare(&format!("SELECT {} FROM {table}", cols.join(", ")))?;
    let mut rows = stmt.query([])?;
    let (mut n, mut sum) = (0i64, [0u64; 4]);
    while let Some(r) = rows.next()? {
        let values = (0..cols.len()).map(|i| r.get_ref(i)).collect::<super::sql::Result<Vec<_>>>()?;
        add(&mut sum, &row_digest(&values));
        n += 1;
    }
    let checksum = sum.iter().map(|w| format!("{w:016x}")).collect();
    Ok(TableCopy { table: table.to_string(), rows: n, checksum })
}

/// A 256-bit sum, wrapping: the order of the rows does not matter.
fn add(sum: &mut [u64; 4], digest: &[u8; 32]) {
    let mut carry = 0u128;
    for i in (0..4).rev() {
        let word = u64::from_be_bytes(digest[i * 8..i * 8 + 8].try_into().unwrap_or_default());
        let s = sum[i] as u128 + word as u128 + carry;
        sum[i] = s as u64;
        carry = s >> 64;
    }
}

fn refuse(id: &'static str, args: Vec<(&'static str, crate::i18n::Arg)>) -> Error {
    Error::t(Kind::Invalid, id, args).with_hint_t("hint-db-copy", vec![])
}

/// Copy every table of `from` into `to`, which must hold no contact and no
/// purchase (a fresh database: its own seed rows are replaced by
/// `from`'s). All or nothing; returns each table's count and checksum,
/// equal on both sides, and the consent chain verified on `to`.
pub fn copy_all(from: &Store, to: &mut Store) -> Result<Vec<TableCopy>> {
    if !to.is_empty()? {
        return Err(refuse("err-db-copy-not-empty", crate::targs!["to" => to.path().display().to_string()]));
    }
    let layout = match (from.engine(), to.engine()) {
        (EngineKind::Sqlite, _) => tables(from)?,
        (_, EngineKind::Sqlite) => tables(to)?,
        _ => return Err(refuse("err-db-copy-same", vec![])),
    };
    let tx = to.begin_bulk()?;
    // The copy carries the kept figures and sealed history as they are:
    // the target's own triggers (totals, append-only refusals) stay out of it.
    let mut triggers: Vec<String> = Vec::new();
    match tx.engine() {
        EngineKind::Sqlite => {
            let found: Vec<(String, String)> = tx
                .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<super::sql::Result<_>>()?;
            for (name, sql) in found {
                tx.execute_batch(&format!("DROP TRIGGER {name}"))?;
                triggers.push(sql);
            }
        }
        EngineKind::Postgres => tx.execute_batch("SET LOCAL session_replication_role = replica")?,
    }
    for (table, _) in layout.iter().rev() {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    for (table, cols) in &layout {
        // Into PostgreSQL: one COPY per table, the rows streamed from the
        // SQLite file as they are read.
        let names: Vec<&str> = cols.iter().map(String::as_str).collect();
        let copied = tx.copy_in(table, &names, &mut |out| {
            let mut read = from.prepare(&format!("SELECT {} FROM {table}", cols.join(", ")))?;
            let mut rows = read.query([])?;
            while let Some(r) = rows.next()? {
                let values = (0..cols.len()).map(|i| r.get_ref(i)).collect::<super::sql::Result<Vec<_>>>()?;
                let binds: Vec<&dyn ToSql> = values.iter().map(|v| v as &dyn ToSql).collect();
                out.row(&binds)?;
            }
            Ok(())
        })?;
        if copied.is_none() {
            copy_rows(from, &tx, table, cols)?;
        }
        if tx.engine() == EngineKind::Postgres && cols.iter().any(|c| c == "id") {
            tx.query_row(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                     (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
                ),
                [],
                |r| r.get::<_, Option<i64>>(0),
            )?;
        }
    }
    for sql in &triggers {
        tx.execute_batch(sql)?;
    }
    // Compared before the commit: a difference leaves the target as it was.
    let mut out = Vec::new();
    for (table, cols) in &layout {
        let a = summarise(from, table, cols)?;
        let b = summarise(&tx, table, cols)?;
        if a != b {
            return Err(Error::t(Kind::Damaged, "err-db-copy-differs", crate::targs!["table" => table.clone()])
                .with_hint_t("hint-db-copy", vec![]));
        }
        out.push(a);
    }
    let chain = super::consent_chain::verify(&tx)?;
    if let Some((_, what)) = chain.problem {
        return Err(Error::t(Kind::Damaged, "err-db-copy-chain", crate::targs!["what" => what])
            .with_hint_t("hint-db-copy", vec![]));
    }
    tx.commit()?;
    to.end_bulk()?;
    Ok(out)
}

/// One table's rows, INSERTed one by one (into SQLite, where that is
/// what a bulk load costs).
fn copy_rows(from: &Db, tx: &Db, table: &str, cols: &[String]) -> Result<()> {
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let mut insert = tx.prepare(&format!("INSERT INTO {table} ({}) VALUES ({})", cols.join(", "), marks.join(", ")))?;
    let mut read = from.prepare(&format!("SELECT {} FROM {table}", cols.join(", ")))?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..cols.len() {
            insert.raw_bind_parameter(i + 1, r.get_ref(i)?)?;
        }
        insert.raw_execute()?;
    }
    Ok(())
}

/// A value read back as it is bound (for the tests).
#[cfg(test)]
fn owned(v: ValueRef<'_>) -> super::sql::Value {
    use super::sql::Value;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_ignores_row_order_and_sees_every_value() {
        let a = row_digest(&[ValueRef::Integer(1), ValueRef::Text(b"x")]);
        let b = row_digest(&[ValueRef::Integer(2), ValueRef::Null]);
        let (mut s1, mut s2) = ([0u64; 4], [0u64; 4]);
        add(&mut s1, &a);
        add(&mut s1, &b);
        add(&mut s2, &b);
        add(&mut s2, &a);
        assert_eq!(s1, s2);
        assert_ne!(row_digest(&[ValueRef::Text(b"1")]), row_digest(&[ValueRef::Integer(1)]));
        assert_ne!(row_digest(&[ValueRef::Null]), row_digest(&[ValueRef::Text(b"")]));
        assert_eq!(owned(ValueRef::Integer(3)), super::super::sql::Value::Integer(3));
    }

    crate::test_pg::conformance! {
        /// A shop on either engine copies to a new SQLite file (`db copy
        /// --to shop.db`, `backup` from a server) exactly.
        fn a_shop_copies_to_a_sqlite_file_exactly(db) {
            let mut from = db.open();
            let tx = from.begin().unwrap();
            let f = crate::domain::contact::ContactFields { name: "Anne".into(), ..Default::default() };
            let tags = ["vip".to_string()];
            let id = crate::store::contacts::insert(&tx, &f, &tags, "2024-01-01T00:00:00Z", None).unwrap();
            let sql = "INSERT INTO purchases (contact_id, day, amount_cents) VALUES (?1, 738000, 1250)";
            tx.execute(sql, [id]).unwrap();
            tx.commit().unwrap();
            let mut to = Store::open(&db.dir().join("b.db"), crate::store::OpenMode::Create).unwrap();
            let copied = copy_all(&from, &mut to).unwrap();
            let purchases = copied.iter().find(|t| t.table == "purchases").unwrap();
            assert_eq!(purchases.rows, 1);
            let totals = copied.iter().find(|t| t.table == "customer_totals").unwrap();
            assert_eq!(totals.rows, 1, "the kept figures come across as they are");
            assert_eq!(crate::store::contacts::count(&to).unwrap(), 1);
            assert_eq!(crate::store::contacts::tags(&to, id).unwrap(), vec!["vip".to_string()]);
            assert_eq!(
                crate::store::purchases::summary(&to, id).unwrap(),
                crate::store::purchases::summary(&from, id).unwrap()
            );
            // A second copy into a shop that now holds data is refused.
            assert!(copy_all(&from, &mut to).is_err());
        }
    }

    #[test]
    fn a_sqlite_shop_copies_to_postgresql_and_reads_the_same() {
        let Some(pg) = crate::test_pg::fresh_database("store::copy::a_sqlite_shop_copies_to_postgresql") else {
            return;
        };
        let mut from = Store::open_in_memory().unwrap();
        let tx = from.begin().unwrap();
        let f = crate::domain::contact::ContactFields { name: "Anne".into(), ..Default::default() };
        let id = super::super::contacts::insert(&tx, &f, &["vip".into()], "2024-01-01T00:00:00Z", None).unwrap();
        for (day, cents) in [(738000, 1250), (738010, -250), (738030, 4000)] {
            tx.execute("INSERT INTO purchases (contact_id, day, amount_cents) VALUES (?1, ?2, ?3)", [id, day, cents])
                .unwrap();
        }
        tx.commit().unwrap();
        let mut to = Store::open(std::path::Path::new(pg.url()), super::super::OpenMode::Create).unwrap();
        assert_eq!(to.engine(), EngineKind::Postgres);
        let copied = copy_all(&from, &mut to).unwrap();
        assert_eq!(copied.iter().find(|t| t.table == "purchases").unwrap().rows, 3);
        assert_eq!(
            super::super::purchases::summary(&to, id).unwrap(),
            super::super::purchases::summary(&from, id).unwrap()
        );
        assert_eq!(super::super::contacts::tags(&to, id).unwrap(), vec!["vip".to_string()]);
        // New rows on the server take ids after the copied ones, and the
        // database's triggers keep the totals of a purchase added there.
        let tx = to.begin().unwrap();
        let next = super::super::contacts::insert(&tx, &f, &[], "2024-01-02T00:00:00Z", None).unwrap();
        tx.commit().unwrap();
        assert_eq!(next, id + 1);
    }
}
