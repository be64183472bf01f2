//! `campaign preview` and `campaign report`: what a campaign will do and
//! what it did, as records for scripts and a summary for people.

use super::campaign::{decision_words, window};
use crate::app::campaigns::{self, address, Forecast, Results};
use crate::context::Ctx;
use crate::domain::campaign::{lift, Outcome};
use crate::domain::campaign_economics::Verdict;
use crate::domain::money::Cents;
use crate::error::Result;
use crate::output::reports::pct;
use crate::output::{new_table, Format};
use crate::store::campaigns::Campaign;

crate::record! {
    struct PreviewRow {
        contact_id: i64,
        name: String,
        address: Option<String>,
        decision: &'static str,
        reason: Option<&'static str>,
    }
}

pub fn preview(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.no_vcf("campaign preview")?;
    let app = ctx.read()?;
    let (c, members, forecast) = campaigns::preview(&app, name)?;
    if let Some((_, problem)) = crate::app::consent::verify(&app)?.problem {
        ctx.out.warn(format!(
            "the consent history does not match its seals ({problem}): the audience may rest on altered consents; see `carnet consent verify`"
        ));
    }
    let rows: Vec<PreviewRow> = members
        .iter()
        .map(|m| {
            let (decision, reason) = decision_words(m.decision);
            PreviewRow {
                contact_id: m.reach.id,
                name: m.reach.name.clone(),
                address: address(c.channel, &m.reach),
                decision,
                reason,
            }
        })
        .collect();
    if ctx.out.format == Format::Table {
        let count = |d: &str| rows.iter().filter(|r| r.decision == d).count();
        let mut reasons: Vec<(&str, usize)> = Vec::new();
        for r in rows.iter().filter_map(|r| if r.decision == "excluded" { r.reason } else { None }) {
            match reasons.iter_mut().find(|(x, _)| *x == r) {
                Some(e) => e.1 += 1,
                None => reasons.push((r, 1)),
            }
        }
        let mut t = new_table();
        t.set_header(["", "people"]);
        t.add_row(["in the segment".to_string(), rows.len().to_string()]);
        t.add_row(["will receive it".to_string(), count("send").to_string()]);
        t.add_row(["control group (not contacted)".to_string(), count("control").to_string()]);
        for (why, n) in reasons {
            t.add_row([format!("left out: {why}"), n.to_string()]);
        }
        ctx.out.say(format!(
            "Campaign `{}` ({}) to segment `{}`{}\n{t}\n{}",
            c.name,
            c.channel,
            c.segment,
            if c.launched_on.is_some() { " — already launched; this is today's view" } else { "" },
            forecast_prose(ctx, &c, count("send"), &forecast)
        ));
    }
    ctx.out.records(&rows)
}

/// The cost and the break-even, in words.
fn forecast_prose(ctx: &Ctx, c: &Campaign, reached: usize, f: &Forecast) -> String {
    let money = |v| ctx.out.money.format(v);
    if c.costs.is_zero() {
        return format!(
            "No cost set: `carnet campaign edit {} --cost-per-contact 0,85 --fixed-cost 120` shows what it must bring.\n",
            c.name
        );
    }
    let mut out = format!(
        "Cost: {} ({reached} × {} + {} fixed)\n",
        money(f.cost),
        money(c.costs.per_contact),
        money(c.costs.fixed)
    );
    match (f.break_even, f.average_purchase) {
        (Some(b), Some(avg)) => out.push_str(&format!(
            "To pay for itself, this campaign must bring {} extra purchase(s) of {} (the average purchase) — {} of the {reached} people it reaches{}\n",
            b.purchases,
            money(avg),
            pct(b.share_of_reached),
            if f.margin_known {
                ""
            } else {
                ";\nthat is in revenue: set `[value] margin = \"40%\"` in the config to count only the margin"
            }
        )),
        _ => out.push_str("No break-even: it reaches nobody, or there are no purchases to average.\n"),
    }
    out
}

