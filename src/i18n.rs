//! The language people read carnet in: English or French, chosen by
//! `--lang`, the config's `language`, or the locale. Messages come from
//! Project Fluent files compiled into the binary (`locales/*.ftl`), so
//! plurals are right in both languages. Scripts never see any of this:
//! JSON and CSV keep English names and ISO values whatever the language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// English is the reference: every French message has an English twin.
pub const EN_FTL: &str = include_str!("../locales/en.ftl");
pub const FR_FTL: &str = include_str!("../locales/fr.ftl");
/// The `--help` texts, apart (see [`is_help`]).
pub const EN_HELP_FTL: &str = include_str!("../locales/en-help.ftl");
pub const FR_HELP_FTL: &str = include_str!("../locales/fr-help.ftl");

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

/// One `.ftl` file, parsed once and kept for the run: its Fluent bundle,
/// and its plain messages (text and variables only) pre-cut so rendering
/// one is a concatenation, not a Fluent resolution (a digest renders ten
/// thousand). Messages with a selector or anything else go through
/// Fluent; a test holds the two renderings equal.
struct Catalog {
    bundle: FluentBundle<&'static FluentResource>,
    plain: std::collections::HashMap<&'static str, Vec<Piece>>,
}

/// A piece of a plain message: text, or the value of a variable.
#[derive(Debug)]
enum Piece {
    Text(String),
    Var(&'static str),
}

/// The plain messages of a parsed file (see [`Catalog`]).
fn plain_messages(res: &'static FluentResource) -> std::collections::HashMap<&'static str, Vec<Piece>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let mut out = std::collections::HashMap::new();
    'messages: for entry in res.entries() {
        let Entry::Message(m) = entry else { continue };
        let Some(pattern) = &m.value else { continue };
        if !m.attributes.is_empty() {
            continue;
        }
        let mut pieces = Vec::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => pieces.push(Piece::Text(value.to_string())),
                PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                    InlineExpression::VariableReference { id } => pieces.push(Piece::Var(id.name)),
                    InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                        pieces.push(Piece::Text(value.to_string()))
                    }
                    _ => continue 'messages,
                },
                _ => continue 'messages,
            }
        }
        out.insert(m.id.name, pieces);
    }
    out
}

/// A plain message rendered from `args`; None when a value is not a plain
/// string or number (Fluent then does it).
fn render_plain(pieces: &[Piece], args: &[(&str, FluentValue)]) -> Option<String> {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match args.iter().find(|(k, _)| k == name).map(|(_, v)| v) {
                Some(FluentValue::String(s)) => out.push_str(s),
                Some(FluentValue::Number(n)) => out.push_str(&n.as_string()),
                _ => return None,
            },
        }
    }
    Some(out)
}

fn load(lang: &str, ftl: &'static str) -> Catalog {
    let id: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: they show as garbage in
    // some terminals and break `grep`.
    bundle.set_use_isolating(false);
    // The files are the binary's own, checked by the tests below: a
    // broken one leaves its messages to the English fallback. Parsed once
    // per run and kept to its end, so leaked on purpose.
    let res: &'static FluentResource =
        Box::leak(Box::new(FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(res, _)| res)));
    let _ = bundle.add_resource(res);
    Catalog { bundle, plain: plain_messages(res) }
}

/// The `--help` texts (`help-…`, `flag-…`) are a file of their own, parsed
/// only when a French `--help` is shown: every other run parses half as
/// much (the start of a command is part of its speed at the counter).
fn is_help(id: &str) -> bool {
    id.starts_with("help-") || id.starts_with("flag-")
}

/// The catalog holding message `id` in `lang`, parsed on first use.
fn catalog(lang: Lang, id: &str) -> &'static Catalog {
    static C: [OnceLock<Catalog>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (slot, name, ftl) = match (lang, is_help(id)) {
        (Lang::En, false) => (0, "en", EN_FTL),
        (Lang::Fr, false) => (1, "fr", FR_FTL),
        (Lang::En, true) => (2, "en", EN_HELP_FTL),
        (Lang::Fr, true) => (3, "fr", FR_HELP_FTL),
    };
    C[slot].get_or_init(|| load(name, ftl))
}

