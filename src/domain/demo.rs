//! A fictional artisan shop's customers and their purchases, drawn from a
//! heterogeneous buying process (the Pareto/NBD and BG/NBD story): each
//! customer buys at their own gamma-distributed rate, may lapse after each
//! purchase with their own probability, and spends a gamma-distributed
//! amount around their own mean. Deterministic for a seed.

use super::contact::ContactFields;
use super::money::Cents;
use chrono::{Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Beta, Distribution, Exp, Gamma};

#[derive(Debug, Clone)]
pub struct DemoCustomer {
    pub fields: ContactFields,
    pub tags: Vec<String>,
    pub since: NaiveDate,
    pub purchases: Vec<(NaiveDate, Cents)>,
}

const FIRST: &[&str] = &[
    "Hélène", "Paul", "Camille", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon", "Arthur", "Inès", "Gabriel", "Zoé",
    "Raphaël", "Emma", "Lucas", "Anaïs", "Noé", "Jeanne", "Théo", "Margaux", "Nathan", "Élodie", "Tom", "Sarah",
    "Victor", "Amélie", "Maxime", "Lucie", "Antoine", "Agnès", "Olivier", "Sophie", "Julien", "Claire", "Mathieu",
    "Océane", "Rémi", "Pauline", "Benoît",
];
const LAST: &[&str] = &[
    "Dupont",
    "Martin",
    "Bernard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Roux",
    "Fournier",
    "Girard",
    "Bonnet",
    "Mercier",
    "Blanc",
    "Guérin",
    "Faure",
    "Rousseau",
    "Chevalier",
    "Muller",
    "Lambert",
    "Fontaine",
    "Robin",
    "Masson",
    "Boyer",
    "Gauthier",
    "Perrin",
];
const CITIES: &[(&str, &str)] = &[
    ("Lyon", "69001"),
    ("Lyon", "69004"),
    ("Villeurbanne", "69100"),
    ("Caluire-et-Cuire", "69300"),
    ("Bron", "69500"),
    ("Vénissieux", "69200"),
    ("Écully", "69130"),
    ("Tassin-la-Demi-Lune", "69160"),
    ("Oullins", "69600"),
    ("Annecy", "74000"),
    ("Grenoble", "38000"),
    ("Paris", "75011"),
];
const STREETS: &[&str] = &[
    "rue des Lilas",
    "place Bellecour",
    "rue de la République",
    "quai Saint-Vincent",
    "montée de la Grande-Côte",
    "rue Mercière",
    "avenue Jean-Jaurès",
];
const TAGS: &[(&str, f64)] =
    &[("newsletter", 0.35), ("workshop", 0.15), ("wholesale", 0.06), ("wedding-list", 0.05), ("local", 0.4)];
const DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];

/// Draws the demo shop one customer at a time, so a million customers
/// never sit in memory.
pub struct DemoShop {
    rng: ChaCha8Rng,
    today: NaiveDate,
    days: i64,
    rate: Gamma<f64>,
    lapse: Beta<f64>,
    spend_mean: Gamma<f64>,
    next: u64,
}

impl DemoShop {
    /// `years` of history ending on `today`.
    pub fn new(seed: u64, today: NaiveDate, years: u32) -> Self {
        DemoShop {
            rng: ChaCha8Rng::seed_from_u64(seed),
            today,
            days: 365 * years as i64,
            // Mean rate 0.9 × 1/40 per day: a visit every ~six weeks, very
            // unequal between customers (shape < 1).
            rate: Gamma::new(0.9, 1.0 / 40.0).expect("valid gamma"), // ok: constant parameters
            // Mean lapse chance 0.25 after each purchase.
            lapse: Beta::new(1.2, 3.6).expect("valid beta"), // ok: constant parameters
            // Mean spend 35.00 per visit, varying between customers.
            spend_mean: Gamma::new(2.5, 1400.0).expect("valid gamma"), // ok: constant parameters
            next: 0,
        }
    }

