//! Who, among the regulars slipping away, has been in touch since: an
//! interaction of a contact kind on or after the day they crossed.

use super::Db;
use crate::error::Result;
use std::collections::HashSet;

/// The contacts of `who` (contact, crossing day) with an interaction of
/// one of `kinds` from their day to `today` (both day numbers): one seek
/// of `interactions_contact_day` each.
pub fn in_touch_since(conn: &Db, who: &[(i64, i32)], today: i32, kinds: &[String]) -> Result<HashSet<i64>> {
    let mut out = HashSet::new();
    if who.is_empty() || kinds.is_empty() {
        return Ok(out);
    }
    let marks: Vec<String> = (0..kinds.len()).map(|i| format!("?{}", i + 4)).collect();
    let mut stmt = conn.sql().prepare_cached(&format!(
        "SELECT 1 FROM interactions WHERE contact_id = ?1 AND day BETWEEN ?2 AND ?3 AND kind IN ({}) LIMIT 1",
        marks.join(", ")
    ))?;
    for &(id, day) in who {
        let mut args: Vec<super::sql::Value> = vec![id.into(), i64::from(day).into(), i64::from(today).into()];
        args.extend(kinds.iter().map(|k| super::sql::Value::Text(k.clone())));
        if stmt.query(super::sql::params_from_iter(args))?.next()?.is_some() {
            out.insert(id);
        }
    }
    Ok(out)
}
