//! Every file carnet writes for the user (exports, launch files, backups)
//! goes through [`OutFile`]: it holds personal data, so it is
//!
//! - never the database itself (nor its `-wal`, `-shm` or `-journal`, nor a
//!   link to any of them): `--out "$CARNET_DB"` once replaced the customer
//!   file with a CSV;
//! - never an existing file unless `--force` is given, as `backup` does;
//! - created readable by its owner only (0600), and never through a
//!   symlink planted at its name or at its temporary name;
//! - written aside and put in place whole: on Linux as an unnamed file
//!   (`O_TMPFILE`) linked in only when complete, so a kill leaves nothing
//!   behind; elsewhere under a hidden temporary name renamed into place.
//!
//! A command whose database change belongs with the file (`campaign
//! launch`) commits only after [`OutFile::finish`] has put the file there.

use crate::error::{Error, Result};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct OutFile {
    target: PathBuf,
    file: File,
    /// Where the data sits until it is put in place; `None` for an
    /// unnamed file.
    tmp: Option<PathBuf>,
    force: bool,
    done: bool,
}

/// May `target` be written? Not if it is the database or one of its side
/// files, whatever the spelling or link that leads there; not if it exists
/// and `force` is off.
pub fn check_target(target: &Path, force: bool, database: &Path) -> Result<()> {
    if names_database(target, database) {
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-out-is-db",
            crate::targs!["path" => target.display().to_string()],
        )
        .with_hint_t("hint-out-is-db", vec![]));
    }
    match std::fs::symlink_metadata(target) {
        Ok(m) if m.is_dir() => Err(Error::t(
            crate::error::Kind::Invalid,
            "err-out-is-folder",
            crate::targs!["path" => target.display().to_string()],
        )
        .with_hint_t("hint-out-is-folder", vec![])),
        Ok(_) if !force => Err(Error::t(
            crate::error::Kind::Conflict,
            "err-out-exists",
            crate::targs!["path" => target.display().to_string()],
        )
        .with_hint_t("hint-out-exists", vec![])),
        _ => Ok(()),
    }
}

/// The names SQLite may give the files beside a database: its write-ahead
/// log, the log's shared-memory index and the rollback journal.
pub const SIDE_SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Does `target` lead to the database or to one of its side files, existing
/// or not yet? The target is resolved the way the system will resolve it
/// (links followed, `..` taken after the link it follows, folders not yet
/// made taken as written), compared without regard to case (a case-blind
/// disk makes `SHOP.DB-WAL` the log), and an existing target is also
/// compared by identity (a hard link has another name).
pub fn names_database(target: &Path, database: &Path) -> bool {
    let Some(db) = resolve(database) else { return false };
    let mut candidates = vec![db.clone()];
    candidates.extend(SIDE_SUFFIXES.iter().map(|s| side(&db, s)));
    let folded: Vec<String> = candidates.iter().map(|c| fold(c)).collect();
    let mut seen = Vec::new();
    if let Some(t) = resolve(target) {
        // A dangling link: where it points is where a follower would write.
        if let Ok(to) = std::fs::read_link(&t) {
            let base = t.parent().map(Path::to_path_buf).unwrap_or_default();
            seen.extend(resolve(&base.join(to)));
        }
        seen.push(t);
    }
    if seen.iter().any(|t| folded.contains(&fold(t))) {
        return true;
    }
    same_file_as_any(target, &candidates)
}

/// The path as the system will find it: absolute, each existing prefix
/// with its links resolved, the rest taken as written.
fn resolve(p: &Path) -> Option<PathBuf> {
    use std::path::Component;
    let abs = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().ok()?.join(p) };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => {
                out.push(n);
                if let Ok(real) = std::fs::canonicalize(&out) {
                    out = real;
                }
            }
        }
    }
    Some(out)
}

fn fold(p: &Path) -> String {
    p.to_string_lossy().to_lowercase()
}

#[cfg(unix)]
fn same_file_as_any(target: &Path, candidates: &[PathBuf]) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(t) = std::fs::metadata(target) else { return false };
    candidates.iter().filter_map(|c| std::fs::metadata(c).ok()).any(|c| c.dev() == t.dev() && c.ino() == t.ino())
}

