//! Phone numbers as one person has one: normalised to E.164 (`+33612345678`)
//! with a default country for numbers written the national way, so
//! `06 12 34 56 78`, `+33 6 12 34 56 78` and `0033612345678` are one number
//! for duplicate checks, lookups and the suppression list.

use std::sync::OnceLock;

static REGION: OnceLock<phonenumber::country::Id> = OnceLock::new();

/// The country national numbers belong to (from the config, `FR` by
/// default). Set once at start-up; a key must not change within a run.
pub fn set_default_region(code: &str) -> bool {
    match code.trim().to_ascii_uppercase().parse::<phonenumber::country::Id>() {
        Ok(id) => {
            let _ = REGION.set(id);
            true
        }
        Err(_) => false,
    }
}

fn region() -> phonenumber::country::Id {
    *REGION.get().unwrap_or(&phonenumber::country::Id::FR)
}

/// Is `code` a country the phone library knows (`FR`, `BE`, `CH`…)?
pub fn is_region(code: &str) -> bool {
    code.trim().to_ascii_uppercase().parse::<phonenumber::country::Id>().is_ok()
}

/// Calling code and trunk prefix of the countries whose numbers carnet
/// normalises without the phone library (loading its metadata costs more
/// than a counter operation may); other countries go through the library.
const PLANS: &[(&str, &str, Option<char>)] = &[
    ("FR", "33", Some('0')),
    ("BE", "32", Some('0')),
    ("CH", "41", Some('0')),
    ("DE", "49", Some('0')),
    ("AT", "43", Some('0')),
    ("NL", "31", Some('0')),
    ("GB", "44", Some('0')),
    ("IE", "353", Some('0')),
    ("LU", "352", None),
    ("MC", "377", None),
    ("IT", "39", None),
    ("ES", "34", None),
    ("PT", "351", None),
    ("US", "1", Some('1')),
    ("CA", "1", Some('1')),
];

fn plan() -> Option<(&'static str, Option<char>)> {
    static PLAN: OnceLock<Option<(&'static str, Option<char>)>> = OnceLock::new();
    *PLAN.get_or_init(|| {
        let id = region();
        PLANS
            .iter()
            .find(|(code, _, _)| code.parse::<phonenumber::country::Id>().is_ok_and(|c| c == id))
            .map(|p| (p.1, p.2))
    })
}

/// The digits of a number written with only digits, spaces, dots, dashes,
/// slashes and brackets (and a leading + or 00): `None` for anything else.
fn plain_digits(p: &str) -> Option<(bool, String)> {
    let t = p.trim();
    let (intl, rest) = match t.strip_prefix('+') {
        Some(r) => (true, r),
        None => match t.strip_prefix("00") {
            Some(r) => (true, r),
            None => (false, t),
        },
    };
    let mut digits = String::with_capacity(rest.len());
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' | '\u{202f}' => {}
            _ => return None,
        }
    }
    (digits.len() >= 6 && digits.len() <= 15).then_some((intl, digits))
}

/// The number in E.164, when it reads as a phone number; `None` for
/// text that is no phone number.
///
/// Every spelling people write comes to one number: `06 55 44 33 22`,
/// `+33 6 55 44 33 22`, `0033 6 55 44 33 22`, `+33 (0)6 55 44 33 22` (the
/// trunk 0 kept in brackets) and `33655443322` (the country code without
/// its +). The common clean spellings are read here; anything else (a
/// bracket, a trunk digit after the country code, national digits that do
/// not start with the trunk) goes through the phone library's rules for
/// national prefixes and country codes.
pub fn e164(p: &str) -> Option<String> {
    if let (Some((intl, digits)), Some((cc, trunk))) = (plain_digits(p), plan()) {
        if !p.contains('(') {
            if let Some(fast) = fast_e164(intl, &digits, cc, trunk) {
                return Some(fast);
            }
        }
        // The library knows better; if it cannot read the number either,
        // keep what carnet always made of these digits.
        return e164_library(p).or_else(|| Some(before_24(intl, &digits, cc, trunk)));
    }
    e164_library(p)
}

/// The clean spellings, read without the library: `None` when the
/// library must decide.
fn fast_e164(intl: bool, digits: &str, cc: &str, trunk: Option<char>) -> Option<String> {
    if intl {
        // `+33 0…`: a trunk digit after the country code.
        let (_, code, plan_trunk) = PLANS.iter().find(|(_, code, _)| digits.starts_with(code))?;
        if plan_trunk.is_some_and(|t| digits[code.len()..].starts_with(t)) {
            return None;
        }
        return Some(format!("+{digits}"));
    }
    match trunk {
        Some(t) => digits.strip_prefix(t).map(|national| format!("+{cc}{national}")),
        // No trunk: national digits, unless they start with the country code.
        None if digits.starts_with(cc) => None,
        None => Some(format!("+{cc}{digits}")),
    }
}

/// What carnet made of plain digits before issue 24: the digits after a
/// `+` or `00` as they were (a bracketed trunk 0 kept), and national
/// digits with the country code put in front (so a country code written
/// without its + was doubled). Kept to find the suppression entries and
/// keys made then.
fn before_24(intl: bool, digits: &str, cc: &str, trunk: Option<char>) -> String {
    if intl {
        return format!("+{digits}");
    }
    let national = match trunk {
        Some(t) => digits.strip_prefix(t).unwrap_or(digits),
        None => digits,
    };
    format!("+{cc}{national}")
}

