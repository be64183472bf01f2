//! Service requests (repairs, alterations, orders to collect, complaints):
//! their statuses, and the arithmetic of the report (turnaround, on time,
//! complaints per 100 customers). Pure rules; the store keeps the requests.

use super::money::Cents;
use super::Invalid;
use crate::i18n::Text;
use chrono::NaiveDate;

/// The closed statuses, set by `service close`, never configured.
pub const COLLECTED: &str = "collected";
pub const CANCELLED: &str = "cancelled";
/// The open status that means "done, waiting for the customer": it is the
/// one that tells the customer, and the one the collect reminder watches.
pub const READY: &str = "ready";
/// The kind whose requests wait for an answer (`remind`).
pub const COMPLAINT: &str = "complaint";

pub fn default_kinds() -> Vec<String> {
    ["repair", "alteration", "order", "complaint", "other"].map(String::from).to_vec()
}

pub fn default_statuses() -> Vec<String> {
    ["received", "in_progress", "waiting_parts", "waiting_customer", READY].map(String::from).to_vec()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: i64,
    pub contact_id: i64,
    pub contact_name: String,
    pub kind: String,
    pub what: String,
    pub status: String,
    pub opened: NaiveDate,
    pub promised: Option<NaiveDate>,
    pub quote: Option<Cents>,
    pub charge: Option<Cents>,
    pub ready_on: Option<NaiveDate>,
    pub answered_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub purchase_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Request {
    pub fn is_open(&self) -> bool {
        self.closed_on.is_none()
    }

    /// Late on `today`: open, not ready yet, and its promised day passed.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.is_open() && self.status != READY && self.promised.is_some_and(|p| p < today)
    }

    /// The day the work was done (see [`delivered`]), once collected.
    pub fn delivered_on(&self) -> Option<NaiveDate> {
        (self.status == COLLECTED).then(|| delivered(self.ready_on, self.closed_on)).flatten()
    }
}

#[derive(Debug, Clone)]
pub struct NewRequest<'a> {
    pub contact_id: i64,
    pub kind: &'a str,
    pub what: &'a str,
    pub status: &'a str,
    pub opened: NaiveDate,
    pub promised: Option<NaiveDate>,
    pub quote: Option<Cents>,
}

/// A move or a note in a request's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub at: String,
    pub day: NaiveDate,
    pub from: Option<String>,
    pub to: Option<String>,
    pub note: Option<String>,
    /// Who recorded it (none for those from before carnet kept it).
    pub recorded_by: Option<String>,
}

fn invalid(id: &'static str, args: Vec<(&'static str, crate::i18n::Arg)>) -> Invalid {
    Invalid(Text::tr(id, args))
}

/// Check a configured list of open statuses: not empty, names unique,
/// `ready` among them, `collected` and `cancelled` left to `service close`.
pub fn check_statuses(statuses: &[String]) -> Result<(), Invalid> {
    check_words(statuses)?;
    if let Some(s) = statuses.iter().find(|s| is_closed_status(s)) {
        return Err(invalid("err-service-status-builtin", crate::targs!["name" => s.as_str()]));
    }
    if !statuses.iter().any(|s| s == READY) {
        return Err(invalid("err-service-no-ready", vec![]));
    }
    Ok(())
}

/// Check a configured list of kinds: not empty, names unique.
pub fn check_kinds(kinds: &[String]) -> Result<(), Invalid> {
    check_words(kinds)
}

fn check_words(words: &[String]) -> Result<(), Invalid> {
    if words.is_empty() {
        return Err(invalid("err-service-words-none", vec![]));
    }
    for (i, w) in words.iter().enumerate() {
        if w.trim().is_empty() || w.trim() != w {
            return Err(invalid("err-service-word-blank", crate::targs!["name" => format!("{w:?}")]));
        }
        if words[..i].iter().any(|o| o.eq_ignore_ascii_case(w)) {
            return Err(invalid("err-service-word-twice", crate::targs!["name" => w.as_str()]));
        }
    }
    Ok(())
}

pub fn is_closed_status(s: &str) -> bool {
    s.eq_ignore_ascii_case(COLLECTED) || s.eq_ignore_ascii_case(CANCELLED)
}

