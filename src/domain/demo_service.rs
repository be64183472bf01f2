//! The demo shop's service requests: a few repairs, orders to collect and
//! complaints around today, so that `service list`, `remind` and `report
//! service` have something to show (one late, one waiting to be collected,
//! one complaint without an answer), in the florist's trade.

use super::money::Cents;
use chrono::NaiveDate;

/// One demo request: who (an index into the customers), what, and the
/// moves it went through, in days relative to today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoRequest {
    pub customer: usize,
    pub kind: &'static str,
    pub what: &'static str,
    pub opened: NaiveDate,
    pub promised: Option<NaiveDate>,
    /// (day, status) moves after it came in, in order.
    pub moves: Vec<(NaiveDate, &'static str)>,
    pub note: Option<(NaiveDate, &'static str)>,
    pub charge: Option<Cents>,
    /// The category of the purchase the charge is recorded as.
    pub category: &'static str,
}

type Plan = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    Option<i64>,
    &'static [(i64, &'static str)],
    Option<(i64, &'static str, &'static str)>,
    i64,
);

/// (kind, English, French, opened days ago, promised days after, moves
/// (days ago, status), note (days ago, English, French), charge in cents).
const PLANS: &[Plan] = &[
    (
        "repair",
        "Repotting, cracked pot",
        "Rempotage, pot fendu",
        20,
        Some(7),
        &[(17, "in_progress"), (14, "ready"), (12, "collected")],
        None,
        2500,
    ),
    (
        "order",
        "Wedding bouquet, to collect",
        "Bouquet de mariée, à retirer",
        40,
        Some(21),
        &[(30, "in_progress"), (18, "ready"), (15, "collected")],
        None,
        18000,
    ),
    (
        "repair",
        "Terrarium, new glass",
        "Terrarium, verre à remplacer",
        30,
        Some(10),
        &[(25, "waiting_parts"), (12, "ready"), (10, "collected")],
        None,
        1800,
    ),
    (
        "alteration",
        "Bouquet to rework: more white roses",
        "Bouquet à reprendre : plus de roses blanches",
        10,
        Some(5),
        &[(8, "in_progress")],
        None,
        0,
    ),
    (
        "order",
        "12 boxwood balls, to collect",
        "12 boules de buis, à retirer",
        16,
        Some(7),
        &[(12, "in_progress"), (9, "ready")],
        None,
        0,
    ),
    ("complaint", "Roses wilted in two days", "Roses fanées en deux jours", 3, None, &[], None, 0),
    (
        "complaint",
        "Delivery late for a funeral",
        "Livraison en retard pour des obsèques",
        25,
        None,
        &[(20, "collected")],
        Some((24, "Called back: a new wreath was offered", "Rappelée : une couronne neuve offerte")),
        0,
    ),
    ("repair", "Kokedama to redo", "Kokedama à refaire", 2, Some(5), &[], None, 0),
    ("other", "Gift wrapping for a wedding", "Paquet cadeau pour un mariage", 60, None, &[(50, "cancelled")], None, 0),
];

/// The demo's requests for `customers` customers (none for none).
pub fn requests(seed: u64, today: NaiveDate, customers: usize, french: bool) -> Vec<DemoRequest> {
    if customers == 0 {
        return Vec::new();
    }
    let ago = |d: i64| super::dates::add_days_saturating(today, -d);
    PLANS
        .iter()
        .enumerate()
        .map(|(i, &(kind, en, fr, opened, promised, moves, note, charge))| DemoRequest {
            customer: ((seed as usize).wrapping_mul(31).wrapping_add(i * 97 + 3)) % customers,
            kind,
            what: if french { fr } else { en },
            opened: ago(opened),
            promised: promised.map(|p| super::dates::add_days_saturating(ago(opened), p)),
            moves: moves.iter().map(|&(d, s)| (ago(d), s)).collect(),
            note: note.map(|(d, en, fr)| (ago(d), if french { fr } else { en })),
            charge: (charge > 0).then_some(Cents(charge)),
            category: if kind == "order" { "Mariages" } else { "Plantes" },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_one_of_each_reminder() {
        let today = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        let r = requests(7, today, 50, false);
        assert_eq!(r.len(), PLANS.len());
        assert!(r.iter().all(|x| x.customer < 50));
        // Late: promised before today, last status not ready nor closed.
        let last = |x: &DemoRequest| x.moves.last().map(|m| m.1);
        assert!(r.iter().any(|x| x.promised.is_some_and(|p| p < today) && last(x) == Some("in_progress")));
        assert!(r.iter().any(|x| last(x) == Some("ready")));
        assert!(r.iter().any(|x| x.kind == "complaint" && x.moves.is_empty() && x.note.is_none()));
        // Every move comes after the day it came in.
        assert!(r.iter().all(|x| x.moves.iter().all(|m| m.0 >= x.opened)));
        assert!(requests(7, today, 0, true).is_empty());
        assert_eq!(requests(7, today, 50, true)[0].what, "Rempotage, pot fendu");
    }
}
