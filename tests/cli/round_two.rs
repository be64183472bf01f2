//! Issue 24, a second adversarial pass: the database's side files, URLs
//! that are not paths, phone spellings, consent tampering the seal must
//! see, and unbounded inputs. Each test failed before its fix.

use crate::Env;

fn no_bug(err: &str) {
    assert!(!err.contains("bug in carnet") && !err.contains("panicked"), "{err}");
}

/// Every name that is the database or a file SQLite keeps beside it, in
/// every spelling a path can take.
fn side_names(env: &Env) -> Vec<String> {
    let db = env.db().display().to_string();
    let dir = env.dir.path().display().to_string();
    std::fs::create_dir_all(env.path("sub")).unwrap();
    let mut names = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        names.push(format!("{db}{suffix}"));
        names.push(format!("{dir}/sub/../carnet.db{suffix}"));
        names.push(format!("{dir}/not-yet/../carnet.db{suffix}"));
        names.push(format!("{dir}/./CARNET.DB{}", suffix.to_uppercase()));
        // A link planted beside, pointing there (whether or not it exists).
        let link = env.path(&format!("innocent{suffix}.db"));
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(format!("{db}{suffix}"), &link).unwrap();
        names.push(link.display().to_string());
    }
    // A hard link to the database is the database under another name.
    let hard = env.path("hard.db");
    let _ = std::fs::remove_file(&hard);
    std::fs::hard_link(env.db(), &hard).unwrap();
    names.push(hard.display().to_string());
    names
}

#[test]
fn no_file_carnet_writes_lands_on_the_database_or_a_side_file_while_it_is_open() {
    sqlite_only!();
    let env = Env::new();
    env.add(&["--name", "First", "--ref", "A"]);
    env.ok(&["campaign", "create", "c", "--channel", "post", "--segment", "Hibernating"]);
    // Another connection holds the database open (as a second carnet would),
    // so the log and its index exist and are in use.
    let held = rusqlite::Connection::open(env.db()).unwrap();
    let n: i64 = held.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let mut acknowledged = vec!["First".to_string()];
    let names = side_names(&env);
    for (i, name) in names.iter().enumerate() {
        for args in [
            vec!["backup", name.as_str()],
            vec!["backup", name.as_str(), "--force"],
            vec!["contact", "export", "--out", name.as_str(), "--force"],
            vec!["purchase", "export", "--out", name.as_str(), "--force"],
            vec!["segment", "export", "Hibernating", "--out", name.as_str(), "--force"],
            vec!["campaign", "launch", "c", "--out", name.as_str(), "--force"],
        ] {
            let err = env.fails(1, &args);
            assert!(err.contains("is the database itself"), "{args:?}: {err}");
        }
        // Every write acknowledged after the attempts is in the file.
        let who = format!("After {i}");
        env.add(&["--name", &who]);
        acknowledged.push(who);
    }
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
    drop(held);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM contacts ORDER BY id").unwrap();
    let stored: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(stored, acknowledged);
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    // No fake journal or stray file was left beside the database.
    assert!(!env.path("carnet.db-journal").exists());
    assert!(!env.path("not-yet").exists(), "no folder was made for a refused name");
}

#[test]
fn a_database_url_is_refused_in_words_and_nothing_is_created() {
    let env = Env::new();
    for url in ["mysql://h/db", "file:shop.db?mode=rwc", "sqlite+file://x"] {
        let o = env.cmd().current_dir(env.dir.path()).args(["--db", url, "contact", "add", "--name", "X"]).output();
        let o = o.unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{url}: {err}");
        assert!(err.contains("URL, not a file") && err.contains("hint: give the path of a file"), "{url}: {err}");
        no_bug(&err);
    }
    // A PostgreSQL URL, from the flag, CARNET_DB or the config, goes to the
    // server (none answers on port 1 here): said in words, no file made.
    let url = "postgresql://u@127.0.0.1:1/s?connect_timeout=3";
    let o = env.cmd().current_dir(env.dir.path()).env("CARNET_DB", url).args(["contact", "list"]).output();
    let err = String::from_utf8_lossy(&o.unwrap().stderr).into_owned();
    assert!(err.contains("cannot reach the PostgreSQL database postgresql://u@127.0.0.1:1/s"), "{err}");
    no_bug(&err);
    env.write("config.toml", format!("db = \"{url}\"\n"));
    let o = env.cmd().current_dir(env.dir.path()).env_remove("CARNET_DB").args(["contact", "list"]).output();
    let o = o.unwrap();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("no server answers there") && err.contains("hint: check that the server runs"), "{err}");
    let left: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, vec![std::ffi::OsString::from("config.toml")], "no folder, no file");
}

