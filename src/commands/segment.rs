//! `carnet segment add|list|show|edit|rm|export`: saved filters, and the
//! built-in segments (every RFM segment and value-matrix cell).

use super::analysis;
use super::contact::open_out;
use crate::cli::FormatArg;
use crate::context::Ctx;
use crate::domain::rfm::Segment;
use crate::domain::segment_filter::{Between, Criteria, DaySpec, Reach};
use crate::domain::value_matrix::Cell;
use crate::error::{Error, Result};
use crate::output::{Cells, Format, Record};
use crate::store::{contacts, segments};
use clap::{Args, Subcommand};
use serde::Serialize;
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
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[arg(long, allow_hyphen_values = true)]
        as_of: Option<String>,
    },
}

/// The criteria as flags: repeat a flag for "any of".
#[derive(Debug, Args, Default)]
pub struct CriteriaArgs {
    /// Has this tag.
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// In this RFM segment (e.g. "at risk", champions).
    #[arg(long = "rfm", value_name = "SEGMENT")]
    pub rfm: Vec<String>,
    /// In this value-matrix cell: best, frequent, spenders, uncertain, inactive.
    #[arg(long = "cell", value_name = "CELL")]
    pub cells: Vec<String>,
    /// Total spent between: 100..500, 100.., ..50.
    #[arg(long, value_name = "MIN..MAX")]
    pub spent: Option<String>,
    /// Number of visits (purchase days) between: 3.., 1..2.
    #[arg(long, value_name = "MIN..MAX")]
    pub visits: Option<String>,
    /// Last purchase before a date or N days ago (90d).
    #[arg(long, value_name = "DATE|Nd")]
    pub last_purchase_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub last_purchase_after: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub first_purchase_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub first_purchase_after: Option<String>,
    #[arg(long = "city", value_name = "CITY")]
    pub cities: Vec<String>,
    /// A postcode, or a prefix ending in * (69*).
    #[arg(long = "postcode", value_name = "POSTCODE")]
    pub postcodes: Vec<String>,
    /// Can be reached by email or phone.
    #[arg(long = "has", value_enum, value_name = "WHAT")]
    pub has: Vec<Reach>,
    /// Birthday in this month (1–12).
    #[arg(long = "birthday-month", value_name = "MONTH")]
    pub birthday_months: Vec<u32>,
    #[arg(long, value_name = "DATE|Nd")]
    pub created_before: Option<String>,
    #[arg(long, value_name = "DATE|Nd")]
    pub created_after: Option<String>,
}

fn flag_err(flag: &str) -> impl Fn(String) -> Error + '_ {
    move |e| Error::user(format!("--{flag}: {e}"))
}

impl CriteriaArgs {
    /// Apply the given flags onto `c`; returns how many criteria were set.
    fn apply(self, c: &mut Criteria) -> Result<usize> {
        let mut n = 0;
        let day = |flag: &str, v: Option<String>| v.map(|s| DaySpec::parse(&s).map_err(flag_err(flag))).transpose();
        if !self.tags.is_empty() {
            c.tags = super::contact::parse_tags(&self.tags)?;
            n += 1;
        }
        if !self.rfm.is_empty() {
            c.rfm = self.rfm.iter().map(|s| parse_segment(s)).collect::<Result<_>>()?;
            n += 1;
        }
        if !self.cells.is_empty() {
            c.cells = self.cells.iter().map(|s| parse_cell(s)).collect::<Result<_>>()?;
            n += 1;
        }
        if let Some(s) = self.spent {
            c.spent = Some(Between::parse_money(&s).map_err(flag_err("spent"))?);
            n += 1;
        }
        if let Some(s) = self.visits {
            c.visits = Some(Between::parse_count(&s).map_err(flag_err("visits"))?);
            n += 1;
        }
        for (slot, flag, v) in [
            (&mut c.last_purchase_before, "last-purchase-before", self.last_purchase_before),
            (&mut c.last_purchase_after, "last-purchase-after", self.last_purchase_after),
            (&mut c.first_purchase_before, "first-purchase-before", self.first_purchase_before),
            (&mut c.first_purchase_after, "first-purchase-after", self.first_purchase_after),
            (&mut c.created_before, "created-before", self.created_before),
            (&mut c.created_after, "created-after", self.created_after),
        ] {
            if let Some(d) = day(flag, v)? {
                *slot = Some(d);
                n += 1;
            }
        }
        if !self.cities.is_empty() {
            c.cities = self.cities;
            n += 1;
        }
        if !self.postcodes.is_empty() {
            c.postcodes = self.postcodes;
            n += 1;
        }
        if !self.has.is_empty() {
            c.has = self.has;
            n += 1;
        }
        if !self.birthday_months.is_empty() {
            if let Some(m) = self.birthday_months.iter().find(|m| !(1..=12).contains(*m)) {
                return Err(Error::user(format!("--birthday-month: {m} is not a month (1–12)")));
            }
            c.birthday_months = self.birthday_months;
            n += 1;
        }
        Ok(n)
    }
}

