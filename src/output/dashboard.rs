//! The dashboard: one self-contained HTML page (inline SVG, inline CSS, no
//! script, nothing fetched), one section per A4 page when printed. Each
//! chart is a `<figure data-chart>` holding one SVG and the figures as
//! text (the marks' `<title>`s, and a table where the chart is small).
//! No email or phone ever appears: only the names of the customers worth
//! a call.

use super::svg::{self, Grid, Series, COLOURS};
use super::Cells;
use crate::app::dashboard::{Dashboard, CALL_P_ALIVE};
use crate::domain::cohorts::Period;
use crate::domain::money::{Cents, MoneyStyle};
use crate::i18n::{key_of, message, tr, tr_args, Lang};
use std::fmt::Write;

const STYLE: &str = "\
body{font-family:sans-serif;color:#111;max-width:980px;margin:0 auto;padding:1em}
h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:2px solid #0072B2;padding-bottom:.2em}
figure{margin:1em 0;break-inside:avoid;page-break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.3em}
table{border-collapse:collapse;font-size:.85em;margin:.4em 0}td,th{border-bottom:1px solid #ccc;padding:.15em .5em;text-align:left}
td.n{text-align:right}.note{color:#444;font-size:.85em}
@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0}section{break-before:page;page-break-before:always}section:first-of-type{break-before:auto;page-break-before:auto}
figure svg{max-height:120mm}}";

struct Page<'a> {
    lang: Lang,
    money: &'a MoneyStyle,
    cells: Cells<'a>,
    out: String,
}

/// One cell of a figures table: its text, the raw value scripts compare
/// (a number, or a stable English name), and whether it is a number.
struct Td(String, Option<String>, bool);

fn num(text: String, raw: impl ToString) -> Td {
    Td(text, Some(raw.to_string()), true)
}

fn txt(text: impl Into<String>) -> Td {
    Td(text.into(), None, false)
}

fn key(text: String, raw: &str) -> Td {
    Td(text, Some(raw.to_string()), false)
}

impl Page<'_> {
    fn t(&self, id: &str) -> String {
        tr(self.lang, id)
    }

    fn money(&self, cents: i64) -> String {
        self.money.format(Cents(cents))
    }

    fn pct(&self, x: f64) -> String {
        crate::i18n::decimal(self.lang, format!("{:.0} %", x * 100.0))
    }

    fn section(&mut self, id: &str, title: &str) {
        let _ = write!(self.out, "<section id=\"{id}\"><h2>{}</h2>", svg::escape(title));
    }

    fn end(&mut self) {
        self.out.push_str("</section>\n");
    }

    fn note(&mut self, text: &str) {
        let _ = write!(self.out, "<p class=\"note\">{}</p>", svg::escape(text));
    }

    fn figure(&mut self, id: &str, title: &str, svg: &str, head: &[String], rows: &[Vec<Td>]) {
        let _ = write!(self.out, "<figure data-chart=\"{id}\"><figcaption>{}</figcaption>{svg}", svg::escape(title));
        if !rows.is_empty() {
            self.table(id, head, rows);
        }
        self.out.push_str("</figure>");
    }

    fn table(&mut self, id: &str, head: &[String], rows: &[Vec<Td>]) {
        let _ = write!(self.out, "<table class=\"figures\" data-table=\"{id}\"><thead><tr>");
        for h in head {
            let _ = write!(self.out, "<th>{}</th>", svg::escape(h));
        }
        self.out.push_str("</tr></thead><tbody>");
        for r in rows {
            self.out.push_str("<tr>");
            for Td(text, raw, numeric) in r {
                let class = if *numeric { " class=\"n\"" } else { "" };
                match raw {
                    Some(v) => {
                        let _ =
                            write!(self.out, "<td{class} data-value=\"{}\">{}</td>", svg::escape(v), svg::escape(text));
                    }
                    None => {
                        let _ = write!(self.out, "<td>{}</td>", svg::escape(text));
                    }
                }
            }
            self.out.push_str("</tr>");
        }
        self.out.push_str("</tbody></table>");
    }

    fn unavailable(&mut self, why: &crate::i18n::Text) {
        let t = tr_args(self.lang, "dash-unavailable", &[("why", why.render(self.lang).into())]);
        self.note(&t);
    }
}