    pub fn customer(&mut self) -> DemoCustomer {
        self.next += 1;
        let n = self.next;
        let rng = &mut self.rng;
        let first = FIRST[rng.gen_range(0..FIRST.len())];
        let last = LAST[rng.gen_range(0..LAST.len())];
        let mut f =
            ContactFields { name: format!("{first} {last}"), r#ref: Some(format!("C{n:06}")), ..Default::default() };
        let plain = |s: &str| super::contact::fold(s).replace([' ', '\''], "");
        if rng.gen_bool(0.7) {
            f.email =
                Some(format!("{}.{}{}@{}", plain(first), plain(last), n, DOMAINS[rng.gen_range(0..DOMAINS.len())]));
        }
        if rng.gen_bool(0.6) {
            f.phone = Some(format!(
                "0{} {:02} {:02} {:02} {:02}",
                rng.gen_range(6..8),
                rng.gen_range(0..100),
                rng.gen_range(0..100),
                rng.gen_range(0..100),
                rng.gen_range(0..100)
            ));
        }
        let (city, postcode) = CITIES[rng.gen_range(0..CITIES.len())];
        f.city = Some(city.into());
        f.postcode = Some(postcode.into());
        f.country = Some("France".into());
        if rng.gen_bool(0.3) {
            f.street = Some(format!("{} {}", rng.gen_range(1..120), STREETS[rng.gen_range(0..STREETS.len())]));
        }
        if rng.gen_bool(0.4) {
            let (m, d) = (rng.gen_range(1..=12), rng.gen_range(1..=28));
            f.birthday = Some(if rng.gen_bool(0.5) {
                format!("{}-{m:02}-{d:02}", rng.gen_range(1950..2005))
            } else {
                format!("--{m:02}-{d:02}")
            });
        }
        // A few people work for the demo's companies (drawn for everyone,
        // so the rest of the shop is the same however many customers).
        if rng.gen_bool(0.08) && n <= super::demo_companies::PEOPLE_AMONG_FIRST {
            f.company = Some(super::demo_companies::employer(n, &f.name).to_string());
        }
        let tags = TAGS.iter().filter(|(_, p)| rng.gen_bool(*p)).map(|(t, _)| t.to_string()).collect();

        // The buying process.
        let since = self.today - Duration::days(rng.gen_range(0..self.days));
        let rate = self.rate.sample(rng).max(1e-4);
        let lapse = self.lapse.sample(rng);
        let mean = self.spend_mean.sample(rng).max(300.0);
        let spend = Gamma::new(4.0, mean / 4.0).expect("valid gamma"); // ok: mean >= 300
        let gap = Exp::new(rate).expect("positive rate"); // ok: rate >= 1e-4
        let mut purchases = Vec::new();
        let mut day = since;
        while day <= self.today {
            let cents = (spend.sample(rng) / 10.0).round() as i64 * 10;
            purchases.push((day, Cents(cents.max(200))));
            if rng.gen_bool(lapse) {
                break;
            }
            let wait = gap.sample(rng).ceil().clamp(1.0, 10_000.0) as i64;
            day += Duration::days(wait);
        }
        DemoCustomer { fields: f, tags, since, purchases }
    }
}

/// A logged interaction of the demo shop, for the customer at `customer`
/// (an index into the customers drawn).
#[derive(Debug, Clone, PartialEq)]
pub struct DemoInteraction {
    pub customer: usize,
    pub kind: &'static str,
    pub day: NaiveDate,
    pub summary: &'static str,
    pub follow_up: Option<NaiveDate>,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemoDeal {
    pub customer: usize,
    pub title: String,
    pub amount: Cents,
    /// The stages it went through, the last being where it is (`won`/`lost` closes it).
    pub stages: Vec<&'static str>,
    pub opened: NaiveDate,
    pub expected_close: NaiveDate,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DemoActivity {
    pub interactions: Vec<DemoInteraction>,
    pub deals: Vec<DemoDeal>,
    /// (customer, cadence in days).
    pub cadences: Vec<(usize, u32)>,
}

const NOTES: &[(&str, &str)] = &[
    ("call", "asked about the blue glaze bowls"),
    ("visit", "came by the workshop, loved the new vases"),
    ("email", "sent the price list"),
    ("sms", "order ready for pick-up"),
    ("meeting", "discussed a custom dinner set"),
    ("note", "prefers to be called in the morning"),
    ("call", "wants a quote for a wedding list"),
    ("visit", "bought a gift, may come back for the set"),
];
const DEALS: &[&str] = &[
    "Custom dinner set",
    "Wedding list",
    "Restaurant tableware",
    "Workshop for a team",
    "Large planter",
    "Tea set commission",
];
/// The same notes and deals in French, in the same order (a French shop's
/// demo reads as its own; the figures do not change with the language).
const NOTES_FR: &[&str] = &[
    "a demandé les bols émaillés bleus",
    "passé à l'atelier, a adoré les nouveaux vases",
    "envoyé les tarifs",
    "commande prête à retirer",
    "parlé d'un service de table sur mesure",
    "préfère être appelée le matin",
    "veut un devis pour une liste de mariage",
    "a acheté un cadeau, reviendra peut-être pour le service",
];
const DEALS_FR: &[&str] = &[
    "Service de table sur mesure",
    "Liste de mariage",
    "Vaisselle pour un restaurant",
    "Atelier pour une équipe",
    "Grande jardinière",
    "Service à thé sur commande",
];
const OPEN_STAGES: [&str; 4] = ["lead", "qualified", "proposal", "negotiation"];

/// The shop's CRM life: interactions (some with follow-ups, a few of them
/// overdue), deals in every stage, and keep-in-touch cadences.
pub fn activity(seed: u64, today: NaiveDate, customers: usize, french: bool) -> DemoActivity {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5EED_CA11);
    let mut a = DemoActivity::default();
    if customers == 0 {
        return a;
    }
    let pick = |rng: &mut ChaCha8Rng| rng.gen_range(0..customers);
    for _ in 0..(customers * 4 / 5).max(1) {
        let at = rng.gen_range(0..NOTES.len());
        let (kind, summary) = (NOTES[at].0, if french { NOTES_FR[at] } else { NOTES[at].1 });
        let day = today - Duration::days(rng.gen_range(0..365));
        // One in eight asks for a follow-up; the recent ones stay open.
        let follow_up = rng.gen_bool(0.125).then(|| day + Duration::days(rng.gen_range(2..21)));
        let done = follow_up.is_some_and(|f| f < today - Duration::days(10) || rng.gen_bool(0.3));
        a.interactions.push(DemoInteraction { customer: pick(&mut rng), kind, day, summary, follow_up, done });
    }
    for i in 0..(customers / 20).max(6) {
        // Every stage, won and lost included, is represented.
        let end = i % 6;
        let stages: Vec<&'static str> = match end {
            0..=3 => OPEN_STAGES[..=end].to_vec(),
            4 => vec!["lead", "proposal", "won"],
            _ => vec!["lead", "qualified", "lost"],
        };
        let opened = today - Duration::days(rng.gen_range(5..200));
        a.deals.push(DemoDeal {
            customer: pick(&mut rng),
            title: {
                let at = rng.gen_range(0..DEALS.len());
                if french {
                    DEALS_FR[at]
                } else {
                    DEALS[at]
                }
            }
            .to_string(),
            amount: Cents(rng.gen_range(15..300) * 1000),
            stages,
            opened,
            expected_close: today + Duration::days(rng.gen_range(-20..60)),
        });
    }
    // Cadences for regulars the shop keeps in touch with: each was last
    // called some days ago, so a few are due now and others soon.
    for _ in 0..(customers / 25).max(2) {
        let (customer, days) = (pick(&mut rng), [30, 60, 90][rng.gen_range(0..3)]);
        a.cadences.push((customer, days));
        let day = today - Duration::days(rng.gen_range(0..days as i64 + 15));
        a.interactions.push(DemoInteraction {
            customer,
            kind: "call",
            day,
            summary: "catch-up call",
            follow_up: None,
            done: false,
        });
    }
    a
}

/// One consent event of the demo shop.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoConsent {
    pub customer: usize,
    /// `grant`, `withdraw` or `soft_opt_in`.
    pub action: &'static str,
    pub day: NaiveDate,
    pub method: Option<&'static str>,
    pub proof: Option<String>,
}

