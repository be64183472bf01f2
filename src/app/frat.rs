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
