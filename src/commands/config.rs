//! `carnet config path|show`.

use crate::cli::ConfigCommand;
use crate::context::Ctx;
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<()> {
    match cmd {
        ConfigCommand::Path => ctx.out.data(&format!("{}\n", ctx.config_path.display())),
        ConfigCommand::Show => {
            let text = toml::to_string_pretty(&ctx.config).map_err(|e| Error::Internal(format!("config: {e}")))?;
            ctx.out.say(format!("# {} (database: {})", ctx.config_path.display(), ctx.db_path.display()));
            ctx.out.data(&text)
        }
    }
}
