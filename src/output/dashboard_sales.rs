//! The dashboard's sales and marketing sections: categories and channels,
//! the deal pipeline, the campaigns with their lift and return, consent.

use super::*;

pub(super) fn groups(p: &mut Page, d: &Dashboard) {
    p.section("groups", &p.t("dash-groups"));
    if d.categories.names.is_empty() && d.channels.names.is_empty() {
        p.note(&p.t("dash-no-groups"));
    }
    for (id, g, title) in [
        ("categories", &d.categories, p.t("dash-categories-chart")),
        ("channels", &d.channels, p.t("dash-channels-chart")),
    ] {
        if g.names.is_empty() {
            continue;
        }
        // Largest first, as `report categories` and `report channels` list them.
        let mut order: Vec<usize> = (0..g.names.len()).collect();
        order.sort_by(|&a, &b| g.stats[b].revenue.cmp(&g.stats[a].revenue).then_with(|| g.names[a].cmp(&g.names[b])));
        let names: Vec<String> = order.iter().map(|&i| g.names[i].clone()).collect();
        let values: Vec<f64> = order.iter().map(|&i| g.stats[i].revenue as f64 / 100.0).collect();
        let money = p.money.clone();
        let chart = svg::bars(&title, &names, &values, &|v| money.format(Cents((v * 100.0).round() as i64)), false);
        let head = ["name", "revenue", "trend", "repeat_rate"].map(|h| crate::i18n::header(p.lang, h)).to_vec();
        let rows: Vec<Vec<Td>> = order
            .iter()
            .map(|&i| (&g.names[i], &g.stats[i]))
            .map(|(n, s)| {
                let trend = s.trend().map(crate::output::round4);
                let repeat = s.repeat_rate().map(crate::output::round4);
                vec![
                    txt(n.clone()),
                    num(p.money(s.revenue), s.revenue),
                    num(
                        trend.map(|t| format!("{:+.0} %", t * 100.0)).unwrap_or_default(),
                        trend.map(|t| t.to_string()).unwrap_or_default(),
                    ),
                    num(
                        repeat.map(|r| p.pct(r)).unwrap_or_default(),
                        repeat.map(|r| r.to_string()).unwrap_or_default(),
                    ),
                ]
            })
            .collect();
        p.figure(id, &title, &chart, &head, &rows);
    }
    p.end();
}

pub(super) fn pipeline(p: &mut Page, d: &Dashboard) {
    p.section("pipeline", &p.t("dash-pipeline"));
    let s = &d.pipeline.stages;
    let labels: Vec<String> = s.iter().map(|s| s.stage.clone()).collect();
    let values: Vec<f64> = s.iter().map(|s| s.total as f64 / 100.0).collect();
    let money = p.money.clone();
    let chart = svg::bars(
        &p.t("dash-funnel-chart"),
        &labels,
        &values,
        &|v| money.format(Cents((v * 100.0).round() as i64)),
        true,
    );
    let head = ["stage", "probability", "deals", "total", "weighted"].map(|h| crate::i18n::header(p.lang, h)).to_vec();
    let rows: Vec<Vec<Td>> = s
        .iter()
        .map(|s| {
            vec![
                txt(s.stage.clone()),
                num(format!("{} %", s.probability), s.probability),
                num(s.deals.to_string(), s.deals),
                num(p.money(s.total), s.total),
                num(p.money(s.weighted), s.weighted),
            ]
        })
        .collect();
    p.figure("pipeline", &p.t("dash-funnel-chart"), &chart, &head, &rows);
    let weighted: i64 = s.iter().map(|s| s.weighted).sum();
    p.note(&tr_args(p.lang, "dash-forecast", &[("amount", p.money(weighted).into())]));
    p.end();
}

