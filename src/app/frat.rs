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

/// One customer's FRAT view: their RFM figures, and what and where they
/// buy (see [`Mixes::categories_of`] and [`Mixes::channels_of`]).
pub struct CustomerMix {
    pub scored: crate::domain::rfm::Scored,
    /// Where their lists start in [`Mixes`]' arena, and their lengths.
    start: u32,
    n_categories: u32,
    n_channels: u32,
}

/// Every customer's mix, with the names the indexes stand for. The lists
/// of a million customers sit in one arena, not in two million vectors.
pub struct Mixes {
    pub rows: Vec<CustomerMix>,
    arena: Vec<u32>,
    pub categories: Vec<String>,
    pub channels: Vec<String>,
}

impl Mixes {
    /// Every category they bought (index into `categories`), most spent
    /// first: the first is their main category.
    pub fn categories_of(&self, m: &CustomerMix) -> &[u32] {
        let s = m.start as usize;
        &self.arena[s..s + m.n_categories as usize]
    }

    /// Every channel they bought on (index into `channels`), most spent first.
    pub fn channels_of(&self, m: &CustomerMix) -> &[u32] {
        let s = m.start as usize + m.n_categories as usize;
        &self.arena[s..s + m.n_channels as usize]
    }
}

/// Append a contact's groups to the arena, most spent first (ties by
/// index); returns how many.
fn push_ranked(arena: &mut Vec<u32>, spend: &mut Vec<(u32, i64)>) -> u32 {
    spend.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    arena.extend(spend.iter().map(|&(g, _)| g));
    let n = spend.len() as u32;
    spend.clear();
    n
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
/// and the mix.
pub fn customers(app: &App, as_of: NaiveDate) -> Result<Mixes> {
    let mut histories = crate::domain::rfm::Histories::default();
    // (contact, start, categories, channels) per contact, in the scan's order.
    let mut spans: Vec<(i64, u32, u32, u32)> = Vec::new();
    let mut arena: Vec<u32> = Vec::new();
    let mut cats: Vec<(u32, i64)> = Vec::new();
    let mut chans: Vec<(u32, i64)> = Vec::new();
    let mut current: Option<i64> = None;
    let mut close = |contact: i64, arena: &mut Vec<u32>, cats: &mut Vec<(u32, i64)>, chans: &mut Vec<(u32, i64)>| {
        let start = arena.len() as u32;
        let n_cat = push_ranked(arena, cats);
        let n_ch = push_ranked(arena, chans);
        spans.push((contact, start, n_cat, n_ch));
    };
    let (categories, channels) = analytics::mix_lines(app.db(), to_day_number(as_of), |l| {
        if let Some(c) = current.filter(|&c| c != l.contact) {
            close(c, &mut arena, &mut cats, &mut chans);
        }
        current = Some(l.contact);
        histories.push(l.contact, l.day, l.amount);
        add(&mut cats, l.category, l.amount);
        add(&mut chans, l.channel, l.amount);
    })?;
    if let Some(c) = current {
        close(c, &mut arena, &mut cats, &mut chans);
    }
    let scored =
        crate::domain::rfm::score(&histories.finish(), to_day_number(as_of), crate::domain::rfm::FrequencyBasis::Days);
    let mut spans = spans.into_iter().peekable();
    let rows = scored
        .into_iter()
        .map(|s| {
            let id = s.history.contact_id;
            while spans.peek().is_some_and(|m| m.0 < id) {
                spans.next();
            }
            let (start, n_categories, n_channels) = match spans.peek() {
                Some(&(c, start, a, b)) if c == id => (start, a, b),
                _ => (0, 0, 0),
            };
            CustomerMix { scored: s, start, n_categories, n_channels }
        })
        .collect();
    Ok(Mixes { rows, arena, categories, channels })
}
