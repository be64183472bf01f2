//! One file per command group: its arguments and thin handlers that parse,
//! call the store and the domain, and hand rows to `output`.

pub mod analysis;
pub mod backup;
pub mod campaign;
pub mod config;
pub mod consent;
pub mod contact;
pub mod contact_card;
pub mod contact_duplicates;
pub mod contact_io;
pub mod csv_input;
pub mod deal;
pub mod demo;
pub mod import;
pub mod interaction;
pub mod privacy;
pub mod purchase;
pub mod purchase_import;
pub mod remind;
pub mod report;
pub mod report_pipeline;
pub mod report_trends;
pub mod segment;

use crate::domain::contact::ContactSelector;
use crate::error::{Error, Result};
use rusqlite::Connection;

/// Turn a command-line word into one contact id, or explain why not:
/// never a silent guess between two contacts.
pub fn resolve_contact(conn: &Connection, word: &str) -> Result<i64> {
    let sel = ContactSelector::parse(word).map_err(Error::user)?;
    let mut found = crate::store::contacts::candidates(conn, &sel)?;
    found.sort_by_key(|c| c.id);
    found.dedup_by_key(|c| c.id);
    match found.as_slice() {
        [] => Err(Error::user(format!("no contact matches `{word}`"))
            .with_hint("find it with `carnet contact list --search TEXT`; name a contact by id, ref, email or name")),
        [one] => Ok(one.id),
        many => {
            let list: Vec<String> =
                many.iter().map(|c| format!("id {} {} (by {})", c.id, c.name, c.matched_by)).collect();
            Err(Error::user(format!("`{word}` matches {} contacts: {}", many.len(), list.join("; ")))
                .with_hint("name one with id:N, ref:R or email:E"))
        }
    }
}

/// Read a file for import, naming it in the error.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        Error::user(format!("cannot read {}: {}", path.display(), e.kind()))
            .with_hint("check the path; a file in the current folder needs no ./ prefix")
    })
}

/// The name shown for a file in messages and batch records.
pub fn file_label(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Hex SHA-256 of a file's bytes: the identity of an import.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

pub fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// An import of a file whose content is already in (and not undone) is
/// refused unless asked for: the same sales twice would double them.
pub fn refuse_reimport(
    conn: &rusqlite::Connection,
    kind: crate::store::imports::BatchKind,
    label: &str,
    hash: &str,
    allowed: bool,
) -> Result<()> {
    match crate::store::imports::find_live_by_hash(conn, kind, hash)? {
        Some(b) if !allowed => Err(Error::user(format!(
            "{label} was already imported (batch {}, {} on {})",
            b.id, b.file_name, b.imported_at
        ))
        .with_hint("pass --allow-reimport to import it again, or `carnet import undo` the first one")),
        _ => Ok(()),
    }
}

/// `carnet completions SHELL`: the script on stdout.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::Cli::command(), "carnet", &mut buf);
    let mut out = std::io::stdout().lock();
    std::io::Write::write_all(&mut out, &buf)?;
    Ok(())
}
