//! Campaigns and their frozen audiences.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::campaign::Outcome;
use crate::domain::campaign_economics::Costs;
pub use crate::domain::campaign_record::{Campaign, NewCampaign, Send};
use crate::domain::consent::Channel;
use crate::domain::dates::{from_day_number, to_day_number};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use chrono::NaiveDate;

const SELECT: &str = "SELECT id, name, channel, segment, holdout_pct, seed, message, created_at, launched_on, \
     cost_per_contact_cents, fixed_cost_cents FROM campaigns";

fn from_row(r: &super::sql::Row) -> super::sql::Result<Campaign> {
    let launched: Option<String> = r.get(8)?;
    let channel = super::parsed(r, 2, "channel", Channel::parse)?;
    Ok(Campaign {
        id: r.get(0)?,
        name: r.get(1)?,
        channel,
        segment: r.get(3)?,
        holdout_pct: r.get(4)?,
        seed: r.get(5)?,
        message: r.get(6)?,
        created_at: r.get(7)?,
        launched_on: launched.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
        costs: Costs { per_contact: Cents(r.get(9)?), fixed: Cents(r.get(10)?) },
    })
}

/// How many a campaign `c` reached, as a column.
const RECIPIENTS: &str = "(SELECT count(*) FROM campaign_sends r WHERE r.campaign_id = c.id AND r.grp = 'recipient')";

pub fn insert(conn: &Tx, c: &NewCampaign, now: &str) -> Result<i64> {
    Ok(conn.sql().query_row(
        "INSERT INTO campaigns (name, channel, segment, holdout_pct, seed, message, created_at, \
         cost_per_contact_cents, fixed_cost_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
        params![
            c.name,
            c.channel.as_str(),
            c.segment,
            c.holdout_pct,
            c.seed,
            c.message,
            now,
            c.costs.per_contact.0,
            c.costs.fixed.0
        ],
        |r| r.get(0),
    )?)
}

pub fn get(conn: &Db, name: &str) -> Result<Option<Campaign>> {
    Ok(conn.sql().query_row(&format!("{SELECT} WHERE name = ?1"), [name], from_row).optional()?)
}

