//! The aggregates the reports show: per RFM segment, per value-matrix
//! cell, and who moved between segments. Pure sums over scored customers.

use super::money::Cents;
use super::rfm::{avg_cents, Scored, Segment};
use super::value_matrix::{Cell, Matrix};
use serde::Serialize;

/// `part / whole` rounded to four decimals (`0.1429`); 0 for an empty whole.
pub fn share(part: f64, whole: f64) -> f64 {
    if whole == 0.0 {
        0.0
    } else {
        (part / whole * 10000.0).round() / 10000.0
    }
}

/// Total spent by these customers, summed wide so it cannot wrap.
pub fn revenue<'a>(scored: impl IntoIterator<Item = &'a Scored>) -> i64 {
    let wide: i128 = scored.into_iter().map(|s| s.monetary_total.0 as i128).sum();
    wide.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentSummary {
    pub segment: Segment,
    pub customers: usize,
    pub share_customers: f64,
    pub revenue: Cents,
    pub share_revenue: f64,
    pub avg_recency_days: f64,
    pub avg_frequency: f64,
    pub avg_spend: Cents,
}

/// One row per segment that has customers, in the segments' order.
pub fn by_segment(scored: &[Scored]) -> Vec<SegmentSummary> {
    let n = scored.len() as f64;
    let total = revenue(scored);
    Segment::ALL
        .iter()
        .filter_map(|&seg| {
            let members: Vec<&Scored> = scored.iter().filter(|s| s.segment == seg).collect();
            if members.is_empty() {
                return None;
            }
            let k = members.len() as f64;
            let rev = revenue(members.iter().copied());
            Some(SegmentSummary {
                segment: seg,
                customers: members.len(),
                share_customers: share(k, n),
                revenue: Cents(rev),
                share_revenue: share(rev as f64, total as f64),
                avg_recency_days: (members.iter().map(|s| s.recency_days as f64).sum::<f64>() / k * 10.0).round()
                    / 10.0,
                avg_frequency: (members.iter().map(|s| s.frequency as f64).sum::<f64>() / k * 100.0).round() / 100.0,
                avg_spend: avg_cents(rev, members.len() as u32),
            })
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellSummary {
    pub cell: Cell,
    pub customers: usize,
    pub share_customers: f64,
    pub revenue: Cents,
    pub share_revenue: f64,
    pub mean_frequency: f64,
    pub mean_avg_purchase: Cents,
    /// What to do about the customers of this cell.
    pub advice: &'static str,
}

/// One row per cell (Inactive only when there is an activity window).
pub fn by_cell(scored: &[Scored], m: &Matrix, windowed: bool) -> Vec<CellSummary> {
    let n = scored.len() as f64;
    let total = revenue(scored);
    let mean_avg = Cents(m.mean_avg_cents.round() as i64);
    let mean_f = (m.mean_frequency * 1000.0).round() / 1000.0;
    Cell::ALL
        .iter()
        .filter(|&&c| c != Cell::Inactive || windowed)
        .map(|&cell| {
            let members: Vec<&Scored> = (0..scored.len()).filter(|&i| m.cells[i] == cell).map(|i| &scored[i]).collect();
            let rev = revenue(members.iter().copied());
            CellSummary {
                cell,
                customers: members.len(),
                share_customers: share(members.len() as f64, n),
                revenue: Cents(rev),
                share_revenue: share(rev as f64, total as f64),
                mean_frequency: mean_f,
                mean_avg_purchase: mean_avg,
                advice: cell.advice(),
            }
        })
        .collect()
}

/// How a customer moved between two days' segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Movement {
    /// Not a customer on the first day.
    New,
    /// From Champions or Loyal Customers into At Risk, Can't Lose Them or Hibernating.
    Fell,
    /// Into Champions or Loyal Customers from elsewhere.
    Rose,
    Same,
    Moved,
}

impl Movement {
    pub fn as_str(self) -> &'static str {
        match self {
            Movement::New => "new",
            Movement::Fell => "fell",
            Movement::Rose => "rose",
            Movement::Same => "same",
            Movement::Moved => "moved",
        }
    }
}

const TOP_SEGMENTS: [Segment; 2] = [Segment::Champions, Segment::LoyalCustomers];
const SLIPPING: [Segment; 3] = [Segment::AtRisk, Segment::CantLoseThem, Segment::Hibernating];

pub fn movement(from: Option<Segment>, to: Segment) -> Movement {
    match from {
        None => Movement::New,
        Some(f) if f == to => Movement::Same,
        Some(f) if TOP_SEGMENTS.contains(&f) && SLIPPING.contains(&to) => Movement::Fell,
        Some(f) if !TOP_SEGMENTS.contains(&f) && TOP_SEGMENTS.contains(&to) => Movement::Rose,
        Some(_) => Movement::Moved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movements() {
        assert_eq!(movement(None, Segment::Champions), Movement::New);
        assert_eq!(movement(Some(Segment::Champions), Segment::AtRisk), Movement::Fell);
        assert_eq!(movement(Some(Segment::LoyalCustomers), Segment::Hibernating), Movement::Fell);
        assert_eq!(movement(Some(Segment::Hibernating), Segment::LoyalCustomers), Movement::Rose);
        assert_eq!(movement(Some(Segment::Champions), Segment::LoyalCustomers), Movement::Moved);
        assert_eq!(movement(Some(Segment::AtRisk), Segment::AtRisk), Movement::Same);
    }

    #[test]
    fn shares_round_to_four_decimals() {
        assert_eq!(share(1.0, 7.0), 0.1429);
        assert_eq!(share(3.0, 0.0), 0.0);
    }

    #[test]
    fn revenue_never_wraps() {
        use crate::domain::rfm::{CustomerHistory, Scored};
        let big = |id| Scored {
            history: CustomerHistory {
                contact_id: id,
                first_day: 0,
                last_day: 0,
                days: 1,
                rows: 1,
                total_cents: i64::MAX / 2 + 1,
            },
            recency_days: 0,
            frequency: 1,
            monetary_total: Cents(i64::MAX / 2 + 1),
            r: 1,
            f: 1,
            m: 1,
            segment: Segment::Hibernating,
        };
        assert_eq!(revenue(&[big(1), big(2)]), i64::MAX);
    }
}
