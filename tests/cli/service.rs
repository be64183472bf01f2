//! `carnet service`, its reminders, `report service`, and the new table in
//! erasure, export, backup and `contact show`. Today is 2024-06-30.

use crate::Env;

fn shop() -> Env {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--ref", "P", "--phone", "06 12 34 56 78"]);
    env.add(&["--name", "Hélène Dupont", "--ref", "H", "--email", "helene@example.fr"]);
    env
}

fn count(env: &Env, table: &str) -> i64 {
    env.sql(&format!("SELECT count(*) FROM {table}"))
}

#[test]
fn a_request_goes_from_received_to_collected_and_records_the_purchase() {
    let env = shop();
    let id = env.ok(&[
        "service",
        "add",
        "P",
        "--what",
        "Vélo Peugeot, freins",
        "--kind",
        "repair",
        "--promised",
        "+3d",
        "--quote",
        "45,50",
        "-q",
    ]);
    assert_eq!(id.trim(), "1");
    let r = env.json(&["service", "show", "1"]);
    assert_eq!(
        (r["status"].as_str(), r["kind"].as_str(), r["promised"].as_str(), r["quote"].as_str()),
        (Some("received"), Some("repair"), Some("2024-07-03"), Some("45.50"))
    );
    env.ok(&["service", "move", "1", "in_progress"]);
    env.ok(&["service", "note", "1", "Câble arrière changé"]);
    // Moving to ready prints the message to send and where.
    let o = env.run(&["service", "move", "1", "ready"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.contains("Message to send to Paul Martin (06 12 34 56 78)"), "{}", o.stdout);
    assert!(o.stdout.contains("Hello Paul, your Vélo Peugeot, freins is ready"), "{}", o.stdout);
    assert_eq!(count(&env, "purchases"), 0);
    let o = env.run(&["service", "close", "1", "--collected", "--charge", "52"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("collected, 0 days after it came in; purchase 1 recorded (52.00"), "{}", o.stderr);
    let p = env.json(&["purchase", "list"]);
    assert_eq!(p.as_array().unwrap().len(), 1);
    assert_eq!((p[0]["amount"].as_str(), p[0]["date"].as_str()), (Some("52.00"), Some("2024-06-30")));
    let r = env.json(&["service", "show", "1"]);
    assert_eq!(
        (r["status"].as_str(), r["purchase_id"].as_i64(), r["charge"].as_str()),
        (Some("collected"), Some(1), Some("52.00"))
    );
    let history: Vec<&str> = r["history"].as_array().unwrap().iter().map(|h| h.as_str().unwrap()).collect();
    assert_eq!(
        history,
        [
            "2024-06-30 came in (received) — by carnet",
            "2024-06-30 received → in_progress — by carnet",
            "2024-06-30 note: Câble arrière changé — by carnet",
            "2024-06-30 in_progress → ready — by carnet",
            "2024-06-30 ready → collected — by carnet",
        ]
    );
    // Closed stays closed; the list shows open ones by default.
    let err = env.fails(1, &["service", "close", "1", "--collected", "--charge", "52"]);
    assert!(err.contains("already collected"), "{err}");
    assert_eq!(count(&env, "purchases"), 1, "nothing more was recorded");
    assert!(env.json(&["service", "list"]).as_array().unwrap().is_empty());
    assert_eq!(env.json(&["service", "list", "--closed"])[0]["id"], 1);
}

#[test]
fn bad_input_is_refused_in_words_and_nothing_is_written() {
    let env = shop();
    let before = count(&env, "service_requests");
    let err = env.fails(1, &["service", "add", "P", "--what", "x", "--kind", "painting"]);
    assert!(err.contains("`painting` is not a kind of request"), "{err}");
    assert!(err.contains("hint: the kinds are: repair, alteration, order, complaint, other"), "{err}");
    let err = env.fails(1, &["service", "add", "P", "--what", "x", "--kind", "repair", "--quote", "abc"]);
    assert!(err.contains("--quote") && err.contains("abc"), "{err}");
    let err = env.fails(1, &["service", "add", "P", "--what", "x", "--kind", "repair", "--promised", "someday"]);
    assert!(err.contains("--promised"), "{err}");
    let err = env.fails(1, &["service", "add", "P", "--what", "  ", "--kind", "repair"]);
    assert!(err.contains("needs a description"), "{err}");
    let err = env.fails(1, &["service", "add", "Nobody", "--what", "x", "--kind", "repair"]);
    assert!(err.contains("Nobody"), "{err}");
    assert_eq!(count(&env, "service_requests"), before);
    env.ok(&["service", "add", "P", "--what", "Ourlet", "--kind", "alteration"]);
    let err = env.fails(1, &["service", "move", "1", "collected"]);
    assert!(err.contains("carnet service close 1 --collected"), "{err}");
    let err = env.fails(1, &["service", "move", "1", "nowhere"]);
    assert!(err.contains("`nowhere` is not a status") && err.contains("hint: the statuses are"), "{err}");
    assert!(env.fails(1, &["service", "show", "9"]).contains("no service request with id 9"));
    // --charge belongs to --collected; a close says how.
    assert_eq!(env.run(&["service", "close", "1", "--cancelled", "--charge", "5"]).code, 2);
    assert_eq!(env.run(&["service", "close", "1", "--collected", "--reason", "x"]).code, 2);
    assert_eq!(env.run(&["service", "close", "1"]).code, 2);
    assert_eq!(count(&env, "purchases"), 0);
    let err = env.fails(1, &["service", "close", "1", "--collected", "--date", "2024-01-01"]);
    assert!(err.contains("came in on 2024-06-30"), "{err}");
    assert_eq!(env.json(&["service", "show", "1"])["status"], "received", "nothing changed");
    assert_eq!(count(&env, "service_events"), 1);
}

#[test]
fn french_words_are_shown_and_accepted_either_way() {
    let env = shop();
    let fr = |args: &[&str]| {
        let mut a = vec!["--lang", "fr"];
        a.extend(args);
        env.run(&a)
    };
    let o = fr(&["service", "add", "P", "--what", "Vélo", "--kind", "Réparation", "--promised", "2024-06-28"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("demande de service 1 ouverte : Vélo pour Paul Martin"), "{}", o.stderr);
    assert_eq!(env.json(&["service", "show", "1"])["kind"], "repair", "stored in English");
    let o = fr(&["service", "list"]);
    assert!(o.stdout.contains("réparation") && o.stdout.contains("reçue"), "{}", o.stdout);
    // Late: promised on the 28th, still received.
    assert_eq!(env.json(&["service", "list", "--late"]).as_array().unwrap().len(), 1);
    let o = fr(&["service", "move", "1", "en cours"]);
    assert!(o.stderr.contains("demande de service 1 : reçue → en cours"), "{}", o.stderr);
    let o = fr(&["service", "move", "1", "PRETE"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.contains("Message à envoyer à Paul Martin (06 12 34 56 78)"), "{}", o.stdout);
    assert!(o.stdout.contains("Bonjour Paul, votre Vélo est prêt"), "{}", o.stdout);
    let o = fr(&["service", "close", "1", "--collected"]);
    // French says "0 jour" (zero takes the singular).
    assert!(o.stderr.contains("retirée, 0 jour après son arrivée"), "{}", o.stderr);
    let o = fr(&["service", "show", "1", "--format", "json"]);
    assert!(o.stdout.contains("\"status\": \"collected\""), "JSON stays English: {}", o.stdout);
    let err = fr(&["service", "add", "P", "--what", "x", "--kind", "peinture"]).stderr;
    assert!(err.contains("`peinture` n'est pas un type de demande"), "{err}");
}

#[test]
fn remind_lists_late_uncollected_and_unanswered_with_stable_uids() {
    let env = shop();
    env.ok(&[
        "service",
        "add",
        "P",
        "--what",
        "Vélo",
        "--kind",
        "repair",
        "--promised",
        "2024-06-27",
        "--date",
        "2024-06-20",
    ]);
    env.ok(&["service", "add", "H", "--what", "Plat bleu", "--kind", "order", "--date", "2024-06-01"]);
    env.sql_exec("UPDATE service_requests SET status = 'ready', ready_day = opened_day + 10 WHERE id = 2");
    env.ok(&["service", "add", "H", "--what", "Vase fêlé", "--kind", "complaint", "--date", "2024-06-27"]);
    env.ok(&["service", "add", "P", "--what", "Answered", "--kind", "complaint", "--date", "2024-06-20"]);
    env.ok(&["service", "note", "4", "Called back"]);
    let items = env.json(&["remind"]);
    let kinds: Vec<(&str, i64, &str)> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"].as_str().unwrap().starts_with("service"))
        .map(|i| (i["kind"].as_str().unwrap(), i["source_id"].as_i64().unwrap(), i["due"].as_str().unwrap()))
        .collect();
    // Ready on 06-11 + 7 days; a complaint of 06-27 + 2 days; promised 06-27.
    assert_eq!(
        kinds,
        [
            ("service_late", 1, "2024-06-27"),
            ("service_collect", 2, "2024-06-18"),
            ("service_complaint", 3, "2024-06-29")
        ]
    );
    let digest = env.ok(&["remind"]);
    assert!(digest.contains("Service requests past their promised day"), "{digest}");
    assert!(digest.contains("request 1 \"Vélo\" (received, in since 2024-06-20) was promised"), "{digest}");
    let fr = env.ok(&["--lang", "fr", "remind"]);
    assert!(fr.contains("Réclamations sans réponse") && fr.contains("(reçue, arrivée le 20/06/2024)"), "{fr}");
    let ics = env.ok(&["remind", "--format", "ics"]);
    for uid in [
        "carnet-service-late-1@carnet.local",
        "carnet-service-collect-2@carnet.local",
        "carnet-service-complaint-3@carnet.local",
    ] {
        assert!(ics.contains(&format!("UID:{uid}")), "{uid} in {ics}");
    }
    // The collect reminder follows the config.
    env.write("config.toml", "[service]\ncollect_reminder = \"30d\"\n");
    assert!(!env.ok(&["remind", "--format", "csv"]).contains("service_collect"));
    // Once collected, nothing is due.
    env.ok(&["service", "close", "2", "--collected"]);
    env.ok(&["service", "move", "1", "ready"]);
    env.ok(&["service", "note", "3", "Sorry, replaced"]);
    let left = env.ok(&["remind", "--format", "csv", "--within", "60d"]);
    let service: Vec<&str> = left.lines().filter(|l| l.starts_with("service_")).collect();
    // Only the new collect reminder of request 1, 30 days (the config's) after it became ready.
    assert_eq!(service.len(), 1, "{left}");
    assert!(service[0].starts_with("service_collect,2024-07-30,"), "{left}");
}

#[test]
fn the_report_gives_turnaround_promises_kept_and_complaints_per_100_customers() {
    let env = shop();
    // Two repairs: 2 days (promised 3: on time) and 6 days (promised 4: late).
    env.ok(&[
        "service",
        "add",
        "P",
        "--what",
        "A",
        "--kind",
        "repair",
        "--date",
        "2024-06-01",
        "--promised",
        "2024-06-04",
    ]);
    env.ok(&[
        "service",
        "add",
        "H",
        "--what",
        "B",
        "--kind",
        "repair",
        "--date",
        "2024-06-02",
        "--promised",
        "2024-06-06",
    ]);
    env.sql_exec(
        "UPDATE service_requests SET status = 'ready', ready_day = opened_day + 2 WHERE id = 1;
         UPDATE service_requests SET status = 'ready', ready_day = opened_day + 6 WHERE id = 2;",
    );
    env.ok(&["service", "close", "1", "--collected", "--charge", "30", "--date", "2024-06-10"]);
    env.ok(&["service", "close", "2", "--collected", "--charge", "40", "--date", "2024-06-12"]);
    // One complaint in June; two customers bought in June (the charges).
    env.ok(&["service", "add", "P", "--what", "C", "--kind", "complaint", "--date", "2024-06-15"]);
    env.ok(&["service", "add", "H", "--what", "D", "--kind", "alteration", "--date", "2024-06-20"]);
    let kinds = env.json(&["report", "service", "--by", "kind"]);
    let repair = &kinds.as_array().unwrap().iter().find(|k| k["kind"] == "repair").unwrap().clone();
    assert_eq!(repair["collected"], 2);
    assert_eq!(repair["median_turnaround_days"], 4.0);
    assert_eq!((repair["promised"].as_u64(), repair["on_time"].as_u64()), (Some(2), Some(1)));
    assert_eq!(repair["on_time_share"], 0.5);
    let months = env.json(&["report", "service", "--by", "month", "--since", "2024-05-01"]);
    assert_eq!(months.as_array().unwrap().len(), 2);
    assert_eq!(months[1]["month"], "2024-06");
    assert_eq!((months[1]["complaints"].as_u64(), months[1]["customers"].as_u64()), (Some(1), Some(2)));
    assert_eq!(months[1]["per_100_customers"], 50.0);
    assert!(months[0]["per_100_customers"].is_null(), "no customers in May: no rate");
    let statuses = env.json(&["report", "service"]);
    let received = statuses["statuses"].as_array().unwrap().iter().find(|s| s["status"] == "received").unwrap().clone();
    // Open: C (15 days) and D (10 days).
    assert_eq!((received["open"].as_u64(), received["days_8_to_30"].as_u64()), (Some(2), Some(2)));
    assert_eq!(received["median_age_days"], 12.5);
    let csv = env.ok(&["report", "service", "--by", "kind", "--format", "csv"]);
    assert!(
        csv.starts_with("kind,open,collected,cancelled,median_turnaround_days,promised,on_time,on_time_share\n"),
        "{csv}"
    );
    assert!(csv.contains("repair,0,2,0,4,2,1,0.5"), "{csv}");
    let table = env.ok(&["--lang", "fr", "report", "service"]);
    assert!(table.contains("Réclamations pour 100 clients") && table.contains("délai médian"), "{table}");
    let err = env.fails(1, &["report", "service", "--since", "2024-07-01"]);
    assert!(err.contains("--since is after --until"), "{err}");
}

#[test]
fn contact_show_export_and_erasure_cover_the_requests() {
    let env = shop();
    env.ok(&["service", "add", "P", "--what", "Vélo Peugeot", "--kind", "repair"]);
    env.ok(&["service", "note", "1", "Client prefers SMS"]);
    let card = env.json(&["contact", "show", "P"]);
    assert_eq!(card["service_requests"][0], "1 2024-06-30 repair: Vélo Peugeot (received)");
    let table = env.ok(&["--lang", "fr", "contact", "show", "P"]);
    assert!(table.contains("réparation : Vélo Peugeot (reçue)"), "{table}");
    let export = env.json(&["privacy", "export", "P"]);
    assert_eq!(export["service_requests"][0]["what"], "Vélo Peugeot");
    assert_eq!(export["service_requests"][0]["history"][1]["note"], "Client prefers SMS");
    env.ok(&["privacy", "forget", "P", "--yes"]);
    assert_eq!(env.sql_text("SELECT what FROM service_requests WHERE id = 1"), "erased");
    assert_eq!(env.sql("SELECT count(*) FROM service_events WHERE note IS NOT NULL"), 0);
    assert_eq!(env.sql_text("SELECT kind FROM service_requests WHERE id = 1"), "repair", "the figures stay");
    // The file itself no longer holds the words (a SQLite file: a server's
    // table files are not the test's to read).
    if std::env::var("CARNET_TEST_ENGINE").as_deref() == Ok("postgres") {
        return;
    }
    let bytes = std::fs::read(env.db()).unwrap();
    assert!(!bytes.windows(12).any(|w| w == "Vélo Peugeo".as_bytes()), "erased bytes remain");
}

#[test]
fn merging_contacts_keeps_their_requests() {
    let env = shop();
    env.add(&["--name", "Paul Martin bis", "--ref", "P2"]);
    env.ok(&["service", "add", "ref:P2", "--what", "Roue", "--kind", "repair"]);
    env.ok(&["contact", "merge", "ref:P", "ref:P2", "--yes"]);
    assert_eq!(env.json(&["service", "list", "--contact", "ref:P"]).as_array().unwrap().len(), 1);
}

#[test]
fn the_demo_and_its_backup_have_requests() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "40", "-q"]);
    let open = env.json(&["service", "list"]);
    assert!(open.as_array().unwrap().len() >= 3, "{open}");
    assert!(env.json(&["service", "list", "--late"]).as_array().unwrap().len() == 1);
    let remind = env.json(&["remind"]);
    for k in ["service_late", "service_collect", "service_complaint"] {
        assert!(remind.as_array().unwrap().iter().any(|i| i["kind"] == k), "{k} in the demo's remind");
    }
    let target = env.path("copy.db");
    env.ok(&["backup", target.to_str().unwrap()]);
    let conn = rusqlite::Connection::open(&target).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM service_requests", [], |r| r.get(0)).unwrap();
    assert_eq!(n, env.sql("SELECT count(*) FROM service_requests"));
    // The French demo says it in French.
    let fr = Env::new();
    fr.ok(&["--lang", "fr", "demo", "--customers", "40", "-q"]);
    assert!(fr.sql_text("SELECT what FROM service_requests WHERE id = 1").starts_with("Rempotage"));
}

#[test]
fn a_bad_service_config_is_refused_with_its_key() {
    let env = shop();
    env.write("config.toml", "[service]\nstatuses = [\"received\", \"done\"]\n");
    let err = env.fails(1, &["service", "list"]);
    assert!(err.contains("service.statuses") && err.contains("`ready`"), "{err}");
    env.write("config.toml", "[service.messages]\nready = \"Hi {{nom}}\"\n");
    let err = env.fails(1, &["service", "list"]);
    assert!(err.contains("service.messages.ready") && err.contains("nom"), "{err}");
    env.write("config.toml", "[service]\ncollect_reminder = \"soon\"\n");
    assert!(env.fails(1, &["service", "list"]).contains("service.collect_reminder"));
    // The shop's own wording and statuses.
    env.write(
        "config.toml",
        "[service]\nstatuses = [\"received\", \"at the workshop\", \"ready\"]\n[service.messages]\nready = \"{{first_name}}, {{what}}: {{charge}}\"\n\"at the workshop\" = \"{{what}} went to the workshop\"\n",
    );
    env.ok(&["service", "add", "P", "--what", "Vélo", "--kind", "repair"]);
    let o = env.run(&["service", "move", "1", "AT THE WORKSHOP"]);
    assert!(o.stdout.contains("Vélo went to the workshop"), "{}", o.stdout);
    // `{{charge}}` is not known before it is charged: refused, nothing moved.
    let err = env.fails(1, &["service", "move", "1", "ready"]);
    assert!(err.contains("charge"), "{err}");
    assert_eq!(env.json(&["service", "show", "1"])["status"], "at the workshop");
}

#[test]
fn notify_sends_an_sms_as_a_transactional_message_unless_the_customer_objected() {
    let env = shop();
    let (port, seen) = crate::sms::provider(200, r#"{"ok":true}"#);
    env.write(
        "config.toml",
        format!("[sms]\nurl = \"http://127.0.0.1:{port}/v1/sms\"\nbody = '{{\"to\":\"{{{{to}}}}\",\"text\":\"{{{{message}}}}\"}}'\nper_minute = 60000\n"),
    );
    env.ok(&["service", "add", "P", "--what", "Vélo", "--kind", "repair"]);
    // No opt-in recorded: a service message needs none.
    let o = env.run(&["service", "move", "1", "ready", "--notify", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let got = seen.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let json: serde_json::Value = serde_json::from_str(&got[0].1).unwrap();
    assert_eq!(json["to"], "+33612345678");
    assert!(json["text"].as_str().unwrap().starts_with("Hello Paul, your Vélo is ready"), "{json}");
    let row: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!((row["sent_by"].as_str(), row["sent_to"].as_str()), (Some("sms"), Some("+33612345678")));
    let history = env.json(&["service", "show", "1"])["history"].clone();
    assert!(history.to_string().contains("sent by sms to +33612345678"), "{history}");
    // An objection holds: refused before anything moves.
    env.ok(&["service", "add", "P", "--what", "Roue", "--kind", "repair"]);
    env.ok(&["consent", "withdraw", "P", "--channel", "sms"]);
    let err = env.fails(1, &["service", "move", "2", "ready", "--notify"]);
    assert!(err.contains("may not be written to by sms") && err.contains("opted out"), "{err}");
    assert_eq!(env.json(&["service", "show", "2"])["status"], "received");
    assert_eq!(seen.lock().unwrap().len(), 1);
    // No way to reach: said, nothing moved.
    env.ok(&["service", "add", "H", "--what", "Plat", "--kind", "order"]);
    let err = env.fails(1, &["service", "move", "3", "ready", "--notify"]);
    assert!(err.contains("cannot be reached"), "{err}");
}

#[test]
fn notify_sends_an_email_through_the_shops_account() {
    let Some(python) = crate::send::python() else { return };
    let env = shop();
    let server = crate::send::Smtp::start(&python, env.path("mail"), &[]);
    crate::send::config(
        &env,
        &format!("smtp://127.0.0.1:{}", server.port),
        "[service.messages]\nready = \"Bonjour {{first_name}}, votre {{what}} est prête ({{quote}}).\"\n",
    );
    env.ok(&["service", "add", "H", "--what", "robe retouchée", "--kind", "alteration", "--quote", "30"]);
    let o = env.run(&["--lang", "fr", "service", "move", "1", "prête", "--notify"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("le message est parti vers helene@example.fr"), "{}", o.stderr);
    assert!(o.stdout.is_empty(), "sent, not printed: {}", o.stdout);
    let mail = server.messages();
    assert_eq!(mail.len(), 1);
    assert_eq!(crate::send::header(&mail[0], "X-Envelope-To"), Some("helene@example.fr"));
    assert!(crate::send::header(&mail[0], "Subject").is_some_and(|s| !s.is_empty()));
    assert!(mail[0].contains("Bonjour H"), "{}", mail[0]);
    assert!(env.json(&["service", "show", "1"])["history"].to_string().contains("sent by email to helene@example.fr"));
}

#[test]
fn a_refused_notice_leaves_the_move_and_prints_the_message_to_pass_on() {
    let env = shop();
    let (port, seen) = crate::sms::provider(500, r#"{"ok":false}"#);
    env.write("config.toml", format!("[sms]\nurl = \"http://127.0.0.1:{port}/v1/sms\"\nbody = '{{{{message}}}}'\n"));
    env.ok(&["service", "add", "P", "--what", "Vélo", "--kind", "repair"]);
    let o = env.run(&["service", "move", "1", "ready", "--notify"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("service request 1: received → ready"), "{}", o.stderr);
    assert!(
        o.stdout.contains("Message to send to Paul Martin") && o.stdout.contains("your Vélo is ready"),
        "{}",
        o.stdout
    );
    assert_eq!(seen.lock().unwrap().len(), 1);
    assert_eq!(env.json(&["service", "show", "1"])["status"], "ready");
    assert!(!env.json(&["service", "show", "1"])["history"].to_string().contains("sent by"));
}

#[test]
fn a_request_opened_ready_is_reminded_to_collect() {
    let env = shop();
    env.ok(&[
        "service",
        "add",
        "H",
        "--what",
        "Commande",
        "--kind",
        "order",
        "--status",
        "prête",
        "--date",
        "2024-06-20",
    ]);
    let r = env.json(&["service", "show", "1"]);
    assert_eq!((r["status"].as_str(), r["ready_on"].as_str()), (Some("ready"), Some("2024-06-20")));
    let remind = env.ok(&["remind", "--format", "csv"]);
    assert!(remind.contains("service_collect,2024-06-27,"), "{remind}");
    // A closed status is not where a request starts.
    let err = env.fails(1, &["service", "add", "H", "--what", "x", "--kind", "order", "--status", "collected"]);
    assert!(err.contains("service close"), "{err}");
}