/// A past campaign: who got it, who was held back, and what they bought after.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoCampaign {
    pub name: &'static str,
    pub launched: NaiveDate,
    pub holdout_pct: u32,
    pub seed: i64,
    pub recipients: Vec<usize>,
    pub control: Vec<usize>,
    /// Purchases within 30 days of the launch: (customer, day, amount).
    pub purchases: Vec<(usize, NaiveDate, Cents)>,
    /// What it cost (the emailing service per address, the design).
    pub costs: super::campaign_economics::Costs,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DemoMarketing {
    pub consents: Vec<DemoConsent>,
    pub campaigns: Vec<DemoCampaign>,
}

/// Email opt-ins (with how they were given), some withdrawals, and two
/// campaigns with a 20 % control group, after which recipients buy more
/// often than the control group (so `campaign report` shows a lift).
/// `customers` says, for each customer, whether they have an email and
/// since when they are customers.
pub fn marketing(seed: u64, today: NaiveDate, customers: &[(bool, NaiveDate)]) -> DemoMarketing {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xC0_45E7);
    let mut m = DemoMarketing::default();
    let methods = ["paper-form", "in-person", "web-form", "email-reply"];
    let mut opted_in: Vec<(usize, NaiveDate)> = Vec::new();
    for (i, &(has_email, since)) in customers.iter().enumerate() {
        if !has_email {
            continue;
        }
        if rng.gen_bool(0.6) {
            let method = methods[rng.gen_range(0..methods.len())];
            let proof = match method {
                "paper-form" => format!("signed card #{}", 100 + i),
                "web-form" => format!("web form, {since}"),
                "email-reply" => "reply to the welcome email".to_string(),
                _ => "at the counter".to_string(),
            };
            m.consents.push(DemoConsent {
                customer: i,
                action: "grant",
                day: since,
                method: Some(method),
                proof: Some(proof),
            });
            if rng.gen_bool(0.08) {
                let gap = (today - since).num_days().max(1);
                let day = since + Duration::days(rng.gen_range(0..gap));
                m.consents.push(DemoConsent { customer: i, action: "withdraw", day, method: None, proof: None });
            } else {
                opted_in.push((i, since));
            }
        } else if rng.gen_bool(0.15) {
            m.consents.push(DemoConsent {
                customer: i,
                action: "soft_opt_in",
                day: since,
                method: None,
                proof: Some("told at checkout they could refuse".into()),
            });
        }
    }
    for (name, days_ago, p_recipient, p_control, seed, per_contact, fixed) in
        [("autumn-newsletter", 120, 0.35, 0.15, 11, 3, 4_000), ("spring-workshops", 45, 0.30, 0.15, 12, 5, 9_000)]
    {
        let launched = today - Duration::days(days_ago);
        let mut c = DemoCampaign {
            name,
            launched,
            holdout_pct: 20,
            seed,
            recipients: vec![],
            control: vec![],
            purchases: vec![],
            costs: super::campaign_economics::Costs { per_contact: Cents(per_contact), fixed: Cents(fixed) },
        };
        for &(i, since) in opted_in.iter().filter(|(_, since)| *since < launched) {
            let _ = since;
            let held = super::campaign::in_control(seed, i as i64 + 1, 20);
            let p = if held { p_control } else { p_recipient };
            if rng.gen_bool(p) {
                let day = launched + Duration::days(rng.gen_range(1..=30));
                c.purchases.push((i, day.min(today), Cents(rng.gen_range(15..120) * 100)));
            }
            if held {
                c.control.push(i);
            } else {
                c.recipients.push(i);
            }
        }
        m.campaigns.push(c);
    }
    m
}

