//! Lifetime value: the BG/NBD model of repeat visits (Fader, Hardie & Lee
//! 2005) and the Gamma-Gamma model of spend per visit (Fader & Hardie 2013),
//! fitted by maximum likelihood, and what they predict for each customer.
//!
//! Time is in **weeks**, and a visit is a purchase day (same-day purchases
//! are one visit, as in RFM). Every likelihood is computed in log space;
//! the parameters are fitted on their logarithms, so they stay positive
//! without a bounded optimiser. Whatever the data, a fit either gives
//! finite parameters or says why it cannot (see [`FitError`]).

pub use super::clv_likelihood::{
    bgnbd_ll, bgnbd_ll_prepared, gamma_gamma_ll, gamma_gamma_ll_prepared, GgPrepared, Prepared,
};
use super::hyp2f1::ln_hyp2f1;
use super::optimize::maximise_warm;

/// One customer as the models see them, as of a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// Repeat visits: visits − 1.
    pub x: u32,
    /// Weeks from the first to the last visit.
    pub t_x: f64,
    /// Weeks from the first visit to the as-of day.
    pub t: f64,
    /// Mean amount of the repeat visits (a visit's amount is that day's
    /// total), in currency units; 0 without repeat visits.
    pub zbar: f64,
}

/// The fitted BG/NBD parameters.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BgNbd {
    pub r: f64,
    pub alpha: f64,
    pub a: f64,
    pub b: f64,
    pub log_likelihood: f64,
    pub customers: usize,
}

/// The fitted Gamma-Gamma parameters.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GammaGamma {
    pub p: f64,
    pub q: f64,
    pub gamma: f64,
    pub log_likelihood: f64,
    pub customers: usize,
}

/// Why the data cannot support a model: said in one line to the user.
#[derive(Debug, Clone, PartialEq)]
pub struct FitError(pub crate::i18n::Text);

impl std::fmt::Display for FitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.english())
    }
}

/// Fewer customers who came back than this and repeat behaviour cannot be
/// learned from the data.
pub const MIN_REPEAT_CUSTOMERS: usize = 10;

/// Fit BG/NBD over all customers, or say why the data cannot support it.
pub fn fit_bgnbd(data: &[Summary]) -> Result<BgNbd, FitError> {
    let repeat = data.iter().filter(|s| s.x > 0).count();
    if data.len() < MIN_REPEAT_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS {
        return Err(FitError(crate::i18n::Text::tr(
            "why-clv-few-repeat",
            crate::targs!["repeat" => repeat, "customers" => data.len(), "min" => MIN_REPEAT_CUSTOMERS],
        )));
    }
    if data.iter().all(|s| s.t <= 0.0) {
        return Err(FitError(crate::i18n::Text::tr("why-clv-no-time", vec![])));
    }
    let mean_t = data.iter().map(|s| s.t).sum::<f64>() / data.len() as f64;
    let start = [0.0, (mean_t.max(1.0) / 4.0).ln(), 0.0, 0.0];
    let f = |prepared: &Prepared, lp: [f64; 4]| bgnbd_ll_prepared(prepared, lp.map(f64::exp));
    let (lp, ll) = maximise_warm(data, Prepared::new, f, start)
        .ok_or_else(|| FitError(crate::i18n::Text::tr("why-clv-visits-no-fit", vec![])))?;
    let [r, alpha, a, b] = lp.map(f64::exp);
    Ok(BgNbd { r, alpha, a, b, log_likelihood: ll, customers: data.len() })
}

