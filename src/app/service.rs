//! Service requests: open, move through the statuses, note, close (with
//! the purchase), tell the customer when it is ready, and what `remind`
//! and `contact show` say of them.

use super::{resolve_contact, App};
use crate::domain::consent::Channel;
use crate::domain::money::Cents;
use crate::domain::service::{self as rules, Event, NewRequest, Request, CANCELLED, COLLECTED, READY};
use crate::error::{Error, Kind, Result};
use crate::i18n::{Arg, Text};
use crate::store::service::{self as store, Filter};
use crate::store::{Db, Reachable};
use crate::targs;
use chrono::NaiveDate;

pub fn load(db: &Db, id: i64) -> Result<Request> {
    store::get(db, id)?
        .ok_or_else(|| Error::not_found_id("err-no-service", id).with_hint_t("hint-see-service-ids", vec![]))
}

fn open(db: &Db, id: i64) -> Result<Request> {
    let r = load(db, id)?;
    rules::check_open(&r).map_err(|e| Error::conflict(e.0).with_hint_t("hint-service-closed", vec![]))?;
    Ok(r)
}

fn words_error(app: &App, status: bool, e: crate::domain::Invalid) -> Error {
    let (id, words) = if status {
        ("hint-service-statuses-are", app.config.service.statuses.join(", "))
    } else {
        ("hint-service-kinds-are", app.config.service.kinds.join(", "))
    };
    Error::from(e).with_hint_t(id, targs!["names" => words])
}

fn kind_of(app: &App, typed: &str) -> Result<String> {
    rules::find(&app.config.service.kinds, typed).map(String::from).ok_or_else(|| {
        words_error(app, false, crate::domain::Invalid(Text::tr("err-service-not-kind", targs!["name" => typed])))
    })
}

pub struct NewRequestArgs {
    pub contact: String,
    pub what: String,
    pub kind: String,
    pub status: Option<String>,
    pub promised: Option<NaiveDate>,
    pub quote: Option<Cents>,
    /// The day it came in (default today).
    pub opened: Option<NaiveDate>,
}

pub fn add(app: &mut App, a: &NewRequestArgs) -> Result<Request> {
    let kind = kind_of(app, &a.kind)?;
    let statuses = &app.config.service.statuses;
    let status = match &a.status {
        Some(s) if rules::is_closed_status(s) => {
            return Err(Error::t(Kind::Invalid, "err-service-status-builtin", targs!["name" => s.trim()])
                .with_hint_t("hint-service-statuses-are", targs!["names" => statuses.join(", ")]))
        }
        Some(s) => rules::move_target(statuses, 0, s).map_err(|e| words_error(app, true, e))?.to_string(),
        None => statuses[0].clone(),
    };
    if a.what.trim().is_empty() {
        return Err(Error::t(Kind::Invalid, "err-service-what", vec![]).with_hint_t("hint-service-what", vec![]));
    }
    let opened = a.opened.unwrap_or(app.today);
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &a.contact)?;
    let n = NewRequest {
        contact_id,
        kind: &kind,
        what: a.what.trim(),
        status: &status,
        opened,
        promised: a.promised,
        quote: a.quote,
    };
    let id = store::insert(&tx, &n, &now)?;
    let r = load(&tx, id)?;
    tx.commit()?;
    Ok(r)
}

pub struct ListArgs {
    pub contact: Option<String>,
    pub status: Option<String>,
    pub kind: Option<String>,
    /// `Some(true)` open, `Some(false)` closed, `None` all.
    pub open: Option<bool>,
    pub late: bool,
}

