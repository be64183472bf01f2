//! The columns of a contacts file as the tools that write them name them:
//! carnet's own export, Google Contacts (the 2024 layout and the older
//! one), Outlook in English and in French, phones, and French
//! spreadsheets. Headers are compared normalized (see
//! [`super::columns::normalize`]: case, accents and punctuation aside).

use super::columns::normalize;
use super::contact_points::Kind;

/// Which of Outlook's three addresses a column belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Home,
    Work,
    Other,
}

/// The parts of an address carnet keeps (street lines 2 and 3 join the
/// street).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Street,
    Street2,
    Street3,
    City,
    Postcode,
    Country,
}

/// What a contacts-file column holds: one of carnet's fields (or `tags`),
/// or a part of the name to put together.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactColumn {
    Field(&'static str),
    GivenName,
    MiddleName,
    FamilyName,
    /// An email or phone column: the first of a kind is the primary, the
    /// others (Google's `E-mail 2 - Value`, Outlook's `Home Phone`) are
    /// kept beside it, with the type the header implies.
    Point(Kind, Option<&'static str>),
    /// Google's `E-mail 1 - Label` beside `E-mail 1 - Value`: the header
    /// of the value it labels, normalized.
    Label(String),
    /// A part of one of Outlook's addresses (`Home Street`, `Ville
    /// (bureau)`): a row's address is the first of home, work and other
    /// that has something, unless the file has plain address columns.
    Address(Place, Part),
    /// A key date (`Anniversary`, `Anniversaire de mariage ou fête`), by label.
    KeyDate(&'static str),
}

/// Phone columns that say their type, English and French Outlook's and
/// French spreadsheets' (fax numbers are phone numbers too).
const TYPED_PHONES: &[&str] = &[
    "home phone",
    "home phone 2",
    "business phone",
    "business phone 2",
    "mobile phone",
    "other phone",
    "primary phone",
    "company main phone",
    "car phone",
    "radio phone",
    "callback",
    "isdn",
    "pager",
    "assistant s phone",
    "tty tdd phone",
    "business fax",
    "home fax",
    "other fax",
    "telephone domicile",
    "telephone 2 domicile",
    "telephone bureau",
    "telephone 2 bureau",
    "telephone autre",
    "telephone voiture",
    "telephone societe",
    "telephone principal",
    "telephone de l assistant e",
    "radio telephone",
    "rappel",
    "rnis",
    "recepteur de radiomessagerie",
    "telephone tdd tty",
    "telecopie bureau",
    "telecopie domicile",
    "telecopie autre",
    "telecopie professionnelle",
    "telecopieur personnel",
    "telephone travail",
    "telephone portable",
    "telephone mobile",
    "telephone fixe",
    "telephone personnel",
    "telephone professionnel",
    "tel portable",
    "tel mobile",
    "tel fixe",
    "tel domicile",
    "tel bureau",
    "fax",
];

/// The type a header implies (`Business Phone` is work, `Télécopie` fax).
fn implied_label(n: &str) -> Option<&'static str> {
    let has = |w: &[&str]| n.split(' ').any(|x| w.contains(&x));
    if has(&["fax", "telecopie", "telecopieur"]) {
        Some("fax")
    } else if has(&["home", "domicile", "fixe", "perso", "personnel"]) {
        Some("home")
    } else if has(&["business", "work", "bureau", "travail", "pro", "professionnel", "professionnelle", "societe"]) {
        Some("work")
    } else if has(&["mobile", "portable", "cell", "cellular"]) {
        Some("cell")
    } else if has(&["other", "autre"]) {
        Some("other")
    } else {
        None
    }
}

/// `e mail 2 value`, `e mail 3 address`, `phone 2 value`: the numbered
/// columns of Google and Outlook.
fn numbered(n: &str, stem: &str, ends: &[&str]) -> bool {
    n.strip_prefix(stem)
        .and_then(|r| r.split_once(' '))
        .is_some_and(|(num, rest)| num.chars().all(|c| c.is_ascii_digit()) && ends.contains(&rest))
}

const CONTACT_ALIASES: &[(&str, &[&str])] = &[
    ("name", &["name", "full name", "display name", "nom complet", "contact"]),
    (
        "email",
        &[
            "email",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "e mail 1 value",
            "courriel",
            "adresse e mail",
            "adresse mail",
            "adresse email",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "telephone",
            "tel",
            "mobile",
            "portable",
            "phone number",
            "mobile phone",
            "phone 1 value",
            "numero de telephone",
        ],
    ),
    (
        "company",
        &[
            "company",
            "organization",
            "organisation",
            "organization name",
            "organization 1 name",
            "societe",
            "entreprise",
            "raison sociale",
        ],
    ),
    ("street", &["street", "address", "adresse", "rue", "address 1 street", "street address"]),
    ("postcode", &["postcode", "postal code", "zip", "zip code", "code postal", "cp", "address 1 postal code"]),
    ("city", &["city", "ville", "town", "address 1 city", "commune"]),
    ("country", &["country", "pays", "address 1 country"]),
    ("birthday", &["birthday", "anniversaire", "date de naissance", "birth date", "date of birth", "naissance"]),
    ("notes", &["notes", "note", "remarques", "commentaire", "commentaires", "comments"]),
    (
        "ref",
        &["ref", "reference", "code client", "n client", "no client", "numero client", "customer id", "customer_id"],
    ),
    ("tags", &["tags", "tag", "etiquettes", "categories", "labels", "group membership", "libelles"]),
    ("email_type", &["email type", "type email", "type e mail"]),
    ("phone_type", &["phone type", "type telephone"]),
    ("other_emails", &["other emails", "autres emails", "autres e mails"]),
    ("other_phones", &["other phones", "autres telephones"]),
    ("honorific", &["honorific", "title", "titre", "name prefix", "civilite", "prefix"]),
];

/// Columns of carnet's own `contact export` that an import ignores.
pub const CONTACT_EXPORT_ONLY: &[&str] = &["id", "archived", "archived at", "created at", "updated at"];

/// Outlook's address columns: `home street 2`, `business postal code`,
/// `home country region`; `rue domicile 2`, `code postal bureau`,
/// `pays region autre`, `autre ville`.
fn address(n: &str) -> Option<ContactColumn> {
    let place = |w: &str| match w {
        "home" | "domicile" => Some(Place::Home),
        "business" | "bureau" => Some(Place::Work),
        "other" | "autre" => Some(Place::Other),
        _ => None,
    };
    let part = |w: &str| match w {
        "street" | "rue" => Some(Part::Street),
        "street 2" | "rue 2" => Some(Part::Street2),
        "street 3" | "rue 3" => Some(Part::Street3),
        "city" | "ville" => Some(Part::City),
        "postal code" | "code postal" => Some(Part::Postcode),
        "country" | "country region" | "pays" | "pays region" => Some(Part::Country),
        _ => None,
    };
    // English: place first (`home street 2`).
    if let Some((p, rest)) = n.split_once(' ') {
        if let (Some(p), Some(r)) = (place(p), part(rest)) {
            return Some(ContactColumn::Address(p, r));
        }
    }
    // French: place after the part (`rue domicile 2`, `ville bureau`),
    // or `autre` first (`autre ville`).
    for p in ["domicile", "bureau", "autre"] {
        let found = n.strip_suffix(p).map(|r| (r.trim().to_string(), "")).or_else(|| {
            ["2", "3"].iter().find_map(|k| n.strip_suffix(&format!("{p} {k}")).map(|r| (r.trim().to_string(), *k)))
        });
        if let Some((stem, k)) = found {
            let stem = if k.is_empty() { stem } else { format!("{stem} {k}") };
            if let (Some(pl), Some(r)) = (place(p), part(&stem)) {
                return Some(ContactColumn::Address(pl, r));
            }
        }
    }
    n.strip_prefix("autre ").and_then(part).map(|r| ContactColumn::Address(Place::Other, r))
}

/// What a contacts header names, if carnet knows it.
pub fn contact_column(header: &str) -> Option<ContactColumn> {
    let n = normalize(header);
    if numbered(&n, "e mail ", &["value", "address"])
        || n == "e mail address"
        || n == "adresse de messagerie"
        || n.strip_prefix("adresse de messagerie ").is_some_and(|k| k.chars().all(|c| c.is_ascii_digit()))
    {
        return Some(ContactColumn::Point(Kind::Email, None));
    }
    if numbered(&n, "phone ", &["value"]) || TYPED_PHONES.contains(&n.as_str()) {
        return Some(ContactColumn::Point(Kind::Phone, implied_label(&n)));
    }
    for (stem, end) in [("e mail ", " label"), ("e mail ", " type"), ("phone ", " label"), ("phone ", " type")] {
        if let Some(num) = n.strip_prefix(stem).and_then(|r| r.strip_suffix(end)) {
            if num.chars().all(|c| c.is_ascii_digit()) {
                return Some(ContactColumn::Label(format!("{stem}{num} value")));
            }
        }
    }
    if ["first name", "given name", "prenom"].contains(&n.as_str()) {
        return Some(ContactColumn::GivenName);
    }
    if ["middle name", "additional name", "deuxieme prenom", "second prenom"].contains(&n.as_str()) {
        return Some(ContactColumn::MiddleName);
    }
    if ["last name", "family name", "surname", "nom", "nom de famille"].contains(&n.as_str()) {
        return Some(ContactColumn::FamilyName);
    }
    if ["anniversary", "anniversaire de mariage ou fete", "anniversaire de mariage", "wedding anniversary"]
        .contains(&n.as_str())
    {
        return Some(ContactColumn::KeyDate("anniversary"));
    }
    if let Some(a) = address(&n) {
        return Some(a);
    }
    match CONTACT_ALIASES.iter().find(|(_, names)| names.contains(&n.as_str())).map(|(f, _)| *f) {
        Some("email") => Some(ContactColumn::Point(Kind::Email, implied_label(&n))),
        Some("phone") => Some(ContactColumn::Point(Kind::Phone, implied_label(&n))),
        f => f.map(ContactColumn::Field),
    }
}

/// Whether a header is French (`Prénom`, `Adresse de messagerie`): then a
/// date such as `03/04/1978` is read day first, as French Outlook and
/// French spreadsheets write it; English Outlook writes month first.
pub fn header_is_french(headers: &[String]) -> bool {
    const FRENCH: &[&str] = &[
        "prenom",
        "nom",
        "adresse de messagerie",
        "anniversaire",
        "date de naissance",
        "rue domicile",
        "ville domicile",
        "code postal",
        "ville",
        "societe",
        "telephone",
    ];
    headers.iter().any(|h| FRENCH.contains(&h.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn google_outlook_and_french_contact_headers() {
        use ContactColumn::*;
        for (h, want) in [
            ("E-mail 1 - Value", Point(Kind::Email, None)),
            ("E-mail 2 - Value", Point(Kind::Email, None)),
            ("E-mail 2 Address", Point(Kind::Email, None)),
            ("E-mail 1 - Label", Label("e mail 1 value".into())),
            ("Phone 2 - Type", Label("phone 2 value".into())),
            ("Phone 1 - Value", Point(Kind::Phone, None)),
            ("Business Phone", Point(Kind::Phone, Some("work"))),
            ("Business Fax", Point(Kind::Phone, Some("fax"))),
            ("Mobile Phone", Point(Kind::Phone, Some("cell"))),
            ("Portable", Point(Kind::Phone, Some("cell"))),
            ("Téléphone", Point(Kind::Phone, None)),
            ("Tél. mobile", Point(Kind::Phone, Some("cell"))),
            ("Téléphone (domicile)", Point(Kind::Phone, Some("home"))),
            ("Télécopie (bureau)", Point(Kind::Phone, Some("fax"))),
            ("Adresse de messagerie", Point(Kind::Email, None)),
            ("Adresse de messagerie 2", Point(Kind::Email, None)),
            ("other_emails", Field("other_emails")),
            ("email_type", Field("email_type")),
            ("Organization Name", Field("company")),
            ("Address 1 - Postal Code", Field("postcode")),
            ("First Name", GivenName),
            ("Middle Name", MiddleName),
            ("Deuxième prénom", MiddleName),
            ("Last Name", FamilyName),
            ("Prénom", GivenName),
            ("Nom", FamilyName),
            ("Code postal", Field("postcode")),
            ("name", Field("name")),
            ("Title", Field("honorific")),
            ("Titre", Field("honorific")),
            ("Name Prefix", Field("honorific")),
            ("Home Street", Address(Place::Home, Part::Street)),
            ("Home Street 2", Address(Place::Home, Part::Street2)),
            ("Business Postal Code", Address(Place::Work, Part::Postcode)),
            ("Home Country/Region", Address(Place::Home, Part::Country)),
            ("Other City", Address(Place::Other, Part::City)),
            ("Rue (domicile)", Address(Place::Home, Part::Street)),
            ("Rue (domicile) 2", Address(Place::Home, Part::Street2)),
            ("Code postal (bureau)", Address(Place::Work, Part::Postcode)),
            ("Pays/Région (domicile)", Address(Place::Home, Part::Country)),
            ("Ville (autre)", Address(Place::Other, Part::City)),
            ("Autre ville", Address(Place::Other, Part::City)),
            ("Anniversary", KeyDate("anniversary")),
            ("Anniversaire de mariage ou fête", KeyDate("anniversary")),
            ("Anniversaire", Field("birthday")),
            ("Birthday", Field("birthday")),
            ("Labels", Field("tags")),
            ("Group Membership", Field("tags")),
            ("Catégories", Field("tags")),
        ] {
            assert_eq!(contact_column(h), Some(want), "{h}");
        }
        assert_eq!(contact_column("Phonetic First Name"), None);
        assert_eq!(contact_column("Home State"), None);
        assert_eq!(contact_column("Dép/Région (domicile)"), None);
        assert_eq!(contact_column("E-mail Display Name"), None);
    }
}
