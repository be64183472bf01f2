//! The likelihoods of lifetime value's two models and their gradients, in
//! log space (only ln Γ and digamma are needed), over customers prepared
//! once per fit: the part of a fit that runs for every customer at every
//! step, kept apart from the models and what they predict (`clv.rs`).

use super::clv::Summary;
use super::optimize::split_sum;
use statrs::function::gamma::{digamma, ln_gamma};

/// Per-x sums the likelihood needs, for x = 0..=max: with them a
/// customer's term costs two logarithms, whatever their x.
struct XTables {
    /// Σ_{k<x} ln(r+k) = lnΓ(r+x) − lnΓ(r), and its derivative in r.
    lg_r: Vec<f64>,
    d_lg_r: Vec<f64>,
    /// ln B(a, b+x) − ln B(a, b), and its derivatives in a and b.
    lb: Vec<f64>,
    d_lb_a: Vec<f64>,
    d_lb_b: Vec<f64>,
}

impl XTables {
    fn new(max_x: u32, r: f64, a: f64, b: f64) -> XTables {
        let n = max_x as usize + 1;
        let mut t = XTables {
            lg_r: vec![0.0; n],
            d_lg_r: vec![0.0; n],
            lb: vec![0.0; n],
            d_lb_a: vec![0.0; n],
            d_lb_b: vec![0.0; n],
        };
        for k in 1..n {
            let j = (k - 1) as f64;
            t.lg_r[k] = t.lg_r[k - 1] + (r + j).ln();
            t.d_lg_r[k] = t.d_lg_r[k - 1] + 1.0 / (r + j);
            t.lb[k] = t.lb[k - 1] + (b + j).ln() - (a + b + j).ln();
            t.d_lb_a[k] = t.d_lb_a[k - 1] - 1.0 / (a + b + j);
            t.d_lb_b[k] = t.d_lb_b[k - 1] + 1.0 / (b + j) - 1.0 / (a + b + j);
        }
        t
    }
}

/// The customers arranged for fast likelihoods: each customer's T and t_x
/// as an index into the distinct values (a shop's customers share a few
/// hundred purchase days), so an evaluation takes one logarithm per
/// distinct value instead of two per customer.
pub struct Prepared {
    xs: Vec<u32>,
    t_idx: Vec<u32>,
    tx_idx: Vec<u32>,
    ts: Vec<f64>,
    txs: Vec<f64>,
    max_x: u32,
}

fn distinct(values: impl Iterator<Item = f64>) -> (Vec<f64>, Vec<u32>) {
    let values: Vec<f64> = values.collect();
    // Weeks made of whole days (as carnet's are): index by the day count.
    let days: Option<Vec<u32>> = values
        .iter()
        .map(|&v| {
            let d = (v * 7.0).round();
            ((0.0..=1e6).contains(&d) && d / 7.0 == v).then_some(d as u32)
        })
        .collect();
    if let Some(days) = days {
        let max = days.iter().copied().max().unwrap_or(0) as usize;
        let mut used = vec![false; max + 1];
        for &d in &days {
            used[d as usize] = true;
        }
        let mut index = vec![0u32; max + 1];
        let mut uniq = Vec::new();
        for (d, &u) in used.iter().enumerate() {
            if u {
                index[d] = uniq.len() as u32;
                uniq.push(d as f64 / 7.0);
            }
        }
        return (uniq, days.iter().map(|&d| index[d as usize]).collect());
    }
    let mut uniq = values.clone();
    uniq.sort_by(f64::total_cmp);
    uniq.dedup();
    let idx = values.iter().map(|v| uniq.partition_point(|u| u < v) as u32).collect();
    (uniq, idx)
}

impl Prepared {
    pub fn new(data: &[Summary]) -> Prepared {
        let (ts, t_idx) = distinct(data.iter().map(|s| s.t));
        let (txs, tx_idx) = distinct(data.iter().map(|s| s.t_x));
        Prepared {
            xs: data.iter().map(|s| s.x).collect(),
            t_idx,
            tx_idx,
            ts,
            txs,
            max_x: data.iter().map(|s| s.x).max().unwrap_or(0),
        }
    }
}

/// The BG/NBD log-likelihood of all customers at (r, α, a, b), and its
/// gradient in the logarithms of the parameters.
pub fn bgnbd_ll(data: &[Summary], p: [f64; 4]) -> (f64, [f64; 4]) {
    bgnbd_ll_prepared(&Prepared::new(data), p)
}

