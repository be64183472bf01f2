//! `carnet purchase ...`: what customers bought.

use super::flags;
use crate::app::purchases::{self, NewSale, Selection};
use crate::app::views::Purchase;
use crate::app::Done;
use crate::context::Ctx;
use crate::domain::money::{parse_amount, Cents};
use crate::error::{Error, Result};
use crate::output::file::Destination;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum PurchaseCommand {
    /// Record a purchase (a negative amount is a refund).
    #[command(
        after_help = "Amounts: 45.50, 45,50, 45 or 1 234,50 (two decimals at most).\nDates: YYYY-MM-DD, today, yesterday, or -3d for three days ago; 28/11/2026,\n28/11, aujourd'hui, hier, -3j with a French locale or date_format = \"DD/MM/YYYY\".\n\nExamples:\n  carnet purchase add helene@example.fr 45,50\n  carnet purchase add ref:007 120 --date 2024-03-14 --order-ref F-2024-031\n  carnet purchase add 12 -15.00 --note \"returned a mug\""
    )]
    Add(AddArgs),
    /// List purchases, newest first.
    #[command(
        after_help = "Examples:\n  carnet purchase list --contact 12\n  carnet purchase list --since 2024-01-01 --until 2024-03-31 --format csv"
    )]
    List(FilterArgs),
    /// Delete a purchase recorded by mistake.
    Rm {
        /// The purchase id (see `carnet purchase list`).
        id: i64,
        /// Do not ask for confirmation (needed without a terminal).
        #[arg(long, short)]
        yes: bool,
    },
    /// What customers buy: list, rename and merge the categories.
    #[command(subcommand)]
    Categories(super::purchase_categories::CategoriesCommand),
    /// Import purchases from a CSV file, all or nothing.
    Import(super::purchase_import::ImportArgs),
    /// Export purchases as CSV (the import's columns) or JSON.
    #[command(
        after_help = "Examples:\n  carnet purchase export > purchases.csv\n  carnet purchase export --since 2024-01-01 --format json --out 2024.json"
    )]
    Export {
        #[command(flatten)]
        filter: FilterArgs,
        /// Write to this file instead of stdout (never the database; an
        /// existing file only with --force).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Who bought: id, ref, email or name.
    pub contact: String,
    /// How much: 45.50, 45,50 or 1 234,50; negative for a refund.
    #[arg(allow_hyphen_values = true)]
    pub amount: String,
    /// The day of the purchase (default: today).
    #[arg(long, short, allow_hyphen_values = true)]
    pub date: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// Your invoice or order number.
    #[arg(long)]
    pub order_ref: Option<String>,
    /// What was bought (bouquet, workshop, repair...): any words; `Bouquet`
    /// and `bouquet` are one category.
    #[arg(long)]
    pub category: Option<String>,
    /// Where it was sold: one of the config's sales_channels (shop, market,
    /// online, phone, fair by default).
    #[arg(long)]
    pub channel: Option<String>,
}

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only this contact's purchases.
    #[arg(long, short)]
    pub contact: Option<String>,
    /// From this day on (YYYY-MM-DD, today, -30d).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Up to and including this day.
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// At most this many rows (up to a billion).
    #[arg(long, short = 'n', value_parser = clap::value_parser!(u64).range(0..=crate::commands::flags::MAX_LIMIT))]
    pub limit: Option<u64>,
    /// Only purchases of this category.
    #[arg(long)]
    pub category: Option<String>,
    /// Only purchases made on this sales channel.
    #[arg(long)]
    pub channel: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: PurchaseCommand) -> Result<()> {
    match cmd {
        PurchaseCommand::Add(a) => add(ctx, a),
        PurchaseCommand::List(f) => list(ctx, f),
        PurchaseCommand::Rm { id, yes } => rm(ctx, id, yes),
        PurchaseCommand::Categories(c) => super::purchase_categories::run(ctx, c),
        PurchaseCommand::Import(a) => super::purchase_import::import(ctx, a),
        PurchaseCommand::Export { filter, out, force } => export(ctx, filter, out, force),
    }
}

crate::record! {
    /// A purchase as listed and exported. `customer_id` is the contact's
    /// ref, so an export can be imported again.
    pub struct PurchaseRow {
        id: i64,
        date: NaiveDate,
        customer_id: Option<String>,
        contact_id: i64,
        contact_name: String,
        amount: Cents,
        note: Option<String>,
        order_ref: Option<String>,
        category: Option<String>,
        channel: Option<String>,
        batch_id: Option<i64>,
        recorded_by: Option<String>,
    }
    numeric: [id, contact_id, amount, batch_id]
    narrow_drops: [recorded_by, batch_id, contact_id, order_ref, note, channel, customer_id, category]
}

