//! The loyalty card's rules: what a purchase earns (points or a stamp),
//! what a refund takes back, when points expire, and which reward comes
//! next. A balance is never kept: it is this walk over a member's
//! purchases and redemptions, done again whenever it is read.

use super::money::Cents;

/// How purchases earn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Programme {
    /// So many points per whole euro spent (rounded down, per purchase).
    Points { per_euro: i64 },
    /// One stamp per purchase of at least `minimum`.
    Stamps { minimum: Cents },
}

/// A reward a balance can buy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reward {
    pub points: i64,
    pub name: String,
    /// What it costs the shop, when the config says (for the liability).
    pub value: Option<Cents>,
}

/// The programme as the config sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    pub programme: Programme,
    /// Cheapest first.
    pub rewards: Vec<Reward>,
    /// Points expire when this many days pass without a visit.
    pub expire_after_days: Option<i32>,
    /// Whether imported purchases earn.
    pub imported_earn: bool,
}

/// What a member did, in day order (purchases before redemptions on a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Purchase { day: i32, amount: i64, imported: bool },
    Redemption { day: i32, points: i64 },
}

impl Event {
    pub fn day(&self) -> i32 {
        match *self {
            Event::Purchase { day, .. } | Event::Redemption { day, .. } => day,
        }
    }
}

/// One line of a member's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A purchase (positive) or a refund (negative), and the event's index.
    Earned {
        event: usize,
        points: i64,
    },
    Redeemed {
        event: usize,
        points: i64,
    },
    /// The balance lapsed after `expire_after_days` without a visit.
    Expired {
        points: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub day: i32,
    pub change: Change,
    pub balance: i64,
}

impl Rules {
    /// What one purchase earns: its whole euros × points per euro, or one
    /// stamp over the minimum. A refund takes back what the same amount
    /// earns (rounded toward zero, so a full refund takes back exactly
    /// what the purchase gave). An imported purchase earns only when the
    /// shop says so.
    pub fn earned(&self, amount: i64, imported: bool) -> i64 {
        if imported && !self.imported_earn {
            return 0;
        }
        match self.programme {
            Programme::Points { per_euro } => (amount / 100).saturating_mul(per_euro),
            Programme::Stamps { minimum } => {
                if minimum.0 <= 0 {
                    amount.signum()
                } else if amount >= minimum.0 {
                    1
                } else if amount <= -minimum.0 {
                    -1
                } else {
                    0
                }
            }
        }
    }

