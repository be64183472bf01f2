//! `carnet db copy --to URL|PATH`, `carnet backup` on PostgreSQL, and a
//! PostgreSQL URL that cannot be used, said in words. The tests that need a
//! server take a fresh database of `CARNET_TEST_POSTGRES` (skipped without
//! it, failed under `CI=true`); the others name their SQLite files
//! themselves, so they run the same under either engine of the suite.

use crate::{engine, Env};

/// A small shop in the SQLite file `file`: two customers, purchases,
/// a consent grant, a tag.
fn shop(env: &Env, file: &str) {
    let db = env.path(file).to_string_lossy().into_owned();
    let run = |args: &[&str]| {
        let mut a = vec!["--db", db.as_str()];
        a.extend(args);
        env.ok(&a)
    };
    run(&["contact", "add", "--name", "Anne Martin", "--ref", "C1", "--email", "anne@example.org", "--tag", "vip"]);
    run(&["contact", "add", "--name", "Bruno Petit", "--ref", "C2"]);
    run(&["purchase", "add", "ref:C1", "42.50", "--date", "2024-03-01"]);
    run(&["purchase", "add", "ref:C1", "10", "--date", "2024-05-10"]);
    run(&["purchase", "add", "ref:C2", "99.99", "--date", "2024-06-01"]);
    run(&["purchase", "add", "ref:C2", "-5", "--date", "2024-06-02"]);
    let wording = env.write("wording.txt", "Yes, send me the shop's news by email. You can say stop at any time.");
    run(&["consent", "text", "add", &wording, "-q"]);
    run(&["consent", "grant", "ref:C1", "--channel", "email", "--method", "in-person", "--wording", "1"]);
}

fn rfm(env: &Env, db: &str) -> String {
    env.ok(&["--db", db, "report", "rfm", "--customers", "--format", "csv"])
}

/// A fresh PostgreSQL database, or None (SKIPPED) without a server;
/// under `CI=true` a missing server fails the test.
fn server(test: &str) -> Option<(String, String)> {
    if std::env::var("CARNET_TEST_POSTGRES").map_or(true, |u| u.is_empty()) {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true: {test} needs CARNET_TEST_POSTGRES");
        crate::skipped(&format!("{test}: CARNET_TEST_POSTGRES is not set (no PostgreSQL)"));
        return None;
    }
    Some(engine::create_database())
}

#[test]
fn a_copy_to_a_new_file_is_checked_table_by_table_and_gives_the_same_figures() {
    let env = Env::new();
    shop(&env, "a.db");
    let a = env.path("a.db").to_string_lossy().into_owned();
    let b = env.path("b.db").to_string_lossy().into_owned();
    let out = env.run(&["--db", &a, "db", "copy", "--to", &b, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("every table's count and checksum agree"), "{}", out.stderr);
    let tables: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let purchases = tables.as_array().unwrap().iter().find(|t| t["table"] == "purchases").unwrap();
    assert_eq!(purchases["rows"], 4);
    assert_eq!(purchases["checksum"].as_str().unwrap().len(), 64);
    assert_eq!(rfm(&env, &a), rfm(&env, &b));
    assert_eq!(
        env.ok(&["--db", &a, "consent", "verify", "--format", "json"]),
        env.ok(&["--db", &b, "consent", "verify", "--format", "json"])
    );
    // The copy is a shop of its own: it takes new purchases.
    env.ok(&["--db", &b, "purchase", "add", "ref:C2", "1", "--date", "2024-06-03"]);
}

#[test]
fn a_copy_into_a_shop_that_holds_data_is_refused_and_writes_nothing() {
    let env = Env::new();
    shop(&env, "a.db");
    shop(&env, "b.db");
    let a = env.path("a.db").to_string_lossy().into_owned();
    let b = env.path("b.db").to_string_lossy().into_owned();
    let before = rfm(&env, &b);
    let err = env.fails(1, &["--db", &a, "db", "copy", "--to", &b]);
    assert!(err.contains("already holds contacts or purchases"), "{err}");
    assert!(err.contains("hint: copy into a new, empty database"), "{err}");
    assert_eq!(rfm(&env, &b), before);
}

#[test]
fn a_server_that_does_not_answer_is_said_in_words_with_a_hint() {
    let env = Env::new();
    // Nothing listens on port 1; the password never shows.
    let url = "postgres://anne:s3cret@127.0.0.1:1/shop?connect_timeout=3";
    let err = env.fails(1, &["--db", url, "contact", "list"]);
    assert!(err.contains("cannot reach the PostgreSQL database postgres://anne@127.0.0.1:1/shop"), "{err}");
    assert!(err.contains("no server answers there"), "{err}");
    assert!(err.contains("hint: check that the server runs"), "{err}");
    assert!(!err.contains("s3cret"), "{err}");
}

#[test]
fn a_shop_goes_to_postgresql_and_back_exactly() {
    let Some((name, url)) = server("a_shop_goes_to_postgresql_and_back_exactly") else { return };
    let env = Env::new();
    shop(&env, "a.db");
    let a = env.path("a.db").to_string_lossy().into_owned();
    let out = env.run(&["--db", &a, "db", "copy", "--to", &url, "--format", "csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(rfm(&env, &a), rfm(&env, &url), "the same figures on the server");
    assert_eq!(engine::query_i64(&url, "SELECT count(*) FROM purchases"), 4);
    // The server takes the next purchase under a new id.
    env.ok(&["--db", &url, "purchase", "add", "ref:C1", "3", "--date", "2024-06-20"]);
    // And back to a new file: the same checks, the same shop.
    let back = env.path("back.db").to_string_lossy().into_owned();
    env.ok(&["--db", &url, "db", "copy", "--to", &back]);
    assert_eq!(rfm(&env, &back), rfm(&env, &url));
    // A backup of the server is a SQLite file any carnet opens.
    let saved = env.path("saved.db").to_string_lossy().into_owned();
    env.ok(&["--db", &url, "backup", &saved]);
    assert_eq!(rfm(&env, &saved), rfm(&env, &url));
    // A copy into the server now that it holds data is refused.
    let err = env.fails(1, &["--db", &a, "db", "copy", "--to", &url]);
    assert!(err.contains("already holds contacts or purchases"), "{err}");
    engine::drop_database(&name);
}

#[test]
fn a_read_on_a_server_database_carnet_never_used_writes_nothing() {
    let Some((name, url)) = server("a_read_on_a_server_database_carnet_never_used_writes_nothing") else { return };
    let env = Env::new();
    let err = env.fails(1, &["--db", &url, "contact", "list"]);
    assert!(err.contains("no database at postgresql://"), "{err}");
    assert!(!engine::has_tables(&url), "a read made no table");
    env.ok(&["--db", &url, "contact", "add", "--name", "Anne"]);
    assert!(engine::has_tables(&url));
    engine::drop_database(&name);
}
