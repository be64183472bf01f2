//! Contacts that are probably one person, found so they can be merged.
//!
//! Three signs, strongest first: the same email (any case), the same phone
//! number (its last nine digits, so a number written nationally and
//! internationally matches), the same name (without case, accents,
//! punctuation or word order: `DUPONT Hélène` is `Hélène Dupont`) unless
//! their emails or phones tell them apart. Contacts linked by any sign,
//! directly or through one another, form a group, so that merging each of
//! them into one contact leaves one contact, whatever the order. The oldest
//! (lowest id) is the one to keep: it has the history the shop has known
//! longest, and `contact merge` keeps its fields.

use super::contact::fold;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sign {
    Email,
    Phone,
    Name,
}

impl Sign {
    pub fn as_str(self) -> &'static str {
        match self {
            Sign::Email => "email",
            Sign::Phone => "phone",
            Sign::Name => "name",
        }
    }
}

/// What a contact is recognised by.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub id: i64,
    pub name: String,
    pub email_key: Option<String>,
    pub phone_key: Option<String>,
    /// The keys of their other emails and phones: any of them is a sign.
    pub other_keys: Vec<(Sign, String)>,
}

/// `other` should probably be merged into `keep`; `signs` are what `other`
/// shares with some member of its group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub keep: i64,
    pub other: i64,
    /// What `keep` and `other` have in common themselves; empty when they
    /// are linked only through `via`.
    pub signs: Vec<Sign>,
    /// The contact that links them when they share nothing directly.
    pub via: Option<i64>,
}

/// The phone as compared: its last nine digits, the national number in
/// most countries, so `+33 6 12 34 56 78` and `06 12 34 56 78` (the same
/// line written internationally and nationally) match.
pub fn phone_match_key(phone_key: &str) -> String {
    let digits: Vec<char> = phone_key.chars().filter(char::is_ascii_digit).collect();
    digits[digits.len().saturating_sub(9)..].iter().collect()
}

/// The name as compared: folded words in alphabetical order.
pub fn name_key(name: &str) -> Option<String> {
    let folded = fold(name);
    let mut words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    (!words.is_empty()).then(|| words.join(" "))
}

/// What `p` is compared by for `sign` (every email or phone they have);
/// none when they have nothing to compare.
fn keys(p: &Identity, sign: Sign) -> Vec<String> {
    let primary = match sign {
        Sign::Email => p.email_key.clone(),
        Sign::Phone => p.phone_key.as_deref().map(phone_match_key),
        Sign::Name => name_key(&p.name),
    };
    let others = p.other_keys.iter().filter(|(s, _)| *s == sign).map(|(_, k)| match sign {
        Sign::Phone => phone_match_key(k),
        _ => k.clone(),
    });
    let mut all: Vec<String> = primary.into_iter().chain(others).filter(|k| !k.is_empty()).collect();
    all.dedup();
    all
}

/// Contacts grouped as one person (union-find), with the emails and phones
/// each group holds: a name alone never joins two groups those tell apart.
struct Groups {
    parent: Vec<usize>,
    emails: Vec<BTreeSet<String>>,
    phones: Vec<BTreeSet<String>>,
}

