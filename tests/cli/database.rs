//! The database file: where it is, who may open it, upgrades, concurrency.
//! (The file's own tests are SQLite only; the rest run on both engines.)

use crate::Env;

#[test]
fn a_read_command_on_a_missing_database_fails_without_creating_it() {
    sqlite_only!();
    let env = Env::new();
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains(&format!("error: no database at {}", env.db().display())), "{err}");
    assert!(err.contains("hint:"));
    assert!(!env.db().exists());
}

#[test]
fn db_flag_wins_over_env_and_creates_folders() {
    let env = Env::new();
    let p = env.path("deep/er/shop.db");
    env.ok(&["--db", p.to_str().unwrap(), "contact", "add", "--name", "A"]);
    assert!(p.exists());
    assert!(!env.db().exists());
}

#[test]
fn a_database_from_a_newer_carnet_is_refused_untouched() {
    sqlite_only!();
    let env = Env::new();
    env.add(&["--name", "A"]);
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("newer carnet (schema 99"), "{err}");
    env.fails(1, &["contact", "add", "--name", "B"]);
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
}

#[test]
fn a_foreign_file_is_refused() {
    sqlite_only!();
    let env = Env::new();
    std::fs::write(env.db(), "this is not sqlite at all, just some text that is long enough").unwrap();
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("not a carnet database"), "{err}");
    std::fs::remove_file(env.db()).unwrap();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("CREATE TABLE other (x)").unwrap();
    drop(conn);
    let err = env.fails(1, &["contact", "add", "--name", "A"]);
    assert!(err.contains("not a carnet database"), "{err}");
}

