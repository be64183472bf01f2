//! `carnet remind`: the morning digest for cron, and a calendar file.
//!
//! Made for cron: nothing at all on stdout when nothing is due (cron mails
//! only when a job prints), exit 0 either way, errors on stderr.

use super::interaction::within;
use crate::cli::FormatArg;
use crate::context::Ctx;
use crate::domain::remind::{self, age_on, birthday_md, cadence_due, next_birthday, when_words, Kind, Reminder};
use crate::error::Result;
use crate::output::{Cells, Format, Record};
use crate::store::{deals, interactions, reminders};
use chrono::NaiveDate;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
#[command(after_help = "What it lists: open follow-ups due (and overdue), deals past their expected
close, contacts past their keep-in-touch cadence (contact edit --every 60d),
and birthdays in the next days (config remind.birthday_days, default 7).

Examples:
  carnet remind                          # today's digest; silent when nothing is due
  carnet remind --within 7d              # look a week ahead
  carnet remind --format ics > carnet.ics   # a calendar your phone can subscribe to
  0 7 * * * carnet remind                # crontab: mails you only when something is due")]
pub struct RemindArgs {
    /// Look this far ahead: 3d, 1w.
    #[arg(long)]
    pub within: Option<String>,
}

#[derive(Serialize)]
struct ReminderRow {
    kind: Kind,
    due: NaiveDate,
    contact_id: i64,
    name: String,
    phone: Option<String>,
    email: Option<String>,
    reason: String,
    source_id: i64,
}

impl Record for ReminderRow {
    const HEADERS: &'static [&'static str] =
        &["kind", "due", "contact_id", "name", "phone", "email", "reason", "source_id"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            serde_json::to_value(self.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
            self.due.to_string(),
            self.contact_id.to_string(),
            self.name.clone(),
            c.opt(&self.phone),
            c.opt(&self.email),
            self.reason.clone(),
            self.source_id.to_string(),
        ]
    }
}

/// Everything due on or before `until` (birthdays: from today to the
/// later of `until` and the configured look-ahead).
pub fn collect(ctx: &Ctx, conn: &rusqlite::Connection, until: NaiveDate) -> Result<Vec<Reminder>> {
    let today = ctx.today;
    let mut items = Vec::new();
    for (i, phone, email) in interactions::open_follow_ups(conn, until)? {
        let what = i.summary.as_deref().map(|s| format!(": {s}")).unwrap_or_default();
        items.push(Reminder {
            kind: Kind::FollowUp,
            due: i.follow_up.unwrap_or(today),
            contact_id: i.contact_id,
            name: i.contact_name,
            phone,
            email,
            reason: format!("follow up on the {} of {}{what} (interaction {})", i.kind, i.day, i.id),
            source_id: i.id,
        });
    }
    for (d, phone, email) in deals::open_due(conn, until)? {
        items.push(Reminder {
            kind: Kind::Deal,
            due: d.expected_close.unwrap_or(today),
            contact_id: d.contact_id,
            name: d.contact_name,
            phone,
            email,
            reason: format!(
                "deal {} \"{}\" ({}, {}) was expected to close",
                d.id,
                d.title,
                d.stage,
                ctx.out.money.format(d.amount)
            ),
            source_id: d.id,
        });
    }
    for c in reminders::cadences(conn)? {
        let due = cadence_due(c.last_touch, c.cadence_days);
        if due <= until {
            items.push(Reminder {
                kind: Kind::Cadence,
                due,
                contact_id: c.contact_id,
                name: c.name,
                phone: c.phone,
                email: c.email,
                reason: format!("keep in touch every {} days; last contact {}", c.cadence_days, c.last_touch),
                source_id: c.contact_id,
            });
        }
    }
    let horizon = until.max(today + chrono::Duration::days(ctx.config.remind.birthday_days as i64));
    let md = |d: NaiveDate| d.format("%m-%d").to_string();
    let span_days = (horizon - today).num_days();
    let (from, to) =
        if span_days >= 365 { ("01-01".to_string(), "12-31".to_string()) } else { (md(today), md(horizon)) };
    for (id, name, phone, email, b) in reminders::birthdays(conn, &from, &to)? {
        let Some((m, d)) = birthday_md(&b) else {
            continue;
        };
        let Some(due) = next_birthday(m, d, today).filter(|&n| n <= horizon) else {
            continue;
        };
        let age = age_on(&b, due).map(|a| format!(" ({a})")).unwrap_or_default();
        items.push(Reminder {
            kind: Kind::Birthday,
            due,
            contact_id: id,
            name,
            phone,
            email,
            reason: format!("birthday{age}"),
            source_id: id,
        });
    }
    remind::sort(&mut items);
    Ok(items)
}

