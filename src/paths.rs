//! Where carnet keeps its files: `directories` gives the platform's data
//! and config folders; `CARNET_DB` and `CARNET_CONFIG` override them.

use crate::error::{Error, Result};
use std::path::PathBuf;

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "carnet")
        .ok_or_else(|| Error::t(crate::error::Kind::Invalid, "err-no-home", vec![]).with_hint_t("hint-no-home", vec![]))
}

pub fn config_file() -> Result<PathBuf> {
    match std::env::var_os("CARNET_CONFIG") {
        Some(p) if !p.is_empty() => Ok(PathBuf::from(p)),
        _ => Ok(project_dirs()?.config_dir().join("config.toml")),
    }
}

pub fn data_dir() -> Result<PathBuf> {
    Ok(project_dirs()?.data_dir().to_path_buf())
}

pub fn env_db() -> Option<PathBuf> {
    std::env::var_os("CARNET_DB").filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// The most carnet reads of a short text a person wrote: a consent
/// wording, a campaign message, the config.
pub const TEXT_CAP: u64 = 4 << 20;
/// The most carnet reads of a file to import whole (contacts, consents).
pub const IMPORT_CAP: u64 = 1 << 30;

/// Refuse what is not a regular file where a file is expected: a device
/// (`/dev/zero` never ends), a FIFO (reading waits for a writer forever),
/// a socket. Checked before opening, so a FIFO is never opened.
pub fn check_regular(path: &std::path::Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => Err(Error::t(
            crate::error::Kind::Invalid,
            "err-not-regular-file",
            crate::targs!["path" => path.display().to_string()],
        )
        .with_hint_t("hint-not-regular-file", vec![])),
        _ => Ok(()),
    }
}

/// Read a whole regular file of at most `cap` bytes, naming the file and
/// the bound when it is larger (nothing past the bound is read).
pub fn read_capped(path: &std::path::Path, cap: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    check_regular(path)?;
    let cannot = |e: std::io::Error| Error::io("read", path, e).with_hint_t("hint-check-path", vec![]);
    let f = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    f.take(cap + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > cap {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-file-too-big",
            crate::targs!["path" => path.display().to_string(), "max" => size_words(cap)],
        )
        .with_hint_t("hint-file-too-big", vec![]));
    }
    Ok(bytes)
}

fn size_words(bytes: u64) -> String {
    if bytes >= 1 << 30 {
        format!("{} GB", bytes >> 30)
    } else {
        format!("{} MB", bytes >> 20)
    }
}

/// Make `dir` and every missing folder above it readable by the owner only
/// (0700), whatever the umask: they will hold personal data. Folders that
/// already exist are left as they are.
pub fn create_private_dirs(dir: &std::path::Path) -> std::io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dirs(parent)?;
    }
    match std::fs::create_dir(dir) {
        Ok(()) => {}
        // Made meanwhile by someone else: theirs, as it is.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        Err(e) => return Err(e),
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A database named by a URL (`postgres://…`, `mysql://…`, `file:…`) is
/// not a path: SQLite would make folders named after the scheme and a new
/// file in them. Besides SQLite files carnet has PostgreSQL (`postgres://`,
/// `postgresql://`); any other scheme is refused in words.
pub fn check_db_path(db: &std::path::Path, from: &str) -> Result<()> {
    let text = db.to_string_lossy();
    if crate::store::pg_connect::is_postgres_url(&text) {
        return Ok(()); // the PostgreSQL engine
    }
    if let Some(scheme) = url_scheme(&text) {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-db-url",
            crate::targs!["value" => crate::error::echo(&text), "scheme" => scheme, "from" => from.to_string()],
        )
        .with_hint_t("hint-db-url", vec![]));
    }
    Ok(())
}

