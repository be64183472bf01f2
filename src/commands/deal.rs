//! `carnet deal ...`: quotes and special orders moving through stages.

use super::contact::report_created;
use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::dates::{parse_day, parse_when};
use crate::domain::money::{parse_amount, Cents};
use crate::domain::pipeline::{find_stage, LOST, WON};
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::deals::{self, Deal, DealFilter, NewDeal};
use crate::store::purchases::{self, NewPurchase};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

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
    #[arg(long = "close", value_name = "WHEN")]
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
    #[arg(long = "close", value_name = "WHEN")]
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
        DealCommand::Move { id, stage } => move_to(ctx, id, &stage),
        DealCommand::Won { id, record_purchase, date } => won(ctx, id, record_purchase, date),
        DealCommand::Lost { id, reason } => lost(ctx, id, &reason),
        DealCommand::Rm { id, yes } => rm(ctx, id, yes),
    }
}

#[derive(Serialize)]
pub struct DealRow {
    id: i64,
    contact_id: i64,
    contact_name: String,
    title: String,
    amount: Cents,
    stage: String,
    probability: Option<u8>,
    expected_close: Option<NaiveDate>,
    notes: Option<String>,
    created_at: String,
    closed_at: Option<String>,
    lost_reason: Option<String>,
    purchase_id: Option<i64>,
}

impl Record for DealRow {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "contact_id",
        "contact_name",
        "title",
        "amount",
        "stage",
        "probability",
        "expected_close",
        "notes",
        "created_at",
        "closed_at",
        "lost_reason",
        "purchase_id",
    ];
    const NUMERIC: &'static [&'static str] = &["id", "contact_id", "amount", "probability"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.contact_id.to_string(),
            self.contact_name.clone(),
            self.title.clone(),
            c.money(self.amount),
            self.stage.clone(),
            c.opt(&self.probability),
            c.opt(&self.expected_close),
            c.opt(&self.notes),
            self.created_at.clone(),
            c.opt(&self.closed_at),
            c.opt(&self.lost_reason),
            c.opt(&self.purchase_id),
        ]
    }
}

fn row(ctx: &Ctx, d: Deal) -> DealRow {
    let probability = match d.stage.as_str() {
        WON => Some(100),
        LOST => Some(0),
        s => find_stage(&ctx.config.deal_stages, s).map(|s| s.probability),
    };
    DealRow {
        id: d.id,
        contact_id: d.contact_id,
        contact_name: d.contact_name,
        title: d.title,
        amount: d.amount,
        stage: d.stage,
        probability,
        expected_close: d.expected_close,
        notes: d.notes,
        created_at: d.created_at,
        closed_at: d.closed_at,
        lost_reason: d.lost_reason,
        purchase_id: d.purchase_id,
    }
}

fn stage_error(ctx: &Ctx, name: &str) -> Error {
    Error::user(format!("`{name}` is not a stage")).with_hint(format!(
        "the stages are: {} (close a deal with `carnet deal won` or `carnet deal lost`)",
        ctx.config.deal_stages.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
    ))
}

fn amount(flag: &str, v: &str) -> Result<Cents> {
    parse_amount(v).map_err(|e| Error::user(format!("--{flag} `{v}`: {e}")))
}

fn when(ctx: &Ctx, flag: &str, v: &str) -> Result<NaiveDate> {
    parse_when(v, ctx.today).map_err(|e| Error::user(format!("--{flag}: {e}")))
}

pub fn load(conn: &rusqlite::Connection, id: i64) -> Result<Deal> {
    deals::get(conn, id)?.ok_or_else(|| {
        Error::user(format!("no deal with id {id}")).with_hint("see the ids with `carnet deal list --all`")
    })
}

fn open(conn: &rusqlite::Connection, id: i64) -> Result<Deal> {
    let d = load(conn, id)?;
    if d.closed_at.is_some() {
        return Err(Error::user(format!("deal {id} ({}) is already {}", d.title, d.stage))
            .with_hint("a closed deal stays closed; open a new one for new work"));
    }
    Ok(d)
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let stage = match &a.stage {
        Some(s) => find_stage(&ctx.config.deal_stages, s).ok_or_else(|| stage_error(ctx, s))?,
        None => &ctx.config.deal_stages[0],
    };
    if a.title.trim().is_empty() {
        return Err(Error::user("a deal needs a title").with_hint("--title \"Oak dining table\""));
    }
    let amount = a.amount.as_deref().map(|v| amount("amount", v)).transpose()?.unwrap_or_default();
    let close = a.expected_close.as_deref().map(|v| when(ctx, "close", v)).transpose()?;
    if close.is_some_and(|c| c < ctx.today) {
        ctx.out.warn("the expected close date is in the past");
    }
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let contact_id = resolve_contact(&tx, &a.contact)?;
    let new = NewDeal {
        contact_id,
        title: a.title.trim(),
        amount,
        stage: &stage.name,
        expected_close: close,
        notes: a.notes.as_deref().filter(|n| !n.trim().is_empty()),
    };
    let id = deals::insert(&tx, &new, &ctx.timestamp())?;
    let d = load(&tx, id)?;
    tx.commit()?;
    let msg = format!(
        "opened deal {id}: {} for {} ({}, {})",
        d.title,
        d.contact_name,
        d.stage,
        ctx.out.money.format(d.amount)
    );
    report_created(ctx, id, &msg, || Ok(row(ctx, d)))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let store = ctx.read()?;
    let f = DealFilter {
        contact_id: a.contact.as_deref().map(|c| resolve_contact(store.conn(), c)).transpose()?,
        stage: a.stage,
        open: if a.all { None } else { Some(!a.closed) },
    };
    let rows: Vec<DealRow> = deals::list(store.conn(), &f)?.into_iter().map(|d| row(ctx, d)).collect();
    if rows.is_empty() {
        ctx.out.say("no deals match");
    }
    ctx.out.records(&rows)
}