pub fn run(ctx: &Ctx, a: RemindArgs) -> Result<()> {
    ctx.check_format("remind", &[FormatArg::Ics])?;
    let until = within(ctx, &a.within)?;
    let store = ctx.read()?;
    store.map_for_quick_reads()?;
    let items = collect(ctx, store.conn(), until)?;
    if ctx.format_arg == Some(FormatArg::Ics) {
        return ctx.out.data(&ics(ctx, &items));
    }
    if ctx.out.format != Format::Table {
        let rows: Vec<ReminderRow> = items
            .into_iter()
            .map(|r| ReminderRow {
                kind: r.kind,
                due: r.due,
                contact_id: r.contact_id,
                name: r.name,
                phone: r.phone,
                email: r.email,
                reason: r.reason,
                source_id: r.source_id,
            })
            .collect();
        return ctx.out.records(&rows);
    }
    if items.is_empty() {
        return Ok(());
    }
    let mut out = String::new();
    let mut kind = None;
    for r in &items {
        if kind != Some(r.kind) {
            if kind.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("{}\n", r.kind.heading()));
            kind = Some(r.kind);
        }
        let reach = r.phone.as_deref().or(r.email.as_deref()).unwrap_or("no phone or email");
        out.push_str(&format!("  {:<19} {}, {}: {}\n", when_words(r.due, ctx.today), r.name, reach, r.reason));
    }
    ctx.out.data(&out)
}

/// The calendar: a VTODO per follow-up, an all-day VEVENT per deal date,
/// cadence and birthday. UIDs name what the entry is about, so a calendar
/// that re-reads the file updates entries instead of duplicating them.
fn ics(ctx: &Ctx, items: &[Reminder]) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, Todo};
    let mut cal = Calendar::new();
    cal.name("carnet reminders");
    for r in items {
        let (uid_kind, summary) = match r.kind {
            Kind::FollowUp => ("follow-up", format!("Follow up: {}", r.name)),
            Kind::Deal => ("deal", format!("Deal due: {}", r.name)),
            Kind::Cadence => ("keep-in-touch", format!("Get in touch: {}", r.name)),
            Kind::Birthday => ("birthday", format!("Birthday: {}", r.name)),
        };
        let uid = format!("carnet-{uid_kind}-{}@carnet.local", r.source_id);
        let reach = [r.phone.as_deref(), r.email.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
        let description = if reach.is_empty() { r.reason.clone() } else { format!("{}\n{reach}", r.reason) };
        match r.kind {
            Kind::FollowUp => {
                let mut t = Todo::new();
                t.uid(&uid).summary(&summary).description(&description).due(r.due).timestamp(ctx.now);
                cal.push(t.done());
            }
            _ => {
                let mut e = Event::new();
                // An all-day event ends (exclusively) the next day (RFC 5545 3.6.1).
                e.uid(&uid)
                    .summary(&summary)
                    .description(&description)
                    .starts(r.due)
                    .ends(r.due + chrono::Duration::days(1))
                    .timestamp(ctx.now);
                cal.push(e.done());
            }
        }
    }
    cal.done().to_string()
}
