//! `carnet interaction ...`: what was said, and what to do next.

use super::flags;
use crate::app::interactions::{self, Changes, ListRequest, NewEntry};
use crate::app::views::Interaction;
use crate::app::Done;
use crate::context::Ctx;
use crate::error::{Error, Result};
pub use crate::output::interaction::InteractionRow;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum InteractionCommand {
    /// Log a call, email, visit… with an optional follow-up.
    #[command(
        after_help = "Follow-ups: +3d, +2w, +1m, tomorrow, a weekday (thursday), or a date.\n\nExamples:\n  carnet interaction add \"Mme Durand\" --kind call --note \"wants the blue vase\" --follow-up thursday\n  carnet interaction add 12 --kind visit --deal 4 --follow-up +2w\n  carnet interaction add paul@example.fr --kind email --at 2024-06-01"
    )]
    Add(AddArgs),
    /// List interactions, newest first.
    #[command(
        after_help = "Examples:\n  carnet interaction list --contact 12\n  carnet interaction list --kind call --since -30d --format csv\n  carnet interaction list --open"
    )]
    List(ListArgs),
    /// Show one interaction.
    Show { id: i64 },
    /// Change an interaction (an empty --note or --follow-up clears it).
    Edit(EditArgs),
    /// Delete an interaction.
    Rm {
        id: i64,
        #[arg(long, short)]
        yes: bool,
    },
    /// Close an open follow-up.
    #[command(after_help = "Example:\n  carnet interaction done 31")]
    Done { id: i64 },
    /// Move an open follow-up to a later day (counted from today).
    #[command(after_help = "Examples:\n  carnet interaction snooze 31 +2d\n  carnet interaction snooze 31 monday")]
    Snooze {
        id: i64,
        #[arg(allow_hyphen_values = true)]
        when: String,
    },
    /// Open follow-ups due today or earlier (or within a period ahead).
    #[command(after_help = "Examples:\n  carnet interaction due\n  carnet interaction due --within 7d --format json")]
    Due {
        /// Look this far ahead: 7d, 2w.
        #[arg(long)]
        within: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub contact: String,
    /// call, email, visit, meeting, sms, note (config: interaction_kinds).
    #[arg(long)]
    pub kind: String,
    #[command(flatten)]
    pub details: DetailArgs,
}

/// What `add` and `edit` share (on `edit`, an empty --note or --follow-up clears it).
#[derive(Debug, Args)]
pub struct DetailArgs {
    /// What was said or done.
    #[arg(long, short)]
    pub note: Option<String>,
    /// When it happened (default now): a date, yesterday, -2d, or RFC 3339.
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    /// The deal it is about.
    #[arg(long)]
    pub deal: Option<i64>,
    /// When to get back to them.
    #[arg(long, allow_hyphen_values = true)]
    pub follow_up: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub id: i64,
    /// call, email, visit, meeting, sms, note (config: interaction_kinds).
    #[arg(long)]
    pub kind: Option<String>,
    #[command(flatten)]
    pub details: DetailArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, short)]
    pub contact: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub deal: Option<i64>,
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
    /// Only those with an open follow-up.
    #[arg(long)]
    pub open: bool,
    /// At most this many rows (up to a billion).
    #[arg(long, short = 'n', value_parser = clap::value_parser!(u64).range(0..=crate::commands::flags::MAX_LIMIT))]
    pub limit: Option<u64>,
}

pub fn run(ctx: &Ctx, cmd: InteractionCommand) -> Result<()> {
    ctx.no_vcf("interaction")?;
    match cmd {
        InteractionCommand::Add(a) => add(ctx, a),
        InteractionCommand::List(a) => list(ctx, a),
        InteractionCommand::Show { id } => show(ctx, id),
        InteractionCommand::Edit(a) => edit(ctx, a),
        InteractionCommand::Rm { id, yes } => rm(ctx, id, yes),
        InteractionCommand::Done { id } => done(ctx, id),
        InteractionCommand::Snooze { id, when } => snooze(ctx, id, &when),
        InteractionCommand::Due { within } => due(ctx, within),
    }
}

/// When it happened: RFC 3339 as given, or a day (at noon UTC, which is
/// the same calendar day everywhere in Europe).
fn at(ctx: &Ctx, v: &Option<String>) -> Result<(String, NaiveDate)> {
    match v {
        None => Ok((crate::app::views::timestamp(ctx.now), ctx.today)),
        Some(s) => {
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s.trim()) {
                let utc = t.with_timezone(&chrono::Utc);
                return Ok((crate::app::views::timestamp(utc), t.date_naive()));
            }
            let d = flags::day(ctx, "--at", s)?;
            if d > ctx.today {
                return Err(Error::t(
                    crate::error::Kind::Invalid,
                    "err-in-the-future",
                    crate::targs!["day" => d.to_string()],
                )
                .for_flag("--at")
                .with_hint_t("hint-log-what-happened", vec![]));
            }
            let noon = d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
            Ok((crate::app::views::timestamp(noon), d))
        }
    }
}

