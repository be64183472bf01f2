//! Who recorded a row (`recorded_by`), at the end of a line people read:
//! `… — par Anna` in French, `… — by Anna` otherwise; nothing for rows
//! from before carnet kept it.

use crate::i18n::Lang;

/// ` — by who` in `lang`, or nothing.
pub fn suffix(lang: Lang, who: Option<&str>) -> String {
    match who {
        Some(w) => format!(" — {}", crate::i18n::tr_args(lang, "recorded-by", &[("who", w.to_string().into())])),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_says_par_english_by_and_nobody_says_nothing() {
        assert_eq!(suffix(Lang::Fr, Some("Anna")), " — par Anna");
        assert_eq!(suffix(Lang::En, Some("Anna")), " — by Anna");
        assert_eq!(suffix(Lang::Fr, None), "");
    }
}
