//! `carnet consent ...`: an opt-in you can prove, a withdrawal that wins.

use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::consent::{Action, Channel, Method};
use crate::domain::dates::parse_day;
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, Record};
use crate::store::consent::{self, NewEvent};
use clap::{Args, Subcommand};
use serde::Serialize;
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
    }
}

fn day(ctx: &Ctx, v: &Option<String>) -> Result<String> {
    match v {
        None => Ok(ctx.today.to_string()),
        Some(s) => {
            let d = parse_day(s, ctx.today).map_err(|e| Error::user(format!("--at: {e}")))?;
            if d > ctx.today {
                return Err(Error::user(format!("--at {d} is in the future")).with_hint("record what has happened"));
            }
            Ok(d.to_string())
        }
    }
}

/// A wording by id or hash, or a file whose text is stored.
fn wording(ctx: &Ctx, conn: &rusqlite::Connection, key: &str) -> Result<i64> {
    if let Some(w) = consent::find_wording(conn, key)? {
        return Ok(w.id);
    }
    let path = std::path::Path::new(key);
    if path.is_file() {
        let text = String::from_utf8(super::read_file(path)?)
            .map_err(|_| Error::user(format!("{}: the wording is not UTF-8 text", path.display())))?;
        if text.trim().is_empty() {
            return Err(Error::user(format!("{} is empty", path.display())));
        }
        return Ok(consent::add_wording(conn, &text, Some(&super::file_label(path)), &ctx.timestamp())?.0);
    }
    Err(Error::user(format!("--wording `{key}` is neither a stored wording nor a file")).with_hint(
        "store it with `carnet consent text add FILE`, then give its id; `carnet consent text list` shows them",
    ))
}

fn grant(ctx: &Ctx, a: GrantArgs) -> Result<()> {
    let (Some(method), Some(w)) = (a.method, a.wording.as_deref()) else {
        return Err(Error::user("a grant needs how it was given (--method) and what the person agreed to (--wording)")
            .with_hint("for example --method paper-form --wording 1; without them the consent cannot be proven"));
    };
    let on = day(ctx, &a.at)?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, &a.contact)?;
    let wording_id = wording(ctx, &tx, w)?;
    for ch in &a.channels {
        let e = NewEvent {
            contact_id: Some(id),
            subject_key: None,
            channel: *ch,
            action: Action::Grant,
            occurred_on: &on,
            method: Some(method),
            proof: a.source.as_deref(),
            wording_id: Some(wording_id),
            voids: None,
        };
        consent::record(&tx, &e, &ctx.timestamp())?;
    }
    let still_out: Vec<Channel> = consent::statuses(&tx, id)?
        .into_iter()
        .filter(|(c, s)| a.channels.contains(c) && *s == crate::domain::consent::Status::OptedOut)
        .map(|(c, _)| c)
        .collect();
    tx.commit()?;
    ctx.out.say(format!("recorded the opt-in of contact {id} for {} on {on}", list(&a.channels)));
    if !still_out.is_empty() {
        ctx.out.warn(format!(
            "a withdrawal on the same day wins: {} stays opted out; if the person opted in again after withdrawing, record it with --at on a later day",
            list(&still_out)
        ));
    }
    Ok(())
}

fn list(chs: &[Channel]) -> String {
    chs.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")
}

fn withdraw(ctx: &Ctx, a: WithdrawArgs) -> Result<()> {
    let chs = if a.all { Channel::ALL.to_vec() } else { a.channels.clone() };
    let on = day(ctx, &a.at)?;
    let now = ctx.timestamp();
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let contact = match resolve_contact(&tx, &a.who) {
        Ok(id) => Some(id),
        Err(e) if is_address(&a.who) && e.to_string().starts_with("no contact") => None,
        Err(e) => return Err(e),
    };
    match contact {
        Some(id) => {
            for ch in &chs {
                let e = NewEvent {
                    contact_id: Some(id),
                    subject_key: None,
                    channel: *ch,
                    action: Action::Withdraw,
                    occurred_on: &on,
                    method: None,
                    proof: a.source.as_deref(),
                    wording_id: None,
                    voids: None,
                };
                consent::record(&tx, &e, &now)?;
            }
            tx.commit()?;
            ctx.out.say(format!("recorded the withdrawal of contact {id} for {}", list(&chs)));
        }
        None => {
            // Not a contact: keep only a keyed hash, so a later import of
            // this address is excluded from campaigns.
            let addr_channel = if a.who.contains('@') { Channel::Email } else { Channel::Phone };
            let key = consent::address_key(&tx, addr_channel, &a.who)?;
            for ch in &chs {
                consent::suppress(&tx, &key, ch.as_str(), "withdrawn", &now)?;
                let e = NewEvent {
                    contact_id: None,
                    subject_key: Some(&key),
                    channel: *ch,
                    action: Action::Withdraw,
                    occurred_on: &on,
                    method: None,
                    proof: None,
                    wording_id: None,
                    voids: None,
                };
                consent::record(&tx, &e, &now)?;
            }
            tx.commit()?;
            ctx.out.say(format!("`{}` is not a contact: it is on the suppression list for {}", a.who, list(&chs)));
        }
    }
    Ok(())
}

