//! The use cases: one function per thing a user asks carnet to do. Each
//! opens its own transaction (writes) or reads (reports), resolves the
//! contacts named on the command line, applies the rules of `domain/`, and
//! returns domain values for `output/` to render. Nothing here prints,
//! parses arguments or reads the clock: "today" comes in the [`App`].

pub mod campaigns;
pub mod clv;
pub mod cohorts;
pub mod companies;
pub mod consent;
pub mod contact_csv;
pub mod contact_files;
pub mod contact_update;
pub mod contacts;
pub mod csv_input;
pub mod dashboard;
pub mod dav;
pub mod deals;
pub mod demo;
pub mod frat;
pub mod imports;
pub mod interactions;
pub mod loyalty;
pub mod moving;
pub mod population;
pub mod privacy;
pub mod profitability;
pub mod purchase_import;
pub mod purchase_import_parse;
pub mod purchase_reading;
pub mod purchases;
pub mod reminders;
pub mod reports;
pub mod roles;
pub mod satisfaction;
pub mod scores;
pub mod segments;
pub mod sending;
pub mod service;
pub mod service_report;
pub mod slipping;
pub mod sms;
pub mod smtp;
pub mod sync;
pub mod tags;
pub mod unsubscribes;
pub mod views;

use crate::config::Config;
use crate::domain::contact::ContactSelector;
use crate::error::{Error, Result};
use crate::store::{Db, Store};
use chrono::{DateTime, NaiveDate, Utc};

/// An open database with what every use case needs beside it: the config
/// and the day (pinned by `CARNET_NOW` in tests).
/// How many times a write meets a serialization failure or a deadlock
/// (PostgreSQL, several counters at once) before it says the database was busy.
const WRITE_ATTEMPTS: u32 = 8;

/// Run a write transaction again when PostgreSQL gives it up to another
/// one (a serialization failure, a deadlock): a bounded number of times,
/// a little longer each time, then "the database is busy, try again".
/// The attempt must own its transaction (begin to commit), so a retry
/// starts from scratch.
pub fn retry<T>(mut attempt: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 1;
    loop {
        match attempt() {
            Err(e) if crate::error::is_retryable(&e) && tries < WRITE_ATTEMPTS => {
                // 20 ms doubling to half a second (about 1.6 s in all, the
                // length of an import at a busy counter), spread by process
                // so that the writers that met do not meet again.
                let jitter = u64::from(std::process::id() % 7);
                let wait = (10u64 << tries).min(500) + jitter * tries as u64;
                std::thread::sleep(std::time::Duration::from_millis(wait));
                tries += 1;
            }
            r => return r,
        }
    }
}

pub struct App<'c> {
    pub store: Store,
    pub config: &'c Config,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl App<'_> {
    /// The read handle.
    pub fn db(&self) -> &Db {
        &self.store
    }

    /// Timestamps are RFC 3339 in UTC, to the second.
    pub fn timestamp(&self) -> String {
        crate::store::timestamp(self.now)
    }
}

/// Turn a command-line word into one contact id, or explain why not:
/// never a silent guess between two contacts.
pub fn resolve_contact(db: &Db, word: &str) -> Result<i64> {
    let sel = ContactSelector::parse(word)?;
    let mut found = crate::store::contacts::candidates(db, &sel)?;
    found.sort_by_key(|c| c.id);
    found.dedup_by_key(|c| c.id);
    match found.as_slice() {
        [] => Err(Error::not_found("err-no-contact", word).with_hint_t("hint-find-contact", vec![])),
        [one] => Ok(one.id),
        many => {
            let list: Vec<String> =
                many.iter().map(|c| format!("id {} {} (by {})", c.id, c.name, c.matched_by)).collect();
            Err(Error::t(
                crate::error::Kind::Ambiguous,
                "err-contact-ambiguous",
                crate::targs!["word" => crate::error::echo(word), "count" => many.len(), "list" => list.join("; ")],
            )
            .with_hint_t("hint-name-one", vec![]))
        }
    }
}

/// A confirmation asked in the middle of a use case (inside its
/// transaction, so what is confirmed is what is done). The CLI answers it:
/// `--yes`, a prompt on a terminal, or a refusal without one.
pub trait Confirm {
    fn confirm(&mut self, question: &str) -> Result<bool>;
}

impl<F: FnMut(&str) -> Result<bool>> Confirm for F {
    fn confirm(&mut self, question: &str) -> Result<bool> {
        self(question)
    }
}

/// What a use case that may be declined at its confirmation returns.
pub enum Done<T> {
    Done(T),
    Declined,
}

/// Read a file for import, naming it in the error: a regular file of at
/// most [`crate::paths::IMPORT_CAP`] bytes.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    crate::paths::read_capped(path, crate::paths::IMPORT_CAP)
}

/// Read a short text a person wrote (a wording, a message): a regular
/// file of at most [`crate::paths::TEXT_CAP`] bytes.
pub fn read_small(path: &std::path::Path) -> Result<Vec<u8>> {
    crate::paths::read_capped(path, crate::paths::TEXT_CAP)
}

/// The name shown for a file in messages and batch records.
pub fn file_label(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// How a long use case tells the person what it is doing: the CLI passes
/// a bar on a terminal, [`NoProgress`] elsewhere. Shared with a parser
/// thread, hence `Sync`.
pub trait Progress: Sync {
    /// Bytes done so far.
    fn set(&self, pos: u64);
    /// What is being done now, once the bytes are all read.
    fn stage(&self, what: &'static str);
    fn finish(&self);
}

pub struct NoProgress;

impl Progress for NoProgress {
    fn set(&self, _: u64) {}
    fn stage(&self, _: &'static str) {}
    fn finish(&self) {}
}

#[cfg(test)]
mod loyalty_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod totals_tests;
