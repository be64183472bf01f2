//! How one value becomes the text of a table cell or a CSV field, and the
//! [`record!`](crate::record) macro that gives a row struct its header and
//! cell lists from its fields, so the two can never drift apart.

use super::cell_numbers::{iso_date, push_cents, push_iso_date, push_ten_thousandths};
use crate::domain::money::{Cents, MoneyStyle};
use serde::Serialize;

/// The rendering context of a cell: tables show money with the currency
/// and lists on several lines; CSV shows `45.50` and `;`-joined lists.
pub struct Cells<'a> {
    money: Option<&'a MoneyStyle>,
    /// The language of a person's table (CSV is always the stable form).
    lang: crate::i18n::Lang,
    /// CSV for a French spreadsheet: decimal commas.
    excel: bool,
}

impl<'a> Cells<'a> {
    pub fn table(money: &'a MoneyStyle, lang: crate::i18n::Lang) -> Self {
        Cells { money: Some(money), lang, excel: false }
    }

    pub fn csv() -> Self {
        Cells { money: None, lang: crate::i18n::Lang::En, excel: false }
    }

    /// CSV as a French spreadsheet reads it: `45,50`, `0,3333`.
    pub fn excel() -> Self {
        Cells { money: None, lang: crate::i18n::Lang::En, excel: true }
    }

    /// A number's text with the decimal mark this output wants: a comma
    /// for a French spreadsheet and in a French person's table.
    fn number(&self, s: String) -> String {
        if self.decimal_comma() {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// A name of the domain as a person reads it: its translation in a
    /// French table (`segment-at-risk`), its stable English name elsewhere.
    pub fn named(&self, prefix: &str, name: &str) -> String {
        if self.money.is_none() || self.lang == crate::i18n::Lang::En {
            return name.to_string();
        }
        let key = crate::i18n::key_of(name);
        crate::i18n::message(self.lang, &format!("{prefix}-{key}"), &[]).unwrap_or_else(|| name.to_string())
    }

    /// One of carnet's own words (`grant`, `opted_out`, `built-in`) as a
    /// French table says it (`val-GROUP-WORD`); as it is elsewhere, and
    /// when it has no message (a shop's own kinds and stages): None.
    pub fn value_word(&self, group: &str, word: &str) -> Option<String> {
        if self.lang == crate::i18n::Lang::En || word.is_empty() {
            return None;
        }
        let key: String = word
            .to_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        crate::i18n::message(self.lang, &format!("val-{group}-{key}"), &[])
    }

    fn decimal_comma(&self) -> bool {
        self.excel || (self.money.is_some() && self.lang == crate::i18n::Lang::Fr)
    }

    /// The language of a person's table (English for scripts).
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang
    }

    /// A table for people (not CSV nor a workbook).
    pub fn for_people(&self) -> bool {
        self.money.is_some()
    }

    /// An RFC 3339 moment as people read it: in local time, to the minute,
    /// `2026-12-03 14:05` (`03/12/2026 14:05` in French). None when `s` is
    /// not one.
    pub fn moment(&self, s: &str) -> Option<String> {
        let t = chrono::DateTime::parse_from_rfc3339(s).ok()?.with_timezone(&chrono::Local);
        Some(if self.lang == crate::i18n::Lang::Fr {
            t.format("%d/%m/%Y %H:%M").to_string()
        } else {
            t.format("%Y-%m-%d %H:%M").to_string()
        })
    }

    /// A day: `03/12/2026` in a French table, ISO everywhere else.
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        if self.money.is_some() && self.lang == crate::i18n::Lang::Fr {
            d.format("%d/%m/%Y").to_string()
        } else {
            iso_date(d)
        }
    }

    /// Money: the currency in tables, a plain `45.50` in CSV.
    pub fn money(&self, c: Cents) -> String {
        match self.money {
            Some(style) => style.format(c),
            None => self.number(c.to_string()),
        }
    }

    /// Several lines of text: one per line in tables, `; `-joined in CSV.
    pub fn lines(&self, v: &[String]) -> String {
        v.join(if self.money.is_some() { "\n" } else { "; " })
    }

    pub fn list(&self, v: &[String]) -> String {
        v.join(if self.money.is_some() { ", " } else { ";" })
    }
}

