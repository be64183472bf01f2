//! Purchases: what each customer bought, on which day, for how much.

use super::sql::Value;
use super::sql::{params_from_iter, OptionalExtension, Statement};
use super::{Db, Tx};
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::money::Cents;
pub use crate::domain::purchase::{NewPurchase, Purchase, PurchaseSummary};
use crate::error::Result;
use chrono::NaiveDate;

/// Rows per statement of a bulk insert: one statement stepping over many
/// rows costs a fraction of one statement per row (binding, resetting and
/// re-entering the VM dominate an insert of four integers).
const ROWS_PER_STATEMENT: usize = 64;

const INSERT: &str = "INSERT INTO purchases (contact_id, day, amount_cents, note, order_ref, batch_id, category_id, \
     channel, recorded_by) VALUES ";
const PLACEHOLDERS: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
/// Parameters per row.
const COLUMNS: usize = 9;

/// The columns a PostgreSQL COPY writes: [`INSERT`]'s, in its order.
const COPY_COLUMNS: [&str; COLUMNS] =
    ["contact_id", "day", "amount_cents", "note", "order_ref", "batch_id", "category_id", "channel", "recorded_by"];

/// From this many rows on, PostgreSQL is sent one COPY rather than
/// multi-row INSERTs (below, the COPY's own round trips cost more).
const COPY_FROM: usize = ROWS_PER_STATEMENT;

/// Prepared inserts, reused for every row of an import.
pub struct Inserter<'c> {
    db: &'c Db,
    one: Statement<'c>,
    many: Statement<'c>,
    /// Who records them (`recorded_by`).
    by: Option<String>,
}

impl<'c> Inserter<'c> {
    pub fn new(conn: &'c Tx) -> Result<Self> {
        let many = vec![PLACEHOLDERS; ROWS_PER_STATEMENT].join(", ");
        Ok(Inserter {
            db: conn.sql(),
            one: conn.sql().prepare(&format!("{INSERT}{PLACEHOLDERS}"))?,
            many: conn.sql().prepare(&format!("{INSERT}{many}"))?,
            by: conn.recorded_by()?.map(String::from),
        })
    }

    pub fn insert(&mut self, p: &NewPurchase) -> Result<()> {
        bind(&mut self.one, 0, p, self.by.as_deref())?;
        self.one.raw_execute()?;
        Ok(())
    }

    /// Inserts `rows` in order (their ids follow that order): on
    /// PostgreSQL a big enough batch is one `COPY … FROM STDIN` (binary),
    /// in the same transaction, its statement trigger keeping the totals
    /// (or not, while a bulk write has them suspended) as an INSERT's does.
    pub fn insert_all(&mut self, rows: &[NewPurchase]) -> Result<()> {
        if rows.len() >= COPY_FROM {
            let by = &self.by;
            let copied = self.db.copy_in("purchases", &COPY_COLUMNS, &mut |out| {
                for p in rows {
                    let day = to_day_number(p.day);
                    out.row(&[
                        &p.contact_id,
                        &day,
                        &p.amount.0,
                        &p.note,
                        &p.order_ref,
                        &p.batch_id,
                        &p.category_id,
                        &p.channel,
                        by,
                    ])?;
                }
                Ok(())
            })?;
            if copied.is_some() {
                return Ok(());
            }
        }
        let mut groups = rows.chunks_exact(ROWS_PER_STATEMENT);
        for group in &mut groups {
            for (i, p) in group.iter().enumerate() {
                bind(&mut self.many, i * COLUMNS, p, self.by.as_deref())?;
            }
            self.many.raw_execute()?;
        }
        groups.remainder().iter().try_for_each(|p| self.insert(p))
    }
}

#[cfg(test)]
mod copy_tests {
    #[test]
    fn the_copy_writes_the_insert_s_columns_in_its_order() {
        assert!(super::INSERT.contains(&format!("({})", super::COPY_COLUMNS.join(", "))));
    }
}

fn bind(stmt: &mut Statement, at: usize, p: &NewPurchase, by: Option<&str>) -> Result<()> {
    stmt.raw_bind_parameter(at + 1, p.contact_id)?;
    stmt.raw_bind_parameter(at + 2, to_day_number(p.day))?;
    stmt.raw_bind_parameter(at + 3, p.amount.0)?;
    stmt.raw_bind_parameter(at + 4, p.note)?;
    stmt.raw_bind_parameter(at + 5, p.order_ref)?;
    stmt.raw_bind_parameter(at + 6, p.batch_id)?;
    stmt.raw_bind_parameter(at + 7, p.category_id)?;
    stmt.raw_bind_parameter(at + 8, p.channel)?;
    stmt.raw_bind_parameter(at + 9, by)?;
    Ok(())
}

