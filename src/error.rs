//! One error type for the whole program. Every variant renders as
//! `error: what went wrong` and, where we know one, `hint: how to fix it`.

use std::fmt;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request could not be done: not found, conflict, invalid data.
    #[error("{msg}")]
    User { msg: String, hint: Option<String> },
    /// The command line was incomplete for a non-interactive run.
    #[error("{msg}")]
    Usage { msg: String, hint: Option<String> },
    /// A bug: something we did not expect. Exit 255.
    #[error("internal error: {0}")]
    Internal(String),
    /// stdout was closed (`carnet ... | head`): not a failure.
    #[error("broken pipe")]
    BrokenPipe,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn user(msg: impl Into<String>) -> Self {
        Error::User { msg: msg.into(), hint: None }
    }

    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        match self {
            Error::User { msg, .. } => Error::User { msg, hint: Some(hint.into()) },
            Error::Usage { msg, .. } => Error::Usage { msg, hint: Some(hint.into()) },
            other => other,
        }
    }

    pub fn usage(msg: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage { msg: msg.into(), hint: Some(hint.into()) }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::User { .. } => 1,
            Error::Usage { .. } => 2,
            Error::Internal(_) => 255,
            Error::BrokenPipe => 0,
        }
    }

    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::User { hint, .. } | Error::Usage { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }
}

/// SQLite errors reaching this far are bugs or environment trouble; name
/// the ones a user can act on and never show the raw message alone.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                C::DatabaseBusy | C::DatabaseLocked => {
                    return Error::user("the database is busy: another carnet is writing to it")
                        .with_hint("try again in a moment");
                }
                C::NotADatabase => {
                    return Error::user("the file is not a carnet database").with_hint("check --db / CARNET_DB");
                }
                C::ReadOnly | C::CannotOpen | C::PermissionDenied => {
                    return Error::user("cannot write to the database file")
                        .with_hint("check the file's permissions and free disk space");
                }
                C::DiskFull => return Error::user("the disk is full"),
                _ => {}
            }
        }
        Error::Internal(format!("database: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::user(format!("i/o: {e}"))
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = e.kind() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return Error::BrokenPipe;
            }
        }
        Error::user(format!("csv: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Error::BrokenPipe;
        }
        Error::Internal(format!("json: {e}"))
    }
}

/// Renders an error for stderr, `error:` then `hint:`.
pub struct Report<'a>(pub &'a Error);

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.0)?;
        if let Some(h) = self.0.hint() {
            write!(f, "\nhint: {h}")?;
        }
        Ok(())
    }
}
