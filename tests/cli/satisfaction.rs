//! Satisfaction answers, the report, the loyalty matrix (Dick & Basu),
//! the call-backs in `remind`, and the matrix as a segment criterion, on a
//! small shop worked out by hand (as of 2024-06-30).

use crate::Env;

/// A refusal in French: exit 1, `erreur :` first.
fn fails_fr(env: &Env, args: &[&str]) -> String {
    let o = env.run(args);
    assert_eq!(o.code, 1, "{args:?}: {}", o.stderr);
    assert!(o.stderr.starts_with("erreur"), "{}", o.stderr);
    o.stderr
}

fn count(env: &Env, table: &str) -> i64 {
    env.sql(&format!("SELECT count(*) FROM {table}"))
}

/// Visits: A 6, B 5, E 2, C 1, D 1: F scores A 5, B 4, E 3, C 1, D 1.
/// Latest answers: A 10 (NPS), B 6 (NPS, after a 9), C 5 of 5, E 2 of 5;
/// D never answered. So A true, B spurious, C latent, E none, D no answer.
fn shop() -> Env {
    let env = Env::new();
    let mut csv = String::from("customer_id,date,amount\n");
    for (who, n, amount) in [("A", 6, 20), ("B", 5, 10), ("E", 2, 50), ("C", 1, 100), ("D", 1, 30)] {
        for i in 0..n {
            csv += &format!("{who},2024-0{}-1{i},{amount}\n", 1 + i % 5);
        }
    }
    let f = env.write("till.csv", csv);
    env.ok(&["purchase", "import", &f]);
    env.ok(&["satisfaction", "add", "ref:A", "--score", "10", "--date", "2024-06-01"]);
    env.ok(&["satisfaction", "add", "ref:B", "--score", "9", "--date", "2024-05-10"]);
    env.ok(&["satisfaction", "add", "ref:B", "--score", "6", "--date", "2024-06-20", "--comment", "waited too long"]);
    let answers = env.write(
        "form.csv",
        "contact;date;score;comment;scale\nref:C;2024-06-05;5;;5\nref:E;25/06/2024;2;pas content;5\n",
    );
    env.ok(&["satisfaction", "import", &answers]);
    env
}

