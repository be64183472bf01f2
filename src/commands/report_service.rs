//! `report service`: how the service side of the shop is doing.

use super::flags;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::service::{kind_row, month_row, status_row};
use crate::output::Format;
use clap::{Args, ValueEnum};

pub const SERVICE_HELP: &str = "\
Rules: open requests are counted as of today, by status, with their age
(days since they came in). Turnaround is the days from coming in to
delivery (the day it became ready, or was collected if it never was),
over the requests collected in the period; on time means delivered on or
before the promised day, over those with a promise. Complaints per 100
customers: complaints opened in the month × 100 / the customers who
bought that month.

Examples:
  carnet report service
  carnet report service --by kind --format csv
  carnet report service --by month --since 2024-01-01 --format json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Status,
    Kind,
    Month,
}

#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// Start of the period (default: 365 days before --until).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// End of the period (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// One table: open requests by status, closed ones by kind, or complaints by month (a table shows all three without it; CSV shows by status).
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

pub fn service(ctx: &Ctx, a: ServiceArgs) -> Result<()> {
    let until = flags::day_or_today(ctx, "--until", &a.until)?;
    let since = match flags::opt_day(ctx, "--since", &a.since)? {
        Some(s) => s,
        None => crate::domain::dates::add_days(until, -365).ok_or_else(|| {
            Error::t(crate::error::Kind::Invalid, "date-outside-calendar", crate::targs!["s" => until.to_string()])
                .for_flag("--until")
        })?,
    };
    if since > until {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-since-after-until",
            crate::targs!["since" => since.to_string(), "until" => until.to_string()],
        ));
    }
    let app = ctx.read()?;
    let r = crate::app::service_report::report(&app, since, until)?;
    for s in r.statuses.iter().filter(|s| !s.configured) {
        ctx.out.warn(
            ctx.text("warn-service-status-unlisted", &[("count", s.open.into()), ("status", s.status.as_str().into())]),
        );
    }
    let statuses: Vec<_> = r.statuses.iter().map(status_row).collect();
    let kinds: Vec<_> = r.kinds.iter().map(kind_row).collect();
    let months: Vec<_> = r.months.iter().map(month_row).collect();
    match (a.by, ctx.out.format) {
        (Some(By::Status), _) => ctx.out.records(&statuses),
        (Some(By::Kind), _) => ctx.out.records(&kinds),
        (Some(By::Month), _) => ctx.out.records(&months),
        (None, Format::Json) => {
            let doc = serde_json::json!({
                "since": since, "until": until, "statuses": statuses, "kinds": kinds, "months": months,
            });
            ctx.out.data(&format!("{}\n", serde_json::to_string_pretty(&doc)?))
        }
        (None, Format::Csv) => ctx.out.records(&statuses),
        (None, Format::Table) => {
            let heading = |id: &str| ctx.out.data(&format!("{}\n", ctx.text(id, &[])));
            heading("service-report-open")?;
            ctx.out.records(&statuses)?;
            ctx.out.data(&format!(
                "\n{}\n",
                ctx.text(
                    "service-report-closed",
                    &[("since", ctx.day_text(since).into()), ("until", ctx.day_text(until).into())]
                )
            ))?;
            ctx.out.records(&kinds)?;
            ctx.out.data("\n")?;
            heading("service-report-complaints")?;
            ctx.out.records(&months)
        }
    }
}
