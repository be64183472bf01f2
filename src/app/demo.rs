//! `carnet demo`: a realistic shop to explore, built in a file of its own
//! (never mixed into real data) in one transaction.

use crate::domain::demo::{activity, baskets, marketing, DemoActivity, DemoMarketing, DemoShop};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::store::purchases::{Inserter, NewPurchase};
use crate::store::{contacts, purchases, OpenMode, Store, Tx};
use chrono::NaiveDate;
use std::path::Path;

pub struct Request<'a> {
    pub path: &'a Path,
    pub customers: u64,
    pub seed: u64,
    /// Replace a file that already holds data.
    pub force: bool,
    pub today: NaiveDate,
    /// Notes and deal titles in French (the shop's language).
    pub french: bool,
}

/// What the demo shop holds.
pub struct Built {
    pub store: Store,
    pub purchases: i64,
    pub revenue: crate::domain::money::Cents,
}

pub fn build(r: &Request) -> Result<Built> {
    let path = r.path;
    // A server's database that holds data is emptied only with --force,
    // as a file is replaced: its tables dropped and made again, in one
    // transaction.
    let on_server = crate::store::pg_connect::is_postgres_url(&path.to_string_lossy());
    if on_server {
        let mut store = Store::open(path, OpenMode::Create)?;
        if !store.is_empty()? {
            if !r.force {
                return Err(Error::t(
                    crate::error::Kind::Conflict,
                    "err-demo-data",
                    crate::targs!["path" => crate::store::pg_connect::shown(&path.to_string_lossy())],
                )
                .with_hint_t("hint-demo-data", vec![]));
            }
            store.recreate()?;
        }
    }
    if path.exists() {
        let holds_data = !Store::open(path, OpenMode::Existing)?.is_empty()?;
        if holds_data && !r.force {
            return Err(Error::t(
                crate::error::Kind::Conflict,
                "err-demo-data",
                crate::targs!["path" => path.display().to_string()],
            )
            .with_hint_t("hint-demo-data", vec![]));
        }
        for suffix in ["", "-wal", "-shm"] {
            let p = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
            if p.exists() {
                std::fs::remove_file(&p).map_err(|e| Error::io("replace", &p, e))?;
            }
        }
    }
    let mut store = Store::open(path, OpenMode::Create)?;
    // The demo's rows are made up: recorded by `demo`, not by whoever ran it.
    store.record_everything_as("demo");
    let mut shop = DemoShop::new(r.seed, r.today, 2);
    let tx = store.begin_bulk()?;
    // Every customer's totals worked out once, at the end.
    crate::store::totals::suspend(&tx)?;
    let mut ids = Vec::with_capacity(r.customers as usize);
    let mut reach = Vec::with_capacity(r.customers as usize);
    let mut visits = Vec::with_capacity(r.customers as usize);
    {
        let mut ins = Inserter::new(&tx)?;
        let mut categories = crate::store::categories::Resolver::default();
        for _ in 0..r.customers {
            let c = shop.customer();
            let created = crate::store::timestamp(c.since.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc());
            let id = contacts::insert(&tx, &c.fields, &c.tags, &created, None)?;
            ids.push(id);
            reach.push((c.fields.email.is_some(), c.since));
            let amounts: Vec<Cents> = c.purchases.iter().map(|p| p.1).collect();
            visits.push(crate::domain::demo_after_sale::Visits {
                first: c.purchases.iter().map(|p| p.0).min().unwrap_or(r.today),
                last: c.purchases.iter().map(|p| p.0).max().unwrap_or(r.today),
                count: c.purchases.len(),
            });
            for ((day, amount), (category, channel)) in c.purchases.iter().zip(baskets(r.seed, ids.len(), &amounts)) {
                ins.insert(&NewPurchase {
                    contact_id: id,
                    day: *day,
                    amount: *amount,
                    note: None,
                    order_ref: None,
                    batch_id: None,
                    category_id: Some(categories.id(&tx, category)?),
                    channel: Some(channel),
                })?;
            }
        }
        // The businesses: a restaurant, a hotel, an agency, each a contact
        // its people (drawn above) are linked to, buying on its schedule.
        let opened = crate::store::timestamp(
            (r.today - chrono::Duration::days(730)).and_hms_opt(10, 0, 0).unwrap_or_default().and_utc(),
        );
        let mut companies = Vec::new();
        for c in crate::domain::demo_companies::COMPANIES {
            companies.push(crate::store::companies::ensure(&tx, c.name, &opened)?);
        }
        for (i, day, amount) in crate::domain::demo_companies::purchases(r.seed, r.today, 730) {
            ins.insert(&NewPurchase {
                contact_id: companies[i],
                day,
                amount,
                note: None,
                order_ref: None,
                batch_id: None,
                category_id: Some(categories.id(&tx, crate::domain::demo_companies::COMPANIES[i].category)?),
                channel: Some("shop"),
            })?;
        }
        // Subscriptions renew yearly, so `remind` lists the lapsed ones.
        let subscriptions = categories.id(&tx, crate::domain::demo::RENEWED.0)?;
        crate::store::categories::set_cycle(&tx, subscriptions, Some(crate::domain::demo::RENEWED.1))?;
    }
    add_activity(&tx, &activity(r.seed, r.today, ids.len(), r.french), &ids)?;
    add_marketing(&tx, &marketing(r.seed, r.today, &reach), &ids, r.french)?;
    add_service(&tx, &crate::domain::demo_service::requests(r.seed, r.today, ids.len(), r.french), &ids)?;
    add_after_sale(&tx, &crate::domain::demo_after_sale::after_sale(r.seed, r.today, &visits, r.french), &ids)?;
    crate::store::totals::rebuild(&tx)?;
    tx.commit()?;
    let (purchases, revenue) = purchases::totals(&store)?;
    Ok(Built { store, purchases, revenue })
}