/// The whole page in `lang`.
pub fn page(money: &MoneyStyle, lang: Lang, d: &Dashboard) -> String {
    let cells = Cells::table(money, lang);
    let date = cells.date(d.as_of);
    let mut p = Page { lang, money, cells, out: String::with_capacity(256 * 1024) };
    let title = tr_args(lang, "dash-title", &[("date", date.as_str().into())]);
    let _ = write!(
        p.out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{STYLE}</style></head><body><h1>{}</h1><p class=\"note\">{}</p>\n",
        if lang == Lang::Fr { "fr" } else { "en" },
        svg::escape(&title),
        svg::escape(&title),
        svg::escape(&p.t("dash-intro"))
    );
    activity(&mut p, d);
    cohorts(&mut p, d);
    rfm(&mut p, d);
    matrices(&mut p, d);
    clv(&mut p, d);
    groups(&mut p, d);
    pipeline(&mut p, d);
    campaigns(&mut p, d);
    consent(&mut p, d);
    p.out.push_str("</body></html>\n");
    p.out
}

fn activity(p: &mut Page, d: &Dashboard) {
    let a = &d.activity;
    let shown = crate::app::dashboard::MONTHS as usize;
    let skip = a.months.len() - shown;
    let labels: Vec<String> = (0..shown).map(|i| Period::Month.label(a.first + (skip + i) as i32)).collect();
    p.section("activity", &p.t("dash-activity"));
    let this: Vec<f64> = a.months[skip..].iter().map(|m| m.revenue as f64 / 100.0).collect();
    let before: Vec<f64> = a.months[skip - 12..a.months.len() - 12].iter().map(|m| m.revenue as f64 / 100.0).collect();
    let (now_name, before_name) = (p.t("dash-this-period"), p.t("dash-year-before"));
    let money = p.money.clone();
    let fmt = move |v: f64| money.format(Cents((v * 100.0).round() as i64));
    let chart = svg::lines(
        &p.t("dash-revenue-chart"),
        &labels,
        &[
            Series { name: &now_name, values: &this, dashed: false, colour: COLOURS[0] },
            Series { name: &before_name, values: &before, dashed: true, colour: COLOURS[1] },
        ],
        &fmt,
    );
    p.figure("revenue", &p.t("dash-revenue-chart"), &chart, &[], &[]);
    let visits: Vec<f64> = a.months[skip..].iter().map(|m| m.visits as f64).collect();
    let visits_before: Vec<f64> = a.months[skip - 12..a.months.len() - 12].iter().map(|m| m.visits as f64).collect();
    let chart = svg::lines(
        &p.t("dash-visits-chart"),
        &labels,
        &[
            Series { name: &now_name, values: &visits, dashed: false, colour: COLOURS[0] },
            Series { name: &before_name, values: &visits_before, dashed: true, colour: COLOURS[1] },
        ],
        &|v| format!("{v:.0}"),
    );
    p.figure("visits", &p.t("dash-visits-chart"), &chart, &[], &[]);
    let new: Vec<f64> = a.months[skip..].iter().map(|m| m.new_customers as f64).collect();
    let back: Vec<f64> = a.months[skip..].iter().map(|m| m.returning_customers as f64).collect();
    let names = [p.t("dash-new"), p.t("dash-returning")];
    let chart = svg::stacked(&p.t("dash-new-returning"), &labels, &[&names[0], &names[1]], &[new, back]);
    p.figure("new-returning", &p.t("dash-new-returning"), &chart, &[], &[]);
    p.note(&p.t("dash-activity-rules"));
    p.end();
}

