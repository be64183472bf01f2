use crate::Env;

fn shop() -> Env {
    let env = Env::new();
    env.add(&[
        "--name",
        "Hélène",
        "--ref",
        "H",
        "--tag",
        "vip",
        "--city",
        "Lyon",
        "--postcode",
        "69001",
        "--email",
        "h@example.fr",
        "--birthday",
        "03-14",
    ]);
    env.add(&["--name", "Paul", "--ref", "P", "--city", "Paris", "--postcode", "75011", "--phone", "0600000000"]);
    env.add(&["--name", "Zoé", "--ref", "Z", "--tag", "vip", "--city", "Villeurbanne", "--postcode", "69100"]);
    for (r, d, a) in [
        ("H", "2024-01-10", "120"),
        ("H", "2024-02-10", "80"),
        ("H", "2024-03-10", "60"),
        ("P", "2024-06-25", "15"),
        ("Z", "2023-05-01", "400"),
    ] {
        env.ok(&["purchase", "add", r, a, "--date", d]);
    }
    env
}

fn names(env: &Env, seg: &str) -> Vec<String> {
    env.json(&["segment", "show", seg])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn saved_segments_are_live_filters() {
    let env = shop();
    env.ok(&["segment", "add", "lapsed-regulars", "--visits", "3..", "--last-purchase-before", "90d"]);
    assert_eq!(names(&env, "lapsed-regulars"), ["Hélène"]);
    // A new purchase moves Hélène out: the segment is evaluated, never frozen.
    env.ok(&["purchase", "add", "H", "10", "--date", "2024-06-29"]);
    assert_eq!(names(&env, "lapsed-regulars"), Vec::<String>::new());
}

#[test]
fn criteria_and_or() {
    let env = shop();
    env.ok(&["segment", "add", "lyon-area-vip", "--tag", "vip", "--postcode", "69*"]);
    assert_eq!(names(&env, "lyon-area-vip"), ["Hélène", "Zoé"]);
    env.ok(&["segment", "add", "reachable", "--has", "email", "--has", "phone"]);
    assert_eq!(names(&env, "reachable"), ["Hélène", "Paul"]);
    env.ok(&["segment", "add", "big", "--spent", "250..", "--city", "villeurbanne", "--city", "Lyon"]);
    assert_eq!(names(&env, "big"), ["Hélène", "Zoé"]);
    env.ok(&["segment", "add", "march", "--birthday-month", "3"]);
    assert_eq!(names(&env, "march"), ["Hélène"]);
    env.ok(&["segment", "add", "newish", "--first-purchase-after", "2024-01-01", "--created-after", "2024-01-01"]);
    assert_eq!(names(&env, "newish"), ["Hélène", "Paul"]);
}

#[test]
fn built_in_segments_and_list_counts() {
    let env = shop();
    env.ok(&["segment", "add", "vip", "--tag", "vip"]);
    let list = env.json(&["segment", "list"]);
    let count = |n: &str| list.as_array().unwrap().iter().find(|s| s["name"] == n).unwrap()["members"].clone();
    assert_eq!(count("vip"), 2);
    let total_rfm: u64 = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["kind"] == "built-in"
                && !["Best", "Frequent", "Spenders", "Uncertain", "Inactive"].contains(&s["name"].as_str().unwrap())
        })
        .map(|s| s["members"].as_u64().unwrap())
        .sum();
    assert_eq!(total_rfm, 3, "every customer is in exactly one RFM segment");
    assert_eq!(count("Inactive"), 1, "Zoé has not bought for over a year");
    let rfm = env.json(&["report", "rfm", "--customers"]);
    let seg_of_paul =
        rfm.as_array().unwrap().iter().find(|r| r["ref"] == "P").unwrap()["segment"].as_str().unwrap().to_string();
    assert_eq!(names(&env, &seg_of_paul), ["Paul"]);
    assert_eq!(names(&env, "inactive"), ["Zoé"]);
}

#[test]
fn bad_segment_input() {
    let env = shop();
    let err = env.fails(1, &["segment", "show", "nope"]);
    assert!(err.contains("no segment named `nope`") && err.contains("Champions") && err.contains("Uncertain"), "{err}");
    assert!(env.fails(2, &["segment", "add", "empty"]).contains("at least one criterion"));
    assert!(env.fails(1, &["segment", "add", "x", "--spent", "500..100"]).contains("--spent"));
    assert!(env.fails(1, &["segment", "add", "x", "--rfm", "gold"]).contains("not an RFM segment"));
    assert!(env.fails(1, &["segment", "add", "x", "--cell", "gold"]).contains("not a value-matrix cell"));
    assert!(env
        .fails(1, &["segment", "add", "x", "--last-purchase-before", "soon"])
        .contains("--last-purchase-before"));
    assert!(env.fails(1, &["segment", "add", "x", "--birthday-month", "13"]).contains("13"));
    assert!(env.fails(1, &["segment", "add", "champions", "--tag", "vip"]).contains("built-in"));
    env.ok(&["segment", "add", "x", "--tag", "vip"]);
    assert!(env.fails(1, &["segment", "add", "X", "--tag", "vip"]).contains("already exists"));
    assert!(env.fails(1, &["segment", "edit", "Champions", "--tag", "vip"]).contains("built-in"));
    assert_eq!(env.sql("SELECT count(*) FROM segments"), 1);
}

#[test]
fn edit_rename_drop_and_rm() {
    let env = shop();
    env.ok(&["segment", "add", "s", "--tag", "vip", "--postcode", "69001"]);
    assert_eq!(names(&env, "s"), ["Hélène"]);
    env.ok(&["segment", "edit", "s", "--drop", "postcode", "--rename", "vips", "--description", "all VIPs"]);
    assert_eq!(names(&env, "vips"), ["Hélène", "Zoé"]);
    let list = env.json(&["segment", "list"]);
    assert_eq!(list[0]["name"], "vips");
    assert_eq!(list[0]["criteria"], "tag vip");
    assert_eq!(list[0]["description"], "all VIPs");
    assert!(env.fails(1, &["segment", "edit", "vips", "--drop", "tag"]).contains("without criteria"));
    assert!(env.fails(1, &["segment", "edit", "vips", "--drop", "colour"]).contains("not a criterion"));
    env.ok(&["segment", "rm", "vips"]);
    assert_eq!(env.sql("SELECT count(*) FROM segments"), 0);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 3);
}

#[test]
fn export_members_as_csv_json_and_vcf() {
    let env = shop();
    env.ok(&["segment", "add", "vip", "--tag", "vip"]);
    let csv = env.ok(&["segment", "export", "vip"]);
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.starts_with("id,ref,name,"));
    let vcf = env.ok(&["segment", "export", "vip", "--format", "vcf"]);
    assert_eq!(vcf.matches("BEGIN:VCARD").count(), 2);
    assert!(vcf.contains("FN:Zoé"));
    let json = env.json(&["segment", "export", "vip"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
}
