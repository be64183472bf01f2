//! Every parser of what people type or files carry, fed anything: it may
//! refuse, it never panics (the stand-in for fuzzing, which needs a nightly
//! toolchain this project does not have). Extreme values included: the
//! lengths of time, dates and amounts that once made carnet crash.

#[cfg(test)]
mod tests {
    use crate::domain::dates::{
        add_days_saturating, parse_day, parse_days, parse_weeks, parse_when, Birthday, DateFormat,
    };
    use crate::domain::segment_filter::{Between, DaySpec};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, 30).unwrap()
    }

    /// Strings shaped like what the parsers expect, with huge numbers.
    fn numberish() -> impl Strategy<Value = String> {
        (
            prop::sample::select(vec!["", "-", "+", "--"]),
            any::<u64>(),
            prop::sample::select(vec!["d", "w", "m", "y", "", "j", "%"]),
        )
            .prop_map(|(sign, n, unit)| format!("{sign}{n}{unit}"))
    }

    proptest! {
        #[test]
        fn date_and_duration_parsers(s in "\\PC{0,24}", n in numberish()) {
            for input in [s.as_str(), n.as_str(), "hier", "avant-hier", "demain", "après-demain", "jeudi", "sunday", "+1y"] {
                // At the ends of the calendar too (a clock pinned there by
                // CARNET_NOW): words such as `hier` once overflowed (found by
                // `fuzz/run.sh`).
                for day in [today(), NaiveDate::MIN, NaiveDate::MAX] {
                    let _ = parse_day(input, day);
                    let _ = parse_when(input, day);
                    let _ = crate::domain::dates::check_plausible(day, day);
                    let _ = DaySpec::parse(input).map(|d| d.resolve(day));
                }
                let _ = parse_days(input);
                let _ = parse_weeks(input);
                let _ = Birthday::parse(input);
                let _ = DateFormat::iso().parse(input);
                let _ = Between::parse_money(input);
                let _ = Between::parse_count(input);
                let _ = crate::domain::campaign::parse_pct(input);
                let _ = crate::domain::contact::ContactSelector::parse(input);
                let _ = crate::domain::contact::normalize_tag(input);
                let _ = crate::domain::phone::key(input);
            }
        }

        #[test]
        fn accepted_lengths_of_time_never_overflow_the_calendar(days in 1u32..=crate::domain::dates::MAX_DAYS) {
            for from in [NaiveDate::MIN, today(), NaiveDate::MAX] {
                let _ = add_days_saturating(from, days as i64);
                let _ = add_days_saturating(from, -(days as i64));
            }
            let _ = crate::domain::remind::cadence_due(today(), days);
        }

        #[test]
        fn contact_fields(field in prop::sample::select(crate::domain::contact::FIELD_NAMES.to_vec()), v in "\\PC{0,40}") {
            let mut f = crate::domain::contact::ContactFields::default();
            let _ = f.set(field, &v);
            let _ = f.search_key();
        }

        #[test]
        fn vcard_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = crate::domain::vcard::parse(&bytes[..]);
        }

        #[test]
        fn vcard_shaped_text(lines in proptest::collection::vec("(BEGIN:VCARD|END:VCARD|VERSION:[0-9.]{1,3}|FN:\\PC{0,10}|N:[a-z;]{0,12}|TEL[;A-Z=]{0,12}:[0-9 +]{0,12}|EMAIL:\\PC{0,10}|BDAY:[0-9-]{0,12}| \\PC{0,8}|\\PC{0,12})", 0..20)) {
            let text = lines.join("\r\n");
            let _ = crate::domain::vcard::parse(text.as_bytes());
        }

        #[test]
        fn csv_headers_and_rows(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            use crate::app::csv_input::{reader, sniff_delimiter, Columns};
            let mut rdr = reader(sniff_delimiter(&bytes), &bytes[..]);
            if let Ok(h) = rdr.headers().cloned() {
                let _ = Columns::check("f.csv", &h, &["customer_id", "date", "amount"], &[], &["customer_id"]);
            }
            for r in rdr.records().take(20).flatten() {
                for cell in r.iter() {
                    let _ = crate::domain::money::parse_amount(crate::app::csv_input::unneutralize(cell));
                }
            }
        }

        #[test]
        fn config_text(text in "(\\[[a-z_]{0,12}\\]\\n)?([a-z_.]{1,16} = (\"\\PC{0,8}\"|[0-9-]{1,22}|true|\\[\\]))?\\n?\\PC{0,20}") {
            let dir = std::env::temp_dir().join(format!("carnet-prop-{}", std::process::id()));
            let _ = crate::paths::create_private_dirs(&dir);
            let path = dir.join(format!("{}.toml", text.len()));
            let _ = std::fs::write(&path, &text);
            let _ = crate::config::Config::load(&path);
        }
    }
}
