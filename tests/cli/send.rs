//! `campaign send` against a real SMTP server on 127.0.0.1 (aiosmtpd,
//! installed by `.ci/run` into target/venv; `CARNET_TEST_PYTHON` names
//! another Python that has it). Under `CI=true` a missing server fails
//! the test; elsewhere the test says SKIPPED and returns.

use crate::consent::{grant, shop};
use crate::Env;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub const MESSAGE: &str =
    "Subject: Spring sale for {{first_name}}\n\nHello {{first_name}},\n\nEverything is 20% off this week.\n";

/// A Python with aiosmtpd, or None (SKIPPED) outside CI.
pub fn python() -> Option<PathBuf> {
    let candidates: Vec<PathBuf> = std::env::var_os("CARNET_TEST_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([Path::new(env!("CARGO_MANIFEST_DIR")).join("target/venv/bin/python")])
        .collect();
    for p in candidates {
        let ok = Command::new(&p)
            .args(["-c", "import aiosmtpd"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(p);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but no Python with aiosmtpd: .ci/run installs it into target/venv");
    }
    crate::skipped("no Python with aiosmtpd (run .ci/run, or set CARNET_TEST_PYTHON): the SMTP tests did not run");
    None
}

pub struct Smtp {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Smtp {
    pub fn start(python: &Path, dir: PathBuf, args: &[&str]) -> Smtp {
        std::fs::create_dir_all(&dir).unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/smtp_server.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg("--dir")
            .arg(&dir)
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the SMTP server");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let port =
            line.trim().strip_prefix("READY ").unwrap_or_else(|| panic!("server said {line:?}")).parse().unwrap();
        Smtp { child, port, dir }
    }

    /// Every message the server accepted, in order.
    pub fn messages(&self) -> Vec<String> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        names.sort();
        names.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    }
}

pub fn header<'a>(message: &'a str, name: &str) -> Option<&'a str> {
    message
        .lines()
        .take_while(|l| !l.is_empty())
        .find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()))
}

/// How many messages each envelope recipient got.
pub fn per_recipient(messages: &[String]) -> std::collections::BTreeMap<String, usize> {
    let mut n = std::collections::BTreeMap::new();
    for m in messages {
        *n.entry(header(m, "X-Envelope-To").unwrap().to_string()).or_default() += 1;
    }
    n
}

pub fn config(env: &Env, smtp: &str, extra: &str) {
    env.write(
        "config.toml",
        format!(
            "[send]\nsmtp = \"{smtp}\"\nfrom = \"Atelier Roux <bonjour@atelier-roux.fr>\"\nper_minute = 60000\n{extra}"
        ),
    );
}

/// The shop of the consent tests, H and P opted in, a campaign launched.
pub fn launched(env: &Env) {
    grant(env, "H", "email");
    grant(env, "P", "email");
    let msg = env.write("msg.txt", MESSAGE);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    env.ok(&["campaign", "launch", "news", "--out", env.path("r.csv").to_str().unwrap()]);
}

/// `n` customers opted in by email, a campaign to them launched.
pub fn crowd(env: &Env, n: usize) {
    env.write("w.txt", crate::consent::WORDING);
    env.ok(&["consent", "text", "add", env.path("w.txt").to_str().unwrap()]);
    let mut csv = String::from("name,email\n");
    let mut grants = String::from("contact,channel,action,date,method,wording,source\n");
    for i in 0..n {
        csv.push_str(&format!("Customer {i},c{i}@example.com\n"));
        grants.push_str(&format!("c{i}@example.com,email,grant,2024-06-01,web-form,1,form {i}\n"));
    }
    let f = env.write("c.csv", csv);
    env.ok(&["contact", "import", &f]);
    let g = env.write("g.csv", grants);
    env.ok(&["consent", "import", &g]);
    env.ok(&["segment", "add", "all", "--has", "email"]);
    let msg = env.write("msg.txt", MESSAGE);
    env.ok(&["campaign", "create", "big", "--channel", "email", "--segment", "all", "--message", &msg]);
    env.ok(&["campaign", "launch", "big", "--out", env.path("r.csv").to_str().unwrap()]);
}

