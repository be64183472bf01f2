//! The reports: RFM, the value matrix, Pareto/ABC, segment migration and
//! the deal pipeline. Each reads once and returns the numbers; the
//! commands decide how they look.

use super::scores;
use super::App;
use crate::domain::dates::to_day_number;
use crate::domain::labels::Labels;
use crate::domain::pareto::{self, Class};
use crate::domain::pipeline::{self, weighted, Stage, LOST, WON};
use crate::domain::rfm::{CustomerHistory, FrequencyBasis, Scored, Segment};
use crate::domain::summary::{movement, Movement};
use crate::error::{Error, Result};
use crate::store::analytics::{self, Scope};
use crate::store::deals::{self, Deal, DealFilter};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// A report's customers, or why there are none (not an error: a new shop).
pub enum Scoring<T> {
    Empty(crate::i18n::Text),
    Ready(T),
}

/// Every customer's RFM scores as of a day, in contact id order.
pub fn rfm(app: &App, scope: &Scope, as_of: NaiveDate, basis: FrequencyBasis) -> Result<Scoring<Vec<Scored>>> {
    let scored = scores::rfm(app.db(), scope, as_of, basis)?;
    if scored.is_empty() {
        return Ok(Scoring::Empty(scores::explain_empty(app.db(), as_of)?));
    }
    Ok(Scoring::Ready(scored))
}

/// What `work` returns, with every contact's ref and name when a listing
/// of every customer is `wanted`; no labels (and no read of them) when not.
pub fn labelled<T>(app: &App, wanted: bool, work: impl FnOnce() -> Result<T>) -> Result<(Labels, T)> {
    if wanted {
        let done = work()?;
        Ok((analytics::labels_in_order(app.db())?, done))
    } else {
        Ok((Labels::default(), work()?))
    }
}

/// Revenue concentration over a period.
pub struct Pareto {
    /// Largest first, equal revenue in id order (so runs are reproducible).
    pub customers: Vec<CustomerHistory>,
    pub classes: Vec<Class>,
    pub totals: Vec<i64>,
}

/// The purchases a report looks at: `--category` and `--channel` as
/// typed, checked against the file's categories and the config's channels.
pub fn scope(app: &App, category: Option<&str>, channel: Option<&str>) -> Result<Scope> {
    Ok(Scope {
        category_id: category.map(|c| super::purchases::find_category(app.db(), c)).transpose()?.map(|c| c.0),
        channel: channel.map(|c| super::purchases::sales_channel(app.config, c)).transpose()?.map(String::from),
    })
}

pub fn pareto(app: &App, scope: &Scope, since: Option<NaiveDate>, until: NaiveDate) -> Result<Scoring<Pareto>> {
    if since.is_some_and(|s| s > until) {
        return Err(Error::t(crate::error::Kind::Invalid, "err-since-after-until", vec![])
            .with_hint_t("hint-since-until", vec![]));
    }
    let mut hs = analytics::histories(app.db(), scope, since.map(to_day_number), to_day_number(until))?;
    if hs.is_empty() {
        return Ok(Scoring::Empty(scores::explain_empty(app.db(), until)?));
    }
    hs.sort_by(|x, y| y.total_cents.cmp(&x.total_cents).then(x.contact_id.cmp(&y.contact_id)));
    let totals: Vec<i64> = hs.iter().map(|h| h.total_cents).collect();
    let classes = pareto::abc(&totals, app.config.pareto.a, app.config.pareto.b);
    Ok(Scoring::Ready(Pareto { customers: hs, classes, totals }))
}

/// Contact labels for listings that are not in id order: ref and name.
pub fn labels(app: &App) -> Result<HashMap<i64, (Option<String>, String)>> {
    analytics::labels(app.db())
}

/// One customer's move between two days.
pub struct Move {
    pub contact_id: i64,
    pub r#ref: Option<String>,
    pub name: String,
    pub from: Option<Segment>,
    pub to: Segment,
    pub movement: Movement,
}

pub struct Migration {
    /// Customers on the first day.
    pub before: usize,
    /// Every customer on the second day, in id order.
    pub moves: Vec<Move>,
}