impl From<Purchase> for PurchaseRow {
    fn from(p: Purchase) -> Self {
        PurchaseRow {
            id: p.id,
            date: p.date,
            customer_id: p.contact_ref,
            contact_id: p.contact_id,
            contact_name: p.contact_name,
            amount: p.amount,
            note: p.note,
            order_ref: p.order_ref,
            category: p.category,
            channel: p.channel,
            batch_id: p.batch_id,
            recorded_by: p.recorded_by,
        }
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    ctx.no_vcf("purchase add")?;
    let amount = parse_amount(&a.amount).map_err(|e| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-flag-value",
            crate::targs!["flag" => "amount", "value" => crate::error::echo(&a.amount), "why" => e.text()],
        )
    })?;
    let day = flags::day_or_today(ctx, "--date", &a.date)?;
    // The same rule as `purchase import`: 1900 to a year ahead.
    crate::domain::dates::check_plausible(day, ctx.today).map_err(|e| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-flag-value",
            crate::targs!["flag" => "--date", "value" => a.date.clone().unwrap_or_default(), "why" => e.0],
        )
    })?;
    if day > ctx.today {
        ctx.out.warn(
            ctx.text(
                "warn-after-today",
                &[("day", ctx.day_text(day).into()), ("today", ctx.day_text(ctx.today).into())],
            ),
        );
    }
    let sale = NewSale {
        contact: a.contact,
        day,
        amount,
        note: a.note,
        order_ref: a.order_ref,
        category: a.category,
        channel: a.channel,
    };
    let mut app = ctx.write()?;
    let row = purchases::add(&mut app, &sale)?;
    let msg = crate::i18n::tr_args(
        ctx.out.lang,
        "msg-purchase-recorded",
        &[
            ("id", row.id.into()),
            ("amount", ctx.out.money.format(amount).into()),
            ("day", crate::output::Cells::table(&ctx.out.money, ctx.out.lang).date(day).into()),
            ("name", row.contact_name.clone().into()),
        ],
    );
    flags::report_created(ctx, row.id, &msg, || PurchaseRow::from(row))
}

fn selection(ctx: &Ctx, f: FilterArgs, newest_first: bool) -> Result<Selection> {
    Ok(Selection {
        since: flags::opt_day(ctx, "--since", &f.since)?,
        until: flags::opt_day(ctx, "--until", &f.until)?,
        contact: f.contact,
        limit: f.limit,
        newest_first,
        category: f.category,
        channel: f.channel,
    })
}

fn list(ctx: &Ctx, f: FilterArgs) -> Result<()> {
    ctx.no_vcf("purchase list")?;
    let sel = selection(ctx, f, true)?;
    let app = ctx.read()?;
    let mut sink = ctx.out.sink::<PurchaseRow>(Box::new(std::io::stdout().lock()))?;
    let n = purchases::for_each(&app, &sel, |p| sink.push(&PurchaseRow::from(p)))?;
    sink.finish()?;
    if n == 0 {
        ctx.out.say(crate::i18n::tr(ctx.out.lang, "msg-no-purchases"));
    }
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Delete)?;
    let lang = ctx.out.lang;
    let cells = crate::output::Cells::table(&ctx.out.money, lang);
    let said = |msg: &str, p: &Purchase| {
        crate::i18n::tr_args(
            lang,
            msg,
            &[
                ("id", id.into()),
                ("amount", ctx.out.money.format(p.amount).into()),
                ("day", cells.date(p.date).into()),
                ("name", p.contact_name.as_str().into()),
            ],
        )
    };
    match purchases::remove(&mut app, id, &mut |p| {
        crate::output::prompt::confirm(&said("msg-purchase-delete", p), yes)
    })? {
        Done::Done(p) => ctx.out.say(said("msg-purchase-deleted", &p)),
        Done::Declined => ctx.out.say(crate::i18n::tr(lang, "msg-nothing-deleted")),
    }
    Ok(())
}

fn export(ctx: &Ctx, f: FilterArgs, out: Option<PathBuf>, force: bool) -> Result<()> {
    ctx.no_vcf("purchase export")?;
    let sel = selection(ctx, f, false)?;
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::ExportPeople)?;
    // Exports are for machines: a table is not an export format.
    let mut o = ctx.out.for_export(ctx.format_arg.is_none());
    o.to_file = out.is_some();
    let mut dest = Destination::open(&out, force, &ctx.db_path)?;
    let mut sink = o.sink::<PurchaseRow>(dest.writer())?;
    let n = purchases::for_each(&app, &sel, |p| sink.push(&PurchaseRow::from(p)))?;
    sink.finish()?;
    dest.finish()?;
    if let Some(p) = &out {
        ctx.tell("msg-purchases-exported", &[("count", n.into()), ("path", p.display().to_string().into())]);
    }
    Ok(())
}
