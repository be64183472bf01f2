//! Files made the way real tools make them (see tests/fixtures/README.md):
//! what goes in, and what a second import does.

use crate::Env;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/files/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn rows(env: &Env) -> Vec<(String, String, String, String)> {
    env.json(&["purchase", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
            (s("customer_id"), s("date"), s("amount"), s("note"))
        })
        .collect()
}

fn import_twice(env: &Env, file: &str, extra: &[&str]) -> String {
    let mut args = vec!["purchase", "import", file];
    args.extend(extra);
    let o = env.run(&args);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let again = env.fails(1, &args);
    assert!(again.contains("already imported"), "{again}");
    o.stderr
}

#[test]
fn french_excel_csv_in_windows_1252() {
    let env = Env::new();
    let said = import_twice(&env, &fixture("excel-fr-cp1252.csv"), &["--date-format", "DD/MM/YYYY"]);
    assert!(said.contains("windows-1252"), "{said}");
    let mut got = rows(&env);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("007".into(), "2024-05-01".into(), "45.50".into(), "Vase bleu".into()),
            ("007".into(), "2024-05-15".into(), "12.00".into(), "Café".into()),
            ("008".into(), "2024-05-02".into(), "1234.50".into(), "Commande spéciale".into()),
        ]
    );
}

#[test]
fn french_excel_csv_in_utf8_with_a_bom() {
    let env = Env::new();
    let said = import_twice(&env, &fixture("excel-fr-utf8-bom.csv"), &["--date-format", "DD/MM/YYYY"]);
    assert!(!said.contains("read as"), "UTF-8 needs no word: {said}");
    let got = rows(&env);
    assert!(got.contains(&("009".into(), "2024-05-03".into(), "99.90".into(), "Œuvre unique".into())), "{got:?}");
}

#[test]
fn a_till_export_with_times_currency_extra_columns_and_a_blank_row() {
    let env = Env::new();
    let said = import_twice(&env, &fixture("till-export.csv"), &["--date-format", "DD/MM/YYYY"]);
    assert!(said.contains("columns not used (ignored): mode de règlement"), "{said}");
    assert!(said.contains("2 rows read"), "{said}");
    let p = env.json(&["purchase", "list"]);
    let orders: Vec<&str> = p.as_array().unwrap().iter().map(|r| r["order_ref"].as_str().unwrap()).collect();
    assert!(orders.contains(&"T-0001") && orders.contains(&"T-0002"), "{orders:?}");
    // --strict refuses the column it does not know.
    let other = Env::new();
    let err =
        other.fails(1, &["purchase", "import", &fixture("till-export.csv"), "--date-format", "DD/MM/YYYY", "--strict"]);
    assert!(err.contains("unknown column `mode de règlement`"), "{err}");
}

#[test]
fn excel_unicode_text_in_utf16() {
    let env = Env::new();
    let said = import_twice(&env, &fixture("excel-unicode.txt"), &[]);
    assert!(said.contains("UTF-16LE"), "{said}");
    assert_eq!(rows(&env).len(), 2);
}

#[test]
fn headers_carnet_cannot_guess_are_mapped() {
    let env = Env::new();
    let f = env.write("odd.csv", "Kunde;Tag;Betrag\nK1;2024-05-01;10,00\n");
    let err = env.fails(1, &["purchase", "import", &f]);
    // The dates and the money are read by their contents; the customer is
    // asked for, naming the likely column.
    assert!(err.contains("no column for customer") && err.contains("--map \"Kunde=customer\""), "{err}");
    env.ok(&["purchase", "import", &f, "--map", "Kunde=customer_id,Tag=date,Betrag=amount"]);
    assert_eq!(rows(&env), vec![("K1".into(), "2024-05-01".into(), "10.00".into(), String::new())]);
    // The same mapping, saved in the config.
    let other = Env::new();
    std::fs::write(
        other.path("config.toml"),
        "[import.map]\nKunde = \"customer_id\"\nTag = \"date\"\nBetrag = \"amount\"\n",
    )
    .unwrap();
    other.ok(&["purchase", "import", &f]);
    assert!(other.fails(1, &["purchase", "import", &f, "--map", "Kunde=client"]).contains("--map"));
}

