//! `campaign send` on the SMS channel, against a local HTTP server that
//! records each request (a tiny std::net server standing for the provider).

use crate::consent::shop;
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::{Arc, Mutex};

/// The requests the provider got: (request line and headers, body).
pub type Seen = Arc<Mutex<Vec<(String, String)>>>;

/// A provider that answers `status` with `answer` to every request.
pub fn provider(status: u16, answer: &'static str) -> (u16, Seen) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let Ok(read_half) = stream.try_clone() else { continue };
            let mut reader = BufReader::new(read_half);
            let mut head = String::new();
            let mut length = 0;
            // A client killed while sending its headers never reaches the
            // blank line that ends them: nothing was asked.
            let mut complete = false;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                if line == "\r\n" {
                    complete = true;
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
                head.push_str(&line);
            }
            if !complete {
                continue;
            }
            let mut body = vec![0; length];
            // A client killed mid-request: nothing was accepted.
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            log.lock().unwrap().push((head, String::from_utf8_lossy(&body).into_owned()));
            let reply = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    (port, seen)
}

fn config(env: &crate::Env, port: u16, max: usize) {
    env.write(
        "config.toml",
        format!(
            "[sms]\nurl = \"http://127.0.0.1:{port}/v1/sms\"\nbody = '{{\"to\":\"{{{{to}}}}\",\"text\":\"{{{{message}}}}\",\"sender\":\"{{{{from}}}}\"}}'\n\
             from = \"AtelierRoux\"\nsuccess_contains = '\"ok\":true'\nmax_length = {max}\nper_minute = 60000\n\
             [sms.headers]\nAuthorization = \"Bearer {{{{secret}}}}\"\n"
        ),
    );
}

fn launched(env: &crate::Env, message: &str) {
    crate::consent::grant(env, "H", "sms");
    let msg = env.write("sms.txt", message);
    env.ok(&["campaign", "create", "texto", "--channel", "sms", "--segment", "everyone", "--message", &msg]);
    env.ok(&["campaign", "launch", "texto", "--out", env.path("r.csv").to_str().unwrap()]);
}

