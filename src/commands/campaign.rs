//! `carnet campaign ...`: reach a segment on one channel, only those who
//! may be reached, and measure the effect against a control group.

use super::analysis;
use crate::context::Ctx;
use crate::domain::campaign::{in_control, lift, parse_pct, Outcome};
use crate::domain::consent::{may_contact, Channel, Status};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::output::{new_table, Cells, Format, Record};
use crate::store::campaigns::{self, Campaign, NewCampaign};
use crate::store::consent;
use crate::store::contacts::{self, Reach};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Prepare a campaign: a segment, a channel, an optional control group.
    #[command(
        after_help = "Examples:\n  carnet campaign create spring-sale --channel email --segment \"at risk\" --holdout 10% --message spring.txt\n  carnet campaign create card-mailing --channel post --segment lapsed-regulars"
    )]
    Create(CreateArgs),
    /// List campaigns.
    List,
    /// One campaign: its settings, its message, and whom it reached.
    #[command(after_help = "Example:\n  carnet campaign show spring-sale --format json")]
    Show { name: String },
    /// The audience, and everyone left out with the reason.
    #[command(after_help = "Example:\n  carnet campaign preview spring-sale --format csv")]
    Preview { name: String },
    /// Freeze the audience, record the sends, write the file for your mail or SMS tool.
    #[command(
        after_help = "Examples:\n  carnet campaign launch spring-sale --out recipients.csv\n  carnet campaign launch card-mailing --out cards.vcf"
    )]
    Launch {
        name: String,
        /// recipients.csv (mail merge) or recipients.vcf.
        #[arg(long)]
        out: PathBuf,
    },
    /// Recipients against the control group: who bought, revenue per head, lift.
    #[command(after_help = "Example:\n  carnet campaign report spring-sale --window 30d")]
    Report {
        name: String,
        /// How long after the launch purchases count (default 30d).
        #[arg(long)]
        window: Option<String>,
    },
    /// Delete a campaign (and, for a launched one, its record of sends).
    Rm {
        name: String,
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    pub name: String,
    #[arg(long, value_enum)]
    pub channel: Channel,
    /// A saved segment or a built-in one (an RFM segment or value cell).
    #[arg(long)]
    pub segment: String,
    /// Share of the eligible audience held back as a control group: 10%.
    #[arg(long, default_value = "0")]
    pub holdout: String,
    /// The message, from a file.
    #[arg(long)]
    pub message: Option<PathBuf>,
    /// The seed of the control-group draw (default: from the name).
    #[arg(long)]
    pub seed: Option<i64>,
}

pub fn run(ctx: &Ctx, cmd: CampaignCommand) -> Result<()> {
    match cmd {
        CampaignCommand::Create(a) => create(ctx, a),
        CampaignCommand::List => list(ctx),
        CampaignCommand::Show { name } => show(ctx, &name),
        CampaignCommand::Preview { name } => preview(ctx, &name),
        CampaignCommand::Launch { name, out } => launch(ctx, &name, &out),
        CampaignCommand::Report { name, window } => report(ctx, &name, window),
        CampaignCommand::Rm { name, yes } => rm(ctx, &name, yes),
    }
}

fn seed_of(name: &str) -> i64 {
    let h = crate::commands::content_hash(name.to_lowercase().as_bytes());
    i64::from_str_radix(&h[..15], 16).unwrap_or(0)
}

