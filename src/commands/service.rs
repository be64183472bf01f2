//! `carnet service ...`: repairs, alterations, orders to collect and
//! complaints, from the day they come in to the day they are collected.

use super::flags;
use crate::app::service::{self as service, CloseArgs, ListArgs as ListRequest, NewRequestArgs};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::service::{history, row, ServiceCard, ServiceRow};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Open a service request for a contact.
    #[command(
        after_help = "Examples:\n  carnet service add \"Paul Martin\" --what \"Vélo Peugeot, freins\" --kind repair --promised +3d --quote 45\n  carnet service add ref:007 --what \"Ourlet pantalon\" --kind alteration --promised friday -q"
    )]
    Add(AddArgs),
    /// List service requests (open ones by default).
    #[command(
        after_help = "Examples:\n  carnet service list\n  carnet service list --late\n  carnet service list --status ready --format csv\n  carnet service list --all --contact 12"
    )]
    List(ListArgs),
    /// Show a service request with its history.
    Show { id: i64 },
    /// Move an open request to another status (ready tells the customer).
    #[command(after_help = "Examples:\n  carnet service move 4 in_progress\n  carnet service move 4 ready --notify")]
    Move {
        id: i64,
        status: String,
        /// Send the status's message by email or SMS through the shop's account.
        #[arg(long)]
        notify: bool,
    },
    /// Add a note to a request's history (it answers a complaint).
    #[command(after_help = "Example:\n  carnet service note 4 \"Called back, new part ordered\"")]
    Note { id: i64, text: String },
    /// Close a request: collected (optionally recording what was charged) or cancelled.
    #[command(
        after_help = "Examples:\n  carnet service close 4 --collected --charge 52\n  carnet service close 5 --cancelled --reason \"customer changed their mind\""
    )]
    Close(CloseFlags),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub contact: String,
    /// What it is about: the item and the work.
    #[arg(long)]
    pub what: String,
    /// repair, alteration, order, complaint, other (config service.kinds).
    #[arg(long)]
    pub kind: String,
    /// When it was promised: a date, +3d, friday…
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub promised: Option<String>,
    /// The price quoted: 45, 45,50.
    #[arg(long, allow_hyphen_values = true)]
    pub quote: Option<String>,
    /// The starting status (default: the first configured one).
    #[arg(long)]
    pub status: Option<String>,
    /// The day it came in (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Requests in this status (open or closed).
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, short)]
    pub contact: Option<String>,
    /// Open requests past their promised day, not ready yet.
    #[arg(long, conflicts_with_all = ["closed", "all"])]
    pub late: bool,
    /// Closed requests only.
    #[arg(long, conflicts_with = "all")]
    pub closed: bool,
    /// Open and closed requests.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("how").required(true).args(["collected", "cancelled"])))]
pub struct CloseFlags {
    pub id: i64,
    /// The customer collected it.
    #[arg(long)]
    pub collected: bool,
    /// It will not be done.
    #[arg(long)]
    pub cancelled: bool,
    /// What was charged, recorded as a purchase: 52, 52,50.
    #[arg(long, conflicts_with = "cancelled", allow_hyphen_values = true)]
    pub charge: Option<String>,
    /// Why it was cancelled (kept in the history).
    #[arg(long, conflicts_with = "collected")]
    pub reason: Option<String>,
    /// The day it was collected or cancelled (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: ServiceCommand) -> Result<()> {
    ctx.no_vcf("service")?;
    match cmd {
        ServiceCommand::Add(a) => add(ctx, a),
        ServiceCommand::List(a) => list(ctx, a),
        ServiceCommand::Show { id } => show(ctx, id),
        ServiceCommand::Move { id, status, notify } => move_to(ctx, id, &status_word(ctx, &status), notify),
        ServiceCommand::Note { id, text } => note(ctx, id, &text),
        ServiceCommand::Close(a) => close(ctx, a),
    }
}

/// A status typed in either language (`prête` is `ready`).
fn status_word(ctx: &Ctx, typed: &str) -> String {
    let mut words = ctx.config.service.statuses.clone();
    words.extend([crate::domain::service::COLLECTED.to_string(), crate::domain::service::CANCELLED.to_string()]);
    flags::own_word("status", typed, &words)
}

fn kind_word(ctx: &Ctx, typed: &str) -> String {
    flags::own_word("kind", typed, &ctx.config.service.kinds)
}

