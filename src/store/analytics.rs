//! The one scan every report stands on: each customer's purchases summed
//! up as of a day, read in (contact, day) order from the covering index.

use super::Db;
use crate::domain::labels::Labels;
use crate::domain::rfm::CustomerHistory;
use crate::error::Result;
use rusqlite::params;

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
            "SELECT contact_id, day, amount_cents FROM purchases INDEXED BY purchases_contact_day \
             WHERE day <= ?1 AND day >= ?2 ORDER BY contact_id, day",
        )?
    } else {
        conn.sql().prepare_cached(
            "SELECT contact_id, day, amount_cents FROM purchases INDEXED BY purchases_contact_day \
             WHERE day <= ?1 AND day >= ?2 AND (?3 IS NULL OR category_id = ?3) AND (?4 IS NULL OR channel = ?4) \
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
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
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
fn read_labels(conn: &rusqlite::Connection) -> Result<Labels> {
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

/// Every contact's ref and name (in id order), read on a connection of
/// its own on a second thread while `work` runs on this one: a listing's
/// names come in while its figures are worked out, on the second core.
///
/// Each read statement sees the file as it was when it began, so the two
/// reads may straddle another command's write, exactly as the same two
/// scans one after the other always could: a contact added or removed in
/// between has figures without a label (its row is left out) or a label
/// without figures. A file that cannot be opened twice (in memory) or a
/// second connection that fails is read here, after `work`.
pub fn labels_alongside<T>(conn: &Db, work: impl FnOnce() -> Result<T>) -> Result<(Labels, T)> {
    let (labels, done) = beside(conn, |second| read_labels(&second).ok(), work);
    let done = done?;
    let labels = match labels {
        Some(l) => l,
        None => read_labels(conn.sql())?,
    };
    Ok((labels, done))
}

/// `side` on a second connection on another thread while `work` runs on
/// this one; `side`'s answer is None without a second connection.
fn beside<A: Send, T>(
    conn: &Db,
    side: impl FnOnce(rusqlite::Connection) -> Option<A> + Send,
    work: impl FnOnce() -> Result<T>,
) -> (Option<A>, Result<T>) {
    let second = super::second_reader(conn);
    std::thread::scope(|s| {
        let other = s.spawn(move || side(second?));
        // The work first, then the wait: the two run side by side.
        let done = work();
        (other.join().ok().flatten(), done)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The side read and the work run at once: the side waits for a word
    /// from the work, which it gets only if the work runs before the side
    /// is waited for (reading one after the other, it would time out).
    #[test]
    fn the_side_read_runs_while_the_work_does() {
        let dir = tempfile::tempdir().unwrap();
        let store = super::super::Store::open(&dir.path().join("shop.db"), super::super::OpenMode::Create).unwrap();
        let (tell, heard) = std::sync::mpsc::channel::<()>();
        let (side, done) = beside(
            &store,
            move |_| heard.recv_timeout(std::time::Duration::from_secs(20)).ok(),
            move || {
                tell.send(()).unwrap();
                Ok(7)
            },
        );
        assert_eq!(side, Some(()), "the side read did not run beside the work");
        assert_eq!(done.unwrap(), 7);
        let memory = super::super::Store::open_in_memory().unwrap();
        let (side, done) = beside(&memory, |_| Some(1), || Ok(2));
        assert_eq!((side, done.unwrap()), (None, 2), "in memory there is no second connection");
    }
}

/// One customer's visits (purchase days) as of a day: what lifetime value
/// needs beyond RFM, the amount of the first visit (to tell the repeat
/// visits' mean) included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visits {
    pub contact_id: i64,
    pub first_day: i32,
    pub last_day: i32,
    /// Distinct purchase days.
    pub visits: u32,
    /// Purchases (rows), refunds included.
    pub rows: u32,
    pub total_cents: i64,
    /// The total of the first day's purchases.
    pub first_visit_cents: i64,
}

impl Visits {
    /// A contact's first purchase, read in (contact, day) order.
    pub(super) fn first(contact_id: i64, day: i32, cents: i64) -> Visits {
        Visits {
            contact_id,
            first_day: day,
            last_day: day,
            visits: 1,
            rows: 1,
            total_cents: cents,
            first_visit_cents: cents,
        }
    }

    /// Their next purchase, in day order.
    pub(super) fn add(&mut self, day: i32, cents: i64) {
        self.rows += 1;
        self.total_cents = self.total_cents.saturating_add(cents);
        if day == self.first_day {
            self.first_visit_cents = self.first_visit_cents.saturating_add(cents);
        } else if day != self.last_day {
            self.visits += 1;
        }
        self.last_day = day;
    }

    /// The same customer as RFM sees them.
    pub fn history(&self) -> CustomerHistory {
        CustomerHistory {
            contact_id: self.contact_id,
            first_day: self.first_day,
            last_day: self.last_day,
            rows: self.rows,
            days: self.visits,
            total_cents: self.total_cents,
        }
    }
}

/// [`Visits`] of every contact with a purchase on or before `until`, in
/// contact id order: the kept totals when they answer, else a scan.
pub fn visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    super::totals::visits(conn, scope, until)
}

/// [`Visits`] of every contact with a purchase on or before `until`, in
/// contact id order: one scan of the covering index.
pub fn scan_visits(conn: &Db, scope: &Scope, until: i32) -> Result<Vec<Visits>> {
    let mut stmt = conn.sql().prepare_cached(if scope.is_all() {
        "SELECT contact_id, day, amount_cents FROM purchases INDEXED BY purchases_contact_day \
         WHERE day <= ?1 ORDER BY contact_id, day"
    } else {
        "SELECT contact_id, day, amount_cents FROM purchases INDEXED BY purchases_contact_day \
         WHERE day <= ?1 AND (?2 IS NULL OR category_id = ?2) AND (?3 IS NULL OR channel = ?3) ORDER BY contact_id, day"
    })?;
    let mut rows = if scope.is_all() {
        stmt.query(params![until])?
    } else {
        stmt.query(params![until, scope.category_id, scope.channel])?
    };
    let mut out: Vec<Visits> = Vec::new();
    while let Some(r) = rows.next()? {
        let (id, day, cents): (i64, i32, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        match out.last_mut() {
            Some(v) if v.contact_id == id => v.add(day, cents),
            _ => out.push(Visits::first(id, day, cents)),
        }
    }
    Ok(out)
}

/// One contact's [`Visits`] on or before `until` (None without a purchase):
/// the same sums as [`visits`], from that contact's index range only.
pub fn visits_of(conn: &Db, contact: i64, until: i32) -> Result<Option<Visits>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT day, amount_cents FROM purchases INDEXED BY purchases_contact_day \
         WHERE contact_id = ?1 AND day <= ?2 ORDER BY day",
    )?;
    let mut rows = stmt.query(params![contact, until])?;
    let mut out: Option<Visits> = None;
    while let Some(r) = rows.next()? {
        let (day, cents): (i32, i64) = (r.get(0)?, r.get(1)?);
        match &mut out {
            Some(v) => v.add(day, cents),
            None => out = Some(Visits::first(contact, day, cents)),
        }
    }
    Ok(out)
}

/// The distinct purchase days in `(after, until]` of each contact, in
/// contact id order: what customers actually did in a holdout period.
pub fn visit_days(conn: &Db, scope: &Scope, after: i32, until: i32) -> Result<Vec<(i64, i32)>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT DISTINCT contact_id, day FROM purchases INDEXED BY purchases_contact_day \
         WHERE day > ?1 AND day <= ?2 AND (?3 IS NULL OR category_id = ?3) AND (?4 IS NULL OR channel = ?4) \
         ORDER BY contact_id, day",
    )?;
    let rows =
        stmt.query_map(params![after, until, scope.category_id, scope.channel], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
    fn index(&mut self, v: rusqlite::types::ValueRef) -> Result<Option<usize>> {
        use rusqlite::types::ValueRef;
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
        "SELECT contact_id, day, amount_cents, {column} FROM purchases INDEXED BY purchases_contact_day \
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
        "SELECT contact_id, day, amount_cents, category_id, channel FROM purchases INDEXED BY purchases_contact_day \
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
