//! A contact's key dates beside the birthday: a wedding anniversary, a
//! shop anniversary, a name day. Each has a label (one lower-case word or
//! a few, `mariage`, `anniversary`) and a month and day, with or without
//! the year; `remind` announces them as it does birthdays.

use super::birthday::Birthday;
use super::Invalid;
use crate::i18n::Text;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyDate {
    pub label: String,
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
}

/// A key date's label as kept: trimmed, lower-case, at most 30
/// characters, no `=` or `;` (they separate labels from dates).
pub fn normalize_label(s: &str) -> Result<String, Invalid> {
    let t = s.trim().to_lowercase();
    if t.is_empty() || t.contains(['=', ';', '\n']) || t.chars().count() > 30 {
        return Err(Invalid(Text::tr("err-not-a-date-label", crate::targs!["value" => s])));
    }
    Ok(t)
}

impl KeyDate {
    /// A label and a date as a birthday is written (`2027-06-12`,
    /// `--06-12`, `06-12`, `20270612`).
    pub fn new(label: &str, date: &str) -> Result<KeyDate, Invalid> {
        let b = Birthday::parse(date).map_err(|e| Invalid(e.0))?;
        Ok(KeyDate { label: normalize_label(label)?, month: b.month, day: b.day, year: b.year })
    }

    /// `mariage=2027-06-12`, as `contact edit --date` takes it.
    pub fn parse_spec(spec: &str) -> Result<KeyDate, Invalid> {
        match spec.split_once('=') {
            Some((l, d)) => KeyDate::new(l, d),
            None => Err(Invalid(Text::tr("err-date-spec", crate::targs!["value" => spec]))),
        }
    }

    /// The date as a birthday is stored: `2027-06-12` or `--06-12`.
    pub fn date(&self) -> String {
        Birthday { year: self.year, month: self.month, day: self.day }.to_string()
    }
}

impl fmt::Display for KeyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.label, self.date())
    }
}

/// The labels phones give anniversaries: Apple's `_$!<Anniversary>!$_`
/// is `anniversary`; any other label as written.
pub fn label_from_apple(s: &str) -> String {
    let t = s.trim();
    match t.strip_prefix("_$!<").and_then(|r| r.strip_suffix(">!$_")) {
        Some(inner) => inner.to_lowercase(),
        None => t.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_dates_read_and_write_back() {
        let d = KeyDate::parse_spec("Mariage=2027-06-12").unwrap();
        assert_eq!(d, KeyDate { label: "mariage".into(), month: 6, day: 12, year: Some(2027) });
        assert_eq!(d.to_string(), "mariage=2027-06-12");
        assert_eq!(KeyDate::new("fête", "--02-29").unwrap().date(), "--02-29");
        assert!(KeyDate::parse_spec("2027-06-12").is_err(), "no label");
        assert!(KeyDate::parse_spec("a=2027-02-30").is_err(), "no such day");
        assert!(KeyDate::parse_spec("=2027-02-03").is_err(), "empty label");
        assert_eq!(label_from_apple("_$!<Anniversary>!$_"), "anniversary");
        assert_eq!(label_from_apple("Rencontre"), "rencontre");
    }
}