fn create(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    ctx.no_vcf("campaign create")?;
    let holdout = parse_pct(&a.holdout).map_err(|e| Error::user(format!("--holdout: {e}")))?;
    let message = match &a.message {
        Some(p) => Some(
            String::from_utf8(super::read_file(p)?)
                .map_err(|_| Error::user(format!("{}: the message is not UTF-8 text", p.display())))?,
        ),
        None => None,
    };
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    if a.name.trim().is_empty() {
        return Err(Error::user("a campaign needs a name"));
    }
    if campaigns::get(&tx, a.name.trim())?.is_some() {
        return Err(Error::user(format!("a campaign named `{}` already exists", a.name.trim())));
    }
    let (segment, _) = super::segment::find(&tx, &a.segment)?;
    let new = NewCampaign {
        name: a.name.trim(),
        channel: a.channel.as_str(),
        segment: &segment,
        holdout_pct: holdout,
        seed: a.seed.unwrap_or_else(|| seed_of(a.name.trim())),
        message: message.as_deref(),
    };
    let id = campaigns::insert(&tx, &new, &ctx.timestamp())?;
    tx.commit()?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.out.say(format!(
        "created campaign `{}`: {} to segment `{segment}`, {holdout} % held back; see who it reaches with `carnet campaign preview {}`",
        a.name.trim(),
        a.channel,
        a.name.trim()
    ));
    Ok(())
}

fn load(conn: &rusqlite::Connection, name: &str) -> Result<Campaign> {
    campaigns::get(conn, name)?.ok_or_else(|| {
        Error::user(format!("no campaign named `{name}`")).with_hint("see them with `carnet campaign list`")
    })
}

#[derive(Serialize)]
struct CampaignRow {
    id: i64,
    name: String,
    channel: String,
    segment: String,
    holdout_pct: u32,
    seed: i64,
    created_at: String,
    launched_on: Option<chrono::NaiveDate>,
}

impl Record for CampaignRow {
    const HEADERS: &'static [&'static str] =
        &["id", "name", "channel", "segment", "holdout_pct", "seed", "created_at", "launched_on"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.channel.clone(),
            self.segment.clone(),
            self.holdout_pct.to_string(),
            self.seed.to_string(),
            self.created_at.clone(),
            c.opt(&self.launched_on),
        ]
    }
}

#[derive(Serialize)]
struct CampaignCard {
    #[serde(flatten)]
    row: CampaignRow,
    message: Option<String>,
    recipients: i64,
    control: i64,
}

impl Record for CampaignCard {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "name",
        "channel",
        "segment",
        "holdout_pct",
        "seed",
        "created_at",
        "launched_on",
        "message",
        "recipients",
        "control",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        let mut v = self.row.cells(c);
        v.extend([c.opt(&self.message), self.recipients.to_string(), self.control.to_string()]);
        v
    }
}

fn row(c: Campaign) -> CampaignRow {
    CampaignRow {
        id: c.id,
        name: c.name,
        channel: c.channel,
        segment: c.segment,
        holdout_pct: c.holdout_pct,
        seed: c.seed,
        created_at: c.created_at,
        launched_on: c.launched_on,
    }
}

fn show(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.no_vcf("campaign show")?;
    let store = ctx.read()?;
    let c = load(store.conn(), name)?;
    let (recipients, control) = campaigns::send_counts(store.conn(), c.id)?;
    let message = c.message.clone();
    ctx.out.card(&CampaignCard { row: row(c), message, recipients, control })
}

fn list(ctx: &Ctx) -> Result<()> {
    ctx.no_vcf("campaign list")?;
    let store = ctx.read()?;
    let rows: Vec<CampaignRow> = campaigns::list(store.conn())?.into_iter().map(row).collect();
    ctx.out.records(&rows)
}

/// What happens to one member of the segment.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Decision {
    Send,
    Control,
    Excluded(&'static str),
}

struct Member {
    reach: Reach,
    decision: Decision,
}

fn address(ch: Channel, r: &Reach) -> Option<String> {
    match ch {
        Channel::Email => r.email.clone(),
        Channel::Sms | Channel::Phone => r.phone.clone(),
        Channel::Post => match (&r.street, &r.postcode, &r.city) {
            (Some(s), Some(p), Some(c)) => Some(format!("{s}, {p} {c}")),
            _ => None,
        },
    }
}

