//! Calendar days. Everything here takes "today" as an argument: the domain
//! never reads the clock, so every report can be recomputed for any date.

use crate::i18n::Text;
use crate::targs;
use chrono::{Datelike, NaiveDate};
use std::fmt;

pub use super::birthday::{birthday_from_slashes, Birthday};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub Text);

impl DateError {
    pub(super) fn t(id: &'static str, args: Vec<(&'static str, crate::i18n::Arg)>) -> Self {
        DateError(Text::tr(id, args))
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.english())
    }
}

/// How a slashed date such as `03/12/2026` reads: by the shop's
/// `date_format`, or its language (French: day first). Without either,
/// only a date that can be read one way (`28/11/2026`) is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlashDates {
    DayFirst,
    MonthFirst,
    #[default]
    Unambiguous,
}

impl SlashDates {
    /// The spelling shown in error messages, as each language writes its
    /// placeholders (`JJ/MM/AAAA` in French).
    fn spelling(self) -> crate::i18n::Arg {
        match self {
            SlashDates::MonthFirst => crate::i18n::Arg::local("MM/DD/YYYY".into(), "MM/JJ/AAAA".into()),
            _ => crate::i18n::Arg::local("DD/MM/YYYY".into(), "JJ/MM/AAAA".into()),
        }
    }
}

/// Parse a day as typed on the command line: `YYYY-MM-DD`, `today`,
/// `yesterday`, or a count of days back such as `-3d` (ISO only for
/// slashed dates; see [`parse_day_with`]).
pub fn parse_day(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_day_with(input, today, SlashDates::Unambiguous)
}

/// [`parse_day`], with the French words (`aujourd'hui`, `hier`,
/// `avant-hier`, `-3j`) and slashed dates read as `order` says
/// (`28/11/2026`, or `28/11` in the current year).
pub fn parse_day_with(input: &str, today: NaiveDate, order: SlashDates) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    let lower = s.to_lowercase().replace('’', "'");
    match lower.as_str() {
        "today" | "aujourd'hui" | "aujourdhui" => return Ok(today),
        "yesterday" | "hier" => return shift(today, -1, s),
        "avant-hier" => return shift(today, -2, s),
        _ => {}
    }
    if let Some(n) = s.strip_prefix('-').and_then(|r| r.strip_suffix('d').or_else(|| r.strip_suffix('j'))) {
        let days: i64 = n.parse().map_err(|_| DateError::t("date-not-back", targs!["s" => s]))?;
        return today
            .checked_sub_signed(
                chrono::Duration::try_days(days).ok_or_else(|| DateError::t("date-too-far-back", targs!["s" => s]))?,
            )
            .ok_or_else(|| DateError::t("date-too-far-back", targs!["s" => s]));
    }
    // Weeks, months and years back, as `+2w` reads them forward.
    if let Some(d) = s.strip_prefix('-').and_then(|r| sub_period(today, &r.to_lowercase())) {
        return Ok(d);
    }
    if let Some(d) = parse_slashed(s, today, order) {
        return d;
    }
    parse_iso(s).map_err(|e| {
        if order == SlashDates::DayFirst && !looks_like_iso(s) {
            DateError::t("date-not-a-date-day-first", targs!["s" => s, "spelling" => order.spelling()])
        } else {
            e
        }
    })
}

/// `28/11/2026`, `28/11` (this year) or, month first, `11/28/2026`; None
/// when `s` is not slashed. A two-digit year is refused (1926 or 2026?);
/// so is a date that reads two ways when the order is not known.
pub(super) fn parse_slashed(s: &str, today: NaiveDate, order: SlashDates) -> Option<Result<NaiveDate, DateError>> {
    let parts: Vec<&str> = s.split('/').collect();
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let bad = |why: DateError| Some(Err(why));
    let year = match parts.get(2) {
        Some(y) if y.len() == 4 => y.parse::<i32>().ok()?,
        Some(_) => return bad(DateError::t("date-four-digit-year", targs!["s" => s, "spelling" => order.spelling()])),
        None => today.year(),
    };
    let (a, b): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    let (day, month) = match order {
        SlashDates::DayFirst => (a, b),
        SlashDates::MonthFirst => (b, a),
        SlashDates::Unambiguous if a > 12 && b <= 12 => (a, b),
        SlashDates::Unambiguous if b > 12 && a <= 12 => (b, a),
        SlashDates::Unambiguous if a == b => (a, b),
        SlashDates::Unambiguous => {
            return bad(DateError::t(
                "date-ambiguous",
                targs![
                    "s" => s,
                    "a" => NaiveDate::from_ymd_opt(year, b, a).map_or_else(|| "?".into(), |d| d.to_string()),
                    "b" => NaiveDate::from_ymd_opt(year, a, b).map_or_else(|| "?".into(), |d| d.to_string()),
                ],
            ))
        }
    };
    Some(
        NaiveDate::from_ymd_opt(year, month, day)
            .ok_or_else(|| DateError::t("date-not-a-day-in", targs!["s" => s, "spelling" => order.spelling()])),
    )
}

