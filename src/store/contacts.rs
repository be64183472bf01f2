//! Contacts and their tags (finding them by what they are known by: `contact_lookup`).

use super::sql::Value;
use super::sql::{params, params_from_iter, OptionalExtension, Row};
use super::{Db, Tx};
use crate::domain::contact::{email_key, fold, phone_key, Contact, ContactFields};
use crate::domain::dates::from_day_number;
use crate::domain::money::Cents;
use crate::error::Result;

const COLUMNS: &str = "id, ref, name, email, phone, company, street, postcode, city, country, birthday, notes, \
                       archived_at, created_at, updated_at, email_type, phone_type, other_emails, other_phones, honorific";

/// How many columns [`COLUMNS`] lists: a query adding its own reads them after.
const COLUMN_COUNT: usize = 20;

fn from_row(r: &Row) -> super::sql::Result<Contact> {
    Ok(Contact {
        id: r.get(0)?,
        fields: ContactFields {
            r#ref: r.get(1)?,
            name: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
            company: r.get(5)?,
            street: r.get(6)?,
            postcode: r.get(7)?,
            city: r.get(8)?,
            country: r.get(9)?,
            birthday: r.get(10)?,
            notes: r.get(11)?,
            email_type: r.get(15)?,
            phone_type: r.get(16)?,
            other_emails: r.get(17)?,
            other_phones: r.get(18)?,
            honorific: r.get(19)?,
        },
        tags: Vec::new(),
        archived_at: r.get(12)?,
        created_at: r.get(13)?,
        updated_at: r.get(14)?,
    })
}

pub fn insert(conn: &Tx, f: &ContactFields, tags: &[String], now: &str, batch: Option<i64>) -> Result<i64> {
    let mut stmt = conn.sql().prepare_cached(
        "INSERT INTO contacts (ref, name, email, phone, company, street, postcode, city, country, birthday, notes, \
         search_key, email_key, phone_key, email_type, phone_type, other_emails, other_phones, honorific, \
         created_at, updated_at, batch_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20, ?21) \
         RETURNING id",
    )?;
    let mut values = stored_values(f);
    values.extend([Value::Text(now.to_string()), batch.map_or(Value::Null, Value::Integer)]);
    let id: i64 = stmt.query_row(params_from_iter(values), |r| r.get(0))?;
    write_keys(conn, id, f, false)?;
    add_tags(conn, id, tags)?;
    super::companies::after_write(conn, id, f, now, batch, true)?;
    Ok(id)
}

pub fn update(conn: &Tx, id: i64, f: &ContactFields, now: &str) -> Result<()> {
    conn.sql().execute(
        "UPDATE contacts SET ref = ?2, name = ?3, email = ?4, phone = ?5, company = ?6, street = ?7, postcode = ?8, \
         city = ?9, country = ?10, birthday = ?11, notes = ?12, search_key = ?13, email_key = ?14, phone_key = ?15, \
         email_type = ?16, phone_type = ?17, other_emails = ?18, other_phones = ?19, honorific = ?20, updated_at = ?21 \
         WHERE id = ?1",
        params_from_iter(
            std::iter::once(Value::Integer(id)).chain(stored_values(f)).chain([Value::Text(now.to_string())]),
        ),
    )?;
    write_keys(conn, id, f, true)?;
    super::companies::after_write(conn, id, f, now, None, false)?;
    Ok(())
}

/// Key every other email and phone of a contact, for lookups and
/// duplicate checks (the primary ones are keyed in `contacts`).
fn write_keys(conn: &Tx, id: i64, f: &ContactFields, replace: bool) -> Result<()> {
    use crate::domain::contact_points::{key, Kind};
    if replace {
        conn.sql().prepare_cached("DELETE FROM contact_keys WHERE contact_id = ?1")?.execute([id])?;
    }
    let mut stmt = conn.sql().prepare_cached(
        "INSERT INTO contact_keys (contact_id, kind, key) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
    )?;
    for (kind, name) in [(Kind::Email, "email"), (Kind::Phone, "phone")] {
        for p in f.others(kind) {
            stmt.execute(params![id, name, key(kind, &p.value)])?;
        }
    }
    Ok(())
}

