//! `report pareto` and `report migration`: concentration and movement.

use super::analysis;
use super::report::{day_flag, pct, share, Labels};
use crate::context::Ctx;
use crate::domain::dates::{parse_day, to_day_number};
use crate::domain::money::Cents;
use crate::domain::pareto::{self, Class};
use crate::domain::rfm::{FrequencyBasis, Segment};
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, Record};
use crate::store::analytics;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;

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
}

#[derive(Debug, Args)]
pub struct MigrationArgs {
    /// The earlier day.
    #[arg(long, allow_hyphen_values = true)]
    pub from: String,
    /// The later day (default: today).
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
}

const TOP: [u32; 5] = [1, 5, 10, 20, 50];

#[derive(Serialize)]
struct TopRow {
    top_pct: u32,
    customers: usize,
    revenue: Cents,
    share_revenue: f64,
}

impl Record for TopRow {
    const HEADERS: &'static [&'static str] = &["top_pct", "customers", "revenue", "share_revenue"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.top_pct.to_string(),
            self.customers.to_string(),
            c.money(self.revenue),
            self.share_revenue.to_string(),
        ]
    }
}

#[derive(Serialize)]
struct AbcRow {
    contact_id: i64,
    r#ref: Option<String>,
    name: String,
    revenue: Cents,
    cumulative_share: f64,
    class: Class,
}

impl Record for AbcRow {
    const HEADERS: &'static [&'static str] = &["contact_id", "ref", "name", "revenue", "cumulative_share", "class"];
    const NUMERIC: &'static [&'static str] = &["contact_id", "revenue", "cumulative_share"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.contact_id.to_string(),
            c.opt(&self.r#ref),
            self.name.clone(),
            c.money(self.revenue),
            self.cumulative_share.to_string(),
            format!("{:?}", self.class),
        ]
    }
}

