//! The store's records that the commands and the output read, handed out
//! by the app layer: nothing above `app/` names `store` (so the day the
//! store is a crate of its own, these lines are the whole of what it shows).

pub use crate::store::analytics::{GroupBy, Scope};
pub use crate::store::campaigns::Campaign;
pub use crate::store::consent::{ConsentReport, HistoryEvent};
pub use crate::store::consent_seal::Head as ConsentHead;
pub use crate::store::contacts::{Archived, ContactSummary, ListFilter, Reach, SortBy};
pub use crate::store::deals::Deal;
pub use crate::store::interactions::Interaction;
pub use crate::store::purchases::Purchase;
pub use crate::store::timestamp;

/// A consistent copy of the whole database at `path` (see
/// [`crate::store::copy_database`]).
pub fn copy_database(app: &super::App, path: &std::path::Path) -> crate::error::Result<()> {
    crate::store::copy_database(&app.store, path)
}
