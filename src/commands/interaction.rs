//! `carnet interaction ...`: what was said, and what to do next.

use super::contact::report_created;
use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::dates::{parse_day, parse_when};
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::interactions::{self, Interaction, InteractionFilter, NewInteraction};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

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
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, short)]
    pub note: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long)]
    pub deal: Option<i64>,
    #[arg(long, allow_hyphen_values = true)]
    pub follow_up: Option<String>,
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
    #[arg(long, short = 'n')]
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

#[derive(Serialize)]
pub struct InteractionRow {
    id: i64,
    contact_id: i64,
    contact_name: String,
    kind: String,
    at: String,
    summary: Option<String>,
    deal_id: Option<i64>,
    follow_up: Option<NaiveDate>,
    follow_up_status: Option<&'static str>,
}

impl Record for InteractionRow {
    const HEADERS: &'static [&'static str] =
        &["id", "contact_id", "contact_name", "kind", "at", "summary", "deal_id", "follow_up", "follow_up_status"];
    const NUMERIC: &'static [&'static str] = &["id", "contact_id", "deal_id"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.contact_id.to_string(),
            self.contact_name.clone(),
            self.kind.clone(),
            self.at.clone(),
            c.opt(&self.summary),
            c.opt(&self.deal_id),
            c.opt(&self.follow_up),
            c.opt(&self.follow_up_status),
        ]
    }
}

impl From<Interaction> for InteractionRow {
    fn from(i: Interaction) -> Self {
        let status = i.follow_up.map(|_| if i.follow_up_done_at.is_some() { "done" } else { "open" });
        InteractionRow {
            id: i.id,
            contact_id: i.contact_id,
            contact_name: i.contact_name,
            kind: i.kind,
            at: i.at,
            summary: i.summary,
            deal_id: i.deal_id,
            follow_up: i.follow_up,
            follow_up_status: status,
        }
    }
}

fn check_kind(ctx: &Ctx, kind: &str) -> Result<String> {
    let k = kind.trim().to_lowercase();
    if ctx.config.interaction_kinds.iter().any(|x| x.eq_ignore_ascii_case(&k)) {
        Ok(k)
    } else {
        Err(Error::user(format!("`{kind}` is not a kind of interaction")).with_hint(format!(
            "the kinds are: {} (config: interaction_kinds)",
            ctx.config.interaction_kinds.join(", ")
        )))
    }
}

/// When it happened: RFC 3339 as given, or a day (at noon UTC, which is
/// the same calendar day everywhere in Europe).
fn at(ctx: &Ctx, v: &Option<String>) -> Result<(String, NaiveDate)> {
    match v {
        None => Ok((ctx.timestamp(), ctx.today)),
        Some(s) => {
            if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s.trim()) {
                let utc = t.with_timezone(&chrono::Utc);
                return Ok((crate::store::timestamp(utc), t.date_naive()));
            }
            let d = parse_day(s, ctx.today).map_err(|e| Error::user(format!("--at: {e}")))?;
            if d > ctx.today {
                return Err(Error::user(format!("--at {d} is in the future"))
                    .with_hint("log what happened; plan what comes with --follow-up"));
            }
            let noon = d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc();
            Ok((crate::store::timestamp(noon), d))
        }
    }
}

fn follow_up(ctx: &Ctx, v: &str) -> Result<NaiveDate> {
    let d = parse_when(v, ctx.today).map_err(|e| Error::user(format!("--follow-up: {e}")))?;
    if d < ctx.today {
        ctx.out.warn(format!("the follow-up {d} is in the past: it is due at once"));
    }
    Ok(d)
}

fn check_deal(conn: &rusqlite::Connection, deal: Option<i64>, contact: i64) -> Result<()> {
    if let Some(id) = deal {
        let d = super::deal::load(conn, id)?;
        if d.contact_id != contact {
            return Err(Error::user(format!("deal {id} belongs to {}, not to this contact", d.contact_name)));
        }
    }
    Ok(())
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let kind = check_kind(ctx, &a.kind)?;
    let (at, day) = at(ctx, &a.at)?;
    let fu = a.follow_up.as_deref().map(|v| follow_up(ctx, v)).transpose()?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let contact_id = resolve_contact(&tx, &a.contact)?;
    check_deal(&tx, a.deal, contact_id)?;
    let new = NewInteraction {
        contact_id,
        kind: &kind,
        at: &at,
        day,
        summary: a.note.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        deal_id: a.deal,
        follow_up: fu,
    };
    let id = interactions::insert(&tx, &new)?;
    let i = load(&tx, id)?;
    tx.commit()?;
    let msg = format!(
        "logged {kind} with {} (interaction {id}){}",
        i.contact_name,
        fu.map(|d| format!("; follow up on {d}")).unwrap_or_default()
    );
    report_created(ctx, id, &msg, || Ok(InteractionRow::from(i)))
}

