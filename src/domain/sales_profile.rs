//! Import profiles: how one tool's sales export is read. A profile says
//! which header is the customer (a number, an email, or a name typed in a
//! description), the date, the gross amount, and which rows are sales,
//! refunds (made negative), line items of one order, or not sales at all.
//! Built-in profiles know the exports shops already have; a shop writes its
//! own in the config (`[import.profiles.NAME]`, as hledger's CSV rules do).

use super::columns::normalize;
use serde::{Deserialize, Serialize};

/// A profile as the config writes it: each role names one header.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct ProfileSpec {
    /// What the dry run says the file was read as ("our till's export").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Headers that must all be in a file for it to be read with this
    /// profile without `--profile` (empty: only when named).
    pub detect: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `DD/MM/YYYY`, `MM/DD/YYYY`, `YYYY-MM-DD` or a strftime pattern
    /// (unset: settled by the file's values).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// A column with the amount refunded on the row's order (a second,
    /// negative purchase on the same day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refunded: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The column that says what a row is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Values of `kind` that are sales (empty: every row not a refund).
    pub sales: Vec<String>,
    /// Values of `kind` that are refunds (their amount is made negative).
    pub refunds: Vec<String>,
    /// A status column: rows whose status is not in `ok_statuses` (a
    /// failed or cancelled payment) are not sales.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub ok_statuses: Vec<String>,
    /// One row per line item: the rows after the first with the same
    /// `order_ref` belong to its purchase (their amount is not added).
    pub line_items: bool,
    /// One row per line item, each with its own amount: the rows of one
    /// order (the same `order_ref`, one after another) are added up into
    /// one purchase.
    pub sum_line_items: bool,
}

/// What a column of the file is, for carnet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Customer,
    CustomerName,
    Date,
    Amount,
    Refunded,
    Note,
    OrderRef,
    Category,
    Channel,
    Kind,
    Status,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Customer,
        Role::CustomerName,
        Role::Date,
        Role::Amount,
        Role::Refunded,
        Role::Note,
        Role::OrderRef,
        Role::Category,
        Role::Channel,
        Role::Kind,
        Role::Status,
    ];

    /// The name `--map` and the config use (`customer`, `customer_name`…).
    pub fn name(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::CustomerName => "customer_name",
            Role::Date => "date",
            Role::Amount => "amount",
            Role::Refunded => "refunded",
            Role::Note => "note",
            Role::OrderRef => "order_ref",
            Role::Category => "category",
            Role::Channel => "channel",
            Role::Kind => "kind",
            Role::Status => "status",
        }
    }

    /// A `--map` target: the role, `customer_id` (carnet's own column
    /// name) for the customer, or `Some(None)` for `ignore`; `None` when
    /// it is none of them.
    pub fn parse(s: &str) -> Option<Option<Role>> {
        let s = s.trim();
        if s == "ignore" {
            return Some(None);
        }
        if s == "customer_id" {
            return Some(Some(Role::Customer));
        }
        Role::ALL.into_iter().find(|r| r.name() == s).map(Some)
    }
}

/// A profile ready to read with: every header normalized, each role with
/// the headers it may be spelled as (a built-in knows the English and the
/// French spelling of its tool).
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    /// Built-in (its title is a message, `profile-NAME`) or the config's.
    pub builtin: bool,
    pub title: Option<String>,
    /// Any one of these sets of headers, all present, recognises the file.
    pub detect: Vec<Vec<String>>,
    pub roles: Vec<(Role, Vec<String>)>,
    /// Each role's header as the tool spells it, for `--profiles`.
    pub spelled: Vec<(Role, String)>,
    pub date_format: Option<String>,
    pub sales: Vec<String>,
    pub refunds: Vec<String>,
    pub ok_statuses: Vec<String>,
    pub line_items: bool,
    /// Line items carry their own amounts, added up into one purchase.
    pub sum_items: bool,
    /// Recognised only with both a customer number and a name column.
    pub needs_number_and_name: bool,
}

/// What a row of an export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Sale,
    Refund,
    /// A payout, a failed payment, a cancelled order: not counted.
    NotASale,
}

