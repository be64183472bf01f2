//! `carnet campaign ...`: reach a segment on one channel, only those who
//! may be reached, and measure the effect against a control group.

use super::flags;
use crate::app::campaigns::{self, NewRequest};
use crate::app::views::Campaign;
use crate::app::Done;
use crate::context::Ctx;
use crate::domain::campaign::{parse_pct, Decision};
use crate::domain::campaign_economics::Costs;
use crate::domain::consent::Channel;
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::output::campaign::{row, CampaignCard, CampaignRow};
use crate::output::file::OutFile;
use clap::{Args, Subcommand};
use std::io::Write;
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
    #[command(
        after_help = "--format json gives {\"summary\": …, \"rows\": […]}: the counts, cost and break-even,\nthen one row per member; --summary gives the summary alone (a one-row CSV).\n\nExamples:\n  carnet campaign preview spring-sale --format csv\n  carnet campaign preview spring-sale --summary --format json"
    )]
    Preview {
        name: String,
        /// Only the counts, cost and break-even, as one record.
        #[arg(long)]
        summary: bool,
    },
    /// Freeze the audience, record the sends, write the file for your mail or SMS tool.
    #[command(
        after_help = "Examples:\n  carnet campaign launch spring-sale --out recipients.csv\n  carnet campaign launch spring-sale --out recipients.xlsx\n  carnet campaign launch card-mailing --out cards.vcf"
    )]
    Launch {
        name: String,
        /// recipients.csv (mail merge) or recipients.vcf (never the
        /// database; an existing file only with --force).
        #[arg(long)]
        out: PathBuf,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Recipients against the control group: who bought, revenue per head, lift.
    #[command(after_help = "Example:\n  carnet campaign report spring-sale --window 30d")]
    Report {
        name: String,
        /// How long after the launch purchases count (default 30d).
        #[arg(long)]
        window: Option<String>,
    },
    /// Set what a campaign costs, before or after its launch.
    #[command(
        after_help = "Costs are used by `campaign preview` (break-even) and `campaign report`\n(return on investment). Set `[value] margin = \"40%\"` in the config to reason\nin margin rather than revenue.\n\nExample:\n  carnet campaign edit spring-sale --cost-per-contact 0,85 --fixed-cost 120"
    )]
    Edit {
        name: String,
        #[command(flatten)]
        costs: CostArgs,
    },
    /// Send a launched campaign through the shop's mail account or SMS provider.
    Send(super::campaign_send::SendArgs),
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
    #[command(flatten)]
    pub costs: CostArgs,
}

#[derive(Debug, Args)]
pub struct CostArgs {
    /// What reaching one person costs (a stamp, an SMS): 0,85.
    #[arg(long, value_name = "AMOUNT")]
    pub cost_per_contact: Option<String>,
    /// What the campaign costs however many it reaches (design, printing): 120.
    #[arg(long, value_name = "AMOUNT")]
    pub fixed_cost: Option<String>,
}

impl CostArgs {
    fn parse(&self) -> Result<(Option<Cents>, Option<Cents>)> {
        let per = self.cost_per_contact.as_deref().map(|v| flags::cost("--cost-per-contact", v)).transpose()?;
        let fixed = self.fixed_cost.as_deref().map(|v| flags::cost("--fixed-cost", v)).transpose()?;
        Ok((per, fixed))
    }
}

pub fn run(ctx: &Ctx, cmd: CampaignCommand) -> Result<()> {
    match cmd {
        CampaignCommand::Create(a) => create(ctx, a),
        CampaignCommand::List => list(ctx),
        CampaignCommand::Show { name } => show(ctx, &name),
        CampaignCommand::Preview { name, summary } => super::campaign_views::preview(ctx, &name, summary),
        CampaignCommand::Launch { name, out, force } => launch(ctx, &name, &out, force),
        CampaignCommand::Report { name, window } => super::campaign_views::report(ctx, &name, window),
        CampaignCommand::Edit { name, costs } => edit(ctx, &name, &costs),
        CampaignCommand::Rm { name, yes } => rm(ctx, &name, yes),
        CampaignCommand::Send(a) => super::campaign_send::run(ctx, a),
    }
}

fn create(ctx: &Ctx, a: CreateArgs) -> Result<()> {
    ctx.no_vcf("campaign create")?;
    let holdout = parse_pct(&a.holdout).map_err(|e| Error::from(e).for_flag("--holdout"))?;
    let (per_contact, fixed) = a.costs.parse()?;
    let costs = Costs { per_contact: per_contact.unwrap_or_default(), fixed: fixed.unwrap_or_default() };
    let message = match &a.message {
        Some(p) => Some(String::from_utf8(crate::app::read_small(p)?).map_err(|_| {
            Error::t(crate::error::Kind::Invalid, "err-not-utf8", crate::targs!["label" => p.display().to_string()])
        })?),
        None => None,
    };
    let req = NewRequest {
        name: a.name,
        channel: a.channel,
        segment: super::flags::segment_name(&a.segment),
        holdout_pct: holdout,
        seed: a.seed,
        message,
        costs,
    };
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Campaign)?;
    let (id, segment) = campaigns::create(&mut app, &req)?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    let name = req.name.trim();
    ctx.tell(
        "msg-campaign-created",
        &[
            ("name", name.into()),
            ("channel", a.channel.to_string().into()),
            ("segment", segment.as_str().into()),
            ("holdout", holdout.into()),
        ],
    );
    Ok(())
}