/// The catalog to take `id` from: `lang`'s, else English's.
fn catalog_for(lang: Lang, id: &str) -> &'static Catalog {
    let first = catalog(lang, id);
    match lang {
        Lang::Fr if !first.bundle.has_message(id) => catalog(Lang::En, id),
        _ => first,
    }
}

/// The pre-cut pieces of message `id` in `lang` (its English when French
/// lacks it), if it is a plain one.
fn plain(lang: Lang, id: &str) -> Option<&'static [Piece]> {
    catalog_for(lang, id).plain.get(id).map(Vec::as_slice)
}

/// A message with its arguments, in `lang`, else in English; `None` when
/// no file has it.
pub fn message(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
    if let Some(text) = plain(lang, id).and_then(|p| render_plain(p, args)) {
        return Some(text);
    }
    message_by_fluent(lang, id, args)
}

/// [`message`], always through Fluent.
fn message_by_fluent(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
    let fa = (!args.is_empty()).then(|| {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        fa
    });
    let bundle = &catalog_for(lang, id).bundle;
    let pattern = bundle.get_message(id).and_then(|m| m.value())?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, fa.as_ref(), &mut errors).into_owned())
}

/// A word of carnet's in `lang`: `PREFIX-WORD`'s message, else as written.
fn word(lang: Lang, prefix: &str, w: &str) -> String {
    match lang {
        Lang::En => w.to_string(),
        Lang::Fr => message(lang, &format!("{prefix}-{w}"), &[]).unwrap_or_else(|| w.to_string()),
    }
}

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

/// A sentence for people that can be given in either language: its
/// English text, and when it has a message in the `.ftl` files, that
/// message's id and arguments. Errors and hints carry these, so the layer
/// that raises one needs no language: the error is rendered once, at the
/// end, in this run's ([`current`]).
///
/// One pointer wide (the fields are boxed): values that carry one, such as
/// a digest's ten thousand reminders, stay small to sort and move.
#[derive(Debug, Clone)]
pub struct Text(Box<TextInner>);

#[derive(Debug, Clone)]
struct TextInner {
    /// Worked out the first time it is asked for: a digest of ten thousand
    /// reminders in French never renders their English.
    english: std::sync::OnceLock<String>,
    id: Option<&'static str>,
    args: Vec<(&'static str, Arg)>,
    /// Without an id: texts said one after the other (a list of a file's
    /// bad lines), each in the same language.
    parts: Vec<Text>,
}

/// Two texts are equal when they say the same in English.
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.english() == other.english()
    }
}
impl Eq for Text {}

/// An argument of a [`Text`]: numbers stay numbers (plurals need them),
/// and a text inside another is rendered in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Int(i64),
    Text(Box<Text>),
    /// A value written differently by language: an amount (`1,030.00 €`,
    /// `1 030,00 €`) or a day (`2026-11-13`, `13/11/2026`).
    /// Shared: the same value in every reminder of a digest costs a
    /// reference count, not two strings.
    Local(std::sync::Arc<(String, String)>),
    /// A day: `2026-11-13` in English, `13/11/2026` in French.
    Day(chrono::NaiveDate),
    /// One of carnet's words (`call`), looked up only when said in another
    /// language (`kind-call` = appel): as written when there is no message.
    Word(&'static str, String),
}

