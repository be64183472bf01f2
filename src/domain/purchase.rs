//! Purchases: what a customer bought, on which day, for how much.

use super::money::Cents;
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct NewPurchase<'a> {
    pub contact_id: i64,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<&'a str>,
    pub order_ref: Option<&'a str>,
    pub batch_id: Option<i64>,
}

/// Count, total and first/last day of a contact's purchases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurchaseSummary {
    pub count: i64,
    pub total: Cents,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// A purchase with the contact it belongs to, as listed and exported.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub id: i64,
    pub contact_id: i64,
    pub contact_ref: Option<String>,
    pub contact_name: String,
    pub date: NaiveDate,
    pub amount: Cents,
    pub note: Option<String>,
    pub order_ref: Option<String>,
    pub batch_id: Option<i64>,
}
