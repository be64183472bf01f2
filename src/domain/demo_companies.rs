//! The demo shop's business customers: a restaurant, a hotel and an
//! agency buy flowers on their own schedule, and a few of the demo's
//! people work for them (their purchases count for their company in
//! `report rfm --by company`). Drawn from their own generator, so the rest
//! of the demo is the same with or without them.

use super::money::Cents;
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A business customer: its name, how often it buys (days), what it
/// spends each time (cents), what it buys, and how long ago it stopped
/// buying (days; 0: it still buys).
pub struct DemoCompany {
    pub name: &'static str,
    pub every_days: i64,
    pub spend: i64,
    pub category: &'static str,
    pub stopped_days_ago: i64,
}

pub const COMPANIES: &[DemoCompany] = &[
    DemoCompany {
        name: "Restaurant Le Potager",
        every_days: 14,
        spend: 6_500,
        category: "Bouquets",
        stopped_days_ago: 0,
    },
    DemoCompany { name: "Hôtel du Parc", every_days: 7, spend: 12_000, category: "Bouquets", stopped_days_ago: 120 },
    DemoCompany { name: "Agence Lumière", every_days: 30, spend: 4_500, category: "Plantes", stopped_days_ago: 0 },
];

/// The people of the companies are drawn among the first customers only:
/// a dozen in all, whatever the size of the demo.
pub const PEOPLE_AMONG_FIRST: u64 = 150;

/// The company a demo person works for, if any: chosen from what was
/// already drawn for them (their number and name), never from the
/// customers' generator.
pub fn employer(n: u64, name: &str) -> &'static str {
    COMPANIES[(n as usize + name.len()) % COMPANIES.len()].name
}

/// Every purchase of the demo's companies over `days` ending on `today`,
/// as (company index, day, amount), in day order for each company.
pub fn purchases(seed: u64, today: NaiveDate, days: i64) -> Vec<(usize, NaiveDate, Cents)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x000C_04DA_71E5);
    let mut out = Vec::new();
    for (i, c) in COMPANIES.iter().enumerate() {
        let last = today - Duration::days(c.stopped_days_ago);
        let mut day = today - Duration::days(days) + Duration::days(rng.gen_range(0..c.every_days));
        while day <= last {
            let cents = (c.spend as f64 * rng.gen_range(0.8..1.2) / 10.0).round() as i64 * 10;
            out.push((i, day, Cents(cents)));
            day += Duration::days(c.every_days + rng.gen_range(-2..=2));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companies_buy_on_their_schedule_and_the_hotel_stopped() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let p = purchases(7, today, 730);
        assert_eq!(p, purchases(7, today, 730), "deterministic");
        let of = |i: usize| p.iter().filter(|x| x.0 == i).collect::<Vec<_>>();
        // About two years of fortnightly, weekly and monthly purchases.
        assert!((45..=60).contains(&of(0).len()), "{}", of(0).len());
        assert!((80..=110).contains(&of(1).len()), "{}", of(1).len());
        assert!(of(1).iter().all(|x| x.1 <= today - Duration::days(120)));
        assert!(of(2).iter().all(|x| (3_600..=5_400).contains(&x.2 .0)));
        assert!(p.iter().all(|x| x.1 <= today));
    }

    #[test]
    fn every_company_has_people() {
        let names: std::collections::BTreeSet<&str> = (0..20).map(|n| employer(n, "Paul Roux")).collect();
        assert_eq!(names.len(), COMPANIES.len());
    }
}