/// A florist's categories, as the demo sells them.
pub const CATEGORIES: [&str; 5] = ["Bouquets", "Plantes", "Mariages", "Ateliers", "Abonnements"];

/// The demo's category with a renewal cycle, and the cycle.
pub const RENEWED: (&str, &str) = ("Abonnements", "12m");

/// What one customer's purchases were and where they were made: each
/// customer mostly keeps to one channel (the shop, the market or the web
/// site); a purchase of 250 € or more is a wedding; one customer in ten
/// is a subscriber. Drawn from its own generator, so the rest of the demo
/// (amounts, dates) is the same with or without it.
pub fn baskets(seed: u64, customer: usize, amounts: &[Cents]) -> Vec<(&'static str, &'static str)> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xF10_0E75 ^ (customer as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let channels = ["shop", "market", "online"];
    let main = match rng.gen_range(0..100) {
        0..65 => 0,
        65..90 => 1,
        _ => 2,
    };
    let subscriber = rng.gen_bool(0.1);
    amounts
        .iter()
        .map(|a| {
            let channel = if rng.gen_bool(0.85) { channels[main] } else { channels[rng.gen_range(0..3)] };
            let category = if a.0 >= 25_000 {
                "Mariages"
            } else if subscriber && rng.gen_bool(0.7) {
                "Abonnements"
            } else {
                match rng.gen_range(0..100) {
                    0..55 => "Bouquets",
                    55..80 => "Plantes",
                    _ => "Ateliers",
                }
            };
            (category, channel)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 6, 30).unwrap()
    }

    #[test]
    fn same_seed_same_shop() {
        let (mut a, mut b) = (DemoShop::new(7, today(), 2), DemoShop::new(7, today(), 2));
        for _ in 0..50 {
            let (x, y) = (a.customer(), b.customer());
            assert_eq!(x.fields, y.fields);
            assert_eq!(x.purchases, y.purchases);
        }
        let mut c = DemoShop::new(8, today(), 2);
        assert_ne!(DemoShop::new(7, today(), 2).customer().fields, c.customer().fields);
    }

    #[test]
    fn activity_covers_every_stage_and_has_open_follow_ups() {
        let a = activity(1, today(), 500, false);
        assert!((300..=500).contains(&a.interactions.len()));
        for stage in ["lead", "qualified", "proposal", "negotiation", "won", "lost"] {
            assert!(a.deals.iter().any(|d| d.stages.last() == Some(&stage)), "{stage}");
        }
        assert!(
            a.interactions.iter().any(|i| i.follow_up.is_some_and(|f| f < today()) && !i.done),
            "an overdue follow-up"
        );
        assert!(a.interactions.iter().all(|i| i.customer < 500 && i.day <= today()));
        assert_eq!(activity(1, today(), 500, false), a);
        // French words, the same shop: only the texts differ.
        let fr = activity(1, today(), 500, true);
        assert_eq!(fr.interactions.len(), a.interactions.len());
        assert_eq!(
            fr.deals.iter().map(|d| d.amount).collect::<Vec<_>>(),
            a.deals.iter().map(|d| d.amount).collect::<Vec<_>>()
        );
        assert!(fr.deals.iter().all(|d| DEALS_FR.contains(&d.title.as_str())));
        assert_eq!(NOTES.len(), NOTES_FR.len());
        assert_eq!(DEALS.len(), DEALS_FR.len());
        assert!(!a.cadences.is_empty());
    }

    #[test]
    fn marketing_has_consents_withdrawals_and_a_lift() {
        let customers: Vec<(bool, NaiveDate)> =
            (0..2000).map(|i| (i % 3 != 0, today() - Duration::days(300 + i % 200))).collect();
        let m = marketing(1, today(), &customers);
        assert!(m.consents.iter().any(|c| c.action == "withdraw"));
        assert!(m.consents.iter().all(|c| c.action != "grant" || (c.method.is_some() && c.proof.is_some())));
        assert!(m.consents.iter().all(|c| customers[c.customer].0), "only customers with an email");
        assert_eq!(m.campaigns.len(), 2);
        for c in &m.campaigns {
            let rate = |g: &[usize]| {
                let buyers = g.iter().filter(|i| c.purchases.iter().any(|(p, _, _)| p == *i)).count();
                buyers as f64 / g.len() as f64
            };
            assert!(!c.control.is_empty() && c.recipients.len() > c.control.len());
            assert!(rate(&c.recipients) > rate(&c.control) + 0.05, "{}", c.name);
        }
        assert_eq!(marketing(1, today(), &customers), m);
    }

    #[test]
    fn baskets_are_deterministic_and_weddings_are_big() {
        let amounts = [Cents(3_000), Cents(30_000), Cents(4_500)];
        let a = baskets(7, 3, &amounts);
        assert_eq!(a, baskets(7, 3, &amounts));
        assert_eq!(a.len(), 3);
        assert_eq!(a[1].0, "Mariages");
        assert!(a.iter().all(|(c, ch)| CATEGORIES.contains(c) && ["shop", "market", "online"].contains(ch)));
        let channels: std::collections::HashSet<&str> = (0..200).map(|c| baskets(7, c, &amounts[..1])[0].1).collect();
        assert_eq!(channels.len(), 3, "all three channels are used");
    }

    #[test]
    fn purchases_fall_within_the_history_and_are_valid() {
        let mut shop = DemoShop::new(1, today(), 2);
        let mut total = 0;
        for _ in 0..500 {
            let c = shop.customer();
            assert!(!c.purchases.is_empty());
            assert!(c.purchases.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(c
                .purchases
                .iter()
                .all(|(d, a)| *d <= today() && *d >= today() - Duration::days(730) && a.0 >= 200));
            let mut check = ContactFields { name: c.fields.name.clone(), ..Default::default() };
            for field in ["email", "phone", "birthday"] {
                if let Some(v) = c.fields.get(field) {
                    check.set(field, v).unwrap();
                }
            }
            total += c.purchases.len();
        }
        // Heterogeneous: some buy once, the mean is a few visits.
        assert!((1000..10000).contains(&total), "{total}");
    }
}
