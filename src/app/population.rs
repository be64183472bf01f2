//! What `contact show` needs from every other customer — the bounds of the
//! RFM scores, the value matrix's means, the lifetime-value fit — worked
//! out and kept (`store::cache`), so showing one customer reads that
//! customer's rows only, whatever the size of the file. Purchases added
//! raise the highest id; deleted or moved ones the epoch: either makes the
//! kept figures stale.
//!
//! Working them out again reads every customer (1.5 s on a million, most
//! of it the lifetime-value fit), which no sale at the counter may cost.
//! So a big shop's card (see [`may_stand_in`]) is placed among the figures
//! worked out in the last week as long as only a few purchases were added
//! since, and it says so (when, and how many purchases since): the
//! customer's own figures are always current, only the yardstick is a few
//! sales and days old. A day later every kept customer is a day further
//! from their last visit, so the recency bounds are read that many days
//! later (exact for everyone who did not buy since). The reports always
//! work everything out afresh.

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
    /// days, visits, cents), as every customer was scored, and how many.
    recency: Vec<Range>,
    frequency: Vec<Range>,
    monetary: Vec<Range>,
    means: Means,
    /// None when the data cannot support the model.
    fit: Option<Fit>,
    /// The purchases these figures are of (`cache::fingerprint`).
    fingerprint: (i64, i64),
    customers: usize,
    purchase_rows: u64,
    worked_out_at: chrono::DateTime<chrono::Utc>,
    /// The day they are of (recency counts days to it).
    day: i32,
}

/// A score, the lowest and highest value it was given for, and to how
/// many customers.
type Range = (u8, i64, i64, u64);

/// How far the figures a card is placed among are behind the file: none
/// when they are exactly today's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    pub worked_out_at: chrono::DateTime<chrono::Utc>,
    /// Purchases added since.
    pub purchases_since: i64,
}

/// From this many customers on, working the figures out again costs more
/// than a card may (about 12 ms per 10,000 customers on a small machine).
pub const STAND_IN_FROM_CUSTOMERS: usize = 10_000;

/// Figures kept longer than this many days are worked out again.
pub const STAND_IN_DAYS: i32 = 7;

/// Whether figures kept `days_old` days ago (0: today) may stand in for
/// figures of the file as it is now (`now` its fingerprint), and how many
/// purchases behind they are. Only purchases added since (no purchase
/// deleted or moved: the epoch is the same), at most 1 % of the purchases
/// they were worked out from, and a week at most: quintile bounds and a
/// fit over ten thousand customers or more do not move by more than a
/// customer's place at a boundary for that. Small shops get exact figures
/// every time, since they cost nothing.
pub fn may_stand_in(
    kept: (i64, i64),
    customers: usize,
    purchase_rows: u64,
    now: (i64, i64),
    days_old: i32,
) -> Option<i64> {
    let since = now.0.checked_sub(kept.0)?;
    let close = kept.1 == now.1
        && since >= 0
        && (0..=STAND_IN_DAYS).contains(&days_old)
        && customers >= STAND_IN_FROM_CUSTOMERS
        && u64::try_from(since).is_ok_and(|s| s.saturating_mul(100) <= purchase_rows);
    close.then_some(since)
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

/// One kept entry per value-matrix setting; the fingerprint and the day
/// are inside, so figures a few sales or days old can be recognised as
/// close.
fn key(app: &App) -> String {
    format!("card/{}", app.config.value_matrix.active_days)
}

fn bounds(rows: &[rfm::Scored], value: impl Fn(&rfm::Scored) -> i64, score: impl Fn(&rfm::Scored) -> u8) -> Vec<Range> {
    rfm::bounds(rows, value, score)
        .into_iter()
        .filter_map(|b| Some((b.score, b.min?, b.max?, b.count as u64)))
        .collect()
}

/// Every customer scored, once, as the reports score them.
fn compute(app: &App, fingerprint: (i64, i64)) -> Result<Population> {
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
        fingerprint,
        customers: visits.len(),
        purchase_rows: visits.iter().map(|v| u64::from(v.rows)).sum(),
        worked_out_at: app.now,
        day: until,
    })
}