fn follow_up(ctx: &Ctx, v: &str) -> Result<NaiveDate> {
    let d = flags::when(ctx, "--follow-up", v)?;
    if d < ctx.today {
        ctx.out.warn(ctx.text("warn-follow-up-past", &[("day", ctx.day_text(d).into())]));
    }
    Ok(d)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let entry = NewEntry {
        at: at(ctx, &a.details.at)?,
        follow_up: a.details.follow_up.as_deref().map(|v| follow_up(ctx, v)).transpose()?,
        contact: a.contact,
        kind: own_kind(ctx, a.kind),
        note: a.details.note,
        deal: a.details.deal,
    };
    let mut app = ctx.write()?;
    let i = interactions::add(&mut app, &entry)?;
    let msg = format!(
        "logged {} with {} (interaction {}){}",
        i.kind,
        i.contact_name,
        i.id,
        entry.follow_up.map(|d| format!("; follow up on {d}")).unwrap_or_default()
    );
    flags::report_created(ctx, i.id, &msg, || InteractionRow::from(i))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let req = ListRequest {
        since: flags::opt_day(ctx, "--since", &a.since)?,
        until: flags::opt_day(ctx, "--until", &a.until)?,
        contact: a.contact,
        kind: own_kind(ctx, a.kind),
        deal: a.deal,
        open: a.open,
        limit: a.limit,
    };
    let app = ctx.read()?;
    let rows: Vec<InteractionRow> = interactions::list(&app, req)?.into_iter().map(InteractionRow::from).collect();
    if rows.is_empty() {
        ctx.tell("msg-no-interactions", &[]);
    }
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let app = ctx.read()?;
    ctx.out.card(&InteractionRow::from(interactions::load(app.db(), id)?))
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    let changes = Changes {
        kind: own_kind(ctx, a.kind),
        note: a.details.note,
        at: if a.details.at.is_some() { Some(at(ctx, &a.details.at)?) } else { None },
        deal: a.details.deal,
        follow_up: a
            .details
            .follow_up
            .as_deref()
            .map(|f| if f.trim().is_empty() { Ok(None) } else { follow_up(ctx, f).map(Some) })
            .transpose()?,
    };
    let mut app = ctx.write()?;
    let i = interactions::edit(&mut app, a.id, changes)?;
    ctx.tell("msg-interaction-updated", &[("id", i.id.into())]);
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Delete)?;
    let said = |msg: &str, i: &Interaction| {
        ctx.text(
            msg,
            &[
                ("id", id.into()),
                ("kind", i.kind.as_str().into()),
                ("name", i.contact_name.as_str().into()),
                ("day", ctx.day_text(i.day).into()),
            ],
        )
    };
    match interactions::remove(&mut app, id, &mut |i| {
        crate::output::prompt::confirm(&said("msg-interaction-delete", i), yes)
    })? {
        Done::Done(i) => ctx.out.say(said("msg-interaction-deleted", &i)),
        Done::Declined => ctx.tell("msg-nothing-deleted", &[]),
    }
    Ok(())
}

fn done(ctx: &Ctx, id: i64) -> Result<()> {
    let mut app = ctx.write()?;
    let i = interactions::done(&mut app, id)?;
    ctx.tell("msg-follow-up-done", &[("name", i.contact_name.as_str().into())]);
    Ok(())
}

fn snooze(ctx: &Ctx, id: i64, when: &str) -> Result<()> {
    let d = flags::when(ctx, "snooze", when)?;
    let mut app = ctx.write()?;
    let i = interactions::snooze(&mut app, id, d)?;
    ctx.tell("msg-follow-up-moved", &[("name", i.contact_name.as_str().into()), ("day", ctx.day_text(d).into())]);
    Ok(())
}

/// `--within 7d`: the last day looked at (today without it).
pub fn within(ctx: &Ctx, v: &Option<String>) -> Result<NaiveDate> {
    match v {
        None => Ok(ctx.today),
        Some(s) => {
            let days = flags::days("--within", s)?;
            crate::domain::dates::add_days(ctx.today, days as i64).ok_or_else(|| {
                Error::t(crate::error::Kind::Invalid, "date-outside-calendar", crate::targs!["s" => s.as_str()])
                    .for_flag("--within")
            })
        }
    }
}

fn due(ctx: &Ctx, w: Option<String>) -> Result<()> {
    let until = within(ctx, &w)?;
    let app = ctx.read()?;
    let rows = interactions::due(&app, until)?;
    if rows.is_empty() {
        ctx.tell("msg-no-follow-ups", &[]);
    }
    ctx.out.records(&rows.into_iter().map(InteractionRow::from).collect::<Vec<_>>())
}

/// An interaction kind typed in either language (`appel` is `call`).
fn own_kind<K: KindArg>(ctx: &Ctx, kind: K) -> K {
    kind.map_word(|k| flags::own_word("kind", k, &ctx.config.interaction_kinds))
}

/// `--kind` is required on `add` and optional on the listings.
trait KindArg {
    fn map_word(self, f: impl Fn(&str) -> String) -> Self;
}
impl KindArg for String {
    fn map_word(self, f: impl Fn(&str) -> String) -> Self {
        f(&self)
    }
}
impl KindArg for Option<String> {
    fn map_word(self, f: impl Fn(&str) -> String) -> Self {
        self.map(|k| f(&k))
    }
}
