//! Issue 24, a second adversarial pass: the database's side files, URLs
//! that are not paths, phone spellings, consent tampering the seal must
//! see, and unbounded inputs. Each test failed before its fix.

use crate::Env;

fn no_bug(err: &str) {
    assert!(!err.contains("bug in carnet") && !err.contains("panicked"), "{err}");
}

/// Every name that is the database or a file SQLite keeps beside it, in
/// every spelling a path can take.
fn side_names(env: &Env) -> Vec<String> {
    let db = env.db().display().to_string();
    let dir = env.dir.path().display().to_string();
    std::fs::create_dir_all(env.path("sub")).unwrap();
    let mut names = Vec::new();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        names.push(format!("{db}{suffix}"));
        names.push(format!("{dir}/sub/../carnet.db{suffix}"));
        names.push(format!("{dir}/not-yet/../carnet.db{suffix}"));
        names.push(format!("{dir}/./CARNET.DB{}", suffix.to_uppercase()));
        // A link planted beside, pointing there (whether or not it exists).
        let link = env.path(&format!("innocent{suffix}.db"));
        let _ = std::fs::remove_file(&link);
        std::os::unix::fs::symlink(format!("{db}{suffix}"), &link).unwrap();
        names.push(link.display().to_string());
    }
    // A hard link to the database is the database under another name.
    let hard = env.path("hard.db");
    let _ = std::fs::remove_file(&hard);
    std::fs::hard_link(env.db(), &hard).unwrap();
    names.push(hard.display().to_string());
    names
}

#[test]
fn no_file_carnet_writes_lands_on_the_database_or_a_side_file_while_it_is_open() {
    let env = Env::new();
    env.add(&["--name", "First", "--ref", "A"]);
    env.ok(&["campaign", "create", "c", "--channel", "post", "--segment", "Hibernating"]);
    // Another connection holds the database open (as a second carnet would),
    // so the log and its index exist and are in use.
    let held = rusqlite::Connection::open(env.db()).unwrap();
    let n: i64 = held.query_row("SELECT count(*) FROM contacts", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let mut acknowledged = vec!["First".to_string()];
    let names = side_names(&env);
    for (i, name) in names.iter().enumerate() {
        for args in [
            vec!["backup", name.as_str()],
            vec!["backup", name.as_str(), "--force"],
            vec!["contact", "export", "--out", name.as_str(), "--force"],
            vec!["purchase", "export", "--out", name.as_str(), "--force"],
            vec!["segment", "export", "Hibernating", "--out", name.as_str(), "--force"],
            vec!["campaign", "launch", "c", "--out", name.as_str(), "--force"],
        ] {
            let err = env.fails(1, &args);
            assert!(err.contains("is the database itself"), "{args:?}: {err}");
        }
        // Every write acknowledged after the attempts is in the file.
        let who = format!("After {i}");
        env.add(&["--name", &who]);
        acknowledged.push(who);
    }
    assert!(env.json(&["campaign", "show", "c"])["launched_on"].is_null());
    drop(held);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn.prepare("SELECT name FROM contacts ORDER BY id").unwrap();
    let stored: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(stored, acknowledged);
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    // No fake journal or stray file was left beside the database.
    assert!(!env.path("carnet.db-journal").exists());
    assert!(!env.path("not-yet").exists(), "no folder was made for a refused name");
}

#[test]
fn a_database_url_is_refused_in_words_and_nothing_is_created() {
    let env = Env::new();
    for url in ["postgresql://user@host/shop", "postgres://localhost/shop", "mysql://h/db", "file:shop.db?mode=rwc"] {
        let o = env.cmd().current_dir(env.dir.path()).args(["--db", url, "contact", "add", "--name", "X"]).output();
        let o = o.unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{url}: {err}");
        assert!(err.contains("URL, not a file") && err.contains("hint: give the path of a file"), "{url}: {err}");
        no_bug(&err);
    }
    let o = env.cmd().current_dir(env.dir.path()).env("CARNET_DB", "postgres://u@h/s").args(["contact", "list"]).output();
    let err = String::from_utf8_lossy(&o.unwrap().stderr).into_owned();
    assert!(err.contains("CARNET_DB `postgres://u@h/s` is a postgres URL"), "{err}");
    env.write("config.toml", "db = \"postgresql://u@h/s\"\n");
    let o = env.cmd().current_dir(env.dir.path()).env_remove("CARNET_DB").args(["contact", "list"]).output();
    let err = String::from_utf8_lossy(&o.unwrap().stderr).into_owned();
    assert!(err.contains("db `postgresql://u@h/s` is a postgresql URL"), "{err}");
    let left: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, vec![std::ffi::OsString::from("config.toml")], "no folder, no file");
}

/// Run carnet with the umask at 000 (everything would be world-writable).
fn under_umask_000(env: &Env, args: &[&str]) -> std::process::ExitStatus {
    let base = env.std_cmd();
    let mut c = std::process::Command::new("/bin/sh");
    c.env_clear();
    for (k, v) in base.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.arg("-c").arg("umask 000; exec \"$0\" \"$@\"").arg(env!("CARGO_BIN_EXE_carnet")).args(args);
    c.status().unwrap()
}

#[test]
fn folders_carnet_makes_for_personal_data_are_private_under_any_umask() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.add(&["--name", "A"]);
    let target = env.path("backups/2026/shop.db");
    assert!(under_umask_000(&env, &["backup", target.to_str().unwrap()]).success());
    let db = env.path("new/place/shop.db");
    assert!(under_umask_000(&env, &["--db", db.to_str().unwrap(), "contact", "add", "--name", "B"]).success());
    for d in ["backups", "backups/2026", "new", "new/place"] {
        let mode = std::fs::metadata(env.path(d)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{d}");
    }
    for f in ["backups/2026/shop.db", "new/place/shop.db"] {
        let mode = std::fs::metadata(env.path(f)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
}
