//! `contact import` and `contact export`: CSV, JSON and vCard.

use crate::app::contact_files::{self, Request};
use crate::context::Ctx;
use crate::domain::contact::Contact;
use crate::error::Result;
pub use crate::output::contact::ExportRow;
use crate::output::file::Destination;
use crate::output::FormatArg;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "CSV columns (header required, any order): ref, name, email, phone, company,\nstreet, postcode, city, country, birthday, notes, tags (separated by ;).\nFrench and common exports headers are recognised too (nom, prénom, First Name,\nLast Name, E-mail 1 - Value, Phone 1 - Value from Google Contacts...).\nOnly a name is required. The columns id, archived, created_at and updated_at\nthat `contact export` writes are accepted and ignored.\n\nA row whose ref, email or phone is already a contact's is refused, unless\n--update: it then fills that contact's empty fields and adds its new emails,\nphones and tags (--overwrite also replaces the fields that differ). A row\nmatching several contacts is never guessed: --dry-run lists it, and the\nimport is refused until it is resolved.\n\nExamples:\n  carnet contact import clients.csv --dry-run\n  carnet contact import phone-export.vcf\n  carnet contact import google.csv --update --dry-run\n  carnet contact import google.csv --update --overwrite"
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
    /// Refuse a CSV with columns carnet does not use, or a vCard with a card carnet cannot take whole
    #[arg(long)]
    pub strict: bool,
    /// Update the contacts the file's rows are about (matched by ref, then
    /// email, then phone) instead of refusing them: empty fields filled, new
    /// emails, phones and tags added. Rows matching no one are added.
    #[arg(long, conflicts_with = "allow_duplicate")]
    pub update: bool,
    /// With --update, also replace the fields the file gives differently.
    #[arg(long, requires = "update")]
    pub overwrite: bool,
    /// How the file writes its dates: DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY (without it, the file's own dates and language decide)
    #[arg(long, value_name = "FORMAT")]
    pub date_format: Option<String>,
}

crate::record! {
    /// `contact import --update --dry-run`: what each row would do.
    pub struct UpdateRow {
        line: u64,
        action: &'static str,
        contact_id: Option<i64>,
        name: String,
        matched_by: Option<&'static str>,
        name_in_file: Option<String>,
        fields: Vec<String>,
    }
    numeric: [line, contact_id]
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  carnet contact export > contacts.csv\n  carnet contact export --format vcf --out contacts.vcf\n  carnet contact export --format vcf --vcard-version 3.0 --out mac.vcf\n  carnet contact export --format json --all"
)]
pub struct ExportArgs {
    /// Write to this file instead of stdout (never the database; an
    /// existing file only with --force).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Replace the --out file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Include archived contacts.
    #[arg(long)]
    pub all: bool,
    /// With --format vcf: the vCard version, 4.0 (the default) or 3.0 (macOS Contacts, older phones)
    #[arg(long, value_name = "VERSION", value_parser = ["4.0", "3.0", "4", "3"])]
    pub vcard_version: Option<String>,
}

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    let req = Request {
        file: &a.file,
        dry_run: a.dry_run,
        allow_reimport: a.allow_reimport,
        allow_duplicate: a.allow_duplicate,
        strict: a.strict,
        update: a.update,
        overwrite: a.overwrite,
        date_format: match &a.date_format {
            Some(f) => Some(
                crate::domain::dates::DateFormat::parse_spec(f)
                    .map_err(|e| crate::error::Error::invalid(e.0).for_flag("--date-format"))?,
            ),
            None => None,
        },
    };
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Import)?;
    let o = contact_files::import(&mut app, &req)?;
    if o.encoding != "UTF-8" {
        ctx.tell("msg-read-as", &[("label", o.label.as_str().into()), ("encoding", o.encoding.to_string().into())]);
    }
    if !o.unused_columns.is_empty() {
        ctx.tell("msg-unused-columns", &[("names", crate::error::echo_list(&o.unused_columns).into())]);
    }
    if let Some(order) = o.dates {
        let id = if order == crate::domain::dates::SlashDates::DayFirst {
            "msg-dates-day-first"
        } else {
            "msg-dates-month-first"
        };
        ctx.tell(id, &[("label", o.label.as_str().into())]);
    }
    remarks(ctx, &o);
    if a.update {
        return update_summary(ctx, &o);
    }
    match o.batch {
        None => ctx.tell("msg-contacts-dry-run", &[("count", o.contacts.into()), ("label", o.label.as_str().into())]),
        Some(batch) => ctx.tell(
            "msg-contacts-imported",
            &[("count", o.contacts.into()), ("label", o.label.as_str().into()), ("batch", batch.into())],
        ),
    }
    Ok(())
}

