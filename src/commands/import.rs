//! `carnet import list|undo`: every import is a batch that can be undone.

use crate::app::{imports, Done};
use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// List past imports.
    List,
    /// Remove exactly what an import added (and the contacts it created,
    /// unless something else now refers to them).
    #[command(after_help = "Example:\n  carnet import list\n  carnet import undo 3 --yes")]
    Undo {
        /// The batch id shown by `carnet import list`.
        batch: i64,
        /// Do not ask for confirmation (needed without a terminal).
        #[arg(long, short)]
        yes: bool,
    },
}

crate::record! {
    struct BatchRow {
        id: i64,
        kind: &'static str,
        file: String,
        content_hash: String,
        imported_at: String,
        rows_read: i64,
        purchases_added: i64,
        contacts_created: i64,
        undone_at: Option<String>,
    }
    numeric: [id, rows_read, purchases_added, contacts_created]
}

pub fn run(ctx: &Ctx, cmd: ImportCommand) -> Result<()> {
    match cmd {
        ImportCommand::List => list(ctx),
        ImportCommand::Undo { batch, yes } => undo(ctx, batch, yes),
    }
}

fn list(ctx: &Ctx) -> Result<()> {
    ctx.no_vcf("import list")?;
    let app = ctx.read()?;
    let rows: Vec<BatchRow> = imports::list(&app)?
        .into_iter()
        .map(|b| BatchRow {
            id: b.id,
            kind: b.kind.as_str(),
            file: b.file_name,
            content_hash: b.content_hash,
            imported_at: b.imported_at,
            rows_read: b.rows_read,
            purchases_added: b.purchases_added,
            contacts_created: b.contacts_created,
            undone_at: b.undone_at,
        })
        .collect();
    if rows.is_empty() {
        ctx.tell("msg-no-imports", &[]);
    }
    ctx.out.records(&rows)
}

fn undo(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut app = ctx.write()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::UndoImport)?;
    let outcome = imports::undo(&mut app, id, &mut |batch, p| {
        let question = ctx.text(
            "msg-undo-ask",
            &[
                ("id", id.into()),
                ("file", batch.file_name.as_str().into()),
                ("purchases", p.purchases_removed.into()),
                ("contacts", p.contacts_removed.into()),
            ],
        );
        crate::output::prompt::confirm(&question, yes)
    })?;
    let Done::Done(done) = outcome else {
        ctx.tell("msg-nothing-removed", &[]);
        return Ok(());
    };
    ctx.tell(
        "msg-undo-done",
        &[
            ("id", id.into()),
            ("purchases", done.purchases_removed.into()),
            ("contacts", done.contacts_removed.into()),
            ("kept", done.contacts_kept.into()),
        ],
    );
    Ok(())
}
