//! `carnet satisfaction add|import|list`: what customers think.

use super::flags;
use crate::app::satisfaction::{self, Import, NewEntry};
use crate::context::Ctx;
use crate::domain::satisfaction::Scale;
use crate::error::{Error, Result};
use crate::output::satisfaction::AnswerRow;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SatisfactionCommand {
    /// Record one answer: a score on the NPS scale (0–10) or on a 1–5 scale.
    #[command(
        after_help = "Examples:\n  carnet satisfaction add \"Mme Durand\" --score 9\n  carnet satisfaction add 12 --score 2 --scale 5 --about service:4 --comment \"waited too long\""
    )]
    Add(AddArgs),
    /// Import a form's answers from a CSV file (contact, date, score, comment).
    #[command(
        after_help = "Examples:\n  carnet satisfaction import answers.csv\n  carnet satisfaction import survey.csv --scale 5"
    )]
    Import(ImportArgs),
    /// List answers, newest first.
    #[command(
        after_help = "Examples:\n  carnet satisfaction list --contact 12\n  carnet satisfaction list --since -90d --format csv"
    )]
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    pub contact: String,
    /// The score: 0–10 on the NPS scale, 1–5 on the 5-point scale.
    #[arg(long)]
    pub score: String,
    /// nps (0–10, the default) or 5 (1–5).
    #[arg(long, default_value = "nps")]
    pub scale: String,
    /// What the answer is about: service:N (a service request).
    #[arg(long)]
    pub about: Option<String>,
    /// What they wrote.
    #[arg(long)]
    pub comment: Option<String>,
    /// The day of the answer (default today).
    #[arg(long, allow_hyphen_values = true)]
    pub date: Option<String>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: std::path::PathBuf,
    /// The scale of the file's scores, unless a `scale` column says: nps or 5.
    #[arg(long, default_value = "nps")]
    pub scale: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, short)]
    pub contact: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub since: Option<String>,
    #[arg(long, allow_hyphen_values = true)]
    pub until: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: SatisfactionCommand) -> Result<()> {
    ctx.no_vcf("satisfaction")?;
    match cmd {
        SatisfactionCommand::Add(a) => add(ctx, a),
        SatisfactionCommand::Import(a) => import(ctx, a),
        SatisfactionCommand::List(a) => list(ctx, a),
    }
}

fn scale(v: &str) -> Result<Scale> {
    Scale::parse(v)
        .ok_or_else(|| Error::t(crate::error::Kind::Invalid, "err-satisfaction-scale", vec![]).for_flag("--scale"))
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let scale = scale(&a.scale)?;
    let score = scale.score(&a.score).map_err(|e| Error::from(e).for_flag("--score"))?;
    let day = match &a.date {
        Some(d) => flags::day(ctx, "--date", d)?,
        None => ctx.today,
    };
    if day > ctx.today {
        return Err(Error::t(crate::error::Kind::Invalid, "err-satisfaction-future", vec![]).for_flag("--date"));
    }
    let about = a
        .about
        .as_deref()
        .map(|s| satisfaction::parse_about(s).map_err(|e| Error::from(e).for_flag("--about")))
        .transpose()?;
    let entry = NewEntry { contact: a.contact, day, scale, score, about, comment: a.comment };
    let mut app = ctx.write()?;
    let answer = satisfaction::add(&mut app, &entry)?;
    let msg = ctx.text(
        "msg-satisfaction-added",
        &[("name", answer.contact_name.as_str().into()), ("score", answer.score.into()), ("id", answer.id.into())],
    );
    if scale.is_unhappy(score) {
        ctx.out.warn(ctx.text("warn-satisfaction-call-back", &[("name", answer.contact_name.as_str().into())]));
    }
    flags::report_created(ctx, answer.id, &msg, || AnswerRow::from(answer))
}

fn import(ctx: &Ctx, a: ImportArgs) -> Result<()> {
    let req = Import { file: a.file, scale: scale(&a.scale)?, slash_dates: ctx.slash_dates };
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Import)?;
    let n = satisfaction::import(&mut app, &req)?;
    ctx.tell("msg-satisfaction-imported", &[("count", n.into())]);
    Ok(())
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<()> {
    let since = flags::opt_day(ctx, "--since", &a.since)?;
    let until = flags::opt_day(ctx, "--until", &a.until)?.unwrap_or(ctx.today);
    let app = ctx.read()?;
    let rows: Vec<AnswerRow> =
        satisfaction::list(&app, a.contact.as_deref(), since, until)?.into_iter().map(AnswerRow::from).collect();
    if rows.is_empty() {
        ctx.tell("msg-no-satisfaction", &[]);
    }
    ctx.out.records(&rows)
}
