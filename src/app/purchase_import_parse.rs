//! The parser side of a purchase import: everything but SQL. It reads the
//! file once (hashing it on the way), validates each row and matches it to
//! a contact, and sends chunks of rows to the writer. A bad row does not
//! stop it: it goes on checking, so a refused file lists its bad lines (up
//! to [`MAX_SHOWN`]) in one run.

use super::csv_input::{lines_at, read_error, unneutralize};
use super::Progress;
use crate::domain::dates::{check_plausible, DateFormat};
use crate::domain::money::{parse_amount, strip_currency, Cents};
use crate::error::{Error, Result};
use crate::store::contacts::RefSource;
use chrono::NaiveDate;
use std::io::{BufReader, Read};
use std::sync::mpsc;

/// Rows per message between the parser and the writer.
const CHUNK: usize = 8192;

/// Rows whose customers are looked up together (a power of two dividing
/// CHUNK, so chunks stay full).
const GROUP: usize = 32;

/// Bad lines named in a refusal; the others are counted.
pub const MAX_SHOWN: usize = 20;

/// The bytes the CSV reader reads: the file as it is (UTF-8, hashed on the
/// way), or its text decoded from another encoding (hashed before).
pub enum Source {
    File { file: std::fs::File, hasher: sha2::Sha256 },
    Decoded { text: std::io::Cursor<Shared>, hash: String },
}

/// Decoded text shared by the reader and the line numbering of errors.
pub struct Shared(pub std::sync::Arc<Vec<u8>>);

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Read for Source {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Source::File { file, hasher } => {
                use sha2::Digest;
                let n = file.read(buf)?;
                hasher.update(&buf[..n]);
                Ok(n)
            }
            Source::Decoded { text, .. } => text.read(buf),
        }
    }
}

impl Source {
    /// The content hash of the file, once it has all been read.
    fn hash(self) -> String {
        match self {
            Source::File { hasher, .. } => crate::domain::hash::hex(&sha2::Digest::finalize(hasher)),
            Source::Decoded { hash, .. } => hash,
        }
    }
}

/// A parsed row, already matched to a contact id.
pub struct Row {
    pub contact_id: i64,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<Box<str>>,
    pub order_ref: Option<Box<str>>,
    /// The category as written, by its index among the spellings met
    /// (see [`Chunk::new_categories`]; the writer finds or creates it).
    pub category: Option<u32>,
    /// Which of the configured channels (its index in the list).
    pub channel: Option<usize>,
}

/// One message from the parser: contacts to create first (with the ids
/// the parser gave them), then rows.
#[derive(Default)]
pub struct Chunk {
    pub new_contacts: Vec<(i64, Box<str>)>,
    /// Category spellings first met in this chunk, in index order: the
    /// rows carry an index, so no row holds a string of its own.
    pub new_categories: Vec<String>,
    pub rows: Vec<Row>,
}

/// A bad cell, placed by the byte offset of its record (turned into a
/// physical line at the end, when the file's bytes can be read again).
struct Problem {
    byte: u64,
    col: usize,
    name: &'static str,
    value: String,
    msg: Box<crate::i18n::Text>,
}

pub struct Parser<'p> {
    pub label: String,
    pub rdr: csv::Reader<BufReader<Source>>,
    pub date_format: DateFormat,
    /// Where each of the columns is in the file (customer_id, date,
    /// amount, note, order_ref, category, channel).
    pub cols: [Option<usize>; 7],
    /// The configured sales channels (a `channel` cell must be one).
    pub channels: &'p [String],
    /// Channel cells as written, with the channel each names.
    pub channel_spellings: Vec<(String, usize)>,
    /// Category cells as written (trimmed, spaces collapsed), by index.
    pub category_spellings: std::collections::HashMap<String, u32, foldhash::fast::FixedState>,
    pub refs: RefSource,
    /// The id the next new contact gets (the writer's transaction keeps
    /// every other writer out, so the ids are free).
    pub next_id: i64,
    pub progress: &'p dyn Progress,
    /// The shop's currency symbol and code, taken off amounts.
    pub currency: (String, String),
    pub today: NaiveDate,
    /// Where to read the file's bytes again to number the bad lines.
    pub path: std::path::PathBuf,
    pub decoded: Option<std::sync::Arc<Vec<u8>>>,
}