#[test]
fn all_bad_lines_are_listed_at_once_with_their_physical_line() {
    let env = Env::new();
    let mut text = String::from("customer_id,date,amount,note\r\n");
    text.push_str("A,2024-05-01,10,\"two\r\nlines\"\r\n"); // lines 2-3
    for i in 0..25 {
        // Distinct values (identical ones are grouped into one line).
        text.push_str(&format!("B{i},2024-05-01,oops{i},\r\n")); // lines 4..28
    }
    let f = env.write("many.csv", text);
    let err = env.fails(1, &["purchase", "import", &f]);
    assert!(err.contains("25 bad lines"), "{err}");
    assert!(err.contains("line 4, column 3 (amount): `oops0`"), "{err}");
    assert!(err.contains("line 23, column 3"), "{err}");
    assert!(!err.contains("line 24,"), "only 20 are listed: {err}");
    assert!(err.contains("… and 5 more"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 0);
}

#[test]
fn amounts_in_another_currency_and_implausible_dates_are_refused() {
    let env = Env::new();
    let f = env
        .write("x.csv", "customer_id,date,amount\nA,2024-05-01,$12.00\nB,1850-01-01,3\nC,2030-01-01,3\nD,01/05/24,3\n");
    let err = env.fails(1, &["purchase", "import", &f]);
    assert!(err.contains("another currency ($)"), "{err}");
    assert!(err.contains("before 1900") && err.contains("more than a year ahead"), "{err}");
    let f = env.write("yy.csv", "customer_id,date,amount\nD,01/05/24,3\n");
    assert!(env.fails(1, &["purchase", "import", &f, "--date-format", "DD/MM/YYYY"]).contains("two-digit year"));
    env.ok(&["purchase", "import", &f, "--date-format", "DD/MM/YY"]);
    assert_eq!(rows(&env)[0].1, "2024-05-01");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 12, ..Default::default() })]

    /// Whatever carnet writes, it reads back the same: export, import into
    /// an empty file, export again.
    #[test]
    fn import_of_an_export_gives_the_same_purchases(
        sales in proptest::collection::vec(("[A-Z0-9]{1,4}", 0u32..400, -50_000i64..5_000_000, "[ -~éèà;,\"=@+-]{0,12}"), 1..8)
    ) {
        let env = Env::new();
        for (r, day, cents, note) in &sales {
            let date = (chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Duration::days(*day as i64)).to_string();
            let amount = format!("{}{}.{:02}", if *cents < 0 { "-" } else { "" }, cents.abs() / 100, cents.abs() % 100);
            if env.run(&["contact", "show", &format!("ref:{r}")]).code != 0 {
                env.add(&["--name", &format!("N{r}"), "--ref", r]);
            }
            env.ok(&["purchase", "add", &format!("ref:{r}"), &amount, "--date", &date, &format!("--note={note}")]);
        }
        let first = env.ok(&["purchase", "export"]);
        let f = env.write("e.csv", &first);
        let other = Env::new();
        other.ok(&["purchase", "import", &f]);
        let again = other.ok(&["purchase", "export"]);
        let strip = |csv: &str| -> Vec<String> {
            // id, contact_id, contact_name and batch_id differ between files.
            let mut v: Vec<String> = csv
                .lines()
                .skip(1)
                .map(|l| {
                    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes());
                    let rec = r.records().next().unwrap().unwrap();
                    format!("{}|{}|{}|{}|{}", &rec[1], &rec[2], &rec[5], &rec[6], &rec[7])
                })
                .collect();
            v.sort();
            v
        };
        proptest::prop_assert_eq!(strip(&first), strip(&again));
    }
}

fn contacts(env: &Env) -> Vec<serde_json::Value> {
    env.json(&["contact", "export"]).as_array().unwrap().clone()
}

