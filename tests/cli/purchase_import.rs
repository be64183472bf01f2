use crate::Env;

const TINY: &str = "customer_id,date,amount\n007,2024-06-01,45.50\n007,2024-06-02,10\nB12,2024-05-01,-5.00\n";

#[test]
fn import_matches_refs_creates_unknown_customers_and_summarises() {
    let env = Env::new();
    env.add(&["--name", "Hélène", "--ref", "007"]);
    let f = env.write("sales.csv", TINY);
    let o = env.run(&["purchase", "import", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("3 rows read, 3 purchases added, 1 contact created"), "{}", o.stderr);
    // The same in French, plurals included.
    let fr = env.run(&["purchase", "import", &f, "--dry-run", "--allow-reimport", "--lang", "fr"]);
    assert!(fr.stderr.contains("essai : 3 lignes lues dans"), "{}", fr.stderr);
    assert_eq!(env.json(&["contact", "show", "007"])["total_spent"], "55.50");
    let b = env.json(&["contact", "show", "ref:B12"]);
    assert_eq!((b["name"].as_str(), b["total_spent"].as_str()), (Some("B12"), Some("-5.00")));
}

/// A few rows into a file of many contacts: refs are asked of the database
/// one at a time instead of all loaded. The matching must be the same.
#[test]
fn a_small_import_into_a_big_customer_file_matches_the_same_way() {
    let env = Env::new();
    let mut contacts = String::from("name,ref\n");
    for i in 0..200 {
        contacts.push_str(&format!("Customer {i},{i:03}\n"));
    }
    env.ok(&["contact", "import", &env.write("contacts.csv", contacts)]);
    env.ok(&["contact", "archive", "ref:042"]);
    let f = env.write("sales.csv", "customer_id,date,amount\n007,2024-06-01,1\n7,2024-06-01,2\nNEW,2024-06-01,3\n042,2024-06-02,4\nNEW,2024-06-03,5\n007,2024-06-04,6\n");
    let v = env.json(&["purchase", "import", &f]);
    assert_eq!((v["rows_read"].as_i64(), v["contacts_created"].as_i64()), (Some(6), Some(2)), "{v}");
    assert_eq!(env.json(&["contact", "show", "ref:007"])["total_spent"], "7.00");
    assert_eq!(env.json(&["contact", "show", "ref:042"])["total_spent"], "4.00");
    let created = env.json(&["contact", "show", "ref:NEW"]);
    assert_eq!((created["name"].as_str(), created["total_spent"].as_str()), (Some("NEW"), Some("8.00")));
    assert_eq!(env.json(&["contact", "show", "ref:7"])["total_spent"], "2.00");
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 202);
}

#[test]
fn french_spreadsheet_variant() {
    let env = Env::new();
    let f =
        env.write("ventes.csv", "customer_id;date;amount;note\n007;14/03/2024;45,50;vase\n008;15/03/2024;1 234,50;\n");
    env.ok(&["purchase", "import", &f, "--date-format", "DD/MM/YYYY"]);
    let r = env.json(&["purchase", "list"]);
    assert_eq!(r[0]["date"], "2024-03-15");
    assert_eq!(r[0]["amount"], "1234.50");
    assert_eq!(r[1]["note"], "vase");
    assert_eq!(r[1]["customer_id"], "007");
}

