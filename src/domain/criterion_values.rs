//! The values segment criteria are written with: a day (a date, or so
//! many days back) and a range (`100..500`).

use super::dates::parse_iso;
use super::money::parse_amount;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A day given as a date or as a number of days before the as-of day
/// (`90d`), so "last purchase before 90d" stays true to its meaning as
/// time passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaySpec {
    On(NaiveDate),
    DaysAgo(u32),
}

impl DaySpec {
    pub fn parse(s: &str) -> Result<DaySpec, crate::domain::Invalid> {
        let s = s.trim();
        if let Some(n) = s.strip_suffix('d') {
            if let Ok(n) = n.parse::<u32>() {
                if n > crate::domain::dates::MAX_DAYS {
                    return Err(crate::domain::Invalid(crate::i18n::Text::tr(
                        "err-too-far-back-days",
                        crate::targs!["s" => s, "max" => crate::domain::dates::MAX_DAYS.to_string()],
                    )));
                }
                return Ok(DaySpec::DaysAgo(n));
            }
        }
        parse_iso(s).map(DaySpec::On).map_err(|_| format!("`{s}` is not a date (write YYYY-MM-DD or 90d)").into())
    }

    pub fn resolve(self, as_of: NaiveDate) -> NaiveDate {
        match self {
            DaySpec::On(d) => d,
            DaySpec::DaysAgo(n) => crate::domain::dates::add_days_saturating(as_of, -(n as i64)),
        }
    }
}

impl fmt::Display for DaySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DaySpec::On(d) => write!(f, "{d}"),
            DaySpec::DaysAgo(n) => write!(f, "{n}d"),
        }
    }
}

impl Serialize for DaySpec {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DaySpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A stored value is read back as it was stored, even one longer
        // than today's bound (saved by an older carnet): `resolve` keeps
        // it within the calendar.
        let s = String::deserialize(d)?;
        if let Some(n) = s.trim().strip_suffix('d').and_then(|n| n.parse::<u32>().ok()) {
            return Ok(DaySpec::DaysAgo(n));
        }
        DaySpec::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// An inclusive range, either end open: `100..500`, `3..`, `..50`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Between {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
}

impl Between {
    fn parse_with(
        s: &str,
        num: impl Fn(&str) -> Result<i64, crate::domain::Invalid>,
    ) -> Result<Between, crate::domain::Invalid> {
        let (lo, hi) = s
            .split_once("..")
            .ok_or_else(|| crate::domain::Invalid(crate::i18n::Text::tr("err-not-a-range", crate::targs!["s" => s])))?;
        let side = |x: &str| {
            if x.trim().is_empty() {
                Ok(None)
            } else {
                num(x.trim()).map(Some)
            }
        };
        let b = Between { min: side(lo)?, max: side(hi)? };
        if b.min.is_none() && b.max.is_none() {
            return Err(crate::domain::Invalid(crate::i18n::Text::tr("err-range-empty", crate::targs!["s" => s])));
        }
        if let (Some(a), Some(z)) = (b.min, b.max) {
            if a > z {
                return Err(crate::domain::Invalid(crate::i18n::Text::tr("err-range-order", crate::targs!["s" => s])));
            }
        }
        Ok(b)
    }

    /// A money range; amounts as `parse_amount` reads them, in cents.
    pub fn parse_money(s: &str) -> Result<Between, crate::domain::Invalid> {
        Between::parse_with(s, |x| {
            parse_amount(x).map(|c| c.0).map_err(|e| {
                crate::domain::Invalid(crate::i18n::Text::tr(
                    "err-range-side",
                    crate::targs!["s" => x, "why" => e.text()],
                ))
            })
        })
    }

    pub fn parse_count(s: &str) -> Result<Between, crate::domain::Invalid> {
        Between::parse_with(s, |x| {
            x.parse::<u32>()
                .map(i64::from)
                .map_err(|_| crate::domain::Invalid(crate::i18n::Text::tr("err-not-a-count", crate::targs!["s" => x])))
        })
    }

    pub fn contains(&self, v: i64) -> bool {
        self.min.is_none_or(|m| v >= m) && self.max.is_none_or(|m| v <= m)
    }
}
