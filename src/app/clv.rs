//! Lifetime value: fit the models on the purchases up to a day, predict
//! each customer, check the predictions against what happened after
//! (`--holdout-until`), and class customers by current × potential value.

use super::App;
use crate::domain::clv::{self, BgNbd, FitError, GammaGamma, Summary};
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::rfm::{FrequencyBasis, Segment};
use crate::error::{Error, Result};
use crate::store::analytics::{self, Visits};
use chrono::NaiveDate;

/// How a lifetime value is computed.
#[derive(Debug, Clone)]
pub struct Options {
    /// The purchases the model is fitted on (all by default).
    pub scope: crate::store::analytics::Scope,
    pub as_of: NaiveDate,
    /// How far ahead, in weeks.
    pub horizon_weeks: f64,
    /// A yearly discount rate (0.10 for 10 %), applied per week.
    pub discount_rate: f64,
}

/// Both fitted models.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub struct Fit {
    pub bgnbd: BgNbd,
    pub gamma_gamma: GammaGamma,
}

/// One customer's prediction.
#[derive(Debug, Clone)]
pub struct Prediction {
    pub visits: Visits,
    pub summary: Summary,
    pub p_alive: f64,
    pub expected_visits: f64,
    pub expected_spend_per_visit: f64,
    /// Expected visits × spend per visit (× the margin when one is set),
    /// discounted when asked.
    pub clv: f64,
    /// The RFM segment on the same day, so the two views meet.
    pub segment: Segment,
}

const DAYS_PER_WEEK: f64 = 7.0;

/// A customer as the models see them on `as_of`.
pub fn summary(v: &Visits, as_of: NaiveDate) -> Summary {
    let until = to_day_number(as_of);
    let x = v.visits - 1;
    let repeat_cents = v.total_cents - v.first_visit_cents;
    Summary {
        x,
        t_x: (v.last_day - v.first_day) as f64 / DAYS_PER_WEEK,
        t: (until - v.first_day) as f64 / DAYS_PER_WEEK,
        zbar: if x == 0 { 0.0 } else { repeat_cents as f64 / 100.0 / x as f64 },
    }
}

fn refuse(e: FitError) -> Error {
    Error::invalid(e.0).with_hint_t("hint-clv-refused", vec![])
}

/// The customers and their summaries as of a day, and both fits.
pub fn fit(
    app: &App,
    scope: &crate::store::analytics::Scope,
    as_of: NaiveDate,
) -> Result<(Vec<Visits>, Vec<Summary>, Fit)> {
    fit_beside(app, scope, as_of, |_| ()).map(|(v, s, f, ())| (v, s, f))
}

