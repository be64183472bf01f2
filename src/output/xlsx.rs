//! Records as an Excel workbook (`--format xlsx`): what a shopkeeper opens
//! in Excel or LibreOffice without the import dialog a CSV needs. The cells
//! are typed: numbers as numbers (money with two decimals), days as dates,
//! the rest as text; the header row is bold and frozen, with filters on,
//! and the columns are fitted to their contents.

use crate::error::{Error, Result};
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

/// The workbook's bytes: one sheet, the header, then each row's cells as
/// CSV gives them (`45.50`, `2024-06-30`), typed.
pub fn workbook(headers: &[&str], numeric: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    // Two decimals, no thousands separator: what LibreOffice and Excel show
    // (and save back to CSV) is then exactly the CSV export.
    let money = Format::new().set_num_format("0.00");
    let date = Format::new().set_num_format("yyyy-mm-dd");
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
            let is_number = numeric.contains(&headers[c]);
            match (is_number, text.parse::<f64>()) {
                (true, Ok(v)) if v.is_finite() => {
                    // Two decimals is how carnet writes money.
                    if text.split_once('.').is_some_and(|(_, f)| f.len() == 2) {
                        sheet.write_number_with_format(r, col, v, &money).map_err(failed)?;
                    } else {
                        sheet.write_number(r, col, v).map_err(failed)?;
                    }
                }
                _ => match day(text) {
                    Some(d) => {
                        sheet.write_datetime_with_format(r, col, &d, &date).map_err(failed)?;
                    }
                    None => {
                        sheet.write_string(r, col, text).map_err(failed)?;
                    }
                },
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
