//! Campaign rules: who may be contacted, who is held back to measure the
//! effect, and what the effect was.

use sha2::{Digest, Sha256};

/// Is this contact in the control group? Deterministic: the same seed
/// and contact always give the same answer, on every run and machine.
/// `pct` is the share held back, 0–100.
pub fn in_control(seed: i64, contact_id: i64, pct: u32) -> bool {
    if pct == 0 {
        return false;
    }
    let mut h = Sha256::new();
    h.update(seed.to_le_bytes());
    h.update(contact_id.to_le_bytes());
    let d = h.finalize();
    let x = u64::from_le_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]]);
    // x / 2^64 < pct / 100, in integers.
    (x as u128) * 100 < (pct as u128) << 64
}

/// Parse `10%` or `10` into a whole percentage 0–90 (holding back more
/// than 90 % would leave almost no one to contact).
pub fn parse_pct(s: &str) -> Result<u32, crate::domain::Invalid> {
    let t = s.trim().trim_end_matches('%').trim();
    let v: u32 = t.parse().map_err(|_| format!("`{s}` is not a percentage (write 10%)"))?;
    if v > 90 {
        return Err(crate::domain::Invalid(crate::i18n::Text::tr(
            "err-holdout-too-large",
            crate::targs!["value" => v.to_string()],
        )));
    }
    Ok(v)
}

/// One group's outcome after a campaign.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Outcome {
    pub people: u64,
    pub buyers: u64,
    pub revenue_cents: i64,
    /// Σ (each person's revenue)², in cents², for the spread of revenue
    /// per head (a float: it overflows an i64 for big spenders).
    pub revenue_sq: f64,
}

impl Outcome {
    pub fn rate(&self) -> f64 {
        if self.people == 0 {
            0.0
        } else {
            self.buyers as f64 / self.people as f64
        }
    }

    pub fn revenue_per_head(&self) -> f64 {
        if self.people == 0 {
            0.0
        } else {
            self.revenue_cents as f64 / self.people as f64
        }
    }
}

/// The lift in purchase rate (recipients − control) and its 95 %
/// confidence interval (normal approximation to the difference of two
/// proportions). None when a group is empty.
pub fn lift(recipients: Outcome, control: Outcome) -> Option<(f64, f64, f64)> {
    if recipients.people == 0 || control.people == 0 {
        return None;
    }
    let (p1, p0) = (recipients.rate(), control.rate());
    let se = (p1 * (1.0 - p1) / recipients.people as f64 + p0 * (1.0 - p0) / control.people as f64).sqrt();
    let d = p1 - p0;
    Some((d, d - 1.96 * se, d + 1.96 * se))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holdout_is_deterministic_and_about_the_share() {
        let n = (1..=10_000).filter(|&id| in_control(42, id, 10)).count();
        assert!((900..1100).contains(&n), "{n}");
        let a: Vec<bool> = (1..100).map(|id| in_control(42, id, 30)).collect();
        let b: Vec<bool> = (1..100).map(|id| in_control(42, id, 30)).collect();
        assert_eq!(a, b);
        let c: Vec<bool> = (1..100).map(|id| in_control(43, id, 30)).collect();
        assert_ne!(a, c);
        assert!(!(1..1000).any(|id| in_control(1, id, 0)));
    }

    #[test]
    fn percentages() {
        assert_eq!(parse_pct("10%"), Ok(10));
        assert_eq!(parse_pct(" 25 "), Ok(25));
        assert!(parse_pct("95%").is_err());
        assert!(parse_pct("ten").is_err());
    }

    #[test]
    fn lift_and_interval() {
        let r = Outcome { people: 1000, buyers: 200, ..Outcome::default() };
        let c = Outcome { people: 1000, buyers: 100, ..Outcome::default() };
        let (d, lo, hi) = lift(r, c).unwrap();
        assert!((d - 0.1).abs() < 1e-12);
        // se = sqrt(.2·.8/1000 + .1·.9/1000) = 0.01581
        assert!((lo - (0.1 - 1.96 * 0.015811)).abs() < 1e-4 && (hi - (0.1 + 1.96 * 0.015811)).abs() < 1e-4);
        assert!(lift(r, Outcome::default()).is_none());
    }
}

/// What happens to one member of a campaign's segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Send,
    Control,
    Excluded(&'static str),
}

/// What the audience decision needs to know about one member.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub has_address: bool,
    pub suppressed: bool,
    pub status: crate::domain::consent::Status,
    /// Campaigns that reached them in the pressure window.
    pub recent_sends: u32,
    pub in_control: bool,
}

/// The audience rule, in this order: no address for the channel, on the
/// suppression list, no consent for the channel, contacted too often,
/// then the control group; everyone else is sent to.
pub fn decide(m: &Member, opt_in_required: bool, max_contacts: u32) -> Decision {
    if !m.has_address {
        Decision::Excluded("no address for the channel")
    } else if m.suppressed {
        Decision::Excluded("on the suppression list")
    } else if let Err(why) = crate::domain::consent::may_contact(m.status, opt_in_required) {
        Decision::Excluded(why)
    } else if m.recent_sends >= max_contacts {
        Decision::Excluded("contacted too often")
    } else if m.in_control {
        Decision::Control
    } else {
        Decision::Send
    }
}

#[cfg(test)]
mod decision_tests {
    use super::*;
    use crate::domain::consent::Status;

    #[test]
    fn the_audience_rule_goes_in_order() {
        let ok = Member {
            has_address: true,
            suppressed: false,
            status: Status::OptedIn,
            recent_sends: 0,
            in_control: false,
        };
        assert_eq!(decide(&ok, true, 2), Decision::Send);
        assert_eq!(decide(&Member { in_control: true, ..ok }, true, 2), Decision::Control);
        assert_eq!(
            decide(&Member { recent_sends: 2, in_control: true, ..ok }, true, 2),
            Decision::Excluded("contacted too often")
        );
        let out = Member { status: Status::OptedOut, recent_sends: 5, ..ok };
        assert!(matches!(decide(&out, true, 2), Decision::Excluded(w) if w != "contacted too often"));
        assert_eq!(decide(&Member { suppressed: true, ..out }, true, 2), Decision::Excluded("on the suppression list"));
        assert_eq!(
            decide(&Member { has_address: false, suppressed: true, ..out }, true, 2),
            Decision::Excluded("no address for the channel")
        );
        assert_eq!(
            decide(&Member { status: Status::NeverAsked, ..ok }, false, 2),
            Decision::Send,
            "post needs no opt-in"
        );
    }
}
