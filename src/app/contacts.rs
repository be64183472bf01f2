//! Contacts: add, find, edit, tag, archive, delete, merge, look for
//! duplicates, and the whole card of one contact.

use super::{resolve_contact, App, Confirm, Done};
use crate::domain::contact::{Contact, ContactFields};
use crate::domain::duplicates::{self, Duplicate, Sign};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::store::contacts::{self, ContactSummary, ListFilter};
use crate::store::purchases::{self, PurchaseSummary};
use crate::store::{Db, Tx};

/// A contact to add, its fields checked (see [`fields_from`]).
#[derive(Clone)]
pub struct NewContact {
    pub fields: ContactFields,
    pub tags: Vec<String>,
    pub cadence_days: Option<u32>,
    /// Add it even when another contact has the same email or phone.
    pub allow_duplicate: bool,
    /// A person, or a company (which people can then name with `--company`).
    pub kind: crate::domain::company::Kind,
}

pub fn load(db: &Db, id: i64) -> Result<Contact> {
    contacts::get(db, id)?.ok_or_else(|| Error::internal(format!("contact {id} vanished")))
}

/// The message naming what two contacts share ("this email").
fn matched_id(by: &str) -> &'static str {
    match by {
        "phone" => "what-this-phone",
        "ref" => "what-this-ref",
        "name" => "what-this-name",
        _ => "what-this-email",
    }
}

/// Refuse a contact whose email or phone is already someone's, naming them.
pub fn check_duplicates(db: &Db, f: &ContactFields, except: Option<i64>) -> Result<()> {
    if let Some(d) = contacts::duplicates_of(db, f, except)?.first() {
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-already-has",
            crate::targs!["id" => d.id, "name" => d.name.as_str(), "what" => crate::i18n::Text::tr(matched_id(d.matched_by), vec![])],
        )
        .with_hint_t("hint-already-has", crate::targs!["id" => d.id]));
    }
    Ok(())
}

/// A ref names one contact only.
pub fn check_ref_free(db: &Db, f: &ContactFields, except: Option<i64>) -> Result<()> {
    if let Some(r) = &f.r#ref {
        if let Some(owner) = contacts::id_by_ref(db, r)?.filter(|&id| Some(id) != except) {
            return Err(Error::t(
                crate::error::Kind::Conflict,
                "err-ref-taken",
                crate::targs!["ref" => r.as_str(), "owner" => owner],
            )
            .with_hint_t("hint-ref-taken", vec![]));
        }
    }
    Ok(())
}