/// The configured word a user named (any case), or None.
pub fn find<'a>(words: &'a [String], name: &str) -> Option<&'a str> {
    words.iter().find(|w| w.eq_ignore_ascii_case(name.trim())).map(String::as_str)
}

/// Where `service move` may go: an open status; `collected` and
/// `cancelled` close the request (`service close`).
pub fn move_target<'s>(statuses: &'s [String], id: i64, name: &str) -> Result<&'s str, Invalid> {
    if is_closed_status(name) {
        return Err(invalid(
            "err-service-close-with",
            crate::targs!["id" => id, "status" => name.trim().to_lowercase()],
        ));
    }
    find(statuses, name).ok_or_else(|| invalid("err-service-not-status", crate::targs!["name" => name]))
}

/// A closed request stays closed.
pub fn check_open(r: &Request) -> Result<(), Invalid> {
    if r.is_open() {
        return Ok(());
    }
    Err(invalid("err-service-closed", crate::targs!["id" => r.id, "status" => r.status.as_str()]))
}

/// The day a request was delivered: when it became ready, or, for one
/// collected without passing through `ready`, the day it was collected.
pub fn delivered(ready_on: Option<NaiveDate>, closed_on: Option<NaiveDate>) -> Option<NaiveDate> {
    ready_on.or(closed_on)
}

/// Whole days from opening to delivery (0: the same day).
pub fn turnaround_days(opened: NaiveDate, delivered: NaiveDate) -> i64 {
    (delivered - opened).num_days().max(0)
}

/// Delivered on or before the promised day.
pub fn on_time(delivered: NaiveDate, promised: NaiveDate) -> bool {
    delivered <= promised
}

/// The median of whole days (the mean of the two middle ones for an even
/// count); None for none.
pub fn median_days(days: &[i64]) -> Option<f64> {
    if days.is_empty() {
        return None;
    }
    let mut v = days.to_vec();
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] as f64 } else { (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0 })
}

/// The share of `part` in `whole`, to four decimals; None for an empty whole.
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 10000.0).round() / 10000.0)
}

/// Complaints per 100 customers served, to two decimals; None in a month
/// without customers.
pub fn per_100(complaints: usize, customers: usize) -> Option<f64> {
    (customers > 0).then(|| (complaints as f64 * 100.0 / customers as f64 * 100.0).round() / 100.0)
}

/// The age bands of open requests: up to a week, up to a month, older.
pub fn age_band(age_days: i64) -> usize {
    match age_days {
        d if d <= 7 => 0,
        d if d <= 30 => 1,
        _ => 2,
    }
}

/// The fields a service template may name.
pub const FIELDS: &[&str] = &["name", "first_name", "what", "id", "status", "quote", "charge"];

/// Fill a per-status template (`{{first_name}}, your {{what}} is ready`);
/// `value` gives a field (None or empty: the request has none).
pub fn fill(template: &str, value: &dyn Fn(&str) -> Option<String>) -> Result<String, Invalid> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(at) = rest.find("{{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let end = after.find("}}").ok_or_else(|| invalid("err-template-unclosed", vec![]))?;
        let name = after[..end].trim();
        if !FIELDS.contains(&name) {
            return Err(invalid(
                "err-template-unknown-field",
                crate::targs!["field" => name, "known" => FIELDS.join(", ")],
            ));
        }
        let v = value(name)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| invalid("err-service-template-missing", crate::targs!["field" => name]))?;
        out.push_str(&v);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Whether a service message may go to a person on a channel. A service
