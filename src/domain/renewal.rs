//! Renewal cycles: a category bought again and again (a yearly bike
//! service, a flower subscription) is due once its cycle has passed since
//! the customer last bought it.

use chrono::{Months, NaiveDate};

/// How often a category is bought again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cycle {
    Days(u32),
    /// Calendar months: due on the same day of the month (or the month's
    /// last day), so "every 12 months" from 3 November is 3 November.
    Months(u32),
    /// The category's own median repurchase cycle, measured.
    Measured,
}

/// `12m`, `1y`, `6w`, `45d` or `measured`.
pub fn parse_cycle(s: &str) -> Result<Cycle, super::Invalid> {
    let t = s.trim().to_ascii_lowercase();
    if t == "measured" {
        return Ok(Cycle::Measured);
    }
    let bad = || super::Invalid(crate::i18n::Text::tr("cycle-not", crate::targs!["s" => s]));
    let (n, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?);
    let n: u32 = n.parse().map_err(|_| bad())?;
    let cycle = match unit.trim() {
        "d" => Cycle::Days(n),
        "w" => Cycle::Days(n.checked_mul(7).ok_or_else(bad)?),
        "m" => Cycle::Months(n),
        "y" => Cycle::Months(n.checked_mul(12).ok_or_else(bad)?),
        _ => return Err(bad()),
    };
    match cycle {
        Cycle::Days(0) | Cycle::Months(0) => Err(bad()),
        Cycle::Days(d) if d > super::dates::MAX_DAYS => {
            Err(super::Invalid(crate::i18n::Text::tr("weeks-too-long", crate::targs!["s" => s])))
        }
        Cycle::Months(m) if m > 1200 => {
            Err(super::Invalid(crate::i18n::Text::tr("weeks-too-long", crate::targs!["s" => s])))
        }
        c => Ok(c),
    }
}

/// The day a purchase made on `last` is due again (None for `Measured`,
/// which the caller turns into days first).
pub fn due(last: NaiveDate, cycle: Cycle) -> Option<NaiveDate> {
    match cycle {
        Cycle::Days(d) => Some(super::dates::add_days_saturating(last, d as i64)),
        Cycle::Months(m) => Some(last.checked_add_months(Months::new(m)).unwrap_or(NaiveDate::MAX)),
        Cycle::Measured => None,
    }
}

/// A day after which no last purchase can be due by `until`: the store's
/// coarse filter (calendar months vary, so it keeps three days to spare);
/// [`due`] decides.
pub fn due_cutoff(until: NaiveDate, cycle: Cycle) -> Option<NaiveDate> {
    match cycle {
        Cycle::Days(d) => Some(super::dates::add_days_saturating(until, -(d as i64))),
        Cycle::Months(m) => until.checked_sub_months(Months::new(m)).map(|d| super::dates::add_days_saturating(d, 3)),
        Cycle::Measured => None,
    }
}

impl std::fmt::Display for Cycle {
    /// The form [`parse_cycle`] reads back: `12m`, `45d`, `measured`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cycle::Days(d) => write!(f, "{d}d"),
            Cycle::Months(m) => write!(f, "{m}m"),
            Cycle::Measured => f.write_str("measured"),
        }
    }
}

/// "every 12 months", "every 45 days", as the reminder says it.
pub fn words(c: Cycle) -> crate::i18n::Text {
    use crate::i18n::Text;
    match c {
        Cycle::Days(d) => Text::tr("cycle-every-days", crate::targs!["n" => d]),
        Cycle::Months(12) => Text::tr("cycle-every-year", vec![]),
        Cycle::Months(m) => Text::tr("cycle-every-months", crate::targs!["n" => m]),
        Cycle::Measured => Text::tr("cycle-measured", vec![]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::dates::parse_iso(s).unwrap()
    }

    #[test]
    fn cycles_parse() {
        assert_eq!(parse_cycle("12m"), Ok(Cycle::Months(12)));
        assert_eq!(parse_cycle(" 1Y "), Ok(Cycle::Months(12)));
        assert_eq!(parse_cycle("6w"), Ok(Cycle::Days(42)));
        assert_eq!(parse_cycle("45d"), Ok(Cycle::Days(45)));
        assert_eq!(parse_cycle("measured"), Ok(Cycle::Measured));
        for c in [Cycle::Months(12), Cycle::Days(42), Cycle::Measured] {
            assert_eq!(parse_cycle(&c.to_string()), Ok(c), "{c} reads back");
        }
        assert_eq!(Cycle::Days(42).to_string(), "42d");
        for bad in ["", "m", "0m", "12", "twelve months", "99999999d", "2000m"] {
            assert!(parse_cycle(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn due_counts_calendar_months_and_days() {
        assert_eq!(due(d("2025-11-03"), Cycle::Months(12)), Some(d("2026-11-03")));
        assert_eq!(due(d("2024-01-31"), Cycle::Months(1)), Some(d("2024-02-29")), "the month's last day");
        assert_eq!(due(d("2024-01-01"), Cycle::Days(45)), Some(d("2024-02-15")));
        assert_eq!(due_cutoff(d("2026-11-03"), Cycle::Months(12)), Some(d("2025-11-06")));
        assert_eq!(due_cutoff(d("2024-02-15"), Cycle::Days(45)), Some(d("2024-01-01")));
        // 31 January + 1 month is due on 29 February: the cutoff keeps it.
        assert!(due_cutoff(d("2024-02-29"), Cycle::Months(1)).unwrap() >= d("2024-01-31"));
        assert_eq!(words(Cycle::Months(12)).english(), "every year");
        assert_eq!(words(Cycle::Days(45)).render(crate::i18n::Lang::Fr), "tous les 45 jours");
        assert_eq!(words(Cycle::Months(6)).english(), "every 6 months");
    }
}
