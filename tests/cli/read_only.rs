//! Reads never write: every read command answers on a database file the
//! user can only read, in a folder they cannot write, and leaves it as it
//! was. Root ignores file modes, so the commands run as `nobody` (through
//! `runuser`, as CI runs as root); without root, runuser or nobody the test
//! says SKIPPED loudly, and under `CI=true` it fails instead.

use crate::Env;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Every read command, on the demo shop.
const READS: &[&str] = &[
    "contact list",
    "contact show id:1",
    "contact duplicates",
    "contact export --format csv",
    "contact export --format vcf",
    "purchase list --limit 5",
    "purchase list",
    "purchase export",
    "purchase categories list",
    "report rfm",
    "report rfm --customers --format csv",
    "report rfm --bounds",
    "report rfm --category Bouquets",
    "report value-matrix",
    "report value-matrix --customers",
    "report pareto",
    "report pipeline",
    "report consent",
    "report clv",
    "report clv --customers --format csv",
    "report clv --model --format json",
    "report clv --as-of 2024-03-31 --holdout-until 2024-06-30 --format json",
    "report profitability",
    "report categories",
    "report categories --cross",
    "report categories --customers",
    "report channels",
    "report migration --from 2024-01-01",
    "remind",
    "remind --format ics",
    "remind --format json",
    "segment list",
    "segment show newsletter",
    "segment show Champions",
    "segment export newsletter --format csv",
    "consent show id:1",
    "consent history id:1",
    "consent verify",
    "consent text list",
    "campaign list",
    "campaign show autumn-newsletter",
    "campaign preview autumn-newsletter",
    "campaign report autumn-newsletter",
    "interaction list",
    "interaction due",
    "deal list",
    "deal show 1",
    "privacy export id:1",
    "privacy review",
    "import list",
    "config show",
];

/// `runuser`, when this test can run commands as `nobody` with it.
fn runuser() -> Option<PathBuf> {
    let path =
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].iter().map(PathBuf::from).find(|p| p.exists())?;
    let ok = std::process::Command::new(&path)
        .args(["-u", "nobody", "--", "true"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(path)
}

fn run_as_nobody(runuser: &Path, dir: &Path, line: &str) -> std::process::Output {
    std::process::Command::new(runuser)
        .args(["-u", "nobody", "--", env!("CARGO_BIN_EXE_carnet")])
        .args(line.split(' '))
        .env_clear()
        .env("CARNET_DB", dir.join("carnet.db"))
        .env("CARNET_CONFIG", dir.join("config.toml"))
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env("TZ", "UTC")
        .env("CARNET_NOW", "2024-06-30")
        .output()
        .unwrap()
}

#[test]
fn every_read_command_works_on_a_file_the_user_can_only_read() {
    sqlite_only!();
    let Some(runuser) = runuser() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true: this test must run (as root, with runuser and nobody)"
        );
        crate::skipped(
            "every_read_command_works_on_a_file_the_user_can_only_read: needs root, runuser and the user nobody",
        );
        return;
    };
    let env = Env::new();
    env.ok(&["demo", "--customers", "300", "--seed", "3"]);
    // A copy in a folder nobody may enter and read, but not write.
    let outer = tempfile::Builder::new().prefix("carnet-ro").tempdir().unwrap();
    std::fs::set_permissions(outer.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let dir = outer.path().join("shop");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("carnet.db");
    std::fs::copy(env.db(), &db).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let mut failed = Vec::new();
    for line in READS {
        let o = run_as_nobody(&runuser, &dir, line);
        if !o.status.success() {
            failed.push(format!("{line}: {}", String::from_utf8_lossy(&o.stderr)));
        }
    }
    // The same answers as on the writable file.
    for line in ["report rfm --customers --format csv", "contact show id:7 --format json", "remind --format json"] {
        let args: Vec<&str> = line.split(' ').collect();
        assert_eq!(String::from_utf8_lossy(&run_as_nobody(&runuser, &dir, line).stdout), env.ok(&args), "{line}");
    }
    // A write is refused in words, not half done.
    let o = run_as_nobody(&runuser, &dir, "contact add --name Zoé");
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(failed.is_empty(), "read commands that failed on a read-only file:\n{}", failed.join("\n"));
    assert_eq!(names, ["carnet.db"], "nothing made beside the file");
    assert!(std::fs::read(&db).unwrap() == before, "the file was changed");
}
