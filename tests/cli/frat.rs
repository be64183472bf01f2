//! `report categories` and `report channels` on a small shop whose
//! figures are worked out by hand below (as of 2024-06-30).

use crate::Env;

fn shop() -> Env {
    let env = Env::new();
    let f = env.write(
        "p.csv",
        "customer_id;date;amount;catégorie;canal\n\
         A;2024-01-10;30;Bouquet;shop\n\
         A;2024-02-09;20;bouquet;shop\n\
         A;2024-02-09;10;Bouquet;market\n\
         A;2024-03-01;50;Atelier;shop\n\
         B;2023-03-01;40;Bouquet;market\n\
         B;2023-05-01;60;Atelier;online\n\
         C;2024-05-01;45;Atelier;shop\n\
         C;2024-06-10;45;atelier;shop\n\
         D;2024-06-01;25;;\n",
    );
    env.ok(&["purchase", "import", &f]);
    env
}

#[test]
fn categories_figures_are_the_hand_counted_ones() {
    let env = shop();
    let rows = env.json(&["report", "categories"]);
    // Atelier: A, B, C; 200 € of the 300 € with a category; C bought it on
    // two days (40 days apart); last 12 months A 50 + C 90 against B's 60.
    assert_eq!(
        rows[0],
        serde_json::json!({
            "name": "Atelier", "customers": 3, "purchases": 4, "revenue": "200.00", "share_revenue": 0.6667,
            "average_purchase": "50.00", "repeat_rate": 0.3333, "revenue_last_12m": "140.00",
            "revenue_previous_12m": "60.00", "trend": 1.3333, "median_cycle_days": 40.0, "cycle_gaps": 1
        })
    );
    // Bouquet: A (on 2024-01-10 and 2024-02-09, twice that day: one visit) and B.
    assert_eq!(
        rows[1],
        serde_json::json!({
            "name": "Bouquet", "customers": 2, "purchases": 4, "revenue": "100.00", "share_revenue": 0.3333,
            "average_purchase": "25.00", "repeat_rate": 0.5, "revenue_last_12m": "60.00",
            "revenue_previous_12m": "40.00", "trend": 0.5, "median_cycle_days": 30.0, "cycle_gaps": 1
        })
    );
    assert_eq!(rows.as_array().unwrap().len(), 2);
    // Customers of either: A, B, C; both: A and B. Lift = (2/3) / (2/3 × 3/3) = 1.
    let pairs = env.json(&["report", "categories", "--cross"]);
    assert_eq!(
        pairs,
        serde_json::json!([{"category_a": "Bouquet", "category_b": "Atelier", "customers_both": 2, "lift": 1.0}])
    );
    // As of before C's purchases, Atelier has no repeat customer any more.
    let early = env.json(&["report", "categories", "--as-of", "2024-04-01"]);
    let atelier = early.as_array().unwrap().iter().find(|r| r["name"] == "Atelier").unwrap();
    assert_eq!((atelier["customers"].as_u64(), atelier["repeat_rate"].as_f64()), (Some(2), Some(0.0)));
    assert!(env.fails(1, &["report", "categories", "--as-of", "someday"]).contains("--as-of"));
    // Before any of them, nothing to show (not rows of zeros).
    let o = env.run(&["report", "categories", "--as-of", "2020-01-01", "--format", "json"]);
    assert_eq!((o.code, o.stdout.as_str()), (0, "[]\n"));
    assert!(o.stderr.contains("no purchase with a category on or before 2020-01-01"), "{}", o.stderr);
}

#[test]
fn channels_figures_are_the_hand_counted_ones() {
    let env = shop();
    let rows = env.json(&["report", "channels"]);
    let get = |n: &str| rows.as_array().unwrap().iter().find(|r| r["name"] == n).unwrap().clone();
    let shop = get("shop");
    assert_eq!(
        (shop["customers"].as_u64(), shop["purchases"].as_u64(), shop["revenue"].as_str()),
        (Some(2), Some(5), Some("190.00"))
    );
    assert_eq!(shop["repeat_rate"], 1.0, "A and C both came on two days or more");
    assert_eq!((get("market")["revenue"].as_str(), get("online")["revenue"].as_str()), (Some("50.00"), Some("60.00")));
    assert_eq!(rows[0]["name"], "shop", "most revenue first");
    let t = env.ok(&["report", "channels"]);
    assert!(t.contains("2 customers bought on several channels"), "{t}");
    let fr = env.ok(&["report", "channels", "--lang", "fr"]);
    assert!(
        fr.starts_with("Où les clients achètent, au ") && fr.contains("2 clients ont acheté sur plusieurs canaux"),
        "{fr}"
    );
}

