//! Import batches: list them, refuse the same file twice, undo one exactly.

use super::{App, Done};
use crate::error::{Error, Result};
use crate::store::imports::{self, Batch, BatchKind, Undone};
use crate::store::Db;

/// An import of a file whose content is already in (and not undone) is
/// refused unless asked for: the same sales twice would double them.
pub fn refuse_reimport(db: &Db, kind: BatchKind, label: &str, hash: &str, allowed: bool) -> Result<()> {
    match imports::find_live_by_hash(db, kind, hash)? {
        Some(b) if !allowed => Err(Error::t(
            crate::error::Kind::Conflict,
            "err-already-imported",
            crate::targs!["label" => label, "id" => b.id, "file" => b.file_name.as_str(), "at" => b.imported_at.as_str()],
        )
        .with_hint_t("hint-already-imported", vec![])),
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
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-already-undone",
            crate::targs!["id" => id, "file" => batch.file_name.as_str(), "at" => at.as_str()],
        ));
    }
    let preview = imports::undo_preview(&tx, id)?;
    if !confirm(&batch, &preview)? {
        return Ok(Done::Declined);
    }
    let done = imports::undo(&tx, id, &now)?;
    // Purchases went: figures kept before would count none of it; dropped
    // with them, then worked out again in a transaction of their own.
    crate::store::population::forget(&tx)?;
    tx.commit()?;
    super::population::refresh_after_bulk(app);
    Ok(Done::Done(done))
}
