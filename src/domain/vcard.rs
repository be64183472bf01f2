//! vCard 3.0/4.0 in and out (RFC 2426, RFC 6350) for the fields carnet
//! keeps. Line unfolding comes from the `ical` crate's line reader, which
//! also gives line numbers for error messages.

use super::contact::{normalize_tag, ContactFields};
use super::contact_points::{is_preferred, label_from_vcard, Kind, Point};
use crate::i18n::Text;
use std::io::BufRead;

/// One card read from a file, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub line: usize,
    pub fields: ContactFields,
    pub tags: Vec<String>,
    /// Whether the primary email / phone was marked preferred (a later
    /// preferred one takes the primary's place otherwise).
    preferred: [bool; 2],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VcardError {
    pub line: usize,
    pub msg: Text,
}

/// vCard 2.1 (Android, Outlook) continues a quoted-printable value on the
/// next line after a soft line break (`=` at the end), which is no RFC
/// folding: join those lines first, keeping the line count for messages by
/// leaving an empty line in place of each joined one.
fn join_soft_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut joined = 0;
    let mut in_qp = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\r', '\n']);
        let starts_qp =
            !in_qp && body.split(':').next().is_some_and(|h| h.to_ascii_uppercase().contains("QUOTED-PRINTABLE"));
        if (in_qp || starts_qp) && body.ends_with('=') {
            out.push_str(&body[..body.len() - 1]);
            in_qp = true;
            joined += 1;
            continue;
        }
        out.push_str(line);
        for _ in 0..joined {
            out.push('\n');
        }
        joined = 0;
        in_qp = false;
    }
    out
}

/// Parse every card; the first problem stops the parse, naming its line.
pub fn parse<R: BufRead>(mut reader: R) -> Result<Vec<Card>, VcardError> {
    let mut raw = Vec::new();
    if reader.read_to_end(&mut raw).is_err() {
        return Err(VcardError { line: 0, msg: Text::tr("vcard-unreadable", vec![]) });
    }
    let text = join_soft_breaks(&String::from_utf8_lossy(&raw));
    let mut cards = Vec::new();
    let mut current: Option<Card> = None;
    let mut last_line = 0;
    // Inside base64 data (a PHOTO) that vCard 2.1 writes on lines of its own.
    let mut in_binary = false;
    for line in ical::LineReader::new(text.as_bytes()) {
        let n = line.number();
        last_line = n;
        let text = line.as_str();
        if text.trim().is_empty() {
            in_binary = false;
            continue;
        }
        let Some((name, params, value)) = split_property(text).filter(|(name, _, _)| {
            !in_binary || name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && text.contains(':')
        }) else {
            if in_binary {
                continue;
            }
            return Err(VcardError {
                line: n,
                msg: Text::tr("vcard-not-a-property", crate::targs!["text" => truncate(text)]),
            });
        };
        let up = params.to_ascii_uppercase();
        in_binary = up.contains("BASE64") || up.contains("ENCODING=B");
        let name = name.to_ascii_uppercase();
        let err = |msg: Text| VcardError { line: n, msg };
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if value.eq_ignore_ascii_case("VCARD") => {
                current =
                    Some(Card { line: n, fields: ContactFields::default(), tags: Vec::new(), preferred: [false; 2] });
            }
            ("BEGIN", _) => {
                return Err(err(Text::tr("vcard-unexpected-begin", crate::targs!["value" => value.as_str()])))
            }
            (_, None) => return Err(err(Text::tr("vcard-outside", vec![]))),
            ("END", Some(card)) => {
                if card.fields.name.is_empty() {
                    return Err(VcardError { line: card.line, msg: Text::tr("vcard-no-name", vec![]) });
                }
                cards.extend(current.take());
            }
            (_, Some(card)) => apply(card, &name, params, &value).map_err(err)?,
        }
    }
    if let Some(card) = current {
        return Err(VcardError { line: card.line.max(last_line), msg: Text::tr("vcard-no-end", vec![]) });
    }
    Ok(cards)
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// `NAME;PARAM=x:value` → (NAME, params, value); a group prefix
/// (`item1.EMAIL`) is dropped. The first `:` outside quotes ends the name.
fn split_property(line: &str) -> Option<(&str, &str, String)> {
    let mut in_quotes = false;
    let colon = line.char_indices().find_map(|(i, c)| match c {
        '"' => {
            in_quotes = !in_quotes;
            None
        }
        ':' if !in_quotes => Some(i),
        _ => None,
    })?;
    let head = &line[..colon];
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    let name = name.rsplit('.').next().unwrap_or(name);
    if name.is_empty() {
        return None;
    }
    Some((name, params, line[colon + 1..].to_string()))
}

