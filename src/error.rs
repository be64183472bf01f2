//! One error type for the whole program: a [`Kind`] that decides the exit
//! code, a message, hints, and the error underneath (an io error keeps its
//! path in the message). Every error renders in one place, [`Report`]:
//! `error: what went wrong`, then `hint: how to fix it` lines.
//!
//! The layers build errors through the constructors here (`not_found`,
//! `conflict`, `invalid`…), never by matching on text: code that must
//! decide on an error looks at its kind.

use crate::i18n::{Arg, Text};
use std::fmt;
use std::path::Path;

/// What went wrong, as far as the caller can act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing answers to the name given (a contact, a campaign…).
    NotFound,
    /// A word that names more than one thing.
    Ambiguous,
    /// The request clashes with what is stored (a duplicate, a closed deal).
    Conflict,
    /// A value that cannot be used (a bad amount, date, file line).
    Invalid,
    /// The config file is wrong.
    Config,
    /// The database file is damaged or not carnet's.
    Damaged,
    /// The file system or the database said no (permissions, disk, busy).
    Io,
    /// The command line was incomplete for a non-interactive run. Exit 2.
    Usage,
    /// A bug: something we did not expect. Exit 255.
    Internal,
    /// stdout was closed (`carnet ... | head`): not a failure.
    BrokenPipe,
}

/// Message and hints are [`Text`]s: English for logs and `Display`, and
/// rendered in the run's language by [`Report`].
/// Boxed: an error travels up through every `Result`, which stays one
/// pointer wide on the happy path.
#[derive(Debug)]
pub struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: Kind,
    msg: Text,
    /// The flag or field the value came from (`--amount`), put before the
    /// message as it is: flags are the same in every language.
    flag: Option<String>,
    hints: Vec<Text>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A value echoed in a message is cut here: an error must never repeat a
/// whole file or a 100 000-character argument back at the user.
const ECHO_MAX: usize = 80;

/// `value`, cut to [`ECHO_MAX`] characters with `…` when longer.
pub fn echo(value: &str) -> String {
    if value.chars().count() <= ECHO_MAX {
        return value.to_string();
    }
    let cut: String = value.chars().take(ECHO_MAX).collect();
    format!("{cut}… ({} characters)", value.chars().count())
}

/// Names (header cells) echoed in a message: each cut by [`echo`], and at
/// most ten of them, then how many more.
pub fn echo_list(names: &[String]) -> String {
    const SHOWN: usize = 10;
    let mut out: Vec<String> = names.iter().take(SHOWN).map(|n| echo(n)).collect();
    if names.len() > SHOWN {
        out.push(format!("… (+{})", names.len() - SHOWN));
    }
    out.join(", ")
}

impl Error {
    pub fn new(kind: Kind, msg: impl Into<Text>) -> Self {
        Error(Box::new(Inner { kind, msg: msg.into(), flag: None, hints: Vec::new(), source: None }))
    }

    /// An error whose message is `id` of the `.ftl` files.
    pub fn t(kind: Kind, id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Error::new(kind, Text::tr(id, args))
    }

    /// Nothing answers to `key`: `id` is the message saying what was
    /// looked for (`err-no-campaign`: "no campaign named { $key }"), so
    /// each language can agree its words with the thing.
    pub fn not_found(id: &'static str, key: &str) -> Self {
        Error::t(Kind::NotFound, id, crate::targs!["key" => quoted(key)])
    }

    /// Nothing is numbered `id_number`; `id` as for [`Error::not_found`].
    pub fn not_found_id(id: &'static str, id_number: i64) -> Self {
        Error::t(Kind::NotFound, id, crate::targs!["id" => id_number])
    }

    /// No database at `path`.
    pub fn not_found_path(path: &Path) -> Self {
        Error::t(Kind::NotFound, "err-no-database", crate::targs!["path" => path.display().to_string()])
    }

    pub fn ambiguous(msg: impl Into<Text>) -> Self {
        Error::new(Kind::Ambiguous, msg)
    }

