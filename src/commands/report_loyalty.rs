//! `report satisfaction`, `report loyalty-matrix` and `report loyalty`.

use super::flags;
use crate::app::satisfaction::{self as sat, By};
use crate::context::Ctx;
use crate::domain::money::Cents;
use crate::domain::satisfaction::LoyaltyCell;
use crate::error::Result;
use crate::i18n::{header, tr, tr_args};
use crate::output::satisfaction::{figure, LoyaltyFigureRow, MatrixCellRow, MatrixCustomerRow, SatisfactionRow};
use crate::output::{new_table, round4, Format, ToCell};
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ByArg {
    Month,
    Segment,
}

#[derive(Debug, Args)]
pub struct SatisfactionArgs {
    /// Group the answers by month or by saved segment.
    #[arg(long, value_enum, default_value = "month")]
    pub by: ByArg,
    /// The first day of answers looked at (default a year before --until).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// The last day of answers looked at (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
}

#[derive(Debug, Args)]
pub struct MatrixArgs {
    /// Compute as of this day: later purchases and answers are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// One row per customer instead of the matrix.
    #[arg(long)]
    pub customers: bool,
    /// Only customers of this cell: true, latent, spurious, none, no_answer (implies --customers).
    #[arg(long)]
    pub cell: Option<String>,
}

#[derive(Debug, Args)]
pub struct LoyaltyArgs {
    /// Compute as of this day (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// Rewards redeemed per month instead of the figures.
    #[arg(long)]
    pub by_month: bool,
}

pub const MATRIX_HELP: &str = "\
Rules (Dick & Basu, 1994): relative attitude is the customer's latest
answer: high for a promoter (9–10 on the NPS scale) or 4–5 on the 1–5
scale. Repeat patronage is the RFM frequency score (as report rfm gives
it): high for 4 or 5. True loyalty = high both; latent = high attitude,
low patronage; spurious = low attitude, high patronage; none = low both.
Customers who never answered are their own row (no_answer), not guessed.

Examples:
  carnet report loyalty-matrix
  carnet report loyalty-matrix --customers --cell spurious --format csv";

pub fn satisfaction(ctx: &Ctx, a: SatisfactionArgs) -> Result<()> {
    let until = flags::opt_day(ctx, "--until", &a.until)?.unwrap_or(ctx.today);
    let since = match flags::opt_day(ctx, "--since", &a.since)? {
        Some(d) => d,
        None => crate::domain::dates::add_days_saturating(until, -365),
    };
    let by = match a.by {
        ByArg::Month => By::Month,
        ByArg::Segment => By::Segment,
    };
    let app = ctx.read()?;
    let groups = sat::report(&app, by, since, until)?;
    let rows: Vec<SatisfactionRow> = groups.iter().map(SatisfactionRow::from).collect();
    if groups.last().is_some_and(|g| g.nps.answers() + g.five.answers == 0) {
        ctx.tell("msg-no-satisfaction", &[]);
        if ctx.out.format == Format::Table {
            return Ok(());
        }
    }
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let lang = ctx.out.lang;
    let mut t = new_table();
    let first = if matches!(by, By::Month) { "month" } else { "segment" };
    t.set_header([first, "nps", "promoters", "detractors", "mean_score"].map(|h| header(lang, h)));
    for g in &groups {
        let name = if g.name == "all" { tr(lang, "satisfaction-all") } else { g.name.clone() };
        t.add_row([
            name,
            figure(lang, g.nps_score(), g.nps.answers(), 0),
            g.nps.promoters.to_string(),
            g.nps.detractors.to_string(),
            figure(lang, g.mean_score(), g.five.answers, 1),
        ]);
    }
    ctx.out.data(&format!("{t}\n{}\n", tr(lang, "satisfaction-legend")))
}

