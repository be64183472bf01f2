use crate::Env;

fn sample(env: &Env) {
    env.add(&[
        "--name",
        "Hélène Dupont",
        "--email",
        "helene@example.fr",
        "--phone",
        "06 12 34 56 78",
        "--ref",
        "007",
        "--company",
        "Atelier, Roux; & fils",
        "--street",
        "3 rue des Lilas",
        "--postcode",
        "69001",
        "--city",
        "Lyon",
        "--country",
        "France",
        "--birthday",
        "03-14",
        "--notes",
        "likes blue glaze",
        "--tag",
        "vip",
        "--tag",
        "newsletter",
        "--email-type",
        "work",
        "--add-email",
        "helene.d@home.fr (home)",
        "--add-phone",
        "04 78 00 00 00 (home)",
    ]);
    env.add(&["--name", "Paul Martin", "--birthday", "1980-02-29"]);
}

/// Contacts without ids and timestamps, to compare two databases.
fn contacts(env: &Env) -> Vec<serde_json::Value> {
    let mut v = env.json(&["contact", "export"]).as_array().unwrap().clone();
    for c in &mut v {
        let o = c.as_object_mut().unwrap();
        for k in ["id", "created_at", "updated_at"] {
            o.remove(k);
        }
    }
    v
}

#[test]
fn csv_round_trip_gives_the_same_contacts() {
    let a = Env::new();
    sample(&a);
    let csv = a.ok(&["contact", "export"]);
    assert!(csv.starts_with("id,ref,name,email,phone,company,street,postcode,city,country,birthday,notes,email_type,phone_type,other_emails,other_phones,honorific,tags,archived,created_at,updated_at\n"));
    assert!(csv.contains(",work,,helene.d@home.fr (home),04 78 00 00 00 (home),"), "{csv}");
    let b = Env::new();
    let f = b.write("contacts.csv", &csv);
    b.ok(&["contact", "import", &f]);
    assert_eq!(contacts(&a), contacts(&b));
    assert_eq!(contacts(&b)[0]["company"], "Atelier, Roux; & fils");
}

#[test]
fn vcard_round_trip_gives_the_same_contacts() {
    let a = Env::new();
    sample(&a);
    let vcf = a.ok(&["contact", "export", "--format", "vcf"]);
    assert!(vcf.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{vcf}");
    assert!(vcf.contains("BDAY:--0314"), "{vcf}");
    assert!(vcf.contains("EMAIL;TYPE=work,pref:helene@example.fr\r\nEMAIL;TYPE=home:helene.d@home.fr"), "{vcf}");
    let b = Env::new();
    let f = b.write("contacts.vcf", &vcf);
    b.ok(&["contact", "import", &f]);
    assert_eq!(contacts(&a), contacts(&b));
}

#[test]
fn export_to_a_file_and_json() {
    let env = Env::new();
    sample(&env);
    let out = env.path("out.vcf");
    let o = env.run(&["contact", "export", "--format", "vcf", "--out", out.to_str().unwrap()]);
    assert_eq!(o.code, 0);
    // Hélène, Paul and the company Hélène works for.
    assert!(o.stderr.contains("exported 3 contacts"), "{}", o.stderr);
    assert_eq!(std::fs::read_to_string(&out).unwrap().matches("BEGIN:VCARD").count(), 3);
    let j = env.json(&["contact", "export"]);
    assert_eq!(j[0]["tags"], serde_json::json!(["newsletter", "vip"]));
    assert_eq!(j[0]["ref"], "007");
    let err = env.fails(2, &["contact", "list", "--format", "vcf"]);
    assert!(err.contains("vcf"), "{err}");
}

#[test]
fn the_examples_import() {
    let env = Env::new();
    let root = env!("CARGO_MANIFEST_DIR");
    env.ok(&["contact", "import", &format!("{root}/examples/contacts.csv")]);
    env.ok(&["contact", "import", &format!("{root}/examples/contacts.vcf")]);
    env.ok(&["purchase", "import", &format!("{root}/examples/purchases-fr.csv"), "--date-format", "DD/MM/YYYY"]);
    assert!(env.sql("SELECT count(*) FROM contacts") >= 5);
    assert!(env.sql("SELECT count(*) FROM purchases") >= 5);
}

#[test]
fn bad_contact_files_name_the_line_and_write_nothing() {
    let env = Env::new();
    env.add(&["--name", "Existing", "--ref", "007", "--email", "x@example.fr"]);
    let before = env.snapshot();
    let cases = [
        ("c.csv", "name,email\nA,a@example.fr\nB,not-an-email\n", "c.csv line 3, column 2 (email): `not-an-email`"),
        ("c.csv", "name,ref\nA,007\n", "c.csv line 2: the ref `007` already belongs to contact 1"),
        ("c.csv", "name,ref\nA,9\nB,9\n", "line 3: the ref `9` appears twice"),
        ("c.csv", "name,email\nA,X@example.fr\n", "line 2: contact 1 (Existing) already has this email"),
        ("c.csv", "email\na@example.fr\n", "no `name` column"),
        ("c.csv", "name,email\n,a@example.fr\n", "line 2, column 1 (name): ``: this contact has no name"),
        ("c.csv", "name,birthday\nA,1981-02-29\n", "line 2, column 2 (birthday)"),
        ("c.csv", "", "c.csv is empty"),
        ("c.vcf", "BEGIN:VCARD\nVERSION:4.0\nFN:A\nnot a property\nEND:VCARD\n", "c.vcf line 4: `not a property`"),
        ("c.vcf", "BEGIN:VCARD\nFN:A\n", "no END:VCARD"),
    ];
    for (name, content, expected) in cases {
        let f = env.write(name, content);
        let err = env.fails(1, &["contact", "import", &f]);
        assert!(err.contains(expected), "{err}\nexpected: {expected}");
        assert_eq!(env.snapshot(), before, "nothing written for {expected}");
    }
    // A Latin-1 file (old Excel "CSV" on Windows) is read, and the user is told how.
    let f = env.write("latin1.csv", b"name\nCaf\xe9 des Arts\n");
    let o = env.run(&["contact", "import", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("was read as windows-1252"), "{}", o.stderr);
    assert!(env.ok(&["contact", "list", "--format", "csv"]).contains("Café des Arts"));
}

#[test]
fn contact_import_is_a_batch_that_can_be_refused_twice_and_undone() {
    let env = Env::new();
    let f = env.write("c.csv", "name;email;tags\nA;a@example.fr;vip;\nB;;\n".replace(";vip;", ";\"vip;x\"").as_str());
    let o = env.run(&["contact", "import", &f, "--dry-run"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("dry run: 2 contacts"), "{}", o.stderr);
    assert_eq!(env.snapshot(), "contacts=0 purchases=0 import_batches=0 contact_tags=0 ");
    env.ok(&["contact", "import", &f]);
    assert_eq!(env.json(&["contact", "show", "A"])["tags"], serde_json::json!(["vip", "x"]));
    assert!(env.fails(1, &["contact", "import", &f]).contains("already imported"));
    env.ok(&["import", "undo", "1", "--yes"]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 0);
}
