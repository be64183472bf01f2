//! `campaign preview` and `campaign report`: what a campaign will do and
//! what it did, as records for scripts and a summary for people.

use super::campaign::{decision_words, window};
use crate::app::campaigns::{self, address};
use crate::context::Ctx;
use crate::domain::campaign::{lift, Outcome};
use crate::domain::money::Cents;
use crate::error::Result;
use crate::output::campaign_report::{economics_prose, forecast_prose, record};
use crate::output::reports::pct;
use crate::output::{new_table, Format};

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
            forecast_prose(&ctx.out.money, &c, count("send"), &forecast)
        ));
    }
    ctx.out.records(&rows)
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
        purchase_rate: crate::output::round4(o.rate()),
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
    out.push_str(&economics_prose(&ctx.out.money, &r));
    out.push_str(&format!("Opt-outs on {} since launch among recipients: {}\n", r.campaign.channel, r.opt_outs));
    ctx.out.data(&out)
}
