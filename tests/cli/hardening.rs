//! What an adversarial pass found, each at its cause: files that must not
//! be overwritten, values that must not be stored, files that are not
//! carnet's, erasure that must hold, and a few small things.

use crate::Env;

fn with_customer() -> Env {
    let env = Env::new();
    env.add(&["--name", "Hélène Dupont", "--email", "helene@example.fr", "--ref", "A"]);
    env.ok(&["purchase", "add", "A", "45,50", "--date", "2024-06-01"]);
    env
}

fn no_bug(err: &str) {
    assert!(!err.contains("bug in carnet") && !err.contains("panicked"), "{err}");
}

#[test]
fn no_out_file_can_be_the_database_or_its_side_files() {
    sqlite_only!();
    let env = with_customer();
    let db = env.db();
    let dbs = db.to_str().unwrap();
    let wal = format!("{dbs}-wal");
    let link = env.path("innocent.csv");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    for args in [
        vec!["contact", "export", "--out", dbs],
        vec!["contact", "export", "--out", dbs, "--force"],
        vec!["purchase", "export", "--out", &wal, "--force"],
        vec!["segment", "export", "Hibernating", "--out", link.to_str().unwrap(), "--force"],
    ] {
        let err = env.fails(1, &args);
        assert!(err.contains("is the database itself"), "{args:?}: {err}");
    }
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "Hibernating"]);
    let err = env.fails(1, &["campaign", "launch", "c", "--out", dbs, "--force"]);
    assert!(err.contains("is the database itself"), "{err}");
    // The database is intact and the campaign is not launched.
    assert_eq!(env.json(&["contact", "show", "A"])["name"], "Hélène Dupont");
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
}

#[test]
fn an_existing_file_is_replaced_only_with_force_and_every_file_is_private() {
    let env = with_customer();
    let out = env.write("contacts.csv", "precious");
    let err = env.fails(1, &["contact", "export", "--out", &out]);
    assert!(err.contains("already exists") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
    env.ok(&["contact", "export", "--out", &out, "--force"]);
    assert!(std::fs::read_to_string(&out).unwrap().contains("Hélène Dupont"));
    let fresh = env.path("p.csv");
    env.ok(&["purchase", "export", "--out", fresh.to_str().unwrap()]);
    use std::os::unix::fs::PermissionsExt;
    for f in [std::path::PathBuf::from(&out), fresh] {
        assert_eq!(std::fs::metadata(&f).unwrap().permissions().mode() & 0o777, 0o600, "{f:?}");
    }
    let stray = env.stray_temp_files();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn a_launch_that_cannot_write_its_file_is_not_launched() {
    let env = with_customer();
    env.ok(&["consent", "soft-opt-in", "A", "--channel", "email"]);
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "Hibernating"]);
    let existing = env.write("r.csv", "keep me");
    assert!(env.fails(1, &["campaign", "launch", "c", "--out", &existing]).contains("already exists"));
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
    let missing_dir = env.path("no/such/folder/r.csv");
    env.fails(1, &["campaign", "launch", "c", "--out", missing_dir.to_str().unwrap()]);
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
    env.ok(&["campaign", "launch", "c", "--out", &existing, "--force"]);
    assert!(std::fs::read_to_string(&existing).unwrap().contains("helene@example.fr"));
}

#[test]
fn lengths_of_time_past_a_hundred_years_are_refused_where_they_are_typed() {
    let env = with_customer();
    for args in [
        vec!["contact", "edit", "A", "--every", "99999999d"],
        vec!["segment", "add", "s", "--last-purchase-before", "4000000000d"],
        vec!["privacy", "review", "--older-than", "99999999d"],
        vec!["campaign", "report", "x", "--window", "99999999d"],
        vec!["interaction", "due", "--within", "99999999d"],
        vec!["remind", "--within", "99999999d"],
    ] {
        let err = env.fails(1, &args);
        no_bug(&err);
        assert!(err.contains("100 years") || err.contains("36500"), "{args:?}: {err}");
    }
    for (toml, key) in [
        ("[campaign]\nwindow_days = 4000000000\n", "campaign.window_days"),
        ("[remind]\nbirthday_days = 4000000000\n", "remind.birthday_days"),
        ("[privacy]\nretention = \"300000y\"\n", "privacy.retention"),
    ] {
        std::fs::write(env.path("config.toml"), toml).unwrap();
        let err = env.fails(1, &["remind"]);
        assert!(err.contains(key), "{toml}: {err}");
    }
}

