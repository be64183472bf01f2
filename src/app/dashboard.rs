//! The dashboard's figures: every section read with the same use cases
//! (and the same defaults) as the report it stands for, so each chart's
//! numbers are that report's JSON.

use super::campaigns::Results;
use super::clv::{Options, Prediction};
use super::cohorts::Activity;
use super::frat::Groups;
use super::reports::{Pipeline, Scoring};
use super::App;
use crate::domain::rfm::{FrequencyBasis, Scored};
use crate::domain::summary::{by_cell, by_segment, CellSummary, SegmentSummary};
use crate::error::{Kind, Result};
use crate::i18n::Text;
use crate::store::analytics::GroupBy;
use crate::store::consent::ConsentReport;
use chrono::NaiveDate;

/// Months of the revenue chart; the twelve before them draw the previous year.
pub const MONTHS: i32 = 24;
/// Monthly cohorts of the heat map.
pub const COHORT_MONTHS: i32 = 12;
/// The current-value window of `report profitability`'s default `--current 12m` (months of 30 days).
pub const CURRENT_DAYS: u32 = 360;
/// Customers listed as most worth a call.
pub const CALLS: usize = 10;
/// Below this chance of still being a customer, a valuable one is worth a call.
pub const CALL_P_ALIVE: f64 = 0.5;

/// A section's figures, or why it has none (a new shop, a model that
/// cannot be fitted yet): the page says so instead of failing.
pub type Section<T> = std::result::Result<T, Text>;

pub struct Profitability {
    pub rows: Vec<(crate::domain::profitability::Cell, usize, i64, i64)>,
}

/// A customer worth a call: valuable, and slipping away.
pub struct Call {
    pub r#ref: Option<String>,
    pub name: String,
    pub clv: f64,
    pub p_alive: f64,
    pub last_purchase: Option<NaiveDate>,
}

pub struct Clv {
    pub values: Vec<f64>,
    pub p_alive: Vec<f64>,
    pub calls: Vec<Call>,
}

pub struct Dashboard {
    pub as_of: NaiveDate,
    pub activity: Activity,
    pub rfm: Section<(Vec<Scored>, Vec<SegmentSummary>)>,
    pub value_matrix: Section<Vec<CellSummary>>,
    pub profitability: Section<Profitability>,
    pub clv: Section<Clv>,
    pub categories: Groups,
    pub channels: Groups,
    pub pipeline: Pipeline,
    pub campaigns: Vec<Results>,
    pub consent: ConsentReport,
}

/// A user-side refusal (too few customers to fit) becomes the section's
/// note; a damaged file or a bug still stops the run.
fn section<T>(r: Result<T>) -> Result<Section<T>> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(e) if matches!(e.kind(), Kind::Invalid | Kind::NotFound | Kind::Conflict) => Ok(Err(e.text())),
        Err(e) => Err(e),
    }
}

fn cents(units: f64) -> i64 {
    (units * 100.0).round() as i64
}

pub fn dashboard(app: &App, as_of: NaiveDate) -> Result<Dashboard> {
    let activity = super::cohorts::activity(app, MONTHS + 12, COHORT_MONTHS, as_of)?;
    let scope = Default::default();
    let rfm = match super::reports::rfm(app, &scope, as_of, FrequencyBasis::Days)? {
        Scoring::Empty(why) => Err(why),
        Scoring::Ready(s) => Ok(s),
    };
    let value_matrix = rfm.as_ref().map_err(Clone::clone).map(|s| {
        let m = super::scores::matrix(s, Some(app.config.value_matrix.active_days));
        by_cell(s, &m, true)
    });
    let rfm = rfm.map(|s| {
        let rows = by_segment(&s);
        (s, rows)
    });
    let o = Options { scope, as_of, horizon_weeks: 52.0, discount_rate: 0.0 };
    let clv = section(super::clv::predict(app, &o).and_then(|(_, preds)| clv_section(app, &preds)))?;
    let profitability = section(super::profitability::matrix(app, &o, CURRENT_DAYS).map(|m| {
        let rows = crate::domain::profitability::Cell::ALL
            .iter()
            .map(|&cell| {
                let ps: Vec<_> = m.customers.iter().filter(|p| p.cell == cell).collect();
                let current = cents(ps.iter().map(|p| p.current).sum());
                (cell, ps.len(), current, cents(ps.iter().map(|p| p.potential).sum()))
            })
            .collect();
        Profitability { rows }
    }))?;
    let since = crate::domain::dates::add_days_saturating(as_of, -365);
    let mut campaigns = Vec::new();
    for c in super::campaigns::list(app)? {
        if c.launched_on.is_some_and(|d| d <= as_of) {
            campaigns.push(super::campaigns::report(app, &c.name, 30)?);
        }
    }
    Ok(Dashboard {
        as_of,
        activity,
        rfm,
        value_matrix,
        profitability,
        clv,
        categories: super::frat::groups(app, GroupBy::Category, as_of)?,
        channels: super::frat::groups(app, GroupBy::Channel, as_of)?,
        pipeline: super::reports::pipeline(app, since, as_of)?,
        campaigns,
        consent: super::consent::report(app.db())?,
    })
}

fn clv_section(app: &App, preds: &[Prediction]) -> Result<Clv> {
    let mut slipping: Vec<&Prediction> = preds.iter().filter(|p| p.p_alive < CALL_P_ALIVE).collect();
    slipping.sort_by(|a, b| b.clv.total_cmp(&a.clv).then(a.visits.contact_id.cmp(&b.visits.contact_id)));
    slipping.truncate(CALLS);
    let labels = super::reports::labels(app)?;
    let calls = slipping
        .into_iter()
        .map(|p| {
            let (r, name) = labels.get(&p.visits.contact_id).cloned().unwrap_or_default();
            Call { r#ref: r, name, clv: p.clv, p_alive: p.p_alive, last_purchase: super::clv::first_last(p).1 }
        })
        .collect();
    Ok(Clv { values: preds.iter().map(|p| p.clv).collect(), p_alive: preds.iter().map(|p| p.p_alive).collect(), calls })
}
