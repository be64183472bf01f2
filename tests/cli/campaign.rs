//! Campaigns: who they reach, the control group, the pressure cap, the report.

use crate::consent::{decisions, grant, shop, WORDING};
use crate::Env;

#[test]
fn no_opt_in_no_campaign_and_a_withdrawal_wins() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone"]);
    assert_eq!(
        decisions(&env, "news"),
        [("Hélène Dupont", "send"), ("Paul Martin", "send"), ("Zoé Garnier", "no opt-in for this channel")]
            .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // Withdrawn after the preview, before the launch: left out.
    env.ok(&["consent", "withdraw", "paul@example.com", "--channel", "email"]);
    let out = env.path("r.csv");
    env.ok(&["campaign", "launch", "news", "--out", out.to_str().unwrap()]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains("helene.dupont@example.fr") && !csv.contains("paul@") && !csv.contains("zoe@"), "{csv}");
    assert!(csv.lines().next().unwrap() == "contact_id,name,email,unsubscribe,consent_head");
    assert!(env.fails(1, &["campaign", "launch", "news", "--out", out.to_str().unwrap()]).contains("was launched"));
    // Only a new explicit grant restores it; a soft opt-in does not.
    env.ok(&["consent", "soft-opt-in", "P", "--channel", "email"]);
    assert_eq!(env.json(&["contact", "show", "P"])["consent_email"], "opted_out");
    // A grant dated the same day as the withdrawal loses (which came first
    // cannot be known); carnet says so.
    let o = env.run(&["consent", "grant", "P", "--channel", "email", "--method", "in-person", "--wording", "1"]);
    assert!(o.stderr.contains("warning: a withdrawal on the same day wins"), "{}", o.stderr);
    assert_eq!(env.json(&["contact", "show", "P"])["consent_email"], "opted_out");
    env.cmd()
        .env("CARNET_NOW", "2024-07-01")
        .args(["consent", "grant", "P", "--channel", "email", "--method", "in-person", "--wording", "1"])
        .assert()
        .success();
    assert_eq!(env.json(&["contact", "show", "P"])["consent_email"], "opted_in");
}

#[test]
fn post_and_phone_need_only_no_objection() {
    let env = shop();
    env.ok(&["contact", "edit", "Z", "--street", "1 rue A", "--postcode", "69001", "--city", "Lyon"]);
    env.ok(&["campaign", "create", "cards", "--channel", "post", "--segment", "everyone"]);
    let d = decisions(&env, "cards");
    assert_eq!(d[2], ("Zoé Garnier".to_string(), "send".to_string()));
    assert_eq!(d[0].1, "no address for the channel");
    env.ok(&["consent", "withdraw", "Z", "--all"]);
    assert_eq!(decisions(&env, "cards")[2].1, "opted out");
}

#[test]
fn holdout_is_the_same_on_every_run_with_the_same_seed() {
    let env = Env::new();
    env.write("w.txt", WORDING);
    env.ok(&["consent", "text", "add", env.path("w.txt").to_str().unwrap()]);
    let mut csv = String::from("name,email\n");
    for i in 0..200 {
        csv.push_str(&format!("C{i},c{i}@example.com\n"));
    }
    let f = env.write("c.csv", csv);
    env.ok(&["contact", "import", &f]);
    let mut grants = String::from("contact,channel,action,date,method,wording,source\n");
    for i in 0..200 {
        grants.push_str(&format!("c{i}@example.com,email,grant,2024-06-01,web-form,1,form {i}\n"));
    }
    let g = env.write("g.csv", grants);
    env.ok(&["consent", "import", &g]);
    env.ok(&["segment", "add", "all", "--has", "email"]);
    env.ok(&["campaign", "create", "a", "--channel", "email", "--segment", "all", "--holdout", "20%", "--seed", "7"]);
    env.ok(&["campaign", "create", "b", "--channel", "email", "--segment", "all", "--holdout", "20%", "--seed", "7"]);
    env.ok(&["campaign", "create", "c", "--channel", "email", "--segment", "all", "--holdout", "20%", "--seed", "8"]);
    let control = |c: &str| -> Vec<String> {
        decisions(&env, c).into_iter().filter(|(_, d)| d == "in the control group").map(|(n, _)| n).collect()
    };
    let a = control("a");
    assert_eq!(a, control("a"));
    assert_eq!(a, control("b"));
    assert_ne!(a, control("c"));
    assert!((20..=60).contains(&a.len()), "{}", a.len());
}

