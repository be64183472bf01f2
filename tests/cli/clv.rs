//! Lifetime value on the CDNOW sample, against the published results, and
//! the profitability matrix.

use crate::Env;

fn cdnow() -> Env {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/cdnow-sample/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    env
}

/// Equal to three significant digits.
fn sig3(got: &serde_json::Value, want: f64) {
    let g = got.as_f64().unwrap();
    let unit = 10f64.powf(want.abs().log10().floor() - 2.0);
    assert!((g - want).abs() <= 0.5 * unit, "{g} vs {want}");
}

/// Fader, Hardie & Lee (2005) and Fader & Hardie (2013) on CDNOW, calibration to 1997-09-30.
#[test]
fn the_cdnow_fit_reproduces_the_published_parameters() {
    let env = cdnow();
    let m = env.json(&["report", "clv", "--as-of", "1997-09-30", "--model"]);
    assert_eq!(m["time_unit"], "week");
    // A small document, not a listing: no workbook of it.
    let err = env.fails(2, &["report", "clv", "--as-of", "1997-09-30", "--model", "--format", "xlsx"]);
    assert!(err.contains("no workbook form"), "{err}");
    let (b, g) = (&m["bgnbd"], &m["gamma_gamma"]);
    sig3(&b["r"], 0.243);
    sig3(&b["alpha"], 4.41);
    sig3(&b["a"], 0.793);
    sig3(&b["b"], 2.43);
    assert!((b["log_likelihood"].as_f64().unwrap() - -9582.4).abs() < 0.05, "{}", b["log_likelihood"]);
    assert_eq!(b["customers"], 2357);
    sig3(&g["p"], 6.25);
    sig3(&g["q"], 3.74);
    sig3(&g["gamma"], 15.4);
    assert_eq!(g["customers"], 946);
}

#[test]
fn customers_have_every_documented_column_ranked_by_value() {
    let env = cdnow();
    let csv = env.ok(&["report", "clv", "--as-of", "1997-09-30", "--customers", "--limit", "3", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "contact_id,ref,name,first_purchase,last_purchase,repeat_visits,avg_repeat_spend,p_alive,expected_visits,expected_spend_per_visit,clv,clv_rank,marketing_cost,net_value"
    );
    let first: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(first[1], "0509");
    assert_eq!(first[11], "1");
    assert_eq!(csv.lines().count(), 4);
    let rows = env.json(&["report", "clv", "--as-of", "1997-09-30", "--customers"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2357);
    for r in rows {
        let p = r["p_alive"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&p));
        assert!(r["clv"].as_str().unwrap().parse::<f64>().unwrap() >= 0.0);
    }
    let hib = env.json(&["report", "clv", "--as-of", "1997-09-30", "--segment", "hibernating"]);
    assert!(hib.as_array().unwrap().len() > 100);
}

#[test]
fn discounting_and_margin_lower_the_value_and_say_so() {
    let env = cdnow();
    let total = |args: &[&str]| -> f64 {
        let mut a = vec!["report", "clv", "--as-of", "1997-09-30", "--format", "json"];
        a.extend(args);
        let v: serde_json::Value = serde_json::from_str(&env.ok(&a)).unwrap();
        v.as_array().unwrap().iter().map(|r| r["expected_value"].as_str().unwrap().parse::<f64>().unwrap()).sum()
    };
    let plain = total(&[]);
    let disc = total(&["--discount-rate", "10%"]);
    assert!(disc < plain && disc > 0.9 * plain, "{disc} vs {plain}");
    std::fs::write(env.path("config.toml"), "[value]\nmargin = \"40%\"\n").unwrap();
    let margin = total(&[]);
    assert!((margin - 0.4 * plain).abs() < 0.02 * plain, "{margin} vs {plain}");
    let table = env.ok(&["report", "clv", "--as-of", "1997-09-30"]);
    assert!(table.contains("expected margin (40% of sales)"), "{table}");
}

#[test]
fn the_holdout_check_compares_prediction_and_reality() {
    let env = cdnow();
    let h = env.json(&["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30"]);
    assert_eq!(h["customers"], 2357);
    let (p, a) = (h["predicted_visits"].as_f64().unwrap(), h["actual_visits"].as_i64().unwrap());
    assert!(p > 1000.0 && a > 1000, "{p} {a}");
    assert_eq!(h["weekly"].as_array().unwrap().len(), 39);
    assert_eq!(h["weekly"][38]["actual"], a);
    assert_eq!(h["by_repeat_visits"][7]["repeat_visits"], "7+");
    let table = env.ok(&["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30"]);
    assert!(table.contains("Predicted") && table.contains("actual") && table.contains('%'), "{table}");
    let csv = env.ok(&["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30", "--format", "csv"]);
    assert!(csv.starts_with("section,key,customers,predicted,actual\ntotal,all,2357,"), "{csv}");
    // In French for people; the JSON's verdict stays English, as scripts read it.
    let fr = env.ok(&["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1998-06-30", "--lang", "fr"]);
    assert!(fr.starts_with("Vérification : ajusté jusqu’au 30/09/1997, comparé du 30/09/1997 au 30/06/1998\n"), "{fr}");
    assert!(
        fr.contains("semaine 1") && fr.contains("\nPrévu : ") && fr.contains("visites répétées du 30/09/1997"),
        "{fr}"
    );
    assert!(h["verdict"].as_str().unwrap().starts_with("Predicted "), "{}", h["verdict"]);
    let fr_json = env.ok(&[
        "report",
        "clv",
        "--as-of",
        "1997-09-30",
        "--holdout-until",
        "1998-06-30",
        "--lang",
        "fr",
        "--format",
        "json",
    ]);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&fr_json).unwrap(), h);
    let summary = env.ok(&["report", "clv", "--as-of", "1997-09-30", "--lang", "fr"]);
    assert!(summary.starts_with("Valeur client au 30/09/1997, sur les 52 semaines à venir\n"), "{summary}");
    assert!(
        summary.contains("r = 0,24") && summary.contains("Par segment RFM") && summary.contains("P(actif) moyen"),
        "{summary}"
    );
}