/// Decide for every member of the campaign's segment, in this order: no
/// address, suppressed, consent, pressure cap, control group.
fn audience(ctx: &Ctx, conn: &rusqlite::Connection, c: &Campaign) -> Result<Vec<Member>> {
    let ch = Channel::parse(&c.channel).ok_or_else(|| Error::Internal(format!("channel {}", c.channel)))?;
    let (_, criteria) = super::segment::find(conn, &c.segment)?;
    let mut ids = analysis::members(conn, &[&criteria], ctx.today, ctx.config.value_matrix.active_days)?
        .pop()
        .unwrap_or_default();
    ids.sort_unstable();
    let reach = contacts::reach_of(conn, &ids)?;
    let suppressed = consent::Suppressions::load(conn)?;
    let statuses = consent::statuses_for_channel(conn, ch)?;
    let since = ctx.today - chrono::Duration::days(ctx.config.campaign.window_days as i64 - 1);
    let recent = campaigns::recent_sends(conn, since)?;
    let opt_in = ctx.config.consent.opt_in_channels.contains(&ch);
    let mut out = Vec::with_capacity(reach.len());
    for r in reach {
        let is_suppressed = suppressed.contains(ch, r.email.as_deref(), r.phone.as_deref());
        let status = statuses.get(&r.id).copied().unwrap_or(Status::NeverAsked);
        let decision = if address(ch, &r).is_none() {
            Decision::Excluded("no address for the channel")
        } else if is_suppressed {
            Decision::Excluded("on the suppression list")
        } else if let Err(why) = may_contact(status, opt_in) {
            Decision::Excluded(why)
        } else if recent.get(&r.id).copied().unwrap_or(0) >= ctx.config.campaign.max_contacts {
            Decision::Excluded("contacted too often")
        } else if in_control(c.seed, r.id, c.holdout_pct) {
            Decision::Control
        } else {
            Decision::Send
        };
        out.push(Member { reach: r, decision });
    }
    Ok(out)
}

#[derive(Serialize)]
struct PreviewRow {
    contact_id: i64,
    name: String,
    address: Option<String>,
    decision: &'static str,
    reason: Option<&'static str>,
}

impl Record for PreviewRow {
    const HEADERS: &'static [&'static str] = &["contact_id", "name", "address", "decision", "reason"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.contact_id.to_string(),
            self.name.clone(),
            c.opt(&self.address),
            self.decision.into(),
            c.opt(&self.reason),
        ]
    }
}

fn preview(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.no_vcf("campaign preview")?;
    let store = ctx.read()?;
    store.map_for_quick_reads()?;
    let c = load(store.conn(), name)?;
    let ch = Channel::parse(&c.channel).unwrap_or(Channel::Email);
    let members = audience(ctx, store.conn(), &c)?;
    let rows: Vec<PreviewRow> = members
        .iter()
        .map(|m| {
            let (decision, reason) = match m.decision {
                Decision::Send => ("send", None),
                Decision::Control => ("control", Some("in the control group")),
                Decision::Excluded(why) => ("excluded", Some(why)),
            };
            PreviewRow {
                contact_id: m.reach.id,
                name: m.reach.name.clone(),
                address: address(ch, &m.reach),
                decision,
                reason,
            }
        })
        .collect();
    if ctx.out.format == Format::Table {
        let count = |d: &str| rows.iter().filter(|r| r.decision == d).count();
        let mut reasons: Vec<(&str, usize)> = Vec::new();
        for r in rows.iter().filter_map(|r| if r.decision == "excluded" { r.reason } else { None }) {
            match reasons.iter_mut().find(|(x, _)| *x == r) {
                Some(e) => e.1 += 1,
                None => reasons.push((r, 1)),
            }
        }
        let mut t = new_table();
        t.set_header(["", "people"]);
        t.add_row(["in the segment".to_string(), rows.len().to_string()]);
        t.add_row(["will receive it".to_string(), count("send").to_string()]);
        t.add_row(["control group (not contacted)".to_string(), count("control").to_string()]);
        for (why, n) in reasons {
            t.add_row([format!("left out: {why}"), n.to_string()]);
        }
        ctx.out.say(format!(
            "Campaign `{}` ({}) to segment `{}`{}\n{t}\n",
            c.name,
            c.channel,
            c.segment,
            if c.launched_on.is_some() { " — already launched; this is today's view" } else { "" }
        ));
    }
    ctx.out.records(&rows)
}

