//! `carnet contact ...`: the customer file.

use super::contact_fields::{AddArgs, EditArgs, KindArg, ListArgs, SortArg};
use super::flags;
use crate::app::contacts::{self, Edit, NewContact, Removal};
use crate::app::views::{Archived, ListFilter, SortBy};
use crate::app::Done;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::contact::ContactCard;
pub use crate::output::contact::ContactRow;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact (asks for the fields on a terminal when --name is missing).
    #[command(
        after_help = "Examples:\n  carnet contact add --name \"Hélène Dupont\" --email helene@example.fr --phone \"06 12 34 56 78\"\n  carnet contact add --name \"Atelier Roux\" --ref 007 --tag wholesale --city Lyon\n  id=$(carnet contact add --name \"Paul\" -q)"
    )]
    Add(AddArgs),
    /// List contacts, with filters and sorting.
    #[command(
        after_help = "Examples:\n  carnet contact list --search helene\n  carnet contact list --tag wholesale --sort total-spent --limit 10\n  carnet contact list --city Lyon --format csv > lyon.csv"
    )]
    List(ListArgs),
    /// Show one contact's whole card and purchase summary.
    #[command(
        after_help = "A contact is named by id, ref, email or name; id:12, ref:007, email:a@b.fr\nand name:Paul force one reading.\n\nExamples:\n  carnet contact show 12\n  carnet contact show ref:007 --format json"
    )]
    Show { contact: String },
    /// Change fields of a contact (an empty value clears a field).
    #[command(
        after_help = "Examples:\n  carnet contact edit 12 --phone \"06 98 76 54 32\" --city Lyon\n  carnet contact edit helene@example.fr --notes \"\""
    )]
    Edit(EditArgs),
    /// Add tags to a contact.
    #[command(after_help = "Example:\n  carnet contact tag 12 wholesale vip")]
    Tag {
        contact: String,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Remove tags from a contact.
    Untag {
        contact: String,
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Hide a contact from lists without deleting anything (--undo brings it back).
    Archive {
        contact: String,
        /// Bring an archived contact back.
        #[arg(long)]
        undo: bool,
    },
    /// Delete a contact and everything attached to it.
    #[command(after_help = "Example:\n  carnet contact rm 12 --yes")]
    Rm {
        contact: String,
        /// Do not ask for confirmation (needed without a terminal).
        #[arg(long, short)]
        yes: bool,
    },
    /// Merge OTHER into KEEP: histories moved, tags united, empty fields filled.
    #[command(after_help = "Examples:\n  carnet contact merge 12 31 --dry-run\n  carnet contact merge 12 31 --yes")]
    Merge {
        keep: String,
        other: String,
        /// Show what would change and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Do not ask for confirmation (needed without a terminal).
        #[arg(long, short)]
        yes: bool,
    },
    /// List contacts that are probably one person (same email, phone or name), to merge.
    Duplicates(super::contact_duplicates::DuplicatesArgs),
    /// Import contacts from a CSV or vCard (.vcf) file, all or nothing.
    Import(super::contact_io::ImportArgs),
    /// Export contacts as CSV, JSON or vCard (--format csv|json|vcf).
    Export(super::contact_io::ExportArgs),
}

pub fn run(ctx: &Ctx, cmd: ContactCommand) -> Result<()> {
    match cmd {
        ContactCommand::Add(a) => add(ctx, a),
        ContactCommand::List(a) => list(ctx, a),
        ContactCommand::Show { contact } => show(ctx, &contact),
        ContactCommand::Edit(a) => edit(ctx, a),
        ContactCommand::Tag { contact, tags } => retag(ctx, &contact, &tags, true),
        ContactCommand::Untag { contact, tags } => retag(ctx, &contact, &tags, false),
        ContactCommand::Archive { contact, undo } => archive(ctx, &contact, undo),
        ContactCommand::Rm { contact, yes } => rm(ctx, &contact, yes),
        ContactCommand::Merge { keep, other, dry_run, yes } => merge(ctx, &keep, &other, dry_run, yes),
        ContactCommand::Duplicates(a) => super::contact_duplicates::run(ctx, a),
        ContactCommand::Import(a) => super::contact_io::import(ctx, a),
        ContactCommand::Export(a) => super::contact_io::export(ctx, a),
    }
}

/// `--every 60d`; `none` or an empty value clears the cadence.
fn parse_every(v: &str) -> Result<Option<u32>> {
    let v = v.trim();
    if v.is_empty() || v.eq_ignore_ascii_case("none") || v.eq_ignore_ascii_case("never") {
        return Ok(None);
    }
    flags::days("--every", v).map(Some)
}

fn add(ctx: &Ctx, mut a: AddArgs) -> Result<()> {
    ctx.no_vcf("contact add")?;
    if a.fields.name.is_none() {
        if !crate::output::prompt::interactive() {
            return Err(Error::usage(
                crate::i18n::Text::tr("err-add-needs-name", vec![]),
                crate::i18n::Text::tr("hint-add-needs-name", vec![]),
            ));
        }
        super::contact_prompt::ask(&mut a.fields)?;
    }
    let new = NewContact {
        fields: contacts::fields_from(&a.fields.changes(ctx.slash_dates)?)?,
        tags: flags::tags(&a.tags)?,
        cadence_days: a.every.as_deref().map(parse_every).transpose()?.flatten(),
        allow_duplicate: a.allow_duplicate,
        kind: match a.kind {
            KindArg::Person => crate::domain::company::Kind::Person,
            KindArg::Company => crate::domain::company::Kind::Company,
        },
    };
    let mut app = ctx.write()?;
    let added = contacts::add(&mut app, new)?;
    for other in &added.same_name {
        ctx.out.warn(ctx.text(
            "warn-same-name",
            &[("id", other.id.into()), ("name", other.name.as_str().into()), ("new", added.contact.id.into())],
        ));
    }
    let c = added.contact;
    let msg = crate::i18n::tr_args(
        ctx.out.lang,
        "msg-contact-added",
        &[("id", c.id.into()), ("name", c.fields.name.clone().into())],
    );
    flags::report_created(ctx, c.id, &msg, || ContactCard::new(c))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    ctx.no_vcf("contact list")?;
    let filter = ListFilter {
        tags: flags::tags(&a.tags)?,
        search: a.search,
        city: a.city,
        archived: match (a.archived, a.all) {
            (true, _) => Archived::Only,
            (_, true) => Archived::Include,
            _ => Archived::Hide,
        },
        sort: match a.sort {
            SortArg::Name => SortBy::Name,
            SortArg::Created => SortBy::Created,
            SortArg::LastPurchase => SortBy::LastPurchase,
            SortArg::TotalSpent => SortBy::TotalSpent,
        },
        limit: a.limit,
        company: None,
    };
    let app = ctx.read()?;
    let found = match &a.company {
        Some(company) => crate::app::companies::list(&app, filter, company)?,
        None => contacts::list(&app, &filter)?,
    };
    let rows: Vec<ContactRow> = found.into_iter().map(ContactRow::from).collect();
    if rows.is_empty() {
        ctx.out.say(crate::i18n::tr(ctx.out.lang, "msg-no-contacts"));
    }
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, word: &str) -> Result<()> {
    ctx.no_vcf("contact show")?;
    let mut app = ctx.read()?;
    let card = contacts::card(&mut app, word)?;
    if let Some((_, problem)) = crate::app::consent::verify_contact(app.db(), card.contact.id)? {
        ctx.out.warn(ctx.text("warn-contact-seals", &[("problem", problem.to_string().into())]));
    }
    ctx.out.card(&ContactCard::from(card))
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    ctx.no_vcf("contact edit")?;
    // Check the values before the file is opened (the edit applies them again).
    contacts::fields_from(&a.fields.changes(ctx.slash_dates)?)?;
    let mut changes = a.fields.changes(ctx.slash_dates)?;
    // These name one of the contact's own values: checked against it.
    changes.extend(a.remove_email.iter().map(|v| ("remove_email", v.clone())));
    changes.extend(a.remove_phone.iter().map(|v| ("remove_phone", v.clone())));
    changes.extend(a.primary_email.iter().map(|v| ("primary_email", v.clone())));
    changes.extend(a.primary_phone.iter().map(|v| ("primary_phone", v.clone())));
    let dates = a
        .dates
        .iter()
        .map(|d| crate::domain::key_dates::KeyDate::parse_spec(d).map_err(|e| Error::from(e).for_flag("--date")))
        .collect::<Result<Vec<_>>>()?;
    let e = Edit {
        changes,
        cadence_days: a.every.as_deref().map(parse_every).transpose()?,
        contact: a.contact,
        dates,
        remove_dates: a.remove_dates,
    };
    if e.changes.is_empty() && e.cadence_days.is_none() && e.dates.is_empty() && e.remove_dates.is_empty() {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-contact-edit", vec![]),
        ));
    }
    let mut app = ctx.write()?;
    let c = contacts::edit(&mut app, e)?;
    ctx.out.say(crate::i18n::tr_args(
        ctx.out.lang,
        "msg-contact-updated",
        &[("id", c.id.into()), ("name", c.fields.name.clone().into())],
    ));
    Ok(())
}