/// Strict `YYYY-MM-DD`; `2024-02-30` is refused with the reason.
pub fn parse_iso(s: &str) -> Result<NaiveDate, DateError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().filter(|_| s.len() == 10).ok_or_else(|| {
        if looks_like_iso(s) {
            DateError::t("date-not-a-day", targs!["s" => s])
        } else {
            DateError::t("date-not-a-date-iso", targs!["s" => s])
        }
    })
}

fn looks_like_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A date format for imports. Accepts the spreadsheet spelling
/// (`DD/MM/YYYY`, `MM/DD/YYYY`, `YYYY-MM-DD`, `DD.MM.YYYY`) or a chrono
/// strftime pattern (`%d/%m/%Y`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFormat {
    pattern: String,
}

impl DateFormat {
    pub fn iso() -> Self {
        DateFormat { pattern: "%Y-%m-%d".into() }
    }

    pub fn parse_spec(spec: &str) -> Result<Self, DateError> {
        let pattern = if spec.contains('%') {
            spec.to_string()
        } else {
            spec.replace("YYYY", "%Y").replace("YY", "%y").replace("DD", "%d").replace("MM", "%m")
        };
        let has = |t: &str| pattern.contains(t);
        if !((has("%Y") || has("%y")) && has("%m") && has("%d")) {
            return Err(DateError::t("date-bad-format", targs!["spec" => spec]));
        }
        Ok(DateFormat { pattern })
    }

    pub fn parse(&self, s: &str) -> Result<NaiveDate, DateError> {
        if self.pattern == "%Y-%m-%d" {
            return fast_iso(s.trim()).ok_or_else(|| match parse_iso(s.trim()) {
                Err(e) => e,
                Ok(_) => DateError::t("date-not-a-date", targs!["s" => s]),
            });
        }
        if s.trim().is_empty() {
            return Err(DateError::t("date-empty", vec![]));
        }
        let d = NaiveDate::parse_from_str(s.trim(), &self.pattern)
            .map_err(|_| DateError::t("date-not-in-format", targs!["spelling" => self.spelling()]))?;
        // `%Y` reads `26` as the year 26: a two-digit year is never guessed.
        if self.pattern.contains("%Y") && d.year() < 1000 {
            return Err(DateError::t(
                "date-two-digit-year",
                targs!["s" => s, "yy" => format!("{:02}", d.year() % 100)],
            ));
        }
        Ok(d)
    }

    /// The format as people write it (`DD/MM/YYYY`).
    pub fn spelling(&self) -> String {
        self.pattern.replace("%Y", "YYYY").replace("%y", "YY").replace("%d", "DD").replace("%m", "MM")
    }

    /// [`Self::parse`] of a cell that may carry a time after the day
    /// (`01/10/2026 14:32`, `2026-10-01T14:32:00`): the day is kept.
    pub fn parse_day_of(&self, s: &str) -> Result<NaiveDate, DateError> {
        let t = s.trim();
        let day = match t.find([' ', 'T']) {
            Some(i)
                if i >= 6
                    && t[i + 1..].trim().starts_with(|c: char| c.is_ascii_digit())
                    && t[i + 1..].contains(':') =>
            {
                &t[..i]
            }
            _ => t,
        };
        self.parse(day)
    }
}

