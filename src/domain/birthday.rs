//! Birthdays: a month and a day, with or without the year, as people and
//! phones write them.

use super::dates::{parse_slashed, DateError, SlashDates};
use chrono::NaiveDate;
use std::fmt;

/// A birthday, with or without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Accepts `MM-DD`, `--MM-DD` (vCard without year), `YYYY-MM-DD` and
    /// the vCard basic forms `YYYYMMDD` / `--MMDD`.
    pub fn parse(input: &str) -> Result<Self, DateError> {
        let s = input.trim();
        let bad = || DateError(crate::i18n::Text::tr("date-not-birthday", crate::targs!["s" => s]));
        let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
        let parts: Vec<&str> = s.trim_start_matches('-').split('-').collect();
        let (year, month, day) = match (parts.as_slice(), digits.len()) {
            ([y, m, d], _) if y.len() == 4 => (Some(y.parse().map_err(|_| bad())?), *m, *d),
            ([m, d], _) => (None, *m, *d),
            ([one], 8) if one.len() == 8 => (Some(one[0..4].parse().map_err(|_| bad())?), &one[4..6], &one[6..8]),
            ([one], 4) if one.len() == 4 => (None, &one[0..2], &one[2..4]),
            _ => return Err(bad()),
        };
        if month.len() != 2 || day.len() != 2 {
            return Err(bad());
        }
        let month: u32 = month.parse().map_err(|_| bad())?;
        let day: u32 = day.parse().map_err(|_| bad())?;
        // Validate against a leap year when the year is unknown, so 02-29 is fine.
        if NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_none() {
            return Err(DateError(crate::i18n::Text::tr("date-not-a-day", crate::targs!["s" => s])));
        }
        Ok(Birthday { year, month, day })
    }
}

impl fmt::Display for Birthday {
    /// `1980-03-14`, or `--03-14` without a year (the vCard 4 spelling,
    /// which sorts and round-trips).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// A birthday typed with slashes, as `order` reads it: `03/12` is
/// `12-03` day first, `03/12/1980` is `1980-12-03`; anything else is
/// returned as typed, for [`Birthday::parse`].
pub fn birthday_from_slashes(input: &str, order: SlashDates) -> Result<String, DateError> {
    let s = input.trim();
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() < 2
        || parts.len() > 3
        || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Ok(s.to_string());
    }
    // Read it against a leap year so 29/02 stays a birthday.
    let with_year = if parts.len() == 2 { format!("{s}/2000") } else { s.to_string() };
    let d = parse_slashed(&with_year, NaiveDate::default(), order)
        .unwrap_or_else(|| Err(DateError(crate::i18n::Text::plain(String::new()))))
        .map_err(|e| {
            // The year was ours, not the user's: never show it.
            if parts.len() == 2 && e.0.id() == Some("date-ambiguous") {
                DateError::t(
                    "birthday-ambiguous",
                    crate::targs!["s" => s, "a" => format!("{}-{}", parts[1], parts[0]), "b" => format!("{}-{}", parts[0], parts[1])],
                )
            } else {
                e
            }
        })?;
    Ok(if parts.len() == 2 { d.format("%m-%d").to_string() } else { d.to_string() })
}
