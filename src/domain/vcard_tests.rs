use super::*;

fn fields() -> ContactFields {
    ContactFields {
        r#ref: Some("007".into()),
        name: "Hélène Dupont".into(),
        email: Some("helene@example.fr".into()),
        phone: Some("06 12 34 56 78".into()),
        company: Some("Atelier, Roux; & fils".into()),
        street: Some("3 rue des Lilas".into()),
        postcode: Some("69001".into()),
        city: Some("Lyon".into()),
        country: Some("France".into()),
        birthday: Some("--03-14".into()),
        notes: Some("likes blue glaze\nsecond line".into()),
        email_type: Some("work".into()),
        phone_type: None,
        other_emails: Some("h.dupont@home.fr (home); hd@old.fr".into()),
        other_phones: Some("04 78 00 00 00 (home)".into()),
        honorific: Some("Mme".into()),
    }
}

fn cards(text: &str) -> Vec<Card> {
    parse(text.as_bytes()).unwrap().cards
}

fn one(text: &str) -> Card {
    let mut c = cards(text);
    assert_eq!(c.len(), 1, "{c:?}");
    c.remove(0)
}

#[test]
fn round_trip_in_both_versions() {
    let tags = vec!["vip".to_string(), "wholesale".to_string()];
    let dates = vec![
        KeyDate { label: "anniversary".into(), month: 6, day: 12, year: Some(2010) },
        KeyDate { label: "fête".into(), month: 2, day: 29, year: None },
    ];
    for version in [Version::V4, Version::V3] {
        let mut s = String::new();
        write_card(&mut s, &fields(), &tags, &dates, "urn:uuid:x", version);
        let c = one(&s);
        assert_eq!(c.fields, fields(), "{version:?}\n{s}");
        assert_eq!(c.tags, tags);
        assert_eq!(c.dates, dates, "{s}");
        assert!(c.kept_in_notes.is_empty());
    }
    let mut s = String::new();
    write_card(&mut s, &fields(), &[], &[], "u", Version::V3);
    assert!(s.contains("VERSION:3.0\r\n") && s.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14"), "{s}");
    assert!(s.contains("TEL;TYPE=pref:06 12 34 56 78") && !s.contains("VALUE=text"), "{s}");
    assert!(s.contains("N:Dupont;Hélène;;Mme;"), "{s}");
}

#[test]
fn long_lines_fold_and_unfold() {
    let mut f = fields();
    f.notes = Some("é".repeat(100));
    let mut s = String::new();
    write_card(&mut s, &f, &[], &[], "u", Version::V4);
    assert!(s.lines().all(|l| l.len() <= 76), "{s}");
    assert_eq!(one(&s).fields.notes, f.notes);
}

#[test]
fn unfolding_keeps_what_follows_the_one_whitespace() {
    // RFC 6350: the line break and ONE whitespace go; the second space stays.
    let c = one("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nNOTE:un deux\r\n  trois\r\nEND:VCARD\r\n");
    assert_eq!(c.fields.notes.as_deref(), Some("un deux trois"));
    let c = one("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nNOTE:un deux\r\n\ttrois\r\nEND:VCARD\r\n");
    assert_eq!(c.fields.notes.as_deref(), Some("un deuxtrois"), "a fold inside a word");
    // vCard 2.1 folds at white space and keeps it.
    let c = one("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE:un deux\r\n trois\r\nEND:VCARD\r\n");
    assert_eq!(c.fields.notes.as_deref(), Some("un deux trois"));
}

#[test]
fn reads_vcard_3_with_n_only_and_extra_phones() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Paul;;;\r\nTEL;TYPE=CELL:+33 6 11\r\nitem1.TEL:+33 6 22\r\nBDAY:1980-03-14\r\nEND:VCARD\r\n";
    let c = one(text);
    assert_eq!(c.fields.name, "Paul Martin");
    assert_eq!(c.fields.phone.as_deref(), Some("+33 6 11"));
    assert_eq!(c.fields.birthday.as_deref(), Some("1980-03-14"));
    assert_eq!((c.fields.phone_type.as_deref(), c.fields.other_phones.as_deref()), (Some("cell"), Some("+33 6 22")));
}