    /// The member's history up to `today`, with the balance after each
    /// line. Points held past `expire_after_days` after the last visit (a
    /// purchase; a refund is not a visit) lapse on the day after, once.
    pub fn walk(&self, events: &[Event], today: i32) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut balance = 0i64;
        let mut last_visit: Option<i32> = None;
        let expire = |day: i32, balance: &mut i64, last_visit: Option<i32>, lines: &mut Vec<Line>| {
            if let (Some(n), Some(v)) = (self.expire_after_days, last_visit) {
                let lapse = v.saturating_add(n).saturating_add(1);
                if day >= lapse && *balance > 0 {
                    lines.push(Line { day: lapse, change: Change::Expired { points: *balance }, balance: 0 });
                    *balance = 0;
                }
            }
        };
        for (i, e) in events.iter().enumerate().filter(|(_, e)| e.day() <= today) {
            expire(e.day(), &mut balance, last_visit, &mut lines);
            match *e {
                Event::Purchase { day, amount, imported } => {
                    let points = self.earned(amount, imported);
                    balance = balance.saturating_add(points);
                    if amount > 0 {
                        last_visit = Some(day);
                    }
                    if points != 0 {
                        lines.push(Line { day, change: Change::Earned { event: i, points }, balance });
                    }
                }
                Event::Redemption { day, points } => {
                    balance = balance.saturating_sub(points);
                    lines.push(Line { day, change: Change::Redeemed { event: i, points }, balance });
                }
            }
        }
        expire(today, &mut balance, last_visit, &mut lines);
        lines
    }

    /// The balance on `today`.
    pub fn balance(&self, events: &[Event], today: i32) -> i64 {
        self.walk(events, today).last().map_or(0, |l| l.balance)
    }

    /// The cheapest reward the balance does not reach yet, and how many
    /// points are missing; None when it reaches them all.
    pub fn next_reward(&self, balance: i64) -> Option<(&Reward, i64)> {
        self.rewards.iter().find(|r| r.points > balance).map(|r| (r, r.points - balance))
    }

    /// A reward by its name (case and accents aside) or its rank (1 is
    /// the cheapest).
    pub fn reward(&self, word: &str) -> Option<&Reward> {
        let w = super::contact::fold(word.trim());
        if let Ok(n) = word.trim().parse::<usize>() {
            if (1..=self.rewards.len()).contains(&n) {
                return Some(&self.rewards[n - 1]);
            }
        }
        self.rewards.iter().find(|r| super::contact::fold(&r.name) == w)
    }

    /// What a point is worth to the shop: the value per point of the
    /// cheapest reward that states its value (rewards are a discount on a
    /// later purchase: each point outstanding is that much owed).
    pub fn value_per_point(&self) -> Option<f64> {
        self.rewards.iter().find_map(|r| r.value.filter(|_| r.points > 0).map(|v| v.0 as f64 / r.points as f64))
    }

    /// The shop's liability for `points` outstanding, in cents (rounded).
    pub fn liability(&self, points: i64) -> Option<Cents> {
        self.value_per_point().map(|v| Cents((points.max(0) as f64 * v).round() as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(per_euro: i64) -> Rules {
        Rules {
            programme: Programme::Points { per_euro },
            rewards: vec![
                Reward { points: 100, name: "5 € off".into(), value: Some(Cents(500)) },
                Reward { points: 250, name: "Un bouquet".into(), value: None },
            ],
            expire_after_days: None,
            imported_earn: false,
        }
    }

    fn buy(day: i32, amount: i64) -> Event {
        Event::Purchase { day, amount, imported: false }
    }

    #[test]
    fn points_are_whole_euros_rounded_down_and_refunds_take_them_back() {
        let r = points(1);
        assert_eq!(r.earned(1299, false), 12);
        assert_eq!(r.earned(99, false), 0);
        assert_eq!(r.earned(-1299, false), -12, "a full refund takes back what the purchase gave");
        assert_eq!(points(3).earned(1050, false), 30);
        assert_eq!(r.earned(5000, true), 0, "imported purchases earn only when the shop says so");
        let mut generous = points(1);
        generous.imported_earn = true;
        assert_eq!(generous.earned(5000, true), 50);
    }

    #[test]
    fn stamps_are_one_per_purchase_over_the_minimum() {
        let r = Rules { programme: Programme::Stamps { minimum: Cents(500) }, ..points(1) };
        assert_eq!(r.earned(500, false), 1);
        assert_eq!(r.earned(499, false), 0);
        assert_eq!(r.earned(12_000, false), 1);
        assert_eq!(r.earned(-700, false), -1);
        assert_eq!(r.earned(-200, false), 0);
    }

    #[test]
    fn the_walk_adds_up_and_redemptions_spend() {
        let r = points(1);
        let ev = [buy(10, 8000), buy(20, 4050), Event::Redemption { day: 21, points: 100 }, buy(22, -2000)];
        let lines = r.walk(&ev, 30);
        let balances: Vec<i64> = lines.iter().map(|l| l.balance).collect();
        assert_eq!(balances, vec![80, 120, 20, 0]);
        assert_eq!(r.balance(&ev, 30), 0);
        // Events after the day looked at do not count yet.
        assert_eq!(r.balance(&ev, 15), 80);
    }

    #[test]
    fn points_expire_after_the_period_without_a_visit() {
        let mut r = points(1);
        r.expire_after_days = Some(30);
        let ev = [buy(0, 5000)];
        assert_eq!(r.balance(&ev, 30), 50, "still valid 30 days after the visit");
        let lines = r.walk(&ev, 31);
        assert_eq!(lines.last(), Some(&Line { day: 31, change: Change::Expired { points: 50 }, balance: 0 }));
        // A visit inside the period keeps them; a refund is not a visit.
        let kept = [buy(0, 5000), buy(25, 1000), buy(50, -1000)];
        assert_eq!(r.balance(&kept, 55), 50);
        assert_eq!(r.balance(&kept, 56), 0, "lapsed 30 days after the visit of day 25");
        // A purchase after the lapse starts again from nothing.
        let again = [buy(0, 5000), buy(100, 2000)];
        let lines = r.walk(&again, 100);
        assert_eq!(lines.iter().map(|l| l.balance).collect::<Vec<_>>(), vec![50, 0, 20]);
    }

    #[test]
    fn next_reward_and_lookup() {
        let r = points(1);
        assert_eq!(r.next_reward(40).map(|(w, n)| (w.name.as_str(), n)), Some(("5 € off", 60)));
        assert_eq!(r.next_reward(100).map(|(w, n)| (w.name.as_str(), n)), Some(("Un bouquet", 150)));
        assert_eq!(r.next_reward(300), None);
        assert_eq!(r.reward("un BOUQUET").map(|w| w.points), Some(250));
        assert_eq!(r.reward("1").map(|w| w.points), Some(100));
        assert_eq!(r.reward("3"), None);
        assert_eq!(r.reward("a car"), None);
    }

    #[test]
    fn liability_is_points_at_the_value_of_a_point() {
        let r = points(1);
        assert_eq!(r.value_per_point(), Some(5.0));
        assert_eq!(r.liability(250), Some(Cents(1250)));
        assert_eq!(r.liability(-10), Some(Cents(0)));
        let none = Rules { rewards: vec![Reward { points: 10, name: "x".into(), value: None }], ..points(1) };
        assert_eq!(none.liability(100), None);
    }
}
