//! Finding contacts: what a command-line word means, and who shares an
//! email or a phone with someone (every one a contact has, the primary in
//! `contacts` and the others in `contact_keys`).

use super::sql::params;
use super::sql::Value;
use super::Db;
use crate::domain::contact::{email_key, fold, phone_key, Candidate, ContactFields, ContactSelector};
use crate::error::Result;

/// Every contact a command-line word could mean, with how it matched.
pub fn candidates(conn: &Db, sel: &ContactSelector) -> Result<Vec<Candidate>> {
    let mut out = Vec::new();
    let mut push = |sql: &str, arg: Value, how: &'static str| -> Result<()> {
        let mut stmt = conn.sql().prepare_cached(sql)?;
        let rows = stmt.query_map([arg], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, name) = row?;
            out.push(Candidate { id, name, matched_by: how });
        }
        Ok(())
    };
    let by_id = "SELECT id, name FROM contacts WHERE id = ?1";
    let by_ref = "SELECT id, name FROM contacts WHERE ref = ?1";
    let by_email = "SELECT id, name FROM contacts WHERE email_key = ?1 UNION \
                    SELECT c.id, c.name FROM contact_keys k JOIN contacts c ON c.id = k.contact_id \
                    WHERE k.kind = 'email' AND k.key = ?1 ORDER BY 1";
    let by_name = &format!(
        "SELECT id, name FROM contacts WHERE {} = {} ORDER BY id",
        conn.nocase("name"),
        if conn.engine() == super::sql::EngineKind::Postgres { conn.nocase("?1") } else { "?1".to_string() }
    );
    let by_phone = "SELECT id, name FROM contacts WHERE phone_key = ?1 UNION \
                    SELECT c.id, c.name FROM contact_keys k JOIN contacts c ON c.id = k.contact_id \
                    WHERE k.kind = 'phone' AND k.key = ?1 ORDER BY 1";
    match sel {
        ContactSelector::Id(id) => push(by_id, Value::Integer(*id), "id")?,
        ContactSelector::Ref(r) => push(by_ref, Value::Text(r.clone()), "ref")?,
        ContactSelector::Email(e) => push(by_email, Value::Text(email_key(e)), "email")?,
        ContactSelector::Name(n) => push(by_name, Value::Text(n.clone()), "name")?,
        ContactSelector::Any(s) => {
            // Only plain digits read as an id: `007` is a ref, never id 7.
            if !s.starts_with('0') || s == "0" {
                if let Ok(id) = s.parse::<i64>() {
                    push(by_id, Value::Integer(id), "id")?;
                }
            }
            push(by_ref, Value::Text(s.clone()), "ref")?;
            if s.contains('@') {
                push(by_email, Value::Text(email_key(s)), "email")?;
            }
            // A number however it is written: 0612345678, +33 6 12 34 56 78.
            if s.chars().filter(char::is_ascii_digit).count() >= 6 && !s.chars().any(char::is_alphabetic) {
                push(by_phone, Value::Text(phone_key(s)), "phone")?;
            }
            push(by_name, Value::Text(s.clone()), "name")?;
        }
    }
    if out.is_empty() {
        // A name without its accents or case (`Zoe Garnier` is `Zoé Garnier`).
        let name = match sel {
            ContactSelector::Name(n) | ContactSelector::Any(n) => Some(n),
            _ => None,
        };
        // (Longer than any name: nothing to look for.)
        if let Some(n) = name.filter(|n| n.len() <= 300) {
            let want = fold(n);
            let mut stmt = conn
                .sql()
                .prepare_cached("SELECT id, name FROM contacts WHERE search_key LIKE ?1 ESCAPE '\\' ORDER BY id")?;
            let pattern = format!("{}%", want.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
            for row in stmt.query_map([pattern], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
                let (id, name) = row?;
                if fold(&name) == want {
                    out.push(Candidate { id, name, matched_by: "name" });
                }
            }
        }
    }
    Ok(out)
}