/// The fields of a new contact from the values typed, each checked.
pub fn fields_from(changes: &[(&'static str, String)]) -> Result<ContactFields> {
    let mut fields = ContactFields::default();
    apply_changes(&mut fields, changes)?;
    Ok(fields)
}

/// A contact just added, and the others that already bear its name in
/// another order, case or accents: worth a look, not a refusal (two
/// people may share a name; an email or phone is refused instead).
#[derive(Debug)]
pub struct Added {
    pub contact: Contact,
    pub same_name: Vec<crate::domain::contact::Candidate>,
}

pub fn add(app: &mut App, new: NewContact) -> Result<Added> {
    super::retry(|| add_once(app, new.clone()))
}

fn add_once(app: &mut App, new: NewContact) -> Result<Added> {
    let fields = new.fields;
    let now = app.timestamp();
    let tx = app.store.begin()?;
    check_ref_free(&tx, &fields, None)?;
    if !new.allow_duplicate {
        check_duplicates(&tx, &fields, None)?;
    }
    if new.kind == crate::domain::company::Kind::Company {
        super::companies::check_free(&tx, &fields.name)?;
    }
    let id = contacts::insert(&tx, &fields, &new.tags, &now, None)?;
    if new.kind == crate::domain::company::Kind::Company {
        crate::store::companies::make_company(&tx, id, &fields.name)?;
    }
    if new.cadence_days.is_some() {
        crate::store::reminders::set_cadence(&tx, id, new.cadence_days)?;
    }
    let contact = load(&tx, id)?;
    let same_name = crate::store::contact_lookup::same_name(&tx, &contact.fields.name, id)?;
    tx.commit()?;
    Ok(Added { contact, same_name })
}

pub fn list(app: &App, filter: &ListFilter) -> Result<Vec<ContactSummary>> {
    contacts::list(app.db(), filter)
}

/// The changes `contact edit` makes: each field given, by name (an empty
/// value clears it), and the cadence (`Some(None)` stops it).
pub struct Edit {
    pub contact: String,
    pub changes: Vec<(&'static str, String)>,
    pub cadence_days: Option<Option<u32>>,
    /// Key dates to set (a label's date replaces the one it had).
    pub dates: Vec<crate::domain::key_dates::KeyDate>,
    /// Labels of key dates to remove.
    pub remove_dates: Vec<String>,
}

/// Set each field, naming its flag on a bad value. Besides the fields,
/// `add_email`/`add_phone` add one more, `remove_*` forget one and
/// `primary_*` choose which one is the primary.
pub fn apply_changes(f: &mut ContactFields, changes: &[(&'static str, String)]) -> Result<()> {
    use crate::domain::contact_points::{parse, Kind};
    for (field, value) in changes {
        let flag = format!("--{}", field.replace('_', "-"));
        let kind = if field.ends_with("_email") { Kind::Email } else { Kind::Phone };
        let what = if kind == Kind::Email { "email" } else { "phone number" };
        let not_theirs = || {
            Error::t(
                crate::error::Kind::Invalid,
                if what == "phone" { "err-not-their-phone" } else { "err-not-their-email" },
                crate::targs!["value" => crate::error::echo(value)],
            )
            .for_flag(&flag)
            .with_hint_t("hint-see-contact", vec![])
        };
        match *field {
            "add_email" | "add_phone" => {
                for p in parse(kind, value).map_err(|e| Error::from(e).for_flag(&flag))? {
                    f.add(kind, p);
                }
            }
            "remove_email" | "remove_phone" => {
                if !f.remove(kind, value) {
                    return Err(not_theirs());
                }
            }
            "primary_email" | "primary_phone" => {
                if !f.make_primary(kind, value) {
                    return Err(not_theirs());
                }
            }
            _ => f.set(field, value).map_err(|e| Error::from(e).for_flag(&flag))?,
        }
    }
    Ok(())
}

pub fn edit(app: &mut App, e: Edit) -> Result<Contact> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, &e.contact)?;
    let mut c = load(&tx, id)?;
    let before = c.fields.clone();
    if let Some(cadence) = e.cadence_days {
        crate::store::reminders::set_cadence(&tx, id, cadence)?;
    }
    apply_changes(&mut c.fields, &e.changes)?;
    crate::store::contact_dates::set(&tx, id, &e.dates)?;
    for label in &e.remove_dates {
        if !crate::store::contact_dates::remove(&tx, id, &label.trim().to_lowercase())? {
            return Err(Error::t(
                crate::error::Kind::NotFound,
                "err-no-such-date",
                crate::targs!["id" => id, "label" => crate::error::echo(label)],
            )
            .with_hint_t("hint-see-contact", vec![]));
        }
    }
    if e.changes.is_empty() && e.cadence_days.is_none() && e.dates.is_empty() && e.remove_dates.is_empty() {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-contact-edit", vec![]),
        ));
    }
    check_ref_free(&tx, &c.fields, Some(id))?;
    use crate::domain::contact_points::Kind;
    if c.fields.keys(Kind::Email) != before.keys(Kind::Email) || c.fields.keys(Kind::Phone) != before.keys(Kind::Phone)
    {
        check_duplicates(&tx, &c.fields, Some(id))?;
    }
    contacts::update(&tx, id, &c.fields, &now)?;
    tx.commit()?;
    Ok(c)
}

/// Add (or remove) tags; returns the contact id and how many changed.
pub fn retag(app: &mut App, word: &str, tags: &[String], add: bool) -> Result<(i64, usize)> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, word)?;
    let n = if add { contacts::add_tags(&tx, id, tags)? } else { contacts::remove_tags(&tx, id, tags)? };
    if n > 0 {
        contacts::touch(&tx, id, &now)?;
    }
    tx.commit()?;
    Ok((id, n))
}

pub fn archive(app: &mut App, word: &str, undo: bool) -> Result<i64> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, word)?;
    contacts::set_archived(&tx, id, if undo { None } else { Some(now.as_str()) }, &now)?;
    tx.commit()?;
    Ok(id)
}

