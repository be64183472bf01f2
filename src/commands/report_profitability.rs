//! `report profitability`: current against potential value, in a 2×2 grid.

use super::flags;
use super::report_clv::options;
use crate::app::profitability::{self, Matrix};
use crate::context::Ctx;
use crate::domain::money::Cents;
use crate::domain::profitability::Cell;
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, ToCell};
use clap::Args;
use std::collections::HashMap;

#[derive(Debug, Args)]
#[command(after_help = "\
Current value: what each customer brought in the --current window (default
12m) up to --as-of; potential value: their lifetime value (see `report clv`).
Each is split at its median. A customer tagged with one of [value] keep_tags
(reference customers, prescribers) is Reference, never Undesirable. With
[value] margin both are in margin rather than revenue, and current value is
net of what the campaigns in the window cost per customer reached.

Examples:
  carnet report profitability
  carnet report profitability --customers --format csv
  carnet report profitability --from 2024-01-01      # who moved since then")]
pub struct ProfitabilityArgs {
    #[arg(long, allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// The window of current value: 12m (default), 6m, 365d.
    #[arg(long, default_value = "12m")]
    pub current: String,
    /// The horizon of potential value (as `report clv --horizon`).
    #[arg(long, default_value = "52w")]
    pub horizon: String,
    /// One row per customer.
    #[arg(long)]
    pub customers: bool,
    /// Also compute the matrix as of this earlier day and list who moved.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    #[command(flatten)]
    pub scope: flags::ScopeArgs,
}

impl ToCell for Cell {
    fn cell(&self, _: &Cells) -> String {
        self.name().into()
    }
}

crate::record! {
    struct CellRow {
        cell: Cell,
        customers: usize,
        current_value: Cents,
        potential_value: Cents,
        advice: &'static str,
    }
    numeric: [customers, current_value, potential_value]
}

crate::record! {
    struct CustomerRow {
        contact_id: i64,
        r#ref: Option<String>,
        name: String,
        current_value: Cents,
        potential_value: Cents,
        cell: Cell,
        cell_before: Option<Cell>,
    }
    numeric: [contact_id, current_value, potential_value]
}

fn cents(units: f64) -> Cents {
    Cents((units * 100.0).round() as i64)
}

