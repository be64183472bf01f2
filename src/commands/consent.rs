//! `carnet consent ...`: an opt-in you can prove, a withdrawal that wins.

use super::flags;
use crate::app::consent::{self, Grant, Withdrawn};
use crate::context::Ctx;
use crate::domain::consent::{Action, Channel, Method};
use crate::error::{Error, Result};
use crate::output::consent::{table_view, CountRow, HistoryRow, StatusRow, WordingRow};
use crate::output::Format;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// Record an opt-in, with how it was given and the wording agreed to.
    #[command(
        after_help = "Examples:\n  carnet consent text add newsletter.txt --label \"newsletter 2024\"\n  carnet consent grant \"Hélène Dupont\" --channel email --method paper-form --wording 1 --source \"signed card #12\" --at 2024-06-20"
    )]
    Grant(GrantArgs),
    /// Record a withdrawal (no reason needed; it always wins). Works on a bare address too.
    #[command(
        after_help = "Examples:\n  carnet consent withdraw helene@example.fr --channel email\n  carnet consent withdraw \"Paul Martin\" --all\n  carnet consent withdraw someone@example.com --all    # not a contact: suppressed"
    )]
    Withdraw(WithdrawArgs),
    /// Record that an existing customer was told they could refuse similar offers (soft opt-in).
    SoftOptIn(NoticeArgs),
    /// Record a bounce (the address does not work).
    Bounce(NoticeArgs),
    /// Cancel a mistaken event by recording a void (history is never edited).
    #[command(after_help = "Example:\n  carnet consent void 17")]
    Void {
        /// The event id (see `carnet consent history`).
        event: i64,
    },
    /// The current status per channel.
    Show { contact: String },
    /// Every consent event of a contact, with proofs and wordings.
    History { contact: String },
    /// Import consent events from CSV: each row needs its date, method and wording.
    #[command(
        after_help = "Columns: contact (id, ref or email), channel, action (grant, withdraw,\nsoft_opt_in), date, method, wording (id or hash), source. A grant without\ndate, method and wording refuses the whole file.\n\nExample:\n  carnet consent import forms.csv"
    )]
    Import {
        file: PathBuf,
        #[arg(long)]
        dry_run: bool,
    },
    /// The wordings people agree to, stored once by their hash.
    #[command(subcommand)]
    Text(TextCommand),
    /// Take unsubscribes and bounces back: a folder of .eml, an mbox, or a Brevo/Mailchimp CSV.
    #[command(
        after_help = "Each unsubscribe (a reply whose subject is `unsubscribe TOKEN`, as the\nList-Unsubscribe link of `campaign send` writes it, or a reply saying STOP or\nunsubscribe) is recorded as a withdrawal on email with the message as its proof;\neach hard bounce (a delivery report with a 5.x.x status) marks the address\nbounced. Mailchimp's unsubscribed and cleaned exports and Brevo's exports are\nread by their email column. A second reading records nothing new.\n\nExamples:\n  carnet consent unsubscribe-from ~/Mail/replies/\n  carnet consent unsubscribe-from replies.mbox\n  carnet consent unsubscribe-from unsubscribed_members_export.csv"
    )]
    UnsubscribeFrom { path: PathBuf },
    /// Check that the consent history was not changed behind carnet's back.
    #[command(
        after_help = "Each event carries a hash covering the one before it, its proof and the link to\nit, its wording and the contact it was recorded for; the suppression list is a\nchain of its own that starts from its key. verify recomputes them and names the\nfirst thing that no longer matches (exit 1). It prints the head (events:last\nhash): cutting the newest events is seen only against a witness, so keep the\nhead elsewhere (--head) or keep backups (--against). It cannot stop someone\nwho rebuilds every hash.\n\nExamples:\n  carnet consent verify\n  carnet consent verify --against ~/backups/shop-2026-12-01.db\n  carnet consent verify --head 42:5f1c…"
    )]
    Verify {
        /// A backup (`carnet backup`): check that today's history still
        /// extends the one it holds.
        #[arg(long, value_name = "BACKUP")]
        against: Option<PathBuf>,
        /// A head printed by an earlier `consent verify`, or recorded by a
        /// backup, a launch file or a privacy export (N:HASH).
        #[arg(long, value_name = "N:HASH")]
        head: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TextCommand {
    /// Store a wording from a file (the same text twice is stored once).
    Add {
        file: PathBuf,
        #[arg(long)]
        label: Option<String>,
    },
    /// List stored wordings.
    List,
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    pub contact: String,
    #[arg(long = "channel", value_enum, required = true)]
    pub channels: Vec<Channel>,
    #[arg(long, value_enum)]
    pub method: Option<Method>,
    /// The wording agreed to: a wording id or hash, or a file to store.
    #[arg(long)]
    pub wording: Option<String>,
    /// The proof: "signed card #12", "web form 2024-06-20 10:31".
    #[arg(long)]
    pub source: Option<String>,
    /// When it was given (default today); may be in the past.
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// A contact, or a bare email address or phone number.
    pub who: String,
    #[arg(long = "channel", value_enum, required_unless_present = "all")]
    pub channels: Vec<Channel>,
    /// Every channel.
    #[arg(long, conflicts_with = "channels")]
    pub all: bool,
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
}

#[derive(Debug, Args)]
pub struct NoticeArgs {
    pub contact: String,
    #[arg(long = "channel", value_enum, required = true)]
    pub channels: Vec<Channel>,
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: ConsentCommand) -> Result<()> {
    ctx.no_vcf("consent")?;
    match cmd {
        ConsentCommand::Grant(a) => grant(ctx, a),
        ConsentCommand::Withdraw(a) => withdraw(ctx, a),
        ConsentCommand::SoftOptIn(a) => notice(ctx, a, Action::SoftOptIn),
        ConsentCommand::Bounce(a) => notice(ctx, a, Action::Bounce),
        ConsentCommand::Void { event } => void(ctx, event),
        ConsentCommand::Show { contact } => show(ctx, &contact),
        ConsentCommand::History { contact } => history(ctx, &contact),
        ConsentCommand::Import { file, dry_run } => import(ctx, &file, dry_run),
        ConsentCommand::Text(TextCommand::Add { file, label }) => text_add(ctx, &file, label),
        ConsentCommand::Text(TextCommand::List) => text_list(ctx),
        ConsentCommand::Verify { against, head } => verify(ctx, against, head),
        ConsentCommand::UnsubscribeFrom { path } => unsubscribe_from(ctx, &path),
    }
}

/// `consent unsubscribe-from PATH`: the answers back into the history.
fn unsubscribe_from(ctx: &Ctx, path: &std::path::Path) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Import)?;
    let t = crate::app::unsubscribes::take(&mut app, path)?;
    ctx.tell(
        "msg-unsubscribe-from",
        &[
            ("withdrawn", t.withdrawn.into()),
            ("bounced", t.bounced.into()),
            ("already", t.already.into()),
            ("suppressed", t.suppressed.into()),
            ("ignored", t.ignored.into()),
        ],
    );
    Ok(())
}

