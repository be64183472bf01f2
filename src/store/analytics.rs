//! The one scan every report stands on: each customer's purchases summed
//! up as of a day, read in (contact, day) order from the covering index.

use super::sql::params;
use super::Db;
use crate::domain::labels::Labels;
use crate::domain::rfm::CustomerHistory;
use crate::error::Result;

/// Which purchases an analytics report looks at: all of them, or those
/// of one category and/or one sales channel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub category_id: Option<i64>,
    pub channel: Option<String>,
}

impl Scope {
    pub fn is_all(&self) -> bool {
        self.category_id.is_none() && self.channel.is_none()
    }
}

/// Histories of every contact with a purchase in `[since, until]` (day
/// numbers) within `scope`, in contact id order.
pub fn histories(conn: &Db, scope: &Scope, since: Option<i32>, until: i32) -> Result<Vec<CustomerHistory>> {
    // Over every purchase up to a day: the kept totals answer, when they can.
    if since.is_none() && scope.is_all() {
        if let Some(rows) = super::totals::histories(conn, until)? {
            return Ok(rows);
        }
    }
    // The covering index alone answers, a category or channel included.
    let mut stmt = if scope.is_all() {
        conn.sql().prepare_cached(
            "SELECT contact_id, day, amount_cents FROM purchases \
             WHERE day <= ?1 AND day >= ?2 ORDER BY contact_id, day",
        )?
    } else {
        conn.sql().prepare_cached(
            "SELECT contact_id, day, amount_cents FROM purchases \
             WHERE day <= ?1 AND day >= ?2 AND (CAST(?3 AS BIGINT) IS NULL OR category_id = ?3) AND (CAST(?4 AS TEXT) IS NULL OR channel = ?4) \
             ORDER BY contact_id, day",
        )?
    };
    let mut rows = if scope.is_all() {
        stmt.query(params![until, since.unwrap_or(i32::MIN)])?
    } else {
        stmt.query(params![until, since.unwrap_or(i32::MIN), scope.category_id, scope.channel])?
    };
    let mut out = crate::domain::rfm::Histories::default();
    while let Some(r) = rows.next()? {
        out.push(r.get(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(out.finish())
}

/// Ref and name of every contact, by id, for labelling report rows.
pub fn labels(conn: &Db) -> Result<std::collections::HashMap<i64, (Option<String>, String)>> {
    let mut stmt = conn.sql().prepare_cached("SELECT id, ref, name FROM contacts")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The first purchase day in the file, to tell "no customers yet on that
/// date" from "no purchases at all".
pub fn first_day(conn: &Db) -> Result<Option<i32>> {
    Ok(conn.sql().query_row("SELECT min(day) FROM purchases", [], |r| r.get(0))?)
}

/// Add to `profiles` (in id order) each contact's categories with the
/// last day bought, and the channels they bought on, as asked.
pub fn attach_purchases(
    conn: &Db,
    profiles: &mut [crate::domain::segment_filter::Profile],
    categories: bool,
    channels: bool,
) -> Result<()> {
    let find = |profiles: &[crate::domain::segment_filter::Profile], id: i64| {
        profiles.binary_search_by_key(&id, |p| p.contact_id).ok()
    };
    if categories {
        let mut stmt = conn.sql().prepare(
            "SELECT p.contact_id, g.key, max(p.day) FROM purchases p JOIN categories g ON g.id = p.category_id \
             GROUP BY p.contact_id, g.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(i) = find(profiles, r.get(0)?) {
                if let Some(day) = crate::domain::dates::from_day_number(r.get(2)?) {
                    profiles[i].categories.push((r.get(1)?, day));
                }
            }
        }
    }
    if channels {
        let mut stmt =
            conn.sql().prepare("SELECT DISTINCT contact_id, channel FROM purchases WHERE channel IS NOT NULL")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(i) = find(profiles, r.get(0)?) {
                profiles[i].channels.push(r.get(1)?);
            }
        }
    }
    Ok(())
}

/// What segment criteria look at, for every active (not archived)
/// contact, in id order. Tags are read only when asked for.
pub fn profiles(conn: &Db, with_tags: bool) -> Result<Vec<crate::domain::segment_filter::Profile>> {
    use crate::domain::segment_filter::{birthday_month, created_day, Profile};
    let mut stmt = conn.sql().prepare(
        "SELECT id, city, postcode, email IS NOT NULL, phone IS NOT NULL, birthday, created_at FROM contacts \
         WHERE archived_at IS NULL ORDER BY id",
    )?;
    let mut out: Vec<Profile> = stmt
        .query_map([], |r| {
            let birthday: Option<String> = r.get(5)?;
            let created: String = r.get(6)?;
            Ok(Profile {
                contact_id: r.get(0)?,
                tags: Vec::new(),
                city: r.get(1)?,
                postcode: r.get(2)?,
                has_email: r.get(3)?,
                has_phone: r.get(4)?,
                birthday_month: birthday.as_deref().and_then(birthday_month),
                created: created_day(&created),
                history: None,
                segment: None,
                cell: None,
                categories: Vec::new(),
                channels: Vec::new(),
                loyalty: None,
                slipping: false,
            })
        })?
        .collect::<super::sql::Result<_>>()?;
    if with_tags {
        let mut stmt = conn.sql().prepare("SELECT contact_id, tag FROM contact_tags ORDER BY contact_id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if let Ok(i) = out.binary_search_by_key(&id, |p| p.contact_id) {
                out[i].tags.push(r.get(1)?);
            }
        }
    }
    Ok(out)
}

/// Every contact's ref and name, in id order, in one arena.
fn read_labels(conn: &Db) -> Result<Labels> {
    let mut stmt = conn.prepare_cached("SELECT id, ref, name FROM contacts ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut labels = Labels::default();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let rf = r.get_ref(1)?.as_str_or_null().unwrap_or(None);
        let name = r.get_ref(2)?.as_str().unwrap_or("");
        labels.push(id, rf, name);
    }
    Ok(labels)
}

/// Every contact's ref and name, in id order, in one arena.
pub fn labels_in_order(conn: &Db) -> Result<Labels> {
    read_labels(conn.sql())
}

pub use crate::domain::visits::Visits;
use crate::domain::visits::VisitsBuilder;

/// [`Visits`] of every contact with a purchase on or before `until`, in
/// contact id order: the kept totals when they answer, else a scan.
pub fn visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    super::totals::visits(conn, scope, until)
}

