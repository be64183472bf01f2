//! Companies: contacts of their own kind (`kind = 'company'`, schema 30)
//! and the people linked to them (`company_id`). A person's `company`
//! text is the linked company's name, kept equal to it on every write.

use super::sql::{params, OptionalExtension};
use super::{Db, Tx};
use crate::domain::company::{key, Kind};
use crate::domain::contact::{fold, ContactFields};
use crate::domain::rfm::CustomerHistory;
use crate::error::Result;

/// A contact's kind (None: no such contact).
pub fn kind(conn: &Db, id: i64) -> Result<Option<Kind>> {
    let k: Option<String> = conn
        .sql()
        .prepare_cached("SELECT kind FROM contacts WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(k.as_deref().and_then(Kind::parse))
}

/// After a contact's fields are written (`contacts::insert`, `update`): a
/// company keeps its key and its people's `company` text; a person is
/// linked to the company their `company` names, which is found by its key,
/// else is the contact of that name (who becomes a company), else is
/// created (in the same import batch, so `import undo` takes it back).
/// `fresh`: the contact was just inserted.
pub fn after_write(tx: &Tx, id: i64, f: &ContactFields, now: &str, batch: Option<i64>, fresh: bool) -> Result<()> {
    // A contact just made is a person (`make_company` comes after it): with
    // no company named there is nothing to link, and nothing to read.
    if fresh && f.company.is_none() {
        return Ok(());
    }
    // An import links its rows once all are in (see `link_batch`).
    if fresh && batch.is_some() {
        return Ok(());
    }
    if !fresh && kind(tx, id)? == Some(Kind::Company) {
        return renamed(tx, id, f);
    }
    let linked = match f.company.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(name) => find_or_create(tx, name, id, now, batch)?,
        None => None,
    };
    match linked {
        Some((company, name)) => {
            let mut stmt = tx.sql().prepare_cached(
                "UPDATE contacts SET company_id = ?2, company = ?3 \
                 WHERE id = ?1 AND (company_id IS NULL OR company_id <> ?2 OR company <> ?3)",
            )?;
            stmt.execute(params![id, company, name])?;
        }
        None => {
            let mut stmt = tx
                .sql()
                .prepare_cached("UPDATE contacts SET company_id = NULL WHERE id = ?1 AND company_id IS NOT NULL")?;
            stmt.execute([id])?;
        }
    }
    Ok(())
}