#[test]
fn one_bad_row_refuses_the_file_naming_line_column_and_value() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let before = env.snapshot();
    let cases = [
        ("customer_id,date,amount\n1,2024-01-01,10\n2,2024-02-30,10\n", "line 3, column 2 (date): `2024-02-30`"),
        ("customer_id,date,amount\n1,2024-01-01,10\n2,2024-01-01,10.505\n", "line 3, column 3 (amount): `10.505`"),
        // (A row without a customer is a walk-in sale: counted, not refused.)
        ("customer_id,date,amount\n1,2024-01-01,10\n2,2024-01-01\n", "line 3: 2 columns where the header has 3"),
        // The first bad line is named, even with a malformed one after it.
        ("customer_id,date,amount\n1,2024-01-01,10\n2,2024-13-01,10\n3,2024-01-01\n", "line 3, column 2 (date)"),
        ("customer_id,date,colour\n1,2024-01-01,10\n", "line 1: no column for amount"),
        ("customer_id,amount\n1,10\n", "line 1: no column for date"),
    ];
    for (content, expected) in cases {
        let f = env.write("bad.csv", content);
        let err = env.fails(1, &["purchase", "import", &f]);
        assert!(err.contains(&format!("bad.csv {expected}")) || err.contains(expected), "{err}\nexpected: {expected}");
        assert!(err.contains("hint:"), "{err}");
        assert_eq!(env.snapshot(), before, "nothing written for {expected}");
    }
}