pub fn list(app: &App, a: ListArgs) -> Result<Vec<Request>> {
    let status = match a.status {
        Some(s) if rules::is_closed_status(&s) => Some(s.trim().to_lowercase()),
        Some(s) => Some(rules::find(&app.config.service.statuses, &s).map(String::from).ok_or_else(|| {
            words_error(app, true, crate::domain::Invalid(Text::tr("err-service-not-status", targs!["name" => s])))
        })?),
        None => None,
    };
    let f = Filter {
        contact_id: a.contact.as_deref().map(|c| resolve_contact(app.db(), c)).transpose()?,
        // A status named is looked for open or closed.
        open: if status.is_some() { None } else { a.open },
        status,
        kind: a.kind.as_deref().map(|k| kind_of(app, k)).transpose()?,
        late_on: a.late.then_some(app.today),
    };
    store::list(app.db(), &f)
}

pub fn show(app: &App, id: i64) -> Result<(Request, Vec<Event>)> {
    Ok((load(app.db(), id)?, store::history(app.db(), id)?))
}

/// The requests of one contact, newest first (`contact show`).
pub fn of_contact(db: &Db, contact_id: i64) -> Result<Vec<Request>> {
    let mut v = store::list(db, &Filter { contact_id: Some(contact_id), ..Default::default() })?;
    v.reverse();
    Ok(v)
}

