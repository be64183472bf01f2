//! What a customer's purchases add up to: their visits, first and last,
//! and their total. The rule every report stands on (and that the
//! database's `customer_figures` view repeats, see
//! `migrations/0023_totals_kept_by_the_database.sql`):
//!
//! - a **visit** is a day with at least one sale (an amount of zero or
//!   more); several sales on one day are one visit;
//! - a **refund** (a negative amount) lowers the total and nothing else: a
//!   day with refunds only is no visit, and moves neither the first nor the
//!   last visit;
//! - a day with a sale and a refund is one visit, worth the day's net;
//! - a customer with refunds only has no visit, and is no customer of the
//!   reports.

use super::rfm::CustomerHistory;

/// One customer's visits as of a day: what lifetime value needs beyond
/// RFM, the amount of the first visit (to tell the repeat visits' mean)
/// included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visits {
    pub contact_id: i64,
    /// The first and last visit (day numbers).
    pub first_day: i32,
    pub last_day: i32,
    /// Days with a sale.
    pub visits: u32,
    /// Sales (rows with an amount of zero or more); refunds are not counted.
    pub rows: u32,
    /// Every amount, refunds included.
    pub total_cents: i64,
    /// The net of the first visit's day.
    pub first_visit_cents: i64,
}

impl Visits {
    /// The same customer as RFM sees them.
    pub fn history(&self) -> CustomerHistory {
        CustomerHistory {
            contact_id: self.contact_id,
            first_day: self.first_day,
            last_day: self.last_day,
            rows: self.rows,
            days: self.visits,
            total_cents: self.total_cents,
        }
    }
}

/// One day of a customer's purchases, summed up before it is known to be
/// a visit (in an index read, refunds come first within a day).
#[derive(Debug, Clone, Copy)]
struct Day {
    day: i32,
    net: i64,
    sales: u32,
}

/// Sums up customers' purchases read in (contact, day) order, in any order
/// within a day.
#[derive(Debug, Default)]
pub struct VisitsBuilder {
    done: Vec<Visits>,
    contact: Option<i64>,
    day: Option<Day>,
    /// The customer's figures so far (`visits == 0`: no visit yet).
    current: Option<Visits>,
    /// Refunds on days before the first visit.
    refunds_before: i64,
    /// The visit days of the current customer, when asked for.
    days: Option<Vec<i32>>,
}

impl VisitsBuilder {
    /// One that also keeps each customer's visit days (see [`Self::visit_days`]).
    pub fn with_days() -> Self {
        VisitsBuilder { days: Some(Vec::new()), ..Default::default() }
    }

    pub fn push(&mut self, contact_id: i64, day: i32, cents: i64) {
        if self.contact != Some(contact_id) {
            self.close_customer();
            self.contact = Some(contact_id);
        }
        let sale = u32::from(cents >= 0);
        match &mut self.day {
            Some(d) if d.day == day => {
                d.net = d.net.saturating_add(cents);
                d.sales += sale;
            }
            _ => {
                self.close_day();
                self.day = Some(Day { day, net: cents, sales: sale });
            }
        }
    }

    fn close_day(&mut self) {
        let (Some(d), Some(contact_id)) = (self.day.take(), self.contact) else { return };
        if d.sales == 0 {
            match &mut self.current {
                Some(v) => v.total_cents = v.total_cents.saturating_add(d.net),
                None => self.refunds_before = self.refunds_before.saturating_add(d.net),
            }
            return;
        }
        match &mut self.current {
            Some(v) => {
                v.visits += 1;
                v.rows += d.sales;
                v.last_day = d.day;
                v.total_cents = v.total_cents.saturating_add(d.net);
            }
            None => {
                self.current = Some(Visits {
                    contact_id,
                    first_day: d.day,
                    last_day: d.day,
                    visits: 1,
                    rows: d.sales,
                    total_cents: d.net.saturating_add(self.refunds_before),
                    first_visit_cents: d.net,
                })
            }
        }
        if let Some(days) = &mut self.days {
            days.push(d.day);
        }
    }

    fn close_customer(&mut self) {
        self.close_day();
        self.done.extend(self.current.take());
        self.refunds_before = 0;
    }

    /// The current customer's visit days so far (with [`Self::with_days`]),
    /// cleared for the next one; call it before pushing the next customer.
    pub fn take_customer(&mut self) -> (Option<Visits>, Vec<i32>) {
        self.close_day();
        self.contact = None;
        self.refunds_before = 0;
        let days = self.days.as_mut().map(std::mem::take).unwrap_or_default();
        (self.current.take(), days)
    }

    /// Every customer with a visit, in the order read.
    pub fn finish(mut self) -> Vec<Visits> {
        self.close_customer();
        self.done
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(rows: &[(i64, i32, i64)]) -> Vec<Visits> {
        let mut b = VisitsBuilder::default();
        for &(c, d, a) in rows {
            b.push(c, d, a);
        }
        b.finish()
    }

    #[test]
    fn same_day_sales_are_one_visit() {
        let v = sum(&[(1, 10, 500), (1, 10, 300), (1, 20, 100)]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].visits, v[0].rows, v[0].total_cents, v[0].first_visit_cents), (2, 3, 900, 800));
        assert_eq!((v[0].first_day, v[0].last_day), (10, 20));
    }

    #[test]
    fn a_refund_lowers_the_total_and_is_no_visit() {
        // Two sales and a later refund: 2 visits, last visit on day 20.
        let v = sum(&[(1, 10, 500), (1, 20, 300), (1, 30, -200)]);
        assert_eq!((v[0].visits, v[0].rows, v[0].last_day, v[0].total_cents), (2, 2, 20, 600));
    }

    #[test]
    fn a_refund_before_the_first_visit_does_not_move_it() {
        let v = sum(&[(1, 5, -100), (1, 10, 500)]);
        assert_eq!((v[0].first_day, v[0].visits, v[0].total_cents, v[0].first_visit_cents), (10, 1, 400, 500));
    }

    #[test]
    fn a_day_with_a_sale_and_a_refund_is_one_visit_worth_its_net() {
        // Read as an index gives them: the refund first within the day.
        let v = sum(&[(1, 10, -200), (1, 10, 500)]);
        assert_eq!((v[0].visits, v[0].rows, v[0].total_cents, v[0].first_visit_cents), (1, 1, 300, 300));
    }

    #[test]
    fn refunds_only_make_no_customer() {
        let v = sum(&[(1, 10, -200), (2, 3, 100), (3, 4, -1), (3, 9, -2)]);
        assert_eq!(v.iter().map(|v| v.contact_id).collect::<Vec<_>>(), vec![2]);
    }

    #[test]
    fn a_zero_amount_is_a_sale() {
        let v = sum(&[(1, 10, 0)]);
        assert_eq!((v[0].visits, v[0].rows, v[0].total_cents), (1, 1, 0));
    }

    #[test]
    fn visit_days_skip_refund_days() {
        let mut b = VisitsBuilder::with_days();
        for &(d, a) in &[(1, 100), (4, -50), (9, 20), (9, -5)] {
            b.push(7, d, a);
        }
        let (v, days) = b.take_customer();
        assert_eq!(days, vec![1, 9]);
        assert_eq!(v.map(|v| (v.visits, v.total_cents)), Some((2, 65)));
    }
}
