//! One error type for the whole program: a [`Kind`] that decides the exit
//! code, a message, hints, and the error underneath (an io error keeps its
//! path in the message). Every error renders in one place, [`Report`]:
//! `error: what went wrong`, then `hint: how to fix it` lines.
//!
//! The layers build errors through the constructors here (`not_found`,
//! `conflict`, `invalid`…), never by matching on text: code that must
//! decide on an error looks at its kind.

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

#[derive(Debug)]
pub struct Error {
    kind: Kind,
    msg: String,
    hints: Vec<String>,
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

impl Error {
    pub fn new(kind: Kind, msg: impl Into<String>) -> Self {
        Error { kind, msg: msg.into(), hints: Vec::new(), source: None }
    }

    /// `what` (a contact, a campaign) named `key` does not exist.
    pub fn not_found(what: &str, key: &str) -> Self {
        Error::new(Kind::NotFound, format!("no {what} {}", quoted(key)))
    }

    /// `what` (a deal, a purchase) numbered `id` does not exist.
    pub fn not_found_id(what: &str, id: i64) -> Self {
        Error::new(Kind::NotFound, format!("no {what} {id}"))
    }

    /// No database at `path`.
    pub fn not_found_path(path: &Path) -> Self {
        Error::new(Kind::NotFound, format!("no database at {}", path.display()))
    }

    pub fn ambiguous(msg: impl Into<String>) -> Self {
        Error::new(Kind::Ambiguous, msg)
    }

    pub fn conflict(msg: impl Into<String>) -> Self {
        Error::new(Kind::Conflict, msg)
    }

    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::new(Kind::Invalid, msg)
    }

    pub fn damaged(msg: impl Into<String>) -> Self {
        Error::new(Kind::Damaged, msg)
    }

    pub fn config(path: &Path, msg: impl fmt::Display) -> Self {
        Error::new(Kind::Config, format!("in config {}: {msg}", path.display()))
    }

    pub fn usage(msg: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::new(Kind::Usage, msg).with_hint(hint)
    }

    pub fn internal(msg: impl Into<String>) -> Self {
        Error::new(Kind::Internal, msg)
    }

    /// An io error on `path`: `what` (`read`, `write`, `create folder`) the
    /// path and why, in words, never "entity not found" alone.
    pub fn io(what: &str, path: &Path, e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::new(Kind::BrokenPipe, "broken pipe");
        }
        let why = io_reason(&e);
        Error {
            kind: Kind::Io,
            msg: format!("cannot {what} {}: {why}", path.display()),
            hints: Vec::new(),
            source: Some(Box::new(e)),
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Name the flag or field the value came from: `--amount: …`. Added
    /// where the argument is parsed, so the layers below need not know it.
    pub fn for_flag(mut self, flag: &str) -> Self {
        self.msg = format!("{flag}: {}", self.msg);
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.msg
    }

    pub fn hints(&self) -> &[String] {
        &self.hints
    }

    pub fn exit_code(&self) -> i32 {
        match self.kind {
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
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no such file or folder".into(),
        K::PermissionDenied => "permission denied".into(),
        K::AlreadyExists => "it already exists".into(),
        K::IsADirectory => "it is a folder, not a file".into(),
        K::NotADirectory => "a part of the path is a file, not a folder".into(),
        K::StorageFull => "the disk is full".into(),
        K::ReadOnlyFilesystem => "the file system is read-only".into(),
        K::InvalidData => "it is not text".into(),
        _ => e.to_string(),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == Kind::Internal {
            write!(f, "internal error: {}", self.msg)
        } else {
            f.write_str(&self.msg)
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A rule of the domain refused a value; the message says what and why.
impl From<crate::domain::Invalid> for Error {
    fn from(e: crate::domain::Invalid) -> Self {
        Error::invalid(e.to_string())
    }
}

/// SQLite errors reaching this far are bugs or environment trouble; name
/// the ones a user can act on and never show the raw message alone.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            let known = match f.code {
                C::DatabaseBusy | C::DatabaseLocked => Some(
                    Error::new(Kind::Io, "the database is busy: another carnet is writing to it")
                        .with_hint("try again in a moment"),
                ),
                C::NotADatabase | C::DatabaseCorrupt => Some(
                    Error::damaged("the database file is damaged or is not a carnet database")
                        .with_hint("restore it from a copy made with `carnet backup`; check --db / CARNET_DB"),
                ),
                C::ReadOnly | C::CannotOpen | C::PermissionDenied => Some(
                    Error::new(Kind::Io, "cannot write to the database file")
                        .with_hint("check the file's permissions and free disk space"),
                ),
                C::DiskFull => Some(Error::new(Kind::Io, "the disk is full")),
                _ => None,
            };
            if let Some(mut err) = known {
                err.source = Some(Box::new(e));
                return err;
            }
        }
        let msg = format!("database: {e}");
        Error { kind: Kind::Internal, msg, hints: Vec::new(), source: Some(Box::new(e)) }
    }
}

/// An io error without a path: only stdout and stderr get here (files are
/// opened through [`Error::io`], which names them).
impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::new(Kind::BrokenPipe, "broken pipe")
        } else {
            let msg = format!("cannot write the output: {}", io_reason(&e));
            Error { kind: Kind::Io, msg, hints: Vec::new(), source: Some(Box::new(e)) }
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
        write!(f, "error: {}", self.0)?;
        for h in &self.0.hints {
            write!(f, "\nhint: {h}")?;
        }
        if self.0.kind == Kind::Internal {
            write!(f, "\nhint: this is a bug in carnet; please report it with the command you ran")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_kind() {
        assert_eq!(Error::not_found("contact", "x").exit_code(), 1);
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
        let e = Error::not_found("contact", &long);
        assert!(e.to_string().len() < 120, "{e}");
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
