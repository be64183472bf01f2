//! What every CSV import shares: the delimiter guess, the header check and
//! errors that name the file, line, column and value.

use crate::error::Kind::Invalid as KI;
use crate::error::{Error, Result};
use crate::i18n::Text;

/// `,`, `;` or a tab, whichever the header line uses most (spreadsheets in
/// France write `;` because `,` is their decimal separator).
pub fn sniff_delimiter(head: &[u8]) -> u8 {
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let count = |d: u8| first_line.iter().filter(|&&b| b == d).count();
    [b';', b'\t'].into_iter().filter(|&d| count(d) > count(b',')).max_by_key(|&d| count(d)).unwrap_or(b',')
}

/// The positions of the expected columns in a header.
pub struct Columns {
    pub names: Vec<String>,
}

impl Columns {
    /// Check a header: every column known, the required ones present.
    pub fn check(
        label: &str,
        header: &csv::StringRecord,
        known: &[&str],
        ignored: &[&str],
        required: &[&str],
    ) -> Result<Columns> {
        let names: Vec<String> =
            header.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase()).collect();
        for (i, n) in names.iter().enumerate() {
            if !known.contains(&n.as_str()) && !ignored.contains(&n.as_str()) {
                return Err(Error::t(
                    KI,
                    "csv-unknown-column",
                    crate::targs!["label" => label, "col" => (i + 1).to_string(), "name" => n.as_str()],
                )
                .with_hint_t("hint-columns-are", crate::targs!["names" => known.join(", ")]));
            }
            if names[..i].contains(n) {
                return Err(Error::t(
                    KI,
                    "csv-column-twice",
                    crate::targs!["label" => label, "col" => (i + 1).to_string(), "name" => n.as_str()],
                ));
            }
        }
        for r in required {
            if !names.iter().any(|n| n == r) {
                return Err(Error::t(KI, "csv-no-column", crate::targs!["label" => label, "name" => *r])
                    .with_hint_t("hint-header-needs", crate::targs!["names" => required.join(", ")]));
            }
        }
        Ok(Columns { names })
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

/// `FILE line L, column C (name): `value`: what is wrong`.
pub fn cell_error(label: &str, line: u64, col: usize, name: &str, value: &str, msg: impl Into<Text>) -> Error {
    let shown: String = value.chars().take(60).collect();
    Error::t(
        crate::error::Kind::Invalid,
        "err-file-cell",
        crate::targs!["label" => label, "line" => line.to_string(), "col" => (col + 1).to_string(), "name" => name, "value" => shown, "why" => msg.into()],
    )
    .with_hint_t("hint-fix-that-row", vec![])
}

/// Turn a csv reading error into one line with its place in the file.
pub fn read_error(label: &str, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            Error::t(KI, "csv-not-utf8", crate::targs!["label" => label, "line" => line.to_string(), "col" => (err.field() + 1).to_string()])
                .with_hint_t("hint-save-utf8", vec![])
        }
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            Error::t(
                KI,
                "csv-unequal",
                crate::targs!["label" => label, "line" => line.to_string(), "len" => *len as usize, "expected" => *expected_len as usize],
            )
            .with_hint_t("hint-quote-delimiter", vec![])
        }
        csv::ErrorKind::Io(io) => Error::t(KI, "err-file-line", crate::targs!["label" => label, "line" => line.to_string(), "what" => io.to_string()]),
        // The CSV reader's own words: English, with the place in the file.
        _ => Error::t(KI, "err-file-line", crate::targs!["label" => label, "line" => line.to_string(), "what" => e.to_string()]),
    }
}

/// A cell as it was before carnet's CSV export neutralized it for
/// spreadsheets (see `output::neutralize`): one leading `'` comes off a
/// cell of quotes then a formula character (`'=x` was `=x`, `''=x` was
/// `'=x`), so every cell comes back as it was exported.
pub fn unneutralize(cell: &str) -> &str {
    let b = cell.as_bytes();
    let quotes = b.iter().take_while(|&&c| c == b'\'').count();
    match b.get(quotes) {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if quotes > 0 => &cell[1..],
        _ => cell,
    }
}