/// The columns written for a contact's fields, in the order insert and
/// update list them: the fields, then the search and comparison keys.
fn stored_values(f: &ContactFields) -> Vec<Value> {
    let text = |v: Option<String>| v.map_or(Value::Null, Value::Text);
    vec![
        text(f.r#ref.clone()),
        Value::Text(f.name.clone()),
        text(f.email.clone()),
        text(f.phone.clone()),
        text(f.company.clone()),
        text(f.street.clone()),
        text(f.postcode.clone()),
        text(f.city.clone()),
        text(f.country.clone()),
        text(f.birthday.clone()),
        text(f.notes.clone()),
        Value::Text(f.search_key()),
        text(f.email.as_deref().map(email_key)),
        text(f.phone.as_deref().map(phone_key)),
        text(f.email_type.clone()),
        text(f.phone_type.clone()),
        text(f.other_emails.clone()),
        text(f.other_phones.clone()),
        text(f.honorific.clone()),
    ]
}

pub fn touch(conn: &Tx, id: i64, now: &str) -> Result<()> {
    conn.sql().execute("UPDATE contacts SET updated_at = ?2 WHERE id = ?1", params![id, now])?;
    Ok(())
}

pub fn get(conn: &Db, id: i64) -> Result<Option<Contact>> {
    let c =
        conn.sql().query_row(&format!("SELECT {COLUMNS} FROM contacts WHERE id = ?1"), [id], from_row).optional()?;
    match c {
        Some(mut c) => {
            c.tags = tags(conn, id)?;
            Ok(Some(c))
        }
        None => Ok(None),
    }
}

pub fn tags(conn: &Db, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.sql().prepare_cached("SELECT tag FROM contact_tags WHERE contact_id = ?1 ORDER BY tag")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Returns how many of the tags were new.
pub fn add_tags(conn: &Tx, id: i64, tags: &[String]) -> Result<usize> {
    let mut stmt = conn
        .sql()
        .prepare_cached("INSERT INTO contact_tags (contact_id, tag) VALUES (?1, ?2) ON CONFLICT DO NOTHING")?;
    let mut n = 0;
    for t in tags {
        n += stmt.execute(params![id, t])?;
    }
    Ok(n)
}

pub fn remove_tags(conn: &Tx, id: i64, tags: &[String]) -> Result<usize> {
    let mut stmt = conn.sql().prepare_cached("DELETE FROM contact_tags WHERE contact_id = ?1 AND tag = ?2")?;
    let mut n = 0;
    for t in tags {
        n += stmt.execute(params![id, t])?;
    }
    Ok(n)
}

pub use super::contact_lookup::{candidates, duplicates_of, identities};

pub fn id_by_ref(conn: &Db, r: &str) -> Result<Option<i64>> {
    Ok(conn.sql().prepare_cached("SELECT id FROM contacts WHERE ref = ?1")?.query_row([r], |r| r.get(0)).optional()?)
}

pub fn set_archived(conn: &Tx, id: i64, at: Option<&str>, now: &str) -> Result<()> {
    conn.sql().execute("UPDATE contacts SET archived_at = ?2, updated_at = ?3 WHERE id = ?1", params![id, at, now])?;
    Ok(())
}

pub fn delete(conn: &Tx, id: i64) -> Result<()> {
    // Their purchases go with them (and the triggers take their totals).
    conn.sql().execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    Ok(())
}

/// Tables whose rows belong to a contact and move with it on a merge.
/// Later features append theirs here, so a merge never leaves a history
/// behind.
pub const CONTACT_CHILD_TABLES: &[&str] = &[
    "purchases",
    "deals",
    "interactions",
    "consent_events",
    "campaign_sends",
    "satisfaction_answers",
    "loyalty_members",
    "loyalty_redemptions",
    "service_requests",
];

/// Move everything of `other` onto `keep`, give `keep` its merged fields
/// and the union of tags, then delete `other`. Returns rows moved.
pub fn merge(conn: &Tx, keep: i64, other: i64, merged: &ContactFields, now: &str) -> Result<usize> {
    // The consent events that move are explained by this record.
    super::consent_chain::record_merge(conn, other, keep, now)?;
    super::loyalty::merge_members(conn, keep, other)?;
    let mut moved = 0;
    for table in CONTACT_CHILD_TABLES {
        // A row KEEP has already (a campaign both were sent) stays behind
        // and goes with OTHER: the one unique key holding a contact id.
        let clash = match *table {
            "campaign_sends" => {
                " AND campaign_id NOT IN (SELECT campaign_id FROM campaign_sends WHERE contact_id = ?1)"
            }
            // Both members of the loyalty card: KEEP's row (with the
            // earlier joining day, see `merge_members`) stays.
            "loyalty_members" => " AND NOT EXISTS (SELECT 1 FROM loyalty_members m WHERE m.contact_id = ?1)",
            _ => "",
        };
        moved += conn.sql().execute(
            &format!("UPDATE {table} SET contact_id = ?1 WHERE contact_id = ?2{clash}"),
            params![keep, other],
        )?;
    }
    conn.sql().execute(
        "INSERT INTO contact_tags (contact_id, tag) SELECT CAST(?1 AS BIGINT), tag FROM contact_tags WHERE contact_id = ?2 \
         ON CONFLICT DO NOTHING",
        params![keep, other],
    )?;
    super::companies::merged(conn, keep, other)?;
    // The ref may move from OTHER to KEEP: free it before it is taken.
    conn.sql().execute("DELETE FROM contacts WHERE id = ?1", [other])?;
    update(conn, keep, merged, now)?;
    Ok(moved)
}

/// What `contact list` shows for one contact.
#[derive(Debug, Clone)]
pub struct ContactSummary {
    pub id: i64,
    pub r#ref: Option<String>,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub tags: Vec<String>,
    pub purchases: i64,
    pub total_spent: Cents,
    pub last_purchase: Option<chrono::NaiveDate>,
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Archived {
    #[default]
    Hide,
    Only,
    Include,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Name,
    Created,
    LastPurchase,
    TotalSpent,
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub tags: Vec<String>,
    pub search: Option<String>,
    pub city: Option<String>,
    pub archived: Archived,
    pub sort: SortBy,
    pub limit: Option<u64>,
    /// Only the people of this company (a contact id).
    pub company: Option<i64>,
}

pub fn list(conn: &Db, f: &ListFilter) -> Result<Vec<ContactSummary>> {
    let mut wheres: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    match f.archived {
        Archived::Hide => wheres.push("c.archived_at IS NULL".into()),
        Archived::Only => wheres.push("c.archived_at IS NOT NULL".into()),
        Archived::Include => {}
    }
    for t in &f.tags {
        args.push(Value::Text(t.clone()));
        wheres.push(format!(
            "EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = ?{})",
            args.len()
        ));
    }
    if let Some(s) = &f.search {
        args.push(Value::Text(fold(s)));
        let find = if conn.engine() == super::sql::EngineKind::Postgres { "strpos" } else { "instr" };
        wheres.push(format!("{find}(c.search_key, ?{}) > 0", args.len()));
    }
    if let Some(city) = &f.city {
        args.push(Value::Text(city.clone()));
        wheres.push(format!("{} = {}", conn.nocase("c.city"), conn.nocase(&format!("?{}", args.len()))));
    }
    if let Some(company) = f.company {
        args.push(Value::Integer(company));
        wheres.push(format!("c.company_id = ?{}", args.len()));
    }
    let order = match f.sort {
        // The folded key starts with the name: accents and case aside.
        SortBy::Name => "c.search_key, c.id",
        SortBy::Created => "c.created_at, c.id",
        SortBy::LastPurchase => "last_day DESC NULLS LAST, c.id",
        SortBy::TotalSpent => "total DESC, c.id",
    };
    let where_sql = if wheres.is_empty() { String::new() } else { format!("WHERE {}", wheres.join(" AND ")) };
    let limit = f.limit.map(|l| format!("LIMIT {l}")).unwrap_or_default();
    let sql = format!("{} {where_sql} ORDER BY {order} {limit}", summary_sql(conn));
    let mut stmt = conn.sql().prepare(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), summary_row)?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// The summaries of the given contacts, in id order: one ordered scan
/// joined with the sorted ids (not a query per id).
pub fn summaries(conn: &Db, ids: &[i64]) -> Result<Vec<ContactSummary>> {
    let mut want = ids.to_vec();
    want.sort_unstable();
    want.dedup();
    let mut stmt = conn.sql().prepare(&format!("{} ORDER BY c.id", summary_sql(conn)))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::with_capacity(want.len());
    let mut next = want.iter().peekable();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        while next.next_if(|&&w| w < id).is_some() {}
        if next.next_if(|&&w| w == id).is_some() {
            out.push(summary_row(&r)?);
        }
        if next.peek().is_none() {
            break;
        }
    }
    Ok(out)
}

/// A contact's tags, in order, joined by `;` (`id` names the contact's id).
fn tags_sql(conn: &Db, id: &str) -> String {
    format!(
        "(SELECT {} FROM (SELECT tag FROM contact_tags t WHERE t.contact_id = {id} ORDER BY tag) AS x)",
        conn.group_concat("tag", "';'", "tag")
    )
}

fn summary_sql(conn: &Db) -> String {
    format!(
        "SELECT c.id, c.ref, c.name, c.email, c.phone, c.city, c.archived_at IS NOT NULL, {}, {SUMMARY_REST}",
        tags_sql(conn, "c.id")
    )
}

const SUMMARY_REST: &str = "\
       (SELECT count(*) FROM purchases p WHERE p.contact_id = c.id) AS n, \
       (SELECT CAST(coalesce(sum(amount_cents), 0) AS BIGINT) FROM purchases p WHERE p.contact_id = c.id) AS total, \
       (SELECT max(day) FROM purchases p WHERE p.contact_id = c.id AND p.amount_cents >= 0) AS last_day \
     FROM contacts c";

fn summary_row(r: &Row) -> super::sql::Result<ContactSummary> {
    {
        let tags: Option<String> = r.get(7)?;
        let last: Option<i32> = r.get(10)?;
        Ok(ContactSummary {
            id: r.get(0)?,
            r#ref: r.get(1)?,
            name: r.get(2)?,
            email: r.get(3)?,
            phone: r.get(4)?,
            city: r.get(5)?,
            archived: r.get(6)?,
            tags: tags.map(|t| t.split(';').map(String::from).collect()).unwrap_or_default(),
            purchases: r.get(8)?,
            total_spent: Cents(r.get(9)?),
            last_purchase: last.and_then(from_day_number),
        })
    }
}

/// Every contact, with tags, in id order, for exports: streamed through
/// `f` so a large file never sits in memory.
pub fn for_each(conn: &Db, archived: Archived, mut f: impl FnMut(Contact) -> Result<()>) -> Result<()> {
    let filter = match archived {
        Archived::Hide => "WHERE archived_at IS NULL",
        Archived::Only => "WHERE archived_at IS NOT NULL",
        Archived::Include => "",
    };
    let mut stmt = conn
        .sql()
        .prepare(&format!("SELECT {COLUMNS}, {} FROM contacts {filter} ORDER BY id", tags_sql(conn, "contacts.id")))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut c = from_row(&r)?;
        let tags: Option<String> = r.get(COLUMN_COUNT)?;
        c.tags = tags.map(|t| t.split(';').map(String::from).collect()).unwrap_or_default();
        f(c)?;
    }
    Ok(())
}

pub fn count(conn: &Db) -> Result<i64> {
    Ok(conn.sql().query_row("SELECT count(*) FROM contacts", [], |r| r.get(0))?)
}

/// Every ref and its contact id, for imports that match thousands of rows
/// to customers without a query each.
/// How an import of about `rows` rows into the file at `path` should find
/// refs (see [`RefSource`]): by lookups when the
/// file has many more contacts than the import has rows.
pub fn ref_source(conn: &Db, path: &std::path::Path, rows: u64) -> Result<RefSource> {
    if rows.saturating_mul(8) < max_id(conn)? as u64 {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        // Should a second connection not open, loading every ref still works.
        if let Some(lookup) = conn.sqlite().and_then(|_| rusqlite::Connection::open_with_flags(path, flags).ok()) {
            return Ok(RefSource::Lookup { conn: Db::from_sqlite(lookup), seen: RefMap::default() });
        }
    }
    Ok(RefSource::Loaded(ref_map(conn)?))
}

/// Contacts by email, for an import whose customers are emails (see
/// [`ref_source`] for the choice between loading and asking).
pub fn email_source(conn: &Db, path: &std::path::Path, rows: u64) -> Result<EmailSource> {
    if rows.saturating_mul(8) < max_id(conn)? as u64 {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if let Some(lookup) = conn.sqlite().and_then(|_| rusqlite::Connection::open_with_flags(path, flags).ok()) {
            return Ok(EmailSource::Lookup(Db::from_sqlite(lookup)));
        }
    }
    let mut map = std::collections::HashMap::default();
    let mut stmt =
        conn.sql().prepare("SELECT email_key, min(id) FROM contacts WHERE email_key IS NOT NULL GROUP BY email_key")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        map.insert(r.get::<_, String>(0)?, r.get(1)?);
    }
    Ok(EmailSource::Loaded(map))
}

