//! The columns of a purchases file as people name them: carnet's own
//! (`customer_id`, `date`, `amount`, `note`, `order_ref`), their English and
//! French spellings in tills and spreadsheets, and carnet's own export's
//! other columns (accepted and ignored, so an export goes back in).

use super::contact::fold;

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

/// Columns of carnet's own `purchase export` that an import ignores (an
/// imported purchase is recorded by whoever imports it).
pub const EXPORT_ONLY: &[&str] = &["id", "contact id", "contact name", "batch id", "recorded by"];

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
