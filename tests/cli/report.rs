use crate::Env;

/// The hand-checked tiny example, vendored in `tests/fixtures/tiny`.
fn tiny_file(path: &str) -> String {
    format!("{}/tests/fixtures/tiny/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn tiny() -> Env {
    let env = Env::new();
    env.ok(&["purchase", "import", &tiny_file("transactions.csv")]);
    env
}

/// Rows of a CSV as maps from header to value.
fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| headers.iter().map(String::from).zip(rec.unwrap().iter().map(String::from)).collect())
        .collect()
}

#[test]
fn rfm_matches_the_reference_exactly() {
    let env = tiny();
    let expected = csv_rows(&std::fs::read_to_string(tiny_file("expected_rfm.csv")).unwrap());
    let got = csv_rows(&env.ok(&["report", "rfm", "--customers", "--as-of", "2024-06-30", "--format", "csv"]));
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(&expected) {
        assert_eq!(g["ref"], e["customer_id"]);
        for (ours, theirs) in [
            ("first_purchase", "first_purchase"),
            ("last_purchase", "last_purchase"),
            ("recency_days", "recency_days"),
            ("frequency", "frequency"),
            ("monetary_total", "monetary_total"),
            ("r_score", "r_score"),
            ("f_score", "f_score"),
            ("m_score", "m_score"),
            ("rfm_code", "rfm_code"),
            ("segment", "segment"),
        ] {
            assert_eq!(g[ours], e[theirs], "{} {ours}", e["customer_id"]);
        }
        let avg: f64 = e["monetary_avg"].parse().unwrap();
        assert_eq!(g["monetary_avg"], format!("{avg:.2}"), "{} monetary_avg", e["customer_id"]);
    }
    let all = csv_rows(&env.ok(&[
        "report",
        "value-matrix",
        "--customers",
        "--include-inactive",
        "--as-of",
        "2024-06-30",
        "--format",
        "csv",
    ]));
    let r365 = csv_rows(&env.ok(&[
        "report",
        "value-matrix",
        "--customers",
        "--active-days",
        "365",
        "--as-of",
        "2024-06-30",
        "--format",
        "csv",
    ]));
    for ((a, b), e) in all.iter().zip(&r365).zip(&expected) {
        assert_eq!(a["cell"], e["cvm_cell"], "{}", e["customer_id"]);
        assert_eq!(b["cell"], e["cvm_cell_r365"], "{}", e["customer_id"]);
    }
}

#[test]
fn rfm_summary_counts_and_bounds_match_the_reference() {
    let env = tiny();
    let summary = std::fs::read_to_string(tiny_file("expected_rfm_summary.csv")).unwrap();
    let expect = |table: &str, key: &str, stat: &str| -> String {
        summary
            .lines()
            .find(|l| l.starts_with(&format!("{table},{key},{stat},")))
            .map(|l| l.rsplit(',').next().unwrap().to_string())
            .unwrap_or_else(|| panic!("{table} {key} {stat}"))
    };
    let segs = env.json(&["report", "rfm", "--as-of", "2024-06-30"]);
    for s in segs.as_array().unwrap() {
        let name = s["segment"].as_str().unwrap();
        assert_eq!(s["customers"].to_string(), expect("segment", name, "count"), "{name}");
        assert_eq!(s["revenue"].as_str().unwrap(), expect("segment", name, "revenue"), "{name}");
    }
    let bounds = env.json(&["report", "rfm", "--bounds", "--as-of", "2024-06-30"]);
    for b in bounds.as_array().unwrap() {
        let k = b["score"].to_string();
        assert_eq!(b["customers_f"].to_string(), expect("f_score", &k, "count"));
        assert_eq!(b["customers_r"].to_string(), expect("r_score", &k, "count"));
        let fmin = b["frequency_min"].to_string().replace("null", "");
        assert_eq!(fmin, expect("f_score", &k, "min_frequency"));
        let mmax = b["monetary_max"]
            .as_str()
            .map(|m| m.replace('.', "").trim_start_matches('0').to_string())
            .unwrap_or_default();
        assert_eq!(mmax, expect("m_score", &k, "max_monetary_total_cents"));
    }
    let cells = env.json(&["report", "value-matrix", "--as-of", "2024-06-30"]);
    assert_eq!(cells[0]["mean_frequency"], 1.857);
    assert_eq!(cells[0]["mean_avg_purchase"], "71.54");
    for c in cells.as_array().unwrap().iter().filter(|c| c["cell"] != "Inactive") {
        let name = c["cell"].as_str().unwrap();
        assert_eq!(c["customers"].to_string(), expect("cvm_cell_r365", name, "count"));
        assert_eq!(c["revenue"].as_str().unwrap(), expect("cvm_cell_r365", name, "revenue"));
    }
}

