//! A contact as the shop knows it, and the small rules around it: how
//! names are folded for searching, how phone numbers are compared, and how
//! a word on the command line names a contact.

use super::contact_points::{self as points, normalize_label, Kind, Point};
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
    /// The primary email's type (home, work...).
    pub email_type: Option<String>,
    pub phone_type: Option<String>,
    /// Every other email, as `a@b.fr (work); c@d.fr` (see [`super::contact_points`]).
    pub other_emails: Option<String>,
    pub other_phones: Option<String>,
    /// The honorific prefix (`Mme`, `Dr`), apart from the name (vCard N's
    /// fourth component).
    pub honorific: Option<String>,
}

/// The field names, in the order the CSV header and `contact show` use.
pub const FIELD_NAMES: &[&str] = &[
    "ref",
    "name",
    "email",
    "phone",
    "company",
    "street",
    "postcode",
    "city",
    "country",
    "birthday",
    "notes",
    "email_type",
    "phone_type",
    "other_emails",
    "other_phones",
    "honorific",
];

impl ContactFields {
    pub fn get(&self, field: &str) -> Option<&str> {
        match field {
            "ref" => self.r#ref.as_deref(),
            "name" => Some(self.name.as_str()).filter(|s| !s.is_empty()),
            "email" => self.email.as_deref(),
            "phone" => self.phone.as_deref(),
            "email_type" => self.email_type.as_deref(),
            "phone_type" => self.phone_type.as_deref(),
            "other_emails" => self.other_emails.as_deref(),
            "other_phones" => self.other_phones.as_deref(),
            "honorific" => self.honorific.as_deref(),
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
                    return Err(super::Invalid(crate::i18n::Text::tr("err-contact-name", vec![])));
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
                        return Err(super::Invalid(crate::i18n::Text::tr(
                            "err-not-a-phone",
                            crate::targs!["value" => p.as_str()],
                        )));
                    }
                }
                self.phone = opt;
            }
            "email_type" => self.email_type = normalize_label(v)?,
            "phone_type" => self.phone_type = normalize_label(v)?,
            "other_emails" => self.other_emails = points::format(&points::parse(Kind::Email, v)?),
            "other_phones" => self.other_phones = points::format(&points::parse(Kind::Phone, v)?),
            "honorific" => self.honorific = opt,
            "company" => self.company = opt,
            "street" => self.street = opt,
            "postcode" => self.postcode = opt,
            "city" => self.city = opt,
            "country" => self.country = opt,
            "birthday" => {
                self.birthday = match opt {
                    Some(b) => Some(Birthday::parse(&b).map_err(|e| super::Invalid(e.0))?.to_string()),
                    None => None,
                }
            }
            "notes" => self.notes = opt,
            other => {
                return Err(super::Invalid(crate::i18n::Text::tr("err-not-a-field", crate::targs!["value" => other])))
            }
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
        joined.extend(self.others(Kind::Email).into_iter().map(|p| p.value));
        // Every number also without its spaces, so `--search 0612345678` finds it.
        for phone in self.phone.iter().cloned().chain(self.others(Kind::Phone).into_iter().map(|p| p.value)) {
            if let Some(digits) = super::phone::national_digits(&phone) {
                joined.push(digits);
            }
            joined.push(phone);
        }
        fold(&joined.join(" "))
    }

    /// Fill every empty field of `self` from `other`; returns the names of
    /// the fields that were filled (for `merge --dry-run`).
    /// Their other emails and phones are added to these (see [`Self::add`]).
    pub fn fill_from(&mut self, other: &ContactFields) -> Vec<&'static str> {
        let mut filled = Vec::new();
        for (kind, names) in [
            (Kind::Email, ["email", "other_emails", "email_type"]),
            (Kind::Phone, ["phone", "other_phones", "phone_type"]),
        ] {
            let had_type = self.primary(kind).1.is_some();
            let had = self.primary(kind).0.is_some();
            let others_before = self.others(kind);
            let (primary, label) = other.primary(kind);
            let theirs = primary.map(|v| Point { value: v.to_string(), label: label.map(String::from) });
            for p in theirs.into_iter().chain(other.others(kind)) {
                self.add(kind, p);
            }
            if !had && self.primary(kind).0.is_some() {
                filled.push(names[0]);
            }
            if !had_type && self.primary(kind).1.is_some() {
                filled.push(names[2]);
            }
            if self.others(kind) != others_before {
                filled.push(names[1]);
            }
        }
        for &f in FIELD_NAMES {
            // Emails and phones, with their types, were added above.
            if matches!(f, "email" | "phone" | "email_type" | "phone_type" | "other_emails" | "other_phones") {
                continue;
            }
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

impl ContactFields {
    /// The primary value of `kind` and its type.
    pub fn primary(&self, kind: Kind) -> (Option<&str>, Option<&str>) {
        match kind {
            Kind::Email => (self.email.as_deref(), self.email_type.as_deref()),
            Kind::Phone => (self.phone.as_deref(), self.phone_type.as_deref()),
        }
    }

    /// The other values of `kind` (stored text is valid: a bad one reads as none).
    pub fn others(&self, kind: Kind) -> Vec<Point> {
        let text = match kind {
            Kind::Email => &self.other_emails,
            Kind::Phone => &self.other_phones,
        };
        text.as_deref().and_then(|t| points::parse(kind, t).ok()).unwrap_or_default()
    }

    fn set_others(&mut self, kind: Kind, all: &[Point]) {
        let text = points::format(all);
        match kind {
            Kind::Email => self.other_emails = text,
            Kind::Phone => self.other_phones = text,
        }
    }

    /// Every key of `kind` this contact is known by, the primary first.
    pub fn keys(&self, kind: Kind) -> Vec<String> {
        let primary = self.primary(kind).0.map(|v| points::key(kind, v));
        primary.into_iter().chain(self.others(kind).iter().map(|p| points::key(kind, &p.value))).collect()
    }

    /// Add an email or phone: the primary when there is none, else one
    /// more, unless it is already known (then a missing type is filled).
    /// Returns whether anything changed.
    pub fn add(&mut self, kind: Kind, p: Point) -> bool {
        let k = points::key(kind, &p.value);
        let (primary, label) = self.primary(kind);
        match primary {
            None => {
                self.set_primary(kind, Some(p));
                return true;
            }
            Some(v) if points::key(kind, v) == k => {
                if label.is_none() && p.label.is_some() {
                    let value = v.to_string();
                    self.set_primary(kind, Some(Point { value, label: p.label }));
                    return true;
                }
                return false;
            }
            Some(_) => {}
        }
        let mut others = self.others(kind);
        if let Some(known) = others.iter_mut().find(|o| points::key(kind, &o.value) == k) {
            if known.label.is_none() && p.label.is_some() {
                known.label = p.label;
                self.set_others(kind, &others);
                return true;
            }
            return false;
        }
        others.push(p);
        self.set_others(kind, &others);
        true
    }

    /// Make a known value the primary one (the old primary joins the
    /// others); returns false when the contact has no such value.
    pub fn make_primary(&mut self, kind: Kind, value: &str) -> bool {
        let k = points::key(kind, value);
        let mut others = self.others(kind);
        let Some(i) = others.iter().position(|o| points::key(kind, &o.value) == k) else {
            return self.primary(kind).0.is_some_and(|v| points::key(kind, v) == k);
        };
        let chosen = others.remove(i);
        let (old, old_label) = self.primary(kind);
        if let Some(old) = old {
            others.insert(0, Point { value: old.to_string(), label: old_label.map(String::from) });
        }
        self.set_primary(kind, Some(chosen));
        self.set_others(kind, &others);
        true
    }

    /// Replace the primary value of `kind` and its type (`None` clears both).
    fn set_primary(&mut self, kind: Kind, p: Option<Point>) {
        let (v, l) = match p {
            Some(p) => (Some(p.value), p.label),
            None => (None, None),
        };
        match kind {
            Kind::Email => (self.email, self.email_type) = (v, l),
            Kind::Phone => (self.phone, self.phone_type) = (v, l),
        }
    }

    /// Remove a value; removing the primary promotes the first other one.
    /// Returns false when the contact has no such value.
    pub fn remove(&mut self, kind: Kind, value: &str) -> bool {
        let k = points::key(kind, value);
        let mut others = self.others(kind);
        if self.primary(kind).0.is_some_and(|v| points::key(kind, v) == k) {
            let next = (!others.is_empty()).then(|| others.remove(0));
            self.set_primary(kind, next);
            self.set_others(kind, &others);
            return true;
        }
        let before = others.len();
        others.retain(|o| points::key(kind, &o.value) != k);
        self.set_others(kind, &others);
        others.len() != before
    }
}

impl ContactFields {
    /// Bring in what a file says about this contact: empty fields filled,
    /// new emails and phones added, and with `overwrite` every field the
    /// file gives replacing a different one (its email and phone become
    /// the primary ones, the old ones kept beside them). Returns the names
    /// of the fields that changed, in `FIELD_NAMES` order.
    pub fn update_from(&mut self, incoming: &ContactFields, overwrite: bool) -> Vec<&'static str> {
        let mut changed = self.fill_from(incoming);
        if overwrite {
            for (kind, names) in [(Kind::Email, ["email", "email_type"]), (Kind::Phone, ["phone", "phone_type"])] {
                let (value, label) = incoming.primary(kind);
                let Some(value) = value else { continue };
                let before =
                    (self.primary(kind).0.map(|v| points::key(kind, v)), self.primary(kind).1.map(String::from));
                self.make_primary(kind, value);
                if label.is_some() && self.primary(kind).1 != label {
                    let _ = self.set(names[1], label.unwrap_or_default());
                }
                let after =
                    (self.primary(kind).0.map(|v| points::key(kind, v)), self.primary(kind).1.map(String::from));
                if after.0 != before.0 {
                    changed.push(names[0]);
                }
                if after.1 != before.1 {
                    changed.push(names[1]);
                }
            }
            for &f in FIELD_NAMES {
                if matches!(f, "email" | "phone" | "email_type" | "phone_type" | "other_emails" | "other_phones") {
                    continue;
                }
                if let Some(v) = incoming.get(f) {
                    if self.get(f) != Some(v) {
                        let v = v.to_string();
                        // Values read from a file were validated on the way in.
                        if self.set(f, &v).is_ok() {
                            changed.push(f);
                        }
                    }
                }
            }
        }
        let mut ordered: Vec<&'static str> = FIELD_NAMES.iter().copied().filter(|f| changed.contains(f)).collect();
        ordered.dedup();
        ordered
    }
}