/// What to tell the customer, and where.
#[derive(Debug, Clone)]
pub struct Notice {
    pub text: Text,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The message of a status for a request: the config's template, or
/// carnet's own for `ready` (None for a status without a message).
pub fn notice(app: &App, r: &Request) -> Result<Option<Notice>> {
    let contact = super::contacts::load(app.db(), r.contact_id)?;
    let money = app.config.money_style(false);
    let first = crate::domain::template::first_name(&r.contact_name).unwrap_or_else(|| r.contact_name.clone());
    let text = match app.config.service.messages.get(&r.status) {
        Some(t) => {
            let value = |f: &str| match f {
                "name" => Some(r.contact_name.clone()),
                "first_name" => Some(first.clone()),
                "what" => Some(r.what.clone()),
                "id" => Some(r.id.to_string()),
                "status" => Some(r.status.clone()),
                "quote" => r.quote.map(|c| money.format(c)),
                "charge" => r.charge.map(|c| money.format(c)),
                _ => None,
            };
            Text::plain(rules::fill(t, &value).map_err(|e| {
                Error::from(e).with_hint_t("hint-service-template", targs!["status" => r.status.as_str()])
            })?)
        }
        None if r.status == READY => {
            Text::tr("service-ready-message", targs!["first_name" => first, "what" => r.what.as_str(), "id" => r.id])
        }
        None => return Ok(None),
    };
    Ok(Some(Notice { text, phone: contact.fields.phone.clone(), email: contact.fields.email.clone() }))
}

/// What a move did.
pub struct Moved {
    pub from: String,
    pub request: Request,
    pub notice: Option<Notice>,
}

/// Move an open request to another open status.
pub fn move_to(app: &mut App, id: i64, status: &str, plan_notify: bool) -> Result<Moved> {
    let to = rules::move_target(&app.config.service.statuses, id, status)
        .map_err(|e| if rules::is_closed_status(status) { Error::from(e) } else { words_error(app, true, e) })?
        .to_string();
    let r = open(app.db(), id)?;
    let notice = notice(app, &Request { status: to.clone(), ..r.clone() })?;
    if plan_notify {
        // Nothing is written when the message could not go.
        let n = notice.as_ref().ok_or_else(|| {
            Error::t(Kind::Invalid, "err-service-no-message", targs!["status" => to.as_str()])
                .with_hint_t("hint-service-template", targs!["status" => to.as_str()])
        })?;
        channel(app, r.contact_id, n)?;
    }
    let (now, today) = (app.timestamp(), app.today);
    let tx = app.store.begin()?;
    let r = open(&tx, id)?;
    if r.status != to {
        store::set_status(&tx, &r, &to, today, &now)?;
    }
    let request = load(&tx, id)?;
    tx.commit()?;
    Ok(Moved { from: r.status, request, notice })
}

/// How a notice would go: by email through `[send]` when the contact has
/// an address, else by SMS through `[sms]`; the consent rule of a
/// transactional message decides (see [`rules::may_notify`]).
fn channel(app: &App, contact_id: i64, n: &Notice) -> Result<(Channel, String)> {
    let cfg = app.config;
    let pick = match (&n.email, &n.phone) {
        (Some(e), _) if cfg.send.smtp.is_some() => Some((Channel::Email, e.clone())),
        (_, Some(p)) if cfg.sms.url.is_some() => {
            Some((Channel::Sms, crate::domain::phone::e164(p).unwrap_or_else(|| p.clone())))
        }
        _ => None,
    };
    let Some((ch, to)) = pick else {
        return Err(Error::t(Kind::Invalid, "err-service-no-way", vec![]).with_hint_t("hint-service-no-way", vec![]));
    };
    let status = crate::store::consent::statuses(app.db(), contact_id)?
        .into_iter()
        .find(|(c, _)| *c == ch)
        .map(|(_, s)| s)
        .unwrap_or(crate::domain::consent::Status::NeverAsked);
    rules::may_notify(status).map_err(|why| {
        Error::t(Kind::Conflict, "err-service-consent", targs!["channel" => ch.as_str(), "why" => why])
            .with_hint_t("hint-service-consent", vec![])
    })?;
    Ok((ch, to))
}

/// A notice sent: by which channel, to whom, and the server's answer.
pub struct Sent {
    pub channel: Channel,
    pub to: String,
    pub answer: String,
}

/// Send the notice (its text and subject in the shop's language) and
/// note it in the request's history.
pub fn notify(app: &mut App, id: i64, n: &Notice, text: &str, subject: &str) -> Result<Sent> {
    let r = load(app.db(), id)?;
    let (ch, to) = channel(app, r.contact_id, n)?;
    let cfg = app.config;
    let stamp = app.now.format("%Y%m%d%H%M%S");
    let mut m = crate::app::sending::Outgoing {
        contact_id: r.contact_id,
        contact_name: r.contact_name.clone(),
        to: to.clone(),
        subject: subject.to_string(),
        text: text.to_string(),
        html: None,
        message_id: String::new(),
        list_unsubscribe: None,
    };
    let answer = match ch {
        Channel::Email => {
            let domain =
                cfg.send.from.as_deref().and_then(crate::domain::template::domain_of).unwrap_or("carnet.invalid");
            m.message_id = format!("<carnet.service.{id}.{stamp}@{domain}>");
            super::smtp::connect(&cfg.send)?.send_now(&m)?
        }
        _ => {
            m.message_id = format!("carnet-service-{id}-{stamp}");
            m.text = crate::domain::template::sms_text(text, None, cfg.sms.max_length)
                .map_err(|e| Error::from(e).with_hint_t("hint-sms-shorter", vec![]))?;
            super::sms::Sms::from_config(&cfg.sms)?.send_now(&m)?
        }
    };
    let (now, today) = (app.timestamp(), app.today);
    let tx = app.store.begin()?;
    store::note(&tx, id, &format!("sent by {} to {to}", ch.as_str()), today, &now)?;
    tx.commit()?;
    Ok(Sent { channel: ch, to, answer })
}

pub fn note(app: &mut App, id: i64, text: &str) -> Result<Request> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::t(Kind::Invalid, "err-service-note-empty", vec![]));
    }
    let (now, today) = (app.timestamp(), app.today);
    let tx = app.store.begin()?;
    let r = load(&tx, id)?;
    store::note(&tx, id, text, today, &now)?;
    tx.commit()?;
    Ok(r)
}

pub struct CloseArgs {
    /// Collected (true) or cancelled (false).
    pub collected: bool,
    pub charge: Option<Cents>,
    pub day: NaiveDate,
    pub reason: Option<String>,
}

/// What a close did: the request as closed, the purchase recorded, and
/// the days it took from opening to closing.
pub struct Closed {
    pub request: Request,
    pub purchase: Option<i64>,
    pub days: i64,
}

