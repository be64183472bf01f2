//! `carnet report rfm|value-matrix|pareto|migration`.

use super::flags;
use crate::app::reports::{self, Scoring};
use crate::context::Ctx;
use crate::domain::dates::from_day_number;
use crate::domain::labels::NO_LABEL;
use crate::domain::rfm::{FrequencyBasis, Scored};
use crate::domain::summary::{by_cell, by_segment};
use crate::error::Result;
use crate::output::report_rows::{bound_rows, CustomerRow, VmCustomerRow};
use crate::output::reports as view;
use crate::output::Format;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// RFM: who your best customers are, who is slipping away.
    #[command(after_help = RFM_HELP)]
    Rfm(RfmArgs),
    /// The customer value matrix: visits against average purchase.
    #[command(after_help = VM_HELP)]
    ValueMatrix(VmArgs),
    /// How concentrated revenue is: top customers' share and ABC classes.
    #[command(
        after_help = "Examples:\n  carnet report pareto\n  carnet report pareto --since 2024-01-01 --until 2024-12-31 --customers --format csv"
    )]
    Pareto(super::report_trends::ParetoArgs),
    /// Open deals by stage, the weighted forecast by month, win rate, late deals.
    #[command(
        after_help = "Examples:\n  carnet report pipeline\n  carnet report pipeline --by-month --format csv\n  carnet report pipeline --since 2024-01-01 --until 2024-06-30"
    )]
    Pipeline(super::report_pipeline::PipelineArgs),
    /// Consent: contacts per channel and status, grants and withdrawals per month.
    Consent,
    /// Lifetime value: who is likely to come back, how often, for how much.
    Clv(super::report_clv::ClvArgs),
    /// Current against potential value: who to keep, grow, maintain or let be.
    Profitability(super::report_profitability::ProfitabilityArgs),
    /// What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together.
    #[command(
        after_help = "Examples:\n  carnet report categories\n  carnet report categories --cross --format csv\n  carnet report categories --customers --format csv\n  carnet report categories --as-of 2025-12-31"
    )]
    Categories(super::report_frat::CategoriesArgs),
    /// Where customers buy: per sales channel, and who uses several.
    #[command(after_help = "Example:\n  carnet report channels --format json")]
    Channels(super::report_frat::ChannelsArgs),
    /// How customers moved between RFM segments from one date to another.
    #[command(
        after_help = "Examples:\n  carnet report migration --from 2024-01-01 --to 2024-06-30\n  carnet report migration --from -90d --to today --format csv"
    )]
    Migration(super::report_trends::MigrationArgs),
    /// Cohort retention: of the customers who first came in a period, how many come back.
    #[command(after_help = super::report_cohorts::COHORTS_HELP)]
    Cohorts(super::report_cohorts::CohortsArgs),
    /// The shop on one page: a self-contained HTML file of charts, printable on A4.
    #[command(after_help = super::report_dashboard::DASHBOARD_HELP)]
    Dashboard(super::report_dashboard::DashboardArgs),
    /// Service requests: open ones by status and age, turnaround, promises kept, complaints.
    #[command(after_help = super::report_service::SERVICE_HELP)]
    Service(super::report_service::ServiceArgs),
    /// What customers think: NPS and mean score by month or segment, with intervals.
    #[command(
        after_help = "Examples:\n  carnet report satisfaction\n  carnet report satisfaction --by segment --format csv"
    )]
    Satisfaction(super::report_loyalty::SatisfactionArgs),
    /// The loyalty matrix: latest satisfaction against visit frequency (Dick & Basu).
    #[command(after_help = super::report_loyalty::MATRIX_HELP)]
    LoyaltyMatrix(super::report_loyalty::MatrixArgs),
    /// The loyalty card: members, points outstanding, rewards, members' visits.
    #[command(after_help = "Examples:\n  carnet report loyalty\n  carnet report loyalty --by-month --format csv")]
    Loyalty(super::report_loyalty::LoyaltyArgs),
    /// Work out again the figures a big shop's contact cards place each customer among.
    #[command(after_help = REFRESH_HELP)]
    Refresh,
}

const REFRESH_HELP: &str = "\
From 10,000 customers on, `contact show` does not score the customer
among all the others at each card: it reads the score bounds, the value
matrix's means and the lifetime-value fit as last worked out, and says
which day they are of (population_at) and how many purchases came since
(purchases_since_population). Imports, their undo and the demo work them
out again; sales added one by one leave them. Run this, say each night
from cron, to bring them up to date. A smaller shop's cards work them out
each time, exactly.