fn norm_all(v: &[&str]) -> Vec<String> {
    v.iter().map(|h| normalize(h)).collect()
}

impl Profile {
    pub fn from_spec(name: &str, s: &ProfileSpec) -> Profile {
        let one = |h: &Option<String>| h.as_deref().map(|h| vec![normalize(h)]).unwrap_or_default();
        // Each role the shop's profile names, with the header it gave.
        let given = [
            (Role::Customer, &s.customer),
            (Role::CustomerName, &s.customer_name),
            (Role::Date, &s.date),
            (Role::Amount, &s.amount),
            (Role::Refunded, &s.refunded),
            (Role::Note, &s.note),
            (Role::OrderRef, &s.order_ref),
            (Role::Category, &s.category),
            (Role::Channel, &s.channel),
            (Role::Kind, &s.kind),
            (Role::Status, &s.status),
        ];
        let roles = given.into_iter().filter(|(_, h)| h.is_some()).map(|(r, h)| (r, one(h))).collect();
        let spelled = given.into_iter().filter_map(|(r, h)| h.clone().map(|h| (r, h))).collect();
        let detect = if s.detect.is_empty() { vec![] } else { vec![s.detect.iter().map(|h| normalize(h)).collect()] };
        Profile {
            name: name.to_string(),
            builtin: false,
            title: s.title.clone(),
            detect,
            roles,
            spelled,
            date_format: s.date_format.clone(),
            sales: s.sales.iter().map(|v| normalize(v)).collect(),
            refunds: s.refunds.iter().map(|v| normalize(v)).collect(),
            ok_statuses: s.ok_statuses.iter().map(|v| normalize(v)).collect(),
            line_items: s.line_items,
            sum_items: s.sum_line_items,
            needs_number_and_name: false,
        }
    }

    /// Does a header (normalized) carry this profile's marks?
    pub fn recognises(&self, header: &[String]) -> bool {
        let (number, name) =
            (self.column_of(Role::Customer, header).is_some(), self.column_of(Role::CustomerName, header).is_some());
        self.detect.iter().any(|set| set.iter().all(|h| header.contains(h)))
            && self.column_of(Role::Date, header).is_some()
            && self.column_of(Role::Amount, header).is_some()
            && if self.needs_number_and_name { number && name } else { number || name }
    }

    /// The column (index in the header) of a role, if the file has it.
    pub fn column_of(&self, role: Role, header: &[String]) -> Option<usize> {
        let names = &self.roles.iter().find(|(r, _)| *r == role)?.1;
        names.iter().find_map(|n| header.iter().position(|h| h == n))
    }

    /// What a row is, from its kind and status cells (as written).
    pub fn row_kind(&self, kind: Option<&str>, status: Option<&str>) -> RowKind {
        if let Some(s) = status {
            if !self.ok_statuses.is_empty() && !self.ok_statuses.contains(&normalize(s)) {
                return RowKind::NotASale;
            }
        }
        let Some(k) = kind else { return RowKind::Sale };
        let k = normalize(k);
        if self.refunds.contains(&k) {
            RowKind::Refund
        } else if self.sales.is_empty() || self.sales.contains(&k) {
            RowKind::Sale
        } else {
            RowKind::NotASale
        }
    }

    /// The headers each role reads, for `--profiles` (first spelling).
    pub fn describe(&self) -> String {
        self.spelled.iter().map(|(r, h)| format!("{}={}", r.name(), h)).collect::<Vec<_>>().join(", ")
    }
}

struct Builtin {
    name: &'static str,
    detect: &'static [&'static [&'static str]],
    roles: &'static [(Role, &'static [&'static str])],
    date_format: Option<&'static str>,
    sales: &'static [&'static str],
    refunds: &'static [&'static str],
    ok_statuses: &'static [&'static str],
    line_items: bool,
    sum_items: bool,
    needs_number_and_name: bool,
}

