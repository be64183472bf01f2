//! Consent: the current status of a person on a channel is derived from
//! the append-only history, never stored. A withdrawal always wins over
//! anything before it (and over a grant on the same day); only a later
//! explicit grant restores consent.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Sms,
    Phone,
    Post,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Email, Channel::Sms, Channel::Phone, Channel::Post];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Phone => "phone",
            Channel::Post => "post",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Grant,
    Withdraw,
    SoftOptIn,
    Bounce,
    Complaint,
    Void,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Grant => "grant",
            Action::Withdraw => "withdraw",
            Action::SoftOptIn => "soft_opt_in",
            Action::Bounce => "bounce",
            Action::Complaint => "complaint",
            Action::Void => "void",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        [Action::Grant, Action::Withdraw, Action::SoftOptIn, Action::Bounce, Action::Complaint, Action::Void]
            .into_iter()
            .find(|a| a.as_str() == s.trim().replace('-', "_"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Method {
    #[serde(rename = "paper-form")]
    #[value(name = "paper-form")]
    PaperForm,
    #[serde(rename = "in-person")]
    #[value(name = "in-person")]
    InPerson,
    #[serde(rename = "web-form")]
    #[value(name = "web-form")]
    WebForm,
    #[serde(rename = "email-reply")]
    #[value(name = "email-reply")]
    EmailReply,
    #[serde(rename = "phone")]
    Phone,
    #[serde(rename = "import")]
    Import,
}

impl Method {
    pub const ALL: [Method; 6] =
        [Method::PaperForm, Method::InPerson, Method::WebForm, Method::EmailReply, Method::Phone, Method::Import];

    pub fn as_str(self) -> &'static str {
        match self {
            Method::PaperForm => "paper-form",
            Method::InPerson => "in-person",
            Method::WebForm => "web-form",
            Method::EmailReply => "email-reply",
            Method::Phone => "phone",
            Method::Import => "import",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == s.trim())
    }
}

/// The status of one person on one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NeverAsked,
    OptedIn,
    SoftOptIn,
    OptedOut,
    Bounced,
}

impl Status {
    pub const ALL: [Status; 5] =
        [Status::OptedIn, Status::SoftOptIn, Status::NeverAsked, Status::OptedOut, Status::Bounced];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NeverAsked => "never_asked",
            Status::OptedIn => "opted_in",
            Status::SoftOptIn => "soft_opt_in",
            Status::OptedOut => "opted_out",
            Status::Bounced => "bounced",
        }
    }
}

/// One event as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub action: Action,
    /// `YYYY-MM-DD`: when it happened, which orders the history.
    pub occurred_on: String,
    pub voids: Option<i64>,
}

/// The current status from a channel's events (any order).
pub fn status(events: &[Event]) -> Status {
    let voided: Vec<i64> = events.iter().filter(|e| e.action == Action::Void).filter_map(|e| e.voids).collect();
    let mut live: Vec<&Event> = events.iter().filter(|e| e.action != Action::Void && !voided.contains(&e.id)).collect();
    // By day; on the same day a withdrawal (or complaint) comes last, so it wins.
    let rank = |a: Action| matches!(a, Action::Withdraw | Action::Complaint) as u8;
    live.sort_by(|a, b| (&a.occurred_on, rank(a.action), a.id).cmp(&(&b.occurred_on, rank(b.action), b.id)));
    let mut s = Status::NeverAsked;
    for e in live {
        s = match (e.action, s) {
            (Action::Grant, _) => Status::OptedIn,
            (Action::Withdraw | Action::Complaint, _) => Status::OptedOut,
            // A soft opt-in notice never overrides an objection.
            (Action::SoftOptIn, Status::OptedOut) => Status::OptedOut,
            (Action::SoftOptIn, Status::OptedIn) => Status::OptedIn,
            (Action::SoftOptIn, _) => Status::SoftOptIn,
            (Action::Bounce, Status::OptedOut) => Status::OptedOut,
            (Action::Bounce, _) => Status::Bounced,
            (Action::Void, s) => s,
        };
    }
    s
}

