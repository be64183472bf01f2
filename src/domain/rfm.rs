//! RFM: recency, frequency and monetary scores, and the segments named
//! from them. The rules are the spec (issue 4) and are matched exactly
//! against the worked example in the shared reference data.

use super::money::Cents;
use serde::Serialize;

/// One customer's purchase history, summed up as of a day. Days are day
/// numbers (see `dates::to_day_number`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CustomerHistory {
    pub contact_id: i64,
    pub first_day: i32,
    pub last_day: i32,
    /// Sales (rows); refunds are not counted.
    pub rows: u32,
    /// Visits: days with a sale (same-day sales are one visit).
    pub days: u32,
    pub total_cents: i64,
}

/// Histories summed up from purchases read in (contact, day) order, by the
/// rule of [`super::visits`] (a refund is not a visit).
#[derive(Debug, Default)]
pub struct Histories(super::visits::VisitsBuilder);

impl Histories {
    pub fn push(&mut self, contact_id: i64, day: i32, cents: i64) {
        self.0.push(contact_id, day, cents);
    }

    pub fn finish(self) -> Vec<CustomerHistory> {
        self.0.finish().iter().map(super::visits::Visits::history).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FrequencyBasis {
    /// Distinct purchase days (visits).
    #[default]
    Days,
    /// Purchase rows.
    Rows,
}

impl CustomerHistory {
    pub fn frequency(&self, basis: FrequencyBasis) -> u32 {
        match basis {
            FrequencyBasis::Days => self.days,
            FrequencyBasis::Rows => self.rows,
        }
    }
}

/// The ten segments, from the best customers to the lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub enum Segment {
    #[serde(rename = "Champions")]
    Champions,
    #[serde(rename = "Loyal Customers")]
    LoyalCustomers,
    #[serde(rename = "Potential Loyalist")]
    PotentialLoyalist,
    #[serde(rename = "New Customers")]
    NewCustomers,
    #[serde(rename = "Promising")]
    Promising,
    #[serde(rename = "Need Attention")]
    NeedAttention,
    #[serde(rename = "About To Sleep")]
    AboutToSleep,
    #[serde(rename = "At Risk")]
    AtRisk,
    #[serde(rename = "Can't Lose Them")]
    CantLoseThem,
    #[serde(rename = "Hibernating")]
    Hibernating,
}

impl Segment {
    pub const ALL: [Segment; 10] = [
        Segment::Champions,
        Segment::LoyalCustomers,
        Segment::PotentialLoyalist,
        Segment::NewCustomers,
        Segment::Promising,
        Segment::NeedAttention,
        Segment::AboutToSleep,
        Segment::AtRisk,
        Segment::CantLoseThem,
        Segment::Hibernating,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Segment::Champions => "Champions",
            Segment::LoyalCustomers => "Loyal Customers",
            Segment::PotentialLoyalist => "Potential Loyalist",
            Segment::NewCustomers => "New Customers",
            Segment::Promising => "Promising",
            Segment::NeedAttention => "Need Attention",
            Segment::AboutToSleep => "About To Sleep",
            Segment::AtRisk => "At Risk",
            Segment::CantLoseThem => "Can't Lose Them",
            Segment::Hibernating => "Hibernating",
        }
    }

    /// Matches a name however it is typed: `at-risk`, `At Risk`, `cant lose them`.
    pub fn parse(s: &str) -> Option<Segment> {
        let key = |x: &str| x.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
        let k = key(s);
        Segment::ALL.into_iter().find(|seg| key(seg.name()) == k)
    }

