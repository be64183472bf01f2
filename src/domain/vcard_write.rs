//! Writing vCards: 4.0 (RFC 6350), or 3.0 (RFC 2426) for macOS Contacts
//! and older phones.

use super::super::contact::ContactFields;
use super::super::contact_points::{Kind, Point};
use super::super::key_dates::KeyDate;

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

/// Which vCard `contact export` writes: 4.0 (RFC 6350), or 3.0 (RFC
/// 2426) for macOS Contacts and older phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Version {
    V3,
    #[default]
    V4,
}

/// Write one contact as a vCard of `version`.
pub fn write_card(
    out: &mut String,
    f: &ContactFields,
    tags: &[String],
    dates: &[KeyDate],
    uid: &str,
    version: Version,
) {
    let v4 = version == Version::V4;
    let mut line = |s: String| fold_line(out, &s);
    line("BEGIN:VCARD".into());
    line(if v4 { "VERSION:4.0" } else { "VERSION:3.0" }.into());
    line(format!("UID:{uid}"));
    line(format!("FN:{}", escape(&f.name)));
    let (given, family) = match f.name.rsplit_once(' ') {
        Some((g, fam)) => (g, fam),
        None => ("", f.name.as_str()),
    };
    let prefix = f.honorific.as_deref().map(escape).unwrap_or_default();
    line(format!("N:{};{};;{prefix};", escape(family), escape(given)));
    // The primary first and marked preferred, then the others, each with
    // its type.
    for kind in [Kind::Email, Kind::Phone] {
        let (primary, label) = f.primary(kind);
        let others = f.others(kind);
        let primary = primary.map(|v| (Point { value: v.to_string(), label: label.map(String::from) }, true));
        let many = !others.is_empty();
        for (p, pref) in primary.into_iter().chain(others.into_iter().map(|p| (p, false))) {
            let mut types: Vec<String> = p.label.iter().map(|l| escape(l)).collect();
            if pref && many {
                types.push("pref".into());
            }
            let types = if types.is_empty() { String::new() } else { format!(";TYPE={}", types.join(",")) };
            match kind {
                Kind::Email => line(format!("EMAIL{types}:{}", escape(&p.value))),
                Kind::Phone if v4 => line(format!("TEL;VALUE=text{types}:{}", escape(&p.value))),
                Kind::Phone => line(format!("TEL{types}:{}", escape(&p.value))),
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
        // vCard 4 writes a birthday without year as --MMDD; 3.0 has no
        // such form, and Apple's (which every phone reads) is the year 1604.
        line(match b.strip_prefix("--") {
            Some(md) if v4 => format!("BDAY:--{}", md.replace('-', "")),
            Some(md) => format!("BDAY;X-APPLE-OMIT-YEAR=1604:1604-{md}"),
            None => format!("BDAY:{b}"),
        });
    }
    // Key dates as Apple writes them (macOS, iOS and this reader take them back).
    for (i, d) in dates.iter().enumerate() {
        let date = match d.year {
            Some(_) => d.date(),
            None => format!("1604-{:02}-{:02}", d.month, d.day),
        };
        let label = if d.label == "anniversary" { "_$!<Anniversary>!$_".to_string() } else { escape(&d.label) };
        line(format!("date{}.X-ABDATE:{date}", i + 1));
        line(format!("date{}.X-ABLabel:{label}", i + 1));
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
