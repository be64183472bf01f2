//! How deals are shown: the listing row and the card with its history.

use crate::app::views::Deal;
use crate::domain::money::Cents;
use crate::domain::pipeline::{probability, Stage};
use crate::output::Lines;
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
        @flatten pub deal: DealRow,
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
