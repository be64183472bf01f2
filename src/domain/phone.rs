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
pub fn e164(p: &str) -> Option<String> {
    if let (Some((intl, digits)), Some((cc, trunk))) = (plain_digits(p), plan()) {
        if intl {
            return Some(format!("+{digits}"));
        }
        let national = match trunk {
            Some(t) => digits.strip_prefix(t).unwrap_or(&digits),
            None => &digits,
        };
        return Some(format!("+{cc}{national}"));
    }
    e164_library(p)
}

fn e164_library(p: &str) -> Option<String> {
    let t = p.trim();
    // `00` is the international prefix of most of Europe.
    let t = match t.strip_prefix("00") {
        Some(rest) if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) => format!("+{rest}"),
        _ => t.to_string(),
    };
    let n = phonenumber::parse(Some(region()), &t).ok()?;
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
}
