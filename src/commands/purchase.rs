//! `carnet purchase ...`: what customers bought.

use super::contact::{open_out, report_created};
use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::dates::parse_day;
use crate::domain::money::{parse_amount, Cents};
use crate::error::{Error, Result};
use crate::output::{Cells, Format, Record};
use crate::store::purchases::{self, NewPurchase, Purchase, PurchaseFilter};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum PurchaseCommand {
    /// Record a purchase (a negative amount is a refund).
    #[command(
        after_help = "Amounts: 45.50, 45,50, 45 or 1 234,50 (two decimals at most).\nDates: YYYY-MM-DD, today, yesterday, or -3d for three days ago.\n\nExamples:\n  carnet purchase add helene@example.fr 45,50\n  carnet purchase add ref:007 120 --date 2024-03-14 --order-ref F-2024-031\n  carnet purchase add 12 -15.00 --note \"returned a mug\""
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
    /// Import purchases from a CSV file, all or nothing.
    Import(super::purchase_import::ImportArgs),
    /// Export purchases as CSV (the import's columns) or JSON.
    #[command(
        after_help = "Examples:\n  carnet purchase export > purchases.csv\n  carnet purchase export --since 2024-01-01 --format json --out 2024.json"
    )]
    Export {
        #[command(flatten)]
        filter: FilterArgs,
        /// Write to this file instead of stdout.
        #[arg(long, short)]
        out: Option<PathBuf>,
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
    #[arg(long, short = 'n')]
    pub limit: Option<u64>,
}

pub fn run(ctx: &Ctx, cmd: PurchaseCommand) -> Result<()> {
    match cmd {
        PurchaseCommand::Add(a) => add(ctx, a),
        PurchaseCommand::List(f) => list(ctx, f),
        PurchaseCommand::Rm { id, yes } => rm(ctx, id, yes),
        PurchaseCommand::Import(a) => super::purchase_import::import(ctx, a),
        PurchaseCommand::Export { filter, out } => export(ctx, filter, out),
    }
}

/// A purchase as listed and exported. `customer_id` is the contact's ref,
/// so an export can be imported again.
#[derive(Serialize)]
pub struct PurchaseRow {
    id: i64,
    date: NaiveDate,
    customer_id: Option<String>,
    contact_id: i64,
    contact_name: String,
    amount: Cents,
    note: Option<String>,
    order_ref: Option<String>,
    batch_id: Option<i64>,
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
            batch_id: p.batch_id,
        }
    }
}

impl Record for PurchaseRow {
    const HEADERS: &'static [&'static str] =
        &["id", "date", "customer_id", "contact_id", "contact_name", "amount", "note", "order_ref", "batch_id"];
    const NUMERIC: &'static [&'static str] = &["id", "contact_id", "amount", "batch_id"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.date.to_string(),
            c.opt(&self.customer_id),
            self.contact_id.to_string(),
            self.contact_name.clone(),
            c.money(self.amount),
            c.opt(&self.note),
            c.opt(&self.order_ref),
            c.opt(&self.batch_id),
        ]
    }
}

fn day_arg(ctx: &Ctx, flag: &str, v: &str) -> Result<NaiveDate> {
    parse_day(v, ctx.today).map_err(|e| Error::user(format!("--{flag}: {e}")))
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    ctx.no_vcf("purchase add")?;
    let amount = parse_amount(&a.amount).map_err(|e| Error::user(format!("amount `{}`: {e}", a.amount)))?;
    let day = match &a.date {
        Some(d) => day_arg(ctx, "date", d)?,
        None => ctx.today,
    };
    if day > ctx.today {
        ctx.out.warn(format!("{day} is after today ({})", ctx.today));
    }
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let contact_id = resolve_contact(&tx, &a.contact)?;
    let p = NewPurchase {
        contact_id,
        day,
        amount,
        note: a.note.as_deref().filter(|s| !s.trim().is_empty()),
        order_ref: a.order_ref.as_deref().filter(|s| !s.trim().is_empty()),
        batch_id: None,
    };
    let id = purchases::insert(&tx, &p)?;
    let row = purchases::get(&tx, id)?.ok_or_else(|| Error::Internal("purchase vanished".into()))?;
    tx.commit()?;
    let msg = format!("recorded purchase {id}: {} on {day} for {}", ctx.out.money.format(amount), row.contact_name);
    report_created(ctx, id, &msg, || Ok(PurchaseRow::from(row)))
}

fn filter(ctx: &Ctx, conn: &rusqlite::Connection, f: &FilterArgs, newest_first: bool) -> Result<PurchaseFilter> {
    Ok(PurchaseFilter {
        contact_id: f.contact.as_deref().map(|c| resolve_contact(conn, c)).transpose()?,
        since: f.since.as_deref().map(|d| day_arg(ctx, "since", d)).transpose()?,
        until: f.until.as_deref().map(|d| day_arg(ctx, "until", d)).transpose()?,
        limit: f.limit,
        newest_first,
    })
}

fn list(ctx: &Ctx, f: FilterArgs) -> Result<()> {
    ctx.no_vcf("purchase list")?;
    let store = ctx.read()?;
    let filter = filter(ctx, store.conn(), &f, true)?;
    let mut sink = ctx.out.sink::<PurchaseRow>(Box::new(std::io::stdout().lock()))?;
    let mut n = 0;
    purchases::for_each(store.conn(), &filter, |p| {
        n += 1;
        sink.push(&PurchaseRow::from(p))
    })?;
    sink.finish()?;
    if n == 0 {
        ctx.out.say("no purchases match");
    }
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let p = purchases::get(&tx, id)?.ok_or_else(|| {
        Error::user(format!("no purchase with id {id}")).with_hint("see the ids with `carnet purchase list`")
    })?;
    let what = format!("purchase {id} ({} on {} by {})", ctx.out.money.format(p.amount), p.date, p.contact_name);
    if !crate::prompt::confirm(&format!("Delete {what}?"), yes)? {
        ctx.out.say("nothing deleted");
        return Ok(());
    }
    purchases::delete(&tx, id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted {what}"));
    Ok(())
}

fn export(ctx: &Ctx, f: FilterArgs, out: Option<PathBuf>) -> Result<()> {
    ctx.no_vcf("purchase export")?;
    let store = ctx.read()?;
    let filter = filter(ctx, store.conn(), &f, false)?;
    let mut o = ctx.out.clone();
    if ctx.format_arg.is_none() {
        o.format = Format::Csv;
    }
    let mut sink = o.sink::<PurchaseRow>(open_out(&out)?)?;
    let mut n = 0;
    purchases::for_each(store.conn(), &filter, |p| {
        n += 1;
        sink.push(&PurchaseRow::from(p))
    })?;
    sink.finish()?;
    if let Some(p) = &out {
        ctx.out.say(format!("exported {n} purchase(s) to {}", p.display()));
    }
    Ok(())
}
