//! `campaign preview` and `campaign report`: what a campaign will do and
//! what it did, as records for scripts and a summary for people.

use super::campaign::{decision_words, window};
use crate::app::campaigns::{self, address};
use crate::context::Ctx;
use crate::domain::campaign::{lift, Outcome};
use crate::domain::money::Cents;
use crate::error::Result;
use crate::output::campaign_report::{
    economics_prose, forecast_prose, preview_summary, record, summary_and_rows, Delivery,
};
use crate::output::reports::pct;
use crate::output::{new_table, Format};

/// `send`, `control`, `excluded` for scripts; in words in a French table.
#[derive(serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(transparent)]
struct DecisionWord(&'static str);

/// Why a contact is left out, the same way.
#[derive(serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(transparent)]
struct WhyOut(&'static str);

impl crate::output::ToCell for DecisionWord {
    fn cell(&self, c: &crate::output::Cells) -> String {
        c.named("decision", self.0)
    }
}

impl crate::output::ToCell for WhyOut {
    fn cell(&self, c: &crate::output::Cells) -> String {
        c.named("left-out", self.0)
    }
}

/// The channel as a table says it in the run's language (`e-mail`).
fn channel_word(ctx: &Ctx, ch: crate::domain::consent::Channel) -> String {
    crate::output::Cells::table(&ctx.out.money, ctx.out.lang)
        .value_word("channel", ch.as_str())
        .unwrap_or_else(|| ch.as_str().to_string())
}

crate::record! {
    struct PreviewRow {
        contact_id: i64,
        name: String,
        address: Option<String>,
        decision: DecisionWord,
        reason: Option<WhyOut>,
    }
}

pub fn preview(ctx: &Ctx, name: &str, summary_only: bool) -> Result<()> {
    ctx.no_vcf("campaign preview")?;
    let app = ctx.read()?;
    let (c, members, forecast) = campaigns::preview(&app, name)?;
    if let Some((_, problem)) = crate::app::consent::verify(&app)?.problem {
        ctx.out.warn(ctx.text("warn-campaign-seals", &[("problem", problem.to_string().into())]));
    }
    let rows: Vec<PreviewRow> = members
        .iter()
        .map(|m| {
            let (decision, reason) = decision_words(m.decision);
            PreviewRow {
                contact_id: m.reach.id,
                name: m.reach.name.clone(),
                address: address(c.channel, &m.reach),
                decision: DecisionWord(decision),
                reason: reason.map(WhyOut),
            }
        })
        .collect();
    let count = |d: &str| rows.iter().filter(|r| r.decision.0 == d).count();
    let summary = preview_summary(&c, (rows.len(), count("send"), count("control")), &forecast);
    if summary_only {
        return ctx.out.card(&summary);
    }
    if ctx.out.format == Format::Table {
        let mut reasons: Vec<(&str, usize)> = Vec::new();
        for r in rows.iter().filter_map(|r| if r.decision.0 == "excluded" { r.reason.map(|w| w.0) } else { None }) {
            match reasons.iter_mut().find(|(x, _)| *x == r) {
                Some(e) => e.1 += 1,
                None => reasons.push((r, 1)),
            }
        }
        let lang = ctx.out.lang;
        let tr = |id: &str| crate::i18n::tr(lang, id);
        let mut t = new_table();
        t.set_header([String::new(), tr("campaign-people")]);
        t.add_row([tr("campaign-in-segment"), rows.len().to_string()]);
        t.add_row([tr("campaign-will-receive"), count("send").to_string()]);
        t.add_row([tr("campaign-control-group"), count("control").to_string()]);
        for (why, n) in reasons {
            let why = crate::i18n::message(lang, &format!("left-out-{}", crate::i18n::key_of(why)), &[])
                .unwrap_or_else(|| why.to_string());
            t.add_row([crate::i18n::tr_args(lang, "campaign-left-out", &[("why", why.into())]), n.to_string()]);
        }
        let title = crate::i18n::tr_args(
            lang,
            if c.launched_on.is_some() { "campaign-preview-title-launched" } else { "campaign-preview-title" },
            &[
                ("name", c.name.as_str().into()),
                ("channel", channel_word(ctx, c.channel).into()),
                ("segment", c.segment.as_str().into()),
            ],
        );
        ctx.out.say(format!("{title}\n{t}\n{}", forecast_prose(&ctx.out.money, &c, count("send"), &forecast, lang)));
    }
    summary_and_rows(&ctx.out, &summary, &rows)
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
    let delivery = Delivery::of(&crate::app::sending::delivery_counts(app.db(), r.campaign.id)?);
    if ctx.out.format != Format::Table {
        return ctx.out.card(&record(&r, days, open, ctx.config.value.margin_fraction(), delivery));
    }
    let rows = [report_row("recipients", r.recipients), report_row("control", r.control)];
    let lang = ctx.out.lang;
    let tr = |id: &str| crate::i18n::tr(lang, id);
    let mut t = new_table();
    t.set_header(
        ["group", "people", "bought", "rate", "revenue", "per-head"].map(|h| tr(&format!("campaign-col-{h}"))),
    );
    for row in &rows {
        t.add_row([
            tr(&format!("campaign-group-{}", row.group)),
            row.people.to_string(),
            row.buyers.to_string(),
            crate::i18n::decimal(lang, pct(row.purchase_rate)),
            ctx.out.money.format(row.revenue),
            ctx.out.money.format(row.revenue_per_head),
        ]);
    }
    let title_args = [
        ("name", r.campaign.name.as_str().into()),
        ("day", ctx.day_text(r.launched).into()),
        ("days", days.into()),
        ("left", (r.window_end - ctx.today).num_days().into()),
    ];
    let title = crate::i18n::tr_args(
        lang,
        if open { "campaign-report-title-open" } else { "campaign-report-title" },
        &title_args,
    );
    let mut out = format!("{title}\n{t}\n");
    let points = |x: f64| crate::i18n::decimal(lang, format!("{:+.1}", x * 100.0));
    match lift(r.recipients, r.control) {
        Some((d, lo, hi)) => out.push_str(&format!(
            "{}\n",
            crate::i18n::tr_args(
                lang,
                if lo > 0.0 { "campaign-lift-made-difference" } else { "campaign-lift-chance" },
                &[("lift", points(d).into()), ("low", points(lo).into()), ("high", points(hi).into())],
            )
        )),
        None => out.push_str(&format!("{}\n", tr("campaign-no-control"))),
    }
    out.push_str(&economics_prose(&ctx.out.money, &r, lang));
    out.push_str(&format!(
        "{}\n",
        crate::i18n::tr_args(
            lang,
            "campaign-opt-outs",
            &[("channel", channel_word(ctx, r.campaign.channel).into()), ("count", r.opt_outs.into())],
        )
    ));
    // A campaign carnet sent itself: what became of each message.
    if let Some(d) = delivery {
        out.push_str(&format!(
            "{}\n",
            crate::i18n::tr_args(
                lang,
                "campaign-delivery",
                &[
                    ("sent", d.sent.into()),
                    ("failed", d.failed.into()),
                    ("bounced", d.bounced.into()),
                    ("skipped", d.skipped.into()),
                    ("waiting", d.waiting.into()),
                    ("uncertain", d.uncertain.into()),
                    ("unsubscribed", r.opt_outs.into()),
                ],
            )
        ));
    }
    ctx.out.data(&out)
}
