//! `carnet db copy --to URL|PATH`: move a shop from a SQLite file to a
//! PostgreSQL database, or back.

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Copy every table to an empty database of the other engine, all or nothing, and check the copy.
    #[command(
        after_help = "The copy is compared with the original table by table (a count and a checksum\nof every row) and its consent history verified before it is committed; a\ndifference leaves the target as it was.\n\nExamples:\n  carnet --db shop.db db copy --to postgres://anne@/shop?host=/run/postgresql\n  carnet --db postgres://anne@server/shop db copy --to shop-copy.db"
    )]
    Copy {
        /// The target: a postgres:// URL, or the path of a new SQLite file.
        #[arg(long)]
        to: String,
    },
}

crate::record! {
    pub struct CopiedTable {
        table: String,
        rows: i64,
        checksum: String,
    }
    numeric: [rows]
}

pub fn run(ctx: &Ctx, cmd: DbCommand) -> Result<()> {
    ctx.no_vcf("db")?;
    match cmd {
        DbCommand::Copy { to } => {
            let app = ctx.read()?;
            let (shown, tables) = crate::app::moving::copy_to(&app, &to)?;
            let rows: i64 = tables.iter().map(|t| t.rows).sum();
            ctx.tell("msg-db-copied", &[("to", shown.into()), ("tables", tables.len().into()), ("rows", rows.into())]);
            let records: Vec<CopiedTable> = tables
                .into_iter()
                .map(|t| CopiedTable { table: t.table, rows: t.rows, checksum: t.checksum })
                .collect();
            ctx.out.records(&records)
        }
    }
}
