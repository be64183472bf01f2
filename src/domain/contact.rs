//! A contact as the shop knows it, and the small rules around it: how
//! names are folded for searching, how phone numbers are compared, and how
//! a word on the command line names a contact.

use super::dates::Birthday;
use serde::Serialize;

/// The editable fields of a contact. `None` means "not set".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactFields {
    pub r#ref: Option<String>,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub birthday: Option<String>,
    pub notes: Option<String>,
}

/// The field names, in the order the CSV header and `contact show` use.
pub const FIELD_NAMES: &[&str] =
    &["ref", "name", "email", "phone", "company", "street", "postcode", "city", "country", "birthday", "notes"];

impl ContactFields {
    pub fn get(&self, field: &str) -> Option<&str> {
        match field {
            "ref" => self.r#ref.as_deref(),
            "name" => Some(self.name.as_str()).filter(|s| !s.is_empty()),
            "email" => self.email.as_deref(),
            "phone" => self.phone.as_deref(),
            "company" => self.company.as_deref(),
            "street" => self.street.as_deref(),
            "postcode" => self.postcode.as_deref(),
            "city" => self.city.as_deref(),
            "country" => self.country.as_deref(),
            "birthday" => self.birthday.as_deref(),
            "notes" => self.notes.as_deref(),
            _ => None,
        }
    }

    /// Set a field from user text: empty text clears it. The birthday is
    /// validated and normalised; an email must look like one.
    pub fn set(&mut self, field: &str, value: &str) -> Result<(), crate::domain::Invalid> {
        let v = value.trim();
        let opt = if v.is_empty() { None } else { Some(v.to_string()) };
        match field {
            "ref" => self.r#ref = opt,
            "name" => {
                if v.is_empty() {
                    return Err("a contact needs a name".into());
                }
                self.name = v.to_string();
            }
            "email" => {
                if let Some(e) = &opt {
                    check_email(e)?;
                }
                self.email = opt;
            }
            "phone" => {
                if let Some(p) = &opt {
                    if phone_key(p).len() < 3 {
                        return Err(format!("`{p}` is not a phone number").into());
                    }
                }
                self.phone = opt;
            }
            "company" => self.company = opt,
            "street" => self.street = opt,
            "postcode" => self.postcode = opt,
            "city" => self.city = opt,
            "country" => self.country = opt,
            "birthday" => {
                self.birthday = match opt {
                    Some(b) => Some(Birthday::parse(&b).map_err(|e| e.0)?.to_string()),
                    None => None,
                }
            }
            "notes" => self.notes = opt,
            other => return Err(format!("`{other}` is not a contact field").into()),
        }
        Ok(())
    }

    /// The text `contact list --search` looks through, folded once at write
    /// time so a search is a plain substring scan.
    pub fn search_key(&self) -> String {
        let parts = [
            Some(self.name.as_str()),
            self.r#ref.as_deref(),
            self.email.as_deref(),
            self.phone.as_deref(),
            self.company.as_deref(),
            self.city.as_deref(),
        ];
        let mut joined: Vec<String> = parts.into_iter().flatten().map(String::from).collect();
        // The number also without its spaces, so `--search 0612345678` finds it.
        if let Some(digits) = self.phone.as_deref().and_then(super::phone::national_digits) {
            joined.push(digits);
        }
        fold(&joined.join(" "))
    }

    /// Fill every empty field of `self` from `other`; returns the names of
    /// the fields that were filled (for `merge --dry-run`).
    pub fn fill_from(&mut self, other: &ContactFields) -> Vec<&'static str> {
        let mut filled = Vec::new();
        for &f in FIELD_NAMES {
            if self.get(f).is_none() {
                if let Some(v) = other.get(f) {
                    let v = v.to_string();
                    // Values from a stored contact were validated on the way in.
                    if self.set(f, &v).is_ok() {
                        filled.push(f);
                    }
                }
            }
        }
        filled
    }
}

fn check_email(e: &str) -> Result<(), crate::domain::Invalid> {
    let ok = match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        }
        None => false,
    } && !e.chars().any(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(format!("`{e}` is not an email address").into())
    }
}

/// Lower-case, accents removed: `Hélène` and `HELENE` both fold to `helene`.
pub fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// Phone numbers compare in E.164 (see [`super::phone`]), so
/// `06 12 34 56 78` and `+33 6 12 34 56 78` are the same number.
pub fn phone_key(p: &str) -> String {
    super::phone::key(p)
}

