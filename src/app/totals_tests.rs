//! The kept per-customer totals (`store::totals`) against a full
//! recomputation from the purchases, after any sequence of the writes that
//! move purchases: add, remove, import (small and bulk), undo, merge,
//! forget and contact removal, with reports reading in between.

use super::*;
use crate::config::Config;
use crate::domain::money::Cents;
use crate::store::{analytics, totals};
use chrono::NaiveDate;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Buy {
        who: usize,
        day: i64,
        cents: i64,
    },
    Remove {
        nth: usize,
    },
    Import {
        rows: Vec<(usize, i64, i64)>,
        bulk: bool,
    },
    Undo,
    Merge {
        keep: usize,
        other: usize,
    },
    RemoveContact {
        who: usize,
    },
    Forget {
        who: usize,
    },
    /// A report over every purchase: rebuilds stale totals.
    Report,
}

fn op() -> impl Strategy<Value = Op> {
    let who = 0..6usize;
    let day = 0..60i64;
    let cents = -2_000..20_000i64;
    prop_oneof![
        4 => (who.clone(), day.clone(), cents.clone()).prop_map(|(who, day, cents)| Op::Buy { who, day, cents }),
        2 => (0..40usize).prop_map(|nth| Op::Remove { nth }),
        2 => (prop::collection::vec((0..8usize, day, cents), 1..6), any::<bool>())
            .prop_map(|(rows, bulk)| Op::Import { rows, bulk }),
        1 => Just(Op::Undo),
        1 => (0..6usize, 0..6usize).prop_map(|(keep, other)| Op::Merge { keep, other }),
        1 => (0..6usize).prop_map(|who| Op::RemoveContact { who }),
        1 => (0..6usize).prop_map(|who| Op::Forget { who }),
        2 => Just(Op::Report),
    ]
}

/// On a real file: `privacy forget` leaves the WAL for its erasure.
fn app(dir: &std::path::Path) -> App<'static> {
    let config: &'static Config = Box::leak(Box::default());
    let today = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
    App {
        store: crate::store::Store::open(&dir.join("shop.db"), crate::store::OpenMode::Create).unwrap(),
        config,
        today,
        now: today.and_hms_opt(12, 0, 0).unwrap().and_utc(),
    }
}

fn on(day: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 4, 1).unwrap() + chrono::Duration::days(day)
}

fn ids(app: &App) -> Vec<i64> {
    contacts::list(app, &Default::default()).unwrap().iter().map(|c| c.id).collect()
}

/// Run one operation; refusals (a contact that is gone, a batch already
/// undone) are part of the game and change nothing.
fn apply(app: &mut App, op: &Op, dir: &std::path::Path, step: usize) {
    let who = |app: &App, i: usize| ids(app).get(i).map(|id| format!("id:{id}"));
    match op {
        Op::Buy { who: w, day, cents } => {
            if let Some(c) = who(app, *w) {
                let sale = purchases::NewSale {
                    contact: c,
                    day: on(*day),
                    amount: Cents(*cents),
                    note: None,
                    order_ref: None,
                    category: None,
                    channel: None,
                };
                purchases::add(app, &sale).unwrap();
            }
        }
        Op::Remove { nth } => {
            let mut all = Vec::new();
            purchases::for_each(app, &selection(None, false), |p| {
                all.push(p.id);
                Ok(())
            })
            .unwrap();
            if let Some(id) = all.get(nth % all.len().max(1)) {
                purchases::remove(app, *id, &mut |_| Ok(true)).unwrap();
            }
        }
        Op::Import { rows, bulk } => {
            let file = dir.join(format!("till-{step}.csv"));
            let mut text = String::from("customer_id,date,amount\n");
            for (c, day, cents) in rows {
                text += &format!("R{c},{},{}.{:02}\n", on(*day), cents / 100, (cents % 100).abs());
            }
            std::fs::write(&file, text).unwrap();
            let plan = purchase_import::plan(&file).unwrap();
            let plan = if *bulk { plan.as_bulk() } else { plan };
            let req = purchase_import::Request {
                file,
                date_format: Some(crate::domain::dates::DateFormat::iso()),
                profile: None,
                profiles: crate::domain::sales_profile::builtins(),
                day_order: crate::domain::sniff::DayOrder::DayFirst,
                dry_run: false,
                allow_reimport: true,
                map: Vec::new(),
                strict: false,
            };
            purchase_import::run(app, &req, &plan, &NoProgress).unwrap();
        }
        Op::Undo => {
            if let Some(b) = imports::list(app).unwrap().iter().find(|b| b.undone_at.is_none()) {
                imports::undo(app, b.id, &mut |_, _| Ok(true)).unwrap();
            }
        }
        Op::Merge { keep, other } => {
            if let (Some(k), Some(o)) = (who(app, *keep), who(app, *other)) {
                if k != o {
                    contacts::merge(app, &k, &o, false, &mut |_: &str| Ok(true), &mut |_| Ok(())).unwrap();
                }
            }
        }
        Op::RemoveContact { who: w } => {
            if let Some(c) = who(app, *w) {
                contacts::remove(app, &c, &mut |_| Ok(true)).unwrap();
            }
        }
        Op::Forget { who: w } => {
            if let Some(c) = who(app, *w) {
                privacy::forget(app, &c, &mut |_, _| Ok(true)).unwrap();
            }
        }
        Op::Report => {
            analytics::visits(app.db(), &Default::default(), crate::domain::dates::to_day_number(app.today)).unwrap();
        }
    }
}

