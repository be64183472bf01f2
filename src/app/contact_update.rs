//! `contact import --update`: a file's rows matched to the contacts the
//! shop already has (by ref, then email, then phone) and brought in as
//! updates instead of being refused as duplicates.

use crate::domain::contact::{Candidate, ContactFields};
use crate::error::Result;
use crate::store::{contacts, Db};

/// Which existing contact a row is about.
pub enum Match {
    New,
    /// The contact, and what matched: `ref`, `email` or `phone`.
    One(i64, &'static str),
    /// More than one contact fits: listed, never guessed.
    Many(Vec<Candidate>),
}

/// The contact a row names: its ref if that is a contact's, else the one
/// contact with one of its emails, else the one with one of its phones.
pub fn find(db: &Db, f: &ContactFields) -> Result<Match> {
    if let Some(r) = &f.r#ref {
        if let Some(id) = contacts::id_by_ref(db, r)? {
            return Ok(Match::One(id, "ref"));
        }
    }
    let found = contacts::duplicates_of(db, f, None)?;
    for by in ["email", "phone"] {
        let mut these: Vec<Candidate> = found.iter().filter(|c| c.matched_by == by).cloned().collect();
        these.dedup_by_key(|c| c.id);
        match these.len() {
            0 => continue,
            1 => return Ok(Match::One(these[0].id, these[0].matched_by)),
            _ => return Ok(Match::Many(these)),
        }
    }
    Ok(Match::New)
}

/// What an import did, or would do, with one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Created,
    /// The fields that changed (tags included as `tags`).
    Updated(Vec<&'static str>),
    Unchanged,
    Ambiguous(Vec<Candidate>),
}

impl Action {
    pub fn name(&self) -> &'static str {
        match self {
            Action::Created => "created",
            Action::Updated(_) => "updated",
            Action::Unchanged => "unchanged",
            Action::Ambiguous(_) => "ambiguous",
        }
    }
}

/// One row's outcome, for `--dry-run` and the summary.
#[derive(Debug, Clone)]
pub struct RowOutcome {
    pub line: u64,
    pub action: Action,
    pub contact_id: Option<i64>,
    pub name: String,
    /// What tied the row to its contact (`ref`, `email`, `phone`).
    pub matched_by: Option<&'static str>,
    /// The row's own name, when it is not the contact's.
    pub name_in_file: Option<String>,
}