/// The encoding of a file from its first bytes: a byte-order mark, else
/// UTF-8 when the bytes are UTF-8, else chardetng's guess (French Excel
/// writes Windows-1252). `None` means UTF-8, read as it is.
pub fn detect_encoding(head: &[u8], whole: bool) -> Option<&'static encoding_rs::Encoding> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(head) {
        return (enc != encoding_rs::UTF_8).then_some(enc);
    }
    match std::str::from_utf8(head) {
        Ok(_) => None,
        // The 64 KiB read may cut a character in two: that is still UTF-8.
        Err(e) if e.error_len().is_none() && !whole => None,
        Err(_) => {
            let mut d = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            d.feed(head, whole);
            Some(d.guess(None, chardetng::Utf8Detection::Allow)).filter(|&e| e != encoding_rs::UTF_8)
        }
    }
}

/// A whole file as text, decoded from the encoding it is in; with the
/// encoding's name.
pub fn decode_whole(bytes: &[u8]) -> (String, &'static str) {
    match detect_encoding(bytes, true) {
        Some(enc) => (enc.decode(bytes).0.into_owned(), enc.name()),
        None => {
            let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
            (String::from_utf8_lossy(b).into_owned(), "UTF-8")
        }
    }
}

/// A reader configured the way carnet reads every CSV.
pub fn reader<R: std::io::Read>(delimiter: u8, r: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .trim(csv::Trim::None)
        .buffer_capacity(1 << 20)
        .from_reader(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_follows_the_header() {
        assert_eq!(sniff_delimiter(b"customer_id,date,amount\n1;2"), b',');
        assert_eq!(sniff_delimiter(b"customer_id;date;amount\n1,2"), b';');
        assert_eq!(sniff_delimiter(b"a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter(b""), b',');
    }
}

/// `--map "Code client=customer_id,Montant TTC=amount"` as pairs.
pub fn parse_map(spec: &str) -> Result<Vec<(String, String)>> {
    spec.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.split_once('=') {
            Some((from, to)) if !from.trim().is_empty() && !to.trim().is_empty() => {
                Ok((from.trim().to_string(), to.trim().to_string()))
            }
            _ => Err(Error::t(KI, "csv-map-not-pair", crate::targs!["value" => crate::error::echo(p.trim())])
                .with_hint_t("hint-map-example", vec![])),
        })
        .collect()
}

/// The physical line (1-based) of each byte offset, from the file's bytes:
/// right for LF, CRLF and newlines inside quoted fields alike.
pub fn lines_at(bytes: &[u8], offsets: &[u64]) -> Vec<u64> {
    offsets
        .iter()
        .map(|&o| {
            let mut o = (o as usize).min(bytes.len());
            // After a CRLF the reader places the next record at its `\n`.
            if bytes.get(o) == Some(&b'\n') {
                o += 1;
            }
            1 + bytes[..o].iter().filter(|&&b| b == b'\n').count() as u64
        })
        .collect()
}

#[cfg(test)]
mod line_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the mix of LF, CRLF and quoted newlines, the line named
        /// for a record is the physical line it starts on.
        #[test]
        fn lines_are_physical(rows in proptest::collection::vec((any::<bool>(), 0usize..3, "[a-z]{0,5}"), 1..30)) {
            let mut text = String::from("customer_id,date,amount\n");
            let mut starts = Vec::new();
            for (crlf, newlines, word) in &rows {
                starts.push(1 + text.matches('\n').count() as u64);
                let inner = vec![word.as_str(); newlines + 1].join(if *crlf { "\r\n" } else { "\n" });
                text.push_str(&format!("x,\"{inner}\",1{}", if *crlf { "\r\n" } else { "\n" }));
            }
            let mut rdr = reader(b',', text.as_bytes());
            let mut offsets = Vec::new();
            for rec in rdr.records() {
                offsets.push(rec.unwrap().position().unwrap().byte());
            }
            prop_assert_eq!(lines_at(text.as_bytes(), &offsets), starts);
        }

        /// Whatever a cell holds, the export's formula guard and the
        /// import's undoing of it give it back as it was.
        #[test]
        fn the_formula_guard_round_trips(cell in "['=+@ \t-]{0,4}[a-z0-9.'=-]{0,6}") {
            let out = crate::output::neutralize(cell.clone());
            prop_assert_eq!(unneutralize(&out), cell.as_str());
        }
    }

    #[test]
    fn a_typed_quote_before_a_formula_survives_the_round_trip() {
        for cell in ["'=x", "''+1", "=SUM(A1)", "-12.00", "--07-03", "'", "plain"] {
            assert_eq!(unneutralize(&crate::output::neutralize(cell.to_string())), cell, "{cell}");
        }
        assert_eq!(crate::output::neutralize("'=x".into()), "''=x");
    }
}
