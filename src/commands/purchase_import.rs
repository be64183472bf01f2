//! `purchase import FILE`: arguments and what it prints.

use crate::app::purchase_import::{self, Outcome, Request};
use crate::context::Ctx;
use crate::domain::dates::DateFormat;
use crate::error::{Error, Result};
use crate::output::progress::Bar;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "The file needs a header line naming the customer, the date and the amount\n(note and order_ref are optional), in English or French as tills and\nspreadsheets write them: customer_id / n° client / code client, date / date de\nvente, amount / montant TTC / total, note / libellé, order_ref / n° ticket /\nfacture. Other columns are ignored (listed once). The delimiter (, ; tab) and\nthe encoding (UTF-8, UTF-16, Windows-1252) are detected. customer_id is matched\nto a contact's ref; an unknown one creates a contact with that ref. Amounts may\ncarry the currency (45,50 €); dates may carry a time (the day is kept). A bad\nrow refuses the whole file; up to 20 bad lines are named in one go.\n\nExamples:\n  carnet purchase import sales.csv\n  carnet purchase import ventes.csv --date-format DD/MM/YYYY --dry-run\n  carnet purchase import caisse.csv --map \"Code client=customer_id,Montant TTC=amount\""
)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// How dates are written: DD/MM/YYYY, MM/DD/YYYY, or a strftime pattern.
    #[arg(long, default_value = "YYYY-MM-DD")]
    pub date_format: String,
    /// Check every row and report, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import a file with the same content as an earlier import.
    #[arg(long)]
    pub allow_reimport: bool,
    /// Say which header is which column: "Code client=customer_id,Montant TTC=amount".
    #[arg(long, value_name = "HEADER=COLUMN,...")]
    pub map: Option<String>,
    /// Refuse a file with columns carnet does not use (they are ignored otherwise).
    #[arg(long)]
    pub strict: bool,
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
    }
}

pub fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    ctx.no_vcf("purchase import")?;
    let date_format =
        DateFormat::parse_spec(&a.date_format).map_err(|e| Error::invalid(e.0).for_flag("--date-format"))?;
    let plan = purchase_import::plan(&a.file)?;
    let mut map = match &a.map {
        Some(m) => crate::app::csv_input::parse_map(m)?,
        None => Vec::new(),
    };
    map.extend(ctx.config.import.map.iter().map(|(k, v)| (k.clone(), v.clone())));
    let req = Request {
        file: a.file,
        date_format,
        dry_run: a.dry_run,
        allow_reimport: a.allow_reimport,
        map,
        strict: a.strict,
    };
    let mut app = ctx.write()?;
    let bar = Bar::new(std::fs::metadata(&req.file).map(|m| m.len()).unwrap_or(0));
    let o = purchase_import::run(&mut app, &req, &plan, &bar)?;
    drop(bar);
    say(ctx, &o);
    if ctx.wants_records() {
        ctx.out.card(&Summary {
            batch_id: o.batch_id,
            file: o.file,
            rows_read: o.rows_read,
            purchases_added: o.purchases_added,
            contacts_created: o.contacts_created,
            dry_run: o.dry_run,
        })?;
    }
    Ok(())
}

fn say(ctx: &Ctx, o: &Outcome) {
    let (label, rows, created) = (&o.file, o.rows_read, o.contacts_new);
    if o.encoding != "UTF-8" {
        ctx.tell("msg-import-encoding", &[("file", label.as_str().into()), ("encoding", o.encoding.into())]);
    }
    if !o.unused_columns.is_empty() {
        ctx.tell("msg-import-unused", &[("columns", crate::error::echo_list(&o.unused_columns).into())]);
    }
    let counts = |batch: i64| -> [(&str, fluent_bundle::FluentValue); 4] {
        [("file", label.as_str().into()), ("rows", rows.into()), ("created", created.into()), ("batch", batch.into())]
    };
    match o.batch_id {
        None => ctx.tell("msg-import-dry-run", &counts(0)),
        Some(batch) => ctx.tell("msg-import-done", &counts(batch)),
    }
}