/// The exports carnet knows, most specific first (the French till layout,
/// recognised by its columns alone, comes last). Headers are as the tools
/// write them (see tests/fixtures/README.md for the sources).
const BUILTINS: &[Builtin] = &[
    // Square Dashboard → Items → Export → Item Details CSV: one row per
    // item sold, each with its own amount; a sale's items are added up.
    Builtin {
        name: "square-items",
        detect: &[&["Item", "Qty", "Price Point Name", "Event Type", "Transaction ID"]],
        roles: &[
            (Role::Customer, &["Customer ID"]),
            (Role::CustomerName, &["Customer Name"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Gross Sales"]),
            (Role::OrderRef, &["Transaction ID"]),
            (Role::Category, &["Category"]),
            (Role::Kind, &["Event Type"]),
        ],
        date_format: None,
        sales: &["Payment"],
        refunds: &["Refund"],
        ok_statuses: &[],
        line_items: false,
        sum_items: true,
        needs_number_and_name: false,
    },
    // Square Dashboard → Transactions → Export → Transactions CSV.
    Builtin {
        name: "square",
        detect: &[&["Gross Sales", "Total Collected", "Event Type", "Transaction ID"]],
        roles: &[
            (Role::Customer, &["Customer ID"]),
            (Role::CustomerName, &["Customer Name"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Total Collected"]),
            (Role::OrderRef, &["Transaction ID"]),
            (Role::Note, &["Description"]),
            (Role::Kind, &["Event Type"]),
            (Role::Status, &["Transaction Status"]),
        ],
        date_format: None,
        sales: &["Payment"],
        refunds: &["Refund"],
        ok_statuses: &["Complete", ""],
        line_items: false,
        sum_items: false,
        needs_number_and_name: false,
    },
    // Shopify admin → Orders → Export: one row per line item, the order's
    // total, email and status on its first row only.
    Builtin {
        name: "shopify",
        detect: &[&["Financial Status", "Lineitem name", "Lineitem quantity"]],
        roles: &[
            (Role::Customer, &["Email"]),
            (Role::CustomerName, &["Billing Name"]),
            (Role::Date, &["Created at"]),
            (Role::Amount, &["Total"]),
            (Role::Refunded, &["Refunded Amount"]),
            (Role::OrderRef, &["Name"]),
            (Role::Kind, &["Financial Status"]),
        ],
        date_format: None,
        sales: &["paid", "partially_refunded", "refunded", "partially_paid"],
        refunds: &[],
        ok_statuses: &[],
        line_items: true,
        sum_items: false,
        needs_number_and_name: false,
    },
    // SumUp dashboard → Transactions → Export (the transactions report): a
    // sale and its payout are two rows; the customer is whatever was typed
    // in the description.
    Builtin {
        name: "sumup",
        detect: &[&["Transaction ID", "Payout ID"]],
        roles: &[
            (Role::CustomerName, &["Description"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Total", "Total amount", "Amount"]),
            (Role::OrderRef, &["Transaction ID"]),
            (Role::Kind, &["Transaction type", "Type"]),
            (Role::Status, &["Status"]),
        ],
        date_format: None,
        sales: &["Sale"],
        refunds: &["Refund"],
        ok_statuses: &["Successful", "Refunded", "Paid out"],
        line_items: false,
        sum_items: false,
        needs_number_and_name: false,
    },
    // Zettle (PayPal, formerly iZettle) → Sales → Receipts → Export: no
    // customer column; the description is where a name is typed.
    Builtin {
        name: "zettle",
        detect: &[&["Receipt number", "Staff", "Device"]],
        roles: &[
            (Role::CustomerName, &["Description"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Total", "Amount"]),
            (Role::OrderRef, &["Receipt number"]),
        ],
        date_format: None,
        sales: &[],
        refunds: &[],
        ok_statuses: &[],
        line_items: false,
        sum_items: false,
        needs_number_and_name: false,
    },
    // WooCommerce → Analytics → Orders → Download (English and French
    // admin): the customer is a name.
    Builtin {
        name: "woocommerce",
        detect: &[&["Order #", "Customer type", "Net sales"], &["Commande n°", "Type de client", "Ventes nettes"]],
        roles: &[
            (Role::CustomerName, &["Customer", "Client"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Net sales", "Ventes nettes"]),
            (Role::OrderRef, &["Order #", "Commande n°"]),
            (Role::Note, &["Product(s)", "Produit(s)"]),
            (Role::Kind, &["Status", "État"]),
        ],
        date_format: None,
        sales: &["Completed", "Processing", "Terminée", "En cours"],
        refunds: &["Refunded", "Remboursée", "Remboursé"],
        ok_statuses: &[],
        line_items: false,
        sum_items: false,
        needs_number_and_name: false,
    },
    // PrestaShop back office → Orders → Export (`;`, French or English):
    // the customer is written `M. Dupont`, the total with its currency.
    Builtin {
        name: "prestashop",
        detect: &[&["Nouveau client", "Livraison", "Paiement"], &["New client", "Delivery", "Payment"]],
        roles: &[
            (Role::CustomerName, &["Client", "Customer"]),
            (Role::Date, &["Date"]),
            (Role::Amount, &["Total"]),
            (Role::OrderRef, &["Référence", "Reference"]),
            (Role::Kind, &["État", "Status"]),
        ],
        date_format: None,
        sales: &[
            "Paiement accepté",
            "Paiement à distance accepté",
            "En cours de préparation",
            "Expédié",
            "Livré",
            "Payment accepted",
            "Remote payment accepted",
            "Processing in progress",
            "Shipped",
            "Delivered",
        ],
        refunds: &["Remboursé", "Refunded"],
        ok_statuses: &[],
        line_items: false,
        sum_items: false,
        needs_number_and_name: false,
    },
    // A French till or spreadsheet: a customer number beside the customer's
    // name (`N° client;Client;Date;Montant TTC`), days written day first.
    Builtin {
        name: "caisse-fr",
        detect: &[&[]],
        roles: &[
            (Role::Customer, &["N° client", "No client", "Numéro client", "Code client", "Réf client", "Num client"]),
            (Role::CustomerName, &["Client", "Nom client", "Nom du client", "Nom"]),
            (Role::Date, &["Date", "Date de vente", "Date vente", "Date du ticket", "Jour"]),
            (Role::Amount, &["Montant TTC", "Total TTC", "Montant", "Prix TTC", "Total"]),
            (Role::OrderRef, &["N° ticket", "No ticket", "Ticket", "N° facture", "Facture"]),
            (Role::Note, &["Libellé", "Désignation", "Article", "Commentaire"]),
            (Role::Category, &["Catégorie", "Rayon", "Famille"]),
            (Role::Channel, &["Canal", "Canal de vente", "Lieu de vente"]),
        ],
        date_format: None,
        sales: &[],
        refunds: &[],
        ok_statuses: &[],
        line_items: false,
        sum_items: false,
        needs_number_and_name: true,
    },
];

/// The built-in profiles.
pub fn builtins() -> Vec<Profile> {
    BUILTINS
        .iter()
        .map(|b| Profile {
            name: b.name.to_string(),
            builtin: true,
            title: None,
            detect: b.detect.iter().map(|s| norm_all(s)).collect(),
            roles: b.roles.iter().map(|(r, h)| (*r, norm_all(h))).collect(),
            spelled: b.roles.iter().map(|(r, h)| (*r, h.join(" / "))).collect(),
            date_format: b.date_format.map(String::from),
            sales: norm_all(b.sales),
            refunds: norm_all(b.refunds),
            ok_statuses: norm_all(b.ok_statuses),
            line_items: b.line_items,
            sum_items: b.sum_items,
            needs_number_and_name: b.needs_number_and_name,
        })
        .collect()
}

/// The profile a header is read with: the config's first (a shop's own
/// rules win), then the built-ins.
pub fn recognise<'p>(profiles: &'p [Profile], header: &[String]) -> Option<&'p Profile> {
    profiles.iter().filter(|p| !p.builtin).chain(profiles.iter().filter(|p| p.builtin)).find(|p| p.recognises(header))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(h: &str, sep: char) -> Vec<String> {
        h.split(sep).map(normalize).collect()
    }

    #[test]
    fn each_tool_is_recognised_by_its_header() {
        let all = builtins();
        for (h, sep, want) in [
            ("Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,Total Collected,Source,Card,Transaction ID,Payment ID,Description,Event Type,Location,Customer ID,Customer Name,Customer Reference ID,Transaction Status,Channel", ',', "square"),
            ("Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,Customer ID,Customer Name,Customer Reference ID,Channel", ',', "square-items"),
            ("Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Refunded Amount", ',', "shopify"),
            ("Email,Date,Transaction ID,Transaction type,Status,Description,Total,Fee,Payout,Payout ID", ',', "sumup"),
            ("Date,Time,Receipt number,Total,Fee,Net,Payment method,Staff,Device,Description", ',', "zettle"),
            ("Date,Order #,Status,Customer,Customer type,Product(s),Items sold,Coupon(s),Net sales,Attribution", ',', "woocommerce"),
            ("Date,Commande n°,État,Client,Type de client,Produit(s),Articles vendus,Code(s) promo,Ventes nettes", ',', "woocommerce"),
            ("ID;Référence;Nouveau client;Livraison;Client;Total;Paiement;État;Date", ';', "prestashop"),
            ("N° client;Client;Date;Montant TTC", ';', "caisse-fr"),
        ] {
            let p = recognise(&all, &header(h, sep)).map(|p| p.name.as_str());
            assert_eq!(p, Some(want), "{h}");
        }
        assert!(recognise(&all, &header("customer_id,date,amount", ',')).is_none());
        // A name column alone is not the French till layout: no number.
        assert!(recognise(&all, &header("Client;Date;Montant", ';')).is_none());
    }

    #[test]
    fn rows_are_sales_refunds_or_not_sales() {
        let all = builtins();
        let square = all.iter().find(|p| p.name == "square").unwrap();
        assert_eq!(square.row_kind(Some("Payment"), Some("Complete")), RowKind::Sale);
        assert_eq!(square.row_kind(Some("Refund"), Some("Complete")), RowKind::Refund);
        assert_eq!(square.row_kind(Some("Payment"), Some("Failed")), RowKind::NotASale);
        let sumup = all.iter().find(|p| p.name == "sumup").unwrap();
        assert_eq!(sumup.row_kind(Some("Payout"), Some("Paid out")), RowKind::NotASale);
        assert_eq!(sumup.row_kind(Some("Sale"), Some("Failed")), RowKind::NotASale);
        let shopify = all.iter().find(|p| p.name == "shopify").unwrap();
        assert_eq!(shopify.row_kind(Some("partially_refunded"), None), RowKind::Sale);
        assert_eq!(shopify.row_kind(Some("voided"), None), RowKind::NotASale);
        let presta = all.iter().find(|p| p.name == "prestashop").unwrap();
        assert_eq!(presta.row_kind(Some("Livré"), None), RowKind::Sale);
        assert_eq!(presta.row_kind(Some("Remboursé"), None), RowKind::Refund);
        assert_eq!(presta.row_kind(Some("Annulé"), None), RowKind::NotASale);
    }

    #[test]
    fn a_config_profile_reads_its_own_headers() {
        let spec = ProfileSpec {
            detect: vec!["Code fidélité".into()],
            customer: Some("Code fidélité".into()),
            date: Some("Jour".into()),
            amount: Some("Encaissé".into()),
            kind: Some("Type".into()),
            refunds: vec!["avoir".into()],
            ..Default::default()
        };
        let p = Profile::from_spec("ma-caisse", &spec);
        let h = header("Jour;Code fidélité;Encaissé;Type", ';');
        assert!(p.recognises(&h));
        assert_eq!(p.column_of(Role::Amount, &h), Some(2));
        assert_eq!(p.row_kind(Some("Avoir"), None), RowKind::Refund);
        assert_eq!(p.row_kind(Some("vente"), None), RowKind::Sale);
        assert!(!p.sum_items && !p.line_items);
        let summed = Profile::from_spec("x", &ProfileSpec { sum_line_items: true, ..spec.clone() });
        assert!(summed.sum_items);
        // Without `detect`, a shop's profile is only used when named.
        let named_only = Profile::from_spec("y", &ProfileSpec { detect: vec![], ..spec });
        assert!(!named_only.recognises(&h));
        assert_eq!(Role::parse("ignore"), Some(None));
        assert_eq!(Role::parse("customer_id"), Some(Some(Role::Customer)));
        assert_eq!(Role::parse("client"), None);
    }
}
