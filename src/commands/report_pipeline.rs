//! `report pipeline`: what the open deals are worth and when they close.

use super::report::{day_flag, pct};
use crate::context::Ctx;
use crate::domain::dates::parse_day;
use crate::domain::money::Cents;
use crate::domain::pipeline::{find_stage, weighted, LOST, WON};
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, Record};
use crate::store::deals::{self, Deal, DealFilter};
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Args)]
pub struct PipelineArgs {
    /// Start of the period for the win rate (default: 365 days before --until).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// End of the period for the win rate (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Rows by expected close month instead of by stage (json/csv).
    #[arg(long)]
    pub by_month: bool,
}

#[derive(Serialize)]
struct StageRow {
    stage: String,
    probability: u8,
    deals: usize,
    total: Cents,
    weighted: Cents,
}

impl Record for StageRow {
    const HEADERS: &'static [&'static str] = &["stage", "probability", "deals", "total", "weighted"];
    const NUMERIC: &'static [&'static str] = &["probability", "deals", "total", "weighted"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.stage.clone(),
            self.probability.to_string(),
            self.deals.to_string(),
            c.money(self.total),
            c.money(self.weighted),
        ]
    }
}

#[derive(Serialize)]
struct MonthRow {
    month: String,
    deals: usize,
    total: Cents,
    weighted: Cents,
}

impl Record for MonthRow {
    const HEADERS: &'static [&'static str] = &["month", "deals", "total", "weighted"];
    const NUMERIC: &'static [&'static str] = &["deals", "total", "weighted"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![self.month.clone(), self.deals.to_string(), c.money(self.total), c.money(self.weighted)]
    }
}

fn probability(ctx: &Ctx, d: &Deal) -> u8 {
    find_stage(&ctx.config.deal_stages, &d.stage).map(|s| s.probability).unwrap_or(0)
}

pub fn pipeline(ctx: &Ctx, a: PipelineArgs) -> Result<()> {
    let until = day_flag(ctx, "until", &a.until)?;
    let since = match &a.since {
        Some(s) => parse_day(s, ctx.today).map_err(|e| Error::user(format!("--since: {e}")))?,
        None => until - chrono::Duration::days(365),
    };
    let store = ctx.read()?;
    let all = deals::list(store.conn(), &DealFilter::default())?;
    let open: Vec<&Deal> = all.iter().filter(|d| d.closed_at.is_none()).collect();
    let stages: Vec<StageRow> = ctx
        .config
        .deal_stages
        .iter()
        .map(|s| {
            let in_stage: Vec<&&Deal> = open.iter().filter(|d| d.stage.eq_ignore_ascii_case(&s.name)).collect();
            let total = Cents(in_stage.iter().map(|d| d.amount.0).sum());
            StageRow {
                stage: s.name.clone(),
                probability: s.probability,
                deals: in_stage.len(),
                total,
                weighted: Cents(in_stage.iter().map(|d| weighted(d.amount, s.probability).0).sum()),
            }
        })
        .collect();
    let mut months: BTreeMap<String, (usize, i64, i64)> = BTreeMap::new();
    for d in &open {
        let key = d.expected_close.map(|c| c.format("%Y-%m").to_string()).unwrap_or_else(|| "no date".into());
        let e = months.entry(key).or_default();
        e.0 += 1;
        e.1 += d.amount.0;
        e.2 += weighted(d.amount, probability(ctx, d)).0;
    }
    let months: Vec<MonthRow> = months
        .into_iter()
        .map(|(month, (deals, total, w))| MonthRow { month, deals, total: Cents(total), weighted: Cents(w) })
        .collect();
    if ctx.out.format != Format::Table {
        return if a.by_month { ctx.out.records(&months) } else { ctx.out.records(&stages) };
    }
    // Win rate and time to win over the period, by close date.
    let closed_in = |d: &&Deal| {
        d.closed_at
            .as_deref()
            .and_then(|c| c.get(0..10))
            .and_then(|c| parse_day(c, ctx.today).ok())
            .is_some_and(|c| c >= since && c <= until)
    };
    let won: Vec<&Deal> = all.iter().filter(|d| d.stage == WON).filter(closed_in).collect();
    let lost = all.iter().filter(|d| d.stage == LOST).filter(closed_in).count();
    let days_to_win: Vec<i64> = won
        .iter()
        .filter_map(|d| {
            let day = |t: &str| t.get(0..10).and_then(|c| parse_day(c, ctx.today).ok());
            Some((day(d.closed_at.as_deref()?)? - day(&d.created_at)?).num_days())
        })
        .collect();
    let overdue: Vec<&&Deal> = open.iter().filter(|d| d.expected_close.is_some_and(|c| c < ctx.today)).collect();

    let mut t = new_table();
    t.set_header(["stage", "chance", "deals", "total", "weighted"]);
    for r in &stages {
        t.add_row([
            r.stage.clone(),
            format!("{} %", r.probability),
            r.deals.to_string(),
            ctx.out.money.format(r.total),
            ctx.out.money.format(r.weighted),
        ]);
    }
    let open_total = Cents(stages.iter().map(|r| r.total.0).sum());
    let open_weighted = Cents(stages.iter().map(|r| r.weighted.0).sum());
    t.add_row([
        "open".into(),
        String::new(),
        open.len().to_string(),
        ctx.out.money.format(open_total),
        ctx.out.money.format(open_weighted),
    ]);
    let mut m = new_table();
    m.set_header(["expected close", "deals", "total", "weighted forecast"]);
    for r in &months {
        m.add_row([
            r.month.clone(),
            r.deals.to_string(),
            ctx.out.money.format(r.total),
            ctx.out.money.format(r.weighted),
        ]);
    }
    let decided = won.len() + lost;
    let mut out = format!("Pipeline on {}\n{t}\n\nForecast by expected close month\n{m}\n\n", ctx.today);
    out.push_str(&format!(
        "From {since} to {until}: {} won, {lost} lost{}{}\n",
        won.len(),
        if decided > 0 { format!(", win rate {}", pct(won.len() as f64 / decided as f64)) } else { String::new() },
        if days_to_win.is_empty() {
            String::new()
        } else {
            format!(
                ", {:.0} days on average from opening to won",
                days_to_win.iter().sum::<i64>() as f64 / days_to_win.len() as f64
            )
        }
    ));
    if !overdue.is_empty() {
        out.push_str("\nPast their expected close:\n");
        for d in overdue {
            out.push_str(&format!(
                "  deal {} {} ({}, {}), expected {}\n",
                d.id,
                d.title,
                d.contact_name,
                d.stage,
                d.expected_close.map(|c| c.to_string()).unwrap_or_default()
            ));
        }
    }
    ctx.out.data(&out)
}