fn launch(ctx: &Ctx, name: &str, out: &std::path::Path) -> Result<()> {
    ctx.no_vcf("campaign launch")?;
    let vcf = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("vcf"));
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let c = load(&tx, name)?;
    if let Some(on) = c.launched_on {
        return Err(Error::user(format!("campaign `{}` was launched on {on}", c.name))
            .with_hint("a campaign is sent once; create a new one to send again"));
    }
    let ch = Channel::parse(&c.channel).unwrap_or(Channel::Email);
    let members = audience(ctx, &tx, &c)?;
    let send: Vec<&Member> = members.iter().filter(|m| m.decision == Decision::Send).collect();
    let control: Vec<i64> = members.iter().filter(|m| m.decision == Decision::Control).map(|m| m.reach.id).collect();
    if send.is_empty() {
        return Err(Error::user(format!("campaign `{}` reaches nobody", c.name))
            .with_hint(format!("see why with `carnet campaign preview {}`", c.name)));
    }
    let body = if vcf { vcards(ch, &send) } else { mail_merge(ctx, ch, &send)? };
    // Write the file first (to a temporary name), then record the sends:
    // a failure leaves neither a half file nor sends without a file.
    let tmp = out.with_extension("carnet-tmp");
    std::fs::write(&tmp, body).map_err(|e| Error::user(format!("cannot write {}: {}", out.display(), e.kind())))?;
    let ids: Vec<i64> = send.iter().map(|m| m.reach.id).collect();
    if let Err(e) = campaigns::launch(&tx, c.id, ctx.today, &ids, &control).and_then(|_| Ok(tx.commit()?)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, out).map_err(|e| Error::user(format!("cannot write {}: {}", out.display(), e.kind())))?;
    ctx.out.say(format!(
        "launched `{}`: {} recipient(s) written to {}, {} held back as the control group",
        c.name,
        ids.len(),
        out.display(),
        control.len()
    ));
    Ok(())
}

/// Only the fields the channel needs, plus the unsubscribe text for email.
fn mail_merge(ctx: &Ctx, ch: Channel, send: &[&Member]) -> Result<String> {
    let mut w = csv::WriterBuilder::new().delimiter(ctx.out.csv_delimiter).from_writer(Vec::new());
    let header: &[&str] = match ch {
        Channel::Email => &["contact_id", "name", "email", "unsubscribe"],
        Channel::Sms | Channel::Phone => &["contact_id", "name", "phone"],
        Channel::Post => &["contact_id", "name", "street", "postcode", "city", "country"],
    };
    w.write_record(header)?;
    for m in send {
        let r = &m.reach;
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        let row = match ch {
            Channel::Email => {
                vec![r.id.to_string(), r.name.clone(), o(&r.email), ctx.config.campaign.unsubscribe_text.clone()]
            }
            Channel::Sms | Channel::Phone => vec![r.id.to_string(), r.name.clone(), o(&r.phone)],
            Channel::Post => {
                vec![r.id.to_string(), r.name.clone(), o(&r.street), o(&r.postcode), o(&r.city), o(&r.country)]
            }
        };
        w.write_record(row)?;
    }
    String::from_utf8(w.into_inner().map_err(|e| Error::Internal(e.to_string()))?)
        .map_err(|e| Error::Internal(e.to_string()))
}

fn vcards(ch: Channel, send: &[&Member]) -> String {
    let mut out = String::new();
    for m in send {
        let r = &m.reach;
        let mut f = crate::domain::contact::ContactFields { name: r.name.clone(), ..Default::default() };
        match ch {
            Channel::Email => f.email = r.email.clone(),
            Channel::Sms | Channel::Phone => f.phone = r.phone.clone(),
            Channel::Post => {
                (f.street, f.postcode, f.city, f.country) =
                    (r.street.clone(), r.postcode.clone(), r.city.clone(), r.country.clone())
            }
        }
        crate::domain::vcard::write_card(&mut out, &f, &[], &format!("urn:carnet:contact:{}", r.id));
    }
    out
}

