//! The figures a big shop's cards are placed among: kept by the bulk writes
//! and `report refresh`, read by `contact show`, which says how old they
//! are. `CARNET_KEEP_FIGURES_FROM` lowers the threshold (10,000 customers)
//! so a shop of a few hundred crosses it.

use crate::Env;
use serde_json::Value;

/// `args --format json` with the threshold at `keep_from` customers, on `now`.
fn card_json(env: &Env, keep_from: &str, now: &str, args: &[&str]) -> Value {
    let o = env
        .cmd()
        .env("CARNET_KEEP_FIGURES_FROM", keep_from)
        .env("CARNET_NOW", now)
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The card as kept figures place it (the threshold crossed) and as
/// working them out does (the threshold out of reach).
fn kept_and_fresh(env: &Env, now: &str, id: i64) -> (Value, Value) {
    let show = ["contact", "show", &format!("id:{id}")];
    (card_json(env, "100", now, &show), card_json(env, "1000000", now, &show))
}

/// A card without the two fields that say how old its figures are.
fn without_age(mut card: Value) -> Value {
    let o = card.as_object_mut().unwrap();
    o.remove("population_at");
    o.remove("purchases_since_population");
    card
}

/// Right after the demo kept them, the kept figures place every customer
/// exactly where working them out does: scores, segment, value cell, the
/// lifetime-value figures, the whole card.
#[test]
fn kept_figures_place_a_card_as_working_them_out_does() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "300", "--seed", "7", "-q"]);
    let mut scored = 0;
    for id in (1..=300).step_by(7) {
        let (kept, fresh) = kept_and_fresh(&env, "2024-06-30", id);
        assert_eq!(kept["population_at"], "2024-06-30", "{kept}");
        assert_eq!(kept["purchases_since_population"], 0);
        assert_eq!(fresh["population_at"], Value::Null);
        assert_eq!(fresh["purchases_since_population"], Value::Null);
        if kept["clv"] != Value::Null && kept["segment"] != Value::Null {
            scored += 1;
        }
        assert_eq!(without_age(kept), without_age(fresh), "contact {id}");
    }
    assert!(scored > 20, "only {scored} cards with a segment and a value");
}

/// A sale leaves the kept figures: the card counts it; `report refresh`
/// works them out again. Days later, with no sale since, the recency
/// bounds move with the days and the scores are still the report's.
#[test]
fn a_sale_leaves_the_kept_figures_and_the_card_counts_it() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "300", "--seed", "7", "-q"]);
    env.ok(&["purchase", "add", "id:5", "12.50", "-q"]);
    env.ok(&["purchase", "add", "id:6", "3.00", "-q"]);
    let (kept, fresh) = kept_and_fresh(&env, "2024-06-30", 5);
    assert_eq!(kept["population_at"], "2024-06-30");
    assert_eq!(kept["purchases_since_population"], 2);
    assert_eq!(fresh["population_at"], Value::Null);
    // The table says it too.
    let table = env.cmd().env("CARNET_KEEP_FIGURES_FROM", "100").args(["contact", "show", "id:5"]).output().unwrap();
    let table = String::from_utf8_lossy(&table.stdout).into_owned();
    assert!(table.contains("scores placed among customers of") && table.contains("2024-06-30"), "{table}");
    assert!(table.contains("purchases since"), "{table}");

    let o = env.run(&["report", "refresh"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("customers placed among the others as of 2024-06-30"), "{}", o.stderr);
    let (kept, fresh) = kept_and_fresh(&env, "2024-06-30", 5);
    assert_eq!(kept["purchases_since_population"], 0);
    assert_eq!(without_age(kept), without_age(fresh));

    for now in ["2024-07-03", "2024-08-15"] {
        let rfm = card_json(&env, "100", now, &["report", "rfm", "--customers"]);
        for id in [1, 5, 42, 43, 200] {
            let card = card_json(&env, "100", now, &["contact", "show", &format!("id:{id}")]);
            assert_eq!(card["population_at"], "2024-06-30", "{card}");
            let row = rfm.as_array().unwrap().iter().find(|r| r["contact_id"] == id);
            for k in ["r_score", "f_score", "m_score", "segment"] {
                assert_eq!(Some(&card[k]), row.map(|r| &r[k]), "{k} of {id} on {now}");
            }
        }
    }
}

/// Whenever the kept figures do not stand for the card, it works them out
/// (exactly, no age shown) rather than fail: a day before theirs, another
/// activity window in the config, a damaged row, an undo that took
/// purchases away; and a shop below the threshold always does.
#[test]
fn a_card_works_its_figures_out_when_the_kept_ones_do_not_stand() {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f, "-q"]);
    let customers = env.sql("SELECT customers FROM population");
    assert!(customers >= 3, "{customers}");
    let show = |keep_from: &str, now: &str| card_json(&env, keep_from, now, &["contact", "show", "ref:F"]);
    // The threshold, crossed both ways.
    assert_eq!(show(&customers.to_string(), "2024-06-30")["population_at"], "2024-06-30");
    assert_eq!(show(&(customers + 1).to_string(), "2024-06-30")["population_at"], Value::Null);
    let exact = show("1000000", "2024-06-30");
    // A day before the figures' own.
    assert_eq!(show("1", "2024-06-29")["population_at"], Value::Null);
    // Another activity window.
    env.write("config.toml", "[value_matrix]\nactive_days = 90\n");
    assert_eq!(show("1", "2024-06-30")["population_at"], Value::Null);
    std::fs::remove_file(env.path("config.toml")).unwrap();
    assert_eq!(show("1", "2024-06-30")["population_at"], "2024-06-30");
    // A damaged row.
    env.sql_exec("UPDATE population SET figures = 'not JSON'");
    let card = show("1", "2024-06-30");
    assert_eq!(card["population_at"], Value::Null);
    assert_eq!(card, exact);
    // An undo drops the kept figures with the purchases and keeps new ones.
    let batch = env.json(&["import", "list"])[0]["id"].as_i64().unwrap().to_string();
    env.ok(&["import", "undo", &batch, "--yes", "-q"]);
    assert_eq!(env.sql("SELECT customers FROM population"), 0);
    assert_eq!(env.sql("SELECT last_purchase_id FROM population"), 0);
}
