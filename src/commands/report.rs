//! `carnet report rfm|value-matrix|pareto|migration`.

use super::analysis;
use crate::context::Ctx;
use crate::domain::dates::{from_day_number, parse_day};
use crate::domain::money::Cents;
use crate::domain::rfm::{self, avg_cents, FrequencyBasis, Scored, Segment};
use crate::domain::value_matrix::Cell;
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, Record};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::collections::HashMap;

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
    /// How customers moved between RFM segments from one date to another.
    #[command(
        after_help = "Examples:\n  carnet report migration --from 2024-01-01 --to 2024-06-30\n  carnet report migration --from -90d --to today --format csv"
    )]
    Migration(super::report_trends::MigrationArgs),
}

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
}

#[derive(Debug, Args)]
pub struct VmArgs {
    #[command(flatten)]
    pub at: AsOfArgs,
    /// The activity window in days (default: config value_matrix.active_days).
    #[arg(long)]
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
        ReportCommand::Pipeline(a) => super::report_pipeline::pipeline(ctx, a),
        ReportCommand::Consent => super::consent::report(ctx),
    }
}

pub fn day_flag(ctx: &Ctx, flag: &str, v: &Option<String>) -> Result<NaiveDate> {
    match v {
        Some(s) => parse_day(s, ctx.today).map_err(|e| Error::user(format!("--{flag}: {e}"))),
        None => Ok(ctx.today),
    }
}

pub fn share(part: f64, whole: f64) -> f64 {
    if whole == 0.0 {
        0.0
    } else {
        (part / whole * 10000.0).round() / 10000.0
    }
}

pub fn pct(x: f64) -> String {
    format!("{:.1} %", x * 100.0)
}

/// A bar of block characters, eighths included, `width` wide at 100 %.
pub fn bar(fraction: f64, width: usize) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = (fraction.clamp(0.0, 1.0) * (width * 8) as f64).round() as usize;
    format!("{}{}", "█".repeat(eighths / 8), PARTS[eighths % 8])
}

/// Contact labels for listings.
pub type Labels = HashMap<i64, (Option<String>, String)>;

#[derive(Serialize)]
struct SegmentRow {
    segment: Segment,
    customers: usize,
    share_customers: f64,
    revenue: Cents,
    share_revenue: f64,
    avg_recency_days: f64,
    avg_frequency: f64,
    avg_spend: Cents,
}

impl Record for SegmentRow {
    const HEADERS: &'static [&'static str] = &[
        "segment",
        "customers",
        "share_customers",
        "revenue",
        "share_revenue",
        "avg_recency_days",
        "avg_frequency",
        "avg_spend",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.segment.name().into(),
            self.customers.to_string(),
            self.share_customers.to_string(),
            c.money(self.revenue),
            self.share_revenue.to_string(),
            self.avg_recency_days.to_string(),
            self.avg_frequency.to_string(),
            c.money(self.avg_spend),
        ]
    }
}

#[derive(Serialize)]
struct CustomerRow {
    contact_id: i64,
    r#ref: Option<String>,
    name: String,
    first_purchase: Option<NaiveDate>,
    last_purchase: Option<NaiveDate>,
    recency_days: i32,
    frequency: u32,
    monetary_total: Cents,
    monetary_avg: Cents,
    r_score: u8,
    f_score: u8,
    m_score: u8,
    rfm_code: String,
    segment: Segment,
}

impl Record for CustomerRow {
    const HEADERS: &'static [&'static str] = &[
        "contact_id",
        "ref",
        "name",
        "first_purchase",
        "last_purchase",
        "recency_days",
        "frequency",
        "monetary_total",
        "monetary_avg",
        "r_score",
        "f_score",
        "m_score",
        "rfm_code",
        "segment",
    ];
    const NUMERIC: &'static [&'static str] =
        &["contact_id", "recency_days", "frequency", "monetary_total", "monetary_avg"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.contact_id.to_string(),
            c.opt(&self.r#ref),
            self.name.clone(),
            c.opt(&self.first_purchase),
            c.opt(&self.last_purchase),
            self.recency_days.to_string(),
            self.frequency.to_string(),
            c.money(self.monetary_total),
            c.money(self.monetary_avg),
            self.r_score.to_string(),
            self.f_score.to_string(),
            self.m_score.to_string(),
            self.rfm_code.clone(),
            self.segment.name().into(),
        ]
    }
}

