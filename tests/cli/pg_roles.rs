//! Who may do what on a shared PostgreSQL database, with real roles on a
//! real server: `db grant NAME --staff|--owner|--revoke`, `db roles`, owner
//! actions refused in words to staff, permission errors in words, the
//! consent tables append-only for every role. Each test takes a fresh
//! database of `CARNET_TEST_POSTGRES` (skipped without it, failed under
//! `CI=true`), whichever engine the rest of the suite runs on; the logins
//! it makes are named after that database (roles belong to the whole
//! server). The SQLite test runs everywhere.

use crate::{engine, Env, Out};

/// A fresh database on the test server and the logins of this test, or
/// None (SKIPPED) without a server.
struct Shop {
    name: String,
    /// The superuser's URL (the test cluster's `carnet`).
    url: String,
    anna: String,
    owen: String,
}

impl Drop for Shop {
    /// The database goes, and with it every right its roles held; then
    /// the roles themselves (they belong to the whole server).
    fn drop(&mut self) {
        engine::drop_database(&self.name);
        if std::env::var_os("CARNET_TEST_KEEP").is_none() {
            let base = std::env::var("CARNET_TEST_POSTGRES").unwrap_or_default();
            let tail = self.name.trim_start_matches("carnet_test_");
            let _ = engine::try_execute(
                &base,
                &format!(
                    "DROP ROLE IF EXISTS anna_{tail}, owen_{tail}, carnet_{db}_staff, carnet_{db}_owner",
                    db = self.name
                ),
            );
        }
    }
}

fn shop(test: &str) -> Option<Shop> {
    if std::env::var("CARNET_TEST_POSTGRES").map_or(true, |u| u.is_empty()) {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true: {test} needs CARNET_TEST_POSTGRES");
        crate::skipped(&format!("{test}: CARNET_TEST_POSTGRES is not set (no PostgreSQL)"));
        return None;
    }
    let (name, url) = engine::create_database();
    let tail = name.trim_start_matches("carnet_test_");
    Some(Shop { anna: format!("anna_{tail}"), owen: format!("owen_{tail}"), name, url })
}

/// `url` connecting as `user` (the test cluster trusts its socket).
fn as_user(url: &str, user: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let rest = rest.split_once('@').map_or(rest, |(_, r)| r);
    format!("{scheme}://{user}@{rest}")
}

impl Shop {
    fn staff_url(&self) -> String {
        as_user(&self.url, &self.anna)
    }
    fn owner_url(&self) -> String {
        as_user(&self.url, &self.owen)
    }
    fn count(&self, sql: &str) -> i64 {
        engine::query_i64(&self.url, sql)
    }
    /// Every table that an owner action could write, counted, and the
    /// contacts' fields: "nothing was written" is this string unchanged.
    fn state(&self) -> String {
        let tables = [
            "contacts",
            "purchases",
            "import_batches",
            "consent_events",
            "consent_wordings",
            "consent_proofs",
            "campaigns",
            "deals",
            "interactions",
            "contact_merges",
            "suppressions",
        ];
        let mut out: Vec<String> =
            tables.iter().map(|t| format!("{t}={}", self.count(&format!("SELECT count(*) FROM {t}")))).collect();
        out.push(engine::query_text(
            &self.url,
            "SELECT coalesce(string_agg(quote_nullable(name) || quote_nullable(email) || quote_nullable(updated_at), \
             '|' ORDER BY id), '') FROM contacts",
        ));
        out.join(" ")
    }
}

fn run(env: &Env, url: &str, args: &[&str]) -> Out {
    let mut a = vec!["--db", url];
    a.extend(args);
    env.run(&a)
}

fn ok(env: &Env, url: &str, args: &[&str]) -> String {
    let o = run(env, url, args);
    assert_eq!(o.code, 0, "carnet {args:?} failed:\n{}", o.stderr);
    o.stdout
}

/// The shop as its superuser made it: two customers, a purchase, a
/// stored wording and an opt-in; anna is staff, owen an owner.
fn set_up(env: &Env, s: &Shop) {
    ok(env, &s.url, &["contact", "add", "--name", "Anne Martin", "--ref", "C1", "--email", "anne@example.org"]);
    ok(env, &s.url, &["contact", "add", "--name", "Bruno Petit", "--ref", "C2"]);
    ok(env, &s.url, &["purchase", "add", "ref:C1", "42.50", "--date", "2024-03-01"]);
    let wording = env.write("wording.txt", "Yes, send me the shop's news by email.");
    ok(env, &s.url, &["consent", "text", "add", &wording, "-q"]);
    ok(env, &s.url, &["consent", "grant", "ref:C1", "--channel", "email", "--method", "in-person", "--wording", "1"]);
    let out = run(env, &s.url, &["db", "grant", &s.anna, "--staff"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains(&format!("created the login {} without a password", s.anna)), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("{} is now staff of this database", s.anna)), "{}", out.stderr);
    ok(env, &s.url, &["db", "grant", &s.owen, "--owner"]);
}