fn cohorts(p: &mut Page, d: &Dashboard) {
    let c = &d.activity.cohorts;
    p.section("cohorts", &p.t("dash-cohorts"));
    if c.cohorts.is_empty() {
        p.note(&p.t("dash-no-customers"));
        return p.end();
    }
    let width = c.cohorts.iter().map(|h| h.active.len()).max().unwrap_or(1);
    let rows: Vec<String> = c.cohorts.iter().map(|h| format!("{} ({})", c.by.label(h.period), h.size)).collect();
    let columns: Vec<String> = (0..width).map(|k| format!("+{k}")).collect();
    let cells: Vec<Vec<Option<svg::Mark>>> = c
        .cohorts
        .iter()
        .map(|h| {
            (0..width)
                .map(|k| {
                    h.active.get(k).map(|&n| {
                        let share = crate::domain::summary::share(n as f64, h.size as f64);
                        (if k == 0 { 1.0 } else { (share * 2.0).min(1.0) }, p.pct(share), share.to_string())
                    })
                })
                .collect()
        })
        .collect();
    let chart = svg::grid(
        &p.t("dash-cohort-chart"),
        &Grid { rows: &rows, columns: &columns, cells: &cells },
        &p.t("dash-cohort-rows"),
        &p.t("dash-cohort-columns"),
    );
    let churn = c.churn_rate.map(|r| p.pct(r)).unwrap_or_else(|| "—".into());
    let median = match c.median_lifetime {
        Some(n) => tr_args(p.lang, "cohort-months", &[("count", n.into())]),
        None => p.t("cohort-median-beyond"),
    };
    let head = [crate::i18n::header(p.lang, "churn_rate"), crate::i18n::header(p.lang, "median_lifetime")];
    let row = vec![
        num(churn, c.churn_rate.map(crate::output::round4).map(|r| r.to_string()).unwrap_or_default()),
        num(median, c.median_lifetime.map(|m| m.to_string()).unwrap_or_default()),
    ];
    p.figure("cohorts", &p.t("dash-cohort-chart"), &chart, &head, &[row]);
    p.note(&p.t("dash-cohort-rules"));
    p.end();
}

fn rfm(p: &mut Page, d: &Dashboard) {
    p.section("rfm", &p.t("dash-rfm"));
    let (scored, rows) = match &d.rfm {
        Ok(v) => v,
        Err(why) => {
            p.unavailable(why);
            return p.end();
        }
    };
    // R from 5 (recent) down, F from 1 up: the best customers top right.
    let mut count = [[0u32; 5]; 5];
    let mut revenue = [[0i64; 5]; 5];
    for s in scored {
        let (r, f) = ((5 - s.r.clamp(1, 5)) as usize, (s.f.clamp(1, 5) - 1) as usize);
        count[r][f] += 1;
        revenue[r][f] += s.monetary_total.0;
    }
    let top = revenue.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let row_labels: Vec<String> = (1..=5).rev().map(|r| format!("R{r}")).collect();
    let col_labels: Vec<String> = (1..=5).map(|f| format!("F{f}")).collect();
    let cells: Vec<Vec<Option<svg::Mark>>> = (0..5)
        .map(|r| {
            (0..5)
                .map(|f| {
                    let n = count[r][f];
                    let figure = format!("{n} · {}", p.money(revenue[r][f]));
                    Some((revenue[r][f] as f64 / top, n.to_string(), figure))
                })
                .collect()
        })
        .collect();
    let chart = svg::grid(
        &p.t("dash-rfm-chart"),
        &Grid { rows: &row_labels, columns: &col_labels, cells: &cells },
        &p.t("dash-rfm-rows"),
        &p.t("dash-rfm-columns"),
    );
    let head = ["segment", "customers", "revenue"].map(|h| crate::i18n::header(p.lang, h)).to_vec();
    let mut head = head;
    head.push(p.t("dash-advice"));
    let table: Vec<Vec<Td>> = rows
        .iter()
        .map(|r| {
            let id = format!("advice-{}", key_of(r.segment.name()));
            let advice = message(p.lang, &id, &[]).unwrap_or_else(|| r.segment.advice().to_string());
            vec![
                key(p.cells.named("segment", r.segment.name()), r.segment.name()),
                num(r.customers.to_string(), r.customers),
                num(p.money(r.revenue.0), r.revenue.0),
                txt(advice),
            ]
        })
        .collect();
    p.figure("rfm", &p.t("dash-rfm-chart"), &chart, &head, &table);
    p.end();
}