pub(super) fn campaigns(p: &mut Page, d: &Dashboard) {
    p.section("campaigns", &p.t("dash-campaigns"));
    if d.campaigns.is_empty() {
        p.note(&p.t("dash-no-campaigns"));
        return p.end();
    }
    let labels: Vec<String> = d.campaigns.iter().map(|r| r.campaign.name.clone()).collect();
    let values: Vec<f64> =
        d.campaigns.iter().map(|r| r.economics.map(|e| e.revenue.value / 100.0).unwrap_or(0.0).max(0.0)).collect();
    let money = p.money.clone();
    let chart = svg::bars(
        &p.t("dash-campaigns-chart"),
        &labels,
        &values,
        &|v| money.format(Cents((v * 100.0).round() as i64)),
        false,
    );
    let head = [
        p.t("dash-campaign"),
        p.t("dash-lift"),
        p.t("dash-extra-revenue"),
        p.t("dash-cost"),
        "ROI".to_string(),
        p.t("dash-verdict"),
    ];
    let rows: Vec<Vec<Td>> = d
        .campaigns
        .iter()
        .map(|r| {
            let lift = r.recipients.rate() - r.control.rate();
            match r.economics {
                Some(e) => vec![
                    txt(r.campaign.name.clone()),
                    num(crate::i18n::decimal(p.lang, format!("{:+.1} pt", lift * 100.0)), crate::output::round4(lift)),
                    num(
                        format!(
                            "{} [{} ; {}]",
                            p.money(e.revenue.value.round() as i64),
                            p.money(e.revenue.low.round() as i64),
                            p.money(e.revenue.high.round() as i64)
                        ),
                        e.revenue.value.round() as i64,
                    ),
                    num(p.money(r.cost.0), r.cost.0),
                    num(
                        e.roi.map(|x| p.pct(x)).unwrap_or_default(),
                        e.roi.map(crate::output::round4).map(|x| x.to_string()).unwrap_or_default(),
                    ),
                    txt(message(p.lang, &format!("verdict-{}", key_of(e.verdict.as_str())), &[])
                        .unwrap_or_else(|| e.verdict.as_str().replace('_', " "))),
                ],
                None => vec![
                    txt(r.campaign.name.clone()),
                    txt(""),
                    txt(""),
                    num(p.money(r.cost.0), r.cost.0),
                    txt(""),
                    txt(p.t("dash-no-control")),
                ],
            }
        })
        .collect();
    p.figure("campaigns", &p.t("dash-campaigns-chart"), &chart, &head, &rows);
    p.note(&p.t("dash-campaigns-rules"));
    p.end();
}

pub(super) fn consent(p: &mut Page, d: &Dashboard) {
    use crate::domain::consent::{Channel, Status};
    p.section("consent", &p.t("dash-consent"));
    let counts = &d.consent.counts;
    let mut channels: Vec<Channel> = Vec::new();
    let mut statuses: Vec<Status> = Vec::new();
    for c in counts {
        if !channels.contains(&c.channel) {
            channels.push(c.channel);
        }
        if !statuses.contains(&c.status) {
            statuses.push(c.status);
        }
    }
    let word = |g: &str, w: &str| p.cells.value_word(g, w).unwrap_or_else(|| w.replace('_', " "));
    let rows: Vec<String> = channels.iter().map(|c| word("channel", c.as_str())).collect();
    let cols: Vec<String> = statuses.iter().map(|s| word("status", s.as_str())).collect();
    let top = counts.iter().map(|c| c.contacts).max().unwrap_or(1).max(1) as f64;
    let cells: Vec<Vec<Option<svg::Mark>>> = channels
        .iter()
        .map(|ch| {
            statuses
                .iter()
                .map(|st| {
                    let n =
                        counts.iter().find(|c| c.channel == *ch && c.status == *st).map(|c| c.contacts).unwrap_or(0);
                    Some((n as f64 / top, n.to_string(), n.to_string()))
                })
                .collect()
        })
        .collect();
    let chart = svg::grid(
        &p.t("dash-consent-chart"),
        &Grid { rows: &rows, columns: &cols, cells: &cells },
        &p.t("dash-consent-rows"),
        &p.t("dash-consent-columns"),
    );
    p.figure("consent", &p.t("dash-consent-chart"), &chart, &[], &[]);
    p.end();
}
