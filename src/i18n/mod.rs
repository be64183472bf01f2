//! The language people read carnet in: English or French, chosen by
//! `--lang`, the config's `language`, or the locale. Messages come from
//! Project Fluent files compiled into the binary (`locales/*.ftl`), so
//! plurals are right in both languages. Scripts never see any of this:
//! JSON and CSV keep English names and ISO values whatever the language.

use fluent_bundle::FluentValue;
use std::sync::OnceLock;

/// English is the reference: every French message has an English twin.
pub const EN_FTL: &str = include_str!("../../locales/en.ftl");
pub const FR_FTL: &str = include_str!("../../locales/fr.ftl");
/// The `--help` texts, apart (see [`is_help`]).
pub const EN_HELP_FTL: &str = include_str!("../../locales/en-help.ftl");
pub const FR_HELP_FTL: &str = include_str!("../../locales/fr-help.ftl");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// `en`, `fr`, `fr_FR.UTF-8`, `French`: a language if one is named.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("fr") {
            Some(Lang::Fr)
        } else if s.starts_with("en") || s == "c" || s == "posix" || s.starts_with("c.") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The locale's language, read as POSIX does: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| var(k))
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default()
    }
}

/// The language of this run, set once when the context is made (a
/// command-line program has one, like its locale).
static CURRENT: OnceLock<Lang> = OnceLock::new();

pub fn set_current(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// This run's language (English before the context is made).
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

mod catalog;
mod text;

pub use catalog::message;
pub use text::{Arg, Text};

/// A message without arguments, or its id when missing (never silent).
pub fn tr(lang: Lang, id: &str) -> String {
    message(lang, id, &[]).unwrap_or_else(|| id.to_string())
}

/// A message with arguments, or its id when missing.
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    message(lang, id, args).unwrap_or_else(|| id.to_string())
}

/// A number written by Rust (`14.3`) as the language writes it (`14,3`).
pub fn decimal(lang: Lang, s: String) -> String {
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A domain name as a message key part: `Can't Lose Them` → `cant-lose-them`.
pub fn key_of(name: &str) -> String {
    name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == ' ').collect::<String>().to_lowercase().replace(' ', "-")
}

/// A table header for a JSON/CSV field name: its translation, else the
/// name with spaces (`contact_id` → `contact id`).
pub fn header(lang: Lang, field: &str) -> String {
    message(lang, &format!("col-{}", field.replace('_', "-")), &[]).unwrap_or_else(|| field.replace('_', " "))
}

#[cfg(test)]
mod tests;
