//! Cohort retention: customers grouped by the period (month or quarter) of
//! their first visit, and for each later period the share who came back.
//! Also the shop's figures month by month (revenue, visits, new and
//! returning customers), read from the same ordered scan of purchases.
//!
//! Rules (the README repeats them):
//! - a visit is a purchase of a positive amount; a refund or a zero line
//!   is not a visit (it still counts in revenue);
//! - a customer's cohort is the period of their first visit on or before
//!   the as-of day; a contact with no visit belongs to no cohort;
//! - `active[k]`: customers of the cohort with a visit in period `c + k`;
//!   `still[k]`: those with a visit in period `c + k` or any later one;
//! - `revenue[k]`: the cohort's net revenue (refunds included) in period
//!   `c + k`; purchases before a customer's first visit are not counted;
//! - a period is complete when its last day is on or before the as-of day;
//!   the pooled curve at offset `k` sums `still[k]` and the sizes over the
//!   cohorts whose period `c + k` is complete;
//! - churn rate: `1 − pooled still[1] / customers`, the share of customers
//!   who never came back after their first period;
//! - median lifetime: the first offset `k ≥ 1` where the pooled share
//!   still coming back is at most one half (none if never within reach).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How customers are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    #[default]
    Month,
    Quarter,
}

impl Period {
    /// The period's number: months (or quarters) since year 0.
    pub fn index(self, d: NaiveDate) -> i32 {
        match self {
            Period::Month => d.year() * 12 + d.month0() as i32,
            Period::Quarter => d.year() * 4 + d.month0() as i32 / 3,
        }
    }

    fn months(self) -> i32 {
        match self {
            Period::Month => 1,
            Period::Quarter => 3,
        }
    }

    /// The first day of period `i`.
    pub fn start(self, i: i32) -> NaiveDate {
        let m = i * self.months();
        NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of period `i`.
    pub fn end(self, i: i32) -> NaiveDate {
        self.start(i + 1).pred_opt().unwrap_or(NaiveDate::MAX)
    }

    /// `2024-03` for a month, `2024-Q1` for a quarter.
    pub fn label(self, i: i32) -> String {
        match self {
            Period::Month => self.start(i).format("%Y-%m").to_string(),
            Period::Quarter => format!("{}-Q{}", i.div_euclid(4), i.rem_euclid(4) + 1),
        }
    }
}

/// One cohort; every vector is indexed by the offset from its period,
/// from 0 (its own period) to the as-of day's period.
#[derive(Debug, Clone, PartialEq)]
pub struct Cohort {
    pub period: i32,
    pub size: u32,
    pub active: Vec<u32>,
    pub still: Vec<u32>,
    pub revenue: Vec<i64>,
}

impl Cohort {
    /// Net revenue per customer from the cohort's period through offset
    /// `k`, in cents, rounded half away from zero.
    pub fn revenue_per_customer(&self, k: usize) -> i64 {
        let sum: i64 = self.revenue[..=k].iter().sum();
        div_round(sum, self.size as i64)
    }
}

/// The pooled curve at one offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pooled {
    pub offset: u32,
    /// Customers of the cohorts whose period at this offset is complete.
    pub customers: u32,
    pub still: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cohorts {
    pub by: Period,
    /// The as-of day's period.
    pub last: i32,
    pub as_of: NaiveDate,
    pub cohorts: Vec<Cohort>,
    pub pooled: Vec<Pooled>,
    pub churn_rate: Option<f64>,
    pub median_lifetime: Option<u32>,
}

impl Cohorts {
    /// Is period `p` over by the as-of day?
    pub fn complete(&self, p: i32) -> bool {
        self.by.end(p) <= self.as_of
    }
}

/// Integer division rounded half away from zero (0 for an empty divisor).
pub fn div_round(n: i64, d: i64) -> i64 {
    if d == 0 {
        return 0;
    }
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d.abs() {
        q + n.signum() * d.signum()
    } else {
        q
    }
}

/// Feed purchases in (contact, day) order; [`CohortBuilder::finish`] gives
/// the table. Purchases after the as-of day must not be fed.
pub struct CohortBuilder {
    by: Period,
    as_of: NaiveDate,
    first: i32,
    last: i32,
    contact: Option<i64>,
    /// The current customer's cohort, once they have visited.
    cohort: Option<i32>,
    visited: Vec<i32>,
    revenue: Vec<(i32, i64)>,
    cohorts: std::collections::BTreeMap<i32, Cohort>,
}

impl CohortBuilder {
    /// Cohorts from the period of `since` (every one when None) to the
    /// period of `as_of`.
    pub fn new(by: Period, since: Option<NaiveDate>, as_of: NaiveDate) -> CohortBuilder {
        CohortBuilder {
            by,
            as_of,
            first: since.map(|s| by.index(s)).unwrap_or(i32::MIN),
            last: by.index(as_of),
            contact: None,
            cohort: None,
            visited: Vec::new(),
            revenue: Vec::new(),
            cohorts: Default::default(),
        }
    }

