//! `purchase import`: a spreadsheet of sales into the file, all or nothing.
//!
//! Built for ten million rows, and read top-down: [`plan`] looks at the
//! file (size, header, delimiter) before anything is opened for writing;
//! [`run`] then has a parser thread read the file once (hashing it on the
//! way), validate rows and match them to contacts while this thread writes
//! them into one transaction, the two joined by a bounded channel (memory
//! stays flat whatever the file's size). The same content imported twice
//! is refused at the end, before the commit.

use super::csv_input::{read_error, reader, sniff_delimiter};
use super::purchase_import_parse::{head, Chunk, Parser, Source, Stats};
use super::purchase_reading::{resolve, Ask};
use super::{App, Progress};
use crate::domain::dates::DateFormat;
use crate::domain::sales_profile::Profile;
use crate::domain::sniff::{DayOrder, Settled};
use crate::error::{Error, Result};
use crate::store::imports::{self, BatchKind};
use crate::store::purchases::{Inserter, NewPurchase};
use crate::store::{contacts, purchases};
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// Above this file size (about 100,000 rows) the purchase indexes are
/// dropped and rebuilt once after the import, which is several times faster
/// than updating them row by row in random order.
const BULK_BYTES: u64 = 4 << 20;

pub struct Request {
    pub file: PathBuf,
    /// `--date-format` (unset: the profile's, else settled by the values).
    pub date_format: Option<DateFormat>,
    /// `--profile NAME`.
    pub profile: Option<String>,
    /// The built-in and the config's profiles.
    pub profiles: Vec<Profile>,
    /// The shop's day order, for dates every value leaves ambiguous.
    pub day_order: DayOrder,
    pub dry_run: bool,
    pub allow_reimport: bool,
    /// Header → column, from `--map` then the config's `[import] map`.
    pub map: Vec<(String, String)>,
    /// Refuse columns carnet does not use instead of ignoring them.
    pub strict: bool,
}

/// What an import did (or, dry, would do).
pub struct Outcome {
    pub batch_id: Option<i64>,
    pub file: String,
    pub rows_read: u64,
    pub purchases_added: u64,
    pub contacts_created: u64,
    /// Contacts the file names that are not in carnet (created unless dry).
    pub contacts_new: u64,
    pub dry_run: bool,
    /// The encoding the file was read in.
    pub encoding: &'static str,
    /// Columns carnet does not use (ignored).
    pub unused_columns: Vec<String>,
    /// The profile the file was read with (name, built-in or not, title).
    pub profile: Option<(String, bool, Option<String>)>,
    /// Columns read by their contents: (role, header).
    pub guessed: Vec<(&'static str, String)>,
    /// How the dates' order was settled, and the format used.
    pub date_settled: Option<(Settled, String)>,
    /// What was counted rather than imported, and the first rows read.
    pub stats: Stats,
}

/// The file, looked at before the import begins.
pub struct Plan {
    pub label: String,
    size: u64,
    delimiter: u8,
    /// Big enough to write through a rollback journal with the indexes dropped.
    bulk: bool,
    /// Not UTF-8: the text is decoded from this encoding before parsing.
    encoding: Option<&'static encoding_rs::Encoding>,
    /// The first rows (from the first 64 KiB), for reading the columns'
    /// contents and the dates' order.
    sample: Vec<Vec<String>>,
}

/// Rows of the head read for the columns' contents.
const SAMPLE_ROWS: usize = 500;

/// The first rows of the head (the last one dropped when the head is cut).
fn sample_rows(text: &[u8], delimiter: u8, whole: bool) -> Vec<Vec<String>> {
    let mut rdr = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text);
    let mut rows: Vec<Vec<String>> = rdr
        .records()
        .take(SAMPLE_ROWS + 1)
        .filter_map(|r| r.ok())
        .map(|r| r.iter().map(|c| super::csv_input::unneutralize(c).to_string()).collect())
        .collect();
    if !whole && rows.len() <= SAMPLE_ROWS {
        rows.pop();
    }
    rows.truncate(SAMPLE_ROWS);
    rows
}