#[test]
fn as_of_ignores_later_purchases_and_an_early_date_is_an_empty_report() {
    let env = tiny();
    // G's 2024-07-15 purchase counts only from that day on.
    let g = |as_of: &str| -> serde_json::Value {
        env.json(&["report", "rfm", "--customers", "--as-of", as_of])
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ref"] == "G")
            .cloned()
            .unwrap()
    };
    assert_eq!(g("2024-06-30")["monetary_total"], "12.34");
    assert_eq!(g("2024-07-15")["monetary_total"], "1012.33");
    let o = env.run(&["report", "rfm", "--as-of", "2020-01-01"]);
    assert_eq!((o.code, o.stdout.as_str()), (0, ""));
    assert!(o.stderr.contains("no customers as of 2020-01-01: the first purchase is on 2023-07-01"), "{}", o.stderr);
    assert_eq!(env.json(&["report", "value-matrix", "--as-of", "2020-01-01"]), serde_json::json!([]));
}

#[test]
fn segment_filter_and_bad_names() {
    let env = tiny();
    let rows = env.json(&["report", "rfm", "--segment", "can't lose them", "--as-of", "2024-06-30"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["ref"], "F");
    let err = env.fails(1, &["report", "rfm", "--segment", "VIPs"]);
    assert!(
        err.contains("`VIPs` is not an RFM segment") && err.contains("Champions") && err.contains("Hibernating"),
        "{err}"
    );
    let err = env.fails(1, &["report", "rfm", "--as-of", "2024-13-01"]);
    assert!(err.contains("--as-of"), "{err}");
}

#[test]
fn frequency_basis_rows_counts_purchases() {
    let env = tiny();
    let b = |basis: &str| {
        env.json(&["report", "rfm", "--customers", "--as-of", "2024-06-30", "--frequency-basis", basis])[1]["frequency"]
            .clone()
    };
    assert_eq!(b("days"), 1);
    assert_eq!(b("rows"), 2);
}

#[test]
fn tables_show_bars_bounds_and_the_grid() {
    let env = tiny();
    let t = env.ok(&["report", "rfm", "--as-of", "2024-06-30"]);
    assert!(t.contains("█") && t.contains("What each score covers") && t.contains("Can't Lose Them"), "{t}");
    let t = env.ok(&["report", "value-matrix", "--as-of", "2024-06-30"]);
    assert!(t.contains("BEST") && t.contains("71.54\u{a0}€") && t.contains("What to do"), "{t}");
}

#[test]
fn inactive_customers_leave_the_value_matrix() {
    let env = tiny();
    let rows = env.json(&["report", "value-matrix", "--customers", "--as-of", "2024-06-30", "--active-days", "30"]);
    let inactive: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["cell"] == "Inactive")
        .map(|r| r["ref"].as_str().unwrap())
        .collect();
    // Recency > 30 days: C (365), D (60), F (91); A (10), B, E (29), G stay.
    assert_eq!(inactive, ["C", "D", "F"]);
}

#[test]
fn pareto_shares_and_abc() {
    let env = tiny();
    let top = env.json(&["report", "pareto", "--until", "2024-06-30"]);
    // 7 customers: the top 20 % is ceil(1.4) = 2 customers, F and B: 1150 of 1303.84.
    let t20 = top.as_array().unwrap().iter().find(|r| r["top_pct"] == 20).unwrap();
    assert_eq!(t20["customers"], 2);
    assert_eq!(t20["revenue"], "1150.00");
    assert_eq!(t20["share_revenue"], 0.882);
    // The customer who crosses a threshold belongs to the class below it:
    // B takes revenue from 76.7 % to 88.2 %, so B is in A.
    let abc = env.json(&["report", "pareto", "--until", "2024-06-30", "--customers"]);
    let classes: Vec<(&str, &str)> =
        abc.as_array().unwrap().iter().map(|r| (r["ref"].as_str().unwrap(), r["class"].as_str().unwrap())).collect();
    assert_eq!(classes, [("F", "A"), ("B", "A"), ("A", "B"), ("D", "B"), ("E", "C"), ("G", "C"), ("C", "C")]);
    let since = env.json(&["report", "pareto", "--since", "2024-06-01", "--until", "2024-06-30", "--customers"]);
    assert_eq!(since.as_array().unwrap().len(), 4); // A, B, E, G bought in June
    assert!(env
        .fails(1, &["report", "pareto", "--since", "2024-07-01", "--until", "2024-06-01"])
        .contains("--since is after --until"));
    let t = env.ok(&["report", "pareto", "--until", "2024-06-30"]);
    assert!(t.contains("top 20 %") && t.contains("ABC classes"), "{t}");
}

