//! What a campaign costs against what it brings: the cost, the break-even
//! before launch, and after it the incremental buyers, revenue and margin
//! (recipients against the control group, per head × recipients), the
//! return on investment and a verdict that stays "cannot tell yet" while
//! the confidence interval crosses the cost.

use super::campaign::Outcome;
use super::money::Cents;

/// 95 % two-sided normal quantile.
pub const Z95: f64 = 1.96;

/// What reaching people costs: so much per contact plus a fixed part
/// (design, printing plates, the SMS provider's monthly fee).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Costs {
    pub per_contact: Cents,
    pub fixed: Cents,
}

impl Costs {
    /// The cost of reaching `people`, saturating (never wraps).
    pub fn total(&self, people: u64) -> Cents {
        let n = i64::try_from(people).unwrap_or(i64::MAX);
        Cents(self.per_contact.0.saturating_mul(n).saturating_add(self.fixed.0))
    }

    pub fn is_zero(&self) -> bool {
        self.per_contact.0 == 0 && self.fixed.0 == 0
    }
}

/// How much a campaign must bring to pay for itself.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BreakEven {
    /// Extra revenue needed: the cost divided by the margin.
    pub revenue: Cents,
    /// Extra purchases of the average amount needed (rounded up).
    pub purchases: u64,
    /// Those purchases as a share of the people reached (may exceed 1:
    /// then each would have to buy more than once).
    pub share_of_reached: f64,
}

/// The break-even of a campaign costing `cost`, when a sale leaves
/// `margin` (0 < margin ≤ 1; 1 when no margin is known, i.e. in revenue)
/// and the average purchase is `average`. None when nothing can be said
/// (no cost, no purchases to average, nobody reached).
pub fn break_even(cost: Cents, margin: f64, average: Cents, reached: u64) -> Option<BreakEven> {
    if cost.0 <= 0 || average.0 <= 0 || reached == 0 || !(margin > 0.0 && margin <= 1.0) {
        return None;
    }
    let revenue = (cost.0 as f64 / margin).ceil();
    let purchases = (revenue / average.0 as f64).ceil() as u64;
    Some(BreakEven { revenue: Cents(revenue as i64), purchases, share_of_reached: purchases as f64 / reached as f64 })
}

/// A figure and its 95 % confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

impl Estimate {
    fn scaled(self, k: f64) -> Estimate {
        let (a, b) = (self.low * k, self.high * k);
        Estimate { value: self.value * k, low: a.min(b), high: a.max(b) }
    }
}

/// Whether the campaign paid for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Even the low end of the interval covers the cost.
    PaidForItself,
    /// Even the high end does not.
    DidNot,
    /// The interval straddles the cost (or there is no control group).
    CannotTellYet,
    /// The window has closed and the interval still straddles the cost:
    /// waiting will not tell; the effect was too small to measure.
    Inconclusive,
}

impl Verdict {
    /// The value scripts see, in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::PaidForItself => "paid_for_itself",
            Verdict::DidNot => "did_not_pay",
            Verdict::CannotTellYet => "cannot_tell_yet",
            Verdict::Inconclusive => "inconclusive",
        }
    }

    /// The verdict once the window is over: "not yet" becomes "no".
    pub fn settled(self, window_closed: bool) -> Verdict {
        match self {
            Verdict::CannotTellYet if window_closed => Verdict::Inconclusive,
            v => v,
        }
    }
}

/// The economics of a launched campaign.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Economics {
    pub cost: Cents,
    /// Extra buyers among the recipients, against the control group's rate.
    pub buyers: Estimate,
    /// Extra revenue, in cents.
    pub revenue: Estimate,
    /// Extra revenue × margin, in cents (the revenue when no margin is set).
    pub margin: Estimate,
    /// (margin − cost) / cost; None when the campaign cost nothing.
    pub roi: Option<f64>,
    pub verdict: Verdict,
}

/// Difference of the two groups' mean revenue per head, with its
/// interval (Welch's standard error from each group's sum of squares).
fn revenue_per_head_difference(r: Outcome, c: Outcome) -> Estimate {
    let var = |o: Outcome| {
        if o.people < 2 {
            return 0.0;
        }
        let n = o.people as f64;
        let mean = o.revenue_cents as f64 / n;
        ((o.revenue_sq - n * mean * mean) / (n - 1.0)).max(0.0)
    };
    let d = r.revenue_per_head() - c.revenue_per_head();
    let se = (var(r) / r.people as f64 + var(c) / c.people as f64).sqrt();
    Estimate { value: d, low: d - Z95 * se, high: d + Z95 * se }
}

/// The economics from the two groups' outcomes. `margin` is the share a
/// sale leaves (1.0 to reason in revenue). None without a control group:
/// then nothing incremental can be measured.
pub fn economics(recipients: Outcome, control: Outcome, cost: Cents, margin: f64) -> Option<Economics> {
    let (lift, low, high) = super::campaign::lift(recipients, control)?;
    let n = recipients.people as f64;
    let buyers = Estimate { value: lift, low, high }.scaled(n);
    let revenue = revenue_per_head_difference(recipients, control).scaled(n);
    let margin = revenue.scaled(margin);
    let c = cost.0 as f64;
    let verdict = if margin.low > c {
        Verdict::PaidForItself
    } else if margin.high < c {
        Verdict::DidNot
    } else {
        Verdict::CannotTellYet
    };
    let roi = (cost.0 > 0).then(|| (margin.value - c) / c);
    Some(Economics { cost, buyers, revenue, margin, roi, verdict })
}