#[test]
fn every_message_arrives_once_with_its_headers_and_a_rerun_sends_nothing() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "reply_to = \"shop@atelier-roux.fr\"\n");
    launched(&env);
    let o = env.run(&["campaign", "send", "news"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("2 sent now, 0 sent before"), "{}", o.stderr);
    let got = server.messages();
    assert_eq!(got.len(), 2);
    let paul = got.iter().find(|m| header(m, "To") == Some("paul@example.com")).expect("Paul's message");
    assert_eq!(header(paul, "Subject"), Some("Spring sale for Paul"));
    assert_eq!(header(paul, "From"), Some("\"Atelier Roux\" <bonjour@atelier-roux.fr>"));
    assert_eq!(header(paul, "Reply-To"), Some("shop@atelier-roux.fr"));
    assert!(paul.contains("Hello Paul,") && paul.contains("20% off"), "{paul}");
    assert!(paul.contains("To stop receiving these messages"), "the unsubscribe text: {paul}");
    let token: String =
        env.sql_text("SELECT token FROM campaign_outbox o JOIN contacts c ON c.id = o.contact_id WHERE c.ref = 'P'");
    assert_eq!(
        header(paul, "List-Unsubscribe"),
        Some(format!("<mailto:shop@atelier-roux.fr?subject=unsubscribe%20{token}>").as_str())
    );
    let mid = header(paul, "Message-ID").unwrap();
    assert!(mid.starts_with("<carnet.1.") && mid.ends_with("@atelier-roux.fr>"), "{mid}");
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent' AND answer LIKE '250%'"), 2);
    // Zoé never opted in: not in the audience, not sent.
    assert!(!got.iter().any(|m| m.contains("zoe@")));
    let again = env.run(&["campaign", "send", "news"]);
    assert!(again.stderr.contains("0 sent now, 2 sent before"), "{}", again.stderr);
    assert_eq!(server.messages().len(), 2);
}

#[test]
fn consent_is_checked_again_at_send_time() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    launched(&env);
    env.ok(&["consent", "withdraw", "paul@example.com", "--channel", "email"]);
    let o = env.run(&["campaign", "send", "news"]);
    assert!(o.stderr.contains("1 sent now, 0 sent before, 1 not sent"), "{}", o.stderr);
    let got = server.messages();
    assert_eq!(got.len(), 1);
    assert_eq!(header(&got[0], "To"), Some("helene.dupont@example.fr"));
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'skipped' AND answer = 'opted out'"), 1);

    // Erased after the launch: not sent either.
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    launched(&env);
    env.ok(&["privacy", "forget", "H", "--yes"]);
    let o = env.run(&["campaign", "send", "news"]);
    assert!(o.stderr.contains("1 sent now, 0 sent before, 1 not sent"), "{}", o.stderr);
    assert_eq!(per_recipient(&server.messages()).into_keys().collect::<Vec<_>>(), ["paul@example.com"]);
}

#[test]
fn an_html_message_goes_with_a_text_part() {
    let env = shop();
    config(&env, "smtp://127.0.0.1:9", "");
    grant(&env, "P", "email");
    let msg = env.write(
        "msg.html",
        "Subject: News\n<html><body><p>Hello <b>{{first_name}}</b> &amp; welcome</p></body></html>\n",
    );
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    env.ok(&["campaign", "launch", "news", "--out", env.path("r.csv").to_str().unwrap()]);
    let dir = env.path("out");
    env.ok(&["campaign", "send", "news", "--dry-run", dir.to_str().unwrap()]);
    let eml = std::fs::read_to_string(dir.join("2.eml")).unwrap();
    assert!(eml.contains("multipart/alternative"), "{eml}");
    assert!(eml.contains("Content-Type: text/plain") && eml.contains("Hello Paul & welcome"), "{eml}");
    assert!(eml.contains("Content-Type: text/html") && eml.contains("<b>Paul</b>"), "{eml}");
}

