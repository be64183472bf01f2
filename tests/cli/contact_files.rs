//! Contact exports as other tools write them (issue 23): Outlook in
//! English and French, Google's two layouts, a French Excel list, and
//! other projects' vCard files (tests/fixtures/files/vcards, with their
//! sources in tests/fixtures/README.md).

use crate::Env;

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/files/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn contacts(env: &Env) -> Vec<serde_json::Value> {
    env.json(&["contact", "export"]).as_array().unwrap().clone()
}

fn s(c: &serde_json::Value, k: &str) -> String {
    c[k].as_str().unwrap_or("").to_string()
}

/// How many values a primary field and its `other_*` list hold.
fn count(c: &serde_json::Value, primary: &str, others: &str) -> usize {
    let o = s(c, others);
    usize::from(!s(c, primary).is_empty()) + if o.is_empty() { 0 } else { o.split("; ").count() }
}

/// A file, its cards; its first card's name, emails, phones, birthday,
/// organisation, city, whether it has notes, and its tags.
type Expected = (
    &'static str,
    usize,
    &'static str,
    usize,
    usize,
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static [&'static str],
);

/// Every vendored vCard file goes in, and each keeps what it says. Per
/// file: cards, then for its first card the name, how many emails and
/// phones, birthday, organisation, city, whether it has notes, tags.
#[test]
fn other_projects_vcard_files_go_in_with_their_fields() {
    #[rustfmt::skip]
    let expect: &[Expected] = &[
        ("ezvcard_John_Doe_ANDROID.vcf", 6, "john.doe@company.com", 1, 0, "", "", "", false, &[]),
        ("ezvcard_John_Doe_BLACK_BERRY.vcf", 1, "John Doe", 0, 1, "", "Acme Solutions", "", false, &[]),
        ("ezvcard_John_Doe_EVOLUTION.vcf", 1, "John Richter, James Doe Sr.", 1, 2, "1980-03-22", "IBM Accounting Dungeon", "Albaney", true, &["vip"]),
        ("ezvcard_John_Doe_GMAIL.vcf", 1, "John Richter, James Doe Sr.", 1, 2, "1980-03-22", "IBM", "", true, &[]),
        ("ezvcard_John_Doe_IPHONE.vcf", 1, "John Richter James Doe Sr.", 1, 7, "2012-06-06", "IBM Accounting", "New York", true, &[]),
        ("ezvcard_John_Doe_LOTUS_NOTES.vcf", 1, "Doe John I Johny", 2, 2, "1980-05-21", "IBM SUN", "New York", true, &[]),
        ("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf", 1, "John Richter,James Doe Sr.", 1, 7, "2012-06-06", "IBM Accounting", "New York", true, &[]),
        ("ezvcard_John_Doe_MS_OUTLOOK.vcf", 1, "John Richter James Doe Sr.", 1, 2, "1980-03-22", "IBM Accounting", "Albaney", true, &[]),
        ("ezvcard_fullcontact.vcf", 1, "FirstName MiddleName LastName Suffix", 5, 9, "2016-08-01", "Organization1 Department1", "HomeCity", true, &["tag"]),
        ("ezvcard_gmail-list.vcf", 3, "Arnold Smith", 1, 0, "", "", "", false, &[]),
        ("ezvcard_gmail-single.vcf", 1, "Greg Dartmouth", 1, 2, "1960-09-10", "TheCompany", "", true, &[]),
        ("ezvcard_gmail-single2.vcf", 1, "VCard Test", 5, 11, "1912-06-23", "TheCompany", "NY", true, &[]),
        ("ezvcard_issue114.vcf", 1, "Dummy, Dummy", 1, 2, "", "Dummy GmbH", "Bad Homburg", false, &[]),
        ("ezvcard_outlook-2003.vcf", 1, "John Doe III", 1, 0, "1980-03-21", "Company, The TheDepartment", "Austin", true, &[]),
        ("ezvcard_outlook-2007.vcf", 1, "Michael Angstadt Jr.", 1, 4, "1922-03-10", "TheCompany TheDepartment", "New York", true, &[]),
        ("ezvcard_rfc2426-example.vcf", 2, "Frank Dawson", 2, 2, "", "Lotus Development Corporation", "Raleigh", false, &[]),
        ("ezvcard_rfc6350-example.vcf", 1, "Simon Perreault", 1, 2, "--02-03", "Viagenie", "Quebec", false, &[]),
        ("ezvcard_thunderbird-MoreFunctionsForAddressBook-extension.vcf", 1, "John Doe", 5, 5, "1970-09-21", "TheOrganization TheDepartment", "New York", true, &["category1", "category2", "category3"]),
        ("pyvobject_radicale-1587.vcf", 1, "Given Family", 0, 0, "", "", "", false, &[]),
    ];
    for &(file, cards, name, emails, phones, birthday, org, city, notes, tags) in expect {
        let env = Env::new();
        let o = env.run(&["contact", "import", &fixture(&format!("vcards/{file}"))]);
        assert_eq!(o.code, 0, "{file}: {}", o.stderr);
        let all = contacts(&env);
        // The people; a card's ORG is a company contact of its own, after them.
        assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'person'"), cards as i64, "{file}");
        let orgs = env.sql("SELECT count(DISTINCT company_id) FROM contacts WHERE company_id IS NOT NULL");
        assert_eq!(all.len(), cards + orgs as usize, "{file}");
        let c = &all[0];
        let got = (
            s(c, "name"),
            count(c, "email", "other_emails"),
            count(c, "phone", "other_phones"),
            s(c, "birthday"),
            s(c, "company"),
            s(c, "city"),
            !s(c, "notes").is_empty(),
        );
        assert_eq!(got, (name.into(), emails, phones, birthday.into(), org.into(), city.into(), notes), "{file}");
        let got_tags: Vec<&str> = c["tags"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
        assert_eq!(got_tags, tags, "{file}");
    }
    // The honorific is kept apart, and Apple's anniversary is a key date.
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("vcards/ezvcard_John_Doe_IPHONE.vcf")]);
    let c = env.json(&["contact", "show", "1"]);
    assert_eq!((s(&c, "honorific"), s(&c, "name")), ("Mr.".into(), "John Richter James Doe Sr.".into()));
    // The home address (preferred) is the contact's; the work one is in the notes.
    assert_eq!(s(&c, "street"), "Silicon Alley 5,");
    assert_eq!(s(&c, "notes"), "ADR (work): Street4, Building 6, Floor 8, 12345 New York, USA");
    // A card holding only a photo is no contact: the file says so.
    let e = Env::new().fails(1, &["contact", "import", &fixture("vcards/sabre_issue64.vcf")]);
    assert!(e.contains("holds no contacts") && e.contains("its card holds no name"), "{e}");
}