/// [`Visits`] of every contact with a purchase on or before `until`, in
/// contact id order: one scan of the covering index.
pub fn scan_visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    let mut stmt = conn.sql().prepare_cached(if scope.is_all() {
        "SELECT contact_id, day, amount_cents FROM purchases \
         WHERE day <= ?1 ORDER BY contact_id, day"
    } else {
        "SELECT contact_id, day, amount_cents FROM purchases \
         WHERE day <= ?1 AND (CAST(?2 AS BIGINT) IS NULL OR category_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR channel = ?3) ORDER BY contact_id, day"
    })?;
    let mut rows = if scope.is_all() {
        stmt.query(params![until])?
    } else {
        stmt.query(params![until, scope.category_id, scope.channel])?
    };
    let mut out = VisitsBuilder::default();
    while let Some(r) = rows.next()? {
        out.push(r.get(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(out.finish())
}

/// One contact's [`Visits`] on or before `until` (None without a purchase):
/// the same sums as [`visits`], from that contact's index range only.
pub fn visits_of(conn: &Db, contact: i64, until: i32) -> Result<Option<Visits>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT day, amount_cents FROM purchases \
         WHERE contact_id = ?1 AND day <= ?2 ORDER BY day",
    )?;
    let mut rows = stmt.query(params![contact, until])?;
    let mut out = VisitsBuilder::default();
    while let Some(r) = rows.next()? {
        out.push(contact, r.get(0)?, r.get(1)?);
    }
    Ok(out.finish().pop())
}