#[test]
fn migration_between_two_dates() {
    let env = Env::new();
    env.add(&["--name", "Faithful", "--ref", "F1"]);
    env.add(&["--name", "Gone", "--ref", "G1"]);
    env.add(&["--name", "Filler", "--ref", "X1"]);
    // Gone was a top customer early in 2024, then stopped; Faithful keeps coming.
    for d in ["2024-01-02", "2024-01-09", "2024-01-16", "2024-01-23"] {
        env.ok(&["purchase", "add", "G1", "50", "--date", d]);
    }
    for d in ["2024-01-20", "2024-06-01", "2024-06-15", "2024-06-20", "2024-06-28"] {
        env.ok(&["purchase", "add", "F1", "20", "--date", d]);
    }
    env.ok(&["purchase", "add", "X1", "5", "--date", "2023-06-01"]);
    let rows = env.json(&["report", "migration", "--from", "2024-01-31", "--to", "2024-06-30"]);
    let get = |r: &str| rows.as_array().unwrap().iter().find(|x| x["ref"] == r).cloned().unwrap();
    // Three customers: the best recency scores 1 + floor(5·2/3) = 4.
    assert_eq!(get("G1")["segment_from"], "Loyal Customers");
    assert_eq!(get("G1")["segment_to"], "Hibernating");
    assert_eq!(get("G1")["movement"], "fell");
    assert_eq!(get("F1")["segment_from"], "Hibernating");
    assert_eq!(get("F1")["segment_to"], "Loyal Customers");
    assert_eq!(get("F1")["movement"], "rose");
    let csv = env.ok(&["report", "migration", "--from", "2024-01-31", "--to", "2024-06-30", "--format", "csv"]);
    assert!(csv.starts_with("contact_id,ref,name,segment_from,segment_to,movement\n"), "{csv}");
    let t = env.ok(&["report", "migration", "--from", "2024-01-31", "--to", "2024-06-30"]);
    assert!(t.contains("Fell from Champions") && t.contains("Gone (id 2): Loyal Customers → Hibernating"), "{t}");
    assert!(env
        .fails(1, &["report", "migration", "--from", "2024-06-30", "--to", "2024-01-01"])
        .contains("not before"));
}

#[test]
fn contact_show_has_scores() {
    let env = tiny();
    let c = env.json(&["contact", "show", "F"]);
    assert_eq!(c["rfm_code"], "155");
    assert_eq!(c["segment"], "Can't Lose Them");
    assert_eq!(c["value_cell"], "Best");
    env.add(&["--name", "No Purchases"]);
    assert_eq!(env.json(&["contact", "show", "No Purchases"])["segment"], serde_json::Value::Null);
}

/// On realistic data (the R package `rfm`'s 4,906 orders of 995 customers,
/// with many tied values), every customer's recency, frequency, total and
/// R, F, M scores agree with an independent count written here from the
/// rule alone: score = 1 + floor(5 × customers strictly worse / customers).
#[test]
fn rfm_on_realistic_orders_agrees_with_an_independent_count() {
    use chrono::NaiveDate;
    use std::collections::{BTreeMap, BTreeSet};
    let file = format!("{}/tests/fixtures/rfm-r-package/rfm_data_orders.csv", env!("CARGO_MANIFEST_DIR"));
    let env = Env::new();
    env.ok(&["purchase", "import", &file]);
    let as_of = NaiveDate::from_ymd_opt(2007, 1, 1).unwrap();

    // customer → (purchase days, total cents)
    let mut by_customer: BTreeMap<String, (BTreeSet<NaiveDate>, i64)> = BTreeMap::new();
    for row in csv_rows(&std::fs::read_to_string(&file).unwrap()) {
        let day = NaiveDate::parse_from_str(&row["date"], "%Y-%m-%d").unwrap();
        let cents = (row["amount"].parse::<f64>().unwrap() * 100.0).round() as i64;
        let e = by_customer.entry(row["customer_id"].clone()).or_default();
        e.0.insert(day);
        e.1 += cents;
    }
    let n = by_customer.len() as i64;
    assert_eq!(n, 995);
    let metrics: Vec<(String, i64, i64, i64)> = by_customer
        .iter()
        .map(|(c, (days, total))| (c.clone(), (as_of - *days.last().unwrap()).num_days(), days.len() as i64, *total))
        .collect();
    let score = |worse: usize| 1 + (5 * worse as i64) / n;

    let got = env.json(&["report", "rfm", "--customers", "--as-of", "2007-01-01"]);
    let got: BTreeMap<String, &serde_json::Value> =
        got.as_array().unwrap().iter().map(|v| (v["ref"].as_str().unwrap().to_string(), v)).collect();
    assert_eq!(got.len(), 995);
    for (c, recency, freq, total) in &metrics {
        let r = score(metrics.iter().filter(|m| m.1 > *recency).count());
        let f = score(metrics.iter().filter(|m| m.2 < *freq).count());
        let m = score(metrics.iter().filter(|m| m.3 < *total).count());
        let g = got[c];
        assert_eq!(g["recency_days"], *recency, "{c}");
        assert_eq!(g["frequency"], *freq, "{c}");
        assert_eq!(g["monetary_total"], format!("{}.{:02}", total / 100, total % 100), "{c}");
        assert_eq!(
            (g["r_score"].as_i64(), g["f_score"].as_i64(), g["m_score"].as_i64()),
            (Some(r), Some(f), Some(m)),
            "{c}"
        );
    }
    // Every score is used, and the scores are spread as quintiles allow.
    for key in ["r_score", "f_score", "m_score"] {
        let used: BTreeSet<i64> = got.values().map(|v| v[key].as_i64().unwrap()).collect();
        assert!(used.len() >= 4, "{key}: {used:?}");
    }
}

