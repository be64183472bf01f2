//! [`Text`]: a sentence for people that waits to be said in a language.

use super::catalog::{plain, word, Piece};
use super::{tr_args, Lang};
use fluent_bundle::FluentValue;

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
    /// A text shared by many others (a category's name and cycle in each
    /// of its renewals): a reference count to copy, not the text.
    Shared(std::sync::Arc<Text>),
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
                    Arg::Shared(t) => out.push_str(&t.render(lang)),
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
                    Arg::Shared(t) => FluentValue::from(t.render(lang)),
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
