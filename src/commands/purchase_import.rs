//! `purchase import FILE`: arguments and what it prints.

use crate::app::purchase_import::{self, Outcome, Request};
use crate::context::Ctx;
use crate::domain::dates::DateFormat;
use crate::domain::money::Cents;
use crate::domain::sales_profile::{self, Profile};
use crate::domain::sniff::{DayOrder, Settled};
use crate::error::{Error, Result};
use crate::output::progress::Bar;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "The tool that wrote the file is recognised from its header: a SumUp, Zettle,\nSquare, Shopify, WooCommerce or PrestaShop export, or a French till or Excel\nlayout (N° client;Client;Date;Montant TTC), each read as that tool means it:\nwhich column is the customer, which rows are sales, refunds (made negative),\nline items of one order, or not sales. --profiles lists them, --profile NAME\nnames one, and a shop writes its own in the config ([import.profiles.NAME]).\nOther files need a header naming the customer, the date and the amount, in\nEnglish or French (customer_id / n° client, date / date de vente, amount /\nmontant TTC); what the names do not say the contents may (varying emails are\nthe customer, a column of money the amount). A day above 12 settles the order\nof slashed dates, else the config's date_format or the shop's country does.\nSales without a customer are counted, not imported. The delimiter and the\nencoding are detected. A bad row refuses the whole file; identical errors are\ngrouped.\n\nExamples:\n  carnet purchase import transactions.csv --dry-run\n  carnet purchase import --profiles\n  carnet purchase import caisse.csv --map \"Code client=customer,Canal=ignore\""
)]
pub struct ImportArgs {
    #[arg(required_unless_present = "profiles")]
    pub file: Option<PathBuf>,
    /// How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern
    /// (unset: the profile's, else settled by the file's values).
    #[arg(long)]
    pub date_format: Option<String>,
    /// Check every row and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import a file with the same content as an earlier import.
    #[arg(long)]
    pub allow_reimport: bool,
    /// Say which header is which column: "Code client=customer,Montant TTC=amount,Channel=ignore".
    #[arg(long, value_name = "HEADER=COLUMN,...")]
    pub map: Option<String>,
    /// Refuse a file with columns carnet does not use (they are ignored otherwise).
    #[arg(long)]
    pub strict: bool,
    /// Read the file with this profile (see --profiles) instead of recognising it.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// List the profiles carnet knows (built-in and the config's) and stop.
    #[arg(long, conflicts_with_all = ["dry_run", "profile", "map"])]
    pub profiles: bool,
}

crate::record! {
    /// What an import did, printed for scripts with --format json|csv.
    struct Summary {
        batch_id: Option<i64>,
        file: String,
        rows_read: u64,
        purchases_added: u64,
        contacts_created: u64,
        dry_run: bool,
        profile: Option<String>,
        total: Cents,
        refunds: u64,
        walk_ins: u64,
        walk_in_total: Cents,
        not_sales: u64,
        line_items: u64,
    }
}

crate::record! {
    /// A profile, for `purchase import --profiles`.
    struct ProfileRow {
        name: String,
        source: String,
        title: String,
        columns: String,
    }
}

/// Every profile: the built-in ones, then the config's.
pub fn all_profiles(ctx: &Ctx) -> Vec<Profile> {
    let mut all = sales_profile::builtins();
    all.extend(ctx.config.import.profiles.iter().map(|(name, spec)| Profile::from_spec(name, spec)));
    all
}

fn title(ctx: &Ctx, name: &str, builtin: bool, title: Option<&str>) -> String {
    match (builtin, title) {
        (true, _) => ctx.text(&format!("profile-{name}"), &[]),
        (false, Some(t)) => t.to_string(),
        (false, None) => name.to_string(),
    }
}

