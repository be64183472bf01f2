//! Erasure and retention: the SQL behind `privacy forget` and `review`.

use super::consent::{address_key, erase_proofs, suppress};
use super::sql::params;
use super::{Db, Tx};
use crate::domain::consent::Channel;
use crate::error::Result;

/// What an erasure did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    pub suppressed: usize,
    pub interactions: usize,
    pub proofs: usize,
}

/// Erase a contact's personal data, keeping purchase dates and amounts
/// under the now anonymous contact. The email and phone go on the
/// suppression list as keyed hashes first.
pub fn forget(conn: &Tx, id: i64, now: &str) -> Result<Erased> {
    use crate::domain::contact_points::Kind;
    let fields = super::contacts::get(conn, id)?.map(|c| c.fields).unwrap_or_default();
    let mut e = Erased::default();
    // Every address and number they gave, the primary and the others.
    let all = |kind: Kind| -> Vec<String> {
        fields
            .primary(kind)
            .0
            .map(String::from)
            .into_iter()
            .chain(fields.others(kind).into_iter().map(|p| p.value))
            .collect()
    };
    for m in all(Kind::Email) {
        suppress(conn, &address_key(conn, Channel::Email, &m)?, "email", "erased", now)?;
        e.suppressed += 1;
    }
    for p in all(Kind::Phone) {
        let key = address_key(conn, Channel::Phone, &p)?;
        for ch in ["sms", "phone"] {
            suppress(conn, &key, ch, "erased", now)?;
        }
        e.suppressed += 1;
    }
    conn.sql().execute("DELETE FROM contact_keys WHERE contact_id = ?1", [id])?;
    conn.sql().execute(
        "UPDATE contacts SET ref = NULL, name = 'Forgotten contact ' || id, email = NULL, phone = NULL, company = NULL, company_id = NULL, company_key = NULL, \
         street = NULL, postcode = NULL, city = NULL, country = NULL, birthday = NULL, notes = NULL, \
         search_key = 'forgotten contact', email_key = NULL, phone_key = NULL, cadence_days = NULL, \
         email_type = NULL, phone_type = NULL, other_emails = NULL, other_phones = NULL, honorific = NULL, \
         archived_at = coalesce(archived_at, ?2), forgotten_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    conn.sql().execute("DELETE FROM contact_tags WHERE contact_id = ?1", [id])?;
    conn.sql().execute("DELETE FROM contact_dates WHERE contact_id = ?1", [id])?;
    e.interactions = conn.sql().execute("UPDATE interactions SET summary = NULL WHERE contact_id = ?1", [id])?;
    // Nothing about a forgotten person is due any more.
    conn.sql().execute(
        "UPDATE interactions SET follow_up_done_at = ?2 \
         WHERE contact_id = ?1 AND follow_up IS NOT NULL AND follow_up_done_at IS NULL",
        params![id, now],
    )?;
    conn.sql()
        .execute("UPDATE deals SET title = 'erased', notes = NULL, lost_reason = NULL WHERE contact_id = ?1", [id])?;
    // Only the rows that hold something: every other purchase stays as it
    // is (no new row version to vacuum, no totals to recompute).
    conn.sql().execute(
        "UPDATE purchases SET note = NULL, order_ref = NULL \
         WHERE contact_id = ?1 AND (note IS NOT NULL OR order_ref IS NOT NULL)",
        [id],
    )?;
    super::service::forget(conn, id, now)?;
    super::satisfaction::erase_comments(conn, id)?;
    e.proofs = erase_proofs(conn, id, now)?;
    Ok(e)
}

/// The tables [`forget`] writes: their old row versions hold what it erased.
const ERASED_TABLES: &[&str] = &[
    "contacts",
    "contact_keys",
    "contact_tags",
    "contact_dates",
    "interactions",
    "deals",
    "purchases",
    "service_requests",
    "service_events",
    "satisfaction_answers",
    "consent_proofs",
];

/// After an erasure's commit. SQLite: compact the file (see
/// [`Store::begin_erasure`]: the erased bytes are already overwritten;
/// this also gives the space back). PostgreSQL: an UPDATE or DELETE leaves
/// the old row versions in the table's pages until a VACUUM removes them,
/// so every table the erasure wrote is vacuumed now, in one statement
/// (VACUUM cannot run inside a transaction, hence after the commit).
pub fn compact(store: &super::Store) -> Result<()> {
    match store.engine() {
        super::sql::EngineKind::Sqlite => store.execute_batch("VACUUM;")?,
        super::sql::EngineKind::Postgres => store.execute_batch(&format!("VACUUM {}", ERASED_TABLES.join(", ")))?,
    }
    Ok(())
}

/// A contact's last sign of life: the latest purchase, interaction or
/// consent event, or the day they were added.
#[derive(Debug, Clone)]
pub struct Activity {
    pub contact_id: i64,
    pub name: String,
    pub last: String,
}

/// Contacts (not already forgotten) whose last activity is before `day`.
pub fn inactive_since(conn: &Db, day: &str) -> Result<Vec<Activity>> {
    // The day numbers count from 0001-01-01 as day 1.
    let (greatest, date) = match conn.engine() {
        super::sql::EngineKind::Sqlite => ("max", "date(max(day) + 1721424.5)"),
        super::sql::EngineKind::Postgres => {
            ("greatest", "to_char(DATE '0001-01-01' + CAST(max(day) - 1 AS INTEGER), 'YYYY-MM-DD')")
        }
    };
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT id, name, last FROM (SELECT id, name, {greatest}(substr(created_at, 1, 10), \
           coalesce((SELECT {date} FROM purchases p WHERE p.contact_id = c.id), ''), \
           coalesce((SELECT {date} FROM interactions i WHERE i.contact_id = c.id), ''), \
           coalesce((SELECT max(occurred_on) FROM consent_events e WHERE e.contact_id = c.id), '')) AS last \
         FROM contacts c WHERE forgotten_at IS NULL) a WHERE last < ?1 ORDER BY last, id"
    ))?;
    let rows = stmt.query_map([day], |r| Ok(Activity { contact_id: r.get(0)?, name: r.get(1)?, last: r.get(2)? }))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
