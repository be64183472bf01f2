use crate::Env;

pub fn at(env: &Env, now: &str, args: &[&str]) -> crate::Out {
    let o = env.cmd().env("CARNET_NOW", now).args(args).output().unwrap();
    crate::Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

#[test]
fn a_follow_up_due_today_appears_until_it_is_done() {
    let env = Env::new();
    env.add(&["--name", "Mme Durand", "--phone", "06 11 22 33 44"]);
    env.ok(&[
        "interaction",
        "add",
        "Mme Durand",
        "--kind",
        "call",
        "--note",
        "wants the blue vase",
        "--follow-up",
        "today",
    ]);
    let o = env.run(&["remind"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stdout.contains("Follow-ups")
            && o.stdout.contains("Mme Durand, 06 11 22 33 44")
            && o.stdout.contains("wants the blue vase"),
        "{}",
        o.stdout
    );
    env.ok(&["interaction", "done", "1"]);
    let o = env.run(&["remind"]);
    assert_eq!((o.code, o.stdout.as_str()), (0, ""));
    assert!(env.fails(1, &["interaction", "done", "1"]).contains("was done"));
}

#[test]
fn an_empty_day_prints_nothing_and_exits_0() {
    let env = Env::new();
    env.add(&["--name", "A"]);
    let o = env.run(&["remind"]);
    assert_eq!((o.code, o.stdout.as_str(), o.stderr.as_str()), (0, "", ""));
    assert_eq!(env.json(&["remind"]), serde_json::json!([]));
}

#[test]
fn remind_errors_go_to_stderr_with_exit_1() {
    let env = Env::new();
    let o = env.run(&["remind"]);
    assert_eq!((o.code, o.stdout.as_str()), (1, ""));
    assert!(o.stderr.starts_with("error: no database"));
    env.add(&["--name", "A"]);
    assert!(env.fails(1, &["remind", "--within", "soon"]).contains("--within"));
}

#[test]
fn a_cadence_resets_when_a_purchase_or_interaction_is_recorded() {
    let env = Env::new();
    env.add(&["--name", "Paul", "--every", "30d"]); // added 2024-06-30
    assert_eq!(at(&env, "2024-07-29", &["remind"]).stdout, "");
    let o = at(&env, "2024-07-30", &["remind"]);
    assert!(o.stdout.contains("Time to get in touch") && o.stdout.contains("every 30 days"), "{}", o.stdout);
    at(&env, "2024-07-30", &["purchase", "add", "Paul", "10"]);
    assert_eq!(at(&env, "2024-07-30", &["remind"]).stdout, "");
    assert!(at(&env, "2024-08-29", &["remind"]).stdout.contains("Paul"));
    at(&env, "2024-08-29", &["interaction", "add", "Paul", "--kind", "call"]);
    assert_eq!(at(&env, "2024-08-29", &["remind"]).stdout, "");
    at(&env, "2024-08-29", &["contact", "edit", "Paul", "--every", "none"]);
    assert_eq!(at(&env, "2025-08-29", &["remind"]).stdout, "");
}

#[test]
fn a_note_to_oneself_does_not_reset_a_cadence() {
    let env = Env::new();
    env.add(&["--name", "Paul", "--every", "30d"]); // added 2024-06-30
    at(&env, "2024-07-29", &["interaction", "add", "Paul", "--kind", "note", "--note", "aime le bleu"]);
    let o = at(&env, "2024-07-30", &["remind"]);
    assert!(o.stdout.contains("Time to get in touch") && o.stdout.contains("Paul"), "{}", o.stdout);
    // The shop decides which kinds are contact with the person.
    env.write("config.toml", "[interaction]\ncontact_kinds = [\"call\", \"note\"]\n");
    assert_eq!(at(&env, "2024-07-30", &["remind"]).stdout, "");
    env.write("config.toml", "[interaction]\ncontact_kinds = [\"call\", \"pigeon\"]\n");
    let o = at(&env, "2024-07-30", &["remind"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(
        o.stderr.contains("`pigeon` in [interaction] contact_kinds is not one of interaction_kinds"),
        "{}",
        o.stderr
    );
}

#[test]
fn birthdays_and_late_deals_are_announced() {
    let env = Env::new();
    env.add(&["--name", "Hélène", "--birthday", "1980-07-03", "--phone", "0600000000"]);
    env.add(&["--name", "Newyear", "--birthday", "01-02"]);
    env.add(&["--name", "Paul"]);
    env.ok(&["deal", "add", "Paul", "--title", "Table", "--close", "2024-06-25", "--stage", "proposal"]);
    let items = env.json(&["remind"]);
    let kinds: Vec<(&str, &str)> =
        items.as_array().unwrap().iter().map(|i| (i["kind"].as_str().unwrap(), i["name"].as_str().unwrap())).collect();
    assert_eq!(kinds, [("deal", "Paul"), ("birthday", "Hélène")]);
    assert_eq!(items[1]["reason"], "birthday (44)");
    // Across the new year.
    let o = at(&env, "2024-12-30", &["remind", "--format", "json"]);
    assert!(o.stdout.contains("Newyear"), "{}", o.stdout);
    let csv = env.ok(&["remind", "--format", "csv"]);
    assert!(csv.starts_with("kind,due,contact_id,name,phone,email,reason,source_id\n"), "{csv}");
}

#[test]
fn the_calendar_parses_and_keeps_its_uids() {
    let env = Env::new();
    env.add(&["--name", "Mme Durand", "--birthday", "07-01", "--every", "10d"]);
    env.ok(&[
        "interaction",
        "add",
        "Mme Durand",
        "--kind",
        "call",
        "--note",
        "devis; vase, bleu",
        "--follow-up",
        "+2d",
    ]);
    let first = env.ok(&["remind", "--within", "14d", "--format", "ics"]);
    let parse = |text: &str| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for cal in ical::IcalParser::new(text.as_bytes()) {
            let cal = cal.expect("valid iCalendar");
            for c in cal.todos.iter().map(|t| &t.properties).chain(cal.events.iter().map(|e| &e.properties)) {
                let get = |n: &str| c.iter().find(|p| p.name == n).and_then(|p| p.value.clone()).unwrap_or_default();
                out.push((get("UID"), get("SUMMARY")));
            }
        }
        out
    };
    let items = parse(&first);
    let uids: Vec<&str> = items.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(
        uids,
        ["carnet-follow-up-1@carnet.local", "carnet-keep-in-touch-1@carnet.local", "carnet-birthday-1@carnet.local"]
    );
    // A later run, after more activity, updates the same entries.
    env.ok(&["interaction", "snooze", "1", "+3d"]);
    let again = parse(&env.ok(&["remind", "--within", "14d", "--format", "ics"]));
    assert_eq!(again.iter().map(|(u, _)| u.clone()).collect::<Vec<_>>(), uids);
    assert!(first.contains("BEGIN:VTODO") && first.contains("DUE;VALUE=DATE:20240702"), "{first}");
    assert!(env.fails(2, &["contact", "list", "--format", "ics"]).contains("ics"));
}

#[test]
fn the_calendar_names_carnet_and_looks_sixty_days_ahead_by_default() {
    let env = Env::new();
    env.add(&["--name", "Mme Durand"]);
    // Today is 2024-06-30 in these tests: one follow-up in 59 days, one in 61.
    for when in ["2024-08-28", "2024-08-30"] {
        env.ok(&["interaction", "add", "Mme Durand", "--kind", "call", "--follow-up", when]);
    }
    let cal = env.ok(&["remind", "--format", "ics"]);
    assert!(cal.contains("PRODID:-//carnet//carnet "), "{cal}");
    assert!(!cal.contains("ICALENDAR-RS"), "{cal}");
    assert!(cal.contains("DUE;VALUE=DATE:20240828"), "{cal}");
    assert!(!cal.contains("DUE;VALUE=DATE:20240830"), "{cal}");
    // The digest itself still shows only what is due today: nothing.
    assert_eq!(env.ok(&["remind"]), "");
    // --within still decides when given.
    let far = env.ok(&["remind", "--format", "ics", "--within", "90d"]);
    assert!(far.contains("DUE;VALUE=DATE:20240830"), "{far}");
}

#[test]
fn the_example_script_writes_the_calendar_and_prints_the_digest_without_mail() {
    let env = Env::new();
    env.add(&["--name", "A", "--phone", "0600000000"]);
    env.ok(&["interaction", "add", "A", "--kind", "call", "--follow-up", "today"]);
    let ics = env.path("out.ics");
    // Run the script through sh with a PATH holding only the tools it
    // needs, so no mail program is found and the digest is printed.
    let bin = env.path("bin");
    std::fs::create_dir(&bin).unwrap();
    for tool in ["mv", "grep", "id", "cat"] {
        for dir in ["/usr/bin", "/bin"] {
            let p = std::path::Path::new(dir).join(tool);
            if p.exists() && !bin.join(tool).exists() {
                std::os::unix::fs::symlink(&p, bin.join(tool)).unwrap();
            }
        }
    }
    let o = std::process::Command::new("/bin/sh")
        .arg(format!("{}/examples/remind-mail.sh", env!("CARGO_MANIFEST_DIR")))
        .env_clear()
        .env("PATH", &bin)
        .env("HOME", env.dir.path())
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("CARNET_DB", env.db_arg())
        .env("CARNET_CONFIG", env.path("config.toml"))
        .env("CARNET_NOW", "2024-06-30")
        .env("ICS_OUT", &ics)
        .env("MAIL_TO", "nobody")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Follow-ups"));
    assert!(std::fs::read_to_string(&ics).unwrap().contains("BEGIN:VTODO"));
}

#[test]
fn a_category_with_a_cycle_is_due_for_renewal_until_bought_again_or_talked_about() {
    let env = Env::new();
    let f = env.write(
        "p.csv",
        "customer_id,date,amount,category\n\
         A,2023-06-15,80,Révision\n\
         B,2023-07-15,80,révision\n\
         C,2023-01-01,80,Révision\n\
         C,2024-02-01,80,Révision\n\
         D,2023-05-01,80,Révision\n\
         E,2023-05-01,80,Révision\n\
         F,2024-01-01,20,Abonnement\n\
         F,2024-02-01,20,Abonnement\n\
         F,2024-03-02,20,Abonnement\n\
         G,2024-01-10,20,Abonnement\n\
         G,2024-02-11,20,Abonnement\n",
    );
    env.ok(&["purchase", "import", &f]);
    env.ok(&[
        "interaction",
        "add",
        "ref:D",
        "--kind",
        "call",
        "--note",
        "rappelée pour la révision",
        "--at",
        "2024-06-01",
    ]);
    env.ok(&["contact", "archive", "ref:E"]);
    env.write("c.toml", "[categories.revision]\ncycle = \"12m\"\n[categories.Abonnement]\ncycle = \"measured\"\n");
    let run = |args: &[&str]| {
        let o = env.cmd().env("CARNET_CONFIG", env.path("c.toml")).args(args).output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    let items = run(&["remind", "--format", "json"]);
    let renewals: Vec<(String, String, String)> = items
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "renewal")
        .map(|i| {
            (
                i["name"].as_str().unwrap().into(),
                i["due"].as_str().unwrap().into(),
                i["reason"].as_str().unwrap().into(),
            )
        })
        .collect();
    // A: 2023-06-15 + 12 months. F and G: the measured cycle is the median
    // of the gaps 31, 30 and 32 days. B is not due yet, C bought again, D
    // was called about it, E is archived.
    assert_eq!(
        renewals,
        [
            (
                "G".to_string(),
                "2024-03-13".to_string(),
                "last Abonnement 2024-02-11, every 31 days (measured on 3 repurchases)".to_string()
            ),
            (
                "F".to_string(),
                "2024-04-02".to_string(),
                "last Abonnement 2024-03-02, every 31 days (measured on 3 repurchases)".to_string()
            ),
            ("A".to_string(), "2024-06-15".to_string(), "last Révision 2023-06-15, every year".to_string()),
        ]
    );
    let ahead = run(&["remind", "--within", "15d", "--format", "json"]);
    assert!(ahead
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["kind"] == "renewal" && i["name"] == "B" && i["due"] == "2024-07-15"));
    let o = env.cmd().env("CARNET_CONFIG", env.path("c.toml")).args(["remind", "--format", "ics"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("SUMMARY:Renewal due: A"));
    let o = env.cmd().env("CARNET_CONFIG", env.path("c.toml")).args(["remind"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("Due for renewal"), "{}", String::from_utf8_lossy(&o.stdout));
    // Buying it again ends the reminder.
    env.ok(&["purchase", "add", "ref:A", "80", "--date", "2024-06-20", "--category", "REVISION"]);
    let items = run(&["remind", "--format", "json"]);
    assert!(!items.as_array().unwrap().iter().any(|i| i["name"] == "A"));
    env.write("bad.toml", "[categories.revision]\ncycle = \"soon\"\n");
    let o = env.cmd().env("CARNET_CONFIG", env.path("bad.toml")).args(["remind"]).output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("categories.revision.cycle: `soon` is not a cycle"));
}

#[test]
fn a_cycle_kept_with_the_category_needs_no_config_and_the_config_wins() {
    let env = Env::new();
    let f = env.write(
        "p.csv",
        "customer_id,date,amount,category\nA,2023-06-15,80,Révision\nB,2023-06-01,30,Atelier\nB,2023-07-01,30,atelier\n",
    );
    env.ok(&["purchase", "import", &f]);
    let said = env.run(&["purchase", "categories", "cycle", "revision", "1y"]);
    assert_eq!(said.code, 0);
    assert_eq!(said.stderr.trim(), "`Révision` is bought again every year: `carnet remind` lists who is due");
    let renewals = |env: &Env| -> Vec<(String, String)> {
        env.json(&["remind"])
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "renewal")
            .map(|i| (i["name"].as_str().unwrap().to_string(), i["due"].as_str().unwrap().to_string()))
            .collect()
    };
    assert_eq!(renewals(&env), [("A".to_string(), "2024-06-15".to_string())]);
    let listed = env.json(&["purchase", "categories", "list"]);
    assert_eq!(listed[0]["category"], "Atelier");
    assert_eq!(listed[0]["cycle"], serde_json::Value::Null);
    assert_eq!(listed[1]["cycle"], "12m");
    // The config's cycle wins, and setting one in the file says so.
    env.write("config.toml", "[categories.REVISION]\ncycle = \"24m\"\n");
    assert!(renewals(&env).is_empty(), "due in 2025 with the config's 24 months");
    assert_eq!(env.json(&["purchase", "categories", "list"])[1]["cycle"], "24m");
    let said = env.run(&["purchase", "categories", "cycle", "atelier", "6w"]);
    assert!(!said.stderr.contains("config"), "no config cycle for Atelier");
    let said = env.run(&["purchase", "categories", "cycle", "révision", "12m"]);
    assert!(said.stderr.contains("the config sets `Révision`'s cycle to 24m, which wins"));
    std::fs::remove_file(env.path("config.toml")).unwrap();
    assert_eq!(renewals(&env).len(), 2, "A's révision and B's atelier (2023-07-01 + 42 days)");
    env.ok(&["purchase", "categories", "cycle", "atelier", "none"]);
    assert_eq!(renewals(&env).len(), 1);
    // Bad input: nothing kept.
    for (args, says) in [
        (["purchase", "categories", "cycle", "révision", "soon"], "`soon` is not a cycle"),
        (["purchase", "categories", "cycle", "bouquet", "12m"], "no category named"),
    ] {
        let o = env.run(&args);
        assert_eq!(o.code, 1);
        assert!(o.stderr.contains(says), "{}", o.stderr);
    }
    assert_eq!(env.json(&["purchase", "categories", "list"])[1]["cycle"], "12m");
}

/// Regular customers (three visits or more) are announced on the day the
/// time since their last visit goes beyond twice their own median gap:
/// once, not every day after; a new visit resets it.
#[test]
fn a_regular_customer_slipping_away_is_announced_once_on_the_day() {
    let env = Env::new();
    let f = env.write(
        "till.csv",
        "customer_id,date,amount\n\
         R1,2024-01-01,20\nR1,2024-01-15,25\nR1,2024-01-15,5\nR1,2024-01-29,20\nR1,2024-02-12,30\n\
         TWICE,2024-01-01,20\nTWICE,2024-01-08,20\n\
         GONE,2024-01-01,10\nGONE,2024-01-15,10\nGONE,2024-01-29,10\nGONE,2024-02-12,10\n",
    );
    env.ok(&["purchase", "import", &f]);
    env.ok(&["contact", "archive", "GONE"]);
    let slipping = |now: &str, args: &[&str]| -> Vec<(String, String, String)> {
        let o = at(&env, now, &[&["remind", "--format", "json"], args].concat());
        assert_eq!(o.code, 0, "{}", o.stderr);
        serde_json::from_str::<serde_json::Value>(&o.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] == "slipping_away")
            .map(|i| {
                let s = |k: &str| i[k].as_str().unwrap().to_string();
                (s("name"), s("due"), s("reason"))
            })
            .collect()
    };
    // Median gap 14 days: 28 days after 2024-02-12 is not beyond twice it, 29 is.
    assert!(slipping("2024-03-11T09:00:00Z", &[]).is_empty());
    let ahead = slipping("2024-03-11T09:00:00Z", &["--within", "7d"]);
    assert_eq!(ahead.len(), 1, "{ahead:?}");
    assert_eq!(ahead[0].1, "2024-03-12");
    assert_eq!(ahead[0].2, "usually back every 14 days; last visit 2024-02-12, 29 days by 2024-03-12");
    let today = slipping("2024-03-12T09:00:00Z", &[]);
    let r1 = env.json(&["contact", "show", "R1"])["name"].as_str().unwrap().to_string();
    assert_eq!(
        today,
        [(r1, "2024-03-12".into(), "usually back every 14 days; last visit 2024-02-12, 29 days ago".into())],
        "two visits are no rhythm; an archived customer is not announced"
    );
    assert!(slipping("2024-03-13T09:00:00Z", &[]).is_empty(), "announced once, not every day after");
    // The digest and the calendar say it too.
    let digest = at(&env, "2024-03-12T09:00:00Z", &["remind"]);
    assert!(digest.stdout.contains("Slipping away\n  today "), "{}", digest.stdout);
    let fr = at(&env, "2024-03-12T09:00:00Z", &["--lang", "fr", "remind"]);
    assert!(fr.stdout.contains("Clients qui s’éloignent"), "{}", fr.stdout);
    let ics = at(&env, "2024-03-12T09:00:00Z", &["remind", "--format", "ics"]);
    assert!(ics.stdout.contains("SUMMARY:Slipping away: R1"), "{}", ics.stdout);
    assert!(ics.stdout.contains("UID:carnet-slipping-away-1-2024-03-12@carnet.local"), "{}", ics.stdout);
    // A visit at the counter resets the clock (the database keeps the totals).
    env.ok(&["purchase", "add", "R1", "12.00", "--date", "2024-03-01"]);
    assert!(slipping("2024-03-12T09:00:00Z", &[]).is_empty());
    // The factor comes from the config, within bounds.
    env.write("config.toml", "[remind]\nslipping_factor = 3\n");
    // Gaps 14, 14, 14, 18 since the new visit: median 14, three times is 42, crossed on day 43.
    let dues: Vec<String> = slipping("2024-03-12T09:00:00Z", &["--within", "60d"]).into_iter().map(|s| s.1).collect();
    assert_eq!(dues, ["2024-04-13"]);
    env.write("config.toml", "[remind]\nslipping_factor = 0.5\n");
    let o = env.run(&["remind"]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("remind.slipping_factor = 0.5 is out of range: it must be from 1 to 20"), "{}", o.stderr);
}
