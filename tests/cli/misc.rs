use crate::Env;

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
fn date_flags_read_the_shops_way_of_writing_dates() {
    let env = Env::new();
    env.add(&["--name", "A", "--ref", "A"]);
    let fr = |args: &[&str]| {
        let o = env.cmd().env("LANG", "fr_FR.UTF-8").args(args).output().unwrap();
        (o.status.code(), String::from_utf8_lossy(&o.stdout).to_string() + &String::from_utf8_lossy(&o.stderr))
    };
    // In French: day first, and the French words.
    assert_eq!(fr(&["purchase", "add", "A", "12", "--date", "28/06/2024"]).0, Some(0));
    assert_eq!(fr(&["purchase", "add", "A", "13", "--date", "hier"]).0, Some(0));
    assert_eq!(fr(&["deal", "add", "A", "--title", "Table", "--close", "15/07/2024"]).0, Some(0));
    assert_eq!(fr(&["interaction", "add", "A", "--kind", "call", "--follow-up", "demain"]).0, Some(0));
    assert_eq!(fr(&["contact", "edit", "A", "--birthday", "03/12"]).0, Some(0));
    let days: Vec<String> = env
        .json(&["purchase", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["date"].as_str().unwrap().into())
        .collect();
    assert_eq!(days, ["2024-06-29", "2024-06-28"]);
    assert_eq!(env.json(&["deal", "list"])[0]["expected_close"], "2024-07-15");
    assert_eq!(env.json(&["interaction", "list"])[0]["follow_up"], "2024-07-01");
    assert_eq!(env.json(&["contact", "show", "A"])["birthday"], "--12-03", "3 December");
    // Without a language or date_format, a date that reads two ways is refused, nothing written.
    let err = env.fails(1, &["purchase", "add", "A", "14", "--date", "03/06/2024"]);
    assert!(err.contains("--date") && err.contains("2024-06-03 or 2024-03-06") && err.contains("date_format"), "{err}");
    assert_eq!(env.json(&["purchase", "list"]).as_array().unwrap().len(), 2);
    env.ok(&["purchase", "add", "A", "14", "--date", "13/06/2024"]);
    // date_format says it explicitly.
    env.write("config.toml", "date_format = \"MM/DD/YYYY\"\n");
    env.ok(&["purchase", "add", "A", "15", "--date", "06/03/2024"]);
    assert!(env.json(&["purchase", "list"]).as_array().unwrap().iter().any(|p| p["date"] == "2024-06-03"));
    env.write("config.toml", "date_format = \"DD.MM.YY\"\n");
    assert!(env.fails(1, &["contact", "list"]).contains("date_format"));
}

#[test]
fn the_man_page_is_generated_and_the_committed_one_is_current() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH carnet 1"), "{}", &page[..200.min(page.len())]);
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH SUBCOMMANDS", "carnet\\-contact(1)"] {
        assert!(page.contains(section), "no {section} in the man page");
    }
    let committed = std::fs::read_to_string(format!("{}/man/carnet.1", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
    assert!(committed == page, "man/carnet.1 is out of date: run `cargo run -- man > man/carnet.1`");
    let contact = env.ok(&["man", "contact"]);
    assert!(contact.contains(".TH carnet-contact 1") && contact.contains("import"), "{contact}");
    let err = env.fails(1, &["man", "nope"]);
    assert!(err.contains("`nope` is not a carnet command") && err.contains("contact"), "{err}");
}
