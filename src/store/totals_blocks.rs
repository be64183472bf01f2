//! The kept rows' visit figures packed by blocks of contact ids
//! (`customer_totals_blocks`, see `migrations/0021_visits_in_blocks.sql`).
//!
//! A report over every customer reads these instead of seven columns of
//! every kept row: decoding columns was most of its reading time. They are
//! written only beside `customer_totals`, in the same transaction, by
//! [`super::totals`]: a rebuild writes them all, a write at the counter
//! rewrites its customer's block (at most 1,024 customers, 40 KB).

use super::analytics::Visits;
use super::Db;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// Contact ids per block: a block's bytes stay small enough to rewrite at
/// the counter, and a million customers are a thousand blobs.
const SHIFT: u32 = 10;
/// Bytes per customer (see the migration for the layout).
const WIDTH: usize = 40;

fn block_of(contact_id: i64) -> i64 {
    contact_id >> SHIFT
}

fn put(out: &mut Vec<u8>, v: &Visits) {
    out.extend_from_slice(&v.contact_id.to_le_bytes());
    out.extend_from_slice(&v.first_day.to_le_bytes());
    out.extend_from_slice(&v.last_day.to_le_bytes());
    out.extend_from_slice(&v.visits.to_le_bytes());
    out.extend_from_slice(&v.rows.to_le_bytes());
    out.extend_from_slice(&v.total_cents.to_le_bytes());
    out.extend_from_slice(&v.first_visit_cents.to_le_bytes());
}

fn get(b: &[u8]) -> Visits {
    let i64_at = |at: usize| i64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default());
    let i32_at = |at: usize| i32::from_le_bytes(b[at..at + 4].try_into().unwrap_or_default());
    let u32_at = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap_or_default());
    Visits {
        contact_id: i64_at(0),
        first_day: i32_at(8),
        last_day: i32_at(12),
        visits: u32_at(16),
        rows: u32_at(20),
        total_cents: i64_at(24),
        first_visit_cents: i64_at(32),
    }
}

fn decode(bytes: &[u8], out: &mut Vec<Visits>) -> Result<()> {
    if !bytes.len().is_multiple_of(WIDTH) {
        return Err(Error::internal(format!("a block of kept visit figures is {} bytes long", bytes.len())));
    }
    out.extend(bytes.chunks_exact(WIDTH).map(get));
    Ok(())
}

fn write(conn: &Connection, block: i64, visits: &[Visits]) -> Result<()> {
    if visits.is_empty() {
        conn.prepare_cached("DELETE FROM customer_totals_blocks WHERE block = ?1")?.execute([block])?;
        return Ok(());
    }
    let mut bytes = Vec::with_capacity(visits.len() * WIDTH);
    for v in visits {
        put(&mut bytes, v);
    }
    conn.prepare_cached("INSERT OR REPLACE INTO customer_totals_blocks (block, figures) VALUES (?1, ?2)")?
        .execute(params![block, bytes])?;
    Ok(())
}

/// Replace every block with these visits (in contact id order).
pub(super) fn rewrite_all<'a>(conn: &Connection, visits: impl IntoIterator<Item = &'a Visits>) -> Result<()> {
    conn.execute("DELETE FROM customer_totals_blocks", [])?;
    let mut pending: Vec<Visits> = Vec::with_capacity(1 << SHIFT);
    for v in visits {
        if pending.last().is_some_and(|p| block_of(p.contact_id) != block_of(v.contact_id)) {
            write(conn, block_of(pending[0].contact_id), &pending)?;
            pending.clear();
        }
        pending.push(*v);
    }
    if let Some(first) = pending.first() {
        write(conn, block_of(first.contact_id), &pending)?;
    }
    Ok(())
}

/// Some contacts' figures are now these (None: no purchase left): each
/// block they fall in is read and written once, however many of its
/// customers changed (a small import may touch thousands). A block that
/// cannot be read back is made again from `rows_between` (the kept rows
/// of a contact id range, already written): a damaged copy never stops a
/// sale.
pub(super) fn update(
    conn: &Connection,
    changes: &mut [(i64, Option<Visits>)],
    rows_between: impl Fn(i64, i64) -> Result<Vec<Visits>>,
) -> Result<()> {
    changes.sort_by_key(|c| c.0);
    for group in changes.chunk_by(|a, b| block_of(a.0) == block_of(b.0)) {
        let block = block_of(group[0].0);
        let bytes: Option<Vec<u8>> = conn
            .prepare_cached("SELECT figures FROM customer_totals_blocks WHERE block = ?1")?
            .query_row([block], |r| r.get(0))
            .optional()?;
        let mut all = Vec::new();
        if decode(bytes.as_deref().unwrap_or_default(), &mut all).is_err() {
            let first = block << SHIFT;
            write(conn, block, &rows_between(first, first + (1 << SHIFT) - 1)?)?;
            continue;
        }
        for &(contact_id, visits) in group {
            match (all.binary_search_by_key(&contact_id, |v| v.contact_id), visits) {
                (Ok(at), Some(v)) => all[at] = v,
                (Err(at), Some(v)) => all.insert(at, v),
                (Ok(at), None) => {
                    all.remove(at);
                }
                (Err(_), None) => {}
            }
        }
        write(conn, block, &all)?;
    }
    Ok(())
}

