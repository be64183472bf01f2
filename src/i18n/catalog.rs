//! The `.ftl` files as the program reads them: parsed once per run and
//! per language, only when asked for, with their plain messages pre-cut.

use super::{Lang, EN_FTL, EN_HELP_FTL, FR_FTL, FR_HELP_FTL};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// One `.ftl` file, parsed once and kept for the run: its Fluent bundle,
/// and its plain messages (text and variables only) pre-cut so rendering
/// one is a concatenation, not a Fluent resolution (a digest renders ten
/// thousand). Messages with a selector or anything else go through
/// Fluent; a test holds the two renderings equal.
pub(super) struct Catalog {
    bundle: FluentBundle<&'static FluentResource>,
    pub(super) plain: std::collections::HashMap<&'static str, Vec<Piece>>,
}

/// A piece of a plain message: text, or the value of a variable.
#[derive(Debug)]
pub(super) enum Piece {
    Text(String),
    Var(&'static str),
}

/// The plain messages of a parsed file (see [`Catalog`]).
pub(super) fn plain_messages(res: &'static FluentResource) -> std::collections::HashMap<&'static str, Vec<Piece>> {
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
pub(super) fn is_help(id: &str) -> bool {
    id.starts_with("help-") || id.starts_with("flag-")
}

/// The catalog holding message `id` in `lang`, parsed on first use.
pub(super) fn catalog(lang: Lang, id: &str) -> &'static Catalog {
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
pub(super) fn plain(lang: Lang, id: &str) -> Option<&'static [Piece]> {
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
pub(super) fn message_by_fluent(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
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

/// A word of carnet's in `lang`: `PREFIX-WORD`'s message (or, for a name
/// such as `Loyal Customers`, `PREFIX-loyal-customers`'s), else as written.
pub(super) fn word(lang: Lang, prefix: &str, w: &str) -> String {
    match lang {
        Lang::En => w.to_string(),
        Lang::Fr => message(lang, &format!("{prefix}-{w}"), &[])
            .or_else(|| message(lang, &format!("{prefix}-{}", super::key_of(w)), &[]))
            .unwrap_or_else(|| w.to_string()),
    }
}
