//! The customer value matrix (Marcus, 1998): frequency against average
//! purchase, each split at its mean over the active customers.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub enum Cell {
    Best,
    Frequent,
    Spenders,
    Uncertain,
    /// Not bought within the activity window: left out of both means.
    Inactive,
}

impl Cell {
    pub const ALL: [Cell; 5] = [Cell::Best, Cell::Frequent, Cell::Spenders, Cell::Uncertain, Cell::Inactive];

    pub fn name(self) -> &'static str {
        match self {
            Cell::Best => "Best",
            Cell::Frequent => "Frequent",
            Cell::Spenders => "Spenders",
            Cell::Uncertain => "Uncertain",
            Cell::Inactive => "Inactive",
        }
    }

    pub fn parse(s: &str) -> Option<Cell> {
        Cell::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(s.trim()))
    }

    pub fn advice(self) -> &'static str {
        match self {
            Cell::Best => "keep them: recognition, first look at new work, no discounts needed",
            Cell::Frequent => "they come often and spend little: suggest the next size up or a bundle",
            Cell::Spenders => "they spend well but rarely: give them a reason to come back sooner",
            Cell::Uncertain => "low on both: low-cost contact only, watch who moves up",
            Cell::Inactive => "no purchase within the window: a reactivation campaign, or let go",
        }
    }
}

/// One customer as the matrix sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub frequency: u32,
    pub total_cents: i64,
    pub recency_days: i32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub cells: Vec<Cell>,
    /// Mean frequency over the active customers.
    pub mean_frequency: f64,
    /// Mean of the average purchase (cents) over the active customers.
    pub mean_avg_cents: f64,
    pub active: usize,
    pub inactive: usize,
}

/// Classify every customer. `active_days`: customers whose recency is
/// larger are Inactive and excluded from the means; `None` keeps everyone.
///
/// "High" means ≥ the mean. Frequency is compared exactly in integers
/// (N·F ≥ ΣF). The average purchase T/F is compared as N·T/F ≥ Σ(T/F),
/// the sum taken per distinct frequency (Σ_f S_f / f) so that it involves
/// only as many divisions as there are distinct frequencies; a tie within
/// one part in 10¹² is counted as equal (high).
pub fn classify(points: &[Point], active_days: Option<u32>) -> Matrix {
    let means = Means::of(points, active_days);
    let cells = points.iter().map(|p| means.cell(p)).collect();
    let nf = means.n as f64;
    Matrix {
        cells,
        mean_frequency: if means.n == 0 { 0.0 } else { means.sum_f as f64 / nf },
        mean_avg_cents: if means.n == 0 { 0.0 } else { means.sum_avg / nf },
        active: means.n as usize,
        inactive: points.len() - means.n as usize,
    }
}

/// What a customer's cell is measured against: the active customers'
/// count and sums (kept exact, so one customer's cell can be worked out
/// later from them alone, as `contact show` does).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Means {
    pub n: u64,
    pub sum_f: u64,
    /// Sum of the average purchases (cents), summed by frequency first.
    pub sum_avg: f64,
    pub active_days: Option<u32>,
}

impl Means {
    pub fn of(points: &[Point], active_days: Option<u32>) -> Means {
        let is_active = |p: &Point| active_days.is_none_or(|w| p.recency_days <= w as i32);
        let mut n = 0u64;
        let mut sum_f = 0u64;
        let mut by_freq: std::collections::BTreeMap<u32, i128> = Default::default();
        for p in points.iter().filter(|p| is_active(p)) {
            n += 1;
            sum_f += p.frequency as u64;
            *by_freq.entry(p.frequency.max(1)).or_default() += p.total_cents as i128;
        }
        let sum_avg: f64 = by_freq.iter().map(|(&f, &s)| s as f64 / f as f64).sum();
        Means { n, sum_f, sum_avg, active_days }
    }

    /// One customer's cell against these means.
    pub fn cell(&self, p: &Point) -> Cell {
        if self.active_days.is_some_and(|w| p.recency_days > w as i32) {
            return Cell::Inactive;
        }
        let high_f = self.n * p.frequency as u64 >= self.sum_f;
        let lhs = self.n as f64 * p.total_cents as f64 / p.frequency.max(1) as f64;
        let high_m = lhs >= self.sum_avg - 1e-12 * self.sum_avg.abs().max(lhs.abs());
        match (high_f, high_m) {
            (true, true) => Cell::Best,
            (true, false) => Cell::Frequent,
            (false, true) => Cell::Spenders,
            (false, false) => Cell::Uncertain,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(frequency: u32, total_cents: i64, recency_days: i32) -> Point {
        Point { frequency, total_cents, recency_days }
    }

    #[test]
    fn the_worked_example() {
        // A..G of the shared tiny example.
        let pts = [
            p(3, 4550, 10),
            p(1, 15000, 1),
            p(1, 500, 365),
            p(2, 4550, 60),
            p(1, 4550, 29),
            p(4, 100000, 91),
            p(1, 1234, 0),
        ];
        let m = classify(&pts, Some(365));
        use Cell::*;
        assert_eq!(m.cells, vec![Frequent, Spenders, Uncertain, Frequent, Uncertain, Best, Uncertain]);
        assert!((m.mean_frequency - 13.0 / 7.0).abs() < 1e-12);
        assert!((m.mean_avg_cents - 7153.666666666667).abs() < 1e-6);
        assert_eq!(classify(&pts, None).cells, m.cells);
    }

    #[test]
    fn equal_to_the_mean_is_high() {
        let m = classify(&[p(2, 3000, 0), p(2, 3000, 0)], None);
        assert_eq!(m.cells, vec![Cell::Best, Cell::Best]);
        // Thirds: 10/3 each, the mean is the same third.
        let m = classify(&[p(3, 1000, 0), p(3, 1000, 0), p(3, 1000, 0)], None);
        assert_eq!(m.cells, vec![Cell::Best; 3]);
    }

    #[test]
    fn inactive_customers_leave_the_means() {
        let m = classify(&[p(1, 1000, 10), p(10, 100000, 400)], Some(365));
        assert_eq!(m.cells, vec![Cell::Best, Cell::Inactive]);
        assert_eq!((m.active, m.inactive), (1, 1));
        assert_eq!(classify(&[p(1, 1000, 10), p(10, 100000, 400)], None).cells, vec![Cell::Uncertain, Cell::Best]);
        assert_eq!(classify(&[], None).active, 0);
    }

    #[test]
    fn cells_parse() {
        assert_eq!(Cell::parse("best"), Some(Cell::Best));
        assert_eq!(Cell::parse("nope"), None);
    }
}