impl Arg {
    /// `en` in English, `fr` in French.
    pub fn local(en: String, fr: String) -> Arg {
        Arg::Local(std::sync::Arc::new((en, fr)))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Int(i64::from(n))
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

impl Text {
    /// A message of the `.ftl` files with its arguments.
    pub fn tr(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
        Text(Box::new(TextInner { english: std::sync::OnceLock::new(), id: Some(id), args, parts: Vec::new() }))
    }

    /// A sentence with no translation (yet): English in every language.
    pub fn plain(s: impl Into<String>) -> Text {
        Text(Box::new(TextInner {
            english: std::sync::OnceLock::from(s.into()),
            id: None,
            args: Vec::new(),
            parts: Vec::new(),
        }))
    }

    /// Texts one after the other.
    pub fn concat(parts: Vec<Text>) -> Text {
        Text(Box::new(TextInner { english: std::sync::OnceLock::new(), id: None, args: Vec::new(), parts }))
    }

    /// The English, taken out (no copy when it was already worked out).
    pub fn into_english(self) -> String {
        let inner = *self.0;
        match inner.english.into_inner() {
            Some(e) => e,
            None => Text(Box::new(TextInner { english: std::sync::OnceLock::new(), ..inner })).render(Lang::En),
        }
    }

    pub fn english(&self) -> &str {
        self.0.english.get_or_init(|| self.render(Lang::En))
    }

    /// The message id, for code that must tell one reason from another.
    pub fn id(&self) -> Option<&'static str> {
        self.0.id
    }

    /// A plain message straight from the arguments: no Fluent values, no
    /// number formatting through floats (a digest renders thousands).
    fn render_plain(&self, pieces: &[Piece], lang: Lang) -> Option<String> {
        use std::fmt::Write;
        let mut out = String::with_capacity(96);
        for p in pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Var(name) => match &self.0.args.iter().find(|(k, _)| k == name)?.1 {
                    Arg::Str(s) => out.push_str(s),
                    Arg::Int(n) => {
                        let _ = write!(out, "{n}");
                    }
                    Arg::Text(t) => out.push_str(&t.render(lang)),
                    Arg::Local(pair) => out.push_str(if lang == Lang::En { &pair.0 } else { &pair.1 }),
                    Arg::Day(d) => {
                        use chrono::Datelike;
                        let _ = match lang {
                            Lang::En => write!(out, "{d}"),
                            Lang::Fr => write!(out, "{:02}/{:02}/{}", d.day(), d.month(), d.year()),
                        };
                    }
                    Arg::Word(prefix, w) => out.push_str(&word(lang, prefix, w)),
                },
            }
        }
        Some(out)
    }

    /// The sentence in `lang` (English when it has no message).
    pub fn render(&self, lang: Lang) -> String {
        let Some(id) = self.0.id else {
            if self.0.parts.is_empty() {
                return self.0.english.get().cloned().unwrap_or_default();
            }
            return self.0.parts.iter().map(|p| p.render(lang)).collect();
        };
        if let Some(text) = plain(lang, id).and_then(|p| self.render_plain(p, lang)) {
            return text;
        }
        let args: Vec<(&str, FluentValue)> = self
            .0
            .args
            .iter()
            .map(|(k, v)| {
                // Borrowed where it can be: a digest renders thousands.
                let v = match v {
                    Arg::Str(s) => FluentValue::from(s.as_str()),
                    Arg::Int(n) => FluentValue::from(*n),
                    Arg::Text(t) => FluentValue::from(t.render(lang)),
                    Arg::Local(pair) => FluentValue::from(match lang {
                        Lang::En => pair.0.as_str(),
                        Lang::Fr => pair.1.as_str(),
                    }),
                    Arg::Day(d) => {
                        use chrono::Datelike;
                        FluentValue::from(match lang {
                            Lang::En => d.to_string(),
                            Lang::Fr => format!("{:02}/{:02}/{}", d.day(), d.month(), d.year()),
                        })
                    }
                    Arg::Word(prefix, w) => FluentValue::from(word(lang, prefix, w)),
                };
                (*k, v)
            })
            .collect();
        tr_args(lang, id, &args)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::plain(s)
    }
}
impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::plain(s)
    }
}
/// A text reads as its English where code needs a `str` (tests, logs).
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.english()
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.english())
    }
}

/// `vec![("name", Arg::from(x)), …]` for [`Text::tr`].
#[macro_export]
macro_rules! targs {
    ($($k:literal => $v:expr),* $(,)?) => {
        vec![$(($k, $crate::i18n::Arg::from($v))),*]
    };
}

/// A table header for a JSON/CSV field name: its translation, else the
/// name with spaces (`contact_id` → `contact id`).
pub fn header(lang: Lang, field: &str) -> String {
    message(lang, &format!("col-{}", field.replace('_', "-")), &[]).unwrap_or_else(|| field.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Message id → the variables it uses, from an .ftl file.
    fn messages(ftl: &'static str) -> BTreeMap<String, BTreeSet<String>> {
        use fluent_syntax::ast;
        let res =
            fluent_syntax::parser::parse(ftl).unwrap_or_else(|(_, e)| panic!("the .ftl file does not parse: {e:?}"));
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
        assert!(
            m.keys().filter(|k| is_help(k)).all(|k| messages(help).contains_key(k)),
            "help- ids live in the help file"
        );
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
}
