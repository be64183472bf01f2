use crate::Env;

/// Every row of every table, as text: two files with equal dumps hold the
/// same data.
fn dump(path: &std::path::Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {t}")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        let mut lines = Vec::new();
        while let Some(r) = rows.next().unwrap() {
            let cells: Vec<String> =
                (0..n).map(|i| format!("{:?}", r.get::<_, rusqlite::types::Value>(i).unwrap())).collect();
            lines.push(format!("{t}: {}", cells.join(", ")));
        }
        lines.sort();
        out.extend(lines);
    }
    out
}

#[test]
fn backup_is_a_complete_private_copy_carnet_opens() {
    sqlite_only!();
    let env = Env::new();
    env.ok(&["demo", "--customers", "40", "-q"]);
    let target = env.path("backups/2024/shop.db");
    let o = env.run(&["backup", target.to_str().unwrap()]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("backed up") && o.stderr.contains("shop.db"), "{}", o.stderr);
    let copy = dump(&target);
    assert!(copy.len() > 100, "the demo shop has data: {}", copy.len());
    assert_eq!(copy, dump(&env.db()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let from_backup = env.json(&["--db", target.to_str().unwrap(), "contact", "show", "C000001"]);
    assert_eq!(from_backup, env.json(&["contact", "show", "C000001"]));
    // No partial file is left beside it.
    let left: Vec<_> = std::fs::read_dir(target.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, vec![std::ffi::OsString::from("shop.db")]);
}

#[test]
fn backup_never_overwrites_unless_forced() {
    sqlite_only!();
    let env = Env::new();
    env.add(&["--name", "A"]);
    let target = env.write("old.db", "precious");
    let err = env.fails(1, &["backup", &target]);
    assert!(err.contains("old.db already exists") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    let v = env.json(&["backup", &target, "--force"]);
    assert!(v["bytes"].as_u64().unwrap() > 0, "{v}");
    assert_eq!(dump(std::path::Path::new(&target)), dump(&env.db()));
}

#[test]
fn backup_bad_input() {
    sqlite_only!();
    let env = Env::new();
    let err = env.fails(1, &["backup", env.path("b.db").to_str().unwrap()]);
    assert!(err.contains("no database at"), "{err}");
    env.add(&["--name", "A"]);
    let err = env.fails(1, &["backup", env.db().to_str().unwrap(), "--force"]);
    assert!(err.contains("is the database itself"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 1);
    // A folder that cannot be made (a file stands in its way): named, nothing left behind.
    let blocker = env.write("afile", "x");
    let err = env.fails(1, &["backup", &format!("{blocker}/sub/b.db")]);
    assert!(err.contains("cannot write") && err.contains("sub/b.db") && err.contains("hint:"), "{err}");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
    let err = env.fails(2, &["backup"]);
    assert!(err.contains("<FILE>"), "{err}");
}
