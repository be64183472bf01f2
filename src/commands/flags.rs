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

/// A built-in segment's name (`Loyal Customers`, `Best`) as `lang` says
/// it (`Clients fidèles`, `Meilleurs`).
pub fn builtin_segment_name(english: &str, lang: crate::i18n::Lang) -> String {
    use crate::domain::rfm::Segment;
    let slipping = english == crate::domain::segment_filter::SLIPPING_AWAY;
    let prefix = if slipping || Segment::parse(english).is_some() { "segment" } else { "cell" };
    crate::i18n::message(lang, &format!("{prefix}-{}", crate::i18n::key_of(english)), &[])
        .filter(|_| lang != crate::i18n::Lang::En)
        .unwrap_or_else(|| english.to_string())
}

/// The English name of a built-in segment or value cell typed in either
/// language, whatever its case, accents or punctuation (`clients fideles`,
/// `Clients fidèles`, `loyal-customers`); None for any other name.
pub fn builtin_segment_english(word: &str) -> Option<&'static str> {
    use crate::domain::{rfm::Segment, value_matrix::Cell};
    use crate::i18n::Lang;
    let key =
        |s: &str| -> String { crate::domain::contact::fold(s).chars().filter(char::is_ascii_alphanumeric).collect() };
    let want = key(word);
    if want.is_empty() {
        return None;
    }
    let names = Segment::ALL
        .iter()
        .map(|s| ("segment", s.name()))
        .chain(Cell::ALL.iter().map(|c| ("cell", c.name())))
        .chain([("segment", crate::domain::segment_filter::SLIPPING_AWAY)]);
    for (prefix, english) in names {
        let french = crate::i18n::message(Lang::Fr, &format!("{prefix}-{}", crate::i18n::key_of(english)), &[]);
        if key(english) == want || french.is_some_and(|f| key(&f) == want) {
            return Some(english);
        }
    }
    None
}

/// A segment name as typed: a built-in one's English name in either
/// language, any other name as it is (a saved segment's).
pub fn segment_name(word: &str) -> String {
    builtin_segment_english(word).map(String::from).unwrap_or_else(|| word.to_string())
}

/// An RFM segment typed in either language, or an error naming them in
/// the run's language.
pub fn rfm_segment(word: &str, lang: crate::i18n::Lang) -> Result<crate::domain::rfm::Segment> {
    use crate::domain::rfm::Segment;
    builtin_segment_english(word).and_then(Segment::parse).ok_or_else(|| {
        Error::t(crate::error::Kind::Invalid, "err-not-a-segment", crate::targs!["value" => crate::error::echo(word)])
            .with_hint_t(
                "hint-segments-are",
                crate::targs!["names" => Segment::ALL.iter().map(|s| builtin_segment_name(s.name(), lang)).collect::<Vec<_>>().join(", ")],
            )
    })
}

/// A value-matrix cell typed in either language.
pub fn value_cell(word: &str) -> Option<crate::domain::value_matrix::Cell> {
    builtin_segment_english(word).and_then(crate::domain::value_matrix::Cell::parse)
}

/// One of the shop's words (a deal stage, an interaction kind) typed in
/// either language: `négociation` is `negotiation`, `appel` is `call`,
/// without accents or case. `group` names the French messages
/// (`val-GROUP-WORD`); a word that is none of `words` is returned as typed.
pub fn own_word(group: &str, typed: &str, words: &[String]) -> String {
    let key = |s: &str| -> String { crate::domain::contact::fold(s.trim()) };
    let want = key(typed);
    for w in words {
        if key(w) == want {
            return w.clone();
        }
    }
    for w in words {
        let id = format!("val-{group}-{}", w.to_lowercase().replace(['_', ' '], "-"));
        if crate::i18n::message(crate::i18n::Lang::Fr, &id, &[]).is_some_and(|fr| key(&fr) == want) {
            return w.clone();
        }
    }
    typed.to_string()
}

/// The deal stages a shop can name: its configured ones, then won and lost.
pub fn stage_words(ctx: &Ctx) -> Vec<String> {
    let mut words: Vec<String> = ctx.config.deal_stages.iter().map(|s| s.name.clone()).collect();
    words.extend(["won".to_string(), "lost".to_string()]);
    words
}

/// The most rows `--limit` may ask for: far above any shop, and far below
/// what SQLite's integers hold (a larger number was a datatype error).
pub const MAX_LIMIT: u64 = 1_000_000_000;

/// `--limit` for a listing counted in `usize`, bounded at [`MAX_LIMIT`].
pub fn limit_usize(v: &str) -> std::result::Result<usize, String> {
    match v.trim().parse::<u64>() {
        Ok(n) if n <= MAX_LIMIT => Ok(n as usize),
        _ => Err(format!("{v} is not in 0..={MAX_LIMIT}")),
    }
}