const PHONE_EXPORT: &str = "BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL;INTERNET:only.email@example.fr\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\nTEL;TYPE=CELL:06 11 11 11 11\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nN:Branntwein;Franz;;;\r\nFN:\r\nTEL:1\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Old Friend\r\nBDAY;VALUE=text:circa 1800\r\nNOTE:un deux\r\n  trois\r\nNOTE:second\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mäx Mustermann\r\nTEL:06 22 22 22 22\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mäx Mustermann\r\nTEL:+33 6 22 22 22 22\r\nEMAIL:max@example.de\r\nEND:VCARD\r\n\
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Erika Mustermann\r\nTEL:06 22 22 22 22\r\nEND:VCARD\r\n";

#[test]
fn one_card_never_sinks_a_phone_export() {
    let env = Env::new();
    let f = env.write("phone.vcf", PHONE_EXPORT);
    let o = env.run(&["contact", "import", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let err = &o.stderr;
    assert!(err.contains("line 1: a card with no name, named “only.email@example.fr” from its email"), "{err}");
    assert!(err.contains("line 5: a card with no name, named “06 11 11 11 11” from its phone"), "{err}");
    assert!(err.contains("(Franz Branntwein): kept in the notes, as carnet cannot use it: TEL: 1"), "{err}");
    assert!(err.contains("(Old Friend): kept in the notes, as carnet cannot use it: BDAY: circa 1800"), "{err}");
    assert!(err.contains("(Mäx Mustermann): the same person as line 25, merged into it"), "{err}");
    assert!(err.contains("(Erika Mustermann): shares 06 22 22 22 22 with line 25 under another name"), "{err}");
    assert!(!err.contains("already has"), "no contact existed before: {err}");
    assert!(err.contains("imported 6 contacts"), "{err}");
    let all = contacts(&env);
    let names: Vec<String> = all.iter().map(|c| s(c, "name")).collect();
    assert_eq!(
        names,
        [
            "only.email@example.fr",
            "06 11 11 11 11",
            "Franz Branntwein",
            "Old Friend",
            "Mäx Mustermann",
            "Erika Mustermann"
        ]
    );
    assert_eq!(s(&all[3], "notes"), "un deux trois\nsecond\nBDAY: circa 1800", "RFC 6350 unfolding, every NOTE");
    assert_eq!(s(&all[4], "email"), "max@example.de", "merged");
    // --strict refuses the file, naming the first card it cannot take whole.
    let strict = Env::new();
    let f = strict.write("phone.vcf", PHONE_EXPORT);
    let e = strict.fails(1, &["contact", "import", &f, "--strict"]);
    assert!(e.contains("phone.vcf line 1: the card has no name"), "{e}");
    assert!(strict.snapshot().starts_with("contacts=0 purchases=0 import_batches=0"), "nothing written");
}

#[test]
fn an_english_outlook_csv_goes_in_whole() {
    let env = Env::new();
    let o = env.run(&["contact", "import", &fixture("contacts/outlook-en.csv")]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("read month first"), "{}", o.stderr);
    let all = contacts(&env);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'person'"), 8);
    assert_eq!(all.len(), 8 + env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'") as usize);
    let h = &all[0];
    assert_eq!(s(h, "birthday"), "1978-03-14", "3/14/1978 is month first");
    assert_eq!(
        (s(h, "street"), s(h, "postcode"), s(h, "city")),
        ("12 rue de la République".into(), "69002".into(), "Lyon".into())
    );
    assert_eq!((s(h, "phone"), s(h, "phone_type")), ("06 12 34 56 78".into(), "cell".into()), "the mobile first");
    assert_eq!(s(h, "other_phones"), "04 72 00 00 00 (work)");
    assert_eq!(s(&all[2], "birthday"), "", "0/0/00 is no birthday");
    assert_eq!(count(&all[2], "phone", "other_phones"), 3);
    assert_eq!(s(&all[6], "other_emails"), "oe.lassmann@gmx.de", "E-mail 2 Address");
    // Every name, email, phone, address and birthday of the file is kept.
    // Home and business addresses both: home is the contact's, business in the notes.
    let two = Env::new();
    let f = two.write(
        "two.csv",
        "First Name,Last Name,Home Street,Home City,Business Street,Business City\nAnne,B,1 rue A,Lyon,2 rue B,Paris\n",
    );
    two.ok(&["contact", "import", &f]);
    let c = &contacts(&two)[0];
    assert_eq!(
        (s(c, "street"), s(c, "city"), s(c, "notes")),
        ("1 rue A".into(), "Lyon".into(), "ADR (work): 2 rue B, Paris".into())
    );
    let kept = |k: &str| all.iter().filter(|c| !s(c, k).is_empty()).count();
    assert_eq!((kept("email"), kept("phone"), kept("street"), kept("city"), kept("birthday")), (8, 8, 8, 8, 7));
}

#[test]
fn a_french_outlook_csv_goes_in_whole() {
    let env = Env::new();
    let o = env.run(&["contact", "import", &fixture("contacts/outlook-fr.csv")]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("read day first"), "{}", o.stderr);
    let all = contacts(&env);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'person'"), 3);
    assert_eq!(all.len(), 3 + env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'") as usize);
    let (h, f, a) = (&all[0], &all[1], &all[2]);
    assert_eq!(
        (s(h, "honorific"), s(h, "name"), s(h, "email")),
        ("Mme".into(), "Hélène Dupont".into(), "helene.dupont@orange.fr".into())
    );
    assert_eq!(s(h, "birthday"), "1978-03-14", "14/03/1978, day first");
    assert_eq!(env.json(&["contact", "show", "1"])["dates"], serde_json::json!(["anniversary=2004-06-12"]));
    assert_eq!(s(f, "street"), "3 place du Général-de-Gaulle, Bâtiment B", "the work address, both lines");
    assert_eq!((s(f, "phone"), s(f, "phone_type")), ("07 81 22 33 44".into(), "cell".into()));
    assert_eq!(s(f, "other_phones"), "03 20 00 00 09 (fax); 03 20 00 00 01 (work)", "the fax is kept too");
    assert_eq!(s(f, "other_emails"), "francois.lefevre@wanadoo.fr", "Adresse de messagerie 2");
    assert_eq!(s(f, "company"), "Boulangerie Lefèvre");
    assert_eq!((s(a, "birthday"), s(a, "city")), ("".into(), "Nantes".into()), "00/00/00 is no birthday");
}

#[test]
fn google_old_and_new_and_a_french_excel_list() {
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("contacts/google-2024.csv")]);
    let all = contacts(&env);
    assert_eq!(env.sql("SELECT count(*) FROM contacts WHERE kind = 'person'"), 8);
    assert_eq!(all.len(), 8 + env.sql("SELECT count(*) FROM contacts WHERE kind = 'company'") as usize);
    assert_eq!(s(&all[3], "other_phones"), "01 43 26 00 00 (work); 01 43 26 00 01 (work)", "two numbers in one cell");
    assert_eq!(s(&all[2], "birthday"), "--07-21");
    assert_eq!(all[1]["tags"], serde_json::json!(["clients"]), "Google's own labels (`* myContacts`) are not tags");
    assert_eq!(all[0]["tags"], serde_json::json!([]));
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("contacts/google-old.csv")]);
    let all = contacts(&env);
    assert_eq!(
        (s(&all[0], "name"), s(&all[0], "honorific"), s(&all[0], "company")),
        ("Jean-Noël Côté".into(), "M.".into(), "Librairie Côté".into())
    );
    assert_eq!(s(&all[1], "other_emails"), "maelle@giraud.fr (home)");
    let env = Env::new();
    env.ok(&["contact", "import", &fixture("contacts/excel-fr-list.csv")]);
    let all = contacts(&env);
    assert_eq!((s(&all[0], "birthday"), s(&all[0], "honorific")), ("2001-02-28".into(), "Mme".into()));
    assert_eq!((s(&all[1], "postcode"), s(&all[1], "other_phones")), ("13006".into(), "06 01 02 03 04 (cell)".into()));
}

