use crate::Env;

#[test]
fn amounts_and_dates_in_every_accepted_form() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "007"]);
    for (amount, date) in
        [("45.50", "2024-06-01"), ("45,50", "today"), ("45", "yesterday"), ("1 234,50", "-3d"), ("-12.30", "-1d")]
    {
        env.ok(&["purchase", "add", "007", amount, "--date", date]);
    }
    let rows = env.json(&["purchase", "list"]);
    let got: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["date"].as_str().unwrap().into(), r["amount"].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        got,
        [
            ("2024-06-30", "45.50"),
            ("2024-06-29", "-12.30"),
            ("2024-06-29", "45.00"),
            ("2024-06-27", "1234.50"),
            ("2024-06-01", "45.50")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    assert_eq!(env.json(&["contact", "show", "007"])["total_spent"], "1358.20");
}

#[test]
fn bad_amounts_and_dates_write_nothing() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let before = env.snapshot();
    let err = env.fails(1, &["purchase", "add", "A", "45.505"]);
    assert!(err.contains("`45.505`") && err.contains("two decimals"), "{err}");
    let err = env.fails(1, &["purchase", "add", "A", "12€"]);
    assert!(err.contains("not an amount"), "{err}");
    let err = env.fails(1, &["purchase", "add", "A", "10", "--date", "2024-02-30"]);
    assert!(err.contains("--date") && err.contains("not a day of the calendar"), "{err}");
    let err = env.fails(1, &["purchase", "add", "nobody", "10"]);
    assert!(err.contains("no contact matches"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_future_date_is_allowed_with_a_warning() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let o = env.run(&["purchase", "add", "A", "10", "--date", "2024-07-02"]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("warning: 2024-07-02 is after today"), "{}", o.stderr);
}

#[test]
fn add_prints_the_id_with_q_and_the_record_with_json() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "R1"]);
    assert_eq!(env.ok(&["purchase", "add", "R1", "10", "-q"]).trim(), "1");
    let v = env.json(&["purchase", "add", "R1", "10", "--note", "mug", "--order-ref", "F-1"]);
    assert_eq!(v["id"], 2);
    assert_eq!(v["customer_id"], "R1");
    assert_eq!(v["amount"], "10.00");
    assert_eq!(v["order_ref"], "F-1");
}

#[test]
fn list_filters_by_contact_and_period() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.add(&["--name", "B"]);
    env.ok(&["purchase", "add", "A", "1", "--date", "2024-01-10"]);
    env.ok(&["purchase", "add", "A", "2", "--date", "2024-03-10"]);
    env.ok(&["purchase", "add", "B", "3", "--date", "2024-03-11"]);
    assert_eq!(env.json(&["purchase", "list", "--contact", "A"]).as_array().unwrap().len(), 2);
    let r = env.json(&["purchase", "list", "--since", "2024-03-01", "--until", "2024-03-10"]);
    assert_eq!(r.as_array().unwrap().len(), 1);
    assert_eq!(r[0]["amount"], "2.00");
}

#[test]
fn rm_asks_and_removes_one_purchase() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.ok(&["purchase", "add", "A", "10"]);
    env.fails(2, &["purchase", "rm", "1"]);
    let err = env.fails(1, &["purchase", "rm", "99", "--yes"]);
    assert!(err.contains("no purchase with id 99"), "{err}");
    env.ok(&["purchase", "rm", "1", "--yes"]);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 0);
}

#[test]
fn export_writes_the_import_columns_and_round_trips() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "007"]);
    env.ok(&["purchase", "add", "007", "45,50", "--date", "2024-06-01", "--note", "vase; blue"]);
    env.ok(&["purchase", "add", "007", "12", "--date", "2024-06-02", "--category", "Atelier", "--channel", "market"]);
    let csv = env.ok(&["purchase", "export"]);
    assert_eq!(
        csv.lines().next(),
        Some("id,date,customer_id,contact_id,contact_name,amount,note,order_ref,category,channel,batch_id,recorded_by")
    );
    assert!(csv.contains("1,2024-06-01,007,1,A,45.50,vase; blue,,,,,carnet"), "{csv}");
    assert!(csv.contains("2,2024-06-02,007,1,A,12.00,,,Atelier,market,,carnet"), "{csv}");
    let file = env.write("p.csv", &csv);
    // An export goes back in: its extra columns (id, contact_id,
    // contact_name, batch_id) are carnet's own and ignored.
    let other = Env::new();
    let o = other.run(&["purchase", "import", &file]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("not used"), "{}", o.stderr);
    let back = other.ok(&["purchase", "export"]);
    assert!(back.contains(",2024-06-01,007,1,007,45.50,vase; blue,,"), "{back}");
    assert!(
        back.contains(",2024-06-02,007,1,007,12.00,,,Atelier,market,"),
        "the category and channel come back: {back}"
    );
}