fn retag(ctx: &Ctx, word: &str, tags: &[String], add: bool) -> Result<()> {
    let tags = flags::tags(tags)?;
    let mut app = ctx.write()?;
    let (id, n) = contacts::retag(&mut app, word, &tags, add)?;
    ctx.tell(if add { "msg-tags-added" } else { "msg-tags-removed" }, &[("count", n.into()), ("id", id.into())]);
    Ok(())
}

fn archive(ctx: &Ctx, word: &str, undo: bool) -> Result<()> {
    let mut app = ctx.write()?;
    let id = contacts::archive(&mut app, word, undo)?;
    ctx.tell(if undo { "msg-contact-unarchived" } else { "msg-contact-archived" }, &[("id", id.into())]);
    Ok(())
}

fn rm(ctx: &Ctx, word: &str, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Delete)?;
    let what = |id: &str, r: &Removal| {
        let count = |table: &str| r.others.iter().find(|(t, _)| *t == table).map_or(0, |(_, n)| *n);
        ctx.text(
            id,
            &[
                ("id", r.contact.id.into()),
                ("name", r.contact.fields.name.as_str().into()),
                ("purchases", r.purchases.count.into()),
                ("total", ctx.out.money.format(r.purchases.total).into()),
                ("deals", count("deals").into()),
                ("interactions", count("interactions").into()),
                ("sends", count("campaign_sends").into()),
                ("tags", r.contact.tags.len().into()),
            ],
        )
    };
    match contacts::remove(&mut app, word, &mut |r| {
        crate::output::prompt::confirm(&what("msg-contact-delete", r), yes)
    })? {
        Done::Done(r) => ctx.out.say(what("msg-contact-deleted", &r)),
        Done::Declined => ctx.tell("msg-nothing-deleted", &[]),
    }
    Ok(())
}

