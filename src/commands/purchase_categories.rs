//! `carnet purchase categories ...`: what customers buy, tidied up.

use crate::app::purchases;
use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CategoriesCommand {
    /// Every category, with its purchases and customers, most bought first.
    List,
    /// Spell a category another way (its purchases follow).
    #[command(after_help = "Example:\n  carnet purchase categories rename bouquet \"Bouquets\"")]
    Rename {
        /// The category as it is now (case and accents aside).
        from: String,
        /// Its new spelling.
        to: String,
    },
    /// Put the purchases of one category into another, and drop the first.
    #[command(after_help = "Example:\n  carnet purchase categories merge \"fleurs coupées\" bouquet")]
    Merge {
        /// The category that goes away.
        from: String,
        /// The category that receives its purchases.
        into: String,
    },
}

crate::record! {
    pub struct CategoryRow {
        category: String,
        purchases: i64,
        customers: i64,
    }
    numeric: [purchases, customers]
}

pub fn run(ctx: &Ctx, cmd: CategoriesCommand) -> Result<()> {
    ctx.no_vcf("purchase categories")?;
    match cmd {
        CategoriesCommand::List => {
            let app = ctx.read()?;
            let rows: Vec<CategoryRow> = purchases::categories(&app)?
                .into_iter()
                .map(|c| CategoryRow { category: c.name, purchases: c.purchases, customers: c.customers })
                .collect();
            if rows.is_empty() {
                ctx.out
                    .say("no categories yet: give one with `purchase add --category` or an import's category column");
            }
            ctx.out.records(&rows)
        }
        CategoriesCommand::Rename { from, to } => {
            let mut app = ctx.write()?;
            let (old, new) = purchases::rename_category(&mut app, &from, &to)?;
            ctx.out.say(format!("renamed category `{old}` to `{new}`"));
            Ok(())
        }
        CategoriesCommand::Merge { from, into } => {
            let mut app = ctx.write()?;
            let (from, into, n) = purchases::merge_categories(&mut app, &from, &into)?;
            ctx.out.say(format!("moved {n} purchase(s) from `{from}` to `{into}`; `{from}` is gone"));
            Ok(())
        }
    }
}