    pub fn push(&mut self, contact: i64, day: NaiveDate, cents: i64) {
        if self.contact != Some(contact) {
            self.close();
            self.contact = Some(contact);
        }
        let p = self.by.index(day);
        if cents > 0 && self.cohort.is_none() {
            self.cohort = Some(p);
        }
        if self.cohort.is_none() {
            return;
        }
        if cents > 0 && self.visited.last() != Some(&p) {
            self.visited.push(p);
        }
        match self.revenue.last_mut() {
            Some((q, sum)) if *q == p => *sum += cents,
            _ => self.revenue.push((p, cents)),
        }
    }

    fn close(&mut self) {
        let visited = std::mem::take(&mut self.visited);
        let revenue = std::mem::take(&mut self.revenue);
        let Some(c) = self.cohort.take() else { return };
        if c < self.first || c > self.last {
            return;
        }
        let width = (self.last - c + 1) as usize;
        let row = self.cohorts.entry(c).or_insert_with(|| Cohort {
            period: c,
            size: 0,
            active: vec![0; width],
            still: vec![0; width],
            revenue: vec![0; width],
        });
        row.size += 1;
        for p in &visited {
            row.active[(p - c) as usize] += 1;
        }
        let last_visit = visited.last().copied().unwrap_or(c);
        for s in &mut row.still[..=((last_visit - c) as usize)] {
            *s += 1;
        }
        for (p, cents) in revenue {
            row.revenue[(p - c) as usize] += cents;
        }
    }

    pub fn finish(mut self) -> Cohorts {
        self.close();
        let cohorts: Vec<Cohort> = self.cohorts.into_values().collect();
        let complete = |p: i32| self.by.end(p) <= self.as_of;
        let longest = cohorts.first().map(|c| c.still.len()).unwrap_or(0);
        let pooled: Vec<Pooled> = (0..longest)
            .map(|k| {
                let (customers, still) = cohorts
                    .iter()
                    .filter(|c| k < c.still.len() && complete(c.period + k as i32))
                    .fold((0, 0), |(n, s), c| (n + c.size, s + c.still[k]));
                Pooled { offset: k as u32, customers, still }
            })
            .collect();
        let churn_rate = pooled.get(1).filter(|p| p.customers > 0).map(|p| 1.0 - p.still as f64 / p.customers as f64);
        let median_lifetime =
            pooled.iter().skip(1).find(|p| p.customers > 0 && 2 * p.still <= p.customers).map(|p| p.offset);
        Cohorts { by: self.by, last: self.last, as_of: self.as_of, cohorts, pooled, churn_rate, median_lifetime }
    }
}

/// One month of the shop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MonthFigures {
    /// Net revenue (refunds included).
    pub revenue: i64,
    /// Distinct customer-days with a positive purchase.
    pub visits: u32,
    /// Customers whose first visit is in this month.
    pub new_customers: u32,
    /// Customers with a visit this month whose first visit was earlier.
    pub returning_customers: u32,
}

