//! `carnet sync`: the contacts to the phone's address book (CardDAV), the
//! reminders to its calendar (CalDAV). Made for cron, as `remind` is:
//! silent when nothing changed, one line otherwise.

use super::interaction::within;
use crate::app::sync::Request;
use crate::context::Ctx;
use crate::error::{Error, Kind, Result};
use clap::Args;

#[derive(Debug, Args)]
#[command(after_help = "Configured once, in the config file's [sync] section:
  carddav = \"https://dav.example.net/addressbooks/shop/contacts/\"
  caldav = \"https://dav.example.net/calendars/shop/carnet/\"
  username = \"shop\"
  password_command = \"pass show carnet\"   # or CARNET_SYNC_PASSWORD
  segment = \"customers\"                    # optional: only these contacts

One way: carnet is the source of truth. Only what changed is sent; an entry
changed on the server since carnet sent it is reported, not overwritten
(--overwrite replaces it); what carnet no longer has (deleted, merged,
archived, forgotten, done) is deleted from the server.

Examples:
  carnet sync                    # silent when nothing changed
  carnet sync --dry-run          # what would be created, updated, deleted
  carnet sync --report-new > phone.vcf && carnet contact import phone.vcf
  0 * * * * carnet sync          # crontab: every hour")]
pub struct SyncArgs {
    /// Only the contacts (CardDAV).
    #[arg(long)]
    pub contacts: bool,
    /// Only the reminders (CalDAV).
    #[arg(long)]
    pub calendar: bool,
    /// List what would be created, updated and deleted; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Replace entries that were changed on the server.
    #[arg(long)]
    pub overwrite: bool,
    /// Print the cards on the server that carnet did not put there (made on
    /// a phone), as vCards, for `contact import`.
    #[arg(long)]
    pub report_new: bool,
    /// How far ahead the calendar looks (default 60d, as `remind --format ics`).
    #[arg(long)]
    pub within: Option<String>,
}

pub fn run(ctx: &Ctx, a: SyncArgs) -> Result<()> {
    ctx.check_format("sync", &[])?;
    if a.report_new && a.calendar {
        return Err(Error::t(Kind::Usage, "err-sync-report-new-contacts", vec![]));
    }
    let until = within(ctx, &Some(a.within.clone().unwrap_or_else(|| "60d".into())))?;
    let req = Request {
        contacts: a.contacts || a.report_new,
        calendar: a.calendar,
        dry_run: a.dry_run,
        overwrite: a.overwrite,
        report_new: a.report_new,
        until,
    };
    let writers = crate::output::sync::Writers { lang: ctx.out.lang, now: ctx.now };
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Sync)?;
    let outcome = crate::app::sync::run(&mut app, &req, &writers)?;
    if a.report_new {
        ctx.out.data(&outcome.new_on_server.concat())?;
        ctx.tell("msg-sync-new-on-server", &[("count", outcome.new_on_server.len().into())]);
    } else if a.dry_run || ctx.wants_records() {
        ctx.out.records(&crate::output::sync::rows(&outcome.changes))?;
    }
    if a.dry_run {
        ctx.tell("msg-sync-dry-run", &[("count", outcome.changes.len().into())]);
    } else if let Some(line) = crate::output::sync::summary(&outcome, ctx.out.lang) {
        ctx.out.say(line);
    }
    if !outcome.conflicts.is_empty() {
        return Err(Error::t(
            Kind::Conflict,
            "err-sync-conflicts",
            crate::targs!["count" => outcome.conflicts.len() as i64, "uids" => crate::error::echo_list(&outcome.conflicts)],
        )
        .with_hint_t("hint-sync-conflicts", vec![]));
    }
    Ok(())
}
