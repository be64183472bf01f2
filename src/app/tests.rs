//! The use cases, without the command line: each rule the app layer owns
//! (its transactions, its refusals), on both engines (`conformance!`: a
//! SQLite file and a fresh PostgreSQL database per case).

use super::*;
use crate::config::Config;
use crate::domain::consent::{Channel, Method};
use crate::domain::money::Cents;
use crate::error::Kind;
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The use cases' app over the case's database (see `test_pg::TestDb`).
fn app(db: &crate::test_pg::TestDb) -> App<'static> {
    let config: &'static Config = Box::leak(Box::default());
    let today = day("2024-06-30");
    App { store: db.open(), config, today, now: today.and_hms_opt(12, 0, 0).unwrap().and_utc() }
}

fn add(app: &mut App, fields: &[(&'static str, &str)]) -> i64 {
    let changes: Vec<(&'static str, String)> = fields.iter().map(|(f, v)| (*f, v.to_string())).collect();
    let new = contacts::NewContact {
        fields: contacts::fields_from(&changes).unwrap(),
        tags: vec![],
        cadence_days: None,
        allow_duplicate: false,
        kind: crate::domain::company::Kind::Person,
    };
    contacts::add(app, new).unwrap().contact.id
}

fn buy(app: &mut App, who: &str, on: &str, cents: i64) -> i64 {
    let sale = purchases::NewSale {
        contact: who.into(),
        day: day(on),
        amount: Cents(cents),
        note: None,
        order_ref: None,
        category: None,
        channel: None,
    };
    purchases::add(app, &sale).unwrap().id
}

/// A post campaign `cards` to the saved segment `lyon` (everyone in Lyon).
fn post_campaign(app: &mut App) {
    let lyon = crate::domain::segment_filter::Criteria { cities: vec!["Lyon".into()], ..Default::default() };
    segments::add(app, "lyon", None, &lyon).unwrap();
    let r = campaigns::NewRequest {
        name: "cards".into(),
        channel: Channel::Post,
        segment: "lyon".into(),
        holdout_pct: 0,
        seed: Some(1),
        message: None,
        costs: Default::default(),
    };
    campaigns::create(app, &r).unwrap();
}

crate::test_pg::conformance! {
    fn a_contact_is_named_by_id_ref_email_or_name_and_never_guessed(db) {
        let mut app = app(db);
        let a = add(&mut app, &[("name", "Hélène Dupont"), ("email", "h@example.fr"), ("ref", "007")]);
        add(&mut app, &[("name", "Paul")]);
        add(&mut app, &[("name", "PAUL")]);
        // ASCII case is ignored, nothing else (as SQLite's NOCASE does), on
        // a server of any locale too.
        let e = add(&mut app, &[("name", "ÉLODIE Martin")]);
        add(&mut app, &[("name", "élodie martin")]);
        assert_eq!(resolve_contact(app.db(), "ÉLODIE MARTIN").unwrap(), e);
        for word in ["id:1", "ref:007", "007", "h@example.fr", "Hélène Dupont"] {
            assert_eq!(resolve_contact(app.db(), word).unwrap(), a, "{word}");
        }
        let e = resolve_contact(app.db(), "nobody").unwrap_err();
        assert_eq!(e.kind(), Kind::NotFound);
        let e = resolve_contact(app.db(), "Paul").unwrap_err();
        assert_eq!(e.kind(), Kind::Ambiguous, "{e}");
    }

    fn a_duplicate_email_or_a_taken_ref_is_a_conflict_and_writes_nothing(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A"), ("email", "a@example.fr"), ("ref", "R1")]);
        for fields in [vec![("name", "B"), ("email", "A@example.fr")], vec![("name", "C"), ("ref", "R1")]] {
            let changes: Vec<(&'static str, String)> = fields.iter().map(|(f, v)| (*f, v.to_string())).collect();
            let new = contacts::NewContact {
                fields: contacts::fields_from(&changes).unwrap(),
                tags: vec![],
                cadence_days: None,
                allow_duplicate: false,
                kind: crate::domain::company::Kind::Person,
            };
            assert_eq!(contacts::add(&mut app, new).unwrap_err().kind(), Kind::Conflict);
        }
        assert_eq!(crate::store::contacts::count(app.db()).unwrap(), 1);
    }

    fn a_contact_with_a_consent_history_cannot_be_deleted(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A"), ("email", "a@example.fr")]);
        consent::withdraw(&mut app, "A", &[Channel::Email], day("2024-06-01"), None).unwrap();
        let mut yes = |_: &contacts::Removal| Ok(true);
        let e = contacts::remove(&mut app, "A", &mut yes).err().unwrap();
        assert_eq!(e.kind(), Kind::Conflict);
        assert!(e.hints()[0].english().contains("privacy forget"), "{:?}", e.hints());
    }

    fn a_declined_removal_changes_nothing(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A")]);
        buy(&mut app, "A", "2024-06-01", 1000);
        let mut no = |_: &contacts::Removal| Ok(false);
        assert!(matches!(contacts::remove(&mut app, "A", &mut no).unwrap(), Done::Declined));
        assert_eq!(crate::store::contacts::count(app.db()).unwrap(), 1);
    }

    fn a_closed_deal_stays_closed(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A")]);
        let r = deals::NewDealRequest {
            contact: "A".into(),
            title: "Table".into(),
            amount: Cents(240000),
            stage: None,
            expected_close: None,
            notes: None,
        };
        let d = deals::add(&mut app, &r).unwrap();
        assert_eq!(d.stage, "lead");
        let (_, purchase) = deals::won(&mut app, d.id, Some(day("2024-06-30"))).unwrap();
        assert!(purchase.is_some(), "won with --record-purchase records the purchase");
        for e in
            [deals::lost(&mut app, d.id, "x").err().unwrap(), deals::move_to(&mut app, d.id, "proposal").err().unwrap()]
        {
            assert_eq!(e.kind(), Kind::Conflict, "{e}");
        }
        assert_eq!(deals::move_to(&mut app, d.id, "won").unwrap_err().kind(), Kind::Invalid);
    }

    fn a_grant_needs_its_proof_and_a_withdrawal_the_same_day_wins(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A"), ("email", "a@example.fr")]);
        let mut g = consent::Grant {
            contact: "A".into(),
            channels: vec![Channel::Email],
            method: None,
            wording: None,
            source: None,
            on: day("2024-06-10"),
        };
        assert_eq!(consent::grant(&mut app, &g).unwrap_err().kind(), Kind::Invalid);
        let tx = app.store.begin().unwrap();
        let (w, _) = crate::store::consent::add_wording(&tx, "news by email", None, "2024-06-01T00:00:00Z").unwrap();
        tx.commit().unwrap();
        consent::withdraw(&mut app, "A", &[Channel::Email], day("2024-06-10"), None).unwrap();
        (g.method, g.wording) = (Some(Method::PaperForm), Some(w.to_string()));
        let (_, still_out) = consent::grant(&mut app, &g).unwrap();
        assert_eq!(still_out, vec![Channel::Email]);
    }

    fn a_bare_address_withdrawn_on_every_channel_is_left_out_of_a_post_campaign(db) {
        let mut app = app(db);
        consent::withdraw(&mut app, "stranger@example.org", &Channel::ALL, day("2024-06-01"), None).unwrap();
        add(
            &mut app,
            &[
                ("name", "S"),
                ("email", "stranger@example.org"),
                ("street", "1 rue"),
                ("postcode", "69001"),
                ("city", "Lyon"),
            ],
        );
        buy(&mut app, "S", "2024-06-02", 1000);
        post_campaign(&mut app);
        let (_, members, _) = campaigns::preview(&app, "cards").unwrap();
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].decision, crate::domain::campaign::Decision::Excluded("on the suppression list"));
    }

    fn a_launch_whose_file_cannot_be_written_records_no_sends(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A"), ("street", "1 rue"), ("postcode", "69001"), ("city", "Lyon")]);
        buy(&mut app, "A", "2024-06-02", 1000);
        post_campaign(&mut app);
        struct File(bool);
        impl campaigns::LaunchFile for File {
            fn check(&mut self) -> crate::error::Result<()> {
                Ok(())
            }
            fn write(
                &mut self,
                _: &crate::store::campaigns::Campaign,
                send: &[&crate::store::contacts::Reach],
                _head: &str,
            ) -> crate::error::Result<()> {
                assert_eq!(send.len(), 1);
                if self.0 {
                    Ok(())
                } else {
                    Err(crate::error::Error::new(Kind::Io, "disk full"))
                }
            }
        }
        assert!(campaigns::launch(&mut app, "cards", &mut File(false)).is_err());
        let (c, recipients, _) = campaigns::show(&app, "cards").unwrap();
        assert_eq!((c.launched_on, recipients), (None, 0));
        let (_, sent, _) = campaigns::launch(&mut app, "cards", &mut File(true)).unwrap();
        assert_eq!(sent, 1);
    }

    fn forgetting_a_person_ends_their_reminders_and_keeps_their_purchases(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "A"), ("email", "a@example.fr"), ("birthday", "07-02")]);
        buy(&mut app, "A", "2024-06-02", 1000);
        let entry = interactions::NewEntry {
            contact: "A".into(),
            kind: "call".into(),
            at: ("2024-06-29T12:00:00Z".into(), day("2024-06-29")),
            note: Some("wants the blue vase".into()),
            deal: None,
            follow_up: Some(day("2024-06-30")),
        };
        interactions::add(&mut app, &entry).unwrap();
        assert_eq!(reminders::collect(&app, day("2024-07-03")).unwrap().len(), 2, "a follow-up and a birthday");
        privacy::forget(&mut app, "A", &mut |_, _| Ok(true)).unwrap();
        assert!(reminders::collect(&app, day("2024-07-03")).unwrap().is_empty());
        assert_eq!(crate::store::purchases::totals(app.db()).unwrap(), (1, Cents(1000)));
    }

    /// `contact list --city` ignores ASCII case only, as SQLite's NOCASE
    /// does, on a server of any locale too (`Évry` finds `ÉVRY`, not `évry`).
    fn a_city_filter_ignores_ascii_case_only(db) {
        let mut app = app(db);
        let a = add(&mut app, &[("name", "A"), ("city", "ÉVRY")]);
        add(&mut app, &[("name", "B"), ("city", "évry")]);
        add(&mut app, &[("name", "C"), ("city", "Lyon")]);
        let filter = |city: &str| crate::store::contacts::ListFilter { city: Some(city.into()), ..Default::default() };
        let found =
            |city: &str| -> Vec<i64> { contacts::list(&app, &filter(city)).unwrap().iter().map(|c| c.id).collect() };
        assert_eq!(found("Évry"), vec![a]);
        assert_eq!(found("lyon").len(), 1);
    }

    /// The labels of a report are every contact's, in id order.
    fn labels_read_alongside_are_every_contacts_in_id_order(db) {
        let mut app = app(db);
        add(&mut app, &[("name", "Mme Durand"), ("ref", "007")]);
        add(&mut app, &[("name", "Léa")]);
        let (labels, worked) = reports::labelled(&app, true, || Ok(41 + 1)).unwrap();
        assert_eq!(worked, 42, "the work's own answer comes back");
        assert_eq!(labels.len(), 2);
        let slots = labels.align([1, 2, 3]);
        assert_eq!(labels.get(slots[0]), (Some("007"), "Mme Durand"));
        assert_eq!(labels.get(slots[1]), (None, "Léa"));
        assert_eq!(slots[2], crate::domain::labels::NO_LABEL);
        let failing = reports::labelled(&app, true, || Err::<(), _>(Error::invalid("no")));
        assert!(failing.is_err(), "the work's error is the answer");
        let (none, worked) = reports::labelled(&app, false, || Ok(3)).unwrap();
        assert!(none.is_empty() && worked == 3, "no listing, no labels");
    }
}
