//! The launch file of a campaign: only the fields the channel needs, for
//! a mail merge (CSV) or a phone (vCard).

use crate::app::views::Reach;
use crate::domain::consent::Channel;
use crate::error::{Error, Result};

/// The columns and rows of a mail merge, with the unsubscribe text on
/// every email row.
fn merge_rows(ch: Channel, send: &[&Reach], unsubscribe: &str) -> (&'static [&'static str], Vec<Vec<String>>) {
    let header: &[&str] = match ch {
        Channel::Email => &["contact_id", "name", "email", "unsubscribe"],
        Channel::Sms | Channel::Phone => &["contact_id", "name", "phone"],
        Channel::Post => &["contact_id", "name", "street", "postcode", "city", "country"],
    };
    let rows = send
        .iter()
        .map(|r| {
            let o = |v: &Option<String>| v.clone().unwrap_or_default();
            match ch {
                Channel::Email => vec![r.id.to_string(), r.name.clone(), o(&r.email), unsubscribe.to_string()],
                Channel::Sms | Channel::Phone => vec![r.id.to_string(), r.name.clone(), o(&r.phone)],
                Channel::Post => {
                    vec![r.id.to_string(), r.name.clone(), o(&r.street), o(&r.postcode), o(&r.city), o(&r.country)]
                }
            }
        })
        .collect();
    (header, rows)
}

/// CSV for a mail merge (cells neutralized for spreadsheets).
pub fn mail_merge(ch: Channel, send: &[&Reach], delimiter: u8, unsubscribe: &str) -> Result<Vec<u8>> {
    let (header, rows) = merge_rows(ch, send, unsubscribe);
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(row.into_iter().map(super::neutralize))?;
    }
    w.into_inner().map_err(|e| Error::internal(e.to_string()))
}

/// The same mail merge as an Excel workbook (`--format xlsx` or an
/// `.xlsx` file name): typed ids, text kept as text.
pub fn mail_merge_workbook(ch: Channel, send: &[&Reach], unsubscribe: &str) -> Result<Vec<u8>> {
    let (header, rows) = merge_rows(ch, send, unsubscribe);
    super::xlsx::workbook(header, &["contact_id"], &rows)
}

/// vCards with the name and the channel's address only.
pub fn vcards(ch: Channel, send: &[&Reach]) -> Vec<u8> {
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
        crate::domain::vcard::write_card(&mut out, &f, &[], &format!("urn:carnet:contact:{}", r.id));
    }
    out.into_bytes()
}
