//! How interactions are shown.

use crate::app::views::Interaction;
use chrono::NaiveDate;

crate::record! {
    pub struct InteractionRow {
        pub id: i64,
        pub contact_id: i64,
        pub contact_name: String,
        pub kind: String,
        pub at: String,
        pub summary: Option<String>,
        pub deal_id: Option<i64>,
        pub follow_up: Option<NaiveDate>,
        pub follow_up_status: Option<&'static str>,
        pub recorded_by: Option<String>,
    }
    numeric: [id, contact_id, deal_id]
}

impl From<Interaction> for InteractionRow {
    fn from(i: Interaction) -> Self {
        let status = i.follow_up.map(|_| if i.follow_up_done_at.is_some() { "done" } else { "open" });
        InteractionRow {
            id: i.id,
            contact_id: i.contact_id,
            contact_name: i.contact_name,
            kind: i.kind,
            at: i.at,
            summary: i.summary,
            deal_id: i.deal_id,
            follow_up: i.follow_up,
            follow_up_status: status,
            recorded_by: i.recorded_by,
        }
    }
}
