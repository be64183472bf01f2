//! carnet: a command-line CRM for small shops over one SQLite file.
//!
//! The layers, every arrow pointing one way (see ARCHITECTURE.md):
//! `cli`/`commands` (arguments) → `app` (use cases) → `store` (the only
//! SQL) → `domain` (pure rules); `output` renders what `app` returns.

pub mod app;
pub mod cli;
pub mod cli_errors;
pub mod commands;
pub mod config;
pub mod context;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod output;
pub mod paths;
pub mod store;

#[cfg(test)]
mod never_panic;
#[cfg(test)]
pub mod test_pg;

use error::Result;

pub fn run(cli: cli::Cli) -> Result<()> {
    if let commands::Command::Completions { shell } = cli.command {
        return commands::completions(shell);
    }
    let ctx = context::Ctx::new(cli.settings())?;
    commands::run(&ctx, cli.command)
}
