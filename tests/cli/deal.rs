use crate::Env;

fn with_contact() -> Env {
    let env = Env::new();
    env.add(&["--name", "Paul Martin", "--ref", "P"]);
    env
}

#[test]
fn a_deal_moves_through_stages_with_history() {
    let env = with_contact();
    assert_eq!(env.ok(&["deal", "add", "P", "--title", "Oak table", "--amount", "2400", "-q"]).trim(), "1");
    let d = env.json(&["deal", "show", "1"]);
    assert_eq!((d["stage"].as_str(), d["probability"].as_u64()), (Some("lead"), Some(10)));
    env.ok(&["deal", "move", "1", "Proposal"]);
    env.ok(&["deal", "move", "1", "negotiation"]);
    let d = env.json(&["deal", "show", "1"]);
    assert_eq!(d["stage"], "negotiation");
    let history = d["history"].as_array().unwrap();
    assert_eq!(history.len(), 3);
    assert!(history[2].as_str().unwrap().ends_with("proposal → negotiation — by carnet"), "{history:?}");
}

#[test]
fn won_with_purchase_adds_exactly_one_purchase() {
    let env = with_contact();
    env.ok(&["deal", "add", "P", "--title", "Oak table", "--amount", "2 400,00", "--stage", "proposal"]);
    env.ok(&["deal", "won", "1", "--record-purchase", "--date", "2024-06-28"]);
    let p = env.json(&["purchase", "list"]);
    assert_eq!(p.as_array().unwrap().len(), 1);
    assert_eq!((p[0]["amount"].as_str(), p[0]["date"].as_str()), (Some("2400.00"), Some("2024-06-28")));
    let err = env.fails(1, &["deal", "won", "1", "--record-purchase"]);
    assert!(err.contains("already won"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM purchases"), 1);
    assert_eq!(env.json(&["deal", "show", "1"])["purchase_id"], 1);
    // It counts in RFM.
    assert_eq!(env.json(&["report", "rfm", "--customers"])[0]["monetary_total"], "2400.00");
}

#[test]
fn lost_keeps_the_reason_and_lists_filter() {
    let env = with_contact();
    env.ok(&["deal", "add", "P", "--title", "A"]);
    env.ok(&["deal", "add", "P", "--title", "B", "--stage", "qualified"]);
    env.ok(&["deal", "lost", "1", "--reason", "too expensive"]);
    assert_eq!(env.json(&["deal", "list"]).as_array().unwrap().len(), 1);
    let closed = env.json(&["deal", "list", "--closed"]);
    assert_eq!((closed[0]["stage"].as_str(), closed[0]["lost_reason"].as_str()), (Some("lost"), Some("too expensive")));
    assert_eq!(env.json(&["deal", "list", "--all", "--stage", "qualified"])[0]["title"], "B");
    assert!(env.fails(1, &["deal", "move", "1", "proposal"]).contains("already lost"));
}

#[test]
fn the_expected_close_takes_a_relative_date_in_the_past_too() {
    let env = with_contact();
    // Today is 2024-06-30: -3d is 2024-06-27, as `purchase add --date -3d` reads it.
    env.ok(&["deal", "add", "P", "--title", "Late", "--close", "-3d"]);
    let deals = env.json(&["deal", "list"]);
    assert_eq!(deals[0]["expected_close"], "2024-06-27", "{deals}");
    env.ok(&["deal", "edit", "1", "--close", "-1w"]);
    assert_eq!(env.json(&["deal", "list"])[0]["expected_close"], "2024-06-23");
}

#[test]
fn bad_deal_input_writes_nothing() {
    let env = with_contact();
    let err = env.fails(1, &["deal", "add", "P", "--title", "X", "--stage", "maybe"]);
    assert!(err.contains("`maybe` is not a stage") && err.contains("lead, qualified, proposal, negotiation"), "{err}");
    assert!(env.fails(1, &["deal", "add", "P", "--title", "X", "--amount", "12.345"]).contains("--amount"));
    assert!(env.fails(1, &["deal", "add", "P", "--title", "X", "--close", "someday"]).contains("--close"));
    assert_eq!(env.sql("SELECT count(*) FROM deals"), 0);
    env.ok(&["deal", "add", "P", "--title", "X"]);
    assert!(env.fails(1, &["deal", "move", "1", "maybe"]).contains("is not a stage"));
    assert!(env.fails(1, &["deal", "move", "1", "won"]).contains("carnet deal won 1"));
    assert!(env.fails(1, &["deal", "show", "99"]).contains("no deal with id 99"));
    assert!(env.fails(1, &["deal", "won", "99"]).contains("no deal with id 99"));
    assert_eq!(env.sql("SELECT count(*) FROM deal_stage_changes"), 1);
    env.fails(2, &["deal", "rm", "1"]);
    env.ok(&["deal", "rm", "1", "--yes"]);
    assert_eq!(env.sql("SELECT count(*) FROM deals") + env.sql("SELECT count(*) FROM deal_stage_changes"), 0);
}

#[test]
fn configured_stages() {
    let env = with_contact();
    env.write("config.toml", "[[deal_stages]]\nname = \"quote\"\nprobability = 30\n\n[[deal_stages]]\nname = \"deposit\"\nprobability = 90\n");
    env.ok(&["deal", "add", "P", "--title", "Vase", "--amount", "100"]);
    assert_eq!(env.json(&["deal", "show", "1"])["stage"], "quote");
    env.ok(&["deal", "move", "1", "deposit"]);
    let p = env.json(&["report", "pipeline"]);
    assert_eq!(p[1]["weighted"], "90.00");
    env.write("config.toml", "[[deal_stages]]\nname = \"won\"\nprobability = 100\n");
    assert!(env.fails(1, &["deal", "list"]).contains("deal_stages"));
}

/// Deals A (1,000, proposal, closing 2024-07-15), B (400, lead, late since
/// 2024-06-01) and C (300, won).
fn three_deals_one_won() -> Env {
    let env = with_contact();
    env.ok(&["deal", "add", "P", "--title", "A", "--amount", "1000", "--stage", "proposal", "--close", "2024-07-15"]);
    env.ok(&["deal", "add", "P", "--title", "B", "--amount", "400", "--stage", "lead", "--close", "2024-06-01"]);
    env.ok(&["deal", "add", "P", "--title", "C", "--amount", "300", "--stage", "negotiation"]);
    env.ok(&["deal", "won", "3"]);
    env
}

#[test]
fn pipeline_report() {
    let env = three_deals_one_won();
    let stages = env.json(&["report", "pipeline"]);
    let proposal = stages.as_array().unwrap().iter().find(|s| s["stage"] == "proposal").unwrap();
    assert_eq!(
        (proposal["deals"].as_u64(), proposal["total"].as_str(), proposal["weighted"].as_str()),
        (Some(1), Some("1000.00"), Some("500.00"))
    );
    let months = env.json(&["report", "pipeline", "--by-month"]);
    let m: Vec<(&str, &str)> = months
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["month"].as_str().unwrap(), r["weighted"].as_str().unwrap()))
        .collect();
    assert_eq!(m, [("2024-06", "40.00"), ("2024-07", "500.00")]);
    let t = env.ok(&["report", "pipeline"]);
    assert!(t.contains("1 won, 0 lost, win rate 100.0 %"), "{t}");
    assert!(t.contains("Past their expected close") && t.contains("deal 2 B"), "{t}");
    // --by-month shows the forecast by month without the table by stage.
    let by_month = env.ok(&["report", "pipeline", "--by-month"]);
    assert!(t.contains("proposal") && !by_month.contains("proposal"), "{by_month}");
    assert!(by_month.contains("2024-07") && by_month.contains("win rate 100.0 %"), "{by_month}");
}

