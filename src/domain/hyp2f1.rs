//! The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, the
//! case the BG/NBD conditional expectation needs (statrs has none).
//!
//! Summed as its power series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ, rescaled as it
//! grows so the logarithm of a huge value is still exact ([`ln_hyp2f1`]).
//! Near z = 1 the series converges slowly; when Euler's transformation
//! ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c−a, c−b; c; z) gives terms that
//! shrink faster (and stay positive), it is used instead.

/// The most terms summed: enough for z = 0.9999 at 1e-12.
const MAX_TERMS: usize = 2_000_000;

/// ln ₂F₁(a, b; c; z), for c > 0 and 0 ≤ z < 1 with a positive value (as
/// for the BG/NBD model, where a, b, c > 0). NaN outside that domain.
pub fn ln_hyp2f1(a: f64, b: f64, c: f64, z: f64) -> f64 {
    if !(0.0..1.0).contains(&z) || c <= 0.0 {
        return f64::NAN;
    }
    if z == 0.0 {
        return 0.0;
    }
    // Terms behave like n^(a+b−c−1) zⁿ; Euler's form like n^(c−a−b−1) zⁿ.
    let (ca, cb) = (c - a, c - b);
    if ca > 0.0 && cb > 0.0 && c - a - b < a + b - c {
        return (c - a - b) * (1.0 - z).ln() + ln_series(ca, cb, c, z);
    }
    ln_series(a, b, c, z)
}

/// ₂F₁(a, b; c; z) (see [`ln_hyp2f1`]).
pub fn hyp2f1(a: f64, b: f64, c: f64, z: f64) -> f64 {
    ln_hyp2f1(a, b, c, z).exp()
}

fn ln_series(a: f64, b: f64, c: f64, z: f64) -> f64 {
    let mut ln_scale = 0.0;
    let mut term = 1.0f64;
    let mut sum = 1.0f64;
    let mut comp = 0.0f64; // Kahan compensation
    for n in 0..MAX_TERMS {
        let k = n as f64;
        let ratio = (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        term *= ratio;
        let y = term - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
        if sum.abs() > 1e250 {
            ln_scale += sum.abs().ln();
            term /= sum.abs();
            comp /= sum.abs();
            sum = sum.signum();
        }
        // Stop once the terms shrink and no longer matter.
        if ratio.abs() < 1.0 && term.abs() <= 1e-17 * sum.abs() {
            break;
        }
        if term == 0.0 {
            break;
        }
    }
    if sum <= 0.0 {
        return f64::NAN;
    }
    ln_scale + sum.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, rel: f64) {
        assert!(
            (got - want).abs() <= rel * want.abs(),
            "got {got:e}, want {want:e} (rel {:e})",
            (got - want).abs() / want.abs()
        );
    }

    #[test]
    fn known_closed_forms_to_1e_10() {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z, up to z close to 1.
        for z in [1e-6, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999] {
            close(hyp2f1(1.0, 1.0, 2.0, z), -(1.0f64 - z).ln() / z, 1e-10);
        }
        // ₂F₁(a, b; b; z) = (1 − z)^(−a).
        for z in [0.3, 0.95, 0.999] {
            close(hyp2f1(2.5, 3.3, 3.3, z), (1.0f64 - z).powf(-2.5), 1e-10);
        }
        // ₂F₁(½, ½; 3/2; z²) = arcsin(z) / z.
        for z in [0.2f64, 0.9, 0.999] {
            close(hyp2f1(0.5, 0.5, 1.5, z * z), z.asin() / z, 1e-10);
        }
        // ₂F₁(a, b; c; 0) = 1, and c − a − b > 0 near z = 1 tends to Gauss's value.
        assert_eq!(hyp2f1(3.0, 4.0, 5.0, 0.0), 1.0);
    }

    #[test]
    fn large_values_stay_exact_in_log_space() {
        // (1 − z)^(−a) with a huge exponent: the value overflows f64, its log does not.
        let (a, z) = (400.0f64, 0.9f64);
        close(ln_hyp2f1(a, 7.0, 7.0, z), -a * (1.0 - z).ln(), 1e-12);
        assert!(hyp2f1(a, 7.0, 7.0, z).is_infinite());
    }

    #[test]
    fn outside_the_domain_is_nan_never_a_panic() {
        assert!(ln_hyp2f1(1.0, 1.0, 2.0, 1.0).is_nan());
        assert!(ln_hyp2f1(1.0, 1.0, 2.0, -0.5).is_nan());
        assert!(ln_hyp2f1(1.0, 1.0, 0.0, 0.5).is_nan());
    }
}
