//! Reading the answers to a campaign: unsubscribe requests and bounce
//! messages from `.eml` files or an mbox, and the unsubscribed/cleaned
//! CSV exports of Brevo and Mailchimp.

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// The person asked to receive no more.
    Withdraw,
    /// The address does not work (a hard bounce).
    Bounce,
}

/// One answer: who it is about, as carnet can find them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// The sender of an unsubscribe, the failed recipient of a bounce.
    pub address: Option<String>,
    /// The token of `List-Unsubscribe` (`unsubscribe 3fa9…`).
    pub token: Option<String>,
    /// The Message-ID of carnet's message a bounce quotes.
    pub message_id: Option<String>,
    pub on: Option<NaiveDate>,
    /// What is kept as the proof of the withdrawal.
    pub proof: String,
}

/// The messages of an mbox file (each starts with a `From ` line).
pub fn split_mbox(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in text.split_inclusive('\n') {
        if line.starts_with("From ") {
            if let Some(m) = cur.take() {
                out.push(m);
            }
            cur = Some(String::new());
            continue;
        }
        let line = line.strip_prefix('>').filter(|l| l.trim_start_matches('>').starts_with("From ")).unwrap_or(line);
        cur.get_or_insert_with(String::new).push_str(line);
    }
    out.extend(cur.filter(|m| !m.trim().is_empty()));
    out
}

/// Headers (unfolded) and the body of a message.
fn split(message: &str) -> (Vec<(String, String)>, &str) {
    let (head, body) = match message.find("\r\n\r\n").map(|i| (i, 4)).or_else(|| message.find("\n\n").map(|i| (i, 2))) {
        Some((i, n)) => (&message[..i], &message[i + n..]),
        None => (message, ""),
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    (headers, body)
}

fn get<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The bare address of `Name <addr>`.
fn address_of(v: &str) -> Option<String> {
    let a = v.rsplit_once('<').map(|(_, a)| a.trim_end_matches('>')).unwrap_or(v).trim();
    let a = a.trim_end_matches(['>', ';', ',']).trim();
    (a.contains('@') && !a.contains(' ')).then(|| a.to_string())
}

fn day_of(date: Option<&str>) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc2822(date?.trim()).ok().map(|d| d.date_naive())
}

/// What one message says, if it is an unsubscribe or a hard bounce.
pub fn read_message(message: &str) -> Option<Notice> {
    let (h, body) = split(message);
    let subject = get(&h, "subject").unwrap_or("");
    let from = get(&h, "from").unwrap_or("");
    let ctype = get(&h, "content-type").unwrap_or("").to_ascii_lowercase();
    let on = day_of(get(&h, "date"));
    let proof = format!(
        "email: From: {from}; Date: {}; Subject: {subject}; Message-ID: {}",
        get(&h, "date").unwrap_or("?"),
        get(&h, "message-id").unwrap_or("?")
    );
    let lower_from = from.to_ascii_lowercase();
    let is_bounce = ctype.contains("report-type=delivery-status")
        || lower_from.contains("mailer-daemon")
        || lower_from.contains("postmaster@");
    if is_bounce {
        let field = |name: &str| {
            body.lines().find_map(|l| {
                l.split_once(':')
                    .filter(|(k, _)| k.trim().eq_ignore_ascii_case(name))
                    .map(|(_, v)| v.trim().to_string())
            })
        };
        let status = field("Status").unwrap_or_default();
        // A 4.x.x is a delay, not a failure: the address may work tomorrow.
        if status.starts_with('4') {
            return None;
        }
        let recipient = field("Final-Recipient")
            .or_else(|| field("Original-Recipient"))
            .and_then(|v| address_of(v.rsplit_once(';').map(|(_, a)| a).unwrap_or(&v)));
        let message_id =
            body.find("<carnet.").and_then(|at| body[at..].find('>').map(|end| body[at..at + end + 1].to_string()));
        if recipient.is_none() && message_id.is_none() {
            return None;
        }
        return Some(Notice { kind: NoticeKind::Bounce, address: recipient, token: None, message_id, on, proof });
    }
    let token = super::template::token_in_subject(subject);
    let first_line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("").to_lowercase();
    let asks = |s: &str| {
        let s = s.to_lowercase();
        ["unsubscribe", "désinscri", "desinscri", "désabonne", "desabonne"].iter().any(|w| s.contains(w))
            || s.trim() == "stop"
    };
    if token.is_none() && !asks(subject) && !asks(&first_line) {
        return None;
    }
    Some(Notice { kind: NoticeKind::Withdraw, address: address_of(from), token, message_id: None, on, proof })
}

/// The columns of a provider's export that carnet reads.
pub fn email_column(headers: &[String]) -> Option<usize> {
    ["email address", "email", "e-mail", "adresse email", "adresse e-mail"]
        .iter()
        .find_map(|want| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(want)))
}