/// Look at the file: it must exist, be readable and not be empty.
pub fn plan(file: &Path) -> Result<Plan> {
    let label = super::file_label(file);
    let (head, size) = head(file)?;
    let encoding = super::csv_input::detect_encoding(&head, size <= head.len() as u64);
    let text_head = match encoding {
        Some(enc) => enc.decode(&head).0.into_owned().into_bytes(),
        None => head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&head).to_vec(),
    };
    if text_head.iter().all(|b| b.is_ascii_whitespace() || *b == 0) {
        return Err(Error::t(crate::error::Kind::Invalid, "err-file-empty", crate::targs!["label" => label.as_str()])
            .with_hint_t("hint-purchases-header", vec![]));
    }
    let delimiter = sniff_delimiter(&text_head);
    let sample = sample_rows(&text_head, delimiter, size <= head.len() as u64);
    Ok(Plan { label, size, delimiter, bulk: size > BULK_BYTES, encoding, sample })
}

/// Import the planned file in one transaction.
impl Plan {
    /// The same file imported as a big one is (indexes dropped, totals
    /// left to the next reader), for tests of that path on small files.
    #[cfg(test)]
    pub fn as_bulk(mut self) -> Plan {
        self.bulk = true;
        self
    }
}

/// Import the planned file in one transaction, begun again from the
/// file's first row when a server gives it up to another writer (a
/// serialization failure, a deadlock), a bounded number of times.
pub fn run(app: &mut App, req: &Request, plan: &Plan, progress: &dyn Progress) -> Result<Outcome> {
    super::retry(|| run_once(app, req, plan, progress))
}

