//! The consent ledger as kept: wordings, and events with their proof.

use super::consent::{Action, Channel, Method};

#[derive(Debug, Clone)]
pub struct Wording {
    pub id: i64,
    pub sha256: String,
    pub label: Option<String>,
    pub text: String,
    pub created_at: String,
}

/// One event of the history, with its proof and wording.
#[derive(Debug, Clone, serde::Serialize)]
pub struct HistoryEvent {
    pub id: i64,
    #[serde(skip)]
    pub contact_id: Option<i64>,
    pub channel: Channel,
    pub action: Action,
    pub occurred_on: String,
    pub recorded_at: String,
    pub method: Option<Method>,
    pub proof: Option<String>,
    pub wording_id: Option<i64>,
    pub wording_sha256: Option<String>,
    #[serde(rename = "wording")]
    pub wording_text: Option<String>,
    pub voids: Option<i64>,
    /// Who recorded the event (none for those from before carnet kept it).
    pub recorded_by: Option<String>,
}
