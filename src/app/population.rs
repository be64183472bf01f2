//! What `contact show` needs from every other customer — the bounds of the
//! RFM scores, the value matrix's means, the lifetime-value fit — worked
//! out when the card is read, from the kept totals (one row per customer),
//! exactly as the reports work them out. Nothing is written: a card works
//! on a file the user can only read.

use super::clv::Fit;
use super::App;
use crate::domain::dates::to_day_number;
use crate::domain::rfm::{self, FrequencyBasis, Segment};
use crate::domain::value_matrix::{Cell, Means, Point};
use crate::error::Result;
use crate::store::analytics;
use serde::{Deserialize, Serialize};

/// The figures one customer is placed among.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Population {
    /// Per score 1–5: the lowest and highest value it covers (recency
    /// days, visits, cents), as every customer was scored, and how many.
    recency: Vec<Range>,
    frequency: Vec<Range>,
    monetary: Vec<Range>,
    means: Means,
    /// None when the data cannot support the model.
    fit: Option<Fit>,
}

/// A score, the lowest and highest value it was given for, and to how
/// many customers.
type Range = (u8, i64, i64, u64);

/// One customer's place: scores, segment, cell, and the fit for their
/// lifetime value.
pub struct Placed {
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
    pub cell: Cell,
}

fn bounds(rows: &[rfm::Scored], value: impl Fn(&rfm::Scored) -> i64, score: impl Fn(&rfm::Scored) -> u8) -> Vec<Range> {
    rfm::bounds(rows, value, score)
        .into_iter()
        .filter_map(|b| Some((b.score, b.min?, b.max?, b.count as u64)))
        .collect()
}

/// Every customer scored, once, as the reports score them.
pub fn population(app: &App) -> Result<Population> {
    let until = to_day_number(app.today);
    let visits = analytics::visits(app.db(), &Default::default(), until)?;
    let histories: Vec<_> = visits.iter().map(analytics::Visits::history).collect();
    let scored = rfm::score(&histories, until, FrequencyBasis::Days);
    let points: Vec<Point> = scored
        .iter()
        .map(|s| Point { frequency: s.frequency, total_cents: s.monetary_total.0, recency_days: s.recency_days })
        .collect();
    let summaries: Vec<_> = visits.iter().map(|v| super::clv::summary(v, app.today)).collect();
    // Spend is fitted only for visits that could be: a refused visit
    // model leaves the card without lifetime value either way.
    let fit = crate::domain::clv::fit_bgnbd(&summaries).ok().filter(|_| !visits.is_empty()).and_then(|bgnbd| {
        crate::domain::clv::fit_gamma_gamma(&summaries).ok().map(|gamma_gamma| Fit { bgnbd, gamma_gamma })
    });
    Ok(Population {
        recency: bounds(&scored, |s| s.recency_days as i64, |s| s.r),
        frequency: bounds(&scored, |s| s.frequency as i64, |s| s.f),
        monetary: bounds(&scored, |s| s.monetary_total.0, |s| s.m),
        means: Means::of(&points, Some(app.config.value_matrix.active_days)),
        fit,
    })
}

impl Population {
    /// The score of a value: that of the range it falls in. A value no
    /// range covers (between two ranges: a customer of the population
    /// always falls in one) is ranked among the customers as
    /// `rfm::quintile_scores` ranks, kept within 1–5.
    fn score(bounds: &[Range], v: i64, more_is_worse: bool) -> Option<u8> {
        if let Some(b) = bounds.iter().find(|b| b.1 <= v && v <= b.2) {
            return Some(b.0);
        }
        let n: u64 = bounds.iter().map(|b| b.3).sum();
        let below: u64 = bounds.iter().filter(|b| if more_is_worse { b.1 > v } else { b.2 < v }).map(|b| b.3).sum();
        (n > 0).then(|| (1 + (5 * below) / n).min(5) as u8)
    }

    /// Where a customer with these visits stands (None only when nobody
    /// has bought anything).
    pub fn place(&self, v: &analytics::Visits, today: chrono::NaiveDate) -> Option<Placed> {
        let h = v.history();
        let recency = to_day_number(today) - h.last_day;
        let frequency = h.frequency(FrequencyBasis::Days);
        let (r, f, m) = (
            Self::score(&self.recency, recency as i64, true)?,
            Self::score(&self.frequency, frequency as i64, false)?,
            Self::score(&self.monetary, h.total_cents, false)?,
        );
        let cell = self.means.cell(&Point { frequency, total_cents: h.total_cents, recency_days: recency });
        Some(Placed { r, f, m, segment: Segment::from_scores(r, f), cell })
    }

    pub fn fit(&self) -> Option<&Fit> {
        self.fit.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Per score: the lowest and highest value, as `compute` keeps them.
    fn ranges(values: &[i64], more_is_worse: bool) -> Vec<Range> {
        let scores = rfm::quintile_scores(values, more_is_worse);
        let mut out: Vec<Range> = Vec::new();
        for (&v, &s) in values.iter().zip(&scores) {
            match out.iter_mut().find(|b| b.0 == s) {
                Some(b) => *b = (s, b.1.min(v), b.2.max(v), b.3 + 1),
                None => out.push((s, v, v, 1)),
            }
        }
        out
    }

    /// Ranking `v` among `values` as `rfm::quintile_scores` does, within 1–5.
    fn ranked(values: &[i64], v: i64, more_is_worse: bool) -> u8 {
        let n = values.len();
        let below = values.iter().filter(|&&x| if more_is_worse { x > v } else { x < v }).count();
        (1 + (5 * below) / n).min(5) as u8
    }

    proptest! {
        #[test]
        fn a_value_scores_as_ranking_it_among_the_kept_customers(
            values in prop::collection::vec(-50i64..50, 1..40),
            v in -60i64..60,
            more_is_worse in any::<bool>(),
        ) {
            let b = ranges(&values, more_is_worse);
            // A value between two kept ones of the same score takes that
            // score (ranking it would put it between them: no answer).
            let inside = b.iter().any(|r| r.1 <= v && v <= r.2);
            prop_assume!(!inside || values.contains(&v));
            prop_assert_eq!(Population::score(&b, v, more_is_worse), Some(ranked(&values, v, more_is_worse)));
        }
    }
}