pub fn ref_map(conn: &Db) -> Result<RefMap> {
    let n: i64 = conn.sql().query_row("SELECT count(*) FROM contacts WHERE ref IS NOT NULL", [], |r| r.get(0))?;
    let mut map = RefMap::with_capacity_and_hasher(n as usize, Default::default());
    let mut stmt = conn.sql().prepare("SELECT ref, id FROM contacts WHERE ref IS NOT NULL")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        map.insert(r.get_ref(0)?.as_str().unwrap_or_default().to_string(), r.get(1)?);
    }
    Ok(map)
}

pub fn max_id(conn: &Db) -> Result<i64> {
    Ok(conn.sql().query_row("SELECT coalesce(max(id), 0) FROM contacts", [], |r| r.get(0))?)
}

/// Inserts the contacts a purchase import creates for unknown customer
/// ids: known only by their ref, which is also their name.
pub struct StubInserter<'c> {
    db: &'c Db,
    stmt: super::sql::Statement<'c>,
    now: String,
    batch: i64,
    /// On PostgreSQL, the contacts waiting for [`StubInserter::flush`].
    pending: Vec<Stub>,
}

/// A contact an import creates: id, ref, name, email, email key, search key.
type Stub = (i64, String, String, Option<String>, Option<String>, String);

/// The columns of a stub, in the order of the INSERT below.
const STUB_COLUMNS: [&str; 9] =
    ["id", "ref", "name", "email", "email_key", "search_key", "created_at", "updated_at", "batch_id"];