/// Link the people an import batch made to the companies they name, once
/// every row of it is in (so a company's own row, read back from an
/// export, is found by its name and becomes the company).
pub fn link_batch(tx: &Tx, batch: i64, now: &str) -> Result<()> {
    let rows: Vec<(i64, String)> = {
        let mut stmt = tx.sql().prepare(
            "SELECT id, company FROM contacts WHERE batch_id = ?1 AND company IS NOT NULL \
             AND company_id IS NULL AND kind = 'person' ORDER BY id",
        )?;
        let rows = stmt.query_map([batch], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<super::sql::Result<_>>()?
    };
    for (id, company) in rows {
        let f = ContactFields { company: Some(company), ..Default::default() };
        after_write(tx, id, &f, now, Some(batch), false)?;
    }
    Ok(())
}

/// A merge of `other` into `keep`: when `other` is a company, `keep` is
/// one too and its people are `keep`'s (their `company` text follows when
/// `keep`'s fields are written next).
pub fn merged(tx: &Tx, keep: i64, other: i64) -> Result<()> {
    if kind(tx, other)? == Some(Kind::Company) {
        tx.sql().execute("UPDATE contacts SET kind = 'company', company_id = NULL WHERE id = ?1", [keep])?;
        tx.sql().execute("UPDATE contacts SET company_id = ?1 WHERE company_id = ?2", params![keep, other])?;
    }
    Ok(())
}

/// Make a contact a company (`contact add --kind company`): its key is
/// set, and it works for no company itself.
pub fn make_company(tx: &Tx, id: i64, name: &str) -> Result<()> {
    tx.sql().execute(
        "UPDATE contacts SET kind = 'company', company_key = ?2, company_id = NULL, company = NULL WHERE id = ?1",
        params![id, key(name)],
    )?;
    Ok(())
}

/// A company's name written: its key follows, and so does the `company`
/// text (and the search key) of each of its people.
fn renamed(tx: &Tx, id: i64, f: &ContactFields) -> Result<()> {
    tx.sql().execute(
        "UPDATE contacts SET company_key = ?2, company = NULL, company_id = NULL WHERE id = ?1",
        params![id, key(&f.name)],
    )?;
    let stale: Vec<i64> = {
        let mut stmt = tx.sql().prepare(
            "SELECT id FROM contacts WHERE company_id = ?1 AND (company IS NULL OR company <> ?2) ORDER BY id",
        )?;
        let rows = stmt.query_map(params![id, f.name], |r| r.get(0))?;
        rows.collect::<super::sql::Result<_>>()?
    };
    for person in stale {
        if let Some(mut c) = super::contacts::get(tx, person)? {
            c.fields.company = Some(f.name.clone());
            tx.sql().execute(
                "UPDATE contacts SET company = ?2, search_key = ?3 WHERE id = ?1",
                params![person, f.name, c.fields.search_key()],
            )?;
        }
    }
    Ok(())
}

/// The company named `name` (its id and name as kept), found or made; None
/// when the only contact of that name is `except` itself.
fn find_or_create(tx: &Tx, name: &str, except: i64, now: &str, batch: Option<i64>) -> Result<Option<(i64, String)>> {
    let k = key(name);
    if let Some(found) = by_key(tx, &k)? {
        return Ok(Some(found));
    }
    // A contact of that name with no company of its own: the shop entered
    // the company by hand; it becomes one.
    if let Some((id, kept)) = person_named(tx, &k, except)? {
        make_company(tx, id, &kept)?;
        return Ok(Some((id, kept)));
    }
    if fold(name).trim().is_empty() {
        return Ok(None);
    }
    let f = ContactFields { name: name.to_string(), ..Default::default() };
    let id: i64 = tx
        .sql()
        .prepare_cached(
            "INSERT INTO contacts (name, search_key, created_at, updated_at, batch_id, kind, company_key) \
         VALUES (?1, ?2, ?3, ?3, ?4, 'company', ?5) RETURNING id",
        )?
        .query_row(params![name, f.search_key(), now, batch, k], |r| r.get(0))?;
    Ok(Some((id, name.to_string())))
}

/// The company named `name`, found or made (the demo's companies).
pub fn ensure(tx: &Tx, name: &str, now: &str) -> Result<i64> {
    match find_or_create(tx, name, 0, now, None)? {
        Some((id, _)) => Ok(id),
        None => Err(crate::error::Error::internal(format!("no company could be made of {name:?}"))),
    }
}

/// The company of key `k` (the first made, should there be two).
pub fn by_key(conn: &Db, k: &str) -> Result<Option<(i64, String)>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT id, name FROM contacts WHERE company_key = ?1 AND kind = 'company' ORDER BY id LIMIT 1",
    )?;
    Ok(stmt.query_row([k], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// A person (not `except`, not forgotten, with no company) whose name has
/// the key `k`: the search key starts with the folded name.
fn person_named(tx: &Tx, k: &str, except: i64) -> Result<Option<(i64, String)>> {
    let first = k.split(' ').next().unwrap_or_default();
    let pattern = format!("{}%", first.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let mut stmt = tx.sql().prepare_cached(
        "SELECT id, name FROM contacts WHERE search_key LIKE ?1 ESCAPE '\\' AND kind = 'person' \
         AND company_id IS NULL AND company IS NULL AND forgotten_at IS NULL AND id <> ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![pattern, except], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, name) = row?;
        if key(&name) == k {
            return Ok(Some((id, name)));
        }
    }
    Ok(None)
}

/// One of a company's people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub name: String,
}

/// A company's people (not forgotten), by name.
pub fn people(conn: &Db, company: i64) -> Result<Vec<Person>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT id, name FROM contacts WHERE company_id = ?1 AND forgotten_at IS NULL ORDER BY search_key, id",
    )?;
    let rows = stmt.query_map([company], |r| Ok(Person { id: r.get(0)?, name: r.get(1)? }))?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}

