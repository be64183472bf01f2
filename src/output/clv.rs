//! How lifetime value is shown: the fitted models, the summary, and the
//! holdout check with its tracking chart.

use super::{new_table, Format, Output};
use crate::app::clv::{Fit, Holdout, Options};
use crate::domain::money::{Cents, MoneyStyle};
use crate::error::Result;
use crate::i18n::{decimal, header, tr, tr_args, Lang};
use fluent_bundle::FluentValue;
use serde_json::json;

fn r6(x: f64) -> f64 {
    let m = 10f64.powi(6 - x.abs().log10().ceil().max(0.0) as i32);
    (x * m).round() / m
}

/// The fit as scripts read it (`--model --format json`).
pub fn model_json(fit: &Fit) -> serde_json::Value {
    let (b, g) = (&fit.bgnbd, &fit.gamma_gamma);
    json!({
        "time_unit": "week",
        "bgnbd": {"r": r6(b.r), "alpha": r6(b.alpha), "a": r6(b.a), "b": r6(b.b),
                  "log_likelihood": r6(b.log_likelihood), "customers": b.customers},
        "gamma_gamma": {"p": r6(g.p), "q": r6(g.q), "gamma": r6(g.gamma),
                        "log_likelihood": r6(g.log_likelihood), "customers": g.customers},
    })
}

/// The model and the holdout check are small documents, not listings.
fn no_workbook() -> crate::error::Error {
    crate::error::Error::usage(
        crate::i18n::Text::tr("err-no-workbook", vec![]),
        crate::i18n::Text::tr("hint-no-workbook", vec![]),
    )
}

pub fn model(out: &Output, fit: &Fit) -> Result<()> {
    match out.format {
        Format::Json => out.data(&format!("{}\n", serde_json::to_string_pretty(&model_json(fit))?)),
        Format::Csv if out.xlsx => Err(no_workbook()),
        Format::Csv => {
            let (b, g) = (&fit.bgnbd, &fit.gamma_gamma);
            let mut s = String::from("model,parameter,value\n");
            for (m, k, v) in [
                ("bgnbd", "r", b.r),
                ("bgnbd", "alpha", b.alpha),
                ("bgnbd", "a", b.a),
                ("bgnbd", "b", b.b),
                ("bgnbd", "log_likelihood", b.log_likelihood),
                ("bgnbd", "customers", b.customers as f64),
                ("gamma_gamma", "p", g.p),
                ("gamma_gamma", "q", g.q),
                ("gamma_gamma", "gamma", g.gamma),
                ("gamma_gamma", "log_likelihood", g.log_likelihood),
                ("gamma_gamma", "customers", g.customers as f64),
            ] {
                s.push_str(&format!("{m},{k},{}\n", r6(v)));
            }
            out.data(&s)
        }
        Format::Table => out.data(&fit_text(out.lang, fit)),
    }
}

/// The two fits in words, numbers with the language's decimal mark.
fn fit_text(lang: Lang, fit: &Fit) -> String {
    let (b, g) = (&fit.bgnbd, &fit.gamma_gamma);
    let n = |x: f64, places: usize| -> FluentValue<'static> { decimal(lang, format!("{x:.places$}")).into() };
    format!(
        "{}\n{}\n",
        tr_args(
            lang,
            "clv-fit-bgnbd",
            &[
                ("customers", b.customers.into()),
                ("r", n(b.r, 4)),
                ("alpha", n(b.alpha, 4)),
                ("a", n(b.a, 4)),
                ("b", n(b.b, 4)),
                ("ll", n(b.log_likelihood, 1)),
            ],
        ),
        tr_args(
            lang,
            "clv-fit-gamma-gamma",
            &[
                ("customers", g.customers.into()),
                ("p", n(g.p, 4)),
                ("q", n(g.q, 4)),
                ("gamma", n(g.gamma, 4)),
                ("ll", n(g.log_likelihood, 1)),
            ],
        )
    )
}

/// The table view: the fit, the total, and value and P(alive) per RFM segment.
pub fn summary(
    money: &MoneyStyle,
    lang: Lang,
    fit: &Fit,
    o: &Options,
    total: Cents,
    margin: Option<&str>,
    segments: &str,
) -> String {
    let what = match margin {
        Some(m) => tr_args(lang, "clv-what-margin", &[("margin", m.into())]),
        None => tr(lang, "clv-what-revenue"),
    };
    let disc = if o.discount_rate > 0.0 {
        let rate = decimal(lang, format!("{:.1}", o.discount_rate * 100.0));
        tr_args(lang, "clv-discounted", &[("rate", rate.into())])
    } else {
        String::new()
    };
    let day = super::Cells::table(money, lang).date(o.as_of);
    format!(
        "{}\n{}\n{}\n\n{}\n{segments}\n",
        tr_args(
            lang,
            "clv-title",
            &[("date", day.into()), ("weeks", format!("{:.0}", o.horizon_weeks).into()), ("discount", disc.into())],
        ),
        fit_text(lang, fit),
        tr_args(lang, "clv-total", &[("what", what.into()), ("amount", money.format(total).into())]),
        tr(lang, "clv-by-segment"),
    )
}

/// How far off a prediction is, and the message id of what that means
/// for a shopkeeper.
pub fn verdict(predicted: f64, actual: u64) -> (f64, &'static str) {
    let off = if actual == 0 {
        if predicted == 0.0 {
            0.0
        } else {
            1.0
        }
    } else {
        (predicted - actual as f64) / actual as f64
    };
    let words = match off.abs() {
        x if x <= 0.10 => "clv-verdict-close",
        x if x <= 0.25 => "clv-verdict-rough",
        _ => "clv-verdict-off",
    };
    (off, words)
}

