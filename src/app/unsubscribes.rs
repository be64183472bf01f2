//! `consent unsubscribe-from PATH`: the answers to a campaign come back
//! into the consent history. Unsubscribes become withdrawals on email with
//! the message as their proof; hard bounces mark the address bounced. All
//! or nothing, and a second reading of the same folder adds nothing.

use super::App;
use crate::domain::consent::{Action, Channel, Status};
use crate::domain::mailbox::{self, Notice, NoticeKind};
use crate::error::{Error, Kind, Result};
use crate::store::{consent, outbox, Tx};
use std::path::Path;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taken {
    pub withdrawn: usize,
    pub bounced: usize,
    /// Already withdrawn or bounced: nothing new recorded.
    pub already: usize,
    /// An address that is no contact: put on the suppression list.
    pub suppressed: usize,
    /// Messages that are neither an unsubscribe nor a bounce.
    pub ignored: usize,
}

fn not_utf8(path: &Path) -> Error {
    Error::t(Kind::Invalid, "err-not-utf8", crate::targs!["label" => path.display().to_string()])
        .with_hint_t("hint-save-utf8", vec![])
}

/// The notices in a folder of `.eml`, an mbox, or a provider's CSV.
fn notices(path: &Path) -> Result<(Vec<Notice>, usize)> {
    let mut texts: Vec<String> = Vec::new();
    if path.is_dir() {
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::io("read", path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("eml")))
            .collect();
        files.sort();
        for f in files {
            let bytes = super::read_file(&f)?;
            texts.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    } else {
        let bytes = super::read_file(path)?;
        let text = String::from_utf8(bytes).map_err(|_| not_utf8(path))?;
        if path.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv")) {
            return csv_notices(path, &text).map(|n| (n, 0));
        }
        if text.starts_with("From ") {
            texts = mailbox::split_mbox(&text);
        } else {
            texts.push(text);
        }
    }
    let total = texts.len();
    let found: Vec<Notice> = texts.iter().filter_map(|t| mailbox::read_message(t)).collect();
    let ignored = total - found.len();
    Ok((found, ignored))
}

fn csv_notices(path: &Path, text: &str) -> Result<Vec<Notice>> {
    let label = super::file_label(path);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = super::csv_input::reader(super::csv_input::sniff_delimiter(text.as_bytes()), text.as_bytes());
    let headers: Vec<String> =
        rdr.headers().map_err(|e| super::csv_input::read_error(&label, e))?.iter().map(str::to_string).collect();
    let col = mailbox::email_column(&headers).ok_or_else(|| {
        Error::t(Kind::Invalid, "err-unsubscribe-csv-columns", crate::targs!["label" => label.as_str()])
            .with_hint_t("hint-unsubscribe-csv-columns", vec![])
    })?;
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| super::csv_input::read_error(&label, e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let row: Vec<&str> = rec.iter().collect();
        let address = row.get(col).map(|s| s.trim()).unwrap_or("");
        if address.is_empty() {
            continue;
        }
        if !address.contains('@') {
            return Err(super::csv_input::cell_error(
                &label,
                line,
                col,
                &headers[col],
                address,
                crate::i18n::Text::tr("why-not-email", vec![]),
            ));
        }
        out.push(Notice {
            kind: mailbox::csv_row_kind(&headers, &row),
            address: Some(address.to_string()),
            token: None,
            message_id: None,
            on: mailbox::csv_row_day(&headers, &row),
            proof: format!("{label} line {line}: {}", crate::error::echo(&row.join(","))),
        });
    }
    Ok(out)
}

fn contact_of(tx: &Tx, n: &Notice) -> Result<Option<i64>> {
    if let Some(t) = &n.token {
        if let Some((id, _)) = outbox::by_token(tx, t)? {
            return Ok(Some(id));
        }
    }
    if let Some(m) = &n.message_id {
        if let Some(id) = outbox::by_message_id(tx, m)? {
            return Ok(Some(id));
        }
    }
    match &n.address {
        Some(a) => outbox::contact_by_email(tx, a),
        None => Ok(None),
    }
}

pub fn take(app: &mut App, path: &Path) -> Result<Taken> {
    let (found, ignored) = notices(path)?;
    let now = app.timestamp();
    let today = app.today;
    let tx = app.store.begin()?;
    let mut t = Taken { ignored, ..Taken::default() };
    for n in &found {
        let on = n.on.filter(|d| *d <= today).unwrap_or(today).to_string();
        let action = if n.kind == NoticeKind::Bounce { Action::Bounce } else { Action::Withdraw };
        let Some(contact) = contact_of(&tx, n)? else {
            match (&n.address, n.kind) {
                (Some(a), NoticeKind::Withdraw) => {
                    let key = consent::address_key(&tx, Channel::Email, a)?;
                    consent::suppress(&tx, &key, Channel::Email.as_str(), "withdrawn", &now)?;
                    t.suppressed += 1;
                }
                _ => t.ignored += 1,
            }
            continue;
        };
        let status = consent::statuses(&tx, contact)?
            .into_iter()
            .find(|(c, _)| *c == Channel::Email)
            .map(|(_, s)| s)
            .unwrap_or(Status::NeverAsked);
        let already = match action {
            Action::Bounce => status == Status::Bounced,
            _ => status == Status::OptedOut,
        };
        if already {
            t.already += 1;
            continue;
        }
        let e = consent::NewEvent {
            contact_id: Some(contact),
            subject_key: None,
            channel: Channel::Email,
            action,
            occurred_on: &on,
            method: None,
            proof: Some(&n.proof),
            wording_id: None,
            voids: None,
        };
        consent::record(&tx, &e, &now)?;
        match action {
            Action::Bounce => t.bounced += 1,
            _ => t.withdrawn += 1,
        }
    }
    tx.commit()?;
    Ok(t)
}
