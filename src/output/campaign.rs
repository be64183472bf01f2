//! How campaigns are shown.

use crate::app::views::Campaign;
use crate::domain::consent::Channel;
use crate::domain::money::Cents;

crate::record! {
    pub struct CampaignRow {
        pub id: i64,
        pub name: String,
        pub channel: Channel,
        pub segment: String,
        pub holdout_pct: u32,
        pub seed: i64,
        pub created_at: String,
        pub launched_on: Option<chrono::NaiveDate>,
        pub cost_per_contact: Cents,
        pub fixed_cost: Cents,
    }
    numeric: [id, holdout_pct, seed, cost_per_contact, fixed_cost]
}

crate::record! {
    /// `campaign show`: the listing's fields, the message, and whom it reached.
    pub struct CampaignCard {
        @flatten pub campaign: CampaignRow,
        pub message: Option<String>,
        pub recipients: i64,
        pub control: i64,
    }
}

pub fn row(c: Campaign) -> CampaignRow {
    CampaignRow {
        id: c.id,
        name: c.name,
        channel: c.channel,
        segment: c.segment,
        holdout_pct: c.holdout_pct,
        seed: c.seed,
        created_at: c.created_at,
        launched_on: c.launched_on,
        cost_per_contact: c.costs.per_contact,
        fixed_cost: c.costs.fixed,
    }
}
