//! `contact import` and `contact export`: CSV, JSON and vCard.

use super::contact::{check_duplicates, check_ref_free, open_out};
use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use crate::cli::FormatArg;
use crate::context::Ctx;
use crate::domain::contact::{normalize_tag, Contact, ContactFields, FIELD_NAMES};
use crate::domain::vcard;
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::contacts::{self, Archived};
use crate::store::imports::{self, BatchKind};
use clap::Args;
use serde::Serialize;
use std::collections::HashSet;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "CSV columns (header required, any order): ref, name, email, phone, company,\nstreet, postcode, city, country, birthday, notes, tags (separated by ;).\nOnly name is required. The columns id, archived, created_at and updated_at\nthat `contact export` writes are accepted and ignored.\n\nExamples:\n  carnet contact import clients.csv --dry-run\n  carnet contact import phone-export.vcf"
)]
pub struct ImportArgs {
    /// A .csv file, or a .vcf (vCard 3.0 or 4.0) file.
    pub file: PathBuf,
    /// Check every row and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import a file with the same content as an earlier import.
    #[arg(long)]
    pub allow_reimport: bool,
    /// Add rows whose email or phone is already another contact's.
    #[arg(long)]
    pub allow_duplicate: bool,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet contact export > contacts.csv\n  carnet contact export --format vcf --out contacts.vcf\n  carnet contact export --format json --all"
)]
pub struct ExportArgs {
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Include archived contacts.
    #[arg(long)]
    pub all: bool,
}

/// Columns our own exports write that an import accepts and ignores.
const IGNORED: &[&str] = &["id", "archived", "archived_at", "created_at", "updated_at"];

struct Incoming {
    line: u64,
    fields: ContactFields,
    tags: Vec<String>,
}

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    let label = super::file_label(&a.file);
    let bytes = super::read_file(&a.file)?;
    let is_vcf = a.file.extension().is_some_and(|e| e.eq_ignore_ascii_case("vcf") || e.eq_ignore_ascii_case("vcard"));
    let rows = if is_vcf { read_vcf(&label, &bytes, ctx)? } else { read_csv(&label, &bytes)? };
    if rows.is_empty() {
        return Err(Error::user(format!("{label} holds no contacts")).with_hint("nothing was imported"));
    }
    let hash = super::content_hash(&bytes);
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    super::refuse_reimport(&tx, BatchKind::Contacts, &label, &hash, a.allow_reimport)?;
    let now = ctx.timestamp();
    let batch = imports::create(&tx, BatchKind::Contacts, &label, &hash, &now)?;
    let mut refs = HashSet::new();
    for row in &rows {
        let place = |e: Error| match e {
            Error::User { msg, hint } => Error::User { msg: format!("{label} line {}: {msg}", row.line), hint },
            other => other,
        };
        if let Some(r) = &row.fields.r#ref {
            if !refs.insert(r.clone()) {
                return Err(Error::user(format!("{label} line {}: the ref `{r}` appears twice in the file", row.line))
                    .with_hint("nothing was imported; a ref names one contact"));
            }
        }
        check_ref_free(&tx, &row.fields, None).map_err(place)?;
        if !a.allow_duplicate {
            check_duplicates(&tx, &row.fields, None).map_err(|e| {
                place(e).with_hint("nothing was imported; pass --allow-duplicate to add such rows anyway")
            })?;
        }
        contacts::insert(&tx, &row.fields, &row.tags, &now, Some(batch))?;
    }
    imports::set_counts(&tx, batch, rows.len() as i64, 0, rows.len() as i64)?;
    if a.dry_run {
        drop(tx);
        ctx.out.say(format!("dry run: {} contact(s) read from {label} would be added; nothing written", rows.len()));
        return Ok(());
    }
    tx.commit()?;
    ctx.out.say(format!("imported {} contact(s) from {label} (batch {batch})", rows.len()));
    Ok(())
}

fn decode<'a>(label: &str, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::user(format!("{label} line {line}: the text is not UTF-8"))
            .with_hint("save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again")
    })
}

