//! `carnet deal ...`: quotes and special orders moving through stages.

use super::flags;
use crate::app::deals::{self, Changes, ListRequest, NewDealRequest};
use crate::app::views::Deal;
use crate::app::Done;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::deal::{DealCard, DealRow};
use crate::output::Lines;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum DealCommand {
    /// Open a deal for a contact.
    #[command(
        after_help = "Examples:\n  carnet deal add \"Hélène Dupont\" --title \"Oak dining table\" --amount 2400 --stage proposal --close +1m\n  carnet deal add ref:007 --title \"Wedding flowers\" --amount \"1 850\" --close 2024-09-14"
    )]
    Add(AddArgs),
    /// List deals (open ones by default).
    #[command(
        after_help = "Examples:\n  carnet deal list\n  carnet deal list --stage proposal --format csv\n  carnet deal list --all --contact 12"
    )]
    List(ListArgs),
    /// Show a deal with its stage history.
    Show { id: i64 },
    /// Change a deal's title, amount, expected close or notes.
    Edit(EditArgs),
    /// Move an open deal to another stage.
    #[command(after_help = "Example:\n  carnet deal move 4 negotiation")]
    Move { id: i64, stage: String },
    /// Close a deal as won (--record-purchase counts it as a purchase).
    #[command(after_help = "Example:\n  carnet deal won 4 --record-purchase")]
    Won {
        id: i64,
        /// Record the deal's amount as a purchase on the close date.
        #[arg(long)]
        record_purchase: bool,
        /// The close date (default today).
        #[arg(long, allow_hyphen_values = true)]
        date: Option<String>,
    },
    /// Close a deal as lost, saying why.
    #[command(after_help = "Example:\n  carnet deal lost 4 --reason \"went with a cheaper maker\"")]
    Lost {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Delete a deal and its history.
    Rm {
        id: i64,
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub contact: String,
    #[arg(long)]
    pub title: String,
    /// The deal's value: 2400, 2 400,00.
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// The starting stage (default: the first configured one).
    #[arg(long)]
    pub stage: Option<String>,
    /// Expected close: a date, +2w, +1m, friday…
    #[arg(long = "close", value_name = "WHEN", allow_hyphen_values = true)]
    pub expected_close: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    pub id: i64,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Expected close (an empty value clears it).
    #[arg(long = "close", value_name = "WHEN", allow_hyphen_values = true)]
    pub expected_close: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long)]
    pub stage: Option<String>,
    #[arg(long, short)]
    pub contact: Option<String>,
    /// Closed deals only.
    #[arg(long, conflicts_with = "all")]
    pub closed: bool,
    /// Open and closed deals.
    #[arg(long)]
    pub all: bool,
}

pub fn run(ctx: &Ctx, cmd: DealCommand) -> Result<()> {
    ctx.no_vcf("deal")?;
    match cmd {
        DealCommand::Add(a) => add(ctx, a),
        DealCommand::List(a) => list(ctx, a),
        DealCommand::Show { id } => show(ctx, id),
        DealCommand::Edit(a) => edit(ctx, a),
        DealCommand::Move { id, stage } => {
            move_to(ctx, id, &flags::own_word("stage", &stage, &flags::stage_words(ctx)))
        }
        DealCommand::Won { id, record_purchase, date } => won(ctx, id, record_purchase, date),
        DealCommand::Lost { id, reason } => lost(ctx, id, &reason),
        DealCommand::Rm { id, yes } => rm(ctx, id, yes),
    }
}

