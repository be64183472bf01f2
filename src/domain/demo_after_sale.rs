//! The demo shop after the sale: who answered the survey and what, who
//! has the loyalty card. Regulars join the card more readily and like the
//! shop a little more, as in real shops (so `report loyalty` has its
//! self-selection to be honest about).

use chrono::NaiveDate;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One demo customer as the after-sale part sees them.
pub struct Visits {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub count: usize,
}

pub struct DemoAnswer {
    pub customer: usize,
    pub day: NaiveDate,
    /// true: the NPS question (0–10); false: a 1–5 scale.
    pub nps: bool,
    pub score: u8,
    pub comment: Option<&'static str>,
}

pub struct AfterSale {
    pub answers: Vec<DemoAnswer>,
    /// (customer, day they joined the card).
    pub members: Vec<(usize, NaiveDate)>,
}

const COMMENTS_EN: &[&str] =
    &["lovely work, as always", "waited too long for my order", "a bit expensive", "friendly advice"];
const COMMENTS_FR: &[&str] =
    &["un travail superbe, comme toujours", "trop attendu ma commande", "un peu cher", "de bons conseils"];

/// Answers for about a third of the customers (a few days after their
/// last visit, never after today) and the card for about a quarter.
pub fn after_sale(seed: u64, today: NaiveDate, customers: &[Visits], french: bool) -> AfterSale {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5a71_5fac);
    let comments = if french { COMMENTS_FR } else { COMMENTS_EN };
    let mut answers = Vec::new();
    let mut members = Vec::new();
    for (i, v) in customers.iter().enumerate() {
        if v.count == 0 {
            continue;
        }
        let regular = v.count >= 4;
        if rng.gen_bool(if regular { 0.45 } else { 0.3 }) {
            let day = (v.last + chrono::Duration::days(rng.gen_range(1..15))).min(today);
            let nps = rng.gen_bool(0.8);
            let lift = if regular { 1.5 } else { 0.0 };
            let score = if nps {
                (rng.gen_range(2.0..11.0f64) + lift).floor().min(10.0) as u8
            } else {
                (rng.gen_range(1.0..6.0f64) + lift / 2.0).floor().min(5.0) as u8
            };
            let comment = rng.gen_bool(0.25).then(|| comments[rng.gen_range(0..comments.len())]);
            answers.push(DemoAnswer { customer: i, day, nps, score, comment });
        }
        if rng.gen_bool(if regular { 0.5 } else { 0.15 }) {
            let span = (v.last - v.first).num_days().max(0);
            let joined = v.first + chrono::Duration::days(rng.gen_range(0..=span));
            members.push((i, joined.min(today)));
        }
    }
    AfterSale { answers, members }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_members_are_plausible_and_reproducible() {
        let d = |n: i64| NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(n);
        let customers: Vec<Visits> =
            (0..400).map(|i| Visits { first: d(0), last: d(100 + i % 50), count: 1 + (i as usize % 7) }).collect();
        let a = after_sale(7, d(120), &customers, false);
        let b = after_sale(7, d(120), &customers, false);
        assert_eq!(a.answers.len(), b.answers.len());
        assert!((80..200).contains(&a.answers.len()), "{}", a.answers.len());
        assert!(a
            .answers
            .iter()
            .all(|x| x.day <= d(120) && if x.nps { x.score <= 10 } else { (1..=5).contains(&x.score) }));
        assert!(a.members.iter().all(|m| m.1 >= d(0) && m.1 <= d(120)));
        // Regulars join more readily.
        let share = |regular: bool| {
            let n = customers.iter().filter(|c| (c.count >= 4) == regular).count() as f64;
            a.members.iter().filter(|m| (customers[m.0].count >= 4) == regular).count() as f64 / n
        };
        assert!(share(true) > share(false));
    }
}
