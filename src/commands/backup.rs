//! `carnet backup FILE`: a copy of the whole database, safe to take while
//! carnet is in use (a cron job), never half-written under its name.

use crate::context::Ctx;
use crate::error::{Error, Result};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    after_help = "The copy is one SQLite file, readable by you only, that carnet opens as it is\n(carnet --db FILE ...). It is consistent even when taken while carnet writes,\nand compacted. A backup keeps what it held: after `privacy forget`, older\nbackups still hold that person's data; delete or remake them.\n\nExamples:\n  carnet backup ~/backups/shop-$(date +%F).db\n  carnet backup /mnt/usb/shop.db --force"
)]
pub struct BackupArgs {
    /// Where to write the copy (its folders are created).
    pub file: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

crate::record! {
    struct Done {
        file: String,
        bytes: u64,
        consent_head: String,
    }
    numeric: [bytes]
}

pub fn run(ctx: &Ctx, a: BackupArgs) -> Result<()> {
    ctx.no_vcf("backup")?;
    let app = ctx.read()?;
    crate::app::roles::require_owner(&app, crate::app::roles::Action::CopyDatabase)?;
    let store = &app.store;
    // Never the database nor a file SQLite keeps beside it (its log, the
    // log's index, its journal), existing or not, under any name.
    if crate::output::file::names_database(&a.file, store.path()) {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-backup-itself",
            crate::targs!["path" => a.file.display().to_string()],
        )
        .with_hint_t("hint-backup-itself", vec![]));
    }
    crate::output::file::check_target(&a.file, a.force, store.path())?;
    let cannot = |e: std::io::Error| Error::io("write", &a.file, e).with_hint_t("hint-backup-folder", vec![]);
    if let Some(dir) = a.file.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::paths::create_private_dirs(dir).map_err(cannot)?;
    }
    // Written beside the target, then put in place whole: an interrupted
    // backup never leaves a half-written FILE (nor destroys the old one).
    let name = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let partial = a.file.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    crate::app::views::copy_database(&app, &partial)?;
    let placed = if a.force {
        std::fs::rename(&partial, &a.file)
    } else {
        // A link never replaces: a file that appeared meanwhile is kept.
        std::fs::hard_link(&partial, &a.file).map(|()| {
            let _ = std::fs::remove_file(&partial);
        })
    };
    placed.map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::t(
                crate::error::Kind::Conflict,
                "err-out-appeared",
                crate::targs!["path" => a.file.display().to_string()],
            )
            .with_hint_t("hint-out-appeared", vec![])
        } else {
            cannot(e)
        }
    })?;
    let bytes = std::fs::metadata(&a.file).map(|m| m.len()).unwrap_or(0);
    // The copy is a witness of the consent history as it is now.
    let head = crate::app::consent::head(store)?.text();
    ctx.tell(
        "msg-backed-up",
        &[
            ("from", store.path().display().to_string().into()),
            ("to", a.file.display().to_string().into()),
            ("kb", bytes.div_ceil(1024).into()),
        ],
    );
    ctx.tell("msg-backup-head", &[("head", head.clone().into())]);
    if ctx.wants_records() {
        ctx.out.card(&Done { file: a.file.display().to_string(), bytes, consent_head: head })?;
    }
    Ok(())
}