pub fn pareto(ctx: &Ctx, a: ParetoArgs) -> Result<()> {
    let until = day_flag(ctx, "until", &a.until)?;
    let since = a
        .since
        .as_deref()
        .map(|s| parse_day(s, ctx.today).map_err(|e| Error::user(format!("--since: {e}"))))
        .transpose()?;
    if since.is_some_and(|s| s > until) {
        return Err(Error::user("--since is after --until").with_hint("give the period's first day, then its last"));
    }
    let store = ctx.read()?;
    let mut hs = analytics::histories(store.conn(), since.map(to_day_number), to_day_number(until))?;
    if hs.is_empty() {
        ctx.out.say(analysis::explain_empty(store.conn(), until)?);
        return if ctx.out.format == Format::Json { ctx.out.data("[]\n") } else { Ok(()) };
    }
    // Largest first; equal revenue in id order, so runs are reproducible.
    hs.sort_by(|x, y| y.total_cents.cmp(&x.total_cents).then(x.contact_id.cmp(&y.contact_id)));
    let totals: Vec<i64> = hs.iter().map(|h| h.total_cents).collect();
    let classes = pareto::abc(&totals, ctx.config.pareto.a, ctx.config.pareto.b);
    let revenue: i64 = totals.iter().sum();
    if a.customers {
        let labels: Labels = analytics::labels(store.conn())?;
        let mut sink = ctx.out.sink::<AbcRow>(Box::new(std::io::stdout().lock()))?;
        let mut cum = 0i64;
        for (h, class) in hs.iter().zip(&classes) {
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
    let rows: Vec<TopRow> = pareto::top_shares(&totals, &TOP)
        .into_iter()
        .map(|(p, k, top, s)| TopRow {
            top_pct: p,
            customers: k,
            revenue: Cents(top),
            share_revenue: (s * 10000.0).round() / 10000.0,
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let mut t = new_table();
    t.set_header(["top customers", "customers", "revenue", "share of revenue", ""]);
    for r in &rows {
        t.add_row([
            format!("top {} %", r.top_pct),
            r.customers.to_string(),
            ctx.out.money.format(r.revenue),
            pct(r.share_revenue),
            super::report::bar(r.share_revenue, 20),
        ]);
    }
    let mut c = new_table();
    c.set_header(["class", "customers", "share", "revenue", "share of revenue"]);
    for class in [Class::A, Class::B, Class::C] {
        let idx: Vec<usize> = (0..hs.len()).filter(|&i| classes[i] == class).collect();
        let rev: i64 = idx.iter().map(|&i| totals[i]).sum();
        c.add_row([
            format!("{class:?}"),
            idx.len().to_string(),
            pct(share(idx.len() as f64, hs.len() as f64)),
            ctx.out.money.format(Cents(rev)),
            pct(share(rev as f64, revenue as f64)),
        ]);
    }
    let period = match since {
        Some(s) => format!("{s} to {until}"),
        None => format!("up to {until}"),
    };
    ctx.out.data(&format!(
        "Revenue concentration, {period}: {} customers, revenue {}\n{t}\n\nABC classes (A: first {} % of revenue, B: up to {} %, C: the rest)\n{c}\n",
        hs.len(),
        ctx.out.money.format(Cents(revenue)),
        ctx.config.pareto.a,
        ctx.config.pareto.b
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Movement {
    New,
    Fell,
    Rose,
    Same,
    Moved,
}

#[derive(Serialize)]
struct MoveRow {
    contact_id: i64,
    r#ref: Option<String>,
    name: String,
    segment_from: Option<Segment>,
    segment_to: Segment,
    movement: Movement,
}

impl Record for MoveRow {
    const HEADERS: &'static [&'static str] = &["contact_id", "ref", "name", "segment_from", "segment_to", "movement"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.contact_id.to_string(),
            c.opt(&self.r#ref),
            self.name.clone(),
            self.segment_from.map(|s| s.name().to_string()).unwrap_or_default(),
            self.segment_to.name().into(),
            format!("{:?}", self.movement).to_lowercase(),
        ]
    }
}

const TOP_SEGMENTS: [Segment; 2] = [Segment::Champions, Segment::LoyalCustomers];
const SLIPPING: [Segment; 3] = [Segment::AtRisk, Segment::CantLoseThem, Segment::Hibernating];

fn movement(from: Option<Segment>, to: Segment) -> Movement {
    match from {
        None => Movement::New,
        Some(f) if f == to => Movement::Same,
        Some(f) if TOP_SEGMENTS.contains(&f) && SLIPPING.contains(&to) => Movement::Fell,
        Some(f) if !TOP_SEGMENTS.contains(&f) && TOP_SEGMENTS.contains(&to) => Movement::Rose,
        Some(_) => Movement::Moved,
    }
}

pub fn migration(ctx: &Ctx, a: MigrationArgs) -> Result<()> {
    let from = parse_day(&a.from, ctx.today).map_err(|e| Error::user(format!("--from: {e}")))?;
    let to = day_flag(ctx, "to", &a.to)?;
    if from >= to {
        return Err(
            Error::user(format!("--from {from} is not before --to {to}")).with_hint("give the earlier day with --from")
        );
    }
    let store = ctx.read()?;
    let before = analysis::rfm(store.conn(), from, FrequencyBasis::Days)?;
    let after = analysis::rfm(store.conn(), to, FrequencyBasis::Days)?;
    if after.is_empty() {
        ctx.out.say(analysis::explain_empty(store.conn(), to)?);
        return if ctx.out.format == Format::Json { ctx.out.data("[]\n") } else { Ok(()) };
    }
    let was: BTreeMap<i64, Segment> = before.iter().map(|s| (s.history.contact_id, s.segment)).collect();
    let labels: Labels = analytics::labels(store.conn())?;
    let rows: Vec<MoveRow> = after
        .iter()
        .map(|s| {
            let id = s.history.contact_id;
            let f = was.get(&id).copied();
            let (r, name) = labels.get(&id).cloned().unwrap_or_default();
            MoveRow {
                contact_id: id,
                r#ref: r,
                name,
                segment_from: f,
                segment_to: s.segment,
                movement: movement(f, s.segment),
            }
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let short = |s: Segment| -> String {
        s.name().split_whitespace().map(|w| &w[..w.len().min(4)]).collect::<Vec<_>>().join(" ")
    };
    let mut t = new_table();
    let mut header = vec![format!("{from} ↓  {to} →")];
    header.extend(Segment::ALL.iter().map(|&s| short(s)));
    t.set_header(header);
    let froms: Vec<Option<Segment>> = std::iter::once(None).chain(Segment::ALL.iter().map(|&s| Some(s))).collect();
    for f in froms {
        let mut line = vec![f.map(|s| s.name().to_string()).unwrap_or_else(|| "(new customer)".into())];
        line.extend(Segment::ALL.iter().map(|&to_seg| {
            let n = rows.iter().filter(|r| r.segment_from == f && r.segment_to == to_seg).count();
            if n == 0 {
                "·".to_string()
            } else {
                n.to_string()
            }
        }));
        t.add_row(line);
    }
    let list = |m: Movement| -> String {
        let picked: Vec<&MoveRow> = rows.iter().filter(|r| r.movement == m).collect();
        if picked.is_empty() {
            return "  nobody\n".into();
        }
        picked
            .iter()
            .map(|r| {
                format!(
                    "  {} (id {}): {} → {}\n",
                    r.name,
                    r.contact_id,
                    r.segment_from.map(|s| s.name()).unwrap_or("-"),
                    r.segment_to.name()
                )
            })
            .collect()
    };
    let lost = before.len() - rows.iter().filter(|r| r.segment_from.is_some()).count();
    ctx.out.data(&format!(
        "Segment migration from {from} to {to}: {} customers then, {} now ({} new{})\n{t}\n\nFell from Champions or Loyal Customers into At Risk, Can't Lose Them or Hibernating:\n{}\nRose into Champions or Loyal Customers:\n{}",
        before.len(),
        after.len(),
        rows.iter().filter(|r| r.movement == Movement::New).count(),
        if lost > 0 { format!(", {lost} gone") } else { String::new() },
        list(Movement::Fell),
        list(Movement::Rose)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movements() {
        assert_eq!(movement(None, Segment::Champions), Movement::New);
        assert_eq!(movement(Some(Segment::Champions), Segment::AtRisk), Movement::Fell);
        assert_eq!(movement(Some(Segment::LoyalCustomers), Segment::Hibernating), Movement::Fell);
        assert_eq!(movement(Some(Segment::Hibernating), Segment::LoyalCustomers), Movement::Rose);
        assert_eq!(movement(Some(Segment::Champions), Segment::LoyalCustomers), Movement::Moved);
        assert_eq!(movement(Some(Segment::AtRisk), Segment::AtRisk), Movement::Same);
    }
}