Example:
  carnet report refresh";

const RFM_HELP: &str = "\
Rules: customers are contacts with a purchase on or before --as-of.
recency_days = as-of − last purchase; frequency = distinct purchase days
(--frequency-basis rows counts purchases); monetary = total spent.
Scores 1–5: 1 + floor(5 × below / N), below = customers strictly worse;
ties share the lower score, so a score can be empty. Segments come from
the R and F scores.

Examples:
  carnet report rfm
  carnet report rfm --as-of 2024-06-30 --customers --format csv
  carnet report rfm --segment \"at risk\"";

const VM_HELP: &str = "\
Rules (Marcus, 1998): frequency and average purchase are each split at
their mean over the active customers; ≥ the mean is high. Best = high
both; Frequent = high frequency; Spenders = high average; Uncertain = low
both. Customers with no purchase for more than --active-days (config
value_matrix.active_days, default 365) are Inactive and left out of the
means, unless --include-inactive.

Examples:
  carnet report value-matrix
  carnet report value-matrix --customers --format json";

/// Options shared by the reports scored on a day.
#[derive(Debug, Args)]
pub struct AsOfArgs {
    /// Compute as of this day: later purchases are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// Count visits as distinct days (default) or as purchases.
    #[arg(long, value_enum, default_value = "days")]
    pub frequency_basis: FrequencyBasis,
    #[command(flatten)]
    pub scope: flags::ScopeArgs,
}

#[derive(Debug, Args)]
pub struct RfmArgs {
    #[command(flatten)]
    pub at: AsOfArgs,
    /// One row per customer instead of the summary.
    #[arg(long)]
    pub customers: bool,
    /// Only customers of this segment (implies --customers).
    #[arg(long)]
    pub segment: Option<String>,
    /// Print the score bounds as records (the table view shows them below the summary).
    #[arg(long, conflicts_with_all = ["customers", "segment"])]
    pub bounds: bool,
    /// Score each contact (default), or each company as one customer: its
    /// own purchases and its people's.
    #[arg(long, value_enum, default_value = "contact")]
    pub by: ByArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ByArg {
    Contact,
    Company,
}

#[derive(Debug, Args)]
pub struct VmArgs {
    #[command(flatten)]
    pub at: AsOfArgs,
    /// The activity window in days, up to 100 years (default: config value_matrix.active_days).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=36_525))]
    pub active_days: Option<u32>,
    /// Keep every customer in the matrix, however long ago they bought.
    #[arg(long, conflicts_with = "active_days")]
    pub include_inactive: bool,
    /// One row per customer instead of the matrix.
    #[arg(long)]
    pub customers: bool,
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    ctx.no_vcf("report")?;
    match cmd {
        ReportCommand::Rfm(a) => rfm_report(ctx, a),
        ReportCommand::ValueMatrix(a) => vm_report(ctx, a),
        ReportCommand::Pareto(a) => super::report_trends::pareto(ctx, a),
        ReportCommand::Migration(a) => super::report_trends::migration(ctx, a),
        ReportCommand::Categories(a) => super::report_frat::categories(ctx, a),
        ReportCommand::Channels(a) => super::report_frat::channels(ctx, a),
        ReportCommand::Pipeline(a) => super::report_pipeline::pipeline(ctx, a),
        ReportCommand::Service(a) => super::report_service::service(ctx, a),
        ReportCommand::Consent => super::consent::report(ctx),
        ReportCommand::Clv(a) => super::report_clv::run(ctx, a),
        ReportCommand::Profitability(a) => super::report_profitability::run(ctx, a),
        ReportCommand::Cohorts(a) => super::report_cohorts::cohorts(ctx, a),
        ReportCommand::Dashboard(a) => super::report_dashboard::dashboard(ctx, a),
        ReportCommand::Satisfaction(a) => super::report_loyalty::satisfaction(ctx, a),
        ReportCommand::LoyaltyMatrix(a) => super::report_loyalty::matrix(ctx, a),
        ReportCommand::Loyalty(a) => super::report_loyalty::loyalty(ctx, a),
        ReportCommand::Refresh => refresh(ctx),
    }
}

/// `report refresh`: the figures the cards read, worked out and kept.
fn refresh(ctx: &Ctx) -> Result<()> {
    let mut app = ctx.write()?;
    let done = crate::app::population::refresh(&mut app)?;
    ctx.tell(
        "msg-population-refreshed",
        &[("customers", done.customers.into()), ("day", ctx.day_text(done.as_of).into())],
    );
    Ok(())
}

/// A report with no customers says why on stderr; JSON still gets `[]`.
pub fn say_empty(ctx: &Ctx, why: &crate::i18n::Text) -> Result<()> {
    ctx.out.say(why.render(ctx.out.lang));
    if ctx.out.format == Format::Json {
        ctx.out.data("[]\n")
    } else {
        Ok(())
    }
}

fn rfm_report(ctx: &Ctx, a: RfmArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.at.as_of)?;
    let only = match &a.segment {
        Some(name) => Some(flags::rfm_segment(name, ctx.out.lang)?),
        None => None,
    };
    let app = ctx.read()?;
    let scope = a.at.scope.resolve(ctx, &app)?;
    let listing = a.customers || only.is_some();
    let (labels, scoring) = reports::labelled(&app, listing, || match a.by {
        ByArg::Contact => reports::rfm(&app, &scope, as_of, a.at.frequency_basis),
        ByArg::Company => crate::app::companies::rfm(&app, &scope, as_of, a.at.frequency_basis),
    })?;
    let scored = match scoring {
        Scoring::Empty(why) => return say_empty(ctx, &why),
        Scoring::Ready(s) => s,
    };
    if listing {
        let marketing = crate::app::campaigns::net_of_marketing(&app, as_of)?;
        let slots = labels.align(scored.iter().map(|s| s.history.contact_id));
        let order: Vec<u32> = (0..scored.len() as u32)
            .filter(|&i| slots[i as usize] != NO_LABEL && only.is_none_or(|o| scored[i as usize].segment == o))
            .collect();
        let mut sink = ctx.out.sink::<CustomerRow>(Box::new(std::io::stdout().lock()))?;
        sink.push_all(&order, |i| {
            let s = &scored[i as usize];
            let (r, name) = labels.get(slots[i as usize]);
            let (marketing_cost, net_value) = marketing.of(s.history.contact_id);
            CustomerRow {
                contact_id: s.history.contact_id,
                r#ref: r,
                name,
                first_purchase: from_day_number(s.history.first_day),
                last_purchase: from_day_number(s.history.last_day),
                recency_days: s.recency_days,
                frequency: s.frequency,
                monetary_total: s.monetary_total,
                monetary_avg: s.monetary_avg(),
                r_score: s.r,
                f_score: s.f,
                m_score: s.m,
                rfm_code: s.rfm_code(),
                segment: s.segment,
                marketing_cost,
                net_value,
            }
        })?;
        return sink.finish();
    }
    if a.bounds {
        return ctx.out.records(&bound_rows(&scored));
    }
    rfm_summary(ctx, &scored, as_of)
}

