//! What needs attention on a day: follow-ups, deals past their date,
//! contacts past their keep-in-touch cadence, renewals due, birthdays. Pure rules; the
//! store finds the candidates.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    FollowUp,
    Deal,
    Cadence,
    Renewal,
    Birthday,
    /// A regular customer gone well past their own rhythm.
    SlippingAway,
    /// A contact's key date (an anniversary...), announced as a birthday is.
    KeyDate,
    /// A service request past its promised day, not ready yet.
    ServiceLate,
    /// A service request ready and not collected for `[service] collect_reminder`.
    ServiceCollect,
    /// A complaint without an answer after `[service] complaint_answer`.
    ServiceComplaint,
    /// An unhappy satisfaction answer nobody has followed up yet.
    CallBack,
}

impl Kind {
    /// The stable name scripts see (`follow_up`, `deal`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::FollowUp => "follow_up",
            Kind::Deal => "deal",
            Kind::Cadence => "cadence",
            Kind::Renewal => "renewal",
            Kind::Birthday => "birthday",
            Kind::SlippingAway => "slipping_away",
            Kind::KeyDate => "key_date",
            Kind::ServiceLate => "service_late",
            Kind::ServiceCollect => "service_collect",
            Kind::ServiceComplaint => "service_complaint",
            Kind::CallBack => "call_back",
        }
    }
}

/// The digest's heading for an item, as a message id (the words are the
/// interface's): a deal still ahead (`--within`) is not "past" its close.
pub fn heading(kind: Kind, due: NaiveDate, today: NaiveDate) -> &'static str {
    match kind {
        Kind::FollowUp => "remind-follow-ups",
        Kind::Deal if due > today => "remind-soon-deals",
        Kind::Deal => "remind-late-deals",
        Kind::Cadence => "remind-cadence",
        Kind::Renewal => "remind-renewals",
        Kind::Birthday => "remind-birthdays",
        Kind::SlippingAway => "remind-slipping",
        Kind::KeyDate => "remind-key-dates",
        Kind::ServiceLate => "remind-service-late",
        Kind::ServiceCollect => "remind-service-collect",
        Kind::ServiceComplaint => "remind-service-complaints",
        Kind::CallBack => "remind-call-back",
    }
}

/// When an item is due, as a message id and its day count.
pub fn when(due: NaiveDate, today: NaiveDate) -> (&'static str, i64) {
    match (due - today).num_days() {
        0 => ("remind-today", 0),
        1 => ("remind-tomorrow", 1),
        d if d > 1 => ("remind-in", d),
        d => ("remind-overdue", -d),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub kind: Kind,
    pub due: NaiveDate,
    pub contact_id: i64,
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// What is due, in words: English for JSON and CSV, the run's
    /// language in the digest and the calendar.
    pub reason: crate::i18n::Text,
    /// The interaction, deal or contact the reminder is about; with
    /// `kind` it makes a stable identity (calendar UIDs).
    pub source_id: i64,
}

/// The next birthday on or after `from`. A 29 February birthday falls on
/// 28 February in other years.
pub fn next_birthday(month: u32, day: u32, from: NaiveDate) -> Option<NaiveDate> {
    let on = |y: i32| NaiveDate::from_ymd_opt(y, month, day).or_else(|| NaiveDate::from_ymd_opt(y, month, day - 1));
    let this = on(from.year())?;
    if this >= from {
        Some(this)
    } else {
        on(from.year() + 1)
    }
}

/// When a contact with a cadence is next due: `cadence` days after the
/// last touch (interaction or purchase), or after they were added.
pub fn cadence_due(last_touch: NaiveDate, cadence_days: u32) -> NaiveDate {
    crate::domain::dates::add_days_saturating(last_touch, cadence_days as i64)
}

/// The birthday's month and day, from `1980-03-14` or `--03-14`.
pub fn birthday_md(b: &str) -> Option<(u32, u32)> {
    let md = b.get(b.len().checked_sub(5)?..)?;
    let (m, d) = md.split_once('-')?;
    Some((m.parse().ok()?, d.parse().ok()?))
}

/// The age reached on `on`, when the year of birth is known.
pub fn age_on(b: &str, on: NaiveDate) -> Option<i32> {
    if b.starts_with("--") {
        return None;
    }
    let year: i32 = b.get(0..4)?.parse().ok()?;
    Some(on.year() - year)
}

/// Digest order: by kind, then the most overdue first, then by name.
pub fn sort(items: &mut [Reminder]) {
    items.sort_by(|a, b| (a.kind, a.due, &a.name, a.source_id).cmp(&(b.kind, b.due, &b.name, b.source_id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn birthdays() {
        assert_eq!(next_birthday(3, 14, d("2024-03-01")), Some(d("2024-03-14")));
        assert_eq!(next_birthday(3, 14, d("2024-03-14")), Some(d("2024-03-14")));
        assert_eq!(next_birthday(3, 14, d("2024-03-15")), Some(d("2025-03-14")));
        assert_eq!(next_birthday(2, 29, d("2025-01-01")), Some(d("2025-02-28")));
        assert_eq!(next_birthday(1, 2, d("2024-12-30")), Some(d("2025-01-02")));
        assert_eq!(birthday_md("--03-14"), Some((3, 14)));
        assert_eq!(birthday_md("1980-12-01"), Some((12, 1)));
        assert_eq!(age_on("1980-12-01", d("2024-12-01")), Some(44));
        assert_eq!(age_on("--12-01", d("2024-12-01")), None);
    }

    #[test]
    fn cadence_and_words() {
        assert_eq!(cadence_due(d("2024-05-01"), 60), d("2024-06-30"));
        assert_eq!(when(d("2024-06-27"), d("2024-06-30")), ("remind-overdue", 3));
        assert_eq!(when(d("2024-06-30"), d("2024-06-30")), ("remind-today", 0));
        assert_eq!(when(d("2024-07-01"), d("2024-06-30")), ("remind-tomorrow", 1));
        assert_eq!(when(d("2024-07-02"), d("2024-06-30")), ("remind-in", 2));
    }

    #[test]
    fn digest_order() {
        let r = |kind, due: &str, name: &str| Reminder {
            kind,
            due: d(due),
            contact_id: 1,
            name: name.into(),
            phone: None,
            email: None,
            reason: crate::i18n::Text::plain(String::new()),
            source_id: 1,
        };
        let mut v = vec![
            r(Kind::Birthday, "2024-07-01", "A"),
            r(Kind::FollowUp, "2024-06-30", "B"),
            r(Kind::FollowUp, "2024-06-20", "C"),
            r(Kind::Cadence, "2024-06-01", "D"),
        ];
        sort(&mut v);
        let names: Vec<&str> = v.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["C", "B", "D", "A"]);
    }
}
