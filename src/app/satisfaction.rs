//! What customers think: record answers (one, or a form's CSV), the
//! satisfaction report by month or by saved segment, and the loyalty
//! matrix (Dick & Basu) of every customer.

use super::csv_input::{cell_error, read_error, reader, sniff_delimiter, Columns};
use super::{resolve_contact, App};
use crate::domain::campaign_economics::Estimate;
use crate::domain::dates::{from_day_number, to_day_number, SlashDates};
use crate::domain::rfm::{self, FrequencyBasis};
use crate::domain::satisfaction::{loyalty_cell, LoyaltyCell, MeanCount, NpsCount, Scale};
use crate::error::{Error, Kind, Result};
use crate::i18n::Text;
use crate::store::analytics::{self, Scope};
pub use crate::store::satisfaction::Answer;
use crate::store::satisfaction::{self, NewAnswer};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// `--about service:12`: what an answer is about. Only service requests
/// for now; the number is kept as written (the request is not checked).
pub fn parse_about(s: &str) -> std::result::Result<String, crate::domain::Invalid> {
    let t = s.trim().to_ascii_lowercase();
    match t.split_once(':') {
        Some(("service", n)) if n.trim().parse::<u64>().is_ok_and(|n| n > 0) => Ok(format!("service:{}", n.trim())),
        _ => Err(crate::domain::Invalid(Text::tr(
            "err-satisfaction-about",
            crate::targs!["value" => crate::error::echo(s)],
        ))),
    }
}

