//! `carnet config path|show`.

use crate::context::Ctx;
use crate::error::{Error, Result};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file (it need not exist).
    Path,
    /// Print the config in effect, defaults included, as TOML.
    Show,
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<()> {
    match cmd {
        ConfigCommand::Path => ctx.out.data(&format!("{}\n", ctx.config_path.display())),
        ConfigCommand::Show => {
            // Defaults included: the unsubscribe text in effect too.
            let mut shown = ctx.config.clone();
            shown.campaign.unsubscribe_text = Some(ctx.config.campaign.unsubscribe(ctx.out.lang));
            let text = toml::to_string_pretty(&shown).map_err(|e| Error::internal(format!("config: {e}")))?;
            ctx.tell(
                "msg-config-header",
                &[
                    ("config", ctx.config_path.display().to_string().into()),
                    ("db", ctx.db_path.display().to_string().into()),
                ],
            );
            ctx.out.data(&text)
        }
    }
}