pub fn run(ctx: &Ctx, a: ProfitabilityArgs) -> Result<()> {
    let mut o = options(ctx, &a.as_of, &a.horizon, &None)?;
    let days = flags::days("--current", &a.current)?;
    let from = flags::opt_day(ctx, "--from", &a.from)?;
    if from.is_some_and(|f| f >= o.as_of) {
        return Err(Error::t(crate::error::Kind::Invalid, "err-from-as-of", vec![]).with_hint_t("hint-from-to", vec![]));
    }
    let app = ctx.read()?;
    o.scope = a.scope.resolve(ctx, &app)?;
    let m = profitability::matrix(&app, &o, days)?;
    let before: Option<HashMap<i64, Cell>> = match from {
        Some(f) => {
            let earlier = profitability::matrix(&app, &crate::app::clv::Options { as_of: f, ..o.clone() }, days)?;
            Some(earlier.customers.iter().map(|p| (p.contact_id, p.cell)).collect())
        }
        None => None,
    };
    if a.customers || (before.is_some() && ctx.out.format != Format::Table) {
        let labels = crate::app::reports::labels(&app)?;
        let rows: Vec<CustomerRow> = m
            .customers
            .iter()
            .map(|p| {
                let (r, name) = labels.get(&p.contact_id).cloned().unwrap_or_default();
                CustomerRow {
                    contact_id: p.contact_id,
                    r#ref: r,
                    name,
                    current_value: cents(p.current),
                    potential_value: cents(p.potential),
                    cell: p.cell,
                    cell_before: before.as_ref().and_then(|b| b.get(&p.contact_id).copied()),
                }
            })
            .filter(|r| !a.customers || before.is_none() || r.cell_before != Some(r.cell))
            .collect();
        return ctx.out.records(&rows);
    }
    let rows: Vec<CellRow> = Cell::ALL
        .iter()
        .map(|&cell| {
            let ps: Vec<_> = m.customers.iter().filter(|p| p.cell == cell).collect();
            CellRow {
                cell,
                customers: ps.len(),
                current_value: cents(ps.iter().map(|p| p.current).sum()),
                potential_value: cents(ps.iter().map(|p| p.potential).sum()),
                advice: cell.advice(),
            }
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let labels = crate::app::reports::labels(&app)?;
    let as_of = crate::output::Cells::table(&ctx.out.money, ctx.out.lang).date(o.as_of);
    ctx.out.data(&grid(ctx, &m, &rows, &as_of, before.as_ref(), &labels))
}

fn grid(
    ctx: &Ctx,
    m: &Matrix,
    rows: &[CellRow],
    as_of: &str,
    before: Option<&HashMap<i64, Cell>>,
    labels: &HashMap<i64, (Option<String>, String)>,
) -> String {
    use crate::i18n::{key_of, message, tr, tr_args};
    let money = &ctx.out.money;
    let lang = ctx.out.lang;
    // Names and advice as people read them; the records keep English.
    let name = |c: Cell| message(lang, &format!("profit-{}", key_of(c.name())), &[]).unwrap_or(c.name().into());
    let advice =
        |c: Cell| message(lang, &format!("profit-advice-{}", key_of(c.name())), &[]).unwrap_or(c.advice().into());
    let text = |c: Cell| {
        let r = rows.iter().find(|r| r.cell == c);
        match r {
            Some(r) => format!(
                "{}\n{}\n{}\n{}",
                name(c).to_uppercase(),
                tr_args(lang, "n-customers", &[("count", r.customers.into())]),
                tr_args(lang, "profit-now", &[("amount", money.format(r.current_value).into())]),
                tr_args(lang, "profit-to-come", &[("amount", money.format(r.potential_value).into())]),
            ),
            None => String::new(),
        }
    };
    let mut t = new_table();
    t.load_style(comfy_table::presets::UTF8_FULL);
    let (mc, mp) = (money.format(cents(m.median_current)), money.format(cents(m.median_potential)));
    let side = |id: &str, v: &str| tr_args(lang, id, &[("median", v.into())]);
    t.set_header(["".to_string(), side("profit-current-high", &mc), side("profit-current-low", &mc)]);
    t.add_row([side("profit-potential-high", &mp), text(Cell::Desirable), text(Cell::UnderDeveloped)]);
    let has_refs = rows.iter().any(|r| r.cell == Cell::Reference && r.customers > 0);
    let low = if has_refs {
        format!("{}\n\n{}", text(Cell::Undesirable), text(Cell::Reference))
    } else {
        text(Cell::Undesirable)
    };
    t.add_row([side("profit-potential-low", &mp), text(Cell::Mature), low]);
    let what = tr(lang, if ctx.config.value.margin.is_some() { "profit-what-margin" } else { "profit-what-revenue" });
    let title = tr_args(
        lang,
        "profit-title",
        &[
            ("date", as_of.into()),
            ("what", what.into()),
            ("customers", tr_args(lang, "n-customers", &[("count", m.customers.len().into())]).into()),
        ],
    );
    let mut out = format!("{title}\n{t}\n\n{}\n", tr(lang, "rfm-what-to-do"));
    for r in rows.iter().filter(|r| r.customers > 0) {
        out.push_str(&format!("  {:<16} {}\n", name(r.cell), advice(r.cell)));
    }
    if let Some(b) = before {
        let moved: Vec<String> = m
            .customers
            .iter()
            .filter_map(|p| {
                let was = b.get(&p.contact_id).copied();
                (was != Some(p.cell)).then(|| {
                    let who = labels.get(&p.contact_id).map(|l| l.1.as_str()).unwrap_or_default();
                    let from = was.map_or_else(|| tr(lang, "profit-new"), name);
                    format!("  {who} (id {}): {from} → {}\n", p.contact_id, name(p.cell))
                })
            })
            .collect();
        out.push_str(&format!("\n{}\n", tr_args(lang, "profit-moved", &[("count", moved.len().into())])));
        const SHOWN: usize = 20;
        out.push_str(&if moved.is_empty() {
            format!("  {}\n", tr(lang, "profit-nobody"))
        } else {
            moved[..moved.len().min(SHOWN)].concat()
        });
        if moved.len() > SHOWN {
            out.push_str(&format!("  {}\n", tr_args(lang, "profit-more", &[("count", (moved.len() - SHOWN).into())])));
        }
    }
    out
}
