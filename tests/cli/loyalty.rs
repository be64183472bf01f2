//! The loyalty card: points and stamps worked out from the purchases and
//! redemptions, refunds, imports, expiry, redeeming, the card on `contact
//! show`, `report loyalty`, in both languages (as of 2024-06-30).

use crate::Env;

/// A refusal in French: exit 1, `erreur :` first.
fn fails_fr(env: &Env, args: &[&str]) -> String {
    let o = env.run(args);
    assert_eq!(o.code, 1, "{args:?}: {}", o.stderr);
    assert!(o.stderr.starts_with("erreur"), "{}", o.stderr);
    o.stderr
}

const POINTS: &str = "[loyalty]\nprogramme = \"points\"\npoints_per_euro = 1\n\
    rewards = [{ points = 50, reward = \"5 € off\", value = 5.0 }, { points = 100, reward = \"Un bouquet\" }]\n";

fn member() -> Env {
    let env = Env::new();
    env.write("config.toml", POINTS);
    env.add(&["--name", "Ana", "--ref", "A"]);
    env.add(&["--name", "Bob", "--ref", "B"]);
    env.ok(&["loyalty", "join", "ref:A", "--on", "2024-01-01"]);
    // Before she joined: earns nothing.
    env.ok(&["purchase", "add", "ref:A", "99", "--date", "2023-12-20"]);
    env.ok(&["purchase", "add", "ref:A", "42.50", "--date", "2024-02-01"]);
    env.ok(&["purchase", "add", "ref:A", "30", "--date", "2024-03-01"]);
    env.ok(&["purchase", "add", "ref:A", "-12.99", "--date", "2024-03-05"]);
    env
}

#[test]
fn points_follow_purchases_and_refunds_and_redemptions_spend_them() {
    let env = member();
    // 42 + 30 − 12 (a refund takes back what the same amount earns).
    let card = env.json(&["contact", "show", "ref:A"]);
    assert_eq!(card["loyalty_points"], 60);
    assert_eq!(
        (card["loyalty_next_reward"].as_str(), card["loyalty_points_to_next"].as_u64()),
        (Some("Un bouquet"), Some(40))
    );
    assert_eq!(env.json(&["contact", "show", "ref:B"])["loyalty_points"], serde_json::Value::Null);
    let done = env.run(&["loyalty", "redeem", "ref:A", "5 € off"]);
    assert_eq!(done.code, 0, "{}", done.stderr);
    assert!(
        done.stderr.contains("redeemed 5 € off (50 points)") && done.stderr.contains("10 points"),
        "{}",
        done.stderr
    );
    // Short: refused in words, nothing written.
    let err = env.fails(1, &["loyalty", "redeem", "ref:A", "un bouquet"]);
    assert!(err.contains("not enough points for Un bouquet: it takes 100, the balance is 10 (90 missing)"), "{err}");
    let fr = fails_fr(&env, &["--lang", "fr", "loyalty", "redeem", "ref:A", "2"]);
    assert!(fr.contains("pas assez de points pour Un bouquet"), "{fr}");
    assert!(env.fails(1, &["loyalty", "redeem", "ref:A", "a car"]).contains("5 € off (50), Un bouquet (100)"));
    assert!(env.fails(1, &["loyalty", "redeem", "ref:B", "1"]).contains("Bob does not have the loyalty card"));
    let history = env.json(&["loyalty", "history", "ref:A"]);
    let lines: Vec<(String, i64, i64)> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (l["change"].as_str().unwrap().to_string(), l["points"].as_i64().unwrap(), l["balance"].as_i64().unwrap())
        })
        .collect();
    let want = [("earned", 42, 42), ("earned", 30, 72), ("refund", -12, 60), ("redeemed", -50, 10)];
    assert_eq!(lines, want.map(|(c, p, b)| (c.to_string(), p, b)).to_vec());
    assert_eq!(history[3]["reward"], "5 € off");
    let table = env.ok(&["--lang", "fr", "loyalty", "history", "ref:A"]);
    assert!(table.contains("solde"), "{table}");
    // Imported purchases earn only when the shop says so.
    let till = env.write("till.csv", "customer_id,date,amount\nA,2024-06-01,80\n");
    env.ok(&["purchase", "import", &till]);
    assert_eq!(env.json(&["contact", "show", "ref:A"])["loyalty_points"], 10);
    env.write("config.toml", format!("{POINTS}imported_earn = true\n"));
    assert_eq!(env.json(&["contact", "show", "ref:A"])["loyalty_points"], 90);
    // Undoing the import takes its points with it.
    let batch = env.json(&["import", "list"])[0]["id"].as_i64().unwrap().to_string();
    env.ok(&["import", "undo", &batch, "--yes"]);
    assert_eq!(env.json(&["contact", "show", "ref:A"])["loyalty_points"], 10);
}