#[test]
fn the_pressure_cap_excludes_the_third_campaign_within_30_days() {
    let env = shop();
    grant(&env, "H", "email");
    let out = env.path("r.csv");
    for (i, day) in ["2024-06-01", "2024-06-15", "2024-06-29"].iter().enumerate() {
        let name = format!("c{i}");
        env.cmd()
            .env("CARNET_NOW", day)
            .args(["campaign", "create", &name, "--channel", "email", "--segment", "everyone"])
            .assert()
            .success();
        let o =
            env.cmd().env("CARNET_NOW", day).args(["campaign", "preview", &name, "--format", "json"]).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let h = v.as_array().unwrap().iter().find(|r| r["name"] == "Hélène Dupont").unwrap().clone();
        if i < 2 {
            assert_eq!(h["decision"], "send", "campaign {i}");
            env.cmd()
                .env("CARNET_NOW", day)
                .args(["campaign", "launch", &name, "--out", &format!("{}-{i}.csv", out.display())])
                .assert()
                .success();
        } else {
            assert_eq!(h["reason"], "contacted too often", "campaign {i}");
        }
    }
    // Thirty-one days after the first, room again.
    let o = env
        .cmd()
        .env("CARNET_NOW", "2024-07-02")
        .args(["campaign", "preview", "c2", "--format", "json"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("\"decision\":\"send\""));
}

/// A hundred contacts who agreed to email on 2024-05-01, in a segment
/// `all`, and a campaign `spring` to them with a 30 % control group.
fn hundred_who_agreed_and_spring() -> Env {
    let env = Env::new();
    env.write("w.txt", WORDING);
    env.ok(&["consent", "text", "add", env.path("w.txt").to_str().unwrap()]);
    let mut csv = String::from("name,email,ref\n");
    let mut grants = String::from("contact,channel,action,date,method,wording\n");
    for i in 0..100 {
        csv.push_str(&format!("C{i},c{i}@example.com,R{i}\n"));
        grants.push_str(&format!("R{i},email,grant,2024-05-01,web-form,1\n"));
    }
    env.ok(&["contact", "import", &env.write("c.csv", csv)]);
    env.ok(&["consent", "import", &env.write("g.csv", grants)]);
    env.ok(&["segment", "add", "all", "--has", "email"]);
    env.ok(&["campaign", "create", "spring", "--channel", "email", "--segment", "all", "--holdout", "30%"]);
    env
}

#[test]
fn campaign_report_measures_against_the_control_group() {
    let env = hundred_who_agreed_and_spring();
    assert!(env.fails(1, &["campaign", "report", "spring"]).contains("not been launched"));
    env.cmd()
        .env("CARNET_NOW", "2024-06-01")
        .args(["campaign", "launch", "spring", "--out", env.path("r.csv").to_str().unwrap()])
        .assert()
        .success();
    // Every recipient buys within the window; nobody in the control group does.
    let sends: Vec<(i64, String)> = env
        .sql_rows("SELECT contact_id, grp FROM campaign_sends")
        .into_iter()
        .map(|r| (r[0].parse().unwrap(), r[1].clone()))
        .collect();
    let recipients: Vec<i64> = sends.iter().filter(|(_, g)| g == "recipient").map(|(c, _)| *c).collect();
    for id in &recipients {
        env.ok(&["purchase", "add", &format!("id:{id}"), "10", "--date", "2024-06-10"]);
    }
    let r = env.json(&["campaign", "report", "spring"]);
    let (n1, n0) = (r["recipients"].as_i64().unwrap(), r["control"].as_i64().unwrap());
    assert_eq!(n1 + n0, 100);
    assert_eq!(r["recipients_buyers"].as_i64(), Some(n1));
    assert_eq!(r["recipients_revenue"], format!("{}.00", n1 * 10));
    assert_eq!((r["control_buyers"].as_i64(), r["control_revenue"].as_str()), (Some(0), Some("0.00")));
    assert_eq!((r["lift"].as_f64(), r["lift_low"].as_f64()), (Some(1.0), Some(1.0)), "{r}");
    assert_eq!(r["cost"], "0.00");
    assert_eq!(r["roi"], serde_json::Value::Null, "no cost, no return on investment");
    assert_eq!(r["incremental_revenue"], format!("{}.00", n1 * 10));
    assert_eq!(r["verdict"], "paid_for_itself");
    // The invoice arrives: 0,50 € a head plus 5 € fixed.
    env.ok(&["campaign", "edit", "spring", "--cost-per-contact", "0,50", "--fixed-cost", "5"]);
    let r = env.json(&["campaign", "report", "spring"]);
    let cost = 50 * n1 + 500;
    assert_eq!(r["cost"], format!("{}.{:02}", cost / 100, cost % 100));
    let roi = ((1000 * n1 - cost) as f64 / cost as f64 * 10000.0).round() / 10000.0;
    assert_eq!((r["roi"].as_f64(), r["roi_basis"].as_str()), (Some(roi), Some("revenue")));
    assert_eq!(r["incremental_margin"], serde_json::Value::Null, "no margin in the config");
    let csv = env.ok(&["campaign", "report", "spring", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 2, "one header, one record: {csv}");
    assert!(csv.starts_with("campaign,launched_on,window_days,window_open,recipients,"), "{csv}");
    let card = env.json(&["campaign", "show", "spring"]);
    assert_eq!(card["recipients"].as_i64().unwrap() + card["control"].as_i64().unwrap(), 100);
    assert_eq!((card["holdout_pct"].as_u64(), card["launched_on"].as_str()), (Some(30), Some("2024-06-01")));
    assert!(env.fails(1, &["campaign", "show", "nope"]).contains("no campaign named `nope`"));
    let t = env.ok(&["campaign", "report", "spring"]);
    assert!(t.contains("Lift in purchase rate: +100.0 points") && t.contains("made a difference"), "{t}");
    assert!(t.contains("It paid for itself") && t.contains("counted on revenue"), "{t}");
}

#[test]
fn a_campaign_whose_window_closed_is_no_longer_waiting_for_an_answer() {
    let env = hundred_who_agreed_and_spring();
    env.ok(&["campaign", "edit", "spring", "--fixed-cost", "5"]);
    env.cmd()
        .env("CARNET_NOW", "2024-06-01")
        .args(["campaign", "launch", "spring", "--out", env.path("r.csv").to_str().unwrap()])
        .assert()
        .success();
    // Every other contact buys, recipients and control alike: no measurable lift.
    for id in (1..=100).step_by(2) {
        env.ok(&["purchase", "add", &format!("id:{id}"), "10", "--date", "2024-06-10"]);
    }
    // Today (2024-06-30) the 30-day window is still open…
    let open = env.json(&["campaign", "report", "spring"]);
    assert_eq!((open["window_open"].as_bool(), open["verdict"].as_str()), (Some(true), Some("cannot_tell_yet")));
    assert!(env.ok(&["campaign", "report", "spring"]).contains("Cannot tell yet"));
    // …a month later it has closed: waiting longer will not tell.
    let later = |args: &[&str]| {
        let o = env.cmd().env("CARNET_NOW", "2024-08-01").args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        String::from_utf8(o.stdout).unwrap()
    };
    let closed: serde_json::Value =
        serde_json::from_str(&later(&["campaign", "report", "spring", "--format", "json"])).unwrap();
    assert_eq!((closed["window_open"].as_bool(), closed["verdict"].as_str()), (Some(false), Some("inconclusive")));
    let text = later(&["campaign", "report", "spring"]);
    assert!(!text.contains("Cannot tell yet") && text.contains("No clear answer: the window has closed"), "{text}");
    let fr = later(&["campaign", "report", "spring", "--lang", "fr"]);
    assert!(fr.contains("Pas de réponse nette"), "{fr}");
}

#[test]
fn campaign_costs_give_a_break_even_before_launch() {
    let env = Env::new();
    env.write("w.txt", WORDING);
    env.ok(&["consent", "text", "add", env.path("w.txt").to_str().unwrap()]);
    let mut csv = String::from("name,email,ref\n");
    let mut grants = String::from("contact,channel,action,date,method,wording\n");
    let mut buys = String::from("ref,date,amount\n");
    for i in 0..10 {
        csv.push_str(&format!("C{i},c{i}@example.com,R{i}\n"));
        grants.push_str(&format!("R{i},email,grant,2024-05-01,web-form,1\n"));
        buys.push_str(&format!("R{i},2024-05-0{},{}\n", 1 + i % 9, 20 + 2 * i));
    }
    env.ok(&["contact", "import", &env.write("c.csv", csv)]);
    env.ok(&["consent", "import", &env.write("g.csv", grants)]);
    env.ok(&["purchase", "import", &env.write("p.csv", buys)]);
    env.ok(&["segment", "add", "all", "--has", "email"]);
    // Bad costs are refused and nothing is created.
    for (flag, value, says) in
        [("--cost-per-contact", "-1", "cannot be negative"), ("--fixed-cost", "douze", "`douze`: not an amount")]
    {
        let arg = format!("{flag}={value}");
        let err = env.fails(1, &["campaign", "create", "x", "--channel", "email", "--segment", "all", &arg]);
        assert!(err.contains(flag) && err.contains(says), "{err}");
    }
    assert_eq!(env.json(&["campaign", "list"]).as_array().unwrap().len(), 0);
    env.ok(&["campaign", "create", "x", "--channel", "email", "--segment", "all", "--cost-per-contact", "1,20"]);
    // Average purchase (20 + 22 + … + 38) / 10 = 29 €; cost 10 × 1,20 € = 12 €: 1 purchase.
    let t = env.run(&["campaign", "preview", "x"]).stderr;
    assert!(t.contains("Cost: 12.00\u{a0}€ (10 × 1.20\u{a0}€ + 0.00\u{a0}€ fixed)"), "{t}");
    assert!(t.contains("must bring 1 extra purchase of 29.00\u{a0}€") && t.contains("10.0 % of the 10 people"), "{t}");
    assert!(t.contains("that is in revenue"), "{t}");
    // With a 40 % margin and 100 € fixed: 112 / 0.4 = 280 € of sales, 280 / 29 → 10 purchases.
    env.ok(&["campaign", "edit", "x", "--fixed-cost", "100"]);
    env.write("c.toml", "[value]\nmargin = \"40%\"\n");
    let o = env.cmd().env("CARNET_CONFIG", env.path("c.toml")).args(["campaign", "preview", "x"]).output().unwrap();
    let t = String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr);
    assert!(t.contains("must bring 10 extra purchases") && !t.contains("in revenue"), "{t}");
    let c = &env.json(&["campaign", "list"])[0];
    assert_eq!((c["cost_per_contact"].as_str(), c["fixed_cost"].as_str()), (Some("1.20"), Some("100.00")));
    assert!(env.fails(2, &["campaign", "edit", "x"]).contains("nothing to change"));
    assert!(env.fails(1, &["campaign", "edit", "nope", "--fixed-cost", "1"]).contains("no campaign named `nope`"));
}

/// `campaign launch --out FILE.xlsx` (or `--format xlsx`) writes a real
/// workbook of the recipients, not CSV under an .xlsx name.
#[test]
fn a_launch_file_can_be_a_workbook() {
    use calamine::Data;
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone"]);
    let out = env.path("destinataires.xlsx");
    env.ok(&["campaign", "launch", "news", "--out", out.to_str().unwrap()]);
    let rows = crate::language::sheet(&out);
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    assert_eq!(header, ["contact_id", "name", "email", "unsubscribe", "consent_head"]);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[1..].iter().all(|r| matches!(r[0], Data::Float(_) | Data::Int(_))), "ids are numbers: {rows:?}");
    assert!(rows.iter().any(|r| r[2] == Data::String("helene.dupont@example.fr".into())), "{rows:?}");
    env.ok(&["campaign", "create", "again", "--channel", "email", "--segment", "everyone"]);
    let out = env.path("again.xls");
    env.ok(&["campaign", "launch", "again", "--out", out.to_str().unwrap(), "--format", "xlsx"]);
    assert_eq!(&std::fs::read(&out).unwrap()[..2], b"PK", "a zip: the workbook format");
}

