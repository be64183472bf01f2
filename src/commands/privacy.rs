//! `carnet privacy export|forget|review`: access, erasure and retention.

use super::flags;
use crate::app::privacy::{self, Dossier};
use crate::app::Done;
use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;
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
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::PrivacyExport)?;
    let doc = document(&privacy::export(&app, word)?, &crate::app::views::timestamp(ctx.now));
    ctx.out.data(&format!("{}\n", serde_json::to_string_pretty(&doc)?))
}

/// The access request's one JSON document (its fields are documented).
fn document(d: &Dossier, exported_at: &str) -> serde_json::Value {
    let c = &d.contact;
    let bought: Vec<_> = d
        .purchases
        .iter()
        .map(|p| {
            json!({"id": p.id, "date": p.date, "amount": p.amount, "note": p.note, "order_ref": p.order_ref,
                     "recorded_by": p.recorded_by})
        })
        .collect();
    let deals: Vec<_> = d
        .deals
        .iter()
        .map(|(d, history)| {
            json!({"id": d.id, "title": d.title, "amount": d.amount, "stage": d.stage, "expected_close": d.expected_close,
                   "notes": d.notes, "created_at": d.created_at, "closed_at": d.closed_at, "lost_reason": d.lost_reason,
                   "history": history.iter().map(|h| json!({"from": h.from, "to": h.to, "at": h.at, "recorded_by": h.recorded_by})).collect::<Vec<_>>()})
        })
        .collect();
    let talks: Vec<_> = d
        .interactions
        .iter()
        .map(|i| {
            json!({"id": i.id, "kind": i.kind, "at": i.at, "summary": i.summary, "deal_id": i.deal_id,
                   "follow_up": i.follow_up, "follow_up_done_at": i.follow_up_done_at, "recorded_by": i.recorded_by})
        })
        .collect();
    let sends: Vec<_> =
        d.sends.iter().map(|s| json!({"campaign": s.campaign, "group": s.group, "date": s.on})).collect();
    let service: Vec<_> = d
        .service
        .iter()
        .map(|(r, history)| {
            json!({"id": r.id, "kind": r.kind, "what": r.what, "status": r.status, "opened": r.opened,
                   "promised": r.promised, "quote": r.quote, "charge": r.charge, "ready_on": r.ready_on,
                   "closed_on": r.closed_on, "purchase_id": r.purchase_id,
                   "history": history.iter().map(|h| json!({"day": h.day, "at": h.at, "from": h.from, "to": h.to, "note": h.note, "recorded_by": h.recorded_by})).collect::<Vec<_>>()})
        })
        .collect();
    json!({
        "exported_at": exported_at,
        "contact": {"id": c.id, "fields": c.fields, "tags": c.tags, "archived_at": c.archived_at,
                    "created_at": c.created_at, "updated_at": c.updated_at, "cadence_days": d.cadence_days,
                    "dates": d.dates.iter().map(ToString::to_string).collect::<Vec<_>>()},
        "purchases": bought,
        "deals": deals,
        "interactions": talks,
        "consent": d.consent,
        "campaign_sends": sends,
        "service_requests": service,
        "consent_head": d.consent_head,
        "satisfaction": d.satisfaction.iter().map(|a| json!({"id": a.id, "date": a.day, "scale": a.scale.as_str(),
            "score": a.score, "about": a.about, "comment": a.comment})).collect::<Vec<_>>(),
        "loyalty": d.loyalty.as_ref().map(|(joined, events)| json!({"joined": joined,
            "redemptions": events.iter().filter_map(|e| match e.event {
                crate::domain::loyalty::Event::Redemption { day, points } => Some(json!({"id": e.ref_id,
                    "date": crate::domain::dates::from_day_number(day), "reward": e.reward, "points": points})),
                _ => None,
            }).collect::<Vec<_>>()})),
    })
}

fn forget(ctx: &Ctx, word: &str, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Forget)?;
    let done = privacy::forget(&mut app, word, &mut |id, name| {
        crate::output::prompt::confirm(
            &format!("Erase the personal data of contact {id} ({name})? This cannot be undone"),
            yes,
        )
    })?;
    match done {
        Done::Declined => ctx.tell("msg-nothing-erased", &[]),
        Done::Done((id, e)) => {
            ctx.tell(
                "msg-erased",
                &[
                    ("id", id.into()),
                    ("interactions", e.interactions.into()),
                    ("proofs", e.proofs.into()),
                    ("suppressed", e.suppressed.into()),
                ],
            );
            // The phone's copy goes at the next sync (`carnet sync`).
            if ctx.config.sync.configured() {
                ctx.tell("msg-forget-sync", &[]);
            }
        }
    }
    Ok(())
}

crate::record! {
    struct ReviewRow {
        contact_id: i64,
        name: String,
        last_activity: String,
    }
}

fn review(ctx: &Ctx, older_than: Option<String>, do_forget: bool, yes: bool) -> Result<()> {
    let spec = older_than.unwrap_or_else(|| ctx.config.privacy.retention.clone());
    let days = flags::days("--older-than", &spec)?;
    let mut app = if do_forget { ctx.write()? } else { ctx.read()? };
    if do_forget {
        crate::app::roles::require_owner(&app, crate::app::roles::Action::Forget)?;
    }
    let cutoff = privacy::cutoff(&app, days)?;
    let rows: Vec<ReviewRow> = privacy::review(&app, cutoff)?
        .into_iter()
        .map(|a| ReviewRow { contact_id: a.contact_id, name: a.name, last_activity: a.last })
        .collect();
    if !do_forget {
        if rows.is_empty() {
            ctx.tell("msg-none-inactive", &[("day", ctx.day_text(cutoff).into())]);
        }
        return ctx.out.records(&rows);
    }
    if rows.is_empty() {
        ctx.tell("msg-none-inactive-to-erase", &[("day", ctx.day_text(cutoff).into())]);
        return Ok(());
    }
    let done = privacy::forget_inactive(&mut app, cutoff, &mut |n| {
        crate::output::prompt::confirm(
            &ctx.text("msg-erase-inactive-ask", &[("count", n.into()), ("day", ctx.day_text(cutoff).into())]),
            yes,
        )
    })?;
    match done {
        Done::Declined => ctx.tell("msg-nothing-erased", &[]),
        Done::Done(n) => {
            ctx.tell("msg-erased-inactive", &[("count", n.into()), ("day", ctx.day_text(cutoff).into())]);
            if ctx.config.sync.configured() {
                ctx.tell("msg-forget-sync", &[]);
            }
        }
    }
    Ok(())
}