/// The holdout's plain sentence in `lang` (JSON always has the English one).
fn holdout_sentence(lang: Lang, h: &Holdout) -> String {
    let (off, words) = verdict(h.predicted_visits, h.actual_visits);
    let day = |d: chrono::NaiveDate| if lang == Lang::Fr { d.format("%d/%m/%Y").to_string() } else { d.to_string() };
    tr_args(
        lang,
        "clv-holdout-sentence",
        &[
            ("predicted", format!("{:.0}", h.predicted_visits).into()),
            ("from", day(h.calibration_end).into()),
            ("to", day(h.holdout_end).into()),
            ("actual", h.actual_visits.into()),
            ("direction", tr(lang, if off >= 0.0 { "clv-over" } else { "clv-under" }).into()),
            ("pct", decimal(lang, format!("{:.1}", off.abs() * 100.0)).into()),
            ("verdict", tr(lang, words).into()),
        ],
    )
}

pub fn holdout(out: &Output, h: &Holdout) -> Result<()> {
    let (off, _) = verdict(h.predicted_visits, h.actual_visits);
    let sentence = holdout_sentence(Lang::En, h);
    match out.format {
        Format::Json => {
            let doc = json!({
                "calibration_end": h.calibration_end,
                "holdout_end": h.holdout_end,
                "model": model_json(&h.fit),
                "customers": h.customers,
                "predicted_visits": r6(h.predicted_visits),
                "actual_visits": h.actual_visits,
                "error": r6(off),
                "by_repeat_visits": h.by_repeat.iter().map(|&(k, n, p, a)| json!({
                    "repeat_visits": if k == 7 { "7+".to_string() } else { k.to_string() },
                    "customers": n, "predicted_mean": r6(p), "actual_mean": r6(a)})).collect::<Vec<_>>(),
                "weekly": h.weekly.iter().map(|&(w, p, a)| json!({"week": w, "predicted": r6(p), "actual": a})).collect::<Vec<_>>(),
                "verdict": sentence,
            });
            out.data(&format!("{}\n", serde_json::to_string_pretty(&doc)?))
        }
        Format::Csv if out.xlsx => Err(no_workbook()),
        Format::Csv => {
            let mut s = String::from("section,key,customers,predicted,actual\n");
            s.push_str(&format!("total,all,{},{},{}\n", h.customers, r6(h.predicted_visits), h.actual_visits));
            for &(k, n, p, a) in &h.by_repeat {
                let key = if k == 7 { "7+".to_string() } else { k.to_string() };
                s.push_str(&format!("by_repeat_visits,{key},{n},{},{}\n", r6(p), r6(a)));
            }
            for &(w, p, a) in &h.weekly {
                s.push_str(&format!("week,{w},,{},{a}\n", r6(p)));
            }
            out.data(&s)
        }
        Format::Table => {
            let lang = out.lang;
            let mut t = new_table();
            t.set_header(
                ["repeat_visits_before", "customers", "predicted_mean", "actual_mean"].map(|h| header(lang, h)),
            );
            for &(k, n, p, a) in &h.by_repeat {
                let key = if k == 7 { "7+".to_string() } else { k.to_string() };
                t.add_row([key, n.to_string(), decimal(lang, format!("{p:.2}")), decimal(lang, format!("{a:.2}"))]);
            }
            let day = |d: chrono::NaiveDate| super::Cells::table(&out.money, lang).date(d);
            out.data(&format!(
                "{}\n{}\n{t}\n\n{}\n{}\n{}\n",
                tr_args(
                    lang,
                    "clv-holdout-title",
                    &[("until", day(h.calibration_end).into()), ("end", day(h.holdout_end).into())],
                ),
                fit_text(lang, &h.fit),
                tr(lang, "clv-chart-caption"),
                chart(&h.weekly, 60, 12, &tr(lang, "clv-week")),
                holdout_sentence(lang, h)
            ))
        }
    }
}

/// A tracking chart in characters: weeks across, cumulative visits up.
pub fn chart(weekly: &[(u32, f64, u64)], width: usize, height: usize, week: &str) -> String {
    if weekly.is_empty() {
        return String::new();
    }
    let top = weekly.iter().map(|&(_, p, a)| p.max(a as f64)).fold(1.0f64, f64::max);
    let cols = weekly.len().min(width);
    let mut grid = vec![vec![' '; cols]; height];
    for c in 0..cols {
        let (_, p, a) = weekly[c * weekly.len() / cols];
        let row = |v: f64| height - 1 - ((v / top) * (height - 1) as f64).round() as usize;
        let (rp, ra) = (row(p), row(a as f64));
        grid[rp][c] = 'p';
        grid[ra][c] = if ra == rp { '*' } else { 'a' };
    }
    let mut s = String::new();
    for (i, line) in grid.iter().enumerate() {
        let label = if i == 0 {
            format!("{top:>8.0} ")
        } else if i == height - 1 {
            format!("{:>8} ", 0)
        } else {
            " ".repeat(9)
        };
        s.push_str(&label);
        s.push('│');
        s.extend(line.iter());
        s.push('\n');
    }
    let (first, last) = (format!("{week} 1"), format!("{week} {}", weekly.len()));
    s.push_str(&format!(
        "{}└{}\n{}{first}{}{last}",
        " ".repeat(9),
        "─".repeat(cols),
        " ".repeat(10),
        " ".repeat(cols.saturating_sub(first.chars().count() + last.chars().count()))
    ));
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn verdicts() {
        assert_eq!(super::verdict(105.0, 100).1, "clv-verdict-close");
        assert_eq!(super::verdict(80.0, 100).1, "clv-verdict-rough");
        assert_eq!(super::verdict(130.0, 100).1, "clv-verdict-off");
        assert!((super::verdict(50.0, 100).0 + 0.5).abs() < 1e-12);
    }
}
