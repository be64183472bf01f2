//! Contacts in and out of files: CSV (carnet's own export, or any file
//! whose header names the fields) and vCard, all or nothing.

use super::contact_update::{Action, Match, RowOutcome};
use super::contacts::{check_duplicates, check_ref_free};
use super::csv_input::{cell_error, read_error, reader, sniff_delimiter};
use super::App;
use crate::domain::contact::{normalize_tag, Contact, ContactFields};
use crate::domain::contact_points::{Kind, Point};
use crate::domain::vcard;
use crate::error::{Error, Result};
use crate::store::contacts::{self, Archived};
use crate::store::imports::{self, BatchKind};
use std::collections::HashSet;
use std::path::Path;

/// One contact read from a file, with the line it starts on.
struct Incoming {
    line: u64,
    fields: ContactFields,
    tags: Vec<String>,
}

pub struct Request<'a> {
    pub file: &'a Path,
    pub dry_run: bool,
    pub allow_reimport: bool,
    pub allow_duplicate: bool,
    /// Refuse columns carnet does not use.
    pub strict: bool,
    /// Match rows to existing contacts and update them.
    pub update: bool,
    /// With `update`, replace fields that differ.
    pub overwrite: bool,
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
}

pub fn import(app: &mut App, r: &Request) -> Result<Outcome> {
    let label = super::file_label(r.file);
    let bytes = super::read_file(r.file)?;
    let is_vcf = r.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let (rows, unused, encoding) = if is_vcf {
        (read_vcf(&label, &bytes)?, Vec::new(), "UTF-8")
    } else {
        let (rows, unused, encoding) = read_csv(&label, &bytes)?;
        if r.strict && !unused.is_empty() {
            return Err(Error::t(
                crate::error::Kind::Invalid,
                "err-contacts-unknown-column",
                crate::targs!["label" => label.as_str(), "name" => crate::error::echo(&unused[0])],
            )
            .with_hint_t("hint-contacts-columns", vec![]));
        }
        (rows, unused, encoding)
    };
    if rows.is_empty() {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-no-contacts-in",
            crate::targs!["label" => label.as_str()],
        )
        .with_hint_t("hint-nothing-imported", vec![]));
    }
    let hash = crate::domain::hash::content_hash(&bytes);
    let now = app.timestamp();
    let tx = app.store.begin()?;
    // An update run again changes nothing: no need to refuse it.
    super::imports::refuse_reimport(&tx, BatchKind::Contacts, &label, &hash, r.allow_reimport || r.update)?;
    let batch = imports::create(&tx, BatchKind::Contacts, &label, &hash, &now)?;
    let mut refs = HashSet::new();
    let mut outcomes = Vec::new();
    let mut created = 0;
    for row in &rows {
        let place = |e: Error| {
            let kind = e.kind();
            let hints = e.hints().to_vec();
            hints.into_iter().fold(
                Error::t(
                    kind,
                    "err-file-line",
                    crate::targs!["label" => label.as_str(), "line" => row.line.to_string(), "what" => e.text()],
                ),
                Error::with_hint,
            )
        };
        if let Some(rf) = &row.fields.r#ref {
            if !refs.insert(rf.clone()) {
                return Err(Error::t(
                    crate::error::Kind::Conflict,
                    "err-ref-twice",
                    crate::targs!["label" => label.as_str(), "line" => row.line.to_string(), "ref" => rf.as_str()],
                )
                .with_hint_t("hint-ref-names-one", vec![]));
            }
        }
        if r.update {
            let outcome = update_row(&tx, row, r.overwrite, batch, &now).map_err(place)?;
            created += usize::from(outcome.action == Action::Created);
            outcomes.push(outcome);
            continue;
        }
        check_ref_free(&tx, &row.fields, None).map_err(|e| place(e).with_hint_t("hint-import-update", vec![]))?;
        if !r.allow_duplicate {
            check_duplicates(&tx, &row.fields, None)
                .map_err(|e| place(e).with_hint_t("hint-import-duplicate", vec![]))?;
        }
        contacts::insert(&tx, &row.fields, &row.tags, &now, Some(batch))?;
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
            crate::targs!["label" => label.as_str(), "count" => ambiguous.len(), "lines" => lines.join("\n")],
        )
        .with_hint_t("hint-rows-ambiguous", vec![]));
    }
    imports::set_counts(&tx, batch, rows.len() as i64, 0, created as i64)?;
    let batch = if r.dry_run {
        None
    } else {
        tx.commit()?;
        Some(batch)
    };
    Ok(Outcome { label, contacts: rows.len(), batch, unused_columns: unused, encoding, rows: outcomes })
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
            let action = if changed.is_empty() { Action::Unchanged } else { Action::Updated(changed) };
            let differs =
                crate::domain::contact::fold(&row.fields.name) != crate::domain::contact::fold(&c.fields.name);
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