fn merge(ctx: &Ctx, keep: &str, other: &str, dry_run: bool, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    if !dry_run {
        crate::app::roles::require_owner(&app, crate::app::roles::Action::Merge)?;
    }
    let none = |v: Vec<String>| if v.is_empty() { "none".to_string() } else { v.join(", ") };
    let mut announce = |p: &contacts::MergePlan| {
        if !dry_run {
            crate::output::prompt::require_answer("merging contacts", yes)?;
        }
        ctx.tell(
            "msg-merge-plan",
            &[
                ("other", p.other.id.into()),
                ("other_name", p.other.fields.name.as_str().into()),
                ("keep", p.keep.id.into()),
                ("keep_name", p.keep.fields.name.as_str().into()),
                ("purchases", p.purchases_moved.into()),
                ("fields", none(p.fields_filled.iter().map(|s| s.to_string()).collect()).into()),
                ("tags", none(p.tags_added.clone()).into()),
            ],
        );
        Ok(())
    };
    let mut confirm = flags::confirmer(yes);
    match contacts::merge(&mut app, keep, other, dry_run, &mut confirm, &mut announce)? {
        Done::Done(p) => ctx.tell("msg-merged", &[("other", p.other.id.into()), ("keep", p.keep.id.into())]),
        Done::Declined if dry_run => ctx.tell("msg-dry-run-nothing-changed", &[]),
        Done::Declined => ctx.tell("msg-nothing-merged", &[]),
    }
    Ok(())
}