#[test]
fn a_4xx_is_retried_and_a_5xx_is_a_bounce() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &["--fail-first", "2", "--reject", "paul@example.com"]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    launched(&env);
    let o = env.cmd().env("CARNET_SEND_RETRY_MS", "20").args(["campaign", "send", "news"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("1 sent now") && stderr.contains("1 bounced"), "{stderr}");
    assert_eq!(server.messages().len(), 1);
    assert_eq!(
        env.sql("SELECT attempts FROM campaign_outbox o JOIN contacts c ON c.id = o.contact_id WHERE c.ref = 'H'"),
        1
    );
    let answer = env.sql_text("SELECT answer FROM campaign_outbox WHERE state = 'bounced'");
    assert!(answer.contains("5.1.1"), "{answer}");
    assert_eq!(env.json(&["contact", "show", "P"])["consent_email"], "bounced");
    // A server that keeps saying "later": deferred, queued for the next run.
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &["--fail-first", "100"]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    launched(&env);
    let o = env.cmd().env("CARNET_SEND_RETRY_MS", "5").args(["campaign", "send", "news"]).output().unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("2 deferred"));
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'queued' AND answer LIKE '%451%'"), 2);
    drop(server);
    let server = Smtp::start(&py, env.path("mail2"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    env.ok(&["campaign", "send", "news"]);
    assert_eq!(server.messages().len(), 2);
}

#[test]
fn an_unreachable_server_stops_the_run_and_loses_nothing() {
    let env = shop();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    config(&env, &format!("smtp://127.0.0.1:{port}"), "");
    launched(&env);
    let err = env.fails(1, &["campaign", "send", "news"]);
    assert!(err.contains("could not be reached") && err.contains("none lost"), "{err}");
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent'"), 0);
}

/// A CA and a certificate for localhost signed by it, made with the
/// openssl command.
fn certificates(env: &Env) -> Option<(String, String, String)> {
    let dir = env.path("tls");
    std::fs::create_dir_all(&dir).unwrap();
    env.write("tls/ext.cnf", "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    let run = |args: &[&str]| {
        Command::new("openssl").current_dir(&dir).args(args).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    };
    let ok = run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=carnet test CA",
    ]) && run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "key.pem",
        "-out",
        "req.csr",
        "-subj",
        "/CN=localhost",
    ]) && run(&[
        "x509",
        "-req",
        "-in",
        "req.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "cert.pem",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
    ]);
    if !ok {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but the openssl command could not make a test certificate");
        }
        crate::skipped("no openssl command to make a test certificate");
        return None;
    }
    let p = |n: &str| dir.join(n).to_string_lossy().into_owned();
    Some((p("ca.pem"), p("cert.pem"), p("key.pem")))
}

#[test]
fn tls_from_the_start_and_starttls_with_a_login() {
    let Some(py) = python() else { return };
    let env = shop();
    let Some((ca, cert, key)) = certificates(&env) else { return };
    launched(&env);
    for (mode, scheme) in
        [("implicit", "smtps://shop@localhost:{}"), ("starttls", "smtp://shop@localhost:{}?tls=required")]
    {
        let server =
            Smtp::start(&py, env.path(&format!("mail-{mode}")), &["--tls", mode, "--cert", &cert, "--key", &key]);
        let url = scheme.replace("{}", &server.port.to_string());
        // Without the shop's certificate authority the server is not trusted.
        config(&env, &url, "");
        let o = env.cmd().env("CARNET_SMTP_PASSWORD", "s3cret").args(["campaign", "send", "news"]).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{mode}: {}", String::from_utf8_lossy(&o.stderr));
        assert!(server.messages().is_empty());
        config(&env, &url, &format!("ca_file = \"{ca}\"\n"));
        // The server requires the login (no password: carnet says so).
        assert!(env.fails(1, &["campaign", "send", "news"]).contains("CARNET_SMTP_PASSWORD"));
        let o = if mode == "implicit" {
            env.cmd().env("CARNET_SMTP_PASSWORD", "s3cret").args(["campaign", "send", "news"]).output().unwrap()
        } else {
            // The password from a command (a password manager), not the environment.
            config(&env, &url, &format!("ca_file = \"{ca}\"\npassword_command = \"printf s3cret\"\n"));
            env.cmd().args(["campaign", "send", "news"]).output().unwrap()
        };
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{mode}: {stderr}");
        assert_eq!(server.messages().len(), 2, "{mode}");
        // The next mode sends the same campaign again from the start.
        env.sql_exec("DELETE FROM campaign_outbox");
    }
}

#[test]
fn dry_run_writes_eml_files_and_sends_nothing() {
    let env = shop();
    config(&env, "smtp://127.0.0.1:9", "");
    launched(&env);
    let dir = env.path("out");
    env.ok(&["campaign", "send", "news", "--dry-run", dir.to_str().unwrap()]);
    let mut files: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, ["1.eml", "2.eml"]);
    let paul = std::fs::read_to_string(dir.join("2.eml")).unwrap();
    assert!(
        paul.contains("Subject: Spring sale for Paul")
            && paul.contains("List-Unsubscribe: <mailto:bonjour@atelier-roux.fr?subject=unsubscribe%20"),
        "{paul}"
    );
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox"), 0);
    // The same folder again needs --force.
    env.fails(1, &["campaign", "send", "news", "--dry-run", dir.to_str().unwrap()]);
    env.ok(&["campaign", "send", "news", "--dry-run", dir.to_str().unwrap(), "--force"]);
}