fn edit(ctx: &Ctx, name: &str, a: &CostArgs) -> Result<()> {
    ctx.no_vcf("campaign edit")?;
    let (per_contact, fixed) = a.parse()?;
    if per_contact.is_none() && fixed.is_none() {
        return Err(Error::usage(
            crate::i18n::Text::tr("err-nothing-to-change", vec![]),
            crate::i18n::Text::tr("hint-campaign-costs", vec![]),
        ));
    }
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Campaign)?;
    let c = campaigns::set_costs(&mut app, name, per_contact, fixed)?;
    ctx.tell(
        "msg-campaign-costs",
        &[
            ("name", c.name.as_str().into()),
            ("per_contact", ctx.out.money.format(c.costs.per_contact).into()),
            ("fixed", ctx.out.money.format(c.costs.fixed).into()),
        ],
    );
    Ok(())
}

fn show(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.no_vcf("campaign show")?;
    let app = ctx.read()?;
    let (c, recipients, control) = campaigns::show(&app, name)?;
    let message = c.message.clone();
    ctx.out.card(&CampaignCard { campaign: row(c), message, recipients, control })
}

fn list(ctx: &Ctx) -> Result<()> {
    ctx.no_vcf("campaign list")?;
    let app = ctx.read()?;
    let rows: Vec<CampaignRow> = campaigns::list(&app)?.into_iter().map(row).collect();
    ctx.out.records(&rows)
}

/// The decision as scripts see it: `send`, `control` or `excluded`, and why.
pub fn decision_words(d: Decision) -> (&'static str, Option<&'static str>) {
    match d {
        Decision::Send => ("send", None),
        Decision::Control => ("control", Some("in the control group")),
        Decision::Excluded(why) => ("excluded", Some(why)),
    }
}

/// The launch file at `--out`: CSV for a mail merge, or vCard.
struct Target<'a> {
    ctx: &'a Ctx,
    out: &'a std::path::Path,
    force: bool,
    placed: bool,
}

impl campaigns::LaunchFile for Target<'_> {
    fn check(&mut self) -> Result<()> {
        crate::output::file::check_target(self.out, self.force, &self.ctx.db_path)
    }

    fn write(&mut self, c: &Campaign, send: &[&crate::app::views::Reach], head: &str) -> Result<()> {
        let ext = |x: &str| self.out.extension().is_some_and(|e| e.eq_ignore_ascii_case(x));
        let unsubscribe = &self.ctx.config.campaign.unsubscribe(self.ctx.out.lang);
        let body = if ext("vcf") {
            crate::output::launch::vcards(c.channel, send, head)
        } else if self.ctx.out.xlsx || ext("xlsx") {
            crate::output::launch::mail_merge_workbook(c.channel, send, unsubscribe, head)?
        } else {
            crate::output::launch::mail_merge(c.channel, send, self.ctx.out.csv_delimiter, unsubscribe, head)?
        };
        let mut f = OutFile::create(self.out, self.force, &self.ctx.db_path)?;
        f.write_all(&body).map_err(|e| Error::io("write", self.out, e))?;
        f.finish()?;
        self.placed = true;
        Ok(())
    }
}

fn launch(ctx: &Ctx, name: &str, out: &std::path::Path, force: bool) -> Result<()> {
    ctx.no_vcf("campaign launch")?;
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Campaign)?;
    let mut target = Target { ctx, out, force, placed: false };
    let (c, sent, control) = match campaigns::launch(&mut app, name, &mut target) {
        Ok(v) => v,
        Err(e) => {
            // The sends were not recorded: the file must not stay either.
            if target.placed {
                let _ = std::fs::remove_file(out);
            }
            return Err(e);
        }
    };
    ctx.tell(
        "msg-campaign-launched",
        &[
            ("name", c.name.as_str().into()),
            ("sent", sent.into()),
            ("file", out.display().to_string().into()),
            ("control", control.into()),
        ],
    );
    Ok(())
}

fn rm(ctx: &Ctx, name: &str, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::Campaign)?;
    let done = campaigns::remove(&mut app, name, &mut |c| {
        crate::output::prompt::confirm(&format!("Delete launched campaign `{}` and its record of sends?", c.name), yes)
    })?;
    match done {
        Done::Done(c) => ctx.tell("msg-campaign-deleted", &[("name", c.name.as_str().into())]),
        Done::Declined => ctx.tell("msg-nothing-deleted", &[]),
    }
    Ok(())
}

/// `--window 30d`, in days.
pub fn window(v: &Option<String>) -> Result<u32> {
    v.as_deref().map(|w| flags::days("--window", w)).transpose().map(|d| d.unwrap_or(30))
}
