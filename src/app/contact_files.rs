//! Contacts in and out of files: CSV (carnet's own export, or any file
//! whose header names the fields, see `contact_csv`) and vCard, all or
//! nothing.
//!
//! A file is checked whole before anything is written: its bad rows are
//! listed at once, and the contacts it would duplicate are the ones
//! carnet had before it (two cards of one file that are the same person
//! are merged; two that only share a number are both kept and listed).

use super::contact_update::{Action, Match, RowOutcome};
use super::contacts::{check_duplicates, check_ref_free};
use super::App;
use crate::domain::contact::{fold, Contact, ContactFields};
use crate::domain::contact_points::{self as points, Kind};
use crate::domain::dates::{DateFormat, SlashDates};
use crate::domain::key_dates::KeyDate;
use crate::domain::vcard;
use crate::error::{Error, Result};
use crate::i18n::Text;
use crate::store::contacts::{self, Archived};
use crate::store::imports::{self, BatchKind};
use crate::targs;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// One contact read from a file, with the line it starts on.
pub struct Incoming {
    pub line: u64,
    pub fields: ContactFields,
    pub tags: Vec<String>,
    pub dates: Vec<KeyDate>,
}

pub struct Request<'a> {
    pub file: &'a Path,
    pub dry_run: bool,
    pub allow_reimport: bool,
    pub allow_duplicate: bool,
    /// Refuse columns carnet does not use, and cards it cannot take whole.
    pub strict: bool,
    /// Match rows to existing contacts and update them.
    pub update: bool,
    /// With `update`, replace fields that differ.
    pub overwrite: bool,
    /// `--date-format`: how the file writes its dates.
    pub date_format: Option<DateFormat>,
}

/// Something to tell about one card or row that was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remark {
    /// It had no name: named from its `organisation`, `email`...
    NamedFrom(&'static str),
    /// Values carnet could not use, kept in its notes.
    KeptInNotes(Vec<String>),
    /// The same person as the card at that line: merged into it.
    MergedInto(u64),
    /// Shares an email or phone with the card at that line, under
    /// another name: both kept (`contact duplicates` lists them).
    SharesWith { line: u64, value: String },
    /// Holds nothing carnet keeps (a photo alone): left out.
    Empty,
}

pub struct Outcome {
    pub label: String,
    pub contacts: usize,
    /// `None` for a dry run.
    pub batch: Option<i64>,
    /// Columns carnet does not use (ignored).
    pub unused_columns: Vec<String>,
    /// With `update`, what became of each row.
    pub rows: Vec<RowOutcome>,
    pub encoding: &'static str,
    /// How slashed dates were read, when the file had some and no
    /// `--date-format` said.
    pub dates: Option<SlashDates>,
    /// (line, name, remark), in file order.
    pub remarks: Vec<(u64, String, Remark)>,
}