fn read_csv(label: &str, bytes: &[u8]) -> Result<Vec<Incoming>> {
    let text = decode(label, bytes)?;
    if text.trim().is_empty() {
        return Err(Error::user(format!("{label} is empty"))
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
            let name = cols.names[i].as_str();
            if IGNORED.contains(&name) {
                continue;
            }
            if name == "tags" {
                for t in value.split([';', ',']).filter(|t| !t.trim().is_empty()) {
                    tags.push(normalize_tag(t).map_err(|e| cell_error(label, line, i, name, value, &e))?);
                }
            } else {
                fields.set(name, value).map_err(|e| cell_error(label, line, i, name, value, &e))?;
            }
        }
        tags.sort();
        tags.dedup();
        out.push(Incoming { line, fields, tags });
    }
    Ok(out)
}

fn read_vcf(label: &str, bytes: &[u8], ctx: &Ctx) -> Result<Vec<Incoming>> {
    let text = decode(label, bytes)?;
    let cards = vcard::parse(text.as_bytes()).map_err(|e| {
        Error::user(format!("{label} line {}: {}", e.line, e.msg))
            .with_hint("nothing was imported; fix that card and run the import again")
    })?;
    let dropped: usize = cards.iter().map(|c| c.dropped).sum();
    if dropped > 0 {
        ctx.out.warn(format!(
            "{dropped} extra email(s)/phone(s) in {label} are not kept: carnet keeps one email and one phone per contact"
        ));
    }
    Ok(cards.into_iter().map(|c| Incoming { line: c.line as u64, fields: c.fields, tags: c.tags }).collect())
}

/// A contact as exported: every field, tags, and timestamps.
#[derive(Serialize)]
pub struct ExportRow {
    id: i64,
    #[serde(flatten)]
    fields: ContactFields,
    tags: Vec<String>,
    archived: bool,
    created_at: String,
    updated_at: String,
}

impl Record for ExportRow {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "ref",
        "name",
        "email",
        "phone",
        "company",
        "street",
        "postcode",
        "city",
        "country",
        "birthday",
        "notes",
        "tags",
        "archived",
        "created_at",
        "updated_at",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        let mut v = vec![self.id.to_string()];
        v.extend(FIELD_NAMES.iter().map(|f| self.fields.get(f).unwrap_or_default().to_string()));
        v.extend([c.list(&self.tags), self.archived.to_string(), self.created_at.clone(), self.updated_at.clone()]);
        v
    }
}

impl From<Contact> for ExportRow {
    fn from(c: Contact) -> Self {
        ExportRow {
            id: c.id,
            fields: c.fields,
            tags: c.tags,
            archived: c.archived_at.is_some(),
            created_at: c.created_at,
            updated_at: c.updated_at,
        }
    }
}

pub fn export(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    ctx.check_format("contact export", &[FormatArg::Vcf])?;
    let store = ctx.read()?;
    let archived = if a.all { Archived::Include } else { Archived::Hide };
    let mut w = open_out(&a.out)?;
    let mut n = 0;
    if ctx.format_arg == Some(FormatArg::Vcf) {
        let mut buf = std::io::BufWriter::new(&mut w);
        contacts::for_each(store.conn(), archived, |c| {
            let mut card = String::new();
            vcard::write_card(&mut card, &c.fields, &c.tags, &format!("urn:carnet:contact:{}", c.id));
            n += 1;
            std::io::Write::write_all(&mut buf, card.as_bytes())?;
            Ok(())
        })?;
        std::io::Write::flush(&mut buf)?;
    } else {
        // Exports are for machines: a table is not an export format.
        let mut out_cfg = ctx.out.clone();
        if ctx.format_arg.is_none() {
            out_cfg.format = crate::output::Format::Csv;
        }
        let mut sink = out_cfg.sink::<ExportRow>(w)?;
        contacts::for_each(store.conn(), archived, |c| {
            n += 1;
            sink.push(&ExportRow::from(c))
        })?;
        sink.finish()?;
    }
    if let Some(p) = &a.out {
        ctx.out.say(format!("exported {n} contact(s) to {}", p.display()));
    }
    Ok(())
}