fn clean(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

pub struct NewEntry {
    pub contact: String,
    pub day: NaiveDate,
    pub scale: Scale,
    pub score: u8,
    pub about: Option<String>,
    pub comment: Option<String>,
}

pub fn add(app: &mut App, e: &NewEntry) -> Result<Answer> {
    let now = app.timestamp();
    let tx = app.store.begin()?;
    let contact_id = resolve_contact(&tx, &e.contact)?;
    let new = NewAnswer {
        contact_id,
        day: e.day,
        scale: e.scale,
        score: e.score,
        about: e.about.as_deref(),
        comment: clean(e.comment.as_deref()),
    };
    let id = satisfaction::insert(&tx, &new, &now)?;
    let a = satisfaction::get(&tx, id)?.ok_or_else(|| Error::internal("the answer just written is gone"))?;
    tx.commit()?;
    Ok(a)
}

/// `satisfaction import FILE`: a form's export, one answer a line.
pub struct Import {
    pub file: std::path::PathBuf,
    /// The scale of the file's answers, unless a `scale` column says.
    pub scale: Scale,
    pub slash_dates: SlashDates,
}

const KNOWN: &[&str] = &["contact", "date", "score", "comment", "scale", "about"];

/// Every line checked before anything is written: one bad line and
/// nothing is. Returns how many answers were recorded.
pub fn import(app: &mut App, req: &Import) -> Result<usize> {
    let bytes = super::read_file(&req.file)?;
    let label = super::file_label(&req.file);
    let (text, _) = super::csv_input::decode_whole(&bytes);
    let mut rdr = reader(sniff_delimiter(text.as_bytes()), text.as_bytes());
    let header = rdr.headers().map_err(|e| read_error(&label, e))?.clone();
    let cols = Columns::check(&label, &header, KNOWN, &[], &["contact", "date", "score"])?;
    let idx = |n: &str| cols.index(n);
    let (c_contact, c_date, c_score) =
        (idx("contact").unwrap_or(0), idx("date").unwrap_or(1), idx("score").unwrap_or(2));
    let now = app.timestamp();
    let today = app.today;
    let tx = app.store.begin()?;
    let mut n = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| read_error(&label, e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let cell = |i: usize| rec.get(i).unwrap_or("").trim();
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let bad = |col: usize, msg: Text| cell_error(&label, line, col, &cols.names[col], cell(col), msg);
        let contact_id = resolve_contact(&tx, cell(c_contact)).map_err(|e| bad(c_contact, e.text()))?;
        let day =
            crate::domain::dates::parse_day_with(cell(c_date), today, req.slash_dates).map_err(|e| bad(c_date, e.0))?;
        if day > today {
            return Err(bad(c_date, Text::tr("err-satisfaction-future", vec![])));
        }
        let scale = match idx("scale").filter(|&i| !cell(i).is_empty()) {
            Some(i) => Scale::parse(cell(i)).ok_or_else(|| bad(i, Text::tr("err-satisfaction-scale", vec![])))?,
            None => req.scale,
        };
        let score = scale.score(cell(c_score)).map_err(|e| bad(c_score, e.0))?;
        let about = match idx("about").filter(|&i| !cell(i).is_empty()) {
            Some(i) => Some(parse_about(cell(i)).map_err(|e| bad(i, e.0))?),
            None => None,
        };
        let comment = idx("comment").map(cell);
        let new = NewAnswer { contact_id, day, scale, score, about: about.as_deref(), comment: clean(comment) };
        satisfaction::insert(&tx, &new, &now)?;
        n += 1;
    }
    if n == 0 {
        return Err(Error::t(Kind::Invalid, "err-satisfaction-empty", crate::targs!["label" => label]));
    }
    tx.commit()?;
    Ok(n)
}

pub fn list(app: &App, contact: Option<&str>, since: Option<NaiveDate>, until: NaiveDate) -> Result<Vec<Answer>> {
    let id = contact.map(|c| resolve_contact(app.db(), c)).transpose()?;
    satisfaction::list(app.db(), id, since, until)
}

/// One row of the report: a month or a segment, and its answers on each scale.
#[derive(Debug, Clone, Default)]
pub struct Group {
    pub name: String,
    pub nps: NpsCount,
    pub five: MeanCount,
}

impl Group {
    fn push(&mut self, scale: Scale, score: u8) {
        match scale {
            Scale::Nps => self.nps.push(score),
            Scale::Five => self.five.push(score),
        }
    }

    pub fn nps_score(&self) -> Option<Estimate> {
        self.nps.score()
    }

    pub fn mean_score(&self) -> Option<Estimate> {
        self.five.mean()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Month,
    Segment,
}

/// The answers from `since` to `until`, grouped by month (`YYYY-MM`) or
/// by saved segment (as of `until`: one answer counts in every segment
/// its contact is in), with a last group of them all.
pub fn report(app: &App, by: By, since: NaiveDate, until: NaiveDate) -> Result<Vec<Group>> {
    let from = to_day_number(since);
    let scores: Vec<_> =
        satisfaction::scores(app.db(), to_day_number(until))?.into_iter().filter(|s| s.day >= from).collect();
    let mut all = Group { name: "all".into(), ..Group::default() };
    let mut groups: Vec<Group> = Vec::new();
    match by {
        By::Month => {
            let mut months: BTreeMap<String, Group> = BTreeMap::new();
            for s in &scores {
                let d = from_day_number(s.day).unwrap_or_default();
                let name = format!("{:04}-{:02}", d.year(), d.month());
                months.entry(name.clone()).or_insert_with(|| Group { name, ..Group::default() }).push(s.scale, s.score);
            }
            groups.extend(months.into_values());
        }
        By::Segment => {
            let saved = crate::store::segments::list(app.db())?;
            let refs: Vec<&crate::domain::segment_filter::Criteria> = saved.iter().map(|s| &s.criteria).collect();
            let members = super::scores::members(app.db(), &refs, until, app.config)?;
            for (seg, ids) in saved.iter().zip(members) {
                let mut g = Group { name: seg.name.clone(), ..Group::default() };
                for s in scores.iter().filter(|s| ids.binary_search(&s.contact_id).is_ok()) {
                    g.push(s.scale, s.score);
                }
                groups.push(g);
            }
        }
    }
    for s in &scores {
        all.push(s.scale, s.score);
    }
    groups.push(all);
    Ok(groups)
}

/// One customer in the loyalty matrix.
#[derive(Debug, Clone)]
pub struct MatrixRow {
    pub contact_id: i64,
    pub f_score: u8,
    pub frequency: u32,
    pub monetary_total: i64,
    pub latest: Option<(Scale, u8, NaiveDate)>,
    pub cell: LoyaltyCell,
}

/// Every customer (a purchase on or before `as_of`) in contact id order,
/// with their RFM frequency score (as `report rfm` gives it) and their
/// latest answer on or before `as_of`.
pub fn matrix(app: &App, as_of: NaiveDate) -> Result<Vec<MatrixRow>> {
    let until = to_day_number(as_of);
    let histories = analytics::histories(app.db(), &Scope::default(), None, until)?;
    let scored = rfm::score(&histories, until, FrequencyBasis::Days);
    let latest = satisfaction::latest(app.db(), until)?;
    Ok(cells(&scored, &latest)
        .into_iter()
        .zip(&scored)
        .map(|((cell, answer), s)| MatrixRow {
            contact_id: s.history.contact_id,
            f_score: s.f,
            frequency: s.frequency,
            monetary_total: s.monetary_total.0,
            latest: answer.map(|a| (a.scale, a.score, from_day_number(a.day).unwrap_or_default())),
            cell,
        })
        .collect())
}

/// Each scored customer's cell and latest answer; both lists in contact id order.
pub fn cells<'a>(
    scored: &[rfm::Scored],
    latest: &'a [satisfaction::Score],
) -> Vec<(LoyaltyCell, Option<&'a satisfaction::Score>)> {
    let mut j = 0;
    scored
        .iter()
        .map(|s| {
            let id = s.history.contact_id;
            while j < latest.len() && latest[j].contact_id < id {
                j += 1;
            }
            let answer = latest.get(j).filter(|a| a.contact_id == id);
            (loyalty_cell(answer.map(|a| (a.scale, a.score)), s.f), answer)
        })
        .collect()
}

/// The unhappy answers of the last `days` days up to `today` not yet
/// followed by an interaction with the person: to call back.
pub fn to_call_back(db: &crate::store::Db, today: NaiveDate, days: i64) -> Result<Vec<Answer>> {
    let from = crate::domain::dates::add_days_saturating(today, -days);
    Ok(satisfaction::not_called_back(db, from, today)?.into_iter().filter(|a| a.scale.is_unhappy(a.score)).collect())
}