#[test]
fn every_email_and_phone_is_kept_with_its_type_and_the_preferred_one_is_primary() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:p@home.fr\r\n\
                EMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=pref:p@work.fr\r\nTEL;TYPE=CELL:06 11 22 33 44\r\n\
                TEL;TYPE=HOME,VOICE:04 78 00 00 00\r\nTEL;TYPE=WORK,FAX:04 78 00 00 01\r\nEND:VCARD\r\n";
    let f = one(text).fields;
    assert_eq!((f.email.as_deref(), f.email_type.as_deref()), (Some("p@work.fr"), Some("work")));
    assert_eq!(f.other_emails.as_deref(), Some("p@home.fr (home)"));
    assert_eq!((f.phone.as_deref(), f.phone_type.as_deref()), (Some("06 11 22 33 44"), Some("cell")));
    assert_eq!(f.other_phones.as_deref(), Some("04 78 00 00 00 (home); 04 78 00 00 01 (work)"), "beside the fax");
    let mut s = String::new();
    write_card(&mut s, &f, &[], &[], "u", Version::V4);
    assert!(s.contains("EMAIL;TYPE=work,pref:p@work.fr") && s.contains("EMAIL;TYPE=home:p@home.fr"), "{s}");
    assert_eq!(one(&s).fields, f, "round trip");
}

