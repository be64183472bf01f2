//! The send rule, on both engines (`conformance!`), with a transport that records
//! what it was handed: nothing twice, an interrupted message uncertain
//! and sent again only when asked, a claimed row left to its run.

use super::*;
use crate::app::{campaigns, consent as consent_app, contacts};
use crate::config::Config;
use crate::domain::consent::Method;

fn app(db: &crate::test_pg::TestDb) -> App<'static> {
    let mut config = Config::default();
    config.send.from = Some("shop@atelier-roux.fr".into());
    let config: &'static Config = Box::leak(Box::new(config));
    let today = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
    App { store: db.open(), config, today, now: today.and_hms_opt(12, 0, 0).unwrap().and_utc() }
}

/// Three customers opted in by email, a campaign `news` to them launched.
fn launched(db: &crate::test_pg::TestDb) -> App<'static> {
    let mut app = app(db);
    let tx = app.store.begin().unwrap();
    let (w, _) = consent::add_wording(&tx, "news by email", None, "2024-06-01T00:00:00Z").unwrap();
    tx.commit().unwrap();
    for name in ["Anne", "Bruno", "Chloe"] {
        let fields = [("name", name.to_string()), ("email", format!("{}@example.fr", name.to_lowercase()))];
        let new = contacts::NewContact {
            fields: contacts::fields_from(&fields).unwrap(),
            tags: vec![],
            cadence_days: None,
            allow_duplicate: false,
            kind: crate::domain::company::Kind::Person,
        };
        contacts::add(&mut app, new).unwrap();
        let g = consent_app::Grant {
            contact: name.into(),
            channels: vec![Channel::Email],
            method: Some(Method::PaperForm),
            wording: Some(w.to_string()),
            source: None,
            on: NaiveDate::from_ymd_opt(2024, 6, 10).unwrap(),
        };
        consent_app::grant(&mut app, &g).unwrap();
    }
    let all = crate::domain::segment_filter::Criteria {
        has: vec![crate::domain::segment_filter::Reach::Email],
        ..Default::default()
    };
    crate::app::segments::add(&mut app, "all", None, &all).unwrap();
    let r = campaigns::NewRequest {
        name: "news".into(),
        channel: Channel::Email,
        segment: "all".into(),
        holdout_pct: 0,
        seed: Some(1),
        message: Some("Subject: Hi\n\nHello {{first_name}}\n".into()),
        costs: Default::default(),
    };
    campaigns::create(&mut app, &r).unwrap();
    struct Nowhere;
    impl campaigns::LaunchFile for Nowhere {
        fn check(&mut self) -> Result<()> {
            Ok(())
        }
        fn write(&mut self, _: &Campaign, _: &[&Reach], _: &str) -> Result<()> {
            Ok(())
        }
    }
    campaigns::launch(&mut app, "news", &mut Nowhere).unwrap();
    app
}

/// Accepts everything and keeps the addresses it was handed.
#[derive(Default)]
struct Server(Vec<String>);

impl Transport for Server {
    fn deliver(&mut self, m: &Outgoing) -> Delivery {
        self.0.push(m.to.clone());
        Delivery::Sent("250 ok".into())
    }
}

fn run(app: &mut App, resend_uncertain: bool, server: &mut Server) -> Summary {
    let day = |d: NaiveDate| d.to_string();
    let opts = Options {
        unsubscribe_text: "stop".into(),
        day: &day,
        retry_delays: vec![],
        per_minute: 60_000,
        resend_uncertain,
    };
    send(app, "news", &opts, server, &mut |_, _| {}).unwrap()
}

/// Leave Bruno's row as a killed run leaves it: `sending`, once tried.
fn interrupted_at_bruno(app: &mut App) -> i64 {
    let c = campaigns::load(app.db(), "news").unwrap();
    let bruno = outbox::recipients(app.db(), c.id).unwrap()[1];
    let tx = app.store.begin().unwrap();
    assert!(outbox::claim(&tx, c.id, bruno, "queued", 0, "2024-06-30T12:00:00Z").unwrap());
    tx.commit().unwrap();
    bruno
}

