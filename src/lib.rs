//! carnet: a command-line CRM for small shops over one SQLite file.
//!
//! Three layers, data flowing one way: `commands` (arguments, output) over
//! `domain` (pure rules) over `store` (the only SQL).

pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod domain;
pub mod error;
pub mod output;
pub mod paths;
pub mod prompt;
pub mod store;

use cli::{Cli, Command};
use error::Result;

pub fn run(cli: Cli) -> Result<()> {
    if let Command::Completions { shell } = cli.command {
        return commands::completions(shell);
    }
    let ctx = context::Ctx::new(&cli)?;
    match cli.command {
        Command::Contact(c) => commands::contact::run(&ctx, c),
        Command::Purchase(c) => commands::purchase::run(&ctx, c),
        Command::Import(c) => commands::import::run(&ctx, c),
        Command::Deal(c) => commands::deal::run(&ctx, c),
        Command::Interaction(c) => commands::interaction::run(&ctx, c),
        Command::Remind(a) => commands::remind::run(&ctx, a),
        Command::Report(c) => commands::report::run(&ctx, c),
        Command::Consent(c) => commands::consent::run(&ctx, c),
        Command::Privacy(c) => commands::privacy::run(&ctx, c),
        Command::Campaign(c) => commands::campaign::run(&ctx, c),
        Command::Segment(c) => commands::segment::run(&ctx, c),
        Command::Backup(a) => commands::backup::run(&ctx, a),
        Command::Config(c) => commands::config::run(&ctx, c),
        Command::Demo(a) => commands::demo::run(&ctx, cli.db.clone(), a),
        Command::Completions { .. } => Ok(()),
    }
}
