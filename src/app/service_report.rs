//! `report service`: open requests by status and age, turnaround and
//! promises kept by kind, complaints per 100 customers per month.

use super::App;
use crate::domain::service::{self as rules, CANCELLED};
use crate::error::Result;
use crate::store::service as store;
use chrono::{Datelike, NaiveDate};

/// The open requests in one status, as of today.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusLine {
    pub status: String,
    /// False for a status no longer in the config (requests still in it).
    pub configured: bool,
    pub open: usize,
    /// Up to 7 days old, 8 to 30, older.
    pub bands: [usize; 3],
    pub median_age_days: Option<f64>,
    pub oldest_days: Option<i64>,
    pub late: usize,
}

/// One kind's requests closed in the period.
#[derive(Debug, Clone, PartialEq)]
pub struct KindLine {
    pub kind: String,
    pub open: usize,
    pub collected: usize,
    pub cancelled: usize,
    pub median_turnaround_days: Option<f64>,
    /// Collected requests that had a promised day, and those delivered by it.
    pub promised: usize,
    pub on_time: usize,
    pub on_time_share: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MonthLine {
    /// `YYYY-MM`.
    pub month: String,
    pub complaints: usize,
    /// Customers served that month (a purchase that is not a refund),
    /// within the period.
    pub customers: usize,
    pub per_100_customers: Option<f64>,
}

pub struct ServiceReport {
    pub since: NaiveDate,
    pub until: NaiveDate,
    pub statuses: Vec<StatusLine>,
    pub kinds: Vec<KindLine>,
    pub months: Vec<MonthLine>,
}

pub fn report(app: &App, since: NaiveDate, until: NaiveDate) -> Result<ServiceReport> {
    let db = app.db();
    let cfg = &app.config.service;
    let today = app.today;
    let all = store::for_report(db, since)?;
    let open: Vec<_> = all.iter().filter(|r| r.is_open()).collect();
    let closed: Vec<_> = all.iter().filter(|r| r.closed_on.is_some_and(|d| d >= since && d <= until)).collect();
    // Statuses: the configured ones in order, then any a request is still in.
    let mut names: Vec<String> = cfg.statuses.clone();
    for r in &open {
        if !names.contains(&r.status) {
            names.push(r.status.clone());
        }
    }
    let statuses = names
        .into_iter()
        .map(|s| {
            let ages: Vec<i64> =
                open.iter().filter(|r| r.status == s).map(|r| (today - r.opened).num_days().max(0)).collect();
            let mut bands = [0; 3];
            for &a in &ages {
                bands[rules::age_band(a)] += 1;
            }
            StatusLine {
                configured: cfg.statuses.contains(&s),
                open: ages.len(),
                bands,
                median_age_days: rules::median_days(&ages),
                oldest_days: ages.iter().copied().max(),
                late: open.iter().filter(|r| r.status == s && r.is_late(today)).count(),
                status: s,
            }
        })
        .collect();
    let mut kinds: Vec<String> = cfg.kinds.clone();
    for r in &all {
        if !kinds.contains(&r.kind) {
            kinds.push(r.kind.clone());
        }
    }
    let kinds = kinds
        .into_iter()
        .map(|k| {
            let mine: Vec<_> = closed.iter().filter(|r| r.kind == k).collect();
            let delivered: Vec<_> = mine.iter().filter_map(|r| r.delivered_on().map(|d| (r, d))).collect();
            let turnaround: Vec<i64> = delivered.iter().map(|(r, d)| rules::turnaround_days(r.opened, *d)).collect();
            let promised: Vec<bool> =
                delivered.iter().filter_map(|(r, d)| r.promised.map(|p| rules::on_time(*d, p))).collect();
            let on_time = promised.iter().filter(|&&b| b).count();
            KindLine {
                open: open.iter().filter(|r| r.kind == k).count(),
                collected: delivered.len(),
                cancelled: mine.iter().filter(|r| r.status == CANCELLED).count(),
                median_turnaround_days: rules::median_days(&turnaround),
                promised: promised.len(),
                on_time,
                on_time_share: rules::share(on_time, promised.len()),
                kind: k,
            }
        })
        .collect();
    Ok(ServiceReport { since, until, statuses, kinds, months: months(app, since, until)? })
}

/// The months from `since` to `until`, each cut to the period.
fn months(app: &App, since: NaiveDate, until: NaiveDate) -> Result<Vec<MonthLine>> {
    let db = app.db();
    let complaints = store::complaint_days(db, rules::COMPLAINT, since, until)?;
    let mut periods = Vec::new();
    let mut start = since;
    while start <= until {
        let next = if start.month() == 12 {
            NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
        };
        let end = next.and_then(|n| n.pred_opt()).map_or(until, |e| e.min(until));
        periods.push((start, end));
        match next {
            Some(n) => start = n,
            None => break,
        }
    }
    let customers = store::customers_in(db, &periods)?;
    let mut out = Vec::new();
    for (&(start, end), customers) in periods.iter().zip(customers) {
        let n = complaints.iter().filter(|&&d| d >= start && d <= end).count();
        out.push(MonthLine {
            month: start.format("%Y-%m").to_string(),
            complaints: n,
            customers,
            per_100_customers: rules::per_100(n, customers),
        });
    }
    Ok(out)
}
