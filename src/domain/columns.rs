//! The columns of a purchases file as people name them: carnet's own
//! (`customer_id`, `date`, `amount`, `note`, `order_ref`), their English and
//! French spellings in tills and spreadsheets, and carnet's own export's
//! other columns (accepted and ignored, so an export goes back in).

use super::contact::fold;
use super::contact_points::Kind;

/// A header name without case, accents, `°`, punctuation or extra spaces.
pub fn normalize(h: &str) -> String {
    // `°` would fold to "deg": it is punctuation here (`N° client`).
    let f = fold(&h.trim().trim_start_matches('\u{feff}').replace(['°', 'º'], " "));
    let mut out = String::with_capacity(f.len());
    let mut space = false;
    for c in f.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

/// The aliases of each column, already normalised.
const ALIASES: &[(&str, &[&str])] = &[
    (
        "customer_id",
        &[
            "customer id",
            "customer",
            "customer ref",
            "customer number",
            "client",
            "client id",
            "id client",
            "n client",
            "no client",
            "num client",
            "numero client",
            "code client",
            "ref client",
            "reference client",
            "customer code",
            "ref",
        ],
    ),
    (
        "date",
        &[
            "date",
            "day",
            "sale date",
            "purchase date",
            "order date",
            "date de vente",
            "date d achat",
            "date achat",
            "date vente",
            "jour",
            "date du ticket",
            "date ticket",
        ],
    ),
    (
        "amount",
        &[
            "amount",
            "total",
            "price",
            "montant",
            "montant ttc",
            "total ttc",
            "prix",
            "prix ttc",
            "ttc",
            "montant eur",
            "amount eur",
            "net",
            "sum",
            "somme",
            "chiffre d affaires",
            "ca",
        ],
    ),
    (
        "note",
        &[
            "note",
            "notes",
            "comment",
            "comments",
            "commentaire",
            "commentaires",
            "libelle",
            "description",
            "designation",
        ],
    ),
    (
        "order_ref",
        &[
            "order ref",
            "order",
            "order number",
            "order id",
            "invoice",
            "invoice number",
            "receipt",
            "ticket",
            "n ticket",
            "no ticket",
            "num ticket",
            "numero ticket",
            "numero de ticket",
            "facture",
            "n facture",
            "no facture",
            "numero facture",
            "numero de facture",
        ],
    ),
    (
        "category",
        &[
            "category",
            "product category",
            "product type",
            "type",
            "categorie",
            "categorie produit",
            "rayon",
            "famille",
            "famille produit",
            "type d achat",
            "type de produit",
        ],
    ),
    ("channel", &["channel", "sales channel", "canal", "canal de vente", "lieu de vente", "point de vente"]),
];

/// Columns of carnet's own `purchase export` that an import ignores.
pub const EXPORT_ONLY: &[&str] = &["id", "contact id", "contact name", "batch id"];

/// The carnet column a header names, if any.
pub fn purchase_column(header: &str) -> Option<&'static str> {
    let n = normalize(header);
    ALIASES.iter().find(|(_, names)| names.contains(&n.as_str()) || n == normalize(names[0])).map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_headers() {
        for (h, want) in [
            ("customer_id", "customer_id"),
            ("N° client", "customer_id"),
            ("Code Client", "customer_id"),
            ("Date de vente", "date"),
            ("date d'achat", "date"),
            ("Montant TTC", "amount"),
            ("MONTANT", "amount"),
            ("Libellé", "note"),
            ("n° ticket", "order_ref"),
            ("Facture", "order_ref"),
            ("order_ref", "order_ref"),
            ("\u{feff}customer_id", "customer_id"),
            ("Catégorie", "category"),
            ("Rayon", "category"),
            ("Famille", "category"),
            ("Canal de vente", "channel"),
        ] {
            assert_eq!(purchase_column(h), Some(want), "{h}");
        }
        assert_eq!(purchase_column("mode de règlement"), None);
        assert_eq!(normalize("  N°  Ticket "), "n ticket");
    }
}

/// What a contacts-file column holds: one of carnet's fields (or `tags`),
/// or a part of the name to put together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactColumn {
    Field(&'static str),
    GivenName,
    FamilyName,
    /// An email or phone column: the first of a kind is the primary, the
    /// others (Google's `E-mail 2 - Value`, Outlook's `Home Phone`) are
    /// kept beside it, with the type the header implies.
    Point(Kind, Option<&'static str>),
    /// Google's `E-mail 1 - Label` beside `E-mail 1 - Value`: the header
    /// of the value it labels, normalized.
    Label(String),
}

/// Outlook's and French spreadsheets' phone columns, which say the type.
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
    "telephone domicile",
    "telephone bureau",
    "telephone travail",
    "telephone portable",
    "telephone fixe",
    "tel portable",
    "tel mobile",
    "tel fixe",
    "tel domicile",
    "tel bureau",
];

/// The type a header implies (`Business Phone` is work).
fn implied_label(n: &str) -> Option<&'static str> {
    let has = |w: &[&str]| n.split(' ').any(|x| w.contains(&x));
    if has(&["home", "domicile", "fixe", "perso", "personnel"]) {
        Some("home")
    } else if has(&["business", "work", "bureau", "travail", "pro", "professionnel"]) {
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
    ("birthday", &["birthday", "anniversaire", "date de naissance", "birth date", "date of birth"]),
    ("notes", &["notes", "note", "remarques", "commentaire", "commentaires", "comments"]),
    (
        "ref",
        &["ref", "reference", "code client", "n client", "no client", "numero client", "customer id", "customer_id"],
    ),
    ("tags", &["tags", "tag", "etiquettes", "categories"]),
    ("email_type", &["email type", "type email", "type e mail"]),
    ("phone_type", &["phone type", "type telephone"]),
    ("other_emails", &["other emails", "autres emails", "autres e mails"]),
    ("other_phones", &["other phones", "autres telephones"]),
];

/// Columns of carnet's own `contact export` that an import ignores.
pub const CONTACT_EXPORT_ONLY: &[&str] = &["id", "archived", "archived at", "created at", "updated at"];

/// What a contacts header names, if carnet knows it.
pub fn contact_column(header: &str) -> Option<ContactColumn> {
    let n = normalize(header);
    if numbered(&n, "e mail ", &["value", "address"]) || n == "e mail address" {
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
    if ["last name", "family name", "surname", "nom", "nom de famille"].contains(&n.as_str()) {
        return Some(ContactColumn::FamilyName);
    }
    match CONTACT_ALIASES.iter().find(|(_, names)| names.contains(&n.as_str())).map(|(f, _)| *f) {
        Some("email") => Some(ContactColumn::Point(Kind::Email, implied_label(&n))),
        Some("phone") => Some(ContactColumn::Point(Kind::Phone, implied_label(&n))),
        f => f.map(ContactColumn::Field),
    }
}

#[cfg(test)]
mod contact_tests {
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
            ("Mobile Phone", Point(Kind::Phone, Some("cell"))),
            ("Portable", Point(Kind::Phone, Some("cell"))),
            ("Téléphone", Point(Kind::Phone, None)),
            ("other_emails", Field("other_emails")),
            ("email_type", Field("email_type")),
            ("Organization Name", Field("company")),
            ("Address 1 - Postal Code", Field("postcode")),
            ("First Name", GivenName),
            ("Last Name", FamilyName),
            ("Prénom", GivenName),
            ("Nom", FamilyName),
            ("Code postal", Field("postcode")),
            ("name", Field("name")),
        ] {
            assert_eq!(contact_column(h), Some(want), "{h}");
        }
        assert_eq!(contact_column("Phonetic First Name"), None);
    }
}