#[test]
fn a_field_someone_lacks_is_an_error_at_preview_and_send() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    env.ok(&["contact", "edit", "H", "--city", "Lyon"]);
    let msg = env.write("msg.txt", "Subject: Hi\n\nSee you in {{city}}!\n");
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    let err = env.fails(1, &["campaign", "preview", "news"]);
    assert!(err.contains("{{city}}") && err.contains("Paul Martin has none"), "{err}");
    let msg = env.write("msg2.txt", "Hello {{prenom}}\n");
    env.ok(&["campaign", "create", "other", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    let err = env.fails(1, &["campaign", "preview", "other"]);
    assert!(err.contains("{{prenom}}") && err.contains("first_name"), "{err}");
    // French users first.
    let o = env.run(&["--lang", "fr", "campaign", "preview", "news"]);
    assert_eq!(o.code, 1);
    assert!(o.stderr.contains("Paul Martin n'en a pas"), "{}", o.stderr);
}

#[test]
fn send_needs_a_launch_and_a_server() {
    let env = shop();
    grant(&env, "H", "email");
    let msg = env.write("msg.txt", MESSAGE);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    assert!(env.fails(1, &["campaign", "send", "news"]).contains("has not been launched"));
    env.ok(&["campaign", "launch", "news", "--out", env.path("r.csv").to_str().unwrap()]);
    let err = env.fails(1, &["campaign", "send", "news"]);
    assert!(err.contains("`[send] smtp` is not set"), "{err}");
    config(&env, "smtp://me:secret@host", "");
    assert!(env.fails(1, &["campaign", "send", "news"]).contains("no password in the URL"));
}

#[test]
fn the_test_message_goes_to_the_shopkeeper_only() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    grant(&env, "P", "email");
    let msg = env.write("msg.txt", MESSAGE);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    env.ok(&["campaign", "send", "news", "--test", "me@atelier-roux.fr"]);
    let got = server.messages();
    assert_eq!(got.len(), 1);
    assert_eq!(header(&got[0], "X-Envelope-To"), Some("me@atelier-roux.fr"));
    assert_eq!(header(&got[0], "Subject"), Some("[test] Spring sale for Paul"));
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox"), 0);
}

#[test]
fn the_digest_goes_by_mail_only_when_something_is_due() {
    let Some(py) = python() else { return };
    let env = Env::new();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    env.add(&["--name", "Zoé Garnier"]);
    env.ok(&["remind", "--mail-to", "me@atelier-roux.fr"]);
    assert!(server.messages().is_empty(), "nothing due, nothing sent");
    env.add(&["--name", "Paul Martin", "--birthday", "1980-07-03", "--phone", "0600000000"]);
    let o = env.run(&["remind", "--mail-to", "me@atelier-roux.fr"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.is_empty(), "the digest went by mail: {}", o.stdout);
    let got = server.messages();
    assert_eq!(got.len(), 1);
    assert_eq!(header(&got[0], "X-Envelope-To"), Some("me@atelier-roux.fr"));
    assert!(header(&got[0], "Subject").unwrap().contains("1 thing to do"), "{}", got[0]);
    assert!(got[0].contains("Paul Martin"), "{}", got[0]);
}

#[test]
fn snapshots_of_the_send_messages_in_both_languages() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    let msg = env.write("msg.txt", "Subject: Hi\n\nSee you in {{city}}!\n");
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    insta::assert_snapshot!(
        "send_preview_missing_field_fr",
        env.snap(&["--lang", "fr", "campaign", "preview", "news"])
    );
    env.ok(&["contact", "edit", "H", "--city", "Lyon"]);
    env.ok(&["contact", "edit", "P", "--city", "Paris"]);
    env.ok(&["campaign", "launch", "news", "--out", env.path("r.csv").to_str().unwrap()]);
    insta::assert_snapshot!("send_no_smtp_en", env.snap(&["campaign", "send", "news"]));
    config(&env, "smtp://127.0.0.1:9", "");
    let dir = env.path("out");
    insta::assert_snapshot!(
        "send_dry_run_fr",
        env.snap(&["--lang", "fr", "campaign", "send", "news", "--dry-run", dir.to_str().unwrap()])
    );
}