/// Close as collected (recording the charge as a purchase, in the same
/// transaction) or cancelled.
pub fn close(app: &mut App, id: i64, a: &CloseArgs) -> Result<Closed> {
    let (now, status) = (app.timestamp(), if a.collected { COLLECTED } else { CANCELLED });
    let tx = app.store.begin()?;
    let r = open(&tx, id)?;
    if a.day < r.opened {
        return Err(Error::t(
            Kind::Invalid,
            "err-service-close-before",
            targs!["id" => id, "day" => Arg::Day(r.opened)],
        )
        .for_flag("--date"));
    }
    store::set_status(&tx, &r, status, a.day, &now)?;
    if let Some(reason) = a.reason.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        store::note(&tx, id, reason, a.day, &now)?;
    }
    let mut purchase = None;
    if let Some(charge) = a.charge {
        let note = format!("service {id}: {}", r.what);
        let p = crate::store::purchases::NewPurchase {
            contact_id: r.contact_id,
            day: a.day,
            amount: charge,
            note: Some(&note),
            order_ref: None,
            batch_id: None,
            category_id: None,
            channel: None,
        };
        let pid = crate::store::purchases::insert(&tx, &p)?;
        store::set_charge(&tx, id, charge, pid)?;
        purchase = Some(pid);
    }
    let request = load(&tx, id)?;
    tx.commit()?;
    Ok(Closed { days: rules::turnaround_days(r.opened, a.day), request, purchase })
}

/// A status in both languages (`in_progress`, `en cours`).
fn status_arg(s: &str) -> Arg {
    let key = s.trim().to_lowercase().replace(['_', ' '], "-");
    let fr = crate::i18n::message(crate::i18n::Lang::Fr, &format!("val-status-{key}"), &[]);
    Arg::local(s.to_string(), fr.unwrap_or_else(|| s.to_string()))
}

/// The reminders of service requests due on or before `until`: late ones
/// (past their promised day, not ready), ready ones not collected after
/// `[service] collect_reminder`, and complaints without an answer after
/// `complaint_answer`.
pub fn reminders(app: &App, until: NaiveDate, items: &mut Vec<crate::domain::remind::Reminder>) -> Result<()> {
    use crate::domain::dates::add_days_saturating;
    use crate::domain::remind::{Kind as R, Reminder};
    let cfg = &app.config.service;
    let (collect, answer) = (cfg.collect_days() as i64, cfg.answer_days() as i64);
    for Reachable { item: r, phone, email } in store::open_reachable(app.db())? {
        let status = status_arg(&r.status);
        let mut push = |kind, due, reason| {
            items.push(Reminder {
                kind,
                due,
                contact_id: r.contact_id,
                name: r.contact_name.clone(),
                phone: phone.clone(),
                email: email.clone(),
                reason,
                source_id: r.id,
            })
        };
        if let Some(p) = r.promised.filter(|&p| p <= until && r.status != READY) {
            push(
                R::ServiceLate,
                p,
                Text::tr(
                    "why-service-late",
                    targs!["id" => r.id, "what" => r.what.as_str(), "status" => status.clone(), "day" => Arg::Day(r.opened)],
                ),
            );
        }
        if let Some(ready) = r.ready_on.filter(|_| r.status == READY) {
            let due = add_days_saturating(ready, collect);
            if due <= until {
                push(
                    R::ServiceCollect,
                    due,
                    Text::tr(
                        "why-service-collect",
                        targs!["id" => r.id, "what" => r.what.as_str(), "day" => Arg::Day(ready)],
                    ),
                );
            }
        }
        if r.kind == rules::COMPLAINT && r.answered_on.is_none() {
            let due = add_days_saturating(r.opened, answer);
            if due <= until {
                push(
                    R::ServiceComplaint,
                    due,
                    Text::tr(
                        "why-service-complaint",
                        targs!["id" => r.id, "what" => r.what.as_str(), "day" => Arg::Day(r.opened)],
                    ),
                );
            }
        }
    }
    Ok(())
}
