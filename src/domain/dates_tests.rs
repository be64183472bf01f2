//! Unit tests of `dates.rs`: every spelling of a day, a delay and a length.

use super::*;

#[test]
fn french_and_slashed_days() {
    let t = d("2026-12-01");
    let fr = SlashDates::DayFirst;
    assert_eq!(parse_day_with("28/11/2026", t, fr), Ok(d("2026-11-28")));
    assert_eq!(parse_day_with("28/11", t, fr), Ok(d("2026-11-28")));
    assert_eq!(parse_day_with("03/12/2026", t, fr), Ok(d("2026-12-03")));
    assert_eq!(parse_day_with("03/12/2026", t, SlashDates::MonthFirst), Ok(d("2026-03-12")));
    assert_eq!(parse_day_with("aujourd'hui", t, fr), Ok(t));
    assert_eq!(parse_day_with("Aujourd’hui", t, fr), Ok(t));
    assert_eq!(parse_day_with("hier", t, fr), Ok(d("2026-11-30")));
    assert_eq!(parse_day_with("avant-hier", t, fr), Ok(d("2026-11-29")));
    assert_eq!(parse_day_with("-3j", t, fr), Ok(d("2026-11-28")));
    assert_eq!(parse_day_with("2026-11-28", t, fr), Ok(d("2026-11-28")), "ISO always");
    // Without a known order, only what reads one way.
    let en = SlashDates::Unambiguous;
    assert_eq!(parse_day_with("28/11/2026", t, en), Ok(d("2026-11-28")));
    assert_eq!(parse_day_with("11/28/2026", t, en), Ok(d("2026-11-28")));
    let e = parse_day_with("03/12/2026", t, en).unwrap_err();
    assert!(e.0.contains("2026-12-03 or 2026-03-12") && e.0.contains("date_format"), "{}", e.0);
    assert!(parse_day_with("31/02/2026", t, fr).unwrap_err().0.contains("not a day of the calendar"));
    assert!(parse_day_with("28/11/26", t, fr).unwrap_err().0.contains("four digits"));
    assert!(parse_day_with("demain", t, fr).is_err(), "a past-or-present day");
    assert!(parse_day_with("lundi dernier", t, fr).unwrap_err().0.contains("DD/MM/YYYY"));
}

#[test]
fn french_days_ahead() {
    let t = d("2026-12-01"); // a Tuesday
    let fr = SlashDates::DayFirst;
    assert_eq!(parse_when_with("demain", t, fr), Ok(d("2026-12-02")));
    assert_eq!(parse_when_with("après-demain", t, fr), Ok(d("2026-12-03")));
    assert_eq!(parse_when_with("+3j", t, fr), Ok(d("2026-12-04")));
    assert_eq!(parse_when_with("+2sem", t, fr), Ok(d("2026-12-15")));
    assert_eq!(parse_when_with("+1mois", t, fr), Ok(d("2027-01-01")));
    assert_eq!(parse_when_with("+1an", t, fr), Ok(d("2027-12-01")));
    assert_eq!(parse_when_with("jeudi", t, fr), Ok(d("2026-12-03")));
    assert_eq!(parse_when_with("15/12/2026", t, fr), Ok(d("2026-12-15")));
    assert_eq!(parse_when_with("+10d", t, fr), Ok(d("2026-12-11")));
    assert!(parse_when_with("+3x", t, fr).unwrap_err().0.contains("+3j"));
}

#[test]
fn slashed_birthdays() {
    assert_eq!(birthday_from_slashes("03/12", SlashDates::DayFirst), Ok("12-03".into()));
    assert_eq!(birthday_from_slashes("29/02", SlashDates::DayFirst), Ok("02-29".into()));
    assert_eq!(birthday_from_slashes("03/12/1980", SlashDates::DayFirst), Ok("1980-12-03".into()));
    assert_eq!(birthday_from_slashes("12/03", SlashDates::MonthFirst), Ok("12-03".into()));
    assert_eq!(birthday_from_slashes("1980-12-03", SlashDates::DayFirst), Ok("1980-12-03".into()));
    assert!(birthday_from_slashes("03/12", SlashDates::Unambiguous).is_err());
    assert!(birthday_from_slashes("31/02", SlashDates::DayFirst).is_err());
}

fn d(s: &str) -> NaiveDate {
    parse_iso(s).unwrap()
}