#[test]
fn extreme_values_stored_by_an_older_carnet_never_make_a_command_crash() {
    let env = with_customer();
    env.ok(&["segment", "add", "old", "--last-purchase-before", "90d"]);
    env.sql_exec("UPDATE contacts SET cadence_days = 4000000000");
    env.sql_exec("UPDATE segments SET criteria = replace(criteria, '\"90d\"', '\"4000000000d\"')");
    env.ok(&["remind"]);
    env.ok(&["segment", "list"]);
    env.ok(&["segment", "show", "old"]);
}

#[test]
fn amounts_are_bounded_so_totals_cannot_wrap() {
    let env = with_customer();
    let err = env.fails(1, &["purchase", "add", "A", "92233720368547758.07"]);
    assert!(err.contains("too large") && err.contains("999 999 999.99"), "{err}");
    env.ok(&["purchase", "add", "A", "999 999 999,99"]);
    env.ok(&["purchase", "add", "A", "999 999 999,99"]);
    let card = env.json(&["contact", "show", "A"]);
    assert_eq!(card["total_spent"], "2000000045.48");
    let rfm = env.json(&["report", "rfm"]);
    assert!(!rfm[0]["revenue"].as_str().unwrap().starts_with('-'));
    env.ok(&["deal", "add", "A", "--title", "big", "--amount", "999999999.99"]);
    env.ok(&["deal", "add", "A", "--title", "bigger", "--amount", "999999999.99"]);
    let p = env.json(&["report", "pipeline"]);
    assert_eq!(p[0]["total"], "1999999999.98");
}

#[test]
fn a_damaged_file_or_one_that_is_not_a_database_is_named_not_called_a_bug() {
    sqlite_only!();
    let env = with_customer();
    let good = std::fs::read(env.db()).unwrap();
    // WAL content is checkpointed into the file by a backup copy.
    let copy = env.path("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    let bytes = std::fs::read(&copy).unwrap();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("text", b"my shop notes, not a database\n".repeat(200)),
        ("truncated", bytes[..bytes.len() / 3].to_vec()),
        ("empty header", {
            let mut b = bytes.clone();
            b[..100].fill(0);
            b
        }),
    ];
    let mut zeroed = bytes.clone();
    for b in zeroed.iter_mut().skip(4096).take(8192) {
        *b = 0xAB;
    }
    cases.push(("scribbled pages", zeroed));
    for (what, content) in cases {
        let f = env.path(&format!("{}.db", what.replace(' ', "_")));
        std::fs::write(&f, content).unwrap();
        let o = env.cmd().env("CARNET_DB", &f).args(["contact", "list"]).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{what}: {err}");
        no_bug(&err);
        assert!(err.contains("damaged") || err.contains("not a carnet database"), "{what}: {err}");
    }
    assert!(!good.is_empty());
}

#[test]
fn a_strangers_sqlite_file_keeps_its_journal_mode() {
    let env = Env::new();
    let f = env.path("other.db");
    let c = rusqlite::Connection::open(&f).unwrap();
    c.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');").unwrap();
    drop(c);
    let o = env.cmd().env("CARNET_DB", &f).args(["contact", "add", "--name", "A"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    let c = rusqlite::Connection::open(&f).unwrap();
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    let n: i64 = c.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1, "nothing was added to the stranger's file");
}

/// Every byte of the database's files, to look for a trace of a person.
fn files_hold(env: &Env, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for suffix in ["", "-wal", "-journal", "-shm"] {
        let p = format!("{}{suffix}", env.db().display());
        if let Ok(bytes) = std::fs::read(&p) {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(p);
            }
        }
    }
    found
}