/// Raw SQL as `url`'s role: the error's text, which must be there.
fn refused_sql(url: &str, sql: &str) -> String {
    match engine::try_execute(url, sql) {
        Ok(()) => panic!("{sql} was allowed as {url}"),
        Err(e) => e,
    }
}

/// The consent chain verifies (as the role of `url`).
fn verifies(env: &Env, url: &str) {
    let v: serde_json::Value = serde_json::from_str(&ok(env, url, &["consent", "verify", "--format", "json"])).unwrap();
    assert_eq!(v["ok"], true, "{v}");
    assert!(v["problem"].is_null(), "{v}");
}

#[test]
fn roles_on_a_sqlite_file_are_refused_in_words() {
    let env = Env::new();
    let db = env.path("shop.db").to_string_lossy().into_owned();
    env.ok(&["--db", &db, "contact", "add", "--name", "Anne"]);
    for args in [vec!["db", "grant", "anna", "--staff"], vec!["db", "roles"]] {
        let mut a = vec!["--db", db.as_str()];
        a.extend(args);
        let err = env.fails(1, &a);
        assert!(err.contains("roles belong to a PostgreSQL server"), "{err}");
        assert!(err.contains("whose access control is its file permissions"), "{err}");
        assert!(err.contains("hint: give each person access to the file itself"), "{err}");
    }
    // The flags are one of three, and one is needed.
    let out = env.run(&["--db", &db, "db", "grant", "anna"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = env.run(&["--db", &db, "db", "grant", "anna", "--staff", "--owner"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn staff_record_what_the_counter_sees_and_are_refused_every_owner_action_in_words() {
    let Some(s) = shop("staff_record_what_the_counter_sees_and_are_refused_every_owner_action_in_words") else {
        return;
    };
    let env = Env::new();
    set_up(&env, &s);
    let anna = s.staff_url();

    // What staff may do, exactly recorded.
    let id = ok(&env, &anna, &["contact", "add", "--name", "Chloé Durand", "--email", "chloe@example.org", "-q"]);
    let id = id.trim();
    ok(&env, &anna, &["contact", "edit", id, "--city", "Lyon"]);
    ok(&env, &anna, &["contact", "tag", id, "vip"]);
    ok(&env, &anna, &["purchase", "add", id, "30", "--date", "2024-06-01", "--category", "shoes"]);
    ok(&env, &anna, &["interaction", "add", id, "--kind", "call", "--note", "asked for boots"]);
    ok(&env, &anna, &["deal", "add", id, "--title", "Boots", "--amount", "120"]);
    ok(&env, &anna, &["deal", "won", "1", "--record-purchase", "--date", "2024-06-10"]);
    ok(&env, &anna, &["consent", "grant", id, "--channel", "email", "--method", "in-person", "--wording", "1"]);
    ok(&env, &anna, &["consent", "withdraw", "ref:C1", "--channel", "email"]);
    ok(&env, &anna, &["service", "add", id, "--kind", "repair", "--what", "watch strap", "--quote", "20"]);
    ok(&env, &anna, &["satisfaction", "add", id, "--score", "9"]);
    assert_eq!(s.count(&format!("SELECT count(*) FROM service_requests WHERE contact_id = {id}")), 1);
    assert_eq!(s.count(&format!("SELECT count(*) FROM satisfaction_answers WHERE contact_id = {id} AND score = 9")), 1);
    assert_eq!(s.count(&format!("SELECT count(*) FROM contacts WHERE id = {id} AND city = 'Lyon'")), 1);
    assert_eq!(s.count(&format!("SELECT count(*) FROM contact_tags WHERE contact_id = {id}")), 1);
    assert_eq!(s.count(&format!("SELECT sum(amount_cents) FROM purchases WHERE contact_id = {id}")), 15000);
    // The totals kept by the triggers follow staff's writes.
    assert_eq!(s.count(&format!("SELECT total_cents FROM customer_totals WHERE contact_id = {id}")), 15000);
    assert_eq!(s.count(&format!("SELECT count(*) FROM interactions WHERE contact_id = {id}")), 1);
    assert_eq!(s.count("SELECT count(*) FROM deals WHERE stage = 'won'"), 1);
    assert_eq!(s.count("SELECT count(*) FROM consent_events"), 3);
    let card = ok(&env, &anna, &["contact", "show", id, "--format", "json"]);
    assert!(card.contains("chloe@example.org"), "{card}");

    // A new wording is the owner's: refused in words, naming the table.
    let other = env.write("other.txt", "Another wording nobody stored.");
    let o =
        run(&env, &anna, &["consent", "grant", id, "--channel", "sms", "--method", "in-person", "--wording", &other]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.starts_with(
            "error: you may not read or change this on this database (permission denied on consent_wordings)"
        ),
        "{}",
        o.stderr
    );
    assert!(!o.stderr.contains("ERROR") && !o.stderr.contains("42501"), "{}", o.stderr);

    // Every owner action: refused in words, exit 1, nothing written.
    let contacts = env.write("contacts.csv", "name,email\nDan Roux,dan@example.org\n");
    let purchases = env.write("purchases.csv", "customer,date,amount\nC2,2024-05-01,10\n");
    let answers = env.write("answers.csv", "contact,date,score\nC2,2024-05-01,9\n");
    let before = s.state();
    let backup = env.path("backup.db").to_string_lossy().into_owned();
    let copy = env.path("copy.db").to_string_lossy().into_owned();
    let launch = env.path("launch.csv").to_string_lossy().into_owned();
    let refused: Vec<(Vec<&str>, &str)> = vec![
        (vec!["privacy", "export", "ref:C1"], "export everything about a person"),
        (vec!["privacy", "forget", "ref:C1", "--yes"], "erase people"),
        (vec!["privacy", "review", "--forget", "--yes"], "erase people"),
        (vec!["contact", "export", "--format", "csv"], "export people"),
        (vec!["segment", "export", "champions", "--format", "csv"], "export people"),
        (vec!["purchase", "export"], "export people"),
        (vec!["contact", "rm", "ref:C2", "--yes"], "delete records"),
        (vec!["purchase", "rm", "1", "--yes"], "delete records"),
        (vec!["interaction", "rm", "1", "--yes"], "delete records"),
        (vec!["deal", "rm", "1", "--yes"], "delete records"),
        (vec!["contact", "merge", "ref:C1", "ref:C2", "--yes"], "merge contacts"),
        (vec!["contact", "import", &contacts], "import"),
        (vec!["purchase", "import", &purchases], "import"),
        (vec!["satisfaction", "import", &answers], "import"),
        (vec!["consent", "import", &answers], "import"),
        (vec!["consent", "unsubscribe-from", &answers], "import"),
        (vec!["import", "undo", "1", "--yes"], "undo an import"),
        (vec!["consent", "text", "add", &other], "add consent wordings"),
        (vec!["campaign", "create", "spring", "--segment", "champions", "--channel", "email"], "prepare, launch"),
        (vec!["campaign", "launch", "spring", "--out", &launch], "prepare, launch"),
        (vec!["campaign", "send", "spring", "--dry-run", &launch], "prepare, launch"),
        (vec!["sync", "--dry-run"], "push the contacts to a phone"),
        (vec!["backup", &backup], "copy the whole database"),
        (vec!["db", "copy", "--to", &copy], "copy the whole database"),
        (vec!["db", "roles"], "manage who may do what"),
    ];
    for (args, action) in refused {
        let o = run(&env, &anna, &args);
        assert_eq!(o.code, 1, "{args:?} as staff: {}", o.stderr);
        let want = format!("error: you may not {action}");
        assert!(o.stderr.starts_with(&want), "{args:?} as staff:\n{}", o.stderr);
        assert!(
            o.stderr.contains("that needs the owner role")
                && o.stderr.contains(&format!(
                    "hint: ask the shop's owner to run it, or to run `carnet db grant {} --owner`",
                    s.anna
                )),
            "{args:?}:\n{}",
            o.stderr
        );
        assert_eq!(s.state(), before, "{args:?} as staff wrote something");
    }
    assert!(!env.path("backup.db").exists() && !env.path("copy.db").exists() && !env.path("launch.csv").exists());
    // Managing roles needs a role that may create roles.
    let o = run(&env, &anna, &["db", "grant", &s.anna, "--owner"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.starts_with("error: you may not manage who may do what on this database"), "{}", o.stderr);
    assert_eq!(s.count(&format!("SELECT count(*) FROM pg_roles WHERE rolname = '{}'", s.anna)), 1);
    let roles = ok(&env, &s.url, &["db", "roles", "--format", "csv"]);
    assert!(roles.contains(&format!("{},staff,", s.anna)), "{roles}");

    // The consent tables are append-only for staff: no right, and the trigger.
    let e = refused_sql(&anna, "UPDATE consent_events SET channel = 'sms'");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&anna, "DELETE FROM consent_events");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&anna, "UPDATE consent_events SET hash = 'x'");
    assert!(e.contains("append-only"), "{e}");
    let e = refused_sql(&anna, "UPDATE consent_wordings SET text = 'x'");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&anna, "DELETE FROM contacts");
    assert!(e.contains("permission denied"), "{e}");
    assert_eq!(s.count("SELECT count(*) FROM consent_events"), 3);
    verifies(&env, &s.url);
}

#[test]
fn owners_may_do_the_owner_actions_and_still_not_rewrite_consent() {
    let Some(s) = shop("owners_may_do_the_owner_actions_and_still_not_rewrite_consent") else { return };
    let env = Env::new();
    set_up(&env, &s);
    let owen = s.owner_url();
    let contacts = env.write("contacts.csv", "name,email\nDan Roux,dan@example.org\nEve Blanc,eve@example.org\n");
    let purchases = env.write("purchases.csv", "customer,date,amount\nC2,2024-05-01,10\nC2,2024-05-02,5\n");
    ok(&env, &owen, &["contact", "import", &contacts]);
    assert_eq!(s.count("SELECT count(*) FROM contacts"), 4);
    ok(&env, &owen, &["purchase", "import", &purchases]);
    assert_eq!(
        s.count("SELECT total_cents FROM customer_totals t JOIN contacts c ON c.id = t.contact_id WHERE c.ref = 'C2'"),
        1500
    );
    ok(&env, &owen, &["import", "undo", "2", "--yes"]);
    assert_eq!(s.count("SELECT count(*) FROM purchases"), 1);
    let doc = ok(&env, &owen, &["privacy", "export", "ref:C1"]);
    assert!(doc.contains("anne@example.org"), "{doc}");
    let csv = ok(&env, &owen, &["contact", "export", "--format", "csv"]);
    assert!(csv.contains("Dan Roux"), "{csv}");
    let wording = env.write("w2.txt", "Yes, text me too.");
    ok(&env, &owen, &["consent", "text", "add", &wording]);
    assert_eq!(s.count("SELECT count(*) FROM consent_wordings"), 2);
    ok(&env, &owen, &["campaign", "create", "spring", "--segment", "champions", "--channel", "email"]);
    assert_eq!(s.count("SELECT count(*) FROM campaigns"), 1);
    let backup = env.path("backup.db").to_string_lossy().into_owned();
    ok(&env, &owen, &["backup", &backup]);
    assert!(env.path("backup.db").exists());
    ok(&env, &owen, &["contact", "merge", "ref:C1", "Dan Roux", "--yes"]);
    assert_eq!(s.count("SELECT count(*) FROM contact_merges"), 1);
    ok(&env, &owen, &["privacy", "forget", "ref:C1", "--yes"]);
    assert_eq!(s.count("SELECT count(*) FROM contacts WHERE email = 'anne@example.org'"), 0);
    assert_eq!(s.count("SELECT count(*) FROM consent_proofs WHERE erased_at IS NULL AND text <> ''"), 0);
    ok(&env, &owen, &["contact", "rm", "Eve Blanc", "--yes"]);
    assert_eq!(s.count("SELECT count(*) FROM contacts"), 2);

    // Still append-only for the owner: no right, and the triggers.
    let events = s.count("SELECT count(*) FROM consent_events");
    let e = refused_sql(&owen, "UPDATE consent_events SET channel = 'sms'");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&owen, "DELETE FROM consent_events");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&owen, "UPDATE consent_events SET hash = 'x'");
    assert!(e.contains("append-only"), "{e}");
    let e = refused_sql(&owen, "DELETE FROM consent_wordings");
    assert!(e.contains("permission denied"), "{e}");
    let e = refused_sql(&owen, "UPDATE consent_wordings SET id = id + 100");
    assert!(e.contains("never changes"), "{e}");
    // And for the superuser, the triggers.
    let e = refused_sql(&s.url, "DELETE FROM consent_events");
    assert!(e.contains("append-only"), "{e}");
    assert_eq!(s.count("SELECT count(*) FROM consent_events"), events);
    verifies(&env, &owen);
}

#[test]
fn an_upgrade_is_the_owners_and_covers_the_tables_it_adds() {
    let Some(s) = shop("an_upgrade_is_the_owners_and_covers_the_tables_it_adds") else { return };
    let env = Env::new();
    set_up(&env, &s);
    let latest = s.count("SELECT max(version) FROM schema_version");
    // The database as an older carnet left it: the last two steps (0032
    // adds a table, 0033 columns) undone.
    assert_eq!(latest, 33, "undo the steps after 0033 here too");
    engine::execute(
        &s.url,
        "DROP TABLE sync_entries; \
         ALTER TABLE purchases DROP COLUMN recorded_by CASCADE; \
         ALTER TABLE interactions DROP COLUMN recorded_by CASCADE; \
         ALTER TABLE deal_stage_changes DROP COLUMN recorded_by CASCADE; \
         ALTER TABLE consent_events DROP COLUMN recorded_by CASCADE; \
         ALTER TABLE service_events DROP COLUMN recorded_by CASCADE; \
         UPDATE schema_version SET version = version - 2;",
    );
    let o = run(&env, &s.staff_url(), &["contact", "list"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("needs an upgrade that only the owner can run"), "{}", o.stderr);
    assert!(o.stderr.contains("hint: ask the shop's owner to run carnet on it once"), "{}", o.stderr);
    assert_eq!(s.count("SELECT max(version) FROM schema_version"), latest - 2);
    // The owner (not a superuser) upgrades it; the new table is the owner
    // role's and staff may read it.
    ok(&env, &s.owner_url(), &["contact", "list"]);
    assert_eq!(s.count("SELECT max(version) FROM schema_version"), latest);
    let owner = engine::query_text(&s.url, "SELECT tableowner FROM pg_tables WHERE tablename = 'sync_entries'");
    assert!(owner.starts_with("carnet_") && owner.ends_with("_owner"), "{owner}");
    engine::execute(&s.staff_url(), "SELECT count(*) FROM sync_entries");
    let e = refused_sql(&s.staff_url(), "INSERT INTO sync_entries (collection, uid, href) VALUES ('a', 'b', 'c')");
    assert!(e.contains("permission denied"), "{e}");
    ok(&env, &s.staff_url(), &["contact", "list"]);
}

#[test]
fn roles_are_listed_revoked_and_a_plain_login_is_refused_in_words() {
    let Some(s) = shop("roles_are_listed_revoked_and_a_plain_login_is_refused_in_words") else { return };
    let env = Env::new();
    set_up(&env, &s);
    let json: serde_json::Value =
        serde_json::from_str(&ok(&env, &s.url, &["db", "roles", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    let owen = rows.iter().find(|r| r["name"] == s.owen.as_str()).unwrap();
    assert_eq!(owen["role"], "owner");
    assert_eq!(owen["login"], true);
    assert!(owen["group"].as_str().unwrap().ends_with("_owner"));
    // The owner may list; a second grant moves a login from one role to the other.
    ok(&env, &s.owner_url(), &["db", "roles"]);
    ok(&env, &s.url, &["db", "grant", &s.anna, "--owner"]);
    let csv = ok(&env, &s.url, &["db", "roles", "--format", "csv"]);
    assert!(csv.starts_with("name,role,group,login\n"), "{csv}");
    assert!(csv.contains(&format!("{},owner,", s.anna)) && !csv.contains(&format!("{},staff,", s.anna)), "{csv}");
    ok(&env, &s.url, &["db", "grant", &s.anna, "--revoke"]);
    let csv = ok(&env, &s.url, &["db", "roles", "--format", "csv"]);
    assert!(!csv.contains(&s.anna), "{csv}");
    let err = env.fails(1, &["--db", &s.url, "db", "grant", &s.anna, "--revoke"]);
    assert!(err.contains("is neither staff nor owner of this database"), "{err}");
    // A login in neither role: reads and writes refused in words.
    let plain = s.staff_url();
    for args in [vec!["contact", "list"], vec!["contact", "add", "--name", "Zoé"]] {
        let o = run(&env, &plain, &args);
        assert_eq!(o.code, 1, "{args:?}: {}", o.stderr);
        assert!(
            o.stderr.starts_with("error: you may not read or change this on this database (permission denied on "),
            "{args:?}: {}",
            o.stderr
        );
        assert!(o.stderr.contains("hint: your database role does not have this right"), "{}", o.stderr);
    }
    // A name carnet will not create.
    let err = env.fails(1, &["--db", &s.url, "db", "grant", "x; DROP TABLE contacts", "--staff"]);
    assert!(err.contains("is not a login name carnet can use"), "{err}");
    assert_eq!(s.count("SELECT count(*) FROM contacts"), 2);
    // In French too.
    let o = run(&env, &plain, &["--lang", "fr", "contact", "list"]);
    assert!(o.stderr.contains("vous ne pouvez pas lire ni modifier cela sur cette base"), "{}", o.stderr);
}