/// Every company's purchase history up to a day: its own purchases and
/// those of its people, summed up by the visit rule (several people buying
/// on one day are one visit of the company), in company id order.
pub fn histories(conn: &Db, scope: &super::analytics::Scope, until: i32) -> Result<Vec<CustomerHistory>> {
    let mut stmt = conn.sql().prepare_cached(
        "SELECT m.company_id, p.day, p.amount_cents FROM purchases p \
         JOIN (SELECT id AS contact_id, id AS company_id FROM contacts WHERE kind = 'company' \
               UNION ALL SELECT id AS contact_id, company_id FROM contacts WHERE company_id IS NOT NULL) m \
           ON m.contact_id = p.contact_id \
         WHERE p.day <= ?1 AND (CAST(?2 AS BIGINT) IS NULL OR p.category_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR p.channel = ?3) \
         ORDER BY m.company_id, p.day",
    )?;
    let mut rows = stmt.query(params![until, scope.category_id, scope.channel])?;
    let mut out = crate::domain::rfm::Histories::default();
    while let Some(r) = rows.next()? {
        out.push(r.get(0)?, r.get(1)?, r.get(2)?);
    }
    Ok(out.finish())
}

/// Turn the `company` texts of a file older than schema 30 into company
/// contacts (the step after migration 30): one per key, named as its first
/// person wrote it; a contact of that name with no company of its own
/// becomes it.
pub(super) fn migrate_texts(conn: &super::Db) -> Result<()> {
    let rows: Vec<(i64, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, company, created_at FROM contacts \
             WHERE company IS NOT NULL AND forgotten_at IS NULL ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<super::sql::Result<_>>()?
    };
    let mut companies: std::collections::HashMap<String, (i64, String)> = std::collections::HashMap::new();
    // Contacts with no company of their own, by the key of their name.
    let named: std::collections::HashMap<String, (i64, String)> = {
        let mut stmt = conn
            .prepare("SELECT id, name FROM contacts WHERE company IS NULL AND forgotten_at IS NULL ORDER BY id DESC")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        let mut m = std::collections::HashMap::new();
        for row in rows {
            let (id, name) = row?;
            // Lowest id wins: read last.
            m.insert(key(&name), (id, name));
        }
        m
    };
    for (person, text, created_at) in rows {
        let k = key(&text);
        if k.is_empty() {
            continue;
        }
        let (company, name) = match companies.get(&k) {
            Some(c) => c.clone(),
            None => {
                let made = match named.get(&k) {
                    Some((id, name)) => {
                        conn.execute(
                            "UPDATE contacts SET kind = 'company', company_key = ?2 WHERE id = ?1",
                            params![id, k],
                        )?;
                        (*id, name.clone())
                    }
                    None => {
                        let name = text.trim().to_string();
                        let f = ContactFields { name: name.clone(), ..Default::default() };
                        let id: i64 = conn.query_row(
                            "INSERT INTO contacts (name, search_key, created_at, updated_at, kind, company_key) \
                             VALUES (?1, ?2, ?3, ?3, 'company', ?4) RETURNING id",
                            params![name, f.search_key(), created_at, k],
                            |r| r.get(0),
                        )?;
                        (id, name)
                    }
                };
                companies.insert(k, made.clone());
                made
            }
        };
        conn.execute(
            "UPDATE contacts SET company_id = ?2, company = ?3 WHERE id = ?1",
            params![person, company, name],
        )?;
    }
    Ok(())
}