/// What deleting a contact would delete, for the confirmation.
pub struct Removal {
    pub contact: Contact,
    pub purchases: PurchaseSummary,
    /// Other attached records, by table: (table, count).
    pub others: Vec<(&'static str, i64)>,
}

/// Delete a contact and everything attached, unless it has a consent
/// history (the history is the proof; `privacy forget` erases instead).
pub fn remove(app: &mut App, word: &str, confirm: &mut dyn FnMut(&Removal) -> Result<bool>) -> Result<Done<Removal>> {
    let tx = app.store.begin()?;
    let id = resolve_contact(&tx, word)?;
    let counts = contacts::child_counts(&tx, id)?;
    if counts.iter().any(|(t, n)| *t == "consent_events" && *n > 0) {
        return Err(Error::t(crate::error::Kind::Conflict, "err-consent-kept", crate::targs!["id" => id])
            .with_hint_t("hint-consent-kept", crate::targs!["id" => id]));
    }
    let removal = Removal {
        contact: load(&tx, id)?,
        purchases: purchases::summary(&tx, id)?,
        others: counts.into_iter().filter(|(t, n)| *t != "purchases" && *n > 0).collect(),
    };
    if !confirm(&removal)? {
        return Ok(Done::Declined);
    }
    contacts::delete(&tx, id)?;
    tx.commit()?;
    Ok(Done::Done(removal))
}

/// What merging OTHER into KEEP does.
pub struct MergePlan {
    pub keep: Contact,
    pub other: Contact,
    pub fields_filled: Vec<&'static str>,
    pub tags_added: Vec<String>,
    pub purchases_moved: i64,
}

/// Merge `other` into `keep`: histories move, tags unite, empty fields are
/// filled, `other` is deleted. `announce` is shown the plan (and may
/// refuse it); `dry_run` then changes nothing, else `confirm` is asked.
pub fn merge(
    app: &mut App,
    keep_word: &str,
    other_word: &str,
    dry_run: bool,
    confirm: &mut dyn Confirm,
    announce: &mut dyn FnMut(&MergePlan) -> Result<()>,
) -> Result<Done<MergePlan>> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let keep = resolve_contact(&tx, keep_word)?;
    let other = resolve_contact(&tx, other_word)?;
    if keep == other {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-same-contact",
            crate::targs!["a" => keep_word, "b" => other_word, "id" => keep],
        ));
    }
    let plan = plan_merge(&tx, keep, other)?;
    announce(&plan)?;
    if dry_run || !confirm.confirm(&format!("Merge contact {other} into {keep} and delete {other}?"))? {
        return Ok(Done::Declined);
    }
    let mut merged = plan.keep.fields.clone();
    merged.fill_from(&plan.other.fields);
    contacts::merge(&tx, keep, other, &merged, &now)?;
    tx.commit()?;
    Ok(Done::Done(plan))
}

fn plan_merge(tx: &Tx, keep: i64, other: i64) -> Result<MergePlan> {
    let k = load(tx, keep)?;
    let o = load(tx, other)?;
    let mut merged = k.fields.clone();
    let fields_filled = merged.fill_from(&o.fields);
    let tags_added = o.tags.iter().filter(|t| !k.tags.contains(t)).cloned().collect();
    let purchases_moved = purchases::summary(tx, other)?.count;
    Ok(MergePlan { keep: k, other: o, fields_filled, tags_added, purchases_moved })
}

/// One likely duplicate, with both names.
pub struct NamedDuplicate {
    pub pair: Duplicate,
    pub keep_name: String,
    pub other_name: String,
}

/// The contacts that are probably one person, each with the one to merge
/// it into.
pub fn duplicates(app: &App, signs: &[Sign], include_archived: bool) -> Result<Vec<NamedDuplicate>> {
    let people = contacts::identities(app.db(), include_archived)?;
    let names: std::collections::HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let name = |id: i64| names.get(&id).map(|n| n.to_string()).unwrap_or_default();
    Ok(duplicates::find(&people, signs)
        .into_iter()
        .map(|d| NamedDuplicate { keep_name: name(d.keep), other_name: name(d.other), pair: d })
        .collect())
}

