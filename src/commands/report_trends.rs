//! `report pareto` and `report migration`: concentration and movement.

use super::flags;
use super::report::say_empty;
use crate::app::reports::{self, Scoring};
use crate::context::Ctx;
use crate::domain::money::Cents;
use crate::domain::pareto::{self, Class};
use crate::domain::rfm::Segment;
use crate::domain::summary::{share, Movement};
use crate::error::Result;
use crate::output::reports as view;
use crate::output::{Cells, Format, ToCell};
use clap::Args;

#[derive(Debug, Args)]
pub struct ParetoArgs {
    /// First day of the period (default: the first purchase).
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Last day of the period (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// One row per customer with revenue, cumulative share and ABC class.
    #[arg(long)]
    pub customers: bool,
    /// One row per ABC class: its customers and revenue, and their shares.
    #[arg(long, conflicts_with = "customers")]
    pub classes: bool,
    #[command(flatten)]
    pub scope: super::flags::ScopeArgs,
}

crate::record! {
    struct ClassRow {
        class: Class,
        customers: usize,
        share_customers: f64,
        revenue: Cents,
        share_revenue: f64,
    }
    numeric: [customers, share_customers, revenue, share_revenue]
}

#[derive(Debug, Args)]
pub struct MigrationArgs {
    /// The earlier day.
    #[arg(long, allow_hyphen_values = true)]
    pub from: String,
    /// The later day (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    #[command(flatten)]
    pub scope: super::flags::ScopeArgs,
}

const TOP: [u32; 5] = [1, 5, 10, 20, 50];

crate::record! {
    struct TopRow {
        top_pct: u32,
        customers: usize,
        revenue: Cents,
        share_revenue: f64,
    }
}

impl ToCell for Class {
    fn cell(&self, _: &Cells) -> String {
        format!("{self:?}")
    }
}

impl ToCell for Movement {
    fn cell(&self, _: &Cells) -> String {
        self.as_str().into()
    }
}

crate::record! {
    struct AbcRow {
        contact_id: i64,
        r#ref: Option<String>,
        name: String,
        revenue: Cents,
        cumulative_share: f64,
        class: Class,
    }
    numeric: [contact_id, revenue, cumulative_share]
}

pub fn pareto(ctx: &Ctx, a: ParetoArgs) -> Result<()> {
    let until = flags::day_or_today(ctx, "--until", &a.until)?;
    let since = flags::opt_day(ctx, "--since", &a.since)?;
    let app = ctx.read()?;
    let scope = a.scope.resolve(ctx, &app)?;
    let p = match reports::pareto(&app, &scope, since, until)? {
        Scoring::Empty(why) => return say_empty(ctx, &why),
        Scoring::Ready(p) => p,
    };
    let revenue: i64 = p.totals.iter().sum();
    if a.customers {
        let labels = reports::labels(&app)?;
        let mut sink = ctx.out.sink::<AbcRow>(Box::new(std::io::stdout().lock()))?;
        let mut cum = 0i64;
        for (h, class) in p.customers.iter().zip(&p.classes) {
            cum += h.total_cents;
            let (r, name) = labels.get(&h.contact_id).cloned().unwrap_or_default();
            sink.push(&AbcRow {
                contact_id: h.contact_id,
                r#ref: r,
                name,
                revenue: Cents(h.total_cents),
                cumulative_share: share(cum as f64, revenue as f64),
                class: *class,
            })?;
        }
        return sink.finish();
    }
    if a.classes {
        let rows: Vec<ClassRow> = [Class::A, Class::B, Class::C]
            .into_iter()
            .map(|class| {
                let idx: Vec<usize> = (0..p.totals.len()).filter(|&i| p.classes[i] == class).collect();
                let rev: i64 = idx.iter().map(|&i| p.totals[i]).sum();
                ClassRow {
                    class,
                    customers: idx.len(),
                    share_customers: crate::output::round4(share(idx.len() as f64, p.totals.len() as f64)),
                    revenue: Cents(rev),
                    share_revenue: crate::output::round4(share(rev as f64, revenue as f64)),
                }
            })
            .collect();
        return ctx.out.records(&rows);
    }
    let top: Vec<(u32, usize, Cents, f64)> = pareto::top_shares(&p.totals, &TOP)
        .into_iter()
        .map(|(pct, k, top, s)| (pct, k, Cents(top), crate::output::round4(s)))
        .collect();
    if ctx.out.format != Format::Table {
        let rows: Vec<TopRow> = top
            .iter()
            .map(|&(top_pct, customers, revenue, share_revenue)| TopRow { top_pct, customers, revenue, share_revenue })
            .collect();
        return ctx.out.records(&rows);
    }
    let lang = ctx.out.lang;
    let day = |d: chrono::NaiveDate| crate::output::Cells::table(&ctx.out.money, lang).date(d);
    let period = match since {
        Some(s) => crate::i18n::tr_args(lang, "pareto-between", &[("from", day(s).into()), ("to", day(until).into())]),
        None => crate::i18n::tr_args(lang, "pareto-up-to", &[("to", day(until).into())]),
    };
    let limits = (ctx.config.pareto.a, ctx.config.pareto.b);
    ctx.out.data(&view::pareto(&ctx.out.money, &top, &p.classes, &p.totals, &period, limits))
}

crate::record! {
    struct MoveRow {
        contact_id: i64,
        r#ref: Option<String>,
        name: String,
        segment_from: Option<Segment>,
        segment_to: Segment,
        movement: Movement,
    }
}

pub fn migration(ctx: &Ctx, a: MigrationArgs) -> Result<()> {
    let from = flags::day(ctx, "--from", &a.from)?;
    let to = flags::day_or_today(ctx, "--to", &a.to)?;
    let app = ctx.read()?;
    let scope = a.scope.resolve(ctx, &app)?;
    let m = match reports::migration(&app, &scope, from, to)? {
        Scoring::Empty(why) => return say_empty(ctx, &why),
        Scoring::Ready(m) => m,
    };
    if ctx.out.format != Format::Table {
        let rows: Vec<MoveRow> = m
            .moves
            .into_iter()
            .map(|r| MoveRow {
                contact_id: r.contact_id,
                r#ref: r.r#ref,
                name: r.name,
                segment_from: r.from,
                segment_to: r.to,
                movement: r.movement,
            })
            .collect();
        return ctx.out.records(&rows);
    }
    ctx.out.data(&view::migration(&m, from, to))
}