    /// What to do with these customers, in a line.
    pub fn advice(self) -> &'static str {
        match self {
            Segment::Champions => "reward them; ask for reviews and referrals",
            Segment::LoyalCustomers => "offer loyalty perks and new products first",
            Segment::PotentialLoyalist => "invite them back with a membership or a workshop",
            Segment::NewCustomers => "welcome them; help them come back a second time",
            Segment::Promising => "make them known to you: a personal follow-up",
            Segment::NeedAttention => "a limited-time offer based on past purchases",
            Segment::AboutToSleep => "remind them of what they liked, before they drift off",
            Segment::AtRisk => "a personal message: they used to come often",
            Segment::CantLoseThem => "call them: your big spenders have gone quiet",
            Segment::Hibernating => "one low-cost reactivation attempt, then let go",
        }
    }

    /// The segment from the R and F scores (the table in issue 4).
    pub fn from_scores(r: u8, f: u8) -> Segment {
        match (r, f) {
            (1..=2, 1..=2) => Segment::Hibernating,
            (1..=2, 3..=4) => Segment::AtRisk,
            (1..=2, _) => Segment::CantLoseThem,
            (3, 1..=2) => Segment::AboutToSleep,
            (3, 3) => Segment::NeedAttention,
            (3, _) => Segment::LoyalCustomers,
            (4, 1) => Segment::Promising,
            (4, 2..=3) => Segment::PotentialLoyalist,
            (4, _) => Segment::LoyalCustomers,
            (5, 1) => Segment::NewCustomers,
            (5, 2..=3) => Segment::PotentialLoyalist,
            _ => Segment::Champions,
        }
    }
}

/// Rank-quintile scores with ties sharing the lower bin:
/// `1 + floor(5 * below / n)`, where `below` counts the values strictly
/// worse. `worse_is_larger` is true for recency (more days is worse).
///
/// The score is a step function of the value with four steps: a score of
/// at least k needs `below ≥ ⌈(k−1)·n/5⌉`, which holds exactly for the
/// values past one order statistic. So four selections (linear, not a
/// sort) find the steps, and each value is scored by four comparisons.
pub fn quintile_scores(values: &[i64], worse_is_larger: bool) -> Vec<u8> {
    let n = values.len();
    if n == 0 {
        return Vec::new();
    }
    let mut work = values.to_vec();
    // The k-th step (k = 2..=5): the count of worse values it needs, 1..=n.
    let steps: [i64; 4] = std::array::from_fn(|i| {
        let need = ((i + 1) * n).div_ceil(5);
        // At least `need` values below v: v is past the need-th smallest
        // (or, when more is worse, before the need-th largest).
        let at = if worse_is_larger { n - need } else { need - 1 };
        *work.select_nth_unstable(at).1
    });
    values
        .iter()
        .map(|&v| {
            let passed = if worse_is_larger {
                steps.iter().filter(|&&t| v < t).count()
            } else {
                steps.iter().filter(|&&t| v > t).count()
            };
            1 + passed as u8
        })
        .collect()
}

/// A scored customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub history: CustomerHistory,
    pub recency_days: i32,
    pub frequency: u32,
    pub monetary_total: Cents,
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub segment: Segment,
}

impl Scored {
    /// Average spend per visit (or per purchase with `--frequency-basis
    /// rows`), rounded half away from zero to the cent for display.
    pub fn monetary_avg(&self) -> Cents {
        avg_cents(self.monetary_total.0, self.frequency)
    }

    pub fn rfm_code(&self) -> String {
        format!("{}{}{}", self.r, self.f, self.m)
    }
}

pub fn avg_cents(total: i64, n: u32) -> Cents {
    if n == 0 {
        return Cents(0);
    }
    let n = n as i64;
    let q = (2 * total.abs() + n) / (2 * n);
    Cents(if total < 0 { -q } else { q })
}

/// Score every customer with at least one purchase on or before `as_of`
/// (the histories must already exclude later purchases).
pub fn score(histories: &[CustomerHistory], as_of: i32, basis: FrequencyBasis) -> Vec<Scored> {
    if histories.is_empty() {
        return Vec::new();
    }
    let recency: Vec<i64> = histories.iter().map(|h| (as_of - h.last_day) as i64).collect();
    let freq: Vec<i64> = histories.iter().map(|h| h.frequency(basis) as i64).collect();
    let money: Vec<i64> = histories.iter().map(|h| h.total_cents).collect();
    let (rs, fs, ms) = (quintile_scores(&recency, true), quintile_scores(&freq, false), quintile_scores(&money, false));
    histories
        .iter()
        .enumerate()
        .map(|(i, h)| Scored {
            history: *h,
            recency_days: recency[i] as i32,
            frequency: freq[i] as u32,
            monetary_total: Cents(money[i]),
            r: rs[i],
            f: fs[i],
            m: ms[i],
            segment: Segment::from_scores(rs[i], fs[i]),
        })
        .collect()
}