fn two_by_two(p: &Page, title: &str, axes: [&str; 2], cells: [(String, usize, i64); 4]) -> String {
    let rows = [p.t("dash-high"), p.t("dash-low")];
    let cols = [p.t("dash-high"), p.t("dash-low")];
    let total = cells.iter().map(|c| c.1).sum::<usize>().max(1) as f64;
    let g: Vec<Vec<Option<svg::Mark>>> = (0..2)
        .map(|r| {
            (0..2)
                .map(|c| {
                    let (name, n, rev) = &cells[r * 2 + c];
                    Some((*n as f64 / total, format!("{name}: {n}"), format!("{n} · {}", p.money(*rev))))
                })
                .collect()
        })
        .collect();
    svg::grid(title, &Grid { rows: &rows, columns: &cols, cells: &g }, &p.t(axes[0]), &p.t(axes[1]))
}

fn matrices(p: &mut Page, d: &Dashboard) {
    use crate::domain::profitability::Cell as P;
    use crate::domain::value_matrix::Cell as V;
    p.section("matrices", &p.t("dash-matrices"));
    match &d.value_matrix {
        Err(why) => p.unavailable(why),
        Ok(rows) => {
            let get = |c: V| rows.iter().find(|r| r.cell == c).map(|r| (r.customers, r.revenue.0)).unwrap_or((0, 0));
            let name = |c: V| p.cells.named("cell", c.name());
            let cell = |c: V| {
                let (n, r) = get(c);
                (name(c), n, r)
            };
            // Rows: frequency high, low; columns: average purchase high, low.
            let chart = two_by_two(
                p,
                &p.t("dash-vm-chart"),
                ["dash-vm-rows", "dash-vm-columns"],
                [cell(V::Best), cell(V::Frequent), cell(V::Spenders), cell(V::Uncertain)],
            );
            let head = ["cell", "customers", "revenue"].map(|h| crate::i18n::header(p.lang, h)).to_vec();
            let table: Vec<Vec<Td>> = rows
                .iter()
                .map(|r| {
                    vec![
                        key(name(r.cell), r.cell.name()),
                        num(r.customers.to_string(), r.customers),
                        num(p.money(r.revenue.0), r.revenue.0),
                    ]
                })
                .collect();
            p.figure("value-matrix", &p.t("dash-vm-chart"), &chart, &head, &table);
        }
    }
    match &d.profitability {
        Err(why) => p.unavailable(why),
        Ok(m) => {
            let name = |c: P| message(p.lang, &format!("profit-{}", key_of(c.name())), &[]).unwrap_or(c.name().into());
            let get = |c: P| {
                let r = m.rows.iter().find(|r| r.0 == c).copied().unwrap_or((c, 0, 0, 0));
                (name(c), r.1, r.2)
            };
            // Rows: potential high, low; columns: current high, low.
            let chart = two_by_two(
                p,
                &p.t("dash-profit-chart"),
                ["dash-profit-rows", "dash-profit-columns"],
                [get(P::Desirable), get(P::UnderDeveloped), get(P::Mature), get(P::Undesirable)],
            );
            let head = ["cell", "customers", "current_value", "potential_value"]
                .map(|h| crate::i18n::header(p.lang, h))
                .to_vec();
            let table: Vec<Vec<Td>> = m
                .rows
                .iter()
                .map(|&(c, n, cur, pot)| {
                    vec![key(name(c), c.name()), num(n.to_string(), n), num(p.money(cur), cur), num(p.money(pot), pot)]
                })
                .collect();
            p.figure("profitability", &p.t("dash-profit-chart"), &chart, &head, &table);
        }
    }
    p.note(&p.t("dash-matrices-rules"));
    p.end();
}

