//! `campaign send`: the launched campaign's messages go out through the
//! shop's own account (SMTP, or the SMS provider), one outbox row per
//! recipient so that a send that is killed, cut off or rate-limited is
//! resumed by running it again.
//!
//! Never twice, and honest about the one moment it cannot know: a row is
//! committed `sending` before its message goes to the server and `sent`
//! (with the server's answer) right after. SMTP and the SMS providers
//! cannot be exactly-once across a kill between the server's acceptance
//! and that write, so a row a later run finds `sending` is **uncertain**:
//! the message may have left. It is not sent again by default (a second
//! copy is worse for a shop's name than one message to check by hand); it
//! is counted and named, and `--resend-uncertain` sends those again with
//! the same Message-ID. A connection that breaks while a message is handed
//! over leaves it uncertain too. The window is one message wide: each row
//! is committed on its own.

use super::campaigns::{address, load};
use super::App;
use crate::domain::campaign::{decide, Decision, Member};
use crate::domain::consent::{Action, Channel, Status};
use crate::domain::template::{self, MessageFile};
use crate::error::{Error, Kind, Result};
use crate::store::campaigns::Campaign;
use crate::store::contacts::Reach;
use crate::store::{consent, outbox, Db};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// One message ready to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub contact_id: i64,
    pub contact_name: String,
    /// An email address, or an E.164 number for SMS.
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub message_id: String,
    pub list_unsubscribe: Option<String>,
}

/// What the server said about one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Accepted, with the server's answer.
    Sent(String),
    /// 4xx: try again later.
    Transient(String),
    /// 5xx: refused for good; `bounced` when the address does not exist.
    Permanent { answer: String, bounced: bool },
    /// The server could not be reached: nothing was handed over. Stop.
    Unreachable(String),
    /// The connection broke while the message was being handed over: it
    /// may have been accepted. Stop; the row stays uncertain.
    Uncertain(String),
}

/// Where messages go: the SMTP account, the SMS provider, or a test.
pub trait Transport {
    fn deliver(&mut self, m: &Outgoing) -> Delivery;
}

/// What the command passes in: the wording it chose in the shop's language.
pub struct Options<'a> {
    /// Added under every email.
    pub unsubscribe_text: String,
    /// How `{{last_purchase}}` is written.
    pub day: &'a dyn Fn(NaiveDate) -> String,
    /// The waits before each retry of a 4xx answer (bounded: after the
    /// last one the row stays queued for the next run).
    pub retry_delays: Vec<Duration>,
    pub per_minute: u32,
    /// Send again the messages an interrupted run left uncertain.
    pub resend_uncertain: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub sent: usize,
    /// Sent by an earlier run.
    pub already_sent: usize,
    /// Not sent: consent withdrawn, erased, bounced since the launch.
    pub skipped: usize,
    pub failed: usize,
    pub bounced: usize,
    /// 4xx after every retry: queued for the next run.
    pub deferred: usize,
    /// Rows left `sending` by an interrupted run (the message may have
    /// left), not sent by this one.
    pub uncertain: usize,
    /// Uncertain rows sent again (`--resend-uncertain`).
    pub resent_uncertain: usize,
}

/// The campaign's message and the sender's domain.
struct Prepared {
    message: MessageFile,
    domain: String,
    mailbox: Option<String>,
}

fn prepared(app: &App, c: &Campaign) -> Result<Prepared> {
    let Some(text) = c.message.as_deref() else {
        return Err(Error::t(Kind::Invalid, "err-send-no-message", crate::targs!["name" => c.name.as_str()])
            .with_hint_t("hint-send-no-message", vec![]));
    };
    if !matches!(c.channel, Channel::Email | Channel::Sms) {
        return Err(Error::t(
            Kind::Invalid,
            "err-send-channel",
            crate::targs!["name" => c.name.as_str(), "channel" => c.channel.as_str()],
        )
        .with_hint_t("hint-send-channel", vec![]));
    }
    let cfg = &app.config.send;
    let mailbox = cfg.reply_to.clone().or_else(|| cfg.from.clone());
    let domain = cfg.from.as_deref().and_then(template::domain_of).unwrap_or("carnet.invalid").to_string();
    Ok(Prepared { message: template::parse_message(text), domain, mailbox })
}

