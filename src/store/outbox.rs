//! The outbox of `campaign send`: each recipient's state, so a send can
//! be resumed and never sends one message twice nor skips one.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::consent::Channel;
use crate::domain::dates::from_day_number;
use crate::error::Result;
use chrono::NaiveDate;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub contact_id: i64,
    pub token: String,
    pub message_id: String,
    /// queued, sending, sent, failed, bounced or skipped.
    pub state: String,
    pub answer: Option<String>,
    pub attempts: i64,
}

/// The recipients of a launched campaign, by id.
pub fn recipients(conn: &Db, campaign_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.sql().prepare(
        "SELECT contact_id FROM campaign_sends WHERE campaign_id = ?1 AND grp = 'recipient' ORDER BY contact_id",
    )?;
    let rows = stmt.query_map([campaign_id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Queue one row per recipient not queued yet (a rerun adds nothing).
pub fn queue(conn: &Tx, campaign_id: i64, channel: Channel, rows: &[(i64, String, String)]) -> Result<usize> {
    let mut stmt = conn.sql().prepare_cached(
        "INSERT INTO campaign_outbox (campaign_id, contact_id, channel, token, message_id) \
         VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
    )?;
    let mut n = 0;
    for (contact, token, message_id) in rows {
        n += stmt.execute(params![campaign_id, contact, channel.as_str(), token, message_id])?;
    }
    Ok(n)
}

pub fn rows(conn: &Db, campaign_id: i64) -> Result<Vec<OutboxRow>> {
    let mut stmt = conn.sql().prepare(
        "SELECT contact_id, token, message_id, state, answer, attempts FROM campaign_outbox \
         WHERE campaign_id = ?1 ORDER BY contact_id",
    )?;
    let rows = stmt.query_map([campaign_id], |r| {
        Ok(OutboxRow {
            contact_id: r.get(0)?,
            token: r.get(1)?,
            message_id: r.get(2)?,
            state: r.get(3)?,
            answer: r.get(4)?,
            attempts: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Move one row to `state`; `attempt` counts one more try.
pub fn set_state(
    conn: &Tx,
    campaign_id: i64,
    contact_id: i64,
    state: &str,
    answer: Option<&str>,
    now: &str,
    attempt: bool,
) -> Result<()> {
    conn.sql()
        .prepare_cached(
            "UPDATE campaign_outbox SET state = ?3, answer = coalesce(?4, answer), updated_at = ?5, \
             attempts = attempts + ?6 WHERE campaign_id = ?1 AND contact_id = ?2",
        )?
        .execute(params![campaign_id, contact_id, state, answer, now, attempt as i64])?;
    Ok(())
}

/// How many rows of the campaign are in each state.
pub fn counts(conn: &Db, campaign_id: i64) -> Result<HashMap<String, i64>> {
    let mut stmt =
        conn.sql().prepare("SELECT state, count(*) FROM campaign_outbox WHERE campaign_id = ?1 GROUP BY state")?;
    let rows = stmt.query_map([campaign_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The contact and channel a token was sent to.
pub fn by_token(conn: &Db, token: &str) -> Result<Option<(i64, Channel)>> {
    let found: Option<(i64, String)> = conn
        .sql()
        .query_row("SELECT contact_id, channel FROM campaign_outbox WHERE token = ?1", [token], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    Ok(found.and_then(|(c, ch)| Channel::parse(&ch).map(|ch| (c, ch))))
}

/// The contact a Message-ID was sent to (a bounce quotes it).
pub fn by_message_id(conn: &Db, message_id: &str) -> Result<Option<i64>> {
    Ok(conn
        .sql()
        .query_row("SELECT contact_id FROM campaign_outbox WHERE message_id = ?1", [message_id], |r| r.get(0))
        .optional()?)
}

/// Each contact's last purchase day, for `{{last_purchase}}`.
pub fn last_purchases(conn: &Db, ids: &[i64]) -> Result<HashMap<i64, NaiveDate>> {
    let mut stmt = conn.sql().prepare_cached("SELECT max(day) FROM purchases WHERE contact_id = ?1")?;
    let mut out = HashMap::new();
    for &id in ids {
        let day: Option<i32> = stmt.query_row([id], |r| r.get(0))?;
        if let Some(d) = day.and_then(from_day_number) {
            out.insert(id, d);
        }
    }
    Ok(out)
}

/// The contacts among `ids` whose personal data was erased.
pub fn forgotten(conn: &Db, ids: &[i64]) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.sql().prepare_cached("SELECT forgotten_at IS NOT NULL FROM contacts WHERE id = ?1")?;
    let mut out = std::collections::HashSet::new();
    for &id in ids {
        let gone: Option<bool> = stmt.query_row([id], |r| r.get(0)).optional()?;
        if gone.unwrap_or(true) {
            out.insert(id);
        }
    }
    Ok(out)
}

/// The contact whose main email is `address` (compared as keys).
pub fn contact_by_email(conn: &Db, address: &str) -> Result<Option<i64>> {
    let key = crate::domain::contact::email_key(address);
    Ok(conn
        .sql()
        .query_row(
            "SELECT id FROM contacts WHERE email_key = ?1 AND forgotten_at IS NULL ORDER BY id LIMIT 1",
            [key],
            |r| r.get(0),
        )
        .optional()?)
}

/// Take one row for sending: `from` (queued, or sending for a resend of
/// an uncertain one) becomes `sending` with one more attempt, only if the
/// row is still as this run read it. False when another run took it.
pub fn claim(conn: &Tx, campaign_id: i64, contact_id: i64, from: &str, attempts: i64, now: &str) -> Result<bool> {
    let n = conn
        .sql()
        .prepare_cached(
            "UPDATE campaign_outbox SET state = 'sending', updated_at = ?5, attempts = attempts + 1 \
             WHERE campaign_id = ?1 AND contact_id = ?2 AND state = ?3 AND attempts = ?4",
        )?
        .execute(params![campaign_id, contact_id, from, attempts, now])?;
    Ok(n == 1)
}