/// `--at`: the day it happened, today or before.
fn day(ctx: &Ctx, v: &Option<String>) -> Result<NaiveDate> {
    let d = flags::day_or_today(ctx, "--at", v)?;
    crate::domain::consent::check_day(d, ctx.today)
        .map_err(|e| Error::invalid(e).for_flag("--at").with_hint_t("hint-record-what-happened", vec![]))?;
    Ok(d)
}

fn list(chs: &[Channel]) -> String {
    chs.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
}

fn grant(ctx: &Ctx, a: GrantArgs) -> Result<()> {
    let on = day(ctx, &a.at)?;
    let g =
        Grant { contact: a.contact, channels: a.channels, method: a.method, wording: a.wording, source: a.source, on };
    let mut app = ctx.write()?;
    let (id, still_out) = consent::grant(&mut app, &g)?;
    ctx.tell(
        "msg-consent-granted",
        &[("id", id.into()), ("channels", list(&g.channels).into()), ("day", ctx.day_text(on).into())],
    );
    if !still_out.is_empty() {
        ctx.out.warn(ctx.text("warn-withdrawal-wins", &[("channels", list(&still_out).into())]));
    }
    Ok(())
}

fn withdraw(ctx: &Ctx, a: WithdrawArgs) -> Result<()> {
    let chs = if a.all { Channel::ALL.to_vec() } else { a.channels.clone() };
    let on = day(ctx, &a.at)?;
    let mut app = ctx.write()?;
    match consent::withdraw(&mut app, &a.who, &chs, on, a.source.as_deref())? {
        Withdrawn::Contact(id) => {
            ctx.tell("msg-consent-withdrawn", &[("id", id.into()), ("channels", list(&chs).into())])
        }
        Withdrawn::Address => ctx.tell(
            "msg-consent-suppressed",
            &[("address", crate::error::echo(&a.who).into()), ("channels", list(&chs).into())],
        ),
    }
    Ok(())
}

fn notice(ctx: &Ctx, a: NoticeArgs, action: Action) -> Result<()> {
    let on = day(ctx, &a.at)?;
    let mut app = ctx.write()?;
    let id = consent::notice(&mut app, &a.contact, &a.channels, action, on, a.source.as_deref())?;
    ctx.tell(
        "msg-consent-notice",
        &[("action", action.as_str().into()), ("id", id.into()), ("channels", list(&a.channels).into())],
    );
    Ok(())
}

