//! `report clv`: what each customer is likely to be worth, and whether the
//! model can be trusted on this shop (`--holdout-until`).

use super::flags;
use crate::app::clv::{self, Options, Prediction};
use crate::context::Ctx;
use crate::domain::labels::{Labels, NO_LABEL};
use crate::domain::money::Cents;
use crate::domain::rfm::Segment;
use crate::error::{Error, Result};
use crate::output::clv as view;
use crate::output::round4;
use crate::output::Format;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
#[command(after_help = "\
The models: BG/NBD (Fader, Hardie & Lee 2005) for repeat visits and
Gamma-Gamma (Fader & Hardie 2013) for spend per visit, fitted by maximum
likelihood on the purchases up to --as-of. Time is in weeks; a visit is a
purchase day. clv = expected visits × expected spend per visit over the
horizon (× [value] margin when set), discounted per week with
--discount-rate.

Examples:
  carnet report clv
  carnet report clv --customers --sort clv --limit 20
  carnet report clv --as-of 2024-06-30 --holdout-until 2024-12-31
  carnet report clv --model --format json")]
pub struct ClvArgs {
    /// Fit on purchases up to this day (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// How far ahead: 52w (default), 26w, 12m, 365d.
    #[arg(long, default_value = "52w")]
    pub horizon: String,
    /// A yearly discount rate such as 10%, applied per week.
    #[arg(long)]
    pub discount_rate: Option<String>,
    /// One row per customer.
    #[arg(long)]
    pub customers: bool,
    /// Order of the customer rows.
    #[arg(long, value_enum, default_value = "clv")]
    pub sort: SortBy,
    /// At most this many rows (up to a billion).
    #[arg(long, short = 'n', value_parser = crate::commands::flags::limit_usize)]
    pub limit: Option<usize>,
    /// Only customers of this RFM segment (implies --customers).
    #[arg(long)]
    pub segment: Option<String>,
    /// Print only the fitted models.
    #[arg(long, conflicts_with_all = ["customers", "holdout_until"])]
    pub model: bool,
    /// Check the predictions: fit up to --as-of, compare with what customers did up to this day.
    #[arg(long, allow_hyphen_values = true)]
    pub holdout_until: Option<String>,
    #[command(flatten)]
    pub scope: flags::ScopeArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortBy {
    Clv,
    PAlive,
    ExpectedVisits,
    Id,
}

crate::record! {
    /// Borrows its ref and name: a million rows make no strings of their own.
    struct CustomerRow<'a> {
        contact_id: i64,
        r#ref: Option<&'a str>,
        name: &'a str,
        first_purchase: Option<chrono::NaiveDate>,
        last_purchase: Option<chrono::NaiveDate>,
        repeat_visits: u32,
        avg_repeat_spend: Cents,
        p_alive: f64,
        expected_visits: f64,
        expected_spend_per_visit: Cents,
        clv: Cents,
        clv_rank: usize,
        marketing_cost: Cents,
        net_value: Option<Cents>,
    }
    numeric: [contact_id, repeat_visits, avg_repeat_spend, p_alive, expected_visits, expected_spend_per_visit, clv, clv_rank, marketing_cost, net_value]
}

crate::record! {
    struct SegmentRow {
        segment: Segment,
        customers: usize,
        expected_visits: f64,
        expected_value: Cents,
        avg_p_alive: f64,
    }
    numeric: [customers, expected_visits, expected_value, avg_p_alive]
}

fn cents(units: f64) -> Cents {
    Cents((units * 100.0).round() as i64)
}

/// The options shared by `report clv` and `report profitability`.
pub fn options(ctx: &Ctx, as_of: &Option<String>, horizon: &str, rate: &Option<String>) -> Result<Options> {
    let as_of = flags::day_or_today(ctx, "--as-of", as_of)?;
    let horizon_weeks =
        crate::domain::dates::parse_weeks(horizon).map_err(|e| Error::invalid(e.0).for_flag("--horizon"))?;
    let discount_rate = match rate {
        None => 0.0,
        Some(r) => {
            let v: f64 = r.trim().trim_end_matches('%').trim().parse().map_err(|_| {
                Error::t(crate::error::Kind::Invalid, "err-not-a-rate", crate::targs!["value" => crate::error::echo(r)])
                    .for_flag("--discount-rate")
            })?;
            if !(0.0..=100.0).contains(&v) {
                return Err(Error::t(
                    crate::error::Kind::Invalid,
                    "err-rate-range",
                    crate::targs!["value" => v.to_string()],
                )
                .for_flag("--discount-rate"));
            }
            v / 100.0
        }
    };
    Ok(Options { scope: Default::default(), as_of, horizon_weeks, discount_rate })
}

