//! What `contact show` needs from every other customer — the bounds of the
//! RFM scores, the value matrix's means, the lifetime-value fit — worked
//! out once per day and file state and kept (`store::cache`), so showing
//! one customer reads that customer's rows only, whatever the size of the
//! file. Purchases added raise the highest id; deleted or moved ones the
//! epoch: either makes the kept figures stale.

use super::clv::Fit;
use super::App;
use crate::domain::dates::to_day_number;
use crate::domain::rfm::{self, FrequencyBasis, Segment};
use crate::domain::value_matrix::{Cell, Means, Point};
use crate::error::Result;
use crate::store::{analytics, cache};
use serde::{Deserialize, Serialize};

/// The figures one customer is placed among.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Population {
    /// Per score 1–5: the lowest and highest value it covers (recency
    /// days, visits, cents), as every customer was scored.
    recency: Vec<(u8, i64, i64)>,
    frequency: Vec<(u8, i64, i64)>,
    monetary: Vec<(u8, i64, i64)>,
    means: Means,
    /// None when the data cannot support the model.
    fit: Option<Fit>,
}

/// One customer's place: scores, segment, cell, and the fit for their
/// lifetime value.
pub struct Placed {
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
    pub cell: Cell,
}

fn key(app: &App, (max_id, epoch): (i64, i64)) -> String {
    format!("card/{}/{max_id}/{epoch}/{}", to_day_number(app.today), app.config.value_matrix.active_days)
}

fn bounds(
    rows: &[rfm::Scored],
    value: impl Fn(&rfm::Scored) -> i64,
    score: impl Fn(&rfm::Scored) -> u8,
) -> Vec<(u8, i64, i64)> {
    rfm::bounds(rows, value, score).into_iter().filter_map(|b| Some((b.score, b.min?, b.max?))).collect()
}

/// Every customer scored, once, as the reports score them.
fn compute(app: &App) -> Result<Population> {
    let until = to_day_number(app.today);
    let visits = analytics::visits(app.db(), &Default::default(), until)?;
    let histories: Vec<_> = visits.iter().map(analytics::Visits::history).collect();
    let scored = rfm::score(&histories, until, FrequencyBasis::Days);
    let points: Vec<Point> = scored
        .iter()
        .map(|s| Point { frequency: s.frequency, total_cents: s.monetary_total.0, recency_days: s.recency_days })
        .collect();
    let summaries: Vec<_> = visits.iter().map(|v| super::clv::summary(v, app.today)).collect();
    let fit = match (crate::domain::clv::fit_bgnbd(&summaries), crate::domain::clv::fit_gamma_gamma(&summaries)) {
        (Ok(bgnbd), Ok(gamma_gamma)) if !visits.is_empty() => Some(Fit { bgnbd, gamma_gamma }),
        _ => None,
    };
    Ok(Population {
        recency: bounds(&scored, |s| s.recency_days as i64, |s| s.r),
        frequency: bounds(&scored, |s| s.frequency as i64, |s| s.f),
        monetary: bounds(&scored, |s| s.monetary_total.0, |s| s.m),
        means: Means::of(&points, Some(app.config.value_matrix.active_days)),
        fit,
    })
}

/// The kept figures of today, worked out and kept when missing or stale.
pub fn population(app: &mut App) -> Result<Population> {
    let key = key(app, cache::fingerprint(app.db())?);
    if let Some(p) = cache::get(app.db(), &key)?.and_then(|t| serde_json::from_str(&t).ok()) {
        return Ok(p);
    }
    let p = compute(app)?;
    // Best effort, never waiting: a file that is busy or cannot be written
    // still answers, and the next card works the figures out again.
    if let Ok(text) = serde_json::to_string(&p) {
        app.store.write_if_free(|tx| cache::put(tx, &key, &text))?;
    }
    Ok(p)
}

impl Population {
    fn score(bounds: &[(u8, i64, i64)], v: i64) -> Option<u8> {
        bounds.iter().find(|&&(_, lo, hi)| lo <= v && v <= hi).map(|b| b.0)
    }

    /// Where a customer with these visits stands (None if their figures
    /// fall outside every kept bound: they were not part of it).
    pub fn place(&self, v: &analytics::Visits, today: chrono::NaiveDate) -> Option<Placed> {
        let h = v.history();
        let recency = to_day_number(today) - h.last_day;
        let frequency = h.frequency(FrequencyBasis::Days);
        let (r, f, m) = (
            Self::score(&self.recency, recency as i64)?,
            Self::score(&self.frequency, frequency as i64)?,
            Self::score(&self.monetary, h.total_cents)?,
        );
        let cell = self.means.cell(&Point { frequency, total_cents: h.total_cents, recency_days: recency });
        Some(Placed { r, f, m, segment: Segment::from_scores(r, f), cell })
    }

    pub fn fit(&self) -> Option<&Fit> {
        self.fit.as_ref()
    }
}