#[test]
fn forget_waits_for_a_reader_and_leaves_no_trace_when_it_reports_success() {
    sqlite_only!();
    let env = with_customer();
    env.ok(&["interaction", "add", "A", "--kind", "call", "--note", "wants the blue vase", "--follow-up", "+2d"]);
    assert!(!files_hold(&env, "helene@example.fr").is_empty());
    // Another process reads for a second and a half, holding old pages.
    let db = env.db();
    let reader = std::thread::spawn(move || {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("BEGIN").unwrap();
        let _: i64 = c.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0)).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1500));
        c.execute_batch("COMMIT").unwrap();
    });
    std::thread::sleep(std::time::Duration::from_millis(200));
    env.ok(&["privacy", "forget", "A", "--yes"]);
    reader.join().unwrap();
    for needle in ["helene@example.fr", "Hélène", "blue vase"] {
        assert_eq!(files_hold(&env, needle), Vec::<String>::new(), "{needle}");
    }
    // Nothing about the forgotten person is due any more.
    assert_eq!(env.ok(&["remind", "--within", "30d"]), "");
    assert_eq!(env.json(&["report", "rfm"])[0]["customers"], 1, "the purchase stays, anonymous");
}

#[test]
fn a_bare_address_withdrawn_everywhere_stays_out_of_post_campaigns() {
    let env = with_customer();
    env.ok(&["consent", "withdraw", "stranger@example.org", "--all"]);
    env.add(&[
        "--name",
        "New",
        "--email",
        "stranger@example.org",
        "--street",
        "1 rue",
        "--postcode",
        "69001",
        "--city",
        "Lyon",
        "--ref",
        "N",
    ]);
    env.ok(&["purchase", "add", "N", "10"]);
    env.ok(&["segment", "add", "lyon", "--city", "Lyon"]);
    env.ok(&["campaign", "create", "cards", "--channel", "post", "--segment", "lyon"]);
    let p = env.json(&["campaign", "preview", "cards"]);
    let new = p.as_array().unwrap().iter().find(|r| r["name"] == "New").unwrap().clone();
    assert_eq!(new["decision"], "excluded");
    assert_eq!(new["reason"], "on the suppression list");
}

#[test]
fn consent_import_refuses_events_in_the_future() {
    let env = with_customer();
    let w = env.write("w.txt", "news by email");
    env.ok(&["consent", "text", "add", &w]);
    let f = env.write(
        "c.csv",
        "contact,channel,action,date,method,wording,source\nA,email,grant,2999-01-01,paper-form,1,card\n",
    );
    let err = env.fails(1, &["consent", "import", &f]);
    assert!(err.contains("line 2") && err.contains("future"), "{err}");
    assert_eq!(env.json(&["consent", "show", "A"])[0]["status"], "never_asked");
}

#[test]
fn commands_wait_for_a_writer_instead_of_failing_at_once() {
    sqlite_only!();
    let env = with_customer();
    // A writer in a rollback journal (as a big import is) holds the file
    // for a second and a half.
    let db = env.db();
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("PRAGMA journal_mode = DELETE;").unwrap();
    drop(c);
    let writer = std::thread::spawn(move || {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("BEGIN IMMEDIATE; UPDATE contacts SET notes = 'x';").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1500));
        c.execute_batch("COMMIT").unwrap();
    });
    std::thread::sleep(std::time::Duration::from_millis(200));
    env.ok(&["contact", "list"]);
    env.ok(&["contact", "add", "--name", "B"]);
    writer.join().unwrap();
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
}

