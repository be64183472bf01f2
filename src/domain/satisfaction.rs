//! What customers think: the two answer scales, the Net Promoter Score
//! and the mean score with their 95 % intervals, who to call back, and
//! the loyalty matrix (Dick & Basu, 1994): relative attitude (the latest
//! answer) against repeat patronage (the RFM frequency score).

use super::campaign_economics::{Estimate, Z95};
use crate::i18n::Text;

/// Below this many answers a figure is shown with a warning: its interval
/// is wide and a few answers move it a lot.
pub const SMALL_SAMPLE: u64 = 30;

/// The question asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    /// "How likely are you to recommend us?", 0–10.
    Nps,
    /// A 1–5 satisfaction scale (1 very unhappy, 5 very happy).
    Five,
}

impl Scale {
    /// As stored and as scripts see it.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::Nps => "nps",
            Scale::Five => "5",
        }
    }

    /// `nps`, `5` (or `1-5`, `5pts`).
    pub fn parse(s: &str) -> Option<Scale> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nps" | "0-10" => Some(Scale::Nps),
            "5" | "1-5" | "5pts" => Some(Scale::Five),
            _ => None,
        }
    }

    /// A score of this scale, or why not.
    pub fn score(self, s: &str) -> Result<u8, super::Invalid> {
        let (lo, hi) = self.range();
        match s.trim().parse::<u8>() {
            Ok(v) if (lo..=hi).contains(&v) => Ok(v),
            _ => Err(super::Invalid(Text::tr(
                "err-satisfaction-score",
                crate::targs!["value" => crate::error::echo(s), "low" => lo as u32, "high" => hi as u32, "scale" => self.as_str()],
            ))),
        }
    }

    pub fn range(self) -> (u8, u8) {
        match self {
            Scale::Nps => (0, 10),
            Scale::Five => (1, 5),
        }
    }

    /// The matrix's cut: a high relative attitude is a promoter on the
    /// NPS scale (9–10: passives are by the NPS's own definition open to
    /// a competitor's offer) and the top two boxes (4–5) on a 1–5 scale.
    pub fn is_high(self, score: u8) -> bool {
        match self {
            Scale::Nps => score >= 9,
            Scale::Five => score >= 4,
        }
    }

    /// An unhappy answer, to call back: a detractor (0–6) or 1–2 of 5.
    pub fn is_unhappy(self, score: u8) -> bool {
        match self {
            Scale::Nps => score <= 6,
            Scale::Five => score <= 2,
        }
    }
}

/// The NPS answers of a group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NpsCount {
    pub promoters: u64,
    pub passives: u64,
    pub detractors: u64,
}

impl NpsCount {
    pub fn push(&mut self, score: u8) {
        match score {
            9.. => self.promoters += 1,
            7 | 8 => self.passives += 1,
            _ => self.detractors += 1,
        }
    }

    pub fn answers(&self) -> u64 {
        self.promoters + self.passives + self.detractors
    }

    /// % promoters − % detractors (−100 to 100), with its 95 % interval:
    /// each answer is +1, 0 or −1, so the variance of the mean is
    /// (p + d − (p − d)²) / n. None without answers.
    pub fn score(&self) -> Option<Estimate> {
        let n = self.answers();
        if n == 0 {
            return None;
        }
        let n = n as f64;
        let (p, d) = (self.promoters as f64 / n, self.detractors as f64 / n);
        let nps = p - d;
        let se = ((p + d - nps * nps).max(0.0) / n).sqrt();
        let clamp = |x: f64| (x * 100.0).clamp(-100.0, 100.0);
        Some(Estimate { value: nps * 100.0, low: clamp(nps - Z95 * se), high: clamp(nps + Z95 * se) })
    }
}

/// The 1–5 answers of a group.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MeanCount {
    pub answers: u64,
    sum: f64,
    sum_sq: f64,
}

impl MeanCount {
    pub fn push(&mut self, score: u8) {
        self.answers += 1;
        self.sum += score as f64;
        self.sum_sq += (score as f64) * (score as f64);
    }

    /// The mean score with its 95 % interval (normal, from the sample's
    /// standard deviation), kept within 1–5. None without answers; with
    /// one answer the interval is the whole scale.
    pub fn mean(&self) -> Option<Estimate> {
        if self.answers == 0 {
            return None;
        }
        let n = self.answers as f64;
        let mean = self.sum / n;
        if self.answers < 2 {
            return Some(Estimate { value: mean, low: 1.0, high: 5.0 });
        }
        let var = ((self.sum_sq - n * mean * mean) / (n - 1.0)).max(0.0);
        let half = Z95 * (var / n).sqrt();
        Some(Estimate { value: mean, low: (mean - half).max(1.0), high: (mean + half).min(5.0) })
    }
}

/// A cell of the loyalty matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LoyaltyCell {
    /// Likes you and comes often.
    True,
    /// Likes you, comes rarely.
    Latent,
    /// Comes often, does not like you.
    Spurious,
    /// Neither.
    None,
    /// Never answered: not guessed.
    NoAnswer,
}

impl LoyaltyCell {
    pub const ALL: [LoyaltyCell; 5] =
        [LoyaltyCell::True, LoyaltyCell::Latent, LoyaltyCell::Spurious, LoyaltyCell::None, LoyaltyCell::NoAnswer];

