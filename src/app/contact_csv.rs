//! The rows of a contacts CSV: carnet's own export, Google Contacts,
//! Outlook (English and French), phones and French spreadsheets. Every
//! row is checked before anything is refused, so a refusal lists every
//! bad cell at once (the first twenty), as the purchase import does.
//! Linear in the size of the file: the header is read with hash maps,
//! lines are counted as the reader goes.

use super::contact_files::Incoming;
use super::csv_input::{read_error, reader, sniff_delimiter};
use crate::domain::columns::normalize;
use crate::domain::contact::{normalize_tag, ContactFields};
use crate::domain::contact_columns::{
    contact_column, header_is_french, ContactColumn, Part, Place, CONTACT_EXPORT_ONLY,
};
use crate::domain::contact_points::{Kind, Point};
use crate::domain::dates::{birthday_from_slashes, DateFormat, SlashDates};
use crate::domain::key_dates::KeyDate;
use crate::error::{Error, Result};
use crate::i18n::Text;
use crate::targs;
use std::collections::{HashMap, HashSet};

/// Bad cells named in a refusal; the others are counted.
const MAX_SHOWN: usize = 20;

/// One bad cell.
struct Problem {
    line: u64,
    col: usize,
    name: &'static str,
    value: String,
    why: Text,
}

/// What a file's rows are, the columns carnet does not use, the encoding
/// it was read in, and how its slashed dates were read.
pub struct Rows {
    pub rows: Vec<Incoming>,
    pub unused: Vec<String>,
    pub encoding: &'static str,
    pub dates: Option<SlashDates>,
}

/// How the file writes its dates: `--date-format` first; else the dates
/// themselves (a first number above 12 is a day, a second one above 12
/// too); else the header's language (French Outlook and spreadsheets
/// write the day first, English Outlook the month).
fn date_order(values: &[&str], french: bool) -> SlashDates {
    let mut day_first = false;
    let mut month_first = false;
    for v in values {
        let parts: Vec<u32> = v.split('/').map_while(|p| p.trim().parse().ok()).collect();
        if let [a, b, ..] = parts[..] {
            day_first |= a > 12 && b <= 12;
            month_first |= b > 12 && a <= 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => SlashDates::DayFirst,
        (false, true) => SlashDates::MonthFirst,
        _ if french => SlashDates::DayFirst,
        _ => SlashDates::MonthFirst,
    }
}

/// A date cell as a birthday is stored, or `None` for no date (an empty
/// cell, Outlook's `0/0/00`).
fn date_cell(v: &str, order: SlashDates, format: Option<&DateFormat>) -> std::result::Result<Option<String>, Text> {
    // Outlook may write a time after the day.
    let v = v.trim();
    let v = match v.split_once(' ') {
        Some((d, t)) if t.contains(':') => d,
        _ => v,
    };
    if v.is_empty() || v.split(['/', '-', '.']).all(|p| !p.is_empty() && p.bytes().all(|b| b == b'0')) {
        return Ok(None);
    }
    if let Ok(b) = crate::domain::dates::Birthday::parse(v) {
        return Ok(Some(b.to_string()));
    }
    if let Some(f) = format {
        return f.parse(v).map(|d| Some(d.to_string())).map_err(|e| e.0);
    }
    let b = birthday_from_slashes(v, order).map_err(|e| e.0)?;
    crate::domain::dates::Birthday::parse(&b).map(|b| Some(b.to_string())).map_err(|e| e.0)
}

pub fn read(label: &str, bytes: &[u8], format: Option<&DateFormat>) -> Result<Rows> {
    let (text, encoding) = super::csv_input::decode_whole(bytes);
    if text.trim().is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-file-empty", targs!["label" => label])
            .with_hint_t("hint-contacts-header", vec![]));
    }
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(label, e))?.clone();
    let names: Vec<String> = header.iter().map(normalize).collect();
    let index: HashMap<&str, usize> = names.iter().enumerate().rev().map(|(i, n)| (n.as_str(), i)).collect();
    let mut cols: Vec<Option<ContactColumn>> = Vec::with_capacity(names.len());
    let mut taken: HashSet<ContactColumn> = HashSet::new();
    let mut unused = Vec::new();
    for (h, n) in header.iter().zip(&names) {
        let c = contact_column(h);
        // A field named twice: the first is kept (every email and phone
        // column is kept, each a point of its own).
        let twice = c.as_ref().is_some_and(|c| !matches!(c, ContactColumn::Point(..)) && taken.contains(c));
        // A label column with no value column beside it labels nothing.
        let orphan = matches!(&c, Some(ContactColumn::Label(of)) if !index.contains_key(of.as_str()));
        match c {
            Some(c) if !twice && !orphan => {
                taken.insert(c.clone());
                cols.push(Some(c));
            }
            _ => {
                if !n.is_empty() && !CONTACT_EXPORT_ONLY.contains(&n.as_str()) {
                    unused.push(h.trim().to_string());
                }
                cols.push(None);
            }
        }
    }
    // Each point column's label column (Google's `E-mail 1 - Label`).
    let mut label_of: Vec<Option<usize>> = vec![None; cols.len()];
    for (i, c) in cols.iter().enumerate() {
        if let Some(ContactColumn::Label(of)) = c {
            if let Some(&v) = index.get(of.as_str()) {
                label_of[v] = Some(i);
            }
        }
    }
    let has = |c: ContactColumn| taken.contains(&c);
    if !has(ContactColumn::Field("name")) && !has(ContactColumn::GivenName) && !has(ContactColumn::FamilyName) {
        return Err(Error::t(crate::error::Kind::Invalid, "csv-no-column", targs!["label" => label, "name" => "name"])
            .with_hint_t("hint-contacts-name-column", vec![]));
    }
    let plain_address = ["street", "city", "postcode", "country"].iter().any(|f| has(ContactColumn::Field(f)));
    let records: Vec<csv::StringRecord> =
        rdr.records().collect::<std::result::Result<_, _>>().map_err(|e| read_error(label, e))?;
    // The order of slashed dates, from every date cell of the file.
    let date_cols: Vec<usize> = cols
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, Some(ContactColumn::Field("birthday") | ContactColumn::KeyDate(_))))
        .map(|(i, _)| i)
        .collect();
    let values: Vec<&str> = records.iter().flat_map(|r| date_cols.iter().filter_map(|&i| r.get(i))).collect();
    let has_slashes = values.iter().any(|v| v.contains('/'));
    let order = date_order(&values, header_is_french(&names));
    let mut out = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    let mut bad = 0usize;
    let (mut line, mut at) = (1u64, 0usize);
    let bytes = text.as_bytes();
    for rec in &records {
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Lines counted from the last record on: linear in the file.
        let mut byte = rec.position().map(|p| p.byte() as usize).unwrap_or(0).min(bytes.len());
        if bytes.get(byte) == Some(&b'\n') {
            byte += 1;
        }
        line += bytes[at..byte.max(at)].iter().filter(|&&b| b == b'\n').count() as u64;
        at = byte.max(at);
        let mut row_problems = Vec::new();
        match row(rec, &cols, &label_of, plain_address, order, format, line, &mut row_problems) {
            Some(r) if row_problems.is_empty() => out.push(r),
            _ => {
                bad += 1;
                let room = MAX_SHOWN.saturating_sub(problems.len());
                problems.extend(row_problems.into_iter().take(room));
            }
        }
    }
    if bad > 0 {
        return Err(refusal(label, problems, bad));
    }
    let dates = (has_slashes && format.is_none()).then_some(order);
    Ok(Rows { rows: out, unused, encoding, dates })
}

