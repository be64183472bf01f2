//! One render path for everything that prints records: a table for people,
//! JSON and CSV for scripts. Handlers build `Serialize` rows; this module
//! decides how they look. Data goes to stdout, messages to stderr.

use crate::domain::money::MoneyStyle;
use crate::error::Result;
use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};
use serde::{Deserialize, Serialize};
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array of objects (one object for `show`).
    Json,
    /// CSV with a header line.
    Csv,
}

pub mod calendar;
pub mod campaign;
pub mod campaign_report;
mod cell_numbers;
pub mod cells;
pub mod clv;
pub mod cohorts;
pub mod consent;
pub mod contact;
pub mod dashboard;
pub mod deal;
pub mod file;
pub mod interaction;
pub mod launch;
pub mod pager;
pub mod paint;
pub mod progress;
pub mod prompt;
pub mod recorded;
pub mod report_rows;
pub mod reports;
pub mod satisfaction;
pub mod service;
pub mod svg;
pub mod sync;
pub mod xlsx;
pub use cells::{header, kind_of, neutralize, neutralized, CellKind, CellRow, Cells, Lines, Record, ToCell};

/// What `--format` may ask for: the record formats, and the two file
/// formats a few commands write (vCard for contacts, iCalendar for remind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Csv,
    /// vCard, for contact exports.
    Vcf,
    /// iCalendar, for `remind`.
    Ics,
    /// An Excel workbook (a file: `--out FILE.xlsx` or `> FILE.xlsx`).
    Xlsx,
}

/// Bytes to stdout, flushed (a closed pipe is reported as such, not as a failure).
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

#[derive(Clone)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub money: MoneyStyle,
    pub csv_delimiter: u8,
    /// CSV for a French spreadsheet (`--excel`, `[csv] excel`): a UTF-8
    /// byte-order mark, `;` between fields and decimal commas.
    pub excel: bool,
    /// Records as an Excel workbook instead of CSV (`--format xlsx`).
    pub xlsx: bool,
    /// The records go to a file (`--out`), not to stdout.
    pub to_file: bool,
    /// The pager for long output on a terminal (None: never page).
    pub pager: Option<String>,
    /// The language of tables and messages (never of JSON or CSV).
    pub lang: crate::i18n::Lang,
    /// Colour where it tells something (see [`paint`]).
    pub color: bool,
}

impl Output {
    /// The output settings for an export: CSV unless a format was asked for.
    pub fn for_export(&self, default_to_csv: bool) -> Output {
        let mut o = self.clone();
        if default_to_csv {
            o.format = Format::Csv;
        }
        o
    }

    /// A message for the person at the terminal (stderr), silenced by `-q`.
    pub fn say(&self, msg: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    /// A warning is never silenced: it tells of something that may be wrong.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        eprintln!("{}{msg}", crate::i18n::tr(self.lang, "label-warning"));
    }

    /// Raw data to stdout (a created id, an exported file); through the
    /// pager when a person's terminal cannot show it all.
    pub fn data(&self, text: &str) -> Result<()> {
        if let Some(p) = &self.pager {
            if pager::page(p, text) {
                return Ok(());
            }
        }
        write_stdout(text.as_bytes())
    }

    pub fn records<R: Record>(&self, rows: &[R]) -> Result<()> {
        let mut sink = self.sink::<R>(Box::new(std::io::stdout().lock()))?;
        for r in rows {
            sink.push(r)?;
        }
        sink.finish()
    }

    /// A streaming writer, so exports of a million rows never sit in memory
    /// (tables are buffered: they need every width before the first line).
    pub fn sink<'w, R: Record>(&'w self, w: Box<dyn Write + 'w>) -> Result<Sink<'w, R>> {
        let w = std::io::BufWriter::with_capacity(1 << 16, w);
        if self.xlsx {
            if !self.to_file && std::io::stdout().is_terminal() {
                return Err(crate::error::Error::usage(
                    "a workbook is a file, not something to print on the terminal",
                    "add --out FILE.xlsx where the command has it, or redirect: > clients.xlsx",
                ));
            }
            return Ok(Sink {
                out: self,
                inner: SinkKind::Xlsx { w, rows: Vec::new() },
                width: R::headers().len(),
                row: CellRow::default(),
                rows: std::marker::PhantomData,
            });
        }
        let inner = match self.format {
            Format::Table => SinkKind::Table(Vec::new()),
            Format::Json => SinkKind::Json { w, first: true },
            Format::Csv => {
                let mut w = w;
                if self.excel {
                    // Excel reads a CSV without this mark as the system's code page.
                    w.write_all("\u{feff}".as_bytes())?;
                }
                let delimiter = if self.excel { b';' } else { self.csv_delimiter };
                let mut csv = csv::WriterBuilder::new().delimiter(delimiter).from_writer(w);
                csv.write_record(R::headers())?;
                SinkKind::Csv(Box::new(csv))
            }
        };
        Ok(Sink {
            out: self,
            inner,
            width: R::headers().len(),
            row: CellRow::default(),
            rows: std::marker::PhantomData,
        })
    }