#[test]
fn data_that_cannot_support_the_model_is_refused_in_one_line() {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    let err = env.fails(1, &["report", "clv"]);
    assert!(err.contains("came back: too few to predict repeat visits"), "{err}");
    assert!(!err.contains("NaN") && !err.contains("panicked"));
    let empty = Env::new();
    empty.ok(&["contact", "add", "--name", "A"]);
    assert!(empty.fails(1, &["report", "clv"]).contains("no purchases yet"));
    // The contact card simply leaves the value out.
    let card = env.json(&["contact", "show", "ref:A"]);
    assert!(card["clv"].is_null());
}

#[test]
fn bad_options_name_the_flag() {
    let env = cdnow();
    assert!(env.fails(1, &["report", "clv", "--horizon", "forever"]).contains("--horizon"));
    assert!(env.fails(1, &["report", "clv", "--discount-rate", "lots"]).contains("--discount-rate"));
    assert!(env.fails(1, &["report", "clv", "--discount-rate", "150%"]).contains("--discount-rate"));
    let err = env.fails(1, &["report", "clv", "--as-of", "1997-09-30", "--holdout-until", "1997-01-01"]);
    assert!(err.contains("not after"), "{err}");
    std::fs::write(env.path("config.toml"), "[value]\nmargin = \"lots\"\n").unwrap();
    assert!(env.fails(1, &["report", "clv"]).contains("value.margin"));
}

