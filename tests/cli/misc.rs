use crate::Env;

#[test]
fn a_read_command_on_a_missing_database_fails_without_creating_it() {
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
fn config_file_sets_defaults_and_bad_keys_are_named() {
    let env = Env::new();
    env.write(
        "config.toml",
        "format = \"json\"\ncurrency = \"USD\"\ncurrency_symbol = \"$\"\nsymbol_position = \"before\"\n",
    );
    env.add(&["--name", "A"]);
    env.ok(&["purchase", "add", "A", "1234.5"]);
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["contact", "list"])).unwrap();
    assert_eq!(v[0]["total_spent"], "1234.50");
    let t = env.ok(&["contact", "list", "--format", "table"]);
    assert!(t.contains("$1 234.50"), "{t}");
    assert!(env.ok(&["config", "show"]).contains("currency = \"USD\""));
    assert_eq!(env.ok(&["config", "path"]).trim(), env.path("config.toml").to_str().unwrap());

    env.write("config.toml", "colour = \"blue\"\n");
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("config.toml") && err.contains("colour") && err.contains("line 1"), "{err}");
    env.write("config.toml", "format = \"yaml\"\n");
    let err = env.fails(1, &["contact", "list"]);
    assert!(err.contains("config.toml") && err.contains("yaml"), "{err}");
    env.write("config.toml", "csv_delimiter = \"x\"\n");
    assert!(env.fails(1, &["contact", "list"]).contains("csv_delimiter"));
}

#[test]
fn config_db_key_is_used() {
    let env = Env::new();
    let p = env.path("fromconfig.db");
    env.write("config.toml", format!("db = {:?}\n", p.to_str().unwrap()));
    env.cmd().env_remove("CARNET_DB").args(["contact", "add", "--name", "A"]).assert().success();
    assert!(p.exists());
}

#[test]
fn a_database_from_a_newer_carnet_is_refused_untouched() {
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
fn completions_are_generated_and_the_committed_ones_are_current() {
    let env = Env::new();
    for (shell, file) in [("bash", "carnet.bash"), ("zsh", "_carnet"), ("fish", "carnet.fish")] {
        let out = env.ok(&["completions", shell]);
        assert!(out.contains("contact"), "{shell}");
        let committed =
            std::fs::read_to_string(format!("{}/completions/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
        assert!(
            committed == out,
            "completions/{file} is out of date: run `cargo run -- completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn help_has_examples_everywhere() {
    let env = Env::new();
    assert!(env.ok(&["--help"]).contains("Examples:"));
    for cmd in [
        vec!["contact", "add"],
        vec!["contact", "list"],
        vec!["contact", "show"],
        vec!["contact", "merge"],
        vec!["contact", "import"],
        vec!["contact", "export"],
        vec!["purchase", "add"],
        vec!["purchase", "import"],
        vec!["purchase", "export"],
        vec!["import", "undo"],
        vec!["demo"],
        vec!["completions"],
    ] {
        let mut a = cmd.clone();
        a.push("--help");
        assert!(env.ok(&a).contains("Example"), "{cmd:?} --help has no example");
    }
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let o = env.run(&["contact", "frobnicate"]);
    assert_eq!(o.code, 2);
    let o = env.run(&["contact", "list", "--sort", "colour"]);
    assert_eq!(o.code, 2);
}

#[test]
fn carnet_now_must_be_a_date() {
    let env = Env::new();
    let o = env.cmd().env("CARNET_NOW", "soon").args(["contact", "list"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("CARNET_NOW"));
}

#[test]
fn demo_builds_a_shop_deterministically_and_never_mixes() {
    let env = Env::new();
    let o = env.run(&["demo", "--customers", "60", "--seed", "3"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    // Without --db/CARNET_DB? The test env sets CARNET_DB: it is used.
    assert!(o.stderr.contains("60 customers"), "{}", o.stderr);
    assert!(o.stdout.contains("RFM as of 2024-06-30: 60 customers"), "{}", o.stdout);
    assert!(o.stderr.contains("export CARNET_DB="), "{}", o.stderr);
    let first = env.ok(&["purchase", "export"]);
    assert!(first.lines().count() > 60);
    let err = env.fails(1, &["demo", "--customers", "60", "--seed", "3"]);
    assert!(err.contains("already holds data") && err.contains("--force"), "{err}");
    env.ok(&["demo", "--customers", "60", "--seed", "3", "--force"]);
    assert_eq!(env.ok(&["purchase", "export"]), first);
    env.ok(&["demo", "--customers", "60", "--seed", "4", "--force"]);
    assert_ne!(env.ok(&["purchase", "export"]), first);
}

#[test]
fn demo_without_db_goes_to_demo_db_in_the_data_folder() {
    let env = Env::new();
    let o = env.cmd().env_remove("CARNET_DB").args(["demo", "--customers", "5"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(env.path("data/carnet/demo.db").exists());
    assert!(!env.db().exists());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "300"]);
    let mut child = env
        .std_cmd()
        .args(["purchase", "export"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 10];
    std::io::Read::read_exact(&mut out, &mut buf).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stderr.is_empty(), "{}", String::from_utf8_lossy(&o.stderr));
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
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files: Vec<_> =
        std::fs::read_dir(format!("{root}/migrations")).unwrap().map(|e| e.unwrap().path()).collect();
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

#[test]
fn report_and_segment_help_teach() {
    let env = Env::new();
    for cmd in [
        ["report", "rfm"],
        ["report", "value-matrix"],
        ["report", "pareto"],
        ["report", "migration"],
        ["segment", "add"],
        ["segment", "export"],
    ] {
        let help = env.ok(&[cmd[0], cmd[1], "--help"]);
        assert!(help.contains("Example"), "{cmd:?}");
    }
    assert!(env.ok(&["report", "rfm", "--help"]).contains("1 + floor(5 × below / N)"));
}

#[test]
fn config_show_prints_a_config_that_reads_back() {
    let env = Env::new();
    let shown = env.ok(&["config", "show"]);
    assert!(shown.contains("[[deal_stages]]") && shown.contains("opt_in_channels"), "{shown}");
    env.write("config.toml", &shown);
    assert_eq!(env.ok(&["config", "show"]), shown);
}