#[test]
fn the_report_counts_members_points_and_the_liability() {
    let env = member();
    env.ok(&["loyalty", "redeem", "ref:A", "1"]);
    env.ok(&["purchase", "add", "ref:B", "20", "--date", "2024-05-01"]);
    env.ok(&["purchase", "add", "ref:B", "20", "--date", "2024-06-01"]);
    let figures = env.json(&["report", "loyalty"]);
    let get = |name: &str| figures.as_array().unwrap().iter().find(|f| f["figure"] == name).cloned().unwrap();
    assert_eq!(get("members")["value"], 1.0);
    assert_eq!(get("points_outstanding")["value"], 10.0);
    // 10 points at 5 € per 50 points.
    assert_eq!(get("liability")["value"], 1.0);
    assert_eq!(get("redemptions")["value"], 1.0);
    // Ana joined within the year: in neither group; Bob came twice.
    assert_eq!(get("members_visits_per_year")["count"], 0);
    assert_eq!(get("members_visits_per_year")["value"], serde_json::Value::Null);
    assert_eq!(
        (get("others_visits_per_year")["count"].as_u64(), get("others_visits_per_year")["value"].as_f64()),
        (Some(1), Some(2.0))
    );
    let months = env.json(&["report", "loyalty", "--by-month"]);
    assert_eq!(months, serde_json::json!([{"month": "2024-06", "redemptions": 1, "points": 50}]));
    let text = env.ok(&["report", "loyalty"]);
    assert!(text.contains("1 member,") && text.contains("worth: 1.00") && text.contains("Careful"), "{text}");
    let fr = env.ok(&["--lang", "fr", "report", "loyalty"]);
    assert!(fr.contains("points en circulation") && fr.contains("Prudence"), "{fr}");
    let csv = env.ok(&["report", "loyalty", "--format", "csv"]);
    assert!(csv.starts_with("figure,value,low,high,count\nmembers,"), "{csv}");
}

#[test]
fn stamps_expiry_and_a_shop_without_a_card() {
    let env = Env::new();
    env.add(&["--name", "Ana", "--ref", "A"]);
    // No programme: said in words, with the config to write.
    let err = env.fails(1, &["loyalty", "join", "ref:A"]);
    assert!(err.contains("no [loyalty] programme") && err.contains("hint:"), "{err}");
    assert!(fails_fr(&env, &["--lang", "fr", "report", "loyalty"]).contains("pas de carte de fidélité"));
    env.write(
        "config.toml",
        "[loyalty]\nprogramme = \"stamps\"\nstamp_minimum = 5.0\nrewards = [{ points = 3, reward = \"un café\" }]\n",
    );
    let joined = env.json(&["loyalty", "join", "ref:A", "--on", "2024-05-01"]);
    assert_eq!(joined["balance"], 0);
    for (amount, day) in [("6", "2024-05-02"), ("4", "2024-05-03"), ("5", "2024-05-04"), ("12", "2024-05-05")] {
        env.ok(&["purchase", "add", "ref:A", amount, "--date", day]);
    }
    // One stamp per purchase of 5 € or more: 3 of the 4.
    let card = env.json(&["contact", "show", "ref:A"]);
    assert_eq!(card["loyalty_points"], 3);
    assert_eq!(card["loyalty_next_reward"], serde_json::Value::Null);
    // Expiry: points lapse 30 days after the last visit (5 May), on 5 June.
    env.write(
        "config.toml",
        "[loyalty]\nprogramme = \"points\"\nexpire_after = \"30d\"\nrewards = [{ points = 10, reward = \"x\" }]\n",
    );
    assert_eq!(env.json(&["contact", "show", "ref:A"])["loyalty_points"], 0);
    let history = env.json(&["loyalty", "history", "ref:A"]);
    let last = history.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["change"].as_str(), last["date"].as_str(), last["points"].as_i64()),
        (Some("expired"), Some("2024-06-05"), Some(-27))
    );
    // A bad programme is refused when the config is read, naming the key.
    env.write("config.toml", "[loyalty]\nprogramme = \"points\"\n");
    assert!(env.fails(1, &["contact", "show", "ref:A"]).contains("loyalty.rewards"));
    env.write(
        "config.toml",
        "[loyalty]\nprogramme = \"points\"\nexpire_after = \"soon\"\nrewards = [{ points = 1, reward = \"x\" }]\n",
    );
    assert!(env.fails(1, &["contact", "show", "ref:A"]).contains("loyalty.expire_after"));
}

#[test]
fn merges_carry_the_card_and_the_demo_has_members_and_answers() {
    let env = member();
    env.ok(&["loyalty", "join", "ref:B", "--on", "2023-06-01"]);
    env.ok(&["purchase", "add", "ref:B", "20", "--date", "2024-04-01"]);
    env.ok(&["contact", "merge", "ref:A", "ref:B", "--yes"]);
    // Ana keeps the earlier card (June 2023): her December purchase now earns too.
    assert_eq!(env.json(&["contact", "show", "ref:A"])["loyalty_points"], 60 + 20 + 99);
    let demo = Env::new();
    let out = demo.run(&["demo", "--customers", "300"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("loyalty card"), "{}", out.stderr);
    let n = |t: &str| -> i64 { demo.sql(&format!("SELECT count(*) FROM {t}")) };
    assert!(
        n("satisfaction_answers") > 50 && n("loyalty_members") > 20,
        "{} {}",
        n("satisfaction_answers"),
        n("loyalty_members")
    );
    let matrix = demo.json(&["report", "loyalty-matrix"]);
    assert!(matrix.as_array().unwrap().iter().all(|c| c["customers"].as_u64().unwrap() > 0), "{matrix}");
    let fr = Env::new();
    let out = fr.run(&["--lang", "fr", "demo", "--customers", "200"]);
    assert!(out.stderr.contains("carte de fidélité"), "{}", out.stderr);
}

#[test]
fn whole_outputs_snapshot() {
    let env = member();
    env.ok(&["loyalty", "redeem", "ref:A", "1"]);
    insta::assert_snapshot!("loyalty_history_table", env.snap(&["loyalty", "history", "ref:A"]));
    insta::assert_snapshot!("loyalty_history_fr", env.snap(&["--lang", "fr", "loyalty", "history", "ref:A"]));
    insta::assert_snapshot!("loyalty_report_table", env.snap(&["report", "loyalty"]));
    insta::assert_snapshot!("loyalty_report_json", env.snap(&["report", "loyalty", "--format", "json"]));
    insta::assert_snapshot!("loyalty_redeem_short", env.snap(&["loyalty", "redeem", "ref:A", "2"]));
}
