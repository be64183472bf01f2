//! Tags: list them with their counts, rename or merge one everywhere (the
//! contacts, the saved segments that name it).

use super::App;
use crate::domain::contact::normalize_tag;
use crate::error::{Error, Kind, Result};
use crate::store::tags::{self, TagCount};

pub fn list(app: &App) -> Result<Vec<TagCount>> {
    tags::counts(app.db())
}

/// What a rename or a merge changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retagged {
    pub from: String,
    pub into: String,
    pub contacts: usize,
    /// Saved segments whose criteria named `from`, now `into`.
    pub segments: Vec<String>,
}

/// Rename `from` to `to`; refused when `to` is already a tag (that is a
/// merge, which the hint names) or `from` is nobody's.
pub fn rename(app: &mut App, from: &str, to: &str) -> Result<Retagged> {
    retag(app, from, to, false)
}

/// Put every contact tagged `from` under `into` (which may exist or not).
pub fn merge(app: &mut App, from: &str, into: &str) -> Result<Retagged> {
    retag(app, from, into, true)
}

fn retag(app: &mut App, from: &str, into: &str, merging: bool) -> Result<Retagged> {
    let from = normalize_tag(from).map_err(Error::from)?;
    let into = normalize_tag(into).map_err(Error::from)?;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    if tags::count(&tx, &from)? == 0 {
        return Err(Error::t(Kind::NotFound, "err-no-tag", crate::targs!["tag" => from.as_str()])
            .with_hint_t("hint-tag-list", vec![]));
    }
    if from == into {
        return Err(Error::t(Kind::Invalid, "err-tag-same", crate::targs!["tag" => from.as_str()]));
    }
    if !merging && tags::count(&tx, &into)? > 0 {
        return Err(Error::t(Kind::Conflict, "err-tag-exists", crate::targs!["tag" => into.as_str()])
            .with_hint_t("hint-tag-merge", crate::targs!["from" => from.as_str(), "into" => into.as_str()]));
    }
    let contacts = tags::move_to(&tx, &from, &into)?;
    let mut segments = Vec::new();
    for s in crate::store::segments::list(&tx)? {
        if s.criteria.tags.contains(&from) {
            let mut c = s.criteria.clone();
            c.tags.retain(|t| *t != from);
            if !c.tags.contains(&into) {
                c.tags.push(into.clone());
            }
            crate::store::segments::update(&tx, s.id, &s.name, s.description.as_deref(), &c, &now)?;
            segments.push(s.name);
        }
    }
    tx.commit()?;
    Ok(Retagged { from, into, contacts, segments })
}