pub fn matrix(ctx: &Ctx, a: MatrixArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let only = match &a.cell {
        Some(c) => Some(LoyaltyCell::parse(c).ok_or_else(|| {
            crate::error::Error::t(
                crate::error::Kind::Invalid,
                "err-loyalty-cell",
                crate::targs!["value" => crate::error::echo(c)],
            )
            .for_flag("--cell")
        })?),
        None => None,
    };
    let listing = a.customers || only.is_some();
    let app = ctx.read()?;
    let (labels, rows) = crate::app::reports::labelled(&app, listing, || sat::matrix(&app, as_of))?;
    if rows.is_empty() {
        return super::report::say_empty(ctx, &crate::app::scores::explain_empty(app.db(), as_of)?);
    }
    if listing {
        let slots = labels.align(rows.iter().map(|r| r.contact_id));
        let mut sink = ctx.out.sink::<MatrixCustomerRow>(Box::new(std::io::stdout().lock()))?;
        for (r, &slot) in rows.iter().zip(&slots) {
            if slot == crate::domain::labels::NO_LABEL || only.is_some_and(|o| o != r.cell) {
                continue;
            }
            let (reference, name) = labels.get(slot);
            sink.push(&MatrixCustomerRow {
                contact_id: r.contact_id,
                r#ref: reference,
                name,
                frequency: r.frequency,
                f_score: r.f_score,
                monetary_total: Cents(r.monetary_total),
                last_answer: r.latest.map(|l| l.2),
                scale: r.latest.map(|l| l.0.as_str()),
                score: r.latest.map(|l| l.1),
                cell: r.cell,
            })?;
        }
        return sink.finish();
    }
    let total_customers = rows.len() as f64;
    let total_revenue: i64 = rows.iter().map(|r| r.monetary_total).sum();
    let cells: Vec<MatrixCellRow> = LoyaltyCell::ALL
        .into_iter()
        .map(|cell| {
            let (n, revenue) =
                rows.iter().filter(|r| r.cell == cell).fold((0u64, 0i64), |(n, s), r| (n + 1, s + r.monetary_total));
            MatrixCellRow {
                cell,
                customers: n,
                share_customers: round4(n as f64 / total_customers),
                revenue: Cents(revenue),
                share_revenue: if total_revenue > 0 { round4(revenue as f64 / total_revenue as f64) } else { 0.0 },
                advice: cell.advice(),
            }
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&cells);
    }
    let lang = ctx.out.lang;
    let pct = |x: f64| crate::i18n::decimal(lang, crate::output::reports::pct(x));
    let mut t = new_table();
    t.set_header(["cell", "customers", "share", "revenue", "share_revenue", "advice"].map(|h| header(lang, h)));
    let c = crate::output::Cells::table(&ctx.out.money, lang);
    for r in &cells {
        let advice = crate::i18n::message(lang, &format!("loyalty-advice-{}", r.cell.as_str().replace('_', "-")), &[])
            .unwrap_or_else(|| r.advice.to_string());
        t.add_row([
            r.cell.cell(&c),
            r.customers.to_string(),
            pct(r.share_customers),
            ctx.out.money.format(r.revenue),
            pct(r.share_revenue),
            advice,
        ]);
    }
    let day = c.date(as_of);
    let title = tr_args(lang, "loyalty-matrix-title", &[("date", day.into())]);
    ctx.out.data(&format!("{title}\n{t}\n{}\n", tr(lang, "loyalty-matrix-legend")))
}

pub fn loyalty(ctx: &Ctx, a: LoyaltyArgs) -> Result<()> {
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let app = ctx.read()?;
    let r = crate::app::loyalty::report(&app, as_of)?;
    if a.by_month {
        let rows: Vec<RedemptionRow> = r
            .redemptions
            .iter()
            .map(|(month, n, points)| RedemptionRow { month: month.clone(), redemptions: *n, points: *points })
            .collect();
        if rows.is_empty() {
            ctx.tell("msg-loyalty-no-redemptions", &[]);
        }
        return ctx.out.records(&rows);
    }
    let count = |name: &str, v: u64| LoyaltyFigureRow {
        figure: name.into(),
        value: Some(v as f64),
        low: None,
        high: None,
        count: None,
    };
    let visits = |name: &str, g: crate::app::loyalty::VisitGroup| LoyaltyFigureRow {
        figure: name.into(),
        value: g.visits_per_year.map(|e| round2(e.value)),
        low: g.visits_per_year.map(|e| round2(e.low)),
        high: g.visits_per_year.map(|e| round2(e.high)),
        count: Some(g.customers),
    };
    let rows = vec![
        count("members", r.members),
        count("members_with_points", r.holders),
        count("points_outstanding", r.points_outstanding.max(0) as u64),
        LoyaltyFigureRow {
            figure: "liability".into(),
            value: r.liability.map(|c| c.0 as f64 / 100.0),
            low: None,
            high: None,
            count: None,
        },
        count("redemptions", r.redemptions.iter().map(|m| m.1).sum()),
        visits("members_visits_per_year", r.members_visits),
        visits("others_visits_per_year", r.others_visits),
    ];
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let lang = ctx.out.lang;
    let n = |x: f64| crate::i18n::decimal(lang, format!("{x:.1}"));
    let group = |g: crate::app::loyalty::VisitGroup| match g.visits_per_year {
        Some(e) => tr_args(
            lang,
            "loyalty-visits",
            &[
                ("value", n(e.value).into()),
                ("low", n(e.low).into()),
                ("high", n(e.high).into()),
                ("count", g.customers.into()),
            ],
        ),
        None => tr(lang, "loyalty-no-customers"),
    };
    let mut out = tr_args(
        lang,
        "loyalty-report",
        &[
            ("members", r.members.into()),
            ("holders", r.holders.into()),
            ("points", r.points_outstanding.into()),
            ("redemptions", r.redemptions.iter().map(|m| m.1).sum::<u64>().into()),
        ],
    );
    out.push('\n');
    if let Some(l) = r.liability {
        out.push_str(&tr_args(lang, "loyalty-liability", &[("amount", ctx.out.money.format(l).into())]));
        out.push('\n');
    }
    out.push_str(&tr_args(
        lang,
        "loyalty-compare",
        &[("members", group(r.members_visits).into()), ("others", group(r.others_visits).into())],
    ));
    out.push('\n');
    out.push_str(&tr(lang, "loyalty-self-selection"));
    out.push('\n');
    ctx.out.data(&out)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

crate::record! {
    struct RedemptionRow {
        month: String,
        redemptions: u64,
        points: i64,
    }
    numeric: [redemptions, points]
}
