//! `carnet import list|undo`: every import is a batch that can be undone.

use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Cells, Record};
use crate::store::imports;
use clap::Subcommand;
use serde::Serialize;

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

#[derive(Serialize)]
struct BatchRow {
    id: i64,
    kind: String,
    file: String,
    content_hash: String,
    imported_at: String,
    rows_read: i64,
    purchases_added: i64,
    contacts_created: i64,
    undone_at: Option<String>,
}

impl Record for BatchRow {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "kind",
        "file",
        "content_hash",
        "imported_at",
        "rows_read",
        "purchases_added",
        "contacts_created",
        "undone_at",
    ];
    const NUMERIC: &'static [&'static str] = &["id", "rows_read", "purchases_added", "contacts_created"];
    fn cells(&self, c: &Cells) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.kind.clone(),
            self.file.clone(),
            self.content_hash.clone(),
            self.imported_at.clone(),
            self.rows_read.to_string(),
            self.purchases_added.to_string(),
            self.contacts_created.to_string(),
            c.opt(&self.undone_at),
        ]
    }
}

pub fn run(ctx: &Ctx, cmd: ImportCommand) -> Result<()> {
    match cmd {
        ImportCommand::List => list(ctx),
        ImportCommand::Undo { batch, yes } => undo(ctx, batch, yes),
    }
}

fn list(ctx: &Ctx) -> Result<()> {
    ctx.no_vcf("import list")?;
    let store = ctx.read()?;
    let rows: Vec<BatchRow> = imports::list(store.conn())?
        .into_iter()
        .map(|b| BatchRow {
            id: b.id,
            kind: b.kind,
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
        ctx.out.say("no imports yet");
    }
    ctx.out.records(&rows)
}

fn undo(ctx: &Ctx, id: i64, yes: bool) -> Result<()> {
    let mut store = ctx.write()?;
    let tx = store.begin()?;
    let batch = imports::get(&tx, id)?.ok_or_else(|| {
        Error::user(format!("no import batch {id}")).with_hint("see the batches with `carnet import list`")
    })?;
    if let Some(at) = &batch.undone_at {
        return Err(Error::user(format!("import batch {id} ({}) was already undone on {at}", batch.file_name)));
    }
    let p = imports::undo_preview(&tx, id)?;
    let what = format!(
        "batch {id} ({}): {} purchase(s) and {} contact(s) it created",
        batch.file_name, p.purchases_removed, p.contacts_removed
    );
    if !crate::prompt::confirm(&format!("Remove {what}?"), yes)? {
        ctx.out.say("nothing removed");
        return Ok(());
    }
    let done = imports::undo(&tx, id, &ctx.timestamp())?;
    tx.commit()?;
    ctx.out.say(format!(
        "undid batch {id}: removed {} purchase(s) and {} contact(s){}",
        done.purchases_removed,
        done.contacts_removed,
        if done.contacts_kept > 0 {
            format!("; kept {} contact(s) that other records refer to", done.contacts_kept)
        } else {
            String::new()
        }
    ));
    Ok(())
}
