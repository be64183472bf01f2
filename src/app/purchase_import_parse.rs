//! The parser side of a purchase import: everything but SQL. It reads the
//! file once (hashing it on the way), validates each row and matches it to
//! a contact, and sends chunks of rows to the writer. A bad row does not
//! stop it: it goes on checking, so a refused file lists its bad lines (up
//! to [`MAX_SHOWN`]) in one run.

use super::csv_input::{lines_at, read_error, unneutralize};
use super::purchase_reading::Cols;
use super::Progress;
use crate::domain::dates::{check_plausible, DateFormat};
use crate::domain::money::{parse_amount, strip_currency, Cents};
use crate::domain::sales_profile::{Profile, RowKind};
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

/// A contact the file names that carnet does not know yet.
pub struct NewContact {
    pub id: i64,
    pub r#ref: Box<str>,
    pub name: Option<Box<str>>,
    pub email: Option<Box<str>>,
}

/// One message from the parser: contacts to create first (with the ids
/// the parser gave them), then rows.
#[derive(Default)]
pub struct Chunk {
    pub new_contacts: Vec<NewContact>,
    /// Category spellings first met in this chunk, in index order: the
    /// rows carry an index, so no row holds a string of its own.
    pub new_categories: Vec<String>,
    pub rows: Vec<Row>,
}

/// A row as carnet reads it, for the dry run's preview.
#[derive(Debug, Clone)]
pub struct Preview {
    pub customer: String,
    pub name: Option<String>,
    pub day: NaiveDate,
    pub amount: Cents,
    pub refund: bool,
}

/// The rows that are not a customer's sale, counted rather than refused.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Sales without a customer (walk-ins): how many, and their total.
    pub walk_ins: u64,
    pub walk_in_total: i64,
    /// Rows the profile says are not sales, by what they say they are.
    pub not_sales: Vec<(String, u64)>,
    /// Line items folded into their order's purchase.
    pub line_items: u64,
    /// Refunds imported (as negative purchases).
    pub refunds: u64,
    /// The first rows as carnet reads them.
    pub preview: Vec<Preview>,
    /// The sum of the purchases read, in cents.
    pub total: i64,
}

/// Rows shown in the dry run's preview.
const PREVIEW: usize = 5;

/// A bad cell, placed by the byte offset of its record (turned into a
/// physical line at the end, when the file's bytes can be read again).
struct Problem {
    byte: u64,
    col: usize,
    name: &'static str,
    value: String,
    msg: Box<crate::i18n::Text>,
}

/// Identical problems (one value, one column): the first, and how many.
struct Group {
    first: Problem,
    count: usize,
}

/// Distinct problems kept for grouping; past them, bad rows are counted.
const MAX_GROUPS: usize = 10_000;

/// What a row turned out to be.
enum Parsed {
    Sale(Row, Option<Row>),
    Skipped,
}

pub struct Parser<'p> {
    pub label: String,
    pub rdr: csv::Reader<BufReader<Source>>,
    pub date_format: DateFormat,
    /// Where each of the columns is in the file.
    pub cols: Cols,
    /// The profile the file is read with, if any.
    pub profile: Option<Profile>,
    /// The configured sales channels (a `channel` cell must be one).
    pub channels: &'p [String],
    /// Channel cells as written, with the channel each names.
    pub channel_spellings: Vec<(String, usize)>,
    /// Category cells as written (trimmed, spaces collapsed), by index.
    pub category_spellings: std::collections::HashMap<String, u32, foldhash::fast::FixedState>,
    pub refs: RefSource,
    /// When the customers are emails: contacts by email, so a customer
    /// carnet knows by email (not ref) is found.
    pub emails: Option<crate::store::contacts::EmailSource>,
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
    pub stats: Stats,
    /// The header's cells, to name a column in a hint.
    pub headers: Vec<String>,
    /// The order the last line items belong to.
    pub last_order: Option<String>,
    /// Summed line items: the order being added up, its purchase, and its
    /// place in the preview.
    pub pending: Option<(String, Row, Option<usize>)>,
}

