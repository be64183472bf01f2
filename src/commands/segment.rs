//! `carnet segment add|list|show|edit|rm|export`: saved filters, and the
//! built-in segments (every RFM segment and value-matrix cell).

use super::contact::ContactRow;
use super::contact_io::{write_vcards, ExportRow};
use super::flags;
use super::segment_criteria::CriteriaArgs;
use crate::app::segments::{self, Edit};
use crate::context::Ctx;
use crate::domain::segment_filter::Criteria;
use crate::error::{Error, Result};
use crate::output::file::Destination;
use crate::output::FormatArg;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SegmentCommand {
    /// Save a segment: a name and criteria (AND between criteria, OR within one).
    #[command(
        after_help = "Examples:\n  carnet segment add lapsed-regulars --visits 3.. --last-purchase-before 90d\n  carnet segment add lyon-vip --tag vip --postcode '69*' --has email\n  carnet segment add big-sleepers --rfm \"at risk\" --rfm \"can't lose them\" --spent 200..\n  carnet segment add march-birthdays --birthday-month 3 --has email --has phone"
    )]
    Add {
        name: String,
        #[command(flatten)]
        criteria: CriteriaArgs,
        /// A line saying what the segment is for.
        #[arg(long)]
        description: Option<String>,
    },
    /// List saved and built-in segments with their live member counts.
    #[command(after_help = "Example:\n  carnet segment list --format json")]
    List {
        /// Count as of this day (default today).
        #[arg(long, allow_hyphen_values = true)]
        as_of: Option<String>,
    },
    /// List a segment's members.
    #[command(
        after_help = "Examples:\n  carnet segment show lapsed-regulars\n  carnet segment show Champions --format csv"
    )]
    Show {
        name: String,
        #[arg(long, allow_hyphen_values = true)]
        as_of: Option<String>,
    },
    /// Change a saved segment: each criterion given replaces that criterion.
    #[command(
        after_help = "Examples:\n  carnet segment edit lapsed-regulars --last-purchase-before 120d\n  carnet segment edit lyon-vip --drop postcode --rename vip"
    )]
    Edit {
        name: String,
        #[command(flatten)]
        criteria: CriteriaArgs,
        /// Remove a criterion (tag, rfm, cell, spent, visits, last-purchase-before, …).
        #[arg(long, value_name = "CRITERION")]
        drop: Vec<String>,
        #[arg(long)]
        rename: Option<String>,
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a saved segment (the contacts are untouched).
    Rm { name: String },
    /// Export a segment's members as CSV, JSON or vCard (--format csv|json|vcf).
    #[command(
        after_help = "Examples:\n  carnet segment export lapsed-regulars --format vcf --out lapsed.vcf\n  carnet segment export Champions > champions.csv"
    )]
    Export {
        name: String,
        /// Write to this file instead of stdout (never the database; an
        /// existing file only with --force).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Replace the --out file if it exists.
        #[arg(long)]
        force: bool,
        #[arg(long, allow_hyphen_values = true)]
        as_of: Option<String>,
    },
}

pub fn run(ctx: &Ctx, cmd: SegmentCommand) -> Result<()> {
    match cmd {
        SegmentCommand::Add { name, criteria, description } => add(ctx, &name, criteria, description),
        SegmentCommand::List { as_of } => list(ctx, as_of),
        SegmentCommand::Show { name, as_of } => show(ctx, &flags::segment_name(&name), as_of),
        SegmentCommand::Edit { name, criteria, drop, rename, description } => {
            edit(ctx, &name, criteria, &drop, rename, description)
        }
        SegmentCommand::Rm { name } => rm(ctx, &name),
        SegmentCommand::Export { name, out, force, as_of } => {
            export(ctx, &flags::segment_name(&name), out, force, as_of)
        }
    }
}

fn add(ctx: &Ctx, name: &str, args: CriteriaArgs, description: Option<String>) -> Result<()> {
    let mut c = Criteria::default();
    args.check_channels(&ctx.config)?;
    if args.apply(&mut c)? == 0 {
        return Err(Error::usage(
            "a segment needs at least one criterion",
            "for example --tag vip, --rfm champions, --last-purchase-before 90d (see --help)",
        ));
    }
    let mut app = ctx.write()?;
    let id = segments::add(&mut app, name, description.as_deref(), &c)?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.tell(
        "msg-segment-saved",
        &[("name", name.trim().into()), ("criteria", c.describe_text().render(ctx.out.lang).into())],
    );
    Ok(())
}