/// [`bgnbd_ll`] over prepared customers.
pub fn bgnbd_ll_prepared(d: &Prepared, p: [f64; 4]) -> (f64, [f64; 4]) {
    let [r, alpha, a, b] = p;
    let tb = XTables::new(d.max_x, r, a, b);
    let (ln_alpha, ln_a) = (alpha.ln(), a.ln());
    let l_t: Vec<f64> = d.ts.iter().map(|t| (alpha + t).ln()).collect();
    let i_t: Vec<f64> = d.ts.iter().map(|t| 1.0 / (alpha + t)).collect();
    let l_tx: Vec<f64> = d.txs.iter().map(|t| (alpha + t).ln()).collect();
    let i_tx: Vec<f64> = d.txs.iter().map(|t| 1.0 / (alpha + t)).collect();
    let ln_bx1: Vec<f64> = (0..=d.max_x).map(|x| if x == 0 { 0.0 } else { (b + x as f64 - 1.0).ln() }).collect();
    let part = |range: std::ops::Range<usize>| -> (f64, [f64; 4]) {
        let mut ll = 0.0;
        let mut g = [0.0; 4];
        for i in range {
            let sx = d.xs[i];
            let x = sx as usize;
            let rx = r + sx as f64;
            let (ti, txi) = (d.t_idx[i] as usize, d.tx_idx[i] as usize);
            let term1 = tb.lb[x] - rx * l_t[ti];
            ll += tb.lg_r[x] + r * ln_alpha;
            g[0] += tb.d_lg_r[x] + ln_alpha;
            g[1] += r / alpha;
            g[2] += tb.d_lb_a[x];
            g[3] += tb.d_lb_b[x];
            if sx == 0 {
                ll += term1;
                g[0] -= l_t[ti];
                g[1] -= rx * i_t[ti];
                continue;
            }
            // log(e^term1 + e^term2) = term1 + ln(1 + e^(term2 − term1)).
            let term2 = tb.lb[x] + ln_a - ln_bx1[x] - rx * l_tx[txi];
            let (hi, e) = if term2 > term1 { (term2, (term1 - term2).exp()) } else { (term1, (term2 - term1).exp()) };
            ll += hi + e.ln_1p();
            let (w_hi, w_lo) = (1.0 / (1.0 + e), e / (1.0 + e));
            let (w1, w2) = if term2 > term1 { (w_lo, w_hi) } else { (w_hi, w_lo) };
            g[0] -= w1 * l_t[ti] + w2 * l_tx[txi];
            g[1] -= rx * (w1 * i_t[ti] + w2 * i_tx[txi]);
            g[2] += w2 / a;
            g[3] -= w2 / (b + sx as f64 - 1.0);
        }
        (ll, g)
    };
    let (ll, g) = split_sum(d.xs.len(), part);
    // Chain rule: d/d ln p = p · d/dp.
    (ll, [g[0] * r, g[1] * alpha, g[2] * a, g[3] * b])
}

/// The Gamma-Gamma log-likelihood of the customers with repeat visits and
/// a positive mean spend, and its gradient in the logarithms of (p, q, γ).
pub fn gamma_gamma_ll(data: &[(u32, f64)], params: [f64; 3]) -> (f64, [f64; 3]) {
    gamma_gamma_ll_prepared(&GgPrepared::new(data), params)
}

/// The Gamma-Gamma customers with what never changes between evaluations
/// (ln m, ln x) computed once; lnΓ and ψ depend on x only, so they are
/// taken per distinct x.
pub struct GgPrepared {
    xs: Vec<u32>,
    ms: Vec<f64>,
    ln_m: Vec<f64>,
    ln_x: Vec<f64>,
    max_x: u32,
}

impl GgPrepared {
    pub fn new(data: &[(u32, f64)]) -> GgPrepared {
        GgPrepared {
            xs: data.iter().map(|d| d.0).collect(),
            ms: data.iter().map(|d| d.1).collect(),
            ln_m: data.iter().map(|d| d.1.ln()).collect(),
            ln_x: data.iter().map(|d| (d.0 as f64).ln()).collect(),
            max_x: data.iter().map(|d| d.0).max().unwrap_or(0),
        }
    }
}

pub fn gamma_gamma_ll_prepared(d: &GgPrepared, params: [f64; 3]) -> (f64, [f64; 3]) {
    let [p, q, gamma] = params;
    let (lg_q, dg_q, ln_gamma_) = (ln_gamma(q), digamma(q), gamma.ln());
    // Per x: lnΓ(px+q) − lnΓ(px) and ψ(px+q), ψ(px).
    let n = d.max_x as usize + 1;
    let mut lg = vec![0.0; n];
    let mut dg_sum = vec![0.0; n];
    let mut dg_px = vec![0.0; n];
    let mut seen = vec![false; n];
    for &x in &d.xs {
        seen[x as usize] = true;
    }
    for x in 1..n {
        if seen[x] {
            let px = p * x as f64;
            lg[x] = ln_gamma(px + q) - ln_gamma(px);
            dg_sum[x] = digamma(px + q);
            dg_px[x] = digamma(px);
        }
    }
    let part = |range: std::ops::Range<usize>| -> (f64, [f64; 3]) {
        let mut ll = 0.0;
        let mut g = [0.0; 3];
        for i in range {
            let xi = d.xs[i] as usize;
            let x = xi as f64;
            let (m, ln_m, ln_x) = (d.ms[i], d.ln_m[i], d.ln_x[i]);
            let px = p * x;
            let l_gmx = (gamma + m * x).ln();
            ll += lg[xi] - lg_q + q * ln_gamma_ + (px - 1.0) * ln_m + px * ln_x - (px + q) * l_gmx;
            g[0] += x * (dg_sum[xi] - dg_px[xi] + ln_m + ln_x - l_gmx);
            g[1] += dg_sum[xi] - dg_q + ln_gamma_ - l_gmx;
            g[2] += q / gamma - (px + q) / (gamma + m * x);
        }
        (ll, g)
    };
    let (ll, g) = split_sum(d.xs.len(), part);
    (ll, [g[0] * p, g[1] * q, g[2] * gamma])
}
