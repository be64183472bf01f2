//! Moving a shop across engines: `carnet db copy --to URL|PATH`.

use crate::error::Result;
use crate::store::{copy, OpenMode, Store};

pub use crate::store::copy::TableCopy;

/// Copy this shop's every table into the (empty) database `to` names (a
/// `postgres://` URL or a SQLite file's path), all or nothing, each table
/// counted and checksummed on both sides and the consent chain verified.
/// Returns the target as it may be shown and each table's figures.
pub fn copy_to(app: &super::App, to: &str) -> Result<(String, Vec<TableCopy>)> {
    let mut target = Store::open(std::path::Path::new(to), OpenMode::Create)?;
    let tables = copy::copy_all(&app.store, &mut target)?;
    Ok((target.path().display().to_string(), tables))
}
