use crate::Env;

fn shop(env: &Env) {
    env.add(&["--name", "Hélène Dupont", "--email", "helene@example.fr"]); // 1
    env.add(&["--name", "DUPONT Helene"]); // 2: same name
    env.add(&["--name", "Paul Roux", "--phone", "06 12 34 56 78"]); // 3
    env.add(&["--name", "P. Roux", "--phone", "06.12.34.56.78", "--allow-duplicate"]); // 4: same phone
    env.add(&["--name", "H D", "--email", "HELENE@example.fr", "--allow-duplicate"]); // 5: same email as 1
    env.add(&["--name", "Paul Roux", "--phone", "07 00 00 00 00"]); // 6: Paul Roux, another phone
    env.add(&["--name", "Zoé"]); // 7: nobody
    env.add(&["--name", "Paul R", "--phone", "+33 6 12 34 56 78", "--allow-duplicate"]);
    // 8: 3's phone, internationally
}

fn pairs(v: &serde_json::Value) -> Vec<(i64, i64, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let same: Vec<&str> = d["same"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
            (d["keep_id"].as_i64().unwrap(), d["other_id"].as_i64().unwrap(), same.join("+"))
        })
        .collect()
}

#[test]
fn duplicates_lists_each_contact_with_the_one_to_merge_it_into() {
    let env = Env::new();
    shop(&env);
    let v = env.json(&["contact", "duplicates"]);
    assert_eq!(
        pairs(&v),
        vec![(1, 2, "name".into()), (1, 5, "email".into()), (3, 4, "phone".into()), (3, 8, "phone".into())]
    );
    assert_eq!(v[0]["keep_name"], "Hélène Dupont");
    assert_eq!(v[0]["other_name"], "DUPONT Helene");
    // Only the signs asked for.
    assert_eq!(
        pairs(&env.json(&["contact", "duplicates", "--by", "email,phone"])),
        vec![(1, 5, "email".into()), (3, 4, "phone".into()), (3, 8, "phone".into())]
    );
    let csv = env.ok(&["contact", "duplicates", "--by", "phone", "--format", "csv"]);
    assert_eq!(
        csv,
        "keep_id,keep_name,other_id,other_name,same,via\n3,Paul Roux,4,P. Roux,phone,\n3,Paul Roux,8,Paul R,phone,\n"
    );
    // The table teaches the next step on stderr; nothing was changed.
    let o = env.run(&["contact", "duplicates"]);
    assert!(o.stdout.contains("Hélène Dupont") && o.stdout.contains("P. Roux"), "{}", o.stdout);
    assert!(
        o.stderr.contains("4 contacts look") && o.stderr.contains("carnet contact merge id:1 id:2 --dry-run"),
        "{}",
        o.stderr
    );
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 8);
}

#[test]
fn merging_what_duplicates_lists_leaves_none() {
    let env = Env::new();
    shop(&env);
    for (keep, other, _) in pairs(&env.json(&["contact", "duplicates"])) {
        env.ok(&["contact", "merge", &format!("id:{keep}"), &format!("id:{other}"), "--yes"]);
    }
    assert_eq!(env.json(&["contact", "duplicates"]), serde_json::json!([]));
    assert!(env.run(&["contact", "duplicates"]).stderr.contains("no likely duplicates"));
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 4);
}

#[test]
fn archived_and_forgotten_contacts() {
    let env = Env::new();
    shop(&env);
    env.ok(&["contact", "archive", "id:5"]);
    let pairs_now = pairs(&env.json(&["contact", "duplicates", "--by", "email"]));
    assert!(pairs_now.is_empty(), "{pairs_now:?}");
    assert_eq!(
        pairs(&env.json(&["contact", "duplicates", "--by", "email", "--archived"])),
        vec![(1, 5, "email".into())]
    );
    env.ok(&["privacy", "forget", "id:5", "--yes"]);
    assert!(pairs(&env.json(&["contact", "duplicates", "--archived", "--by", "email"])).is_empty());
}

#[test]
fn duplicates_bad_input() {
    let env = Env::new();
    let err = env.fails(1, &["contact", "duplicates"]);
    assert!(err.contains("no database at"), "{err}");
    shop(&env);
    let err = env.fails(2, &["contact", "duplicates", "--by", "fax"]);
    assert!(err.contains("invalid value 'fax'") && err.contains("email, phone, name"), "{err}");
    let err = env.fails(2, &["contact", "duplicates", "--format", "vcf"]);
    assert!(err.contains("`contact duplicates` cannot print vcf"), "{err}");
}

#[test]
fn another_email_or_phone_of_a_contact_makes_a_duplicate_too() {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--email", "paul@home.fr", "--add-email", "paul@atelier.fr (work)"]); // 1
    env.add(&["--name", "Atelier Martin", "--email", "PAUL@atelier.fr", "--allow-duplicate"]); // 2
    env.add(&["--name", "Zoé", "--add-phone", "04 78 00 00 00"]); // 3
    env.add(&["--name", "Z.", "--phone", "+33 4 78 00 00 00", "--allow-duplicate"]); // 4
    assert_eq!(
        pairs(&env.json(&["contact", "duplicates"])),
        [(1, 2, "email".to_string()), (3, 4, "phone".to_string())]
    );
}
