//! What customers buy and where: `report categories` and `report channels`.

use super::App;
use crate::domain::dates::to_day_number;
use crate::domain::frat::{cross_buying, customers_in_several, Accumulator, GroupStats, Pair};
use crate::error::Result;
use crate::store::analytics::{self, GroupBy};
use chrono::NaiveDate;

/// Per group (category or channel): its name and figures.
pub struct Groups {
    pub names: Vec<String>,
    pub stats: Vec<GroupStats>,
    /// Revenue of all the groups together, for each one's share.
    pub revenue: i64,
    /// Categories bought together, strongest lift first (categories only).
    pub pairs: Vec<Pair>,
    /// Customers who bought in two groups or more.
    pub in_several: u64,
}

/// The figures per category (or channel) of the purchases up to `as_of`.
pub fn groups(app: &App, by: GroupBy, as_of: NaiveDate) -> Result<Groups> {
    let day = to_day_number(as_of);
    let mut acc = Accumulator::new(day);
    let names = analytics::group_lines(app.db(), by, day, |l| acc.push(l))?;
    let (mut stats, bought) = acc.finish();
    stats.resize(names.len(), GroupStats::default());
    let revenue = stats.iter().map(|s| s.revenue).sum();
    let pairs = if by == GroupBy::Category { cross_buying(&bought, names.len()) } else { Vec::new() };
    Ok(Groups { names, stats, revenue, pairs, in_several: customers_in_several(&bought) })
}

/// One customer's FRAT view: their RFM figures, and what and where they buy.
pub struct CustomerMix {
    pub scored: crate::domain::rfm::Scored,
    /// Every category they bought (index into [`Mixes::categories`]), most
    /// spent first; the first is their main category.
    pub categories: Vec<u32>,
    /// Every channel they bought on (index into [`Mixes::channels`]), most spent first.
    pub channels: Vec<u32>,
}

/// Every customer's mix, with the names the indexes stand for.
pub struct Mixes {
    pub rows: Vec<CustomerMix>,
    pub categories: Vec<String>,
    pub channels: Vec<String>,
}

/// Per group index, a contact's spend, ranked: most spent first, ties by index.
fn ranked(mut spend: Vec<(u32, i64)>) -> Vec<u32> {
    spend.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    spend.into_iter().map(|(g, _)| g).collect()
}

fn add(spend: &mut Vec<(u32, i64)>, group: Option<usize>, amount: i64) {
    if let Some(g) = group {
        let g = g as u32;
        match spend.iter_mut().find(|(x, _)| *x == g) {
            Some((_, r)) => *r += amount,
            None => spend.push((g, amount)),
        }
    }
}

/// Per customer (in contact id order) up to `as_of`: frequency, recency,
/// amount and type of purchase. One scan gives both the histories scored
/// and the mix: nothing per customer but a history and two short lists.
pub fn customers(app: &App, as_of: NaiveDate) -> Result<Mixes> {
    let mut histories = crate::domain::rfm::Histories::default();
    let mut mixes: Vec<(i64, Vec<u32>, Vec<u32>)> = Vec::new();
    let (mut cats, mut chans): (Vec<(u32, i64)>, Vec<(u32, i64)>) = (Vec::new(), Vec::new());
    let mut current: Option<i64> = None;
    let (categories, channels) = analytics::mix_lines(app.db(), to_day_number(as_of), |l| {
        if current.is_some_and(|c| c != l.contact) {
            mixes.push((
                current.unwrap_or_default(),
                ranked(std::mem::take(&mut cats)),
                ranked(std::mem::take(&mut chans)),
            ));
        }
        current = Some(l.contact);
        histories.push(l.contact, l.day, l.amount);
        add(&mut cats, l.category, l.amount);
        add(&mut chans, l.channel, l.amount);
    })?;
    if let Some(c) = current {
        mixes.push((c, ranked(cats), ranked(chans)));
    }
    let scored =
        crate::domain::rfm::score(&histories.finish(), to_day_number(as_of), crate::domain::rfm::FrequencyBasis::Days);
    let mut mixes = mixes.into_iter().peekable();
    let rows = scored
        .into_iter()
        .map(|s| {
            let id = s.history.contact_id;
            while mixes.peek().is_some_and(|m| m.0 < id) {
                mixes.next();
            }
            let (categories, channels) = match mixes.peek() {
                Some(m) if m.0 == id => mixes.next().map(|m| (m.1, m.2)).unwrap_or_default(),
                _ => (Vec::new(), Vec::new()),
            };
            CustomerMix { scored: s, categories, channels }
        })
        .collect();
    Ok(Mixes { rows, categories, channels })
}
