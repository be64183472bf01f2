//! Records as an Excel workbook (`--format xlsx`): what a shopkeeper opens
//! in Excel or LibreOffice without the import dialog a CSV needs. The cells
//! are typed: numbers as numbers (money with two decimals), days as dates,
//! the rest as text; the header row is bold and frozen, with filters on,
//! and the columns are fitted to their contents.

use crate::error::{Error, Result};
use crate::output::CellKind;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn failed(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::internal(format!("the workbook could not be written: {e}"))
}

/// A `YYYY-MM-DD` cell, as a date.
fn day(text: &str) -> Option<ExcelDateTime> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let d = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).ok()
}

/// The sheet's name, after what it holds: the report (`rfm`, `cohorts`)
/// or the command's group (`contact`, `segment`), never `Sheet1`. Excel
/// allows 31 characters and none of `[]:*?/\\`.
pub fn sheet_name(command: &str) -> String {
    let words: Vec<&str> = command.split_whitespace().collect();
    let name = match words.as_slice() {
        ["report", what, ..] => what.to_string(),
        [group, ..] => group.to_string(),
        [] => "carnet".to_string(),
    };
    name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}

/// An RFC 3339 timestamp (`2024-06-30T09:00:00Z`), as a date and time.
fn timestamp(text: &str) -> Option<ExcelDateTime> {
    use chrono::{Datelike, Timelike};
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?.naive_utc();
    ExcelDateTime::from_ymd(t.year() as u16, t.month() as u8, t.day() as u8)
        .and_then(|d| d.and_hms(t.hour() as u16, t.minute() as u8, t.second() as f64))
        .ok()
}

/// The workbook's bytes: one sheet named `sheet`, the header, then each
/// row's cells as CSV gives them (`45.50`, `2024-06-30`), typed by what
/// their column holds (`kinds`, from the fields' types): a city called
/// "2026-01-01" stays text, a probability is a plain number, a flag a
/// boolean. A cell that does not read as its kind is kept as text.
pub fn workbook(sheet_name: &str, headers: &[&str], kinds: &[CellKind], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name).map_err(failed)?;
    let bold = Format::new().set_bold();
    // Two decimals, no thousands separator: what LibreOffice and Excel show
    // (and save back to CSV) is then exactly the CSV export.
    let money = Format::new().set_num_format("0.00");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let date_time = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold).map_err(failed)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, text) in row.iter().enumerate() {
            let col = c as u16;
            if text.is_empty() {
                continue;
            }
            let number = || text.parse::<f64>().ok().filter(|v| v.is_finite());
            match kinds.get(c).copied().unwrap_or(CellKind::Text) {
                CellKind::Integer | CellKind::Number if number().is_some() => {
                    sheet.write_number(r, col, number().unwrap_or_default()).map_err(failed)?;
                }
                CellKind::Money if number().is_some() => {
                    sheet.write_number_with_format(r, col, number().unwrap_or_default(), &money).map_err(failed)?;
                }
                CellKind::Date if day(text).is_some() => {
                    let d = day(text).unwrap_or_default();
                    sheet.write_datetime_with_format(r, col, &d, &date).map_err(failed)?;
                }
                CellKind::Timestamp if timestamp(text).is_some() => {
                    let t = timestamp(text).unwrap_or_default();
                    sheet.write_datetime_with_format(r, col, &t, &date_time).map_err(failed)?;
                }
                CellKind::Bool if matches!(text.as_str(), "true" | "false") => {
                    sheet.write_boolean(r, col, text == "true").map_err(failed)?;
                }
                _ => {
                    sheet.write_string(r, col, text).map_err(failed)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    if !headers.is_empty() {
        sheet.autofilter(0, 0, rows.len() as u32, headers.len() as u16 - 1).map_err(failed)?;
    }
    sheet.autofit();
    book.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sheet_is_named_after_what_it_holds() {
        assert_eq!(super::sheet_name("report rfm"), "rfm");
        assert_eq!(super::sheet_name("contact export"), "contact");
        assert_eq!(super::sheet_name("campaign launch"), "campaign");
        assert_eq!(super::sheet_name(""), "carnet");
        assert_eq!(super::sheet_name("report a/b[c]:d*e?"), "abcde");
    }
}
