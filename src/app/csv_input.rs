//! What every CSV import shares: the delimiter guess, the header check and
//! errors that name the file, line, column and value.

use crate::error::{Error, Result};

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
                return Err(Error::invalid(format!("{label} line 1, column {}: unknown column `{n}`", i + 1))
                    .with_hint(format!("the columns are: {}", known.join(", "))));
            }
            if names[..i].contains(n) {
                return Err(Error::invalid(format!("{label} line 1, column {}: column `{n}` appears twice", i + 1)));
            }
        }
        for r in required {
            if !names.iter().any(|n| n == r) {
                return Err(Error::invalid(format!("{label} line 1: the header has no `{r}` column"))
                    .with_hint(format!("the first line must name the columns, at least: {}", required.join(", "))));
            }
        }
        Ok(Columns { names })
    }

    pub fn index(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }
}

/// `FILE line L, column C (name): `value`: what is wrong`.
pub fn cell_error(label: &str, line: u64, col: usize, name: &str, value: &str, msg: &str) -> Error {
    let shown: String = value.chars().take(60).collect();
    Error::invalid(format!("{label} line {line}, column {} ({name}): `{shown}`: {msg}", col + 1))
        .with_hint("nothing was imported; fix that row and run the import again")
}

/// Turn a csv reading error into one line with its place in the file.
pub fn read_error(label: &str, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            Error::invalid(format!("{label} line {line}, column {}: the text is not UTF-8", err.field() + 1))
                .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
        }
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            Error::invalid(format!("{label} line {line}: {len} columns where the header has {expected_len}"))
                .with_hint("a value containing the delimiter must be in double quotes; nothing was imported")
        }
        csv::ErrorKind::Io(io) => Error::invalid(format!("{label}: {io}")),
        _ => Error::invalid(format!("{label} line {line}: {e}")),
    }
}

/// A cell as it was before carnet's CSV export neutralized it for
/// spreadsheets (see `output::neutralize`): the leading `'` comes off.
pub fn unneutralize(cell: &str) -> &str {
    match cell.as_bytes() {
        [b'\'', b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r', ..] => &cell[1..],
        _ => cell,
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
