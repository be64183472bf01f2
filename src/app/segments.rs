//! Segments: saved filters over the customers, and the built-in ones (every
//! RFM segment and value-matrix cell), evaluated each time they are used.

use super::App;
use crate::domain::contact::Contact;
use crate::domain::segment_filter::{builtin, builtin_names, Criteria};
use crate::error::{Error, Result};
use crate::store::contacts::{self, ContactSummary};
use crate::store::segments::{self, SavedSegment};
use crate::store::Db;
use chrono::NaiveDate;

/// A saved or built-in segment by name, or an error listing them all.
pub fn find(db: &Db, name: &str) -> Result<(String, Criteria)> {
    if let Some(s) = segments::get(db, name)? {
        return Ok((s.name, s.criteria));
    }
    if let Some(c) = builtin(name) {
        return Ok((name.to_string(), c));
    }
    let mut names: Vec<String> = segments::list(db)?.into_iter().map(|s| s.name).collect();
    names.extend(builtin_names().into_iter().map(String::from));
    Err(Error::not_found("err-no-segment", name)
        .with_hint_t("hint-segments-are", crate::targs!["names" => names.join(", ")]))
}

fn check_name(db: &Db, name: &str, except: Option<i64>) -> Result<()> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-segment-name", vec![]));
    }
    if builtin(n).is_some() {
        return Err(Error::t(crate::error::Kind::Conflict, "err-segment-builtin-name", crate::targs!["name" => n])
            .with_hint_t("hint-segment-builtin-name", vec![]));
    }
    if let Some(s) = segments::get(db, n)?.filter(|s| Some(s.id) != except) {
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-segment-exists",
            crate::targs!["name" => s.name.as_str()],
        )
        .with_hint_t("hint-segment-exists", crate::targs!["name" => s.name.as_str()]));
    }
    Ok(())
}

fn saved(db: &Db, name: &str) -> Result<SavedSegment> {
    segments::get(db, name)?.ok_or_else(|| {
        if builtin(name).is_some() {
            Error::t(crate::error::Kind::Conflict, "err-segment-builtin", crate::targs!["name" => name])
                .with_hint_t("hint-segment-builtin", vec![])
        } else {
            Error::not_found("err-no-saved-segment", name).with_hint_t("hint-see-segments", vec![])
        }
    })
}

pub fn add(app: &mut App, name: &str, description: Option<&str>, c: &Criteria) -> Result<i64> {
    if c.is_empty() {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-segment-criteria", vec![]),
            crate::i18n::Text::tr("hint-segment-criteria", vec![]),
        ));
    }
    let now = app.timestamp();
    let tx = app.store.begin()?;
    check_name(&tx, name, None)?;
    check_categories(&tx, c)?;
    let id = segments::insert(&tx, name.trim(), description, c, &now)?;
    tx.commit()?;
    Ok(id)
}

/// Every category a criterion names must be one of the file's (a typo
/// would make a segment that silently matches everyone or no one): the
/// refusal suggests the closest.
fn check_categories(db: &crate::store::Db, c: &Criteria) -> Result<()> {
    for name in c.bought.iter().chain(&c.not_bought) {
        let flag = if c.bought.contains(name) { "--bought" } else { "--not-bought" };
        super::purchases::find_category(db, name).map_err(|e| e.for_flag(flag))?;
    }
    Ok(())
}

/// A segment with its live member count.
pub struct Counted {
    pub name: String,
    pub saved: bool,
    pub members: usize,
    pub criteria: Criteria,
    pub description: Option<String>,
}

/// Every saved segment, then every built-in one, counted as of a day in
/// one scan of the purchases.
pub fn list(app: &App, as_of: NaiveDate) -> Result<Vec<Counted>> {
    let mut all: Vec<Counted> = segments::list(app.db())?
        .into_iter()
        .map(|s| Counted { name: s.name, saved: true, members: 0, criteria: s.criteria, description: s.description })
        .collect();
    for n in builtin_names() {
        let criteria = builtin(n).unwrap_or_default();
        all.push(Counted { name: n.to_string(), saved: false, members: 0, criteria, description: None });
    }
    let refs: Vec<&Criteria> = all.iter().map(|s| &s.criteria).collect();
    let counts = super::scores::members(app.db(), &refs, as_of, app.config)?;
    for (s, m) in all.iter_mut().zip(counts) {
        s.members = m.len();
    }
    Ok(all)
}

/// The contact ids of a segment's members as of a day.
pub fn member_ids(app: &App, name: &str, as_of: NaiveDate) -> Result<Vec<i64>> {
    let (_, c) = find(app.db(), name)?;
    Ok(super::scores::members(app.db(), &[&c], as_of, app.config)?.pop().unwrap_or_default())
}

/// The members as the contact listing shows them.
pub fn show(app: &App, name: &str, as_of: NaiveDate) -> Result<Vec<ContactSummary>> {
    let ids = member_ids(app, name, as_of)?;
    contacts::summaries(app.db(), &ids)
}

/// Stream the members' whole records (for an export); returns how many.
pub fn for_each_member(app: &App, name: &str, as_of: NaiveDate, f: impl FnMut(Contact) -> Result<()>) -> Result<usize> {
    let ids = member_ids(app, name, as_of)?;
    contacts::for_each_of(app.db(), &ids, f)?;
    Ok(ids.len())
}

/// What `segment edit` changes.
pub struct Edit<'a> {
    pub name: &'a str,
    /// Sets the criteria given on the command line; returns how many.
    pub apply: &'a mut dyn FnMut(&mut Criteria) -> Result<usize>,
    pub drop: &'a [String],
    pub rename: Option<String>,
    pub description: Option<String>,
}

pub fn edit(app: &mut App, e: Edit) -> Result<(String, Criteria)> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let s = saved(&tx, e.name)?;
    let mut c = s.criteria.clone();
    for d in e.drop {
        c.drop(d)?;
    }
    let changed = (e.apply)(&mut c)? + e.drop.len() + e.rename.is_some() as usize + e.description.is_some() as usize;
    if changed == 0 {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-segment-edit", vec![]),
        ));
    }
    if c.is_empty() {
        return Err(
            Error::t(crate::error::Kind::Invalid, "err-segment-empty", vec![]).with_hint_t("hint-segment-rm", vec![])
        );
    }
    let new_name = e.rename.unwrap_or(s.name.clone());
    check_name(&tx, &new_name, Some(s.id))?;
    let desc = e.description.or(s.description).filter(|d| !d.trim().is_empty());
    check_categories(&tx, &c)?;
    segments::update(&tx, s.id, new_name.trim(), desc.as_deref(), &c, &now)?;
    tx.commit()?;
    Ok((new_name.trim().to_string(), c))
}

pub fn remove(app: &mut App, name: &str) -> Result<String> {
    let tx = app.store.begin()?;
    let s = saved(&tx, name)?;
    segments::delete(&tx, s.id)?;
    tx.commit()?;
    Ok(s.name)
}
