//! The command line's own mistakes (an unknown flag, a missing argument, a
//! value not among the choices) as clap finds them, said in French for a
//! French shop. clap renders them in English only; the facts come from
//! the error's context (which argument, which value, what was suggested),
//! so nothing is parsed out of English text. Kinds without a translation,
//! `--help` and `--version` keep clap's own rendering.

use crate::i18n::{tr, tr_args, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use fluent_bundle::FluentValue;

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(v.iter().map(|s| s.to_string()).collect::<Vec<_>>().join(", ")),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error as people read it in `lang`, or `None` to let clap say it.
pub fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    if lang != Lang::Fr {
        return None;
    }
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let v = |s: String| FluentValue::from(s);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => tr_args(lang, "clap-unknown-argument", &[("arg", v(arg()))]),
        ErrorKind::InvalidSubcommand => {
            let sub = context(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            tr_args(lang, "clap-unknown-subcommand", &[("name", v(sub))])
        }
        ErrorKind::MissingRequiredArgument => tr_args(lang, "clap-missing", &[("args", v(arg()))]),
        ErrorKind::InvalidValue => {
            let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
            let mut m = tr_args(lang, "clap-invalid-value", &[("value", v(value)), ("arg", v(arg()))]);
            if let Some(valid) = context(e, ContextKind::ValidValue) {
                m.push_str(&tr_args(lang, "clap-valid-values", &[("values", v(valid))]));
            }
            m
        }
        ErrorKind::ArgumentConflict => {
            let other = context(e, ContextKind::PriorArg).unwrap_or_default();
            tr_args(lang, "clap-conflict", &[("arg", v(arg())), ("other", v(other))])
        }
        _ => return None,
    };
    let mut out = format!("{}{message}\n", tr(lang, "label-error"));
    let suggested = context(e, ContextKind::SuggestedArg)
        .or_else(|| context(e, ContextKind::SuggestedSubcommand))
        .or_else(|| context(e, ContextKind::SuggestedValue));
    if let Some(s) = suggested {
        out.push_str(&format!("\n  {}\n", tr_args(lang, "clap-did-you-mean", &[("name", v(s))])));
    }
    if let Some(usage) = context(e, ContextKind::Usage) {
        let usage = usage.replacen("Usage:", &tr(lang, "help-usage"), 1);
        out.push_str(&format!("\n{}\n", usage.trim_end()));
    }
    out.push_str(&format!("\n{}\n", tr(lang, "clap-more-help")));
    Some(out)
}
