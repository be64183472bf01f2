//! `campaign preview`'s cost and break-even and `campaign report`'s
//! economics: the record scripts read and the sentences people read.

use crate::app::campaigns::{Forecast, Results};
use crate::domain::campaign::lift;
use crate::domain::campaign_economics::Verdict;
use crate::domain::money::{Cents, MoneyStyle};
use crate::output::reports::pct;
use crate::output::round4;
use crate::store::campaigns::Campaign;

/// The cost and the break-even, in words.
pub fn forecast_prose(money_style: &MoneyStyle, c: &Campaign, reached: usize, f: &Forecast) -> String {
    let money = |v| money_style.format(v);
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
    pub struct ReportRecord {
        pub campaign: String,
        pub launched_on: chrono::NaiveDate,
        pub window_days: u32,
        pub window_open: bool,
        pub recipients: i64,
        pub recipients_buyers: i64,
        pub recipients_revenue: Cents,
        pub control: i64,
        pub control_buyers: i64,
        pub control_revenue: Cents,
        pub lift: Option<f64>,
        pub lift_low: Option<f64>,
        pub lift_high: Option<f64>,
        pub cost: Cents,
        pub incremental_buyers: Option<f64>,
        pub incremental_buyers_low: Option<f64>,
        pub incremental_buyers_high: Option<f64>,
        pub incremental_revenue: Option<Cents>,
        pub incremental_revenue_low: Option<Cents>,
        pub incremental_revenue_high: Option<Cents>,
        pub margin_rate: Option<f64>,
        pub incremental_margin: Option<Cents>,
        pub incremental_margin_low: Option<Cents>,
        pub incremental_margin_high: Option<Cents>,
        pub roi: Option<f64>,
        /// `margin` with `[value] margin` set, else `revenue`.
        pub roi_basis: &'static str,
        pub verdict: &'static str,
        pub opt_outs: i64,
    }
    numeric: [window_days, recipients, recipients_buyers, recipients_revenue, control, control_buyers,
              control_revenue, lift, lift_low, lift_high, cost, incremental_buyers, incremental_buyers_low,
              incremental_buyers_high, incremental_revenue, incremental_revenue_low, incremental_revenue_high,
              margin_rate, incremental_margin, incremental_margin_low, incremental_margin_high, roi, opt_outs]
}

pub fn record(r: &Results, days: u32, open: bool, margin_rate: Option<f64>) -> ReportRecord {
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
pub fn economics_prose(money_style: &MoneyStyle, r: &Results) -> String {
    let money = |v: f64| money_style.format(Cents(v.round() as i64));
    let Some(e) = &r.economics else {
        if r.campaign.costs.is_zero() {
            return String::new();
        }
        return format!(
            "Cost: {}; without a control group, what it brought back cannot be measured.\n",
            money_style.format(r.cost)
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
    let cost = money_style.format(r.cost);
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