/// Emails compare case-insensitively.
pub fn email_key(e: &str) -> String {
    e.trim().to_lowercase()
}

/// How a word on the command line names a contact. A prefix forces one
/// reading; a bare word is tried every way and must point at one contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactSelector {
    Id(i64),
    Ref(String),
    Email(String),
    Name(String),
    /// A bare word: id, ref, email or name.
    Any(String),
}

impl ContactSelector {
    pub fn parse(s: &str) -> Result<Self, crate::domain::Invalid> {
        let s = s.trim();
        if s.is_empty() {
            return Err("an empty contact name".into());
        }
        if let Some(rest) = s.strip_prefix("id:") {
            return rest
                .trim()
                .parse()
                .map(ContactSelector::Id)
                .map_err(|_| format!("`{s}`: an id is a number, as in id:12").into());
        }
        if let Some(rest) = s.strip_prefix("ref:") {
            return Ok(ContactSelector::Ref(rest.to_string()));
        }
        if let Some(rest) = s.strip_prefix("email:") {
            return Ok(ContactSelector::Email(rest.to_string()));
        }
        if let Some(rest) = s.strip_prefix("name:") {
            return Ok(ContactSelector::Name(rest.to_string()));
        }
        Ok(ContactSelector::Any(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Hélène Çà"), "helene ca");
        assert!(fold("Dupont-Hélène").contains(&fold("HELENE")));
    }

    #[test]
    fn phone_keys_compare_numbers() {
        assert_eq!(phone_key("06 12 34 56 78"), phone_key("06.12.34.56.78"));
        assert_eq!(phone_key("06 12 34 56 78"), phone_key("+33 6 12 34 56 78"));
        assert_eq!(phone_key("+33 6 12"), "+33612");
        assert_eq!(phone_key("1+2"), "12");
    }

    #[test]
    fn set_validates_and_clears() {
        let mut c = ContactFields { name: "A".into(), ..Default::default() };
        c.set("birthday", "03-14").unwrap();
        assert_eq!(c.birthday.as_deref(), Some("--03-14"));
        c.set("birthday", "").unwrap();
        assert_eq!(c.birthday, None);
        assert!(c.set("email", "nope").is_err());
        assert!(c.set("email", "a@b").is_err());
        c.set("email", "a@b.fr").unwrap();
        assert!(c.set("name", " ").is_err());
        assert!(c.set("phone", "x").is_err());
        assert!(c.set("colour", "red").is_err());
    }

    #[test]
    fn fill_from_only_fills_empty_fields() {
        let mut keep = ContactFields { name: "Keep".into(), email: Some("k@x.fr".into()), ..Default::default() };
        let other = ContactFields {
            name: "Other".into(),
            email: Some("o@x.fr".into()),
            city: Some("Lyon".into()),
            ..Default::default()
        };
        assert_eq!(keep.fill_from(&other), vec!["city"]);
        assert_eq!(keep.name, "Keep");
        assert_eq!(keep.email.as_deref(), Some("k@x.fr"));
        assert_eq!(keep.city.as_deref(), Some("Lyon"));
    }

    #[test]
    fn selectors() {
        assert_eq!(ContactSelector::parse("id:12"), Ok(ContactSelector::Id(12)));
        assert_eq!(ContactSelector::parse("ref:007"), Ok(ContactSelector::Ref("007".into())));
        assert_eq!(ContactSelector::parse("007"), Ok(ContactSelector::Any("007".into())));
        assert!(ContactSelector::parse("id:x").is_err());
        assert!(ContactSelector::parse(" ").is_err());
    }
}

/// A stored contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub fields: ContactFields,
    pub tags: Vec<String>,
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Tags are lower-case words; `;` and `,` separate tags in files, so they
/// cannot be part of one.
pub fn normalize_tag(t: &str) -> Result<String, crate::domain::Invalid> {
    let t = t.trim().to_lowercase();
    if t.is_empty() {
        return Err("a tag cannot be empty".into());
    }
    if t.contains([';', ',']) {
        return Err(format!("the tag `{t}` contains `;` or `,`, which separate tags").into());
    }
    Ok(t)
}

/// One way a command-line word matched a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    /// `id`, `ref`, `email` or `name`.
    pub matched_by: &'static str,
}