fn list_profiles(ctx: &Ctx) -> Result<()> {
    let rows: Vec<ProfileRow> = all_profiles(ctx)
        .iter()
        .map(|p| ProfileRow {
            name: p.name.clone(),
            source: if p.builtin { "built-in" } else { "config" }.into(),
            title: title(ctx, &p.name, p.builtin, p.title.as_deref()),
            columns: p.describe(),
        })
        .collect();
    ctx.out.records(&rows)
}

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    if a.profiles {
        return list_profiles(ctx);
    }
    let Some(file) = a.file else { return list_profiles(ctx) };
    ctx.no_vcf("purchase import")?;
    let date_format = match &a.date_format {
        Some(f) => Some(DateFormat::parse_spec(f).map_err(|e| Error::invalid(e.0).for_flag("--date-format"))?),
        None => None,
    };
    let plan = purchase_import::plan(&file)?;
    let mut map = match &a.map {
        Some(m) => crate::app::csv_input::parse_map(m)?,
        None => Vec::new(),
    };
    map.extend(ctx.config.import.map.iter().map(|(k, v)| (k.clone(), v.clone())));
    use crate::domain::dates::SlashDates;
    let day_order = match ctx.slash_dates {
        SlashDates::MonthFirst => DayOrder::MonthFirst,
        SlashDates::DayFirst => DayOrder::DayFirst,
        _ if ctx.config.country.eq_ignore_ascii_case("US") => DayOrder::MonthFirst,
        _ => DayOrder::DayFirst,
    };
    let req = Request {
        file,
        date_format,
        profile: a.profile,
        profiles: all_profiles(ctx),
        day_order,
        dry_run: a.dry_run,
        allow_reimport: a.allow_reimport,
        map,
        strict: a.strict,
    };
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Import)?;
    let bar = Bar::new(std::fs::metadata(&req.file).map(|m| m.len()).unwrap_or(0));
    let o = purchase_import::run(&mut app, &req, &plan, &bar)?;
    drop(bar);
    say(ctx, &o);
    if ctx.wants_records() {
        ctx.out.card(&Summary {
            batch_id: o.batch_id,
            file: o.file.clone(),
            rows_read: o.rows_read,
            purchases_added: o.purchases_added,
            contacts_created: o.contacts_created,
            dry_run: o.dry_run,
            profile: o.profile.as_ref().map(|p| p.0.clone()),
            total: Cents(o.stats.total),
            refunds: o.stats.refunds,
            walk_ins: o.stats.walk_ins,
            walk_in_total: Cents(o.stats.walk_in_total),
            not_sales: o.stats.not_sales.iter().map(|(_, n)| n).sum(),
            line_items: o.stats.line_items,
        })?;
    }
    Ok(())
}

fn say(ctx: &Ctx, o: &Outcome) {
    let (label, rows, created) = (&o.file, o.rows_read, o.contacts_new);
    if o.encoding != "UTF-8" {
        ctx.tell("msg-import-encoding", &[("file", label.as_str().into()), ("encoding", o.encoding.into())]);
    }
    if let Some((name, builtin, t)) = &o.profile {
        let t = title(ctx, name, *builtin, t.as_deref());
        ctx.tell("msg-import-profile", &[("title", t.into()), ("name", name.as_str().into())]);
    }
    for (role, header) in &o.guessed {
        ctx.tell("msg-import-guessed", &[("header", header.as_str().into()), ("role", (*role).into())]);
    }
    if let Some((how, spelling)) = &o.date_settled {
        let id = match how {
            Settled::ByLocale => "msg-import-dates-locale",
            _ => "msg-import-dates-values",
        };
        ctx.tell(id, &[("format", spelling.as_str().into())]);
    }
    // A profile says what its tool's other columns are: no need to list them.
    if !o.unused_columns.is_empty() && o.profile.is_none() {
        ctx.tell("msg-import-unused", &[("columns", crate::error::echo_list(&o.unused_columns).into())]);
    }
    if o.dry_run {
        for p in &o.stats.preview {
            let who = match &p.name {
                Some(n) => format!("{} ({n})", p.customer),
                None => p.customer.clone(),
            };
            let id = if p.refund { "msg-import-preview-refund" } else { "msg-import-preview" };
            ctx.tell(
                id,
                &[
                    ("customer", who.into()),
                    ("day", ctx.day_text(p.day).into()),
                    ("amount", ctx.out.money.format(p.amount).into()),
                ],
            );
        }
    }
    let s = &o.stats;
    if s.walk_ins > 0 {
        ctx.tell(
            "msg-import-walk-ins",
            &[("count", s.walk_ins.into()), ("total", ctx.out.money.format(Cents(s.walk_in_total)).into())],
        );
    }
    for (what, n) in &s.not_sales {
        ctx.tell("msg-import-not-sales", &[("count", (*n).into()), ("what", what.as_str().into())]);
    }
    if s.line_items > 0 {
        ctx.tell("msg-import-line-items", &[("count", s.line_items.into())]);
    }
    if s.refunds > 0 {
        ctx.tell("msg-import-refunds", &[("count", s.refunds.into())]);
    }
    ctx.tell("msg-import-total", &[("count", rows.into()), ("total", ctx.out.money.format(Cents(s.total)).into())]);
    let counts = |batch: i64| -> [(&str, fluent_bundle::FluentValue); 4] {
        [("file", label.as_str().into()), ("rows", rows.into()), ("created", created.into()), ("batch", batch.into())]
    };
    match o.batch_id {
        None => ctx.tell("msg-import-dry-run", &counts(0)),
        Some(batch) => ctx.tell("msg-import-done", &counts(batch)),
    }
}
