//! Amounts as typed or exported by tills and spreadsheets (`1 234,50 €`,
//! `-12.00`, `€5`), and money ranges of segment criteria.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(c) = carnet::domain::money::parse_amount(s) {
        // Accepted amounts are bounded: sums of them cannot wrap.
        assert!(c.0.abs() <= carnet::domain::money::MAX_AMOUNT.0, "{s:?} accepted as {c:?}");
    }
    let _ = carnet::domain::segment_filter::Between::parse_money(s);
    let _ = carnet::domain::segment_filter::Between::parse_count(s);
    let _ = carnet::domain::campaign::parse_pct(s);
});