#[test]
fn answers_are_recorded_listed_and_refused_in_words() {
    let env = shop();
    let all = env.json(&["satisfaction", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 5);
    assert_eq!(all[0]["contact_name"], "E");
    assert_eq!((all[0]["scale"].as_str(), all[0]["score"].as_u64()), (Some("5"), Some(2)));
    assert_eq!(all[0]["comment"], "pas content");
    let b = env.json(&["satisfaction", "list", "--contact", "ref:B"]);
    assert_eq!(b.as_array().unwrap().len(), 2);
    // -q prints the new id alone; --about names a service request.
    let id = env.ok(&["satisfaction", "add", "ref:D", "--score", "4", "--scale", "5", "--about", "service:3", "-q"]);
    let d = env.json(&["satisfaction", "list", "--contact", "ref:D"]);
    assert_eq!(d[0]["id"].to_string(), id.trim());
    assert_eq!(d[0]["about"], "service:3");
    // Bad scores, scales and subjects: named, exit 1, nothing written.
    let before = count(&env, "satisfaction_answers");
    assert!(env.fails(1, &["satisfaction", "add", "ref:A", "--score", "11"]).contains("--score"));
    assert!(env.fails(1, &["satisfaction", "add", "ref:A", "--score", "0", "--scale", "5"]).contains("1 to 5"));
    assert!(env.fails(1, &["satisfaction", "add", "ref:A", "--score", "3", "--scale", "7"]).contains("--scale"));
    assert!(env.fails(1, &["satisfaction", "add", "ref:A", "--score", "3", "--about", "deal"]).contains("service:N"));
    assert!(env.fails(1, &["satisfaction", "add", "ref:A", "--score", "3", "--date", "2024-07-02"]).contains("--date"));
    assert!(env.fails(1, &["satisfaction", "add", "nobody", "--score", "3"]).contains("nobody"));
    // A form with one bad line: the file, line, column and value named; nothing recorded.
    let bad = env.write("bad.csv", "contact,date,score\nref:A,2024-06-01,9\nref:C,2024-06-02,12\n");
    let err = env.fails(1, &["satisfaction", "import", &bad]);
    assert!(
        err.contains("bad.csv") && err.contains("line 3") && err.contains("column 3") && err.contains("12"),
        "{err}"
    );
    let unknown = env.write("who.csv", "contact,date,score\nref:Z,2024-06-01,9\n");
    assert!(env.fails(1, &["satisfaction", "import", &unknown]).contains("line 2"));
    assert_eq!(count(&env, "satisfaction_answers"), before);
    // In French too.
    let fr = fails_fr(&env, &["--lang", "fr", "satisfaction", "add", "ref:A", "--score", "12"]);
    assert!(fr.contains("n’est pas une note"), "{fr}");
}

#[test]
fn the_report_gives_nps_and_means_with_their_intervals() {
    let env = shop();
    let rows = env.json(&["report", "satisfaction"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.iter().map(|r| r["group"].as_str().unwrap()).collect::<Vec<_>>(), ["2024-05", "2024-06", "all"]);
    // May: one promoter. June: A 10 and B 6 (NPS 0, the interval the whole
    // range), C 5 and E 2 of 5 (mean 3.5, sd 2.12, ± 2.94 kept within 1–5).
    assert_eq!((rows[0]["nps"].as_f64(), rows[0]["nps_answers"].as_u64()), (Some(100.0), Some(1)));
    let june = &rows[1];
    assert_eq!((june["promoters"].as_u64(), june["detractors"].as_u64()), (Some(1), Some(1)));
    assert_eq!(
        (june["nps"].as_f64(), june["nps_low"].as_f64(), june["nps_high"].as_f64()),
        (Some(0.0), Some(-100.0), Some(100.0))
    );
    assert_eq!(
        (june["mean_score"].as_f64(), june["mean_low"].as_f64(), june["mean_high"].as_f64()),
        (Some(3.5), Some(1.0), Some(5.0))
    );
    // All: 2 promoters and a detractor of 3: 33.3, from too few answers to tell.
    assert_eq!(rows[2]["nps"].as_f64(), Some(33.3));
    assert_eq!(rows[2]["small_sample"], true);
    let table = env.ok(&["report", "satisfaction"]);
    assert!(table.contains("too few to tell"), "{table}");
    let fr = env.ok(&["--lang", "fr", "report", "satisfaction"]);
    assert!(fr.contains("trop peu pour conclure") && fr.contains("toutes"), "{fr}");
    let csv = env.ok(&["report", "satisfaction", "--format", "csv"]);
    assert!(csv.starts_with("group,nps_answers,promoters,passives,detractors,nps,"), "{csv}");
    // A window with no answer says so.
    let none = env.run(&["report", "satisfaction", "--until", "2023-12-31"]);
    assert!(none.stderr.contains("no answers"), "{}", none.stderr);
}

#[test]
fn the_loyalty_matrix_puts_each_customer_in_one_cell() {
    let env = shop();
    let cells = env.json(&["report", "loyalty-matrix"]);
    let by: std::collections::HashMap<String, u64> = cells
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["cell"].as_str().unwrap().to_string(), c["customers"].as_u64().unwrap()))
        .collect();
    for cell in ["true", "latent", "spurious", "none", "no_answer"] {
        assert_eq!(by[cell], 1, "{cell}: {cells}");
    }
    // B spent 5 × 10 €: the spurious cell's revenue.
    let spurious = cells.as_array().unwrap().iter().find(|c| c["cell"] == "spurious").unwrap();
    assert_eq!(spurious["revenue"], "50.00");
    let listed = env.json(&["report", "loyalty-matrix", "--customers"]);
    let cell_of = |r: &str| {
        listed.as_array().unwrap().iter().find(|c| c["ref"] == r).map(|c| c["cell"].as_str().unwrap().to_string())
    };
    assert_eq!(
        ["A", "B", "C", "D", "E"].map(cell_of),
        ["true", "spurious", "latent", "no_answer", "none"].map(|s| Some(s.to_string()))
    );
    let only = env.json(&["report", "loyalty-matrix", "--cell", "latent"]);
    assert_eq!(only.as_array().unwrap().len(), 1);
    assert_eq!((only[0]["ref"].as_str(), only[0]["f_score"].as_u64()), (Some("C"), Some(1)));
    // Before B's second answer, B was still a promoter: true loyalty.
    let early = env.json(&["report", "loyalty-matrix", "--customers", "--as-of", "2024-06-10", "--cell", "true"]);
    assert_eq!(early.as_array().unwrap().iter().map(|c| c["ref"].as_str().unwrap()).collect::<Vec<_>>(), ["A", "B"]);
    assert!(env.fails(1, &["report", "loyalty-matrix", "--cell", "great"]).contains("--cell"));
    let fr = env.ok(&["--lang", "fr", "report", "loyalty-matrix"]);
    assert!(fr.contains("fidélité factice") && fr.contains("Dick & Basu"), "{fr}");
    // As a segment criterion.
    env.ok(&["segment", "add", "at-risk-regulars", "--loyalty", "spurious"]);
    let members = env.json(&["segment", "show", "at-risk-regulars"]);
    assert_eq!(members.as_array().unwrap().iter().map(|c| c["ref"].as_str().unwrap()).collect::<Vec<_>>(), ["B"]);
    let by_segment = env.json(&["report", "satisfaction", "--by", "segment"]);
    assert_eq!(by_segment[0]["group"], "at-risk-regulars");
    assert_eq!((by_segment[0]["nps_answers"].as_u64(), by_segment[0]["detractors"].as_u64()), (Some(2), Some(1)));
    assert!(env.fails(1, &["segment", "add", "x", "--loyalty", "great"]).contains("--loyalty"));
}