impl<'c> StubInserter<'c> {
    pub fn new(conn: &'c Tx, now: &str, batch: i64) -> Result<Self> {
        Ok(StubInserter {
            db: conn.sql(),
            stmt: conn.sql().prepare(
                "INSERT INTO contacts (id, ref, name, email, email_key, search_key, created_at, updated_at, batch_id) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)",
            )?,
            now: now.to_string(),
            batch,
            pending: Vec::new(),
        })
    }

    /// A contact known by its ref, named `name` (the ref when the file
    /// has no name), with the email the file matched it by, if any. On
    /// PostgreSQL it is written by the next [`StubInserter::flush`].
    pub fn insert(&mut self, id: i64, r: &str, name: Option<&str>, email: Option<&str>) -> Result<()> {
        let name = name.unwrap_or(r);
        let f = ContactFields {
            r#ref: Some(r.to_string()),
            name: name.to_string(),
            email: email.map(str::to_string),
            ..Default::default()
        };
        let key = email.map(crate::domain::contact::email_key);
        if self.db.engine() == super::sql::EngineKind::Postgres {
            self.pending.push((id, r.to_string(), name.to_string(), f.email.clone(), key, f.search_key()));
            return Ok(());
        }
        self.stmt.execute(params![id, r, name, email, key, f.search_key(), self.now, self.batch])?;
        Ok(())
    }