/// One purchase at the counter (the database keeps its customer's totals).
pub fn insert(conn: &Tx, p: &NewPurchase) -> Result<i64> {
    let by = conn.recorded_by()?;
    let mut stmt = conn.sql().prepare_cached(&format!("{INSERT}(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id"))?;
    bind(&mut stmt, 0, p, by)?;
    let mut rows = stmt.raw_query()?;
    match rows.next()? {
        Some(r) => Ok(r.get(0)?),
        None => Err(super::sql::Error::NoRows.into()),
    }
}

pub fn summary(conn: &Db, contact_id: i64) -> Result<PurchaseSummary> {
    Ok(conn.sql().query_row(
        // First and last visit: a refund is not one.
        "SELECT count(*), CAST(coalesce(sum(amount_cents), 0) AS BIGINT), min(CASE WHEN amount_cents >= 0 THEN day END), \
         max(CASE WHEN amount_cents >= 0 THEN day END) FROM purchases WHERE contact_id = ?1",
        [contact_id],
        |r| {
            Ok(PurchaseSummary {
                count: r.get(0)?,
                total: Cents(r.get(1)?),
                first: r.get::<_, Option<i32>>(2)?.and_then(from_day_number),
                last: r.get::<_, Option<i32>>(3)?.and_then(from_day_number),
            })
        },
    )?)
}

/// Who recorded one contact's latest purchase (by day, then as entered).
pub fn last_recorder(conn: &Db, contact_id: i64) -> Result<Option<String>> {
    Ok(conn
        .sql()
        .query_row(
            "SELECT recorded_by FROM purchases WHERE contact_id = ?1 ORDER BY day DESC, id DESC LIMIT 1",
            [contact_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// What one contact spent on or after `since`.
pub fn revenue_since(conn: &Db, contact_id: i64, since: NaiveDate) -> Result<Cents> {
    Ok(Cents(conn.sql().query_row(
        "SELECT CAST(coalesce(sum(amount_cents), 0) AS BIGINT) FROM purchases WHERE contact_id = ?1 AND day >= ?2",
        super::sql::params![contact_id, to_day_number(since)],
        |r| r.get(0),
    )?))
}

#[derive(Debug, Clone, Default)]
pub struct PurchaseFilter {
    pub contact_id: Option<i64>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub limit: Option<u64>,
    /// Newest first (listing) or oldest first (export).
    pub newest_first: bool,
    pub category_id: Option<i64>,
    pub channel: Option<String>,
}

const SELECT: &str = "SELECT p.id, p.contact_id, c.ref, c.name, p.day, p.amount_cents, p.note, p.order_ref, \
                      p.batch_id, g.name, p.channel, p.recorded_by FROM purchases p JOIN contacts c ON c.id = p.contact_id \
                      LEFT JOIN categories g ON g.id = p.category_id";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Purchase> {
    let day: i32 = r.get(4)?;
    Ok(Purchase {
        id: r.get(0)?,
        contact_id: r.get(1)?,
        contact_ref: r.get(2)?,
        contact_name: r.get(3)?,
        date: from_day_number(day).unwrap_or_default(),
        amount: Cents(r.get(5)?),
        note: r.get(6)?,
        order_ref: r.get(7)?,
        batch_id: r.get(8)?,
        category: r.get(9)?,
        channel: r.get(10)?,
        recorded_by: r.get(11)?,
    })
}

/// Streams the purchases matching `f` through `each`.
pub fn for_each(conn: &Db, f: &PurchaseFilter, mut each: impl FnMut(Purchase) -> Result<()>) -> Result<()> {
    let mut wheres = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    if let Some(id) = f.contact_id {
        args.push(Value::Integer(id));
        wheres.push(format!("p.contact_id = ?{}", args.len()));
    }
    if let Some(d) = f.since {
        args.push(Value::Integer(to_day_number(d) as i64));
        wheres.push(format!("p.day >= ?{}", args.len()));
    }
    if let Some(d) = f.until {
        args.push(Value::Integer(to_day_number(d) as i64));
        wheres.push(format!("p.day <= ?{}", args.len()));
    }
    if let Some(id) = f.category_id {
        args.push(Value::Integer(id));
        wheres.push(format!("p.category_id = ?{}", args.len()));
    }
    if let Some(ch) = &f.channel {
        args.push(Value::Text(ch.clone()));
        wheres.push(format!("p.channel = ?{}", args.len()));
    }
    let where_sql = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
    let order = if f.newest_first { "p.day DESC, p.id DESC" } else { "p.day, p.id" };
    let sql = match f.limit {
        // The few rows first, from the purchases alone (the newest of the
        // whole file from the end of `purchases_day_id`, a filtered few
        // from the covering per-contact index); names joined to those only.
        Some(l) => format!(
            "{SELECT} WHERE p.id IN (SELECT p.id FROM purchases p {where_sql} ORDER BY {order} LIMIT {l}) ORDER BY {order}"
        ),
        None => format!("{SELECT} {where_sql} ORDER BY {order}"),
    };
    let mut stmt = conn.sql().prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(args))?;
    while let Some(r) = rows.next()? {
        each(from_row(&r)?)?;
    }
    Ok(())
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Purchase>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], from_row).optional()?)
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    conn.sql().execute("DELETE FROM purchases WHERE id = ?1", [id])?;
    Ok(())
}