fn row(ctx: &Ctx, d: Deal) -> DealRow {
    crate::output::deal::row(&ctx.config.deal_stages, d)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let amount = a.amount.as_deref().map(|v| flags::amount("--amount", v)).transpose()?.unwrap_or_default();
    let close = a.expected_close.as_deref().map(|v| flags::when(ctx, "--close", v)).transpose()?;
    let req = NewDealRequest {
        contact: a.contact,
        title: a.title,
        amount,
        stage: a.stage.map(|s| flags::own_word("stage", &s, &flags::stage_words(ctx))),
        expected_close: close,
        notes: a.notes,
    };
    let mut app = ctx.write()?;
    let d = deals::add(&mut app, &req)?;
    if close.is_some_and(|c| c < ctx.today) {
        ctx.out.warn(ctx.text("warn-close-past", &[]));
    }
    let msg = ctx.text(
        "msg-deal-opened",
        &[
            ("id", d.id.into()),
            ("title", d.title.as_str().into()),
            ("name", d.contact_name.as_str().into()),
            ("stage", d.stage.as_str().into()),
            ("amount", ctx.out.money.format(d.amount).into()),
        ],
    );
    flags::report_created(ctx, d.id, &msg, || row(ctx, d))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let app = ctx.read()?;
    let stage = a.stage.map(|s| flags::own_word("stage", &s, &flags::stage_words(ctx)));
    let req = ListRequest { contact: a.contact, stage, open: if a.all { None } else { Some(!a.closed) } };
    let rows: Vec<DealRow> = deals::list(&app, req)?.into_iter().map(|d| row(ctx, d)).collect();
    if rows.is_empty() {
        ctx.tell("msg-no-deals", &[]);
    }
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let app = ctx.read()?;
    let (d, changes) = deals::show(&app, id)?;
    let history = changes
        .into_iter()
        .map(|h| {
            // JSON and CSV lines are English (as `opened in`); a table's in its language.
            let lang =
                if ctx.out.format == crate::output::Format::Table { ctx.out.lang } else { crate::i18n::Lang::En };
            let by = crate::output::recorded::suffix(lang, h.recorded_by.as_deref());
            match h.from {
                Some(f) => format!("{} {f} → {}{by}", h.at, h.to),
                None => format!("{} opened in {}{by}", h.at, h.to),
            }
        })
        .collect();
    ctx.out.card(&DealCard { deal: row(ctx, d), history: Lines(history) })
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    let changes = Changes {
        title: a.title,
        amount: a.amount.as_deref().map(|v| flags::amount("--amount", v)).transpose()?,
        expected_close: a
            .expected_close
            .as_deref()
            .map(|v| if v.trim().is_empty() { Ok(None) } else { flags::when(ctx, "--close", v).map(Some) })
            .transpose()?,
        notes: a.notes,
    };
    let mut app = ctx.write()?;
    let d = deals::edit(&mut app, a.id, changes)?;
    ctx.tell("msg-deal-updated", &[("id", d.id.into())]);
    Ok(())
}

fn move_to(ctx: &Ctx, id: i64, stage: &str) -> Result<()> {
    let mut app = ctx.write()?;
    let (from, to) = deals::move_to(&mut app, id, stage)?;
    if from == to {
        ctx.tell("msg-deal-already-in", &[("id", id.into()), ("stage", to.as_str().into())]);
    } else {
        ctx.tell("msg-deal-moved", &[("id", id.into()), ("from", from.as_str().into()), ("to", to.as_str().into())]);
    }
    Ok(())
}

fn won(ctx: &Ctx, id: i64, record: bool, date: Option<String>) -> Result<()> {
    let day = flags::day_or_today(ctx, "--date", &date)?;
    let mut app = ctx.write()?;
    let (d, purchase) = deals::won(&mut app, id, record.then_some(day))?;
    let mut msg = ctx.text(
        "msg-deal-won",
        &[("id", id.into()), ("title", d.title.as_str().into()), ("amount", ctx.out.money.format(d.amount).into())],
    );
    if let Some(pid) = purchase {
        msg.push_str(
            &ctx.text("msg-deal-won-purchase", &[("purchase", pid.into()), ("day", ctx.day_text(day).into())]),
        );
    }
    ctx.out.say(msg);
    Ok(())
}

fn lost(ctx: &Ctx, id: i64, reason: &str) -> Result<()> {
    let mut app = ctx.write()?;
    let d = deals::lost(&mut app, id, reason)?;
    ctx.tell("msg-deal-lost", &[("id", id.into()), ("title", d.title.as_str().into())]);
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Delete)?;
    let said = |msg: &str, d: &Deal| {
        ctx.text(
            msg,
            &[("id", id.into()), ("title", d.title.as_str().into()), ("name", d.contact_name.as_str().into())],
        )
    };
    match deals::remove(&mut app, id, &mut |d| crate::output::prompt::confirm(&said("msg-deal-delete", d), yes))? {
        Done::Done(d) => ctx.out.say(said("msg-deal-deleted", &d)),
        Done::Declined => ctx.tell("msg-nothing-deleted", &[]),
    }
    Ok(())
}
