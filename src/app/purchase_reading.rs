//! How a sales file is read, decided before its rows are: the profile of
//! the tool that wrote it (named with `--profile`, or recognised from the
//! header), else the header's names, else the columns' contents; then
//! `--map`. Also how its dates are written.

use crate::domain::columns::{normalize, purchase_column, EXPORT_ONLY};
use crate::domain::dates::DateFormat;
use crate::domain::sales_profile::{recognise, Profile, Role};
use crate::domain::sniff::{self, DayOrder, Settled};
use crate::error::Kind::Invalid as KI;
use crate::error::{Error, Result};

/// Where each role is in the file's columns.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cols {
    pub customer: Option<usize>,
    pub name: Option<usize>,
    pub date: usize,
    pub amount: usize,
    pub refunded: Option<usize>,
    pub note: Option<usize>,
    pub order_ref: Option<usize>,
    pub category: Option<usize>,
    pub channel: Option<usize>,
    pub kind: Option<usize>,
    pub status: Option<usize>,
}

/// What the import needs to know to read the file.
pub struct Ask<'a> {
    pub map: &'a [(String, String)],
    pub strict: bool,
    /// `--profile NAME`.
    pub profile: Option<&'a str>,
    /// Built-in and configured profiles.
    pub profiles: &'a [Profile],
    /// `--date-format`: wins over everything.
    pub date_format: Option<DateFormat>,
    /// The shop's own order for dates every value leaves ambiguous.
    pub day_order: DayOrder,
}

