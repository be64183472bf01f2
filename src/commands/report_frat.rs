//! `report categories` and `report channels`: what customers buy, what
//! they buy together, and where.

use super::flags;
use crate::app::frat::{self, Groups};
use crate::app::views::GroupBy;
use crate::context::Ctx;
use crate::domain::money::Cents;
use crate::error::Result;
use crate::output::reports::pct;
use crate::output::round4;
use crate::output::{new_table, Format};
use clap::Args;

#[derive(Debug, Args)]
pub struct CategoriesArgs {
    /// Compute as of this day: later purchases are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// The pairs of categories bought by the same customers, with their lift.
    #[arg(long, conflicts_with = "customers")]
    pub cross: bool,
    /// One row per customer: recency, frequency, amount and what they buy (FRAT).
    #[arg(long)]
    pub customers: bool,
}

#[derive(Debug, Args)]
pub struct ChannelsArgs {
    /// Compute as of this day: later purchases are ignored (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
}

crate::record! {
    /// One category (or channel) and its figures.
    struct GroupRow {
        name: String,
        customers: u64,
        purchases: u64,
        revenue: Cents,
        share_revenue: f64,
        average_purchase: Option<Cents>,
        repeat_rate: Option<f64>,
        revenue_last_12m: Cents,
        revenue_previous_12m: Cents,
        trend: Option<f64>,
        median_cycle_days: Option<f64>,
        cycle_gaps: u64,
    }
    numeric: [customers, purchases, revenue, share_revenue, average_purchase, repeat_rate, revenue_last_12m,
              revenue_previous_12m, trend, median_cycle_days, cycle_gaps]
}

crate::record! {
    /// FRAT for one customer. `categories` and `channels` are listed most
    /// spent first, separated by `;`.
    struct CustomerRow<'a> {
        contact_id: i64,
        r#ref: Option<&'a str>,
        name: &'a str,
        recency_days: i32,
        frequency: u32,
        monetary_total: Cents,
        main_category: Option<String>,
        categories: String,
        channels: String,
    }
    numeric: [contact_id, recency_days, frequency, monetary_total]
}

crate::record! {
    struct PairRow {
        category_a: String,
        category_b: String,
        customers_both: u64,
        lift: f64,
    }
    numeric: [customers_both, lift]
}

/// The groups, most revenue first.
fn rows(g: &Groups) -> Vec<GroupRow> {
    let mut rows: Vec<GroupRow> = g
        .names
        .iter()
        .zip(&g.stats)
        .filter(|(_, s)| s.purchases > 0)
        .map(|(name, s)| GroupRow {
            name: name.clone(),
            customers: s.customers,
            purchases: s.purchases,
            revenue: Cents(s.revenue),
            share_revenue: if g.revenue > 0 { round4(s.revenue as f64 / g.revenue as f64) } else { 0.0 },
            average_purchase: s.average_purchase().map(|a| Cents(a.round() as i64)),
            repeat_rate: s.repeat_rate().map(round4),
            revenue_last_12m: Cents(s.revenue_last_year),
            revenue_previous_12m: Cents(s.revenue_year_before),
            trend: s.trend().map(round4),
            median_cycle_days: s.median_cycle(),
            cycle_gaps: s.gaps.len() as u64,
        })
        .collect();
    rows.sort_by(|a, b| b.revenue.cmp(&a.revenue).then_with(|| a.name.cmp(&b.name)));
    rows
}

/// Pairs shown in the summary need this many customers in common: a lift
/// resting on two people says nothing.
const MIN_PAIR_CUSTOMERS: u64 = 5;

fn pair_rows(g: &Groups) -> Vec<PairRow> {
    g.pairs
        .iter()
        .map(|p| PairRow {
            category_a: g.names[p.a].clone(),
            category_b: g.names[p.b].clone(),
            customers_both: p.both,
            lift: (p.lift * 100.0).round() / 100.0,
        })
        .collect()
}

/// The group table for people: the figures that fit, with words.
fn table(ctx: &Ctx, first: &str, rows: &[GroupRow], with_cycle: bool) -> String {
    use crate::i18n::{decimal, header, tr, tr_args};
    let lang = ctx.out.lang;
    let pct = |x: f64| decimal(lang, pct(x));
    let mut t = new_table();
    let mut heads = vec![first, "customers", "purchases", "revenue", "share", "avg", "repeat", "trend"];
    if with_cycle {
        heads.push("cycle");
    }
    t.set_header(heads.iter().map(|h| header(lang, h)));
    for r in rows {
        let mut cells = vec![
            r.name.clone(),
            r.customers.to_string(),
            r.purchases.to_string(),
            ctx.out.money.format(r.revenue),
            pct(r.share_revenue),
            r.average_purchase.map(|a| ctx.out.money.format(a)).unwrap_or_default(),
            r.repeat_rate.map(pct).unwrap_or_default(),
            r.trend.map(|t| format!("{:+.0} %", t * 100.0)).unwrap_or_else(|| tr(lang, "frat-new")),
        ];
        if with_cycle {
            cells.push(
                r.median_cycle_days
                    .map(|d| {
                        tr_args(
                            lang,
                            "frat-cycle",
                            &[("days", format!("{d:.0}").into()), ("gaps", r.cycle_gaps.into())],
                        )
                    })
                    .unwrap_or_default(),
            );
        }
        t.add_row(cells);
    }
    format!("{t}\n")
}

