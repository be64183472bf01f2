//! What `carnet sync` sends, written by carnet's one vCard writer and its
//! one calendar writer, and what it says it did.

use crate::app::sync::{Action, CardNote, Change, Outcome, Render, What};
use crate::domain::contact::Contact;
use crate::domain::key_dates::KeyDate;
use crate::domain::remind::Reminder;
use crate::i18n::{Arg, Lang, Text};
use crate::targs;

/// The writers, in the run's language.
pub struct Writers {
    pub lang: Lang,
    pub now: chrono::DateTime<chrono::Utc>,
}

impl Render for Writers {
    fn card(&self, c: &Contact, dates: &[KeyDate], note: &CardNote, uid: &str) -> String {
        let mut fields = c.fields.clone();
        let line = note_line(note, self.lang);
        fields.notes = match (&line, &c.fields.notes) {
            (Some(l), Some(n)) => Some(format!("{l}\n{n}")),
            (Some(l), None) => Some(l.clone()),
            (None, n) => n.clone(),
        };
        let mut out = String::new();
        // 3.0: what iOS and macOS accept.
        crate::domain::vcard::write_card(&mut out, &fields, &c.tags, dates, uid, crate::domain::vcard::Version::V3);
        out
    }

    fn event(&self, r: &Reminder) -> (String, String) {
        super::calendar::entry(r, self.now, self.lang)
    }
}

/// The line carnet puts first in a card's note: segment, visits, last
/// visit, open follow-ups (None for a contact with none of them).
pub fn note_line(n: &CardNote, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(s) = n.segment {
        let key = crate::i18n::key_of(s.name());
        parts.push(crate::i18n::message(lang, &format!("segment-{key}"), &[]).unwrap_or_else(|| s.name().to_string()));
    }
    if n.visits > 0 {
        parts.push(Text::tr("sync-note-visits", targs!["count" => i64::from(n.visits)]).render(lang));
    }
    if let Some(d) = n.last_visit {
        parts.push(Text::tr("sync-note-last-visit", targs!["day" => Arg::Day(d)]).render(lang));
    }
    for (day, kind, summary) in &n.follow_ups {
        let what = match summary {
            Some(s) => format!("{kind}: {s}"),
            None => kind.clone(),
        };
        parts.push(Text::tr("sync-note-follow-up", targs!["day" => Arg::Day(*day), "what" => what]).render(lang));
    }
    if parts.is_empty() {
        None
    } else {
        Some(format!("carnet: {}", parts.join(" · ")))
    }
}

crate::record! {
    pub struct ChangeRow {
        action: String,
        what: String,
        uid: String,
        name: Option<String>,
    }
}

pub fn rows(changes: &[Change]) -> Vec<ChangeRow> {
    changes
        .iter()
        .map(|c| ChangeRow {
            action: match c.action {
                Action::Create => "create",
                Action::Update => "update",
                Action::Delete => "delete",
            }
            .into(),
            what: match c.what {
                What::Contact => "contact",
                What::Reminder => "reminder",
            }
            .into(),
            uid: c.uid.clone(),
            name: c.name.clone(),
        })
        .collect()
}

/// The one-line summary (`3 contacts updated, 1 deleted, 5 reminders
/// added`); None when nothing changed.
pub fn summary(o: &Outcome, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    for (what, ids) in [
        (What::Contact, ["sync-contacts-added", "sync-contacts-updated", "sync-contacts-deleted"]),
        (What::Reminder, ["sync-reminders-added", "sync-reminders-updated", "sync-reminders-deleted"]),
    ] {
        for (action, id) in [Action::Create, Action::Update, Action::Delete].into_iter().zip(ids) {
            let n = o.changes.iter().filter(|c| c.what == what && c.action == action).count();
            if n > 0 {
                parts.push(crate::i18n::tr_args(lang, id, &[("count", n.into())]));
            }
        }
    }
    if parts.is_empty() {
        None
    } else {
        Some(parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_note_says_what_the_shop_wants_when_the_phone_rings() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let n = CardNote {
            segment: Some(crate::domain::rfm::Segment::Champions),
            visits: 12,
            last_visit: Some(d("2024-06-02")),
            total_cents: 0,
            follow_ups: vec![(d("2024-07-01"), "call".into(), Some("wedding bouquet".into()))],
        };
        assert_eq!(
            note_line(&n, Lang::En).unwrap(),
            "carnet: Champions · 12 visits · last visit 2024-06-02 · follow-up 2024-07-01: call: wedding bouquet"
        );
        assert_eq!(note_line(&CardNote::default(), Lang::En), None);
    }

    #[test]
    fn the_summary_names_only_what_changed() {
        let c = |action, what| Change { action, what, uid: "u".into(), name: None };
        let o = Outcome {
            changes: vec![
                c(Action::Update, What::Contact),
                c(Action::Update, What::Contact),
                c(Action::Delete, What::Contact),
                c(Action::Create, What::Reminder),
            ],
            ..Default::default()
        };
        assert_eq!(summary(&o, Lang::En).unwrap(), "2 contacts updated, 1 contact deleted, 1 reminder added");
        assert_eq!(summary(&Outcome::default(), Lang::En), None);
    }
}
