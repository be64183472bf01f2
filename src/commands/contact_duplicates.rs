//! `contact duplicates`: the contacts that are probably one person, each
//! with the contact to merge it into.

use crate::context::Ctx;
use crate::domain::duplicates::Sign;
use crate::error::Result;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
#[command(
    after_help = "Contacts match by the same email (any case), the same phone number (its last\nnine digits: 06 12 34 56 78 is +33 6 12 34 56 78), or the same name (without\ncase, accents or word order: DUPONT Hélène is Hélène Dupont) unless their\nemails or phones differ. Contacts linked through one another form one group,\nkept by its oldest contact. Nothing is changed: merge the pairs you agree with.\n\nExamples:\n  carnet contact duplicates\n  carnet contact duplicates --by email,phone\n  carnet contact merge 12 31 --dry-run"
)]
pub struct DuplicatesArgs {
    /// Which signs count (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [By::Email, By::Phone, By::Name])]
    pub by: Vec<By>,
    /// Look among archived contacts too.
    #[arg(long)]
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Email,
    Phone,
    Name,
}

impl From<By> for Sign {
    fn from(b: By) -> Sign {
        match b {
            By::Email => Sign::Email,
            By::Phone => Sign::Phone,
            By::Name => Sign::Name,
        }
    }
}

crate::record! {
    /// One contact to merge into another.
    struct DuplicateRow {
        keep_id: i64,
        keep_name: String,
        other_id: i64,
        other_name: String,
        same: Vec<String>,
        via: Option<i64>,
    }
    numeric: [keep_id, other_id]
}

pub fn run(ctx: &Ctx, a: DuplicatesArgs) -> Result<()> {
    ctx.no_vcf("contact duplicates")?;
    let app = ctx.read()?;
    // What the two share, in a person's language in a table (`nom`), the
    // stable English word for scripts.
    let people = ctx.out.format == crate::output::Format::Table;
    let said = |w: &str| {
        crate::i18n::message(ctx.out.lang, &format!("val-sign-{w}"), &[])
            .filter(|_| people && ctx.out.lang != crate::i18n::Lang::En)
            .unwrap_or_else(|| w.to_string())
    };
    let signs: Vec<Sign> = a.by.iter().map(|&b| b.into()).collect();
    let rows: Vec<DuplicateRow> = crate::app::contacts::duplicates(&app, &signs, a.archived)?
        .into_iter()
        .map(|d| DuplicateRow {
            keep_id: d.pair.keep,
            keep_name: d.keep_name,
            other_id: d.pair.other,
            other_name: d.other_name,
            same: d.pair.signs.iter().map(|s| said(s.as_str())).collect(),
            via: d.pair.via,
        })
        .collect();
    ctx.out.records(&rows)?;
    match rows.first() {
        None => ctx.tell("msg-no-duplicates", &[]),
        Some(first) => ctx.tell(
            "msg-duplicates",
            &[("count", rows.len().into()), ("keep", first.keep_id.into()), ("other", first.other_id.into())],
        ),
    }
    Ok(())
}
