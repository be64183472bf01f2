//! A campaign as kept: its settings, and who it reached.

use super::campaign_economics::Costs;
use super::consent::Channel;
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct Campaign {
    pub id: i64,
    pub name: String,
    pub channel: Channel,
    pub segment: String,
    pub holdout_pct: u32,
    pub seed: i64,
    pub message: Option<String>,
    pub created_at: String,
    pub launched_on: Option<NaiveDate>,
    pub costs: Costs,
}

pub struct NewCampaign<'a> {
    pub name: &'a str,
    pub channel: Channel,
    pub segment: &'a str,
    pub holdout_pct: u32,
    pub seed: i64,
    pub message: Option<&'a str>,
    pub costs: Costs,
}

/// One campaign's record of reaching (or holding back) a contact.
#[derive(Debug, Clone)]
pub struct Send {
    pub campaign: String,
    /// `recipient` or `control`.
    pub group: String,
    pub on: Option<NaiveDate>,
}