pub fn categories(ctx: &Ctx, a: CategoriesArgs) -> Result<()> {
    ctx.no_vcf("report categories")?;
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let app = ctx.read()?;
    if a.customers {
        let (labels, mixes) = crate::app::reports::labelled(&app, true, || frat::customers(&app, as_of))?;
        if mixes.rows.is_empty() {
            return super::report::say_empty(ctx, &crate::app::scores::explain_empty(app.db(), as_of)?);
        }
        let slots = labels.align(mixes.rows.iter().map(|m| m.scored.history.contact_id));
        let mut sink = ctx.out.sink::<CustomerRow>(Box::new(std::io::stdout().lock()))?;
        for (m, &slot) in mixes.rows.iter().zip(&slots) {
            if slot == crate::domain::labels::NO_LABEL {
                continue;
            }
            let (r, name) = labels.get(slot);
            sink.push(&CustomerRow {
                contact_id: m.scored.history.contact_id,
                r#ref: r,
                name,
                recency_days: m.scored.recency_days,
                frequency: m.scored.frequency,
                monetary_total: m.scored.monetary_total,
                main_category: mixes.categories_of(m).first().map(|&g| mixes.categories[g as usize].clone()),
                categories: names(mixes.categories_of(m), &mixes.categories),
                channels: names(mixes.channels_of(m), &mixes.channels),
            })?;
        }
        return sink.finish();
    }
    let g = frat::groups(&app, GroupBy::Category, as_of)?;
    if g.names.is_empty() {
        return super::report::say_empty(ctx, &crate::i18n::Text::tr("hint-no-categories", vec![]));
    }
    if g.revenue == 0 && g.stats.iter().all(|s| s.purchases == 0) {
        return super::report::say_empty(
            ctx,
            &crate::i18n::Text::tr("why-no-category-by", crate::targs!["as_of" => crate::i18n::Arg::Day(as_of)]),
        );
    }
    if ctx.out.format != Format::Table {
        return if a.cross { ctx.out.records(&pair_rows(&g)) } else { ctx.out.records(&rows(&g)) };
    }
    let pairs = pair_rows(&g);
    if a.cross {
        return ctx.out.records(&pairs);
    }
    let lang = ctx.out.lang;
    let day = crate::output::Cells::table(&ctx.out.money, lang).date(as_of);
    let mut out = format!("{}\n", crate::i18n::tr_args(lang, "frat-categories-title", &[("date", day.into())]));
    out.push_str(&table(ctx, "category", &rows(&g), true));
    out.push_str(&crate::i18n::tr(lang, "frat-categories-legend"));
    out.push('\n');
    let strong: Vec<&PairRow> = pairs.iter().filter(|p| p.customers_both >= MIN_PAIR_CUSTOMERS).take(5).collect();
    if !strong.is_empty() {
        let mut t = new_table();
        t.set_header(["bought_together", "customers", "lift"].map(|h| crate::i18n::header(lang, h)));
        for p in strong {
            t.add_row([
                format!("{} + {}", p.category_a, p.category_b),
                p.customers_both.to_string(),
                crate::i18n::decimal(lang, format!("{:.2}", p.lift)),
            ]);
        }
        let legend = crate::i18n::tr_args(lang, "frat-lift-legend", &[("customers", MIN_PAIR_CUSTOMERS.into())]);
        out.push_str(&format!("\n{t}\n{legend}\n"));
    }
    ctx.out.data(&out)
}

pub fn channels(ctx: &Ctx, a: ChannelsArgs) -> Result<()> {
    ctx.no_vcf("report channels")?;
    let as_of = flags::day_or_today(ctx, "--as-of", &a.as_of)?;
    let app = ctx.read()?;
    let g = frat::groups(&app, GroupBy::Channel, as_of)?;
    if g.stats.iter().all(|s| s.purchases == 0) {
        return super::report::say_empty(ctx, &crate::i18n::Text::tr("why-no-channels", vec![]));
    }
    let rows = rows(&g);
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let lang = ctx.out.lang;
    let day = crate::output::Cells::table(&ctx.out.money, lang).date(as_of);
    let mut out = format!("{}\n", crate::i18n::tr_args(lang, "frat-channels-title", &[("date", day.into())]));
    out.push_str(&table(ctx, "channel", &rows, false));
    out.push_str(&crate::i18n::tr_args(lang, "frat-several-channels", &[("count", g.in_several.into())]));
    out.push('\n');
    ctx.out.data(&out)
}

/// Group indexes as their names, separated by `;`.
fn names(groups: &[u32], names: &[String]) -> String {
    groups.iter().map(|&g| names[g as usize].as_str()).collect::<Vec<_>>().join(";")
}