pub(super) fn check_email(e: &str) -> Result<(), crate::domain::Invalid> {
    let ok = match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
        }
        None => false,
    } && !e.chars().any(char::is_whitespace);
    if ok {
        Ok(())
    } else {
        Err(super::Invalid(crate::i18n::Text::tr("err-not-an-email", crate::targs!["value" => e])))
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
            return Err(super::Invalid(crate::i18n::Text::tr("err-empty-name", vec![])));
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
        assert_eq!(keep.fill_from(&other), vec!["other_emails", "city"], "nothing of the other is lost");
        assert_eq!(keep.name, "Keep");
        assert_eq!(keep.email.as_deref(), Some("k@x.fr"));
        assert_eq!(keep.city.as_deref(), Some("Lyon"));
    }

    #[test]
    fn a_contact_keeps_every_email_and_one_primary() {
        let pt = |v: &str, l: Option<&str>| Point { value: v.into(), label: l.map(String::from) };
        let mut c = ContactFields { name: "Paul".into(), ..Default::default() };
        assert!(c.add(Kind::Email, pt("p@home.fr", Some("home"))));
        assert_eq!((c.email.as_deref(), c.email_type.as_deref()), (Some("p@home.fr"), Some("home")));
        assert!(c.add(Kind::Email, pt("p@work.fr", Some("work"))));
        assert!(!c.add(Kind::Email, pt("P@WORK.FR", None)), "known already");
        assert!(c.add(Kind::Email, pt("p@old.fr", None)));
        assert!(c.add(Kind::Email, pt("p@old.fr", Some("other"))), "a missing type is filled");
        assert_eq!(c.other_emails.as_deref(), Some("p@work.fr (work); p@old.fr (other)"));
        assert_eq!(c.keys(Kind::Email), ["p@home.fr", "p@work.fr", "p@old.fr"]);
        assert!(c.make_primary(Kind::Email, "p@work.fr"));
        assert_eq!(c.email.as_deref(), Some("p@work.fr"));
        assert_eq!(c.other_emails.as_deref(), Some("p@home.fr (home); p@old.fr (other)"));
        assert!(c.remove(Kind::Email, "p@work.fr"), "the primary: the next one takes its place");
        assert_eq!((c.email.as_deref(), c.email_type.as_deref()), (Some("p@home.fr"), Some("home")));
        assert!(c.remove(Kind::Email, "p@old.fr"));
        assert_eq!(c.other_emails, None);
        assert!(!c.remove(Kind::Email, "nobody@x.fr"));
        assert!(c.search_key().contains("p@home.fr"));
    }

    #[test]
    fn every_number_is_searchable_without_spaces() {
        let mut c = ContactFields { name: "Paul".into(), ..Default::default() };
        c.set("other_phones", "06 12 34 56 78 (cell)").unwrap();
        assert!(c.search_key().contains("0612345678"), "{}", c.search_key());
    }

    #[test]
    fn an_update_fills_and_adds_and_overwrites_only_when_asked() {
        let base = ContactFields {
            name: "Paul Martin".into(),
            email: Some("paul@home.fr".into()),
            city: Some("Lyon".into()),
            ..Default::default()
        };
        let file = ContactFields {
            name: "Paul MARTIN".into(),
            email: Some("paul@atelier.fr".into()),
            email_type: Some("work".into()),
            phone: Some("06 12 34 56 78".into()),
            city: Some("Villeurbanne".into()),
            ..Default::default()
        };
        let mut kept = base.clone();
        assert_eq!(kept.update_from(&file, false), ["phone", "other_emails"]);
        assert_eq!((kept.name.as_str(), kept.city.as_deref()), ("Paul Martin", Some("Lyon")), "nothing replaced");
        assert_eq!(kept.other_emails.as_deref(), Some("paul@atelier.fr (work)"));
        let mut replaced = base.clone();
        assert_eq!(replaced.update_from(&file, true), ["name", "email", "phone", "city", "email_type", "other_emails"]);
        assert_eq!(replaced.email.as_deref(), Some("paul@atelier.fr"));
        assert_eq!(replaced.other_emails.as_deref(), Some("paul@home.fr"), "the old address is kept");
        let mut same = replaced.clone();
        assert!(same.update_from(&file, true).is_empty(), "a second run changes nothing");
    }

    #[test]
    fn merging_adds_the_other_contacts_emails() {
        let mut keep = ContactFields { name: "K".into(), email: Some("k@x.fr".into()), ..Default::default() };
        let other = ContactFields {
            name: "O".into(),
            email: Some("o@x.fr".into()),
            email_type: Some("work".into()),
            other_emails: Some("k@x.fr".into()),
            ..Default::default()
        };
        assert_eq!(keep.fill_from(&other), vec!["other_emails"]);
        assert_eq!(keep.other_emails.as_deref(), Some("o@x.fr (work)"));
        assert_eq!(keep.email_type, None, "the type of another address is not this one's");
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
        return Err(super::Invalid(crate::i18n::Text::tr("err-empty-tag", vec![])));
    }
    if t.contains([';', ',']) {
        return Err(super::Invalid(crate::i18n::Text::tr("err-tag-separator", crate::targs!["tag" => t])));
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
