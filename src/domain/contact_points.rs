//! A contact's other emails and phone numbers, beside the primary one.
//!
//! Phones give a person several numbers and addresses, each with a type
//! (home, work, cell). carnet keeps the primary email and phone in their
//! own fields, since campaigns and reminders use them, and every other one
//! in `other_emails` / `other_phones`, written the way a person would:
//! `paul@work.fr (work); paul@home.fr`. That text is what CSV files carry
//! and what `contact show` prints; the store also keys each one so a
//! contact is found by any of their numbers.

use super::Invalid;

/// Which of a contact's ways of being reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Email,
    Phone,
}

/// One email or phone number, with its type if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub value: String,
    pub label: Option<String>,
}

/// The comparison key of a value of `kind` (see [`super::contact::email_key`]).
pub fn key(kind: Kind, value: &str) -> String {
    match kind {
        Kind::Email => super::contact::email_key(value),
        Kind::Phone => super::contact::phone_key(value),
    }
}

/// A type as carnet keeps it: one lower-case word such as `work`.
pub fn normalize_label(s: &str) -> Result<Option<String>, Invalid> {
    let t = s.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    if t.contains([';', '(', ')', ',']) || t.chars().count() > 30 {
        return Err(crate::domain::Invalid(crate::i18n::Text::tr("err-not-a-point-type", crate::targs!["value" => s])));
    }
    Ok(Some(t))
}

fn check(kind: Kind, value: &str) -> Result<(), Invalid> {
    match kind {
        Kind::Email => super::contact::check_email(value),
        Kind::Phone if super::contact::phone_key(value).len() < 3 => {
            Err(crate::domain::Invalid(crate::i18n::Text::tr("err-not-a-phone", crate::targs!["value" => value])))
        }
        Kind::Phone => Ok(()),
    }
}

/// Read `a@b.fr (work); c@d.fr`: values separated by `;`, each with an
/// optional type in brackets. Repeats (by key) are dropped.
pub fn parse(kind: Kind, text: &str) -> Result<Vec<Point>, Invalid> {
    let mut out: Vec<Point> = Vec::new();
    // Keys seen so far: one look-up per value, so a contact with thousands
    // of addresses is read in linear time.
    let mut seen = std::collections::HashSet::new();
    for item in text.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let (value, label) = match item.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
            Some((v, l)) => (v.trim(), normalize_label(l)?),
            None => (item, None),
        };
        check(kind, value)?;
        if seen.insert(key(kind, value)) {
            out.push(Point { value: value.to_string(), label });
        }
    }
    Ok(out)
}

/// The text [`parse`] reads back; `None` for no points.
pub fn format(points: &[Point]) -> Option<String> {
    let parts: Vec<String> = points
        .iter()
        .map(|p| match &p.label {
            Some(l) => format!("{} ({l})", p.value),
            None => p.value.clone(),
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The type a vCard's `TYPE` parameters give (`TYPE=WORK,VOICE`,
/// `TYPE=CELL;TYPE=pref`, vCard 2.1's bare `;HOME`), leaving out the words
/// that say nothing to a shop (voice, internet, pref).
pub fn label_from_vcard(params: &str) -> Option<String> {
    let words = params.split(';').flat_map(|p| {
        let v = match p.split_once('=') {
            Some((k, v)) if k.trim().eq_ignore_ascii_case("TYPE") => v,
            Some(_) => "",
            None => p,
        };
        v.split(',').map(|w| w.trim().trim_matches('"').to_lowercase()).collect::<Vec<_>>()
    });
    for w in words {
        let w = match w.as_str() {
            "mobile" | "x-mobile" | "iphone" => "cell".to_string(),
            "" | "voice" | "internet" | "pref" | "x400" | "text" | "msg" | "uri" | "quoted-printable" | "encoding" => {
                continue
            }
            _ if w.starts_with("charset") || w.starts_with("x-") || w.starts_with("value") => continue,
            _ => w,
        };
        return Some(w);
    }
    None
}

/// Whether the vCard parameters mark the preferred one (`TYPE=pref`,
/// `PREF=1`, vCard 2.1's `;PREF`).
pub fn is_preferred(params: &str) -> bool {
    params.split([';', ',']).any(|p| {
        let p = p.trim();
        p.eq_ignore_ascii_case("pref")
            || p.eq_ignore_ascii_case("type=pref")
            || p.split_once('=').is_some_and(|(k, _)| k.trim().eq_ignore_ascii_case("PREF"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(v: &str, l: Option<&str>) -> Point {
        Point { value: v.into(), label: l.map(String::from) }
    }

    #[test]
    fn the_text_form_reads_back() {
        let points = parse(Kind::Email, "a@b.fr (Work); c@d.fr ;; A@B.FR").unwrap();
        assert_eq!(points, [p("a@b.fr", Some("work")), p("c@d.fr", None)], "types lower-cased, repeats dropped");
        assert_eq!(format(&points).as_deref(), Some("a@b.fr (work); c@d.fr"));
        assert_eq!(parse(Kind::Email, &format(&points).unwrap()).unwrap(), points);
        assert_eq!(format(&[]), None);
        assert!(parse(Kind::Email, "a@b.fr; nope").is_err());
        assert!(parse(Kind::Phone, "06 12 34 56 78 (cell); x").is_err());
        assert_eq!(parse(Kind::Phone, "06 12 34 56 78; +33 6 12 34 56 78").unwrap().len(), 1, "one number");
    }

    #[test]
    fn vcard_types_become_one_word() {
        assert_eq!(label_from_vcard("TYPE=WORK,VOICE").as_deref(), Some("work"));
        assert_eq!(label_from_vcard("TYPE=INTERNET;TYPE=HOME;TYPE=pref").as_deref(), Some("home"));
        assert_eq!(label_from_vcard("CELL;PREF").as_deref(), Some("cell"), "vCard 2.1 bare words");
        assert_eq!(label_from_vcard("type=\"iPhone\"").as_deref(), Some("cell"));
        assert_eq!(label_from_vcard("VALUE=text").as_deref(), None);
        assert_eq!(label_from_vcard("CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE").as_deref(), None);
        assert!(is_preferred("TYPE=CELL;TYPE=pref") && is_preferred("PREF=1") && is_preferred("HOME;PREF"));
        assert!(!is_preferred("TYPE=HOME"));
    }
}
