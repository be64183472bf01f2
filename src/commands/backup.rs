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
    }
    numeric: [bytes]
}

pub fn run(ctx: &Ctx, a: BackupArgs) -> Result<()> {
    ctx.no_vcf("backup")?;
    let app = ctx.read()?;
    let store = &app.store;
    if a.file.exists() && !a.force {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-out-exists",
            crate::targs!["path" => a.file.display().to_string()],
        )
        .with_hint_t("hint-out-exists", vec![]));
    }
    if same_file(&a.file, store.path()) {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-backup-itself",
            crate::targs!["path" => a.file.display().to_string()],
        )
        .with_hint_t("hint-backup-itself", vec![]));
    }
    let cannot = |e: std::io::Error| Error::io("write", &a.file, e).with_hint_t("hint-backup-folder", vec![]);
    if let Some(dir) = a.file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(cannot)?;
    }
    // Written beside the target, then renamed over it: an interrupted
    // backup never leaves a half-written FILE (nor destroys the old one).
    let name = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let partial = a.file.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    crate::app::views::copy_database(&app, &partial)?;
    std::fs::rename(&partial, &a.file).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        cannot(e)
    })?;
    let bytes = std::fs::metadata(&a.file).map(|m| m.len()).unwrap_or(0);
    ctx.tell(
        "msg-backed-up",
        &[
            ("from", store.path().display().to_string().into()),
            ("to", a.file.display().to_string().into()),
            ("kb", bytes.div_ceil(1024).into()),
        ],
    );
    if ctx.wants_records() {
        ctx.out.card(&Done { file: a.file.display().to_string(), bytes })?;
    }
    Ok(())
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
