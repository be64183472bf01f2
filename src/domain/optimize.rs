//! The numerical tools the lifetime-value fits share: a likelihood summed
//! over every customer, and a BFGS maximiser on log-parameters.

/// Sum `part` over 0..n.
pub fn split_sum<const N: usize>(
    n: usize,
    part: impl Fn(std::ops::Range<usize>) -> (f64, [f64; N]) + Sync,
) -> (f64, [f64; N]) {
    part(0..n)
}

/// Maximise `f` (value and gradient at the logarithms of the parameters)
/// by BFGS with a backtracking line search. Returns the log-parameters
/// and the maximum, or `None` when the search leaves finite ground.
pub fn maximise<const N: usize>(f: impl Fn([f64; N]) -> (f64, [f64; N]), start: [f64; N]) -> Option<([f64; N], f64)> {
    let mut h = [[0.0; N]; N];
    for (i, row) in h.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    bfgs(f, start, h).map(|(x, v, _)| (x, v))
}

/// [`maximise`] over a likelihood summed over many customers, started
/// from the maximum over a systematic sample of them (every k-th, about
/// `SAMPLE` in all, or a thirty-second of them) and from its curvature
/// scaled to the whole: the
/// sample's fit costs a few whole evaluations' worth, and the whole fit
/// then starts next to its maximum, knowing its shape, so it needs a few
/// steps instead of thirty. The maximum is the whole likelihood's, to the
/// same tolerance; only the path to it is shorter. Under `2 × SAMPLE`
/// customers the whole is fitted directly (and small shops' numbers do
/// not move at all).
pub fn maximise_warm<const N: usize, T: Copy, P>(
    data: &[T],
    prepare: impl Fn(&[T]) -> P,
    f: impl Fn(&P, [f64; N]) -> (f64, [f64; N]),
    start: [f64; N],
) -> Option<([f64; N], f64)> {
    const SAMPLE: usize = 8_000;
    let mut h = [[0.0; N]; N];
    for (i, row) in h.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    let (mut from, mut h0) = (start, h);
    if data.len() >= 2 * SAMPLE {
        // A thirty-second of a big file: its curvature is close enough to
        // the whole's that a million customers need a few steps too.
        let picked: Vec<T> = data.iter().step_by(data.len() / SAMPLE.max(data.len() / 32)).copied().collect();
        let sample = prepare(&picked);
        if let Some((x, _, hs)) = bfgs(|p| f(&sample, p), start, h) {
            // The inverse Hessian of a sum over n customers scales as 1/n.
            let scale = picked.len() as f64 / data.len() as f64;
            (from, h0) = (x, hs.map(|row| row.map(|v| v * scale)));
        }
    }
    let whole = prepare(data);
    match bfgs(|p| f(&whole, p), from, h0) {
        Some((x, v, _)) => Some((x, v)),
        // A sample that misleads is no reason to refuse: start over cold.
        None if from != start => bfgs(|p| f(&whole, p), start, h).map(|(x, v, _)| (x, v)),
        None => None,
    }
}

/// How far a log-parameter may go: e^±30.
const BOUND: f64 = 30.0;