pub fn import(app: &mut App, r: &Request) -> Result<Outcome> {
    let label = super::file_label(r.file);
    let bytes = super::read_file(r.file)?;
    let is_vcf = r.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let mut remarks = Vec::new();
    let (rows, unused, encoding, dates) = if is_vcf {
        let (rows, encoding) = read_vcf(&label, &bytes, &mut remarks)?;
        if r.strict {
            refuse_partial(&label, &remarks)?;
        }
        (rows, Vec::new(), encoding, None)
    } else {
        let c = super::contact_csv::read(&label, &bytes, r.date_format.as_ref())?;
        if r.strict && !c.unused.is_empty() {
            return Err(Error::t(
                crate::error::Kind::Invalid,
                "err-contacts-unknown-column",
                targs!["label" => label.as_str(), "name" => crate::error::echo(&c.unused[0])],
            )
            .with_hint_t("hint-contacts-columns", vec![]));
        }
        (c.rows, c.unused, c.encoding, c.dates)
    };
    let rows = merge_same_people(rows, &mut remarks);
    if rows.is_empty() {
        let empty = remarks.iter().filter(|r| r.2 == Remark::Empty).count();
        let e = Error::t(crate::error::Kind::Invalid, "err-no-contacts-in", targs!["label" => label.as_str()]);
        return Err(if empty > 0 {
            e.with_hint_t("hint-empty-cards", targs!["count" => empty])
        } else {
            e.with_hint_t("hint-nothing-imported", vec![])
        });
    }
    remarks.sort_by_key(|(line, _, _)| *line);
    let hash = crate::domain::hash::content_hash(&bytes);
    let now = app.timestamp();
    let tx = app.store.begin_import()?;
    // An update run again changes nothing: no need to refuse it.
    super::imports::refuse_reimport(&tx, BatchKind::Contacts, &label, &hash, r.allow_reimport || r.update)?;
    let place = |line: u64, e: Error| {
        let kind = e.kind();
        let hints = e.hints().to_vec();
        hints.into_iter().fold(
            Error::t(
                kind,
                "err-file-line",
                targs!["label" => label.as_str(), "line" => line.to_string(), "what" => e.text()],
            ),
            Error::with_hint,
        )
    };
    let mut refs = HashSet::new();
    for row in &rows {
        if let Some(rf) = &row.fields.r#ref {
            if !refs.insert(rf.clone()) {
                return Err(Error::t(
                    crate::error::Kind::Conflict,
                    "err-ref-twice",
                    targs!["label" => label.as_str(), "line" => row.line.to_string(), "ref" => rf.as_str()],
                )
                .with_hint_t("hint-ref-names-one", vec![]));
            }
        }
        // Checked against the contacts carnet had before this file, before
        // any of its rows is written.
        if !r.update {
            check_ref_free(&tx, &row.fields, None)
                .map_err(|e| place(row.line, e).with_hint_t("hint-import-update", vec![]))?;
            if !r.allow_duplicate {
                check_duplicates(&tx, &row.fields, None)
                    .map_err(|e| place(row.line, e).with_hint_t("hint-import-duplicate", vec![]))?;
            }
        }
    }
    let batch = imports::create(&tx, BatchKind::Contacts, &label, &hash, &now)?;
    let mut outcomes = Vec::new();
    let mut created = 0;
    for row in &rows {
        if r.update {
            let outcome = update_row(&tx, row, r.overwrite, batch, &now).map_err(|e| place(row.line, e))?;
            created += usize::from(outcome.action == Action::Created);
            outcomes.push(outcome);
            continue;
        }
        let id = contacts::insert(&tx, &row.fields, &row.tags, &now, Some(batch))?;
        crate::store::contact_dates::set(&tx, id, &row.dates)?;
        created += 1;
    }
    let ambiguous: Vec<&RowOutcome> = outcomes.iter().filter(|o| matches!(o.action, Action::Ambiguous(_))).collect();
    if !r.dry_run && !ambiguous.is_empty() {
        let lines: Vec<String> = ambiguous
            .iter()
            .take(20)
            .map(|o| {
                let Action::Ambiguous(c) = &o.action else { return String::new() };
                let who: Vec<String> =
                    c.iter().map(|c| format!("{} ({}, by {})", c.id, c.name, c.matched_by)).collect();
                format!("  line {}: {} could be contact {}", o.line, o.name, who.join(" or "))
            })
            .collect();
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-rows-ambiguous",
            targs!["label" => label.as_str(), "count" => ambiguous.len(), "lines" => lines.join("\n")],
        )
        .with_hint_t("hint-rows-ambiguous", vec![]));
    }
    // Companies are linked once every row is in: a company's own row (an
    // export read back) becomes the company its people name.
    crate::store::companies::link_batch(&tx, batch, &now)?;
    imports::set_counts(&tx, batch, rows.len() as i64, 0, created as i64)?;
    let batch = if r.dry_run {
        None
    } else {
        tx.commit()?;
        Some(batch)
    };
    Ok(Outcome { label, contacts: rows.len(), batch, unused_columns: unused, encoding, rows: outcomes, dates, remarks })
}