#[test]
fn the_contact_card_shows_the_same_prediction_as_the_report() {
    let env = cdnow();
    let cmd = |args: &[&str]| env.cmd().env("CARNET_NOW", "1997-09-30").args(args).output().unwrap();
    let card: serde_json::Value =
        serde_json::from_slice(&cmd(&["contact", "show", "ref:0509", "--format", "json"]).stdout).unwrap();
    let rows: serde_json::Value =
        serde_json::from_slice(&cmd(&["report", "clv", "--customers", "--limit", "1", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(card["clv"], rows[0]["clv"]);
    assert_eq!(card["p_alive"], rows[0]["p_alive"]);
}

#[test]
fn the_profitability_matrix_splits_at_the_medians_and_keeps_references() {
    let env = cdnow();
    let cells = env.json(&["report", "profitability", "--as-of", "1997-09-30"]);
    let cells = cells.as_array().unwrap();
    let names: Vec<&str> = cells.iter().map(|c| c["cell"].as_str().unwrap()).collect();
    assert_eq!(names, ["Desirable", "Under-developed", "Mature", "Undesirable", "Reference"]);
    let n: i64 = cells.iter().map(|c| c["customers"].as_i64().unwrap()).sum();
    assert_eq!(n, 2357);
    // A reference customer in the Undesirable cell moves to Reference.
    let rows = env.json(&["report", "profitability", "--as-of", "1997-09-30", "--customers"]);
    let low = rows.as_array().unwrap().iter().find(|r| r["cell"] == "Undesirable").unwrap().clone();
    let who = format!("ref:{}", low["ref"].as_str().unwrap());
    env.ok(&["contact", "tag", &who, "reference"]);
    // `reference` is kept without any configuration, as the README shows it…
    let rows = env.json(&["report", "profitability", "--as-of", "1997-09-30", "--customers"]);
    let again = rows.as_array().unwrap().iter().find(|r| r["contact_id"] == low["contact_id"]).unwrap().clone();
    assert_eq!(again["cell"], "Reference");
    // …and a shop that wants no kept tags says so.
    std::fs::write(env.path("config.toml"), "[value]\nkeep_tags = []\n").unwrap();
    let rows = env.json(&["report", "profitability", "--as-of", "1997-09-30", "--customers"]);
    let plain = rows.as_array().unwrap().iter().find(|r| r["contact_id"] == low["contact_id"]).unwrap().clone();
    assert_eq!(plain["cell"], "Undesirable");
    std::fs::remove_file(env.path("config.toml")).unwrap();
    let moved = env.json(&["report", "profitability", "--as-of", "1997-09-30", "--from", "1997-06-30", "--customers"]);
    assert!(moved.as_array().unwrap().iter().all(|r| r["cell_before"] != r["cell"]));
    let grid = env.ok(&["report", "profitability", "--as-of", "1997-09-30", "--from", "1997-06-30"]);
    assert!(grid.contains("DESIRABLE") && grid.contains("Moved between cells"), "{grid}");
    let fr = env.ok(&["report", "profitability", "--as-of", "1997-09-30", "--from", "1997-06-30", "--lang", "fr"]);
    assert!(fr.starts_with("Rentabilité au 30/09/1997 : chiffre d’affaires actuel face à la valeur à venir"), "{fr}");
    assert!(fr.contains("DÉSIRABLES") && fr.contains("À DÉVELOPPER") && fr.contains("Changements de case"), "{fr}");
    assert!(fr.contains("Que faire :\n  Désirables       à garder et faire grandir"), "{fr}");
}

#[test]
fn with_a_margin_current_value_is_net_of_what_campaigns_cost() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "400", "--seed", "5"]);
    // Someone both past campaigns reached (120 and 45 days ago, inside the 12m window).
    let (who, share): (i64, f64) = {
        let rows = env.sql_rows(
            "SELECT s.contact_id, sum(c.cost_per_contact_cents + 1.0 * c.fixed_cost_cents / \
               (SELECT count(*) FROM campaign_sends r WHERE r.campaign_id = c.id AND r.grp = 'recipient')) \
             FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id WHERE s.grp = 'recipient' \
             GROUP BY s.contact_id HAVING count(*) = 2 ORDER BY s.contact_id LIMIT 1",
        );
        (rows[0][0].parse().unwrap(), rows[0][1].parse().unwrap())
    };
    let id = format!("id:{who}");
    // 12m is 360 days: the window starts 359 days before 2024-06-30.
    let bought: f64 = env
        .json(&["purchase", "list", "--contact", &id, "--since", "2023-07-07"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["amount"].as_str().unwrap().parse::<f64>().unwrap())
        .sum();
    let current = |env: &Env| -> f64 {
        let rows = env.json(&["report", "profitability", "--customers"]);
        let row = rows.as_array().unwrap().iter().find(|r| r["contact_id"] == who).unwrap().clone();
        row["current_value"].as_str().unwrap().parse().unwrap()
    };
    assert!((current(&env) - bought).abs() < 0.006, "without a margin: revenue, no costs taken off");
    env.write("config.toml", "[value]\nmargin = \"40%\"\n");
    let want = ((0.4 * bought * 100.0 - share) / 100.0 * 100.0).round() / 100.0;
    assert!((current(&env) - want).abs() < 0.006, "{} != {want} (bought {bought}, share {share} cents)", current(&env));
}

#[test]
fn lifetime_value_and_profitability_can_look_at_one_category() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "400", "--seed", "5"]);
    let cats = env.json(&["report", "categories"]);
    let bouquets = cats.as_array().unwrap().iter().find(|c| c["name"] == "Bouquets").unwrap()["customers"].as_u64();
    let o = env.run(&["report", "clv", "--customers", "--category", "bouquets", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("only the purchases of category `bouquets`"), "{}", o.stderr);
    let scoped: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(Some(scoped.as_array().unwrap().len() as u64), bouquets, "one row per bouquet customer");
    let all = env.json(&["report", "clv", "--customers"]);
    assert!(all.as_array().unwrap().len() > scoped.as_array().unwrap().len());
    let grid = env.json(&["report", "profitability", "--channel", "market"]);
    let n: u64 = grid.as_array().unwrap().iter().map(|c| c["customers"].as_u64().unwrap()).sum();
    let market = env.json(&["report", "channels"]);
    let m = market.as_array().unwrap().iter().find(|c| c["name"] == "market").unwrap()["customers"].as_u64();
    assert_eq!(Some(n), m, "the matrix places the market's customers");
    assert!(env.fails(1, &["report", "clv", "--category", "nope"]).contains("no category named `nope`"));
}