#[test]
fn empty_and_non_utf8_files_are_refused() {
    let env = Env::new();
    let f = env.write("empty.csv", "");
    assert!(env.fails(1, &["purchase", "import", &f]).contains("empty.csv is empty"));
    let f = env.write("header.csv", "customer_id,date,amount\n");
    assert!(env.fails(1, &["purchase", "import", &f]).contains("no rows"));
    // Windows-1252 (French Excel's "CSV"): read as such, and said so.
    let f = env.write("latin1.csv", b"customer_id,date,amount,note\n1,2024-01-01,10,caf\xe9\n");
    let o = env.run(&["purchase", "import", &f]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("read as windows-1252"), "{}", o.stderr);
    assert_eq!(env.json(&["purchase", "list"])[0]["note"], "café");
    let err = env.fails(1, &["purchase", "import", "/nonexistent/file.csv"]);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn dry_run_validates_and_writes_nothing() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let before = env.snapshot();
    let f = env.write("sales.csv", TINY);
    let o = env.run(&["purchase", "import", &f, "--dry-run"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stderr.contains("dry run") && o.stderr.contains("would add 3 purchases and create 2 contacts"),
        "{}",
        o.stderr
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn the_same_file_twice_is_refused_unless_allowed() {
    let env = Env::new();
    let f = env.write("sales.csv", TINY);
    env.ok(&["purchase", "import", &f]);
    let copy = env.write("copy.csv", TINY);
    let err = env.fails(1, &["purchase", "import", &copy]);
    assert!(err.contains("already imported (batch 1, sales.csv"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 3);
    env.ok(&["purchase", "import", &copy, "--allow-reimport"]);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 6);
}

#[test]
fn json_summary_for_scripts() {
    let env = Env::new();
    let f = env.write("sales.csv", TINY);
    let v = env.json(&["purchase", "import", &f]);
    assert_eq!(v["batch_id"], 1);
    assert_eq!(v["rows_read"], 3);
    assert_eq!(v["contacts_created"], 2);
}

#[test]
fn import_list_and_undo_remove_exactly_the_batch() {
    let env = Env::new();
    env.add(&["--name", "Kept", "--ref", "007"]);
    env.ok(&["purchase", "add", "007", "1"]);
    let f = env.write("sales.csv", TINY);
    env.ok(&["purchase", "import", &f]);
    // A created contact that gets a manual purchase afterwards is kept.
    env.ok(&["purchase", "add", "ref:B12", "2"]);
    let list = env.json(&["import", "list"]);
    assert_eq!(list[0]["purchases_added"], 3);
    assert_eq!(list[0]["undone_at"], serde_json::Value::Null);
    env.fails(2, &["import", "undo", "1"]);
    let o = env.run(&["import", "undo", "1", "--yes"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("removed 3 purchases and 0 contacts; kept 1 contact that other records refer to"),
        "{}",
        o.stderr
    );
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 2);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
    let err = env.fails(1, &["import", "undo", "1", "--yes"]);
    assert!(err.contains("already undone"), "{err}");
    assert!(env.fails(1, &["import", "undo", "9", "--yes"]).contains("no import batch 9"));
    // After an undo the same file may come in again.
    env.ok(&["purchase", "import", &f]);
    env.ok(&["import", "undo", "2", "--yes"]);
}

#[test]
fn undo_spares_a_purchase_that_reused_an_id_inside_the_batch() {
    let env = Env::new();
    let f = env.write("sales.csv", TINY);
    env.ok(&["purchase", "import", &f]);
    env.ok(&["purchase", "rm", "3", "--yes"]);
    if crate::engine::is_postgres() {
        // A server's sequence never gives an id twice, so `purchase add`
        // cannot reuse 3. The same guarantee matters there for another
        // reason: a counter's purchase committed while an import runs takes
        // an id between the import's (both draw on one sequence). Such a
        // purchase, inside the batch's id range but not of the batch, is
        // made by hand here; the undo must spare it all the same.
        env.sql_exec(
            "INSERT INTO purchases (id, contact_id, day, amount_cents) \
             SELECT 3, id, 738000, 999 FROM contacts WHERE ref = 'B12'",
        );
    } else {
        // Removing the batch's last purchase frees its id for the next one.
        env.ok(&["purchase", "add", "ref:B12", "9.99"]);
    }
    assert_eq!(env.sql("SELECT max(id) FROM purchases"), 3);
    env.ok(&["import", "undo", "1", "--yes"]);
    assert_eq!(env.sql("SELECT sum(amount_cents) FROM purchases"), 999);
}

#[test]
fn undo_removes_created_contacts_nothing_refers_to() {
    let env = Env::new();
    let f = env.write("sales.csv", TINY);
    env.ok(&["purchase", "import", &f]);
    assert_eq!(env.sql("SELECT count(*) FROM contacts"), 2);
    env.ok(&["import", "undo", "1", "--yes"]);
    assert_eq!(env.snapshot(), "contacts=0 purchases=0 import_batches=1 contact_tags=0 ");
}

/// A file above the bulk threshold (4 MiB) takes the fast path: the
/// per-contact index is dropped and rebuilt. Everything must still hold.
fn big_csv(rows: usize, bad_at: Option<usize>) -> String {
    let mut s = String::from("customer_id,date,amount,note\n");
    for i in 0..rows {
        let amount = if Some(i) == bad_at { "1.234".to_string() } else { format!("{}.{:02}", i % 500, i % 100) };
        s.push_str(&format!(
            "K{:05},2024-0{}-{:02},{amount},some note for row {i}\n",
            i % 20000,
            1 + i % 6,
            1 + i % 28
        ));
    }
    assert!(s.len() > 4 << 20, "the file must exceed the bulk threshold");
    s
}

/// The index a bulk import drops and rebuilds, covering what and where.
fn has_contact_index(env: &Env) -> bool {
    let sql = if crate::engine::is_postgres() {
        "SELECT count(*) FROM pg_indexes WHERE indexname = 'purchases_contact_day' \
         AND indexdef LIKE '%(contact_id, day, amount_cents, category_id, channel)'"
    } else {
        "SELECT count(*) FROM sqlite_schema WHERE name = 'purchases_contact_day' \
         AND sql LIKE '%(contact_id, day, amount_cents, category_id, channel)'"
    };
    env.sql(sql) == 1
}

/// A big import writes through a rollback journal; afterwards the file is
/// back in WAL mode, where readers never wait for a writer, and whole.
/// (A SQLite file's own properties: PostgreSQL has neither.)
fn file_is_in_wal_and_whole(env: &Env) {
    if crate::engine::is_postgres() {
        return;
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(env.sql("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}

#[test]
fn a_big_import_is_complete_and_keeps_its_indexes() {
    let env = Env::new();
    let f = env.write("big.csv", big_csv(120_000, None));
    let v = env.json(&["purchase", "import", &f]);
    assert_eq!(v["rows_read"], 120_000);
    assert_eq!(v["contacts_created"], 20_000);
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 120_000);
    assert_eq!(env.sql("SELECT count(DISTINCT contact_id) FROM purchases"), 20_000);
    assert!(has_contact_index(&env));
    // Contacts got the ids the parser gave them: each purchase's contact has the row's ref.
    let padded = if crate::engine::is_postgres() {
        "lpad(((p.id - 1) % 20000)::text, 5, '0')"
    } else {
        "printf('%05d', (p.id - 1) % 20000)"
    };
    assert_eq!(
        env.sql(&format!(
            "SELECT count(*) FROM purchases p JOIN contacts c ON c.id = p.contact_id WHERE c.ref = 'K' || {padded}"
        )),
        120_000
    );
    let total: i64 = (0..120_000i64).map(|i| (i % 500) * 100 + i % 100).sum();
    assert_eq!(env.sql("SELECT sum(amount_cents) FROM purchases"), total);
    file_is_in_wal_and_whole(&env);
}

#[test]
fn a_big_import_beside_an_open_reader_goes_in() {
    sqlite_only!();
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "K00001"]);
    let reader = rusqlite::Connection::open(env.db()).unwrap();
    reader.execute_batch("BEGIN; SELECT count(*) FROM contacts;").unwrap();
    let f = env.write("big.csv", big_csv(120_000, None));
    let v = env.json(&["purchase", "import", &f]);
    assert_eq!(v["purchases_added"], 120_000);
    // The reader still sees the file as it was when it began.
    assert_eq!(reader.query_row("SELECT count(*) FROM purchases", [], |r| r.get::<_, i64>(0)).unwrap(), 0);
    reader.execute_batch("COMMIT").unwrap();
    file_is_in_wal_and_whole(&env);
}

/// Killed at any point, an import leaves the file as it was or complete,
/// never half-written, and the next command works.
#[test]
fn a_big_import_killed_midway_leaves_nothing_half_done() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "K00001"]);
    let before = env.snapshot();
    let f = env.write("big.csv", big_csv(120_000, None));
    for delay_ms in [50, 200, 400] {
        let mut child = env.std_cmd().args(["purchase", "import", &f, "--allow-reimport"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        env.ok(&["contact", "list"]);
        let after = env.snapshot();
        let purchases = env.sql("SELECT count(*) FROM purchases");
        assert!(after == before || purchases % 120_000 == 0, "half an import after {delay_ms} ms: {after}");
        file_is_in_wal_and_whole(&env);
        assert!(has_contact_index(&env));
    }
}

#[test]
fn a_bad_row_deep_in_a_big_file_leaves_everything_as_it_was() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "K00001"]);
    let before = env.snapshot();
    let f = env.write("big.csv", big_csv(120_000, Some(119_000)));
    let err = env.fails(1, &["purchase", "import", &f]);
    assert!(err.contains("big.csv line 119002, column 3 (amount): `1.234`"), "{err}");
    assert_eq!(env.snapshot(), before);
    assert!(has_contact_index(&env));
    file_is_in_wal_and_whole(&env);
}

#[test]
fn a_missing_index_is_rebuilt_on_open() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.ok(&["purchase", "add", "A", "10", "--category", "Révision", "--date", "2024-01-02"]);
    env.ok(&["purchase", "categories", "cycle", "revision", "12m"]);
    env.sql_exec("DROP INDEX purchases_contact_day; DROP INDEX purchases_category;");
    assert!(!has_contact_index(&env));
    // A read answers without them, and writes nothing.
    assert_eq!(env.json(&["remind", "--within", "400d"]).as_array().unwrap().len(), 1, "answered without them");
    env.ok(&["report", "rfm"]);
    assert!(!has_contact_index(&env));
    // The next write puts them back.
    env.ok(&["contact", "add", "--name", "B"]);
    assert!(has_contact_index(&env));
    assert!(env.index_exists("purchases_category"));
}