/// What a customer is worth net of marketing over a window: the margin
/// on what they bought less what the campaigns that reached them cost.
pub fn net_value(revenue: Cents, margin: f64, marketing_cost: Cents) -> Cents {
    Cents((revenue.0 as f64 * margin).round() as i64 - marketing_cost.0)
}

/// One recipient's share of a campaign: the cost per contact plus the
/// fixed part split among everyone it reached.
pub fn cost_per_head(costs: Costs, recipients: u64) -> f64 {
    costs.per_contact.0 as f64 + if recipients > 0 { costs.fixed.0 as f64 / recipients as f64 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn net_value_is_margin_less_marketing() {
        assert_eq!(net_value(Cents(10_000), 0.4, Cents(350)), Cents(3_650));
        assert_eq!(net_value(Cents(0), 0.4, Cents(350)), Cents(-350));
        let c = Costs { per_contact: Cents(85), fixed: Cents(12_000) };
        assert!((cost_per_head(c, 200) - 145.0).abs() < 1e-12, "0,85 € + 120 € / 200");
        assert_eq!(cost_per_head(c, 0), 85.0);
    }

    #[test]
    fn costs_add_up_and_saturate() {
        let c = Costs { per_contact: Cents(85), fixed: Cents(12_000) };
        assert_eq!(c.total(2041), Cents(85 * 2041 + 12_000));
        assert_eq!(c.total(0), Cents(12_000));
        let huge = Costs { per_contact: Cents(i64::MAX / 2), fixed: Cents(1) };
        assert_eq!(huge.total(u64::MAX), Cents(i64::MAX));
        assert!(Costs::default().is_zero() && !c.is_zero());
    }

    #[test]
    fn break_even_divides_the_cost_by_the_margin_then_by_the_average_sale() {
        // 185,49 € at 40 % margin needs 463,73 € of sales: 13 purchases of 38,20 €.
        let b = break_even(Cents(18_549), 0.4, Cents(3_820), 2041).unwrap();
        assert_eq!(b.revenue, Cents(46_373));
        assert_eq!(b.purchases, 13, "46373 / 3820 = 12.14, rounded up");
        assert!((b.share_of_reached - 13.0 / 2041.0).abs() < 1e-12);
        // In revenue (no margin known), the cost itself.
        assert_eq!(break_even(Cents(3_820), 1.0, Cents(3_820), 10).unwrap().purchases, 1);
        assert!(break_even(Cents(0), 0.4, Cents(3_820), 10).is_none());
        assert!(break_even(Cents(100), 0.4, Cents(0), 10).is_none());
        assert!(break_even(Cents(100), 0.4, Cents(100), 0).is_none());
        assert!(break_even(Cents(100), 0.0, Cents(100), 5).is_none());
    }

    fn group(people: u64, buyers: u64, each: i64) -> Outcome {
        // `buyers` people spent `each`, the others nothing.
        Outcome {
            people,
            buyers,
            revenue_cents: buyers as i64 * each,
            revenue_sq: buyers as f64 * (each as f64) * (each as f64),
        }
    }

    #[test]
    fn incremental_figures_are_per_head_differences_times_the_recipients() {
        let r = group(1000, 200, 5000);
        let c = group(100, 10, 5000);
        let e = economics(r, c, Cents(100_000), 0.5).unwrap();
        assert!((e.buyers.value - 100.0).abs() < 1e-9, "(0.2 − 0.1) × 1000");
        assert!((e.revenue.value - 500_000.0).abs() < 1e-6, "(1000 − 500) cents × 1000");
        assert!((e.margin.value - 250_000.0).abs() < 1e-6);
        assert!((e.roi.unwrap() - 1.5).abs() < 1e-12);
        // Welch's standard error, from each group's variance written out.
        let var = |n: f64, k: f64, x: f64| (k * x * x - n * (k * x / n).powi(2)) / (n - 1.0);
        let se = (var(1000.0, 200.0, 5000.0) / 1000.0 + var(100.0, 10.0, 5000.0) / 100.0).sqrt();
        assert!((e.revenue.low - (500.0 - 1.96 * se) * 1000.0).abs() < 1e-6);
        assert!(e.buyers.low < 100.0 && e.buyers.high > 100.0);
    }

    #[test]
    fn the_verdict_waits_while_the_interval_crosses_the_cost() {
        let r = group(1000, 200, 5000);
        let c = group(100, 10, 5000);
        // The margin's interval is about 89 750 to 410 250 cents.
        let e = |cost| economics(r, c, Cents(cost), 0.5).unwrap().verdict;
        assert_eq!(e(50_000), Verdict::PaidForItself);
        assert_eq!(e(250_000), Verdict::CannotTellYet);
        assert_eq!(Verdict::CannotTellYet.settled(false), Verdict::CannotTellYet);
        assert_eq!(Verdict::CannotTellYet.settled(true), Verdict::Inconclusive);
        assert_eq!(Verdict::PaidForItself.settled(true), Verdict::PaidForItself);
        assert_eq!(Verdict::DidNot.settled(true), Verdict::DidNot);
        assert_eq!(e(900_000), Verdict::DidNot);
        assert!(economics(r, group(0, 0, 0), Cents(1), 1.0).is_none(), "no control group");
        assert_eq!(economics(r, c, Cents(0), 1.0).unwrap().roi, None);
    }

    #[test]
    fn a_campaign_that_lowered_sales_has_a_negative_estimate() {
        let e = economics(group(100, 10, 1000), group(100, 50, 1000), Cents(10), 1.0).unwrap();
        assert!(e.revenue.value < 0.0 && e.revenue.low <= e.revenue.high);
        assert_eq!(e.verdict, Verdict::DidNot);
    }
}