crate::record! {
    /// `campaign report` for scripts: one record, both groups and the economics.
    struct ReportRecord {
        campaign: String,
        launched_on: chrono::NaiveDate,
        window_days: u32,
        window_open: bool,
        recipients: i64,
        recipients_buyers: i64,
        recipients_revenue: Cents,
        control: i64,
        control_buyers: i64,
        control_revenue: Cents,
        lift: Option<f64>,
        lift_low: Option<f64>,
        lift_high: Option<f64>,
        cost: Cents,
        incremental_buyers: Option<f64>,
        incremental_buyers_low: Option<f64>,
        incremental_buyers_high: Option<f64>,
        incremental_revenue: Option<Cents>,
        incremental_revenue_low: Option<Cents>,
        incremental_revenue_high: Option<Cents>,
        margin_rate: Option<f64>,
        incremental_margin: Option<Cents>,
        incremental_margin_low: Option<Cents>,
        incremental_margin_high: Option<Cents>,
        roi: Option<f64>,
        /// `margin` with `[value] margin` set, else `revenue`.
        roi_basis: &'static str,
        verdict: &'static str,
        opt_outs: i64,
    }
    numeric: [window_days, recipients, recipients_buyers, recipients_revenue, control, control_buyers,
              control_revenue, lift, lift_low, lift_high, cost, incremental_buyers, incremental_buyers_low,
              incremental_buyers_high, incremental_revenue, incremental_revenue_low, incremental_revenue_high,
              margin_rate, incremental_margin, incremental_margin_low, incremental_margin_high, roi, opt_outs]
}

fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

fn record(r: &Results, days: u32, open: bool, margin_rate: Option<f64>) -> ReportRecord {
    let l = lift(r.recipients, r.control);
    let e = r.economics.as_ref();
    let cents = |x: f64| Cents(x.round() as i64);
    ReportRecord {
        campaign: r.campaign.name.clone(),
        launched_on: r.launched,
        window_days: days,
        window_open: open,
        recipients: r.recipients.people as i64,
        recipients_buyers: r.recipients.buyers as i64,
        recipients_revenue: Cents(r.recipients.revenue_cents),
        control: r.control.people as i64,
        control_buyers: r.control.buyers as i64,
        control_revenue: Cents(r.control.revenue_cents),
        lift: l.map(|l| round4(l.0)),
        lift_low: l.map(|l| round4(l.1)),
        lift_high: l.map(|l| round4(l.2)),
        cost: r.cost,
        incremental_buyers: e.map(|e| (e.buyers.value * 10.0).round() / 10.0),
        incremental_buyers_low: e.map(|e| (e.buyers.low * 10.0).round() / 10.0),
        incremental_buyers_high: e.map(|e| (e.buyers.high * 10.0).round() / 10.0),
        incremental_revenue: e.map(|e| cents(e.revenue.value)),
        incremental_revenue_low: e.map(|e| cents(e.revenue.low)),
        incremental_revenue_high: e.map(|e| cents(e.revenue.high)),
        margin_rate,
        incremental_margin: e.filter(|_| margin_rate.is_some()).map(|e| cents(e.margin.value)),
        incremental_margin_low: e.filter(|_| margin_rate.is_some()).map(|e| cents(e.margin.low)),
        incremental_margin_high: e.filter(|_| margin_rate.is_some()).map(|e| cents(e.margin.high)),
        roi: e.and_then(|e| e.roi).map(round4),
        roi_basis: if margin_rate.is_some() { "margin" } else { "revenue" },
        verdict: e.map_or(Verdict::CannotTellYet, |e| e.verdict).as_str(),
        opt_outs: r.opt_outs,
    }
}