#[derive(Serialize)]
struct DealCard {
    #[serde(flatten)]
    deal: DealRow,
    history: Vec<String>,
}

impl Record for DealCard {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "contact_id",
        "contact_name",
        "title",
        "amount",
        "stage",
        "probability",
        "expected_close",
        "notes",
        "created_at",
        "closed_at",
        "lost_reason",
        "purchase_id",
        "history",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        let mut v = self.deal.cells(c);
        v.push(c.lines(&self.history));
        v
    }
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let store = ctx.read()?;
    let d = load(store.conn(), id)?;
    let history = deals::history(store.conn(), id)?
        .into_iter()
        .map(|h| match h.from {
            Some(f) => format!("{} {f} → {}", h.at, h.to),
            None => format!("{} opened in {}", h.at, h.to),
        })
        .collect();
    ctx.out.card(&DealCard { deal: row(ctx, d), history })
}

fn edit(ctx: &Ctx, a: EditArgs) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let mut d = load(&tx, a.id)?;
    let mut n = 0;
    if let Some(t) = a.title {
        if t.trim().is_empty() {
            return Err(Error::user("a deal needs a title"));
        }
        d.title = t.trim().into();
        n += 1;
    }
    if let Some(v) = a.amount {
        d.amount = amount("amount", &v)?;
        n += 1;
    }
    if let Some(v) = a.expected_close {
        d.expected_close = if v.trim().is_empty() { None } else { Some(when(ctx, "close", &v)?) };
        n += 1;
    }
    if let Some(v) = a.notes {
        d.notes = Some(v).filter(|s| !s.trim().is_empty());
        n += 1;
    }
    if n == 0 {
        return Err(Error::usage("nothing to change", "give --title, --amount, --close or --notes"));
    }
    deals::update(&tx, &d, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("updated deal {}", d.id));
    Ok(())
}

fn move_to(ctx: &Ctx, id: i64, stage: &str) -> Result<()> {
    if stage.eq_ignore_ascii_case(WON) || stage.eq_ignore_ascii_case(LOST) {
        return Err(Error::user(format!("to close a deal, use `carnet deal {} {id}`", stage.to_lowercase())));
    }
    let target = find_stage(&ctx.config.deal_stages, stage).ok_or_else(|| stage_error(ctx, stage))?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let d = open(&tx, id)?;
    if d.stage == target.name {
        ctx.out.say(format!("deal {id} is already in {}", target.name));
        return Ok(());
    }
    deals::set_stage(&tx, &d, &target.name, false, None, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("deal {id}: {} → {}", d.stage, target.name));
    Ok(())
}

fn won(ctx: &Ctx, id: i64, record: bool, date: Option<String>) -> Result<()> {
    let day = match date {
        Some(s) => parse_day(&s, ctx.today).map_err(|e| Error::user(format!("--date: {e}")))?,
        None => ctx.today,
    };
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let d = open(&tx, id)?;
    deals::set_stage(&tx, &d, WON, true, None, &ctx.timestamp())?;
    let mut msg = format!("deal {id} won: {} for {}", d.title, ctx.out.money.format(d.amount));
    if record {
        let note = format!("deal {id}: {}", d.title);
        let p = NewPurchase {
            contact_id: d.contact_id,
            day,
            amount: d.amount,
            note: Some(&note),
            order_ref: None,
            batch_id: None,
        };
        let pid = purchases::insert(&tx, &p)?;
        deals::set_purchase(&tx, id, pid)?;
        msg.push_str(&format!("; recorded as purchase {pid} on {day}"));
    }
    tx.commit()?;
    ctx.out.say(msg);
    Ok(())
}

fn lost(ctx: &Ctx, id: i64, reason: &str) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let d = open(&tx, id)?;
    let reason = reason.trim();
    deals::set_stage(&tx, &d, LOST, true, Some(reason).filter(|r| !r.is_empty()), &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("deal {id} lost: {}", d.title));
    Ok(())
}

fn rm(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let d = load(&tx, id)?;
    let what = format!("deal {id} ({}, {})", d.title, d.contact_name);
    if !crate::prompt::confirm(&format!("Delete {what} and its history?"), yes)? {
        ctx.out.say("nothing deleted");
        return Ok(());
    }
    deals::delete(&tx, id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted {what}"));
    Ok(())
}
