//! `carnet contact ...`: the customer file.

use super::contact_card::ContactCard;
use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::contact::{normalize_tag, Contact, ContactFields};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::contacts::{self, Archived, ListFilter, SortBy};
use crate::store::purchases;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

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

/// One flag per field, shared by `add` and `edit`.
#[derive(Debug, Args, Default)]
pub struct FieldArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub company: Option<String>,
    #[arg(long)]
    pub street: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    /// MM-DD, or YYYY-MM-DD when the year is known.
    #[arg(long)]
    pub birthday: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// The shop's own customer number (kept as text: 007 stays 007).
    #[arg(long = "ref", value_name = "REF")]
    pub r#ref: Option<String>,
}

impl FieldArgs {
    fn pairs(&self) -> Vec<(&'static str, &Option<String>)> {
        vec![
            ("ref", &self.r#ref),
            ("name", &self.name),
            ("email", &self.email),
            ("phone", &self.phone),
            ("company", &self.company),
            ("street", &self.street),
            ("postcode", &self.postcode),
            ("city", &self.city),
            ("country", &self.country),
            ("birthday", &self.birthday),
            ("notes", &self.notes),
        ]
    }

    /// Apply every given flag to `f`, naming the flag on a bad value.
    fn apply(&self, f: &mut ContactFields) -> Result<usize> {
        let mut n = 0;
        for (field, value) in self.pairs() {
            if let Some(v) = value {
                f.set(field, v).map_err(|e| Error::user(format!("--{field}: {e}")))?;
                n += 1;
            }
        }
        Ok(n)
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub fields: FieldArgs,
    /// A tag (repeat for several).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Add it even when a contact with the same email or phone exists.
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Keep in touch this often (60d, 8w, 2m): `carnet remind` says when it is time.
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
}

/// `--every 60d`; `none` or an empty value clears the cadence.
fn parse_every(v: &str) -> Result<Option<u32>> {
    let v = v.trim();
    if v.is_empty() || v.eq_ignore_ascii_case("none") || v.eq_ignore_ascii_case("never") {
        return Ok(None);
    }
    crate::domain::dates::parse_days(v).map(Some).map_err(|e| Error::user(format!("--every: {e}")))
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub contact: String,
    #[command(flatten)]
    pub fields: FieldArgs,
    /// Keep in touch this often (60d, 8w, 2m); `none` stops it.
    #[arg(long, value_name = "PERIOD")]
    pub every: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    Name,
    Created,
    LastPurchase,
    TotalSpent,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only contacts with this tag (repeat: all of them).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Text in the name, ref, email, phone, company or city; ignores case and accents.
    #[arg(long, short)]
    pub search: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    /// Only archived contacts.
    #[arg(long, conflicts_with = "all")]
    pub archived: bool,
    /// Archived and active contacts.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortArg,
    #[arg(long, short = 'n')]
    pub limit: Option<u64>,
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

pub fn parse_tags(tags: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> =
        tags.iter().map(|t| normalize_tag(t).map_err(|e| Error::user(format!("--tag: {e}")))).collect::<Result<_>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

/// Refuse a contact whose email or phone is already someone's, naming them.
pub fn check_duplicates(conn: &rusqlite::Connection, f: &ContactFields, except: Option<i64>) -> Result<()> {
    if let Some(d) = contacts::duplicates_of(conn, f, except)?.first() {
        return Err(Error::user(format!("contact {} ({}) already has this {}", d.id, d.name, d.matched_by)).with_hint(
            format!("use that contact (`carnet contact show id:{}`), or pass --allow-duplicate to add another", d.id),
        ));
    }
    Ok(())
}

/// A ref names one contact only.
pub fn check_ref_free(conn: &rusqlite::Connection, f: &ContactFields, except: Option<i64>) -> Result<()> {
    if let Some(r) = &f.r#ref {
        if let Some(owner) = contacts::id_by_ref(conn, r)?.filter(|&id| Some(id) != except) {
            return Err(Error::user(format!("the ref `{r}` already belongs to contact {owner}"))
                .with_hint("a ref names one contact; choose another or edit that contact"));
        }
    }
    Ok(())
}

fn add(ctx: &Ctx, mut a: AddArgs) -> Result<()> {
    ctx.no_vcf("contact add")?;
    if a.fields.name.is_none() {
        if !crate::prompt::interactive() {
            return Err(Error::usage(
                "contact add needs --name (there is no terminal to ask for it)",
                "carnet contact add --name NAME [--email E] [--phone P] [--tag T]...",
            ));
        }
        a.fields.name = Some(crate::prompt::input("Name", false)?);
        for (label, slot) in [("Email", &mut a.fields.email), ("Phone", &mut a.fields.phone)] {
            if slot.is_none() {
                let v = crate::prompt::input(label, true)?;
                *slot = Some(v).filter(|s| !s.trim().is_empty());
            }
        }
    }
    let mut f = ContactFields::default();
    a.fields.apply(&mut f)?;
    let tags = parse_tags(&a.tags)?;
    let every = a.every.as_deref().map(parse_every).transpose()?.flatten();
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    check_ref_free(&tx, &f, None)?;
    if !a.allow_duplicate {
        check_duplicates(&tx, &f, None)?;
    }
    let id = contacts::insert(&tx, &f, &tags, &ctx.timestamp(), None)?;
    if every.is_some() {
        crate::store::reminders::set_cadence(&tx, id, every)?;
    }
    let contact = contacts::get(&tx, id)?.ok_or_else(|| Error::Internal("contact vanished".into()))?;
    tx.commit()?;
    report_created(ctx, id, &format!("added contact {id} ({})", f.name), || {
        Ok(ContactCard::new(contact, Default::default()))
    })
}

/// What a command that creates something prints: the whole record with
/// --format json|csv, the id alone with -q, else a message on stderr.
pub fn report_created<R: Record>(ctx: &Ctx, id: i64, msg: &str, record: impl FnOnce() -> Result<R>) -> Result<()> {
    use crate::output::Format;
    if ctx.format_arg.is_some() && ctx.out.format != Format::Table {
        return ctx.out.card(&record()?);
    }
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.out.say(msg);
    Ok(())
}

#[derive(Serialize)]
pub struct ContactRow {
    id: i64,
    r#ref: Option<String>,
    name: String,
    email: Option<String>,
    phone: Option<String>,
    city: Option<String>,
    tags: Vec<String>,
    purchases: i64,
    total_spent: Cents,
    last_purchase: Option<NaiveDate>,
}

impl Record for ContactRow {
    const HEADERS: &'static [&'static str] =
        &["id", "ref", "name", "email", "phone", "city", "tags", "purchases", "total_spent", "last_purchase"];
    const NUMERIC: &'static [&'static str] = &["id", "purchases", "total_spent"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            c.opt(&self.r#ref),
            self.name.clone(),
            c.opt(&self.email),
            c.opt(&self.phone),
            c.opt(&self.city),
            c.list(&self.tags),
            self.purchases.to_string(),
            c.money(self.total_spent),
            c.opt(&self.last_purchase),
        ]
    }
}

impl From<contacts::ContactSummary> for ContactRow {
    fn from(s: contacts::ContactSummary) -> Self {
        ContactRow {
            id: s.id,
            r#ref: s.r#ref,
            name: s.name,
            email: s.email,
            phone: s.phone,
            city: s.city,
            tags: s.tags,
            purchases: s.purchases,
            total_spent: s.total_spent,
            last_purchase: s.last_purchase,
        }
    }
}

/// The listing rows of the given contacts, in the given order.
pub fn rows_for(conn: &rusqlite::Connection, ids: &[i64]) -> Result<Vec<ContactRow>> {
    Ok(contacts::summaries(conn, ids)?.into_iter().map(ContactRow::from).collect())
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    ctx.no_vcf("contact list")?;
    let store = ctx.read()?;
    let filter = ListFilter {
        tags: parse_tags(&a.tags)?,
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
    };
    let rows: Vec<ContactRow> = contacts::list(store.conn(), &filter)?.into_iter().map(ContactRow::from).collect();
    if rows.is_empty() {
        ctx.out.say("no contacts match");
    }
    ctx.out.records(&rows)
}

pub fn load(conn: &rusqlite::Connection, id: i64) -> Result<Contact> {
    contacts::get(conn, id)?.ok_or_else(|| Error::Internal(format!("contact {id} vanished")))
}

fn show(ctx: &Ctx, word: &str) -> Result<()> {
    ctx.no_vcf("contact show")?;
    let store = ctx.read()?;
    let id = resolve_contact(store.conn(), word)?;
    let c = load(store.conn(), id)?;
    let s = purchases::summary(store.conn(), id)?;
    let card = ContactCard::new(c, s)
        .with_scores(store.conn(), ctx.today, ctx.config.value_matrix.active_days)?
        .with_interactions(store.conn())?;
    ctx.out.card(&card)
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    ctx.no_vcf("contact edit")?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, &a.contact)?;
    let mut c = load(&tx, id)?;
    let before = c.fields.clone();
    let every = a.every.as_deref().map(parse_every).transpose()?;
    if let Some(e) = every {
        crate::store::reminders::set_cadence(&tx, id, e)?;
    }
    if a.fields.apply(&mut c.fields)? == 0 && every.is_none() {
        return Err(Error::usage(
            "nothing to change",
            "give the fields to change, e.g. --email new@example.fr or --every 60d (an empty value clears a field)",
        ));
    }
    check_ref_free(&tx, &c.fields, Some(id))?;
    if c.fields.email != before.email || c.fields.phone != before.phone {
        check_duplicates(&tx, &c.fields, Some(id))?;
    }
    contacts::update(&tx, id, &c.fields, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("updated contact {id} ({})", c.fields.name));
    Ok(())
}