#[derive(Serialize)]
struct BoundRow {
    score: u8,
    customers_r: usize,
    recency_days_min: Option<i64>,
    recency_days_max: Option<i64>,
    customers_f: usize,
    frequency_min: Option<i64>,
    frequency_max: Option<i64>,
    customers_m: usize,
    monetary_min: Option<Cents>,
    monetary_max: Option<Cents>,
}

impl Record for BoundRow {
    const HEADERS: &'static [&'static str] = &[
        "score",
        "customers_r",
        "recency_days_min",
        "recency_days_max",
        "customers_f",
        "frequency_min",
        "frequency_max",
        "customers_m",
        "monetary_min",
        "monetary_max",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.score.to_string(),
            self.customers_r.to_string(),
            c.opt(&self.recency_days_min),
            c.opt(&self.recency_days_max),
            self.customers_f.to_string(),
            c.opt(&self.frequency_min),
            c.opt(&self.frequency_max),
            self.customers_m.to_string(),
            self.monetary_min.map(|m| c.money(m)).unwrap_or_default(),
            self.monetary_max.map(|m| c.money(m)).unwrap_or_default(),
        ]
    }
}

fn bound_rows(scored: &[Scored]) -> Vec<BoundRow> {
    let r = rfm::bounds(scored, |s| s.recency_days as i64, |s| s.r);
    let f = rfm::bounds(scored, |s| s.frequency as i64, |s| s.f);
    let m = rfm::bounds(scored, |s| s.monetary_total.0, |s| s.m);
    (0..5)
        .map(|i| BoundRow {
            score: i as u8 + 1,
            customers_r: r[i].count,
            // Recency: a higher score is a smaller number of days.
            recency_days_min: r[i].min,
            recency_days_max: r[i].max,
            customers_f: f[i].count,
            frequency_min: f[i].min,
            frequency_max: f[i].max,
            customers_m: m[i].count,
            monetary_min: m[i].min.map(Cents),
            monetary_max: m[i].max.map(Cents),
        })
        .collect()
}

fn segment_rows(scored: &[Scored]) -> Vec<SegmentRow> {
    let n = scored.len() as f64;
    let revenue: i64 = scored.iter().map(|s| s.monetary_total.0).sum();
    Segment::ALL
        .iter()
        .filter_map(|&seg| {
            let members: Vec<&Scored> = scored.iter().filter(|s| s.segment == seg).collect();
            if members.is_empty() {
                return None;
            }
            let k = members.len() as f64;
            let rev: i64 = members.iter().map(|s| s.monetary_total.0).sum();
            Some(SegmentRow {
                segment: seg,
                customers: members.len(),
                share_customers: share(k, n),
                revenue: Cents(rev),
                share_revenue: share(rev as f64, revenue as f64),
                avg_recency_days: (members.iter().map(|s| s.recency_days as f64).sum::<f64>() / k * 10.0).round()
                    / 10.0,
                avg_frequency: (members.iter().map(|s| s.frequency as f64).sum::<f64>() / k * 100.0).round() / 100.0,
                avg_spend: avg_cents(rev, members.len() as u32),
            })
        })
        .collect()
}

fn rfm_report(ctx: &Ctx, a: RfmArgs) -> Result<()> {
    let as_of = day_flag(ctx, "as-of", &a.at.as_of)?;
    let only = match &a.segment {
        Some(name) => Some(Segment::parse(name).ok_or_else(|| {
            Error::user(format!("`{name}` is not an RFM segment")).with_hint(format!(
                "the segments are: {}",
                Segment::ALL.iter().map(|s| s.name()).collect::<Vec<_>>().join(", ")
            ))
        })?),
        None => None,
    };
    let store = ctx.read()?;
    let scored = analysis::rfm(store.conn(), as_of, a.at.frequency_basis)?;
    if scored.is_empty() {
        ctx.out.say(analysis::explain_empty(store.conn(), as_of)?);
        return if ctx.out.format == Format::Json { ctx.out.data("[]\n") } else { Ok(()) };
    }
    if a.customers || only.is_some() {
        let mut sink = ctx.out.sink::<CustomerRow>(Box::new(std::io::stdout().lock()))?;
        let mut next = scored.iter().peekable();
        crate::store::analytics::for_each_label(store.conn(), |id, r, name| {
            let Some(s) = next.next_if(|s| s.history.contact_id == id) else {
                return Ok(());
            };
            if only.is_some_and(|o| s.segment != o) {
                return Ok(());
            }
            sink.push(&CustomerRow {
                contact_id: id,
                r#ref: r.map(String::from),
                name: name.to_string(),
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
            })
        })?;
        return sink.finish();
    }
    if a.bounds {
        return ctx.out.records(&bound_rows(&scored));
    }
    rfm_summary(ctx, &scored, as_of)
}

