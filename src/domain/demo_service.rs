//! The demo shop's service requests: a few repairs, orders to collect and
//! complaints around today, so that `service list`, `remind` and `report
//! service` have something to show (one late, one waiting to be collected,
//! one complaint without an answer).

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
        "Terrarium, cracked glass replaced",
        "Terrarium, verre fêlé remplacé",
        20,
        Some(7),
        &[(17, "in_progress"), (14, "ready"), (12, "collected")],
        None,
        2500,
    ),
    (
        "order",
        "Wedding centrepieces for 6 tables, to collect",
        "Centres de table de mariage pour 6 tables, à retirer",
        40,
        Some(21),
        &[(30, "in_progress"), (18, "ready"), (15, "collected")],
        None,
        18000,
    ),
    (
        "repair",
        "Orchid repotting, new stake",
        "Rempotage d'orchidée, nouveau tuteur",
        30,
        Some(10),
        &[(25, "waiting_parts"), (12, "ready"), (10, "collected")],
        None,
        1800,
    ),
    (
        "alteration",
        "Bridal bouquet, ribbon changed to ivory",
        "Bouquet de mariée, ruban changé pour ivoire",
        10,
        Some(5),
        &[(8, "in_progress")],
        None,
        0,
    ),
    (
        "order",
        "Funeral wreath, white lilies",
        "Couronne de deuil, lys blancs",
        16,
        Some(7),
        &[(12, "in_progress"), (9, "ready")],
        None,
        0,
    ),
    ("complaint", "Roses wilted within two days", "Roses fanées en deux jours", 3, None, &[], None, 0),
    (
        "complaint",
        "Vase delivered with a crack",
        "Vase livré fêlé",
        25,
        None,
        &[(20, "collected")],
        Some((24, "Called back: a new vase is on its way", "Rappelée : un vase neuf est en route")),
        0,
    ),
    ("repair", "Olive tree, pot replaced", "Olivier, pot remplacé", 2, Some(5), &[], None, 0),
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
        assert_eq!(requests(7, today, 50, true)[0].what, "Terrarium, verre fêlé remplacé");
    }
}