/// A customer's RFM scores, segment and value cell on a day.
#[derive(Debug, Clone)]
pub struct Standing {
    pub r: u8,
    pub f: u8,
    pub m: u8,
    pub rfm_code: String,
    pub segment: crate::domain::rfm::Segment,
    pub cell: Option<crate::domain::value_matrix::Cell>,
}

/// Everything `contact show` tells about one contact.
pub struct Card {
    pub contact: Contact,
    pub purchases: PurchaseSummary,
    /// `None` for a contact who has not bought anything yet.
    pub standing: Option<Standing>,
    pub cadence_days: Option<u32>,
    pub open_follow_ups: Vec<crate::store::interactions::Interaction>,
    pub last_interactions: Vec<crate::store::interactions::Interaction>,
    pub consent: Vec<(crate::domain::consent::Channel, crate::domain::consent::Status)>,
    /// Who recorded the latest purchase, and the latest consent event of
    /// each channel (those recorded by someone).
    pub last_purchase_by: Option<String>,
    pub consent_by: Vec<(crate::domain::consent::Channel, String)>,
    /// Lifetime value over the next 52 weeks, from the same fit as `report
    /// clv` (none when the shop's data cannot support the model).
    pub value: Option<super::clv::Prediction>,
    /// What the campaigns that reached them in the last 12 months cost
    /// (their share of each).
    pub marketing_cost: Cents,
    /// Margin on the last 12 months' purchases less that cost; only with
    /// `[value] margin` set.
    pub net_value: Option<Cents>,
    /// Key dates (anniversaries...), in the order of the year.
    pub dates: Vec<crate::domain::key_dates::KeyDate>,
    /// Their service requests, newest first.
    pub service: Vec<crate::domain::service::Request>,
    /// Their latest satisfaction answer and loyalty card.
    pub after_sale: super::loyalty::AfterSale,
    /// A person or a company, and a company's people.
    pub kind: crate::domain::company::Kind,
    pub people: Vec<super::companies::Person>,
    /// How old the figures the standing and value were placed among are
    /// (None: worked out for this card).
    pub population_age: Option<super::population::Age>,
}

/// The whole card of one contact as of today.
pub fn card(app: &mut App, word: &str) -> Result<Card> {
    use crate::store::interactions::{list, InteractionFilter};
    let id = resolve_contact(app.db(), word)?;
    // Everyone else's figures: kept on a big shop, else worked out now.
    let (population, population_age) = super::population::for_card(app)?;
    let app = &*app;
    let db = app.db();
    let visits = crate::store::analytics::visits_of(db, id, crate::domain::dates::to_day_number(app.today))?;
    let placed = visits.as_ref().and_then(|v| population.place(v, app.today));
    let open = InteractionFilter { contact_id: Some(id), open: true, ..Default::default() };
    let recent = InteractionFilter { contact_id: Some(id), limit: Some(5), ..Default::default() };
    let (marketing_cost, net_value) = super::campaigns::marketing_of(app, id, app.today)?;
    let (kind, people) = super::companies::of(db, id)?;
    Ok(Card {
        after_sale: super::loyalty::after_sale(app, id)?,
        kind,
        people,
        population_age,
        marketing_cost,
        net_value,
        dates: crate::store::contact_dates::of(db, id)?,
        service: super::service::of_contact(db, id)?,
        contact: load(db, id)?,
        purchases: purchases::summary(db, id)?,
        standing: placed.as_ref().map(|p| Standing {
            r: p.r,
            f: p.f,
            m: p.m,
            rfm_code: format!("{}{}{}", p.r, p.f, p.m),
            segment: p.segment,
            cell: Some(p.cell),
        }),
        cadence_days: contacts::cadence(db, id)?,
        open_follow_ups: list(db, &open)?,
        last_interactions: list(db, &recent)?,
        consent: crate::store::consent::statuses(db, id)?,
        last_purchase_by: purchases::last_recorder(db, id)?,
        consent_by: crate::store::consent::recorders(db, id)?,
        value: match (population.fit(), visits, &placed) {
            (Some(fit), Some(v), Some(p)) => Some(super::clv::predict_contact(
                app,
                fit,
                v,
                p.segment,
                &super::clv::Options {
                    scope: Default::default(),
                    as_of: app.today,
                    horizon_weeks: 52.0,
                    discount_rate: 0.0,
                },
            )),
            _ => None,
        },
    })
}