impl Parser<'_> {
    /// Parse the whole file, sending chunks while every row is good.
    /// Returns the file's content hash once it has read all of it, with
    /// what was counted rather than imported.
    pub fn run(mut self, tx: mpsc::SyncSender<Result<Chunk>>) -> Option<(String, Stats)> {
        let mut chunk = Chunk::default();
        let mut group = vec![csv::StringRecord::new(); GROUP];
        let mut groups: Vec<Group> = Vec::new();
        let mut index: std::collections::HashMap<(usize, String), usize> = Default::default();
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
                    Ok(Parsed::Sale(row, refund)) if bad == 0 => {
                        chunk.rows.push(row);
                        chunk.rows.extend(refund);
                    }
                    Ok(_) => {}
                    Err(p) => {
                        bad += 1;
                        let key = (p.col, p.value.clone());
                        match index.get(&key) {
                            Some(&g) => groups[g].count += 1,
                            None if groups.len() < MAX_GROUPS => {
                                index.insert(key, groups.len());
                                groups.push(Group { first: p, count: 1 });
                            }
                            None => {}
                        }
                    }
                }
            }
            if let Some(e) = unreadable {
                let _ = tx.send(Err(self.refusal(groups, bad, Some(e))));
                return None;
            }
            if n < GROUP {
                // The end of the file: the order being added up is complete.
                if let Some((_, row, _)) = self.pending.take() {
                    if bad == 0 {
                        chunk.rows.push(row);
                    }
                }
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
            let _ = tx.send(Err(self.refusal(groups, bad, None)));
            return None;
        }
        let stats = std::mem::take(&mut self.stats);
        Some((self.rdr.into_inner().into_inner().hash(), stats))
    }

    /// The error that refuses the file: its bad lines (numbered as the file
    /// has them, CRLF and quoted newlines counted right), identical ones
    /// grouped, then how many more.
    fn refusal(&self, groups: Vec<Group>, bad: usize, unreadable: Option<Error>) -> Error {
        if groups.is_empty() {
            return unreadable.unwrap_or_else(|| Error::internal("a refused import without a reason"));
        }
        let shown: Vec<&Group> = groups.iter().take(MAX_SHOWN).collect();
        let offsets: Vec<u64> = shown.iter().map(|g| g.first.byte).collect();
        let lines = match &self.decoded {
            Some(bytes) => lines_at(bytes, &offsets),
            None => match std::fs::read(&self.path) {
                Ok(bytes) => lines_at(&bytes, &offsets),
                Err(_) => offsets.iter().map(|_| 0).collect(),
            },
        };
        use crate::i18n::Text;
        use crate::targs;
        let place = |g: &Group, line: u64| {
            let p = &g.first;
            let shown = crate::error::echo(&p.value);
            if g.count == 1 {
                Text::tr(
                    "import-bad-cell",
                    targs!["line" => line.to_string(), "col" => (p.col + 1).to_string(), "name" => p.name, "value" => shown, "why" => (*p.msg).clone()],
                )
            } else {
                Text::tr(
                    "import-bad-group",
                    targs!["count" => g.count, "line" => line.to_string(), "col" => (p.col + 1).to_string(), "name" => p.name, "value" => shown, "why" => (*p.msg).clone()],
                )
            }
        };
        let mut parts = if bad == 1 {
            vec![Text::plain(format!("{} ", self.label)), place(shown[0], lines[0])]
        } else {
            let mut m = vec![Text::tr("import-bad-lines", targs!["label" => self.label.as_str(), "count" => bad])];
            for (g, l) in shown.iter().zip(&lines) {
                m.push(Text::plain("\n  "));
                m.push(place(g, *l));
            }
            let listed: usize = shown.iter().map(|g| g.count).sum();
            if bad > listed {
                m.push(Text::plain("\n  "));
                m.push(Text::tr("import-and-more", targs!["count" => bad - listed]));
            }
            m
        };
        if let Some(e) = unreadable {
            parts.push(Text::plain("\n  "));
            parts.push(Text::tr("import-and-then", targs!["what" => e.text()]));
        }
        let channel = shown.iter().find(|g| g.first.name == "channel");
        let e = Error::invalid(Text::concat(parts));
        if let Some(g) = channel {
            let header = self.headers.get(g.first.col).map(String::as_str).unwrap_or("Channel");
            e.with_hint_t("hint-channel-or-map", targs!["header" => header])
        } else if shown.iter().any(|g| g.first.name == "date") {
            e.with_hint_t("hint-import-date-format", targs!["spelling" => self.date_format.spelling()])
        } else {
            e.with_hint_t("hint-fix-those-rows", vec![])
        }
    }

    fn row(&mut self, rec: &csv::StringRecord, chunk: &mut Chunk) -> Result<Parsed, Problem> {
        let byte = rec.position().map(|p| p.byte()).unwrap_or(0);
        let c = self.cols;
        let cell = |i: usize| unneutralize(rec.get(i).unwrap_or(""));
        let opt_cell = |i: Option<usize>| i.map(cell).map(str::trim).filter(|s| !s.is_empty());
        let bad = |col: usize, name: &'static str, msg: crate::i18n::Text| Problem {
            byte,
            col,
            name,
            value: cell(col).to_string(),
            msg: Box::new(msg),
        };
        let mut kind = RowKind::Sale;
        if let Some(p) = &self.profile {
            // The rows after an order's first are its line items.
            if p.line_items {
                if let Some(order) = opt_cell(c.order_ref) {
                    if self.last_order.as_deref() == Some(order) {
                        self.stats.line_items += 1;
                        return Ok(Parsed::Skipped);
                    }
                    self.last_order = Some(order.to_string());
                }
            }
            kind = p.row_kind(opt_cell(c.kind), c.status.map(|i| cell(i).trim()));
            if kind == RowKind::NotASale {
                // Name what made it not a sale: a failed status, else the kind.
                let status = opt_cell(c.status).filter(|s| p.row_kind(None, Some(s)) == RowKind::NotASale);
                let what = status.or(opt_cell(c.kind)).unwrap_or("").to_string();
                match self.stats.not_sales.iter_mut().find(|(w, _)| *w == what) {
                    Some((_, n)) => *n += 1,
                    None => self.stats.not_sales.push((what, 1)),
                }
                return Ok(Parsed::Skipped);
            }
        }
        let day = self.date_format.parse_day_of(cell(c.date)).map_err(|e| bad(c.date, "date", e.0))?;
        check_plausible(day, self.today).map_err(|e| bad(c.date, "date", e.0))?;
        let money = |i: usize| {
            let (symbol, code) = (&self.currency.0, &self.currency.1);
            strip_currency(cell(i), symbol, code)
                .map_err(|e| bad(i, "amount", e))
                .and_then(|a| parse_amount(&a).map_err(|e| bad(i, "amount", e.text())))
        };
        let mut amount = money(c.amount)?;
        if kind == RowKind::Refund {
            amount = Cents(-amount.0.abs());
        }
        let refunded = match opt_cell(c.refunded) {
            Some(_) => Some(money(c.refunded.unwrap_or(0))?).filter(|r| r.0 != 0),
            None => None,
        };
        let name = opt_cell(c.name);
        let sum_items = self.profile.as_ref().is_some_and(|p| p.sum_items);
        let order = if sum_items { opt_cell(c.order_ref) } else { None };
        let same_order = order.is_some() && self.last_order.as_deref() == order;
        if sum_items {
            self.last_order = order.map(str::to_string);
        }
        let Some(customer) = opt_cell(c.customer).or(name) else {
            if !same_order {
                self.stats.walk_ins += 1;
            }
            self.stats.walk_in_total += amount.0 - refunded.map_or(0, |r| r.0.abs());
            return Ok(Parsed::Skipped);
        };
        // A line item of the order being added up: its amount joins it.
        if same_order {
            if let Some((_, row, shown)) = &mut self.pending {
                row.amount = Cents(row.amount.0 + amount.0);
                if let Some(i) = *shown {
                    self.stats.preview[i].amount = row.amount;
                }
                self.stats.line_items += 1;
                self.stats.total += amount.0;
                return Ok(Parsed::Skipped);
            }
        }
        let c_id = c.customer.or(c.name).unwrap_or(0);
        let mut known = self.refs.get(customer).map_err(|e| bad(c_id, "customer", e.text()))?;
        if known.is_none() && customer.contains('@') {
            if let Some(emails) = &mut self.emails {
                known = emails
                    .get(&crate::domain::contact::email_key(customer))
                    .map_err(|e| bad(c_id, "customer", e.text()))?;
                if let Some(id) = known {
                    self.refs.insert(customer, id);
                }
            }
        }
        let contact_id = match known {
            Some(id) => id,
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.refs.insert(customer, id);
                let email = (customer.contains('@') && !customer.contains(' ')).then(|| Box::from(customer));
                chunk.new_contacts.push(NewContact {
                    id,
                    r#ref: customer.into(),
                    name: name.filter(|n| *n != customer).map(Box::from),
                    email,
                });
                id
            }
        };
        let channel = match opt_cell(c.channel) {
            None => None,
            // Spellings met before are looked up as written.
            Some(ch) => match self.channel_spellings.iter().find(|(s, _)| s.as_str() == ch) {
                Some(&(_, i)) => Some(i),
                None => {
                    let col = c.channel.unwrap_or(0);
                    let name =
                        crate::domain::purchase::channel(ch, self.channels).map_err(|e| bad(col, "channel", e.0))?;
                    let i = self.channels.iter().position(|x| x == name);
                    if let Some(i) = i {
                        self.channel_spellings.push((ch.to_string(), i));
                    }
                    i
                }
            },
        };
        let category = match c.category.map(cell).filter(|c| !c.trim().is_empty()) {
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
        let note = opt_cell(c.note).map(Box::from);
        let order_ref: Option<Box<str>> = opt_cell(c.order_ref).map(Box::from);
        let shown = (self.stats.preview.len() < PREVIEW).then_some(self.stats.preview.len());
        if shown.is_some() {
            self.stats.preview.push(Preview {
                customer: customer.to_string(),
                name: name.filter(|n| *n != customer).map(str::to_string),
                day,
                amount,
                refund: amount.0 < 0,
            });
        }
        if amount.0 < 0 {
            self.stats.refunds += 1;
        }
        self.stats.total += amount.0;
        let refund = refunded.map(|r| {
            self.stats.refunds += 1;
            self.stats.total -= r.0.abs();
            Row {
                contact_id,
                day,
                amount: Cents(-r.0.abs()),
                note: None,
                order_ref: order_ref.clone(),
                category: None,
                channel,
            }
        });
        let row = Row { contact_id, day, amount, note, order_ref, category, channel };
        if let Some(order) = order {
            // The previous order is complete: it goes; this one is added up.
            let done = self.pending.replace((order.to_string(), row, shown)).map(|(_, r, _)| r);
            return Ok(match (done, refund) {
                (Some(d), refund) => Parsed::Sale(d, refund),
                (None, Some(r)) => Parsed::Sale(r, None),
                (None, None) => Parsed::Skipped,
            });
        }
        Ok(Parsed::Sale(row, refund))
    }
}

/// The first bytes of the file (for sniffing the delimiter and the
/// encoding) and its size.
pub fn head(path: &std::path::Path) -> Result<(Vec<u8>, u64)> {
    let cannot = |e: std::io::Error| Error::io("read", path, e).with_hint_t("hint-check-path", vec![]);
    crate::paths::check_regular(path)?;
    let f = std::fs::File::open(path).map_err(cannot)?;
    let size = f.metadata().map_err(cannot)?.len();
    let mut head = Vec::new();
    f.take(65536).read_to_end(&mut head).map_err(cannot)?;
    Ok((head, size))
}