    pub fn conflict(msg: impl Into<Text>) -> Self {
        Error::new(Kind::Conflict, msg)
    }

    pub fn invalid(msg: impl Into<Text>) -> Self {
        Error::new(Kind::Invalid, msg)
    }

    pub fn damaged(msg: impl Into<Text>) -> Self {
        Error::new(Kind::Damaged, msg)
    }

    pub fn config(path: &Path, msg: impl Into<Text>) -> Self {
        Error::t(
            Kind::Config,
            "err-in-config",
            crate::targs!["path" => path.display().to_string(), "what" => msg.into()],
        )
    }

    pub fn usage(msg: impl Into<Text>, hint: impl Into<Text>) -> Self {
        Error::new(Kind::Usage, msg).with_hint(hint)
    }

    pub fn internal(msg: impl Into<String>) -> Self {
        Error::new(Kind::Internal, msg.into())
    }

    /// An io error on `path`: `what` (`read`, `write`, `create folder`) the
    /// path and why, in words, never "entity not found" alone.
    pub fn io(what: &str, path: &Path, e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(Kind::BrokenPipe, "broken pipe");
        }
        let why = io_reason(&e);
        let what = match what {
            "read" => Text::tr("io-read", vec![]),
            "write" => Text::tr("io-write", vec![]),
            "create" => Text::tr("io-create", vec![]),
            "open" => Text::tr("io-open", vec![]),
            "replace" => Text::tr("io-replace", vec![]),
            "read config" => Text::tr("io-read-config", vec![]),
            other => Text::plain(other),
        };
        let mut err = Error::t(
            Kind::Io,
            "err-io",
            crate::targs!["what" => what, "path" => path.display().to_string(), "why" => why],
        );
        err.0.source = Some(Box::new(e));
        err
    }

    /// The error underneath, kept for the chain but never printed alone.
    pub fn with_source(mut self, e: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Box::new(e));
        self
    }

    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.0.hints.push(hint.into());
        self
    }

    /// A hint that is `id` of the `.ftl` files.
    pub fn with_hint_t(self, id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        self.with_hint(Text::tr(id, args))
    }

    /// Name the flag or field the value came from: `--amount: …`. Added
    /// where the argument is parsed, so the layers below need not know it.
    pub fn for_flag(mut self, flag: &str) -> Self {
        self.0.flag = Some(match self.0.flag.take() {
            Some(inner) => format!("{flag}: {inner}"),
            None => flag.to_string(),
        });
        self
    }

    pub fn kind(&self) -> Kind {
        self.0.kind
    }

    /// The message in English, with its flag.
    pub fn message(&self) -> String {
        self.message_in(crate::i18n::Lang::En)
    }

    /// The message in `lang`, with its flag.
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        self.text().render(lang)
    }

    /// The message as a [`Text`], its flag before it: for an error that
    /// becomes part of another (a file's line).
    pub fn text(&self) -> Text {
        match &self.0.flag {
            Some(f) => Text::tr("err-flag", crate::targs!["flag" => f.as_str(), "what" => self.0.msg.clone()]),
            None => self.0.msg.clone(),
        }
    }

    pub fn hints(&self) -> &[Text] {
        &self.0.hints
    }

    pub fn exit_code(&self) -> i32 {
        match self.0.kind {
            Kind::Usage => 2,
            Kind::Internal => 255,
            Kind::BrokenPipe => 0,
            _ => 1,
        }
    }
}

fn quoted(key: &str) -> String {
    if key.is_empty() {
        String::new()
    } else {
        format!("`{}`", echo(key))
    }
}

