//! How service requests are shown: the listing row, the card with its
//! history, and the rows of `report service`.

use crate::app::service_report::{KindLine, MonthLine, StatusLine};
use crate::domain::money::Cents;
use crate::domain::service::{Event, Request};
use crate::output::Lines;
use chrono::NaiveDate;

crate::record! {
    pub struct ServiceRow {
        pub id: i64,
        pub contact_id: i64,
        pub contact_name: String,
        pub kind: String,
        pub what: String,
        pub status: String,
        pub opened: NaiveDate,
        pub promised: Option<NaiveDate>,
        pub late: bool,
        pub quote: Option<Cents>,
        pub charge: Option<Cents>,
        pub ready_on: Option<NaiveDate>,
        pub closed_on: Option<NaiveDate>,
        /// Open: days since it came in; closed: days it took.
        pub days: i64,
        pub purchase_id: Option<i64>,
    }
    numeric: [id, contact_id, quote, charge, days]
}

crate::record! {
    /// `service show`: the listing's fields and the history.
    pub struct ServiceCard {
        @flatten pub request: ServiceRow,
        pub history: Lines,
    }
}

pub fn row(r: Request, today: NaiveDate) -> ServiceRow {
    ServiceRow {
        late: r.is_late(today),
        days: (r.closed_on.unwrap_or(today) - r.opened).num_days().max(0),
        id: r.id,
        contact_id: r.contact_id,
        contact_name: r.contact_name,
        kind: r.kind,
        what: r.what,
        status: r.status,
        opened: r.opened,
        promised: r.promised,
        quote: r.quote,
        charge: r.charge,
        ready_on: r.ready_on,
        closed_on: r.closed_on,
        purchase_id: r.purchase_id,
    }
}

/// The history as lines: `2024-06-28 received → ready`, `2024-06-29 note: …`,
/// statuses in `lang`.
pub fn history(events: &[Event], lang: crate::i18n::Lang) -> Lines {
    let word = |s: &str| status_word(lang, s);
    Lines(
        events
            .iter()
            .map(|e| {
                let line = match (&e.from, &e.to, &e.note) {
                    (Some(f), Some(t), _) => format!("{} {} → {}", e.day, word(f), word(t)),
                    (None, Some(t), _) => crate::i18n::tr_args(
                        lang,
                        "service-history-opened",
                        &[("day", e.day.to_string().into()), ("status", word(t).into())],
                    ),
                    (_, _, Some(n)) => crate::i18n::tr_args(
                        lang,
                        "service-history-note",
                        &[("day", e.day.to_string().into()), ("note", n.clone().into())],
                    ),
                    _ => e.day.to_string(),
                };
                format!("{line}{}", super::recorded::suffix(lang, e.recorded_by.as_deref()))
            })
            .collect(),
    )
}

/// A status as `lang` says it (`ready` is `prête`); a shop's own stays as written.
pub fn status_word(lang: crate::i18n::Lang, s: &str) -> String {
    if lang == crate::i18n::Lang::En {
        return s.to_string();
    }
    let key = s.trim().to_lowercase().replace(['_', ' '], "-");
    crate::i18n::message(lang, &format!("val-status-{key}"), &[]).unwrap_or_else(|| s.to_string())
}

crate::record! {
    pub struct StatusRow {
        pub status: String,
        pub open: usize,
        pub up_to_7_days: usize,
        pub days_8_to_30: usize,
        pub over_30_days: usize,
        pub median_age_days: Option<f64>,
        pub oldest_days: Option<i64>,
        pub late: usize,
    }
    numeric: [open, up_to_7_days, days_8_to_30, over_30_days, median_age_days, oldest_days, late]
}

crate::record! {
    pub struct KindRow {
        pub kind: String,
        pub open: usize,
        pub collected: usize,
        pub cancelled: usize,
        pub median_turnaround_days: Option<f64>,
        pub promised: usize,
        pub on_time: usize,
        pub on_time_share: Option<f64>,
    }
    numeric: [open, collected, cancelled, median_turnaround_days, promised, on_time, on_time_share]
}

crate::record! {
    pub struct MonthRow {
        pub month: String,
        pub complaints: usize,
        pub customers: usize,
        pub per_100_customers: Option<f64>,
    }
    numeric: [complaints, customers, per_100_customers]
}

pub fn status_row(s: &StatusLine) -> StatusRow {
    StatusRow {
        status: s.status.clone(),
        open: s.open,
        up_to_7_days: s.bands[0],
        days_8_to_30: s.bands[1],
        over_30_days: s.bands[2],
        median_age_days: s.median_age_days,
        oldest_days: s.oldest_days,
        late: s.late,
    }
}

pub fn kind_row(k: &KindLine) -> KindRow {
    KindRow {
        kind: k.kind.clone(),
        open: k.open,
        collected: k.collected,
        cancelled: k.cancelled,
        median_turnaround_days: k.median_turnaround_days,
        promised: k.promised,
        on_time: k.on_time,
        on_time_share: k.on_time_share,
    }
}

pub fn month_row(m: &MonthLine) -> MonthRow {
    MonthRow {
        month: m.month.clone(),
        complaints: m.complaints,
        customers: m.customers,
        per_100_customers: m.per_100_customers,
    }
}