/// A row type that can be printed. JSON comes from `Serialize`; tables and
/// CSV from `cells`, whose order matches `headers` (the JSON field names).
/// Write it with [`record!`](crate::record) (or [`record_impl!`](crate::record_impl)
/// for a domain struct) rather than by hand.
pub trait Record: Serialize {
    fn headers() -> Vec<&'static str>;
    /// What each column holds, from the fields' types: a workbook types
    /// its cells by this, never by guessing from their text. Text unless
    /// said otherwise.
    fn kinds() -> Vec<CellKind> {
        vec![CellKind::Text; Self::headers().len()]
    }
    /// Columns right-aligned in tables (numbers, money).
    fn numeric() -> Vec<&'static str> {
        Vec::new()
    }
    /// The columns a narrow terminal drops first, in order (then text
    /// columns from the right, then the rest from the right).
    fn narrow_drops() -> Vec<&'static str> {
        Vec::new()
    }
    fn cells(&self, c: &Cells) -> Vec<String>;
    /// The same cells appended to one buffer: what a CSV of a million rows
    /// writes without a string per cell. [`record!`](crate::record) writes it.
    fn write_cells(&self, c: &Cells, out: &mut CellRow) {
        for cell in self.cells(c) {
            out.text.push_str(&cell);
            out.end();
        }
    }
}

/// One row's cells in one buffer, reused from row to row.
#[derive(Debug, Default)]
pub struct CellRow {
    pub text: String,
    ends: Vec<usize>,
}

impl CellRow {
    /// The cell written since the last end is complete.
    pub fn end(&mut self) {
        self.ends.push(self.text.len());
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn cells(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(self.ends.iter().copied()).map(|(a, b)| &self.text[a..b])
    }
}

/// What a column holds, for the formats that type their cells (a
/// workbook): decided by the field's Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Integer,
    Number,
    Money,
    Date,
    /// An RFC 3339 timestamp (`created_at`).
    Timestamp,
    Bool,
}

/// The kind of the field `get` reads, for the record macros: the type is
/// inferred from the closure, so a macro that knows only a field's name
/// still learns its type.
pub fn kind_of<R, T: ToCell>(_get: fn(&R) -> &T) -> CellKind {
    T::kind()
}

/// A value's cell text.
pub trait ToCell {
    /// What a column of these holds (see [`CellKind`]).
    fn kind() -> CellKind
    where
        Self: Sized,
    {
        CellKind::Text
    }
    fn cell(&self, c: &Cells) -> String;
    /// [`ToCell::cell`] appended to `out`, without a string of its own for
    /// the types a big CSV is made of.
    fn write_cell(&self, c: &Cells, out: &mut String) {
        out.push_str(&self.cell(c));
    }
}

macro_rules! plain_cells {
    ($($t:ty => $kind:ident),*) => {
        $(impl ToCell for $t {
            fn kind() -> CellKind {
                CellKind::$kind
            }
            fn cell(&self, _: &Cells) -> String {
                self.to_string()
            }
            fn write_cell(&self, _: &Cells, out: &mut String) {
                use std::fmt::Write;
                let _ = write!(out, "{self}");
            }
        })*
    };
}
plain_cells!(bool => Bool, String => Text, &str => Text);

/// Integers through `itoa`: a big CSV has a dozen numbers a row, and the
/// formatting machinery weighs on each.
macro_rules! integer_cells {
    ($($t:ty),*) => {
        $(impl ToCell for $t {
            fn kind() -> CellKind {
                CellKind::Integer
            }
            fn cell(&self, _: &Cells) -> String {
                self.to_string()
            }
            fn write_cell(&self, _: &Cells, out: &mut String) {
                out.push_str(itoa::Buffer::new().format(*self));
            }
        })*
    };
}
integer_cells!(i64, i32, u8, u32, u64, usize);

impl ToCell for f64 {
    fn kind() -> CellKind {
        CellKind::Number
    }
    fn cell(&self, c: &Cells) -> String {
        c.number(self.to_string())
    }
    fn write_cell(&self, c: &Cells, out: &mut String) {
        if c.decimal_comma() {
            out.push_str(&self.cell(c));
        } else if !push_ten_thousandths(*self, out) {
            use std::fmt::Write;
            let _ = write!(out, "{self}");
        }
    }
}

