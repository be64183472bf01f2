//! The current × potential profitability matrix: current value (what a
//! customer brought in the last months) against potential value (their
//! lifetime value), each split at its median.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Cell {
    /// High current, high potential: keep and grow.
    Desirable,
    /// Low current, high potential: invest.
    #[serde(rename = "Under-developed")]
    UnderDeveloped,
    /// High current, low potential: maintain at low cost.
    Mature,
    /// Low current, low potential: fewest resources.
    Undesirable,
    /// Would be Undesirable, but tagged as a reference customer or
    /// prescriber: worth more than their own purchases.
    Reference,
}

impl Cell {
    pub const ALL: [Cell; 5] =
        [Cell::Desirable, Cell::UnderDeveloped, Cell::Mature, Cell::Undesirable, Cell::Reference];

    pub fn name(self) -> &'static str {
        match self {
            Cell::Desirable => "Desirable",
            Cell::UnderDeveloped => "Under-developed",
            Cell::Mature => "Mature",
            Cell::Undesirable => "Undesirable",
            Cell::Reference => "Reference",
        }
    }

    pub fn advice(self) -> &'static str {
        match self {
            Cell::Desirable => "keep and grow: your best time goes here",
            Cell::UnderDeveloped => "invest: they could be worth much more than they bring today",
            Cell::Mature => "maintain at low cost: they bring a lot now, less is to come",
            Cell::Undesirable => "fewest resources: low-cost contact only",
            Cell::Reference => "they bring others: look after them whatever they buy",
        }
    }
}

/// The median of some values (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Class each customer: above the median is high, and so is the median
/// itself unless it is zero (when most customers bought nothing recently,
/// nothing is not "high"). `keep` marks the customers never classed as
/// Undesirable.
pub fn classify(current: &[f64], potential: &[f64], keep: &[bool]) -> (Vec<Cell>, f64, f64) {
    let (mc, mp) = (median(current), median(potential));
    let high = |v: f64, m: f64| v > m || (v == m && v > 0.0);
    let cells = current
        .iter()
        .zip(potential)
        .zip(keep)
        .map(|((&c, &p), &k)| match (high(c, mc), high(p, mp)) {
            (true, true) => Cell::Desirable,
            (false, true) => Cell::UnderDeveloped,
            (true, false) => Cell::Mature,
            (false, false) if k => Cell::Reference,
            (false, false) => Cell::Undesirable,
        })
        .collect();
    (cells, mc, mp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_split_the_matrix_and_references_are_kept() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        let current = [10.0, 0.0, 10.0, 0.0, 0.0];
        let potential = [10.0, 10.0, 0.0, 0.0, 0.0];
        let keep = [false, false, false, false, true];
        let (cells, mc, mp) = classify(&current, &potential, &keep);
        assert_eq!((mc, mp), (0.0, 0.0));
        // With a median of 0, zero is not "high".
        assert_eq!(
            cells,
            vec![Cell::Desirable, Cell::UnderDeveloped, Cell::Mature, Cell::Undesirable, Cell::Reference]
        );
        // Medians 4.5 and 4.5.
        let current = [10.0, 0.5, 9.0, 1.0, 0.0, 8.0];
        let potential = [10.0, 9.0, 1.0, 0.5, 0.0, 8.0];
        let keep = [false, false, false, false, true, false];
        let (cells, mc, mp) = classify(&current, &potential, &keep);
        assert_eq!((mc, mp), (4.5, 4.5));
        use Cell::*;
        assert_eq!(cells, vec![Desirable, UnderDeveloped, Mature, Undesirable, Reference, Desirable]);
    }
}
