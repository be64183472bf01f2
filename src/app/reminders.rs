//! `remind`: everything due, gathered from follow-ups, deals, cadences and
//! birthdays, in digest order. Made to stay fast on a big file (it runs
//! from cron every morning): each source is one indexed query.

use super::App;
use crate::domain::remind::{self, age_on, birthday_md, cadence_due, next_birthday, Kind, Reminder};
use crate::error::Result;
use crate::i18n::{Arg, Text};
use crate::store::{deals, interactions, reminders};
use crate::targs;
use chrono::NaiveDate;

/// An interaction kind as each language says it: the built-in ones have
/// French names (`kind-call` = appel), looked up only when the digest is
/// said in French; a shop's own kinds stay as written.
fn kind(k: &str) -> Arg {
    Arg::Word("kind", k.to_string())
}

/// A day as each language writes it in a sentence.
fn day(d: NaiveDate) -> Arg {
    Arg::Day(d)
}

/// Everything due on or before `until` (birthdays: from today to the
/// later of `until` and the configured look-ahead).
pub fn collect(app: &App, until: NaiveDate) -> Result<Vec<Reminder>> {
    let db = app.db();
    let today = app.today;
    // The reasons are data (JSON and CSV carry them in English, one style
    // whatever the language) and words for people (the digest, the
    // calendar): amounts and days are written both ways.
    let (money_en, money_fr) = (app.config.money_style(false), app.config.money_style(true));
    let money = |c| Arg::local(money_en.format(c), money_fr.format(c));
    let mut items = Vec::new();
    for crate::store::Reachable { item: i, phone, email } in interactions::open_follow_ups(db, until)? {
        items.push(Reminder {
            kind: Kind::FollowUp,
            due: i.follow_up.unwrap_or(today),
            contact_id: i.contact_id,
            name: i.contact_name,
            phone,
            email,
            reason: match i.summary {
                Some(note) => Text::tr(
                    "why-follow-up-note",
                    targs!["kind" => kind(&i.kind), "day" => day(i.day), "note" => note, "id" => i.id],
                ),
                None => Text::tr("why-follow-up", targs!["kind" => kind(&i.kind), "day" => day(i.day), "id" => i.id]),
            },
            source_id: i.id,
        });
    }
    for crate::store::Reachable { item: d, phone, email } in deals::open_due(db, until)? {
        items.push(Reminder {
            kind: Kind::Deal,
            due: d.expected_close.unwrap_or(today),
            contact_id: d.contact_id,
            name: d.contact_name,
            phone,
            email,
            reason: Text::tr(
                if d.expected_close.is_some_and(|c| c > today) { "why-deal-ahead" } else { "why-deal-late" },
                targs!["id" => d.id, "title" => d.title, "stage" => Arg::Word("val-stage", d.stage), "amount" => money(d.amount)],
            ),
            source_id: d.id,
        });
    }
    for c in reminders::cadences(db, &app.config.contact_kinds())? {
        let due = cadence_due(c.last_touch, c.cadence_days);
        if due <= until {
            items.push(Reminder {
                kind: Kind::Cadence,
                due,
                contact_id: c.contact_id,
                name: c.name,
                phone: c.phone,
                email: c.email,
                reason: Text::tr("why-cadence", targs!["days" => c.cadence_days, "day" => day(c.last_touch)]),
                source_id: c.contact_id,
            });
        }
    }
    renewals(app, until, &mut items)?;
    slipping_away(app, until, &mut items)?;
    call_backs(app, &mut items)?;
    let ahead = crate::domain::dates::add_days_saturating(today, app.config.remind.birthday_days as i64);
    let horizon = until.max(ahead);
    let md = |d: NaiveDate| d.format("%m-%d").to_string();
    let span_days = (horizon - today).num_days();
    let (from, to) =
        if span_days >= 365 { ("01-01".to_string(), "12-31".to_string()) } else { (md(today), md(horizon)) };
    let birthdays = if app.config.remind.announces(crate::config::BIRTHDAY_LABEL) {
        reminders::birthdays(db, &from, &to)?
    } else {
        Vec::new()
    };
    for b in birthdays {
        let Some((m, d)) = birthday_md(&b.birthday) else {
            continue;
        };
        let Some(due) = next_birthday(m, d, today).filter(|&n| n <= horizon) else {
            continue;
        };
        let reason = match age_on(&b.birthday, due) {
            Some(a) => Text::tr("why-birthday-age", targs!["age" => i64::from(a)]),
            None => Text::tr("why-birthday", vec![]),
        };
        items.push(Reminder {
            kind: Kind::Birthday,
            due,
            contact_id: b.contact_id,
            name: b.name,
            phone: b.phone,
            email: b.email,
            reason,
            source_id: b.contact_id,
        });
    }
    // Key dates (anniversaries...), as birthdays are.
    let wanted = |k: &crate::store::contact_dates::DateCandidate| app.config.remind.announces(&k.date.label);
    for k in crate::store::contact_dates::upcoming(db, &from, &to)?.into_iter().filter(wanted) {
        let Some(due) = next_birthday(k.date.month, k.date.day, today).filter(|&n| n <= horizon) else {
            continue;
        };
        let years = k.date.year.map(|y| i64::from(chrono::Datelike::year(&due) - y)).filter(|&y| y > 0);
        let reason = match years {
            Some(y) => Text::tr("why-key-date-years", targs!["label" => k.date.label.as_str(), "years" => y]),
            None => Text::tr("why-key-date", targs!["label" => k.date.label.as_str()]),
        };
        items.push(Reminder {
            kind: Kind::KeyDate,
            due,
            contact_id: k.contact_id,
            name: k.name,
            phone: k.phone,
            email: k.email,
            reason,
            source_id: k.contact_id,
        });
    }
    super::service::reminders(app, until, &mut items)?;
    remind::sort(&mut items);
    Ok(items)
}