/// Which rule a channel follows: opt-in channels (email and SMS by
/// default) need a grant or a recorded soft opt-in; the others only need
/// that the person has not objected.
pub fn may_contact(status: Status, opt_in_required: bool) -> Result<(), &'static str> {
    match status {
        Status::OptedOut => Err("opted out"),
        Status::Bounced => Err("address bounced"),
        Status::NeverAsked if opt_in_required => Err("no opt-in for this channel"),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(id: i64, action: Action, day: &str) -> Event {
        Event { id, action, occurred_on: day.into(), voids: None }
    }

    #[test]
    fn the_latest_event_decides() {
        use Action::*;
        assert_eq!(status(&[]), Status::NeverAsked);
        assert_eq!(status(&[e(1, Grant, "2024-01-01")]), Status::OptedIn);
        assert_eq!(status(&[e(1, Grant, "2024-01-01"), e(2, Withdraw, "2024-02-01")]), Status::OptedOut);
        assert_eq!(status(&[e(1, Withdraw, "2024-02-01"), e(2, Grant, "2024-03-01")]), Status::OptedIn);
    }

    #[test]
    fn a_withdrawal_always_wins() {
        use Action::*;
        // A paper form signed before the withdrawal, recorded after it.
        assert_eq!(status(&[e(1, Withdraw, "2024-02-01"), e(2, Grant, "2024-01-15")]), Status::OptedOut);
        // The same day: the withdrawal wins whatever the order of recording.
        assert_eq!(status(&[e(1, Withdraw, "2024-02-01"), e(2, Grant, "2024-02-01")]), Status::OptedOut);
        assert_eq!(status(&[e(1, SoftOptIn, "2024-01-01"), e(2, Complaint, "2024-01-02")]), Status::OptedOut);
        // A soft opt-in notice after an objection does not restore anything.
        assert_eq!(status(&[e(1, Withdraw, "2024-01-01"), e(2, SoftOptIn, "2024-03-01")]), Status::OptedOut);
    }

    #[test]
    fn voids_and_bounces() {
        use Action::*;
        let void = Event { id: 3, action: Void, occurred_on: "2024-03-01".into(), voids: Some(2) };
        assert_eq!(status(&[e(1, Grant, "2024-01-01"), e(2, Withdraw, "2024-02-01"), void]), Status::OptedIn);
        assert_eq!(status(&[e(1, Grant, "2024-01-01"), e(2, Bounce, "2024-02-01")]), Status::Bounced);
        assert_eq!(status(&[e(1, Bounce, "2024-01-01"), e(2, Grant, "2024-02-01")]), Status::OptedIn);
        assert_eq!(status(&[e(1, SoftOptIn, "2024-01-01")]), Status::SoftOptIn);
    }

    #[test]
    fn channel_rules() {
        assert!(may_contact(Status::NeverAsked, true).is_err());
        assert!(may_contact(Status::NeverAsked, false).is_ok());
        assert!(may_contact(Status::SoftOptIn, true).is_ok());
        assert!(may_contact(Status::OptedOut, false).is_err());
        assert!(may_contact(Status::Bounced, true).is_err());
        assert_eq!(Method::parse("paper-form"), Some(Method::PaperForm));
        assert_eq!(Action::parse("soft-opt-in"), Some(Action::SoftOptIn));
        assert_eq!(Channel::parse("SMS"), Some(Channel::Sms));
    }
}

/// What a grant must carry to be provable: how it was given and the
/// wording agreed to. The same rule for the command line and for imports.
pub fn check_grant(method: Option<Method>, has_wording: bool) -> Result<Method, crate::i18n::Text> {
    match (method, has_wording) {
        (Some(m), true) => Ok(m),
        (None, _) => Err(crate::i18n::Text::tr("why-grant-method", vec![])),
        (Some(_), false) => Err(crate::i18n::Text::tr("why-grant-wording", vec![])),
    }
}

/// An event is recorded on the day it happened, never ahead: a grant
/// dated in the future would count as consent today.
pub fn check_day(on: chrono::NaiveDate, today: chrono::NaiveDate) -> Result<(), crate::i18n::Text> {
    if on > today {
        return Err(crate::i18n::Text::tr("err-in-the-future", crate::targs!["day" => on.to_string()]));
    }
    Ok(())
}

#[cfg(test)]
mod rule_tests {
    use super::*;

    #[test]
    fn a_grant_needs_method_and_wording() {
        assert_eq!(check_grant(Some(Method::PaperForm), true), Ok(Method::PaperForm));
        assert!(check_grant(None, true).is_err());
        assert!(check_grant(Some(Method::PaperForm), false).is_err());
        let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert!(check_day(d("2024-01-02"), d("2024-01-01")).is_err());
        assert!(check_day(d("2024-01-01"), d("2024-01-01")).is_ok());
    }
}
