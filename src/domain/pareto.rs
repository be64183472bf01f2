//! Pareto and ABC: how concentrated revenue is among customers.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Class {
    A,
    B,
    C,
}

/// Revenue share of the top `pct` % of customers (by revenue), for each
/// requested percentage. The top p % is the first ceil(p·N/100) customers.
/// Shares are of the total revenue; with no revenue every share is 0.
pub fn top_shares(totals_desc: &[i64], pcts: &[u32]) -> Vec<(u32, usize, i64, f64)> {
    let n = totals_desc.len();
    let total: i64 = totals_desc.iter().sum();
    pcts.iter()
        .map(|&p| {
            let k = (p as usize * n).div_ceil(100).min(n);
            let top: i64 = totals_desc[..k].iter().sum();
            (p, k, top, if total > 0 { top as f64 / total as f64 } else { 0.0 })
        })
        .collect()
}

/// ABC classes over customers sorted by revenue, largest first: A while
/// the revenue before a customer is under `a` % of the total (so A is the
/// customers who together make the first `a` %), B under `b` %, C after.
pub fn abc(totals_desc: &[i64], a_pct: u32, b_pct: u32) -> Vec<Class> {
    let total: i128 = totals_desc.iter().map(|&t| t as i128).sum();
    let mut before: i128 = 0;
    totals_desc
        .iter()
        .map(|&t| {
            // before/total < pct/100, in integers.
            let class = if total <= 0 {
                Class::C
            } else if before * 100 < a_pct as i128 * total {
                Class::A
            } else if before * 100 < b_pct as i128 * total {
                Class::B
            } else {
                Class::C
            };
            before += t as i128;
            class
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_of_the_top() {
        let t = [50, 20, 10, 10, 5, 5];
        let s = top_shares(&t, &[1, 20, 50, 100]);
        assert_eq!((s[0].1, s[0].2), (1, 50)); // ceil(0.06) = 1 customer
        assert_eq!((s[1].1, s[1].2), (2, 70)); // ceil(1.2) = 2
        assert_eq!((s[2].1, s[2].2), (3, 80));
        assert!((s[3].3 - 1.0).abs() < 1e-12);
        assert_eq!(top_shares(&[], &[20])[0].1, 0);
    }

    #[test]
    fn abc_classes() {
        use Class::*;
        // 100 total: A until 80 % is reached, B until 95 %.
        assert_eq!(abc(&[50, 20, 10, 10, 5, 5], 80, 95), vec![A, A, A, B, B, C]);
        assert_eq!(abc(&[100], 80, 95), vec![A]);
        assert_eq!(abc(&[0, 0], 80, 95), vec![C, C]);
    }
}
