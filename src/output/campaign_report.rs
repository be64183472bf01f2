//! `campaign preview`'s cost and break-even and `campaign report`'s
//! economics: the record scripts read and the sentences people read.

use crate::app::campaigns::{Forecast, Results};
use crate::app::views::Campaign;
use crate::domain::campaign::lift;
use crate::domain::campaign_economics::Verdict;
use crate::domain::money::{Cents, MoneyStyle};
use crate::output::reports::pct;
use crate::output::round4;

/// The cost and the break-even, in words, in `lang`.
pub fn forecast_prose(
    money_style: &MoneyStyle,
    c: &Campaign,
    reached: usize,
    f: &Forecast,
    lang: crate::i18n::Lang,
) -> String {
    use crate::i18n::tr_args;
    let money = |v| money_style.format(v);
    if c.costs.is_zero() {
        return format!("{}\n", tr_args(lang, "campaign-no-cost-preview", &[("name", c.name.as_str().into())]));
    }
    let mut out = format!(
        "{}\n",
        tr_args(
            lang,
            "campaign-cost-line",
            &[
                ("cost", money(f.cost).into()),
                ("reached", reached.into()),
                ("per", money(c.costs.per_contact).into()),
                ("fixed", money(c.costs.fixed).into()),
            ],
        )
    );
    match (f.break_even, f.average_purchase) {
        (Some(b), Some(avg)) => {
            out.push_str(&tr_args(
                lang,
                "campaign-break-even",
                &[
                    ("purchases", b.purchases.into()),
                    ("average", money(avg).into()),
                    ("share", crate::i18n::decimal(lang, pct(b.share_of_reached)).into()),
                    ("reached", reached.into()),
                ],
            ));
            if !f.margin_known {
                out.push_str(&crate::i18n::tr(lang, "campaign-in-revenue"));
            }
            out.push('\n');
        }
        _ => out.push_str(&format!("{}\n", crate::i18n::tr(lang, "campaign-no-break-even"))),
    }
    out
}

crate::record! {
    /// `campaign preview`'s counts, cost and break-even, for scripts.
    pub struct PreviewSummary {
        pub campaign: String,
        pub channel: crate::domain::consent::Channel,
        pub segment: String,
        pub launched: bool,
        pub in_segment: usize,
        pub will_receive: usize,
        pub control: usize,
        pub excluded: usize,
        pub cost: Cents,
        pub cost_per_contact: Cents,
        pub fixed_cost: Cents,
        /// The file's average purchase, on which the break-even rests.
        pub average_purchase: Option<Cents>,
        /// Extra revenue (or margin) the campaign must bring to pay for itself.
        pub break_even_revenue: Option<Cents>,
        /// Extra purchases of the average amount needed.
        pub break_even_purchases: Option<u64>,
        /// Those purchases as a share of the people reached.
        pub break_even_share: Option<f64>,
        /// `margin` with `[value] margin` set, else `revenue`.
        pub break_even_basis: &'static str,
    }
    numeric: [in_segment, will_receive, control, excluded, cost, cost_per_contact, fixed_cost, average_purchase,
              break_even_revenue, break_even_purchases, break_even_share]
}

/// The summary of a preview: `counts` is (in segment, will receive, control).
pub fn preview_summary(c: &Campaign, counts: (usize, usize, usize), f: &Forecast) -> PreviewSummary {
    let (in_segment, will_receive, control) = counts;
    PreviewSummary {
        campaign: c.name.clone(),
        channel: c.channel,
        segment: c.segment.clone(),
        launched: c.launched_on.is_some(),
        in_segment,
        will_receive,
        control,
        excluded: in_segment - will_receive - control,
        cost: f.cost,
        cost_per_contact: c.costs.per_contact,
        fixed_cost: c.costs.fixed,
        average_purchase: f.average_purchase,
        break_even_revenue: f.break_even.as_ref().map(|b| b.revenue),
        break_even_purchases: f.break_even.as_ref().map(|b| b.purchases),
        break_even_share: f.break_even.as_ref().map(|b| round4(b.share_of_reached)),
        break_even_basis: if f.margin_known { "margin" } else { "revenue" },
    }
}

/// A report with a summary for scripts: JSON gets `{"summary": …,
/// "rows": […]}`; CSV and workbooks get the rows (the summary alone with
/// the command's `--summary`).
pub fn summary_and_rows<S: serde::Serialize, R: crate::output::Record>(
    out: &crate::output::Output,
    summary: &S,
    rows: &[R],
) -> crate::error::Result<()> {
    if out.format != crate::output::Format::Json || out.xlsx {
        return out.records(rows);
    }
    // One line for the summary and one per row, as the listings print theirs.
    let mut text = format!("{{\n  \"summary\": {},\n  \"rows\": [", serde_json::to_string(summary)?);
    for (i, r) in rows.iter().enumerate() {
        text.push_str(if i == 0 { "\n    " } else { ",\n    " });
        text.push_str(&serde_json::to_string(r)?);
    }
    text.push_str(if rows.is_empty() { "]\n}\n" } else { "\n  ]\n}\n" });
    crate::output::write_stdout(text.as_bytes())
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
        /// The 95 % interval of the return, from the incremental margin's.
        pub roi_low: Option<f64>,
        pub roi_high: Option<f64>,
        /// `margin` with `[value] margin` set, else `revenue`.
        pub roi_basis: &'static str,
        pub verdict: &'static str,
        pub opt_outs: i64,
        /// What became of the messages carnet sent itself (`campaign
        /// send`); empty for a campaign sent another way.
        pub sent: Option<i64>,
        pub failed: Option<i64>,
        pub bounced: Option<i64>,
        /// Not sent: consent withdrawn, bounced or erased since the launch.
        pub skipped: Option<i64>,
        /// Queued: still to send.
        pub waiting: Option<i64>,
        /// May have left when a send was interrupted.
        pub uncertain: Option<i64>,
        /// Recipients who opted out on the channel since the launch (the
        /// same count as `opt_outs`).
        pub unsubscribed: i64,
    }
    numeric: [window_days, recipients, recipients_buyers, recipients_revenue, control, control_buyers,
              control_revenue, lift, lift_low, lift_high, cost, incremental_buyers, incremental_buyers_low,
              incremental_buyers_high, incremental_revenue, incremental_revenue_low, incremental_revenue_high,
              margin_rate, incremental_margin, incremental_margin_low, incremental_margin_high, roi, roi_low, roi_high,
              opt_outs, sent, failed, bounced, skipped, waiting, uncertain, unsubscribed]
}