/// Regular customers whose time since their last visit crosses, from
/// today to `until`, `[remind] slipping_factor` × their own median gap:
/// each is announced on the day they cross it, then kept until a visit or
/// an interaction (see [`super::slipping`]). No model is fitted: the kept
/// totals carry the gap.
fn slipping_away(app: &App, until: NaiveDate, items: &mut Vec<Reminder>) -> Result<()> {
    use crate::domain::dates::from_day_number;
    let crossing = super::slipping::slipping(app.db(), app.config, app.today, until)?;
    let ids: Vec<i64> = crossing.iter().map(|c| c.contact_id).collect();
    for (reach, c) in reminders::reachable(app.db(), &ids)?.into_iter().zip(&crossing) {
        let (id, on, last_day, gap_x2) = (c.contact_id, c.on, c.last_day, c.median_gap_x2);
        let (Some((name, phone, email)), Some(due), Some(last_visit)) =
            (reach, from_day_number(on), from_day_number(last_day))
        else {
            continue;
        };
        let gap = if gap_x2 % 2 == 0 { format!("{}", gap_x2 / 2) } else { format!("{}.5", gap_x2 / 2) };
        let gap = Arg::local(gap.clone(), gap.replace('.', ","));
        items.push(Reminder {
            kind: Kind::SlippingAway,
            due,
            contact_id: id,
            name,
            phone,
            email,
            reason: if due < app.today {
                Text::tr(
                    "why-slipping-since",
                    targs!["gap" => gap, "day" => day(last_visit), "days" => (app.today - last_visit).num_days(), "since" => day(due)],
                )
            } else if due == app.today {
                Text::tr(
                    "why-slipping-today",
                    targs!["gap" => gap, "day" => day(last_visit), "days" => i64::from(on - last_day)],
                )
            } else {
                Text::tr(
                    "why-slipping-by",
                    targs!["gap" => gap, "day" => day(last_visit), "days" => i64::from(on - last_day), "due" => day(due)],
                )
            },
            source_id: id,
        });
    }
    Ok(())
}

/// How far back `remind` looks for unhappy answers to call back.
pub const CALL_BACK_DAYS: i64 = 30;

/// Detractors (0–6 of 10) and 1–2 of 5 who answered in the last
/// [`CALL_BACK_DAYS`] and with whom no interaction has been logged since:
/// due the day they answered. Logging the call ends the reminder.
fn call_backs(app: &App, items: &mut Vec<Reminder>) -> Result<()> {
    let answers = super::satisfaction::to_call_back(app.db(), app.today, CALL_BACK_DAYS)?;
    let ids: Vec<i64> = answers.iter().map(|a| a.contact_id).collect();
    for (reach, a) in reminders::reachable(app.db(), &ids)?.into_iter().zip(answers) {
        let Some((name, phone, email)) = reach else { continue };
        let scale = if a.scale == crate::domain::satisfaction::Scale::Nps { "10" } else { "5" };
        items.push(Reminder {
            kind: Kind::CallBack,
            due: a.day,
            contact_id: a.contact_id,
            name,
            phone,
            email,
            reason: match a.comment {
                Some(c) => Text::tr(
                    "why-call-back-comment",
                    targs!["score" => u32::from(a.score), "scale" => scale, "day" => day(a.day), "comment" => c],
                ),
                None => Text::tr(
                    "why-call-back",
                    targs!["score" => u32::from(a.score), "scale" => scale, "day" => day(a.day)],
                ),
            },
            source_id: a.id,
        });
    }
    Ok(())
}

/// Customers due to renew a category with a cycle (kept in the file or
/// set in the config).
fn renewals(app: &App, until: NaiveDate, items: &mut Vec<Reminder>) -> Result<()> {
    use crate::domain::renewal::{due, due_cutoff, words, Cycle};
    for super::purchases::Renewable { id, name: kept, mut cycle } in super::purchases::renewable(app)? {
        let mut measured = Text::plain(String::new());
        if cycle == Cycle::Measured {
            let gaps = reminders::category_gaps(app.db(), id)?;
            let Some(m) = crate::domain::frat::median(&gaps) else {
                continue;
            };
            measured = Text::tr("why-measured", targs!["n" => gaps.len()]);
            cycle = Cycle::Days(m.round().max(1.0) as u32);
        }
        let Some(cutoff) = due_cutoff(until, cycle) else {
            continue;
        };
        // Said alike in each of the category's renewals: made once.
        let (category, every, measured) = (
            Arg::Shared(std::sync::Arc::new(Text::plain(kept.clone()))),
            Arg::Shared(std::sync::Arc::new(words(cycle))),
            Arg::Shared(std::sync::Arc::new(measured)),
        );
        for r in reminders::renewals(app.db(), id, &kept, cutoff)? {
            let Some(on) = due(r.last, cycle).filter(|&d| d <= until) else {
                continue;
            };
            items.push(Reminder {
                kind: Kind::Renewal,
                due: on,
                contact_id: r.contact_id,
                name: r.name,
                phone: r.phone,
                email: r.email,
                reason: Text::tr(
                    "why-renewal",
                    vec![
                        ("category", category.clone()),
                        ("day", day(r.last)),
                        ("cycle", every.clone()),
                        ("measured", measured.clone()),
                    ],
                ),
                source_id: r.purchase_id,
            });
        }
    }
    Ok(())
}
