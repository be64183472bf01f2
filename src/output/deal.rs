//! How deals are shown: the listing row and the card with its history.

use crate::domain::money::Cents;
use crate::domain::pipeline::{probability, Stage};
use crate::output::Lines;
use crate::store::deals::Deal;
use chrono::NaiveDate;

crate::record! {
    pub struct DealRow {
        pub id: i64,
        pub contact_id: i64,
        pub contact_name: String,
        pub title: String,
        pub amount: Cents,
        pub stage: String,
        pub probability: Option<u8>,
        pub expected_close: Option<NaiveDate>,
        pub notes: Option<String>,
        pub created_at: String,
        pub closed_at: Option<String>,
        pub lost_reason: Option<String>,
        pub purchase_id: Option<i64>,
    }
    numeric: [id, contact_id, amount, probability]
}

crate::record! {
    /// `deal show`: the listing's fields and the stage history.
    pub struct DealCard {
        pub id: i64,
        pub contact_id: i64,
        pub contact_name: String,
        pub title: String,
        pub amount: Cents,
        pub stage: String,
        pub probability: Option<u8>,
        pub expected_close: Option<NaiveDate>,
        pub notes: Option<String>,
        pub created_at: String,
        pub closed_at: Option<String>,
        pub lost_reason: Option<String>,
        pub purchase_id: Option<i64>,
        pub history: Lines,
    }
}

/// A deal as listed; its chance comes from the configured stages.
pub fn row(stages: &[Stage], d: Deal) -> DealRow {
    DealRow {
        probability: probability(stages, &d.stage),
        id: d.id,
        contact_id: d.contact_id,
        contact_name: d.contact_name,
        title: d.title,
        amount: d.amount,
        stage: d.stage,
        expected_close: d.expected_close,
        notes: d.notes,
        created_at: d.created_at,
        closed_at: d.closed_at,
        lost_reason: d.lost_reason,
        purchase_id: d.purchase_id,
    }
}

impl DealCard {
    pub fn new(r: DealRow, history: Lines) -> Self {
        DealCard {
            id: r.id,
            contact_id: r.contact_id,
            contact_name: r.contact_name,
            title: r.title,
            amount: r.amount,
            stage: r.stage,
            probability: r.probability,
            expected_close: r.expected_close,
            notes: r.notes,
            created_at: r.created_at,
            closed_at: r.closed_at,
            lost_reason: r.lost_reason,
            purchase_id: r.purchase_id,
            history,
        }
    }
}
