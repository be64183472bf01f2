//! Lengths of time (`60d`, `8w`, `2m`, `1y`, `4000000000d`): bounded where
//! parsed, so no date arithmetic on them can overflow.
#![no_main]
use carnet::domain::dates::{add_days_saturating, parse_days, parse_weeks};
use carnet::domain::segment_filter::DaySpec;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    if let Ok(days) = parse_days(s) {
        assert!(days <= carnet::domain::dates::MAX_DAYS, "{s:?} accepted as {days} days");
        let _ = add_days_saturating(today, days as i64);
        let _ = carnet::domain::remind::cadence_due(today, days);
    }
    let _ = parse_weeks(s);
    let _ = DaySpec::parse(s).map(|d| d.resolve(today));
});
