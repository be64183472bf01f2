//! How consent is shown: statuses, the history, wordings and the report.

use crate::app::views::{ConsentReport, HistoryEvent};
use crate::domain::consent::{Channel, Status};
use crate::output::new_table;

crate::record! {
    pub struct StatusRow {
        pub channel: Channel,
        pub status: Status,
    }
}

crate::record! {
    pub struct HistoryRow {
        pub id: i64,
        pub channel: Channel,
        pub action: &'static str,
        pub occurred_on: String,
        pub recorded_at: String,
        pub method: Option<&'static str>,
        pub proof: Option<String>,
        pub wording_id: Option<i64>,
        pub wording_sha256: Option<String>,
        pub wording: Option<String>,
        pub voids: Option<i64>,
        pub recorded_by: Option<String>,
    }
}

crate::record! {
    pub struct WordingRow {
        pub id: i64,
        pub sha256: String,
        pub label: Option<String>,
        pub created_at: String,
        pub text: String,
    }
}

crate::record! {
    pub struct CountRow {
        pub channel: Channel,
        pub status: Status,
        pub contacts: i64,
    }
}

impl HistoryRow {
    /// An event as listed; `with_text` keeps the wording's whole text.
    pub fn new(e: HistoryEvent, with_text: bool) -> Self {
        HistoryRow {
            id: e.id,
            channel: e.channel,
            action: e.action.as_str(),
            occurred_on: e.occurred_on,
            recorded_at: e.recorded_at,
            method: e.method.map(|m| m.as_str()),
            proof: e.proof,
            wording_id: e.wording_id,
            wording_sha256: e.wording_sha256,
            wording: if with_text { e.wording_text } else { None },
            voids: e.voids,
            recorded_by: e.recorded_by,
        }
    }
}

/// `report consent` for people: contacts per channel and status, then
/// events per month, in `lang` (channel and status words included).
pub fn table_view(r: &ConsentReport, cells: &crate::output::Cells, lang: crate::i18n::Lang) -> String {
    use crate::i18n::tr;
    let word = |group: &str, w: &str| cells.value_word(group, w).unwrap_or_else(|| w.replace('_', " "));
    let mut t = new_table();
    let mut header = vec![crate::i18n::header(lang, "channel")];
    header.extend(Status::ALL.iter().map(|s| word("status", s.as_str())));
    t.set_header(header);
    for ch in Channel::ALL {
        let mut row = vec![word("channel", ch.as_str())];
        row.extend(r.counts.iter().filter(|c| c.channel == ch).map(|c| c.contacts.to_string()));
        t.add_row(row);
    }
    let mut m = new_table();
    m.set_header([tr(lang, "consent-col-month"), tr(lang, "consent-col-grants"), tr(lang, "consent-col-withdrawals")]);
    for mc in &r.months {
        m.add_row([mc.month.clone(), mc.grants.to_string(), mc.withdrawals.to_string()]);
    }
    format!("{}\n{t}\n\n{}\n{m}\n", tr(lang, "consent-by-channel"), tr(lang, "consent-by-month"))
}
