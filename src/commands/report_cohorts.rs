//! `report cohorts`: how many of the customers who first came in a period
//! are still coming back.

use super::flags;
use super::report::say_empty;
use crate::app::reports::Scoring;
use crate::context::Ctx;
use crate::domain::cohorts::{Cohorts, Period};
use crate::domain::money::Cents;
use crate::domain::summary::share;
use crate::error::Result;
use crate::output::{Cells, Format, ToCell};
use clap::Args;

pub const COHORTS_HELP: &str = "\
Rules: a visit is a purchase of a positive amount (a refund is not one).
A customer's cohort is the period of their first visit; active = customers
of the cohort with a visit in that later period; still_active = with a
visit then or later. Revenue is net (refunds included), per customer of the
cohort, summed from the cohort's period. The as-of period is partial.
Churn rate: the share who never came back after their first period; median
lifetime: the first period where half or fewer are still coming back
(both over complete periods only).

Examples:
  carnet report cohorts
  carnet report cohorts --by quarter --since 2023-01-01 --format csv
  carnet report cohorts --summary --format json";

#[derive(Debug, Args)]
pub struct CohortsArgs {
    /// Group customers by the month or the quarter of their first visit.
    #[arg(long, value_enum, default_value = "month")]
    pub by: Period,
    /// Only the cohorts from this day's period on (default: every one).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Compute as of this day: later purchases are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// One record: cohorts, customers, churn rate and median lifetime.
    #[arg(long)]
    pub summary: bool,
}

impl ToCell for Period {
    fn cell(&self, c: &Cells) -> String {
        let name = match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
        };
        c.named("period", name)
    }
}

crate::record! {
    pub struct CohortRow {
        cohort: String,
        customers: u32,
        period: String,
        offset: u32,
        complete: bool,
        active: u32,
        retention: f64,
        still_active: u32,
        still_share: f64,
        revenue: Cents,
        revenue_per_customer: Cents,
    }
    numeric: [customers, offset, active, retention, still_active, still_share, revenue, revenue_per_customer]
}

crate::record! {
    pub struct CohortSummary {
        by: Period,
        as_of: chrono::NaiveDate,
        cohorts: usize,
        customers: u32,
        churn_rate: Option<f64>,
        median_lifetime: Option<u32>,
    }
}

/// The records of a cohort table, cohort by cohort, offset by offset.
pub fn rows(c: &Cohorts) -> Vec<CohortRow> {
    let mut out = Vec::new();
    for h in &c.cohorts {
        for k in 0..h.active.len() {
            let p = h.period + k as i32;
            out.push(CohortRow {
                cohort: c.by.label(h.period),
                customers: h.size,
                period: c.by.label(p),
                offset: k as u32,
                complete: c.complete(p),
                active: h.active[k],
                retention: share(h.active[k] as f64, h.size as f64),
                still_active: h.still[k],
                still_share: share(h.still[k] as f64, h.size as f64),
                revenue: Cents(h.revenue[k]),
                revenue_per_customer: Cents(h.revenue_per_customer(k)),
            });
        }
    }
    out
}

pub fn summary(c: &Cohorts) -> CohortSummary {
    CohortSummary {
        by: c.by,
        as_of: c.as_of,
        cohorts: c.cohorts.len(),
        customers: c.cohorts.iter().map(|h| h.size).sum(),
        churn_rate: c.churn_rate.map(crate::output::round4),
        median_lifetime: c.median_lifetime,
    }
}

pub fn cohorts(ctx: &Ctx, a: CohortsArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let since = flags::opt_day(ctx, "--since", &a.since)?;
    let app = ctx.read()?;
    let c = match crate::app::cohorts::cohorts(&app, a.by, since, as_of)? {
        Scoring::Empty(why) => return say_empty(ctx, &why),
        Scoring::Ready(c) => c,
    };
    if a.summary {
        return ctx.out.card(&summary(&c));
    }
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows(&c));
    }
    ctx.out.data(&crate::output::cohorts::table(&ctx.out.money, ctx.out.lang, &c))
}
