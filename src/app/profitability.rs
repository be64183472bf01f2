//! `report profitability`: current value (revenue, or margin net of
//! marketing, of the last months) against potential value (lifetime
//! value), split at the medians.

use super::clv::{self, Options};
use super::App;
use crate::domain::dates::to_day_number;
use crate::domain::profitability::{classify, Cell};
use crate::error::{Error, Result};
use crate::store::analytics;
use std::collections::HashMap;

/// One customer in the matrix.
pub struct Placed {
    pub contact_id: i64,
    pub current: f64,
    pub potential: f64,
    pub cell: Cell,
}

pub struct Matrix {
    pub customers: Vec<Placed>,
    pub median_current: f64,
    pub median_potential: f64,
}

/// The matrix as of `o.as_of`, current value over the `current_days` before it.
pub fn matrix(app: &App, o: &Options, current_days: u32) -> Result<Matrix> {
    let (_, preds) = clv::predict(app, o)?;
    let since = crate::domain::dates::add_days(o.as_of, -(current_days as i64) + 1).ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "date-outside-calendar", crate::targs!["s" => "--current"])
    })?;
    let recent: HashMap<i64, i64> =
        analytics::histories(app.db(), &o.scope, Some(to_day_number(since)), to_day_number(o.as_of))?
            .into_iter()
            .map(|h| (h.contact_id, h.total_cents))
            .collect();
    let keep = analytics::ids_with_tags(app.db(), &app.config.value.keep_tags)?;
    let margin = app.config.value.margin_fraction();
    // With a margin, current value is net of what reaching them cost.
    let marketing = match margin {
        Some(_) => super::campaigns::cost_per_customer(app, since)?,
        None => HashMap::new(),
    };
    let current: Vec<f64> = preds
        .iter()
        .map(|p| {
            let id = p.visits.contact_id;
            let gross = recent.get(&id).copied().unwrap_or(0).max(0) as f64 * margin.unwrap_or(1.0);
            (gross - marketing.get(&id).copied().unwrap_or(0.0)) / 100.0
        })
        .collect();
    let potential: Vec<f64> = preds.iter().map(|p| p.clv).collect();
    let kept: Vec<bool> = preds.iter().map(|p| keep.binary_search(&p.visits.contact_id).is_ok()).collect();
    let (cells, median_current, median_potential) = classify(&current, &potential, &kept);
    let customers = preds
        .iter()
        .zip(current)
        .zip(potential)
        .zip(cells)
        .map(|(((p, current), potential), cell)| Placed { contact_id: p.visits.contact_id, current, potential, cell })
        .collect();
    Ok(Matrix { customers, median_current, median_potential })
}