/// Colour tells what matters (a won deal green, a lost one red, an overdue
/// reminder red, today's bold), only when asked or on a terminal, never
/// with NO_COLOR, never in CSV or JSON.
#[test]
fn colour_only_where_it_tells_something_and_only_when_wanted() {
    let env = Env::new();
    env.add(&["--name", "P"]);
    env.ok(&["deal", "add", "P", "--title", "Oak table", "--amount", "2400"]);
    env.ok(&["deal", "add", "P", "--title", "Chairs", "--amount", "300"]);
    env.ok(&["deal", "add", "P", "--title", "Lamp", "--amount", "80"]);
    env.ok(&["deal", "won", "1"]);
    env.ok(&["deal", "lost", "2", "--reason", "price"]);
    let listed = env.ok(&["deal", "list", "--all", "--color", "always"]);
    let line = |word: &str| listed.lines().find(|l| l.contains(word)).unwrap_or_default().to_string();
    // comfy-table's codes: green (38;5;10) and red (38;5;9), then the default colour.
    assert!(line("Oak table").contains("\x1b[38;5;10m won"), "{listed:?}");
    assert!(line("Chairs").contains("\x1b[38;5;9m lost"), "{listed:?}");
    assert!(!line("Lamp").contains('\x1b'), "an open deal is not painted: {listed:?}");
    assert_eq!(listed.matches("\x1b[").count(), 4, "two cells, each opened and closed: {listed:?}");
    for plain in [
        env.ok(&["deal", "list", "--all"]),
        env.ok(&["deal", "list", "--all", "--color", "never"]),
        env.ok(&["deal", "list", "--all", "--color", "always", "--format", "csv"]),
        env.ok(&["deal", "list", "--all", "--color", "always", "--format", "json"]),
    ] {
        assert!(!plain.contains('\x1b'), "{plain:?}");
    }
    let no_color = env.cmd().env("NO_COLOR", "1").args(["deal", "list", "--all", "--color", "auto"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\x1b'));
    env.ok(&["interaction", "add", "P", "--kind", "call", "--follow-up", "2024-06-01"]);
    env.ok(&["interaction", "add", "P", "--kind", "call", "--follow-up", "today"]);
    let digest = env.ok(&["remind", "--color", "always"]);
    assert!(digest.contains("  \x1b[31moverdue by "), "{digest:?}");
    assert!(digest.contains("  \x1b[1mtoday "), "{digest:?}");
    assert!(!env.ok(&["remind"]).contains('\x1b'));
    let bad = env.fails(2, &["deal", "list", "--color", "sometimes"]);
    assert!(bad.contains("possible values: auto, always, never"), "{bad}");
}

/// Every figure of the pipeline's text, for scripts: one record.
#[test]
fn the_pipeline_summary_is_one_record_for_scripts() {
    let env = three_deals_one_won();
    let s = env.json(&["report", "pipeline", "--summary"]);
    assert_eq!(
        (s["open"].as_u64(), s["open_total"].as_str(), s["open_weighted"].as_str()),
        (Some(2), Some("1400.00"), Some("540.00")),
        "{s}"
    );
    assert_eq!((s["won"].as_u64(), s["lost"].as_u64(), s["win_rate"].as_f64()), (Some(1), Some(0), Some(1.0)), "{s}");
    assert_eq!((s["late"].as_u64(), s["late_deals"][0].as_str()), (Some(1), Some("2")), "{s}");
    let csv = env.ok(&["report", "pipeline", "--summary", "--format", "csv"]);
    assert!(
        csv.starts_with(
            "since,until,open,open_total,open_weighted,won,lost,win_rate,mean_days_to_win,late,late_deals\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 2);
    assert!(env.fails(2, &["report", "pipeline", "--summary", "--by-month"]).contains("--by-month"));
}
