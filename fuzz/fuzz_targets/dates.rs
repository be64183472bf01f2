//! Dates as people type them (`28/11/2026`, `demain`, `+3j`, `thursday`),
//! birthdays, and the configured date formats of imports.
#![no_main]
use carnet::domain::dates::{parse_day, parse_when, Birthday, DateFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    for day in [today, chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        let _ = parse_day(s, day);
        let _ = parse_when(s, day);
    }
    let _ = Birthday::parse(s);
    let _ = DateFormat::iso().parse(s);
    if let Some((pattern, value)) = s.split_once('\n') {
        if let Ok(f) = DateFormat::parse_spec(pattern) {
            let _ = f.parse(value);
        }
    }
});