/// Hand-rolled `YYYY-MM-DD` for the import hot path (chrono's generic
/// parser is slower on the import's millions of rows).
pub fn fast_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + (c - b'0') as u32))
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// Days are stored as a day number (days from 0001-01-01, chrono's CE
/// count): compact, ordered, and subtraction gives a recency directly.
pub fn to_day_number(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

pub fn from_day_number(n: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(n)
}

/// A day ahead, as typed for a follow-up or a snooze: `+3d`, `+2w`,
/// `+1m` (calendar months), `today`, `tomorrow`, a weekday name (the next
/// one, never today), a date, or `yesterday` / `-3d`.
pub fn parse_when(input: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_when_with(input, today, SlashDates::Unambiguous)
}

/// [`parse_when`], with the French forms too (`demain`, `après-demain`,
/// `+3j`, `+2sem`, `+1mois`, `+1an`, `jeudi`) and slashed dates read as
/// `order` says.
pub fn parse_when_with(input: &str, today: NaiveDate, order: SlashDates) -> Result<NaiveDate, DateError> {
    let s = input.trim().to_lowercase();
    match s.as_str() {
        "tomorrow" | "demain" => return shift(today, 1, &s),
        "après-demain" | "apres-demain" => return shift(today, 2, &s),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix('+') {
        return add_period(today, rest).ok_or_else(|| DateError::t("date-not-a-delay", targs!["s" => input]));
    }
    if let Some(wd) = weekday(&s) {
        // The next one: one to seven days ahead.
        let ahead = (wd.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64 + 6) % 7 + 1;
        return shift(today, ahead, &s);
    }
    parse_day_with(input, today, order).map_err(|e| {
        // A date that was nearly right keeps its own reason.
        if matches!(e.0.id(), Some("date-ambiguous" | "date-four-digit-year" | "date-not-a-day" | "date-not-a-day-in"))
        {
            return e;
        }
        DateError::t("date-not-a-when", targs!["s" => input, "spelling" => order.spelling()])
    })
}

/// `60d` → ("60", "d"), splitting before the last character (which may
/// be more than one byte in what a user typed).
fn split_unit(s: &str) -> Option<(&str, &str)> {
    let (i, _) = s.char_indices().last()?;
    Some(s.split_at(i))
}

/// `d` moved by `days` (negative: back), or `None` past the calendar's ends.
pub fn add_days(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    d.checked_add_signed(chrono::Duration::try_days(days)?)
}

/// [`add_days`], stopping at the calendar's ends instead of failing: for
/// values already stored (a cadence, a saved segment) that must never make
/// a report panic.
/// `today` moved by `days` for a word such as `demain`, or an error at
/// the ends of the calendar (never an overflow).
fn shift(today: NaiveDate, days: i64, word: &str) -> Result<NaiveDate, DateError> {
    add_days(today, days).ok_or_else(|| DateError::t("date-outside-calendar", targs!["s" => word]))
}

pub fn add_days_saturating(d: NaiveDate, days: i64) -> NaiveDate {
    add_days(d, days).unwrap_or(if days < 0 { NaiveDate::MIN } else { NaiveDate::MAX })
}

/// The longest length of time carnet accepts: a hundred years. Anything
/// longer is a typo, and would overflow the calendar in date arithmetic.
pub const MAX_DAYS: u32 = 36_500;

fn add_period(from: NaiveDate, p: &str) -> Option<NaiveDate> {
    let at = p.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = p.split_at(at);
    let n: u32 = n.parse().ok()?;
    match unit {
        "d" | "j" => from.checked_add_signed(chrono::Duration::try_days(n as i64)?),
        "w" | "sem" => from.checked_add_signed(chrono::Duration::try_days(7 * n as i64)?),
        "m" | "mois" => from.checked_add_months(chrono::Months::new(n)),
        "y" | "an" | "ans" => from.checked_add_months(chrono::Months::new(n.checked_mul(12)?)),
        _ => None,
    }
}

/// `from` moved back by a period other than days (`2w`, `1m`, `1y`), the
/// mirror of [`add_period`]; days back are read by [`parse_day_with`].
fn sub_period(from: NaiveDate, p: &str) -> Option<NaiveDate> {
    let at = p.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = p.split_at(at);
    let n: u32 = n.parse().ok()?;
    match unit {
        "w" | "sem" => from.checked_sub_signed(chrono::Duration::try_days(7 * n as i64)?),
        "m" | "mois" => from.checked_sub_months(chrono::Months::new(n)),
        "y" | "an" | "ans" => from.checked_sub_months(chrono::Months::new(n.checked_mul(12)?)),
        _ => None,
    }
}

fn weekday(s: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::*;
    let names = [
        (Mon, ["monday", "mon", "lundi"]),
        (Tue, ["tuesday", "tue", "mardi"]),
        (Wed, ["wednesday", "wed", "mercredi"]),
        (Thu, ["thursday", "thu", "jeudi"]),
        (Fri, ["friday", "fri", "vendredi"]),
        (Sat, ["saturday", "sat", "samedi"]),
        (Sun, ["sunday", "sun", "dimanche"]),
    ];
    names.iter().find(|(_, ns)| ns.contains(&s)).map(|(d, _)| *d)
}

/// A length of time in days: `60d`, `8w`, `2m` (a month counts 30 days
/// here: a cadence is a rhythm, not a calendar date), `1y` (365).
pub fn parse_days(input: &str) -> Result<u32, DateError> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || DateError::t("days-not-a-length", targs!["s" => input]);
    let (n, unit) = split_unit(&s).ok_or_else(bad)?;
    let n: u32 = n.parse().map_err(|_| bad())?;
    let per = match unit {
        "d" => 1,
        "w" => 7,
        "m" => 30,
        "y" => 365,
        _ => return Err(bad()),
    };
    let days = n.checked_mul(per).filter(|&d| d > 0).ok_or_else(bad)?;
    if days > MAX_DAYS {
        return Err(DateError::t("days-too-long", targs!["s" => input, "max" => MAX_DAYS.to_string()]));
    }
    Ok(days)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;

/// A horizon in weeks: `52w`, `26w`, `12m` (a month is 365.25/12 days),
/// `365d`, `2y`; at most 100 years.
pub fn parse_weeks(input: &str) -> Result<f64, DateError> {
    let s = input.trim().to_ascii_lowercase();
    let bad = || DateError::t("weeks-not-a-length", targs!["s" => input]);
    let (n, unit) = split_unit(&s).ok_or_else(bad)?;
    let n: u32 = n.parse().map_err(|_| bad())?;
    let days = match unit {
        "d" => n as f64,
        "w" => n as f64 * 7.0,
        "m" => n as f64 * 365.25 / 12.0,
        "y" => n as f64 * 365.25,
        _ => return Err(bad()),
    };
    if days <= 0.0 {
        return Err(bad());
    }
    // A hundred years in the unit typed: `100y` and `1200m` are a hundred
    // years though longer than 36,500 days.
    let too_long = match unit {
        "y" => n > 100,
        "m" => n > 1200,
        _ => days > MAX_DAYS as f64,
    };
    if too_long {
        return Err(DateError::t("weeks-too-long", targs!["s" => input]));
    }
    Ok(days / 7.0)
}

/// The days a sale may have, typed or imported: from 1900 to a year after
/// today, the same day of the month a year on (a later or earlier date is
/// a typo or a wrong date format).
pub fn check_plausible(d: NaiveDate, today: NaiveDate) -> Result<(), DateError> {
    if d.year() < 1900 {
        return Err(DateError::t("date-before-1900", targs!["d" => d.to_string()]));
    }
    let year_on = today.checked_add_months(chrono::Months::new(12)).unwrap_or(NaiveDate::MAX);
    if d > year_on {
        return Err(DateError::t("date-year-ahead", targs!["d" => d.to_string()]));
    }
    Ok(())
}

#[cfg(test)]
mod import_date_tests {
    use super::*;

    #[test]
    fn two_digit_years_are_never_guessed_and_times_are_dropped() {
        let dd = DateFormat::parse_spec("DD/MM/YYYY").unwrap();
        assert!(dd.parse("01/10/26").unwrap_err().0.contains("two-digit year"));
        assert_eq!(dd.parse("01/10/2026").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        let yy = DateFormat::parse_spec("DD/MM/YY").unwrap();
        assert_eq!(yy.parse("01/10/26").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert_eq!(dd.parse_day_of("01/10/2026 14:32").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        let iso = DateFormat::iso();
        assert_eq!(iso.parse_day_of("2026-10-01T14:32:00").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        assert_eq!(iso.parse_day_of("2026-10-01 14:32").unwrap(), NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(check_plausible(NaiveDate::from_ymd_opt(1899, 12, 31).unwrap(), today).is_err());
        assert!(check_plausible(NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(), today).is_err());
        assert!(check_plausible(today, today).is_ok());
        // A year ahead is the same day a year on; the day after is refused
        // (366 days from a day outside a leap year's February).
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert!(check_plausible(d(2025, 6, 30), d(2024, 6, 30)).is_ok());
        assert!(check_plausible(d(2025, 7, 1), d(2024, 6, 30)).is_err(), "366 days ahead");
        assert!(check_plausible(d(2025, 1, 15), d(2024, 1, 15)).is_ok(), "366 days, but a year");
        assert!(check_plausible(d(9999, 12, 31), d(2024, 1, 15)).is_err());
        assert!(check_plausible(d(1, 1, 1), d(2024, 1, 15)).is_err());
    }
}

#[cfg(test)]
mod week_tests {
    use super::*;

    #[test]
    fn horizons_in_weeks() {
        assert_eq!(parse_weeks("52w").unwrap(), 52.0);
        assert_eq!(parse_weeks("365d").unwrap(), 365.0 / 7.0);
        assert!((parse_weeks("12m").unwrap() - 365.25 / 7.0).abs() < 1e-12);
        for bad in ["0w", "w", "52", "-3w", "9999999y", "101y", "1201m", "36501d", "5215w"] {
            assert!(parse_weeks(bad).is_err(), "{bad}");
        }
        // "At most 100 years" holds in every unit: 100y is a hundred years.
        assert!((parse_weeks("100y").unwrap() - 100.0 * 365.25 / 7.0).abs() < 1e-9);
        assert!(parse_weeks("1200m").is_ok());
        assert!(parse_weeks("36500d").is_ok());
    }
}