/// The unsubscribe token of one recipient: a keyed hash, the same on
/// every run (a dry run shows the token the real send will use).
fn token(db: &Db, campaign_id: i64, contact_id: i64) -> Result<String> {
    let h = consent::address_key(db, Channel::Email, &format!("outbox {campaign_id} {contact_id}"))?;
    Ok(h[..20].to_string())
}

/// The fields of one recipient, as the template asks for them.
fn field(r: &Reach, last: Option<NaiveDate>, day: &dyn Fn(NaiveDate) -> String, name: &str) -> Option<String> {
    match name {
        "first_name" => template::first_name(&r.name),
        "name" => Some(r.name.clone()),
        "email" => r.email.clone(),
        "phone" => r.phone.clone(),
        "city" => r.city.clone(),
        "postcode" => r.postcode.clone(),
        "last_purchase" => last.map(day),
        _ => None,
    }
}

fn problem(c: &Campaign, r: &Reach, p: template::Problem) -> Error {
    Error::from(p.text(&r.name)).with_hint_t(
        "hint-template-fields",
        crate::targs!["name" => c.name.as_str(), "fields" => template::FIELDS.join(", ")],
    )
}

/// One recipient's message.
fn compose(
    app: &App,
    c: &Campaign,
    p: &Prepared,
    r: &Reach,
    last: Option<NaiveDate>,
    opts: &Options,
    token: &str,
) -> Result<Outgoing> {
    let value = |name: &str| field(r, last, opts.day, name);
    let body = template::render(&p.message.body, p.message.html, &value).map_err(|e| problem(c, r, e))?;
    let subject = match &p.message.subject {
        Some(s) => template::render(s, false, &value).map_err(|e| problem(c, r, e))?,
        None => c.name.clone(),
    };
    let to = address(c.channel, r).unwrap_or_default();
    if c.channel == Channel::Sms {
        let sms = &app.config.sms;
        let to = crate::domain::phone::e164(&to).unwrap_or(to);
        let plain = if p.message.html { template::html_to_text(&body) } else { body };
        let text = template::sms_text(&plain, Some(&sms.stop_text), sms.max_length)
            .map_err(|e| Error::from(e).with_hint_t("hint-sms-shorter", vec![]))?;
        return Ok(Outgoing {
            contact_id: r.id,
            contact_name: r.name.clone(),
            to,
            subject,
            text,
            html: None,
            message_id: format!("carnet-{}-{}-{token}", c.id, r.id),
            list_unsubscribe: None,
        });
    }
    let footer = &opts.unsubscribe_text;
    let (text, html) = if p.message.html {
        let foot = format!("<p style=\"font-size:small;color:#666\">{}</p>", template::escape_html(footer));
        let html = match body.rfind("</body>") {
            Some(at) => format!("{}{foot}{}", &body[..at], &body[at..]),
            None => format!("{body}{foot}"),
        };
        (format!("{}\n-- \n{footer}\n", template::html_to_text(&body).trim_end()), Some(html))
    } else {
        (format!("{}\n\n-- \n{footer}\n", body.trim_end()), None)
    };
    Ok(Outgoing {
        contact_id: r.id,
        contact_name: r.name.clone(),
        to,
        subject,
        text,
        html,
        message_id: template::message_id(c.id, r.id, token, &p.domain),
        list_unsubscribe: p.mailbox.as_deref().map(|m| template::list_unsubscribe(m, token)),
    })
}

