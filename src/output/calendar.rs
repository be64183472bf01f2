//! The reminders as an iCalendar file (`remind --format ics`).

use crate::domain::remind::{Kind, Reminder};

/// The formal public identifier of the program that wrote the file (RFC 5545 3.7.3).
pub const PRODID: &str = concat!("-//carnet//carnet ", env!("CARGO_PKG_VERSION"), "//EN");

/// The calendar: a VTODO per follow-up, an all-day VEVENT per deal date,
/// cadence and birthday. UIDs name what the entry is about, so a calendar
/// that re-reads the file updates entries instead of duplicating them.
/// Summaries and descriptions are for people: in `lang`.
pub fn ics(items: &[Reminder], now: chrono::DateTime<chrono::Utc>, lang: crate::i18n::Lang) -> String {
    let mut cal = calendar(lang);
    for r in items {
        push(&mut cal, r, now, lang);
    }
    cal.done().to_string()
}

/// One reminder as a calendar of its own (a CalDAV object, `carnet
/// sync`): its UID and the text, written as `ics` writes it.
pub fn entry(r: &Reminder, now: chrono::DateTime<chrono::Utc>, lang: crate::i18n::Lang) -> (String, String) {
    let mut cal = calendar(lang);
    let uid = push(&mut cal, r, now, lang);
    (uid, cal.done().to_string())
}

fn calendar(lang: crate::i18n::Lang) -> icalendar::Calendar {
    use icalendar::Calendar;
    // The library's defaults name the library (`ICALENDAR-RS`): a calendar
    // app shows PRODID as the program that made the file, so it is carnet's.
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", PRODID));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&crate::i18n::tr(lang, "ics-calendar"));
    cal
}

/// Add `r` to `cal`; its UID.
fn push(
    cal: &mut icalendar::Calendar,
    r: &Reminder,
    now: chrono::DateTime<chrono::Utc>,
    lang: crate::i18n::Lang,
) -> String {
    use icalendar::{Component, Event, EventLike, Todo};
    let (uid_kind, summary_id) = match r.kind {
        Kind::FollowUp => ("follow-up", "ics-follow-up"),
        Kind::Deal => ("deal", "ics-deal"),
        Kind::Cadence => ("keep-in-touch", "ics-keep-in-touch"),
        Kind::Renewal => ("renewal", "ics-renewal"),
        Kind::Birthday => ("birthday", "ics-birthday"),
        Kind::SlippingAway => ("slipping-away", "ics-slipping-away"),
        Kind::KeyDate => ("key-date", "ics-key-date"),
        Kind::ServiceLate => ("service-late", "ics-service-late"),
        Kind::ServiceCollect => ("service-collect", "ics-service-collect"),
        Kind::ServiceComplaint => ("service-complaint", "ics-service-complaint"),
        Kind::CallBack => ("call-back", "ics-call-back"),
    };
    let summary = match r.kind {
        Kind::KeyDate => crate::i18n::tr_args(
            lang,
            summary_id,
            &[("name", r.name.clone().into()), ("label", r.reason.render(lang).into())],
        ),
        _ => crate::i18n::tr_args(lang, summary_id, &[("name", r.name.clone().into())]),
    };
    // A customer may slip away more than once: the day tells them apart.
    let uid = match r.kind {
        // A contact may have several key dates: the day tells them apart.
        Kind::SlippingAway | Kind::KeyDate => {
            format!("carnet-{uid_kind}-{}-{}@carnet.local", r.source_id, r.due)
        }
        _ => format!("carnet-{uid_kind}-{}@carnet.local", r.source_id),
    };
    let reach = [r.phone.as_deref(), r.email.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let reason = r.reason.render(lang);
    let description = if reach.is_empty() { reason } else { format!("{reason}\n{reach}") };
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
    uid
}