#[test]
fn preview_gives_its_counts_cost_and_break_even_to_scripts_and_says_the_channel_in_french() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    env.ok(&["purchase", "add", "H", "40"]);
    env.ok(&["purchase", "add", "P", "60"]);
    env.ok(&[
        "campaign",
        "create",
        "news",
        "--channel",
        "email",
        "--segment",
        "everyone",
        "--cost-per-contact",
        "0.50",
        "--fixed-cost",
        "9",
    ]);
    let p = env.json(&["campaign", "preview", "news"]);
    let s = &p["summary"];
    assert_eq!(
        (s["in_segment"].as_u64(), s["will_receive"].as_u64(), s["excluded"].as_u64()),
        (Some(3), Some(2), Some(1))
    );
    // 2 × 0.50 + 9 = 10.00; the average purchase 50.00: one purchase pays for it, in revenue.
    assert_eq!((s["cost"].as_str(), s["average_purchase"].as_str()), (Some("10.00"), Some("50.00")));
    assert_eq!((s["break_even_purchases"].as_u64(), s["break_even_basis"].as_str()), (Some(1), Some("revenue")));
    assert_eq!(s["break_even_share"].as_f64(), Some(0.5));
    assert_eq!(p["rows"].as_array().unwrap().len(), 3);
    let zoe = p["rows"].as_array().unwrap().iter().find(|r| r["name"] == "Zoé Garnier").unwrap();
    assert_eq!(zoe["decision"], "excluded", "{p}");
    // The summary alone, as one CSV row; the rows as CSV as before.
    let csv = env.ok(&["campaign", "preview", "news", "--summary", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("campaign,channel,segment,launched,in_segment,will_receive,control,excluded,cost"));
    assert!(lines.next().unwrap().starts_with("news,email,everyone,false,3,2,0,1,10.00"), "{csv}");
    assert!(env
        .ok(&["campaign", "preview", "news", "--format", "csv"])
        .starts_with("contact_id,name,address,decision,reason\n"));
    // The channel in the run's language in the table.
    let fr = env.run(&["--lang", "fr", "campaign", "preview", "news"]);
    assert!(
        fr.stderr.contains("Campagne `news` (e-mail)") || fr.stdout.contains("Campagne `news` (e-mail)"),
        "{}{}",
        fr.stdout,
        fr.stderr
    );
    assert!(!(fr.stdout + &fr.stderr).contains("(email)"));
}

#[test]
fn send_and_report_give_their_figures_to_scripts() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &["--reject", "paul@example.com"]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    launched(&env);
    let o = env.run(&["campaign", "send", "news", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let s: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(s["campaign"], "news");
    for (field, n) in
        [("sent", 1), ("already_sent", 0), ("skipped_no_consent", 0), ("failed", 0), ("bounced", 1), ("uncertain", 0)]
    {
        assert_eq!(s[field].as_u64(), Some(n), "{field}: {s}");
    }
    // The one-line summary stays on stderr for people.
    assert!(o.stderr.contains("1 sent now, 0 sent before") && o.stderr.contains("1 bounced"), "{}", o.stderr);
    let csv = env.ok(&["campaign", "send", "news", "--format", "csv"]);
    assert_eq!(
        csv,
        "campaign,sent,already_sent,skipped_no_consent,failed,bounced,deferred,uncertain,resent_uncertain\n\
         news,0,1,0,0,0,0,0,0\n"
    );
    let r = env.json(&["campaign", "report", "news"]);
    for (field, n) in [("sent", 1), ("failed", 0), ("bounced", 1), ("uncertain", 0), ("unsubscribed", 0)] {
        assert_eq!(r[field].as_i64(), Some(n), "{field}: {r}");
    }
    let csv = env.ok(&["campaign", "report", "news", "--format", "csv"]);
    let (head, row) = csv.split_once('\n').unwrap();
    assert!(head.ends_with(",sent,failed,bounced,skipped,waiting,uncertain,unsubscribed"), "{head}");
    assert!(row.trim_end().ends_with(",1,0,1,0,0,0,0"), "{row}");
}
