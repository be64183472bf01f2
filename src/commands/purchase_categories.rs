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
    /// Say how often a category is bought again, so `carnet remind` lists
    /// the customers due to renew it.
    #[command(after_help = "\
A customer is due once the cycle has passed since they last bought the
category: `12m` is the same day a year later. `measured` uses the
category's median repurchase cycle (see `carnet report categories`);
`none` drops the cycle. A cycle set in the config
([categories.NAME] cycle = \"12m\") wins over the one kept here.

Examples:
  carnet purchase categories cycle \"révision vélo\" 12m
  carnet purchase categories cycle abonnements measured
  carnet purchase categories cycle ateliers none")]
    Cycle {
        /// The category (case and accents aside).
        category: String,
        /// 12m, 1y, 6w, 45d, measured or none.
        cycle: String,
    },
}

crate::record! {
    pub struct CategoryRow {
        category: String,
        purchases: i64,
        customers: i64,
        cycle: Option<String>,
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
                .map(|c| CategoryRow {
                    category: c.name,
                    purchases: c.purchases,
                    customers: c.customers,
                    cycle: c.cycle,
                })
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
            ctx.tell("msg-category-renamed", &[("old", old.as_str().into()), ("new", new.as_str().into())]);
            Ok(())
        }
        CategoriesCommand::Merge { from, into } => {
            let mut app = ctx.write()?;
            let (from, into, n) = purchases::merge_categories(&mut app, &from, &into)?;
            ctx.tell(
                "msg-category-merged",
                &[("count", n.into()), ("from", from.as_str().into()), ("into", into.as_str().into())],
            );
            Ok(())
        }
        CategoriesCommand::Cycle { category, cycle } => {
            let parsed = match cycle.trim().to_ascii_lowercase().as_str() {
                "none" => None,
                _ => Some(
                    crate::domain::renewal::parse_cycle(&cycle)
                        .map_err(|e| crate::error::Error::invalid(e.0).with_hint_t("hint-cycle", vec![]))?,
                ),
            };
            let mut app = ctx.write()?;
            let (name, configured) = purchases::set_category_cycle(&mut app, &category, parsed)?;
            match parsed {
                Some(c) => ctx.tell(
                    "msg-cycle-set",
                    &[
                        ("name", name.as_str().into()),
                        ("cycle", crate::domain::renewal::words(c).render(ctx.out.lang).into()),
                    ],
                ),
                None => ctx.tell("msg-cycle-none", &[("name", name.as_str().into())]),
            }
            if let Some(c) = configured {
                ctx.tell("msg-cycle-configured", &[("name", name.as_str().into()), ("cycle", c.to_string().into())]);
            }
            Ok(())
        }
    }
}
