//! `carnet loyalty join|redeem|history`: the loyalty card (`[loyalty]`).

use super::flags;
use crate::app::loyalty;
use crate::context::Ctx;
use crate::domain::dates::from_day_number;
use crate::domain::loyalty::Change;
use crate::error::{Error, Result};
use crate::output::satisfaction::{LoyaltyCardRow, LoyaltyLineRow};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum LoyaltyCommand {
    /// Give a contact the card: their purchases from that day earn points (or stamps).
    #[command(
        after_help = "Examples:\n  carnet loyalty join \"Mme Durand\"\n  carnet loyalty join 12 --on 2024-01-15"
    )]
    Join(JoinArgs),
    /// Spend points on a reward (by its name or its rank, 1 the cheapest).
    #[command(
        after_help = "Examples:\n  carnet loyalty redeem \"Mme Durand\" \"5 € off\"\n  carnet loyalty redeem 12 1"
    )]
    Redeem { contact: String, reward: String },
    /// A member's points: what each purchase, refund and reward did, and the balance.
    #[command(
        after_help = "Examples:\n  carnet loyalty history \"Mme Durand\"\n  carnet loyalty history 12 --format csv"
    )]
    History { contact: String },
}

#[derive(Debug, Args)]
pub struct JoinArgs {
    pub contact: String,
    /// The day they joined (default today): purchases from that day earn.
    #[arg(long, allow_hyphen_values = true)]
    pub on: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: LoyaltyCommand) -> Result<()> {
    ctx.no_vcf("loyalty")?;
    match cmd {
        LoyaltyCommand::Join(a) => join(ctx, a),
        LoyaltyCommand::Redeem { contact, reward } => redeem(ctx, &contact, &reward),
        LoyaltyCommand::History { contact } => history(ctx, &contact),
    }
}

/// The card in words: `120 points; next: 5 € off in 30 points`.
pub fn card_text(ctx: &Ctx, c: &loyalty::Card) -> String {
    let mut s = ctx.text("loyalty-balance", &[("points", c.balance.into())]);
    match &c.next {
        Some((r, missing)) => {
            s.push_str(&ctx.text("loyalty-next", &[("reward", r.name.as_str().into()), ("missing", (*missing).into())]))
        }
        None => s.push_str(&ctx.text("loyalty-all-rewards", &[])),
    }
    s
}

fn join(ctx: &Ctx, a: JoinArgs) -> Result<()> {
    let on = match &a.on {
        Some(d) => flags::day(ctx, "--on", d)?,
        None => ctx.today,
    };
    if on > ctx.today {
        return Err(Error::t(crate::error::Kind::Invalid, "err-satisfaction-future", vec![]).for_flag("--on"));
    }
    let mut app = ctx.write()?;
    let (id, new) = loyalty::join(&mut app, &a.contact, on)?;
    let rules = loyalty::rules(&app)?;
    let card = loyalty::card(app.db(), Some(&rules), id, ctx.today)?
        .ok_or_else(|| Error::internal("a member just enrolled has no card"))?;
    let msg = ctx.text(if new { "msg-loyalty-joined" } else { "msg-loyalty-already" }, &[("id", id.into())]);
    flags::report_created(ctx, id, &format!("{msg} {}", card_text(ctx, &card)), || LoyaltyCardRow::from(&card))
}

fn redeem(ctx: &Ctx, contact: &str, reward: &str) -> Result<()> {
    let mut app = ctx.write()?;
    let (r, card) = loyalty::redeem(&mut app, contact, reward)?;
    if ctx.wants_records() {
        return ctx.out.card(&LoyaltyCardRow::from(&card));
    }
    ctx.tell("msg-loyalty-redeemed", &[("reward", r.name.as_str().into()), ("points", r.points.into())]);
    ctx.out.say(card_text(ctx, &card));
    Ok(())
}

fn history(ctx: &Ctx, contact: &str) -> Result<()> {
    let app = ctx.read()?;
    let (card, lines) = loyalty::history(&app, contact)?;
    let rows: Vec<LoyaltyLineRow> = lines
        .into_iter()
        .map(|h| {
            let (change, points, purchase_id, redemption_id) = match h.line.change {
                Change::Earned { points, .. } if points < 0 => ("refund", points, h.ref_id, None),
                Change::Earned { points, .. } => ("earned", points, h.ref_id, None),
                Change::Redeemed { points, .. } => ("redeemed", -points, None, h.ref_id),
                Change::Expired { points } => ("expired", -points, None, None),
            };
            LoyaltyLineRow {
                date: from_day_number(h.line.day).unwrap_or_default(),
                change: crate::output::satisfaction::ChangeWord(change),
                points,
                balance: h.line.balance,
                purchase_id,
                redemption_id,
                reward: h.reward,
            }
        })
        .collect();
    if rows.is_empty() {
        ctx.tell("msg-loyalty-no-history", &[]);
    }
    ctx.out.records(&rows)?;
    if !ctx.wants_records() {
        ctx.out.say(card_text(ctx, &card));
    }
    Ok(())
}
