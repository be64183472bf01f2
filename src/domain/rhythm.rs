//! A customer's own rhythm: the usual gap between their visits, and
//! whether the time since their last visit is well beyond it (the
//! "slipping away" reminder of issue 12). Plain arithmetic on day numbers.

/// Visits a customer needs before their rhythm means anything.
pub const MIN_VISITS: u32 = 3;

/// Twice the median gap between consecutive distinct visit days (sorted,
/// ascending), so that a median falling between two gaps stays an exact
/// integer. None under two visits (no gap at all).
pub fn median_gap_x2(days: &[i32]) -> Option<i64> {
    let mut gaps: Vec<i64> = days.windows(2).map(|w| (w[1] - w[0]) as i64).collect();
    if gaps.is_empty() {
        return None;
    }
    gaps.sort_unstable();
    let n = gaps.len();
    Some(if n % 2 == 1 { 2 * gaps[n / 2] } else { gaps[n / 2 - 1] + gaps[n / 2] })
}

/// The least number of whole days since the last visit that counts as
/// slipping away: strictly more than `factor` × the median gap, and never
/// less than one day past it. `factor` is at least 1 (the config bounds it).
pub fn slipping_after_days(median_gap_x2: i64, factor: f64) -> i64 {
    let limit = factor * median_gap_x2 as f64 / 2.0;
    // "More than the limit": the first whole day above it.
    (limit.floor() as i64 + 1).max(1)
}

/// The day a customer crosses into slipping away, if they are regular
/// enough (`min_visits` visits or more) to have a rhythm at all.
pub fn slipping_day(
    last_day: i32,
    visits: u32,
    median_gap_x2: Option<i64>,
    factor: f64,
    min_visits: u32,
) -> Option<i32> {
    let gap = median_gap_x2.filter(|&g| g > 0)?;
    if visits < min_visits {
        return None;
    }
    let after = slipping_after_days(gap, factor);
    i32::try_from(last_day as i64 + after).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_gap_counts() {
        assert_eq!(median_gap_x2(&[1]), None);
        assert_eq!(median_gap_x2(&[]), None);
        assert_eq!(median_gap_x2(&[10, 17]), Some(14));
        // gaps 7, 30, 7 -> sorted 7, 7, 30 -> median 7
        assert_eq!(median_gap_x2(&[0, 7, 37, 44]), Some(14));
        // gaps 10, 20 -> median 15, twice 30; gaps 3, 10, 20, 40 -> 15 too
        assert_eq!(median_gap_x2(&[0, 10, 30]), Some(30));
        assert_eq!(median_gap_x2(&[0, 3, 13, 33, 73]), Some(30));
        // an odd sum stays exact: gaps 1 and 2 -> 1.5 -> 3
        assert_eq!(median_gap_x2(&[0, 1, 3]), Some(3));
    }

    #[test]
    fn slipping_is_strictly_beyond_factor_times_the_gap() {
        // Median 14 days, factor 2: 28 days is not beyond, 29 is.
        assert_eq!(slipping_after_days(28, 2.0), 29);
        // Median 1.5 days, factor 2: 3 is not beyond, 4 is.
        assert_eq!(slipping_after_days(3, 2.0), 4);
        // Median 10, factor 2.5: 25 is the limit, 26 crosses.
        assert_eq!(slipping_after_days(20, 2.5), 26);
        assert_eq!(slipping_day(100, 3, Some(28), 2.0, 3), Some(129));
    }

    #[test]
    fn no_rhythm_no_slipping() {
        assert_eq!(slipping_day(100, 2, Some(28), 2.0, 3), None, "under the visits asked");
        assert_eq!(slipping_day(100, 5, None, 2.0, 3), None);
        assert_eq!(slipping_day(100, 5, Some(0), 2.0, 3), None, "every visit on one day is no rhythm");
        assert_eq!(slipping_day(i32::MAX - 1, 5, Some(28), 2.0, 3), None, "never wraps");
    }
}