#[test]
fn spreadsheet_formulas_typed_as_names_stay_text_and_come_back_whole() {
    let env = Env::new();
    env.add(&["--name", "=HYPERLINK(\"http://evil\",\"click\")", "--ref", "X"]);
    env.add(&["--name", "@SUM(A1:A9)", "--ref", "Y"]);
    let csv = env.ok(&["contact", "export"]);
    assert!(csv.contains("\"'=HYPERLINK(") && csv.contains("'@SUM(A1:A9)"), "{csv}");
    let f = env.write("back.csv", csv.replace(",X,", ",X2,").replace(",Y,", ",Y2,"));
    let other = Env::new();
    other.ok(&["contact", "import", &f]);
    let names: Vec<String> = other.names();
    assert!(names.contains(&"=HYPERLINK(\"http://evil\",\"click\")".to_string()), "{names:?}");
    assert!(names.contains(&"@SUM(A1:A9)".to_string()));
}

#[test]
fn a_huge_value_is_not_echoed_back_whole() {
    let env = with_customer();
    let huge = "x".repeat(100_000);
    let err = env.fails(1, &["contact", "show", &huge]);
    assert!(err.len() < 600, "{} characters", err.len());
    let err = env.fails(1, &["purchase", "add", "A", &huge]);
    assert!(err.len() < 600, "{} characters", err.len());
}

