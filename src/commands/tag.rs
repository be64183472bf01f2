//! `carnet tag list|rename|merge`: the shop's tags, tidied up.

use crate::app::tags;
use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Every tag, with how many contacts bear it, most used first.
    #[command(after_help = "Examples:\n  carnet tag list\n  carnet tag list --format csv")]
    List,
    /// Spell a tag another way, on every contact and saved segment.
    #[command(after_help = "Example:\n  carnet tag rename vip fidele")]
    Rename {
        /// The tag as it is now.
        from: String,
        /// Its new spelling.
        to: String,
    },
    /// Put every contact of one tag under another, and drop the first.
    #[command(after_help = "Example:\n  carnet tag merge grossiste wholesale")]
    Merge {
        /// The tag that goes away.
        from: String,
        /// The tag that receives its contacts.
        into: String,
    },
}

crate::record! {
    pub struct TagRow {
        tag: String,
        contacts: i64,
        archived: i64,
    }
    numeric: [contacts, archived]
}

pub fn run(ctx: &Ctx, cmd: TagCommand) -> Result<()> {
    ctx.no_vcf("tag")?;
    match cmd {
        TagCommand::List => {
            let app = ctx.read()?;
            let rows: Vec<TagRow> = tags::list(&app)?
                .into_iter()
                .map(|t| TagRow { tag: t.tag, contacts: t.contacts, archived: t.archived })
                .collect();
            if rows.is_empty() {
                ctx.tell("msg-no-tags", &[]);
            }
            ctx.out.records(&rows)
        }
        TagCommand::Rename { from, to } => {
            let mut app = ctx.write()?;
            said(ctx, tags::rename(&mut app, &from, &to)?, "msg-tag-renamed")
        }
        TagCommand::Merge { from, into } => {
            let mut app = ctx.write()?;
            said(ctx, tags::merge(&mut app, &from, &into)?, "msg-tag-merged")
        }
    }
}

fn said(ctx: &Ctx, r: tags::Retagged, id: &str) -> Result<()> {
    ctx.tell(
        id,
        &[
            ("from", r.from.as_str().into()),
            ("into", r.into.as_str().into()),
            ("count", r.contacts.into()),
            ("segments", r.segments.len().into()),
            ("names", r.segments.join(", ").into()),
        ],
    );
    Ok(())
}