#[test]
fn remind_lists_unhappy_answers_until_someone_calls() {
    let env = shop();
    let due = env.json(&["remind"]);
    let calls: Vec<&serde_json::Value> = due.as_array().unwrap().iter().filter(|r| r["kind"] == "call_back").collect();
    assert_eq!(calls.len(), 2, "{due}");
    assert!(calls.iter().any(|r| r["reason"].as_str().unwrap().contains("answered 6 of 10 on 2024-06-20")));
    assert!(calls.iter().any(|r| r["reason"].as_str().unwrap().contains("pas content")));
    let fr = env.ok(&["--lang", "fr", "remind"]);
    assert!(fr.contains("Clients mécontents à rappeler"), "{fr}");
    env.ok(&["interaction", "add", "ref:B", "--kind", "call", "--note", "apologised"]);
    let due = env.json(&["remind"]);
    let left: Vec<&serde_json::Value> = due.as_array().unwrap().iter().filter(|r| r["kind"] == "call_back").collect();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["name"], "E");
}

#[test]
fn export_and_erasure_cover_the_answers() {
    let env = shop();
    let out = env.ok(&["privacy", "export", "ref:B"]);
    let doc: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(doc["satisfaction"].as_array().unwrap().len(), 2);
    assert_eq!(doc["satisfaction"][0]["comment"], "waited too long");
    env.ok(&["privacy", "forget", "ref:B", "--yes"]);
    let comments = env.sql("SELECT count(*) FROM satisfaction_answers WHERE comment LIKE '%waited%'");
    assert_eq!(comments, 0, "what they wrote is erased");
    assert_eq!(count(&env, "satisfaction_answers"), 5, "the scores stay, about nobody");
}

#[test]
fn whole_outputs_snapshot() {
    let env = shop();
    insta::assert_snapshot!("satisfaction_report_table", env.snap(&["report", "satisfaction"]));
    insta::assert_snapshot!("satisfaction_report_csv", env.snap(&["report", "satisfaction", "--format", "csv"]));
    insta::assert_snapshot!("loyalty_matrix_table", env.snap(&["report", "loyalty-matrix"]));
    insta::assert_snapshot!("loyalty_matrix_fr", env.snap(&["--lang", "fr", "report", "loyalty-matrix"]));
    insta::assert_snapshot!(
        "loyalty_matrix_customers_json",
        env.snap(&["report", "loyalty-matrix", "--customers", "--format", "json"])
    );
    insta::assert_snapshot!("satisfaction_list_table", env.snap(&["satisfaction", "list"]));
}
