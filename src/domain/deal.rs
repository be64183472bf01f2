//! Deals (quotes and special orders) and their moves between stages.

use super::money::Cents;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deal {
    pub id: i64,
    pub contact_id: i64,
    pub contact_name: String,
    pub title: String,
    pub amount: Cents,
    pub stage: String,
    pub expected_close: Option<NaiveDate>,
    pub notes: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub closed_at: Option<String>,
    pub lost_reason: Option<String>,
    pub purchase_id: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewDeal<'a> {
    pub contact_id: i64,
    pub title: &'a str,
    pub amount: Cents,
    pub stage: &'a str,
    pub expected_close: Option<NaiveDate>,
    pub notes: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageChange {
    pub from: Option<String>,
    pub to: String,
    pub at: String,
    /// Who made the change (none for those from before carnet kept it).
    pub recorded_by: Option<String>,
}