/// A refund is not a visit (issue 23): two sales and a later refund are
/// two visits, the last on the second sale's day; the refund lowers the
/// total only. A day with a sale and a refund is one visit worth its net.
#[test]
fn a_refund_lowers_the_total_and_is_not_a_visit() {
    let env = Env::new();
    let csv = env.write(
        "till.csv",
        "customer_id,date,amount\nA,2024-01-10,50.00\nA,2024-03-01,30.00\nA,2024-05-20,-20.00\n\
         B,2024-02-01,40.00\nB,2024-02-01,-10.00\nC,2024-04-01,-5.00\n",
    );
    env.ok(&["purchase", "import", &csv]);
    let rows = csv_rows(&env.ok(&["report", "rfm", "--customers", "--format", "csv", "--as-of", "2024-06-30"]));
    let a = rows.iter().find(|r| r["ref"] == "A").unwrap();
    assert_eq!((a["frequency"].as_str(), a["last_purchase"].as_str()), ("2", "2024-03-01"));
    assert_eq!((a["recency_days"].as_str(), a["monetary_total"].as_str()), ("121", "60.00"));
    let b = rows.iter().find(|r| r["ref"] == "B").unwrap();
    assert_eq!((b["frequency"].as_str(), b["monetary_total"].as_str()), ("1", "30.00"));
    assert!(rows.iter().all(|r| r["ref"] != "C"), "refunds only make no customer: {rows:?}");
    // The card says the same, and so does lifetime value's summary.
    let card = env.json(&["contact", "show", "A"]);
    assert_eq!(
        (card["last_purchase"].as_str(), card["first_purchase"].as_str()),
        (Some("2024-03-01"), Some("2024-01-10"))
    );
    assert_eq!(card["total_spent"], "60.00");
    // The same figures from the kept totals (today) and from a scan (a past day).
    let past = csv_rows(&env.ok(&["report", "rfm", "--customers", "--format", "csv", "--as-of", "2024-05-25"]));
    let a_past = past.iter().find(|r| r["ref"] == "A").unwrap();
    assert_eq!((a_past["frequency"].as_str(), a_past["monetary_total"].as_str()), ("2", "60.00"));
}

/// The ABC classes of `report pareto`, for scripts: one row per class.
#[test]
fn pareto_classes_are_rows_for_scripts() {
    let env = crate::Env::new();
    let f = format!("{}/tests/fixtures/tiny/transactions.csv", env!("CARGO_MANIFEST_DIR"));
    env.ok(&["purchase", "import", &f]);
    let rows = env.json(&["report", "pareto", "--classes", "--until", "2024-06-30"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.iter().map(|r| r["class"].as_str().unwrap()).collect::<Vec<_>>(), ["A", "B", "C"]);
    let n: u64 = rows.iter().map(|r| r["customers"].as_u64().unwrap()).sum();
    assert_eq!(n, 7, "every customer in one class");
    let share: f64 = rows.iter().map(|r| r["share_revenue"].as_f64().unwrap()).sum();
    assert!((share - 1.0).abs() < 0.001, "{share}");
    // The table says the same.
    let t = env.ok(&["report", "pareto", "--until", "2024-06-30"]);
    let a = &rows[0];
    assert!(t.contains(&format!(" A       {}", a["customers"])), "{t}");
    assert!(env
        .ok(&["report", "pareto", "--classes", "--format", "csv", "--until", "2024-06-30"])
        .starts_with("class,customers,share_customers,revenue,share_revenue\n"));
}
