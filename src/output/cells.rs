//! How one value becomes the text of a table cell or a CSV field, and the
//! [`record!`](crate::record) macro that gives a row struct its header and
//! cell lists from its fields, so the two can never drift apart.

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

    /// A number's text with the decimal mark this output wants.
    fn number(&self, s: String) -> String {
        if self.excel {
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

    /// A day: `03/12/2026` in a French table, ISO everywhere else.
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        if self.money.is_some() && self.lang == crate::i18n::Lang::Fr {
            d.format("%d/%m/%Y").to_string()
        } else {
            d.to_string()
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
}

/// A value's cell text.
pub trait ToCell {
    fn cell(&self, c: &Cells) -> String;
}

macro_rules! plain_cells {
    ($($t:ty),*) => {
        $(impl ToCell for $t {
            fn cell(&self, _: &Cells) -> String {
                self.to_string()
            }
        })*
    };
}
plain_cells!(i64, i32, u8, u32, u64, usize, bool, String, &str);

impl ToCell for f64 {
    fn cell(&self, c: &Cells) -> String {
        c.number(self.to_string())
    }
}

impl ToCell for chrono::NaiveDate {
    fn cell(&self, c: &Cells) -> String {
        c.date(*self)
    }
}

impl ToCell for Cents {
    fn cell(&self, c: &Cells) -> String {
        c.money(*self)
    }
}

impl<T: ToCell> ToCell for Option<T> {
    fn cell(&self, c: &Cells) -> String {
        self.as_ref().map(|v| v.cell(c)).unwrap_or_default()
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
/// no formula); carnet's imports take the quote off again.
pub fn neutralize(cell: String) -> String {
    let b = cell.as_bytes();
    let birthday = b.len() == 7
        && b.starts_with(b"--")
        && b[4] == b'-'
        && b.iter().enumerate().all(|(i, c)| matches!(i, 0 | 1 | 4) || c.is_ascii_digit());
    match b.first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if !birthday && cell.trim().parse::<f64>().is_err() => {
            format!("'{cell}")
        }
        _ => cell,
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
            fn numeric() -> Vec<&'static str> {
                vec![$($($crate::output::header(stringify!($num))),*)?]
            }
            fn narrow_drops() -> Vec<&'static str> {
                vec![$($($crate::output::header(stringify!($drop))),*)?]
            }
            fn cells(&self, c: &$crate::output::Cells) -> Vec<String> {
                vec![$($crate::output::ToCell::cell(&self.$field, c)),*]
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::record! {
        struct Row {
            id: i64,
            r#ref: Option<String>,
            total: Cents,
            tags: Vec<String>,
        }
        numeric: [id, total]
    }

    crate::record! {
        struct Card {
            @flatten row: Row,
            note: String,
        }
    }

    #[test]
    fn formulas_are_neutralized_and_numbers_are_not() {
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("+33 6 12", "'+33 6 12"),
            ("-x", "'-x"),
            ("\tcmd", "'\tcmd"),
            ("-12.00", "-12.00"),
            ("--07-03", "--07-03"),
            ("--07-03x", "'--07-03x"),
            ("+3", "+3"),
            ("Hélène", "Hélène"),
            ("", ""),
        ] {
            assert_eq!(neutralize(cell.to_string()), want, "{cell}");
        }
    }

    #[test]
    fn a_record_has_its_fields_as_headers_and_cells() {
        assert_eq!(Row::headers(), ["id", "ref", "total", "tags"]);
        assert_eq!(Row::numeric(), ["id", "total"]);
        let r = Row { id: 7, r#ref: Some("007".into()), total: Cents(4550), tags: vec!["a".into(), "b".into()] };
        assert_eq!(r.cells(&Cells::csv()), vec!["7", "007", "45.50", "a;b"]);
        assert_eq!(r.cells(&Cells::excel())[2], "45,50", "a French spreadsheet's decimal comma");
        let style = MoneyStyle { symbol: "€".into(), symbol_after: true, decimal: '.', group: ',' };
        assert_eq!(r.cells(&Cells::table(&style, crate::i18n::Lang::En))[3], "a, b");
        assert_eq!(serde_json::to_value(&r).unwrap()["ref"], "007");
        let card = Card { row: r, note: "n".into() };
        assert_eq!(Card::headers(), ["id", "ref", "total", "tags", "note"]);
        assert_eq!(Card::numeric(), ["id", "total"]);
        assert_eq!(card.cells(&Cells::csv()).last().unwrap(), "n");
        assert_eq!(serde_json::to_value(&card).unwrap()["note"], "n");
    }
}