    /// One record shown as a two-column card in a table, or as a JSON
    /// object, or as a one-row CSV.
    pub fn card<R: Record>(&self, r: &R) -> Result<()> {
        match self.format {
            Format::Table => {
                let cells = checked_cells(r, &Cells::table(&self.money, self.lang), R::headers().len())?;
                let mut t = new_table();
                for (h, v) in R::headers().iter().zip(cells) {
                    if !v.is_empty() {
                        t.add_row(vec![crate::i18n::header(self.lang, h), v]);
                    }
                }
                self.data(&format!("{t}\n"))
            }
            Format::Json => {
                let mut out = std::io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, r)?;
                out.write_all(b"\n")?;
                Ok(())
            }
            Format::Csv => self.records(std::slice::from_ref(r)),
        }
    }
}

enum SinkKind<'w> {
    Table(Vec<Vec<String>>),
    Json {
        w: std::io::BufWriter<Box<dyn Write + 'w>>,
        first: bool,
    },
    Csv(Box<csv::Writer<std::io::BufWriter<Box<dyn Write + 'w>>>>),
    /// A workbook needs every row (column widths): kept as CSV cells.
    Xlsx {
        w: std::io::BufWriter<Box<dyn Write + 'w>>,
        rows: Vec<Vec<String>>,
    },
}

pub struct Sink<'w, R: Record> {
    out: &'w Output,
    inner: SinkKind<'w>,
    /// The record's field count, checked against every row's cells.
    width: usize,
    /// The CSV row being written, its buffer reused.
    row: CellRow,
    rows: std::marker::PhantomData<R>,
}

