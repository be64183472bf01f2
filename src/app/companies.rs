//! Companies as contacts: finding one by name, its people, and scoring
//! companies as customers (a person's purchases count for their company).

use super::reports::Scoring;
use super::App;
use crate::domain::company::{key, Kind};
use crate::domain::dates::to_day_number;
use crate::domain::rfm::{self, FrequencyBasis, Scored};
use crate::error::{Error, Result};
use crate::store::analytics::Scope;
use crate::store::companies;
use crate::store::Db;
use chrono::NaiveDate;

pub use crate::store::companies::Person;

/// The company a command-line word names: a company's name in any case
/// or accents, else any way a contact is named (id, ref...) as long as
/// that contact is a company.
pub fn resolve(db: &Db, word: &str) -> Result<i64> {
    if let Some((id, _)) = companies::by_key(db, &key(word))? {
        return Ok(id);
    }
    let id = super::resolve_contact(db, word).map_err(|_| no_company(word))?;
    match companies::kind(db, id)? {
        Some(Kind::Company) => Ok(id),
        _ => Err(no_company(word)),
    }
}

fn no_company(word: &str) -> Error {
    Error::not_found("err-no-company", word).with_hint_t("hint-no-company", vec![])
}

/// Refuse a second company of the same name (`contact add --kind company`).
pub fn check_free(db: &Db, name: &str) -> Result<()> {
    match companies::by_key(db, &key(name))? {
        Some((id, kept)) => {
            Err(Error::t(crate::error::Kind::Conflict, "err-company-exists", crate::targs!["name" => kept, "id" => id])
                .with_hint_t("hint-company-exists", crate::targs!["id" => id]))
        }
        None => Ok(()),
    }
}

/// A contact's kind and, for a company, its people.
pub fn of(db: &Db, id: i64) -> Result<(Kind, Vec<Person>)> {
    match companies::kind(db, id)? {
        Some(Kind::Company) => Ok((Kind::Company, companies::people(db, id)?)),
        _ => Ok((Kind::Person, Vec::new())),
    }
}

/// Every company's RFM scores as of a day, in id order: its own purchases
/// and its people's (`report rfm --by company`).
pub fn rfm(app: &App, scope: &Scope, as_of: NaiveDate, basis: FrequencyBasis) -> Result<Scoring<Vec<Scored>>> {
    let until = to_day_number(as_of);
    let histories = companies::histories(app.db(), scope, until)?;
    if histories.is_empty() {
        return Ok(Scoring::Empty(crate::i18n::Text::tr("why-no-company-purchases", vec![])));
    }
    Ok(Scoring::Ready(rfm::score(&histories, until, basis)))
}

/// `contact list --company X`: the people of company X, with the other
/// filters.
pub fn list(
    app: &App,
    mut filter: crate::store::contacts::ListFilter,
    company: &str,
) -> Result<Vec<crate::app::views::ContactSummary>> {
    filter.company = Some(resolve(app.db(), company)?);
    crate::store::contacts::list(app.db(), &filter)
}
