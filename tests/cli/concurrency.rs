//! Several people at once: eight carnet processes writing and reading the
//! same database together (a SQLite file under its busy timeout, or a
//! PostgreSQL database under serializable transactions and their retries).
//! Afterwards every acknowledged write is there exactly once, every write
//! that said it failed left nothing, a failure is said in words, and the
//! totals the database keeps equal a recomputation from the purchases.

use crate::Env;
use std::time::{Duration, Instant};

/// Processes running at the same time.
const WORKERS: usize = 8;
/// Commands each process-runner starts, at most...
const ROUNDS: usize = 6;
/// ...and no new one after this long (CI has two cores).
const BOUND: Duration = Duration::from_secs(30);
/// Rows of each imported file: enough for PostgreSQL's COPY path.
const IMPORT_ROWS: usize = 80;
/// Customers the counters sell to.
const CUSTOMERS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Purchase,
    Contact,
    Interaction,
    Import,
    Report,
}

const KINDS: [Kind; 5] = [Kind::Purchase, Kind::Contact, Kind::Interaction, Kind::Import, Kind::Report];

/// One command run: what it was, its unique tag, and what it answered.
#[derive(Debug)]
struct Done {
    kind: Kind,
    tag: String,
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_one(env: &Env, worker: usize, round: usize) -> Done {
    let kind = KINDS[(worker + round) % KINDS.len()];
    let tag = format!("w{worker}r{round}");
    let customer = format!("ref:S{}", (worker + round) % CUSTOMERS);
    let args: Vec<String> = match kind {
        Kind::Purchase => {
            let cents = 100 + worker * 10 + round;
            let amount = format!("{}.{:02}", cents / 100, cents % 100);
            vec!["purchase".into(), "add".into(), customer, amount, "--note".into(), tag.clone(), "-q".into()]
        }
        Kind::Contact => {
            vec!["contact".into(), "add".into(), "--name".into(), format!("Person {tag}"), "--ref".into(), tag.clone()]
                .into_iter()
                .chain(["-q".to_string()])
                .collect()
        }
        Kind::Interaction => ["interaction", "add", &customer, "--kind", "call", "--note", &tag, "-q"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        Kind::Import => {
            // Sales to the known customers and to one new customer, each
            // row's note naming the file.
            let mut csv = String::from("customer,date,amount,note\n");
            for i in 0..IMPORT_ROWS {
                let who = if i % 5 == 0 { format!("N{tag}") } else { format!("S{}", i % CUSTOMERS) };
                csv.push_str(&format!("{who},2024-0{}-{:02},{}.50,{tag}-{i}\n", 1 + i % 6, 1 + i % 28, 1 + i % 40));
            }
            let file = env.write(&format!("{tag}.csv"), csv);
            vec!["purchase".into(), "import".into(), file, "--format".into(), "json".into()]
        }
        Kind::Report => {
            let which = ["rfm", "value-matrix", "pareto"][round % 3];
            vec!["report".into(), which.into(), "--format".into(), "json".into()]
        }
    };
    let o = env.std_cmd().args(&args).output().expect("run carnet");
    Done {
        kind,
        tag,
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Words only: no engine's text, no SQL, no panic; and the one failure
/// writers at once may meet, after their retries: the database was busy
/// (anything else, a duplicate id say, is a bug of concurrency).
fn assert_said_in_words(d: &Done) {
    assert!(d.stderr.starts_with("error: the database is busy"), "{d:?}: only a busy database may refuse a write");
    assert!(d.stderr.contains("\nhint: "), "{d:?}: a hint follows");
    for raw in ["panicked", "SQLSTATE", "db error", "sqlite", "SQLite error", "postgres", "ERROR:", "INSERT", "SELECT"]
    {
        assert!(!d.stderr.contains(raw), "{d:?}: the engine's own text ({raw}) on stderr");
    }
}

#[test]
fn eight_processes_at_once_lose_nothing_and_keep_the_totals_exact() {
    let env = Env::new();
    for i in 0..CUSTOMERS {
        env.add(&["--name", &format!("Seed {i}"), "--ref", &format!("S{i}")]);
        env.ok(&["purchase", "add", &format!("ref:S{i}"), "10", "--date", "2024-01-15", "--note", &format!("seed{i}")]);
    }
    let seed_purchases = env.sql("SELECT count(*) FROM purchases");
    assert_eq!(seed_purchases, CUSTOMERS as i64);

    let start = Instant::now();
    let done: Vec<Done> = std::thread::scope(|s| {
        let runners: Vec<_> = (0..WORKERS)
            .map(|w| {
                let env = &env;
                s.spawn(move || {
                    let mut out = Vec::new();
                    for round in 0..ROUNDS {
                        if start.elapsed() > BOUND {
                            break;
                        }
                        out.push(run_one(env, w, round));
                    }
                    out
                })
            })
            .collect();
        runners.into_iter().flat_map(|r| r.join().expect("a runner")).collect()
    });

    let mut acknowledged = 0;
    let mut expected_purchases = seed_purchases;
    for d in &done {
        let ok = d.code == 0;
        if ok {
            acknowledged += 1;
        } else {
            assert_eq!(d.code, 1, "{d:?}: a failure is the user's kind (exit 1), never a crash");
            assert_said_in_words(d);
        }
        let id = || d.stdout.trim().parse::<i64>().unwrap_or_else(|_| panic!("{d:?}: the new id on stdout"));
        match d.kind {
            Kind::Purchase => {
                let n = env.sql(&format!("SELECT count(*) FROM purchases WHERE note = '{}'", d.tag));
                assert_eq!(n, i64::from(ok), "{d:?}: purchases with its note");
                if ok {
                    expected_purchases += 1;
                    assert_eq!(env.sql(&format!("SELECT id FROM purchases WHERE note = '{}'", d.tag)), id());
                }
            }
            Kind::Contact => {
                let n = env.sql(&format!("SELECT count(*) FROM contacts WHERE ref = '{}'", d.tag));
                assert_eq!(n, i64::from(ok), "{d:?}: contacts with its ref");
                if ok {
                    assert_eq!(env.sql(&format!("SELECT id FROM contacts WHERE ref = '{}'", d.tag)), id());
                }
            }
            Kind::Interaction => {
                let n = env.sql(&format!("SELECT count(*) FROM interactions WHERE summary = '{}'", d.tag));
                assert_eq!(n, i64::from(ok), "{d:?}: interactions with its note");
                if ok {
                    assert_eq!(env.sql(&format!("SELECT id FROM interactions WHERE summary = '{}'", d.tag)), id());
                }
            }
            Kind::Import => {
                let rows = env.sql(&format!("SELECT count(*) FROM purchases WHERE note LIKE '{}-%'", d.tag));
                let new = env.sql(&format!("SELECT count(*) FROM contacts WHERE ref = 'N{}'", d.tag));
                if ok {
                    let json: serde_json::Value = serde_json::from_str(&d.stdout).expect("the import's JSON");
                    assert_eq!(json["purchases_added"], IMPORT_ROWS as u64, "{d:?}");
                    assert_eq!((rows, new), (IMPORT_ROWS as i64, 1), "{d:?}: every row and the new customer");
                    let batch = json["batch_id"].as_i64().expect("a batch id");
                    let of_batch = env.sql(&format!("SELECT count(*) FROM purchases WHERE batch_id = {batch}"));
                    assert_eq!(of_batch, IMPORT_ROWS as i64, "{d:?}: the batch holds its rows only");
                    expected_purchases += IMPORT_ROWS as i64;
                } else {
                    assert_eq!((rows, new), (0, 0), "{d:?}: a failed import leaves nothing");
                }
            }
            Kind::Report => {
                assert!(ok, "{d:?}: a report reads while others write");
                serde_json::from_str::<serde_json::Value>(&d.stdout).expect("the report's JSON");
            }
        }
    }
    eprintln!(
        "concurrency: {} commands in {:.1}s, {acknowledged} acknowledged, failures: {:?}",
        done.len(),
        start.elapsed().as_secs_f64(),
        done.iter()
            .filter(|d| d.code != 0)
            .map(|d| (d.kind, d.stderr.lines().next().unwrap_or("")))
            .collect::<Vec<_>>()
    );
    // The test meant something: most of the work went through, of every kind.
    assert!(done.len() >= WORKERS * 2, "only {} commands ran", done.len());
    assert!(acknowledged * 2 >= done.len(), "{acknowledged} of {} acknowledged:\n{done:#?}", done.len());
    for k in KINDS {
        assert!(done.iter().any(|d| d.kind == k && d.code == 0), "no {k:?} went through:\n{done:#?}");
    }
    // Nothing unacknowledged is there: the purchases are exactly those.
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), expected_purchases);

    // The kept totals equal the view's recomputation and a plain one.
    assert_eq!(
        env.sql(
            "SELECT (SELECT count(*) FROM (SELECT * FROM customer_totals EXCEPT SELECT * FROM customer_figures) AS a) \
                  + (SELECT count(*) FROM (SELECT * FROM customer_figures EXCEPT SELECT * FROM customer_totals) AS b)"
        ),
        0,
        "customer_totals differs from customer_figures"
    );
    assert_eq!(
        env.sql(
            "SELECT count(*) FROM (SELECT contact_id, count(*) AS n, CAST(sum(amount_cents) AS BIGINT) AS s \
             FROM purchases GROUP BY contact_id) AS p LEFT JOIN customer_totals t ON t.contact_id = p.contact_id \
             WHERE t.contact_id IS NULL OR t.purchase_rows <> p.n OR t.total_cents <> p.s"
        ),
        0,
        "a customer's kept count or total differs from the purchases"
    );
    assert_eq!(
        env.sql("SELECT count(*) FROM customer_totals"),
        env.sql("SELECT count(DISTINCT contact_id) FROM purchases")
    );
}