/// With `--strict`, a card carnet could not take whole refuses the file.
fn refuse_partial(label: &str, remarks: &[(u64, String, Remark)]) -> Result<()> {
    let Some((line, name, remark)) =
        remarks.iter().find(|(_, _, r)| matches!(r, Remark::NamedFrom(_) | Remark::KeptInNotes(_) | Remark::Empty))
    else {
        return Ok(());
    };
    let what = match remark {
        Remark::NamedFrom(from) => Text::tr("vcard-no-name-named", targs!["name" => name.as_str(), "from" => *from]),
        Remark::KeptInNotes(v) => Text::tr("vcard-cannot-use", targs!["values" => v.join("; ")]),
        _ => Text::tr("vcard-empty-card", vec![]),
    };
    Err(Error::t(
        crate::error::Kind::Invalid,
        "err-file-line",
        targs!["label" => label, "line" => line.to_string(), "what" => what],
    )
    .with_hint_t("hint-strict-cards", vec![]))
}

/// Rows of one file that are the same person (one shares an email or a
/// phone with an earlier one, under the same name) become one: the first
/// filled from the later ones. Rows that share a value under different
/// names are both kept, and listed. One pass, by key.
fn merge_same_people(rows: Vec<Incoming>, remarks: &mut Vec<(u64, String, Remark)>) -> Vec<Incoming> {
    let mut out: Vec<Incoming> = Vec::with_capacity(rows.len());
    // Email or phone key → the index in `out` of the first row with it.
    let mut owner: HashMap<(u8, String), usize> = HashMap::new();
    for row in rows {
        let mut keys: Vec<(u8, String)> = Vec::new();
        for (k, kind) in [(0u8, Kind::Email), (1u8, Kind::Phone)] {
            let (primary, _) = row.fields.primary(kind);
            keys.extend(primary.map(|v| (k, points::key(kind, v))));
            keys.extend(row.fields.others(kind).iter().map(|p| (k, points::key(kind, &p.value))));
        }
        let same = keys.iter().filter_map(|k| owner.get(k).map(|&i| (k, i))).find(|&(_, i)| {
            fold(&out[i].fields.name) == fold(&row.fields.name)
                && (out[i].fields.r#ref.is_none()
                    || row.fields.r#ref.is_none()
                    || out[i].fields.r#ref == row.fields.r#ref)
        });
        if let Some((_, i)) = same {
            let into = &mut out[i];
            into.fields.fill_from(&row.fields);
            if let (Some(a), Some(b)) = (&mut into.fields.notes, &row.fields.notes) {
                if !a.contains(b.as_str()) {
                    a.push('\n');
                    a.push_str(b);
                }
            }
            for t in row.tags {
                if !into.tags.contains(&t) {
                    into.tags.push(t);
                }
            }
            for d in row.dates {
                if !into.dates.iter().any(|x| x.label == d.label) {
                    into.dates.push(d);
                }
            }
            let idx = i;
            for k in keys {
                owner.entry(k).or_insert(idx);
            }
            remarks.push((row.line, row.fields.name, Remark::MergedInto(out[idx].line)));
            continue;
        }
        if let Some((k, i)) = keys.iter().find_map(|k| owner.get(k).map(|&i| (k, i))) {
            let value = match k.0 {
                0 => shown(&row.fields, Kind::Email, &k.1),
                _ => shown(&row.fields, Kind::Phone, &k.1),
            };
            remarks.push((row.line, row.fields.name.clone(), Remark::SharesWith { line: out[i].line, value }));
        }
        let idx = out.len();
        for k in keys {
            owner.entry(k).or_insert(idx);
        }
        out.push(row);
    }
    out
}

/// The value of `kind` whose key is `key`, as the file wrote it.
fn shown(f: &ContactFields, kind: Kind, key: &str) -> String {
    let (primary, _) = f.primary(kind);
    primary
        .map(String::from)
        .into_iter()
        .chain(f.others(kind).into_iter().map(|p| p.value))
        .find(|v| points::key(kind, v) == key)
        .unwrap_or_else(|| key.to_string())
}

/// Create the row's contact, or bring it into the one it matches.
fn update_row(tx: &crate::store::Tx, row: &Incoming, overwrite: bool, batch: i64, now: &str) -> Result<RowOutcome> {
    let outcome = |action, contact_id| RowOutcome {
        line: row.line,
        action,
        contact_id,
        name: row.fields.name.clone(),
        matched_by: None,
        name_in_file: None,
    };
    match super::contact_update::find(tx, &row.fields)? {
        Match::Many(c) => Ok(outcome(Action::Ambiguous(c), None)),
        Match::New => {
            let id = contacts::insert(tx, &row.fields, &row.tags, now, Some(batch))?;
            crate::store::contact_dates::set(tx, id, &row.dates)?;
            Ok(outcome(Action::Created, Some(id)))
        }
        Match::One(id, matched_by) => {
            let mut c = super::contacts::load(tx, id)?;
            let mut changed = c.fields.update_from(&row.fields, overwrite);
            if changed.contains(&"ref") {
                check_ref_free(tx, &c.fields, Some(id))?;
            }
            if !changed.is_empty() {
                contacts::update(tx, id, &c.fields, now)?;
            }
            if contacts::add_tags(tx, id, &row.tags)? > 0 {
                changed.push("tags");
                contacts::touch(tx, id, now)?;
            }
            if crate::store::contact_dates::add_missing(tx, id, &row.dates)? > 0 {
                changed.push("dates");
                contacts::touch(tx, id, now)?;
            }
            let action = if changed.is_empty() { Action::Unchanged } else { Action::Updated(changed) };
            let differs = fold(&row.fields.name) != fold(&c.fields.name);
            Ok(RowOutcome {
                line: row.line,
                action,
                contact_id: Some(id),
                name_in_file: differs.then(|| row.fields.name.clone()),
                name: c.fields.name,
                matched_by: Some(matched_by),
            })
        }
    }
}

/// The cards of a vCard file, and the encoding it was read in; what was
/// not taken whole goes to `remarks`.
fn read_vcf(
    label: &str,
    bytes: &[u8],
    remarks: &mut Vec<(u64, String, Remark)>,
) -> Result<(Vec<Incoming>, &'static str)> {
    let (text, encoding) = super::csv_input::decode_whole(bytes);
    let parsed = vcard::parse(text.as_bytes()).map_err(|e| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-file-line",
            targs!["label" => label, "line" => e.line.to_string(), "what" => e.msg],
        )
        .with_hint_t("hint-fix-that-card", vec![])
    })?;
    for line in parsed.empty {
        remarks.push((line as u64, String::new(), Remark::Empty));
    }
    let mut rows = Vec::with_capacity(parsed.cards.len());
    for c in parsed.cards {
        let line = c.line as u64;
        if let Some(from) = c.named_from {
            remarks.push((line, c.fields.name.clone(), Remark::NamedFrom(from)));
        }
        if !c.kept_in_notes.is_empty() {
            remarks.push((line, c.fields.name.clone(), Remark::KeptInNotes(c.kept_in_notes)));
        }
        rows.push(Incoming { line, fields: c.fields, tags: c.tags, dates: c.dates });
    }
    Ok((rows, encoding))
}

/// Stream every contact (with `all`, the archived ones too); returns how many.
pub fn for_each(app: &App, all: bool, mut f: impl FnMut(Contact) -> Result<()>) -> Result<usize> {
    let mut n = 0;
    contacts::for_each(app.db(), if all { Archived::Include } else { Archived::Hide }, |c| {
        n += 1;
        f(c)
    })?;
    Ok(n)
}

/// Every contact's key dates, by contact id (for a vCard export).
pub fn all_dates(app: &App) -> Result<HashMap<i64, Vec<KeyDate>>> {
    crate::store::contact_dates::all(app.db())
}
