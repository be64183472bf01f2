//! The reminders as an iCalendar file (`remind --format ics`).

use crate::domain::remind::{Kind, Reminder};

/// The calendar: a VTODO per follow-up, an all-day VEVENT per deal date,
/// cadence and birthday. UIDs name what the entry is about, so a calendar
/// that re-reads the file updates entries instead of duplicating them.
pub fn ics(items: &[Reminder], now: chrono::DateTime<chrono::Utc>) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, Todo};
    let mut cal = Calendar::new();
    cal.name("carnet reminders");
    for r in items {
        let (uid_kind, summary) = match r.kind {
            Kind::FollowUp => ("follow-up", format!("Follow up: {}", r.name)),
            Kind::Deal => ("deal", format!("Deal due: {}", r.name)),
            Kind::Cadence => ("keep-in-touch", format!("Get in touch: {}", r.name)),
            Kind::Renewal => ("renewal", format!("Renewal due: {}", r.name)),
            Kind::Birthday => ("birthday", format!("Birthday: {}", r.name)),
            Kind::SlippingAway => ("slipping-away", format!("Slipping away: {}", r.name)),
        };
        // A customer may slip away more than once: the day tells them apart.
        let uid = match r.kind {
            Kind::SlippingAway => format!("carnet-{uid_kind}-{}-{}@carnet.local", r.source_id, r.due),
            _ => format!("carnet-{uid_kind}-{}@carnet.local", r.source_id),
        };
        let reach = [r.phone.as_deref(), r.email.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
        let description = if reach.is_empty() { r.reason.clone() } else { format!("{}\n{reach}", r.reason) };
        match r.kind {
            Kind::FollowUp => {
                let mut t = Todo::new();
                t.uid(&uid).summary(&summary).description(&description).due(r.due).timestamp(now);
                cal.push(t.done());
            }
            _ => {
                let mut e = Event::new();
                // An all-day event ends (exclusively) the next day (RFC 5545 3.6.1).
                e.uid(&uid)
                    .summary(&summary)
                    .description(&description)
                    .starts(r.due)
                    .ends(crate::domain::dates::add_days_saturating(r.due, 1))
                    .timestamp(now);
                cal.push(e.done());
            }
        }
    }
    cal.done().to_string()
}
