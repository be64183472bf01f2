//! What customers buy (FRAT: frequency, recency, amount, *type*): per
//! category its customers, revenue, repeat rate, trend and repurchase
//! cycle; which categories are bought together (lift); per channel the
//! same first figures.

use std::collections::HashMap;

/// Days in the trend's two windows.
const YEAR: i32 = 365;

/// One purchase, for these figures. `group` is the category's (or the
/// channel's) index in the caller's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub group: usize,
    pub contact: i64,
    pub day: i32,
    pub amount: i64,
}

/// The figures of one category (or channel).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupStats {
    pub customers: u64,
    pub purchases: u64,
    pub revenue: i64,
    /// Customers who bought it on two different days or more.
    pub repeat_customers: u64,
    /// Revenue in (as_of − 365, as_of] and in the 365 days before.
    pub revenue_last_year: i64,
    pub revenue_year_before: i64,
    /// Days between two consecutive purchase days of it by one customer.
    pub gaps: Vec<i32>,
}

impl GroupStats {
    pub fn average_purchase(&self) -> Option<f64> {
        (self.purchases > 0).then(|| self.revenue as f64 / self.purchases as f64)
    }

    pub fn repeat_rate(&self) -> Option<f64> {
        (self.customers > 0).then(|| self.repeat_customers as f64 / self.customers as f64)
    }

    /// Last year's revenue against the year before, as a ratio − 1; None
    /// when there was nothing the year before.
    pub fn trend(&self) -> Option<f64> {
        (self.revenue_year_before > 0).then(|| self.revenue_last_year as f64 / self.revenue_year_before as f64 - 1.0)
    }

    /// The median repurchase cycle in days (mean of the two middle gaps
    /// for an even count); None without any gap.
    pub fn median_cycle(&self) -> Option<f64> {
        median(&self.gaps)
    }
}

/// The median of day gaps (mean of the two middle ones for an even
/// count); None without any.
pub fn median(gaps: &[i32]) -> Option<f64> {
    let mut g = gaps.to_vec();
    if g.is_empty() {
        return None;
    }
    g.sort_unstable();
    let n = g.len();
    Some(if n % 2 == 1 { g[n / 2] as f64 } else { (g[n / 2 - 1] as f64 + g[n / 2] as f64) / 2.0 })
}

/// The figures of each group from purchases sorted by (group, contact,
/// day), as of `as_of` (a day number; later purchases are the caller's to
/// leave out).
pub fn group_stats(lines: impl IntoIterator<Item = Line>, groups: usize, as_of: i32) -> Vec<GroupStats> {
    let mut acc = Accumulator::new(as_of);
    lines.into_iter().for_each(|l| acc.push(l));
    let (mut stats, _) = acc.finish();
    stats.resize(groups.max(stats.len()), GroupStats::default());
    stats
}

/// [`group_stats`] one purchase at a time, so millions of rows stream
/// through without being held; it also keeps each (group, customer) once,
/// for [`cross_buying`].
pub struct Accumulator {
    as_of: i32,
    out: Vec<GroupStats>,
    /// The (group, customer) being read, its last day and its days so far.
    current: Option<(usize, i64, i32, u32)>,
    bought: Vec<(usize, i64)>,
}

impl Accumulator {
    pub fn new(as_of: i32) -> Self {
        Accumulator { as_of, out: Vec::new(), current: None, bought: Vec::new() }
    }

    /// The next purchase, in (group, contact, day) order.
    pub fn push(&mut self, l: Line) {
        if self.out.len() <= l.group {
            self.out.resize(l.group + 1, GroupStats::default());
        }
        let s = &mut self.out[l.group];
        s.purchases += 1;
        s.revenue += l.amount;
        if l.day > self.as_of - YEAR && l.day <= self.as_of {
            s.revenue_last_year += l.amount;
        } else if l.day > self.as_of - 2 * YEAR && l.day <= self.as_of - YEAR {
            s.revenue_year_before += l.amount;
        }
        match self.current {
            Some((g, c, last, days)) if g == l.group && c == l.contact => {
                if l.day != last {
                    self.out[g].gaps.push(l.day - last);
                    self.current = Some((g, c, l.day, days + 1));
                }
            }
            _ => {
                self.close();
                self.current = Some((l.group, l.contact, l.day, 1));
                self.bought.push((l.group, l.contact));
            }
        }
    }

    fn close(&mut self) {
        if let Some((g, _, _, days)) = self.current.take() {
            self.out[g].customers += 1;
            if days >= 2 {
                self.out[g].repeat_customers += 1;
            }
        }
    }

    /// The figures per group, and each (group, customer) that occurred.
    pub fn finish(mut self) -> (Vec<GroupStats>, Vec<(usize, i64)>) {
        self.close();
        (self.out, self.bought)
    }
}

/// How many customers bought in two groups or more (several channels),
/// from the (group, customer) pairs.
pub fn customers_in_several(bought: &[(usize, i64)]) -> u64 {
    let mut n = 0;
    each_customer(bought, |groups| n += u64::from(groups.len() >= 2));
    n
}

