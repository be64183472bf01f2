//! The interaction log and its follow-ups.

use crate::Env;

#[test]
fn bad_interaction_input() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let err = env.fails(1, &["interaction", "add", "A", "--kind", "telegram"]);
    assert!(err.contains("`telegram` is not a kind") && err.contains("call, email"), "{err}");
    assert!(env
        .fails(1, &["interaction", "add", "A", "--kind", "call", "--follow-up", "whenever"])
        .contains("--follow-up"));
    assert!(env.fails(1, &["interaction", "add", "A", "--kind", "call", "--deal", "7"]).contains("no deal with id 7"));
    assert!(env.fails(1, &["interaction", "add", "A", "--kind", "call", "--at", "2030-01-01"]).contains("future"));
    assert!(env.fails(1, &["contact", "edit", "A", "--every", "often"]).contains("--every"));
    assert_eq!(env.sql("SELECT count(*) FROM interactions"), 0);
    let o = env.run(&["interaction", "add", "A", "--kind", "call", "--follow-up", "2024-06-01"]);
    assert_eq!(o.code, 0);
    assert!(o.stderr.contains("warning: the follow-up 2024-06-01 is in the past"), "{}", o.stderr);
}

#[test]
fn interactions_list_show_edit_and_the_contact_card() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.add(&["--name", "B"]);
    env.ok(&["deal", "add", "A", "--title", "T"]);
    env.ok(&["interaction", "add", "A", "--kind", "call", "--note", "first", "--at", "2024-06-01"]);
    env.ok(&["interaction", "add", "A", "--kind", "visit", "--deal", "1", "--follow-up", "+1w"]);
    env.ok(&["interaction", "add", "B", "--kind", "email"]);
    assert_eq!(env.json(&["interaction", "list", "--contact", "A"]).as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["interaction", "list", "--kind", "email"])[0]["contact_name"], "B");
    assert_eq!(env.json(&["interaction", "list", "--deal", "1"])[0]["kind"], "visit");
    assert_eq!(env.json(&["interaction", "list", "--open"])[0]["follow_up"], "2024-07-07");
    assert_eq!(env.json(&["interaction", "list", "--until", "2024-06-15"])[0]["summary"], "first");
    env.ok(&["interaction", "edit", "1", "--note", "first call"]);
    assert_eq!(env.json(&["interaction", "show", "1"])["summary"], "first call");
    assert!(env.fails(1, &["interaction", "add", "B", "--kind", "call", "--deal", "1"]).contains("belongs to A"));
    let card = env.json(&["contact", "show", "A"]);
    assert_eq!(card["last_interactions"].as_array().unwrap().len(), 2);
    assert_eq!(card["open_follow_ups"].as_array().unwrap().len(), 1);
    env.ok(&["interaction", "rm", "1", "--yes"]);
    assert_eq!(env.sql("SELECT count(*) FROM interactions"), 2);
}

#[test]
fn snooze_moves_a_follow_up_and_within_looks_ahead() {
    let env = Env::new();
    env.add(&["--name", "A", "--email", "a@example.fr"]);
    env.ok(&["interaction", "add", "A", "--kind", "email", "--follow-up", "today"]);
    env.ok(&["interaction", "snooze", "1", "+3d"]);
    assert_eq!(env.run(&["remind"]).stdout, "");
    let o = env.run(&["remind", "--within", "3d"]);
    assert!(o.stdout.contains("in 3 days") && o.stdout.contains("a@example.fr"), "{}", o.stdout);
    assert_eq!(env.json(&["interaction", "due", "--within", "1w"]).as_array().unwrap().len(), 1);
    assert!(env.fails(1, &["interaction", "snooze", "1", "-2d"]).contains("in the past"));
}

#[test]
fn merge_and_rm_carry_deals_and_interactions() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    env.add(&["--name", "A2"]);
    env.ok(&["deal", "add", "A2", "--title", "T"]);
    env.ok(&["interaction", "add", "A2", "--kind", "call"]);
    env.ok(&["contact", "merge", "A", "A2", "--yes"]);
    assert_eq!(
        env.sql("SELECT count(*) FROM deals WHERE contact_id = 1")
            + env.sql("SELECT count(*) FROM interactions WHERE contact_id = 1"),
        2
    );
    let o = env.run(&["contact", "rm", "A", "--yes"]);
    assert!(o.stderr.contains("1 deal, 1 interaction and"), "{}", o.stderr);
    assert_eq!(env.sql("SELECT count(*) FROM deals") + env.sql("SELECT count(*) FROM interactions"), 0);
}
