//! Contacts in and out of files: CSV (carnet's own export, or any file
//! whose header names the fields) and vCard, all or nothing.

use super::contacts::{check_duplicates, check_ref_free};
use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use super::App;
use crate::domain::contact::{normalize_tag, Contact, ContactFields, FIELD_NAMES};
use crate::domain::vcard;
use crate::error::{Error, Result};
use crate::store::contacts::{self, Archived};
use crate::store::imports::{self, BatchKind};
use std::collections::HashSet;
use std::path::Path;

/// Columns our own exports write that an import accepts and ignores.
const IGNORED: &[&str] = &["id", "archived", "archived_at", "created_at", "updated_at"];

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
}

pub struct Outcome {
    pub label: String,
    pub contacts: usize,
    /// `None` for a dry run.
    pub batch: Option<i64>,
    /// Emails and phones of vCards beyond the one carnet keeps.
    pub dropped: usize,
}

pub fn import(app: &mut App, r: &Request) -> Result<Outcome> {
    let label = super::file_label(r.file);
    let bytes = super::read_file(r.file)?;
    let is_vcf = r.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let (rows, dropped) = if is_vcf { read_vcf(&label, &bytes)? } else { (read_csv(&label, &bytes)?, 0) };
    if rows.is_empty() {
        return Err(Error::invalid(format!("{label} holds no contacts")).with_hint("nothing was imported"));
    }
    let hash = crate::domain::hash::content_hash(&bytes);
    let now = app.timestamp();
    let tx = app.store.begin()?;
    super::imports::refuse_reimport(&tx, BatchKind::Contacts, &label, &hash, r.allow_reimport)?;
    let batch = imports::create(&tx, BatchKind::Contacts, &label, &hash, &now)?;
    let mut refs = HashSet::new();
    for row in &rows {
        let place = |e: Error| {
            let kind = e.kind();
            let hints = e.hints().to_vec();
            hints
                .into_iter()
                .fold(Error::new(kind, format!("{label} line {}: {}", row.line, e.message())), Error::with_hint)
        };
        if let Some(rf) = &row.fields.r#ref {
            if !refs.insert(rf.clone()) {
                return Err(Error::conflict(format!(
                    "{label} line {}: the ref `{rf}` appears twice in the file",
                    row.line
                ))
                .with_hint("nothing was imported; a ref names one contact"));
            }
        }
        check_ref_free(&tx, &row.fields, None).map_err(place)?;
        if !r.allow_duplicate {
            check_duplicates(&tx, &row.fields, None).map_err(|e| {
                place(e).with_hint("nothing was imported; pass --allow-duplicate to add such rows anyway")
            })?;
        }
        contacts::insert(&tx, &row.fields, &row.tags, &now, Some(batch))?;
    }
    imports::set_counts(&tx, batch, rows.len() as i64, 0, rows.len() as i64)?;
    if r.dry_run {
        return Ok(Outcome { label, contacts: rows.len(), batch: None, dropped });
    }
    tx.commit()?;
    Ok(Outcome { label, contacts: rows.len(), batch: Some(batch), dropped })
}

fn decode<'a>(label: &str, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::invalid(format!("{label} line {line}: the text is not UTF-8"))
            .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
    })
}

fn read_csv(label: &str, bytes: &[u8]) -> Result<Vec<Incoming>> {
    let text = decode(label, bytes)?;
    if text.trim().is_empty() {
        return Err(Error::invalid(format!("{label} is empty"))
            .with_hint("a contacts CSV starts with a header line: name,email,phone,..."));
    }
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(label, e))?.clone();
    let mut known: Vec<&str> = FIELD_NAMES.to_vec();
    known.push("tags");
    let cols = Columns::check(label, &header, &known, IGNORED, &["name"])?;
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| read_error(label, e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut fields = ContactFields::default();
        let mut tags = Vec::new();
        for (i, value) in rec.iter().enumerate() {
            let value = super::csv_input::unneutralize(value);
            let name = cols.names[i].as_str();
            if IGNORED.contains(&name) {
                continue;
            }
            if name == "tags" {
                for t in value.split([';', ',']).filter(|t| !t.trim().is_empty()) {
                    tags.push(normalize_tag(t).map_err(|e| cell_error(label, line, i, name, value, &e.0))?);
                }
            } else {
                fields.set(name, value).map_err(|e| cell_error(label, line, i, name, value, &e.0))?;
            }
        }
        tags.sort();
        tags.dedup();
        out.push(Incoming { line, fields, tags });
    }
    Ok(out)
}

/// The cards of a vCard file, and how many extra emails and phones were
/// not kept.
fn read_vcf(label: &str, bytes: &[u8]) -> Result<(Vec<Incoming>, usize)> {
    let text = decode(label, bytes)?;
    let cards = vcard::parse(text.as_bytes()).map_err(|e| {
        Error::invalid(format!("{label} line {}: {}", e.line, e.msg))
            .with_hint("nothing was imported; fix that card and run the import again")
    })?;
    let dropped: usize = cards.iter().map(|c| c.dropped).sum();
    let rows = cards.into_iter().map(|c| Incoming { line: c.line as u64, fields: c.fields, tags: c.tags }).collect();
    Ok((rows, dropped))
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
