//! The launch file of a campaign: only the fields the channel needs, for
//! a mail merge (CSV) or a phone (vCard).

use crate::app::views::Reach;
use crate::domain::consent::Channel;
use crate::error::{Error, Result};

/// The columns and rows of a mail merge, with the unsubscribe text on
/// every email row, and on every row the consent history's head the
/// launch saw (`consent_head`, a witness for `consent verify --head`).
fn merge_rows(
    ch: Channel,
    send: &[&Reach],
    unsubscribe: &str,
    head: &str,
) -> (&'static [&'static str], Vec<Vec<String>>) {
    let header: &[&str] = match ch {
        Channel::Email => &["contact_id", "name", "email", "unsubscribe", "consent_head"],
        Channel::Sms | Channel::Phone => &["contact_id", "name", "phone", "consent_head"],
        Channel::Post => &["contact_id", "name", "street", "postcode", "city", "country", "consent_head"],
    };
    let rows = send
        .iter()
        .map(|r| {
            let o = |v: &Option<String>| v.clone().unwrap_or_default();
            let mut row = match ch {
                Channel::Email => vec![r.id.to_string(), r.name.clone(), o(&r.email), unsubscribe.to_string()],
                Channel::Sms | Channel::Phone => vec![r.id.to_string(), r.name.clone(), o(&r.phone)],
                Channel::Post => {
                    vec![r.id.to_string(), r.name.clone(), o(&r.street), o(&r.postcode), o(&r.city), o(&r.country)]
                }
            };
            row.push(head.to_string());
            row
        })
        .collect();
    (header, rows)
}

/// CSV for a mail merge (cells neutralized for spreadsheets).
pub fn mail_merge(ch: Channel, send: &[&Reach], delimiter: u8, unsubscribe: &str, head: &str) -> Result<Vec<u8>> {
    let (header, rows) = merge_rows(ch, send, unsubscribe, head);
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(row.into_iter().map(super::neutralize))?;
    }
    w.into_inner().map_err(|e| Error::internal(e.to_string()))
}

/// The same mail merge as an Excel workbook (`--format xlsx` or an
/// `.xlsx` file name): typed ids, text kept as text.
pub fn mail_merge_workbook(ch: Channel, send: &[&Reach], unsubscribe: &str, head: &str) -> Result<Vec<u8>> {
    let (header, rows) = merge_rows(ch, send, unsubscribe, head);
    // The id is a number; names, addresses, postcodes and the head stay text.
    let kinds: Vec<super::CellKind> = header
        .iter()
        .map(|h| if *h == "contact_id" { super::CellKind::Integer } else { super::CellKind::Text })
        .collect();
    super::xlsx::workbook("recipients", header, &kinds, &rows)
}

/// vCards with the name and the channel's address only, each carrying the
/// consent history's head the launch saw (`X-CARNET-CONSENT-HEAD`).
pub fn vcards(ch: Channel, send: &[&Reach], head: &str) -> Vec<u8> {
    let mut out = String::new();
    for r in send {
        let mut f = crate::domain::contact::ContactFields { name: r.name.clone(), ..Default::default() };
        match ch {
            Channel::Email => f.email = r.email.clone(),
            Channel::Sms | Channel::Phone => f.phone = r.phone.clone(),
            Channel::Post => {
                (f.street, f.postcode, f.city, f.country) =
                    (r.street.clone(), r.postcode.clone(), r.city.clone(), r.country.clone())
            }
        }
        let mut card = String::new();
        crate::domain::vcard::write_card(
            &mut card,
            &f,
            &[],
            &[],
            &format!("urn:carnet:contact:{}", r.id),
            Default::default(),
        );
        out.push_str(&card.replace("END:VCARD\r\n", &format!("X-CARNET-CONSENT-HEAD:{head}\r\nEND:VCARD\r\n")));
    }
    out.into_bytes()
}
