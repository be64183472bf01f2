use crate::Env;

#[test]
fn add_show_and_list_a_contact() {
    let env = Env::new();
    let id = env.add(&[
        "--name",
        "Hélène Dupont",
        "--email",
        "helene@example.fr",
        "--phone",
        "06 12 34 56 78",
        "--ref",
        "007",
        "--tag",
        "VIP",
        "--birthday",
        "03-14",
        "--city",
        "Lyon",
    ]);
    assert_eq!(id, "1");
    let card = env.json(&["contact", "show", "007"]);
    assert_eq!(card["ref"], "007");
    assert_eq!(card["name"], "Hélène Dupont");
    assert_eq!(card["birthday"], "--03-14");
    assert_eq!(card["tags"], serde_json::json!(["vip"]));
    assert_eq!(card["total_spent"], "0.00");
    let table = env.ok(&["contact", "list"]);
    assert!(table.contains("Hélène") && table.contains("Dupont") && table.contains("007"), "{table}");
}

#[test]
fn adding_a_name_already_in_the_file_warns_but_adds() {
    let env = Env::new();
    env.ok(&["contact", "add", "--name", "Hélène Dupont"]);
    env.ok(&["contact", "add", "--name", "Helene Dupontel"]);
    for (i, name) in ["Helene Dupont", "DUPONT Hélène", "Dupont, helene"].iter().enumerate() {
        let o = env.run(&["contact", "add", "--name", name, "-q"]);
        assert_eq!(o.code, 0, "{}", o.stderr);
        let new = 3 + i;
        assert_eq!(o.stdout.trim(), new.to_string(), "added all the same");
        assert!(
            o.stderr.contains(&format!(
                "contact 1 is also called Hélène Dupont: the same person? (`carnet contact merge 1 {new}` if so)"
            )),
            "{}",
            o.stderr
        );
        assert!(!o.stderr.contains("Dupontel"), "a longer word is another name: {}", o.stderr);
    }
    // Another name, or a forgotten person, says nothing.
    let o = env.run(&["contact", "add", "--name", "Paul Dupont"]);
    assert!(!o.stderr.contains("also called"), "{}", o.stderr);
    env.ok(&["privacy", "forget", "1", "--yes"]);
    let o = env.run(&["contact", "add", "--name", "Hélène Martin"]);
    assert!(!o.stderr.contains("also called"), "{}", o.stderr);
    let fr = env.run(&["contact", "add", "--name", "PAUL dupont", "--lang", "fr"]);
    assert!(fr.stderr.contains("s'appelle aussi Paul Dupont"), "{}", fr.stderr);
}