/// Satisfaction answers and loyalty cards (issue 30).
fn add_after_sale(tx: &Tx, a: &crate::domain::demo_after_sale::AfterSale, ids: &[i64]) -> Result<()> {
    use crate::domain::satisfaction::Scale;
    use crate::store::satisfaction::{insert, NewAnswer};
    for x in &a.answers {
        let at = crate::store::timestamp(x.day.and_hms_opt(18, 0, 0).unwrap_or_default().and_utc());
        let new = NewAnswer {
            contact_id: ids[x.customer],
            day: x.day,
            scale: if x.nps { Scale::Nps } else { Scale::Five },
            score: x.score,
            about: None,
            comment: x.comment,
        };
        insert(tx, &new, &at)?;
    }
    for (c, day) in &a.members {
        let at = crate::store::timestamp(day.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc());
        crate::store::loyalty::join(tx, ids[*c], crate::domain::dates::to_day_number(*day), &at)?;
    }
    Ok(())
}

/// Interactions, deals (with their stage history) and cadences.
fn add_activity(tx: &Tx, act: &DemoActivity, ids: &[i64]) -> Result<()> {
    use crate::store::{deals, interactions, reminders};
    let noon = |d: chrono::NaiveDate| crate::store::timestamp(d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc());
    for d in &act.deals {
        let new = deals::NewDeal {
            contact_id: ids[d.customer],
            title: &d.title,
            amount: d.amount,
            stage: d.stages[0],
            expected_close: Some(d.expected_close),
            notes: None,
        };
        let id = deals::insert(tx, &new, &noon(d.opened))?;
        for (step, to) in d.stages.iter().enumerate().skip(1) {
            let deal = deals::get(tx, id)?.ok_or_else(|| Error::internal("demo deal vanished"))?;
            let closed = matches!(*to, "won" | "lost");
            let reason = (*to == "lost").then_some("chose another maker");
            let at = noon(crate::domain::dates::add_days_saturating(d.opened, 7 * step as i64));
            deals::set_stage(tx, &deal, to, closed, reason, &at)?;
        }
    }
    let mut ins = interactions::Inserter::new(tx)?;
    for i in &act.interactions {
        let at = noon(i.day);
        let id = ins.insert(&interactions::NewInteraction {
            contact_id: ids[i.customer],
            kind: i.kind,
            at: &at,
            day: i.day,
            summary: Some(i.summary),
            deal_id: None,
            follow_up: i.follow_up,
        })?;
        if i.done {
            interactions::mark_done(tx, id, &at)?;
        }
    }
    for (c, days) in &act.cadences {
        reminders::set_cadence(tx, ids[*c], Some(*days))?;
    }
    Ok(())
}