    /// Write the contacts inserted so far (PostgreSQL: one COPY), before
    /// anything that refers to them.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let (now, batch) = (&self.now, self.batch);
        let pending = std::mem::take(&mut self.pending);
        self.db.copy_in("contacts", &STUB_COLUMNS, &mut |out| {
            for (id, r, name, email, key, search) in &pending {
                out.row(&[id, r, name, email, key, search, now, now, &batch])?;
            }
            Ok(())
        })?;
        Ok(())
    }
}

/// Stream the given contacts, with their tags, in id order: one ordered
/// scan joined with the sorted ids, never a query per contact.
pub fn for_each_of(conn: &Db, ids: &[i64], mut f: impl FnMut(Contact) -> Result<()>) -> Result<()> {
    let mut want = ids.to_vec();
    want.sort_unstable();
    want.dedup();
    let mut next = want.iter().peekable();
    for_each(conn, Archived::Include, |c| {
        while next.next_if(|&&w| w < c.id).is_some() {}
        if next.next_if(|&&w| w == c.id).is_some() {
            f(c)?;
        }
        Ok(())
    })
}

pub fn cadence(conn: &Db, id: i64) -> Result<Option<u32>> {
    Ok(conn
        .sql()
        .query_row("SELECT cadence_days FROM contacts WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .flatten())
}

/// How many rows of each child table belong to a contact (what `rm` takes).
pub fn child_counts(conn: &Db, id: i64) -> Result<Vec<(&'static str, i64)>> {
    CONTACT_CHILD_TABLES
        .iter()
        .map(|t| {
            let n =
                conn.sql().query_row(&format!("SELECT count(*) FROM {t} WHERE contact_id = ?1"), [id], |r| r.get(0))?;
            Ok((*t, n))
        })
        .collect()
}

/// How to reach a contact, for campaign audiences.
#[derive(Debug, Clone)]
pub struct Reach {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
}

/// The reach of the given contacts (ids sorted), in one ordered scan.
pub fn reach_of(conn: &Db, sorted_ids: &[i64]) -> Result<Vec<Reach>> {
    let mut stmt = conn
        .sql()
        .prepare("SELECT id, name, email, phone, street, postcode, city, country FROM contacts ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::with_capacity(sorted_ids.len());
    let mut want = sorted_ids.iter().peekable();
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        while want.next_if(|&&w| w < id).is_some() {}
        if want.next_if(|&&w| w == id).is_some() {
            out.push(Reach {
                id,
                name: r.get(1)?,
                email: r.get(2)?,
                phone: r.get(3)?,
                street: r.get(4)?,
                postcode: r.get(5)?,
                city: r.get(6)?,
                country: r.get(7)?,
            });
        }
        if want.peek().is_none() {
            break;
        }
    }
    Ok(out)
}

/// Contact refs → ids, in memory.
pub type RefMap = std::collections::HashMap<String, i64, foldhash::fast::RandomState>;

/// Where an import finds the contact id of a ref: every ref loaded into a
/// [`RefMap`] up front (a big file), or asked of the database one ref at a
/// time and remembered (a few rows into a big customer file, where loading
/// every ref would cost more than the rows).
pub enum RefSource {
    Loaded(RefMap),
    /// A read-only connection of its own, so the parser thread can use it;
    /// it sees the file as it was when the import began, and `seen` holds
    /// the refs the import has met (the contacts it creates included).
    Lookup {
        conn: Db,
        seen: RefMap,
    },
}

impl RefSource {
    pub fn get(&mut self, r: &str) -> crate::error::Result<Option<i64>> {
        match self {
            RefSource::Loaded(map) => Ok(map.get(r).copied()),
            RefSource::Lookup { conn, seen } => {
                if let Some(&id) = seen.get(r) {
                    return Ok(Some(id));
                }
                let mut stmt = conn.prepare_cached("SELECT id FROM contacts WHERE ref = ?1")?;
                let id: Option<i64> = stmt.query_row([r], |row| row.get(0)).optional()?;
                if let Some(id) = id {
                    seen.insert(r.to_string(), id);
                }
                Ok(id)
            }
        }
    }

    pub fn insert(&mut self, r: &str, id: i64) {
        match self {
            RefSource::Loaded(map) | RefSource::Lookup { seen: map, .. } => {
                map.insert(r.to_string(), id);
            }
        }
    }
}

/// Where an import finds the contact of a customer known by an email that
/// is not a ref: every contact's email loaded (a big file), or asked of
/// the database one at a time (a few rows into a big customer file).
pub enum EmailSource {
    Loaded(std::collections::HashMap<String, i64, foldhash::fast::RandomState>),
    Lookup(Db),
}

impl EmailSource {
    /// The contact whose email (compared as `email_key`) this is.
    pub fn get(&mut self, key: &str) -> crate::error::Result<Option<i64>> {
        match self {
            EmailSource::Loaded(map) => Ok(map.get(key).copied()),
            EmailSource::Lookup(conn) => {
                let mut stmt = conn.prepare_cached("SELECT min(id) FROM contacts WHERE email_key = ?1")?;
                Ok(stmt.query_row([key], |row| row.get(0))?)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_column_count_matches_the_columns() {
        assert_eq!(super::COLUMNS.split(',').count(), super::COLUMN_COUNT);
    }
}