/// Both models, fitted side by side: they share nothing but the customers,
/// and each fit spends most of its time on one core (the fit on a sample).
pub fn fit_both(data: &[Summary]) -> (Result<BgNbd, FitError>, Result<GammaGamma, FitError>) {
    std::thread::scope(|s| {
        let spend = s.spawn(|| fit_gamma_gamma(data));
        let visits = fit_bgnbd(data);
        // A panic in the spend fit is a bug: it goes on as if it were here.
        (visits, spend.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
    })
}

/// Fit Gamma-Gamma over the customers with repeat visits and a positive
/// mean spend, or say why it cannot be fitted.
pub fn fit_gamma_gamma(data: &[Summary]) -> Result<GammaGamma, FitError> {
    let used: Vec<(u32, f64)> = data.iter().filter(|s| s.x > 0 && s.zbar > 0.0).map(|s| (s.x, s.zbar)).collect();
    if used.len() < MIN_REPEAT_CUSTOMERS {
        return Err(FitError(crate::i18n::Text::tr(
            "why-clv-few-spend",
            crate::targs!["count" => used.len(), "min" => MIN_REPEAT_CUSTOMERS],
        )));
    }
    let first = used[0].1;
    if used.iter().all(|&(_, m)| (m - first).abs() <= 1e-9 * first) {
        return Err(FitError(crate::i18n::Text::tr("why-clv-same-amount", vec![])));
    }
    let mean = used.iter().map(|u| u.1).sum::<f64>() / used.len() as f64;
    let f = |prepared: &GgPrepared, lp: [f64; 3]| gamma_gamma_ll_prepared(prepared, lp.map(f64::exp));
    let (lp, ll) = maximise_warm(&used, GgPrepared::new, f, [0.0, 0.0, mean.ln()])
        .ok_or_else(|| FitError(crate::i18n::Text::tr("why-clv-spend-no-fit", vec![])))?;
    let [p, q, gamma] = lp.map(f64::exp);
    if q <= 1.0 {
        return Err(FitError(crate::i18n::Text::tr(
            "why-clv-wild-spend",
            crate::targs!["q" => crate::i18n::Arg::local(format!("{q:.3}"), format!("{q:.3}").replace('.', ","))],
        )));
    }
    Ok(GammaGamma { p, q, gamma, log_likelihood: ll, customers: used.len() })
}

impl BgNbd {
    /// P(alive): the chance the customer has not left for good.
    pub fn p_alive(&self, s: &Summary) -> f64 {
        if s.x == 0 {
            return 1.0;
        }
        let rx = self.r + s.x as f64;
        let ln_odds =
            self.a.ln() - (self.b + s.x as f64 - 1.0).ln() + rx * ((self.alpha + s.t).ln() - (self.alpha + s.t_x).ln());
        1.0 / (1.0 + ln_odds.exp())
    }

    /// Expected visits in the `horizon` weeks after the as-of day (FHL 2005, eq. 10).
    pub fn expected_visits(&self, s: &Summary, horizon: f64) -> f64 {
        Self::finite(self.visits_if_alive(s.x, s.t, horizon) / self.alive_odds(s))
    }

    /// The numerator of the expectation: it depends on x and T only, so
    /// customers who share them can share it (see [`Self::expected_visits_from`]).
    pub fn visits_if_alive(&self, x: u32, t: f64, horizon: f64) -> f64 {
        if horizon <= 0.0 {
            return 0.0;
        }
        let (r, alpha, b) = (self.r, self.alpha, self.b);
        let x = x as f64;
        // a = 1 exactly makes the closed form 0/0; the limit is met a hair away.
        let a = if (self.a - 1.0).abs() < 1e-8 { 1.0 + 1e-8 } else { self.a };
        let z = horizon / (alpha + t + horizon);
        let ln_ratio = (r + x) * ((alpha + t).ln() - (alpha + t + horizon).ln());
        let ln_f = ln_hyp2f1(r + x, b + x, a + b + x - 1.0, z);
        (a + b + x - 1.0) / (a - 1.0) * (1.0 - (ln_ratio + ln_f).exp())
    }

    /// 1 + the odds that the customer has left (1 without repeat visits).
    fn alive_odds(&self, s: &Summary) -> f64 {
        if s.x == 0 {
            return 1.0;
        }
        let x = s.x as f64;
        1.0 + (self.a / (self.b + x - 1.0))
            * ((self.r + x) * ((self.alpha + s.t).ln() - (self.alpha + s.t_x).ln())).exp()
    }

    /// [`Self::expected_visits`] from a [`Self::visits_if_alive`] computed before.
    pub fn expected_visits_from(&self, s: &Summary, if_alive: f64) -> f64 {
        Self::finite(if_alive / self.alive_odds(s))
    }

    fn finite(e: f64) -> f64 {
        if e.is_finite() {
            e.max(0.0)
        } else {
            0.0
        }
    }
}

impl GammaGamma {
    /// The mean spend per visit of a new customer.
    pub fn population_mean(&self) -> f64 {
        self.p * self.gamma / (self.q - 1.0)
    }

    /// The expected spend per visit of a customer: the population mean
    /// without repeat visits (or without a positive mean), else the mean
    /// shrunk towards the population's (Fader & Hardie 2013, eq. 5).
    pub fn expected_spend(&self, s: &Summary) -> f64 {
        if s.x == 0 || s.zbar <= 0.0 {
            return self.population_mean();
        }
        let px = self.p * s.x as f64;
        (self.gamma + s.zbar * s.x as f64) * self.p / (px + self.q - 1.0)
    }
}

/// Expected visits over `horizon` weeks, each week's share discounted at
/// a yearly `rate` applied per week ((1 + rate)^(−week/52)).
pub fn discounted_visits(m: &BgNbd, s: &Summary, horizon: f64, rate: f64) -> f64 {
    if rate <= 0.0 {
        return m.expected_visits(s, horizon);
    }
    let weeks = horizon.ceil() as u32;
    let mut total = 0.0;
    let mut before = 0.0;
    for k in 1..=weeks {
        let t = (k as f64).min(horizon);
        let now = m.expected_visits(s, t);
        total += (now - before) * (1.0 + rate).powf(-t / 52.0);
        before = now;
    }
    total.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finite_difference<const N: usize>(f: impl Fn([f64; N]) -> f64, x: [f64; N]) -> [f64; N] {
        std::array::from_fn(|i| {
            let h = 1e-6;
            let (mut up, mut down) = (x, x);
            up[i] += h;
            down[i] -= h;
            (f(up) - f(down)) / (2.0 * h)
        })
    }

    fn sample() -> Vec<Summary> {
        let mut v = Vec::new();
        for i in 0..40u32 {
            let x = i % 5;
            let t = 10.0 + (i % 7) as f64 * 3.0;
            let t_x = if x == 0 { 0.0 } else { t * (0.2 + 0.1 * (i % 6) as f64) };
            v.push(Summary { x, t_x, t, zbar: if x == 0 { 0.0 } else { 20.0 + (i % 9) as f64 * 4.5 } });
        }
        v
    }

    /// The demo shop's `n` customers, as the models see them a year on.
    fn shop(n: usize) -> Vec<Summary> {
        let today = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let mut demo = crate::domain::demo::DemoShop::new(7, today, 2);
        (0..n)
            .map(|_| {
                let c = demo.customer();
                let (first, last) = (c.purchases[0].0, c.purchases[c.purchases.len() - 1].0);
                let x = c.purchases.len() as u32 - 1;
                let repeat: i64 = c.purchases[1..].iter().map(|p| p.1 .0).sum();
                Summary {
                    x,
                    t_x: (last - first).num_days() as f64 / 7.0,
                    t: (today - first).num_days() as f64 / 7.0,
                    zbar: if x == 0 { 0.0 } else { repeat as f64 / 100.0 / x as f64 },
                }
            })
            .collect()
    }

    /// From a sample's fit, the whole fit reaches the same maximum as
    /// from the cold start.
    #[test]
    fn a_fit_started_from_a_sample_is_the_whole_fit() {
        let data = shop(20_000);
        let warm = fit_bgnbd(&data).unwrap();
        let whole = Prepared::new(&data);
        let (lp, ll) = crate::domain::optimize::maximise(
            |lp: [f64; 4]| bgnbd_ll_prepared(&whole, lp.map(f64::exp)),
            [0.0, (data.iter().map(|s| s.t).sum::<f64>() / data.len() as f64 / 4.0).ln(), 0.0, 0.0],
        )
        .unwrap();
        let cold = lp.map(f64::exp);
        for (w, c) in [warm.r, warm.alpha, warm.a, warm.b].iter().zip(cold) {
            assert!((w - c).abs() < 1e-5 * c, "{w} vs {c}");
        }
        assert!((warm.log_likelihood - ll).abs() < 1e-9 * ll.abs(), "{} vs {ll}", warm.log_likelihood);
        let gg = fit_gamma_gamma(&data).unwrap();
        let used: Vec<(u32, f64)> = data.iter().filter(|s| s.x > 0).map(|s| (s.x, s.zbar)).collect();
        let mean = used.iter().map(|u| u.1).sum::<f64>() / used.len() as f64;
        let prepared = GgPrepared::new(&used);
        let (lp, ll) = crate::domain::optimize::maximise(
            |lp: [f64; 3]| gamma_gamma_ll_prepared(&prepared, lp.map(f64::exp)),
            [0.0, 0.0, mean.ln()],
        )
        .unwrap();
        for (w, c) in [gg.p, gg.q, gg.gamma].iter().zip(lp.map(f64::exp)) {
            assert!((w - c).abs() < 1e-5 * c, "{w} vs {c}");
        }
        assert!((gg.log_likelihood - ll).abs() < 1e-9 * ll.abs());
    }

    #[test]
    fn bgnbd_gradient_matches_finite_differences() {
        let data = sample();
        let lp = [0.3f64.ln(), 4.0f64.ln(), 0.8f64.ln(), 2.5f64.ln()];
        let (_, g) = bgnbd_ll(&data, lp.map(f64::exp));
        let fd = finite_difference(|l| bgnbd_ll(&data, l.map(f64::exp)).0, lp);
        for i in 0..4 {
            assert!((g[i] - fd[i]).abs() < 1e-5 * (1.0 + fd[i].abs()), "{i}: {} vs {}", g[i], fd[i]);
        }
    }

    #[test]
    fn gamma_gamma_gradient_matches_finite_differences() {
        let data: Vec<(u32, f64)> = sample().iter().filter(|s| s.x > 0).map(|s| (s.x, s.zbar)).collect();
        let lp = [6.0f64.ln(), 3.7f64.ln(), 15.0f64.ln()];
        let (_, g) = gamma_gamma_ll(&data, lp.map(f64::exp));
        let fd = finite_difference(|l| gamma_gamma_ll(&data, l.map(f64::exp)).0, lp);
        for i in 0..3 {
            assert!((g[i] - fd[i]).abs() < 1e-5 * (1.0 + fd[i].abs()), "{i}: {} vs {}", g[i], fd[i]);
        }
    }

    #[test]
    fn hardie_conditional_expectation() {
        // Fader, Hardie & Lee's published CDNOW fit and their worked example.
        let m = BgNbd { r: 0.242594, alpha: 4.413759, a: 0.792919, b: 2.425947, log_likelihood: 0.0, customers: 0 };
        let s = Summary { x: 2, t_x: 30.43, t: 38.86, zbar: 0.0 };
        let e = m.expected_visits(&s, 39.0);
        assert!((e - 1.226).abs() < 0.0005, "{e}");
        assert!(m.p_alive(&s) > 0.0 && m.p_alive(&s) < 1.0);
        assert_eq!(m.p_alive(&Summary { x: 0, t_x: 0.0, t: 10.0, zbar: 0.0 }), 1.0);
    }

    #[test]
    fn too_few_repeat_customers_is_said_plainly() {
        let data = vec![Summary { x: 0, t_x: 0.0, t: 5.0, zbar: 0.0 }; 100];
        let e = fit_bgnbd(&data).unwrap_err();
        assert!(e.0.contains("only 0 of 100 customers came back"), "{e}");
        assert!(fit_gamma_gamma(&data).is_err());
    }

    #[test]
    fn discounting_only_lowers_the_expectation() {
        let m = BgNbd { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4, log_likelihood: 0.0, customers: 0 };
        let s = Summary { x: 3, t_x: 20.0, t: 30.0, zbar: 0.0 };
        let plain = m.expected_visits(&s, 52.0);
        let none = discounted_visits(&m, &s, 52.0, 0.0);
        let disc = discounted_visits(&m, &s, 52.0, 0.10);
        assert_eq!(plain, none);
        assert!(disc < plain && disc > plain * 0.9, "{disc} vs {plain}");
    }

    #[test]
    fn shrinkage_pulls_spend_towards_the_population_mean() {
        let gg = GammaGamma { p: 6.25, q: 3.74, gamma: 15.44, log_likelihood: 0.0, customers: 0 };
        let pop = gg.population_mean();
        assert!((pop - 6.25 * 15.44 / 2.74).abs() < 1e-12);
        let big = gg.expected_spend(&Summary { x: 1, t_x: 1.0, t: 2.0, zbar: 200.0 });
        assert!(big < 200.0 && big > pop);
        let many = gg.expected_spend(&Summary { x: 50, t_x: 1.0, t: 2.0, zbar: 200.0 });
        assert!(many > big, "more visits, less shrinkage");
    }

    proptest::proptest! {
        /// Whatever the histories, a fit gives finite numbers and predictions
        /// are finite and never negative, or the fit says why not.
        #[test]
        fn never_nan_never_negative(rows in proptest::collection::vec((0u32..40, 0.0f64..1.0, 0.0f64..120.0, -50.0f64..500.0), 0..60)) {
            let data: Vec<Summary> = rows.iter().map(|&(x, frac, t, z)| {
                let t_x = if x == 0 { 0.0 } else { t * frac };
                Summary { x, t_x, t, zbar: if x == 0 { 0.0 } else { z } }
            }).collect();
            if let Ok(m) = fit_bgnbd(&data) {
                for v in [m.r, m.alpha, m.a, m.b, m.log_likelihood] {
                    proptest::prop_assert!(v.is_finite());
                }
                for s in &data {
                    let e = m.expected_visits(s, 52.0);
                    let p = m.p_alive(s);
                    proptest::prop_assert!(e.is_finite() && e >= 0.0, "{e}");
                    proptest::prop_assert!((0.0..=1.0).contains(&p));
                }
            }
            if let Ok(g) = fit_gamma_gamma(&data) {
                for s in &data {
                    let e = g.expected_spend(s);
                    proptest::prop_assert!(e.is_finite() && e > 0.0, "{e}");
                }
            }
        }
    }
}