#[test]
fn the_database_is_private() {
    sqlite_only!();
    let env = Env::new();
    env.add(&["--name", "A"]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn add_with_format_json_prints_the_record_and_without_q_only_a_message() {
    let env = Env::new();
    let o = env.run(&["contact", "add", "--name", "Paul", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["id"], 1);
    let o = env.run(&["contact", "add", "--name", "Anne"]);
    assert_eq!(o.stdout, "");
    assert!(o.stderr.contains("added contact 2 (Anne)"), "{}", o.stderr);
}

#[test]
fn add_without_name_and_without_terminal_is_a_usage_error() {
    let env = Env::new();
    let err = env.fails(2, &["contact", "add", "--email", "a@b.fr"]);
    assert!(err.contains("--name"), "{err}");
    assert_eq!(env.snapshot(), "no database");
}

#[test]
fn duplicates_are_refused_with_the_existing_id() {
    let env = Env::new();
    env.add(&["--name", "A", "--email", "a@example.fr", "--phone", "06 12 34 56 78"]);
    let err = env.fails(1, &["contact", "add", "--name", "B", "--email", "A@EXAMPLE.fr"]);
    assert!(err.contains("contact 1") && err.contains("email") && err.contains("--allow-duplicate"), "{err}");
    let err = env.fails(1, &["contact", "add", "--name", "B", "--phone", "06.12.34.56.78"]);
    assert!(err.contains("phone"), "{err}");
    env.ok(&["contact", "add", "--name", "B", "--email", "a@example.fr", "--allow-duplicate"]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
}

#[test]
fn a_ref_is_unique_and_kept_as_text() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "007"]);
    let err = env.fails(1, &["contact", "add", "--name", "B", "--ref", "007"]);
    assert!(err.contains("ref `007` already belongs to contact 1"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 1);
    // 007 is the ref, never id 7 or 7.
    assert_eq!(env.json(&["contact", "show", "007"])["name"], "A");
}

#[test]
fn bad_field_values_name_the_flag() {
    let env = Env::new();
    let err = env.fails(1, &["contact", "add", "--name", "A", "--email", "not-an-email"]);
    assert!(err.contains("--email") && err.contains("not-an-email"), "{err}");
    let err = env.fails(1, &["contact", "add", "--name", "A", "--birthday", "02-30"]);
    assert!(err.contains("--birthday"), "{err}");
    assert_eq!(env.snapshot(), "no database");
}

#[test]
fn ambiguous_and_unknown_contacts_are_errors_listing_candidates() {
    let env = Env::new();
    for n in 1..=7 {
        env.add(&["--name", &format!("P{n}")]);
    }
    env.add(&["--name", "Ref Seven", "--ref", "7"]);
    let err = env.fails(1, &["contact", "show", "7"]);
    assert!(
        err.contains("matches 2 contacts")
            && err.contains("id 7 P7 (by id)")
            && err.contains("id 8 Ref Seven (by ref)"),
        "{err}"
    );
    assert!(err.contains("hint: name one with id:N"), "{err}");
    assert_eq!(env.json(&["contact", "show", "id:7"])["name"], "P7");
    assert_eq!(env.json(&["contact", "show", "ref:7"])["name"], "Ref Seven");

    env.add(&["--name", "Jean Roux"]);
    env.add(&["--name", "Jean Roux"]);
    let err = env.fails(1, &["contact", "show", "jean roux"]);
    assert!(err.contains("matches 2 contacts"), "{err}");
    let err = env.fails(1, &["contact", "show", "nobody"]);
    assert!(err.contains("no contact matches `nobody`"), "{err}");
}

#[test]
fn list_filters_search_tag_city_and_sort() {
    let env = Env::new();
    env.add(&["--name", "Hélène Dupont", "--city", "Lyon", "--tag", "vip"]);
    env.add(&["--name", "Paul Martin", "--city", "Paris"]);
    env.add(&["--name", "Zoé Garnier", "--city", "lyon", "--tag", "vip", "--tag", "wholesale"]);
    let names = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["contact", "list"];
        a.extend(args);
        env.json(&a).as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&["--search", "helene"]), ["Hélène Dupont"]);
    assert_eq!(names(&["--search", "HÉLÈNE"]), ["Hélène Dupont"]);
    assert_eq!(names(&["--tag", "vip"]), ["Hélène Dupont", "Zoé Garnier"]);
    assert_eq!(names(&["--tag", "vip", "--tag", "wholesale"]), ["Zoé Garnier"]);
    assert_eq!(names(&["--city", "LYON"]), ["Hélène Dupont", "Zoé Garnier"]);
    assert_eq!(names(&["--limit", "1"]), ["Hélène Dupont"]);
    env.ok(&["purchase", "add", "Paul Martin", "100"]);
    env.ok(&["purchase", "add", "Zoé Garnier", "20"]);
    assert_eq!(names(&["--sort", "total-spent"]), ["Paul Martin", "Zoé Garnier", "Hélène Dupont"]);
    let o = env.run(&["contact", "list", "--search", "nobody"]);
    assert_eq!((o.code, o.stdout.as_str()), (0, ""));
    assert!(o.stderr.contains("no contacts match"));
}

