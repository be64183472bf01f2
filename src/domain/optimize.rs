//! The numerical tools the lifetime-value fits share: a likelihood summed
//! on two threads, and a BFGS maximiser on log-parameters.

/// Sum `part` over 0..n, on two threads when n is large (the machine this
/// runs on has two cores; a likelihood over a million customers is the
/// slowest step of a report).
pub fn split_sum<const N: usize>(
    n: usize,
    part: impl Fn(std::ops::Range<usize>) -> (f64, [f64; N]) + Sync,
) -> (f64, [f64; N]) {
    if n < 50_000 {
        return part(0..n);
    }
    let mid = n / 2;
    let (a, b) = std::thread::scope(|s| {
        let h = s.spawn(|| part(mid..n));
        (part(0..mid), h.join())
    });
    let Ok(b) = b else { return (f64::NAN, [f64::NAN; N]) };
    (a.0 + b.0, std::array::from_fn(|i| a.1[i] + b.1[i]))
}

/// Maximise `f` (value and gradient at the logarithms of the parameters)
/// by BFGS with a backtracking line search. Returns the log-parameters
/// and the maximum, or `None` when the search leaves finite ground.
pub fn maximise<const N: usize>(f: impl Fn([f64; N]) -> (f64, [f64; N]), start: [f64; N]) -> Option<([f64; N], f64)> {
    let neg = |x: [f64; N]| {
        let (v, g) = f(x);
        (-v, g.map(|d| -d))
    };
    let mut x = start;
    let (mut fx, mut gx) = neg(x);
    if !fx.is_finite() {
        return None;
    }
    // The inverse Hessian estimate, starting as the identity.
    let mut h = [[0.0; N]; N];
    for (i, row) in h.iter_mut().enumerate() {
        row[i] = 1.0;
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
    if x.iter().any(|v| !v.is_finite() || v.abs() > 30.0) || !fx.is_finite() {
        return None;
    }
    Some((x, -fx))
}