/// The segment summary (and, for people, the score bounds and advice):
/// carnet's headline report, also the last thing `carnet demo` prints.
pub fn rfm_summary(ctx: &Ctx, scored: &[Scored], as_of: NaiveDate) -> Result<()> {
    let rows = segment_rows(scored);
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let revenue: i64 = scored.iter().map(|s| s.monetary_total.0).sum();
    let mut t = new_table();
    t.set_header(["segment", "customers", "share", "", "revenue", "share", "recency", "visits", "spend"]);
    for r in &rows {
        t.add_row([
            r.segment.name().to_string(),
            r.customers.to_string(),
            pct(r.share_customers),
            bar(r.share_customers, 12),
            ctx.out.money.format(r.revenue),
            pct(r.share_revenue),
            format!("{:.0} d", r.avg_recency_days),
            format!("{:.1}", r.avg_frequency),
            ctx.out.money.format(r.avg_spend),
        ]);
    }
    let mut out = format!(
        "RFM as of {as_of}: {} customers, revenue {}\n{t}\n\n",
        scored.len(),
        ctx.out.money.format(Cents(revenue))
    );
    let mut b = new_table();
    b.set_header(["score", "recency (days)", "visits", "spent"]);
    let span = |c: usize, lo: Option<String>, hi: Option<String>| match (lo, hi) {
        (Some(l), Some(h)) if l == h => format!("{l}  ({c})"),
        (Some(l), Some(h)) => format!("{l} – {h}  ({c})"),
        _ => "—".to_string(),
    };
    for r in bound_rows(scored) {
        b.add_row([
            r.score.to_string(),
            span(r.customers_r, r.recency_days_min.map(|v| v.to_string()), r.recency_days_max.map(|v| v.to_string())),
            span(r.customers_f, r.frequency_min.map(|v| v.to_string()), r.frequency_max.map(|v| v.to_string())),
            span(
                r.customers_m,
                r.monetary_min.map(|v| ctx.out.money.format(v)),
                r.monetary_max.map(|v| ctx.out.money.format(v)),
            ),
        ]);
    }
    out.push_str(&format!("What each score covers (customers in brackets):\n{b}\n\nWhat to do:\n"));
    for r in &rows {
        out.push_str(&format!("  {:<19} {}\n", r.segment.name(), r.segment.advice()));
    }
    ctx.out.data(&out)
}

#[derive(Serialize)]
struct CellRow {
    cell: Cell,
    customers: usize,
    share_customers: f64,
    revenue: Cents,
    share_revenue: f64,
    mean_frequency: f64,
    mean_avg_purchase: Cents,
    advice: &'static str,
}

impl Record for CellRow {
    const HEADERS: &'static [&'static str] = &[
        "cell",
        "customers",
        "share_customers",
        "revenue",
        "share_revenue",
        "mean_frequency",
        "mean_avg_purchase",
        "advice",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.cell.name().into(),
            self.customers.to_string(),
            self.share_customers.to_string(),
            c.money(self.revenue),
            self.share_revenue.to_string(),
            self.mean_frequency.to_string(),
            c.money(self.mean_avg_purchase),
            self.advice.into(),
        ]
    }
}

#[derive(Serialize)]
struct VmCustomerRow {
    contact_id: i64,
    r#ref: Option<String>,
    name: String,
    frequency: u32,
    monetary_avg: Cents,
    recency_days: i32,
    cell: Cell,
}