impl Groups {
    fn new(people: &[Identity]) -> Self {
        Groups {
            parent: (0..people.len()).collect(),
            emails: people.iter().map(|p| keys(p, Sign::Email).into_iter().collect()).collect(),
            phones: people.iter().map(|p| keys(p, Sign::Phone).into_iter().collect()).collect(),
        }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Two contacts with different emails, or different phones, are two
    /// people even when their names agree (two Marie Martin are common):
    /// only a group whose emails and phones all appear in the other's may
    /// join it by name.
    fn compatible(&mut self, i: usize, j: usize) -> bool {
        let (a, b) = (self.root(i), self.root(j));
        let nested = |x: &BTreeSet<String>, y: &BTreeSet<String>| x.is_subset(y) || y.is_subset(x);
        a == b || (nested(&self.emails[a], &self.emails[b]) && nested(&self.phones[a], &self.phones[b]))
    }

    fn join(&mut self, i: usize, j: usize) {
        let (a, b) = (self.root(i), self.root(j));
        if a != b {
            self.parent[a] = b;
            let emails = std::mem::take(&mut self.emails[a]);
            self.emails[b].extend(emails);
            let phones = std::mem::take(&mut self.phones[a]);
            self.phones[b].extend(phones);
        }
    }
}

/// The likely duplicates among `people` by the given signs, ordered by the
/// contact to keep, then the other.
pub fn find(people: &[Identity], signs: &[Sign]) -> Vec<Duplicate> {
    let mut groups = Groups::new(people);
    let mut shared: Vec<BTreeSet<Sign>> = vec![BTreeSet::new(); people.len()];
    // The first contact each one was linked to: how an indirect pair is linked.
    let mut link: Vec<Option<usize>> = vec![None; people.len()];
    // Strong signs first, so that a name only joins what they left apart.
    let mut signs = signs.to_vec();
    signs.sort_unstable();
    for sign in signs {
        let mut with_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for k in keys(p, sign) {
                let same = with_key.entry(k).or_default();
                // One link is enough for a strong sign; a name is checked
                // against each earlier holder, as some may be told apart.
                let earlier = if sign == Sign::Name { &same[..] } else { &same[..same.len().min(1)] };
                for &j in earlier {
                    if j != i && (sign != Sign::Name || groups.compatible(i, j)) {
                        shared[i].insert(sign);
                        shared[j].insert(sign);
                        link[i].get_or_insert(j);
                        link[j].get_or_insert(i);
                        groups.join(i, j);
                    }
                }
                same.push(i);
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in (0..people.len()).filter(|&i| !shared[i].is_empty()) {
        members.entry(groups.root(i)).or_default().push(i);
    }
    let mut found = Vec::new();
    for group in members.values() {
        let Some(&keep) = group.iter().min_by_key(|&&i| people[i].id) else { continue };
        for &i in group.iter().filter(|&&i| i != keep) {
            // Only the signs the two really share: a pair where one has no
            // phone is never "the same phone".
            let direct: Vec<Sign> = shared[i]
                .iter()
                .copied()
                .filter(|&sign| {
                    let theirs = keys(&people[keep], sign);
                    keys(&people[i], sign).iter().any(|k| theirs.contains(k))
                })
                .collect();
            let via = if direct.is_empty() { link[i].filter(|&j| j != keep).map(|j| people[j].id) } else { None };
            found.push(Duplicate { keep: people[keep].id, other: people[i].id, signs: direct, via });
        }
    }
    found.sort_by_key(|d| (d.keep, d.other));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(id: i64, name: &str, email: Option<&str>, phone: Option<&str>) -> Identity {
        Identity {
            id,
            name: name.into(),
            email_key: email.map(super::super::contact::email_key),
            phone_key: phone.map(super::super::contact::phone_key),
            other_keys: Vec::new(),
        }
    }

    #[test]
    fn another_email_or_phone_is_a_sign_too() {
        let mut a = who(1, "Paul Martin", Some("paul@home.fr"), None);
        a.other_keys = vec![(Sign::Email, "paul@atelier.fr".into()), (Sign::Phone, "+33478000000".into())];
        let b = who(2, "P. M.", Some("paul@atelier.fr"), None);
        let c = who(3, "Atelier", None, Some("04 78 00 00 00"));
        let found = find(&[a, b, c], &ALL);
        assert_eq!(
            found,
            [
                Duplicate { keep: 1, other: 2, signs: vec![Sign::Email], via: None },
                Duplicate { keep: 1, other: 3, signs: vec![Sign::Phone], via: None },
            ]
        );
    }

    const ALL: [Sign; 3] = [Sign::Email, Sign::Phone, Sign::Name];

    #[test]
    fn names_compare_without_case_accents_punctuation_or_order() {
        assert_eq!(name_key("DUPONT, Hélène"), name_key("hélène  dupont"));
        assert_eq!(name_key("Jean-Paul Roux"), name_key("Roux Jean Paul"));
        assert_ne!(name_key("Hélène Dupont"), name_key("Hélène Dupond"));
        assert_eq!(name_key(" - "), None);
    }

    #[test]
    fn phones_compare_by_their_national_number() {
        let k = |p: &str| phone_match_key(&super::super::contact::phone_key(p));
        assert_eq!(k("+33 6 12 34 56 78"), k("06 12 34 56 78"));
        assert_eq!(k("+1 (415) 555-0100"), k("415.555.0100"));
        assert_ne!(k("06 12 34 56 78"), k("06 12 34 56 79"));
        assert_eq!(k("12 34"), "1234");
        assert_eq!(k("+"), "");
    }

    #[test]
    fn each_sign_links_two_contacts() {
        let people = [
            who(1, "Hélène Dupont", Some("H@x.fr"), None),
            who(2, "H. D.", Some("h@x.fr"), None),
            who(3, "Paul", None, Some("06 12 34 56 78")),
            who(4, "Paulo", None, Some("06.12.34.56.78")),
            who(5, "Marie Curie", None, None),
            who(6, "CURIE Marie", None, None),
            who(7, "Alone", Some("alone@x.fr"), Some("01")),
        ];
        let found = find(&people, &ALL);
        assert_eq!(
            found,
            vec![
                Duplicate { keep: 1, other: 2, signs: vec![Sign::Email], via: None },
                Duplicate { keep: 3, other: 4, signs: vec![Sign::Phone], via: None },
                Duplicate { keep: 5, other: 6, signs: vec![Sign::Name], via: None },
            ]
        );
        // Only the signs asked for count.
        assert_eq!(
            find(&people, &[Sign::Phone]),
            vec![Duplicate { keep: 3, other: 4, signs: vec![Sign::Phone], via: None }]
        );
    }

    #[test]
    fn a_chain_of_signs_is_one_group_kept_by_its_oldest() {
        // 9 and 4 share an email, 4 and 2 a phone: one person, three entries.
        let people = [
            who(9, "Léa", Some("lea@x.fr"), None),
            who(4, "Léa Martin", Some("LEA@x.fr"), Some("0600")),
            who(2, "L. Martin", None, Some("06 00")),
        ];
        let found = find(&people, &ALL);
        assert_eq!(
            found,
            vec![
                // 2 has no email: with 4 it shares the phone only, and 9
                // (whose email is 4's) is linked to it through 4.
                Duplicate { keep: 2, other: 4, signs: vec![Sign::Phone], via: None },
                Duplicate { keep: 2, other: 9, signs: vec![], via: Some(4) },
            ]
        );
    }

    #[test]
    fn a_shared_name_does_not_link_people_told_apart_by_email_or_phone() {
        let people = [
            who(1, "Marie Martin", Some("marie@a.fr"), None),
            who(2, "Marie Martin", Some("mm@b.fr"), None),
            who(3, "Marie Martin", None, Some("0611")),
            who(4, "Marie Martin", None, Some("0622")),
        ];
        // 1 and 2 differ by email, 3 and 4 by phone: a name never puts
        // them in one group. 3 joins 1 (nothing tells them apart); 4 then
        // differs from 3 by phone, and joins 2.
        let found = find(&people, &ALL);
        assert_eq!(found.iter().map(|d| (d.keep, d.other)).collect::<Vec<_>>(), vec![(1, 3), (2, 4)]);
        let two = [people[0].clone(), people[1].clone()];
        assert!(find(&two, &ALL).is_empty());
    }

    #[test]
    fn a_pair_linked_through_a_third_contact_says_so() {
        // 1 and 2 share an email, 2 and 3 a phone: 1 has no phone, so the
        // pair (1, 3) is linked through 2, never "the same phone".
        let people = [
            who(1, "A", Some("a@x.fr"), None),
            who(2, "B", Some("a@x.fr"), Some("06 12 34 56 78")),
            who(3, "C", None, Some("+33 6 12 34 56 78")),
        ];
        let d = find(&people, &[Sign::Email, Sign::Phone]);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].other, d[0].signs.clone(), d[0].via), (2, vec![Sign::Email], None));
        assert_eq!((d[1].other, d[1].signs.clone(), d[1].via), (3, vec![], Some(2)));
    }

    #[test]
    fn a_changed_phone_does_not_hide_a_shared_email() {
        let people = [who(1, "Léa", Some("lea@x.fr"), Some("0611")), who(2, "Léa M.", Some("lea@x.fr"), Some("0622"))];
        assert_eq!(find(&people, &ALL), vec![Duplicate { keep: 1, other: 2, signs: vec![Sign::Email], via: None }]);
    }

    #[test]
    fn empty_keys_never_match() {
        let people = [who(1, "", Some(""), Some("")), who(2, "", Some(""), Some(""))];
        assert!(find(&people, &ALL).is_empty());
    }
}