/// How the file will be read.
pub struct Reading {
    pub cols: Cols,
    pub profile: Option<Profile>,
    pub date_format: DateFormat,
    /// How the date order was settled (none: ISO or `--date-format`).
    pub date_settled: Option<Settled>,
    /// Columns read by their contents: (role, header).
    pub guessed: Vec<(&'static str, String)>,
    pub unused: Vec<String>,
    /// The customer column holds emails: they are matched to contacts'
    /// emails too, not only to refs.
    pub customers_are_emails: bool,
}

/// Headers that hold the customer's name when a number column is beside
/// them (`N° client;Client`).
const NAME_HEADERS: &[&str] =
    &["client", "customer", "nom", "nom client", "nom du client", "customer name", "client name", "name"];

/// Headers that can only be the customer's name.
const SURE_NAME_HEADERS: &[&str] = &["customer name", "nom client", "nom du client", "client name", "nom complet"];

fn role_of_alias(column: &str) -> Option<Role> {
    Some(match column {
        "customer_id" => Role::Customer,
        "date" => Role::Date,
        "amount" => Role::Amount,
        "note" => Role::Note,
        "order_ref" => Role::OrderRef,
        "category" => Role::Category,
        "channel" => Role::Channel,
        _ => return None,
    })
}

fn map_error(to: &str) -> Error {
    let names: Vec<&str> = Role::ALL.iter().map(|r| r.name()).chain(["ignore"]).collect();
    Error::t(KI, "csv-map-not-column", crate::targs!["value" => crate::error::echo(to)])
        .with_hint_t("hint-map-one-of", crate::targs!["names" => names.join(", ")])
}

pub fn resolve(label: &str, header: &csv::StringRecord, sample: &[Vec<String>], ask: &Ask) -> Result<Reading> {
    let names: Vec<String> = header.iter().map(|h| h.trim().trim_start_matches('\u{feff}').to_string()).collect();
    let norm: Vec<String> = names.iter().map(|h| normalize(h)).collect();
    let profile = match ask.profile {
        Some(want) => Some(ask.profiles.iter().find(|p| p.name == want).cloned().ok_or_else(|| {
            let all: Vec<&str> = ask.profiles.iter().map(|p| p.name.as_str()).collect();
            Error::t(KI, "err-no-profile", crate::targs!["name" => crate::error::echo(want)])
                .with_hint_t("hint-profiles", crate::targs!["names" => all.join(", ")])
        })?),
        None => recognise(ask.profiles, &norm).cloned(),
    };
    // role of each column; None = not used.
    let mut roles: Vec<Option<Role>> = vec![None; names.len()];
    let mut ignored: Vec<bool> = vec![false; names.len()];
    match &profile {
        Some(p) => {
            for r in Role::ALL {
                if let Some(i) = p.column_of(r, &norm) {
                    roles[i] = Some(r);
                }
            }
        }
        None => {
            for (i, h) in names.iter().enumerate() {
                if SURE_NAME_HEADERS.contains(&norm[i].as_str()) {
                    if !roles.contains(&Some(Role::CustomerName)) {
                        roles[i] = Some(Role::CustomerName);
                    }
                    continue;
                }
                let Some(r) = purchase_column(h).and_then(role_of_alias) else { continue };
                if r == Role::Customer {
                    if let Some(j) = roles.iter().position(|x| *x == Some(Role::Customer)) {
                        // A number and a name: the name is the contact's name.
                        if NAME_HEADERS.contains(&norm[i].as_str()) {
                            roles[i] = Some(Role::CustomerName);
                            continue;
                        } else if NAME_HEADERS.contains(&norm[j].as_str()) {
                            roles[j] = Some(Role::CustomerName);
                        }
                    }
                }
                if let Some(j) = roles.iter().position(|x| *x == Some(r)) {
                    return Err(Error::t(
                        KI,
                        "csv-both-columns",
                        crate::targs!["label" => label, "a" => (1 + j).to_string(), "b" => (i + 1).to_string(), "name" => r.name()],
                    )
                    .with_hint_t("hint-keep-one", vec![]));
                }
                roles[i] = Some(r);
            }
        }
    }
    // `--map` and the config's map come last: they say what a header is.
    for (from, to) in ask.map {
        let target = Role::parse(to).ok_or_else(|| map_error(to))?;
        let Some(i) = norm.iter().position(|n| *n == normalize(from)) else { continue };
        if let Some(r) = target {
            for x in roles.iter_mut().filter(|x| **x == Some(r)) {
                *x = None;
            }
        }
        roles[i] = target;
        ignored[i] = target.is_none();
    }
    // What the names did not say, the contents may.
    let looks = sniff::look(names.len(), sample);
    let mut guessed = Vec::new();
    let taken = |roles: &[Option<Role>], ignored: &[bool]| -> Vec<usize> {
        (0..roles.len()).filter(|&i| roles[i].is_some() || ignored[i] || norm[i].is_empty()).collect()
    };
    let has = |roles: &[Option<Role>], r: Role| roles.contains(&Some(r));
    if profile.is_none() {
        if !has(&roles, Role::Date) {
            if let Some(i) = sniff::likely_date(&looks, &taken(&roles, &ignored)) {
                roles[i] = Some(Role::Date);
                guessed.push(("date", names[i].clone()));
            }
        }
        if !has(&roles, Role::Amount) {
            if let Some((i, true)) = sniff::likely_amount(&norm, &looks, &taken(&roles, &ignored)) {
                roles[i] = Some(Role::Amount);
                guessed.push(("amount", names[i].clone()));
            }
        }
        if !has(&roles, Role::Customer) && !has(&roles, Role::CustomerName) {
            if let Some((i, true)) = sniff::likely_customer(&norm, &looks, &taken(&roles, &ignored)) {
                roles[i] = Some(Role::Customer);
                guessed.push(("customer", names[i].clone()));
            }
        }
    }
    let at = |r: Role| roles.iter().position(|x| *x == Some(r));
    let missing: Vec<&str> = [
        (at(Role::Customer).or(at(Role::CustomerName)), "customer"),
        (at(Role::Date), "date"),
        (at(Role::Amount), "amount"),
    ]
    .into_iter()
    .filter(|(c, _)| c.is_none())
    .map(|(_, n)| n)
    .collect();
    if let Some(first) = missing.first() {
        let taken = taken(&roles, &ignored);
        // A description may hold the customer's name.
        let notes_free: Vec<usize> = taken.iter().copied().filter(|&i| roles[i] != Some(Role::Note)).collect();
        let likely = match *first {
            "customer" => sniff::likely_customer(&norm, &looks, &notes_free).map(|x| x.0),
            "date" => sniff::likely_date(&looks, &taken),
            _ => sniff::likely_amount(&norm, &looks, &taken).map(|x| x.0),
        };
        let likely = likely.or_else(|| (0..names.len()).find(|i| !taken.contains(i)));
        let seen: Vec<&str> = names.iter().map(String::as_str).filter(|h| !h.is_empty()).collect();
        return Err(Error::t(
            KI,
            "csv-missing-columns",
            crate::targs!["label" => label, "missing" => missing.join(", "), "seen" => crate::error::echo(&seen.join(", "))],
        )
        .with_hint_t(
            "hint-map-which",
            crate::targs!["header" => likely.map(|i| names[i].as_str()).unwrap_or("Code client"), "column" => *first],
        ));
    }
    let mut unused = Vec::new();
    for (i, h) in names.iter().enumerate() {
        if roles[i].is_some() || ignored[i] || norm[i].is_empty() || EXPORT_ONLY.contains(&norm[i].as_str()) {
            continue;
        }
        if ask.strict && profile.is_none() {
            let all: Vec<&str> = Role::ALL.iter().map(|r| r.name()).collect();
            return Err(Error::t(
                KI,
                "csv-unknown-column",
                crate::targs!["label" => label, "col" => (i + 1).to_string(), "name" => crate::error::echo(h)],
            )
            .with_hint_t("hint-columns-strict", crate::targs!["names" => all.join(", ")]));
        }
        unused.push(h.clone());
    }
    let cols = Cols {
        customer: at(Role::Customer),
        name: at(Role::CustomerName),
        date: at(Role::Date).unwrap_or(0),
        amount: at(Role::Amount).unwrap_or(0),
        refunded: at(Role::Refunded),
        note: at(Role::Note),
        order_ref: at(Role::OrderRef),
        category: at(Role::Category),
        channel: at(Role::Channel),
        kind: at(Role::Kind),
        status: at(Role::Status),
    };
    let (date_format, date_settled) = date_format(ask, profile.as_ref(), sample, cols.date)?;
    let customers_are_emails = cols.customer.or(cols.name).is_some_and(|i| {
        let cells: Vec<&str> =
            sample.iter().filter_map(|r| r.get(i)).map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        !cells.is_empty() && cells.iter().all(|c| c.contains('@') && !c.contains(' '))
    });
    Ok(Reading { cols, profile, date_format, date_settled, guessed, unused, customers_are_emails })
}

/// `--date-format`, else the profile's, else the shape of the sample's
/// dates (a day above 12 settles the order; else the shop's own order).
fn date_format(
    ask: &Ask,
    profile: Option<&Profile>,
    sample: &[Vec<String>],
    col: usize,
) -> Result<(DateFormat, Option<Settled>)> {
    if let Some(f) = &ask.date_format {
        return Ok((f.clone(), None));
    }
    if let Some(spec) = profile.and_then(|p| p.date_format.as_deref()) {
        let f = DateFormat::parse_spec(spec).map_err(|e| Error::invalid(e.0))?;
        return Ok((f, None));
    }
    let cells = sample.iter().filter_map(|r| r.get(col)).map(String::as_str);
    match sniff::date_shape(cells, ask.day_order) {
        Some(shape) => {
            let f = DateFormat::parse_spec(&shape.pattern).map_err(|e| Error::invalid(e.0))?;
            Ok((f, (shape.how != Settled::Iso).then_some(shape.how)))
        }
        None => Ok((DateFormat::iso(), None)),
    }
}
