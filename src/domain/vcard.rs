//! vCard 2.1/3.0/4.0 in and out (vCard 2.1, RFC 2426, RFC 6350) for the
//! fields carnet keeps.
//!
//! Reading is lenient per card, strict per file: a file that is not vCard
//! (a line that is no property, a card without its END) is refused with
//! its line, but one card never sinks the others. A card without a name
//! is named from what it has; a value carnet cannot use (a text birthday,
//! a junk phone) is kept in the card's notes and listed, so the caller can
//! warn (or, with `--strict`, refuse). Everything here is linear in the
//! size of the file: a card's emails and phones are gathered by key and
//! put together once, at its END.

use super::contact::{normalize_tag, ContactFields};
use super::contact_points::{self as points, is_preferred, label_from_vcard, Kind, Point};
use super::key_dates::{label_from_apple, KeyDate};
use crate::i18n::Text;
use std::collections::HashMap;
use std::io::BufRead;

/// One card read from a file, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub line: usize,
    pub fields: ContactFields,
    pub tags: Vec<String>,
    /// Anniversaries and other dates (`ANNIVERSARY`, `X-ABDATE`).
    pub dates: Vec<KeyDate>,
    /// The values carnet could not use, as `PROPERTY: value`; they are
    /// also at the end of the notes.
    pub kept_in_notes: Vec<String>,
    /// The card had no name: it is named from this (`organisation`,
    /// `nickname`, `email`, `phone`).
    pub named_from: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VcardError {
    pub line: usize,
    pub msg: Text,
}

/// What a file holds: its cards, and the lines of the cards that hold
/// nothing carnet keeps (no name, email, phone or organisation: a card
/// with only a photo), which are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub cards: Vec<Card>,
    pub empty: Vec<usize>,
}

