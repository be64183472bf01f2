//! Who, among the regulars slipping away, has been in touch since: an
//! interaction of a contact kind on or after the day they crossed.

use super::Db;
use crate::error::Result;
use std::collections::HashSet;

/// The contacts of `who` (contact, crossing day) with an interaction of
/// one of `kinds` from their day to `today` (both day numbers): for each
/// few hundred contacts, one query giving each one's latest such
/// interaction up to `today` (a seek of `interactions_contact_day` each),
/// so a server is asked a few hundred times, not once per contact.
pub fn in_touch_since(conn: &Db, who: &[(i64, i32)], today: i32, kinds: &[String]) -> Result<HashSet<i64>> {
    let mut out = HashSet::new();
    if who.is_empty() || kinds.is_empty() {
        return Ok(out);
    }
    let marks: Vec<String> = (0..kinds.len()).map(|i| format!("?{}", i + 2)).collect();
    for chunk in who.chunks(500) {
        // Integers only: written into the statement, nothing to escape.
        let ids: Vec<String> = chunk.iter().map(|(id, _)| id.to_string()).collect();
        let mut stmt = conn.sql().prepare(&format!(
            "SELECT contact_id, max(day) FROM interactions WHERE contact_id IN ({}) AND day <= ?1 \
             AND kind IN ({}) GROUP BY contact_id",
            ids.join(", "),
            marks.join(", ")
        ))?;
        let mut args: Vec<super::sql::Value> = vec![i64::from(today).into()];
        args.extend(kinds.iter().map(|k| super::sql::Value::Text(k.clone())));
        let latest: std::collections::HashMap<i64, i64> = stmt
            .query_map(super::sql::params_from_iter(args), |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<super::sql::Result<_>>()?;
        out.extend(
            chunk.iter().filter(|(id, day)| latest.get(id).is_some_and(|&l| l >= i64::from(*day))).map(|(id, _)| *id),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    crate::test_pg::conformance! {
        fn in_touch_means_a_contact_kind_between_the_crossing_and_today(db) {
            let s = db.open();
            // 600 contacts: more than one chunk. Contact k crossed on day 100 + k % 10.
            let mut sql = String::from("INSERT INTO contacts (id, name, search_key, created_at, updated_at) VALUES ");
            sql.push_str(&(1..=600).map(|k| format!("({k}, 'c{k}', 'c{k}', 't', 't')")).collect::<Vec<_>>().join(", "));
            sql.push_str(";\nINSERT INTO interactions (contact_id, kind, at, day, summary) VALUES ");
            sql.push_str(
                "(1, 'call', 't', 101, 'on the crossing day'), (2, 'call', 't', 101, 'the day before'), \
                 (3, 'note', 't', 150, 'not a contact kind'), (4, 'call', 't', 301, 'after today'), \
                 (5, 'visit', 't', 120, 'late, then one before'), (5, 'call', 't', 90, 'before'), \
                 (599, 'call', 't', 200, 'in the second chunk');",
            );
            s.sql().execute_batch(&sql).unwrap();
            let who: Vec<(i64, i32)> = (1..=600).map(|k| (k, 100 + (k % 10) as i32)).collect();
            let kinds = vec!["call".to_string(), "visit".to_string()];
            let mut got: Vec<i64> = crate::store::slipping::in_touch_since(&s, &who, 300, &kinds).unwrap().into_iter().collect();
            got.sort_unstable();
            assert_eq!(got, vec![1, 5, 599]);
            assert!(crate::store::slipping::in_touch_since(&s, &who, 300, &[]).unwrap().is_empty());
        }
    }
}