/// The outbox of a campaign carnet sent, by state (`campaign send`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    pub sent: i64,
    pub failed: i64,
    pub bounced: i64,
    pub skipped: i64,
    pub waiting: i64,
    pub uncertain: i64,
}

impl Delivery {
    /// From the rows per state; None when carnet sent nothing of it.
    pub fn of(counts: &std::collections::HashMap<String, i64>) -> Option<Delivery> {
        let n = |s: &str| counts.get(s).copied().unwrap_or(0);
        (!counts.is_empty()).then(|| Delivery {
            sent: n("sent"),
            failed: n("failed"),
            bounced: n("bounced"),
            skipped: n("skipped"),
            waiting: n("queued"),
            // A row left `sending` by a run that stopped.
            uncertain: n("sending"),
        })
    }
}

/// The return on investment had the extra margin been `margin`: where an
/// end of its interval puts the return (None when the campaign cost nothing).
fn roi_at(e: &crate::domain::campaign_economics::Economics, margin: f64) -> Option<f64> {
    let c = e.cost.0 as f64;
    (e.cost.0 > 0).then(|| (margin - c) / c)
}

pub fn record(r: &Results, days: u32, open: bool, margin_rate: Option<f64>, d: Option<Delivery>) -> ReportRecord {
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
        roi_low: e.and_then(|e| roi_at(e, e.margin.low)).map(round4),
        roi_high: e.and_then(|e| roi_at(e, e.margin.high)).map(round4),
        roi_basis: if margin_rate.is_some() { "margin" } else { "revenue" },
        verdict: e.map_or(Verdict::CannotTellYet, |e| e.verdict).as_str(),
        opt_outs: r.opt_outs,
        sent: d.map(|d| d.sent),
        failed: d.map(|d| d.failed),
        bounced: d.map(|d| d.bounced),
        skipped: d.map(|d| d.skipped),
        waiting: d.map(|d| d.waiting),
        uncertain: d.map(|d| d.uncertain),
        unsubscribed: r.opt_outs,
    }
}

/// The economics, in words, in `lang`.
pub fn economics_prose(money_style: &MoneyStyle, r: &Results, lang: crate::i18n::Lang) -> String {
    use crate::i18n::{decimal, tr, tr_args};
    let money = |v: f64| money_style.format(Cents(v.round() as i64));
    let Some(e) = &r.economics else {
        if r.campaign.costs.is_zero() {
            return String::new();
        }
        return format!(
            "{}\n",
            tr_args(lang, "campaign-cost-unmeasured", &[("cost", money_style.format(r.cost).into())])
        );
    };
    let signed = |x: f64| format!("{x:+.0}");
    let mut out = format!(
        "{}\n",
        tr_args(
            lang,
            "campaign-extra",
            &[
                ("buyers", signed(e.buyers.value).into()),
                ("low", signed(e.buyers.low).into()),
                ("high", signed(e.buyers.high).into()),
                ("revenue", money(e.revenue.value).into()),
                ("revenue_low", money(e.revenue.low).into()),
                ("revenue_high", money(e.revenue.high).into()),
            ],
        )
    );
    if r.margin_known {
        out.push_str(&format!(
            "{}\n",
            tr_args(
                lang,
                "campaign-extra-margin",
                &[
                    ("margin", money(e.margin.value).into()),
                    ("low", money(e.margin.low).into()),
                    ("high", money(e.margin.high).into()),
                ],
            )
        ));
    }
    if r.campaign.costs.is_zero() {
        out.push_str(&format!(
            "{}\n",
            tr_args(lang, "campaign-no-cost-report", &[("name", r.campaign.name.as_str().into())])
        ));
        return out;
    }
    let basis = tr(lang, if r.margin_known { "campaign-basis-margin" } else { "campaign-basis-revenue" });
    let cost = money_style.format(r.cost);
    let line = match e.roi {
        Some(x) => tr_args(
            lang,
            "campaign-cost-roi",
            &[
                ("cost", cost.into()),
                ("roi", decimal(lang, format!("{:+.0}", x * 100.0)).into()),
                ("low", decimal(lang, format!("{:+.0}", roi_at(e, e.margin.low).unwrap_or(x) * 100.0)).into()),
                ("high", decimal(lang, format!("{:+.0}", roi_at(e, e.margin.high).unwrap_or(x) * 100.0)).into()),
                ("basis", basis.into()),
            ],
        ),
        None => tr_args(lang, "campaign-cost-basis", &[("cost", cost.into()), ("basis", basis.into())]),
    };
    out.push_str(&format!("{line}\n"));
    let verdict = match e.verdict {
        Verdict::PaidForItself => "campaign-paid",
        Verdict::DidNot => "campaign-did-not-pay",
        Verdict::CannotTellYet => "campaign-cannot-tell",
        Verdict::Inconclusive => "campaign-inconclusive",
    };
    out.push_str(&format!("{}\n", tr(lang, verdict)));
    out
}
