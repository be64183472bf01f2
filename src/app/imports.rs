//! Import batches: list them, refuse the same file twice, undo one exactly.

use super::{App, Done};
use crate::error::{Error, Result};
use crate::store::imports::{self, Batch, BatchKind, Undone};
use crate::store::Db;

/// An import of a file whose content is already in (and not undone) is
/// refused unless asked for: the same sales twice would double them.
pub fn refuse_reimport(db: &Db, kind: BatchKind, label: &str, hash: &str, allowed: bool) -> Result<()> {
    match imports::find_live_by_hash(db, kind, hash)? {
        Some(b) if !allowed => Err(Error::conflict(format!(
            "{label} was already imported (batch {}, {} on {})",
            b.id, b.file_name, b.imported_at
        ))
        .with_hint("pass --allow-reimport to import it again, or `carnet import undo` the first one")),
        _ => Ok(()),
    }
}

pub fn list(app: &App) -> Result<Vec<Batch>> {
    imports::list(app.db())
}

/// Remove exactly what batch `id` added. `confirm` sees the batch and what
/// would go before anything is removed.
pub fn undo(app: &mut App, id: i64, confirm: &mut dyn FnMut(&Batch, &Undone) -> Result<bool>) -> Result<Done<Undone>> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let batch = imports::get(&tx, id)?
        .ok_or_else(|| Error::not_found_id("err-no-import", id).with_hint_t("hint-see-imports", vec![]))?;
    if let Some(at) = &batch.undone_at {
        return Err(Error::conflict(format!("import batch {id} ({}) was already undone on {at}", batch.file_name)));
    }
    let preview = imports::undo_preview(&tx, id)?;
    if !confirm(&batch, &preview)? {
        return Ok(Done::Declined);
    }
    let done = imports::undo(&tx, id, &now)?;
    tx.commit()?;
    Ok(Done::Done(done))
}