#[test]
fn an_sms_goes_once_in_e164_with_its_stop_wording() {
    let env = shop();
    let (port, seen) = provider(200, r#"{"ok":true,"id":"m1"}"#);
    config(&env, port, 160);
    launched(&env, "Soldes -20% chez Atelier Roux, {{first_name}} !");
    let o = env.cmd().env("CARNET_SMS_SECRET", "tok3n").args(["campaign", "send", "texto"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let got = seen.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    let (head, body) = &got[0];
    assert!(head.starts_with("POST /v1/sms HTTP/1.1"), "{head}");
    assert!(head.contains("Bearer tok3n"), "{head}");
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["to"], "+33611223344");
    assert_eq!(json["text"], "Soldes -20% chez Atelier Roux, Hélène ! STOP au 36173");
    assert_eq!(json["sender"], "AtelierRoux");
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE channel = 'sms' AND state = 'sent'"), 1);
    // Again: nothing more goes.
    env.cmd().env("CARNET_SMS_SECRET", "tok3n").args(["campaign", "send", "texto"]).assert().success();
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[test]
fn too_long_or_no_secret_sends_nothing_and_a_refusal_is_recorded() {
    let env = shop();
    let (port, seen) = provider(200, r#"{"ok":true}"#);
    config(&env, port, 40);
    launched(&env, "Soldes d'hiver : -20% sur toute la boutique, {{first_name}} !");
    let o = env.cmd().env("CARNET_SMS_SECRET", "t").args(["campaign", "send", "texto"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("more than the 40 allowed"), "{err}");
    let err = env.fails(1, &["campaign", "send", "texto"]);
    assert!(err.contains("CARNET_SMS_SECRET"), "{err}");
    assert!(seen.lock().unwrap().is_empty());

    let env = shop();
    let (port, _) = provider(400, r#"{"ok":false,"error":"invalid number"}"#);
    config(&env, port, 160);
    launched(&env, "Soldes {{first_name}}");
    env.cmd().env("CARNET_SMS_SECRET", "t").args(["campaign", "send", "texto"]).assert().success();
    let answer = env.sql_text("SELECT answer FROM campaign_outbox WHERE state = 'failed'");
    assert!(answer.starts_with("400") && answer.contains("invalid number"), "{answer}");
}

/// The numbers the provider was asked to text, with how many times each.
fn per_number(seen: &Seen) -> std::collections::BTreeMap<String, usize> {
    let mut n = std::collections::BTreeMap::new();
    for (_, body) in seen.lock().unwrap().iter() {
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        *n.entry(json["to"].as_str().unwrap().to_string()).or_default() += 1;
    }
    n
}

#[test]
fn three_hundred_sms_through_kills_at_random_moments_none_twice() {
    let env = crate::Env::new();
    let (port, seen) = provider(200, r#"{"ok":true}"#);
    config(&env, port, 160);
    // 5 ms a message: the kills land while the 300 are going.
    let slower =
        std::fs::read_to_string(env.path("config.toml")).unwrap().replace("per_minute = 60000", "per_minute = 12000");
    env.write("config.toml", slower);
    env.write("w.txt", crate::consent::WORDING);
    env.ok(&["consent", "text", "add", env.path("w.txt").to_str().unwrap()]);
    let mut csv = String::from("name,email,phone\n");
    let mut grants = String::from("contact,channel,action,date,method,wording,source\n");
    for i in 0..300 {
        csv.push_str(&format!("Customer {i},c{i}@example.com,0612{i:06}\n"));
        grants.push_str(&format!("c{i}@example.com,sms,grant,2024-06-01,web-form,1,form {i}\n"));
    }
    let f = env.write("c.csv", csv);
    env.ok(&["contact", "import", &f]);
    let g = env.write("g.csv", grants);
    env.ok(&["consent", "import", &g]);
    env.ok(&["segment", "add", "all", "--has", "phone"]);
    let msg = env.write("sms.txt", "Soldes -20% chez Atelier Roux, {{first_name}} !");
    env.ok(&["campaign", "create", "texto", "--channel", "sms", "--segment", "all", "--message", &msg]);
    env.ok(&["campaign", "launch", "texto", "--out", env.path("r.csv").to_str().unwrap()]);
    let send = |extra: &[&str]| {
        let mut c = env.std_cmd();
        c.env("CARNET_SMS_SECRET", "t").args(["campaign", "send", "texto"]).args(extra);
        c
    };
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos() as u64;
    let kills = crate::send_resume::kill_at_random(seed, 8, || send(&[]));
    assert!(kills > 0, "no kill landed while sending (seed {seed})");
    assert!(send(&[]).status().unwrap().success());
    let received = per_number(&seen);
    assert!(received.values().all(|&n| n == 1), "a number got two (seed {seed}): {received:?}");
    let sent = env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent'") as usize;
    let uncertain = env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sending'") as usize;
    assert_eq!(sent + uncertain, 300, "seed {seed}");
    assert!(uncertain <= kills, "{uncertain} uncertain for {kills} kills (seed {seed})");
    eprintln!("sms: {kills} kills, {uncertain} uncertain, {} received (seed {seed})", received.len());
    assert!(received.len() >= sent && received.len() <= 300, "seed {seed}");
    let r = env.json(&["campaign", "report", "texto"]);
    assert_eq!(r["uncertain"].as_u64(), Some(uncertain as u64));
    // Sent again on request: exactly the uncertain ones.
    let before = seen.lock().unwrap().len();
    assert!(send(&["--resend-uncertain"]).status().unwrap().success());
    assert_eq!(seen.lock().unwrap().len() - before, uncertain, "seed {seed}");
    assert_eq!(env.sql("SELECT count(*) FROM campaign_outbox WHERE state = 'sent'"), 300);
}