/// What `--update` did: each row for a dry run, the counts either way.
fn update_summary(ctx: &Ctx, o: &contact_files::Outcome) -> Result<()> {
    use crate::app::contact_update::Action;
    let count = |name: &str| o.rows.iter().filter(|r| r.action.name() == name).count();
    let (created, updated, unchanged, ambiguous) =
        (count("created"), count("updated"), count("unchanged"), count("ambiguous"));
    match o.batch {
        None => {
            let rows: Vec<UpdateRow> = o
                .rows
                .iter()
                .map(|r| UpdateRow {
                    line: r.line,
                    action: r.action.name(),
                    contact_id: r.contact_id.filter(|_| r.action != Action::Created),
                    name: r.name.clone(),
                    matched_by: r.matched_by,
                    name_in_file: r.name_in_file.clone(),
                    fields: match &r.action {
                        Action::Updated(f) => f.iter().map(|s| s.to_string()).collect(),
                        Action::Ambiguous(c) => {
                            c.iter().map(|c| format!("{} ({}, by {})", c.id, c.name, c.matched_by)).collect()
                        }
                        Action::Created | Action::Unchanged => Vec::new(),
                    },
                })
                .collect();
            ctx.out.records(&rows)?;
            let counts = [
                ("label", o.label.as_str().into()),
                ("created", created.into()),
                ("updated", updated.into()),
                ("unchanged", unchanged.into()),
                ("ambiguous", ambiguous.into()),
            ];
            ctx.tell("msg-update-dry-run", &counts);
            if ambiguous > 0 {
                ctx.tell("msg-update-ambiguous", &[]);
            }
        }
        Some(batch) => {
            let counts = [
                ("label", o.label.as_str().into()),
                ("batch", batch.into()),
                ("created", created.into()),
                ("updated", updated.into()),
                ("unchanged", unchanged.into()),
            ];
            ctx.tell("msg-update-imported", &counts);
            if updated > 0 {
                ctx.tell("msg-update-undo", &counts);
            }
        }
    }
    Ok(())
}

/// What became of the cards and rows not taken as they were.
fn remarks(ctx: &Ctx, o: &contact_files::Outcome) {
    use contact_files::Remark;
    for (line, name, r) in &o.remarks {
        let (line, name) = (("line", (*line as i64).into()), ("name", name.as_str().into()));
        match r {
            Remark::NamedFrom(from) => ctx.tell("msg-card-named", &[line, name, ("from", (*from).into())]),
            Remark::KeptInNotes(v) => {
                ctx.tell("msg-card-kept-in-notes", &[line, name, ("values", v.join("; ").into())])
            }
            Remark::MergedInto(into) => ctx.tell("msg-card-merged", &[line, name, ("into", (*into as i64).into())]),
            Remark::SharesWith { line: other, value } => ctx.tell(
                "msg-card-shares",
                &[line, name, ("other", (*other as i64).into()), ("value", value.as_str().into())],
            ),
            Remark::Empty => ctx.tell("msg-card-empty", &[line]),
        }
    }
}

/// One contact as a vCard of `version`, written to `w`.
pub fn write_vcards(
    w: &mut impl std::io::Write,
    c: &Contact,
    dates: &[crate::domain::key_dates::KeyDate],
    version: crate::domain::vcard::Version,
) -> Result<()> {
    let mut card = String::new();
    let uid = format!("urn:carnet:contact:{}", c.id);
    crate::domain::vcard::write_card(&mut card, &c.fields, &c.tags, dates, &uid, version);
    w.write_all(card.as_bytes())?;
    Ok(())
}

pub fn export(ctx: &Ctx, a: ExportArgs) -> Result<()> {
    ctx.check_format("contact export", &[FormatArg::Vcf])?;
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::ExportPeople)?;
    let mut dest = Destination::open(&a.out, a.force, &ctx.db_path)?;
    let version = match a.vcard_version.as_deref() {
        Some("3.0" | "3") => crate::domain::vcard::Version::V3,
        _ => crate::domain::vcard::Version::V4,
    };
    if a.vcard_version.is_some() && ctx.format_arg != Some(FormatArg::Vcf) {
        return Err(crate::error::Error::t(crate::error::Kind::Usage, "err-vcard-version-needs-vcf", vec![]));
    }
    let n = if ctx.format_arg == Some(FormatArg::Vcf) {
        let dates = contact_files::all_dates(&app)?;
        let mut buf = std::io::BufWriter::new(dest.writer());
        let n = contact_files::for_each(&app, a.all, |c| {
            write_vcards(&mut buf, &c, dates.get(&c.id).map(Vec::as_slice).unwrap_or(&[]), version)
        })?;
        std::io::Write::flush(&mut buf)?;
        n
    } else {
        // Exports are for machines: a table is not an export format.
        let mut o = ctx.out.for_export(ctx.format_arg.is_none());
        o.to_file = a.out.is_some();
        let mut sink = o.sink::<ExportRow>(dest.writer())?;
        let n = contact_files::for_each(&app, a.all, |c| sink.push(&ExportRow::from(c)))?;
        sink.finish()?;
        n
    };
    dest.finish()?;
    if let Some(p) = &a.out {
        ctx.tell("msg-contacts-exported", &[("count", n.into()), ("path", p.display().to_string().into())]);
    }
    Ok(())
}