/// [`fit`], with `beside` worked out from the customers on another core
/// while the models are fitted.
fn fit_beside<T: Send>(
    app: &App,
    scope: &crate::store::analytics::Scope,
    as_of: NaiveDate,
    beside: impl FnOnce(&[Visits]) -> T + Send,
) -> Result<(Vec<Visits>, Vec<Summary>, Fit, T)> {
    let visits = analytics::visits(app.db(), scope, to_day_number(as_of))?;
    if visits.is_empty() {
        return Err(Error::invalid(super::scores::explain_empty(app.db(), as_of)?));
    }
    let summaries: Vec<Summary> = visits.iter().map(|v| summary(v, as_of)).collect();
    let ((bgnbd, gamma_gamma), other) = std::thread::scope(|s| {
        let other = s.spawn(|| beside(&visits));
        (clv::fit_both(&summaries), other.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
    });
    let fit = Fit { bgnbd: bgnbd.map_err(refuse)?, gamma_gamma: gamma_gamma.map_err(refuse)? };
    Ok((visits, summaries, fit, other))
}

/// Fit, then predict every customer (in contact id order).
pub fn predict(app: &App, o: &Options) -> Result<(Fit, Vec<Prediction>)> {
    // RFM from the same scan, beside the fits: every customer here is an
    // RFM customer. Only the segment is kept (a byte, not the scored
    // history: a million customers' scores would double the peak).
    let (visits, summaries, fit, segments) = fit_beside(app, &o.scope, o.as_of, |visits| {
        let histories: Vec<_> = visits.iter().map(Visits::history).collect();
        crate::domain::rfm::segments(&histories, to_day_number(o.as_of), FrequencyBasis::Days)
    })?;
    let margin = app.config.value.margin_fraction().unwrap_or(1.0);
    // Expected visits depend on (x, T) only: customers who share them
    // (same repeat count, same first day) share one computation.
    type Memo = std::collections::HashMap<(u32, u64), f64>;
    let predict_at = |i: usize, memo: &mut Memo| -> Prediction {
        let s = summaries[i];
        let if_alive =
            *memo.entry((s.x, s.t.to_bits())).or_insert_with(|| fit.bgnbd.visits_if_alive(s.x, s.t, o.horizon_weeks));
        predict_one(&fit, visits[i], s, segments[i], o, margin, if_alive)
    };
    let fill = |slots: &mut [Prediction], from: usize| {
        let mut memo = Memo::new();
        for (k, slot) in slots.iter_mut().enumerate() {
            *slot = predict_at(from + k, &mut memo);
        }
    };
    // `fit` refused an empty file.
    let n = visits.len();
    let mut out = vec![predict_at(0, &mut Memo::new()); n];
    fill(&mut out, 0);
    Ok((fit, out))
}

/// One customer's prediction from a fit; `if_alive` is the expected visits
/// if still a customer (shared by customers with the same x and T).
fn predict_one(
    fit: &Fit,
    v: Visits,
    s: Summary,
    segment: Segment,
    o: &Options,
    margin: f64,
    if_alive: f64,
) -> Prediction {
    let expected_visits = fit.bgnbd.expected_visits_from(&s, if_alive);
    let counted = if o.discount_rate > 0.0 {
        clv::discounted_visits(&fit.bgnbd, &s, o.horizon_weeks, o.discount_rate)
    } else {
        expected_visits
    };
    let spend = fit.gamma_gamma.expected_spend(&s);
    let value = counted * spend * margin;
    Prediction {
        visits: v,
        summary: s,
        p_alive: fit.bgnbd.p_alive(&s),
        expected_visits,
        expected_spend_per_visit: spend,
        clv: if value.is_finite() { value.max(0.0) } else { 0.0 },
        segment,
    }
}

/// One contact's prediction from a kept fit (for `contact show`, which
/// must not fit the whole file again).
pub fn predict_contact(app: &App, fit: &Fit, v: Visits, segment: Segment, o: &Options) -> Prediction {
    let s = summary(&v, o.as_of);
    let margin = app.config.value.margin_fraction().unwrap_or(1.0);
    let if_alive = fit.bgnbd.visits_if_alive(s.x, s.t, o.horizon_weeks);
    predict_one(fit, v, s, segment, o, margin, if_alive)
}

/// Predicted against actual repeat visits of the customers known at the
/// calibration day, in a holdout period after it.
pub struct Holdout {
    pub calibration_end: NaiveDate,
    pub holdout_end: NaiveDate,
    pub fit: Fit,
    pub customers: usize,
    pub predicted_visits: f64,
    pub actual_visits: u64,
    /// Per number of calibration repeat visits 0…7 (7 is 7+): customers,
    /// predicted mean and actual mean in the holdout.
    pub by_repeat: Vec<(u32, usize, f64, f64)>,
    /// Week by week, cumulative: (week, predicted, actual).
    pub weekly: Vec<(u32, f64, u64)>,
}

pub fn holdout(
    app: &App,
    scope: &crate::store::analytics::Scope,
    as_of: NaiveDate,
    until: NaiveDate,
) -> Result<Holdout> {
    if until <= as_of {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-holdout-order",
            crate::targs!["until" => until.to_string(), "as_of" => as_of.to_string()],
        )
        .with_hint_t("hint-holdout-order", vec![]));
    }
    let (visits, summaries, fit) = fit(app, scope, as_of)?;
    let (d, e) = (to_day_number(as_of), to_day_number(until));
    let days = analytics::visit_days(app.db(), scope, d, e)?;
    // Actual visits per known customer, and per holdout week.
    let weeks = ((e - d) as f64 / DAYS_PER_WEEK).ceil() as usize;
    let mut actual = vec![0u64; visits.len()];
    let mut per_week = vec![0u64; weeks.max(1)];
    let mut j = 0;
    for (id, day) in days {
        while j < visits.len() && visits[j].contact_id < id {
            j += 1;
        }
        if j < visits.len() && visits[j].contact_id == id {
            actual[j] += 1;
            let w = (((day - d - 1) as f64) / DAYS_PER_WEEK) as usize;
            let last = per_week.len() - 1;
            per_week[w.min(last)] += 1;
        }
    }
    let horizon = (e - d) as f64 / DAYS_PER_WEEK;
    let predicted: Vec<f64> = summaries.iter().map(|s| fit.bgnbd.expected_visits(s, horizon)).collect();
    let mut by_repeat = Vec::new();
    for k in 0..=7u32 {
        let idx: Vec<usize> = (0..summaries.len()).filter(|&i| summaries[i].x.min(7) == k).collect();
        if idx.is_empty() {
            continue;
        }
        let n = idx.len() as f64;
        let p = idx.iter().map(|&i| predicted[i]).sum::<f64>() / n;
        let a = idx.iter().map(|&i| actual[i] as f64).sum::<f64>() / n;
        by_repeat.push((k, idx.len(), p, a));
    }
    let mut weekly = Vec::with_capacity(weeks);
    let mut cum = 0;
    for (w, n) in per_week.iter().enumerate() {
        cum += n;
        let t = ((w + 1) as f64).min(horizon);
        let pred: f64 = summaries.iter().map(|s| fit.bgnbd.expected_visits(s, t)).sum();
        weekly.push(((w + 1) as u32, pred, cum));
    }
    Ok(Holdout {
        calibration_end: as_of,
        holdout_end: until,
        fit,
        customers: visits.len(),
        predicted_visits: predicted.iter().sum(),
        actual_visits: actual.iter().sum(),
        by_repeat,
        weekly,
    })
}

/// The first and last purchase days of a prediction, as dates.
pub fn first_last(p: &Prediction) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (from_day_number(p.visits.first_day), from_day_number(p.visits.last_day))
}