impl<R: Record> Sink<'_, R> {
    pub fn push(&mut self, r: &R) -> Result<()> {
        match &mut self.inner {
            SinkKind::Table(rows) => {
                rows.push(checked_cells(r, &Cells::table(&self.out.money, self.out.lang), self.width)?)
            }
            SinkKind::Json { w, first } => {
                w.write_all(if *first { b"[\n  " } else { b",\n  " })?;
                *first = false;
                serde_json::to_writer(&mut *w, r)?;
            }
            SinkKind::Xlsx { rows, .. } => rows.push(checked_cells(r, &Cells::csv(), self.width)?),
            SinkKind::Csv(csv) => {
                let cells = if self.out.excel { Cells::excel() } else { Cells::csv() };
                csv_row(csv.as_mut(), r, &cells, &mut self.row, self.width)?
            }
        }
        Ok(())
    }

    /// Push `make(i)` for each `i` of `order`, in order (see [`Sink::push_each`]).
    pub fn push_all<F>(&mut self, order: &[u32], make: F) -> Result<()>
    where
        F: Fn(u32) -> R + Sync,
    {
        self.push_each(order.len(), |k| make(order[k]))
    }

    /// Push `make(k)` for each position `k` in `0..count`, in order.
    pub fn push_each<F>(&mut self, count: usize, make: F) -> Result<()>
    where
        F: Fn(usize) -> R + Sync,
    {
        (0..count).try_for_each(|k| self.push(&make(k)))
    }

    pub fn finish(self) -> Result<()> {
        match self.inner {
            SinkKind::Xlsx { mut w, rows } => {
                let sheet = xlsx::sheet_name(prompt::command().unwrap_or(""));
                let book = xlsx::workbook(&sheet, &R::headers(), &R::kinds(), &rows)?;
                w.write_all(&book)?;
                w.flush()?;
                Ok(())
            }
            SinkKind::Table(rows) => {
                if rows.is_empty() {
                    return Ok(());
                }
                // A column empty in every row (no notes, no categories in
                // this shop) only takes width: a person's table leaves it
                // out; CSV and JSON keep every field.
                let headers = R::headers();
                let mut keep: Vec<usize> = (0..headers.len())
                    .filter(|&i| rows.iter().any(|r| r.get(i).is_some_and(|c| !c.is_empty())))
                    .collect();
                let mut t = new_table();
                let numeric = R::numeric();
                // The headers as shown (in the interface's language) set the widths.
                let shown: Vec<String> = headers.iter().map(|h| crate::i18n::header(self.out.lang, h)).collect();
                let token = |i: usize| {
                    numeric.contains(&headers[i]) || rows.iter().all(|r| r.get(i).is_none_or(|c| is_token(c)))
                };
                // A narrow terminal: drop what matters least until the rest fits.
                let mut dropped: Vec<&str> = Vec::new();
                if let Some(width) = t.width() {
                    // Each column is its text, a space either side and a
                    // separator; the line has one more at its end.
                    let need = |keep: &[usize]| -> usize {
                        keep.iter().map(|&i| min_width(&rows, i, &shown[i], token(i)) + 3).sum::<usize>() + 1
                    };
                    // What goes first: the record's own choice, then other
                    // records' ids and timestamps, then short values from
                    // the right; text (names, notes) last: it is the content.
                    let mut order: Vec<usize> =
                        R::narrow_drops().iter().filter_map(|d| headers.iter().position(|h| h == d)).collect();
                    let later = keep.iter().skip(1).rev().copied();
                    order.extend(later.clone().filter(|&i| headers[i].ends_with("_id") || headers[i].ends_with("_at")));
                    order.extend(later.clone().filter(|&i| token(i)));
                    order.extend(later);
                    let mut keep_now = keep.clone();
                    for i in order {
                        if need(&keep_now) <= width as usize || keep_now.len() <= 2 {
                            break;
                        }
                        if let Some(p) = keep_now.iter().position(|&k| k == i) {
                            keep_now.remove(p);
                            dropped.push(headers[i]);
                        }
                    }
                    keep = keep_now;
                }
                t.set_header(keep.iter().map(|&i| shown[i].clone()));
                if self.out.color {
                    // Styled even when the width comes from COLUMNS, not a
                    // tty, and with NO_COLOR set when `--color always` says so.
                    t.enforce_styling();
                    crossterm::style::Colored::set_ansi_color_disabled(false);
                }
                for row in rows.iter() {
                    // One line per record: text too long for the terminal
                    // is shortened with `…`, never wrapped mid-word.
                    let cells: Vec<String> = keep.iter().map(|&i| row.get(i).cloned().unwrap_or_default()).collect();
                    let multi = cells.iter().any(|c| c.contains('\n'));
                    let cells = keep.iter().zip(cells).map(|(&i, text)| {
                        match paint::of_cell(headers[i], &text).filter(|_| self.out.color) {
                            Some(p) => p.cell(text),
                            None => comfy_table::Cell::new(text),
                        }
                    });
                    let mut r = comfy_table::Row::from(cells);
                    if !multi {
                        r.max_height(1);
                    }
                    t.add_row(r);
                }
                t.set_truncation_indicator("…");
                for (col_no, &i) in keep.iter().enumerate() {
                    let Some(col) = t.column_mut(col_no) else { continue };
                    if numeric.contains(&headers[i]) {
                        col.set_cell_alignment(CellAlignment::Right);
                    }
                    // Numbers, amounts and days are never cut: only text gives way,
                    // and never below its header's longest word.
                    if token(i) {
                        col.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
                    } else {
                        let w = min_width(&rows, i, &shown[i], false) as u16;
                        col.set_constraint(comfy_table::ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(w)));
                    }
                }
                if !dropped.is_empty() {
                    let names: Vec<String> = dropped.iter().map(|h| crate::i18n::header(self.out.lang, h)).collect();
                    self.out.say(crate::i18n::tr_args(
                        self.out.lang,
                        "table-dropped",
                        &[("names", names.join(", ").into())],
                    ));
                }
                self.out.data(&format!("{t}\n"))
            }
            SinkKind::Json { mut w, first } => {
                w.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                w.flush()?;
                Ok(())
            }
            SinkKind::Csv(mut csv) => {
                csv.flush()?;
                Ok(())
            }
        }
    }
}