fn retag(ctx: &Ctx, word: &str, tags: &[String], add: bool) -> Result<()> {
    let tags = parse_tags(tags)?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, word)?;
    let n = if add { contacts::add_tags(&tx, id, &tags)? } else { contacts::remove_tags(&tx, id, &tags)? };
    if n > 0 {
        contacts::touch(&tx, id, &ctx.timestamp())?;
    }
    tx.commit()?;
    let verb = if add { "added" } else { "removed" };
    ctx.out.say(format!("{verb} {n} tag(s) on contact {id}"));
    Ok(())
}

fn archive(ctx: &Ctx, word: &str, undo: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, word)?;
    let now = ctx.timestamp();
    contacts::set_archived(&tx, id, if undo { None } else { Some(now.as_str()) }, &now)?;
    tx.commit()?;
    ctx.out.say(if undo { format!("contact {id} is active again") } else { format!("archived contact {id}") });
    Ok(())
}

fn rm(ctx: &Ctx, word: &str, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, word)?;
    let c = load(&tx, id)?;
    let s = purchases::summary(&tx, id)?;
    let counts = contacts::child_counts(&tx, id)?;
    if counts.iter().any(|(t, n)| *t == "consent_events" && *n > 0) {
        return Err(Error::user(format!(
            "contact {id} has a consent history, which is kept as proof and cannot be deleted"
        ))
        .with_hint(format!(
            "to erase the person, use `carnet privacy forget id:{id}`; to hide them, `carnet contact archive id:{id}`"
        )));
    }
    let others: Vec<String> =
        counts.into_iter().filter(|(t, n)| *t != "purchases" && *n > 0).map(|(t, n)| format!(", {n} {t}")).collect();
    let what = format!(
        "contact {id} ({}) with {} purchase(s) totalling {}{} and {} tag(s)",
        c.fields.name,
        s.count,
        ctx.out.money.format(s.total),
        others.concat(),
        c.tags.len()
    );
    if !crate::prompt::confirm(&format!("Delete {what}?"), yes)? {
        ctx.out.say("nothing deleted");
        return Ok(());
    }
    contacts::delete(&tx, id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted {what}"));
    Ok(())
}