/// The unsubscribe sentence of a launch file is carnet's own in the shop's
/// language unless the config gives one; `config show` shows the one in
/// effect.
#[test]
fn the_default_unsubscribe_text_speaks_the_shops_language() {
    let launch = |lang: &str, name: &str| {
        let env = shop();
        grant(&env, "H", "email");
        env.ok(&["campaign", "create", name, "--channel", "email", "--segment", "everyone"]);
        let out = env.path("r.csv");
        env.ok(&["campaign", "launch", name, "--out", out.to_str().unwrap(), "--lang", lang]);
        (std::fs::read_to_string(&out).unwrap(), env)
    };
    let (fr, env) = launch("fr", "nouvelles");
    assert!(fr.contains("Pour ne plus recevoir ces messages, répondez STOP"), "{fr}");
    assert!(env.ok(&["config", "show", "--lang", "fr"]).contains("unsubscribe_text = \"Pour ne plus recevoir"));
    let (en, _) = launch("en", "news");
    assert!(en.contains("To stop receiving these messages, reply STOP"), "{en}");
    let env = shop();
    env.write("config.toml", "[campaign]\nunsubscribe_text = \"Écrivez STOP\"\n");
    grant(&env, "H", "email");
    env.ok(&["campaign", "create", "n", "--channel", "email", "--segment", "everyone"]);
    let out = env.path("r.csv");
    env.ok(&["campaign", "launch", "n", "--out", out.to_str().unwrap(), "--lang", "fr"]);
    assert!(std::fs::read_to_string(&out).unwrap().contains("Écrivez STOP"));
}