/// message answers the customer's own request (their repair is ready): it
/// is transactional, not marketing, so no opt-in is needed; but an address
/// that bounced, or a person who objected to that channel, is not written to.
pub fn may_notify(status: super::consent::Status) -> Result<(), &'static str> {
    super::consent::may_contact(status, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::Status;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn turnaround_counts_whole_days_to_delivery() {
        // Ready on the 3rd of a request opened on the 1st: two days.
        assert_eq!(
            turnaround_days(d("2024-06-01"), delivered(Some(d("2024-06-03")), Some(d("2024-06-10"))).unwrap()),
            2
        );
        // Never marked ready: delivered when collected.
        assert_eq!(delivered(None, Some(d("2024-06-10"))), Some(d("2024-06-10")));
        assert_eq!(delivered(None, None), None);
        assert_eq!(turnaround_days(d("2024-06-01"), d("2024-06-01")), 0);
        // Across a month's end.
        assert_eq!(turnaround_days(d("2024-01-30"), d("2024-03-01")), 31);
    }

    #[test]
    fn on_time_is_on_or_before_the_promise() {
        assert!(on_time(d("2024-06-03"), d("2024-06-03")));
        assert!(on_time(d("2024-06-02"), d("2024-06-03")));
        assert!(!on_time(d("2024-06-04"), d("2024-06-03")));
    }

    #[test]
    fn medians_shares_and_rates() {
        assert_eq!(median_days(&[]), None);
        assert_eq!(median_days(&[5]), Some(5.0));
        assert_eq!(median_days(&[9, 1, 4]), Some(4.0));
        assert_eq!(median_days(&[1, 2, 4, 10]), Some(3.0));
        assert_eq!(median_days(&[1, 2]), Some(1.5));
        assert_eq!(share(2, 3), Some(0.6667));
        assert_eq!(share(0, 0), None);
        assert_eq!(per_100(1, 3), Some(33.33));
        assert_eq!(per_100(2, 40), Some(5.0));
        assert_eq!(per_100(1, 0), None);
        assert_eq!((age_band(0), age_band(7), age_band(8), age_band(30), age_band(31)), (0, 0, 1, 1, 2));
    }

    #[test]
    fn late_is_past_the_promise_and_not_ready() {
        let r = Request {
            id: 1,
            contact_id: 1,
            contact_name: "A".into(),
            kind: "repair".into(),
            what: "bike".into(),
            status: "received".into(),
            opened: d("2024-06-01"),
            promised: Some(d("2024-06-03")),
            quote: None,
            charge: None,
            ready_on: None,
            answered_on: None,
            closed_on: None,
            purchase_id: None,
            created_at: String::new(),
            updated_at: String::new(),
        };
        assert!(!r.is_late(d("2024-06-03")));
        assert!(r.is_late(d("2024-06-04")));
        let ready = Request { status: READY.into(), ..r.clone() };
        assert!(!ready.is_late(d("2024-06-10")));
        let closed = Request { status: COLLECTED.into(), closed_on: Some(d("2024-06-05")), ..r.clone() };
        assert!(!closed.is_late(d("2024-06-10")));
        assert_eq!(closed.delivered_on(), Some(d("2024-06-05")));
        assert_eq!(Request { status: CANCELLED.into(), ..closed }.delivered_on(), None);
    }

    #[test]
    fn statuses_and_kinds_are_checked() {
        assert!(check_statuses(&default_statuses()).is_ok());
        assert!(check_kinds(&default_kinds()).is_ok());
        let w = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(check_statuses(&w(&["received"])).is_err(), "ready is needed");
        assert!(check_statuses(&w(&["received", "ready", "collected"])).is_err());
        assert!(check_statuses(&w(&["ready", "Ready"])).is_err());
        assert!(check_kinds(&w(&[])).is_err());
        assert!(check_kinds(&w(&[" repair"])).is_err());
        assert_eq!(move_target(&default_statuses(), 1, "In_Progress").unwrap(), "in_progress");
        assert!(move_target(&default_statuses(), 1, "collected").is_err());
        assert!(move_target(&default_statuses(), 1, "elsewhere").is_err());
    }

    #[test]
    fn templates_are_filled_or_refused() {
        let v = |f: &str| match f {
            "first_name" => Some("Paul".to_string()),
            "what" => Some("vélo".to_string()),
            _ => None,
        };
        assert_eq!(
            fill("Bonjour {{first_name}}, votre {{ what }} est prêt.", &v).unwrap(),
            "Bonjour Paul, votre vélo est prêt."
        );
        assert!(fill("{{charge}} €", &v).is_err(), "a missing field");
        assert!(fill("{{price}}", &v).is_err(), "an unknown field");
        assert!(fill("{{what", &v).is_err());
    }

    #[test]
    fn a_service_message_needs_no_opt_in_but_respects_an_objection() {
        assert!(may_notify(Status::NeverAsked).is_ok());
        assert!(may_notify(Status::SoftOptIn).is_ok());
        assert!(may_notify(Status::OptedOut).is_err());
        assert!(may_notify(Status::Bounced).is_err());
    }
}
