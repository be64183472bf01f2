//! What was said or done with a contact, and when to follow up.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub id: i64,
    pub contact_id: i64,
    pub contact_name: String,
    pub kind: String,
    pub at: String,
    pub day: NaiveDate,
    pub summary: Option<String>,
    pub deal_id: Option<i64>,
    pub follow_up: Option<NaiveDate>,
    pub follow_up_done_at: Option<String>,
    /// Who recorded it (none for those from before carnet kept it).
    pub recorded_by: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewInteraction<'a> {
    pub contact_id: i64,
    pub kind: &'a str,
    pub at: &'a str,
    pub day: NaiveDate,
    pub summary: Option<&'a str>,
    pub deal_id: Option<i64>,
    pub follow_up: Option<NaiveDate>,
}