#[test]
fn relative_days() {
    let today = d("2024-03-01");
    assert_eq!(parse_day("today", today).unwrap(), today);
    assert_eq!(parse_day("yesterday", today).unwrap(), d("2024-02-29"));
    assert_eq!(parse_day("-3d", today).unwrap(), d("2024-02-27"));
    assert_eq!(parse_day("-1w", today).unwrap(), d("2024-02-23"));
    assert_eq!(parse_day("-1m", today).unwrap(), d("2024-02-01"));
    assert_eq!(parse_day("-1y", today).unwrap(), d("2023-03-01"));
    assert_eq!(parse_day_with("-2sem", today, SlashDates::DayFirst).unwrap(), d("2024-02-16"));
    assert!(parse_day("-1x", today).is_err());
    assert!(parse_day("-99999999y", today).is_err());
    assert_eq!(parse_day("2023-12-31", today).unwrap(), d("2023-12-31"));
}

#[test]
fn impossible_days_are_refused_with_the_reason() {
    let e = parse_day("2024-02-30", d("2024-01-01")).unwrap_err();
    assert!(e.0.contains("not a day of the calendar"), "{e}");
    assert!(parse_day("2024-2-3", d("2024-01-01")).is_err());
    assert!(parse_day("-xd", d("2024-01-01")).is_err());
    assert!(parse_day("soon", d("2024-01-01")).is_err());
}

#[test]
fn import_formats() {
    let f = DateFormat::parse_spec("DD/MM/YYYY").unwrap();
    assert_eq!(f.parse("14/03/2024").unwrap(), d("2024-03-14"));
    assert!(f.parse("2024-03-14").is_err());
    assert!(DateFormat::parse_spec("DD/MM").is_err());
    let iso = DateFormat::iso();
    assert_eq!(iso.parse("2024-03-14").unwrap(), d("2024-03-14"));
    assert!(iso.parse("2024-02-30").unwrap_err().0.contains("calendar"));
}

#[test]
fn fast_iso_agrees_with_chrono() {
    for s in ["2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2024-13-01", "2024-00-10", "20a4-01-01"] {
        assert_eq!(fast_iso(s), NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(), "{s}");
    }
}

#[test]
fn day_numbers_subtract_to_days() {
    assert_eq!(to_day_number(d("2024-06-30")) - to_day_number(d("2024-06-20")), 10);
    assert_eq!(from_day_number(to_day_number(d("2024-06-30"))), Some(d("2024-06-30")));
}

#[test]
fn birthdays_with_and_without_year() {
    let b = Birthday::parse("03-14").unwrap();
    assert_eq!((b.year, b.month, b.day), (None, 3, 14));
    assert_eq!(b.to_string(), "--03-14");
    assert_eq!(Birthday::parse("--03-14").unwrap(), b);
    assert_eq!(Birthday::parse("1980-03-14").unwrap().to_string(), "1980-03-14");
    assert_eq!(Birthday::parse("19800314").unwrap().to_string(), "1980-03-14");
    assert_eq!(Birthday::parse("02-29").unwrap().to_string(), "--02-29");
    assert!(Birthday::parse("1981-02-29").is_err());
    assert!(Birthday::parse("13-01").is_err());
    assert!(Birthday::parse("march").is_err());
}

#[test]
fn follow_up_days() {
    let today = d("2024-06-27"); // a Thursday
    assert_eq!(parse_when("+3d", today).unwrap(), d("2024-06-30"));
    assert_eq!(parse_when("+2w", today).unwrap(), d("2024-07-11"));
    assert_eq!(parse_when("+1m", d("2024-01-31")).unwrap(), d("2024-02-29"));
    assert_eq!(parse_when("tomorrow", today).unwrap(), d("2024-06-28"));
    assert_eq!(parse_when("thursday", today).unwrap(), d("2024-07-04"), "the next one, never today");
    assert_eq!(parse_when("Fri", today).unwrap(), d("2024-06-28"));
    assert_eq!(parse_when("2024-08-01", today).unwrap(), d("2024-08-01"));
    assert_eq!(parse_when("yesterday", today).unwrap(), d("2024-06-26"));
    assert!(parse_when("+3x", today).is_err());
    assert!(parse_when("soonish", today).is_err());
    assert!(parse_when("+", today).is_err());
}

#[test]
fn lengths_in_days() {
    assert_eq!(parse_days("60d").unwrap(), 60);
    assert_eq!(parse_days("8w").unwrap(), 56);
    assert_eq!(parse_days("2m").unwrap(), 60);
    assert_eq!(parse_days("1y").unwrap(), 365);
    for bad in ["0d", "d", "", "60", "-3d", "3 days"] {
        assert!(parse_days(bad).is_err(), "{bad}");
    }
}

proptest::proptest! {
    #[test]
    fn parsers_never_panic(s in "\\PC{0,16}") {
        let _ = parse_when(&s, d("2024-01-01"));
        let _ = parse_days(&s);
        let today = d("2024-01-01");
        let _ = parse_day(&s, today);
        let _ = Birthday::parse(&s);
        let _ = DateFormat::iso().parse(&s);
    }
}
