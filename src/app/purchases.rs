//! Purchases: record one, list, delete, export.

use super::{resolve_contact, App, Done};
use crate::domain::money::Cents;
use crate::domain::purchase::category_name;
use crate::domain::renewal::{parse_cycle, Cycle};
use crate::error::{Error, Result};
use crate::store::categories;
use crate::store::purchases::{self, NewPurchase, Purchase, PurchaseFilter};
use chrono::NaiveDate;

pub struct NewSale {
    pub contact: String,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<String>,
    pub order_ref: Option<String>,
    pub category: Option<String>,
    pub channel: Option<String>,
}

pub fn add(app: &mut App, s: &NewSale) -> Result<Purchase> {
    super::retry(|| add_once(app, s))
}

fn add_once(app: &mut App, s: &NewSale) -> Result<Purchase> {
    let config = app.config;
    let channel = s.channel.as_deref().map(|c| sales_channel(config, c)).transpose()?;
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &s.contact)?;
    let category_id = match s.category.as_deref().and_then(category_name) {
        Some(name) => Some(categories::Resolver::default().id(&tx, &name)?),
        None => None,
    };
    let p = NewPurchase {
        contact_id,
        day: s.day,
        amount: s.amount,
        // Trimmed as an import trims them, so an export reads back the same.
        note: s.note.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        order_ref: s.order_ref.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        batch_id: None,
        category_id,
        channel,
    };
    let id = purchases::insert(&tx, &p)?;
    let row = purchases::get(&tx, id)?.ok_or_else(|| Error::internal("purchase vanished"))?;
    tx.commit()?;
    Ok(row)
}

/// Which purchases a listing or export covers; `contact` as typed.
pub struct Selection {
    pub contact: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub limit: Option<u64>,
    pub newest_first: bool,
    pub category: Option<String>,
    pub channel: Option<String>,
}

/// The configured channel `input` names, or an error listing them.
pub fn sales_channel<'a>(config: &'a crate::config::Config, input: &str) -> Result<&'a str> {
    crate::domain::purchase::channel(input, &config.sales_channels)
        .map_err(|e| Error::from(e).for_flag("--channel").with_hint_t("hint-sales-channels", vec![]))
}

/// The category `name` names, or an error listing the known ones.
pub fn find_category(db: &crate::store::Db, name: &str) -> Result<(i64, String)> {
    categories::find(db, name)?.ok_or_else(|| {
        let known: Vec<String> = categories::list(db).unwrap_or_default().into_iter().map(|c| c.name).collect();
        Error::not_found("err-no-category", name).with_hint(if known.is_empty() {
            crate::i18n::Text::tr("hint-no-categories", vec![])
        } else {
            match crate::domain::purchase::closest(name, &known) {
                Some(c) => crate::i18n::Text::tr(
                    "hint-did-you-mean-category",
                    crate::targs!["name" => c, "names" => known.join(", ")],
                ),
                None => crate::i18n::Text::tr("hint-categories-are", crate::targs!["names" => known.join(", ")]),
            }
        })
    })
}

/// Stream the selected purchases to `each`; returns how many there were.
pub fn for_each(app: &App, sel: &Selection, mut each: impl FnMut(Purchase) -> Result<()>) -> Result<u64> {
    let filter = PurchaseFilter {
        contact_id: sel.contact.as_deref().map(|c| resolve_contact(app.db(), c)).transpose()?,
        since: sel.since,
        until: sel.until,
        limit: sel.limit,
        newest_first: sel.newest_first,
        category_id: sel.category.as_deref().map(|c| find_category(app.db(), c)).transpose()?.map(|c| c.0),
        channel: sel.channel.as_deref().map(|c| sales_channel(app.config, c)).transpose()?.map(String::from),
    };
    let mut n = 0;
    purchases::for_each(app.db(), &filter, |p| {
        n += 1;
        each(p)
    })?;
    Ok(n)
}

/// Every category with how much it was bought, and the renewal cycle
/// `remind` uses for it (the config's where it names one).
pub fn categories(app: &App) -> Result<Vec<categories::CategoryUse>> {
    let mut all = categories::list(app.db())?;
    for c in &mut all {
        if let Some(cycle) = configured_cycle(app, &c.name)? {
            c.cycle = Some(cycle.to_string());
        }
    }
    Ok(all)
}

