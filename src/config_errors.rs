//! The config file's errors said in the reader's language: serde's
//! "unknown field `x`, expected one of ..." and "invalid type: ..., expected
//! u32" come from toml as English sentences, so the shapes serde writes are
//! read back once here into a message id with its pieces (the key, the
//! accepted keys, the type). A shape not recognised keeps serde's words,
//! with the place (file, line, column, key) still in the reader's language.
//! The unit tests feed toml's real errors, so a new wording of serde or
//! toml fails them instead of going silently English.

use crate::i18n::{Arg, Text};

/// What went wrong in the config text, as a message for people.
pub fn describe(message: &str) -> Text {
    let msg = message.trim();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once("`, ") {
            return Text::tr("config-unknown-key", crate::targs!["key" => key, "keys" => accepted(expected)]);
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        if let Some((value, expected)) = rest.split_once("`, ") {
            return Text::tr("config-unknown-value", crate::targs!["value" => value, "values" => accepted(expected)]);
        }
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return Text::tr(
                "config-wrong-type",
                crate::targs!["found" => found_as(found), "expected" => expected_as(expected)],
            );
        }
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        if let Some(key) = rest.strip_suffix('`') {
            return Text::tr("config-missing-key", crate::targs!["key" => key]);
        }
    }
    Text::plain(msg.to_string())
}

/// serde's list of accepted names (`expected one of `a`, `b``, `expected
/// `a` or `b``, `there are no fields`), as a plain list.
fn accepted(expected: &str) -> Arg {
    let names: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if names.is_empty() {
        return Arg::Text(Box::new(Text::tr("config-no-keys", vec![])));
    }
    Arg::Str(names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", "))
}

/// What serde found: `string "abc"`, `integer `5``, `boolean `true``...
fn found_as(found: &str) -> Arg {
    let (kind, value) = match found.split_once(' ') {
        Some((k, v)) => (k, v),
        None => (found, ""),
    };
    let (id, value) = match kind {
        "string" => ("config-found-text", value),
        "integer" => ("config-found-whole", value.trim_matches('`')),
        "floating" => ("config-found-decimal", value.trim_start_matches("point").trim().trim_matches('`')),
        "boolean" => ("config-found-bool", value.trim_matches('`')),
        "sequence" => ("config-found-list", ""),
        "map" => ("config-found-table", ""),
        _ => return Arg::Str(found.to_string()),
    };
    Arg::Text(Box::new(Text::tr(id, crate::targs!["value" => value])))
}

/// What serde wanted: a Rust type (`u32`, `f64`), a phrase (`a string`,
/// `a boolean`, `a sequence`) or a struct (a table of keys).
fn expected_as(expected: &str) -> Arg {
    let id = match expected.trim() {
        "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => "config-type-whole",
        "f32" | "f64" => "config-type-decimal",
        "a string" | "string" => "config-type-text",
        "a boolean" | "bool" => "config-type-bool",
        "a character" | "char" => "config-type-char",
        "a sequence" => "config-type-list",
        e if e.starts_with("struct ") || e == "a map" => "config-type-table",
        _ => return Arg::Str(expected.to_string()),
    };
    Arg::Text(Box::new(Text::tr(id, vec![])))
}

/// Where in the config text an error at byte `at` is: line, column and
/// the key it belongs to (the TOML parser names the value, not its key).
pub fn place(text: &str, at: usize) -> Text {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_no = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..at].chars().count() + 1;
    let line = text.lines().nth(line_no - 1).unwrap_or("");
    let mut table = String::new();
    for l in text.lines().take(line_no) {
        let t = l.trim();
        if t.starts_with('[') && t.ends_with(']') {
            table = t.trim_matches(|c| c == '[' || c == ']').trim().to_string();
        }
    }
    let (line_no, column) = (line_no as i64, column as i64);
    match line.split_once('=') {
        Some((k, _)) if !k.trim().is_empty() && !k.trim().starts_with('[') => {
            let k = k.trim().trim_matches('"');
            let full = if table.is_empty() { k.to_string() } else { format!("{table}.{k}") };
            Text::tr("config-place-key", crate::targs!["line" => line_no, "column" => column, "key" => full])
        }
        _ if !table.is_empty() && line.trim().starts_with('[') => {
            Text::tr("config-place-key", crate::targs!["line" => line_no, "column" => column, "key" => table])
        }
        _ => Text::tr("config-place", crate::targs!["line" => line_no, "column" => column]),
    }
}

/// The `language` a config text asks for, when the text is TOML at all
/// (read even when the rest of the file is wrong, so its errors are said
/// in that language).
pub fn language(text: &str) -> Option<String> {
    let table: toml::Table = toml::from_str(text).ok()?;
    table.get("language")?.as_str().map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn said(text: &str, lang: Lang) -> String {
        let e = toml::from_str::<crate::config::Config>(text).unwrap_err();
        describe(e.message()).render(lang)
    }

    #[test]
    fn unknown_keys_are_named_with_the_accepted_ones_in_each_language() {
        let fr = said("[remind]\nbirthday_dayz = 3\n", Lang::Fr);
        assert!(fr.starts_with("clé inconnue `birthday_dayz`"), "{fr}");
        assert!(fr.contains("`birthday_days`, `slipping_factor`"), "{fr}");
        let en = said("[remind]\nbirthday_dayz = 3\n", Lang::En);
        assert!(en.starts_with("unknown key `birthday_dayz`"), "{en}");
        let top = said("colour = 1\n", Lang::Fr);
        assert!(top.starts_with("clé inconnue `colour`") && top.contains("`currency`, `country`"), "{top}");
    }

    #[test]
    fn type_errors_say_what_was_found_and_what_is_wanted() {
        let fr = said("[remind]\nbirthday_days = \"sept\"\n", Lang::Fr);
        assert_eq!(fr, "valeur de mauvais type : le texte \"sept\" ; attendu : un nombre entier");
        let en = said("[remind]\nbirthday_days = \"sept\"\n", Lang::En);
        assert_eq!(en, "wrong type of value: the text \"sept\"; expected: a whole number");
        let fr = said("[remind]\nslipping_factor = true\n", Lang::Fr);
        assert!(fr.contains("le booléen true") && fr.ends_with("attendu : un nombre"), "{fr}");
        let fr = said("remind = 3\n", Lang::Fr);
        assert!(fr.contains("le nombre entier 3") && fr.contains("une table de clés"), "{fr}");
        let fr = said("format = \"yaml\"\n", Lang::Fr);
        assert!(fr.starts_with("valeur inconnue `yaml`") && fr.contains("`table`, `json`, `csv`"), "{fr}");
    }

    #[test]
    fn the_place_names_line_column_and_key() {
        let text = "currency = \"EUR\"\n[remind]\nbirthday_days = \"x\"\n";
        let at = text.find("\"x\"").unwrap();
        assert_eq!(place(text, at).render(Lang::Fr), "ligne 3, colonne 17, clé `remind.birthday_days`");
        assert_eq!(place(text, at).render(Lang::En), "line 3, column 17, key `remind.birthday_days`");
    }

    #[test]
    fn the_language_is_read_from_a_config_that_is_otherwise_wrong() {
        assert_eq!(language("language = \"fr\"\ncolour = 1\n").as_deref(), Some("fr"));
        assert_eq!(language("language = \"fr\"\ncolour = \n"), None);
    }
}