pub fn run(ctx: &Ctx, a: ClvArgs) -> Result<()> {
    let mut o = options(ctx, &a.as_of, &a.horizon, &a.discount_rate)?;
    let only = a.segment.as_deref().map(|s| super::flags::rfm_segment(s, ctx.out.lang)).transpose()?;
    let app = ctx.read()?;
    o.scope = a.scope.resolve(ctx, &app)?;
    if let Some(until) = &a.holdout_until {
        let until = flags::day(ctx, "--holdout-until", until)?;
        let h = clv::holdout(&app, &o.scope, o.as_of, until)?;
        return view::holdout(&ctx.out, &h);
    }
    if a.model {
        let (_, _, fit) = clv::fit(&app, &o.scope, o.as_of)?;
        return view::model(&ctx.out, &fit);
    }
    if a.customers || only.is_some() {
        let (labels, (_, mut preds)) = crate::app::reports::labelled(&app, true, || clv::predict(&app, &o))?;
        return customers(ctx, &app, &mut preds, &labels, &a, only, o.as_of);
    }
    let (fit, preds) = clv::predict(&app, &o)?;
    let rows: Vec<SegmentRow> = Segment::ALL
        .iter()
        .filter_map(|&seg| {
            let m: Vec<&Prediction> = preds.iter().filter(|p| p.segment == seg).collect();
            (!m.is_empty()).then(|| SegmentRow {
                segment: seg,
                customers: m.len(),
                expected_visits: round4(m.iter().map(|p| p.expected_visits).sum()),
                expected_value: cents(m.iter().map(|p| p.clv).sum()),
                avg_p_alive: round4(m.iter().map(|p| p.p_alive).sum::<f64>() / m.len() as f64),
            })
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let total = cents(preds.iter().map(|p| p.clv).sum());
    let margin = ctx.config.value.margin.clone();
    let table = crate::output::new_table();
    let mut t = table;
    let lang = ctx.out.lang;
    let cells = crate::output::Cells::table(&ctx.out.money, lang);
    t.set_header(
        ["segment", "customers", "expected_visits", "expected_value", "avg_p_alive"]
            .map(|h| crate::i18n::header(lang, h)),
    );
    for r in &rows {
        t.add_row([
            crate::output::ToCell::cell(&r.segment, &cells),
            r.customers.to_string(),
            crate::i18n::decimal(lang, format!("{:.1}", r.expected_visits)),
            ctx.out.money.format(r.expected_value),
            format!("{:.0} %", r.avg_p_alive * 100.0),
        ]);
    }
    ctx.out.data(&view::summary(&ctx.out.money, lang, &fit, &o, total, margin.as_deref(), &t.to_string()))
}

fn customers(
    ctx: &Ctx,
    app: &crate::app::App,
    preds: &mut [Prediction],
    labels: &Labels,
    a: &ClvArgs,
    only: Option<Segment>,
    as_of: chrono::NaiveDate,
) -> Result<()> {
    // Ranks by value, before any sorting or filtering: sorted on a compact
    // copy of the values (no trip into a million predictions per comparison).
    let mut by_value: Vec<(f64, u32)> = preds.iter().enumerate().map(|(i, p)| (p.clv, i as u32)).collect();
    by_value.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut order: Vec<u32> = by_value.into_iter().map(|(_, i)| i).collect();
    let mut rank = vec![0u32; preds.len()];
    for (k, &i) in order.iter().enumerate() {
        rank[i as usize] = k as u32 + 1;
    }
    // The order rows are printed in, as indexes (the rows themselves are
    // made one at a time: a million of them never sit in memory).
    let key = |i: u32| -> (f64, u32) {
        let p = &preds[i as usize];
        match a.sort {
            SortBy::PAlive => (-round4(p.p_alive), rank[i as usize]),
            SortBy::ExpectedVisits => (-round4(p.expected_visits), rank[i as usize]),
            SortBy::Clv | SortBy::Id => (0.0, 0),
        }
    };
    match a.sort {
        SortBy::Clv => {}
        SortBy::Id => order = (0..preds.len() as u32).collect(),
        SortBy::PAlive | SortBy::ExpectedVisits => order.sort_unstable_by(|&i, &j| {
            let (ki, kj) = (key(i), key(j));
            ki.0.total_cmp(&kj.0).then(ki.1.cmp(&kj.1))
        }),
    }
    let mut picked: Vec<u32> = order
        .into_iter()
        .filter(|&i| only.is_none_or(|o| preds[i as usize].segment == o))
        .take(a.limit.unwrap_or(usize::MAX))
        .collect();
    let slot = labels.align(preds.iter().map(|p| p.visits.contact_id));
    picked.retain(|&i| slot[i as usize] != NO_LABEL);
    let marketing = crate::app::campaigns::net_of_marketing(app, as_of)?;
    let mut sink = ctx.out.sink::<CustomerRow>(Box::new(std::io::stdout().lock()))?;
    let preds = &*preds;
    sink.push_each(picked.len(), |k| {
        let i = picked[k];
        let p = &preds[i as usize];
        let (first, last) = clv::first_last(p);
        let (r, name) = labels.get(slot[i as usize]);
        CustomerRow {
            contact_id: p.visits.contact_id,
            r#ref: r,
            name,
            first_purchase: first,
            last_purchase: last,
            repeat_visits: p.summary.x,
            avg_repeat_spend: cents(p.summary.zbar),
            p_alive: round4(p.p_alive),
            expected_visits: round4(p.expected_visits),
            expected_spend_per_visit: cents(p.expected_spend_per_visit),
            clv: cents(p.clv),
            clv_rank: rank[i as usize] as usize,
            marketing_cost: marketing.of(p.visits.contact_id).0,
            net_value: marketing.of(p.visits.contact_id).1,
        }
    })?;
    sink.finish()
}
