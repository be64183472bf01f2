//! `carnet privacy export|forget|review`: access, erasure and retention.

use super::resolve_contact;
use crate::context::Ctx;
use crate::domain::dates::parse_days;
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::{campaigns, contacts, deals, interactions, privacy, purchases};
use clap::Subcommand;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Everything carnet holds about a person, as one JSON document (access, portability).
    #[command(after_help = "Example:\n  carnet privacy export \"Hélène Dupont\" > helene-dupont.json")]
    Export { contact: String },
    /// Erase a person's personal data; purchases stay, anonymous, so totals stay true.
    #[command(
        after_help = "What goes: name, email, phone, address, birthday, notes, tags, interaction\ntexts, deal notes, purchase notes and consent proof texts. The email and phone\ngo on the suppression list as keyed hashes, so a later import cannot bring\nthe person back into a campaign. The file is rebuilt so erased bytes leave it.\n\nExample:\n  carnet privacy forget \"Hélène Dupont\" --yes"
    )]
    Forget {
        contact: String,
        #[arg(long, short)]
        yes: bool,
    },
    /// Contacts with no purchase, interaction or consent event for a long time.
    #[command(
        after_help = "Examples:\n  carnet privacy review                      # config privacy.retention, default 3y\n  carnet privacy review --older-than 2y --forget --yes"
    )]
    Review {
        /// How long without activity: 3y, 18m, 900d.
        #[arg(long)]
        older_than: Option<String>,
        /// Erase them all (after confirmation).
        #[arg(long)]
        forget: bool,
        #[arg(long, short)]
        yes: bool,
    },
}

pub fn run(ctx: &Ctx, cmd: PrivacyCommand) -> Result<()> {
    ctx.no_vcf("privacy")?;
    match cmd {
        PrivacyCommand::Export { contact } => export(ctx, &contact),
        PrivacyCommand::Forget { contact, yes } => forget(ctx, &contact, yes),
        PrivacyCommand::Review { older_than, forget, yes } => review(ctx, older_than, forget, yes),
    }
}

fn export(ctx: &Ctx, word: &str) -> Result<()> {
    let store = ctx.read()?;
    let conn = store.conn();
    let id = resolve_contact(conn, word)?;
    let c = contacts::get(conn, id)?.ok_or_else(|| Error::Internal("contact vanished".into()))?;
    let mut bought = Vec::new();
    let f = purchases::PurchaseFilter { contact_id: Some(id), ..Default::default() };
    purchases::for_each(conn, &f, |p| {
        bought.push(json!({"id": p.id, "date": p.date, "amount": p.amount, "note": p.note, "order_ref": p.order_ref}));
        Ok(())
    })?;
    let deal_list: Vec<_> = deals::list(conn, &deals::DealFilter { contact_id: Some(id), ..Default::default() })?
        .into_iter()
        .map(|d| {
            let history = deals::history(conn, d.id).unwrap_or_default();
            json!({"id": d.id, "title": d.title, "amount": d.amount, "stage": d.stage, "expected_close": d.expected_close,
                   "notes": d.notes, "created_at": d.created_at, "closed_at": d.closed_at, "lost_reason": d.lost_reason,
                   "history": history.iter().map(|h| json!({"from": h.from, "to": h.to, "at": h.at})).collect::<Vec<_>>()})
        })
        .collect();
    let talks: Vec<_> =
        interactions::list(conn, &interactions::InteractionFilter { contact_id: Some(id), ..Default::default() })?
            .into_iter()
            .map(|i| {
                json!({"id": i.id, "kind": i.kind, "at": i.at, "summary": i.summary, "deal_id": i.deal_id,
                             "follow_up": i.follow_up, "follow_up_done_at": i.follow_up_done_at})
            })
            .collect();
    let sends: Vec<_> = campaigns::sends_of(conn, id)?
        .into_iter()
        .map(|(name, grp, on)| json!({"campaign": name, "group": grp, "date": on}))
        .collect();
    let doc = json!({
        "exported_at": ctx.timestamp(),
        "contact": {"id": c.id, "fields": c.fields, "tags": c.tags, "archived_at": c.archived_at,
                    "created_at": c.created_at, "updated_at": c.updated_at,
                    "cadence_days": contacts::cadence(conn, id)?},
        "purchases": bought,
        "deals": deal_list,
        "interactions": talks,
        "consent": crate::store::consent::history(conn, id)?,
        "campaign_sends": sends,
    });
    ctx.out.data(&format!("{}\n", serde_json::to_string_pretty(&doc)?))
}

fn forget(ctx: &Ctx, word: &str, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let id = {
        let tx = store.begin()?;
        let id = resolve_contact(&tx, word)?;
        let c = contacts::get(&tx, id)?.ok_or_else(|| Error::Internal("contact vanished".into()))?;
        if !crate::prompt::confirm(
            &format!("Erase the personal data of contact {id} ({})? This cannot be undone", c.fields.name),
            yes,
        )? {
            ctx.out.say("nothing erased");
            return Ok(());
        }
        let e = privacy::forget(&tx, id, &ctx.timestamp())?;
        tx.commit()?;
        ctx.out.say(format!(
            "erased contact {id}: personal fields, {} interaction text(s), {} consent proof(s); {} address(es) suppressed; purchases kept anonymously",
            e.interactions, e.proofs, e.suppressed
        ));
        id
    };
    privacy::scrub(store.conn())?;
    let _ = id;
    Ok(())
}

#[derive(Serialize)]
struct ReviewRow {
    contact_id: i64,
    name: String,
    last_activity: String,
}

impl Record for ReviewRow {
    const HEADERS: &'static [&'static str] = &["contact_id", "name", "last_activity"];
    fn cells(&self, _: &Cells) -> Vec<String> {
        vec![self.contact_id.to_string(), self.name.clone(), self.last_activity.clone()]
    }
}

fn review(ctx: &Ctx, older_than: Option<String>, do_forget: bool, yes: bool) -> Result<()> {
    let spec = older_than.unwrap_or_else(|| ctx.config.privacy.retention.clone());
    let days = parse_days(&spec).map_err(|e| Error::user(format!("--older-than: {e}")))?;
    let cutoff = ctx.today - chrono::Duration::days(days as i64);
    let mut store = if do_forget { ctx.write()? } else { ctx.read()? };
    let found = privacy::inactive_since(store.conn(), &cutoff.to_string())?;
    let rows: Vec<ReviewRow> = found
        .iter()
        .map(|a| ReviewRow { contact_id: a.contact_id, name: a.name.clone(), last_activity: a.last.clone() })
        .collect();
    if !do_forget {
        if rows.is_empty() {
            ctx.out.say(format!("no contact has been inactive since before {cutoff}"));
        }
        return ctx.out.records(&rows);
    }
    if rows.is_empty() {
        ctx.out.say(format!("no contact has been inactive since before {cutoff}: nothing to erase"));
        return Ok(());
    }
    if !crate::prompt::confirm(
        &format!("Erase the personal data of {} contact(s) inactive since before {cutoff}?", rows.len()),
        yes,
    )? {
        ctx.out.say("nothing erased");
        return Ok(());
    }
    let tx = store.begin()?;
    for r in &rows {
        privacy::forget(&tx, r.contact_id, &ctx.timestamp())?;
    }
    tx.commit()?;
    privacy::scrub(store.conn())?;
    ctx.out.say(format!("erased {} contact(s) inactive since before {cutoff}", rows.len()));
    Ok(())
}