/// Every purchase (or the `limit` first), as `purchase list` asks.
fn selection(limit: Option<u64>, newest_first: bool) -> purchases::Selection {
    purchases::Selection { contact: None, since: None, until: None, limit, newest_first, category: None, channel: None }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn kept_totals_equal_a_full_recomputation(ops in prop::collection::vec(op(), 1..24)) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path());
        for (i, name) in ["Ana", "Bea", "Cyr", "Dan"].iter().enumerate() {
            let changes = vec![("name", name.to_string()), ("ref", format!("R{i}"))];
            let new = contacts::NewContact {
                fields: contacts::fields_from(&changes).unwrap(),
                tags: vec![],
                cadence_days: None,
                allow_duplicate: false,
            };
            contacts::add(&mut app, new).unwrap();
        }
        // In step from the start, as after any report.
        totals::kept_for(app.db(), i32::MAX).unwrap();
        for (step, op) in ops.iter().enumerate() {
            let was_current = totals::current(app.db()).unwrap().is_some();
            apply(&mut app, op, dir.path(), step);
            let now_current = totals::current(app.db()).unwrap().is_some();
            if now_current {
                let worked = totals::compute_all(app.db()).unwrap();
                prop_assert_eq!(totals::all(app.db()).unwrap(), worked.clone(), "after {:?}", op);
                let visits: Vec<_> = worked.iter().map(|k| k.visits).collect();
                prop_assert_eq!(totals::visits(app.db(), &Default::default(), i32::MAX).unwrap(), visits, "blocks after {:?}", op);
            }
            // Writes at the counter keep the totals in step; only a bulk import lets them go stale.
            let bulk = matches!(op, Op::Import { bulk: true, .. });
            if was_current && !bulk {
                prop_assert!(now_current, "{:?} left the kept totals stale", op);
            }
            if matches!(op, Op::Report) {
                prop_assert!(now_current, "a report rebuilds stale totals");
            }
        }
        // The newest purchases found from the customers who came last are
        // those of a sort of every purchase (ties on a day by id).
        totals::kept_for(app.db(), i32::MAX).unwrap();
        let mut sorted = Vec::new();
        purchases::for_each(&app, &selection(None, true), |p| {
            sorted.push(p.id);
            Ok(())
        })
        .unwrap();
        for n in [1usize, 2, 3, 7, 40] {
            let found = totals::newest_purchases(app.db(), n).unwrap();
            prop_assert_eq!(found.as_deref(), Some(&sorted[..n.min(sorted.len())]), "newest {}", n);
            let mut listed = Vec::new();
            purchases::for_each(&app, &selection(Some(n as u64), true), |p| {
                listed.push(p.id);
                Ok(())
            })
            .unwrap();
            prop_assert_eq!(&listed[..], &sorted[..n.min(sorted.len())]);
        }
        // The kept slipping days are the rule's, for the factor they are
        // keyed to, and follow a new one; for any other factor the same
        // rule is worked out over every regular.
        let worked = |app: &App, milli: i64| -> Vec<totals::Slipping> {
            let mut out: Vec<totals::Slipping> = totals::compute_all(app.db())
                .unwrap()
                .iter()
                .filter_map(|k| {
                    let v = k.visits;
                    let on = crate::domain::rhythm::slipping_day(
                        v.last_day, v.visits, k.median_gap_x2, totals::factor_of(milli), crate::domain::rhythm::MIN_VISITS,
                    )?;
                    Some((v.contact_id, on, v.last_day, k.median_gap_x2?))
                })
                .collect();
            out.sort_unstable();
            out
        };
        for milli in [2000i64, 3500] {
            let tx = app.store.begin().unwrap();
            totals::set_slipping_factor(&tx, milli).unwrap();
            tx.commit().unwrap();
            for asked in [milli, milli + 250] {
                let found = totals::slipping_between(app.db(), i32::MIN, i32::MAX, asked).unwrap();
                prop_assert_eq!(found, worked(&app, asked), "factor {} with days kept for {}", asked, milli);
            }
        }
        // And the reports read exactly what a scan reads.
        let until = crate::domain::dates::to_day_number(app.today);
        prop_assert_eq!(
            analytics::visits(app.db(), &Default::default(), until).unwrap(),
            analytics::scan_visits(app.db(), &Default::default(), until).unwrap()
        );
    }
}