crate::record! {
    struct VerifyRow {
        events: usize,
        suppressions: usize,
        head: String,
        ok: bool,
        first_event: Option<i64>,
        problem: Option<String>,
    }
}

fn verify(ctx: &Ctx, against: Option<PathBuf>, head: Option<String>) -> Result<()> {
    let seen = match &head {
        Some(h) => Some(crate::app::views::ConsentHead::parse(h).ok_or_else(|| {
            Error::t(crate::error::Kind::Invalid, "err-not-a-head", crate::targs!["value" => crate::error::echo(h)])
                .for_flag("--head")
                .with_hint_t("hint-not-a-head", vec![])
        })?),
        None => None,
    };
    let app = ctx.read()?;
    let v = consent::verify_witnessed(&app, seen.as_ref(), against.as_deref())?;
    if ctx.wants_records() {
        let (first_event, problem) = v.problem.clone().map_or((None, None), |(id, p)| (id, Some(p)));
        ctx.out.card(&VerifyRow {
            events: v.events,
            suppressions: v.suppressions,
            head: v.head.text(),
            ok: problem.is_none(),
            first_event,
            problem,
        })?;
    }
    match v.problem {
        None => {
            ctx.tell("msg-consent-intact", &[("count", v.events.into())]);
            ctx.tell("msg-consent-head", &[("head", v.head.text().into())]);
            if head.is_some() || against.is_some() {
                ctx.tell("msg-consent-extends", &[]);
            }
            Ok(())
        }
        Some((_, p)) => {
            Err(Error::t(crate::error::Kind::Damaged, "err-seals-broken", crate::targs!["what" => p.to_string()])
                .with_hint_t("hint-seals-broken", vec![]))
        }
    }
}

fn void(ctx: &Ctx, event: i64) -> Result<()> {
    let mut app = ctx.write()?;
    let id = consent::void(&mut app, event)?;
    ctx.tell("msg-consent-voided", &[("id", id.into()), ("event", event.into())]);
    Ok(())
}

fn show(ctx: &Ctx, word: &str) -> Result<()> {
    let app = ctx.read()?;
    let rows: Vec<StatusRow> =
        consent::statuses(&app, word)?.into_iter().map(|(channel, status)| StatusRow { channel, status }).collect();
    ctx.out.records(&rows)
}

fn history(ctx: &Ctx, word: &str) -> Result<()> {
    let app = ctx.read()?;
    let table = ctx.out.format == Format::Table;
    let rows: Vec<HistoryRow> = consent::history(&app, word)?
        .into_iter()
        // The wording's text is long: tables show its id and hash only.
        .map(|e| HistoryRow::new(e, !table))
        .collect();
    if rows.is_empty() {
        ctx.tell("msg-no-consent-events", &[]);
    }
    ctx.out.records(&rows)
}

fn import(ctx: &Ctx, file: &std::path::Path, dry_run: bool) -> Result<()> {
    let label = crate::app::file_label(file);
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Import)?;
    let n = consent::import(&mut app, file, dry_run)?;
    if dry_run {
        ctx.tell("msg-consent-import-dry-run", &[("count", n.into()), ("file", label.as_str().into())]);
    } else {
        ctx.tell("msg-consent-imported", &[("count", n.into()), ("file", label.as_str().into())]);
    }
    Ok(())
}

fn text_add(ctx: &Ctx, file: &std::path::Path, label: Option<String>) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Wording)?;
    let (id, new, label) = consent::add_text(&mut app, file, label)?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    if new {
        ctx.tell("msg-wording-stored", &[("id", id.into()), ("label", label.as_str().into())]);
    } else {
        ctx.tell("msg-wording-known", &[("id", id.into())]);
    }
    Ok(())
}

fn text_list(ctx: &Ctx) -> Result<()> {
    let app = ctx.read()?;
    let rows: Vec<WordingRow> = consent::texts(&app)?
        .into_iter()
        .map(|w| WordingRow { id: w.id, sha256: w.sha256, label: w.label, created_at: w.created_at, text: w.text })
        .collect();
    ctx.out.records(&rows)
}

/// `report consent`: counts per channel and status, events per month.
pub fn report(ctx: &Ctx) -> Result<()> {
    let app = ctx.read()?;
    let r = consent::report(app.db())?;
    if ctx.out.format != Format::Table {
        let rows: Vec<CountRow> =
            r.counts.iter().map(|c| CountRow { channel: c.channel, status: c.status, contacts: c.contacts }).collect();
        return ctx.out.records(&rows);
    }
    let cells = crate::output::Cells::table(&ctx.out.money, ctx.out.lang);
    ctx.out.data(&table_view(&r, &cells, ctx.out.lang))
}
