//! Import batches: every import is recorded, so it can be undone exactly.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchKind {
    Purchases,
    Contacts,
}

impl BatchKind {
    pub fn parse(s: &str) -> Option<BatchKind> {
        [BatchKind::Purchases, BatchKind::Contacts].into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BatchKind::Purchases => "purchases",
            BatchKind::Contacts => "contacts",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Batch {
    pub id: i64,
    pub kind: BatchKind,
    pub file_name: String,
    pub content_hash: String,
    pub imported_at: String,
    pub rows_read: i64,
    pub purchases_added: i64,
    pub contacts_created: i64,
    pub undone_at: Option<String>,
}

/// What an undo removed, and the created contacts it had to keep because
/// something else now refers to them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Undone {
    pub purchases_removed: i64,
    pub contacts_removed: i64,
    pub contacts_kept: i64,
}