/// The segment summary: records for scripts, the full view for people.
pub fn rfm_summary(ctx: &Ctx, scored: &[Scored], as_of: NaiveDate) -> Result<()> {
    let rows = by_segment(scored);
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    ctx.out.data(&view::rfm_summary(&ctx.out.money, scored, &rows, as_of))
}

fn vm_report(ctx: &Ctx, a: VmArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.at.as_of)?;
    let window =
        if a.include_inactive { None } else { Some(a.active_days.unwrap_or(ctx.config.value_matrix.active_days)) };
    let app = ctx.read()?;
    let scope = a.at.scope.resolve(ctx, &app)?;
    let (labels, scoring) =
        reports::labelled(&app, a.customers, || reports::rfm(&app, &scope, as_of, a.at.frequency_basis))?;
    let scored = match scoring {
        Scoring::Empty(why) => return say_empty(ctx, &why),
        Scoring::Ready(s) => s,
    };
    let m = crate::app::scores::matrix(&scored, window);
    if a.customers {
        let slots = labels.align(scored.iter().map(|s| s.history.contact_id));
        let order: Vec<u32> = (0..scored.len() as u32).filter(|&i| slots[i as usize] != NO_LABEL).collect();
        let mut sink = ctx.out.sink::<VmCustomerRow>(Box::new(std::io::stdout().lock()))?;
        sink.push_all(&order, |i| {
            let s = &scored[i as usize];
            let (r, name) = labels.get(slots[i as usize]);
            VmCustomerRow {
                contact_id: s.history.contact_id,
                r#ref: r,
                name,
                frequency: s.frequency,
                monetary_avg: s.monetary_avg(),
                recency_days: s.recency_days,
                cell: m.cells[i as usize],
            }
        })?;
        return sink.finish();
    }
    let rows = by_cell(&scored, &m, window.is_some());
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    ctx.out.data(&view::value_matrix(&ctx.out.money, &m, &rows, window, as_of))
}
