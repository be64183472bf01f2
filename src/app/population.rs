//! What `contact show` needs from every other customer — the bounds of the
//! RFM scores, the value matrix's means, the lifetime-value fit. A small
//! shop works them out when the card is read, from the kept totals (one
//! row per customer), exactly as the reports work them out. A big shop
//! (from [`KEEP_FROM`] customers) reads them as the bulk writes and
//! `report refresh` last kept them (`store::population`), and the card
//! says which day they are of and how many purchases came since. Reading
//! them never writes, fails or waits: anything amiss with them (none kept,
//! of a later day, another activity window, a damaged row) and the card
//! works them out instead.

use super::clv::Fit;
use super::App;
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::rfm::{self, FrequencyBasis, Segment};
use crate::domain::value_matrix::{Cell, Means, Point};
use crate::error::Result;
use crate::store::population::KeptPopulation;
use crate::store::{analytics, Db};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// From how many customers a card reads the kept figures rather than
/// working them out (below, working them out takes about as long as
/// reading the rest of the card). `CARNET_KEEP_FIGURES_FROM` sets another
/// number: the tests cross it with a handful of customers.
pub const KEEP_FROM: i64 = 10_000;

fn keep_from() -> i64 {
    std::env::var("CARNET_KEEP_FIGURES_FROM").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(KEEP_FROM)
}

/// How old the figures a card was placed among are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Age {
    /// The day they are of.
    pub as_of: NaiveDate,
    /// Purchases recorded since they were worked out.
    pub purchases_since: i64,
}

/// What a refresh kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refreshed {
    pub as_of: NaiveDate,
    pub customers: i64,
    /// Whether the lifetime-value models could be fitted.
    pub fitted: bool,
}

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

/// Every customer scored, once, as the reports score them, as of
/// `today`; and how many customers that is.
fn work_out(db: &Db, today: NaiveDate, active_days: u32) -> Result<(Population, i64)> {
    let until = to_day_number(today);
    let visits = analytics::visits(db, &Default::default(), until)?;
    let histories: Vec<_> = visits.iter().map(analytics::Visits::history).collect();
    let scored = rfm::score(&histories, until, FrequencyBasis::Days);
    let points: Vec<Point> = scored
        .iter()
        .map(|s| Point { frequency: s.frequency, total_cents: s.monetary_total.0, recency_days: s.recency_days })
        .collect();
    let summaries: Vec<_> = visits.iter().map(|v| super::clv::summary(v, today)).collect();
    // Spend is fitted only for visits that could be: a refused visit
    // model leaves the card without lifetime value either way.
    let fit = crate::domain::clv::fit_bgnbd(&summaries).ok().filter(|_| !visits.is_empty()).and_then(|bgnbd| {
        crate::domain::clv::fit_gamma_gamma(&summaries).ok().map(|gamma_gamma| Fit { bgnbd, gamma_gamma })
    });
    let population = Population {
        recency: bounds(&scored, |s| s.recency_days as i64, |s| s.r),
        frequency: bounds(&scored, |s| s.frequency as i64, |s| s.f),
        monetary: bounds(&scored, |s| s.monetary_total.0, |s| s.m),
        means: Means::of(&points, Some(active_days)),
        fit,
    };
    Ok((population, visits.len() as i64))
}

/// The figures a card of `app.today` is placed among, and how old they
/// are (None: worked out now, exactly).
pub fn for_card(app: &App) -> Result<(Population, Option<Age>)> {
    if let Some((population, age)) = kept_for_card(app) {
        return Ok((population, Some(age)));
    }
    Ok((work_out(app.db(), app.today, app.config.value_matrix.active_days)?.0, None))
}

/// The kept figures, when they stand for this card: a big shop's, of a
/// day not after today, worked out with the config's activity window.
/// Anything amiss reading them means working them out instead.
fn kept_for_card(app: &App) -> Option<(Population, Age)> {
    let kept = crate::store::population::read(app.db()).ok()??;
    let today = to_day_number(app.today);
    if kept.customers < keep_from()
        || kept.as_of > today
        || kept.active_days != i64::from(app.config.value_matrix.active_days)
    {
        return None;
    }
    let population: Population = serde_json::from_str(&kept.figures).ok()?;
    let purchases_since = crate::store::population::purchases_after(app.db(), kept.last_purchase_id).ok()?;
    let age = Age { as_of: from_day_number(kept.as_of)?, purchases_since };
    Some((population.days_on(today - kept.as_of), age))
}

/// Work every customer's figures out as of today and keep them, in a
/// transaction of its own (`report refresh`, and after the bulk writes).
pub fn refresh(app: &mut App) -> Result<Refreshed> {
    let (today, active_days) = (app.today, app.config.value_matrix.active_days);
    let tx = app.store.begin()?;
    // The figures and the purchase id under one write lock: no purchase
    // can come between them.
    let last_purchase_id = crate::store::population::last_purchase_id(&tx)?;
    let (population, customers) = work_out(&tx, today, active_days)?;
    crate::store::population::write(
        &tx,
        &KeptPopulation {
            as_of: to_day_number(today),
            last_purchase_id,
            customers,
            active_days: i64::from(active_days),
            figures: serde_json::to_string(&population)?,
        },
    )?;
    tx.commit()?;
    Ok(Refreshed { as_of: today, customers, fitted: population.fit.is_some() })
}

/// [`refresh`] after a bulk write has committed. Should it fail (another
/// writer holds the file past the busy timeout, the disk is full), the
/// bulk write stands: the cards read the figures kept before, saying how
/// old they are, or work them out when the write dropped them.
pub fn refresh_after_bulk(app: &mut App) {
    let _ = refresh(app);
}

impl Population {
    /// The figures `days` after the day they are of: every customer's
    /// recency is that many days longer, so are the recency scores' bounds
    /// (with no purchase since, a customer scores as the report would).
    fn days_on(mut self, days: i32) -> Population {
        for b in &mut self.recency {
            b.1 += i64::from(days);
            b.2 += i64::from(days);
        }
        self
    }

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

    #[test]
    fn days_on_move_the_recency_bounds_only() {
        let means = Means { n: 2, sum_f: 3, sum_avg: 10.0, active_days: Some(365) };
        let p = Population {
            recency: vec![(5, 0, 9, 2), (1, 10, 40, 1)],
            frequency: vec![(1, 1, 2, 3)],
            monetary: vec![(1, 100, 900, 3)],
            means,
            fit: None,
        };
        let later = p.clone().days_on(3);
        assert_eq!(later.recency, vec![(5, 3, 12, 2), (1, 13, 43, 1)]);
        assert_eq!((later.frequency, later.monetary), (p.frequency, p.monetary));
        // A customer 11 days on scores as one 8 days on did.
        assert_eq!(Population::score(&later.recency, 11, true), Population::score(&p.recency, 8, true));
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
