//! How satisfaction answers, the satisfaction report, the loyalty matrix
//! and the loyalty card are shown. Field names are the documented
//! interface and stay English in every language.

use crate::app::satisfaction::{Answer, Group};
use crate::domain::campaign_economics::Estimate;
use crate::domain::money::Cents;
use crate::domain::satisfaction::{LoyaltyCell, SMALL_SAMPLE};
use crate::output::{Cells, ToCell};
use chrono::NaiveDate;

impl ToCell for LoyaltyCell {
    fn cell(&self, c: &Cells) -> String {
        c.named("loyalty", self.as_str())
    }
}

crate::record! {
    pub struct AnswerRow {
        pub id: i64,
        pub contact_id: i64,
        pub contact_name: String,
        pub date: NaiveDate,
        pub scale: &'static str,
        pub score: u8,
        pub about: Option<String>,
        pub comment: Option<String>,
    }
    numeric: [id, contact_id, score]
}

impl From<Answer> for AnswerRow {
    fn from(a: Answer) -> Self {
        AnswerRow {
            id: a.id,
            contact_id: a.contact_id,
            contact_name: a.contact_name,
            date: a.day,
            scale: a.scale.as_str(),
            score: a.score,
            about: a.about,
            comment: a.comment,
        }
    }
}

fn r1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn r2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

crate::record! {
    /// One month (or segment) of the satisfaction report. `nps` is
    /// % promoters − % detractors; `mean_score` the 1–5 mean; each with
    /// its 95 % interval; `small_sample` when either rests on fewer than
    /// 30 answers.
    pub struct SatisfactionRow {
        pub group: String,
        pub nps_answers: u64,
        pub promoters: u64,
        pub passives: u64,
        pub detractors: u64,
        pub nps: Option<f64>,
        pub nps_low: Option<f64>,
        pub nps_high: Option<f64>,
        pub scale5_answers: u64,
        pub mean_score: Option<f64>,
        pub mean_low: Option<f64>,
        pub mean_high: Option<f64>,
        pub small_sample: bool,
    }
    numeric: [nps_answers, promoters, passives, detractors, nps, nps_low, nps_high, scale5_answers, mean_score,
              mean_low, mean_high]
}

impl From<&Group> for SatisfactionRow {
    fn from(g: &Group) -> Self {
        let nps = g.nps_score();
        let mean = g.mean_score();
        let small = |n: u64| n > 0 && n < SMALL_SAMPLE;
        SatisfactionRow {
            group: g.name.clone(),
            nps_answers: g.nps.answers(),
            promoters: g.nps.promoters,
            passives: g.nps.passives,
            detractors: g.nps.detractors,
            nps: nps.map(|e| r1(e.value)),
            nps_low: nps.map(|e| r1(e.low)),
            nps_high: nps.map(|e| r1(e.high)),
            scale5_answers: g.five.answers,
            mean_score: mean.map(|e| r2(e.value)),
            mean_low: mean.map(|e| r2(e.low)),
            mean_high: mean.map(|e| r2(e.high)),
            small_sample: small(g.nps.answers()) || small(g.five.answers),
        }
    }
}

/// `30 (−18 to 78), 10 answers: too few to tell` as a table cell.
pub fn figure(lang: crate::i18n::Lang, e: Option<Estimate>, answers: u64, decimals: usize) -> String {
    let Some(e) = e else { return String::new() };
    let n = |x: f64| crate::i18n::decimal(lang, format!("{x:.decimals$}"));
    let mut s = crate::i18n::tr_args(
        lang,
        "satisfaction-figure",
        &[
            ("value", n(e.value).into()),
            ("low", n(e.low).into()),
            ("high", n(e.high).into()),
            ("count", answers.into()),
        ],
    );
    if answers < SMALL_SAMPLE {
        s.push_str(&crate::i18n::tr(lang, "satisfaction-small"));
    }
    s
}

crate::record! {
    /// One cell of the loyalty matrix.
    pub struct MatrixCellRow {
        pub cell: LoyaltyCell,
        pub customers: u64,
        pub share_customers: f64,
        pub revenue: Cents,
        pub share_revenue: f64,
        pub advice: &'static str,
    }
    numeric: [customers, share_customers, revenue, share_revenue]
}

crate::record! {
    /// One customer of the loyalty matrix.
    pub struct MatrixCustomerRow<'a> {
        pub contact_id: i64,
        pub r#ref: Option<&'a str>,
        pub name: &'a str,
        pub frequency: u32,
        pub f_score: u8,
        pub monetary_total: Cents,
        pub last_answer: Option<NaiveDate>,
        pub scale: Option<&'static str>,
        pub score: Option<u8>,
        pub cell: LoyaltyCell,
    }
    numeric: [contact_id, frequency, f_score, monetary_total, score]
}

/// A history line's kind: English for scripts, the run's language in a table.
#[derive(Debug, Clone, Copy, serde::Serialize)]
#[serde(transparent)]
pub struct ChangeWord(pub &'static str);

impl ToCell for ChangeWord {
    fn cell(&self, c: &Cells) -> String {
        c.value_word("loyalty-change", self.0).unwrap_or_else(|| self.0.to_string())
    }
}

crate::record! {
    /// One line of a member's loyalty history.
    pub struct LoyaltyLineRow {
        pub date: NaiveDate,
        /// earned, refund, redeemed or expired.
        pub change: ChangeWord,
        pub points: i64,
        pub balance: i64,
        pub purchase_id: Option<i64>,
        pub redemption_id: Option<i64>,
        pub reward: Option<String>,
    }
    numeric: [points, balance, purchase_id, redemption_id]
}

crate::record! {
    /// A member's card after a command (join, redeem) or in `contact show`.
    pub struct LoyaltyCardRow {
        pub contact_id: i64,
        pub joined: NaiveDate,
        pub balance: i64,
        pub next_reward: Option<String>,
        pub points_to_next: Option<i64>,
        pub rewards_available: String,
    }
    numeric: [contact_id, balance, points_to_next]
}

impl From<&crate::app::loyalty::Card> for LoyaltyCardRow {
    fn from(c: &crate::app::loyalty::Card) -> Self {
        LoyaltyCardRow {
            contact_id: c.contact_id,
            joined: c.joined,
            balance: c.balance,
            next_reward: c.next.as_ref().map(|(r, _)| r.name.clone()),
            points_to_next: c.next.as_ref().map(|(_, n)| *n),
            rewards_available: c.affordable.iter().map(|r| r.name.as_str()).collect::<Vec<_>>().join(";"),
        }
    }
}

crate::record! {
    /// `report loyalty`: one figure a row, so a script reads each by name.
    pub struct LoyaltyFigureRow {
        pub figure: String,
        pub value: Option<f64>,
        pub low: Option<f64>,
        pub high: Option<f64>,
        pub count: Option<u64>,
    }
    numeric: [value, low, high, count]
}