/// The narrowest a column may get: a token column its widest cell, a text
/// column its header's longest word or 12 characters of text (less when
/// all of its cells are shorter).
fn min_width(rows: &[Vec<String>], i: usize, header: &str, token: bool) -> usize {
    let widest = rows.iter().filter_map(|r| r.get(i)).map(|c| c.chars().count()).max().unwrap_or(0);
    let word = header.split(['_', ' ']).map(|w| w.chars().count()).max().unwrap_or(0);
    if token {
        // A column that is never cut keeps its header on one line too.
        widest.max(header.chars().count())
    } else {
        widest.min(12).max(word)
    }
}

/// A cell that must show whole or not at all: a day, an amount, a short
/// code (no spaces, at most a date's length).
fn is_token(cell: &str) -> bool {
    let b = cell.as_bytes();
    let timestamp = b.len() <= 25 && b.len() >= 10 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-';
    cell.is_empty()
        || timestamp
        || (!cell.contains(' ') && cell.chars().count() <= 12)
        || cell.chars().all(|c| !c.is_alphabetic())
}

/// A record's cells, refused (as a bug) when they do not match its
/// headers: a silent shift would put values under the wrong column.
fn checked_cells<R: Record>(r: &R, c: &Cells, headers: usize) -> Result<Vec<String>> {
    let mut cells = r.cells(c);
    if cells.len() != headers {
        return Err(crate::error::Error::internal(format!(
            "a record has {} cells for {} headers",
            cells.len(),
            headers
        )));
    }
    // People read a moment in their own time zone (`…_at` fields are
    // RFC 3339 UTC, as scripts get them), and an enumerated value in their
    // language (`grant` is `accord` in a French table).
    if c.for_people() {
        for (cell, h) in cells.iter_mut().zip(R::headers()) {
            if h == "at" || h.ends_with("_at") {
                if let Some(local) = c.moment(cell) {
                    *cell = local;
                }
            } else if let Some(word) = value_group(h).and_then(|g| c.value_word(g, cell)) {
                *cell = word;
            }
        }
    }
    Ok(cells)
}

/// The fields whose values are words of carnet's own (a kind, an action,
/// a status), named by the group of messages (`val-GROUP-VALUE`) that says
/// them in another language. Names people typed themselves are not here.
fn value_group(header: &str) -> Option<&'static str> {
    Some(match header {
        "kind" => "kind",
        "follow_up_status" => "follow-up",
        "action" => "action",
        // `sync`'s kind of entry (a contact's card or a reminder).
        "what" => "sync-what",
        "method" => "method",
        "channel" => "channel",
        "status" | "consent_email" | "consent_sms" | "consent_phone" | "consent_post" => "status",
        "stage" => "stage",
        _ => return None,
    })
}

/// One record as a CSV row, through the reused cell buffer; formulas
/// neutralized, the record's width checked.
fn csv_row<W: Write, R: Record>(
    csv: &mut csv::Writer<W>,
    r: &R,
    cells: &Cells,
    row: &mut CellRow,
    width: usize,
) -> Result<()> {
    row.clear();
    r.write_cells(cells, row);
    if row.len() != width {
        return Err(crate::error::Error::internal(format!("a record has {} cells for {width} headers", row.len())));
    }
    for cell in row.cells() {
        csv.write_field(neutralized(cell).as_bytes())?;
    }
    // No more fields: ends the record.
    csv.write_record(None::<&[u8]>)?;
    Ok(())
}

/// A header underlined, no other rules: quiet to read, easy to grep.
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// A table fitted to the terminal when there is one, to `COLUMNS` when it
/// is set, and left unwrapped for pipes (so `grep` sees whole lines).
pub fn new_table() -> Table {
    let mut t = Table::new();
    t.load_style(STYLE);
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse::<u16>().ok());
    if std::io::stdout().is_terminal() {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else if let Some(w) = columns {
        t.force_no_tty();
        t.set_width(w);
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.force_no_tty();
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    t
}

/// A ratio as scripts see it: four decimals (0.3333), so JSON and CSV
/// stay short and stable across platforms.
pub fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// When to colour (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless `NO_COLOR` is set (<https://no-color.org>).
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    pub fn enabled(self) -> bool {
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

#[cfg(test)]
mod tests;