#[test]
fn a_shop_without_categories_is_told_how_to_get_them() {
    let env = Env::new();
    env.ok(&["purchase", "import", &env.write("p.csv", "customer_id,date,amount\nA,2024-06-01,25\n")]);
    let o = env.run(&["report", "categories", "--format", "json"]);
    assert_eq!((o.code, o.stdout.as_str()), (0, "[]\n"));
    assert!(o.stderr.contains("no purchase has a category yet"), "{}", o.stderr);
    let o = env.run(&["report", "channels"]);
    assert!(o.stderr.contains("no purchase has a channel yet"), "{}", o.stderr);
}

#[test]
fn every_analytics_report_can_look_at_one_category_or_channel() {
    let env = shop();
    // RFM of the workshop customers alone: A (50), B (60), C (45 + 45).
    let o = env.run(&["report", "rfm", "--customers", "--category", "ATELIER", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("only the purchases of category `ATELIER`"), "{}", o.stderr);
    let rows: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    let totals: Vec<(String, String, u64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ref"].as_str().unwrap().into(),
                r["monetary_total"].as_str().unwrap().into(),
                r["frequency"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        totals,
        [("A".into(), "50.00".into(), 1), ("B".into(), "60.00".into(), 1), ("C".into(), "90.00".into(), 2)]
    );
    // Pareto on the market: A's 10 € and B's 40 €.
    let p = env.json(&["report", "pareto", "--customers", "--channel", "market"]);
    let revenue: Vec<&str> = p.as_array().unwrap().iter().map(|r| r["revenue"].as_str().unwrap()).collect();
    assert_eq!(revenue, ["40.00", "10.00"]);
    // Both at once: bouquets at the shop are A's two.
    let vm = env.json(&["report", "value-matrix", "--customers", "--category", "bouquet", "--channel", "shop"]);
    assert_eq!(vm.as_array().unwrap().len(), 1);
    assert_eq!((vm[0]["frequency"].as_u64(), vm[0]["monetary_avg"].as_str()), (Some(2), Some("25.00")));
    let m = env.run(&["report", "migration", "--from", "2024-01-01", "--category", "atelier", "--format", "json"]);
    assert_eq!(m.code, 0, "{}", m.stderr);
    // Whole-file figures are unchanged without the flags.
    let all = env.json(&["report", "rfm", "--customers"]);
    assert_eq!(all.as_array().unwrap().len(), 4);
    assert!(env.fails(1, &["report", "rfm", "--category", "mariage"]).contains("no category named `mariage`"));
    // A typo in a criterion: the closest category is suggested.
    let err = env.fails(1, &["segment", "add", "x", "--bought", "bouqet"]);
    assert!(err.contains("no category named `bouqet`") && err.contains("did you mean `Bouquet`?"), "{err}");
    assert!(env.fails(1, &["report", "pareto", "--channel", "ebay"]).contains("`ebay` is not a sales channel"));
}

#[test]
fn frat_per_customer_says_what_and_where_each_buys() {
    let env = shop();
    let rows = env.json(&["report", "categories", "--customers"]);
    let a = &rows[0];
    // A: Bouquet 60 €, Atelier 50 €; shop 100 €, market 10 €; visits on
    // 2024-01-10, 2024-02-09 and 2024-03-01: frequency 3, last 121 days before 2024-06-30.
    assert_eq!(
        *a,
        serde_json::json!({
            "contact_id": 1, "ref": "A", "name": "A", "recency_days": 121, "frequency": 3,
            "monetary_total": "110.00", "main_category": "Bouquet", "categories": "Bouquet;Atelier",
            "channels": "shop;market"
        })
    );
    let d = rows.as_array().unwrap().iter().find(|r| r["ref"] == "D").unwrap();
    assert_eq!((d["main_category"].clone(), d["categories"].as_str()), (serde_json::Value::Null, Some("")));
    assert_eq!(rows.as_array().unwrap().len(), 4);
    let csv = env.ok(&["report", "categories", "--customers", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "contact_id,ref,name,recency_days,frequency,monetary_total,main_category,categories,channels\n"
        ),
        "{csv}"
    );
}