/// The rows of a contacts CSV, the columns carnet does not use, and the
/// encoding the file was read in. Headers are carnet's field names or
/// their spellings in Google Contacts, Outlook, phones and French
/// spreadsheets (`First Name` and `Last Name` make the name).
fn read_csv(label: &str, bytes: &[u8]) -> Result<(Vec<Incoming>, Vec<String>, &'static str)> {
    use crate::domain::columns::{contact_column, normalize, ContactColumn, CONTACT_EXPORT_ONLY};
    let (text, encoding) = super::csv_input::decode_whole(bytes);
    if text.trim().is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-file-empty", crate::targs!["label" => label])
            .with_hint_t("hint-contacts-header", vec![]));
    }
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(label, e))?.clone();
    let mut cols: Vec<Option<ContactColumn>> = Vec::new();
    let mut unused = Vec::new();
    let names: Vec<String> = header.iter().map(normalize).collect();
    for h in header.iter() {
        let n = normalize(h);
        let c = contact_column(h);
        // A field named twice: the first is kept (every email and phone
        // column is kept, each a point of its own).
        let taken =
            c.as_ref().is_some_and(|c| !matches!(c, ContactColumn::Point(..)) && cols.contains(&Some(c.clone())));
        // A label column with no value column beside it labels nothing.
        let orphan = matches!(&c, Some(ContactColumn::Label(of)) if !names.contains(of));
        match c {
            Some(c) if !taken && !orphan => cols.push(Some(c)),
            _ => {
                if !n.is_empty() && !CONTACT_EXPORT_ONLY.contains(&n.as_str()) {
                    unused.push(h.trim().to_string());
                }
                cols.push(None);
            }
        }
    }
    // Each point column's label column (Google's `E-mail 1 - Label`).
    let label_of: Vec<Option<usize>> = names
        .iter()
        .map(|n| cols.iter().position(|c| matches!(c, Some(ContactColumn::Label(of)) if of == n)))
        .collect();
    let has = |c: ContactColumn| cols.contains(&Some(c));
    if !has(ContactColumn::Field("name")) && !has(ContactColumn::GivenName) && !has(ContactColumn::FamilyName) {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "csv-no-column",
            crate::targs!["label" => label, "name" => "name"],
        )
        .with_hint_t("hint-contacts-name-column", vec![]));
    }
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| read_error(label, e))?;
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let byte = rec.position().map(|p| p.byte()).unwrap_or(0);
        let line = super::csv_input::lines_at(text.as_bytes(), &[byte])[0];
        let mut fields = ContactFields::default();
        let mut tags = Vec::new();
        let (mut given, mut family) = (String::new(), String::new());
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
                    // Google puts several values in one cell: `a@b ::: c@d`.
                    for v in value.split(":::").map(str::trim).filter(|v| !v.is_empty()) {
                        let field = if kind == Kind::Email { "email" } else { "phone" };
                        crate::domain::contact_points::parse(kind, v)
                            .map_err(|e| cell_error(label, line, i, field, v, e.0))?;
                        fields.add(kind, Point { value: v.to_string(), label: point_type.clone() });
                        if starred {
                            fields.make_primary(kind, v);
                        }
                    }
                }
                Some(ContactColumn::GivenName) => given = value.trim().to_string(),
                Some(ContactColumn::FamilyName) => family = value.trim().to_string(),
                Some(ContactColumn::Field("tags")) => {
                    for t in value.split([';', ',']).filter(|t| !t.trim().is_empty()) {
                        tags.push(normalize_tag(t).map_err(|e| cell_error(label, line, i, "tags", value, e.0))?);
                    }
                }
                Some(ContactColumn::Field(name)) => {
                    if name == "name" && value.trim().is_empty() {
                        continue;
                    }
                    fields.set(name, value).map_err(|e| cell_error(label, line, i, name, value, e.0))?;
                }
            }
        }
        if fields.name.trim().is_empty() {
            let full = [given.as_str(), family.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            if full.is_empty() {
                return Err(Error::t(
                    crate::error::Kind::Invalid,
                    "err-row-no-name",
                    crate::targs!["label" => label, "line" => line.to_string()],
                )
                .with_hint_t("hint-row-no-name", vec![]));
            }
            fields.set("name", &full).map_err(|e| cell_error(label, line, 0, "name", &full, e.0))?;
        }
        tags.sort();
        tags.dedup();
        out.push(Incoming { line, fields, tags });
    }
    Ok((out, unused, encoding))
}

/// The cards of a vCard file, and how many extra emails and phones were
/// not kept.
fn read_vcf(label: &str, bytes: &[u8]) -> Result<Vec<Incoming>> {
    let (text, _) = super::csv_input::decode_whole(bytes);
    let cards = vcard::parse(text.as_bytes()).map_err(|e| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-file-line",
            crate::targs!["label" => label, "line" => e.line.to_string(), "what" => e.msg],
        )
        .with_hint_t("hint-fix-that-card", vec![])
    })?;
    Ok(cards.into_iter().map(|c| Incoming { line: c.line as u64, fields: c.fields, tags: c.tags }).collect())
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