fn is_address(s: &str) -> bool {
    s.contains('@') || crate::domain::contact::phone_key(s).len() >= 6
}

fn notice(ctx: &Ctx, a: NoticeArgs, action: Action) -> Result<()> {
    let on = day(ctx, &a.at)?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let id = resolve_contact(&tx, &a.contact)?;
    for ch in &a.channels {
        let e = NewEvent {
            contact_id: Some(id),
            subject_key: None,
            channel: *ch,
            action,
            occurred_on: &on,
            method: None,
            proof: a.source.as_deref(),
            wording_id: None,
            voids: None,
        };
        consent::record(&tx, &e, &ctx.timestamp())?;
    }
    tx.commit()?;
    ctx.out.say(format!("recorded {} for contact {id} on {}", action.as_str().replace('_', " "), list(&a.channels)));
    Ok(())
}

fn void(ctx: &Ctx, event: i64) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let (contact, ch) = consent::event_contact(&tx, event)?.ok_or_else(|| {
        Error::user(format!("no consent event {event}")).with_hint("see the ids with `carnet consent history CONTACT`")
    })?;
    let channel = Channel::parse(&ch).ok_or_else(|| Error::Internal(format!("channel {ch}")))?;
    let e = NewEvent {
        contact_id: contact,
        subject_key: None,
        channel,
        action: Action::Void,
        occurred_on: &ctx.today.to_string(),
        method: None,
        proof: None,
        wording_id: None,
        voids: Some(event),
    };
    let id = consent::record(&tx, &e, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("recorded event {id}, which voids event {event}"));
    Ok(())
}

#[derive(Serialize)]
struct StatusRow {
    channel: Channel,
    status: &'static str,
}

impl Record for StatusRow {
    const HEADERS: &'static [&'static str] = &["channel", "status"];
    fn cells(&self, _: &Cells) -> Vec<String> {
        vec![self.channel.as_str().into(), self.status.into()]
    }
}

fn show(ctx: &Ctx, word: &str) -> Result<()> {
    let store = ctx.read()?;
    let id = resolve_contact(store.conn(), word)?;
    let rows: Vec<StatusRow> = consent::statuses(store.conn(), id)?
        .into_iter()
        .map(|(channel, s)| StatusRow { channel, status: s.as_str() })
        .collect();
    ctx.out.records(&rows)
}

impl Record for consent::HistoryEvent {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "channel",
        "action",
        "occurred_on",
        "recorded_at",
        "method",
        "proof",
        "wording_id",
        "wording_sha256",
        "wording",
        "voids",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.channel.clone(),
            self.action.clone(),
            self.occurred_on.clone(),
            self.recorded_at.clone(),
            c.opt(&self.method),
            c.opt(&self.proof),
            c.opt(&self.wording_id),
            c.opt(&self.wording_sha256),
            c.opt(&self.wording_text),
            c.opt(&self.voids),
        ]
    }
}

fn history(ctx: &Ctx, word: &str) -> Result<()> {
    let store = ctx.read()?;
    let id = resolve_contact(store.conn(), word)?;
    let mut rows = consent::history(store.conn(), id)?;
    if ctx.out.format == Format::Table {
        // The wording's text is long: tables show its id and hash only.
        for r in &mut rows {
            r.wording_text = None;
        }
    }
    if rows.is_empty() {
        ctx.out.say("no consent events for this contact");
    }
    ctx.out.records(&rows)
}