/// Counts of `values` in `bins` equal bins from 0 to `top` (the last one
/// takes everything above).
pub fn histogram(values: &[f64], top: f64, bins: usize) -> Vec<usize> {
    let mut h = vec![0; bins];
    for v in values {
        let i = ((v / top) * bins as f64).floor().max(0.0) as usize;
        h[i.min(bins - 1)] += 1;
    }
    h
}

fn clv(p: &mut Page, d: &Dashboard) {
    p.section("clv", &p.t("dash-clv"));
    let c = match &d.clv {
        Ok(c) => c,
        Err(why) => {
            p.unavailable(why);
            return p.end();
        }
    };
    let mut sorted = c.values.clone();
    sorted.sort_by(f64::total_cmp);
    // Up to the 95th percentile, so a few very large values do not flatten the rest.
    let top = svg::nice_top(sorted.get(sorted.len() * 95 / 100).copied().unwrap_or(1.0));
    let bins = 10;
    let h = histogram(&c.values, top, bins);
    let labels: Vec<String> = (0..bins)
        .map(|i| {
            let lo = p.money((top * i as f64 / bins as f64 * 100.0) as i64);
            if i + 1 == bins {
                format!("≥ {lo}")
            } else {
                format!("{lo} – {}", p.money((top * (i + 1) as f64 / bins as f64 * 100.0) as i64))
            }
        })
        .collect();
    let values: Vec<f64> = h.iter().map(|&n| n as f64).collect();
    let chart = svg::bars(&p.t("dash-clv-chart"), &labels, &values, &|v| format!("{v:.0}"), false);
    p.figure("clv-value", &p.t("dash-clv-chart"), &chart, &[], &[]);
    let h = histogram(&c.p_alive, 1.0, bins);
    let labels: Vec<String> = (0..bins).map(|i| format!("{} – {} %", i * 10, (i + 1) * 10)).collect();
    let values: Vec<f64> = h.iter().map(|&n| n as f64).collect();
    let chart = svg::bars(&p.t("dash-alive-chart"), &labels, &values, &|v| format!("{v:.0}"), false);
    p.figure("clv-alive", &p.t("dash-alive-chart"), &chart, &[], &[]);
    let head = ["ref", "name", "clv", "p_alive", "last_purchase"].map(|h| crate::i18n::header(p.lang, h)).to_vec();
    let rows: Vec<Vec<Td>> = c
        .calls
        .iter()
        .map(|k| {
            vec![
                txt(k.r#ref.clone().unwrap_or_default()),
                txt(k.name.clone()),
                num(p.money((k.clv * 100.0).round() as i64), (k.clv * 100.0).round() as i64),
                num(p.pct(k.p_alive), crate::output::round4(k.p_alive)),
                txt(k.last_purchase.map(|d| p.cells.date(d)).unwrap_or_default()),
            ]
        })
        .collect();
    let title = tr_args(p.lang, "dash-calls", &[("pct", format!("{:.0}", CALL_P_ALIVE * 100.0).into())]);
    let labels: Vec<String> = c.calls.iter().map(|k| k.name.clone()).collect();
    let values: Vec<f64> = c.calls.iter().map(|k| k.clv).collect();
    let money = p.money.clone();
    let chart = svg::bars(&title, &labels, &values, &|v| money.format(Cents((v * 100.0).round() as i64)), false);
    p.figure("calls", &title, &chart, &head, &rows);
    p.end();
}

// Categories and channels, the deal pipeline, campaigns and consent: the sales half
// of the page, in a file of their own.
#[path = "dashboard_sales.rs"]
mod sales;
use sales::{campaigns, consent, groups, pipeline};

#[cfg(test)]
mod tests {
    use super::histogram;

    #[test]
    fn histogram_bins_are_equal_and_the_last_takes_the_rest() {
        // Bins are closed on the left: [0, 5) and [5, ∞); below 0 counts in the first.
        assert_eq!(histogram(&[0.0, 0.5, 1.0, 9.9, 10.0, 55.0, -1.0], 10.0, 2), vec![4, 3]);
        assert_eq!(histogram(&[0.1, 0.15, 0.95], 1.0, 10), vec![0, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    }
}