impl Record for VmCustomerRow {
    const HEADERS: &'static [&'static str] =
        &["contact_id", "ref", "name", "frequency", "monetary_avg", "recency_days", "cell"];
    const NUMERIC: &'static [&'static str] = &["contact_id", "frequency", "monetary_avg", "recency_days"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.contact_id.to_string(),
            c.opt(&self.r#ref),
            self.name.clone(),
            self.frequency.to_string(),
            c.money(self.monetary_avg),
            self.recency_days.to_string(),
            self.cell.name().into(),
        ]
    }
}

fn vm_report(ctx: &Ctx, a: VmArgs) -> Result<()> {
    let as_of = day_flag(ctx, "as-of", &a.at.as_of)?;
    let window =
        if a.include_inactive { None } else { Some(a.active_days.unwrap_or(ctx.config.value_matrix.active_days)) };
    let store = ctx.read()?;
    let scored = analysis::rfm(store.conn(), as_of, a.at.frequency_basis)?;
    if scored.is_empty() {
        ctx.out.say(analysis::explain_empty(store.conn(), as_of)?);
        return if ctx.out.format == Format::Json { ctx.out.data("[]\n") } else { Ok(()) };
    }
    let m = analysis::matrix(&scored, window);
    if a.customers {
        let mut sink = ctx.out.sink::<VmCustomerRow>(Box::new(std::io::stdout().lock()))?;
        let mut next = scored.iter().zip(&m.cells).peekable();
        crate::store::analytics::for_each_label(store.conn(), |id, r, name| {
            let Some((s, cell)) = next.next_if(|(s, _)| s.history.contact_id == id) else {
                return Ok(());
            };
            sink.push(&VmCustomerRow {
                contact_id: id,
                r#ref: r.map(String::from),
                name: name.to_string(),
                frequency: s.frequency,
                monetary_avg: s.monetary_avg(),
                recency_days: s.recency_days,
                cell: *cell,
            })
        })?;
        return sink.finish();
    }
    let n = scored.len() as f64;
    let revenue: i64 = scored.iter().map(|s| s.monetary_total.0).sum();
    let mean_avg = Cents(m.mean_avg_cents.round() as i64);
    let mean_f = (m.mean_frequency * 1000.0).round() / 1000.0;
    let rows: Vec<CellRow> = Cell::ALL
        .iter()
        .filter(|&&c| c != Cell::Inactive || window.is_some())
        .map(|&cell| {
            let idx: Vec<usize> = (0..scored.len()).filter(|&i| m.cells[i] == cell).collect();
            let rev: i64 = idx.iter().map(|&i| scored[i].monetary_total.0).sum();
            CellRow {
                cell,
                customers: idx.len(),
                share_customers: share(idx.len() as f64, n),
                revenue: Cents(rev),
                share_revenue: share(rev as f64, revenue as f64),
                mean_frequency: mean_f,
                mean_avg_purchase: mean_avg,
                advice: cell.advice(),
            }
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let get = |c: Cell| rows.iter().find(|r| r.cell == c);
    let cell_text = |c: Cell| match get(c) {
        Some(r) => format!(
            "{}\n{} customers ({})\nrevenue {} ({})",
            c.name().to_uppercase(),
            r.customers,
            pct(r.share_customers),
            ctx.out.money.format(r.revenue),
            pct(r.share_revenue)
        ),
        None => String::new(),
    };
    let mut t = new_table();
    t.load_style(comfy_table::presets::UTF8_FULL);
    let ma = ctx.out.money.format(mean_avg);
    t.set_header(["".to_string(), format!("average purchase < {ma}"), format!("average purchase ≥ {ma}")]);
    t.add_row([format!("visits ≥ {mean_f:.2}"), cell_text(Cell::Frequent), cell_text(Cell::Best)]);
    t.add_row([format!("visits < {mean_f:.2}"), cell_text(Cell::Uncertain), cell_text(Cell::Spenders)]);
    let mut out = format!(
        "Customer value matrix as of {as_of}: {} active customers{}\n{t}\n",
        m.active,
        match window {
            Some(w) => format!(", {} inactive (no purchase in {w} days)", m.inactive),
            None => " (inactive included)".into(),
        }
    );
    out.push_str(&format!(
        "Means over the active customers: {mean_f:.2} visits, average purchase {ma}.\n\nWhat to do:\n"
    ));
    for r in &rows {
        out.push_str(&format!("  {:<10} {}\n", r.cell.name(), r.advice));
    }
    ctx.out.data(&out)
}