#[test]
fn list_csv_has_the_documented_header() {
    let env = Env::new();
    env.add(&["--name", "A", "--tag", "x", "--tag", "y"]);
    env.ok(&["purchase", "add", "A", "45,5"]);
    let csv = env.ok(&["contact", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,ref,name,email,phone,city,tags,purchases,total_spent,last_purchase"));
    assert_eq!(lines.next(), Some("1,,A,,,,x;y,1,45.50,2024-06-30"));
}

#[test]
fn edit_changes_and_clears_fields() {
    let env = Env::new();
    env.add(&["--name", "A", "--email", "a@example.fr", "--notes", "old"]);
    env.ok(&["contact", "edit", "A", "--city", "Lyon", "--notes", ""]);
    let c = env.json(&["contact", "show", "1"]);
    assert_eq!(c["city"], "Lyon");
    assert_eq!(c["notes"], serde_json::Value::Null);
    let err = env.fails(2, &["contact", "edit", "A"]);
    assert!(err.contains("nothing to change"), "{err}");
    let err = env.fails(1, &["contact", "edit", "A", "--birthday", "1981-02-29"]);
    assert!(err.contains("--birthday"), "{err}");
    assert_eq!(env.json(&["contact", "show", "1"])["birthday"], serde_json::Value::Null);
}

#[test]
fn tag_untag_and_archive() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.ok(&["contact", "tag", "A", "Wedding", "vip"]);
    assert_eq!(env.json(&["contact", "show", "A"])["tags"], serde_json::json!(["vip", "wedding"]));
    env.ok(&["contact", "untag", "A", "vip"]);
    assert_eq!(env.json(&["contact", "show", "A"])["tags"], serde_json::json!(["wedding"]));
    env.ok(&["contact", "archive", "A"]);
    assert_eq!(env.json(&["contact", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["contact", "list", "--archived"]).as_array().unwrap().len(), 1);
    env.ok(&["contact", "archive", "A", "--undo"]);
    assert_eq!(env.json(&["contact", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn rm_needs_yes_without_a_terminal_and_says_what_goes() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.ok(&["purchase", "add", "A", "10"]);
    let err = env.fails(2, &["contact", "rm", "A"]);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 1);
    let o = env.run(&["contact", "rm", "A", "--yes"]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("with 1 purchase totalling"), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM contacts") + env.sql("SELECT count(*) FROM purchases"), 0);
}

#[test]
fn merge_moves_histories_unites_tags_and_fills_fields() {
    let env = Env::new();
    env.add(&["--name", "Hélène", "--email", "h@example.fr", "--tag", "vip"]);
    env.add(&[
        "--name",
        "Helene D",
        "--phone",
        "0600000000",
        "--city",
        "Lyon",
        "--ref",
        "R9",
        "--tag",
        "newsletter",
        "--email",
        "other@example.fr",
    ]);
    env.ok(&["purchase", "add", "1", "10"]);
    env.ok(&["purchase", "add", "2", "20"]);
    let o = env.run(&["contact", "merge", "1", "2", "--dry-run"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stderr.contains("1 purchase moves") && o.stderr.contains("phone") && o.stderr.contains("dry run"),
        "{}",
        o.stderr
    );
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
    env.fails(2, &["contact", "merge", "1", "2"]);
    env.ok(&["contact", "merge", "1", "2", "--yes"]);
    let c = env.json(&["contact", "show", "1"]);
    assert_eq!(c["name"], "Hélène");
    assert_eq!(c["email"], "h@example.fr");
    assert_eq!(c["phone"], "0600000000");
    assert_eq!(c["ref"], "R9");
    assert_eq!(c["tags"], serde_json::json!(["newsletter", "vip"]));
    assert_eq!(c["purchases"], 2);
    assert_eq!(c["total_spent"], "30.00");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 1);
    let err = env.fails(1, &["contact", "merge", "1", "id:1"]);
    assert!(err.contains("same contact"), "{err}");
}

#[test]
fn a_contact_keeps_several_emails_and_phones_and_is_found_by_any() {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--email", "paul@home.fr", "--phone", "06 12 34 56 78", "--phone-type", "cell"]);
    env.ok(&[
        "contact",
        "edit",
        "Paul Martin",
        "--add-email",
        "paul@atelier.fr (work)",
        "--add-phone",
        "04 78 00 00 00 (Home)",
    ]);
    let card = env.json(&["contact", "show", "paul@atelier.fr"]);
    assert_eq!(
        (card["email"].as_str(), card["other_emails"].as_str(), card["phone_type"].as_str()),
        (Some("paul@home.fr"), Some("paul@atelier.fr (work)"), Some("cell"))
    );
    assert_eq!(card["other_phones"], "04 78 00 00 00 (home)", "types are lower-case words");
    assert_eq!(env.json(&["contact", "show", "+33 4 78 00 00 00"])["name"], "Paul Martin");
    assert_eq!(env.json(&["contact", "list", "--search", "atelier.fr"]).as_array().unwrap().len(), 1);
    // Someone else with one of his addresses is a duplicate.
    let err = env.fails(1, &["contact", "add", "--name", "P. Martin", "--email", "PAUL@atelier.fr"]);
    assert!(err.contains("Paul Martin") && err.contains("--allow-duplicate"), "{err}");
    let err = env.fails(1, &["contact", "add", "--name", "P. M.", "--add-phone", "0478000000"]);
    assert!(err.contains("Paul Martin"), "{err}");
    // The work address becomes the primary one; the home one is kept.
    env.ok(&["contact", "edit", "Paul Martin", "--primary-email", "paul@atelier.fr"]);
    let card = env.json(&["contact", "show", "Paul Martin"]);
    assert_eq!((card["email"].as_str(), card["email_type"].as_str()), (Some("paul@atelier.fr"), Some("work")));
    assert_eq!(card["other_emails"], "paul@home.fr");
    env.ok(&["contact", "edit", "Paul Martin", "--remove-email", "paul@atelier.fr"]);
    let card = env.json(&["contact", "show", "Paul Martin"]);
    assert_eq!((card["email"].as_str(), card["other_emails"].as_str()), (Some("paul@home.fr"), None));
    assert!(env.fails(1, &["contact", "show", "paul@atelier.fr"]).contains("no contact"));
    // The same for phone numbers, written any way.
    env.ok(&["contact", "edit", "Paul Martin", "--primary-phone", "+33 4 78 00 00 00"]);
    let card = env.json(&["contact", "show", "Paul Martin"]);
    assert_eq!(
        (card["phone"].as_str(), card["other_phones"].as_str()),
        (Some("04 78 00 00 00"), Some("06 12 34 56 78 (cell)"))
    );
    env.ok(&["contact", "edit", "Paul Martin", "--remove-phone", "0612345678"]);
    assert_eq!(env.json(&["contact", "show", "Paul Martin"])["other_phones"], serde_json::Value::Null);
    // Bad input names the flag and changes nothing.
    let before = env.snapshot();
    let err = env.fails(1, &["contact", "edit", "Paul Martin", "--remove-email", "nobody@x.fr"]);
    assert!(err.contains("--remove-email") && err.contains("not one of this contact's emails"), "{err}");
    let err = env.fails(1, &["contact", "edit", "Paul Martin", "--add-email", "not an address"]);
    assert!(err.contains("--add-email") && err.contains("is not an email address"), "{err}");
    let err = env.fails(1, &["contact", "edit", "Paul Martin", "--phone-type", "cell; home"]);
    assert!(err.contains("--phone-type"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn merging_two_contacts_keeps_every_address_of_both() {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--email", "paul@home.fr"]);
    env.add(&["--name", "P. Martin", "--email", "paul@atelier.fr", "--phone", "06 12 34 56 78", "--allow-duplicate"]);
    env.ok(&["contact", "merge", "Paul Martin", "P. Martin", "--yes"]);
    let card = env.json(&["contact", "show", "paul@atelier.fr"]);
    assert_eq!(
        (card["name"].as_str(), card["email"].as_str(), card["other_emails"].as_str(), card["phone"].as_str()),
        (Some("Paul Martin"), Some("paul@home.fr"), Some("paul@atelier.fr"), Some("06 12 34 56 78"))
    );
}

#[test]
fn names_sort_as_a_person_expects_accents_and_case_aside() {
    let env = Env::new();
    for n in ["Zoé Garnier", "Éloïse Martin", "emile Roux", "Émile Petit", "Agnès Dupont"] {
        env.add(&["--name", n]);
    }
    let names: Vec<String> = env.names();
    assert_eq!(names, ["Agnès Dupont", "Éloïse Martin", "Émile Petit", "emile Roux", "Zoé Garnier"]);
}