fn merge(ctx: &Ctx, keep_word: &str, other_word: &str, dry_run: bool, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let keep = resolve_contact(&tx, keep_word)?;
    let other = resolve_contact(&tx, other_word)?;
    if keep == other {
        return Err(Error::user(format!("`{keep_word}` and `{other_word}` are the same contact ({keep})")));
    }
    let k = load(&tx, keep)?;
    let o = load(&tx, other)?;
    let mut merged = k.fields.clone();
    let filled = merged.fill_from(&o.fields);
    let new_tags: Vec<&String> = o.tags.iter().filter(|t| !k.tags.contains(t)).collect();
    let moved = purchases::summary(&tx, other)?.count;
    if !dry_run {
        crate::prompt::require_answer("merging contacts", yes)?;
    }
    ctx.out.say(format!(
        "merge contact {other} ({}) into {keep} ({}): {moved} purchase(s) move; fields filled: {}; tags added: {}",
        o.fields.name,
        k.fields.name,
        if filled.is_empty() { "none".to_string() } else { filled.join(", ") },
        if new_tags.is_empty() {
            "none".to_string()
        } else {
            new_tags.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(", ")
        },
    ));
    if dry_run {
        ctx.out.say("dry run: nothing changed");
        return Ok(());
    }
    if !crate::prompt::confirm(&format!("Merge contact {other} into {keep} and delete {other}?"), yes)? {
        ctx.out.say("nothing merged");
        return Ok(());
    }
    contacts::merge(&tx, keep, other, &merged, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("merged contact {other} into {keep}"));
    Ok(())
}

/// Where an export goes: a file, or stdout.
pub fn open_out(path: &Option<PathBuf>) -> Result<Box<dyn std::io::Write>> {
    match path {
        Some(p) => Ok(Box::new(
            std::fs::File::create(p).map_err(|e| Error::user(format!("cannot write {}: {}", p.display(), e.kind())))?,
        )),
        None => Ok(Box::new(std::io::stdout().lock())),
    }
}
