//! Purchases: what a customer bought, on which day, for how much.

use super::money::Cents;
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct NewPurchase<'a> {
    pub contact_id: i64,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<&'a str>,
    pub order_ref: Option<&'a str>,
    pub batch_id: Option<i64>,
    pub category_id: Option<i64>,
    pub channel: Option<&'a str>,
}

/// Count, total and first/last day of a contact's purchases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurchaseSummary {
    pub count: i64,
    pub total: Cents,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// A purchase with the contact it belongs to, as listed and exported.
#[derive(Debug, Clone)]
pub struct Purchase {
    pub id: i64,
    pub contact_id: i64,
    pub contact_ref: Option<String>,
    pub contact_name: String,
    pub date: NaiveDate,
    pub amount: Cents,
    pub note: Option<String>,
    pub order_ref: Option<String>,
    pub batch_id: Option<i64>,
    /// What was bought, under the category's kept spelling.
    pub category: Option<String>,
    /// Where it was sold.
    pub channel: Option<String>,
    /// Who recorded it (the role on PostgreSQL, the user on SQLite; none
    /// for purchases from before carnet kept it).
    pub recorded_by: Option<String>,
}

/// Where a shop sells, unless the config says otherwise.
pub const DEFAULT_CHANNELS: [&str; 5] = ["shop", "market", "online", "phone", "fair"];

/// How categories compare: case, accents and repeated spaces aside, so
/// `Bouquet`, `bouquet ` and `BOUQUET` are one category.
pub fn category_key(name: &str) -> String {
    super::contact::fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The known name closest to a mistyped one (`bouqet` → `Bouquets`),
/// compared as keys (case and accents aside), if one is close enough to be
/// what was meant: at most a third of its letters off.
pub fn closest<'n>(input: &str, names: &'n [String]) -> Option<&'n str> {
    let want = category_key(input);
    names
        .iter()
        .map(|n| (strsim::levenshtein(&want, &category_key(n)), n))
        .filter(|(d, n)| *d <= (category_key(n).chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.as_str())
}

/// A category name as kept: trimmed, inner spaces collapsed; None when blank.
pub fn category_name(name: &str) -> Option<String> {
    let n = name.split_whitespace().collect::<Vec<_>>().join(" ");
    (!n.is_empty()).then_some(n)
}

/// The French names of the built-in channels (folded), and the channel
/// each names: a French shop writes `boutique`, `marché`, `en ligne`.
const FRENCH_CHANNELS: &[(&str, &str)] = &[
    ("boutique", "shop"),
    ("magasin", "shop"),
    ("marche", "market"),
    ("en ligne", "online"),
    ("site", "online"),
    ("site web", "online"),
    ("internet", "online"),
    ("telephone", "phone"),
    ("salon", "fair"),
    ("foire", "fair"),
];

/// The configured channel `input` names (case and accents aside), or the
/// built-in channel its French name names.
pub fn channel<'c>(input: &str, channels: &'c [String]) -> Result<&'c str, super::Invalid> {
    let k = category_key(input);
    let direct = channels.iter().find(|c| category_key(c) == k);
    let french = || {
        let en = FRENCH_CHANNELS.iter().find(|(fr, _)| *fr == k)?.1;
        channels.iter().find(|c| category_key(c) == en)
    };
    direct.or_else(french).map(String::as_str).ok_or_else(|| {
        super::Invalid(crate::i18n::Text::tr(
            "err-not-channel",
            crate::targs!["value" => input.trim(), "channels" => channels.join(", ")],
        ))
    })
}

/// The config's channels: at least one, each a short word, no two alike.
pub fn check_channels(channels: &[String]) -> Result<(), super::Invalid> {
    if channels.is_empty() {
        return Err("give at least one channel".to_string().into());
    }
    for (i, c) in channels.iter().enumerate() {
        let k = category_key(c);
        if k.is_empty() || k.len() > 40 {
            return Err(super::Invalid(crate::i18n::Text::tr(
                "err-channel-name",
                crate::targs!["value" => c.as_str()],
            )));
        }
        if channels[..i].iter().any(|o| category_key(o) == k) {
            return Err(super::Invalid(crate::i18n::Text::tr(
                "err-listed-twice",
                crate::targs!["value" => c.as_str()],
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_mistyped_category_finds_the_closest_one() {
        let names = vec!["Bouquets".to_string(), "Ateliers".to_string(), "Plantes".to_string()];
        assert_eq!(closest("bouqet", &names), Some("Bouquets"));
        assert_eq!(closest("ATELIER", &names), Some("Ateliers"));
        assert_eq!(closest("plante", &names), Some("Plantes"));
        assert_eq!(closest("vélos", &names), None, "nothing close");
    }

    use super::*;

    #[test]
    fn categories_compare_without_case_accents_or_extra_spaces() {
        assert_eq!(category_key(" Bouquet  de   Mariée "), "bouquet de mariee");
        assert_eq!(category_key("BOUQUET DE MARIEE"), category_key("bouquet de mariée"));
        assert_eq!(category_name("  Atelier   poterie "), Some("Atelier poterie".into()));
        assert_eq!(category_name("   "), None);
    }

    #[test]
    fn channels_come_from_the_list() {
        let list: Vec<String> = DEFAULT_CHANNELS.map(String::from).to_vec();
        assert_eq!(channel("Marché", &["marché".to_string()]), Ok("marché"));
        assert_eq!(channel(" ONLINE ", &list), Ok("online"));
        for (fr, en) in [
            ("Boutique", "shop"),
            ("MARCHÉ", "market"),
            ("en ligne", "online"),
            ("Téléphone", "phone"),
            ("foire", "fair"),
            ("salon", "fair"),
            ("magasin", "shop"),
            ("site", "online"),
        ] {
            assert_eq!(channel(fr, &list), Ok(en), "{fr}");
        }
        // A shop's own channel is taken as written, before any French name.
        let own = vec!["marché".to_string(), "market".to_string()];
        assert_eq!(channel("Marche", &own), Ok("marché"));
        let e = channel("ebay", &list).unwrap_err();
        assert!(e.0.contains("shop, market, online, phone, fair"), "{}", e.0);
        assert!(check_channels(&list).is_ok());
        assert!(check_channels(&[]).is_err());
        assert!(check_channels(&["shop".into(), "Shop".into()]).is_err());
        assert!(check_channels(&[" ".into()]).is_err());
    }
}