/// Every customer's figures, in contact id order; None when a block cannot
/// be read back (the caller reads the kept rows instead).
pub(super) fn read_all(conn: &Db) -> Result<Option<Vec<Visits>>> {
    let bytes: i64 =
        conn.sql()
            .query_row("SELECT coalesce(sum(length(figures)), 0) FROM customer_totals_blocks", [], |r| r.get(0))?;
    let mut out = Vec::with_capacity(bytes as usize / WIDTH);
    let mut stmt = conn.sql().prepare_cached("SELECT figures FROM customer_totals_blocks ORDER BY block")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Ok(figures) = r.get_ref(0)?.as_blob() else { return Ok(None) };
        if decode(figures, &mut out).is_err() {
            return Ok(None);
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(contact_id: i64) -> Visits {
        Visits {
            contact_id,
            first_day: -3 - contact_id as i32,
            last_day: 700_000 + contact_id as i32,
            visits: 3,
            rows: u32::MAX,
            total_cents: -12_345 * contact_id,
            first_visit_cents: i64::MIN + contact_id,
        }
    }

    /// Figures come back as they went in, across blocks, through every
    /// kind of change one contact can make.
    #[test]
    fn blocks_say_what_was_written() {
        let store = super::super::Store::open_in_memory().unwrap();
        let conn = store.sql();
        let ids = [1, 2, 1023, 1024, 5000, 1 << 40];
        let all: Vec<Visits> = ids.iter().map(|&i| v(i)).collect();
        rewrite_all(conn, &all).unwrap();
        assert_eq!(read_all(&store).unwrap(), Some(all));
        let mut changed = v(1024);
        changed.visits = 9;
        update(conn, &mut [(1024, Some(changed))], unused).unwrap();
        update(conn, &mut [(5001, None), (3, Some(v(3))), (9_000_000, Some(v(9_000_000))), (5000, None)], unused)
            .unwrap();
        let blocks: i64 = conn.query_row("SELECT count(*) FROM customer_totals_blocks", [], |r| r.get(0)).unwrap();
        assert_eq!(blocks, 4, "blocks 0, 1 and 8789 hold customers, block 4 is gone, 2^30 holds 2^40");
        let want: Vec<Visits> = [v(1), v(2), v(3), v(1023), changed, v(9_000_000), v(1 << 40)].into_iter().collect();
        assert_eq!(read_all(&store).unwrap(), Some(want));
        rewrite_all(conn, &[]).unwrap();
        assert_eq!(read_all(&store).unwrap(), Some(vec![]));
        let blocks: i64 = conn.query_row("SELECT count(*) FROM customer_totals_blocks", [], |r| r.get(0)).unwrap();
        assert_eq!(blocks, 0);
    }

    /// Blocks that are not damaged never ask for the kept rows.
    fn unused(_: i64, _: i64) -> Result<Vec<Visits>> {
        Err(Error::internal("the kept rows were read for a sound block"))
    }

    #[test]
    fn a_damaged_block_is_an_error_not_a_guess() {
        let mut out = Vec::new();
        assert!(decode(&[0u8; 39], &mut out).is_err());
        assert!(out.is_empty());
    }

    /// A damaged block is never read as figures: reading says so (the
    /// caller reads the rows), and the next write makes it again from the
    /// kept rows of its range.
    #[test]
    fn a_damaged_block_is_made_again_from_the_rows() {
        let store = super::super::Store::open_in_memory().unwrap();
        let conn = store.sql();
        rewrite_all(conn, &[v(1), v(2), v(2000)]).unwrap();
        conn.execute("UPDATE customer_totals_blocks SET figures = x'00' WHERE block = 0", []).unwrap();
        assert_eq!(read_all(&store).unwrap(), None);
        let asked = std::cell::Cell::new(None);
        let rows = |first, last| {
            asked.set(Some((first, last)));
            Ok(vec![v(1), v(2), v(3)])
        };
        update(conn, &mut [(3, Some(v(3)))], rows).unwrap();
        assert_eq!(asked.get(), Some((0, 1023)));
        assert_eq!(read_all(&store).unwrap(), Some(vec![v(1), v(2), v(3), v(2000)]));
    }
}