/// The economics, in words.
fn economics_prose(ctx: &Ctx, r: &Results) -> String {
    let money = |v: f64| ctx.out.money.format(Cents(v.round() as i64));
    let Some(e) = &r.economics else {
        if r.campaign.costs.is_zero() {
            return String::new();
        }
        return format!(
            "Cost: {}; without a control group, what it brought back cannot be measured.\n",
            ctx.out.money.format(r.cost)
        );
    };
    let basis = if r.margin_known { "margin" } else { "revenue (no `[value] margin` set)" };
    let mut out = format!(
        "Extra buyers: {:+.0} (95 % interval {:+.0} to {:+.0}); extra revenue: {} ({} to {})\n",
        e.buyers.value,
        e.buyers.low,
        e.buyers.high,
        money(e.revenue.value),
        money(e.revenue.low),
        money(e.revenue.high)
    );
    if r.margin_known {
        out.push_str(&format!(
            "Extra margin: {} ({} to {})\n",
            money(e.margin.value),
            money(e.margin.low),
            money(e.margin.high)
        ));
    }
    if r.campaign.costs.is_zero() {
        out.push_str(&format!(
            "No cost set: `carnet campaign edit {} --cost-per-contact 0,85 --fixed-cost 120` tells whether it paid for itself.\n",
            r.campaign.name
        ));
        return out;
    }
    let roi = e.roi.map(|x| format!("; return on investment {:+.0} %", x * 100.0)).unwrap_or_default();
    let cost = ctx.out.money.format(r.cost);
    out.push_str(&format!("Cost: {cost}{roi}, counted on {basis}\n"));
    out.push_str(match e.verdict {
        Verdict::PaidForItself => "It paid for itself: even the low end of the interval covers the cost.\n",
        Verdict::DidNot => "It did not pay for itself: even the high end of the interval is below the cost.\n",
        Verdict::CannotTellYet => {
            "Cannot tell yet whether it paid for itself: the interval runs from below the cost to above it.\n"
        }
    });
    out
}

crate::record! {
    struct ReportRow {
        group: String,
        people: i64,
        buyers: i64,
        purchase_rate: f64,
        revenue: Cents,
        revenue_per_head: Cents,
    }
}

fn report_row(group: &str, o: Outcome) -> ReportRow {
    ReportRow {
        group: group.into(),
        people: o.people as i64,
        buyers: o.buyers as i64,
        purchase_rate: (o.rate() * 10000.0).round() / 10000.0,
        revenue: Cents(o.revenue_cents),
        revenue_per_head: Cents(o.revenue_per_head().round() as i64),
    }
}

pub fn report(ctx: &Ctx, name: &str, window_flag: Option<String>) -> Result<()> {
    ctx.no_vcf("campaign report")?;
    let days = window(&window_flag)?;
    let app = ctx.read()?;
    let r = campaigns::report(&app, name, days)?;
    let open = r.window_end > ctx.today;
    if ctx.out.format != Format::Table {
        return ctx.out.card(&record(&r, days, open, ctx.config.value.margin_fraction()));
    }
    let rows = [report_row("recipients", r.recipients), report_row("control", r.control)];
    let mut t = new_table();
    t.set_header(["group", "people", "bought", "rate", "revenue", "per head"]);
    for row in &rows {
        t.add_row([
            row.group.clone(),
            row.people.to_string(),
            row.buyers.to_string(),
            pct(row.purchase_rate),
            ctx.out.money.format(row.revenue),
            ctx.out.money.format(row.revenue_per_head),
        ]);
    }
    let partial = if open {
        format!(" (the window is still open: {} days to go)", (r.window_end - ctx.today).num_days())
    } else {
        String::new()
    };
    let mut out = format!(
        "Campaign `{}` launched {}; purchases from the day after, for {days} days{partial}\n{t}\n",
        r.campaign.name, r.launched
    );
    match lift(r.recipients, r.control) {
        Some((d, lo, hi)) => out.push_str(&format!(
            "Lift in purchase rate: {:+.1} points (95 % confidence interval {:+.1} to {:+.1}){}\n",
            d * 100.0,
            lo * 100.0,
            hi * 100.0,
            if lo > 0.0 { "; the campaign made a difference" } else { "; not distinguishable from chance" }
        )),
        None => out.push_str("No control group: the lift cannot be measured.\n"),
    }
    out.push_str(&economics_prose(ctx, &r));
    out.push_str(&format!("Opt-outs on {} since launch among recipients: {}\n", r.campaign.channel, r.opt_outs));
    ctx.out.data(&out)
}