    /// The value scripts see, in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            LoyaltyCell::True => "true",
            LoyaltyCell::Latent => "latent",
            LoyaltyCell::Spurious => "spurious",
            LoyaltyCell::None => "none",
            LoyaltyCell::NoAnswer => "no_answer",
        }
    }

    /// `true`, `latent`, `spurious`, `none`, `no_answer` (or `no-answer`).
    pub fn parse(s: &str) -> Option<LoyaltyCell> {
        let k = s.trim().to_ascii_lowercase().replace('-', "_");
        LoyaltyCell::ALL.into_iter().find(|c| c.as_str() == k)
    }

    /// Dick & Basu's advice, in English (the tables say it in their language).
    pub fn advice(self) -> &'static str {
        match self {
            LoyaltyCell::True => "keep them: thank them, ask for referrals and reviews",
            LoyaltyCell::Latent => "they like you but come rarely: give them reasons to come (events, reminders)",
            LoyaltyCell::Spurious => {
                "they come but are not attached: at risk the day a competitor opens; ask what to improve"
            }
            LoyaltyCell::None => "neither attached nor regular: low-cost contact only",
            LoyaltyCell::NoAnswer => "ask them: a short survey after their next visit",
        }
    }
}

/// The matrix's repeat-patronage cut: an RFM frequency score of 4 or 5
/// (the top two fifths of customers by visits) is high.
pub const HIGH_FREQUENCY_SCORE: u8 = 4;

/// The cell of a customer from their latest answer (None: never answered)
/// and their RFM frequency score.
pub fn loyalty_cell(latest: Option<(Scale, u8)>, f_score: u8) -> LoyaltyCell {
    let Some((scale, score)) = latest else { return LoyaltyCell::NoAnswer };
    match (scale.is_high(score), f_score >= HIGH_FREQUENCY_SCORE) {
        (true, true) => LoyaltyCell::True,
        (true, false) => LoyaltyCell::Latent,
        (false, true) => LoyaltyCell::Spurious,
        (false, false) => LoyaltyCell::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_read_and_check_their_scores() {
        assert_eq!(Scale::parse("NPS"), Some(Scale::Nps));
        assert_eq!(Scale::parse("1-5"), Some(Scale::Five));
        assert_eq!(Scale::parse("7"), None);
        assert_eq!(Scale::Nps.score("0"), Ok(0));
        assert_eq!(Scale::Nps.score(" 10 "), Ok(10));
        assert!(Scale::Nps.score("11").is_err());
        assert!(Scale::Five.score("0").is_err());
        assert!(Scale::Five.score("4.5").is_err());
        assert_eq!(Scale::Five.score("5"), Ok(5));
    }

    #[test]
    fn the_cuts() {
        assert!(Scale::Nps.is_high(9) && !Scale::Nps.is_high(8));
        assert!(Scale::Five.is_high(4) && !Scale::Five.is_high(3));
        assert!(Scale::Nps.is_unhappy(6) && !Scale::Nps.is_unhappy(7));
        assert!(Scale::Five.is_unhappy(2) && !Scale::Five.is_unhappy(3));
    }

    #[test]
    fn nps_is_promoters_less_detractors_with_its_interval() {
        let mut c = NpsCount::default();
        // 5 promoters, 3 passives, 2 detractors: 50 % − 20 % = 30.
        for s in [10, 9, 9, 10, 9, 8, 7, 7, 3, 6] {
            c.push(s);
        }
        assert_eq!((c.promoters, c.passives, c.detractors, c.answers()), (5, 3, 2, 10));
        let e = c.score().unwrap();
        assert!((e.value - 30.0).abs() < 1e-9);
        // var = (0.5 + 0.2 − 0.09) / 10 = 0.061; ± 1.96 × 0.24698 = ± 48.41 points.
        assert!((e.low - (30.0 - 48.408)).abs() < 0.01, "{}", e.low);
        assert!((e.high - (30.0 + 48.408)).abs() < 0.01, "{}", e.high);
        assert_eq!(NpsCount::default().score(), None);
        // All promoters: 100, and the interval cannot pass 100.
        let mut all = NpsCount::default();
        all.push(10);
        let e = all.score().unwrap();
        assert_eq!((e.value, e.low, e.high), (100.0, 100.0, 100.0));
    }

    #[test]
    fn mean_and_its_interval() {
        let mut m = MeanCount::default();
        for s in [4, 5, 3, 4] {
            m.push(s);
        }
        let e = m.mean().unwrap();
        assert!((e.value - 4.0).abs() < 1e-12);
        // sd = sqrt(2/3) = 0.8165; ± 1.96 × 0.8165 / 2 = ± 0.8002.
        assert!((e.low - 3.1998).abs() < 1e-3 && (e.high - 4.8002).abs() < 1e-3, "{e:?}");
        let mut one = MeanCount::default();
        one.push(2);
        assert_eq!(one.mean(), Some(Estimate { value: 2.0, low: 1.0, high: 5.0 }));
        assert_eq!(MeanCount::default().mean(), None);
    }

    #[test]
    fn the_matrix_cells() {
        assert_eq!(loyalty_cell(Some((Scale::Nps, 9)), 4), LoyaltyCell::True);
        assert_eq!(loyalty_cell(Some((Scale::Nps, 10)), 3), LoyaltyCell::Latent);
        assert_eq!(loyalty_cell(Some((Scale::Nps, 8)), 5), LoyaltyCell::Spurious);
        assert_eq!(loyalty_cell(Some((Scale::Five, 3)), 1), LoyaltyCell::None);
        assert_eq!(loyalty_cell(Some((Scale::Five, 4)), 4), LoyaltyCell::True);
        assert_eq!(loyalty_cell(None, 5), LoyaltyCell::NoAnswer);
        assert_eq!(LoyaltyCell::parse("No-Answer"), Some(LoyaltyCell::NoAnswer));
        assert_eq!(LoyaltyCell::parse("latent"), Some(LoyaltyCell::Latent));
        assert_eq!(LoyaltyCell::parse("great"), None);
    }
}