/// Only the segment of each customer, as [`score`] gives it: the R and F
/// scores without M (one sort of a million values fewer, and no scored
/// copy of each history), for lifetime value, which needs no more.
pub fn segments(histories: &[CustomerHistory], as_of: i32, basis: FrequencyBasis) -> Vec<Segment> {
    let recency: Vec<i64> = histories.iter().map(|h| (as_of - h.last_day) as i64).collect();
    let rs = quintile_scores(&recency, true);
    drop(recency);
    let freq: Vec<i64> = histories.iter().map(|h| h.frequency(basis) as i64).collect();
    let fs = quintile_scores(&freq, false);
    rs.into_iter().zip(fs).map(|(r, f)| Segment::from_scores(r, f)).collect()
}

/// Which values one score covers: how the scores read in plain terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bounds {
    pub score: u8,
    pub count: usize,
    pub min: Option<i64>,
    pub max: Option<i64>,
}

/// Bounds per score 1–5 for a metric picked by `value` and `score`.
pub fn bounds(rows: &[Scored], value: impl Fn(&Scored) -> i64, score: impl Fn(&Scored) -> u8) -> Vec<Bounds> {
    let mut out: Vec<Bounds> = (1..=5).map(|s| Bounds { score: s, count: 0, min: None, max: None }).collect();
    for r in rows {
        let b = &mut out[(score(r) - 1) as usize];
        let v = value(r);
        b.count += 1;
        b.min = Some(b.min.map_or(v, |m| m.min(v)));
        b.max = Some(b.max.map_or(v, |m| m.max(v)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quintiles_with_ties_share_the_lower_bin() {
        // The worked example: F = [3,1,1,2,1,4,1]; D (F=2) has 4 below → 1 + 20/7 = 3.
        assert_eq!(quintile_scores(&[3, 1, 1, 2, 1, 4, 1], false), vec![4, 1, 1, 3, 1, 5, 1]);
        assert_eq!(quintile_scores(&[], false), Vec::<u8>::new());
        assert_eq!(quintile_scores(&[7], true), vec![1]);
        // Recency: larger is worse.
        assert_eq!(quintile_scores(&[10, 1, 365, 60, 29, 91, 0], true), vec![3, 4, 1, 2, 3, 1, 5]);
        // All equal: everyone 1.
        assert_eq!(quintile_scores(&[5, 5, 5], false), vec![1, 1, 1]);
        // Ten distinct values: two per score.
        assert_eq!(quintile_scores(&(0..10).collect::<Vec<_>>(), false), vec![1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
        assert_eq!(quintile_scores(&[7], false), vec![1]);
    }

    /// The rule as written: count the worse values of each one.
    fn scores_by_counting(values: &[i64], worse_is_larger: bool) -> Vec<u8> {
        let n = values.len();
        values
            .iter()
            .map(|&v| {
                let below = values.iter().filter(|&&x| if worse_is_larger { x > v } else { x < v }).count();
                (1 + (5 * below) / n) as u8
            })
            .collect()
    }

    proptest::proptest! {
        /// The four steps score every value as counting its worse ones does,
        /// ties and tiny populations included.
        #[test]
        fn quintile_scores_are_the_rule(values in proptest::collection::vec(-20i64..20, 0..60), big in proptest::collection::vec(proptest::num::i64::ANY, 0..40)) {
            for v in [&values, &big] {
                proptest::prop_assert_eq!(quintile_scores(v, false), scores_by_counting(v, false));
                proptest::prop_assert_eq!(quintile_scores(v, true), scores_by_counting(v, true));
            }
        }

        /// `segments` is `score`'s segment, whatever the histories.
        #[test]
        fn segments_alone_are_the_scored_ones(hs in proptest::collection::vec((0i32..400, 1u32..30, -5_000i64..90_000), 1..80)) {
            let histories: Vec<CustomerHistory> = hs
                .iter()
                .enumerate()
                .map(|(i, &(last, days, cents))| CustomerHistory {
                    contact_id: i as i64,
                    first_day: 0,
                    last_day: last,
                    rows: days,
                    days,
                    total_cents: cents,
                })
                .collect();
            let scored: Vec<Segment> = score(&histories, 400, FrequencyBasis::Days).iter().map(|s| s.segment).collect();
            proptest::prop_assert_eq!(segments(&histories, 400, FrequencyBasis::Days), scored);
        }
    }

    #[test]
    fn the_segment_table_covers_every_score_pair() {
        use Segment::*;
        let expect = [
            // f:   1              2                  3                  4               5
            [Hibernating, Hibernating, AtRisk, AtRisk, CantLoseThem], // r = 1
            [Hibernating, Hibernating, AtRisk, AtRisk, CantLoseThem], // r = 2
            [AboutToSleep, AboutToSleep, NeedAttention, LoyalCustomers, LoyalCustomers], // r = 3
            [Promising, PotentialLoyalist, PotentialLoyalist, LoyalCustomers, LoyalCustomers], // r = 4
            [NewCustomers, PotentialLoyalist, PotentialLoyalist, Champions, Champions], // r = 5
        ];
        for r in 1..=5u8 {
            for f in 1..=5u8 {
                assert_eq!(Segment::from_scores(r, f), expect[(r - 1) as usize][(f - 1) as usize], "r{r} f{f}");
            }
        }
    }

    #[test]
    fn segment_names_parse_loosely() {
        assert_eq!(Segment::parse("at-risk"), Some(Segment::AtRisk));
        assert_eq!(Segment::parse("Can't Lose Them"), Some(Segment::CantLoseThem));
        assert_eq!(Segment::parse("cant lose them"), Some(Segment::CantLoseThem));
        assert_eq!(Segment::parse("VIP"), None);
        for s in Segment::ALL {
            assert_eq!(Segment::parse(s.name()), Some(s));
        }
    }

    #[test]
    fn averages_round_half_away_from_zero() {
        assert_eq!(avg_cents(4550, 3), Cents(1517));
        assert_eq!(avg_cents(1, 2), Cents(1));
        assert_eq!(avg_cents(-1, 2), Cents(-1));
        assert_eq!(avg_cents(100, 0), Cents(0));
    }

    #[test]
    fn frequency_basis_days_or_rows() {
        let h = CustomerHistory { contact_id: 1, first_day: 0, last_day: 0, rows: 2, days: 1, total_cents: 15000 };
        let s = score(&[h], 1, FrequencyBasis::Days);
        assert_eq!((s[0].frequency, s[0].recency_days, s[0].monetary_avg()), (1, 1, Cents(15000)));
        assert_eq!(score(&[h], 1, FrequencyBasis::Rows)[0].frequency, 2);
        assert!(score(&[], 1, FrequencyBasis::Days).is_empty());
    }

    #[test]
    fn bounds_per_score() {
        let hs: Vec<CustomerHistory> = (0..5)
            .map(|i| CustomerHistory {
                contact_id: i,
                first_day: 0,
                last_day: 0,
                rows: 1,
                days: 1,
                total_cents: i * 100,
            })
            .collect();
        let s = score(&hs, 0, FrequencyBasis::Days);
        let b = bounds(&s, |r| r.monetary_total.0, |r| r.m);
        assert_eq!(b[0], Bounds { score: 1, count: 1, min: Some(0), max: Some(0) });
        assert_eq!(b[4], Bounds { score: 5, count: 1, min: Some(400), max: Some(400) });
    }
}