crate::test_pg::conformance! {
    fn an_uncertain_message_is_counted_not_sent_again_and_sent_once_when_asked(db) {
        let mut app = launched(db);
        let mut first = Server::default();
        // A first run queues the rows; nothing sent yet for this test's purpose.
        let c = campaigns::load(app.db(), "news").unwrap();
        let ids = outbox::recipients(app.db(), c.id).unwrap();
        let queue: Vec<(i64, String, String)> =
            ids.iter().map(|&id| (id, format!("t{id}"), format!("<m{id}@atelier-roux.fr>"))).collect();
        let tx = app.store.begin().unwrap();
        outbox::queue(&tx, c.id, Channel::Email, &queue).unwrap();
        tx.commit().unwrap();
        interrupted_at_bruno(&mut app);

        let s = run(&mut app, false, &mut first);
        assert_eq!((s.sent, s.uncertain, s.resent_uncertain), (2, 1, 0));
        assert_eq!(first.0, ["anne@example.fr", "chloe@example.fr"]);
        // Again: nothing goes, the uncertain one is still counted.
        let mut second = Server::default();
        let s = run(&mut app, false, &mut second);
        assert_eq!((s.sent, s.already_sent, s.uncertain), (0, 2, 1));
        assert!(second.0.is_empty());
        assert_eq!(delivery_counts(app.db(), c.id).unwrap().get("sending"), Some(&1));
        // Asked: exactly that one, with the Message-ID it had.
        let mut third = Server::default();
        let s = run(&mut app, true, &mut third);
        assert_eq!((s.sent, s.uncertain, s.resent_uncertain), (1, 0, 1));
        assert_eq!(third.0, ["bruno@example.fr"]);
        let rows = outbox::rows(app.db(), c.id).unwrap();
        assert!(rows.iter().all(|r| r.state == "sent"), "{rows:?}");
        assert_eq!(rows[1].attempts, 2);
    }

    fn a_row_another_run_took_is_not_taken_twice(db) {
        let mut app = launched(db);
        let c = campaigns::load(app.db(), "news").unwrap();
        let id = outbox::recipients(app.db(), c.id).unwrap()[0];
        let tx = app.store.begin().unwrap();
        outbox::queue(&tx, c.id, Channel::Email, &[(id, "t".into(), "<m@x>".into())]).unwrap();
        // Two runs read the row queued with no attempt; the first claim wins.
        assert!(outbox::claim(&tx, c.id, id, "queued", 0, "now").unwrap());
        assert!(!outbox::claim(&tx, c.id, id, "queued", 0, "now").unwrap());
        // A resend of the uncertain row, read with its one attempt, wins once too.
        assert!(outbox::claim(&tx, c.id, id, "sending", 1, "now").unwrap());
        assert!(!outbox::claim(&tx, c.id, id, "sending", 1, "now").unwrap());
        tx.commit().unwrap();
    }
}

/// Breaks the connection on the message to `to`, after handing it over.
struct BreaksOn(&'static str, Vec<String>);

impl Transport for BreaksOn {
    fn deliver(&mut self, m: &Outgoing) -> Delivery {
        self.1.push(m.to.clone());
        if m.to == self.0 {
            return Delivery::Uncertain("connection reset".into());
        }
        Delivery::Sent("250 ok".into())
    }
}

crate::test_pg::conformance! {
    fn a_connection_broken_during_a_handover_stops_the_run_and_leaves_that_one_uncertain(db) {
        let mut app = launched(db);
        let day = |d: NaiveDate| d.to_string();
        let opts = Options {
            unsubscribe_text: "stop".into(),
            day: &day,
            retry_delays: vec![],
            per_minute: 60_000,
            resend_uncertain: false,
        };
        let mut t = BreaksOn("bruno@example.fr", vec![]);
        let e = send(&mut app, "news", &opts, &mut t, &mut |_, _| {}).unwrap_err();
        assert_eq!(e.kind(), crate::error::Kind::Io);
        assert_eq!(t.1, ["anne@example.fr", "bruno@example.fr"]);
        let c = campaigns::load(app.db(), "news").unwrap();
        let n = delivery_counts(app.db(), c.id).unwrap();
        assert_eq!((n.get("sent"), n.get("sending"), n.get("queued")), (Some(&1), Some(&1), Some(&1)));
        // The next run sends Chloé only.
        let mut next = Server::default();
        let s = run(&mut app, false, &mut next);
        assert_eq!((s.sent, s.uncertain), (1, 1));
        assert_eq!(next.0, ["chloe@example.fr"]);
    }
}
