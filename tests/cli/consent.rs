use crate::Env;

pub const WORDING: &str = "I agree to receive the shop's newsletter by email. I can unsubscribe at any time.";

pub fn shop() -> Env {
    let env = Env::new();
    env.write("wording.txt", WORDING);
    env.add(&["--name", "Hélène Dupont", "--email", "helene.dupont@example.fr", "--phone", "0611223344", "--ref", "H"]);
    env.add(&["--name", "Paul Martin", "--email", "paul@example.com", "--ref", "P"]);
    env.add(&["--name", "Zoé Garnier", "--email", "zoe@example.com", "--ref", "Z"]);
    assert_eq!(env.ok(&["consent", "text", "add", env.path("wording.txt").to_str().unwrap(), "-q"]).trim(), "1");
    env.ok(&["segment", "add", "everyone", "--created-before", "2030-01-01"]);
    env
}

pub fn grant(env: &Env, who: &str, channel: &str) {
    env.ok(&[
        "consent",
        "grant",
        who,
        "--channel",
        channel,
        "--method",
        "paper-form",
        "--wording",
        "1",
        "--source",
        "signed card",
    ]);
}

pub fn decisions(env: &Env, campaign: &str) -> Vec<(String, String)> {
    env.json(&["campaign", "preview", campaign])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_string(),
                r["reason"].as_str().unwrap_or(r["decision"].as_str().unwrap()).to_string(),
            )
        })
        .collect()
}

#[test]
fn a_grant_needs_method_and_wording() {
    let env = shop();
    let err = env.fails(1, &["consent", "grant", "H", "--channel", "email"]);
    assert!(err.contains("--method") && err.contains("--wording"), "{err}");
    assert!(env
        .fails(1, &["consent", "grant", "H", "--channel", "email", "--method", "web-form", "--wording", "99"])
        .contains("neither a stored wording"));
    assert!(env
        .fails(
            1,
            &[
                "consent",
                "grant",
                "H",
                "--channel",
                "email",
                "--method",
                "web-form",
                "--wording",
                "1",
                "--at",
                "2030-01-01"
            ]
        )
        .contains("future"));
    assert_eq!(env.sql("SELECT count(*) FROM consent_events"), 0);
    grant(&env, "H", "email");
    let h = env.json(&["consent", "history", "H"]);
    assert_eq!(
        (h[0]["method"].as_str(), h[0]["proof"].as_str(), h[0]["wording"].as_str()),
        (Some("paper-form"), Some("signed card"), Some(WORDING))
    );
    assert_eq!(env.json(&["contact", "show", "H"])["consent_email"], "opted_in");
    // The same text is stored once.
    let again = env.run(&["consent", "text", "add", env.path("wording.txt").to_str().unwrap()]);
    assert!(again.stderr.contains("already stored as 1"), "{}", again.stderr);
}

#[test]
fn the_history_cannot_be_altered_through_the_database() {
    let env = shop();
    grant(&env, "H", "email");
    let err = env.sql_try("UPDATE consent_events SET action = 'withdraw' WHERE id = 1").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
    let err = env.sql_try("DELETE FROM consent_events").unwrap_err();
    assert!(err.contains("append-only"), "{err}");
    assert!(env.sql_try("UPDATE consent_wordings SET text = 'x'").is_err());
    // A mistake is corrected by a voiding event.
    env.ok(&["consent", "void", "1"]);
    assert_eq!(env.json(&["contact", "show", "H"])["consent_email"], "never_asked");
    assert_eq!(env.sql("SELECT count(*) FROM consent_events"), 2);
    // And the contact cannot be deleted with it.
    assert!(env.fails(1, &["contact", "rm", "H", "--yes"]).contains("privacy forget"));
}

#[test]
fn consent_import_refuses_a_row_without_proof() {
    let env = shop();
    let f = env.write("g.csv", "contact,channel,action,date,method,wording\nH,email,grant,2024-06-01,web-form,1\nP,email,grant,2024-06-01,,1\n");
    let err = env.fails(1, &["consent", "import", &f]);
    assert!(err.contains("g.csv line 3, column 5 (method)"), "{err}");
    let f = env.write("g.csv", "contact,channel,action,method,wording\nH,email,grant,web-form,1\n");
    assert!(env.fails(1, &["consent", "import", &f]).contains("no `date` column"));
    assert_eq!(env.sql("SELECT count(*) FROM consent_events"), 0);
}
