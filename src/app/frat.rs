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
    /// The category they spent most on (ties: the first seen).
    pub main_category: Option<String>,
    /// Every category they bought, most spent first.
    pub categories: Vec<String>,
    /// Every channel they bought on, most spent first.
    pub channels: Vec<String>,
}

/// Each contact's spend per group: (group index, revenue).
type Spend = std::collections::HashMap<i64, Vec<(usize, i64)>>;

/// Per customer (in contact id order) up to `as_of`: frequency, recency,
/// amount and type of purchase.
pub fn customers(app: &App, as_of: NaiveDate) -> Result<Vec<CustomerMix>> {
    use std::collections::HashMap;
    let scored = super::scores::rfm(app.db(), &Default::default(), as_of, crate::domain::rfm::FrequencyBasis::Days)?;
    let day = to_day_number(as_of);
    // (group, revenue) per contact, for both groupings.
    let spend = |by| -> Result<(Vec<String>, Spend)> {
        let mut per: Spend = HashMap::new();
        let names = analytics::group_lines(app.db(), by, day, |l| {
            let v = per.entry(l.contact).or_default();
            match v.last_mut() {
                Some((g, r)) if *g == l.group => *r += l.amount,
                _ => v.push((l.group, l.amount)),
            }
        })?;
        Ok((names, per))
    };
    let (cat_names, mut cats) = spend(GroupBy::Category)?;
    let (ch_names, mut chans) = spend(GroupBy::Channel)?;
    let ranked = |v: Option<Vec<(usize, i64)>>, names: &[String]| -> Vec<String> {
        let mut v = v.unwrap_or_default();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|(g, _)| names[g].clone()).collect()
    };
    Ok(scored
        .into_iter()
        .map(|s| {
            let id = s.history.contact_id;
            let categories = ranked(cats.remove(&id), &cat_names);
            let channels = ranked(chans.remove(&id), &ch_names);
            CustomerMix { main_category: categories.first().cloned(), categories, channels, scored: s }
        })
        .collect())
}