fn run_once(app: &mut App, req: &Request, plan: &Plan, progress: &dyn Progress) -> Result<Outcome> {
    let label = &plan.label;
    let now = app.timestamp();
    let store_path = app.store.path().to_path_buf();
    if plan.bulk && !req.dry_run {
        app.store.journal_directly()?;
    }
    let tx = app.store.begin_bulk()?;
    let (source, decoded) = match plan.encoding {
        None => {
            let file = std::fs::File::open(&req.file).map_err(|e| Error::io("read", &req.file, e))?;
            (Source::File { file, hasher: sha2::Digest::new() }, None)
        }
        Some(enc) => {
            // Files in other encodings come from spreadsheets: small enough to decode whole.
            let raw = std::fs::read(&req.file).map_err(|e| Error::io("read", &req.file, e))?;
            let hash = crate::domain::hash::content_hash(&raw);
            let text = std::sync::Arc::new(enc.decode(&raw).0.into_owned().into_bytes());
            (
                Source::Decoded {
                    text: std::io::Cursor::new(super::purchase_import_parse::Shared(text.clone())),
                    hash,
                },
                Some(text),
            )
        }
    };
    let mut rdr = reader(plan.delimiter, BufReader::with_capacity(1 << 20, source));
    let header = rdr.headers().map_err(|e| read_error(label, e))?.clone();
    let ask = Ask {
        map: &req.map,
        strict: req.strict,
        profile: req.profile.as_deref(),
        profiles: &req.profiles,
        date_format: req.date_format.clone(),
        day_order: req.day_order,
    };
    let reading = resolve(label, &header, &plan.sample, &ask)?;

    // The content hash is known once the parser has read the whole file.
    let batch = imports::create(&tx, BatchKind::Purchases, label, "", &now)?;
    let floor = imports::purchase_id_floor(&tx)?;
    if plan.bulk {
        // No per-row upkeep of the totals: rebuilt once, before the commit.
        crate::store::totals::suspend(&tx)?;
        purchases::drop_indexes(&tx)?;
        purchases::suspend_foreign_keys(&tx)?;
    }
    let parser = Parser {
        label: label.clone(),
        rdr,
        date_format: reading.date_format.clone(),
        cols: reading.cols,
        profile: reading.profile.clone(),
        stats: Stats::default(),
        headers: header.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect(),
        last_order: None,
        pending: None,
        channels: &app.config.sales_channels,
        channel_spellings: Vec::new(),
        category_spellings: Default::default(),
        // About 25 bytes a row, for choosing how to find refs.
        refs: contacts::ref_source(&tx, &store_path, plan.size / 25 + 1)?,
        emails: if reading.customers_are_emails {
            Some(contacts::email_source(&tx, &store_path, plan.size / 25 + 1)?)
        } else {
            None
        },
        // Ids for new contacts are given out here: the IMMEDIATE
        // transaction keeps every other writer out until we commit.
        next_id: contacts::max_id(&tx)? + 1,
        progress,
        currency: (app.config.currency_symbol.clone(), app.config.currency.clone()),
        today: app.today,
        path: req.file.clone(),
        decoded,
    };
    let (send, recv) = mpsc::sync_channel::<Result<Chunk>>(4);
    let (rows, created, (hash, stats)) = std::thread::scope(|s| -> Result<(u64, u64, (String, Stats))> {
        let parsing = s.spawn(move || parser.run(send));
        let mut contact_ins = contacts::StubInserter::new(&tx, &now, batch)?;
        let mut ins = Inserter::new(&tx)?;
        let mut categories = crate::store::categories::Resolver::default();
        // The category id of each spelling the parser met, by its index.
        let mut category_ids: Vec<i64> = Vec::new();
        let channels = &app.config.sales_channels;
        let (mut rows, mut created) = (0u64, 0u64);
        for chunk in recv {
            let chunk = chunk?;
            for c in &chunk.new_contacts {
                contact_ins.insert(c.id, &c.r#ref, c.name.as_deref(), c.email.as_deref())?;
            }
            contact_ins.flush()?;
            created += chunk.new_contacts.len() as u64;
            for name in &chunk.new_categories {
                category_ids.push(categories.id(&tx, name)?);
            }
            let batch_rows: Vec<NewPurchase> = chunk
                .rows
                .iter()
                .map(|r| {
                    Ok(NewPurchase {
                        contact_id: r.contact_id,
                        day: r.day,
                        amount: r.amount,
                        note: r.note.as_deref(),
                        order_ref: r.order_ref.as_deref(),
                        batch_id: Some(batch),
                        category_id: r.category.map(|i| category_ids[i as usize]),
                        channel: r.channel.map(|i| channels[i].as_str()),
                    })
                })
                .collect::<Result<_>>()?;
            ins.insert_all(&batch_rows)?;
            rows += chunk.rows.len() as u64;
        }
        let hash = parsing.join().ok().flatten();
        Ok((rows, created, hash.ok_or_else(|| Error::internal("the CSV reader stopped without a reason"))?))
    })?;
    if rows == 0 && stats.walk_ins == 0 && stats.not_sales.is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-no-rows", crate::targs!["label" => label.as_str()])
            .with_hint_t("hint-nothing-imported", vec![]));
    }
    super::imports::refuse_reimport(&tx, BatchKind::Purchases, label, &hash, req.allow_reimport)?;
    imports::set_hash(&tx, batch, &hash)?;
    imports::set_counts(&tx, batch, rows as i64, rows as i64, created as i64)?;
    imports::set_purchase_range(&tx, batch, floor)?;
    let outcome = Outcome {
        batch_id: (!req.dry_run).then_some(batch),
        file: label.clone(),
        rows_read: rows,
        purchases_added: if req.dry_run { 0 } else { rows },
        contacts_created: if req.dry_run { 0 } else { created },
        contacts_new: created,
        dry_run: req.dry_run,
        encoding: plan.encoding.map_or("UTF-8", |e| e.name()),
        unused_columns: reading.unused,
        profile: reading.profile.as_ref().map(|p| (p.name.clone(), p.builtin, p.title.clone())),
        guessed: reading.guessed,
        date_settled: reading.date_settled.map(|h| (h, reading.date_format.spelling())),
        stats,
    };
    if req.dry_run {
        drop(tx);
        progress.finish();
        return Ok(outcome);
    }
    // A small file's customers had their totals kept row by row by the
    // database; a bulk one has every customer's worked out in one pass.
    if plan.bulk {
        progress.stage("summing up each customer");
        crate::store::totals::rebuild(&tx)?;
        purchases::restore_foreign_keys(&tx)?;
    }
    progress.stage("saving");
    tx.commit()?;
    if plan.bulk {
        progress.stage("indexing the purchases by customer");
    }
    // The data is in; the indexes only speed up reads. Building them after
    // the commit reads the table from the file instead of the uncommitted
    // log. Should this be interrupted, the next write command rebuilds them.
    app.store.end_bulk()?;
    // The figures a big shop's cards are placed among, in step with the
    // new purchases (a transaction of its own: the import stands either way).
    progress.stage("placing every customer among the others");
    super::population::refresh_after_bulk(app);
    progress.finish();
    Ok(outcome)
}
