//! The cohort table as people read it: one row per cohort, the share
//! still active in each later period, then the churn rate and the median
//! lifetime.

use super::new_table;
use super::reports::pct;
use crate::domain::cohorts::{Cohorts, Period};
use crate::domain::money::{Cents, MoneyStyle};
use crate::i18n::{decimal, header, tr, tr_args, Lang};

/// Later periods shown in the table (JSON and CSV carry them all).
pub const SHOWN: usize = 12;

pub fn table(money: &MoneyStyle, lang: Lang, c: &Cohorts) -> String {
    let cells = super::Cells::table(money, lang);
    let longest = c.cohorts.iter().map(|h| h.active.len()).max().unwrap_or(1);
    let shown = (longest - 1).min(SHOWN);
    let mut t = new_table();
    let mut head = vec![header(lang, "cohort"), header(lang, "customers")];
    head.extend((1..=shown).map(|k| format!("+{k}")));
    head.push(header(lang, "revenue_per_customer"));
    t.set_header(head);
    for h in &c.cohorts {
        let mut row = vec![c.by.label(h.period), h.size.to_string()];
        for k in 1..=shown {
            row.push(match h.active.get(k) {
                None => String::new(),
                Some(&n) => {
                    let s = decimal(lang, format!("{:.0} %", n as f64 * 100.0 / h.size as f64));
                    if c.complete(h.period + k as i32) {
                        s
                    } else {
                        format!("{s}*")
                    }
                }
            });
        }
        row.push(money.format(Cents(h.revenue_per_customer(h.revenue.len() - 1))));
        t.add_row(row);
    }
    let unit = |n: u32| match c.by {
        Period::Month => tr_args(lang, "cohort-months", &[("count", n.into())]),
        Period::Quarter => tr_args(lang, "cohort-quarters", &[("count", n.into())]),
    };
    let churn = c.churn_rate.map(|r| decimal(lang, pct(r))).unwrap_or_else(|| "—".into());
    let median = c.median_lifetime.map(unit).unwrap_or_else(|| tr(lang, "cohort-median-beyond"));
    format!(
        "{}\n{t}\n{}\n{}\n",
        tr_args(lang, "cohort-title", &[("date", cells.date(c.as_of).into())]),
        tr(lang, "cohort-partial"),
        tr_args(lang, "cohort-rates", &[("churn", churn.into()), ("median", median.into())]),
    )
}