/// The visits (days with a sale) in `(after, until]` of each contact, in
/// contact id order: what customers actually did in a holdout period.
pub fn visit_days(conn: &Db, scope: &Scope, after: i32, until: i32) -> Result<Vec<(i64, i32)>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT DISTINCT contact_id, day FROM purchases \
         WHERE day > ?1 AND day <= ?2 AND amount_cents >= 0 AND (CAST(?3 AS BIGINT) IS NULL OR category_id = ?3) AND (CAST(?4 AS TEXT) IS NULL OR channel = ?4) \
         ORDER BY contact_id, day",
    )?;
    let rows =
        stmt.query_map(params![after, until, scope.category_id, scope.channel], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The contacts carrying any of `tags`, in id order.
pub fn ids_with_tags(conn: &Db, tags: &[String]) -> Result<Vec<i64>> {
    let mut out = Vec::new();
    let mut stmt = conn.sql().prepare_cached("SELECT contact_id FROM contact_tags WHERE tag = ?1")?;
    for t in tags {
        let rows = stmt.query_map([t], |r| r.get(0))?;
        for id in rows {
            out.push(id?);
        }
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// What `report categories` and `report channels` group purchases by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Category,
    Channel,
}

/// Group names by index, as purchases name them: categories by id (all
/// of them, in id order), channels as first met.
#[derive(Default)]
struct GroupNames {
    names: Vec<String>,
    /// Category ids are small and few: looked up per purchase, so no SipHash.
    by_id: std::collections::HashMap<i64, usize, foldhash::fast::FixedState>,
}

impl GroupNames {
    fn categories(conn: &Db) -> Result<Self> {
        let mut g = GroupNames::default();
        let mut stmt = conn.sql().prepare("SELECT id, name FROM categories ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            g.by_id.insert(r.get(0)?, g.names.len());
            g.names.push(r.get(1)?);
        }
        Ok(g)
    }

    /// The index of a purchase's category id or channel name (None for NULL).
    fn index(&mut self, v: super::sql::ValueRef) -> Result<Option<usize>> {
        use super::sql::ValueRef;
        Ok(match v {
            ValueRef::Null => None,
            ValueRef::Integer(id) => Some(
                *self
                    .by_id
                    .get(&id)
                    .ok_or_else(|| crate::error::Error::internal("a purchase names a category that does not exist"))?,
            ),
            // Channels are a handful of words: compared as bytes, in place.
            ValueRef::Text(t) => Some(match self.names.iter().position(|n| n.as_bytes() == t) {
                Some(g) => g,
                None => {
                    self.names.push(String::from_utf8_lossy(t).into_owned());
                    self.names.len() - 1
                }
            }),
            _ => return Err(crate::error::Error::internal("a purchase's group is neither an id nor a name")),
        })
    }
}

/// The groups' names (in the order of their index: categories by id,
/// channels as first met), then every purchase with a group up to day
/// `until` as [`crate::domain::frat::Line`]s: contact by contact (in id
/// order), each contact's sorted by (group, day). One scan of the covering
/// per-contact index, whatever the size of the file.
pub fn group_lines(
    conn: &Db,
    by: GroupBy,
    until: i32,
    mut each: impl FnMut(crate::domain::frat::Line),
) -> Result<Vec<String>> {
    use crate::domain::frat::Line;
    let (mut names, column) = match by {
        GroupBy::Category => (GroupNames::categories(conn)?, "category_id"),
        GroupBy::Channel => (GroupNames::default(), "channel"),
    };
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT contact_id, day, amount_cents, {column} FROM purchases \
         WHERE day <= ?1 AND {column} IS NOT NULL ORDER BY contact_id, day"
    ))?;
    let mut rows = stmt.query([until])?;
    let mut one: Vec<Line> = Vec::new();
    let mut flush = |one: &mut Vec<Line>| {
        one.sort_by_key(|l| (l.group, l.day));
        one.drain(..).for_each(&mut each);
    };
    while let Some(r) = rows.next()? {
        let Some(group) = names.index(r.get_ref(3)?)? else { continue };
        let contact: i64 = r.get(0)?;
        if one.last().is_some_and(|l| l.contact != contact) {
            flush(&mut one);
        }
        one.push(Line { group, contact, day: r.get(1)?, amount: r.get(2)? });
    }
    flush(&mut one);
    Ok(names.names)
}

/// One purchase up to the day asked, with what was bought and where (as
/// group indexes), for the per-customer FRAT view.
pub struct MixLine {
    pub contact: i64,
    pub day: i32,
    pub amount: i64,
    pub category: Option<usize>,
    pub channel: Option<usize>,
}

/// Every purchase up to `until` in contact order, with its category and
/// channel; returns the category names and the channel names. One scan.
pub fn mix_lines(conn: &Db, until: i32, mut each: impl FnMut(MixLine)) -> Result<(Vec<String>, Vec<String>)> {
    let mut categories = GroupNames::categories(conn)?;
    let mut channels = GroupNames::default();
    let mut stmt = conn.sql().prepare(
        "SELECT contact_id, day, amount_cents, category_id, channel FROM purchases \
         WHERE day <= ?1 ORDER BY contact_id, day",
    )?;
    let mut rows = stmt.query([until])?;
    while let Some(r) = rows.next()? {
        each(MixLine {
            contact: r.get(0)?,
            day: r.get(1)?,
            amount: r.get(2)?,
            category: categories.index(r.get_ref(3)?)?,
            channel: channels.index(r.get_ref(4)?)?,
        });
    }
    Ok((categories.names, channels.names))
}