fn load(conn: &rusqlite::Connection, id: i64) -> Result<Interaction> {
    interactions::get(conn, id)?.ok_or_else(|| {
        Error::user(format!("no interaction with id {id}")).with_hint("see the ids with `carnet interaction list`")
    })
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let store = ctx.read()?;
    let day = |flag: &str, v: &Option<String>| {
        v.as_deref().map(|s| parse_day(s, ctx.today).map_err(|e| Error::user(format!("--{flag}: {e}")))).transpose()
    };
    let f = InteractionFilter {
        contact_id: a.contact.as_deref().map(|c| resolve_contact(store.conn(), c)).transpose()?,
        kind: a.kind.as_deref().map(|k| check_kind(ctx, k)).transpose()?,
        deal_id: a.deal,
        since: day("since", &a.since)?,
        until: day("until", &a.until)?,
        open: a.open,
        limit: a.limit,
    };
    let rows: Vec<InteractionRow> =
        interactions::list(store.conn(), &f)?.into_iter().map(InteractionRow::from).collect();
    if rows.is_empty() {
        ctx.out.say("no interactions match");
    }
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let store = ctx.read()?;
    ctx.out.card(&InteractionRow::from(load(store.conn(), id)?))
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let mut i = load(&tx, a.id)?;
    let mut n = 0;
    if let Some(k) = &a.kind {
        i.kind = check_kind(ctx, k)?;
        n += 1;
    }
    if let Some(s) = a.note {
        i.summary = Some(s.trim().to_string()).filter(|s| !s.is_empty());
        n += 1;
    }
    if a.at.is_some() {
        (i.at, i.day) = at(ctx, &a.at)?;
        n += 1;
    }
    if let Some(d) = a.deal {
        check_deal(&tx, Some(d), i.contact_id)?;
        i.deal_id = Some(d);
        n += 1;
    }
    if let Some(f) = &a.follow_up {
        i.follow_up = if f.trim().is_empty() { None } else { Some(follow_up(ctx, f)?) };
        i.follow_up_done_at = None;
        n += 1;
    }
    if n == 0 {
        return Err(Error::usage("nothing to change", "give --kind, --note, --at, --deal or --follow-up"));
    }
    interactions::update(&tx, &i)?;
    tx.commit()?;
    ctx.out.say(format!("updated interaction {}", i.id));
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let i = load(&tx, id)?;
    let what = format!("interaction {id} ({} with {} on {})", i.kind, i.contact_name, i.day);
    if !crate::prompt::confirm(&format!("Delete {what}?"), yes)? {
        ctx.out.say("nothing deleted");
        return Ok(());
    }
    interactions::delete(&tx, id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted {what}"));
    Ok(())
}

fn open_follow_up(conn: &rusqlite::Connection, id: i64) -> Result<Interaction> {
    let i = load(conn, id)?;
    match (&i.follow_up, &i.follow_up_done_at) {
        (None, _) => Err(Error::user(format!("interaction {id} has no follow-up"))
            .with_hint(format!("set one with `carnet interaction edit {id} --follow-up +3d`"))),
        (Some(_), Some(at)) => Err(Error::user(format!("the follow-up of interaction {id} was done on {at}"))),
        _ => Ok(i),
    }
}

fn done(ctx: &Ctx, id: i64) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let mut i = open_follow_up(&tx, id)?;
    i.follow_up_done_at = Some(ctx.timestamp());
    interactions::update(&tx, &i)?;
    tx.commit()?;
    ctx.out.say(format!("follow-up with {} done", i.contact_name));
    Ok(())
}

fn snooze(ctx: &Ctx, id: i64, when: &str) -> Result<()> {
    let d = parse_when(when, ctx.today).map_err(|e| Error::user(format!("snooze: {e}")))?;
    if d < ctx.today {
        return Err(Error::user(format!("{d} is in the past")).with_hint("snooze to a later day: +2d, monday, a date"));
    }
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let mut i = open_follow_up(&tx, id)?;
    i.follow_up = Some(d);
    interactions::update(&tx, &i)?;
    tx.commit()?;
    ctx.out.say(format!("follow-up with {} moved to {d}", i.contact_name));
    Ok(())
}

pub fn within(ctx: &Ctx, v: &Option<String>) -> Result<NaiveDate> {
    match v {
        None => Ok(ctx.today),
        Some(s) => {
            let days = crate::domain::dates::parse_days(s).map_err(|e| Error::user(format!("--within: {e}")))?;
            Ok(ctx.today + chrono::Duration::days(days as i64))
        }
    }
}

fn due(ctx: &Ctx, w: Option<String>) -> Result<()> {
    let until = within(ctx, &w)?;
    let store = ctx.read()?;
    let mut rows: Vec<Interaction> =
        interactions::open_follow_ups(store.conn(), until)?.into_iter().map(|(i, _, _)| i).collect();
    rows.sort_by_key(|i| (i.follow_up, i.id));
    if rows.is_empty() {
        ctx.out.say("no follow-ups due");
    }
    ctx.out.records(&rows.into_iter().map(InteractionRow::from).collect::<Vec<_>>())
}