impl ToCell for chrono::NaiveDate {
    fn kind() -> CellKind {
        CellKind::Date
    }
    fn cell(&self, c: &Cells) -> String {
        c.date(*self)
    }
    fn write_cell(&self, c: &Cells, out: &mut String) {
        if c.money.is_none() {
            push_iso_date(*self, out);
        } else {
            out.push_str(&c.date(*self));
        }
    }
}

impl ToCell for Cents {
    fn kind() -> CellKind {
        CellKind::Money
    }
    fn cell(&self, c: &Cells) -> String {
        c.money(*self)
    }
    fn write_cell(&self, c: &Cells, out: &mut String) {
        if c.money.is_none() && !c.excel {
            push_cents(*self, out);
        } else {
            out.push_str(&self.cell(c));
        }
    }
}

impl<T: ToCell> ToCell for Option<T> {
    fn kind() -> CellKind {
        T::kind()
    }
    fn cell(&self, c: &Cells) -> String {
        self.as_ref().map(|v| v.cell(c)).unwrap_or_default()
    }
    fn write_cell(&self, c: &Cells, out: &mut String) {
        if let Some(v) = self {
            v.write_cell(c, out);
        }
    }
}

impl ToCell for Vec<String> {
    fn cell(&self, c: &Cells) -> String {
        c.list(self)
    }
}

/// Text kept as lines: one per line in a table, `; `-joined in CSV, an
/// array in JSON.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(transparent)]
pub struct Lines(pub Vec<String>);

impl ToCell for Lines {
    fn cell(&self, c: &Cells) -> String {
        c.lines(&self.0)
    }
}

/// The enumerations of the domain show their stable (English) names.
macro_rules! named_cells {
    ($($t:ty => $f:ident),*) => {
        $(impl ToCell for $t {
            fn cell(&self, _: &Cells) -> String {
                self.$f().to_string()
            }
        })*
    };
}
impl ToCell for crate::domain::rfm::Segment {
    fn cell(&self, c: &Cells) -> String {
        c.named("segment", self.name())
    }
}

impl ToCell for crate::domain::value_matrix::Cell {
    fn cell(&self, c: &Cells) -> String {
        c.named("cell", self.name())
    }
}

named_cells!(
    crate::domain::consent::Channel => as_str,
    crate::domain::consent::Status => as_str,
    crate::domain::remind::Kind => as_str
);

/// A CSV cell made safe to open in a spreadsheet (OWASP's rule against
/// formula injection): text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, so `=HYPERLINK(…)` typed as a
/// customer's name stays text. Numbers (`-12.00`) are never touched, nor
/// is a birthday without its year (`--07-03`, a documented form that holds
/// no formula); carnet's imports take the quote off again. A cell that
/// already starts with quotes before such a character gets one more, so
/// `'=x` typed as an order reference comes back as `'=x`.
pub fn neutralize(cell: String) -> String {
    match neutralized(&cell) {
        std::borrow::Cow::Borrowed(_) => cell,
        std::borrow::Cow::Owned(s) => s,
    }
}

/// [`neutralize`] of a borrowed cell: borrowed back unless it changes.
pub fn neutralized(cell: &str) -> std::borrow::Cow<'_, str> {
    let b = cell.as_bytes();
    let birthday = b.len() == 7
        && b.starts_with(b"--")
        && b[4] == b'-'
        && b.iter().enumerate().all(|(i, c)| matches!(i, 0 | 1 | 4) || c.is_ascii_digit());
    // Quotes before a formula character get one more, so the import,
    // which takes one off, gives `'=x` back as it was typed.
    let quotes = b.iter().take_while(|&&c| c == b'\'').count();
    match b.get(quotes) {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
            if quotes > 0 || (!birthday && cell.trim().parse::<f64>().is_err()) =>
        {
            std::borrow::Cow::Owned(format!("'{cell}"))
        }
        _ => std::borrow::Cow::Borrowed(cell),
    }
}