#[cfg(not(unix))]
fn same_file_as_any(_: &Path, _: &[PathBuf]) -> bool {
    false
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

impl OutFile {
    /// Start writing `target` (see the module's rules). `database` is the
    /// file that must never be overwritten.
    pub fn create(target: &Path, force: bool, database: &Path) -> Result<OutFile> {
        check_target(target, force, database)?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let cannot = |e: std::io::Error| Error::io("write", target, e).with_hint_t("hint-out-folder", vec![]);
        if let Some(file) = unnamed_in(&dir) {
            return Ok(OutFile { target: target.to_path_buf(), file, tmp: None, force, done: false });
        }
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for attempt in 0..100u32 {
            let tmp = dir.join(format!(".{name}.carnet-tmp-{}-{attempt}", std::process::id()));
            match private_new(&tmp) {
                Ok(file) => {
                    return Ok(OutFile { target: target.to_path_buf(), file, tmp: Some(tmp), force, done: false })
                }
                // Something (perhaps a planted link) is there: another name.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(cannot(e)),
            }
        }
        Err(Error::t(
            crate::error::Kind::Conflict,
            "err-no-temp-name",
            crate::targs!["path" => target.display().to_string()],
        ))
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Put the complete file in place (synced first, so a crash right after
    /// cannot leave it empty).
    pub fn finish(mut self) -> Result<()> {
        let target = self.target.clone();
        let cannot = |e: std::io::Error| Error::io("write", &target, e);
        self.file.flush().map_err(cannot)?;
        self.file.sync_all().map_err(cannot)?;
        match self.tmp.clone() {
            None => link_unnamed(&self.file, &self.target, self.force).map_err(|e| self.placing_error(e))?,
            Some(tmp) => {
                if self.force {
                    std::fs::rename(&tmp, &self.target).map_err(cannot)?;
                } else {
                    // A hard link never replaces: a file that appeared
                    // meanwhile is kept, and this one refused.
                    std::fs::hard_link(&tmp, &self.target).map_err(|e| self.placing_error(e))?;
                    let _ = std::fs::remove_file(&tmp);
                }
            }
        }
        self.done = true;
        if let Some(dir) = self.target.parent().filter(|d| !d.as_os_str().is_empty()) {
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }

    fn placing_error(&self, e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::t(
                crate::error::Kind::Conflict,
                "err-out-appeared",
                crate::targs!["path" => self.target.display().to_string()],
            )
            .with_hint_t("hint-out-appeared", vec![])
        } else {
            Error::io("write", &self.target, e)
        }
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// A file not finished is not left behind.
impl Drop for OutFile {
    fn drop(&mut self) {
        if !self.done {
            if let Some(tmp) = &self.tmp {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

fn private_new(path: &Path) -> std::io::Result<File> {
    let mut opts = std::fs::OpenOptions::new();
    // create_new is O_CREAT|O_EXCL: it fails on an existing name, a
    // symlink included, instead of following it.
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// An unnamed file in `dir` (Linux's `O_TMPFILE`), or `None` where the
/// system or the file system has none.
#[cfg(target_os = "linux")]
fn unnamed_in(dir: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).mode(0o600).custom_flags(libc::O_TMPFILE).open(dir).ok()
}

#[cfg(not(target_os = "linux"))]
fn unnamed_in(_: &Path) -> Option<File> {
    None
}

/// Give the unnamed file its name: `linkat` never replaces an existing
/// name, so without `force` a file that appeared meanwhile is refused;
/// with it, the file is linked under a fresh hidden name and renamed over
/// the target.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &File, target: &Path, force: bool) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::AsRawFd;
    let link = |to: &Path| -> std::io::Result<()> {
        let from = std::ffi::CString::new(format!("/proc/self/fd/{}", file.as_raw_fd()))?;
        let to_c = std::ffi::CString::new(to.as_os_str().as_bytes())?;
        // SAFETY: both are valid NUL-terminated strings that outlive the
        // call. carnet's one `unsafe`: std has no `linkat`, the only way to
        // give an `O_TMPFILE` file a name without ever replacing one (a
        // kill before it leaves nothing behind, which a named temporary
        // file renamed into place cannot promise).
        let rc = unsafe {
            libc::linkat(libc::AT_FDCWD, from.as_ptr(), libc::AT_FDCWD, to_c.as_ptr(), libc::AT_SYMLINK_FOLLOW)
        };
        if rc == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    };
    if !force {
        return link(target);
    }
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    for attempt in 0..100u32 {
        let tmp = dir.join(format!(".{name}.carnet-tmp-{}-{attempt}", std::process::id()));
        match link(&tmp) {
            Ok(()) => {
                return std::fs::rename(&tmp, target).inspect_err(|_| {
                    let _ = std::fs::remove_file(&tmp);
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::from(std::io::ErrorKind::AlreadyExists))
}

#[cfg(not(target_os = "linux"))]
fn link_unnamed(_: &File, _: &Path, _: bool) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Where an export goes: a checked [`OutFile`], or stdout.
pub enum Destination {
    Stdout,
    File(OutFile),
}

impl Destination {
    pub fn open(out: &Option<PathBuf>, force: bool, database: &Path) -> Result<Destination> {
        match out {
            Some(p) => Ok(Destination::File(OutFile::create(p, force, database)?)),
            None => Ok(Destination::Stdout),
        }
    }

    /// A writer over it; call [`Destination::finish`] once everything is written.
    pub fn writer(&mut self) -> Box<dyn Write + '_> {
        match self {
            Destination::Stdout => Box::new(std::io::stdout().lock()),
            Destination::File(f) => Box::new(f),
        }
    }

    pub fn finish(self) -> Result<()> {
        match self {
            Destination::Stdout => Ok(()),
            Destination::File(f) => f.finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_its_side_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        std::fs::write(&db, b"x").unwrap();
        for name in ["shop.db", "shop.db-wal", "shop.db-shm", "shop.db-journal"] {
            let e = check_target(&dir.path().join(name), true, &db).unwrap_err();
            assert_eq!(e.kind(), crate::error::Kind::Conflict, "{name}");
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("innocent.csv");
            std::os::unix::fs::symlink(&db, &link).unwrap();
            assert!(check_target(&link, true, &db).is_err(), "a link to the database");
        }
        assert!(check_target(&dir.path().join("other.csv"), false, &db).is_ok());
    }

    #[test]
    fn a_file_is_private_complete_and_never_replaced_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let target = dir.path().join("out.csv");
        let mut f = OutFile::create(&target, false, &db).unwrap();
        f.write_all(b"a,b\n").unwrap();
        assert!(!target.exists(), "nothing under the name before finish");
        f.finish().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"a,b\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
        }
        assert!(OutFile::create(&target, false, &db).is_err());
        let mut f = OutFile::create(&target, true, &db).unwrap();
        f.write_all(b"new\n").unwrap();
        f.finish().unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new\n");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    }

    #[test]
    fn an_abandoned_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let mut f = OutFile::create(&target, false, &dir.path().join("db")).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
