//! The regulars slipping away, as `remind` lists them and the built-in
//! segment "Slipping Away" holds them: announced on the day they cross
//! `[remind] slipping_factor` × their own median gap, then kept (up to
//! `[remind] slipping_kept_days`) until a visit (which moves the crossing
//! itself) or an interaction of a contact kind on or after that day.

use crate::config::Config;
use crate::domain::dates::to_day_number;
use crate::error::Result;
use crate::store::totals::Slipping;
use crate::store::Db;
use chrono::NaiveDate;

/// Everyone slipping away on a day from `today` to `until`: those who
/// crossed in the kept days before `today` and have not been in touch
/// since, and those who cross from `today` on, in contact order.
pub fn slipping(db: &Db, config: &Config, today: NaiveDate, until: NaiveDate) -> Result<Vec<Slipping>> {
    let (first, last) = (to_day_number(today), to_day_number(until));
    let kept = i32::try_from(config.remind.slipping_kept_days).unwrap_or(i32::MAX);
    let from = first.saturating_sub(kept);
    let crossing = crate::store::totals::slipping_between(db, from, last, factor(config))?;
    // Only a crossing already past can have been answered.
    let past: Vec<(i64, i32)> = crossing.iter().filter(|s| s.on <= first).map(|s| (s.contact_id, s.on)).collect();
    let touched = crate::store::slipping::in_touch_since(db, &past, first, &config.contact_kinds())?;
    Ok(crossing.into_iter().filter(|s| !touched.contains(&s.contact_id)).collect())
}

/// The contact ids slipping away as of a day (the built-in segment).
pub fn members(db: &Db, config: &Config, as_of: NaiveDate) -> Result<Vec<i64>> {
    Ok(slipping(db, config, as_of, as_of)?.into_iter().map(|s| s.contact_id).collect())
}

/// The config's slipping factor, to the thousandth (as the config states it).
pub fn factor(config: &Config) -> f64 {
    (config.remind.slipping_factor * 1000.0).round() / 1000.0
}