/// Service requests through their statuses, a note, and what was charged.
fn add_service(tx: &Tx, requests: &[crate::domain::demo_service::DemoRequest], ids: &[i64]) -> Result<()> {
    use crate::store::service;
    let mut categories = crate::store::categories::Resolver::default();
    let noon = |d: chrono::NaiveDate| crate::store::timestamp(d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc());
    for d in requests {
        let first = "received";
        let new = service::NewRequest {
            contact_id: ids[d.customer],
            kind: d.kind,
            what: d.what,
            status: first,
            opened: d.opened,
            promised: d.promised,
            quote: d.charge,
        };
        let id = service::insert(tx, &new, &noon(d.opened))?;
        if let Some((day, text)) = d.note {
            service::note(tx, id, text, day, &noon(day))?;
        }
        for &(day, to) in &d.moves {
            let r = service::get(tx, id)?.ok_or_else(|| Error::internal("demo request vanished"))?;
            service::set_status(tx, &r, to, day, &noon(day))?;
            if let (crate::domain::service::COLLECTED, Some(charge)) = (to, d.charge) {
                let note = format!("service {id}: {}", d.what);
                let pid = purchases::insert(
                    tx,
                    &NewPurchase {
                        contact_id: r.contact_id,
                        day,
                        amount: charge,
                        note: Some(&note),
                        order_ref: None,
                        batch_id: None,
                        category_id: Some(categories.id(tx, d.category)?),
                        channel: Some("shop"),
                    },
                )?;
                service::set_charge(tx, id, charge, pid)?;
            }
        }
    }
    Ok(())
}

const DEMO_WORDING: &str = "I would like to receive news of the workshop by email: new pieces, workshops and \
offers, about once a month. I can unsubscribe at any time by replying STOP or by asking in the shop.";

/// Consents (one wording, several methods), withdrawals, a saved segment
/// and two launched campaigns with their control groups and what followed.
fn add_marketing(tx: &Tx, m: &DemoMarketing, ids: &[i64], french: bool) -> Result<()> {
    use crate::domain::consent::{Action, Channel, Method};
    use crate::store::{campaigns, consent, segments};
    let noon = |d: chrono::NaiveDate| crate::store::timestamp(d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc());
    let Some(first) = m.consents.iter().map(|c| c.day).min() else { return Ok(()) };
    let (wording, _) = consent::add_wording(tx, DEMO_WORDING, Some("newsletter"), &noon(first))?;
    for c in &m.consents {
        let action = Action::parse(c.action).ok_or_else(|| Error::internal(format!("demo action {}", c.action)))?;
        let day = c.day.to_string();
        let e = consent::NewEvent {
            contact_id: Some(ids[c.customer]),
            subject_key: None,
            channel: Channel::Email,
            action,
            occurred_on: &day,
            method: c.method.and_then(Method::parse),
            proof: c.proof.as_deref(),
            wording_id: (action == Action::Grant).then_some(wording),
            voids: None,
        };
        consent::record(tx, &e, &noon(c.day))?;
    }
    let criteria = crate::domain::segment_filter::Criteria {
        has: vec![crate::domain::segment_filter::Reach::Email],
        ..Default::default()
    };
    let about = if french { "tous ceux qui ont un e-mail" } else { "everyone with an email" };
    segments::insert(tx, "newsletter", Some(about), &criteria, &noon(first))?;
    let mut ins = Inserter::new(tx)?;
    // What a newsletter brings in: bouquets, ordered on the web site.
    let bouquets = crate::store::categories::Resolver::default().id(tx, "Bouquets")?;
    for c in &m.campaigns {
        let new = campaigns::NewCampaign {
            name: c.name,
            channel: Channel::Email,
            segment: "newsletter",
            holdout_pct: c.holdout_pct,
            seed: c.seed,
            message: None,
            costs: c.costs,
        };
        let id = campaigns::insert(tx, &new, &noon(c.launched))?;
        let to_ids = |v: &[usize]| v.iter().map(|&i| ids[i]).collect::<Vec<_>>();
        campaigns::launch(tx, id, c.launched, &to_ids(&c.recipients), &to_ids(&c.control))?;
        for &(i, day, amount) in &c.purchases {
            ins.insert(&NewPurchase {
                contact_id: ids[i],
                day,
                amount,
                note: None,
                order_ref: None,
                batch_id: None,
                category_id: Some(bouquets),
                channel: Some("online"),
            })?;
        }
    }
    Ok(())
}