#[test]
fn android_vcard_2_1_with_quoted_printable() {
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("android-2.1.vcf")]);
    let c = contacts(&env);
    assert_eq!(c[0]["name"], "François Lefèvre");
    assert_eq!(c[0]["notes"], "Préfère les tulipes, livraison le mardi après 14h");
    assert_eq!(c[1]["name"], "Inès Moreau");
    assert!(env.fails(1, &["contact", "import", &fixture("android-2.1.vcf")]).contains("already imported"));
}

#[test]
fn iphone_vcard_3_0_with_a_birthday_without_its_year() {
    let env = Env::new();
    let o = env.run(&["contact", "import", &fixture("iphone-3.0.vcf")]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let c = &contacts(&env)[0];
    assert_eq!(c["name"], "Zoé Garnier");
    assert_eq!(c["birthday"], "--12-03");
    assert_eq!(c["email"], "zoe.garnier@example.com");
    assert_eq!(c["city"], "Lyon");
    // Both phones are kept with their types; the preferred one is primary.
    assert_eq!((c["phone"].as_str(), c["phone_type"].as_str()), (Some("06 12 34 56 78"), Some("cell")));
    assert_eq!(c["other_phones"], "04 72 00 00 00 (work)");
    // Found by either number, however it is written.
    assert_eq!(env.json(&["contact", "show", "+33472000000"])["name"], "Zoé Garnier");
    assert_eq!(env.json(&["contact", "list", "--search", "0472000000"]).as_array().unwrap().len(), 1);
}

#[test]
fn outlook_vcard_2_1_with_a_photo() {
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("outlook-2.1.vcf")]);
    let c = &contacts(&env)[0];
    assert_eq!(
        (c["name"].as_str(), c["company"].as_str(), c["birthday"].as_str()),
        (Some("Paul Roux"), Some("Atelier Roux"), Some("1980-03-14"))
    );
}

#[test]
fn a_google_contacts_csv() {
    let env = Env::new();
    let o = env.run(&["contact", "import", &fixture("google-contacts.csv")]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("columns not used (ignored)") && !o.stderr.contains("E-mail 2"), "{}", o.stderr);
    let c = contacts(&env);
    assert_eq!(c[0]["name"], "Hélène Dupont");
    assert_eq!((c[0]["email"].as_str(), c[0]["email_type"].as_str()), (Some("helene@example.fr"), Some("home")));
    assert_eq!(c[0]["other_emails"], "h.dupont@travail.fr (work)", "E-mail 2 is kept with its label");
    assert_eq!((c[0]["phone"].as_str(), c[0]["phone_type"].as_str()), (Some("06 12 34 56 78"), Some("mobile")));
    assert_eq!(env.json(&["contact", "show", "h.dupont@travail.fr"])["name"], "Hélène Dupont");
    assert_eq!((c[0]["city"].as_str(), c[0]["postcode"].as_str()), (Some("Lyon"), Some("69002")));
    assert_eq!(c[1]["company"], "Fleurs & Co");
    assert_eq!(c[1]["birthday"], "--08-15");
    assert!(env.fails(1, &["contact", "import", &fixture("google-contacts.csv")]).contains("already imported"));
    let strict = Env::new().fails(1, &["contact", "import", &fixture("google-contacts.csv"), "--strict"]);
    assert!(strict.contains("unknown column `Phonetic First Name`"), "{strict}");
}