#[test]
fn date_format_and_every_bad_row_at_once() {
    let env = Env::new();
    let f = env.write("c.csv", "First Name,Last Name,Birthday\nAnne,A,03/04/1978\nBob,B,05/06/1980\n");
    env.ok(&["contact", "import", &f, "--dry-run"]);
    env.ok(&["contact", "import", &f, "--date-format", "DD/MM/YYYY"]);
    assert_eq!(s(&contacts(&env)[0], "birthday"), "1978-04-03");
    let e = env.fails(1, &["contact", "import", &f, "--date-format", "nonsense", "--allow-reimport"]);
    assert!(e.contains("--date-format"), "{e}");
    let env = Env::new();
    let f =
        env.write("bad.csv", "name,email,phone,birthday\nA,nope,,\nB,b@x.fr,1,\nC,c@x.fr,,31/02/1990\nD,d@x.fr,,\n");
    let e = env.fails(1, &["contact", "import", &f]);
    for want in ["3 bad lines", "line 2, column 2 (email)", "line 3, column 3 (phone)", "line 4, column 4 (birthday)"] {
        assert!(e.contains(want), "{want}: {e}");
    }
    assert!(env.snapshot().starts_with("contacts=0 purchases=0 import_batches=0"), "nothing written");
}

#[test]
fn vcard_3_export_reads_back_with_honorific_and_key_dates() {
    let a = Env::new();
    let f = a.write(
        "in.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dupont;Hélène;;Mme;\r\nFN:Mme Hélène Dupont\r\nTEL;TYPE=CELL:06 12 34 56 78\r\n\
         BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14\r\nitem1.X-ABDATE:2004-07-02\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n\
         END:VCARD\r\n",
    );
    a.ok(&["contact", "import", &f]);
    a.ok(&["contact", "edit", "1", "--date", "Rencontre=--07-01"]);
    let v3 = a.ok(&["contact", "export", "--format", "vcf", "--vcard-version", "3.0"]);
    assert!(v3.contains("VERSION:3.0\r\n") && v3.contains("N:Dupont;Hélène;;Mme;"), "{v3}");
    assert!(v3.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14"), "{v3}");
    let b = Env::new();
    let f = b.write("out.vcf", &v3);
    b.ok(&["contact", "import", &f]);
    for env in [&a, &b] {
        let c = env.json(&["contact", "show", "1"]);
        assert_eq!(
            (s(&c, "name"), s(&c, "honorific"), s(&c, "birthday")),
            ("Hélène Dupont".into(), "Mme".into(), "--03-14".into())
        );
        assert_eq!(c["dates"], serde_json::json!(["rencontre=--07-01", "anniversary=2004-07-02"]));
    }
    // remind announces key dates as it does birthdays (CARNET_NOW is 2024-06-30).
    let items = b.json(&["remind"]);
    let reasons: Vec<(&str, &str)> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "key_date")
        .map(|i| (i["due"].as_str().unwrap(), i["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(reasons, [("2024-07-01", "rencontre"), ("2024-07-02", "anniversary (20 years)")]);
    let ics = b.ok(&["remind", "--format", "ics"]);
    assert!(
        ics.contains("carnet-key-date-1-2024-07-01@carnet.local") && ics.contains("rencontre: Hélène Dupont"),
        "{ics}"
    );
    b.ok(&["contact", "edit", "1", "--remove-date", "rencontre"]);
    assert_eq!(b.json(&["contact", "show", "1"])["dates"], serde_json::json!(["anniversary=2004-07-02"]));
    assert!(b.fails(1, &["contact", "edit", "1", "--date", "nolabel"]).contains("--date"));
    assert_eq!(b.run(&["contact", "export", "--vcard-version", "3.0"]).code, 2, "needs --format vcf");
    // Key dates are personal data: in the access request, gone with the person.
    let dossier: serde_json::Value = serde_json::from_str(&b.ok(&["privacy", "export", "1"])).unwrap();
    assert_eq!(dossier["contact"]["dates"], serde_json::json!(["anniversary=2004-07-02"]));
    assert_eq!(dossier["contact"]["fields"]["honorific"], "Mme");
    b.ok(&["privacy", "forget", "1", "--yes"]);
    assert_eq!(b.sql("SELECT count(*) FROM contact_dates"), 0);
    assert_eq!(b.sql("SELECT count(*) FROM contacts WHERE honorific IS NOT NULL"), 0);
}

#[test]
fn the_honorific_is_a_field_of_its_own() {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--honorific", "Dr"]);
    let c = env.json(&["contact", "show", "1"]);
    assert_eq!((s(&c, "name"), s(&c, "honorific")), ("Paul Martin".into(), "Dr".into()));
    assert!(env.ok(&["contact", "export", "--format", "vcf"]).contains("N:Martin;Paul;;Dr;"));
    env.ok(&["contact", "edit", "1", "--honorific", ""]);
    assert_eq!(env.json(&["contact", "show", "1"])["honorific"], serde_json::Value::Null);
}