crate::record! {
    struct SegmentRow {
        name: String,
        kind: &'static str,
        members: usize,
        criteria: String,
        description: Option<String>,
    }
    numeric: [members]
}

fn list(ctx: &Ctx, as_of: Option<String>) -> Result<()> {
    ctx.no_vcf("segment list")?;
    let as_of = flags::day_or_today(ctx, "--as-of", &as_of)?;
    let app = ctx.read()?;
    // People read the built-in names and the criteria in their language;
    // scripts get the stable English ones.
    let people = ctx.out.format == crate::output::Format::Table;
    let lang = if people { ctx.out.lang } else { crate::i18n::Lang::En };
    let rows: Vec<SegmentRow> = segments::list(&app, as_of)?
        .into_iter()
        .map(|s| SegmentRow {
            name: if s.saved { s.name } else { flags::builtin_segment_name(&s.name, lang) },
            kind: if s.saved { "saved" } else { "built-in" },
            members: s.members,
            criteria: s.criteria.describe_text().render(lang),
            description: s.description,
        })
        .collect();
    ctx.out.records(&rows)
}

fn show(ctx: &Ctx, name: &str, as_of: Option<String>) -> Result<()> {
    ctx.no_vcf("segment show")?;
    let as_of = flags::day_or_today(ctx, "--as-of", &as_of)?;
    let app = ctx.read()?;
    let rows: Vec<ContactRow> = segments::show(&app, name, as_of)?.into_iter().map(ContactRow::from).collect();
    if rows.is_empty() {
        ctx.tell("msg-segment-empty", &[("name", name.into())]);
    }
    ctx.out.records(&rows)
}

fn export(ctx: &Ctx, name: &str, out: Option<PathBuf>, force: bool, as_of: Option<String>) -> Result<()> {
    ctx.check_format("segment export", &[FormatArg::Vcf])?;
    let as_of = flags::day_or_today(ctx, "--as-of", &as_of)?;
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::ExportPeople)?;
    let mut dest = Destination::open(&out, force, &ctx.db_path)?;
    let n = if ctx.format_arg == Some(FormatArg::Vcf) {
        let mut w = std::io::BufWriter::new(dest.writer());
        let n = segments::for_each_member(&app, name, as_of, |c| write_vcards(&mut w, &c, &[], Default::default()))?;
        std::io::Write::flush(&mut w)?;
        n
    } else {
        let mut o = ctx.out.for_export(ctx.format_arg.is_none());
        o.to_file = out.is_some();
        let mut sink = o.sink::<ExportRow>(dest.writer())?;
        let n = segments::for_each_member(&app, name, as_of, |c| sink.push(&c.into()))?;
        sink.finish()?;
        n
    };
    dest.finish()?;
    if let Some(p) = &out {
        ctx.tell(
            "msg-segment-exported",
            &[("count", n.into()), ("name", name.into()), ("file", p.display().to_string().into())],
        );
    }
    Ok(())
}

fn edit(
    ctx: &Ctx,
    name: &str,
    args: CriteriaArgs,
    drop: &[String],
    rename: Option<String>,
    description: Option<String>,
) -> Result<()> {
    args.check_channels(&ctx.config)?;
    let mut app = ctx.write()?;
    let mut args = Some(args);
    let mut apply = |c: &mut Criteria| args.take().map_or(Ok(0), |a| a.apply(c));
    let (name, c) = segments::edit(&mut app, Edit { name, apply: &mut apply, drop, rename, description })?;
    ctx.tell(
        "msg-segment-edited",
        &[("name", name.into()), ("criteria", c.describe_text().render(ctx.out.lang).into())],
    );
    Ok(())
}

fn rm(ctx: &Ctx, name: &str) -> Result<()> {
    let mut app = ctx.write()?;
    let name = segments::remove(&mut app, name)?;
    ctx.tell("msg-segment-deleted", &[("name", name.into())]);
    Ok(())
}