/// Totals over the whole file, for the demo's closing line.
pub fn totals(conn: &Db) -> Result<(i64, Cents)> {
    Ok(conn.sql().query_row(
        "SELECT count(*), CAST(coalesce(sum(amount_cents), 0) AS BIGINT) FROM purchases",
        [],
        |r| Ok((r.get(0)?, Cents(r.get(1)?))),
    )?)
}

/// The purchases' indexes, exactly as the migrations create them: the
/// per-contact one covers every report, category and channel included; the
/// category one answers renewals; the day one `purchase list --limit`.
/// Dropped and rebuilt around a bulk import: one sort each beats millions
/// of B-tree inserts in random order.
const INDEXES: &[(&str, &str)] = &[
    ("purchases_contact_day", "ON purchases (contact_id, day, amount_cents, category_id, channel)"),
    ("purchases_category", "ON purchases (category_id, contact_id, day) WHERE category_id IS NOT NULL"),
    ("purchases_day_id", "ON purchases (day, id)"),
];

pub fn indexes_present(conn: &Db) -> Result<bool> {
    let mut stmt = conn.sql().prepare_cached(match conn.engine() {
        super::sql::EngineKind::Sqlite => "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1",
        super::sql::EngineKind::Postgres => "SELECT count(*) FROM pg_indexes WHERE indexname = ?1",
    })?;
    for (name, _) in INDEXES {
        if stmt.query_row([name], |r| r.get::<_, i64>(0))? == 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn drop_indexes(conn: &Tx) -> Result<()> {
    for (name, _) in INDEXES {
        conn.sql().execute_batch(&format!("DROP INDEX IF EXISTS {name};"))?;
    }
    Ok(())
}

pub fn create_indexes(conn: &Tx) -> Result<()> {
    for (name, on) in INDEXES {
        conn.sql().execute_batch(&format!("CREATE INDEX IF NOT EXISTS {name} {on};"))?;
    }
    Ok(())
}

/// The foreign keys of `purchases` on a server, as the migrations name
/// them (PostgreSQL's default `<table>_<column>_fkey`), and what each
/// refers to.
const FOREIGN_KEYS: [(&str, &str); 3] = [
    ("purchases_contact_id_fkey", "FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE"),
    ("purchases_batch_id_fkey", "FOREIGN KEY (batch_id) REFERENCES import_batches (id)"),
    ("purchases_category_id_fkey", "FOREIGN KEY (category_id) REFERENCES categories (id)"),
];

/// For a bulk import on PostgreSQL: the foreign keys of `purchases` off
/// until [`restore_foreign_keys`], in the same transaction. Each row of a
/// COPY would otherwise pass three checks of its own; adding the keys
/// back checks every row in one join. SQLite's bulk write turns its
/// foreign keys off for the connection instead (`Store::begin_bulk`).
/// Dropping a key locks `purchases` against readers too until the commit,
/// as SQLite's bulk write (a rollback journal) does.
pub fn suspend_foreign_keys(conn: &Tx) -> Result<()> {
    if conn.sql().engine() == super::sql::EngineKind::Postgres {
        let drops: Vec<String> = FOREIGN_KEYS.iter().map(|(name, _)| format!("DROP CONSTRAINT {name}")).collect();
        conn.sql().execute_batch(&format!("ALTER TABLE purchases {}", drops.join(", ")))?;
    }
    Ok(())
}

/// The foreign keys [`suspend_foreign_keys`] dropped, added back (every
/// row checked) before the import commits.
pub fn restore_foreign_keys(conn: &Tx) -> Result<()> {
    if conn.sql().engine() == super::sql::EngineKind::Postgres {
        let adds: Vec<String> =
            FOREIGN_KEYS.iter().map(|(name, what)| format!("ADD CONSTRAINT {name} {what}")).collect();
        conn.sql().execute_batch(&format!("ALTER TABLE purchases {}", adds.join(", ")))?;
    }
    Ok(())
}