/// The scheme of a URL-looking text: `scheme://…` (two letters or more, so
/// `C://` is a Windows drive), or `file:` (which SQLite reads as a URI).
fn url_scheme(text: &str) -> Option<String> {
    if text.len() >= 5 && text[..5].eq_ignore_ascii_case("file:") {
        return Some("file".to_string());
    }
    let (scheme, _) = text.split_once("://")?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let ok = scheme.len() >= 2
        && first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    ok.then(|| scheme.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_not_database_paths() {
        for (text, scheme) in [
            ("postgres://u@h/shop", "postgres"),
            ("postgresql://user@host/shop", "postgresql"),
            ("MySQL://h/db", "mysql"),
            ("sqlite+file://x", "sqlite+file"),
            ("file:shop.db?mode=ro", "file"),
            ("FILE:///tmp/x.db", "file"),
        ] {
            assert_eq!(url_scheme(text).as_deref(), Some(scheme), "{text}");
            let postgres = scheme.starts_with("postgres");
            assert_eq!(check_db_path(std::path::Path::new(text), "--db").is_ok(), postgres, "{text}");
        }
        for text in ["shop.db", "/home/a/shop.db", "C://shop.db", "./file", "a:b/c.db", "dir//x.db", "1a://x"] {
            assert_eq!(url_scheme(text), None, "{text}");
        }
    }

    #[test]
    fn folders_made_for_personal_data_are_private_whatever_the_umask() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/c");
        // The umask is the test runner's (022 or so): 0700 is carnet's doing.
        create_private_dirs(&deep).unwrap();
        use std::os::unix::fs::PermissionsExt;
        for d in ["a", "a/b", "a/b/c"] {
            let mode = std::fs::metadata(dir.path().join(d)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700, "{d}");
        }
        create_private_dirs(&deep).unwrap();
    }
}

#[cfg(test)]
mod bound_tests {
    use super::*;
    use clap::Parser;
    use proptest::prelude::*;

    proptest! {
        /// Any file read with a bound: whole when it fits, refused in words
        /// when it does not, never more than the bound and a byte read.
        #[test]
        fn a_capped_read_is_whole_or_refused(len in 0usize..4096, cap in 0u64..4096) {
            let dir = tempfile::tempdir().unwrap();
            let p = dir.path().join("f");
            std::fs::write(&p, vec![b'x'; len]).unwrap();
            match read_capped(&p, cap) {
                Ok(bytes) => prop_assert!(bytes.len() == len && len as u64 <= cap),
                Err(e) => {
                    prop_assert!(len as u64 > cap);
                    prop_assert_eq!(e.kind(), crate::error::Kind::Invalid);
                }
            }
        }

        /// Any count typed for --limit or demo --customers, however large:
        /// parsed within its bound or refused by the parser, never passed on.
        #[test]
        fn counts_are_bounded_when_parsed(digits in "[0-9]{1,30}") {
            let parsed = |args: &[&str]| crate::cli::Cli::try_parse_from(args.iter().copied());
            let n: Option<u128> = digits.parse().ok();
            let ok = parsed(&["carnet", "contact", "list", "--limit", &digits]).is_ok();
            prop_assert_eq!(ok, n.is_some_and(|n| n <= 1_000_000_000));
            let ok = parsed(&["carnet", "demo", "--customers", &digits]).is_ok();
            prop_assert_eq!(ok, n.is_some_and(|n| (1..=1_000_000).contains(&n)));
        }
    }

    #[test]
    fn devices_and_fifos_are_not_files_to_read() {
        for dev in ["/dev/zero", "/dev/null", "/dev/urandom"] {
            let e = read_capped(std::path::Path::new(dev), TEXT_CAP).unwrap_err();
            assert!(e.to_string().contains("is not a regular file"), "{dev}: {e}");
        }
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipe");
        // coreutils' mkfifo: no foreign call in a test (output/file.rs holds carnet's one).
        assert!(std::process::Command::new("mkfifo").arg(&p).status().unwrap().success());
        assert!(read_capped(&p, TEXT_CAP).is_err(), "refused without waiting for a writer");
    }
}