/// Whatever changes the purchases (added, deleted, moved by a merge, undone
/// with their import), every card says what the reports say. On a small
/// shop, where any change moves the score bounds.
#[test]
fn the_card_stays_equal_to_the_reports_through_every_change_of_purchases() {
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    let check = |when: &str| {
        let rfm = env.json(&["report", "rfm", "--customers"]);
        let vm = env.json(&["report", "value-matrix", "--customers"]);
        for row in rfm.as_array().unwrap() {
            let id = row["contact_id"].as_i64().unwrap();
            let card = env.json(&["contact", "show", &format!("id:{id}")]);
            for k in ["r_score", "f_score", "m_score", "segment"] {
                assert_eq!(card[k], row[k], "{when}: {k} of contact {id}");
            }
            let cell = vm.as_array().unwrap().iter().find(|r| r["contact_id"] == id).unwrap();
            assert_eq!(card["value_cell"], cell["cell"], "{when}: value cell of contact {id}");
        }
    };
    check("first look");
    env.ok(&["purchase", "add", "ref:C", "900", "--date", "2024-06-29"]);
    check("after a purchase");
    // Not the newest purchase: its id is not the highest.
    env.ok(&["purchase", "rm", "1", "--yes"]);
    check("after deleting an old purchase");
    env.ok(&["contact", "merge", "ref:D", "ref:E", "--yes"]);
    check("after a merge");
    let f = env.write("more.csv", "customer_id,date,amount\nF,2024-06-20,500\nG,2024-06-25,7\n");
    env.ok(&["purchase", "import", &f]);
    check("after an import");
    // The newest purchase is not the import's.
    env.ok(&["purchase", "add", "ref:A", "1", "--date", "2024-06-30"]);
    check("before the undo");
    let batch =
        env.json(&["import", "list"]).as_array().unwrap().iter().map(|b| b["id"].as_i64().unwrap()).max().unwrap();
    env.ok(&["import", "undo", &batch.to_string(), "--yes"]);
    check("after an undo");
}

/// A card shown while another command writes is not held up: it reads, and
/// writes nothing.
#[test]
fn a_card_beside_a_writer_answers_without_waiting() {
    sqlite_only!();
    let env = Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    let writer = rusqlite::Connection::open(env.db()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE; UPDATE contacts SET notes = 'x' WHERE id = 1;").unwrap();
    let start = std::time::Instant::now();
    let card = env.json(&["contact", "show", "ref:F"]);
    // Not a speed figure: waiting would take the whole 10 s busy timeout.
    assert!(start.elapsed() < std::time::Duration::from_secs(5), "waited {:?}", start.elapsed());
    assert_eq!(card["segment"], "Can't Lose Them");
    writer.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.json(&["contact", "show", "ref:F"]), card);
}

/// On a big shop too, a card is placed among the customers as they are
/// now: after sales, a deletion or days later, its scores are the report's.
#[test]
fn a_big_shops_card_is_placed_among_todays_customers() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "12000", "--seed", "7"]);
    let same_as_the_report = |now: &str, what: &str| {
        let json = |args: &[&str]| {
            let o = env.cmd().env("CARNET_NOW", now).args(args).args(["--format", "json"]).output().unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
        };
        let rfm = json(&["report", "rfm", "--customers"]);
        for id in [1, 42, 43, 500, 1234] {
            let card = json(&["contact", "show", &format!("id:{id}")]);
            assert_eq!(card["population_at"], serde_json::Value::Null, "{card}");
            let row = rfm.as_array().unwrap().iter().find(|r| r["contact_id"] == id);
            for k in ["r_score", "f_score", "m_score", "segment"] {
                assert_eq!(Some(&card[k]), row.map(|r| &r[k]), "{k} of {id} {what}");
            }
        }
    };
    same_as_the_report("2024-06-30", "at once");
    env.ok(&["purchase", "add", "id:43", "12.50", "-q"]);
    env.ok(&["purchase", "add", "id:42", "3.00", "-q"]);
    same_as_the_report("2024-06-30", "after two sales");
    let newest = env.json(&["purchase", "list", "--limit", "1"])[0]["id"].as_i64().unwrap().to_string();
    env.ok(&["purchase", "rm", &newest, "--yes"]);
    same_as_the_report("2024-06-30", "after a deletion");
    same_as_the_report("2024-07-03", "three days later");
}