/// Why an io operation failed, in plain words.
fn io_reason(e: &std::io::Error) -> Text {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-folder",
        K::NotADirectory => "io-not-a-folder",
        K::StorageFull => "io-disk-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::InvalidData => "io-not-text",
        _ => return Text::plain(e.to_string()),
    };
    Text::tr(id, vec![])
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.kind == Kind::Internal {
            write!(f, "internal error: {}", self.message())
        } else {
            f.write_str(&self.message())
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A rule of the domain refused a value; the message says what and why.
impl From<crate::domain::Invalid> for Error {
    fn from(e: crate::domain::Invalid) -> Self {
        Error::invalid(e.0)
    }
}

/// SQLite errors reaching this far are bugs or environment trouble; name
/// the ones a user can act on and never show the raw message alone.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            let known = match f.code {
                C::DatabaseBusy | C::DatabaseLocked => {
                    Some(Error::t(Kind::Io, "err-busy", vec![]).with_hint_t("hint-try-again", vec![]))
                }
                C::NotADatabase | C::DatabaseCorrupt => {
                    Some(Error::t(Kind::Damaged, "err-damaged", vec![]).with_hint_t("hint-restore-backup", vec![]))
                }
                C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                    Some(Error::t(Kind::Io, "err-cannot-write-db", vec![]).with_hint_t("hint-permissions-disk", vec![]))
                }
                C::DiskFull => Some(Error::t(Kind::Io, "io-disk-full", vec![])),
                C::ConstraintViolation
                    if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
                {
                    Some(duplicate())
                }
                _ => None,
            };
            if let Some(mut err) = known {
                err.0.source = Some(Box::new(e));
                return err;
            }
        }
        let mut err = Error::internal(format!("database: {e}"));
        err.0.source = Some(Box::new(e));
        err
    }
}

/// The store's errors, on either engine: SQLite's as above; PostgreSQL's
/// by their SQLSTATE, in the same words (a unique violation as SQLite's,
/// a serialization failure or a deadlock as "busy", which the write that
/// met it retries first: see `app::retry`).
impl From<crate::store::sql::Error> for Error {
    fn from(e: crate::store::sql::Error) -> Self {
        use crate::store::sql::Error as E;
        match e {
            E::Sqlite(e) => Error::from(e),
            E::Postgres(e) => from_postgres(e),
            E::NoRows => Error::internal("database: query returned no rows"),
            // A value the schema would not allow: a bug, as before the two engines.
            e @ E::Conversion { .. } => Error::internal(format!("database: {e}")),
        }
    }
}

/// Whether a PostgreSQL error is one a transaction may be retried after
/// (a serialization failure or a deadlock).
pub fn is_retryable(e: &Error) -> bool {
    use postgres::error::SqlState as S;
    let pg = e.0.source.as_deref().and_then(|s| s.downcast_ref::<postgres::Error>());
    pg.and_then(postgres::Error::code)
        .is_some_and(|c| *c == S::T_R_SERIALIZATION_FAILURE || *c == S::T_R_DEADLOCK_DETECTED)
}

/// A value that must be unique is taken: the same words on both engines.
fn duplicate() -> Error {
    Error::t(Kind::Conflict, "err-db-duplicate", vec![]).with_hint_t("hint-db-duplicate", vec![])
}

fn from_postgres(e: postgres::Error) -> Error {
    use postgres::error::SqlState as S;
    let known = match e.code() {
        Some(c)
            if *c == S::T_R_SERIALIZATION_FAILURE || *c == S::T_R_DEADLOCK_DETECTED || *c == S::LOCK_NOT_AVAILABLE =>
        {
            Some(Error::t(Kind::Io, "err-busy", vec![]).with_hint_t("hint-try-again", vec![]))
        }
        Some(c) if *c == S::UNIQUE_VIOLATION => Some(duplicate()),
        Some(c) if *c == S::DISK_FULL => Some(Error::t(Kind::Io, "io-disk-full", vec![])),
        // A role without the right (staff, or a plain login): in words,
        // naming what it was refused on, never the server's text.
        Some(c) if *c == S::INSUFFICIENT_PRIVILEGE => Some(
            Error::t(Kind::Io, "err-roles-denied", crate::targs!["object" => denied_object(&e)])
                .with_hint_t("hint-roles-denied", vec![]),
        ),
        Some(c) if *c == S::READ_ONLY_SQL_TRANSACTION => {
            Some(Error::t(Kind::Io, "err-cannot-write-db", vec![]).with_hint_t("hint-permissions-disk", vec![]))
        }
        Some(c) if *c == S::DATA_CORRUPTED || *c == S::INDEX_CORRUPTED => {
            Some(Error::t(Kind::Damaged, "err-damaged", vec![]).with_hint_t("hint-restore-backup", vec![]))
        }
        _ if e.is_closed() => Some(Error::t(Kind::Io, "err-pg-lost", vec![]).with_hint_t("hint-pg-lost", vec![])),
        _ => None,
    };
    if let Some(mut err) = known {
        err.0.source = Some(Box::new(e));
        return err;
    }
    // As SQLite's unknown errors: a bug, its words kept as the source.
    let mut err = Error::internal(format!(
        "database: {}",
        e.as_db_error().map_or_else(|| e.to_string(), |d| d.message().to_string())
    ));
    err.0.source = Some(Box::new(e));
    err
}