pub fn migration(app: &App, scope: &Scope, from: NaiveDate, to: NaiveDate) -> Result<Scoring<Migration>> {
    if from >= to {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-from-to",
            crate::targs!["from" => from.to_string(), "to" => to.to_string()],
        )
        .with_hint_t("hint-from-to", vec![]));
    }
    let before = scores::rfm(app.db(), scope, from, FrequencyBasis::Days)?;
    let after = scores::rfm(app.db(), scope, to, FrequencyBasis::Days)?;
    if after.is_empty() {
        return Ok(Scoring::Empty(scores::explain_empty(app.db(), to)?));
    }
    let was: BTreeMap<i64, Segment> = before.iter().map(|s| (s.history.contact_id, s.segment)).collect();
    let labels = labels(app)?;
    let moves = after
        .iter()
        .map(|s| {
            let id = s.history.contact_id;
            let f = was.get(&id).copied();
            let (r, name) = labels.get(&id).cloned().unwrap_or_default();
            Move { contact_id: id, r#ref: r, name, from: f, to: s.segment, movement: movement(f, s.segment) }
        })
        .collect();
    Ok(Scoring::Ready(Migration { before: before.len(), moves }))
}

/// The open deals of one stage.
pub struct StageTotal {
    pub stage: String,
    pub probability: u8,
    pub deals: usize,
    pub total: i64,
    pub weighted: i64,
    /// A stage deals are in but the config no longer names (renamed or
    /// removed): shown with a warning, weighted at 0 %.
    pub configured: bool,
}

pub struct MonthTotal {
    pub month: String,
    pub deals: usize,
    pub total: i64,
    pub weighted: i64,
}

pub struct Pipeline {
    pub stages: Vec<StageTotal>,
    pub months: Vec<MonthTotal>,
    pub open: usize,
    pub won: usize,
    pub lost: usize,
    /// Days from opening to won, for the deals won in the period.
    pub days_to_win: Vec<i64>,
    pub overdue: Vec<Deal>,
}

fn probability(stages: &[Stage], d: &Deal) -> u8 {
    pipeline::find_stage(stages, &d.stage).map(|s| s.probability).unwrap_or(0)
}

pub fn pipeline(app: &App, since: NaiveDate, until: NaiveDate) -> Result<Pipeline> {
    let cfg = &app.config.deal_stages;
    let all = deals::list(app.db(), &DealFilter::default())?;
    let open: Vec<&Deal> = all.iter().filter(|d| d.closed_at.is_none()).collect();
    let total = |ds: &[&&Deal], p: u8| -> (i64, i64) {
        (ds.iter().map(|d| d.amount.0).sum(), ds.iter().map(|d| weighted(d.amount, p).0).sum())
    };
    let mut stages: Vec<StageTotal> = cfg
        .iter()
        .map(|s| {
            let in_stage: Vec<&&Deal> = open.iter().filter(|d| d.stage.eq_ignore_ascii_case(&s.name)).collect();
            let (t, w) = total(&in_stage, s.probability);
            StageTotal {
                stage: s.name.clone(),
                probability: s.probability,
                deals: in_stage.len(),
                total: t,
                weighted: w,
                configured: true,
            }
        })
        .collect();
    let mut unknown: BTreeMap<String, Vec<&&Deal>> = BTreeMap::new();
    for d in open.iter().filter(|d| pipeline::find_stage(cfg, &d.stage).is_none()) {
        unknown.entry(d.stage.clone()).or_default().push(d);
    }
    for (stage, ds) in unknown {
        let (t, w) = total(&ds, 0);
        stages.push(StageTotal { stage, probability: 0, deals: ds.len(), total: t, weighted: w, configured: false });
    }
    let mut months: BTreeMap<String, MonthTotal> = BTreeMap::new();
    for d in &open {
        let key = d.expected_close.map(|c| c.format("%Y-%m").to_string()).unwrap_or_else(|| "no date".into());
        let e = months.entry(key.clone()).or_insert(MonthTotal { month: key, deals: 0, total: 0, weighted: 0 });
        e.deals += 1;
        e.total += d.amount.0;
        e.weighted += weighted(d.amount, probability(cfg, d)).0;
    }
    let day = |t: &str| t.get(0..10).and_then(|c| crate::domain::dates::parse_iso(c).ok());
    let closed_in = |d: &&Deal| d.closed_at.as_deref().and_then(day).is_some_and(|c| c >= since && c <= until);
    let won: Vec<&Deal> = all.iter().filter(|d| d.stage == WON).filter(closed_in).collect();
    let lost = all.iter().filter(|d| d.stage == LOST).filter(closed_in).count();
    let days_to_win =
        won.iter().filter_map(|d| Some((day(d.closed_at.as_deref()?)? - day(&d.created_at)?).num_days())).collect();
    let overdue =
        open.iter().filter(|d| d.expected_close.is_some_and(|c| c < app.today)).map(|d| (*d).clone()).collect();
    Ok(Pipeline {
        stages,
        months: months.into_values().collect(),
        open: open.len(),
        won: won.len(),
        lost,
        days_to_win,
        overdue,
    })
}