/// A field name as a header: `r#ref` is `ref`.
pub const fn header(field: &'static str) -> &'static str {
    let b = field.as_bytes();
    if b.len() > 2 && b[0] == b'r' && b[1] == b'#' {
        let (_, rest) = b.split_at(2);
        match std::str::from_utf8(rest) {
            Ok(s) => s,
            Err(_) => field,
        }
    } else {
        field
    }
}

/// A row struct that is a [`Record`]: its fields, in order, are the JSON
/// fields, the CSV header and the table columns. `numeric: [a, b]` names
/// the right-aligned columns. A struct may start with `@flatten base: Row,`
/// to extend another record (a card that adds fields to a listing's row).
#[macro_export]
macro_rules! record {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            @flatten $bvis:vis $base:ident : $bty:ty,
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
        $(numeric: [$($num:ident),* $(,)?])?
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize)]
        $vis struct $name {
            #[serde(flatten)]
            $bvis $base: $bty,
            $( $(#[$fmeta])* $fvis $field : $ty ),*
        }

        impl $crate::output::Record for $name {
            fn headers() -> Vec<&'static str> {
                let mut h = <$bty as $crate::output::Record>::headers();
                h.extend([$($crate::output::header(stringify!($field))),*]);
                h
            }
            fn kinds() -> Vec<$crate::output::CellKind> {
                let mut k = <$bty as $crate::output::Record>::kinds();
                k.extend([$($crate::output::kind_of(|r: &$name| &r.$field)),*]);
                k
            }
            fn numeric() -> Vec<&'static str> {
                let mut n = <$bty as $crate::output::Record>::numeric();
                let extra: Vec<&'static str> = vec![$($($crate::output::header(stringify!($num))),*)?];
                n.extend(extra);
                n
            }
            fn cells(&self, c: &$crate::output::Cells) -> Vec<String> {
                let mut v = $crate::output::Record::cells(&self.$base, c);
                v.extend([$($crate::output::ToCell::cell(&self.$field, c)),*]);
                v
            }
            fn write_cells(&self, c: &$crate::output::Cells, out: &mut $crate::output::CellRow) {
                $crate::output::Record::write_cells(&self.$base, c, out);
                $(
                    $crate::output::ToCell::write_cell(&self.$field, c, &mut out.text);
                    out.end();
                )*
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident $(<$lt:lifetime>)? {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident : $ty:ty ),* $(,)?
        }
        $(numeric: [$($num:ident),* $(,)?])?
        $(narrow_drops: [$($drop:ident),* $(,)?])?
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize)]
        $vis struct $name $(<$lt>)? { $( $(#[$fmeta])* $fvis $field : $ty ),* }

        $crate::record_impl! {
            $name $(<$lt>)? { $($field),* } $(numeric: [$($num),*])? $(narrow_drops: [$($drop),*])?
        }
    };
}

/// Make an existing `Serialize` struct (a domain value) a [`Record`] by
/// naming its fields in order: no row struct copying it field by field.
#[macro_export]
macro_rules! record_impl {
    (
        $name:ident $(<$lt:lifetime>)? { $($field:ident),* $(,)? }
        $(numeric: [$($num:ident),* $(,)?])?
        $(narrow_drops: [$($drop:ident),* $(,)?])?
    ) => {
        impl $(<$lt>)? $crate::output::Record for $name $(<$lt>)? {
            fn headers() -> Vec<&'static str> {
                vec![$($crate::output::header(stringify!($field))),*]
            }
            fn kinds() -> Vec<$crate::output::CellKind> {
                vec![$($crate::output::kind_of(|r: &$name| &r.$field)),*]
            }
            fn numeric() -> Vec<&'static str> {
                vec![$($($crate::output::header(stringify!($num))),*)?]
            }
            fn narrow_drops() -> Vec<&'static str> {
                vec![$($($crate::output::header(stringify!($drop))),*)?]
            }
            fn cells(&self, c: &$crate::output::Cells) -> Vec<String> {
                vec![$($crate::output::ToCell::cell(&self.$field, c)),*]
            }
            fn write_cells(&self, c: &$crate::output::Cells, out: &mut $crate::output::CellRow) {
                $(
                    $crate::output::ToCell::write_cell(&self.$field, c, &mut out.text);
                    out.end();
                )*
            }
        }
    };
}

#[cfg(test)]
#[path = "cells_tests.rs"]
mod tests;