/// Check the message against everyone it would go to: a field a
/// recipient lacks is an error now, not a blank in the sent mail
/// (`campaign preview` calls this).
pub fn check_message(app: &App, c: &Campaign, members: &[&Reach]) -> Result<()> {
    if c.message.is_none() || !matches!(c.channel, Channel::Email | Channel::Sms) {
        return Ok(());
    }
    let p = prepared(app, c)?;
    let ids: Vec<i64> = members.iter().map(|r| r.id).collect();
    let last = outbox::last_purchases(app.db(), &ids)?;
    let day = |d: NaiveDate| d.to_string();
    let opts = Options {
        unsubscribe_text: String::new(),
        day: &day,
        retry_delays: vec![],
        per_minute: 0,
        resend_uncertain: false,
    };
    for r in members {
        compose(app, c, &p, r, last.get(&r.id).copied(), &opts, "0")?;
    }
    Ok(())
}

/// The campaign, refused when it has not been launched.
pub fn launched(db: &Db, name: &str) -> Result<Campaign> {
    let c = load(db, name)?;
    if c.launched_on.is_none() {
        return Err(Error::t(Kind::Conflict, "err-campaign-not-launched", crate::targs!["name" => c.name.as_str()])
            .with_hint_t("hint-campaign-launch", crate::targs!["name" => c.name.as_str()]));
    }
    Ok(c)
}

/// Why a recipient may no longer be sent to, checked again at send time:
/// withdrawn, bounced, suppressed or erased since the launch.
fn still_allowed(
    app: &App,
    c: &Campaign,
    r: &Reach,
    statuses: &HashMap<i64, Status>,
    suppressed: &consent::Suppressions,
    forgotten: &std::collections::HashSet<i64>,
) -> std::result::Result<(), &'static str> {
    let m = Member {
        has_address: address(c.channel, r).is_some() && !forgotten.contains(&r.id),
        suppressed: suppressed.contains(c.channel, r.email.as_deref(), r.phone.as_deref()),
        status: statuses.get(&r.id).copied().unwrap_or(Status::NeverAsked),
        recent_sends: 0,
        in_control: false,
    };
    match decide(&m, app.config.consent.opt_in_channels.contains(&c.channel), u32::MAX) {
        Decision::Send => Ok(()),
        Decision::Excluded(why) => Err(why),
        Decision::Control => Err("in the control group"),
    }
}

/// Every message of the campaign not sent yet, as it would go now (for
/// `--dry-run`): nothing is written.
pub fn render_pending(app: &App, name: &str, opts: &Options) -> Result<Vec<Outgoing>> {
    let c = launched(app.db(), name)?;
    let p = prepared(app, &c)?;
    let done: std::collections::HashSet<i64> = outbox::rows(app.db(), c.id)?
        .into_iter()
        .filter(|r| !(r.state == "queued" || (opts.resend_uncertain && r.state == "sending")))
        .map(|r| r.contact_id)
        .collect();
    let ids: Vec<i64> = outbox::recipients(app.db(), c.id)?.into_iter().filter(|i| !done.contains(i)).collect();
    let reach = crate::store::contacts::reach_of(app.db(), &ids)?;
    let last = outbox::last_purchases(app.db(), &ids)?;
    let statuses = consent::statuses_for_channel(app.db(), c.channel)?;
    let suppressed = consent::Suppressions::load(app.db())?;
    let forgotten = outbox::forgotten(app.db(), &ids)?;
    let mut out = Vec::new();
    for r in &reach {
        if still_allowed(app, &c, r, &statuses, &suppressed, &forgotten).is_err() {
            continue;
        }
        let t = token(app.db(), c.id, r.id)?;
        out.push(compose(app, &c, &p, r, last.get(&r.id).copied(), opts, &t)?);
    }
    Ok(out)
}