fn parse_segment(s: &str) -> Result<Segment> {
    Segment::parse(s).ok_or_else(|| {
        Error::user(format!("--rfm: `{s}` is not an RFM segment"))
            .with_hint(format!("the segments are: {}", Segment::ALL.map(|s| s.name()).join(", ")))
    })
}

fn parse_cell(s: &str) -> Result<Cell> {
    Cell::parse(s).ok_or_else(|| {
        Error::user(format!("--cell: `{s}` is not a value-matrix cell"))
            .with_hint("the cells are: Best, Frequent, Spenders, Uncertain, Inactive")
    })
}

/// A built-in segment named like an RFM segment or a value-matrix cell.
fn builtin(name: &str) -> Option<Criteria> {
    if let Some(s) = Segment::parse(name) {
        return Some(Criteria { rfm: vec![s], ..Default::default() });
    }
    Cell::parse(name).map(|c| Criteria { cells: vec![c], ..Default::default() })
}

fn builtin_names() -> Vec<&'static str> {
    Segment::ALL.iter().map(|s| s.name()).chain(Cell::ALL.iter().map(|c| c.name())).collect()
}

/// A saved or built-in segment by name, or an error listing them all.
pub fn find(conn: &rusqlite::Connection, name: &str) -> Result<(String, Criteria)> {
    if let Some(s) = segments::get(conn, name)? {
        return Ok((s.name, s.criteria));
    }
    if let Some(c) = builtin(name) {
        return Ok((name.to_string(), c));
    }
    let mut names: Vec<String> = segments::list(conn)?.into_iter().map(|s| s.name).collect();
    names.extend(builtin_names().into_iter().map(String::from));
    Err(Error::user(format!("no segment named `{name}`")).with_hint(format!("the segments are: {}", names.join(", "))))
}

pub fn run(ctx: &Ctx, cmd: SegmentCommand) -> Result<()> {
    match cmd {
        SegmentCommand::Add { name, criteria, description } => add(ctx, &name, criteria, description),
        SegmentCommand::List { as_of } => list(ctx, as_of),
        SegmentCommand::Show { name, as_of } => show(ctx, &name, as_of),
        SegmentCommand::Edit { name, criteria, drop, rename, description } => {
            edit(ctx, &name, criteria, &drop, rename, description)
        }
        SegmentCommand::Rm { name } => rm(ctx, &name),
        SegmentCommand::Export { name, out, as_of } => export(ctx, &name, out, as_of),
    }
}

fn check_name(conn: &rusqlite::Connection, name: &str, except: Option<i64>) -> Result<()> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Error::user("a segment needs a name"));
    }
    if builtin(n).is_some() {
        return Err(Error::user(format!("`{n}` is the name of a built-in segment"))
            .with_hint("choose another name; the built-in ones are always there"));
    }
    if let Some(s) = segments::get(conn, n)?.filter(|s| Some(s.id) != except) {
        return Err(Error::user(format!("a segment named `{}` already exists", s.name))
            .with_hint(format!("change it with `carnet segment edit {}`", s.name)));
    }
    Ok(())
}