/// Call `f` with each customer's groups (sorted, each once), from
/// (group, customer) pairs in any order. Pairs already grouped by
/// customer, as the store reads them, are walked in place.
fn each_customer(bought: &[(usize, i64)], mut f: impl FnMut(&[usize])) {
    let sorted;
    let pairs = if bought.windows(2).all(|w| w[0].1 <= w[1].1) {
        bought
    } else {
        let mut v = bought.to_vec();
        v.sort_unstable_by_key(|&(g, c)| (c, g));
        sorted = v;
        &sorted[..]
    };
    let mut groups: Vec<usize> = Vec::new();
    for run in pairs.chunk_by(|a, b| a.1 == b.1) {
        groups.clear();
        groups.extend(run.iter().map(|&(g, _)| g));
        groups.sort_unstable();
        groups.dedup();
        f(&groups);
    }
}

/// Two categories bought by the same customers.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    /// Customers who bought both.
    pub both: u64,
    /// How much likelier a customer of `a` is to buy `b` than any
    /// customer: P(a and b) / (P(a) × P(b)); 1 is chance.
    pub lift: f64,
}

/// Every pair of categories bought by at least one same customer, from
/// the (category, contact) pairs that occur (each once), strongest lift
/// first. The base is the customers who bought any category.
pub fn cross_buying(bought: &[(usize, i64)], groups: usize) -> Vec<Pair> {
    let mut per_group = vec![0u64; groups];
    let mut n = 0.0;
    let mut both: HashMap<(usize, usize), u64> = HashMap::new();
    each_customer(bought, |cats| {
        n += 1.0;
        for (i, &a) in cats.iter().enumerate() {
            per_group[a] += 1;
            for &b in &cats[i + 1..] {
                *both.entry((a, b)).or_default() += 1;
            }
        }
    });
    let mut pairs: Vec<Pair> = both
        .into_iter()
        .map(|((a, b), k)| Pair { a, b, both: k, lift: k as f64 * n / (per_group[a] as f64 * per_group[b] as f64) })
        .collect();
    pairs.sort_by(|x, y| y.lift.total_cmp(&x.lift).then(y.both.cmp(&x.both)).then((x.a, x.b).cmp(&(y.a, y.b))));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(group: usize, contact: i64, day: i32, amount: i64) -> Line {
        Line { group, contact, day, amount }
    }

    #[test]
    fn counts_revenue_repeat_and_cycles() {
        // Category 0: contact 1 on days 100, 100 (same visit), 130, 190;
        // contact 2 once. Category 1: contact 1 once.
        let lines =
            [l(0, 1, 100, 10), l(0, 1, 100, 5), l(0, 1, 130, 20), l(0, 1, 190, 30), l(0, 2, 50, 40), l(1, 1, 10, 7)];
        let s = group_stats(lines, 2, 400);
        assert_eq!((s[0].customers, s[0].purchases, s[0].revenue), (2, 5, 105));
        assert_eq!(s[0].repeat_customers, 1);
        assert_eq!(s[0].repeat_rate(), Some(0.5));
        assert_eq!(s[0].gaps, vec![30, 60], "the same day twice is one visit");
        assert_eq!(s[0].median_cycle(), Some(45.0));
        assert_eq!(s[0].average_purchase(), Some(21.0));
        // As of 400: last year is days 36..=400, the year before −329..=35.
        assert_eq!((s[0].revenue_last_year, s[0].revenue_year_before), (105, 0));
        assert_eq!(s[0].trend(), None);
        assert_eq!((s[1].customers, s[1].repeat_customers, s[1].median_cycle()), (1, 0, None));
        assert_eq!((s[1].revenue_last_year, s[1].revenue_year_before), (0, 7));
    }

    #[test]
    fn trend_compares_the_last_year_with_the_one_before() {
        let s = group_stats([l(0, 1, 10, 100), l(0, 1, 380, 150)], 1, 400);
        assert_eq!((s[0].revenue_year_before, s[0].revenue_last_year), (100, 150));
        assert!((s[0].trend().unwrap() - 0.5).abs() < 1e-12);
        assert_eq!(GroupStats { gaps: vec![3, 1, 2], ..Default::default() }.median_cycle(), Some(2.0));
    }

    #[test]
    fn lift_is_joint_share_over_the_product_of_shares() {
        // 4 customers: 1 and 2 buy A and B, 3 buys A, 4 buys C.
        let bought = [(0, 1), (1, 1), (0, 2), (1, 2), (0, 3), (2, 4)];
        let p = cross_buying(&bought, 3);
        assert_eq!(p.len(), 1, "only A+B are ever bought together");
        assert_eq!((p[0].a, p[0].b, p[0].both), (0, 1, 2));
        // P(A∧B) = 2/4, P(A) = 3/4, P(B) = 2/4: lift = 0.5 / 0.375.
        assert!((p[0].lift - 0.5 / 0.375).abs() < 1e-12);
        assert_eq!(customers_in_several(&bought), 2);
        // In group order (as a category-ordered scan gives them): the same.
        let by_group = [(0, 1), (0, 2), (0, 3), (1, 1), (1, 2), (2, 4)];
        assert_eq!(cross_buying(&by_group, 3), p);
        assert_eq!(customers_in_several(&by_group), 2);
    }
}
