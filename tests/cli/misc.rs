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