/// One row as a contact, or its bad cells in `problems`.
#[allow(clippy::too_many_arguments)]
fn row(
    rec: &csv::StringRecord,
    cols: &[Option<ContactColumn>],
    label_of: &[Option<usize>],
    plain_address: bool,
    order: SlashDates,
    format: Option<&DateFormat>,
    line: u64,
    problems: &mut Vec<Problem>,
) -> Option<Incoming> {
    let mut fields = ContactFields::default();
    let mut tags = Vec::new();
    let mut dates = Vec::new();
    let (mut given, mut middle, mut family) = (String::new(), String::new(), String::new());
    let mut places: HashMap<Place, HashMap<Part, String>> = HashMap::new();
    // Whether the row's phones all come from columns that say their type
    // (Outlook's), and none was starred: then the mobile is the primary.
    let (mut typed_phones, mut starred_phone) = (true, false);
    let mut bad = |col: usize, name: &'static str, value: &str, why: Text| {
        problems.push(Problem { line, col, name, value: value.to_string(), why })
    };
    for (i, value) in rec.iter().enumerate() {
        let value = super::csv_input::unneutralize(value);
        match cols.get(i).cloned().flatten() {
            None | Some(ContactColumn::Label(_)) => {}
            Some(ContactColumn::Point(kind, implied)) => {
                let given = label_of[i].and_then(|l| rec.get(l)).unwrap_or("").trim();
                // Google marks the primary with `* ` before its label.
                let starred = given.starts_with('*');
                let point_type = crate::domain::contact_points::normalize_label(given.trim_start_matches('*'))
                    .ok()
                    .flatten()
                    .or(implied.map(String::from));
                let field = if kind == Kind::Email { "email" } else { "phone" };
                if kind == Kind::Phone && !value.trim().is_empty() {
                    typed_phones &= implied.is_some();
                    starred_phone |= starred;
                }
                // Google puts several values in one cell: `a@b ::: c@d`.
                for v in value.split(":::").map(str::trim).filter(|v| !v.is_empty()) {
                    if let Err(e) = crate::domain::contact_points::parse(kind, v) {
                        bad(i, field, v, e.0);
                        continue;
                    }
                    fields.add(kind, Point { value: v.to_string(), label: point_type.clone() });
                    if starred {
                        fields.make_primary(kind, v);
                    }
                }
            }
            Some(ContactColumn::GivenName) => given = value.trim().to_string(),
            Some(ContactColumn::MiddleName) => middle = value.trim().to_string(),
            Some(ContactColumn::FamilyName) => family = value.trim().to_string(),
            Some(ContactColumn::Address(place, part)) => {
                if !value.trim().is_empty() {
                    places.entry(place).or_default().insert(part, value.trim().to_string());
                }
            }
            Some(ContactColumn::KeyDate(label)) => match date_cell(value, order, format) {
                Ok(None) => {}
                Ok(Some(d)) => match KeyDate::new(label, &d) {
                    Ok(k) => dates.push(k),
                    Err(e) => bad(i, label, value, e.0),
                },
                Err(why) => bad(i, label, value, why),
            },
            Some(ContactColumn::Field("tags")) => {
                // Outlook separates categories with `;`, Google its labels
                // with ` ::: `, and marks its own (`* myContacts`,
                // `* starred`) with a star: those are not the shop's tags.
                let words = value.split([';', ',']).flat_map(|t| t.split(":::"));
                for t in words.filter(|t| !t.trim().is_empty() && !t.trim().starts_with('*')) {
                    match normalize_tag(t) {
                        Ok(t) => tags.push(t),
                        Err(e) => bad(i, "tags", value, e.0),
                    }
                }
            }
            Some(ContactColumn::Field("birthday")) => match date_cell(value, order, format) {
                Ok(d) => {
                    if let Err(e) = fields.set("birthday", d.as_deref().unwrap_or("")) {
                        bad(i, "birthday", value, e.0);
                    }
                }
                Err(why) => bad(i, "birthday", value, why),
            },
            Some(ContactColumn::Field(name)) => {
                if name == "name" && value.trim().is_empty() {
                    continue;
                }
                if let Err(e) = fields.set(name, value) {
                    bad(i, name, value, e.0);
                }
            }
        }
    }
    if typed_phones && !starred_phone {
        prefer_mobile(&mut fields);
    }
    // Outlook's addresses: the first of home, work and other with something.
    // The others are kept in the notes (`ADR (work): …`), as from a vCard.
    if !plain_address {
        let mut others = Vec::new();
        for place in [Place::Home, Place::Work, Place::Other] {
            let Some(parts) = places.get(&place) else { continue };
            let get = |p: Part| parts.get(&p).map(String::as_str).unwrap_or("");
            let street: Vec<&str> = [get(Part::Street), get(Part::Street2), get(Part::Street3)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            let street = street.join(", ");
            if fields.street.is_none() && fields.city.is_none() && fields.postcode.is_none() && fields.country.is_none()
            {
                for (field, v) in [
                    ("street", street.as_str()),
                    ("city", get(Part::City)),
                    ("postcode", get(Part::Postcode)),
                    ("country", get(Part::Country)),
                ] {
                    let _ = fields.set(field, v);
                }
                continue;
            }
            let town = [get(Part::Postcode), get(Part::City)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
            let town = town.join(" ");
            let all: Vec<&str> =
                [street.as_str(), town.as_str(), get(Part::Country)].into_iter().filter(|s| !s.is_empty()).collect();
            let label = match place {
                Place::Home => "home",
                Place::Work => "work",
                Place::Other => "other",
            };
            others.push(format!("ADR ({label}): {}", all.join(", ")));
        }
        if !others.is_empty() {
            let notes = fields.notes.take().into_iter().chain(others).collect::<Vec<_>>().join("\n");
            fields.notes = Some(notes);
        }
    }
    if fields.name.trim().is_empty() {
        let full: Vec<&str> =
            [given.as_str(), middle.as_str(), family.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
        if full.is_empty() {
            problems.push(Problem {
                line,
                col: 0,
                name: "name",
                value: String::new(),
                why: Text::tr("import-row-no-name", vec![]),
            });
            return None;
        }
        fields.name = full.join(" ");
    }
    tags.sort();
    tags.dedup();
    Some(Incoming { line, fields, tags, dates })
}

/// Outlook lists a contact's numbers business first and fax before
/// phone: the primary one (the one texts go to) is the mobile, else home,
/// work, other, and a fax last.
fn prefer_mobile(f: &mut ContactFields) {
    let rank = |label: Option<&str>| match label {
        Some("cell" | "mobile") => 0,
        Some("home") => 1,
        None => 2,
        Some("work") => 3,
        Some("fax") => 9,
        Some(_) => 4,
    };
    let (primary, label) = f.primary(Kind::Phone);
    if primary.is_none() {
        return;
    }
    let best = f.others(Kind::Phone).into_iter().min_by_key(|p| rank(p.label.as_deref()));
    if let Some(best) = best.filter(|b| rank(b.label.as_deref()) < rank(label)) {
        f.make_primary(Kind::Phone, &best.value);
    }
}

/// The error that refuses the file: its bad cells, then how many more rows.
fn refusal(label: &str, problems: Vec<Problem>, bad: usize) -> Error {
    let place = |p: &Problem| {
        Text::tr(
            "import-bad-cell",
            targs!["line" => p.line.to_string(), "col" => (p.col + 1).to_string(), "name" => p.name, "value" => crate::error::echo(&p.value), "why" => p.why.clone()],
        )
    };
    if bad == 1 && problems.len() == 1 {
        let parts = vec![Text::plain(format!("{label} ")), place(&problems[0])];
        return Error::invalid(Text::concat(parts)).with_hint_t("hint-fix-that-row", vec![]);
    }
    let mut parts = vec![Text::tr("import-bad-lines", targs!["label" => label, "count" => bad])];
    for p in &problems {
        parts.push(Text::plain("\n  "));
        parts.push(place(p));
    }
    let shown: HashSet<u64> = problems.iter().map(|p| p.line).collect();
    if bad > shown.len() {
        parts.push(Text::plain("\n  "));
        parts.push(Text::tr("import-and-more", targs!["count" => bad - shown.len()]));
    }
    Error::invalid(Text::concat(parts)).with_hint_t("hint-fix-those-rows", vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_file() {
        assert_eq!(date_order(&["3/14/1978", "0/0/00"], true), SlashDates::MonthFirst, "14 is a day");
        assert_eq!(date_order(&["14/03/1978"], false), SlashDates::DayFirst);
        assert_eq!(date_order(&["3/4/1978"], true), SlashDates::DayFirst, "French header");
        assert_eq!(date_order(&["3/4/1978"], false), SlashDates::MonthFirst, "English Outlook");
        let md = SlashDates::MonthFirst;
        assert_eq!(date_cell("0/0/00", md, None), Ok(None));
        assert_eq!(date_cell("00/00/00", md, None), Ok(None));
        assert_eq!(date_cell("", md, None), Ok(None));
        assert_eq!(date_cell("3/14/1978", md, None), Ok(Some("1978-03-14".into())));
        assert_eq!(date_cell("14/03/1978", SlashDates::DayFirst, None), Ok(Some("1978-03-14".into())));
        assert_eq!(date_cell("3/14/1978 00:00:00", md, None), Ok(Some("1978-03-14".into())));
        assert_eq!(date_cell("1978-03-14", SlashDates::DayFirst, None), Ok(Some("1978-03-14".into())));
        assert!(date_cell("14/14/1978", md, None).is_err());
        let f = DateFormat::parse_spec("DD.MM.YYYY").unwrap();
        assert_eq!(date_cell("14.03.1978", md, Some(&f)), Ok(Some("1978-03-14".into())));
    }

    /// A hundred thousand empty columns are read in one pass over the
    /// header: quadratic, this would take minutes.
    #[test]
    fn a_wide_header_is_read_in_linear_time() {
        let mut text = String::from("name");
        text.push_str(&",".repeat(100_000));
        text.push_str("\nPaul");
        text.push_str(&",".repeat(100_000));
        text.push('\n');
        let rows = read("wide.csv", text.as_bytes(), None).unwrap();
        assert_eq!(rows.rows.len(), 1);
        assert_eq!(rows.rows[0].fields.name, "Paul");
        assert!(rows.unused.is_empty());
    }

    #[test]
    fn every_bad_row_is_listed() {
        let text = "name,email,birthday\nA,nope,\nB,b@x.fr,31/31/1990\nC,c@x.fr,\n";
        let e = read("f.csv", text.as_bytes(), None).err().unwrap();
        let msg = e.text().english().to_string();
        assert!(msg.contains("2 bad lines") && msg.contains("line 2") && msg.contains("line 3"), "{msg}");
    }
}