/// Run carnet with the umask at 000 (everything would be world-writable).
fn under_umask_000(env: &Env, args: &[&str]) -> std::process::ExitStatus {
    let base = env.std_cmd();
    let mut c = std::process::Command::new("/bin/sh");
    c.env_clear();
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.arg("-c").arg("umask 000; exec \"$0\" \"$@\"").arg(env!("CARGO_BIN_EXE_carnet")).args(args);
    c.status().unwrap()
}

#[test]
fn folders_carnet_makes_for_personal_data_are_private_under_any_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.add(&["--name", "A"]);
    let target = env.path("backups/2026/shop.db");
    assert!(under_umask_000(&env, &["backup", target.to_str().unwrap()]).success());
    let db = env.path("new/place/shop.db");
    assert!(under_umask_000(&env, &["--db", db.to_str().unwrap(), "contact", "add", "--name", "B"]).success());
    for d in ["backups", "backups/2026", "new", "new/place"] {
        let mode = std::fs::metadata(env.path(d)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{d}");
    }
    for f in ["backups/2026/shop.db", "new/place/shop.db"] {
        let mode = std::fs::metadata(env.path(f)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
}

/// A file as carnet left it at schema `v` (the first `v` migrations, SQL only).
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

/// The keyed hash carnet puts on the suppression list for a normalised number.
fn keyed(env: &Env, norm: &str) -> String {
    use hmac::Mac;
    let key = env.sql_text("SELECT value FROM settings WHERE key = 'suppression_key'");
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(norm.as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn sms_campaign(env: &Env) -> Vec<(String, String)> {
    env.ok(&["segment", "add", "phones", "--has", "phone"]);
    env.ok(&["campaign", "create", "s", "--channel", "sms", "--segment", "phones"]);
    env.json(&["campaign", "preview", "s"])["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap().to_string(), r["reason"].as_str().unwrap_or("send").to_string()))
        .collect()
}

#[test]
fn every_phone_spelling_is_one_number_for_duplicates_lookups_and_suppression() {
    let env = Env::new();
    // A number withdrawn as a bare address, before anyone carries it.
    env.ok(&["consent", "withdraw", "0033 (0)6 55 44 33 22", "--channel", "sms"]);
    env.add(&["--name", "Bracket", "--phone", "+33 (0)6 55 44 33 22", "--ref", "B"]);
    // The duplicate check knows every other spelling of the number.
    for spelling in ["33655443322", "0033 6 55 44 33 22", "06 55 44 33 22", "+33 6 55 44 33 22", "330655443322"] {
        let err = env.fails(1, &["contact", "add", "--name", "Again", "--phone", spelling]);
        assert!(err.contains("contact 1 (Bracket) already has this phone"), "{spelling}: {err}");
    }
    assert_eq!(env.json(&["contact", "show", "06.55.44.33.22"])["name"], "Bracket");
    for (name, reason) in sms_campaign(&env) {
        assert_eq!(reason, "on the suppression list", "{name}");
    }
}

#[test]
fn an_upgrade_rekeys_phones_and_a_withdrawal_made_under_a_wrong_spelling_still_blocks() {
    sqlite_only!();
    let env = at_version(21);
    let old_a = keyed(&env, "+330655443322"); // `+33 (0)6 55 44 33 22`, before the fix
    let old_b = keyed(&env, "+3333611223344"); // `33 6 11 22 33 44`, a forgotten person's
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO contacts (id, name, phone, phone_key, other_phones, search_key, created_at, updated_at) \
           VALUES (1, 'A', '+33 (0)6 55 44 33 22', '+330655443322', '33 6 12 34 56 78', 'a', \
                   '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'); \
         INSERT INTO contact_keys (contact_id, kind, key) VALUES (1, 'phone', '+3333612345678'); \
         INSERT INTO suppressions (key, channel, reason, created_at) VALUES \
           ('{old_a}', 'sms', 'withdrawn', '2024-02-01T00:00:00Z'), \
           ('{old_b}', 'sms', 'erased', '2024-03-01T00:00:00Z');"
    ))
    .unwrap();
    drop(conn);
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact"), "the upgraded file verifies");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let key: String = conn.query_row("SELECT phone_key FROM contacts WHERE id = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(key, "+33655443322");
    let other: String = conn.query_row("SELECT key FROM contact_keys WHERE kind = 'phone'", [], |r| r.get(0)).unwrap();
    assert_eq!(other, "+33612345678");
    let rekeyed: i64 = conn
        .query_row("SELECT count(*) FROM suppressions WHERE key = ?1", [keyed(&env, "+33655443322")], |r| r.get(0))
        .unwrap();
    assert_eq!(rekeyed, 1, "A's entry is also under today's key");
    drop(conn);
    // The duplicate check sees the upgraded A in another spelling.
    let err = env.fails(1, &["contact", "add", "--name", "A again", "--phone", "06 55 44 33 22"]);
    assert!(err.contains("contact 1 (A) already has this phone"), "{err}");
    env.add(&["--name", "B again", "--phone", "06 11 22 33 44"]);
    env.add(&["--name", "Free", "--phone", "06 99 88 77 66"]);
    let d = sms_campaign(&env);
    let reason = |n: &str| d.iter().find(|(name, _)| name == n).unwrap().1.clone();
    assert_eq!(reason("A"), "on the suppression list");
    assert_eq!(reason("B again"), "on the suppression list", "a wrong old spelling of a forgotten number");
    assert_ne!(reason("Free"), "on the suppression list");
}

/// A shop with a grant (with its proof), a withdrawal by a bare number and
/// an SMS campaign to run.
fn sealed_shop() -> Env {
    let env = Env::new();
    env.add(&["--name", "Hélène", "--email", "h@example.fr", "--phone", "06 12 34 56 78", "--ref", "H"]);
    let w = env.write("w.txt", "news by email, once a month");
    env.grant_email("H", &w, "card #12", "2024-06-01");
    env.ok(&["consent", "withdraw", "06 99 88 77 66", "--channel", "sms"]);
    env.ok(&["segment", "add", "all", "--has", "phone"]);
    env.ok(&["campaign", "create", "s", "--channel", "sms", "--segment", "all"]);
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact"));
    env
}

fn tamper(env: &Env, sql: &str) {
    env.sql_exec(sql);
}

#[test]
fn the_suppression_key_and_list_are_under_the_seal_and_campaigns_stop_in_words() {
    for (what, sql, says) in [
        (
            "key changed",
            "UPDATE settings SET value = '00' WHERE key = 'suppression_key'",
            "does not match the suppression key",
        ),
        ("key missing", "DELETE FROM settings WHERE key = 'suppression_key'", "the suppression key is missing"),
        (
            "list emptied",
            "DROP TRIGGER suppressions_no_delete; DELETE FROM suppressions",
            "were removed from the end of the list",
        ),
    ] {
        let env = sealed_shop();
        tamper(&env, sql);
        let err = env.fails(1, &["consent", "verify"]);
        assert!(err.contains("suppression") && err.contains(says), "{what}: {err}");
        let err = env.fails(1, &["campaign", "preview", "s"]);
        assert!(err.contains("the suppression list does not match its seal") && err.contains("hint:"), "{what}: {err}");
        no_bug(&err);
        let err = env.fails(1, &["campaign", "launch", "s", "--out", env.path("l.csv").to_str().unwrap()]);
        assert!(err.contains("the suppression list does not match its seal"), "{what}: {err}");
        assert!(!env.path("l.csv").exists(), "{what}: no launch file");
    }
}

#[test]
fn the_head_witnesses_the_end_of_the_chain() {
    let env = sealed_shop();
    let backup = env.path("b.db");
    env.ok(&["backup", backup.to_str().unwrap()]);
    let v = env.json(&["consent", "verify"]);
    let head = v["head"].as_str().unwrap().to_string();
    assert!(head.starts_with("2:") && head.len() == 66, "{v}");
    assert!(env.run(&["consent", "verify"]).stderr.contains(&format!("head: {head}")));
    assert!(env.run(&["consent", "verify", "--head", &head]).stderr.contains("extends what the witness saw"));
    // Later events extend the chain: still fine.
    env.ok(&["consent", "withdraw", "H", "--channel", "email"]);
    env.ok(&["consent", "verify", "--head", &head, "--against", backup.to_str().unwrap()]);
    // Cut the newest events: the chain alone cannot see it; the witnesses do.
    tamper(&env, "DROP TRIGGER consent_events_no_delete; DELETE FROM consent_events WHERE id >= 2");
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact"), "a chain cannot see its own tail cut");
    let err = env.fails(1, &["consent", "verify", "--head", &head]);
    assert!(err.contains("removed from its end"), "{err}");
    let err = env.fails(1, &["consent", "verify", "--against", backup.to_str().unwrap()]);
    assert!(err.contains("removed from its end"), "{err}");
    // A witness that is no head, or no backup, is refused in words.
    assert!(env.fails(1, &["consent", "verify", "--head", "x"]).contains("is not a consent head"));
    let notes = env.write("notes.txt", "hello");
    assert!(env.fails(1, &["consent", "verify", "--against", &notes]).contains("is not a carnet backup"));
}

#[test]
fn the_link_to_a_proof_is_under_the_seal_and_a_forget_keeps_it() {
    let env = sealed_shop();
    tamper(&env, "DROP TRIGGER consent_events_sealed_2; UPDATE consent_events SET proof_id = NULL");
    let err = env.fails(1, &["consent", "verify"]);
    assert!(err.contains("event 1"), "{err}");
    let env = sealed_shop();
    env.ok(&["privacy", "forget", "H", "--yes"]);
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact"), "a forget keeps the chain whole");
    let rows =
        env.sql_rows("SELECT e.proof_id, p.text FROM consent_events e JOIN consent_proofs p ON p.id = e.proof_id");
    assert_eq!(rows, vec![vec!["1".to_string(), String::new()]], "the link stays, the text is gone");
}

#[test]
fn records_of_a_head_are_kept_by_backup_launch_and_privacy_export() {
    let env = sealed_shop();
    let head = env.json(&["consent", "verify"])["head"].as_str().unwrap().to_string();
    let b = env.json(&["backup", env.path("b.db").to_str().unwrap()]);
    assert_eq!(b["consent_head"], head.as_str(), "{b}");
    let x = env.json(&["privacy", "export", "H"]);
    assert_eq!(x["consent_head"], head.as_str(), "{x}");
    env.ok(&["consent", "soft-opt-in", "H", "--channel", "sms"]);
    let head = env.json(&["consent", "verify"])["head"].as_str().unwrap().to_string();
    let out = env.path("sms.csv");
    env.ok(&["campaign", "launch", "s", "--out", out.to_str().unwrap()]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("contact_id,name,phone,consent_head\n"), "{csv}");
    assert!(csv.lines().nth(1).unwrap().ends_with(&format!(",{head}")), "{csv}");
    env.ok(&["consent", "verify", "--head", &head]);
}

#[test]
fn a_chain_sealed_before_the_upgrade_still_verifies() {
    sqlite_only!();
    let env = at_version(7);
    tamper(
        &env,
        "INSERT INTO contacts (id, name, search_key, created_at, updated_at) \
           VALUES (1, 'A', 'a', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'), \
                  (2, 'B', 'b', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'); \
         INSERT INTO consent_proofs (id, text) VALUES (1, 'card 1'), (2, 'card 2'); \
         INSERT INTO consent_events (contact_id, channel, action, occurred_on, recorded_at, proof_id) \
           VALUES (1, 'post', 'withdraw', '2024-01-02', '2024-01-02T00:00:00Z', 1), \
                  (2, 'post', 'withdraw', '2024-01-03', '2024-01-03T00:00:00Z', 2);",
    );
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact: 2 events checked"));
    env.ok(&["privacy", "forget", "A", "--yes"]);
    env.ok(&["consent", "withdraw", "B", "--channel", "sms"]);
    assert!(env.run(&["consent", "verify"]).stderr.contains("intact: 3 events checked"));
    // An event of before, whose contact was not forgotten, may not lose its proof's link.
    tamper(&env, "DROP TRIGGER consent_events_sealed_2; UPDATE consent_events SET proof_id = NULL WHERE id = 2");
    let err = env.fails(1, &["consent", "verify"]);
    assert!(err.contains("the link from event 2 to its proof was removed"), "{err}");
}

#[test]
fn huge_counts_are_bounded_at_parse_time_with_the_bound_in_the_message() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    for args in [
        vec!["contact", "list", "--limit", "9223372036854775808"],
        vec!["purchase", "list", "--limit", "9223372036854775808"],
        vec!["interaction", "list", "--limit", "18446744073709551615"],
        vec!["report", "clv", "--customers", "--limit", "9223372036854775808"],
    ] {
        let err = env.fails(2, &args);
        assert!(err.contains("1000000000"), "{args:?}: {err}");
        no_bug(&err);
    }
    for n in ["18446744073709551615", "100000000", "0"] {
        let o = env.cmd().args(["--db", env.path("d.db").to_str().unwrap(), "demo", "--customers", n]).output();
        let o = o.unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{n}: {err}");
        assert!(err.contains("1..=1000000"), "{n}: {err}");
    }
    assert!(!env.path("d.db").exists());
    // The bound itself is allowed.
    env.ok(&["contact", "list", "--limit", "1000000000"]);
}

#[test]
fn a_device_is_not_a_database_file() {
    let env = Env::new();
    for dev in ["/dev/null", "/dev/zero"] {
        let o = env.cmd().env("CARNET_DB", dev).args(["contact", "list"]).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{dev}: {err}");
        assert!(err.contains(&format!("{dev} is not a database file")), "{dev}: {err}");
        let o = env.cmd().env("CARNET_DB", dev).args(["contact", "add", "--name", "X"]).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{dev}");
    }
    env.write("config.toml", "db = \"/dev/zero\"\n");
    let o = env.cmd().env_remove("CARNET_DB").args(["contact", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("/dev/zero is not a database file"));
}

/// A FIFO nobody writes to: reading it would wait forever.
fn fifo(env: &Env) -> String {
    let p = env.path("pipe");
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    p.to_str().unwrap().to_string()
}

#[test]
fn special_files_are_refused_and_big_texts_capped_where_a_file_is_expected() {
    let env = Env::new();
    env.add(&["--name", "A", "--email", "a@example.fr"]);
    env.ok(&["segment", "add", "all", "--has", "email"]);
    let pipe = fifo(&env);
    let big = env.write("big.txt", vec![b'a'; 5 << 20]);
    for file in ["/dev/zero", pipe.as_str()] {
        for args in [
            vec!["consent", "text", "add", file],
            vec!["contact", "import", file],
            vec!["consent", "import", file],
            vec!["purchase", "import", file],
            vec!["campaign", "create", "c", "--channel", "email", "--segment", "all", "--message", file],
        ] {
            let started = std::time::Instant::now();
            let err = env.fails(1, &args);
            assert!(err.contains("is not a regular file"), "{args:?}: {err}");
            assert!(started.elapsed() < std::time::Duration::from_secs(20), "{args:?} waited");
        }
        let o = env.cmd().env("CARNET_CONFIG", file).args(["contact", "list"]).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains("is not a regular file"), "{file}: {err}");
    }
    for args in [
        vec!["consent", "text", "add", big.as_str()],
        vec!["campaign", "create", "c", "--channel", "email", "--segment", "all", "--message", big.as_str()],
    ] {
        let err = env.fails(1, &args);
        assert!(err.contains("is larger than carnet reads for it (4 MB)"), "{args:?}: {err}");
    }
    let o = env.cmd().env("CARNET_CONFIG", &big).args(["contact", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("(4 MB)"));
    assert!(env.json(&["campaign", "list"]).as_array().unwrap().is_empty(), "nothing was created");
}

#[test]
fn purchase_dates_follow_one_rule_typed_or_imported() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "A"]);
    // CARNET_NOW is 2024-06-30: a year ahead is 2025-06-30, 366 days is 2025-07-01.
    env.ok(&["purchase", "add", "A", "10", "--date", "2025-06-30"]);
    for day in ["2025-07-01", "0001-01-01", "9999-12-31", "1899-12-31"] {
        let err = env.fails(1, &["purchase", "add", "A", "10", "--date", day]);
        assert!(err.contains("--date"), "{day}: {err}");
        let csv = env.write("p.csv", format!("customer_id,date,amount\nA,{day},10\n"));
        let err = env.fails(1, &["purchase", "import", &csv]);
        assert!(err.contains("p.csv") && err.contains(day), "{day}: {err}");
    }
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 1);
}