/// Decode a quoted-printable value (`Fran=C3=A7ois`) in its charset.
fn decode_qp(raw: &str, charset: &str) -> String {
    let b = raw.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if let Some(v) = raw.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                bytes.push(v);
                i += 3;
                continue;
            }
        }
        bytes.push(b[i]);
        i += 1;
    }
    let enc = encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap_or(encoding_rs::UTF_8);
    enc.decode(&bytes).0.into_owned()
}

/// A parameter's value (`CHARSET=UTF-8`), case aside.
fn param<'a>(params: &'a str, key: &str) -> Option<&'a str> {
    params
        .split(';')
        .find_map(|p| p.split_once('=').filter(|(k, _)| k.trim().eq_ignore_ascii_case(key)).map(|(_, v)| v.trim()))
}

/// A birthday as phones write it: `1980-03-14`, `19800314`, `--03-14`,
/// `--0314` (no year), or Apple's `1604-03-14` with X-APPLE-OMIT-YEAR.
fn birthday(raw: &str, params: &str) -> String {
    let v = raw.trim();
    let v = v.split('T').next().unwrap_or(v);
    let omit = param(params, "X-APPLE-OMIT-YEAR");
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    if v.starts_with("--") {
        if digits.len() == 4 {
            return format!("--{}-{}", &digits[..2], &digits[2..]);
        }
        return v.to_string();
    }
    if digits.len() == 8 {
        let (y, m, d) = (&digits[..4], &digits[4..6], &digits[6..]);
        if omit.is_some_and(|o| o == y) || y == "1604" {
            return format!("--{m}-{d}");
        }
        return format!("{y}-{m}-{d}");
    }
    v.to_string()
}

