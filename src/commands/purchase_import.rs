//! `purchase import`: a spreadsheet of sales into the file, all or nothing.
//!
//! Built for ten million rows. A parser thread reads the file once (hashing
//! it on the way), validates rows and matches them to contacts while this
//! thread writes them into one transaction, the two joined by a bounded
//! channel (memory stays flat whatever the file's size). The same content
//! imported twice is refused at the end, before the commit.

use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use crate::context::Ctx;
use crate::domain::dates::DateFormat;
use crate::domain::money::{parse_amount, Cents};
use crate::error::{Error, Result};
use crate::output::{Cells, Format, Record};
use crate::store::imports::{self, BatchKind};
use crate::store::purchases::{Inserter, NewPurchase};
use crate::store::ref_map::RefSource;
use crate::store::{contacts, purchases};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

#[derive(Debug, Args)]
#[command(
    after_help = "The file needs a header line with the columns customer_id, date and amount\n(note and order_ref are optional). The delimiter , or ; is detected. customer_id\nis matched to a contact's ref; an unknown one creates a contact with that ref.\nOne bad row refuses the whole file, naming its line and column.\n\nExamples:\n  carnet purchase import sales.csv\n  carnet purchase import ventes.csv --date-format DD/MM/YYYY --dry-run"
)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern.
    #[arg(long, default_value = "YYYY-MM-DD")]
    pub date_format: String,
    /// Check every row and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import a file with the same content as an earlier import.
    #[arg(long)]
    pub allow_reimport: bool,
}

const COLUMNS: [&str; 5] = ["customer_id", "date", "amount", "note", "order_ref"];

/// Above this file size (about 100,000 rows) the purchase indexes are
/// dropped and rebuilt once after the import, which is several times faster
/// than updating them row by row in random order.
const BULK_BYTES: u64 = 4 << 20;

/// Rows per message between the parser and the writer.
const CHUNK: usize = 8192;

/// Rows whose customers are looked up together (a power of two dividing
/// CHUNK, so chunks stay full).
const GROUP: usize = 32;

/// What an import did, printed for scripts with --format json|csv.
#[derive(Serialize)]
struct Summary {
    batch_id: Option<i64>,
    file: String,
    rows_read: u64,
    purchases_added: u64,
    contacts_created: u64,
    dry_run: bool,
}

impl Record for Summary {
    const HEADERS: &'static [&'static str] =
        &["batch_id", "file", "rows_read", "purchases_added", "contacts_created", "dry_run"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            c.opt(&self.batch_id),
            self.file.clone(),
            self.rows_read.to_string(),
            self.purchases_added.to_string(),
            self.contacts_created.to_string(),
            self.dry_run.to_string(),
        ]
    }
}

/// The file as the parser reads it, hashed on the way: the import's
/// identity (for refusing the same file twice) costs no pass of its own.
struct Hashing<R> {
    inner: R,
    hasher: sha2::Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// The first bytes of the file (for sniffing the delimiter) and its size.
fn head(path: &Path) -> Result<(Vec<u8>, u64)> {
    let cannot = |e: std::io::Error| {
        Error::user(format!("cannot read {}: {}", path.display(), e.kind())).with_hint("check the path")
    };
    let f = std::fs::File::open(path).map_err(cannot)?;
    let size = f.metadata().map_err(cannot)?.len();
    let mut head = Vec::new();
    f.take(65536).read_to_end(&mut head).map_err(cannot)?;
    Ok((head, size))
}

/// A parsed row, already matched to a contact id.
struct Row {
    contact_id: i64,
    day: NaiveDate,
    amount: Cents,
    note: Option<Box<str>>,
    order_ref: Option<Box<str>>,
}

/// One message from the parser: contacts to create first (with the ids
/// the parser gave them), then rows.
#[derive(Default)]
struct Chunk {
    new_contacts: Vec<(i64, Box<str>)>,
    rows: Vec<Row>,
}

/// The parser's side: everything but SQL.
struct Parser {
    label: String,
    rdr: csv::Reader<BufReader<Hashing<std::fs::File>>>,
    date_format: DateFormat,
    cols: [Option<usize>; 5],
    refs: RefSource,
    next_id: i64,
    progress: Progress,
}

impl Parser {
    /// Parse the whole file, sending chunks; stops at the first bad row.
    /// Returns the file's content hash once it has read all of it.
    fn run(mut self, tx: mpsc::SyncSender<Result<Chunk>>) -> Option<String> {
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
        Some(super::hex(&sha2::Digest::finalize(hashing.hasher)))
    }