#[derive(Serialize)]
struct ReportRow {
    group: String,
    people: i64,
    buyers: i64,
    purchase_rate: f64,
    revenue: Cents,
    revenue_per_head: Cents,
}

impl Record for ReportRow {
    const HEADERS: &'static [&'static str] =
        &["group", "people", "buyers", "purchase_rate", "revenue", "revenue_per_head"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.group.clone(),
            self.people.to_string(),
            self.buyers.to_string(),
            self.purchase_rate.to_string(),
            c.money(self.revenue),
            c.money(self.revenue_per_head),
        ]
    }
}

fn report(ctx: &Ctx, name: &str, window: Option<String>) -> Result<()> {
    ctx.no_vcf("campaign report")?;
    let days = match &window {
        Some(w) => crate::domain::dates::parse_days(w).map_err(|e| Error::user(format!("--window: {e}")))?,
        None => 30,
    };
    let store = ctx.read()?;
    let c = load(store.conn(), name)?;
    let Some(on) = c.launched_on else {
        return Err(Error::user(format!("campaign `{}` has not been launched", c.name))
            .with_hint(format!("launch it with `carnet campaign launch {} --out FILE`", c.name)));
    };
    let to = on + chrono::Duration::days(days as i64);
    let groups = campaigns::outcome(store.conn(), c.id, on, to)?;
    let get = |g: &str| {
        groups
            .iter()
            .find(|(n, ..)| n == g)
            .map(|(_, p, b, r)| Outcome { people: *p as u64, buyers: *b as u64, revenue_cents: *r })
            .unwrap_or(Outcome { people: 0, buyers: 0, revenue_cents: 0 })
    };
    let (rec, ctl) = (get("recipient"), get("control"));
    let rows: Vec<ReportRow> = [("recipients", rec), ("control", ctl)]
        .into_iter()
        .map(|(g, o)| ReportRow {
            group: g.into(),
            people: o.people as i64,
            buyers: o.buyers as i64,
            purchase_rate: (o.rate() * 10000.0).round() / 10000.0,
            revenue: Cents(o.revenue_cents),
            revenue_per_head: Cents(o.revenue_per_head().round() as i64),
        })
        .collect();
    if ctx.out.format != Format::Table {
        return ctx.out.records(&rows);
    }
    let mut t = new_table();
    t.set_header(["group", "people", "bought", "rate", "revenue", "per head"]);
    for r in &rows {
        t.add_row([
            r.group.clone(),
            r.people.to_string(),
            r.buyers.to_string(),
            super::report::pct(r.purchase_rate),
            ctx.out.money.format(r.revenue),
            ctx.out.money.format(r.revenue_per_head),
        ]);
    }
    let opt_outs = campaigns::opt_outs_since(store.conn(), c.id, &c.channel, on)?;
    let partial = if to > ctx.today {
        format!(" (the window is still open: {} days to go)", (to - ctx.today).num_days())
    } else {
        String::new()
    };
    let mut out =
        format!("Campaign `{}` launched {on}; purchases from the day after, for {days} days{partial}\n{t}\n", c.name);
    match lift(rec, ctl) {
        Some((d, lo, hi)) => out.push_str(&format!(
            "Lift in purchase rate: {:+.1} points (95 % confidence interval {:+.1} to {:+.1}){}\n",
            d * 100.0,
            lo * 100.0,
            hi * 100.0,
            if lo > 0.0 { "; the campaign made a difference" } else { "; not distinguishable from chance" }
        )),
        None => out.push_str("No control group: the lift cannot be measured.\n"),
    }
    out.push_str(&format!("Opt-outs on {} since launch among recipients: {opt_outs}\n", c.channel));
    ctx.out.data(&out)
}

fn rm(ctx: &Ctx, name: &str, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let c = load(&tx, name)?;
    if c.launched_on.is_some()
        && !crate::prompt::confirm(&format!("Delete launched campaign `{}` and its record of sends?", c.name), yes)?
    {
        ctx.out.say("nothing deleted");
        return Ok(());
    }
    campaigns::delete(&tx, c.id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted campaign `{}`", c.name));
    Ok(())
}
