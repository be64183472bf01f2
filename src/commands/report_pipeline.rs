//! `report pipeline`: what the open deals are worth and when they close.

use super::flags;
use crate::context::Ctx;
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::output::reports as view;
use crate::output::Format;
use clap::Args;

#[derive(Debug, Args)]
pub struct PipelineArgs {
    /// Start of the period for the win rate (default: 365 days before --until).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// End of the period for the win rate (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Rows by expected close month instead of by stage.
    #[arg(long)]
    pub by_month: bool,
    /// One record of the whole pipeline: open deals, their total and
    /// weighted forecast, won, lost, win rate, days to win, late deals.
    #[arg(long, conflicts_with = "by_month")]
    pub summary: bool,
}

crate::record! {
    struct SummaryRow {
        since: chrono::NaiveDate,
        until: chrono::NaiveDate,
        open: usize,
        open_total: Cents,
        open_weighted: Cents,
        won: usize,
        lost: usize,
        win_rate: Option<f64>,
        mean_days_to_win: Option<f64>,
        late: usize,
        late_deals: Vec<String>,
    }
    numeric: [open, open_total, open_weighted, won, lost, win_rate, mean_days_to_win, late]
}

crate::record! {
    struct StageRow {
        stage: String,
        probability: u8,
        deals: usize,
        total: Cents,
        weighted: Cents,
    }
    numeric: [probability, deals, total, weighted]
}

crate::record! {
    struct MonthRow {
        month: String,
        deals: usize,
        total: Cents,
        weighted: Cents,
    }
    numeric: [deals, total, weighted]
}

pub fn pipeline(ctx: &Ctx, a: PipelineArgs) -> Result<()> {
    let until = flags::day_or_today(ctx, "--until", &a.until)?;
    let since = match flags::opt_day(ctx, "--since", &a.since)? {
        Some(s) => s,
        None => crate::domain::dates::add_days(until, -365).ok_or_else(|| {
            Error::t(crate::error::Kind::Invalid, "date-outside-calendar", crate::targs!["s" => until.to_string()])
                .for_flag("--until")
        })?,
    };
    let app = ctx.read()?;
    let p = crate::app::reports::pipeline(&app, since, until)?;
    for s in p.stages.iter().filter(|s| !s.configured) {
        ctx.out.warn(ctx.text("warn-stage-unlisted", &[("count", s.deals.into()), ("stage", s.stage.as_str().into())]));
    }
    if a.summary {
        let decided = p.won + p.lost;
        let row = SummaryRow {
            since,
            until,
            open: p.open,
            open_total: Cents(p.stages.iter().map(|s| s.total).sum()),
            open_weighted: Cents(p.stages.iter().map(|s| s.weighted).sum()),
            won: p.won,
            lost: p.lost,
            win_rate: (decided > 0).then(|| crate::output::round4(p.won as f64 / decided as f64)),
            mean_days_to_win: (!p.days_to_win.is_empty())
                .then(|| (p.days_to_win.iter().sum::<i64>() as f64 / p.days_to_win.len() as f64 * 10.0).round() / 10.0),
            late: p.overdue.len(),
            late_deals: p.overdue.iter().map(|d| d.id.to_string()).collect(),
        };
        return ctx.out.card(&row);
    }
    if ctx.out.format != Format::Table {
        return if a.by_month {
            let rows: Vec<MonthRow> = p
                .months
                .iter()
                .map(|m| MonthRow {
                    month: m.month.clone(),
                    deals: m.deals,
                    total: Cents(m.total),
                    weighted: Cents(m.weighted),
                })
                .collect();
            ctx.out.records(&rows)
        } else {
            let rows: Vec<StageRow> = p
                .stages
                .iter()
                .map(|s| StageRow {
                    stage: s.stage.clone(),
                    probability: s.probability,
                    deals: s.deals,
                    total: Cents(s.total),
                    weighted: Cents(s.weighted),
                })
                .collect();
            ctx.out.records(&rows)
        };
    }
    ctx.out.data(&view::pipeline(&ctx.out.money, ctx.out.lang, &p, ctx.today, since, until, a.by_month))
}