/// Contacts (other than `except`, never a forgotten one) whose name is
/// `name` in another order, case or accents (`DUPONT Hélène`, `Helene
/// Dupont`). Each word of the name may be the first of theirs: one range
/// of the sorted search keys per word, so this costs the contacts whose
/// name starts with one of those words, not the whole file.
pub fn same_name(conn: &Db, name: &str, except: i64) -> Result<Vec<Candidate>> {
    use crate::domain::duplicates::name_key;
    let Some(want) = name_key(name).filter(|_| name.len() <= 300) else { return Ok(Vec::new()) };
    let mut words: Vec<&str> = want.split(' ').collect();
    words.dedup();
    let mut stmt = conn.sql().prepare_cached(
        "SELECT id, name, search_key FROM contacts \
         WHERE search_key >= ?1 AND search_key < ?3 AND id != ?2 AND forgotten_at IS NULL ORDER BY id",
    )?;
    let mut out: Vec<Candidate> = Vec::new();
    for word in words.iter().take(6) {
        // Past every key that begins with the word (the last code point).
        let past = format!("{word}\u{10FFFF}");
        for row in stmt.query_map(params![word, except, past], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })? {
            let (id, who, key) = row?;
            // `helene` must not take `helenette`: the word ends there.
            let whole_word = !key[word.len()..].chars().next().is_some_and(char::is_alphanumeric);
            if whole_word && name_key(&who).as_deref() == Some(want.as_str()) && !out.iter().any(|c| c.id == id) {
                out.push(Candidate { id, name: who, matched_by: "name" });
            }
        }
    }
    out.sort_by_key(|c| c.id);
    Ok(out)
}

/// Contacts (other than `except`) with one of the same emails or phones.
pub fn duplicates_of(conn: &Db, f: &ContactFields, except: Option<i64>) -> Result<Vec<Candidate>> {
    use crate::domain::contact_points::Kind;
    let mut out: Vec<Candidate> = Vec::new();
    let except = except.unwrap_or(-1);
    for (kind, name, column) in [(Kind::Email, "email", "email_key"), (Kind::Phone, "phone", "phone_key")] {
        let mut stmt = conn.sql().prepare_cached(&format!(
            "SELECT id, name FROM contacts WHERE {column} = ?1 AND id != ?2 UNION \
             SELECT c.id, c.name FROM contact_keys k JOIN contacts c ON c.id = k.contact_id \
             WHERE k.kind = '{name}' AND k.key = ?1 AND c.id != ?2 ORDER BY 1"
        ))?;
        for key in f.keys(kind) {
            for row in stmt.query_map(params![key, except], |r| Ok((r.get(0)?, r.get(1)?)))? {
                let (id, who) = row?;
                if !out.iter().any(|c| c.id == id && c.matched_by == name) {
                    out.push(Candidate { id, name: who, matched_by: name });
                }
            }
        }
    }
    Ok(out)
}

/// What every contact is recognised by, for finding duplicates; archived
/// ones only when asked, erased ones never (they are nobody any more).
pub fn identities(conn: &Db, include_archived: bool) -> Result<Vec<crate::domain::duplicates::Identity>> {
    let archived = if include_archived { "" } else { "AND archived_at IS NULL" };
    let keys = conn.group_concat("k.kind || ' ' || k.key", conn.newline(), "k.kind, k.key");
    let mut stmt = conn.sql().prepare(&format!(
        "SELECT id, name, email_key, phone_key, \
         (SELECT {keys} FROM contact_keys k WHERE k.contact_id = c.id) \
         FROM contacts c WHERE forgotten_at IS NULL {archived} ORDER BY id"
    ))?;
    let rows = stmt.query_map([], |r| {
        use crate::domain::duplicates::Sign;
        let others: Option<String> = r.get(4)?;
        let other_keys = others
            .unwrap_or_default()
            .lines()
            .filter_map(|l| match l.split_once(' ') {
                Some(("email", k)) => Some((Sign::Email, k.to_string())),
                Some(("phone", k)) => Some((Sign::Phone, k.to_string())),
                _ => None,
            })
            .collect();
        Ok(crate::domain::duplicates::Identity {
            id: r.get(0)?,
            name: r.get(1)?,
            email_key: r.get(2)?,
            phone_key: r.get(3)?,
            other_keys,
        })
    })?;
    Ok(rows.collect::<super::sql::Result<_>>()?)
}
