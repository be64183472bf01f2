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
    let csv = env.ok(&["purchase", "export"]);
    assert_eq!(csv.lines().next(), Some("id,date,customer_id,contact_id,contact_name,amount,note,order_ref,batch_id"));
    assert!(csv.contains("1,2024-06-01,007,1,A,45.50,vase; blue,,"), "{csv}");
    let file = env.write("p.csv", &csv);
    // An export goes back in: its extra columns (id, contact_id,
    // contact_name, batch_id) are carnet's own and ignored.
    let other = Env::new();
    let o = other.run(&["purchase", "import", &file]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(!o.stderr.contains("not used"), "{}", o.stderr);
    let back = other.ok(&["purchase", "export"]);
    assert!(back.contains(",2024-06-01,007,1,007,45.50,vase; blue,,"), "{back}");
}