/// Mailchimp's "cleaned" export (CLEAN_ columns) is of bounced addresses;
/// a row whose reason or type says bounce is one too (Brevo).
pub fn csv_row_kind(headers: &[String], row: &[&str]) -> NoticeKind {
    let is = |h: &str| headers.iter().any(|x| x.trim().eq_ignore_ascii_case(h));
    if is("CLEAN_TIME") || is("CLEAN_CAMPAIGN_TITLE") {
        return NoticeKind::Bounce;
    }
    let bounce = headers.iter().zip(row).any(|(h, v)| {
        let h = h.trim().to_ascii_lowercase();
        ["reason", "type", "event", "status", "unsub_reason", "motif"].contains(&h.as_str())
            && v.to_ascii_lowercase().contains("bounce")
    });
    if bounce {
        NoticeKind::Bounce
    } else {
        NoticeKind::Withdraw
    }
}

/// The day of a row: UNSUB_TIME, CLEAN_TIME, or a date column, as
/// `YYYY-MM-DD…`.
pub fn csv_row_day(headers: &[String], row: &[&str]) -> Option<NaiveDate> {
    headers.iter().zip(row).find_map(|(h, v)| {
        let h = h.trim().to_ascii_lowercase();
        if ["unsub_time", "clean_time", "date", "unsubscribed_at", "date_unsubscribed", "blacklisted_at"]
            .contains(&h.as_str())
        {
            NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unsubscribe_reply_with_its_token() {
        let m = "From: Paul Martin <paul@example.com>\nDate: Mon, 1 Jul 2024 09:12:00 +0200\nSubject: unsubscribe 0123456789abcdef0123\n\n";
        let n = read_message(m).unwrap();
        assert_eq!(n.kind, NoticeKind::Withdraw);
        assert_eq!(n.address.as_deref(), Some("paul@example.com"));
        assert_eq!(n.token.as_deref(), Some("0123456789abcdef0123"));
        assert_eq!(n.on, NaiveDate::from_ymd_opt(2024, 7, 1));
        assert!(n.proof.contains("Subject: unsubscribe"));
    }

    #[test]
    fn a_plain_reply_saying_stop_and_one_that_does_not() {
        let stop = "From: zoe@example.com\nSubject: Re: Spring sale\n\nSTOP\n";
        assert_eq!(read_message(stop).unwrap().address.as_deref(), Some("zoe@example.com"));
        let thanks = "From: zoe@example.com\nSubject: Re: Spring sale\n\nThanks, see you Saturday\n";
        assert_eq!(read_message(thanks), None);
    }

    #[test]
    fn a_hard_bounce_names_the_failed_recipient_and_a_delay_is_not_one() {
        let b = "From: MAILER-DAEMON@mx.example.com\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\nSubject: Undelivered\n\n--x\nFinal-Recipient: rfc822; paul@example.com\nAction: failed\nStatus: 5.1.1\n--x\nMessage-ID: <carnet.1.2.abc@atelier-roux.fr>\n";
        let n = read_message(b).unwrap();
        assert_eq!(n.kind, NoticeKind::Bounce);
        assert_eq!(n.address.as_deref(), Some("paul@example.com"));
        assert_eq!(n.message_id.as_deref(), Some("<carnet.1.2.abc@atelier-roux.fr>"));
        assert_eq!(read_message(&b.replace("5.1.1", "4.4.1")), None);
    }

    #[test]
    fn an_mbox_is_cut_into_its_messages() {
        let mbox = "From a@b Mon Jul  1 09:00:00 2024\nSubject: one\n\n>From the shop\nbody\nFrom c@d Mon Jul  1 10:00:00 2024\nSubject: two\n\nx\n";
        let m = split_mbox(mbox);
        assert_eq!(m.len(), 2);
        assert!(m[0].contains("From the shop") && m[1].starts_with("Subject: two"));
    }

    #[test]
    fn provider_exports() {
        let mc: Vec<String> = ["Email Address", "First Name", "UNSUB_TIME"].map(String::from).to_vec();
        assert_eq!(email_column(&mc), Some(0));
        assert_eq!(csv_row_kind(&mc, &["a@b.c", "A", "2024-07-01 10:00:00"]), NoticeKind::Withdraw);
        assert_eq!(csv_row_day(&mc, &["a@b.c", "A", "2024-07-01 10:00:00"]), NaiveDate::from_ymd_opt(2024, 7, 1));
        let cleaned: Vec<String> = ["Email Address", "CLEAN_TIME"].map(String::from).to_vec();
        assert_eq!(csv_row_kind(&cleaned, &["a@b.c", "2024-07-01"]), NoticeKind::Bounce);
        let brevo: Vec<String> = ["EMAIL", "REASON"].map(String::from).to_vec();
        assert_eq!(email_column(&brevo), Some(0));
        assert_eq!(csv_row_kind(&brevo, &["a@b.c", "Hard bounce"]), NoticeKind::Bounce);
        assert_eq!(csv_row_kind(&brevo, &["a@b.c", "Unsubscribed via link"]), NoticeKind::Withdraw);
    }
}