#[test]
fn deals_in_a_stage_no_longer_configured_are_shown_with_a_warning() {
    let env = with_customer();
    env.ok(&["deal", "add", "A", "--title", "T", "--amount", "100", "--stage", "proposal"]);
    std::fs::write(env.path("config.toml"), "[[deal_stages]]\nname = \"lead\"\nprobability = 10\n").unwrap();
    let o = env.run(&["report", "pipeline"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stdout.contains("proposal (not configured)") && o.stderr.contains("does not list"),
        "{}{}",
        o.stdout,
        o.stderr
    );
    let v = env.json(&["report", "pipeline"]);
    assert!(v.as_array().unwrap().iter().any(|s| s["stage"] == "proposal" && s["total"] == "100.00"));
}

#[test]
fn a_deal_ahead_of_its_close_is_not_called_late() {
    let env = with_customer();
    env.ok(&["deal", "add", "A", "--title", "Soon", "--close", "+3d"]);
    let out = env.ok(&["remind", "--within", "7d"]);
    assert!(out.contains("Deals expected to close soon") && !out.contains("past their expected close"), "{out}");
    assert!(out.contains("in 3 days"), "{out}");
}

#[test]
fn import_undo_finds_deals_by_an_index() {
    let env = with_customer();
    assert!(env.index_exists("deals_purchase"));
}

/// A crash at each point of `privacy forget` (the process aborts there, as
/// a kill -9 would): the person is then either whole or erased without a
/// trace, and the file passes SQLite's integrity check.
#[test]
fn a_crash_at_any_point_of_forget_leaves_the_person_whole_or_erased() {
    sqlite_only!();
    for point in ["forget:before-commit", "forget:after-commit", "forget:after-compact"] {
        let env = with_customer();
        env.ok(&["interaction", "add", "A", "--kind", "call", "--note", "wants the blue vase"]);
        let o = env.cmd().env("CARNET_FAULT", point).args(["privacy", "forget", "A", "--yes"]).output().unwrap();
        assert_ne!(o.status.code(), Some(0), "{point}: the process should have died");
        // The next command recovers the file (a hot journal is rolled back).
        let list = env.json(&["contact", "list", "--all"]);
        let name = list[0]["name"].as_str().unwrap().to_string();
        let ok: String = {
            let c = rusqlite::Connection::open(env.db()).unwrap();
            c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
        };
        assert_eq!(ok, "ok", "{point}");
        if name == "Hélène Dupont" {
            assert_eq!(point, "forget:before-commit", "only a crash before the commit may leave the person");
        } else {
            assert!(name.starts_with("Forgotten contact"), "{point}: {name}");
            for needle in ["helene@example.fr", "Hélène", "blue vase"] {
                assert_eq!(files_hold(&env, needle), Vec::<String>::new(), "{point}: {needle}");
            }
        }
    }
}

#[test]
fn a_crash_after_the_launch_file_leaves_the_campaign_unlaunched() {
    let env = with_customer();
    env.ok(&["consent", "soft-opt-in", "A", "--channel", "email"]);
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "Hibernating"]);
    let out = env.path("r.csv");
    let o = env
        .cmd()
        .env("CARNET_FAULT", "launch:after-file")
        .args(["campaign", "launch", "c", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_ne!(o.status.code(), Some(0));
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
    let stray = env.stray_temp_files();
    assert!(stray.is_empty(), "{stray:?}");
    // Launching again works: the file there is replaced only with --force.
    env.ok(&["campaign", "launch", "c", "--out", out.to_str().unwrap(), "--force"]);
}

#[test]
fn a_phone_number_is_one_number_however_it_is_written() {
    let env = Env::new();
    env.add(&["--name", "Zoé Garnier", "--phone", "06 12 34 56 78", "--ref", "Z"]);
    // The same number written otherwise is the same person.
    let err = env.fails(1, &["contact", "add", "--name", "Z2", "--phone", "+33 6 12 34 56 78"]);
    assert!(err.contains("already has this phone"), "{err}");
    env.fails(1, &["contact", "add", "--name", "Z3", "--phone", "0033612345678"]);
    // Found by the number as typed at the counter, and by the name without its accent.
    for word in ["0612345678", "+33 6 12 34 56 78", "06.12.34.56.78", "Zoe Garnier", "zoe garnier"] {
        assert_eq!(env.json(&["contact", "show", word])["ref"], "Z", "{word}");
    }
    let found = env.json(&["contact", "list", "--search", "0612345678"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
}

#[test]
fn a_forgotten_number_stays_suppressed_in_any_spelling() {
    let env = Env::new();
    env.add(&["--name", "Old", "--phone", "06 12 34 56 78", "--ref", "O"]);
    env.ok(&["privacy", "forget", "O", "--yes"]);
    env.add(&["--name", "New", "--phone", "+33 6 12 34 56 78", "--ref", "N"]);
    env.ok(&["purchase", "add", "N", "10"]);
    env.ok(&["consent", "soft-opt-in", "N", "--channel", "sms"]);
    env.ok(&["segment", "add", "all", "--has", "phone"]);
    env.ok(&["campaign", "create", "s", "--channel", "sms", "--segment", "all"]);
    let p = env.json(&["campaign", "preview", "s"]);
    assert_eq!(p[0]["reason"], "on the suppression list", "{p}");
}

/// A file as carnet left it at schema `v` (the first `v` migrations).
fn at_version(v: usize) -> Env {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let env = Env::new();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    for f in &files[..v] {
        conn.execute_batch(&std::fs::read_to_string(f).unwrap()).unwrap();
    }
    conn.pragma_update(None, "user_version", v as i64).unwrap();
    conn.pragma_update(None, "application_id", 0x4352_4E54).unwrap();
    env
}

#[test]
fn an_older_file_gets_its_phone_keys_in_e164_and_its_consents_sealed() {
    sqlite_only!();
    let env = at_version(6);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "INSERT INTO contacts (id, name, phone, phone_key, search_key, created_at, updated_at) \
           VALUES (1, 'A', '06 12 34 56 78', '0612345678', 'a', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'); \
         INSERT INTO consent_events (contact_id, channel, action, occurred_on, recorded_at) \
           VALUES (1, 'email', 'withdraw', '2024-01-02', '2024-01-02T00:00:00Z'), \
                  (1, 'sms', 'withdraw', '2024-01-03', '2024-01-03T00:00:00Z');",
    )
    .unwrap();
    drop(conn);
    assert_eq!(env.json(&["contact", "show", "+33 6 12 34 56 78"])["name"], "A");
    let key: String = rusqlite::Connection::open(env.db())
        .unwrap()
        .query_row("SELECT phone_key FROM contacts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(key, "+33612345678");
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact: 2 events checked"));
}

/// A shop with a consent history: a grant with its proof and wording, a
/// withdrawal, and a second contact.
fn consents() -> Env {
    let env = with_customer();
    env.add(&["--name", "Paul Martin", "--email", "paul@example.fr", "--ref", "P"]);
    let w = env.write("w.txt", "news by email, once a month");
    env.grant_email("A", &w, "card #12", "2024-06-01");
    env.ok(&["consent", "withdraw", "P", "--channel", "email", "--at", "2024-06-10"]);
    env.ok(&[
        "consent",
        "grant",
        "P",
        "--channel",
        "sms",
        "--method",
        "in-person",
        "--wording",
        "1",
        "--at",
        "2024-06-11",
    ]);
    env
}

fn tamper(env: &Env, sql: &str) {
    env.sql_exec(sql);
}

#[test]
fn an_intact_history_verifies_through_merges_and_erasure() {
    let env = consents();
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact: 3 events checked"));
    env.add(&["--name", "Paul M", "--ref", "P2"]);
    env.ok(&["consent", "withdraw", "P2", "--all"]);
    env.ok(&["contact", "merge", "P", "P2", "--yes"]);
    env.ok(&["privacy", "forget", "A", "--yes"]);
    let o = env.run(&["consent", "verify"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let v = env.json(&["consent", "verify"]);
    assert_eq!((v["ok"].clone(), v["events"].clone()), (serde_json::json!(true), serde_json::json!(7)));
}

#[test]
fn changes_made_behind_carnets_back_are_found_and_named() {
    let cases: [(&str, &str); 5] = [
        ("UPDATE consent_events SET contact_id = 2 WHERE id = 1", "event 1 was moved to contact 2"),
        (
            "DROP TRIGGER consent_events_append_only; UPDATE consent_events SET occurred_on = '2020-01-01' WHERE id = 2",
            "event 2 was changed",
        ),
        ("DROP TRIGGER consent_events_no_delete; DELETE FROM consent_events WHERE id = 2", "the event before event 3"),
        (
            "INSERT INTO consent_events (contact_id, channel, action, occurred_on, recorded_at, method, wording_id) \
             VALUES (2, 'email', 'grant', '2024-06-20', '2024-06-20T00:00:00Z', 'paper-form', 1)",
            "event 4 has no seal",
        ),
        ("DROP TRIGGER consent_proofs_fixed; UPDATE consent_proofs SET text = 'forged'", "the proof of event 1 was changed"),
    ];
    for (sql, want) in cases {
        let env = consents();
        tamper(&env, sql);
        let err = env.fails(1, &["consent", "verify"]);
        assert!(err.contains(want), "{sql}: {err}");
    }
    // The card and a campaign's preview warn.
    let env = consents();
    tamper(&env, "UPDATE consent_events SET contact_id = 2 WHERE id = 1");
    let o = env.run(&["contact", "show", "P"]);
    assert!(o.stderr.contains("warning: this contact's consent history does not match"), "{}", o.stderr);
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "Hibernating"]);
    assert!(env.run(&["campaign", "preview", "c"]).stderr.contains("does not match its seals"));
}

#[test]
fn wordings_and_suppressions_cannot_be_deleted() {
    let env = consents();
    env.ok(&["consent", "withdraw", "someone@example.org", "--all"]);
    assert!(env.sql_try("DELETE FROM consent_wordings").is_err());
    assert!(env.sql_try("DELETE FROM suppressions").is_err());
    assert!(env.sql_try("UPDATE suppressions SET channel = 'post'").is_err());
    assert!(env.sql_try("UPDATE consent_events SET hash = 'x' WHERE id = 1").is_err());
}
