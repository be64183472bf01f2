//! Refs and names of many contacts in one arena: a listing of a million
//! customers holds their labels without two million small strings, and
//! rows can borrow them from several threads at once.

/// Labels in the order they were pushed (by contact id when read from the
/// file), each found by its slot or, with [`Labels::align`], by contact id.
#[derive(Debug, Default)]
pub struct Labels {
    text: String,
    /// (start in `text`, ref length or `u32::MAX` for no ref, name length).
    spans: Vec<(u32, u32, u32)>,
    ids: Vec<i64>,
}

/// The slot of a contact that has no label (removed since the scores were read).
pub const NO_LABEL: u32 = u32::MAX;

impl Labels {
    pub fn with_capacity(n: usize) -> Labels {
        Labels { text: String::with_capacity(n * 16), spans: Vec::with_capacity(n), ids: Vec::with_capacity(n) }
    }

    /// Keep one contact's label; returns its slot.
    pub fn push(&mut self, contact_id: i64, r: Option<&str>, name: &str) -> u32 {
        let start = self.text.len() as u32;
        let ref_len = match r {
            Some(r) => {
                self.text.push_str(r);
                r.len() as u32
            }
            None => u32::MAX,
        };
        self.text.push_str(name);
        self.spans.push((start, ref_len, name.len() as u32));
        self.ids.push(contact_id);
        (self.spans.len() - 1) as u32
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The ref and name in `slot` (nothing for [`NO_LABEL`] or an unknown slot).
    pub fn get(&self, slot: u32) -> (Option<&str>, &str) {
        let Some(&(start, ref_len, name_len)) = self.spans.get(slot as usize) else { return (None, "") };
        let start = start as usize;
        let (r, after) = if ref_len == u32::MAX {
            (None, start)
        } else {
            (Some(&self.text[start..start + ref_len as usize]), start + ref_len as usize)
        };
        (r, &self.text[after..after + name_len as usize])
    }

    /// The slot of each of `ids` (ascending, as the labels were pushed),
    /// [`NO_LABEL`] for an id without a label: one merge, no search.
    pub fn align(&self, ids: impl IntoIterator<Item = i64>) -> Vec<u32> {
        let mut j = 0;
        ids.into_iter()
            .map(|id| {
                while j < self.ids.len() && self.ids[j] < id {
                    j += 1;
                }
                if self.ids.get(j) == Some(&id) {
                    j as u32
                } else {
                    NO_LABEL
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_found_by_slot_and_by_id() {
        let mut l = Labels::with_capacity(3);
        assert_eq!(l.push(2, Some("007"), "Mme Durand"), 0);
        assert_eq!(l.push(5, None, "Léa"), 1);
        assert_eq!(l.push(9, Some(""), ""), 2);
        assert_eq!(l.get(0), (Some("007"), "Mme Durand"));
        assert_eq!(l.get(1), (None, "Léa"));
        assert_eq!(l.get(2), (Some(""), ""));
        assert_eq!(l.get(NO_LABEL), (None, ""));
        assert_eq!(l.align([1, 2, 5, 6, 9, 10]), [NO_LABEL, 0, 1, NO_LABEL, 2, NO_LABEL]);
        assert_eq!(l.len(), 3);
    }
}
