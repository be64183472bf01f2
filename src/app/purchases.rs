//! Purchases: record one, list, delete, export.

use super::{resolve_contact, App, Done};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::store::purchases::{self, NewPurchase, Purchase, PurchaseFilter};
use chrono::NaiveDate;

pub struct NewSale {
    pub contact: String,
    pub day: NaiveDate,
    pub amount: Cents,
    pub note: Option<String>,
    pub order_ref: Option<String>,
}

pub fn add(app: &mut App, s: &NewSale) -> Result<Purchase> {
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &s.contact)?;
    let p = NewPurchase {
        contact_id,
        day: s.day,
        amount: s.amount,
        // Trimmed as an import trims them, so an export reads back the same.
        note: s.note.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        order_ref: s.order_ref.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        batch_id: None,
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
}

/// Stream the selected purchases to `each`; returns how many there were.
pub fn for_each(app: &App, sel: &Selection, mut each: impl FnMut(Purchase) -> Result<()>) -> Result<u64> {
    let filter = PurchaseFilter {
        contact_id: sel.contact.as_deref().map(|c| resolve_contact(app.db(), c)).transpose()?,
        since: sel.since,
        until: sel.until,
        limit: sel.limit,
        newest_first: sel.newest_first,
    };
    let mut n = 0;
    purchases::for_each(app.db(), &filter, |p| {
        n += 1;
        each(p)
    })?;
    Ok(n)
}

pub fn remove(app: &mut App, id: i64, confirm: &mut dyn FnMut(&Purchase) -> Result<bool>) -> Result<Done<Purchase>> {
    let tx = app.store.begin()?;
    let p = purchases::get(&tx, id)?.ok_or_else(|| {
        Error::not_found_id("purchase with id", id).with_hint("see the ids with `carnet purchase list`")
    })?;
    if !confirm(&p)? {
        return Ok(Done::Declined);
    }
    purchases::delete(&tx, id)?;
    tx.commit()?;
    Ok(Done::Done(p))
}