impl Parser<'_> {
    /// Parse the whole file, sending chunks while every row is good.
    /// Returns the file's content hash once it has read all of it.
    pub fn run(mut self, tx: mpsc::SyncSender<Result<Chunk>>) -> Option<String> {
        let mut chunk = Chunk::default();
        let mut group = vec![csv::StringRecord::new(); GROUP];
        let mut problems: Vec<Problem> = Vec::new();
        let mut bad = 0usize;
        loop {
            // Read a group of rows, then check them. A read error waits until
            // the rows before it are checked, so the bad lines are listed in
            // file order.
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
            for rec in &group[..n] {
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue; // a blank row (`;;;` from a spreadsheet)
                }
                match self.row(rec, &mut chunk) {
                    Ok(row) if bad == 0 => chunk.rows.push(row),
                    Ok(_) => {}
                    Err(p) => {
                        bad += 1;
                        if problems.len() < MAX_SHOWN {
                            problems.push(p);
                        }
                    }
                }
            }
            if let Some(e) = unreadable {
                let _ = tx.send(Err(self.refusal(problems, bad, Some(e))));
                return None;
            }
            if bad == 0 && (chunk.rows.len() >= CHUNK || n < GROUP) {
                self.progress.set(group[..n].last().and_then(|r| r.position()).map(|p| p.byte()).unwrap_or(0));
                if tx.send(Ok(std::mem::take(&mut chunk))).is_err() {
                    return None; // the writer stopped: it reports why
                }
            }
            if n < GROUP {
                break;
            }
        }
        if bad > 0 {
            let _ = tx.send(Err(self.refusal(problems, bad, None)));
            return None;
        }
        Some(self.rdr.into_inner().into_inner().hash())
    }

    /// The error that refuses the file: its bad lines (numbered as the file
    /// has them, CRLF and quoted newlines counted right), then how many more.
    fn refusal(&self, problems: Vec<Problem>, bad: usize, unreadable: Option<Error>) -> Error {
        if problems.is_empty() {
            return unreadable.unwrap_or_else(|| Error::internal("a refused import without a reason"));
        }
        let offsets: Vec<u64> = problems.iter().map(|p| p.byte).collect();
        let lines = match &self.decoded {
            Some(bytes) => lines_at(bytes, &offsets),
            None => match std::fs::read(&self.path) {
                Ok(bytes) => lines_at(&bytes, &offsets),
                Err(_) => offsets.iter().map(|_| 0).collect(),
            },
        };
        use crate::i18n::Text;
        use crate::targs;
        let place = |p: &Problem, line: u64| {
            let shown = crate::error::echo(&p.value);
            Text::tr(
                "import-bad-cell",
                targs!["line" => line.to_string(), "col" => (p.col + 1).to_string(), "name" => p.name, "value" => shown, "why" => (*p.msg).clone()],
            )
        };
        let mut parts = if bad == 1 {
            vec![Text::plain(format!("{} ", self.label)), place(&problems[0], lines[0])]
        } else {
            let mut m = vec![Text::tr("import-bad-lines", targs!["label" => self.label.as_str(), "count" => bad])];
            for (p, l) in problems.iter().zip(&lines) {
                m.push(Text::plain("\n  "));
                m.push(place(p, *l));
            }
            if bad > problems.len() {
                m.push(Text::plain("\n  "));
                m.push(Text::tr("import-and-more", targs!["count" => bad - problems.len()]));
            }
            m
        };
        if let Some(e) = unreadable {
            parts.push(Text::plain("\n  "));
            parts.push(Text::tr("import-and-then", targs!["what" => e.text()]));
        }
        Error::invalid(Text::concat(parts)).with_hint_t("hint-fix-those-rows", vec![])
    }

    fn row(&mut self, rec: &csv::StringRecord, chunk: &mut Chunk) -> Result<Row, Problem> {
        let byte = rec.position().map(|p| p.byte()).unwrap_or(0);
        let [c_id, c_date, c_amount, c_note, c_order, c_category, c_channel] = self.cols;
        let (c_id, c_date, c_amount) = (c_id.unwrap_or(0), c_date.unwrap_or(1), c_amount.unwrap_or(2));
        let cell = |i: usize| unneutralize(rec.get(i).unwrap_or(""));
        let bad = |col: usize, name: &'static str, msg: crate::i18n::Text| Problem {
            byte,
            col,
            name,
            value: cell(col).to_string(),
            msg: Box::new(msg),
        };
        let customer = cell(c_id).trim();
        if customer.is_empty() {
            return Err(bad(c_id, "customer_id", crate::i18n::Text::tr("import-empty-customer", vec![])));
        }
        let day = self.date_format.parse_day_of(cell(c_date)).map_err(|e| bad(c_date, "date", e.0))?;
        check_plausible(day, self.today).map_err(|e| bad(c_date, "date", e.0))?;
        let (symbol, code) = (&self.currency.0, &self.currency.1);
        let amount = strip_currency(cell(c_amount), symbol, code)
            .map_err(|e| bad(c_amount, "amount", e))
            .and_then(|a| parse_amount(&a).map_err(|e| bad(c_amount, "amount", e.text())))?;
        let contact_id = match self.refs.get(customer).map_err(|e| bad(c_id, "customer_id", e.text()))? {
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
        let channel = match c_channel.map(|i| cell(i).trim()).filter(|s| !s.is_empty()) {
            None => None,
            // Spellings met before are looked up as written.
            Some(c) => match self.channel_spellings.iter().find(|(s, _)| s.as_str() == c) {
                Some(&(_, i)) => Some(i),
                None => {
                    let col = c_channel.unwrap_or(0);
                    let name =
                        crate::domain::purchase::channel(c, self.channels).map_err(|e| bad(col, "channel", e.0))?;
                    let i = self.channels.iter().position(|x| x == name);
                    if let Some(i) = i {
                        self.channel_spellings.push((c.to_string(), i));
                    }
                    i
                }
            },
        };
        let category = match c_category.map(cell).filter(|c| !c.trim().is_empty()) {
            None => None,
            Some(raw) => Some(match self.category_spellings.get(raw) {
                Some(&i) => i,
                None => {
                    let i = self.category_spellings.len() as u32;
                    self.category_spellings.insert(raw.to_string(), i);
                    chunk.new_categories.push(crate::domain::purchase::category_name(raw).unwrap_or_default());
                    i
                }
            }),
        };
        Ok(Row { contact_id, day, amount, note: opt(c_note), order_ref: opt(c_order), category, channel })
    }
}

/// The first bytes of the file (for sniffing the delimiter and the
/// encoding) and its size.
pub fn head(path: &std::path::Path) -> Result<(Vec<u8>, u64)> {
    let cannot = |e: std::io::Error| Error::io("read", path, e).with_hint_t("hint-check-path", vec![]);
    let f = std::fs::File::open(path).map_err(cannot)?;
    let size = f.metadata().map_err(cannot)?.len();
    let mut head = Vec::new();
    f.take(65536).read_to_end(&mut head).map_err(cannot)?;
    Ok((head, size))
}