/// What a permission error was refused on (a table, a schema, a role): the
/// last word of the server's message when it is a plain name (the message's
/// other words follow the server's language), else `?`.
fn denied_object(e: &postgres::Error) -> String {
    let name = e
        .as_db_error()
        .and_then(|d| d.message().split_whitespace().last())
        .map(|w| w.trim_matches('"'))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'));
    name.unwrap_or("?").to_string()
}

/// An io error without a path: only stdout and stderr get here (files are
/// opened through [`Error::io`], which names them).
impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::new(Kind::BrokenPipe, "broken pipe")
        } else {
            let mut err = Error::t(Kind::Io, "err-output", crate::targs!["why" => io_reason(&e)]);
            err.0.source = Some(Box::new(e));
            err
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = e.kind() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return Error::new(Kind::BrokenPipe, "broken pipe");
            }
        }
        Error::invalid(format!("csv: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Error::new(Kind::BrokenPipe, "broken pipe");
        }
        Error::internal(format!("json: {e}"))
    }
}

/// Renders an error for stderr: `error:` then a `hint:` line per hint, and
/// for a bug, where to report it.
pub struct Report<'a>(pub &'a Error);

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = crate::i18n::current();
        let (error, hint) = (crate::i18n::tr(lang, "label-error"), crate::i18n::tr(lang, "label-hint"));
        match self.0.kind() {
            // A bug's own words are for its report: English, as written.
            Kind::Internal => write!(f, "{error}{}", self.0)?,
            _ => write!(f, "{error}{}", self.0.message_in(lang))?,
        }
        for h in self.0.hints() {
            write!(f, "\n{hint}{}", h.render(lang))?;
        }
        if self.0.kind() == Kind::Internal {
            write!(f, "\n{hint}{}", crate::i18n::tr(lang, "hint-bug"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_kind() {
        assert_eq!(Error::not_found("err-no-contact", "x").exit_code(), 1);
        assert_eq!(Error::usage("m", "h").exit_code(), 2);
        assert_eq!(Error::internal("m").exit_code(), 255);
        assert_eq!(Error::new(Kind::BrokenPipe, "").exit_code(), 0);
    }

    #[test]
    fn io_errors_name_the_path_in_words() {
        let e = Error::io("read", Path::new("/x/y.csv"), std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.to_string(), "cannot read /x/y.csv: no such file or folder");
        assert!(std::error::Error::source(&e).is_some());
    }

    #[test]
    fn long_values_are_cut_when_echoed() {
        let long = "x".repeat(200);
        let e = Error::not_found("err-no-contact", &long);
        assert!(e.to_string().len() < 130, "{e}");
        assert!(e.to_string().contains("(200 characters)"));
        assert_eq!(echo("short"), "short");
    }

    #[test]
    fn hints_and_bugs_render() {
        let e = Error::conflict("taken").with_hint("one").with_hint("two");
        assert_eq!(Report(&e).to_string(), "error: taken\nhint: one\nhint: two");
        let bug = Error::internal("oops");
        assert!(Report(&bug).to_string().ends_with("please report it with the command you ran"));
    }
}
