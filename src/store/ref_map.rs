//! Contact refs → ids, in memory, for imports that match millions of rows.
//!
//! A ref of up to 15 bytes (nearly all of them: `C0012345`, `007`) is
//! packed with its length into a `u128` key held inline in an open-addressed
//! table, so a lookup is one cache line instead of a pointer chase to a
//! heap string. Longer refs fall back to an ordinary string map. Both are
//! exact.
//!
//! With a million customers the table is far larger than the CPU caches
//! and every lookup of a ref in random order misses them; one at a time,
//! those misses were most of the parser's time. [`RefMap::warm`] touches
//! the slots of a whole group of refs first, in independent loads the CPU
//! overlaps, so the lookups that follow hit the cache.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// No packed key has 0xFF in its length byte, so this marks a free slot.
const EMPTY: u128 = u128::MAX;

#[derive(Debug, Clone, Copy)]
struct Slot {
    key: u128,
    id: i64,
}

const FREE: Slot = Slot { key: EMPTY, id: 0 };

/// The most refs [`RefMap::warm`] takes at once (more than the CPU has
/// loads in flight).
pub const WARM_MAX: usize = 64;

#[derive(Debug, Default)]
pub struct RefMap {
    /// Linear probing; a power-of-two length, at most half full.
    slots: Vec<Slot>,
    short_len: usize,
    hasher: foldhash::fast::RandomState,
    long: HashMap<String, i64, foldhash::fast::RandomState>,
}

fn pack(s: &str) -> Option<u128> {
    let b = s.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[15] = b.len() as u8;
    Some(u128::from_le_bytes(buf))
}

impl RefMap {
    pub fn with_capacity(n: usize) -> Self {
        RefMap { slots: vec![FREE; (2 * n).next_power_of_two().max(16)], ..Default::default() }
    }

    fn home(&self, key: u128) -> usize {
        self.hasher.hash_one(key) as usize & (self.slots.len() - 1)
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn find(&self, key: u128) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].key != key && self.slots[i].key != EMPTY {
            i = (i + 1) & mask;
        }
        i
    }

    pub fn get(&self, r: &str) -> Option<i64> {
        match pack(r) {
            Some(_) if self.slots.is_empty() => None,
            Some(k) => Some(self.slots[self.find(k)]).filter(|s| s.key == k).map(|s| s.id),
            None => self.long.get(r).copied(),
        }
    }

    /// Brings the slots of `refs` into the cache ahead of their lookups.
    /// The keys are packed and hashed first, so that the loop touching the
    /// slots is a few instructions per ref and the CPU has all of its
    /// loads in flight at once.
    pub fn warm<'a>(&self, refs: impl Iterator<Item = &'a str>) {
        if self.slots.is_empty() {
            return;
        }
        let mut homes = [0usize; WARM_MAX];
        let mut n = 0;
        for k in refs.filter_map(pack).take(WARM_MAX) {
            homes[n] = self.home(k);
            n += 1;
        }
        let touched = homes[..n].iter().fold(0u128, |t, &i| t ^ self.slots[i].key);
        std::hint::black_box(touched);
    }

    pub fn insert(&mut self, r: &str, id: i64) {
        let Some(k) = pack(r) else {
            self.long.insert(r.to_string(), id);
            return;
        };
        if 2 * (self.short_len + 1) > self.slots.len() {
            self.grow();
        }
        let i = self.find(k);
        if self.slots[i].key == EMPTY {
            self.short_len += 1;
        }
        self.slots[i] = Slot { key: k, id };
    }

    fn grow(&mut self) {
        let bigger = vec![FREE; (self.slots.len() * 2).max(16)];
        let old = std::mem::replace(&mut self.slots, bigger);
        for s in old.into_iter().filter(|s| s.key != EMPTY) {
            let i = self.find(s.key);
            self.slots[i] = s;
        }
    }

    pub fn len(&self) -> usize {
        self.short_len + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Where an import finds the contact id of a ref: every ref loaded into a
/// [`RefMap`] up front (a big file), or asked of the database one ref at a
/// time and remembered (a few rows into a big customer file: loading a
/// million refs for ten rows took a quarter of a second).
pub enum RefSource {
    Loaded(RefMap),
    /// A read-only connection of its own, so the parser thread can use it;
    /// it sees the file as it was when the import began, and `seen` holds
    /// the refs the import has met (the contacts it creates included).
    Lookup {
        conn: rusqlite::Connection,
        seen: RefMap,
    },
}

impl RefSource {
    pub fn get(&mut self, r: &str) -> crate::error::Result<Option<i64>> {
        match self {
            RefSource::Loaded(map) => Ok(map.get(r)),
            RefSource::Lookup { conn, seen } => {
                if let Some(id) = seen.get(r) {
                    return Ok(Some(id));
                }
                let mut stmt = conn.prepare_cached("SELECT id FROM contacts WHERE ref = ?1")?;
                let id: Option<i64> = rusqlite::OptionalExtension::optional(stmt.query_row([r], |row| row.get(0)))?;
                if let Some(id) = id {
                    seen.insert(r, id);
                }
                Ok(id)
            }
        }
    }

    pub fn insert(&mut self, r: &str, id: i64) {
        match self {
            RefSource::Loaded(map) | RefSource::Lookup { seen: map, .. } => map.insert(r, id),
        }
    }

    pub fn warm<'a>(&self, refs: impl Iterator<Item = &'a str>) {
        if let RefSource::Loaded(map) = self {
            map.warm(refs);
        }
    }
}

/// Where an import finds the contact of a customer known by an email that
/// is not a ref: every contact's email loaded (a big file), or asked of
/// the database one at a time (a few rows into a big customer file).
pub enum EmailSource {
    Loaded(HashMap<String, i64, foldhash::fast::RandomState>),
    Lookup(rusqlite::Connection),
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
    use super::*;

    #[test]
    fn short_and_long_refs_are_exact() {
        let mut m = RefMap::default();
        assert_eq!(m.get("007"), None);
        m.insert("007", 1);
        m.insert("7", 2);
        m.insert("", 3);
        m.insert("a-very-long-customer-reference", 4);
        m.insert("exactly15bytes!", 5);
        m.warm(["007", "7", "nope", "a-very-long-customer-reference"].into_iter());
        assert_eq!(m.get("007"), Some(1));
        assert_eq!(m.get("7"), Some(2));
        assert_eq!(m.get("07"), None);
        assert_eq!(m.get(""), Some(3));
        assert_eq!(m.get("a-very-long-customer-reference"), Some(4));
        assert_eq!(m.get("a-very-long-customer-referencf"), None);
        assert_eq!(m.get("exactly15bytes!"), Some(5));
        // A trailing NUL must not alias a shorter ref.
        assert_eq!(m.get("7\0"), None);
        assert_eq!(m.len(), 5);
        m.insert("7", 9);
        assert_eq!((m.get("7"), m.len()), (Some(9), 5));
    }

    #[test]
    fn growing_keeps_every_ref() {
        let mut m = RefMap::with_capacity(3);
        for i in 0..100_000i64 {
            m.insert(&format!("C{i:07}"), i);
        }
        assert_eq!(m.len(), 100_000);
        assert!((0..100_000i64).all(|i| m.get(&format!("C{i:07}")) == Some(i)));
        assert_eq!(m.get("C0100000"), None);
        assert!(m.slots.len() >= 2 * m.len(), "the table stays at most half full");
    }
}