fn amount(flag: &str, v: &Option<String>) -> Result<Option<crate::domain::money::Cents>> {
    v.as_deref().map(|v| flags::cost(flag, v)).transpose()
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let promised = a.promised.as_deref().map(|v| flags::when(ctx, "--promised", v)).transpose()?;
    let req = NewRequestArgs {
        contact: a.contact,
        what: a.what,
        kind: kind_word(ctx, &a.kind),
        status: a.status.map(|s| status_word(ctx, &s)),
        promised,
        quote: amount("--quote", &a.quote)?,
        opened: flags::opt_day(ctx, "--date", &a.date)?,
    };
    let mut app = ctx.write()?;
    let r = service::add(&mut app, &req)?;
    if promised.is_some_and(|p| p < r.opened) {
        ctx.out.warn(ctx.text("warn-promised-past", &[]));
    }
    let msg = ctx.text(
        "msg-service-opened",
        &[("id", r.id.into()), ("what", r.what.as_str().into()), ("name", r.contact_name.as_str().into())],
    );
    let today = ctx.today;
    flags::report_created(ctx, r.id, &msg, || row(r, today))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let app = ctx.read()?;
    let req = ListRequest {
        contact: a.contact,
        status: a.status.map(|s| status_word(ctx, &s)),
        kind: a.kind.map(|k| kind_word(ctx, &k)),
        open: if a.all { None } else { Some(!a.closed) },
        late: a.late,
    };
    let rows: Vec<ServiceRow> = service::list(&app, req)?.into_iter().map(|r| row(r, ctx.today)).collect();
    if rows.is_empty() {
        ctx.tell("msg-no-service", &[]);
    }
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, id: i64) -> Result<()> {
    let app = ctx.read()?;
    let (r, events) = service::show(&app, id)?;
    ctx.out.card(&ServiceCard { request: row(r, ctx.today), history: history(&events, ctx.out.lang) })
}

crate::record! {
    /// `service move` with a message: what to send and where.
    struct MessageRow {
        id: i64,
        status: String,
        contact_name: String,
        phone: Option<String>,
        email: Option<String>,
        message: String,
        sent_by: Option<String>,
        sent_to: Option<String>,
    }
}

fn move_to(ctx: &Ctx, id: i64, status: &str, notify: bool) -> Result<()> {
    let mut app = ctx.write()?;
    let m = service::move_to(&mut app, id, status, notify)?;
    let (from, to) = (m.from.as_str(), m.request.status.as_str());
    let say = |s: &str| crate::output::service::status_word(ctx.out.lang, s);
    if from == to {
        ctx.tell("msg-service-already-in", &[("id", id.into()), ("status", say(to).into())]);
    } else {
        ctx.tell("msg-service-moved", &[("id", id.into()), ("from", say(from).into()), ("to", say(to).into())]);
    }
    let Some(n) = m.notice else { return Ok(()) };
    let text = n.text.render(ctx.out.lang);
    let mut sent = None;
    if notify {
        let subject = ctx.text("service-mail-subject", &[("what", m.request.what.as_str().into())]);
        let s = match service::notify(&mut app, id, &n, &text, &subject) {
            Ok(s) => s,
            Err(e) => {
                // The move is recorded; the message did not go: it is
                // printed for the shop to pass on.
                print_message(ctx, &m.request.contact_name, &n, &text)?;
                return Err(e);
            }
        };
        ctx.tell(
            "msg-service-sent",
            &[("id", id.into()), ("to", s.to.as_str().into()), ("answer", s.answer.as_str().into())],
        );
        sent = Some(s);
    }
    if ctx.wants_records() {
        return ctx.out.card(&MessageRow {
            id,
            status: to.to_string(),
            contact_name: m.request.contact_name.clone(),
            phone: n.phone,
            email: n.email,
            message: text,
            sent_by: sent.as_ref().map(|s| s.channel.as_str().to_string()),
            sent_to: sent.map(|s| s.to),
        });
    }
    if sent.is_some() {
        return Ok(());
    }
    print_message(ctx, &m.request.contact_name, &n, &text)
}

/// The message to pass on, with where to reach the customer.
fn print_message(ctx: &Ctx, name: &str, n: &service::Notice, text: &str) -> Result<()> {
    let reach = [n.phone.as_deref(), n.email.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let reach = if reach.is_empty() { ctx.text("remind-no-contact", &[]) } else { reach };
    let head = ctx.text("msg-service-to-send", &[("name", name.into()), ("reach", reach.into())]);
    ctx.out.data(&format!("{head}\n{text}\n"))
}

fn note(ctx: &Ctx, id: i64, text: &str) -> Result<()> {
    let mut app = ctx.write()?;
    service::note(&mut app, id, text)?;
    ctx.tell("msg-service-noted", &[("id", id.into())]);
    Ok(())
}

fn close(ctx: &Ctx, a: CloseFlags) -> Result<()> {
    let args = CloseArgs {
        collected: a.collected,
        charge: amount("--charge", &a.charge)?,
        day: flags::day_or_today(ctx, "--date", &a.date)?,
        reason: a.reason,
    };
    let mut app = ctx.write()?;
    let c = service::close(&mut app, a.id, &args)?;
    let id = a.id;
    let mut msg = if a.collected {
        ctx.text("msg-service-collected", &[("id", id.into()), ("days", c.days.into())])
    } else {
        ctx.text("msg-service-cancelled", &[("id", id.into())])
    };
    if let (Some(pid), Some(charge)) = (c.purchase, c.request.charge) {
        msg.push_str(&ctx.text(
            "msg-service-purchase",
            &[("purchase", pid.into()), ("amount", ctx.out.money.format(charge).into())],
        ));
    }
    let today = ctx.today;
    flags::report_created(ctx, id, &msg, || row(c.request, today))
}