/// The figures a card is placed among, and how far behind the file they
/// are (None: exactly today's). Worked out and kept when missing or too
/// far behind (see [`may_stand_in`]).
pub fn population(app: &mut App) -> Result<(Population, Option<Age>)> {
    let key = key(app);
    let now = cache::fingerprint(app.db())?;
    let kept: Option<Population> = cache::get(app.db(), &key)?.and_then(|t| serde_json::from_str(&t).ok());
    if let Some(p) = kept {
        let days_old = to_day_number(app.today) - p.day;
        if p.fingerprint == now && days_old == 0 {
            return Ok((p, None));
        }
        if let Some(since) = may_stand_in(p.fingerprint, p.customers, p.purchase_rows, now, days_old) {
            let age = Age { worked_out_at: p.worked_out_at, purchases_since: since };
            return Ok((p, Some(age)));
        }
    }
    let p = compute(app, now)?;
    // Best effort, never waiting: a file that is busy or cannot be written
    // still answers, and the next card works the figures out again.
    if let Ok(text) = serde_json::to_string(&p) {
        app.store.write_if_free(|tx| cache::put(tx, &key, &text))?;
    }
    Ok((p, None))
}

impl Population {
    /// The score of a value: that of the range it falls in. A value no
    /// range covers (figures a few sales old, see the module doc) is
    /// ranked among the kept customers as `rfm::quintile_scores` ranks,
    /// kept within 1–5 (a customer now above everyone kept scores 5).
    fn score(bounds: &[Range], v: i64, more_is_worse: bool) -> Option<u8> {
        if let Some(b) = bounds.iter().find(|b| b.1 <= v && v <= b.2) {
            return Some(b.0);
        }
        let n: u64 = bounds.iter().map(|b| b.3).sum();
        let below: u64 = bounds.iter().filter(|b| if more_is_worse { b.1 > v } else { b.2 < v }).map(|b| b.3).sum();
        (n > 0).then(|| (1 + (5 * below) / n).min(5) as u8)
    }

    /// Where a customer with these visits stands (None only when nobody
    /// had bought anything when the figures were worked out).
    pub fn place(&self, v: &analytics::Visits, today: chrono::NaiveDate) -> Option<Placed> {
        let h = v.history();
        let recency = to_day_number(today) - h.last_day;
        let frequency = h.frequency(FrequencyBasis::Days);
        // Figures of an earlier day: every kept customer is that many days
        // further from their last visit now, so rank against the bounds as
        // they stand today (the customer's recency, back to the kept day).
        let ranked_recency = recency as i64 - i64::from(to_day_number(today) - self.day);
        let (r, f, m) = (
            Self::score(&self.recency, ranked_recency, true)?,
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

    #[test]
    fn small_shops_and_changed_purchases_are_worked_out_again() {
        let big = STAND_IN_FROM_CUSTOMERS;
        // 1 % of 10,000 purchases: 100 new ones may wait, 101 may not.
        assert_eq!(may_stand_in((500, 3), big, 10_000, (600, 3), 0), Some(100));
        assert_eq!(may_stand_in((500, 3), big, 10_000, (601, 3), 0), None);
        // A week old at most; never figures of a later day than today.
        assert_eq!(may_stand_in((500, 3), big, 10_000, (500, 3), STAND_IN_DAYS), Some(0));
        assert_eq!(may_stand_in((500, 3), big, 10_000, (500, 3), STAND_IN_DAYS + 1), None);
        assert_eq!(may_stand_in((500, 3), big, 10_000, (500, 3), -1), None);
        // A deleted or moved purchase (the epoch) always means afresh.
        assert_eq!(may_stand_in((500, 3), big, 10_000, (501, 4), 0), None);
        // Fewer customers than the threshold: always afresh.
        assert_eq!(may_stand_in((500, 3), big - 1, 10_000, (501, 3), 0), None);
        // A file whose highest id went down (a restore) is not "close".
        assert_eq!(may_stand_in((500, 3), big, 10_000, (400, 3), 0), None);
        assert_eq!(may_stand_in((500, 3), big, 10_000, (500, 3), 0), Some(0));
    }
}
