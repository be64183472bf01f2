//! The parsing every group shares: date and duration flags, tags, and what
//! a command that creates something prints. The flag's name is attached to
//! the error here, at the argument boundary.

use crate::context::Ctx;
use crate::domain::contact::normalize_tag;
use crate::error::{Error, Result};
use crate::output::Record;
use chrono::NaiveDate;

/// An amount flag (`--amount 12,50`, `--fixed-cost 120`).
pub fn amount(flag: &str, v: &str) -> Result<crate::domain::money::Cents> {
    crate::domain::money::parse_amount(v).map_err(|e| {
        Error::t(
            crate::error::Kind::Invalid,
            "err-flag-value",
            crate::targs!["flag" => flag, "value" => crate::error::echo(v), "why" => e.text()],
        )
    })
}

/// A cost flag: an amount that cannot be negative.
pub fn cost(flag: &str, v: &str) -> Result<crate::domain::money::Cents> {
    let c = amount(flag, v)?;
    if c.0 < 0 {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-flag-value",
            crate::targs!["flag" => flag, "value" => crate::error::echo(v), "why" => crate::i18n::Text::tr("cost-negative", vec![])],
        ));
    }
    Ok(c)
}

/// A past-or-present day flag (`--date`, `--since`, `--as-of`):
/// `YYYY-MM-DD`, `today`, `yesterday`, `-3d`.
pub fn day(ctx: &Ctx, flag: &str, v: &str) -> Result<NaiveDate> {
    crate::domain::dates::parse_day_with(v, ctx.today, ctx.slash_dates).map_err(|e| Error::invalid(e.0).for_flag(flag))
}

/// [`day`] for an optional flag.
pub fn opt_day(ctx: &Ctx, flag: &str, v: &Option<String>) -> Result<Option<NaiveDate>> {
    v.as_deref().map(|v| day(ctx, flag, v)).transpose()
}

/// [`day`], defaulting to today.
pub fn day_or_today(ctx: &Ctx, flag: &str, v: &Option<String>) -> Result<NaiveDate> {
    Ok(opt_day(ctx, flag, v)?.unwrap_or(ctx.today))
}

/// A day ahead (`--follow-up`, `--close`): also `+3d`, `tomorrow`, a weekday.
pub fn when(ctx: &Ctx, flag: &str, v: &str) -> Result<NaiveDate> {
    crate::domain::dates::parse_when_with(v, ctx.today, ctx.slash_dates).map_err(|e| Error::invalid(e.0).for_flag(flag))
}

/// A length of time (`--every 60d`, `--window 30d`), in days.
pub fn days(flag: &str, v: &str) -> Result<u32> {
    crate::domain::dates::parse_days(v).map_err(|e| Error::invalid(e.0).for_flag(flag))
}

/// `--tag` values, normalised, sorted and without repeats.
pub fn tags(tags: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> =
        tags.iter().map(|t| normalize_tag(t).map_err(|e| Error::from(e).for_flag("--tag"))).collect::<Result<_>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

/// What a command that creates something prints: the whole record with
/// --format json|csv, the id alone with -q, else a message on stderr.
pub fn report_created<R: Record>(ctx: &Ctx, id: i64, msg: &str, record: impl FnOnce() -> R) -> Result<()> {
    if ctx.wants_records() {
        return ctx.out.card(&record());
    }
    if ctx.out.quiet {
        return ctx.out.data(&format!("{id}\n"));
    }
    ctx.out.say(msg);
    Ok(())
}

/// The answer to a use case's confirmation: `--yes`, a prompt on a
/// terminal, or (without one) a usage error naming `--yes`.
pub fn confirmer(yes: bool) -> impl FnMut(&str) -> Result<bool> {
    move |question: &str| crate::output::prompt::confirm(question, yes)
}

/// `--category` and `--channel`: the purchases a report looks at.
#[derive(Debug, clap::Args)]
pub struct ScopeArgs {
    /// Only purchases of this category (see `carnet purchase categories list`).
    #[arg(long)]
    pub category: Option<String>,
    /// Only purchases made on this sales channel (shop, market, online...).
    #[arg(long)]
    pub channel: Option<String>,
}

impl ScopeArgs {
    /// The scope, checked; says on stderr what the report is restricted to.
    pub fn resolve(&self, ctx: &Ctx, app: &crate::app::App) -> Result<crate::app::views::Scope> {
        let scope = crate::app::reports::scope(app, self.category.as_deref(), self.channel.as_deref())?;
        let mut only = Vec::new();
        if let Some(c) = &self.category {
            only.push(ctx.text("msg-only-category", &[("name", c.trim().into())]));
        }
        if let Some(c) = &scope.channel {
            only.push(ctx.text("msg-only-channel", &[("name", c.as_str().into())]));
        }
        if !only.is_empty() {
            ctx.tell("msg-only-purchases", &[("what", only.join(&ctx.text("msg-only-joiner", &[])).into())]);
        }
        Ok(scope)
    }
}
