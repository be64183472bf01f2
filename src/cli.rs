//! The command line's global flags (clap derive). The command tree and its
//! dispatch live in `commands/`, each group's arguments beside its handlers.

use crate::commands::Command;
use crate::output::FormatArg;
use clap::Parser;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  carnet demo                                  build a demo shop to explore
  carnet contact add --name \"Hélène Dupont\" --email helene@example.fr --tag regular
  carnet purchase add helene@example.fr 45,50 --date yesterday
  carnet purchase import ventes.csv --date-format DD/MM/YYYY
  carnet contact list --search helene --format json

Files: the database is --db, else CARNET_DB, else `db` in the config file,
else carnet.db in your data folder. `carnet config path` shows where.";

#[derive(Debug, Parser)]
#[command(
    name = "carnet",
    version,
    about = "A customer file for small shops: contacts, purchases and what they tell you",
    after_help = EXAMPLES,
    propagate_version = true
)]
pub struct Cli {
    /// The database file (overrides CARNET_DB and the config file).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Output format: table for people, json or csv for scripts
    /// (vcf where contacts are exported, ics for remind), or xlsx: an Excel
    /// workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the
    /// config's `format`.
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Print no messages on stderr; commands that create something print
    /// only its id on stdout.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// The language of tables and messages: en or fr (default: the
    /// config's `language`, else the locale). JSON and CSV never change.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// CSV for a French spreadsheet: a byte-order mark, `;` between
    /// fields, decimal commas (implies --format csv; also `[csv] excel`).
    /// Plain --format csv stays the stable form for scripts.
    #[arg(long, global = true)]
    pub excel: bool,

    /// Never page long output (by default a terminal's long output goes
    /// through $PAGER or `less -FRX`; a pipe never does).
    #[arg(long, global = true)]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The global flags as plain settings, for the context.
    pub fn settings(&self) -> crate::context::Settings {
        crate::context::Settings {
            db: self.db.clone(),
            format: self.format,
            quiet: self.quiet,
            lang: self.lang.clone(),
            excel: self.excel,
            no_pager: self.no_pager,
        }
    }
}

#[cfg(test)]
mod tests {
    /// clap's own consistency checks over the whole command tree: no two
    /// flags with one name, every default valid, every conflict known.
    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