/// Month by month figures from `first` to `last` (month indexes), fed in
/// (contact, day) order from the first purchase on.
pub struct MonthBuilder {
    first: i32,
    pub months: Vec<MonthFigures>,
    contact: Option<i64>,
    first_visit: Option<i32>,
    last_day: Option<NaiveDate>,
    last_month: Option<i32>,
}

impl MonthBuilder {
    pub fn new(first: i32, last: i32) -> MonthBuilder {
        MonthBuilder {
            first,
            months: vec![MonthFigures::default(); (last - first + 1).max(0) as usize],
            contact: None,
            first_visit: None,
            last_day: None,
            last_month: None,
        }
    }

    pub fn push(&mut self, contact: i64, day: NaiveDate, cents: i64) {
        if self.contact != Some(contact) {
            self.contact = Some(contact);
            self.first_visit = None;
            self.last_day = None;
            self.last_month = None;
        }
        let m = Period::Month.index(day);
        let slot = usize::try_from(m - self.first).ok().filter(|&i| i < self.months.len());
        if let Some(i) = slot {
            self.months[i].revenue += cents;
        }
        if cents <= 0 {
            return;
        }
        let first = *self.first_visit.get_or_insert(m);
        let new_day = self.last_day != Some(day);
        let new_month = self.last_month != Some(m);
        self.last_day = Some(day);
        self.last_month = Some(m);
        let Some(i) = slot else { return };
        let f = &mut self.months[i];
        if new_day {
            f.visits += 1;
        }
        if new_month {
            if first == m {
                f.new_customers += 1;
            } else {
                f.returning_customers += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Four customers, monthly, as of 2024-04-15 (April is not complete):
    /// 1: Jan, Feb, Apr — 2: Jan only — 3: Jan, Mar — 4: Feb, a refund in
    /// Mar, Mar again — 5: a refund only (no cohort).
    fn shop(since: Option<&str>) -> Cohorts {
        let mut b = CohortBuilder::new(Period::Month, since.map(d), d("2024-04-15"));
        for (c, day, cents) in [
            (1, "2024-01-05", 1000),
            (1, "2024-02-10", 500),
            (1, "2024-04-01", 200),
            (2, "2024-01-20", 3000),
            (3, "2024-01-02", 100),
            (3, "2024-03-03", 100),
            (4, "2024-02-01", 800),
            (4, "2024-03-01", -300),
            (4, "2024-03-20", 400),
            (5, "2024-02-02", -50),
        ] {
            b.push(c, d(day), cents);
        }
        b.finish()
    }

    #[test]
    fn cohorts_count_who_came_back_in_each_period() {
        let c = shop(None);
        assert_eq!(c.cohorts.len(), 2, "January and February; the refund-only contact is in none");
        let jan = &c.cohorts[0];
        assert_eq!(Period::Month.label(jan.period), "2024-01");
        assert_eq!(jan.size, 3);
        assert_eq!(jan.active, vec![3, 1, 1, 1], "Feb: customer 1; Mar: customer 3; Apr: customer 1");
        assert_eq!(jan.still, vec![3, 2, 2, 1], "2 left after Jan; 1 came in April");
        assert_eq!(jan.revenue, vec![4100, 500, 100, 200]);
        assert_eq!(jan.revenue_per_customer(0), 1367, "4100 / 3 = 1366.67");
        assert_eq!(jan.revenue_per_customer(3), 1633, "4900 / 3 = 1633.33");
        let feb = &c.cohorts[1];
        assert_eq!(feb.size, 1);
        assert_eq!(feb.active, vec![1, 1, 0], "a refund is not a visit, the purchase after it is");
        assert_eq!(feb.revenue, vec![800, 100, 0], "the refund counts in revenue");
    }

    #[test]
    fn pooled_curve_churn_and_median_lifetime_use_complete_periods_only() {
        let c = shop(None);
        // Offset 1: Feb (Jan's) and Mar (Feb's) are complete: 4 customers, 3 still.
        assert_eq!(c.pooled[1], Pooled { offset: 1, customers: 4, still: 3 });
        // Offset 2: Mar for January only (April, Feb's, is not over).
        assert_eq!(c.pooled[2], Pooled { offset: 2, customers: 3, still: 2 });
        // Offset 3: April is not over: nobody counted.
        assert_eq!(c.pooled[3], Pooled { offset: 3, customers: 0, still: 0 });
        assert_eq!(c.churn_rate, Some(0.25));
        assert_eq!(c.median_lifetime, None, "never down to half on complete periods");
        assert!(c.complete(Period::Month.index(d("2024-03-31"))));
        assert!(!c.complete(c.last));
    }

    #[test]
    fn median_lifetime_is_the_first_offset_at_half_or_below() {
        let mut b = CohortBuilder::new(Period::Month, None, d("2024-12-31"));
        for (c, day) in [(1, "2024-01-01"), (1, "2024-02-01"), (1, "2024-03-01"), (2, "2024-01-01"), (2, "2024-02-01")]
        {
            b.push(c, d(day), 100);
        }
        b.push(3, d("2024-01-09"), 100);
        b.push(4, d("2024-01-09"), 100);
        let c = b.finish();
        // still: offset 1: 2 of 4 (half) -> median lifetime 1.
        assert_eq!(c.pooled[1].still, 2);
        assert_eq!(c.median_lifetime, Some(1));
        assert_eq!(c.churn_rate, Some(0.5));
    }

    #[test]
    fn since_drops_earlier_cohorts_and_their_customers() {
        let c = shop(Some("2024-02-15"));
        assert_eq!(c.cohorts.len(), 1);
        assert_eq!(Period::Month.label(c.cohorts[0].period), "2024-02");
    }

    #[test]
    fn quarters_group_three_months() {
        let mut b = CohortBuilder::new(Period::Quarter, None, d("2024-12-31"));
        b.push(1, d("2024-01-05"), 100);
        b.push(1, d("2024-03-05"), 100);
        b.push(1, d("2024-07-05"), 100);
        b.push(2, d("2024-02-05"), 100);
        let c = b.finish();
        assert_eq!(c.cohorts.len(), 1);
        assert_eq!(Period::Quarter.label(c.cohorts[0].period), "2024-Q1");
        assert_eq!(c.cohorts[0].active, vec![2, 0, 1, 0]);
        assert_eq!(c.cohorts[0].still, vec![2, 1, 1, 0]);
        assert_eq!(Period::Quarter.start(c.cohorts[0].period), d("2024-01-01"));
        assert_eq!(Period::Quarter.end(c.cohorts[0].period), d("2024-03-31"));
        assert_eq!(Period::Month.end(Period::Month.index(d("2024-02-10"))), d("2024-02-29"));
    }

    #[test]
    fn an_empty_shop_has_no_cohorts_and_no_rates() {
        let c = CohortBuilder::new(Period::Month, None, d("2024-01-01")).finish();
        assert!(c.cohorts.is_empty() && c.pooled.is_empty());
        assert_eq!((c.churn_rate, c.median_lifetime), (None, None));
    }

    #[test]
    fn months_split_new_and_returning_and_count_visits_by_day() {
        let jan = Period::Month.index(d("2024-01-01"));
        let mut b = MonthBuilder::new(jan, jan + 2);
        for (c, day, cents) in [
            (1, "2023-12-01", 100), // before the window: makes 1 a returning customer
            (1, "2024-01-05", 1000),
            (1, "2024-01-05", 500), // same day: one visit
            (2, "2024-01-20", -200),
            (2, "2024-02-20", 300),
            (2, "2024-02-21", 300),
            (3, "2024-03-01", 0),
        ] {
            b.push(c, d(day), cents);
        }
        let m = b.months;
        assert_eq!(m[0], MonthFigures { revenue: 1300, visits: 1, new_customers: 0, returning_customers: 1 });
        assert_eq!(m[1], MonthFigures { revenue: 600, visits: 2, new_customers: 1, returning_customers: 0 });
        assert_eq!(m[2], MonthFigures::default());
    }

    #[test]
    fn division_rounds_half_away_from_zero() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(7, 0), 0);
    }
}