/// Parse every card; a file that is not vCard stops the parse, naming its
/// line.
pub fn parse<R: BufRead>(mut reader: R) -> Result<Parsed, VcardError> {
    let mut raw = Vec::new();
    if reader.read_to_end(&mut raw).is_err() {
        return Err(VcardError { line: 0, msg: Text::tr("vcard-unreadable", vec![]) });
    }
    let text = join_soft_breaks(&String::from_utf8_lossy(&raw));
    let mut parsed = Parsed::default();
    let mut current: Option<Building> = None;
    let mut last_line = 0;
    // Inside base64 data (a PHOTO) that vCard 2.1 writes on lines of its own.
    let mut in_binary = false;
    for (n, text) in logical_lines(&text) {
        last_line = n;
        let text = text.as_str();
        if text.trim().is_empty() {
            in_binary = false;
            continue;
        }
        let Some((group, name, params, value)) = split_property(text).filter(|(_, name, _, _)| {
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
        match (name.as_str(), current.as_mut()) {
            ("BEGIN", None) if value.trim().eq_ignore_ascii_case("VCARD") => current = Some(Building::new(n)),
            ("BEGIN", _) => {
                return Err(VcardError {
                    line: n,
                    msg: Text::tr("vcard-unexpected-begin", crate::targs!["value" => value.as_str()]),
                })
            }
            (_, None) => return Err(VcardError { line: n, msg: Text::tr("vcard-outside", vec![]) }),
            ("END", Some(_)) => {
                let b = current.take().expect("a card");
                let line = b.line;
                match b.finish() {
                    Some(card) => parsed.cards.push(card),
                    None => parsed.empty.push(line),
                }
            }
            (_, Some(card)) => card.apply(group, &name, params, &value),
        }
    }
    if let Some(card) = current {
        return Err(VcardError { line: card.line.max(last_line), msg: Text::tr("vcard-no-end", vec![]) });
    }
    Ok(parsed)
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
    if digits.len() == 8 && v.chars().all(|c| c.is_ascii_digit() || c == '-') {
        let (y, m, d) = (&digits[..4], &digits[4..6], &digits[6..]);
        if omit.is_some_and(|o| o == y) || y == "1604" {
            return format!("--{m}-{d}");
        }
        return format!("{y}-{m}-{d}");
    }
    v.to_string()
}

/// A card as it is read, put together at its END.
struct Building {
    line: usize,
    full_name: Option<String>,
    /// N: family, given, additional, prefix, suffix.
    n: Vec<String>,
    nickname: Option<String>,
    org: Option<String>,
    /// Every address with something in it, whether preferred, its type.
    adrs: Vec<(Vec<String>, bool, Option<String>)>,
    notes: Vec<String>,
    /// Emails, then phones, each once by key, with whether it was marked preferred.
    points: [Vec<(Point, bool)>; 2],
    seen: [HashMap<String, usize>; 2],
    tags: Vec<String>,
    /// Dates with their group (`item1`), labelled by the group's X-ABLabel.
    dates: Vec<(String, String, u32, u32, Option<i32>)>,
    labels: HashMap<String, String>,
    fields: ContactFields,
    kept: Vec<String>,
}

impl Building {
    fn new(line: usize) -> Building {
        Building {
            line,
            full_name: None,
            n: Vec::new(),
            nickname: None,
            org: None,
            adrs: Vec::new(),
            notes: Vec::new(),
            points: [Vec::new(), Vec::new()],
            seen: [HashMap::new(), HashMap::new()],
            tags: Vec::new(),
            dates: Vec::new(),
            labels: HashMap::new(),
            fields: ContactFields::default(),
            kept: Vec::new(),
        }
    }

    /// Keep a value carnet cannot use, to put in the notes.
    fn keep(&mut self, name: &str, value: &str) {
        let v = value.trim();
        if !v.is_empty() {
            self.kept.push(format!("{name}: {v}"));
        }
    }

    fn apply(&mut self, group: &str, name: &str, params: &str, raw: &str) {
        let up = params.to_ascii_uppercase();
        let decoded;
        let raw = if up.contains("QUOTED-PRINTABLE") {
            decoded = decode_qp(raw, param(params, "CHARSET"));
            decoded.as_str()
        } else {
            raw
        };
        match name {
            "FN" => self.full_name = Some(unescape(raw).trim().to_string()),
            "N" => self.n = split_components(raw, ';').into_iter().map(|s| s.trim().to_string()).collect(),
            "NICKNAME" => self.nickname = Some(unescape(raw).trim().to_string()).filter(|s| !s.is_empty()),
            "EMAIL" | "TEL" => {
                let slot = usize::from(name == "TEL");
                let v = unescape(raw);
                let v = v.trim();
                let v = v.strip_prefix("tel:").or_else(|| v.strip_prefix("mailto:")).unwrap_or(v).trim();
                if v.is_empty() {
                    return;
                }
                let kind = if slot == 0 { Kind::Email } else { Kind::Phone };
                let ok = match kind {
                    Kind::Email => super::contact::check_email(v).is_ok(),
                    Kind::Phone => super::contact::phone_key(v).len() >= 3,
                };
                if !ok {
                    return self.keep(name, v);
                }
                let key = points::key(kind, v);
                let label = label_from_vcard(params);
                let pref = is_preferred(params);
                match self.seen[slot].get(&key) {
                    Some(&i) => {
                        let (known, was_pref) = &mut self.points[slot][i];
                        if known.label.is_none() {
                            known.label = label;
                        }
                        *was_pref |= pref;
                    }
                    None => {
                        self.seen[slot].insert(key, self.points[slot].len());
                        self.points[slot].push((Point { value: v.to_string(), label }, pref));
                    }
                }
            }
            "ORG" => {
                let parts: Vec<String> = split_components(raw, ';')
                    .into_iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if self.org.is_none() && !parts.is_empty() {
                    self.org = Some(parts.join(" "));
                }
            }
            "ADR" => {
                // ADR is pobox;ext;street;locality;region;postcode;country.
                let p: Vec<String> = split_components(raw, ';').into_iter().map(|s| s.trim().to_string()).collect();
                let useful = [2, 3, 5, 6].iter().any(|&i| p.get(i).is_some_and(|s| !s.is_empty()));
                if useful && !self.adrs.iter().any(|a| a.0 == p) {
                    self.adrs.push((p, is_preferred(params), label_from_vcard(params)));
                }
            }
            "BDAY" => {
                let v = unescape(raw);
                let text = param(params, "VALUE").is_some_and(|t| t.eq_ignore_ascii_case("text"));
                // Another form of the birthday already read (vCard 4's ALTID).
                if self.fields.birthday.is_some() && param(params, "ALTID").is_some() {
                    return;
                }
                if text || self.fields.set("birthday", &birthday(&v, params)).is_err() {
                    self.keep("BDAY", &v);
                }
            }
            "ANNIVERSARY" | "X-ANNIVERSARY" | "X-ABDATE" | "X-EVOLUTION-ANNIVERSARY" => {
                let v = unescape(raw);
                let label = if name == "X-ABDATE" { "" } else { "anniversary" };
                match super::birthday::Birthday::parse(&birthday(&v, params)) {
                    Ok(b) if param(params, "VALUE").is_none_or(|t| !t.eq_ignore_ascii_case("text")) => {
                        self.dates.push((group.to_ascii_lowercase(), label.to_string(), b.month, b.day, b.year))
                    }
                    _ => self.keep(name, &v),
                }
            }
            // Android writes nicknames and events (anniversaries) its own way:
            // `vnd.android.cursor.item/contact_event;1985-04-12;1;label;…`
            // (type 1 anniversary, 2 other, 3 birthday, 0 the label's).
            "X-ANDROID-CUSTOM" => {
                let p = split_components(raw, ';');
                let get = |i: usize| p.get(i).map(|s| s.trim()).unwrap_or("");
                match get(0) {
                    "vnd.android.cursor.item/nickname" if !get(1).is_empty() => {
                        self.nickname = self.nickname.take().or(Some(get(1).to_string()))
                    }
                    "vnd.android.cursor.item/contact_event" => {
                        let day = birthday(get(1), "");
                        if get(2) == "3" {
                            if self.fields.birthday.is_none() && self.fields.set("birthday", &day).is_err() {
                                self.keep("BDAY", get(1));
                            }
                            return;
                        }
                        let label = match get(2) {
                            "1" => "anniversary".to_string(),
                            "0" if !get(3).is_empty() => get(3).to_lowercase(),
                            _ => "date".to_string(),
                        };
                        match super::birthday::Birthday::parse(&day) {
                            Ok(b) => self.dates.push((String::new(), label, b.month, b.day, b.year)),
                            Err(_) => self.keep("X-ANDROID-CUSTOM", get(1)),
                        }
                    }
                    _ => {}
                }
            }
            "X-ABLABEL" => {
                self.labels.insert(group.to_ascii_lowercase(), label_from_apple(&unescape(raw)));
            }
            "NOTE" => {
                let v = unescape(raw);
                if !v.trim().is_empty() {
                    self.notes.push(v.trim().to_string());
                }
            }
            "X-CARNET-REF" => {
                let _ = self.fields.set("ref", &unescape(raw));
            }
            "CATEGORIES" => {
                // Thunderbird escapes the commas between its categories
                // (`a\,b\,c`): every comma separates.
                for t in split_components(raw, ',').iter().flat_map(|p| p.split(',')) {
                    // Android's and Google's own groups are on every card: no tag.
                    let bare: String = t.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
                    if t.trim().is_empty() || ["mycontacts", "starred"].contains(&bare.as_str()) {
                        continue;
                    }
                    match normalize_tag(t) {
                        Ok(t) if !self.tags.contains(&t) => self.tags.push(t),
                        Ok(_) => {}
                        Err(_) => self.keep("CATEGORIES", t),
                    }
                }
            }
            _ => {}
        }
    }

    /// The card, or `None` when it holds nothing carnet keeps.
    fn finish(mut self) -> Option<Card> {
        let part = |i: usize| self.n.get(i).map(String::as_str).unwrap_or("");
        let prefix = part(3).to_string();
        let from_n =
            [part(1), part(2), part(0)].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
        let mut named_from = None;
        let full = self.full_name.clone().filter(|s| !s.is_empty());
        // The honorific is kept apart: `Mme Hélène Dupont` is Hélène Dupont.
        let full = full.map(|f| match f.strip_prefix(prefix.as_str()) {
            Some(rest) if !prefix.is_empty() && rest.starts_with(' ') && !rest.trim().is_empty() => {
                rest.trim().to_string()
            }
            _ => f,
        });
        let name = match (full, from_n.is_empty()) {
            (Some(f), _) => f,
            (None, false) => from_n,
            (None, true) => {
                let email = self.points[0].first().map(|p| p.0.value.clone());
                let phone = self.points[1].first().map(|p| p.0.value.clone());
                let (from, n) = match (&self.org, &self.nickname, email, phone) {
                    (Some(o), _, _, _) => ("organisation", o.clone()),
                    (None, Some(nick), _, _) => ("nickname", nick.clone()),
                    (None, None, Some(e), _) => ("email", e),
                    (None, None, None, Some(p)) => ("phone", p),
                    (None, None, None, None) => return None,
                };
                named_from = Some(from);
                n
            }
        };
        let f = &mut self.fields;
        f.name = name;
        if !prefix.is_empty() {
            let _ = f.set("honorific", &prefix);
        }
        if let Some(o) = &self.org {
            let _ = f.set("company", o);
        }
        // The preferred address (else the first) is the contact's; the
        // others are kept in the notes (`ADR (work): …`).
        let chosen = self.adrs.iter().position(|a| a.1).unwrap_or(0);
        let mut other_addresses = Vec::new();
        for (i, (p, _, label)) in self.adrs.iter().enumerate() {
            let get = |i: usize| p.get(i).map(String::as_str).unwrap_or("");
            if i == chosen {
                for (field, v) in [("street", get(2)), ("city", get(3)), ("postcode", get(5)), ("country", get(6))] {
                    let _ = f.set(field, v);
                }
                continue;
            }
            let town = [get(5), get(3)].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
            let parts: Vec<&str> = [get(2), town.as_str(), get(6)].into_iter().filter(|s| !s.is_empty()).collect();
            let label = label.as_deref().map(|l| format!(" ({l})")).unwrap_or_default();
            other_addresses.push(format!("ADR{label}: {}", parts.join(", ").replace('\n', ", ")));
        }
        for (slot, kind) in [(0, Kind::Email), (1, Kind::Phone)] {
            let all = std::mem::take(&mut self.points[slot]);
            // The preferred one; else the first that is not a fax.
            let primary = all
                .iter()
                .position(|p| p.1)
                .or_else(|| all.iter().position(|p| p.0.label.as_deref() != Some("fax")))
                .unwrap_or(0);
            let mut others = Vec::with_capacity(all.len());
            for (i, (p, _)) in all.into_iter().enumerate() {
                if i == primary {
                    match kind {
                        Kind::Email => (f.email, f.email_type) = (Some(p.value), p.label),
                        Kind::Phone => (f.phone, f.phone_type) = (Some(p.value), p.label),
                    }
                } else {
                    others.push(p);
                }
            }
            match kind {
                Kind::Email => f.other_emails = points::format(&others),
                Kind::Phone => f.other_phones = points::format(&others),
            }
        }
        let mut notes = std::mem::take(&mut self.notes);
        notes.extend(other_addresses);
        notes.extend(self.kept.iter().cloned());
        f.notes = (!notes.is_empty()).then(|| notes.join("\n"));
        let mut dates: Vec<KeyDate> = Vec::new();
        for (group, label, month, day, year) in std::mem::take(&mut self.dates) {
            let label = match self.labels.get(&group).filter(|_| !group.is_empty()) {
                Some(l) if !l.is_empty() => l.clone(),
                _ if label.is_empty() => "date".to_string(),
                _ => label,
            };
            let label = super::key_dates::normalize_label(&label).unwrap_or_else(|_| "date".to_string());
            let d = KeyDate { label, month, day, year };
            if !dates.contains(&d) {
                dates.push(d);
            }
        }
        Some(Card {
            line: self.line,
            fields: self.fields,
            tags: self.tags,
            dates,
            kept_in_notes: self.kept,
            named_from,
        })
    }
}

#[path = "vcard_lines.rs"]
mod lines;
use lines::*;

#[path = "vcard_write.rs"]
mod write;
pub use write::{write_card, Version};

#[cfg(test)]
#[path = "vcard_tests.rs"]
mod tests;