#[test]
fn a_huge_header_cell_is_not_echoed_whole() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "A"]);
    let huge = "x".repeat(1 << 20);
    let csv = env.write("p.csv", format!("customer_id,date,amount,{huge}\nA,2024-06-01,10,y\n"));
    let o = env.run(&["purchase", "import", &csv]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("columns not used") && o.stderr.contains('…'),
        "{}",
        &o.stderr[..200.min(o.stderr.len())]
    );
    assert!(o.stderr.len() < 2_000, "the warning is short: {} bytes", o.stderr.len());
    let csv = env.write("c.csv", format!("name,{huge}\nB,y\n"));
    let o = env.run(&["contact", "import", &csv]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.len() < 2_000, "the warning is short: {} bytes", o.stderr.len());
}

#[test]
fn an_order_ref_that_looks_like_a_formula_comes_back_as_typed() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "A"]);
    env.ok(&["purchase", "add", "A", "10", "--date", "2024-06-01", "--order-ref", "'=x"]);
    env.ok(&["purchase", "add", "A", "12", "--date", "2024-06-02", "--order-ref", "=y"]);
    let out = env.path("p.csv");
    env.ok(&["purchase", "export", "--out", out.to_str().unwrap()]);
    let other = Env::new();
    other.add(&["--name", "A", "--ref", "A"]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains(",''=x,") && text.contains(",'=y,"), "guarded on the way out: {text}");
    let again = other.write("p.csv", text);
    other.ok(&["purchase", "import", &again]);
    let refs: Vec<String> = other
        .json(&["purchase", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["order_ref"].as_str().unwrap().to_string())
        .collect();
    assert!(refs.contains(&"'=x".to_string()) && refs.contains(&"=y".to_string()), "{refs:?}");
}

#[test]
fn an_erased_proof_reads_as_none_in_the_history() {
    let env = sealed_shop();
    assert_eq!(env.json(&["consent", "history", "H"])[0]["proof"], "card #12");
    env.ok(&["privacy", "forget", "H", "--yes"]);
    let h = env.json(&["consent", "history", "1"]);
    assert!(h[0]["proof"].is_null(), "{h}");
}