/// A category's cycle set in the config (`[categories.NAME] cycle`),
/// matched as categories are: case and accents aside.
fn configured_cycle(app: &App, name: &str) -> Result<Option<Cycle>> {
    let key = crate::domain::purchase::category_key(name);
    for (n, c) in &app.config.categories {
        if let Some(cycle) = c.cycle.as_deref() {
            if crate::domain::purchase::category_key(n) == key {
                return Ok(Some(parse_cycle(cycle)?));
            }
        }
    }
    Ok(None)
}

/// A category with a renewal cycle, for `remind`.
pub struct Renewable {
    pub id: i64,
    pub name: String,
    pub cycle: Cycle,
}

/// Every category with a cycle: those kept in the file
/// (`purchase categories cycle`) and those the config names, the config
/// winning for a category it names.
pub fn renewable(app: &App) -> Result<Vec<Renewable>> {
    let mut out: Vec<Renewable> = Vec::new();
    for (id, name, cycle) in categories::cycles(app.db())? {
        let cycle = match configured_cycle(app, &name)? {
            Some(c) => c,
            None => parse_cycle(&cycle)?,
        };
        out.push(Renewable { id, name, cycle });
    }
    for (name, c) in &app.config.categories {
        let Some(cycle) = c.cycle.as_deref() else { continue };
        // A category named in the config but never bought yet has nobody due.
        let Some((id, kept)) = categories::find(app.db(), name)? else { continue };
        if out.iter().all(|r| r.id != id) {
            out.push(Renewable { id, name: kept, cycle: parse_cycle(cycle)? });
        }
    }
    Ok(out)
}

/// Keep a renewal cycle with a category (`None` drops it); returns the
/// category's name and the config's cycle for it, which wins.
pub fn set_category_cycle(app: &mut App, name: &str, cycle: Option<Cycle>) -> Result<(String, Option<Cycle>)> {
    let tx = app.store.begin()?;
    let (id, kept) = find_category(&tx, name)?;
    categories::set_cycle(&tx, id, cycle.map(|c| c.to_string()).as_deref())?;
    tx.commit()?;
    let configured = configured_cycle(app, &kept)?;
    Ok((kept, configured))
}

/// Give a category another spelling (say `Bouquets` for `bouquet`); the
/// new name must not be another category's.
pub fn rename_category(app: &mut App, from: &str, to: &str) -> Result<(String, String)> {
    let to = category_name(to).ok_or_else(|| Error::t(crate::error::Kind::Invalid, "err-category-name", vec![]))?;
    let tx = app.store.begin()?;
    let (id, old) = find_category(&tx, from)?;
    if let Some((other, name)) = categories::find(&tx, &to)? {
        if other != id {
            return Err(Error::t(
                crate::error::Kind::Conflict,
                "err-category-exists",
                crate::targs!["name" => name.as_str()],
            )
            .with_hint_t("hint-category-merge", crate::targs!["old" => old.as_str(), "name" => name.as_str()]));
        }
    }
    categories::rename(&tx, id, &to)?;
    tx.commit()?;
    Ok((old, to))
}

/// Move every purchase of one category into another; returns the two
/// names and how many purchases moved.
pub fn merge_categories(app: &mut App, from: &str, into: &str) -> Result<(String, String, usize)> {
    let tx = app.store.begin()?;
    let (from_id, from_name) = find_category(&tx, from)?;
    let (into_id, into_name) = find_category(&tx, into)?;
    if from_id == into_id {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-same-category",
            crate::targs!["a" => from_name.as_str(), "b" => into_name.as_str()],
        ));
    }
    let n = categories::merge(&tx, from_id, into_id)?;
    tx.commit()?;
    Ok((from_name, into_name, n))
}

pub fn remove(app: &mut App, id: i64, confirm: &mut dyn FnMut(&Purchase) -> Result<bool>) -> Result<Done<Purchase>> {
    let tx = app.store.begin()?;
    let p = purchases::get(&tx, id)?
        .ok_or_else(|| Error::not_found_id("err-no-purchase", id).with_hint_t("hint-see-purchase-ids", vec![]))?;
    if !confirm(&p)? {
        return Ok(Done::Declined);
    }
    purchases::delete(&tx, id)?;
    tx.commit()?;
    Ok(Done::Done(p))
}