/// One message to the shopkeeper (`--test ADDRESS`), filled with the
/// first recipient's fields (or the first of today's audience before the
/// launch). Nothing is written.
pub fn test_message(app: &App, name: &str, to: &str, opts: &Options) -> Result<Outgoing> {
    let c = load(app.db(), name)?;
    let p = prepared(app, &c)?;
    let first = match c.launched_on {
        Some(_) => outbox::recipients(app.db(), c.id)?
            .first()
            .map(|&id| crate::store::contacts::reach_of(app.db(), &[id]))
            .transpose()?
            .and_then(|mut v| v.pop()),
        None => {
            super::campaigns::preview(app, name)?.1.into_iter().find(|m| m.decision == Decision::Send).map(|m| m.reach)
        }
    };
    let r = first.ok_or_else(|| {
        Error::t(Kind::Invalid, "err-campaign-nobody", crate::targs!["name" => c.name.as_str()])
            .with_hint_t("hint-campaign-preview", crate::targs!["name" => c.name.as_str()])
    })?;
    let last = outbox::last_purchases(app.db(), &[r.id])?;
    let mut m = compose(app, &c, &p, &r, last.get(&r.id).copied(), opts, "test")?;
    m.to = to.to_string();
    m.subject = format!("[test] {}", m.subject);
    m.message_id = template::message_id(c.id, 0, &format!("test{}", app.now.timestamp()), &p.domain);
    Ok(m)
}

/// Keeps at most `per_minute` messages a minute.
struct Pace {
    every: Duration,
    last: Option<Instant>,
}

impl Pace {
    fn new(per_minute: u32) -> Pace {
        Pace { every: Duration::from_secs(60) / per_minute.max(1), last: None }
    }

    fn wait(&mut self) {
        if let Some(last) = self.last {
            let since = last.elapsed();
            if since < self.every {
                std::thread::sleep(self.every - since);
            }
        }
        self.last = Some(Instant::now());
    }
}