fn add(ctx: &Ctx, name: &str, args: CriteriaArgs, description: Option<String>) -> Result<()> {
    let mut c = Criteria::default();
    if args.apply(&mut c)? == 0 {
        return Err(Error::usage(
            "a segment needs at least one criterion",
            "for example --tag vip, --rfm champions, --last-purchase-before 90d (see --help)",
        ));
    }
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    check_name(&tx, name, None)?;
    let id = segments::insert(&tx, name.trim(), description.as_deref(), &c, &ctx.timestamp())?;
    tx.commit()?;
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.out.say(format!("saved segment `{}`: {}", name.trim(), c.describe()));
    Ok(())
}

#[derive(Serialize)]
struct SegmentRow {
    name: String,
    kind: &'static str,
    members: usize,
    criteria: String,
    description: Option<String>,
}

impl Record for SegmentRow {
    const HEADERS: &'static [&'static str] = &["name", "kind", "members", "criteria", "description"];
    const NUMERIC: &'static [&'static str] = &["members"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.name.clone(),
            self.kind.into(),
            self.members.to_string(),
            self.criteria.clone(),
            c.opt(&self.description),
        ]
    }
}

fn list(ctx: &Ctx, as_of: Option<String>) -> Result<()> {
    ctx.no_vcf("segment list")?;
    let as_of = super::report::day_flag(ctx, "as-of", &as_of)?;
    let store = ctx.read()?;
    let saved = segments::list(store.conn())?;
    let mut all: Vec<(String, &'static str, Criteria, Option<String>)> =
        saved.into_iter().map(|s| (s.name, "saved", s.criteria, s.description)).collect();
    for n in builtin_names() {
        all.push((n.to_string(), "built-in", builtin(n).unwrap_or_default(), None));
    }
    let refs: Vec<&Criteria> = all.iter().map(|(_, _, c, _)| c).collect();
    let counts = analysis::members(store.conn(), &refs, as_of, ctx.config.value_matrix.active_days)?;
    let rows: Vec<SegmentRow> = all
        .iter()
        .zip(counts)
        .map(|((name, kind, c, d), m)| SegmentRow {
            name: name.clone(),
            kind,
            members: m.len(),
            criteria: c.describe(),
            description: d.clone(),
        })
        .collect();
    ctx.out.records(&rows)
}

fn member_ids(ctx: &Ctx, conn: &rusqlite::Connection, name: &str, as_of: Option<String>) -> Result<Vec<i64>> {
    let as_of = super::report::day_flag(ctx, "as-of", &as_of)?;
    let (_, c) = find(conn, name)?;
    Ok(analysis::members(conn, &[&c], as_of, ctx.config.value_matrix.active_days)?.pop().unwrap_or_default())
}

fn show(ctx: &Ctx, name: &str, as_of: Option<String>) -> Result<()> {
    ctx.no_vcf("segment show")?;
    let store = ctx.read()?;
    let ids = member_ids(ctx, store.conn(), name, as_of)?;
    let rows = super::contact::rows_for(store.conn(), &ids)?;
    if rows.is_empty() {
        ctx.out.say(format!("segment `{name}` has no members"));
    }
    ctx.out.records(&rows)
}

fn export(ctx: &Ctx, name: &str, out: Option<PathBuf>, as_of: Option<String>) -> Result<()> {
    ctx.check_format("segment export", &[FormatArg::Vcf])?;
    let store = ctx.read()?;
    let ids = member_ids(ctx, store.conn(), name, as_of)?;
    let w = open_out(&out)?;
    if ctx.format_arg == Some(FormatArg::Vcf) {
        let mut w = std::io::BufWriter::new(w);
        contacts::for_each_of(store.conn(), &ids, |c| {
            let mut card = String::new();
            crate::domain::vcard::write_card(&mut card, &c.fields, &c.tags, &format!("urn:carnet:contact:{}", c.id));
            std::io::Write::write_all(&mut w, card.as_bytes())?;
            Ok(())
        })?;
        std::io::Write::flush(&mut w)?;
    } else {
        let mut o = ctx.out.clone();
        if ctx.format_arg.is_none() {
            o.format = Format::Csv;
        }
        let mut sink = o.sink::<super::contact_io::ExportRow>(w)?;
        contacts::for_each_of(store.conn(), &ids, |c| sink.push(&c.into()))?;
        sink.finish()?;
    }
    if let Some(p) = &out {
        ctx.out.say(format!("exported {} contact(s) of `{name}` to {}", ids.len(), p.display()));
    }
    Ok(())
}

fn saved(conn: &rusqlite::Connection, name: &str) -> Result<segments::SavedSegment> {
    segments::get(conn, name)?.ok_or_else(|| {
        if builtin(name).is_some() {
            Error::user(format!("`{name}` is a built-in segment and cannot be changed"))
                .with_hint("save your own with `carnet segment add`")
        } else {
            Error::user(format!("no saved segment named `{name}`")).with_hint("see them with `carnet segment list`")
        }
    })
}

fn edit(
    ctx: &Ctx,
    name: &str,
    args: CriteriaArgs,
    drop: &[String],
    rename: Option<String>,
    description: Option<String>,
) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let s = saved(&tx, name)?;
    let mut c = s.criteria.clone();
    for d in drop {
        drop_criterion(&mut c, d)?;
    }
    let changed = args.apply(&mut c)? + drop.len() + rename.is_some() as usize + description.is_some() as usize;
    if changed == 0 {
        return Err(Error::usage(
            "nothing to change",
            "give criteria to replace, --drop CRITERION, --rename or --description",
        ));
    }
    if c.is_empty() {
        return Err(Error::user("that would leave the segment without criteria")
            .with_hint("delete it with `carnet segment rm`"));
    }
    let new_name = rename.unwrap_or(s.name.clone());
    check_name(&tx, &new_name, Some(s.id))?;
    let desc = description.or(s.description).filter(|d| !d.trim().is_empty());
    segments::update(&tx, s.id, new_name.trim(), desc.as_deref(), &c, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!("segment `{}`: {}", new_name.trim(), c.describe()));
    Ok(())
}

