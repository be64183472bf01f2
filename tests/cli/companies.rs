//! Companies as contacts: made by a person's --company or `--kind
//! company`, found whatever the case and accents, with their people, their
//! purchases and their people's scored as one customer.

use crate::Env;

fn s(v: &serde_json::Value, k: &str) -> String {
    v[k].as_str().unwrap_or_default().to_string()
}

#[test]
fn a_persons_company_is_a_contact_found_without_case_or_accents_with_its_people() {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--company", "Atelier Roux"]);
    // Another spelling: the same company, its name as first written.
    env.add(&["--name", "Zoé Garnier", "--company", "ATELIER  roux"]);
    env.add(&["--name", "Léa Petit"]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'"), 1);
    let card = env.json(&["contact", "show", "Atelier Roux"]);
    assert_eq!((s(&card, "kind"), s(&card, "name")), ("company".into(), "Atelier Roux".into()));
    let id = card["id"].as_i64().unwrap();
    assert_eq!(card["people"], serde_json::json!(["Paul Martin (1)", "Zoé Garnier (3)"]));
    assert_eq!(id, 2, "made when Paul named it");
    // Each person's company is the company's name as kept.
    assert_eq!(s(&env.json(&["contact", "show", "Zoé Garnier"]), "company"), "Atelier Roux");
    assert_eq!(s(&env.json(&["contact", "show", "Paul Martin"]), "kind"), "person");
    // contact list --company, any case or accents.
    let names = |v: serde_json::Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(env.json(&["contact", "list", "--company", "atelier roux"])), ["Paul Martin", "Zoé Garnier"]);
    assert_eq!(names(env.json(&["contact", "list", "--company", "2"])), ["Paul Martin", "Zoé Garnier"]);
    // A table in French names the kind and the people.
    let fr = env.ok(&["--lang", "fr", "--format", "table", "contact", "show", "atelier roux"]);
    assert!(fr.contains("société") && fr.contains("Paul Martin (1)"), "{fr}");
    // Not a company: refused, in both languages.
    let err = env.fails(1, &["contact", "list", "--company", "Léa Petit"]);
    assert!(err.contains("no company named") && err.contains("--kind company"), "{err}");
    let o = env.run(&["--lang", "fr", "contact", "list", "--company", "Nulle Part"]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("erreur : aucune société nommée") && o.stderr.contains("astuce :"), "{}", o.stderr);
    // Leaving the company, renaming it.
    env.ok(&["contact", "edit", "Zoé Garnier", "--company", ""]);
    assert_eq!(names(env.json(&["contact", "list", "--company", "Atelier Roux"])), ["Paul Martin"]);
    env.ok(&["contact", "edit", "2", "--name", "Atelier Roux & Fils"]);
    assert_eq!(s(&env.json(&["contact", "show", "Paul Martin"]), "company"), "Atelier Roux & Fils");
    let found = env.json(&["contact", "list", "--search", "fils"]);
    assert_eq!(names(found), ["Atelier Roux & Fils", "Paul Martin"]);
}

#[test]
fn a_company_is_added_as_such_and_a_contact_of_its_name_becomes_it() {
    let env = Env::new();
    let id = env.add(&["--name", "Hôtel du Parc", "--kind", "company"]);
    assert_eq!(id.trim(), "1");
    env.add(&["--name", "Marie Blanc", "--company", "hotel du parc"]);
    assert_eq!(env.sql("SELECT company_id FROM contacts WHERE name = 'Marie Blanc'"), 1);
    let err = env.fails(1, &["contact", "add", "--name", "HOTEL DU PARC", "--kind", "company"]);
    assert!(err.contains("a company named Hôtel du Parc exists already (contact 1)"), "{err}");
    let o = env.run(&["--lang", "fr", "contact", "add", "--name", "hotel du parc", "--kind", "company"]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("une société nommée Hôtel du Parc existe déjà"), "{}", o.stderr);
    assert_eq!(env.run(&["contact", "add", "--name", "X", "--kind", "company", "--company", "Y"]).code, 2);
    // A restaurant entered as a contact before anyone named it as a company.
    env.add(&["--name", "Le Potager"]);
    env.add(&["--name", "Tom Faure", "--company", "le potager"]);
    let card = env.json(&["contact", "show", "Le Potager"]);
    assert_eq!((s(&card, "kind"), card["people"].clone()), ("company".into(), serde_json::json!(["Tom Faure (4)"])));
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 4);
}

