//! The message files' own rules, and rendering.
use super::catalog::{catalog, is_help, message_by_fluent};
use super::*;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → the variables it uses, from an .ftl file.
fn messages(ftl: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast;
    let res = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(_, e)| panic!("the .ftl file does not parse: {e:?}"));
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            let text = format!("{:?}", m.value);
            // Variable references show as VariableReference { id: Identifier { name: "x" } }.
            for part in text.split("VariableReference { id: Identifier { name: \"").skip(1) {
                vars.insert(part.split('"').next().unwrap_or_default().to_string());
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

/// The pre-cut plain messages render exactly as Fluent renders them,
/// in both languages, with strings and numbers.
#[test]
fn plain_messages_render_as_fluent_does() {
    let files = [
        (Lang::En, EN_FTL, "x"),
        (Lang::Fr, FR_FTL, "x"),
        (Lang::En, EN_HELP_FTL, "help-x"),
        (Lang::Fr, FR_HELP_FTL, "help-x"),
    ];
    for (lang, ftl, any_id) in files {
        let plain = &catalog(lang, any_id).plain;
        assert!(plain.len() > 100, "most messages are plain ({})", plain.len());
        for (id, vars) in messages(ftl) {
            for value in [FluentValue::from("x y"), FluentValue::from(2), FluentValue::from(1234567)] {
                let args: Vec<(&str, FluentValue)> = vars.iter().map(|v| (v.as_str(), value.clone())).collect();
                assert_eq!(message(lang, &id, &args), message_by_fluent(lang, &id, &args), "{id} in {lang:?}");
            }
        }
    }
}

/// A message id given twice: Fluent keeps the first and drops the
/// other without a word.
#[test]
fn no_message_id_is_given_twice() {
    for (name, ftl) in [("en", EN_FTL), ("fr", FR_FTL), ("en-help", EN_HELP_FTL), ("fr-help", FR_HELP_FTL)] {
        let mut seen = std::collections::BTreeSet::new();
        let twice: Vec<&str> = ftl
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.is_empty() && !id.starts_with([' ', '#', '-']) && !seen.insert(*id))
            .collect();
        assert!(twice.is_empty(), "locales/{name}.ftl gives these ids twice: {twice:?}");
    }
}

/// Every message of a language, its `--help` file's too; an id in both
/// files fails (the help file would never be asked for it).
fn all(main: &'static str, help: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let (mut m, h) = (messages(main), messages(help));
    for (id, vars) in h {
        assert!(is_help(&id), "`{id}` is in a --help file but does not start with help- or flag-");
        assert!(m.insert(id.clone(), vars).is_none(), "`{id}` is in both files");
    }
    assert!(m.keys().filter(|k| is_help(k)).all(|k| messages(help).contains_key(k)), "help- ids live in the help file");
    m
}

#[test]
fn every_french_message_has_an_english_twin_with_the_same_placeholders() {
    let (en, fr) = (all(EN_FTL, EN_HELP_FTL), all(FR_FTL, FR_HELP_FTL));
    let missing_fr: Vec<&String> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
    let missing_en: Vec<&String> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(missing_fr.is_empty(), "no French for: {missing_fr:?}");
    assert!(missing_en.is_empty(), "no English twin for: {missing_en:?}");
    for (k, vars) in &en {
        assert_eq!(&fr[k], vars, "`{k}` uses other placeholders in French");
    }
    assert!(en.len() > 50, "the files hold the messages");
    assert_eq!(en["n-customers"], BTreeSet::from(["count".to_string()]), "placeholders are read");
}