pub fn list(conn: &Db) -> Result<Vec<Campaign>> {
    let mut stmt = conn.sql().prepare(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Set what the campaign costs (before or after its launch).
pub fn set_costs(conn: &Tx, id: i64, costs: Costs) -> Result<()> {
    conn.sql().execute(
        "UPDATE campaigns SET cost_per_contact_cents = ?2, fixed_cost_cents = ?3 WHERE id = ?1",
        params![id, costs.per_contact.0, costs.fixed.0],
    )?;
    Ok(())
}

/// The average purchase amount in the file, for the break-even (None
/// when there are no purchases).
pub fn average_purchase(conn: &Db) -> Result<Option<Cents>> {
    let avg: Option<f64> = conn.sql().query_row(
        "SELECT CAST(avg(amount_cents) AS DOUBLE PRECISION) FROM purchases WHERE amount_cents > 0",
        [],
        |r| r.get(0),
    )?;
    Ok(avg.map(|a| Cents(a.round() as i64)))
}

/// Each campaign that reached `contact` on or after `since`, with its
/// costs and how many it reached (for their share of the fixed cost).
pub fn reached(conn: &Db, contact: i64, since: NaiveDate) -> Result<Vec<(Costs, u64)>> {
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT c.cost_per_contact_cents, c.fixed_cost_cents, {RECIPIENTS} \
             FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id \
             WHERE s.contact_id = ?1 AND s.grp = 'recipient' AND s.sent_on >= ?2"
    ))?;
    let rows = stmt.query_map(params![contact, to_day_number(since)], |r| {
        Ok((Costs { per_contact: Cents(r.get(0)?), fixed: Cents(r.get(1)?) }, r.get::<_, i64>(2)? as u64))
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every campaign's costs and how many recipients it had, by id.
pub fn costs_and_reach(conn: &Db) -> Result<std::collections::HashMap<i64, (Costs, u64)>> {
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT c.id, c.cost_per_contact_cents, c.fixed_cost_cents, {RECIPIENTS} FROM campaigns c"
    ))?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get(0)?, (Costs { per_contact: Cents(r.get(1)?), fixed: Cents(r.get(2)?) }, r.get::<_, i64>(3)? as u64)))
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// (contact, campaign) for every recipient send on or after `since`.
pub fn recipient_sends_since(conn: &Db, since: NaiveDate) -> Result<Vec<(i64, i64)>> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT contact_id, campaign_id FROM campaign_sends WHERE grp = 'recipient' AND sent_on >= ?1")?;
    let rows = stmt.query_map([to_day_number(since)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    conn.sql().execute("DELETE FROM campaigns WHERE id = ?1", [id])?;
    Ok(())
}

/// Freeze the audience: one send row per recipient and control member.
pub fn launch(conn: &Tx, id: i64, on: NaiveDate, recipients: &[i64], control: &[i64]) -> Result<()> {
    conn.sql().execute("UPDATE campaigns SET launched_on = ?2 WHERE id = ?1", params![id, on.to_string()])?;
    let mut stmt = conn
        .sql()
        .prepare("INSERT INTO campaign_sends (campaign_id, contact_id, grp, sent_on) VALUES (?1, ?2, ?3, ?4)")?;
    for (ids, grp) in [(recipients, "recipient"), (control, "control")] {
        for c in ids {
            stmt.execute(params![id, c, grp, to_day_number(on)])?;
        }
    }
    Ok(())
}

/// How many campaigns reached each contact on or after `since`.
pub fn recent_sends(conn: &Db, since: NaiveDate) -> Result<std::collections::HashMap<i64, u32>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT contact_id, count(*) FROM campaign_sends WHERE grp = 'recipient' AND sent_on >= ?1 GROUP BY contact_id",
    )?;
    let rows = stmt.query_map([to_day_number(since)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// People, buyers and revenue in `(launch, launch + window]` of the
/// recipients and of the control group.
pub fn outcome(conn: &Db, id: i64, from: NaiveDate, to: NaiveDate) -> Result<(Outcome, Outcome)> {
    let mut stmt = conn.sql().prepare(
        "SELECT s.grp, count(*), count(b.total), CAST(coalesce(sum(b.total), 0) AS BIGINT), \
         coalesce(sum(CAST(b.total AS DOUBLE PRECISION) * b.total), 0.0) FROM campaign_sends s \
         LEFT JOIN (SELECT contact_id, sum(amount_cents) AS total FROM purchases WHERE day > ?2 AND day <= ?3 \
                    GROUP BY contact_id) b ON b.contact_id = s.contact_id \
         WHERE s.campaign_id = ?1 GROUP BY s.grp",
    )?;
    let rows = stmt.query_map(params![id, to_day_number(from), to_day_number(to)], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?, r.get::<_, f64>(4)?))
    })?;
    let (mut rec, mut ctl) = (Outcome::default(), Outcome::default());
    for row in rows {
        let (grp, people, buyers, revenue, revenue_sq) = row?;
        let o = Outcome { people: people as u64, buyers: buyers as u64, revenue_cents: revenue, revenue_sq };
        match grp.as_str() {
            "recipient" => rec = o,
            "control" => ctl = o,
            other => return Err(Error::internal(format!("campaign send group {other}"))),
        }
    }
    Ok((rec, ctl))
}

/// Opt-outs (withdrawals, complaints) on the campaign's channel since launch by people it reached.
pub fn opt_outs_since(conn: &Db, id: i64, channel: Channel, since: NaiveDate) -> Result<i64> {
    Ok(conn.sql().query_row(
        "SELECT count(DISTINCT e.contact_id) FROM consent_events e JOIN campaign_sends s ON s.contact_id = e.contact_id \
         WHERE s.campaign_id = ?1 AND s.grp = 'recipient' AND e.channel = ?2 AND e.action IN ('withdraw', 'complaint') \
         AND e.occurred_on >= ?3",
        params![id, channel.as_str(), since.to_string()],
        |r| r.get(0),
    )?)
}

/// The sends of one contact, for a privacy export.
pub fn sends_of(conn: &Db, contact: i64) -> Result<Vec<Send>> {
    let mut stmt = conn.sql().prepare(
        "SELECT c.name, s.grp, s.sent_on FROM campaign_sends s JOIN campaigns c ON c.id = s.campaign_id \
         WHERE s.contact_id = ?1 ORDER BY s.sent_on",
    )?;
    let rows = stmt
        .query_map([contact], |r| Ok(Send { campaign: r.get(0)?, group: r.get(1)?, on: from_day_number(r.get(2)?) }))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// (recipients, control members) of a launched campaign.
pub fn send_counts(conn: &Db, id: i64) -> Result<(i64, i64)> {
    Ok(conn.sql().query_row(
        "SELECT count(CASE WHEN grp = 'recipient' THEN 1 END), count(CASE WHEN grp = 'control' THEN 1 END) \
         FROM campaign_sends WHERE campaign_id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}