#[test]
fn rfm_by_company_counts_its_peoples_purchases_for_it() {
    let env = Env::new();
    env.add(&["--name", "Le Potager", "--kind", "company"]);
    env.add(&["--name", "Tom Faure", "--company", "Le Potager"]);
    env.add(&["--name", "Léa Petit", "--company", "Le Potager"]);
    env.add(&["--name", "Agence Lumière", "--kind", "company"]);
    env.add(&["--name", "Solo"]);
    // The company buys, and so do its people (two the same day: one visit).
    env.ok(&["purchase", "add", "Le Potager", "100", "--date", "2024-01-10"]);
    env.ok(&["purchase", "add", "Tom Faure", "40", "--date", "2024-03-01"]);
    env.ok(&["purchase", "add", "Léa Petit", "10", "--date", "2024-03-01"]);
    env.ok(&["purchase", "add", "Léa Petit", "25", "--date", "2024-06-01"]);
    env.ok(&["purchase", "add", "Agence Lumière", "300", "--date", "2024-06-20"]);
    env.ok(&["purchase", "add", "Solo", "999", "--date", "2024-06-20"]);
    let rows = env.json(&["report", "rfm", "--by", "company", "--customers"]);
    let got: Vec<(String, i64, String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (s(r, "name"), r["frequency"].as_i64().unwrap(), s(r, "monetary_total"), s(r, "last_purchase")))
        .collect();
    assert_eq!(
        got,
        [
            ("Le Potager".to_string(), 3, "175.00".to_string(), "2024-06-01".to_string()),
            ("Agence Lumière".to_string(), 1, "300.00".to_string(), "2024-06-20".to_string()),
        ]
    );
    // CSV has the same rows; the summary counts two customers.
    let csv = env.ok(&["--format", "csv", "report", "rfm", "--by", "company", "--customers"]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.lines().nth(1).unwrap().starts_with("1,,Le Potager,2024-01-10,2024-06-01,29,3,175.00"), "{csv}");
    let summary = env.json(&["report", "rfm", "--by", "company"]);
    let customers: i64 = summary.as_array().unwrap().iter().map(|r| r["customers"].as_i64().unwrap()).sum();
    assert_eq!(customers, 2);
    // By contact, as before: four customers.
    let by_contact = env.json(&["report", "rfm", "--customers"]);
    assert_eq!(by_contact.as_array().unwrap().len(), 5);
    // No company bought anything: said, not an error.
    let empty = Env::new();
    empty.add(&["--name", "Solo"]);
    empty.ok(&["purchase", "add", "Solo", "10"]);
    let o = empty.run(&["--lang", "fr", "report", "rfm", "--by", "company"]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("aucune société n'a encore rien acheté"), "{}", o.stderr);
}

#[test]
fn imports_link_their_company_column_and_vcard_org() {
    let env = Env::new();
    let f = env.write(
        "google.csv",
        "First Name,Last Name,Organization Name,E-mail 1 - Value\nPaul,Martin,Atelier Roux,paul@example.fr\n\
         Zoé,Garnier,atelier roux,zoe@example.fr\n",
    );
    env.ok(&["contact", "import", &f]);
    let f = env.write(
        "card.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Léa Petit\r\nN:Petit;Léa;;;\r\nORG:Atelier Roux\r\nEND:VCARD\r\n",
    );
    env.ok(&["contact", "import", &f]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'"), 1);
    let people = env.json(&["contact", "show", "Atelier Roux"])["people"].clone();
    assert_eq!(people.as_array().unwrap().len(), 3, "{people}");
}

#[test]
fn company_texts_of_an_older_file_become_company_contacts() {
    sqlite_only!();
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/migrations"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "sql"))
            .collect();
        files.sort();
        // Version 26, the last before companies were contacts.
        for f in &files[..26] {
            conn.execute_batch(&std::fs::read_to_string(f).unwrap()).unwrap();
        }
        conn.pragma_update(None, "user_version", 26).unwrap();
        conn.pragma_update(None, "application_id", 0x4352_4E54).unwrap();
        conn.execute_batch(
            "INSERT INTO contacts (id, name, company, search_key, created_at, updated_at) VALUES
               (1, 'Paul Martin', 'Atelier Roux', 'paul martin atelier roux', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'),
               (2, 'Zoé Garnier', 'atelier  ROUX', 'zoe garnier atelier roux', '2020-02-01T00:00:00Z', '2020-02-01T00:00:00Z'),
               (3, 'Hôtel du Parc', NULL, 'hotel du parc', '2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z'),
               (4, 'Marie Blanc', 'Hotel du Parc', 'marie blanc hotel du parc', '2020-03-01T00:00:00Z', '2020-03-01T00:00:00Z'),
               (5, 'Léa Petit', NULL, 'lea petit', '2020-03-01T00:00:00Z', '2020-03-01T00:00:00Z');",
        )
        .unwrap();
    }
    let names = |v: serde_json::Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(env.json(&["contact", "list", "--company", "Atelier Roux"])), ["Paul Martin", "Zoé Garnier"]);
    // The hotel, a contact already, became the company (no second one).
    assert_eq!(names(env.json(&["contact", "list", "--company", "hotel du parc"])), ["Marie Blanc"]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'"), 2);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 6);
    let made = env.json(&["contact", "show", "Atelier Roux"]);
    assert_eq!((s(&made, "kind"), s(&made, "created_at")), ("company".into(), "2020-01-01T00:00:00Z".into()));
    assert_eq!(s(&env.json(&["contact", "show", "Zoé Garnier"]), "company"), "Atelier Roux");
}

#[test]
fn two_companies_merged_are_one_with_all_their_people() {
    let env = Env::new();
    env.add(&["--name", "Le Potager", "--kind", "company"]);
    env.add(&["--name", "Restaurant Le Potager", "--kind", "company"]);
    env.add(&["--name", "Tom Faure", "--company", "Le Potager"]);
    env.add(&["--name", "Léa Petit", "--company", "Restaurant Le Potager"]);
    env.ok(&["contact", "merge", "1", "2", "--yes"]);
    let card = env.json(&["contact", "show", "1"]);
    assert_eq!(card["kind"], "company");
    assert_eq!(card["people"], serde_json::json!(["Léa Petit (4)", "Tom Faure (3)"]));
    assert_eq!(s(&env.json(&["contact", "show", "Léa Petit"]), "company"), "Le Potager");
}
