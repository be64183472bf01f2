//! The parser side of a purchase import: everything but SQL. It reads the
//! file once (hashing it on the way), validates each row and matches it to
//! a contact, and sends chunks of rows to the writer.

use super::csv_input::{cell_error, read_error};
use super::Progress;
use crate::domain::dates::DateFormat;
use crate::domain::money::{parse_amount, Cents};
use crate::error::{Error, Result};
use crate::store::ref_map::RefSource;
use chrono::NaiveDate;
use std::io::{BufReader, Read};
use std::sync::mpsc;

/// The columns a purchases file may have, in the order of [`Parser::cols`].
pub const COLUMNS: [&str; 5] = ["customer_id", "date", "amount", "note", "order_ref"];

/// Rows per message between the parser and the writer.
const CHUNK: usize = 8192;

/// Rows whose customers are looked up together (a power of two dividing
/// CHUNK, so chunks stay full).
const GROUP: usize = 32;

/// The file as the parser reads it, hashed on the way: the import's
/// identity (for refusing the same file twice) costs no pass of its own.
pub struct Hashing<R> {
    pub inner: R,
    pub hasher: sha2::Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// A parsed row, already matched to a contact id.
pub struct Row {
    pub contact_id: i64,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<Box<str>>,
    pub order_ref: Option<Box<str>>,
}

/// One message from the parser: contacts to create first (with the ids
/// the parser gave them), then rows.
#[derive(Default)]
pub struct Chunk {
    pub new_contacts: Vec<(i64, Box<str>)>,
    pub rows: Vec<Row>,
}

pub struct Parser<'p> {
    pub label: String,
    pub rdr: csv::Reader<BufReader<Hashing<std::fs::File>>>,
    pub date_format: DateFormat,
    /// Where each of [`COLUMNS`] is in the file.
    pub cols: [Option<usize>; 5],
    pub refs: RefSource,
    /// The id the next new contact gets (the writer's transaction keeps
    /// every other writer out, so the ids are free).
    pub next_id: i64,
    pub progress: &'p dyn Progress,
}

impl Parser<'_> {
    /// Parse the whole file, sending chunks; stops at the first bad row.
    /// Returns the file's content hash once it has read all of it.
    pub fn run(mut self, tx: mpsc::SyncSender<Result<Chunk>>) -> Option<String> {
        let mut chunk = Chunk::default();
        let mut group = vec![csv::StringRecord::new(); GROUP];
        let mut rows = 0u64;
        let c_id = self.cols[0].unwrap_or(0);
        loop {
            // Read a group of rows, then look their customers up together
            // (see RefMap::warm). A read error waits until the rows before
            // it are checked: the first bad line in the file is the one named.
            let mut n = 0;
            let mut unreadable = None;
            while n < GROUP {
                match self.rdr.read_record(&mut group[n]) {
                    Ok(true) => n += 1,
                    Ok(false) => break,
                    Err(e) => {
                        unreadable = Some(read_error(&self.label, e));
                        break;
                    }
                }
            }
            self.refs.warm(group[..n].iter().map(|rec| rec.get(c_id).unwrap_or("").trim()));
            let mut failed = None;
            for rec in &group[..n] {
                rows += 1;
                match self.row(rec, rows, &mut chunk) {
                    Ok(row) => chunk.rows.push(row),
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = failed.or(unreadable) {
                let _ = tx.send(Err(e));
                return None;
            }
            if chunk.rows.len() >= CHUNK || n < GROUP {
                self.progress.set(group[..n].last().and_then(|r| r.position()).map(|p| p.byte()).unwrap_or(0));
                if tx.send(Ok(std::mem::take(&mut chunk))).is_err() {
                    return None; // the writer stopped: it reports why
                }
            }
            if n < GROUP {
                break;
            }
        }
        let hashing = self.rdr.into_inner().into_inner();
        Some(crate::domain::hash::hex(&sha2::Digest::finalize(hashing.hasher)))
    }

    fn row(&mut self, rec: &csv::StringRecord, n: u64, chunk: &mut Chunk) -> Result<Row> {
        let label = &self.label;
        let line = rec.position().map(|p| p.line()).unwrap_or(n + 1);
        let [c_id, c_date, c_amount, c_note, c_order] = self.cols;
        let (c_id, c_date, c_amount) = (c_id.unwrap_or(0), c_date.unwrap_or(1), c_amount.unwrap_or(2));
        let cell = |i: usize| super::csv_input::unneutralize(rec.get(i).unwrap_or(""));
        let customer = cell(c_id).trim();
        if customer.is_empty() {
            return Err(cell_error(label, line, c_id, "customer_id", customer, "the customer id is empty"));
        }
        let day = self
            .date_format
            .parse(cell(c_date))
            .map_err(|e| cell_error(label, line, c_date, "date", cell(c_date), &e.0))?;
        let amount = parse_amount(cell(c_amount))
            .map_err(|e| cell_error(label, line, c_amount, "amount", cell(c_amount), &e.to_string()))?;
        let contact_id = match self.refs.get(customer)? {
            Some(id) => id,
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.refs.insert(customer, id);
                chunk.new_contacts.push((id, customer.into()));
                id
            }
        };
        let opt = |i: Option<usize>| i.map(cell).map(str::trim).filter(|s| !s.is_empty()).map(Box::from);
        Ok(Row { contact_id, day, amount, note: opt(c_note), order_ref: opt(c_order) })
    }
}

/// The first bytes of the file (for sniffing the delimiter) and its size.
pub fn head(path: &std::path::Path) -> Result<(Vec<u8>, u64)> {
    let cannot = |e: std::io::Error| Error::io("read", path, e).with_hint("check the path");
    let f = std::fs::File::open(path).map_err(cannot)?;
    let size = f.metadata().map_err(cannot)?.len();
    let mut head = Vec::new();
    f.take(65536).read_to_end(&mut head).map_err(cannot)?;
    Ok((head, size))
}
