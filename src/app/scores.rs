//! The analytics every report, segment and contact card shares: one scan,
//! scored once, labelled with names when a listing needs them.

use crate::domain::dates::to_day_number;
use crate::domain::rfm::{self, FrequencyBasis, Scored};
use crate::domain::satisfaction::LoyaltyCell;
use crate::domain::segment_filter::{Criteria, Profile};
use crate::domain::value_matrix::{self, Cell, Matrix, Point};
use crate::error::Result;
use crate::store::analytics::{self, Scope};
use crate::store::Db;
use chrono::NaiveDate;

/// Every customer's RFM scores as of a day, in contact id order, over
/// the purchases in `scope`.
pub fn rfm(db: &Db, scope: &Scope, as_of: NaiveDate, basis: FrequencyBasis) -> Result<Vec<Scored>> {
    let until = to_day_number(as_of);
    let histories = analytics::histories(db, scope, None, until)?;
    Ok(rfm::score(&histories, until, basis))
}

/// The value matrix over scored customers; `active_days` None keeps all.
pub fn matrix(scored: &[Scored], active_days: Option<u32>) -> Matrix {
    let points: Vec<Point> = scored
        .iter()
        .map(|s| Point { frequency: s.frequency, total_cents: s.monetary_total.0, recency_days: s.recency_days })
        .collect();
    value_matrix::classify(&points, active_days)
}

/// Tell the user why a report is empty: before the first purchase, or no
/// purchases at all. Not an error.
pub fn explain_empty(db: &Db, as_of: NaiveDate) -> Result<crate::i18n::Text> {
    use crate::i18n::{Arg, Text};
    Ok(match analytics::first_day(db)?.and_then(crate::domain::dates::from_day_number) {
        Some(first) => {
            Text::tr("why-no-customers", crate::targs!["as_of" => Arg::Day(as_of), "first" => Arg::Day(first)])
        }
        None => Text::tr("why-no-purchases", vec![]),
    })
}

/// The contacts matching `criteria` as of a day.
pub fn members(
    db: &Db,
    criteria: &[&Criteria],
    as_of: NaiveDate,
    config: &crate::config::Config,
) -> Result<Vec<Vec<i64>>> {
    let active_days = config.value_matrix.active_days;
    let until = to_day_number(as_of);
    let histories = if criteria.iter().any(|c| c.needs_history()) {
        analytics::histories(db, &Scope::default(), None, until)?
    } else {
        Vec::new()
    };
    // Scores first, and only each customer's segment and cell kept, before
    // the profiles are read: the full scores and the profiles of a million
    // customers are never in memory together.
    let (segments, cells, loyalty) = {
        let needs_loyalty = criteria.iter().any(|c| c.needs_loyalty());
        let needs_scores = needs_loyalty || criteria.iter().any(|c| c.needs_rfm() || c.needs_cells());
        let scored = if needs_scores { rfm::score(&histories, until, FrequencyBasis::Days) } else { Vec::new() };
        let cells = if criteria.iter().any(|c| c.needs_cells()) {
            matrix(&scored, Some(active_days)).cells
        } else {
            Vec::new()
        };
        let loyalty: Vec<LoyaltyCell> = if needs_loyalty {
            let latest = crate::store::satisfaction::latest(db, until)?;
            super::satisfaction::cells(&scored, &latest).into_iter().map(|c| c.0).collect()
        } else {
            Vec::new()
        };
        (scored.iter().map(|s| s.segment).collect::<Vec<rfm::Segment>>(), cells, loyalty)
    };
    let with_tags = criteria.iter().any(|c| !c.tags.is_empty());
    let mut profiles = analytics::profiles(db, with_tags)?;
    analytics::attach_purchases(
        db,
        &mut profiles,
        criteria.iter().any(|c| c.needs_categories()),
        criteria.iter().any(|c| c.needs_channels()),
    )?;
    attach(&mut profiles, &histories, &segments, &cells, &loyalty);
    if criteria.iter().any(|c| c.needs_slipping()) {
        let slipping: std::collections::HashSet<i64> =
            super::slipping::members(db, config, as_of)?.into_iter().collect();
        for p in profiles.iter_mut() {
            p.slipping = slipping.contains(&p.contact_id);
        }
    }
    Ok(criteria
        .iter()
        .map(|c| profiles.iter().filter(|p| c.matches(p, as_of)).map(|p| p.contact_id).collect())
        .collect())
}

/// Join histories (and segments, cells) onto profiles; both sorted by id.
fn attach(
    profiles: &mut [Profile],
    histories: &[rfm::CustomerHistory],
    segments: &[rfm::Segment],
    cells: &[Cell],
    loyalty: &[LoyaltyCell],
) {
    let mut j = 0;
    for p in profiles.iter_mut() {
        while j < histories.len() && histories[j].contact_id < p.contact_id {
            j += 1;
        }
        if j < histories.len() && histories[j].contact_id == p.contact_id {
            p.history = Some(histories[j]);
            p.segment = segments.get(j).copied();
            p.cell = cells.get(j).copied();
            p.loyalty = loyalty.get(j).copied();
        }
    }
}