#[test]
fn plurals_and_fallbacks() {
    use fluent_bundle::FluentValue;
    let n = |k: i64| [("count", FluentValue::from(k))];
    assert_eq!(tr_args(Lang::En, "n-customers", &n(1)), "1 customer");
    assert_eq!(tr_args(Lang::En, "n-customers", &n(2)), "2 customers");
    assert_eq!(tr_args(Lang::Fr, "n-customers", &n(1)), "1 client");
    assert_eq!(tr_args(Lang::Fr, "n-customers", &n(0)), "0 client");
    assert_eq!(tr_args(Lang::Fr, "n-customers", &n(2)), "2 clients");
    assert_eq!(header(Lang::Fr, "contact_id"), "n° client");
    assert_eq!(header(Lang::En, "no_such_field"), "no such field", "a field without a message");
    assert_eq!(tr(Lang::Fr, "no-such-message"), "no-such-message");
}

#[test]
fn the_language_comes_from_the_first_locale_variable_set() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    };
    assert_eq!(Lang::from_locale(env(&[("LANG", "fr_FR.UTF-8")])), Lang::Fr);
    assert_eq!(Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_locale(env(&[("LC_MESSAGES", "fr_CA"), ("LANG", "en_US")])), Lang::Fr);
    assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    assert_eq!(Lang::parse("French"), Some(Lang::Fr));
    assert_eq!(Lang::parse("de"), None);
}

/// Every message id the code names for an error, a hint or a reason
/// (a literal given to `Text::tr`, `Error::t`, `with_hint_t`,
/// `not_found`…) is in the English file: a typo would show the id.
#[test]
fn every_message_the_code_names_exists() {
    let en = all(EN_FTL, EN_HELP_FTL);
    let prefixes = [
        "err-",
        "hint-",
        "io-",
        "config-",
        "what-",
        "remind-",
        "ics-",
        "why-",
        "date-",
        "days-",
        "weeks-",
        "amount-",
        "csv-",
        "import-",
        "cycle-",
        "cost-",
        "label-",
        "vcard-",
        "consent-",
        "campaign-",
        "msg-",
        "warn-",
    ];
    let mut missing = Vec::new();
    let mut seen = 0;
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for literal in text.split('"').skip(1).step_by(2) {
                let is_id = prefixes.iter().any(|p| literal.starts_with(p))
                    && !literal.ends_with('-')
                    && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if is_id {
                    seen += 1;
                    if !en.contains_key(literal) {
                        missing.push(format!("{}: {literal}", path.display()));
                    }
                }
            }
        }
    }
    assert!(seen > 100, "the scan finds the ids ({seen})");
    assert!(missing.is_empty(), "ids without a message: {missing:#?}");
}

/// A text rendered straight from its pieces says what Fluent says.
#[test]
fn a_plain_text_renders_as_fluent_does() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
    let t = Text::tr("why-cadence", crate::targs!["days" => 30u32, "day" => Arg::Day(day)]);
    let fluent = |lang| {
        let d = if lang == Lang::En { "2026-11-03" } else { "03/11/2026" };
        message_by_fluent(lang, "why-cadence", &[("days", FluentValue::from(30)), ("day", FluentValue::from(d))])
    };
    assert_eq!(Some(t.render(Lang::En)), fluent(Lang::En));
    assert_eq!(Some(t.render(Lang::Fr)), fluent(Lang::Fr));
    assert_eq!(t.render(Lang::Fr), "donner des nouvelles tous les 30 jours ; dernier contact le 03/11/2026");
}

#[test]
fn a_text_renders_in_either_language_nested_texts_too() {
    let why = Text::tr("amount-decimals", vec![]);
    let t = Text::tr("err-flag-value", crate::targs!["flag" => "amount", "value" => "1,234", "why" => why]);
    assert_eq!(t.english(), "amount `1,234`: an amount has at most two decimals");
    assert_eq!(t.render(Lang::Fr), "amount `1,234` : un montant a au plus deux décimales");
    let list = Text::concat(vec![Text::plain("a.csv "), Text::tr("date-empty", vec![])]);
    assert_eq!(list.render(Lang::Fr), "a.csv la date est vide");
    assert_eq!(Text::plain("as is").render(Lang::Fr), "as is");
}