fn apply(card: &mut Card, name: &str, params: &str, raw: &str) -> Result<(), Text> {
    let set = |f: &mut ContactFields, field: &str, v: &str| {
        f.set(field, v).map_err(|e| Text::tr("err-flag", crate::targs!["flag" => name, "what" => e.0]))
    };
    let up = params.to_ascii_uppercase();
    let decoded;
    let raw = if up.contains("QUOTED-PRINTABLE") {
        decoded = decode_qp(raw, param(params, "CHARSET").unwrap_or("UTF-8"));
        decoded.as_str()
    } else {
        raw
    };
    match name {
        "FN" => set(&mut card.fields, "name", &unescape(raw))?,
        "N" if card.fields.name.is_empty() => {
            // N is family;given;additional;prefix;suffix.
            let parts = split_components(raw, ';');
            let given = parts.get(1).map(String::as_str).unwrap_or("");
            let family = parts.first().map(String::as_str).unwrap_or("");
            let full = [given, family].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
            if !full.is_empty() {
                set(&mut card.fields, "name", &full)?;
            }
        }
        "EMAIL" | "TEL" => {
            let (kind, slot) = if name == "EMAIL" { (Kind::Email, 0) } else { (Kind::Phone, 1) };
            let v = unescape(raw);
            let v = v.strip_prefix("tel:").or_else(|| v.strip_prefix("mailto:")).unwrap_or(&v).trim().to_string();
            if v.is_empty() {
                return Ok(());
            }
            // The same checks as a typed-in value.
            let mut probe = ContactFields::default();
            set(&mut probe, if slot == 0 { "email" } else { "phone" }, &v)?;
            card.fields.add(kind, Point { value: v.clone(), label: label_from_vcard(params) });
            if is_preferred(params) && !card.preferred[slot] {
                card.fields.make_primary(kind, &v);
                card.preferred[slot] = true;
            }
        }
        "ORG" => set(&mut card.fields, "company", &split_components(raw, ';').join(" "))?,
        "ADR" => {
            // ADR is pobox;ext;street;locality;region;postcode;country.
            let p = split_components(raw, ';');
            let get = |i: usize| p.get(i).cloned().unwrap_or_default();
            for (field, v) in [("street", get(2)), ("city", get(3)), ("postcode", get(5)), ("country", get(6))] {
                if !v.is_empty() && card.fields.get(field).is_none() {
                    set(&mut card.fields, field, &v)?;
                }
            }
        }
        "BDAY" => set(&mut card.fields, "birthday", &birthday(&unescape(raw), params))?,
        "NOTE" => set(&mut card.fields, "notes", &unescape(raw))?,
        "X-CARNET-REF" => set(&mut card.fields, "ref", &unescape(raw))?,
        "CATEGORIES" => {
            for t in split_components(raw, ',') {
                if !t.trim().is_empty() {
                    card.tags.push(normalize_tag(&t).map_err(|e| e.0)?);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Split on an unescaped separator, then unescape each part.
fn split_components(raw: &str, sep: char) -> Vec<String> {
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            cur.push(c);
            if let Some(n) = chars.next() {
                cur.push(n);
            }
        } else if c == sep {
            parts.push(unescape(&cur));
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    parts.push(unescape(&cur));
    parts
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Content lines longer than 75 octets are folded (RFC 6350 §3.2),
/// never inside a UTF-8 character.
fn fold_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// Write one contact as a vCard 4.0.
pub fn write_card(out: &mut String, f: &ContactFields, tags: &[String], uid: &str) {
    let mut line = |s: String| fold_line(out, &s);
    line("BEGIN:VCARD".into());
    line("VERSION:4.0".into());
    line(format!("UID:{uid}"));
    line(format!("FN:{}", escape(&f.name)));
    let (given, family) = match f.name.rsplit_once(' ') {
        Some((g, fam)) => (g, fam),
        None => ("", f.name.as_str()),
    };
    line(format!("N:{};{};;;", escape(family), escape(given)));
    // The primary first and marked preferred, then the others, each with
    // its type.
    for kind in [Kind::Email, Kind::Phone] {
        let (primary, label) = f.primary(kind);
        let primary = primary.map(|v| (Point { value: v.to_string(), label: label.map(String::from) }, true));
        for (p, pref) in primary.into_iter().chain(f.others(kind).into_iter().map(|p| (p, false))) {
            let mut types: Vec<String> = p.label.iter().map(|l| escape(l)).collect();
            if pref && !f.others(kind).is_empty() {
                types.push("pref".into());
            }
            let types = if types.is_empty() { String::new() } else { format!(";TYPE={}", types.join(",")) };
            match kind {
                Kind::Email => line(format!("EMAIL{types}:{}", escape(&p.value))),
                Kind::Phone => line(format!("TEL;VALUE=text{types}:{}", escape(&p.value))),
            }
        }
    }
    if let Some(c) = &f.company {
        line(format!("ORG:{}", escape(c)));
    }
    if f.street.is_some() || f.city.is_some() || f.postcode.is_some() || f.country.is_some() {
        let e = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_default();
        line(format!("ADR:;;{};{};;{};{}", e(&f.street), e(&f.city), e(&f.postcode), e(&f.country)));
    }
    if let Some(b) = &f.birthday {
        // vCard 4 writes a birthday without year as --MMDD.
        let v = match b.strip_prefix("--") {
            Some(md) => format!("--{}", md.replace('-', "")),
            None => b.clone(),
        };
        line(format!("BDAY:{v}"));
    }
    if let Some(n) = &f.notes {
        line(format!("NOTE:{}", escape(n)));
    }
    if !tags.is_empty() {
        line(format!("CATEGORIES:{}", tags.iter().map(|t| escape(t)).collect::<Vec<_>>().join(",")));
    }
    if let Some(r) = &f.r#ref {
        line(format!("X-CARNET-REF:{}", escape(r)));
    }
    line("END:VCARD".into());
}

#[cfg(test)]
mod tests {
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
        }
    }

    #[test]
    fn round_trip() {
        let mut s = String::new();
        let tags = vec!["vip".to_string(), "wholesale".to_string()];
        write_card(&mut s, &fields(), &tags, "urn:uuid:x");
        let cards = parse(s.as_bytes()).unwrap();
        assert_eq!(cards.len(), 1);
        assert_eq!(cards[0].fields, fields());
        assert_eq!(cards[0].tags, tags);
    }

    #[test]
    fn long_lines_fold_and_unfold() {
        let mut f = fields();
        f.notes = Some("é".repeat(100));
        let mut s = String::new();
        write_card(&mut s, &f, &[], "u");
        assert!(s.lines().all(|l| l.len() <= 76), "{s}");
        assert_eq!(parse(s.as_bytes()).unwrap()[0].fields.notes, f.notes);
    }

    #[test]
    fn reads_vcard_3_with_n_only_and_extra_phones() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Paul;;;\r\nTEL;TYPE=CELL:+33 6 11\r\nitem1.TEL:+33 6 22\r\nBDAY:1980-03-14\r\nEND:VCARD\r\n";
        let c = &parse(text.as_bytes()).unwrap()[0];
        assert_eq!(c.fields.name, "Paul Martin");
        assert_eq!(c.fields.phone.as_deref(), Some("+33 6 11"));
        assert_eq!(c.fields.birthday.as_deref(), Some("1980-03-14"));
        assert_eq!(
            (c.fields.phone_type.as_deref(), c.fields.other_phones.as_deref()),
            (Some("cell"), Some("+33 6 22"))
        );
    }

    #[test]
    fn every_email_and_phone_is_kept_with_its_type_and_the_preferred_one_is_primary() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:p@home.fr\r\n\
                    EMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=pref:p@work.fr\r\nTEL;TYPE=CELL:06 11 22 33 44\r\n\
                    TEL;TYPE=HOME,VOICE:04 78 00 00 00\r\nEND:VCARD\r\n";
        let f = &parse(text.as_bytes()).unwrap()[0].fields;
        assert_eq!((f.email.as_deref(), f.email_type.as_deref()), (Some("p@work.fr"), Some("work")));
        assert_eq!(f.other_emails.as_deref(), Some("p@home.fr (home)"));
        assert_eq!((f.phone.as_deref(), f.phone_type.as_deref()), (Some("06 11 22 33 44"), Some("cell")));
        assert_eq!(f.other_phones.as_deref(), Some("04 78 00 00 00 (home)"));
        let mut s = String::new();
        write_card(&mut s, f, &[], "u");
        assert!(s.contains("EMAIL;TYPE=work,pref:p@work.fr") && s.contains("EMAIL;TYPE=home:p@home.fr"), "{s}");
        assert_eq!(&parse(s.as_bytes()).unwrap()[0].fields, f, "round trip");
    }

    #[test]
    fn errors_name_the_line() {
        let text = "BEGIN:VCARD\nFN:A\nBDAY:1981-02-29\nEND:VCARD\n";
        let e = parse(text.as_bytes()).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.msg.contains("BDAY"), "{}", e.msg);
        let e = parse("BEGIN:VCARD\nVERSION:4.0\nEND:VCARD\n".as_bytes()).unwrap_err();
        assert!(e.msg.contains("no name"), "{}", e.msg);
        assert!(parse("FN:A\n".as_bytes()).is_err());
        assert!(parse("BEGIN:VCARD\nFN:A\n".as_bytes()).is_err());
    }
}
