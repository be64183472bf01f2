//! Cohort retention and the shop's months: one scan of the purchases.

use super::reports::Scoring;
use super::App;
use crate::domain::cohorts::{CohortBuilder, Cohorts, MonthBuilder, MonthFigures, Period};
use crate::domain::dates::to_day_number;
use crate::error::{Error, Result};
use chrono::NaiveDate;

/// The cohorts of customers whose first visit falls from `since`'s period
/// to `as_of`'s, as of `as_of`.
pub fn cohorts(app: &App, by: Period, since: Option<NaiveDate>, as_of: NaiveDate) -> Result<Scoring<Cohorts>> {
    if since.is_some_and(|s| s > as_of) {
        return Err(Error::t(crate::error::Kind::Invalid, "err-since-after-as-of", vec![])
            .with_hint_t("hint-since-as-of", vec![]));
    }
    let mut b = CohortBuilder::new(by, since, as_of);
    crate::store::cohorts::scan(app.db(), to_day_number(as_of), |c, d, a| b.push(c, d, a))?;
    let c = b.finish();
    if c.cohorts.is_empty() {
        return Ok(Scoring::Empty(super::scores::explain_empty(app.db(), as_of)?));
    }
    Ok(Scoring::Ready(c))
}

/// The shop month by month over the `months` months ending with `as_of`'s,
/// and the monthly cohorts of the same window, from one scan.
pub struct Activity {
    /// The first month's index (see [`Period::index`]).
    pub first: i32,
    pub months: Vec<MonthFigures>,
    pub cohorts: Cohorts,
}

pub fn activity(app: &App, months: i32, cohort_months: i32, as_of: NaiveDate) -> Result<Activity> {
    let last = Period::Month.index(as_of);
    let first = last - months + 1;
    let since = Period::Month.start(last - cohort_months + 1);
    let mut m = MonthBuilder::new(first, last);
    let mut c = CohortBuilder::new(Period::Month, Some(since), as_of);
    crate::store::cohorts::scan(app.db(), to_day_number(as_of), |id, d, a| {
        m.push(id, d, a);
        c.push(id, d, a);
    })?;
    Ok(Activity { first, months: m.months, cohorts: c.finish() })
}