/// BFGS from `start` with `h` as the first inverse Hessian estimate;
/// returns the log-parameters, the maximum and the last estimate.
fn bfgs<const N: usize>(
    f: impl Fn([f64; N]) -> (f64, [f64; N]),
    start: [f64; N],
    mut h: [[f64; N]; N],
) -> Option<([f64; N], f64, [[f64; N]; N])> {
    let neg = |x: [f64; N]| {
        let (v, g) = f(x);
        (-v, g.map(|d| -d))
    };
    let mut x = start;
    let (mut fx, mut gx) = neg(x);
    if !fx.is_finite() {
        return None;
    }
    for _ in 0..500 {
        let gnorm = gx.iter().map(|g| g * g).sum::<f64>().sqrt();
        if gnorm < 1e-9 * (1.0 + fx.abs()) {
            break;
        }
        let mut d = [0.0; N];
        for i in 0..N {
            d[i] = -(0..N).map(|j| h[i][j] * gx[j]).sum::<f64>();
        }
        let mut slope: f64 = (0..N).map(|i| d[i] * gx[i]).sum();
        if slope >= 0.0 {
            // Not a descent direction: restart from steepest descent.
            for (i, row) in h.iter_mut().enumerate() {
                *row = [0.0; N];
                row[i] = 1.0;
            }
            d = gx.map(|g| -g);
            slope = -gnorm * gnorm;
        }
        // Steps in log-parameters are kept below e^5 at a time.
        let longest = d.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        let mut step = if longest > 5.0 { 5.0 / longest } else { 1.0 };
        let mut next = None;
        for _ in 0..60 {
            let mut xn = x;
            for i in 0..N {
                xn[i] += step * d[i];
            }
            let (fnew, gnew) = neg(xn);
            if fnew.is_finite() && fnew <= fx + 1e-4 * step * slope {
                next = Some((xn, fnew, gnew));
                break;
            }
            step *= 0.5;
        }
        let Some((xn, fnew, gnew)) = next else { break };
        // A log-parameter past ±30 (a parameter beyond e^30 or under
        // e^-30) is a likelihood that keeps rising towards a boundary: the
        // data do not pin the model down. Said now rather than after
        // hundreds more steps towards infinity.
        if xn.iter().any(|v| v.abs() > BOUND) {
            return None;
        }
        let s: [f64; N] = std::array::from_fn(|i| xn[i] - x[i]);
        let y: [f64; N] = std::array::from_fn(|i| gnew[i] - gx[i]);
        let sy: f64 = (0..N).map(|i| s[i] * y[i]).sum();
        let done = (fx - fnew).abs() < 1e-13 * (1.0 + fx.abs());
        (x, fx, gx) = (xn, fnew, gnew);
        if sy > 1e-12 {
            let hy: [f64; N] = std::array::from_fn(|i| (0..N).map(|j| h[i][j] * y[j]).sum());
            let yhy: f64 = (0..N).map(|i| y[i] * hy[i]).sum();
            for i in 0..N {
                for j in 0..N {
                    h[i][j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy) - (hy[i] * s[j] + s[i] * hy[j]) / sy;
                }
            }
        }
        if done {
            break;
        }
    }
    if x.iter().any(|v| !v.is_finite() || v.abs() > BOUND) || !fx.is_finite() {
        return None;
    }
    Some((x, -fx, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A normal distribution's mean and log-sd over `xs`: its maximum is
    /// known (the mean and the population sd), its shape is not the identity.
    fn normal_ll(xs: &[f64], p: [f64; 2]) -> (f64, [f64; 2]) {
        let (mu, ln_sd) = (p[0], p[1]);
        let var = (2.0 * ln_sd).exp();
        let n = xs.len() as f64;
        let ss: f64 = xs.iter().map(|x| (x - mu).powi(2)).sum();
        let d_mu: f64 = xs.iter().map(|x| (x - mu) / var).sum();
        (-n * ln_sd - ss / (2.0 * var), [d_mu, -n + ss / var])
    }

    #[test]
    fn a_warm_start_finds_the_same_maximum_in_fewer_whole_evaluations() {
        let xs: Vec<f64> = (0..40_000u64).map(|i| 2.0 + (i * 7919 % 1000) as f64 / 700.0).collect();
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        let sd = (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / xs.len() as f64).sqrt();
        let whole_calls = std::cell::Cell::new(0);
        let counted = |d: &Vec<f64>, p: [f64; 2]| {
            if d.len() == xs.len() {
                whole_calls.set(whole_calls.get() + 1);
            }
            normal_ll(d, p)
        };
        let (warm, _) = maximise_warm(&xs, |d: &[f64]| d.to_vec(), counted, [0.0, 0.0]).unwrap();
        let warm_calls = whole_calls.get();
        let cold_calls = std::cell::Cell::new(0);
        let (cold, _) = maximise(
            |p| {
                cold_calls.set(cold_calls.get() + 1);
                normal_ll(&xs, p)
            },
            [0.0, 0.0],
        )
        .unwrap();
        for (got, want) in [(warm[0], mean), (warm[1].exp(), sd), (cold[0], mean), (cold[1].exp(), sd)] {
            assert!((got - want).abs() < 1e-6 * want, "{got} vs {want}");
        }
        assert!(warm_calls * 2 < cold_calls.get(), "{warm_calls} whole evaluations warm, {} cold", cold_calls.get());
    }

    /// A likelihood that keeps rising as a parameter grows has no
    /// maximum: refused as soon as the parameter leaves e^30, not after
    /// hundreds of steps towards infinity.
    #[test]
    fn a_likelihood_without_a_maximum_is_refused_at_once() {
        let calls = std::cell::Cell::new(0usize);
        let rising = |x: [f64; 2]| {
            calls.set(calls.get() + 1);
            (x[0] - x[1] * x[1], [1.0, -2.0 * x[1]])
        };
        assert_eq!(maximise(rising, [0.0, 1.0]), None);
        assert!(calls.get() < 40, "{} evaluations", calls.get());
    }

    #[test]
    fn a_small_data_set_is_fitted_directly() {
        let xs: Vec<f64> = (0..100).map(|i| i as f64 / 10.0).collect();
        let calls = std::cell::Cell::new(0usize);
        let (x, _) = maximise_warm(
            &xs,
            |d: &[f64]| d.to_vec(),
            |d: &Vec<f64>, p| {
                assert_eq!(d.len(), 100, "no sample under twice its size");
                calls.set(calls.get() + 1);
                normal_ll(d, p)
            },
            [0.0, 0.0],
        )
        .unwrap();
        assert!((x[0] - 4.95).abs() < 1e-6 && calls.get() > 0);
    }
}