#[test]
fn a_card_without_a_name_is_named_from_what_it_has() {
    let c = one("BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:\nTEL:06 12 34 56 78\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.named_from), ("06 12 34 56 78", Some("phone")));
    let c = one("BEGIN:VCARD\nVERSION:2.1\nEMAIL;INTERNET:x@y.fr\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.named_from), ("x@y.fr", Some("email")));
    let c = one("BEGIN:VCARD\nVERSION:4.0\nEMAIL:x@y.fr\nORG:Acme;Sales\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.named_from), ("Acme Sales", Some("organisation")));
    let c = one("BEGIN:VCARD\nVERSION:3.0\nN:Branntwein;Franz;;;\nFN:\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.named_from), ("Franz Branntwein", None), "an empty FN uses N");
    let p = parse("BEGIN:VCARD\nVERSION:2.1\nPHOTO;ENCODING=BASE64:AAAA\n\nEND:VCARD\n".as_bytes()).unwrap();
    assert_eq!((p.cards.len(), p.empty), (0, vec![1]), "nothing to keep");
}

#[test]
fn the_honorific_is_kept_apart() {
    let c = one("BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Hélène;;Mme;\nFN:Mme Hélène Dupont\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.fields.honorific.as_deref()), ("Hélène Dupont", Some("Mme")));
    let c = one("BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Hélène;;Madame;\nEND:VCARD\n");
    assert_eq!((c.fields.name.as_str(), c.fields.honorific.as_deref()), ("Hélène Dupont", Some("Madame")));
}

#[test]
fn values_carnet_cannot_use_go_to_the_notes() {
    let c = one(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Old\nBDAY;VALUE=text:circa 1800\nTEL:1\nEMAIL:nope\nNOTE:first\nNOTE:second\nEND:VCARD\n",
    );
    assert_eq!(c.fields.birthday, None);
    assert_eq!(c.fields.phone, None);
    assert_eq!(c.kept_in_notes, ["BDAY: circa 1800", "TEL: 1", "EMAIL: nope"]);
    assert_eq!(c.fields.notes.as_deref(), Some("first\nsecond\nBDAY: circa 1800\nTEL: 1\nEMAIL: nope"));
}

#[test]
fn thunderbird_categories_with_escaped_commas() {
    let c = one("BEGIN:VCARD\nVERSION:3.0\nFN:A\nCATEGORIES:category1\\,category2\\, category3\nEND:VCARD\n");
    assert_eq!(c.tags, ["category1", "category2", "category3"]);
}

#[test]
fn quoted_printable_without_charset_is_detected() {
    let c = one("BEGIN:VCARD\nVERSION:2.1\nFN:A\nNOTE;ENCODING=QUOTED-PRINTABLE:l=92arbre\nEND:VCARD\n");
    assert_eq!(c.fields.notes.as_deref(), Some("l’arbre"), "Windows-1252");
    let c = one("BEGIN:VCARD\nVERSION:2.1\nFN:A\nNOTE;ENCODING=QUOTED-PRINTABLE:l=E2=80=99arbre\nEND:VCARD\n");
    assert_eq!(c.fields.notes.as_deref(), Some("l’arbre"), "UTF-8");
}

#[test]
fn anniversaries_are_key_dates() {
    let c = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:A\nitem1.X-ABDATE;type=pref:2010-06-12\nitem1.X-ABLabel:_$!<Anniversary>!$_\n\
         item2.X-ABDATE:1604-09-01\nitem2.X-ABLabel:Rencontre\nEND:VCARD\n",
    );
    assert_eq!(
        c.dates,
        [
            KeyDate { label: "anniversary".into(), month: 6, day: 12, year: Some(2010) },
            KeyDate { label: "rencontre".into(), month: 9, day: 1, year: None }
        ]
    );
    let c = one("BEGIN:VCARD\nVERSION:4.0\nFN:A\nANNIVERSARY:19960415\nEND:VCARD\n");
    assert_eq!(c.dates, [KeyDate { label: "anniversary".into(), month: 4, day: 15, year: Some(1996) }]);
}

/// A thousand EMAIL lines are read in one pass: with a quadratic (or
/// worse) card this size would take minutes; the count proves none is lost.
#[test]
fn many_emails_are_read_in_linear_time() {
    let mut s = String::from("BEGIN:VCARD\nVERSION:3.0\nFN:Many\n");
    for i in 0..20_000 {
        s.push_str(&format!("EMAIL:p{i}@example.fr\n"));
    }
    s.push_str("END:VCARD\n");
    let c = one(&s);
    assert_eq!(c.fields.others(Kind::Email).len(), 19_999);
}

#[test]
fn errors_name_the_line() {
    assert!(parse("FN:A\n".as_bytes()).is_err());
    let e = parse("BEGIN:VCARD\nFN:A\n".as_bytes()).unwrap_err();
    assert_eq!(e.line, 2);
    let e = parse("BEGIN:VCARD\nFN:A\nno colon here\nEND:VCARD\n".as_bytes()).unwrap_err();
    assert_eq!(e.line, 3);
}

/// Nextcloud (sabre/vobject) quotes a TYPE list; the phones beside a fax stay.
#[test]
fn nextcloud_phones_beside_a_fax() {
    let c = one(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Sabre//Sabre VObject 4.4.2//EN\r\nFN:Test\r\n\
         TEL;TYPE=\"FAX,WORK\":+49 30 1234567\r\nTEL;TYPE=CELL:+49 170 1234567\r\nTEL;TYPE=HOME,VOICE:+49 30 7654321\r\n\
         TEL;TYPE=WORK,VOICE:+49 30 1234567\r\nEND:VCARD\r\n",
    );
    // Not the fax: the first other number is the primary.
    assert_eq!((c.fields.phone.as_deref(), c.fields.phone_type.as_deref()), (Some("+49 170 1234567"), Some("cell")));
    assert_eq!(c.fields.other_phones.as_deref(), Some("+49 30 1234567 (fax); +49 30 7654321 (home)"));
}

/// The preferred address is the contact's; the others are kept in the notes.
#[test]
fn every_address_is_kept() {
    let c = one("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nADR;TYPE=WORK:;;1 rue A;Lyon;;69001;France\r\n\
         ADR;TYPE=HOME,PREF:;;2 rue B;Paris;;75001;France\r\nEND:VCARD\r\n");
    assert_eq!((c.fields.street.as_deref(), c.fields.city.as_deref()), (Some("2 rue B"), Some("Paris")));
    assert_eq!(c.fields.notes.as_deref(), Some("ADR (work): 1 rue A, 69001 Lyon, France"));
}

/// Android's own lines: a nickname names a card, contact events are dates.
#[test]
fn android_custom_nickname_and_events() {
    let c =
        one("BEGIN:VCARD\r\nVERSION:2.1\r\nX-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Bobby;1;;;;;;;;;;;;;\r\n\
         X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1985-04-12;1;;;;;;;;;;;;;\r\n\
         X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;--06-01;0;Fête;;;;;;;;;;;;\r\n\
         X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;1970-02-03;3;;;;;;;;;;;;;\r\nEND:VCARD\r\n");
    assert_eq!((c.fields.name.as_str(), c.named_from), ("Bobby", Some("nickname")));
    assert_eq!(c.fields.birthday.as_deref(), Some("1970-02-03"));
    assert_eq!(
        c.dates,
        [
            KeyDate { label: "anniversary".into(), month: 4, day: 12, year: Some(1985) },
            KeyDate { label: "fête".into(), month: 6, day: 1, year: None }
        ]
    );
}