#[test]
fn two_writers_at_once_both_succeed() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let spawn = |n: usize| {
        (0..n)
            .map(|i| {
                env.std_cmd()
                    .args(["purchase", "add", "A", &format!("{i}")])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect::<Vec<_>>()
    };
    for child in spawn(8) {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 8);
}

#[test]
fn a_database_from_every_older_version_upgrades() {
    sqlite_only!();
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> = std::fs::read_dir(format!("{root}/migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    // Version v: the first v migrations applied, as an older carnet left it.
    for v in 1..files.len() {
        let env = Env::new();
        {
            let conn = rusqlite::Connection::open(env.db()).unwrap();
            for f in &files[..v] {
                conn.execute_batch(&std::fs::read_to_string(f).unwrap()).unwrap();
            }
            conn.pragma_update(None, "user_version", v as i64).unwrap();
            conn.pragma_update(None, "application_id", 0x4352_4E54).unwrap();
            conn.execute(
                "INSERT INTO contacts (id, ref, name, search_key, created_at, updated_at) VALUES (1, '007', 'Old', 'old', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
        }
        env.ok(&["segment", "add", "vip", "--tag", "vip"]);
        assert_eq!(env.json(&["contact", "show", "007"])["name"], "Old", "from version {v}");
        assert_eq!(env.sql("PRAGMA user_version"), files.len() as i64);
    }
}

/// Version 5 replaced the index on purchases.batch_id with each batch's id
/// range, filled in from the purchases themselves: an import made before the
/// upgrade is still undone exactly, rows added between its rows spared.
#[test]
fn an_import_from_before_batch_ranges_undoes_exactly() {
    sqlite_only!();
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        for f in ["0001_init", "0002_segments", "0003_deals_interactions", "0004_consent_privacy_campaigns"] {
            let sql = std::fs::read_to_string(format!("{root}/migrations/{f}.sql")).unwrap();
            conn.execute_batch(&sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.pragma_update(None, "application_id", 0x4352_4E54).unwrap();
        conn.execute_batch(
            "INSERT INTO import_batches VALUES (1, 'purchases', 'a.csv', 'h1', '2024-01-01T00:00:00Z', 2, 2, 0, NULL);
             INSERT INTO import_batches VALUES (2, 'purchases', 'b.csv', 'h2', '2024-01-02T00:00:00Z', 2, 2, 0, NULL);
             INSERT INTO contacts (id, ref, name, search_key, created_at, updated_at)
                 VALUES (1, '007', 'Old', 'old', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z');
             INSERT INTO purchases (id, contact_id, day, amount_cents, batch_id) VALUES
                 (1, 1, 738000, 100, 1), (2, 1, 738000, 200, NULL), (3, 1, 738000, 300, 1),
                 (4, 1, 738001, 400, 2), (5, 1, 738001, 500, 2);",
        )
        .unwrap();
    }
    env.ok(&["import", "undo", "1", "--yes"]);
    // Left: the manual purchase 2 between the batch's rows, and batch 2.
    assert_eq!(env.sql("SELECT sum(amount_cents) FROM purchases"), 200 + 400 + 500);
    env.ok(&["import", "undo", "2", "--yes"]);
    assert_eq!(env.sql("SELECT sum(amount_cents) FROM purchases"), 200);
    assert_eq!(env.sql("SELECT count(*) FROM sqlite_schema WHERE name = 'purchases_batch'"), 0);
}

/// A shop's file from before categories and channels (schema 9), opened by
/// this carnet, upgrades and gives exactly the reports a fresh import of
/// the same purchases gives.
#[test]
fn a_file_from_before_categories_gives_the_same_reports() {
    sqlite_only!();
    use chrono::Datelike;
    let root = env!("CARGO_MANIFEST_DIR");
    let tiny = std::fs::read_to_string(format!("{root}/tests/fixtures/tiny/transactions.csv")).unwrap();
    let old = Env::new();
    {
        let conn = rusqlite::Connection::open(old.db()).unwrap();
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/migrations"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .collect();
        files.sort();
        for f in &files[..9] {
            conn.execute_batch(&std::fs::read_to_string(f).unwrap()).unwrap();
        }
        conn.pragma_update(None, "user_version", 9).unwrap();
        conn.pragma_update(None, "application_id", 0x4352_4E54).unwrap();
        for line in tiny.lines().skip(1) {
            let v: Vec<&str> = line.split(',').collect();
            conn.execute(
                "INSERT OR IGNORE INTO contacts (ref, name, search_key, created_at, updated_at) \
                 VALUES (?1, ?1, lower(?1), '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
                [v[0]],
            )
            .unwrap();
            let day = chrono::NaiveDate::parse_from_str(v[1], "%Y-%m-%d").unwrap().num_days_from_ce();
            let cents = (v[2].parse::<f64>().unwrap() * 100.0).round() as i64;
            conn.execute(
                "INSERT INTO purchases (contact_id, day, amount_cents) SELECT id, ?2, ?3 FROM contacts WHERE ref = ?1",
                rusqlite::params![v[0], day, cents],
            )
            .unwrap();
        }
    }
    let fresh = Env::new();
    fresh.ok(&["purchase", "import", &format!("{root}/tests/fixtures/tiny/transactions.csv")]);
    for report in [
        &["report", "rfm", "--format", "csv"][..],
        &["report", "rfm", "--customers", "--format", "csv"],
        &["report", "value-matrix", "--format", "csv"],
        &["report", "pareto", "--format", "csv"],
        &["report", "migration", "--from", "2024-03-01", "--format", "csv"],
    ] {
        assert_eq!(old.ok(report), fresh.ok(report), "{report:?}");
    }
    assert_eq!(old.sql("PRAGMA user_version"), fresh.sql("PRAGMA user_version"));
    let cats = old.run(&["report", "categories"]);
    assert_eq!(cats.code, 0);
    assert!(cats.stderr.contains("no purchase has a category yet"), "{}", cats.stderr);
}

/// A --db that is a folder is named as one, with no SQLite wording, and
/// the folder is left as it was.
#[test]
fn a_folder_given_as_the_database_is_refused_in_words() {
    let env = Env::new();
    let dir = env.path("shop");
    std::fs::create_dir(&dir).unwrap();
    let o = env.cmd().args(["--db", dir.to_str().unwrap(), "contact", "list"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("it is a folder, not a file") && !err.contains("unable to open"), "{err}");
    let o = env.cmd().args(["--db", dir.to_str().unwrap(), "contact", "list", "--lang", "fr"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("c'est un dossier, pas un fichier"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing written in the folder");
}

/// The database keeps each customer's figures itself: purchases written,
/// changed and deleted by hand (as the sqlite3 shell would) leave the same
/// figures, and the same reports, as a fresh import of the purchases left.
#[test]
fn purchases_changed_by_hand_keep_the_figures_and_the_reports() {
    let env = Env::new();
    let csv = env.write(
        "till.csv",
        "customer_id,date,amount\n007,2024-01-05,12.50\n007,2024-02-09,30.00\n008,2024-01-20,8.00\n009,2024-03-01,99.90\n",
    );
    env.ok(&["purchase", "import", &csv]);
    let in_step = || {
        env.sql(
            "SELECT (SELECT count(*) FROM (SELECT * FROM customer_totals EXCEPT SELECT * FROM customer_figures) AS a) \
                  + (SELECT count(*) FROM (SELECT * FROM customer_figures EXCEPT SELECT * FROM customer_totals) AS b)",
        )
    };
    for sql in [
        // A sale of 008 on 2024-03-10 (day 738955), then a refund of 009.
        "INSERT INTO purchases (contact_id, day, amount_cents) SELECT id, 738955, 4000 FROM contacts WHERE ref = '008'",
        "INSERT INTO purchases (contact_id, day, amount_cents) SELECT id, 738960, -990 FROM contacts WHERE ref = '009'",
        // 007's second visit moves to 008, then is dated a day later.
        "UPDATE purchases SET contact_id = (SELECT id FROM contacts WHERE ref = '008') WHERE amount_cents = 3000",
        "UPDATE purchases SET day = day + 1 WHERE amount_cents = 3000",
        "DELETE FROM purchases WHERE amount_cents = 800",
    ] {
        env.sql_exec(sql);
        assert_eq!(in_step(), 0, "after {sql}");
    }
    let fresh = Env::new();
    let csv = fresh.write(
        "till.csv",
        "customer_id,date,amount\n007,2024-01-05,12.50\n008,2024-02-10,30.00\n008,2024-03-10,40.00\n\
         009,2024-03-01,99.90\n009,2024-03-15,-9.90\n",
    );
    fresh.ok(&["purchase", "import", &csv]);
    for report in [
        &["report", "rfm", "--customers", "--format", "csv", "--as-of", "2024-06-30"][..],
        &["report", "value-matrix", "--format", "csv", "--as-of", "2024-06-30"],
    ] {
        assert_eq!(env.ok(report), fresh.ok(report), "{report:?}");
    }
}
