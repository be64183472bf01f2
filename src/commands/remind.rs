//! `carnet remind`: the morning digest for cron, and a calendar file.
//!
//! Made for cron: nothing at all on stdout when nothing is due (cron mails
//! only when a job prints), exit 0 either way, errors on stderr.

use super::interaction::within;
use crate::context::Ctx;
use crate::domain::remind::{heading, when, Kind, Reminder};
use crate::error::Result;
use crate::output::{Format, FormatArg};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_help = "What it lists: open follow-ups due (and overdue), deals past their expected
close, contacts past their keep-in-touch cadence (contact edit --every 60d),
customers due to renew, regulars slipping away, birthdays in the next
days (config remind.birthday_days, default 7), and service requests late,
ready but not collected, or complaints without an answer.

Examples:
  carnet remind                          # today's digest; silent when nothing is due
  carnet remind --within 7d              # look a week ahead
  carnet remind --format ics > carnet.ics   # a calendar your phone can subscribe to (next 60 days)
  0 7 * * * carnet remind                # crontab: mails you only when something is due")]
pub struct RemindArgs {
    /// Look this far ahead: 3d, 1w (default: today; 60d with --format ics).
    #[arg(long)]
    pub within: Option<String>,
    /// Mail the digest to this address through the `[send]` account
    /// (nothing is sent when nothing is due).
    #[arg(long, value_name = "ADDRESS")]
    pub mail_to: Option<String>,
}

crate::record! {
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
}

/// How far ahead `remind --format ics` looks when --within is not given.
const ICS_WITHIN: &str = "60d";

pub fn run(ctx: &Ctx, a: RemindArgs) -> Result<()> {
    ctx.check_format("remind", &[FormatArg::Ics])?;
    let ics = ctx.format_arg == Some(FormatArg::Ics);
    // A calendar is for what is coming: without --within it looks ahead
    // ICS_WITHIN, where the digest shows only what is due today.
    let within_arg = if ics { a.within.clone().or_else(|| Some(ICS_WITHIN.to_string())) } else { a.within.clone() };
    let until = within(ctx, &within_arg)?;
    let app = ctx.read()?;
    let items = crate::app::reminders::collect(&app, until)?;
    if ics {
        return ctx.out.data(&crate::output::calendar::ics(&items, ctx.now, ctx.out.lang));
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
                reason: r.reason.into_english(),
                source_id: r.source_id,
            })
            .collect();
        return ctx.out.records(&rows);
    }
    if items.is_empty() {
        return Ok(());
    }
    if let Some(to) = &a.mail_to {
        return mail(ctx, to, &digest(&items, ctx.today, ctx.out.lang, false), items.len());
    }
    ctx.out.data(&digest(&items, ctx.today, ctx.out.lang, ctx.out.color))
}

/// The digest for people: a heading per kind, a line per item, in the
/// interface's language.
fn digest(items: &[Reminder], today: NaiveDate, lang: crate::i18n::Lang, color: bool) -> String {
    use crate::i18n::{tr, tr_args};
    let mut out = String::new();
    let mut current = None;
    let no_reach = tr(lang, "remind-no-contact");
    let mut labels: std::collections::HashMap<(&str, i64), String> = std::collections::HashMap::new();
    for r in items {
        let h = heading(r.kind, r.due, today);
        if current != Some(h) {
            if current.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("{}\n", tr(lang, h)));
            current = Some(h);
        }
        let reach = r.phone.as_deref().or(r.email.as_deref()).unwrap_or(&no_reach);
        let (id, days) = when(r.due, today);
        // Lines share their few due days: each label is worked out once.
        let w = labels
            .entry((id, days))
            .or_insert_with(|| format!("{:<19}", tr_args(lang, id, &[("days", days.into())])))
            .clone();
        let w = match crate::output::paint::of_when(id).filter(|_| color) {
            Some(p) => p.ansi(&w),
            None => w,
        };
        let why = tr_args(lang, "remind-line-why", &[("why", r.reason.render(lang).into())]);
        out.push_str(&format!("  {w} {}, {reach}{why}\n", r.name));
    }
    out
}

/// `--mail-to`: the digest as a plain-text mail through the shop's account.
fn mail(ctx: &Ctx, to: &str, text: &str, count: usize) -> Result<()> {
    let subject = ctx.text("remind-mail-subject", &[("count", count.into()), ("day", ctx.day_text(ctx.today).into())]);
    let domain =
        ctx.config.send.from.as_deref().and_then(crate::domain::template::domain_of).unwrap_or("carnet.invalid");
    let m = crate::app::sending::Outgoing {
        contact_id: 0,
        contact_name: to.to_string(),
        to: to.to_string(),
        subject,
        text: text.to_string(),
        html: None,
        message_id: format!("<carnet.remind.{}@{domain}>", ctx.now.format("%Y%m%d%H%M%S")),
        list_unsubscribe: None,
    };
    let answer = crate::app::smtp::connect(&ctx.config.send)?.send_now(&m)?;
    ctx.tell("msg-remind-mailed", &[("to", to.into()), ("answer", answer.into())]);
    Ok(())
}
