//! Deals and their stages: the rules, apart from where deals are kept.

use super::money::Cents;
use serde::{Deserialize, Serialize};

/// An open stage and the chance a deal there is won, in percent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub name: String,
    pub probability: u8,
}

pub const WON: &str = "won";
pub const LOST: &str = "lost";

/// The chance, in percent, that a deal in `stage` is won: 100 once won,
/// 0 once lost, the configured figure for an open stage, `None` for a
/// stage no longer configured.
pub fn probability(stages: &[Stage], stage: &str) -> Option<u8> {
    match stage {
        WON => Some(100),
        LOST => Some(0),
        s => find_stage(stages, s).map(|s| s.probability),
    }
}

/// The lifecycle of a deal: a closed deal (won or lost) stays closed.
pub fn check_open(id: i64, title: &str, stage: &str, closed: bool) -> Result<(), crate::domain::Invalid> {
    if closed {
        return Err(crate::domain::Invalid(crate::i18n::Text::tr(
            "err-deal-already",
            crate::targs!["id" => id, "title" => title, "stage" => stage],
        )));
    }
    Ok(())
}

/// Where `deal move` may go: an open stage; won and lost have their own
/// commands (they close the deal).
pub fn move_target<'s>(stages: &'s [Stage], id: i64, name: &str) -> Result<&'s Stage, crate::domain::Invalid> {
    if name.eq_ignore_ascii_case(WON) || name.eq_ignore_ascii_case(LOST) {
        return Err(crate::domain::Invalid(crate::i18n::Text::tr(
            "err-close-with",
            crate::targs!["verb" => name.to_lowercase(), "id" => id],
        )));
    }
    find_stage(stages, name).ok_or_else(|| format!("`{name}` is not a stage").into())
}

pub fn default_stages() -> Vec<Stage> {
    [("lead", 10), ("qualified", 25), ("proposal", 50), ("negotiation", 75)]
        .into_iter()
        .map(|(name, probability)| Stage { name: name.into(), probability })
        .collect()
}

/// Check a configured list: names unique, not `won`/`lost`, 0–100 %.
pub fn check_stages(stages: &[Stage]) -> Result<(), crate::domain::Invalid> {
    if stages.is_empty() {
        return Err(crate::domain::Invalid(crate::i18n::Text::tr("err-stages-none", vec![])));
    }
    for (i, s) in stages.iter().enumerate() {
        let n = s.name.trim().to_lowercase();
        if n.is_empty() || n == WON || n == LOST {
            return Err(crate::domain::Invalid(crate::i18n::Text::tr(
                "err-stage-builtin",
                crate::targs!["name" => s.name.as_str()],
            )));
        }
        if s.probability > 100 {
            return Err(crate::domain::Invalid(crate::i18n::Text::tr(
                "err-stage-probability",
                crate::targs!["name" => s.name.as_str(), "value" => s.probability.to_string()],
            )));
        }
        if stages[..i].iter().any(|o| o.name.eq_ignore_ascii_case(&s.name)) {
            return Err(crate::domain::Invalid(crate::i18n::Text::tr(
                "err-stage-twice",
                crate::targs!["name" => s.name.as_str()],
            )));
        }
    }
    Ok(())
}

/// The stage a user named, as configured; `won` and `lost` are not
/// stages one moves to (use `deal won` / `deal lost`).
pub fn find_stage<'a>(stages: &'a [Stage], name: &str) -> Option<&'a Stage> {
    stages.iter().find(|s| s.name.eq_ignore_ascii_case(name.trim()))
}

/// The amount weighted by the chance of winning, rounded to the cent.
pub fn weighted(amount: Cents, probability: u8) -> Cents {
    let x = amount.0 as i128 * probability as i128;
    Cents(((x + if x >= 0 { 50 } else { -50 }) / 100) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_checked() {
        assert!(check_stages(&default_stages()).is_ok());
        let s = |n: &str, p| Stage { name: n.into(), probability: p };
        assert!(check_stages(&[]).is_err());
        assert!(check_stages(&[s("won", 100)]).is_err());
        assert!(check_stages(&[s("a", 101)]).is_err());
        assert!(check_stages(&[s("a", 1), s("A", 2)]).is_err());
        assert_eq!(find_stage(&default_stages(), "Proposal").unwrap().probability, 50);
        assert!(find_stage(&default_stages(), "won").is_none());
    }

    #[test]
    fn weighting_rounds_to_the_cent() {
        assert_eq!(weighted(Cents(100000), 25), Cents(25000));
        assert_eq!(weighted(Cents(333), 50), Cents(167));
        assert_eq!(weighted(Cents(-333), 50), Cents(-167));
        assert_eq!(weighted(Cents(999), 0), Cents(0));
    }
}
