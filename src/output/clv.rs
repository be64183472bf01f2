//! How lifetime value is shown: the fitted models, the summary, and the
//! holdout check with its tracking chart.

use super::{new_table, Format, Output};
use crate::app::clv::{Fit, Holdout, Options};
use crate::domain::money::{Cents, MoneyStyle};
use crate::error::Result;
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
    crate::error::Error::usage("this view has no workbook form", "use --format csv or json here")
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
        Format::Table => out.data(&fit_text(fit)),
    }
}

fn fit_text(fit: &Fit) -> String {
    let (b, g) = (&fit.bgnbd, &fit.gamma_gamma);
    format!(
        "Repeat visits (BG/NBD, time in weeks), fitted on {} customers:\n  r = {:.4}, alpha = {:.4}, a = {:.4}, b = {:.4}; log-likelihood {:.1}\n\
         Spend per visit (Gamma-Gamma), fitted on the {} customers with repeat visits:\n  p = {:.4}, q = {:.4}, gamma = {:.4}; log-likelihood {:.1}\n",
        b.customers, b.r, b.alpha, b.a, b.b, b.log_likelihood, g.customers, g.p, g.q, g.gamma, g.log_likelihood
    )
}

/// The table view: the fit, the total, and value and P(alive) per RFM segment.
pub fn summary(
    money: &MoneyStyle,
    fit: &Fit,
    o: &Options,
    total: Cents,
    margin: Option<&str>,
    segments: &str,
) -> String {
    let what = match margin {
        Some(m) => format!("expected margin ({m} of sales)"),
        None => "expected revenue".to_string(),
    };
    let disc = if o.discount_rate > 0.0 {
        format!(", discounted at {:.1} % a year", o.discount_rate * 100.0)
    } else {
        String::new()
    };
    format!(
        "Lifetime value as of {}, over the next {:.0} weeks{disc}\n{}\nTotal {what}: {}\n\nBy RFM segment\n{segments}\n",
        o.as_of,
        o.horizon_weeks,
        fit_text(fit),
        money.format(total),
    )
}

/// How far off a prediction is, in words a shopkeeper can act on.
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
        x if x <= 0.10 => "close enough to plan with",
        x if x <= 0.25 => "usable as a rough guide, not for precise plans",
        _ => "too far off to rely on for this shop",
    };
    (off, words)
}

pub fn holdout(out: &Output, h: &Holdout) -> Result<()> {
    let (off, words) = verdict(h.predicted_visits, h.actual_visits);
    let sentence = format!(
        "Predicted {:.0} repeat visits from {} to {}, actual {}: {} by {:.1} %, {words}.",
        h.predicted_visits,
        h.calibration_end,
        h.holdout_end,
        h.actual_visits,
        if off >= 0.0 { "over" } else { "under" },
        off.abs() * 100.0
    );
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
            let mut t = new_table();
            t.set_header(["repeat visits before", "customers", "predicted (mean)", "actual (mean)"]);
            for &(k, n, p, a) in &h.by_repeat {
                let key = if k == 7 { "7+".to_string() } else { k.to_string() };
                t.add_row([key, n.to_string(), format!("{p:.2}"), format!("{a:.2}")]);
            }
            out.data(&format!(
                "Holdout check: fitted up to {}, compared with {} to {}\n{}\n{t}\n\nCumulative repeat visits, week by week (p predicted, a actual, * both)\n{}\n{sentence}\n",
                h.calibration_end,
                h.calibration_end,
                h.holdout_end,
                fit_text(&h.fit),
                chart(&h.weekly, 60, 12)
            ))
        }
    }
}

/// A tracking chart in characters: weeks across, cumulative visits up.
pub fn chart(weekly: &[(u32, f64, u64)], width: usize, height: usize) -> String {
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
    s.push_str(&format!(
        "{}└{}\n{}week 1{}week {}",
        " ".repeat(9),
        "─".repeat(cols),
        " ".repeat(10),
        " ".repeat(cols.saturating_sub(13)),
        weekly.len()
    ));
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn verdicts() {
        assert_eq!(super::verdict(105.0, 100).1, "close enough to plan with");
        assert_eq!(super::verdict(80.0, 100).1, "usable as a rough guide, not for precise plans");
        assert!((super::verdict(50.0, 100).0 + 0.5).abs() < 1e-12);
    }
}
