//! Questions for the person at the terminal. Without a terminal we never
//! wait for an answer: the command fails (exit 2) and says which flag
//! makes the decision instead.

use crate::error::{Error, Result};
use std::io::IsTerminal;

static COMMAND: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The command being run (`privacy forget`), set once by `main`, so that a
/// confirmation that cannot be asked says which command needs `--yes`.
pub fn set_command(path: String) {
    let _ = COMMAND.set(path);
}

/// The command being run, as `set_command` was told (`report rfm`).
pub fn command() -> Option<&'static str> {
    COMMAND.get().map(String::as_str).filter(|c| !c.is_empty())
}

pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Ask before something that cannot be taken back. `yes` is `--yes`.
pub fn confirm(question: &str, yes: bool) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    require_answer(question, yes)?;
    let choices = crate::i18n::tr(crate::i18n::current(), "prompt-yes-no");
    loop {
        eprint!("{question} {choices} ");
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map_err(|e| no_answer(&e))?;
        match answer(&line) {
            Some(a) => return Ok(a),
            None => say_problem(
                &crate::i18n::Text::tr("err-yes-or-no", crate::targs!["value" => line.trim()])
                    .render(crate::i18n::current()),
            ),
        }
    }
}

/// A yes/no answer as typed, in either language: `o`, `oui`, `y`, `yes`
/// are yes; nothing, `n`, `non`, `no` are no (the default is never to act).
pub fn answer(typed: &str) -> Option<bool> {
    match typed.trim().to_lowercase().as_str() {
        "o" | "oui" | "y" | "yes" => Some(true),
        "" | "n" | "non" | "no" => Some(false),
        _ => None,
    }
}

/// Fail early, before printing anything, when a confirmation will be
/// needed and cannot be asked for.
pub fn require_answer(what: &str, yes: bool) -> Result<()> {
    if !yes && !interactive() {
        let what = what.trim_end_matches('?').trim_end();
        let e = match COMMAND.get().filter(|c| !c.is_empty()) {
            Some(command) => Error::t(
                crate::error::Kind::Usage,
                "err-needs-yes",
                crate::targs!["command" => command.as_str(), "what" => what],
            ),
            None => Error::t(crate::error::Kind::Usage, "err-needs-confirmation", crate::targs!["what" => what]),
        };
        return Err(e.with_hint_t("hint-add-yes", vec![]));
    }
    Ok(())
}

/// Ask for a line of text; empty is allowed when `optional`.
pub fn input(label: &str, optional: bool) -> Result<String> {
    dialoguer::Input::<String>::new()
        .with_prompt(label)
        .allow_empty(optional)
        .interact_text()
        .map_err(|e| no_answer(&e))
}

/// The terminal gave no answer (closed, interrupted).
fn no_answer(e: &dyn std::fmt::Display) -> Error {
    Error::t(crate::error::Kind::Invalid, "err-no-answer", crate::targs!["why" => e.to_string()])
}

/// Tell the person at the terminal what was wrong with an answer, before
/// asking again.
pub fn say_problem(msg: &str) {
    eprintln!("  {}", crate::i18n::tr_args(crate::i18n::current(), "prompt-try-again", &[("what", msg.into())]));
}

#[cfg(test)]
mod tests {
    #[test]
    fn french_and_english_answers() {
        use super::answer;
        for yes in ["o", "Oui", "y", " YES\n"] {
            assert_eq!(answer(yes), Some(true), "{yes}");
        }
        for no in ["", "\n", "n", "Non", "no"] {
            assert_eq!(answer(no), Some(false), "{no}");
        }
        assert_eq!(answer("peut-être"), None);
    }
}