#[test]
fn categories_are_one_whatever_the_spelling_and_can_be_tidied() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "A"]);
    env.ok(&["purchase", "add", "A", "40", "--category", "Bouquet", "--channel", "Market"]);
    env.ok(&["purchase", "add", "A", "12", "--category", "  bouquet ", "--channel", "shop"]);
    env.ok(&["purchase", "add", "A", "60", "--category", "Atelier"]);
    // A file from a till: French headers, a category in capitals, a new one.
    let f = env.write(
        "t.csv",
        "Code client;Date;Montant;Rayon;Canal de vente\nA;2024-06-01;30,00;BOUQUET;online\nB;2024-06-02;25;Plantes;\n",
    );
    env.ok(&["purchase", "import", &f]);
    let cats = env.json(&["purchase", "categories", "list"]);
    assert_eq!(
        cats,
        serde_json::json!([
            {"category": "Bouquet", "purchases": 3, "customers": 1, "cycle": null},
            {"category": "Atelier", "purchases": 1, "customers": 1, "cycle": null},
            {"category": "Plantes", "purchases": 1, "customers": 1, "cycle": null}
        ])
    );
    let market = env.json(&["purchase", "list", "--category", "bouquet", "--channel", "MARKET"]);
    assert_eq!(market.as_array().unwrap().len(), 1, "{market}");
    assert_eq!((market[0]["category"].as_str(), market[0]["channel"].as_str()), (Some("Bouquet"), Some("market")));
    env.ok(&["purchase", "categories", "rename", "plantes", "Plantes vertes"]);
    let err = env.fails(1, &["purchase", "categories", "rename", "atelier", "bouquet"]);
    assert!(err.contains("`Bouquet` is already a category") && err.contains("categories merge"), "{err}");
    env.ok(&["purchase", "categories", "merge", "atelier", "bouquet"]);
    let cats = env.json(&["purchase", "categories", "list"]);
    assert_eq!(cats[0]["purchases"], 4);
    assert_eq!(cats.as_array().unwrap().len(), 2);
    assert_eq!(cats[1]["category"], "Plantes vertes");
    // Bad input names what was wrong and writes nothing.
    let before = env.sql("SELECT count(*) FROM purchases");
    let err = env.fails(1, &["purchase", "add", "A", "5", "--channel", "ebay"]);
    assert!(err.contains("--channel: `ebay` is not a sales channel") && err.contains("sales_channels"), "{err}");
    let bad = env.write("bad.csv", "customer_id,date,amount,channel\nA,2024-06-01,5,shop\nA,2024-06-02,5,ebay\n");
    let err = env.fails(1, &["purchase", "import", &bad]);
    assert!(err.contains("line 3, column 4 (channel)") && err.contains("`ebay`"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), before);
    let err = env.fails(1, &["purchase", "list", "--category", "mariage"]);
    assert!(err.contains("no category named `mariage`") && err.contains("Bouquet, Plantes vertes"), "{err}");
    assert!(env.fails(1, &["purchase", "categories", "merge", "bouquet", "BOUQUET"]).contains("the same category"));
    // A shop with its own channels.
    env.write("c.toml", "sales_channels = [\"boutique\", \"marché\"]\n");
    let o = env
        .cmd()
        .env("CARNET_CONFIG", env.path("c.toml"))
        .args(["purchase", "add", "A", "5", "--channel", "Marche"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(env.sql("SELECT count(*) FROM purchases WHERE channel = 'marché'"), 1);
    env.write("d.toml", "sales_channels = []\n");
    let o = env.cmd().env("CARNET_CONFIG", env.path("d.toml")).args(["purchase", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("sales_channels: give at least one channel"));
}

#[test]
fn segments_on_what_was_bought_and_where() {
    let env = Env::new();
    let f = env.write(
        "p.csv",
        "customer_id,date,amount,category,channel\nA,2024-01-10,30,Atelier,shop\nA,2024-06-01,20,Bouquet,market\n\
         B,2023-03-01,45,atelier,online\nC,2024-05-01,25,bouquet,shop\nD,2024-05-01,25,,\n",
    );
    env.ok(&["purchase", "import", &f]);
    let members = |name: &str| -> Vec<String> {
        let v = env.json(&["segment", "show", name]);
        let mut refs: Vec<String> =
            v.as_array().unwrap().iter().map(|r| r["ref"].as_str().unwrap().to_string()).collect();
        refs.sort();
        refs
    };
    env.ok(&["segment", "add", "workshop-no-bouquet", "--bought", "atelier", "--not-bought", "Bouquet"]);
    assert_eq!(members("workshop-no-bouquet"), ["B"]);
    env.ok(&["segment", "add", "market", "--channel", "market"]);
    assert_eq!(members("market"), ["A"]);
    // As of 2024-06-30, 60 days back is 2024-05-01: C's bouquet that day counts.
    env.ok(&["segment", "add", "recent-bouquet", "--bought", "bouquet", "--bought-since", "60d"]);
    assert_eq!(members("recent-bouquet"), ["A", "C"]);
    env.ok(&["segment", "edit", "recent-bouquet", "--bought-since", "59d"]);
    assert_eq!(members("recent-bouquet"), ["A"]);
    let seg = env.json(&["segment", "list"]);
    let saved = seg.as_array().unwrap().iter().find(|s| s["name"] == "recent-bouquet").unwrap().clone();
    assert_eq!(saved["criteria"], "bought bouquet since 59 days ago");
    let err = env.fails(1, &["segment", "add", "x", "--channel", "ebay"]);
    assert!(err.contains("`ebay` is not a sales channel"), "{err}");
    assert!(env.fails(2, &["segment", "add", "y", "--bought-since", "30d"]).contains("--bought"));
    assert!(env.fails(1, &["segment", "edit", "recent-bouquet", "--drop", "bought"]).contains("without criteria"));
    env.ok(&["segment", "edit", "workshop-no-bouquet", "--drop", "not-bought"]);
    assert_eq!(members("workshop-no-bouquet"), ["A", "B"]);
    assert!(env.fails(1, &["segment", "edit", "market", "--drop", "nope"]).contains("not-bought, channel"));
}

/// `purchase list --limit N` reads the newest purchases from the end of
/// the day index, and lists exactly what a sort of every purchase by day,
/// then id, lists: after an import, sales at the counter (one dated
/// earlier) and a removal.
#[test]
fn the_latest_purchases_are_the_newest_by_day_then_id() {
    let env = Env::new();
    let f = env.write(
        "till.csv",
        "customer_id,date,amount\nA,2024-06-01,10\nB,2024-06-03,11\nA,2024-06-03,12\nC,2024-05-01,13\nB,2024-06-02,14\n",
    );
    env.ok(&["purchase", "import", &f]);
    let ids = |env: &Env, limit: &str| -> Vec<i64> {
        env.json(&["purchase", "list", "--limit", limit])
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&env, "3"), [3, 2, 5], "2024-06-03 twice (the later id first), then 2024-06-02");
    env.ok(&["purchase", "add", "C", "5.00", "--date", "2024-06-03"]);
    env.ok(&["purchase", "add", "A", "5.00", "--date", "2024-04-01"]);
    assert_eq!(ids(&env, "2"), [6, 3]);
    env.ok(&["purchase", "rm", "6", "--yes"]);
    assert_eq!(ids(&env, "4"), [3, 2, 5, 1]);
    assert_eq!(ids(&env, "100"), [3, 2, 5, 1, 4, 7], "more than there are: all of them");
    let all: Vec<i64> =
        env.json(&["purchase", "list"]).as_array().unwrap().iter().map(|p| p["id"].as_i64().unwrap()).collect();
    assert_eq!(all, [3, 2, 5, 1, 4, 7]);
}