/// The phone's address book brought in again after the shop already has
/// some of these people: updated, not duplicated.
#[test]
fn a_second_address_book_updates_the_contacts_the_shop_has() {
    let env = Env::new();
    env.add(&["--name", "Hélène D.", "--email", "H.Dupont@travail.fr", "--city", "Villeurbanne", "--tag", "vip"]);
    env.add(&["--name", "Zoé Garnier", "--ref", "Z1"]);
    let google = fixture("google-contacts.csv");
    // Without --update, the known address refuses the file, with the way out.
    let err = env.fails(1, &["contact", "import", &google]);
    assert!(err.contains("already has this email") && err.contains("--update"), "{err}");
    let before = env.snapshot();
    let o = env.run(&["contact", "import", &google, "--update", "--dry-run", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let rows: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        rows,
        serde_json::json!([
            {"line": 2, "action": "updated", "contact_id": 1, "name": "Hélène D.", "matched_by": "email",
             "name_in_file": "Hélène Dupont",
             "fields": ["phone", "street", "postcode", "country", "birthday", "notes", "email_type", "phone_type", "other_emails"]},
            {"line": 3, "action": "created", "contact_id": null, "name": "Marc Petit", "matched_by": null,
             "name_in_file": null, "fields": []}
        ])
    );
    assert!(o.stderr.contains("1 to create, 1 to update, 0 unchanged, 0 ambiguous; nothing written"), "{}", o.stderr);
    assert_eq!(env.snapshot(), before, "a dry run writes nothing");
    let said = env.run(&["contact", "import", &google, "--update"]);
    assert!(said.stderr.contains("1 created, 1 updated, 0 unchanged"), "{}", said.stderr);
    let h = env.json(&["contact", "show", "helene@example.fr"]);
    assert_eq!(
        (h["name"].as_str(), h["email"].as_str(), h["other_emails"].as_str(), h["city"].as_str()),
        (Some("Hélène D."), Some("H.Dupont@travail.fr"), Some("helene@example.fr (home)"), Some("Villeurbanne")),
        "nothing replaced without --overwrite"
    );
    assert_eq!(h["tags"], serde_json::json!(["vip"]));
    // Run again: nothing changes, and it is not refused as a re-import.
    let again = env.run(&["contact", "import", &google, "--update"]);
    assert!(again.stderr.contains("0 created, 0 updated, 2 unchanged"), "{}", again.stderr);
    // --overwrite: the file's values win, the old ones are kept beside them.
    env.ok(&["contact", "import", &google, "--update", "--overwrite"]);
    let h = env.json(&["contact", "show", "id:1"]);
    assert_eq!(
        (h["name"].as_str(), h["email"].as_str(), h["city"].as_str()),
        (Some("Hélène Dupont"), Some("helene@example.fr"), Some("Lyon"))
    );
    assert_eq!(h["other_emails"], "H.Dupont@travail.fr (work)", "as the shop spelled it");
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'person'"), 3, "Hélène, Zoé and Marc");
    // The undo of an update import removes only whom it created.
    let batches = env.json(&["import", "list"]);
    let first = batches.as_array().unwrap().iter().map(|b| b["id"].as_i64().unwrap()).min().unwrap();
    env.ok(&["import", "undo", &first.to_string(), "--yes"]);
    assert!(env.fails(1, &["contact", "show", "Marc Petit"]).contains("no contact"));
    assert_eq!(env.json(&["contact", "show", "id:1"])["name"], "Hélène Dupont");
}

#[test]
fn a_row_matching_two_contacts_is_never_guessed() {
    let env = Env::new();
    env.add(&["--name", "Paul", "--email", "paul@x.fr"]);
    env.add(&["--name", "Paul bis", "--email", "paul@x.fr", "--allow-duplicate"]);
    let f = env.write("c.csv", "name,email,city\nPaul Martin,paul@x.fr,Lyon\n");
    let o = env.run(&["contact", "import", &f, "--update", "--dry-run"]);
    assert_eq!(o.code, 0);
    assert!(o.stdout.contains("ambiguous") && o.stdout.contains("1 (Paul, by email)"), "{}", o.stdout);
    let before = env.snapshot();
    let err = env.fails(1, &["contact", "import", &f, "--update"]);
    assert!(err.contains("line 2: Paul Martin could be contact 1 (Paul, by email) or 2 (Paul bis, by email)"), "{err}");
    assert!(err.contains("give those rows a ref"), "{err}");
    assert_eq!(env.snapshot(), before);
    let err = env.fails(2, &["contact", "import", &f, "--overwrite"]);
    assert!(err.contains("--update"), "{err}");
}