/// The key carnet gave `p` before issue 24, when it differs from today's.
pub fn key_before_24(p: &str) -> Option<String> {
    let (intl, digits) = plain_digits(p)?;
    let (cc, trunk) = plan()?;
    let old = before_24(intl, &digits, cc, trunk);
    (old != key(p)).then_some(old)
}

/// The keys carnet may have given, before issue 24, to any spelling of the
/// number whose key is `e164`: the trunk digit kept after the country
/// code (`+33 (0)6…` made `+3306…`) and the country code doubled
/// (`33 6…` made `+33336…`, `33 (0)6…` made `+333306…`). A withdrawal made
/// then, whose number is no longer known, still blocks through these.
pub fn keys_before_24(e164: &str) -> Vec<String> {
    let Some((cc, trunk)) = plan() else { return Vec::new() };
    let Some(national) = e164.strip_prefix('+').and_then(|d| d.strip_prefix(cc)) else { return Vec::new() };
    let mut out = vec![format!("+{cc}{cc}{national}")];
    if let Some(t) = trunk {
        out.push(format!("+{cc}{t}{national}"));
        out.push(format!("+{cc}{cc}{t}{national}"));
    }
    out
}

fn e164_library(p: &str) -> Option<String> {
    let t = p.trim();
    // `00` is the international prefix of most of Europe. A number written
    // with its country code is read by its own country's rules (the
    // library would otherwise strip the home country's trunk prefix).
    let (country, t) = match t.strip_prefix("00") {
        Some(rest) if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) => (None, format!("+{rest}")),
        _ if t.starts_with('+') => (None, t.to_string()),
        _ => (Some(region()), t.to_string()),
    };
    let n = phonenumber::parse(country, &t).ok()?;
    if !phonenumber::is_valid(&n) {
        return None;
    }
    Some(n.format().mode(phonenumber::Mode::E164).to_string())
}

/// How a number is compared: E.164 when it parses, else its digits (and a
/// leading +) as written, so nothing typed is lost.
pub fn key(p: &str) -> String {
    e164(p).unwrap_or_else(|| legacy_key(p))
}

/// The key carnet used before E.164: the digits as written. Kept to read
/// suppression entries made then (they are keyed hashes and cannot be
/// recomputed).
pub fn legacy_key(p: &str) -> String {
    let mut key = String::with_capacity(p.len());
    for (i, c) in p.trim().chars().enumerate() {
        if c.is_ascii_digit() || (c == '+' && i == 0) {
            key.push(c);
        }
    }
    key
}

/// The national digits (`0612345678`), for a search typed without spaces.
pub fn national_digits(p: &str) -> Option<String> {
    let e = e164(p)?;
    if let Some((cc, trunk)) = plan() {
        if let Some(national) = e.strip_prefix('+').and_then(|d| d.strip_prefix(cc)) {
            return Some(format!("{}{national}", trunk.map(String::from).unwrap_or_default()));
        }
    }
    let n = phonenumber::parse(Some(region()), p.trim()).ok()?;
    let national = n.format().mode(phonenumber::Mode::National).to_string();
    Some(national.chars().filter(char::is_ascii_digit).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_number_however_it_is_written() {
        for p in ["06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "0033612345678", "+33612345678"] {
            assert_eq!(key(p), "+33612345678", "{p}");
        }
        assert_eq!(key("+32 470 12 34 56"), "+32470123456", "another country, written with its code");
        assert_eq!(key("123"), "123", "not a number: digits as written");
        assert_eq!(legacy_key("+33 6 12"), "+33612");
        assert_eq!(national_digits("+33 6 12 34 56 78").as_deref(), Some("0612345678"));
        assert_eq!(e164("(06) 12-34-56-78").as_deref(), Some("+33612345678"));
        assert_eq!(e164("call me"), None);
    }

    #[test]
    fn every_spelling_people_write_is_one_number() {
        for p in [
            "+33 (0)6 55 44 33 22",
            "+33 0 6 55 44 33 22",
            "0033 (0)6 55 44 33 22",
            "0033655443322",
            "33655443322",
            "33 6 55 44 33 22",
            "330655443322",
            "06 55 44 33 22",
            "6 55 44 33 22",
            "+33655443322",
        ] {
            assert_eq!(key(p), "+33655443322", "{p}");
        }
        assert_eq!(key("+44 (0)20 7946 0018"), "+442079460018", "another country's trunk in brackets");
        assert_eq!(key("+39 06 6982 1234"), "+390669821234", "Italy keeps its leading 0");
        assert_eq!(key("+32 (0)470 12 34 56"), "+32470123456");
    }

    #[test]
    fn the_keys_of_before_are_known() {
        assert_eq!(key_before_24("+33 (0)6 55 44 33 22").as_deref(), Some("+330655443322"));
        assert_eq!(key_before_24("33655443322").as_deref(), Some("+3333655443322"));
        assert_eq!(key_before_24("06 55 44 33 22"), None, "unchanged");
        let old = keys_before_24("+33655443322");
        for k in ["+330655443322", "+3333655443322", "+33330655443322"] {
            assert!(old.contains(&k.to_string()), "{k}: {old:?}");
        }
    }
}
