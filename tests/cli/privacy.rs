//! Privacy requests: access, erasure, retention review.

use crate::consent::{decisions, grant, shop, WORDING};

#[test]
fn forget_keeps_totals_and_leaves_no_trace_in_the_file() {
    let env = shop();
    grant(&env, "H", "email");
    env.ok(&["contact", "edit", "H", "--add-email", "h.dupont@bureau.fr (work)", "--add-phone", "04 78 55 66 77"]);
    env.ok(&["purchase", "add", "H", "120", "--date", "2024-05-01", "--note", "vase for Hélène's mother"]);
    env.ok(&["purchase", "add", "P", "30", "--date", "2024-06-01"]);
    env.ok(&["interaction", "add", "H", "--kind", "call", "--note", "Hélène Dupont called about the vase"]);
    let before = (
        env.ok(&["report", "rfm", "--format", "csv"]),
        env.ok(&["report", "value-matrix", "--format", "csv"]),
        env.ok(&["report", "pareto", "--format", "csv"]),
    );
    env.fails(2, &["privacy", "forget", "H"]);
    env.ok(&["privacy", "forget", "H", "--yes"]);
    let after = (
        env.ok(&["report", "rfm", "--format", "csv"]),
        env.ok(&["report", "value-matrix", "--format", "csv"]),
        env.ok(&["report", "pareto", "--format", "csv"]),
    );
    assert_eq!(before, after);
    // The file's bytes: SQLite only (a PostgreSQL server's files are its own).
    if !crate::engine::is_postgres() {
        let bytes = std::fs::read(env.db()).unwrap();
        for secret in
            ["Hélène", "Dupont", "helene.dupont", "0611223344", "signed card", "bureau.fr", "55 66 77", "+33478556677"]
        {
            assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "{secret} is still in the file");
        }
        let wal = env.path("carnet.db-wal");
        if wal.exists() {
            let w = std::fs::read(wal).unwrap();
            assert!(!w.windows(6).any(|x| x == b"Dupont"), "still in the log");
        }
    }
    // Every address and number they gave is on the suppression list.
    assert_eq!(env.sql("SELECT count(*) FROM contact_keys"), 0);
    let f = env.write("back.csv", "name,email\nH. D.,h.dupont@bureau.fr\n");
    env.ok(&["contact", "import", &f]);
    env.ok(&["consent", "grant", "H. D.", "--channel", "email", "--method", "import", "--wording", "1"]);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone"]);
    assert!(decisions(&env, "news").contains(&("H. D.".to_string(), "on the suppression list".to_string())));
    // The consent history stays (without its proof).
    assert_eq!(env.sql("SELECT count(*) FROM consent_events WHERE contact_id = 1"), 1);
}

#[test]
fn forget_without_a_terminal_names_the_command_and_its_flag() {
    let env = crate::Env::new();
    env.ok(&["contact", "add", "--name", "Hélène Dupont", "--email", "h@example.fr"]);
    let err = env.fails(2, &["privacy", "forget", "Hélène Dupont"]);
    assert!(err.starts_with("error: `carnet privacy forget` needs --yes without a terminal"), "{err}");
    assert!(err.contains("hint: add --yes to confirm"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE name = 'Hélène Dupont'"), 1, "nothing erased");
}

#[test]
fn a_forgotten_email_reimported_is_suppressed() {
    let env = shop();
    grant(&env, "H", "email");
    env.ok(&["privacy", "forget", "H", "--yes"]);
    let f = env.write("back.csv", "name,email\nHélène D.,Helene.Dupont@example.fr\n");
    env.ok(&["contact", "import", &f]);
    env.ok(&["consent", "grant", "Hélène D.", "--channel", "email", "--method", "import", "--wording", "1"]);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone"]);
    let d = decisions(&env, "news");
    assert!(d.contains(&("Hélène D.".to_string(), "on the suppression list".to_string())), "{d:?}");
    // A bare address withdrawn without being a contact is suppressed too.
    env.ok(&["consent", "withdraw", "new@example.net", "--channel", "email"]);
    env.add(&["--name", "Newcomer", "--email", "new@example.net"]);
    env.ok(&["consent", "grant", "Newcomer", "--channel", "email", "--method", "web-form", "--wording", "1"]);
    assert!(decisions(&env, "news").contains(&("Newcomer".to_string(), "on the suppression list".to_string())));
}

#[test]
fn privacy_export_and_review() {
    let env = shop();
    grant(&env, "H", "email");
    env.ok(&["purchase", "add", "H", "12", "--date", "2024-06-01"]);
    env.cmd()
        .env("CARNET_NOW", "2025-01-01")
        .args(["interaction", "add", "H", "--kind", "call", "--note", "hello"])
        .assert()
        .success();
    let doc: serde_json::Value = serde_json::from_str(&env.ok(&["privacy", "export", "H"])).unwrap();
    assert_eq!(doc["contact"]["fields"]["email"], "helene.dupont@example.fr");
    assert_eq!(doc["purchases"][0]["amount"], "12.00");
    assert_eq!(doc["interactions"][0]["summary"], "hello");
    assert_eq!(doc["consent"][0]["wording"], WORDING);
    // Three years (1,095 days) after the others' last activity: Hélène
    // called in 2025 and is kept.
    let o = env.cmd().env("CARNET_NOW", "2027-07-01").args(["privacy", "review", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let names: Vec<&str> = v.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Paul Martin", "Zoé Garnier"]);
    env.cmd().env("CARNET_NOW", "2027-07-01").args(["privacy", "review", "--forget", "--yes"]).assert().success();
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE forgotten_at IS NOT NULL"), 2);
    assert!(env.fails(1, &["privacy", "review", "--older-than", "soon"]).contains("--older-than"));
}
