//! `campaign send` interrupted: killed before or after the server's
//! answer, or at random moments through 300 messages, then resumed. No
//! recipient gets a message twice; a message that was being handed over
//! is uncertain, counted, and sent again only with `--resend-uncertain`.

use crate::send::{config, crowd, header, per_recipient, python, Smtp};
use crate::Env;
use std::process::{Command, Stdio};

/// Starts the command `runs` times and kills each (-9) at a moment drawn
/// from `seed` (80 to 780 ms in) if it is still running; how many were killed.
pub fn kill_at_random(seed: u64, runs: u64, cmd: impl Fn() -> Command) -> usize {
    let mut kills = 0;
    for i in 0..runs {
        let wait_ms = 80 + (seed.wrapping_mul(6364136223846793005).wrapping_add(i * 1442695040888963407) >> 33) % 700;
        let mut child = cmd().stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        if child.try_wait().unwrap().is_none() {
            kills += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
    }
    kills
}

/// The recipients of the messages the server got, in order.
fn recipients_of(messages: &[String]) -> Vec<String> {
    messages.iter().map(|m| header(m, "X-Envelope-To").unwrap().to_string()).collect()
}

/// The addresses of the outbox rows in `state`.
fn in_state(env: &Env, state: &str) -> std::collections::BTreeSet<String> {
    env.sql_rows(&format!(
        "SELECT c.email FROM campaign_outbox o JOIN contacts c ON c.id = o.contact_id WHERE o.state = '{state}'"
    ))
    .into_iter()
    .map(|r| r[0].clone())
    .collect()
}

#[test]
fn a_kill_before_or_after_the_server_leaves_one_uncertain_message_sent_again_only_when_asked() {
    let Some(py) = python() else { return };
    let env = Env::new();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    crowd(&env, 12);
    // Killed before the 5th message went: 4 sent, the 5th uncertain.
    let o = env.cmd().env("CARNET_FAULT", "send:before-server:4").args(["campaign", "send", "big"]).output().unwrap();
    assert!(!o.status.success());
    assert_eq!(server.messages().len(), 4);
    assert_eq!(in_state(&env, "sending").len(), 1);
    // The resume sends the 7 others, not the uncertain one, and says so.
    let o = env.run(&["campaign", "send", "big"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("7 sent now, 4 sent before") && o.stderr.contains("1 uncertain"), "{}", o.stderr);
    assert!(
        o.stderr.contains("1 message may have left when the send was interrupted: look in the account's Sent folder")
            && o.stderr.contains("`carnet campaign send big --resend-uncertain` sends it again"),
        "{}",
        o.stderr
    );
    let got = server.messages();
    assert_eq!(got.len(), 11);
    assert!(per_recipient(&got).values().all(|&n| n == 1), "{:?}", per_recipient(&got));
    let uncertain = in_state(&env, "sending");
    assert!(!per_recipient(&got).contains_key(uncertain.first().unwrap()), "it had not left");
    // Counted in the report, for people and for scripts.
    let r = env.json(&["campaign", "report", "big"]);
    assert_eq!((r["sent"].as_i64(), r["uncertain"].as_i64(), r["waiting"].as_i64()), (Some(11), Some(1), Some(0)));
    assert!(
        env.ok(&["campaign", "report", "big"]).contains("11 sent")
            && env.ok(&["campaign", "report", "big"]).contains("1 uncertain")
    );
    // A plain rerun still sends nothing; --resend-uncertain sends exactly that one.
    let fr = env.run(&["--lang", "fr", "campaign", "send", "big"]);
    assert!(
        fr.stderr.contains("1 incertains")
            && fr.stderr.contains("1 message est peut-être parti quand l'envoi a été interrompu")
            && fr.stderr.contains("dossier Envoyés"),
        "{}",
        fr.stderr
    );
    assert_eq!(server.messages().len(), 11);
    let o = env.run(&["campaign", "send", "big", "--resend-uncertain", "--format", "json"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    let s: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(
        (s["sent"].as_u64(), s["resent_uncertain"].as_u64(), s["uncertain"].as_u64()),
        (Some(1), Some(1), Some(0))
    );
    let got = server.messages();
    assert_eq!(got.len(), 12);
    assert_eq!(recipients_of(&got[11..]), uncertain.into_iter().collect::<Vec<_>>());
    assert!(per_recipient(&got).values().all(|&n| n == 1), "{:?}", per_recipient(&got));

    // Killed after the server accepted the 3rd but before carnet wrote it:
    // it did leave; the resume does not send it a second time.
    let env = Env::new();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    crowd(&env, 6);
    let o = env.cmd().env("CARNET_FAULT", "send:after-server:2").args(["campaign", "send", "big"]).output().unwrap();
    assert!(!o.status.success());
    assert_eq!(server.messages().len(), 3);
    let o = env.run(&["campaign", "send", "big"]);
    assert!(o.stderr.contains("3 sent now, 2 sent before") && o.stderr.contains("1 uncertain"), "{}", o.stderr);
    let got = server.messages();
    assert_eq!(per_recipient(&got).len(), 6);
    assert!(per_recipient(&got).values().all(|&n| n == 1), "{:?}", per_recipient(&got));
    // Sent again on request, it is the same message (the same Message-ID).
    env.ok(&["campaign", "send", "big", "--resend-uncertain"]);
    let got = server.messages();
    assert_eq!(got.len(), 7);
    assert_eq!(header(&got[6], "Message-ID"), header(&got[2], "Message-ID"));
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent'"), 6);
}

#[test]
fn three_hundred_messages_through_kills_at_random_moments_none_twice() {
    let Some(py) = python() else { return };
    let env = Env::new();
    let server = Smtp::start(&py, env.path("mail"), &[]);
    env.write(
        "config.toml",
        format!(
            "[send]\nsmtp = \"smtp://127.0.0.1:{}\"\nfrom = \"shop@atelier-roux.fr\"\nper_minute = 12000\n",
            server.port
        ),
    );
    crowd(&env, 300);
    // Kill -9 at moments drawn from the clock's nanoseconds: a different
    // schedule on every run; then runs until nothing is left to send.
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    let kills = kill_at_random(seed, 8, || {
        let mut c = env.std_cmd();
        c.args(["campaign", "send", "big"]);
        c
    });
    assert!(kills > 0, "no kill landed while sending (seed {seed})");
    env.ok(&["campaign", "send", "big"]);
    let got = server.messages();
    let received = per_recipient(&got);
    assert!(received.values().all(|&n| n == 1), "a recipient got two (seed {seed}): {received:?}");
    let (sent, uncertain) = (in_state(&env, "sent"), in_state(&env, "sending"));
    assert_eq!(sent.len() + uncertain.len(), 300, "every recipient sent or uncertain (seed {seed})");
    assert!(uncertain.len() <= kills, "{} uncertain for {kills} kills (seed {seed})", uncertain.len());
    eprintln!("mail: {kills} kills, {} uncertain, {} received (seed {seed})", uncertain.len(), got.len());
    // Every `sent` row arrived; what arrived beyond them is uncertain ones
    // whose kill fell after the server's answer.
    assert!(sent.iter().all(|a| received.contains_key(a)), "seed {seed}");
    assert!(received.keys().all(|a| sent.contains(a) || uncertain.contains(a)), "seed {seed}");
    let left_after_acceptance = received.keys().filter(|a| uncertain.contains(*a)).count();
    assert_eq!(got.len() + uncertain.len() - left_after_acceptance, 300, "seed {seed}");
    // --resend-uncertain delivers exactly the uncertain ones, once each.
    let before = got.len();
    env.ok(&["campaign", "send", "big", "--resend-uncertain"]);
    let got = server.messages();
    let mut again = recipients_of(&got[before..]);
    again.sort();
    assert_eq!(again, uncertain.into_iter().collect::<Vec<_>>(), "seed {seed}");
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent'"), 300);
}
