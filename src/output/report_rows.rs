//! The report rows scripts read (`--format json|csv`): their fields are
//! the documented interface and stay English in every language.

use crate::domain::money::Cents;
use crate::domain::rfm::{Scored, Segment};
use crate::domain::summary::{CellSummary, SegmentSummary};
use crate::domain::value_matrix::Cell;
use crate::output::reports::score_bounds;
use chrono::NaiveDate;

crate::record_impl! {
    SegmentSummary {
        segment,
        customers,
        share_customers,
        revenue,
        share_revenue,
        avg_recency_days,
        avg_frequency,
        avg_spend,
    }
}

crate::record! {
    /// Borrows its ref and name from the listing's labels.
    pub struct CustomerRow<'a> {
        pub contact_id: i64,
        pub r#ref: Option<&'a str>,
        pub name: &'a str,
        pub first_purchase: Option<NaiveDate>,
        pub last_purchase: Option<NaiveDate>,
        pub recency_days: i32,
        pub frequency: u32,
        pub monetary_total: Cents,
        pub monetary_avg: Cents,
        pub r_score: u8,
        pub f_score: u8,
        pub m_score: u8,
        pub rfm_code: String,
        pub segment: Segment,
        /// What the campaigns that reached them in the 12 months up to
        /// --as-of cost (their share of each).
        pub marketing_cost: Cents,
        /// Margin on those 12 months' purchases less that cost; with
        /// `[value] margin` only.
        pub net_value: Option<Cents>,
    }
    numeric: [contact_id, recency_days, frequency, monetary_total, monetary_avg, marketing_cost, net_value]
}

crate::record! {
    pub struct BoundRow {
        pub score: u8,
        pub customers_r: usize,
        pub recency_days_min: Option<i64>,
        pub recency_days_max: Option<i64>,
        pub customers_f: usize,
        pub frequency_min: Option<i64>,
        pub frequency_max: Option<i64>,
        pub customers_m: usize,
        pub monetary_min: Option<Cents>,
        pub monetary_max: Option<Cents>,
    }
}

pub fn bound_rows(scored: &[Scored]) -> Vec<BoundRow> {
    let b = score_bounds(scored);
    (0..5)
        .map(|i| BoundRow {
            score: i as u8 + 1,
            customers_r: b.r[i].count,
            // Recency: a higher score is a smaller number of days.
            recency_days_min: b.r[i].min,
            recency_days_max: b.r[i].max,
            customers_f: b.f[i].count,
            frequency_min: b.f[i].min,
            frequency_max: b.f[i].max,
            customers_m: b.m[i].count,
            monetary_min: b.m[i].min.map(Cents),
            monetary_max: b.m[i].max.map(Cents),
        })
        .collect()
}

crate::record_impl! {
    CellSummary {
        cell,
        customers,
        share_customers,
        revenue,
        share_revenue,
        mean_frequency,
        mean_avg_purchase,
        advice,
    }
}

crate::record! {
    pub struct VmCustomerRow<'a> {
        pub contact_id: i64,
        pub r#ref: Option<&'a str>,
        pub name: &'a str,
        pub frequency: u32,
        pub monetary_avg: Cents,
        pub recency_days: i32,
        pub cell: Cell,
    }
    numeric: [contact_id, frequency, monetary_avg, recency_days]
}
