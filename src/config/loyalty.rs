//! `[loyalty]`: the shop's loyalty card, as points or as stamps.
//!
//! ```toml
//! [loyalty]
//! programme = "points"          # or "stamps"; unset: no loyalty card
//! points_per_euro = 1           # whole euros, rounded down per purchase
//! rewards = [{ points = 100, reward = "5 € off", value = 5.0 }]
//! expire_after = "12m"          # points lapse after 12 months without a visit
//! imported_earn = false         # imported purchases earn too?
//! # stamps: one per purchase of at least stamp_minimum; rewards' points are stamps
//! stamp_minimum = 5.0
//! ```

use crate::domain::loyalty::{Programme, Reward, Rules};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProgrammeKind {
    Points,
    Stamps,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewardConfig {
    /// Points (or stamps) it takes.
    pub points: i64,
    /// Its name, as `loyalty redeem` takes it.
    pub reward: String,
    /// What it costs the shop in the currency (for the liability).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoyaltyConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeKind>,
    pub points_per_euro: i64,
    pub stamp_minimum: f64,
    pub rewards: Vec<RewardConfig>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_after: Option<String>,
    pub imported_earn: bool,
}

impl Default for LoyaltyConfig {
    fn default() -> Self {
        LoyaltyConfig {
            programme: None,
            points_per_euro: 1,
            stamp_minimum: 0.0,
            rewards: Vec::new(),
            expire_after: None,
            imported_earn: false,
        }
    }
}

fn cents(v: f64) -> Cents {
    Cents((v * 100.0).round() as i64)
}

impl LoyaltyConfig {
    /// The rules, when the shop runs a programme.
    pub fn rules(&self) -> Option<Rules> {
        let programme = match self.programme? {
            ProgrammeKind::Points => Programme::Points { per_euro: self.points_per_euro },
            ProgrammeKind::Stamps => Programme::Stamps { minimum: cents(self.stamp_minimum) },
        };
        let mut rewards: Vec<Reward> = self
            .rewards
            .iter()
            .map(|r| Reward { points: r.points, name: r.reward.trim().to_string(), value: r.value.map(cents) })
            .collect();
        rewards.sort_by_key(|r| r.points);
        let expire_after_days =
            self.expire_after.as_deref().and_then(|e| crate::domain::dates::parse_days(e).ok()).map(|d| d as i32);
        Some(Rules { programme, rewards, expire_after_days, imported_earn: self.imported_earn })
    }

    /// Refuse a programme that cannot work, naming the key.
    pub fn validate(&self, path: &Path) -> Result<()> {
        let bad = |key: &str, why: String| {
            Error::config(
                path,
                crate::i18n::Text::tr("config-key-why", crate::targs!["key" => format!("loyalty.{key}"), "why" => why]),
            )
        };
        if !(1..=1000).contains(&self.points_per_euro) {
            return Err(bad(
                "points_per_euro",
                format!("{} is not a whole number from 1 to 1000", self.points_per_euro),
            ));
        }
        if !(0.0..=999_999.0).contains(&self.stamp_minimum) {
            return Err(bad("stamp_minimum", format!("{} is not an amount from 0 to 999999", self.stamp_minimum)));
        }
        if let Some(e) = &self.expire_after {
            crate::domain::dates::parse_days(e).map_err(|err| bad("expire_after", err.0.english().to_string()))?;
        }
        if self.programme.is_some() && self.rewards.is_empty() {
            return Err(bad(
                "rewards",
                "a programme needs at least one reward: rewards = [{ points = 100, reward = \"5 € off\" }]".into(),
            ));
        }
        let mut names = std::collections::HashSet::new();
        for r in &self.rewards {
            if !(1..=1_000_000_000).contains(&r.points) {
                return Err(bad(
                    "rewards",
                    format!("`{}` needs from 1 to 1000000000 points, not {}", r.reward, r.points),
                ));
            }
            if r.reward.trim().is_empty() || !names.insert(crate::domain::contact::fold(r.reward.trim())) {
                return Err(bad("rewards", format!("each reward needs a name of its own (`{}`)", r.reward)));
            }
            if r.value.is_some_and(|v| !(0.0..=999_999.0).contains(&v)) {
                return Err(bad("rewards", format!("the value of `{}` is not an amount from 0 to 999999", r.reward)));
            }
        }
        Ok(())
    }
}
