//! `consent unsubscribe-from`: replies, bounces and providers' exports
//! back into the consent history. The messages and CSV layouts are
//! self-made, after what Thunderbird saves, a Postfix bounce, and
//! Mailchimp's and Brevo's export columns.

use crate::consent::{grant, shop};
use crate::send::{config, header, python, Smtp, MESSAGE};

const STOP_REPLY: &str = "From: Paul Martin <paul@example.com>\r\nTo: bonjour@atelier-roux.fr\r\nDate: Mon, 01 Jul 2024 09:12:00 +0200\r\nSubject: Re: Spring sale\r\nMessage-ID: <r1@example.com>\r\n\r\nSTOP\r\n\r\n> Hello Paul,\r\n";

const THANKS: &str = "From: Zoé Garnier <zoe@example.com>\nSubject: Re: Spring sale\nDate: Mon, 01 Jul 2024 10:00:00 +0200\n\nThank you, see you on Saturday!\n";

const BOUNCE: &str = "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nDate: Sun, 30 Jun 2024 18:00:00 +0200\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; helene.dupont@example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B--\n";

fn statuses(env: &crate::Env) -> (String, String, String) {
    let s = |who: &str| env.json(&["contact", "show", who])["consent_email"].as_str().unwrap().to_string();
    (s("H"), s("P"), s("Z"))
}

#[test]
fn a_folder_of_replies_and_bounces() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    grant(&env, "Z", "email");
    std::fs::create_dir_all(env.path("replies")).unwrap();
    env.write("replies/1.eml", STOP_REPLY);
    env.write("replies/2.eml", THANKS);
    env.write("replies/3.eml", BOUNCE);
    let o = env.run(&["consent", "unsubscribe-from", env.path("replies").to_str().unwrap()]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr.contains("1 withdrawn, 1 bounced, 0 already recorded")
            && o.stderr.contains("1 messages that are neither"),
        "{}",
        o.stderr
    );
    assert_eq!(statuses(&env), ("bounced".into(), "opted_out".into(), "opted_in".into()));
    // The reply is the proof of the withdrawal, dated when it was written.
    let h = env.json(&["consent", "history", "P"]);
    let w = h.as_array().unwrap().iter().find(|e| e["action"] == "withdraw").unwrap();
    // Dated after today (clocks differ): recorded as of today.
    assert_eq!(w["occurred_on"], "2024-06-30");
    assert!(w["proof"].as_str().unwrap().contains("Message-ID: <r1@example.com>"), "{w}");
    // Read again: nothing new.
    let o = env.run(&["consent", "unsubscribe-from", env.path("replies").to_str().unwrap()]);
    assert!(o.stderr.contains("0 withdrawn, 0 bounced, 2 already recorded"), "{}", o.stderr);
}

#[test]
fn an_mbox_and_the_providers_exports() {
    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    let mbox = format!(
        "From paul@example.com Mon Jul  1 09:12:00 2024\n{}\nFrom zoe@example.com Mon Jul  1 10:00:00 2024\n{THANKS}",
        STOP_REPLY.replace("\r\n", "\n")
    );
    let f = env.write("replies.mbox", mbox);
    env.ok(&["consent", "unsubscribe-from", &f]);
    assert_eq!(statuses(&env).1, "opted_out");

    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    let mailchimp = "Email Address,First Name,Last Name,MEMBER_RATING,OPTIN_TIME,UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_REASON\n\
                     paul@example.com,Paul,Martin,2,2024-01-02 10:00:00,2024-06-30 08:00:00,Spring,No longer interested\n\
                     stranger@example.org,,,1,,2024-06-21 08:00:00,Spring,\n";
    let f = env.write("unsubscribed_members_export.csv", mailchimp);
    let o = env.run(&["consent", "unsubscribe-from", &f]);
    assert!(
        o.stderr.contains("1 withdrawn") && o.stderr.contains("1 addresses of no contact suppressed"),
        "{}",
        o.stderr
    );
    // Dated the day of the export's column, not the day it was read.
    assert_eq!(statuses(&env).1, "opted_out");
    let cleaned = "Email Address,First Name,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE\nhelene.dupont@example.fr,Hélène,2024-06-30 09:00:00,Spring\n";
    let f = env.write("cleaned_members_export.csv", cleaned);
    env.ok(&["consent", "unsubscribe-from", &f]);
    assert_eq!(statuses(&env).0, "bounced");

    let env = shop();
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    let brevo = "EMAIL;NOM;PRENOM;REASON;DATE\nhelene.dupont@example.fr;Dupont;Hélène;Hard bounce;2024-06-30\npaul@example.com;Martin;Paul;Unsubscribed via link;2024-06-30\n";
    let f = env.write("brevo.csv", brevo);
    env.ok(&["consent", "unsubscribe-from", &f]);
    assert_eq!(statuses(&env), ("bounced".into(), "opted_out".into(), "never_asked".into()));
    // A file without an email column, or a bad address: nothing recorded.
    let f = env.write("bad.csv", "name,when\nPaul,2024-06-01\n");
    assert!(env.fails(1, &["consent", "unsubscribe-from", &f]).contains("no email column"));
    let env = shop();
    grant(&env, "P", "email");
    let f = env.write("bad2.csv", "EMAIL\npaul@example.com\nnot-an-address\n");
    let err = env.fails(1, &["consent", "unsubscribe-from", &f]);
    assert!(err.contains("line 3") && err.contains("not-an-address"), "{err}");
    assert_eq!(statuses(&env).1, "opted_in", "all or nothing");
}

#[test]
fn the_token_of_list_unsubscribe_finds_the_recipient_and_the_report_counts() {
    let Some(py) = python() else { return };
    let env = shop();
    let server = Smtp::start(&py, env.path("mail"), &["--reject", "helene.dupont@example.fr"]);
    config(&env, &format!("smtp://127.0.0.1:{}", server.port), "");
    grant(&env, "H", "email");
    grant(&env, "P", "email");
    let msg = env.write("msg.txt", MESSAGE);
    env.ok(&["campaign", "create", "news", "--channel", "email", "--segment", "everyone", "--message", &msg]);
    env.ok(&["campaign", "launch", "news", "--out", env.path("r.csv").to_str().unwrap()]);
    env.ok(&["campaign", "send", "news"]);
    let got = server.messages();
    let unsub = header(&got[0], "List-Unsubscribe").unwrap();
    let subject = unsub.split("subject=").nth(1).unwrap().trim_end_matches('>').replace("%20", " ");
    // Paul's mail client sends the unsubscribe from another of his addresses.
    std::fs::create_dir_all(env.path("replies")).unwrap();
    env.write(
        "replies/u.eml",
        format!("From: p.martin@work.example\nTo: bonjour@atelier-roux.fr\nSubject: {subject}\nDate: Sun, 30 Jun 2024 11:00:00 +0000\n\n"),
    );
    env.ok(&["consent", "unsubscribe-from", env.path("replies").to_str().unwrap()]);
    assert_eq!(statuses(&env), ("bounced".into(), "opted_out".into(), "never_asked".into()));
    let report = env.ok(&["campaign", "report", "news"]);
    assert!(
        report.contains("Sent by carnet: 1 sent, 0 failed, 1 bounced, 0 not sent (consent withdrawn since the launch), 0 still to send, 0 uncertain (may have left when a send was interrupted); 1 unsubscribed"),
        "{report}"
    );
}