fn import(ctx: &Ctx, file: &std::path::Path, dry_run: bool) -> Result<()> {
    let label = super::file_label(file);
    let bytes = super::read_file(file)?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::user(format!("{label}: the text is not UTF-8")).with_hint("save the file as UTF-8"))?;
    if text.trim().is_empty() {
        return Err(Error::user(format!("{label} is empty")));
    }
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(&label, e))?.clone();
    let known = ["contact", "channel", "action", "date", "method", "wording", "source"];
    let cols = Columns::check(&label, &header, &known, &[], &["contact", "channel", "action", "date"])?;
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let now = ctx.timestamp();
    let mut n = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| read_error(&label, e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |c: &str| cols.index(c).and_then(|i| rec.get(i)).map(str::trim).unwrap_or("");
        let at = |c: &str| cols.index(c).unwrap_or(0);
        let bad = |c: &str, msg: &str| cell_error(&label, line, at(c), c, get(c), msg);
        let contact = resolve_contact(&tx, get("contact")).map_err(|e| bad("contact", &e.to_string()))?;
        let channel = Channel::parse(get("channel")).ok_or_else(|| bad("channel", "not email, sms, phone or post"))?;
        let action = match Action::parse(get("action")) {
            Some(a @ (Action::Grant | Action::Withdraw | Action::SoftOptIn)) => a,
            _ => return Err(bad("action", "not grant, withdraw or soft_opt_in")),
        };
        let on = parse_day(get("date"), ctx.today).map_err(|e| bad("date", &e.0))?;
        let method =
            match get("method") {
                "" if action == Action::Grant => return Err(bad("method", "a grant needs its method")),
                "" => None,
                m => Some(Method::parse(m).ok_or_else(|| {
                    bad("method", "not paper-form, in-person, web-form, email-reply, phone or import")
                })?),
            };
        let wording_id = match get("wording") {
            "" if action == Action::Grant => return Err(bad("wording", "a grant needs the wording agreed to")),
            "" => None,
            w => Some(consent::find_wording(&tx, w)?.ok_or_else(|| bad("wording", "no such stored wording"))?.id),
        };
        let e = NewEvent {
            contact_id: Some(contact),
            subject_key: None,
            channel,
            action,
            occurred_on: &on.to_string(),
            method,
            proof: Some(get("source")),
            wording_id,
            voids: None,
        };
        consent::record(&tx, &e, &now)?;
        n += 1;
    }
    if n == 0 {
        return Err(Error::user(format!("{label} has a header but no rows")));
    }
    if dry_run {
        ctx.out.say(format!("dry run: {n} consent event(s) in {label} are valid; nothing written"));
        return Ok(());
    }
    tx.commit()?;
    ctx.out.say(format!("recorded {n} consent event(s) from {label}"));
    Ok(())
}

#[derive(Serialize)]
struct WordingRow {
    id: i64,
    sha256: String,
    label: Option<String>,
    created_at: String,
    text: String,
}

impl Record for WordingRow {
    const HEADERS: &'static [&'static str] = &["id", "sha256", "label", "created_at", "text"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![self.id.to_string(), self.sha256.clone(), c.opt(&self.label), self.created_at.clone(), self.text.clone()]
    }
}

fn text_add(ctx: &Ctx, file: &std::path::Path, label: Option<String>) -> Result<()> {
    let text = String::from_utf8(super::read_file(file)?)
        .map_err(|_| Error::user(format!("{}: the wording is not UTF-8 text", file.display())))?;
    if text.trim().is_empty() {
        return Err(Error::user(format!("{} is empty", file.display())));
    }
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let label = label.unwrap_or_else(|| super::file_label(file));
    let (id, new) = consent::add_wording(&tx, &text, Some(&label), &ctx.timestamp())?;
    tx.commit()?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.out.say(if new {
        format!("stored wording {id} ({label})")
    } else {
        format!("this wording is already stored as {id}")
    });
    Ok(())
}

fn text_list(ctx: &Ctx) -> Result<()> {
    let store = ctx.read()?;
    let rows: Vec<WordingRow> = consent::wordings(store.conn())?
        .into_iter()
        .map(|w| WordingRow { id: w.id, sha256: w.sha256, label: w.label, created_at: w.created_at, text: w.text })
        .collect();
    ctx.out.records(&rows)
}

/// `report consent`: counts per channel and status, events per month.
pub fn report(ctx: &Ctx) -> Result<()> {
    let store = ctx.read()?;
    let (counts, months) = consent::report(store.conn())?;
    #[derive(Serialize)]
    struct CountRow {
        channel: Channel,
        status: &'static str,
        contacts: i64,
    }
    impl Record for CountRow {
        const HEADERS: &'static [&'static str] = &["channel", "status", "contacts"];
        fn cells(&self, _: &Cells) -> Vec<String> {
            vec![self.channel.as_str().into(), self.status.into(), self.contacts.to_string()]
        }
    }
    if ctx.out.format != Format::Table {
        let rows: Vec<CountRow> =
            counts.into_iter().map(|(channel, s, n)| CountRow { channel, status: s.as_str(), contacts: n }).collect();
        return ctx.out.records(&rows);
    }
    let mut t = new_table();
    let mut header = vec!["channel".to_string()];
    header.extend(crate::domain::consent::Status::ALL.iter().map(|s| s.as_str().replace('_', " ")));
    t.set_header(header);
    for ch in Channel::ALL {
        let mut row = vec![ch.as_str().to_string()];
        row.extend(counts.iter().filter(|(c, _, _)| *c == ch).map(|(_, _, n)| n.to_string()));
        t.add_row(row);
    }
    let mut m = new_table();
    m.set_header(["month", "grants", "withdrawals"]);
    for (month, g, w) in &months {
        m.add_row([month.clone(), g.to_string(), w.to_string()]);
    }
    ctx.out.data(&format!("Consent by channel (contacts)\n{t}\n\nEvents by month\n{m}\n"))
}