/// Send what is left of a launched campaign. `progress(done, total)`.
pub fn send(
    app: &mut App,
    name: &str,
    opts: &Options,
    transport: &mut dyn Transport,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Summary> {
    let now = app.timestamp();
    let today = app.today.to_string();
    let c = launched(app.db(), name)?;
    let p = prepared(app, &c)?;
    let ids = outbox::recipients(app.db(), c.id)?;
    let mut queue = Vec::with_capacity(ids.len());
    for &id in &ids {
        let t = token(app.db(), c.id, id)?;
        let mid = if c.channel == Channel::Sms {
            format!("carnet-{}-{id}-{t}", c.id)
        } else {
            template::message_id(c.id, id, &t, &p.domain)
        };
        queue.push((id, t, mid));
    }
    let tx = app.store.begin()?;
    outbox::queue(&tx, c.id, c.channel, &queue)?;
    tx.commit()?;

    let rows = outbox::rows(app.db(), c.id)?;
    let mut summary = Summary::default();
    let takes = |r: &outbox::OutboxRow| r.state == "queued" || (opts.resend_uncertain && r.state == "sending");
    let pending: Vec<&outbox::OutboxRow> = rows.iter().filter(|r| takes(r)).collect();
    summary.already_sent = rows.iter().filter(|r| r.state == "sent").count();
    if !opts.resend_uncertain {
        summary.uncertain = rows.iter().filter(|r| r.state == "sending").count();
    }
    let pending_ids: Vec<i64> = pending.iter().map(|r| r.contact_id).collect();
    let reach: HashMap<i64, Reach> =
        crate::store::contacts::reach_of(app.db(), &pending_ids)?.into_iter().map(|r| (r.id, r)).collect();
    let last = outbox::last_purchases(app.db(), &pending_ids)?;
    let statuses = consent::statuses_for_channel(app.db(), c.channel)?;
    let suppressed = consent::Suppressions::load(app.db())?;
    let forgotten = outbox::forgotten(app.db(), &pending_ids)?;

    // Every message is made before the first goes: a template problem
    // stops the run with nothing sent.
    let mut work: Vec<(&outbox::OutboxRow, std::result::Result<Outgoing, &'static str>)> =
        Vec::with_capacity(pending.len());
    for row in &pending {
        let Some(r) = reach.get(&row.contact_id) else {
            work.push((row, Err("erased")));
            continue;
        };
        match still_allowed(app, &c, r, &statuses, &suppressed, &forgotten) {
            Err(why) => work.push((row, Err(why))),
            Ok(()) => {
                let mut m = compose(app, &c, &p, r, last.get(&r.id).copied(), opts, &row.token)?;
                m.message_id = row.message_id.clone();
                work.push((row, Ok(m)));
            }
        }
    }

    let mut pace = Pace::new(opts.per_minute);
    let total = work.len();
    for (done, (row, item)) in work.into_iter().enumerate() {
        progress(done, total);
        let contact = row.contact_id;
        let m = match item {
            Err(why) => {
                let tx = app.store.begin()?;
                outbox::set_state(&tx, c.id, contact, "skipped", Some(why), &now, false)?;
                tx.commit()?;
                summary.skipped += 1;
                continue;
            }
            Ok(m) => m,
        };
        // Committed before the message goes: from here until `sent` is
        // written, a kill leaves the row uncertain.
        let tx = app.store.begin()?;
        let mine = outbox::claim(&tx, c.id, contact, &row.state, row.attempts, &now)?;
        tx.commit()?;
        if !mine {
            // Another run took it since this one read the outbox.
            continue;
        }
        if row.state == "sending" {
            summary.resent_uncertain += 1;
        }
        // `CARNET_FAULT=send:before-server:3` aborts before the 4th message.
        crate::store::crash_point(&format!("send:before-server:{done}"));
        let mut outcome = Delivery::Transient(String::new());
        for attempt in 0..=opts.retry_delays.len() {
            if attempt > 0 {
                std::thread::sleep(opts.retry_delays[attempt - 1]);
            }
            pace.wait();
            outcome = transport.deliver(&m);
            if !matches!(outcome, Delivery::Transient(_)) {
                break;
            }
        }
        crate::store::crash_point(&format!("send:after-server:{done}"));
        let tx = app.store.begin()?;
        match &outcome {
            Delivery::Sent(answer) => {
                outbox::set_state(&tx, c.id, contact, "sent", Some(answer), &now, false)?;
                summary.sent += 1;
            }
            Delivery::Transient(answer) => {
                outbox::set_state(&tx, c.id, contact, "queued", Some(answer), &now, false)?;
                summary.deferred += 1;
            }
            Delivery::Permanent { answer, bounced } => {
                let state = if *bounced { "bounced" } else { "failed" };
                outbox::set_state(&tx, c.id, contact, state, Some(answer), &now, false)?;
                if *bounced {
                    let e = consent::NewEvent {
                        contact_id: Some(contact),
                        subject_key: None,
                        channel: c.channel,
                        action: Action::Bounce,
                        occurred_on: &today,
                        method: None,
                        proof: Some(answer),
                        wording_id: None,
                        voids: None,
                    };
                    consent::record(&tx, &e, &now)?;
                    summary.bounced += 1;
                } else {
                    summary.failed += 1;
                }
            }
            Delivery::Unreachable(why) => {
                // Nothing was handed over: the row goes back to the queue.
                outbox::set_state(&tx, c.id, contact, "queued", Some(why), &now, false)?;
                tx.commit()?;
                return Err(Error::t(
                    Kind::Io,
                    "err-send-unreachable",
                    crate::targs!["why" => why.as_str(), "sent" => summary.sent + summary.already_sent],
                )
                .with_hint_t("hint-send-again", crate::targs!["name" => c.name.as_str()]));
            }
            Delivery::Uncertain(why) => {
                // It may have been accepted: the row stays `sending`, with why.
                outbox::set_state(&tx, c.id, contact, "sending", Some(why), &now, false)?;
                tx.commit()?;
                return Err(Error::t(
                    Kind::Io,
                    "err-send-broke",
                    crate::targs![
                        "why" => why.as_str(),
                        "to" => m.to.as_str(),
                        "sent" => summary.sent + summary.already_sent
                    ],
                )
                .with_hint_t("hint-send-again", crate::targs!["name" => c.name.as_str()]));
            }
        }
        tx.commit()?;
    }
    progress(total, total);
    Ok(summary)
}

/// Rows per state, for `campaign report` (empty for a campaign carnet did not send).
pub fn delivery_counts(db: &Db, campaign_id: i64) -> Result<HashMap<String, i64>> {
    outbox::counts(db, campaign_id)
}

#[cfg(test)]
#[path = "sending_tests.rs"]
mod tests;