fn drop_criterion(c: &mut Criteria, name: &str) -> Result<()> {
    match name.trim().trim_start_matches("--").replace('_', "-").as_str() {
        "tag" | "tags" => c.tags.clear(),
        "rfm" => c.rfm.clear(),
        "cell" | "cells" => c.cells.clear(),
        "spent" => c.spent = None,
        "visits" => c.visits = None,
        "last-purchase-before" => c.last_purchase_before = None,
        "last-purchase-after" => c.last_purchase_after = None,
        "first-purchase-before" => c.first_purchase_before = None,
        "first-purchase-after" => c.first_purchase_after = None,
        "city" | "cities" => c.cities.clear(),
        "postcode" | "postcodes" => c.postcodes.clear(),
        "has" => c.has.clear(),
        "birthday-month" => c.birthday_months.clear(),
        "created-before" => c.created_before = None,
        "created-after" => c.created_after = None,
        other => {
            return Err(Error::user(format!("--drop: `{other}` is not a criterion")).with_hint(
                "the criteria are: tag, rfm, cell, spent, visits, last-purchase-before, last-purchase-after, \
                 first-purchase-before, first-purchase-after, city, postcode, has, birthday-month, created-before, created-after",
            ))
        }
    }
    Ok(())
}

fn rm(ctx: &Ctx, name: &str) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let s = saved(&tx, name)?;
    segments::delete(&tx, s.id)?;
    tx.commit()?;
    ctx.out.say(format!("deleted segment `{}` (its contacts are untouched)", s.name));
    Ok(())
}