    fn row(&mut self, rec: &csv::StringRecord, n: u64, chunk: &mut Chunk) -> Result<Row> {
        let label = &self.label;
        let line = rec.position().map(|p| p.line()).unwrap_or(n + 1);
        let [c_id, c_date, c_amount, c_note, c_order] = self.cols;
        let (c_id, c_date, c_amount) = (c_id.unwrap_or(0), c_date.unwrap_or(1), c_amount.unwrap_or(2));
        let cell = |i: usize| rec.get(i).unwrap_or("");
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

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    ctx.no_vcf("purchase import")?;
    let label = super::file_label(&a.file);
    let date_format = DateFormat::parse_spec(&a.date_format).map_err(|e| Error::user(format!("--date-format: {e}")))?;
    let (head, size) = head(&a.file)?;
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::user(format!("{label} is empty"))
            .with_hint("a purchases CSV starts with the header customer_id,date,amount"));
    }
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&head);
    let bulk = size > BULK_BYTES;
    let mut store = ctx.write()?;
    let store_path = store.path().to_path_buf();
    if bulk && !a.dry_run {
        store.journal_directly()?;
    }
    let tx = store.begin_bulk()?;
    let file = std::fs::File::open(&a.file).map_err(|e| Error::user(format!("{label}: {e}")))?;
    let hashing = Hashing { inner: file, hasher: sha2::Digest::new() };
    let mut rdr = reader(sniff_delimiter(head), BufReader::with_capacity(1 << 20, hashing));
    let header = rdr.headers().map_err(|e| read_error(&label, e))?.clone();
    let cols = Columns::check(&label, &header, &COLUMNS, &[], &["customer_id", "date", "amount"])?;

    let now = ctx.timestamp();
    // The content hash is known once the parser has read the whole file.
    let batch = imports::create(&tx, BatchKind::Purchases, &label, "", &now)?;
    let floor = imports::purchase_id_floor(&tx)?;
    if bulk {
        purchases::drop_indexes(&tx)?;
    }
    let progress = Progress::new(size);
    let _clear_bar = ClearOnDrop(progress.clone());
    let parser = Parser {
        label: label.clone(),
        rdr,
        date_format,
        cols: COLUMNS.map(|c| cols.index(c)),
        // About 25 bytes a row, for choosing how to find refs.
        refs: contacts::ref_source(&tx, &store_path, size / 25 + 1)?,
        // Ids for new contacts are given out here: the IMMEDIATE
        // transaction keeps every other writer out until we commit.
        next_id: contacts::max_id(&tx)? + 1,
        progress: progress.clone(),
    };
    let (send, recv) = mpsc::sync_channel::<Result<Chunk>>(4);
    let (rows, created, hash) = std::thread::scope(|s| -> Result<(u64, u64, String)> {
        let parsing = s.spawn(move || parser.run(send));
        let mut contact_ins = contacts::StubInserter::new(&tx, &now, batch)?;
        let mut ins = Inserter::new(&tx)?;
        let (mut rows, mut created) = (0u64, 0u64);
        for chunk in recv {
            let chunk = chunk?;
            for (id, r) in &chunk.new_contacts {
                contact_ins.insert(*id, r)?;
            }
            created += chunk.new_contacts.len() as u64;
            let batch_rows: Vec<NewPurchase> = chunk
                .rows
                .iter()
                .map(|r| NewPurchase {
                    contact_id: r.contact_id,
                    day: r.day,
                    amount: r.amount,
                    note: r.note.as_deref(),
                    order_ref: r.order_ref.as_deref(),
                    batch_id: Some(batch),
                })
                .collect();
            ins.insert_all(&batch_rows)?;
            rows += chunk.rows.len() as u64;
        }
        let hash = parsing.join().ok().flatten();
        Ok((rows, created, hash.ok_or_else(|| Error::Internal("the CSV reader stopped without a reason".into()))?))
    })?;
    if rows == 0 {
        return Err(Error::user(format!("{label} has a header but no rows")).with_hint("nothing was imported"));
    }
    super::refuse_reimport(&tx, BatchKind::Purchases, &label, &hash, a.allow_reimport)?;
    imports::set_hash(&tx, batch, &hash)?;
    imports::set_counts(&tx, batch, rows as i64, rows as i64, created as i64)?;
    imports::set_purchase_range(&tx, batch, floor)?;
    let summary = Summary {
        batch_id: (!a.dry_run).then_some(batch),
        file: label.clone(),
        rows_read: rows,
        purchases_added: if a.dry_run { 0 } else { rows },
        contacts_created: if a.dry_run { 0 } else { created },
        dry_run: a.dry_run,
    };
    if a.dry_run {
        drop(tx);
        progress.finish();
        ctx.out.say(format!(
            "dry run: {rows} row(s) read from {label} are valid; would add {rows} purchase(s) and create {created} contact(s); nothing written"
        ));
    } else {
        progress.stage("saving");
        tx.commit()?;
        if bulk {
            progress.stage("indexing the purchases by customer");
        }
        // The data is in; the indexes only speed up reads. Building them
        // after the commit reads the table from the file instead of the
        // uncommitted log (five times faster). Should this be interrupted,
        // the next open rebuilds them.
        store.end_bulk()?;
        progress.finish();
        ctx.out.say(format!(
            "imported {label} as batch {batch}: {rows} row(s) read, {rows} purchase(s) added, {created} contact(s) created"
        ));
    }
    if ctx.format_arg.is_some() && ctx.out.format != Format::Table {
        ctx.out.card(&summary)?;
    }
    Ok(())
}

/// Clears the bar however the import ends, before its last message.
struct ClearOnDrop(Progress);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        self.0.finish();
    }
}

/// A progress bar on stderr, only when stderr is a terminal: the bytes
/// read, then what the import is doing once the file is read (building
/// the index of a big import takes seconds of its own).
#[derive(Clone)]
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(total: u64) -> Self {
        use std::io::IsTerminal;
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {percent:>3}% {bytes}/{total_bytes} {eta}")
        {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    fn set(&self, pos: u64) {
        if let Some(b) = &self.0 {
            b.set_position(pos);
        }
    }

    /// A spinner saying what is being done now.
    fn stage(&self, what: &'static str) {
        if let Some(b) = &self.0 {
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
                b.set_style(style);
            }
            b.set_message(what);
            b.enable_steady_tick(std::time::Duration::from_millis(120));
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
