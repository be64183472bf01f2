//! Campaigns: a segment reached on one channel, only those who may be
//! reached, a control group held back, and the effect measured after.

use super::{App, Done};
use crate::domain::campaign::{decide, in_control, Decision, Member, Outcome};
use crate::domain::campaign_economics::{self as economics, BreakEven, Costs, Economics};
use crate::domain::consent::{Channel, Status};
use crate::domain::money::Cents;
use crate::error::{Error, Result};
use crate::store::campaigns::{self, Campaign, NewCampaign};
use crate::store::contacts::{self, Reach};
use crate::store::{consent, Db};
use chrono::NaiveDate;

pub struct NewRequest {
    pub name: String,
    pub channel: Channel,
    pub segment: String,
    pub holdout_pct: u32,
    pub seed: Option<i64>,
    pub message: Option<String>,
    pub costs: Costs,
}

/// Create a campaign; returns its id and the segment's name as stored.
pub fn create(app: &mut App, r: &NewRequest) -> Result<(i64, String)> {
    let name = r.name.trim();
    if name.is_empty() {
        return Err(Error::t(crate::error::Kind::Invalid, "err-campaign-name", vec![]));
    }
    let now = app.timestamp();
    let tx = app.store.begin()?;
    if campaigns::get(&tx, name)?.is_some() {
        return Err(Error::t(crate::error::Kind::Conflict, "err-campaign-exists", crate::targs!["name" => name]));
    }
    let (segment, _) = super::segments::find(&tx, &r.segment)?;
    let new = NewCampaign {
        name,
        channel: r.channel,
        segment: &segment,
        holdout_pct: r.holdout_pct,
        seed: r.seed.unwrap_or_else(|| crate::domain::hash::seed_of(name)),
        message: r.message.as_deref(),
        costs: r.costs,
    };
    let id = campaigns::insert(&tx, &new, &now)?;
    tx.commit()?;
    Ok((id, segment))
}

pub fn load(db: &Db, name: &str) -> Result<Campaign> {
    campaigns::get(db, name)?
        .ok_or_else(|| Error::not_found("err-no-campaign", name).with_hint_t("hint-see-campaigns", vec![]))
}

pub fn list(app: &App) -> Result<Vec<Campaign>> {
    campaigns::list(app.db())
}

/// A campaign and how many it reached and held back.
pub fn show(app: &App, name: &str) -> Result<(Campaign, i64, i64)> {
    let c = load(app.db(), name)?;
    let (recipients, control) = campaigns::send_counts(app.db(), c.id)?;
    Ok((c, recipients, control))
}

/// One member of the segment and what happens to them.
pub struct Decided {
    pub reach: Reach,
    pub decision: Decision,
}

/// The member's address on the channel, if they have one.
pub fn address(ch: Channel, r: &Reach) -> Option<String> {
    match ch {
        Channel::Email => r.email.clone(),
        Channel::Sms | Channel::Phone => r.phone.clone(),
        Channel::Post => match (&r.street, &r.postcode, &r.city) {
            (Some(s), Some(p), Some(c)) => Some(format!("{s}, {p} {c}")),
            _ => None,
        },
    }
}

/// Decide for every member of the campaign's segment (see
/// [`crate::domain::campaign::decide`]).
fn audience(cfg: &crate::config::Config, today: NaiveDate, db: &Db, c: &Campaign) -> Result<Vec<Decided>> {
    // A suppression list whose key or entries were changed cannot say who
    // withdrew: no audience is drawn from it.
    if let Some(problem) = crate::store::consent_seal::verify_suppressions(db)?.problem {
        return Err(crate::store::consent_seal::broken(problem));
    }
    let (_, criteria) = super::segments::find(db, &c.segment)?;
    let mut ids = super::scores::members(db, &[&criteria], today, cfg)?.pop().unwrap_or_default();
    ids.sort_unstable();
    let reach = contacts::reach_of(db, &ids)?;
    let suppressed = consent::Suppressions::load(db)?;
    let statuses = consent::statuses_for_channel(db, c.channel)?;
    let since = crate::domain::dates::add_days_saturating(today, -(cfg.campaign.window_days as i64 - 1));
    let recent = campaigns::recent_sends(db, since)?;
    let opt_in = cfg.consent.opt_in_channels.contains(&c.channel);
    Ok(reach
        .into_iter()
        .map(|r| {
            let m = Member {
                has_address: address(c.channel, &r).is_some(),
                suppressed: suppressed.contains(c.channel, r.email.as_deref(), r.phone.as_deref()),
                status: statuses.get(&r.id).copied().unwrap_or(Status::NeverAsked),
                recent_sends: recent.get(&r.id).copied().unwrap_or(0),
                in_control: in_control(c.seed, r.id, c.holdout_pct),
            };
            Decided { decision: decide(&m, opt_in, cfg.campaign.max_contacts), reach: r }
        })
        .collect())
}

/// Change what a campaign costs; `None` keeps a part as it is. Allowed
/// after the launch, when the invoice arrives.
pub fn set_costs(app: &mut App, name: &str, per_contact: Option<Cents>, fixed: Option<Cents>) -> Result<Campaign> {
    let tx = app.store.begin()?;
    let mut c = load(&tx, name)?;
    c.costs = Costs { per_contact: per_contact.unwrap_or(c.costs.per_contact), fixed: fixed.unwrap_or(c.costs.fixed) };
    campaigns::set_costs(&tx, c.id, c.costs)?;
    tx.commit()?;
    Ok(c)
}

/// The share of a sale that is margin (`[value] margin`), or 1 to reason
/// in revenue when none is set.
fn margin(cfg: &crate::config::Config) -> f64 {
    cfg.value.margin_fraction().unwrap_or(1.0)
}

/// What a campaign would cost today, and what it must bring to pay for itself.
pub struct Forecast {
    pub cost: Cents,
    /// The file's average purchase, on which the break-even rests.
    pub average_purchase: Option<Cents>,
    pub break_even: Option<BreakEven>,
    /// False when no `[value] margin` is set: the break-even is in revenue.
    pub margin_known: bool,
}

/// Who the campaign would reach today, everyone left out with why, and
/// what it would cost.
pub fn preview(app: &App, name: &str) -> Result<(Campaign, Vec<Decided>, Forecast)> {
    let c = load(app.db(), name)?;
    let members = audience(app.config, app.today, app.db(), &c)?;
    let reached = members.iter().filter(|m| m.decision == Decision::Send).count() as u64;
    let send: Vec<&Reach> = members.iter().filter(|m| m.decision == Decision::Send).map(|m| &m.reach).collect();
    super::sending::check_message(app, &c, &send)?;
    let cost = c.costs.total(reached);
    let average_purchase = campaigns::average_purchase(app.db())?;
    let break_even = average_purchase.and_then(|a| economics::break_even(cost, margin(app.config), a, reached));
    let margin_known = app.config.value.margin_fraction().is_some();
    Ok((c, members, Forecast { cost, average_purchase, break_even, margin_known }))
}

/// Where the launch file goes: `check` says before anything is decided
/// whether it may be written there; `write` gets the recipients and must
/// put the file in place.
pub trait LaunchFile {
    fn check(&mut self) -> Result<()>;
    /// `head` is the consent history's head (`N:HASH`) the launch saw.
    fn write(&mut self, c: &Campaign, send: &[&Reach], head: &str) -> Result<()>;
}

/// Launch: freeze the audience and record the sends. The sends are
/// committed only once the file is in place, so a campaign is never
/// "launched" without its file (and a failed write leaves it unlaunched).
pub fn launch(app: &mut App, name: &str, file: &mut dyn LaunchFile) -> Result<(Campaign, usize, usize)> {
    let (today, config) = (app.today, app.config);
    let tx = app.store.begin()?;
    let c = load(&tx, name)?;
    if let Some(on) = c.launched_on {
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-campaign-launched",
            crate::targs!["name" => c.name.as_str(), "day" => on.to_string()],
        )
        .with_hint_t("hint-campaign-once", vec![]));
    }
    file.check()?;
    let members = audience(config, today, &tx, &c)?;
    let send: Vec<&Reach> = members.iter().filter(|m| m.decision == Decision::Send).map(|m| &m.reach).collect();
    let control: Vec<i64> = members.iter().filter(|m| m.decision == Decision::Control).map(|m| m.reach.id).collect();
    if send.is_empty() {
        return Err(Error::t(
            crate::error::Kind::Invalid,
            "err-campaign-nobody",
            crate::targs!["name" => c.name.as_str()],
        )
        .with_hint_t("hint-campaign-preview", crate::targs!["name" => c.name.as_str()]));
    }
    let ids: Vec<i64> = send.iter().map(|r| r.id).collect();
    campaigns::launch(&tx, c.id, today, &ids, &control)?;
    let head = crate::store::consent_seal::head_of(&tx)?.text();
    file.write(&c, &send, &head)?;
    crate::store::crash_point("launch:after-file");
    tx.commit()?;
    Ok((c, ids.len(), control.len()))
}

/// How the recipients and the control group did in the window after launch.
pub struct Results {
    pub campaign: Campaign,
    pub launched: NaiveDate,
    pub window_end: NaiveDate,
    pub recipients: Outcome,
    pub control: Outcome,
    pub opt_outs: i64,
    /// Cost, incremental figures, ROI and verdict; None without a control group.
    pub economics: Option<Economics>,
    pub cost: Cents,
    pub margin_known: bool,
}

pub fn report(app: &App, name: &str, window_days: u32) -> Result<Results> {
    let c = load(app.db(), name)?;
    let Some(on) = c.launched_on else {
        return Err(Error::t(
            crate::error::Kind::Conflict,
            "err-campaign-not-launched",
            crate::targs!["name" => c.name.as_str()],
        )
        .with_hint_t("hint-campaign-launch", crate::targs!["name" => c.name.as_str()]));
    };
    let to = crate::domain::dates::add_days_saturating(on, window_days as i64);
    let (recipients, control) = campaigns::outcome(app.db(), c.id, on, to)?;
    let opt_outs = campaigns::opt_outs_since(app.db(), c.id, c.channel, on)?;
    let cost = c.costs.total(recipients.people);
    let economics = economics::economics(recipients, control, cost, margin(app.config)).map(|mut e| {
        e.verdict = e.verdict.settled(to <= app.today);
        e
    });
    let margin_known = app.config.value.margin_fraction().is_some();
    Ok(Results {
        campaign: c,
        launched: on,
        window_end: to,
        recipients,
        control,
        opt_outs,
        economics,
        cost,
        margin_known,
    })
}

pub fn remove(app: &mut App, name: &str, confirm: &mut dyn FnMut(&Campaign) -> Result<bool>) -> Result<Done<Campaign>> {
    let tx = app.store.begin()?;
    let c = load(&tx, name)?;
    if c.launched_on.is_some() && !confirm(&c)? {
        return Ok(Done::Declined);
    }
    campaigns::delete(&tx, c.id)?;
    tx.commit()?;
    Ok(Done::Done(c))
}

/// What the campaigns since `since` cost per contact reached, in cents
/// (see [`crate::domain::campaign_economics::cost_per_head`]).
pub fn cost_per_customer(app: &App, since: NaiveDate) -> Result<std::collections::HashMap<i64, f64>> {
    let reach = campaigns::costs_and_reach(app.db())?;
    let mut out: std::collections::HashMap<i64, f64> = std::collections::HashMap::new();
    for (contact, campaign) in campaigns::recipient_sends_since(app.db(), since)? {
        if let Some(&(costs, n)) = reach.get(&campaign) {
            *out.entry(contact).or_default() += crate::domain::campaign_economics::cost_per_head(costs, n);
        }
    }
    Ok(out)
}

/// The first day of the 12 months up to `as_of` over which marketing
/// cost and net value are counted.
fn marketing_window(as_of: NaiveDate) -> NaiveDate {
    crate::domain::dates::add_days_saturating(as_of, -364)
}

/// One customer's [`net_of_marketing`], from their own rows only (the
/// contact card must not read the whole file).
pub fn marketing_of(app: &App, contact: i64, as_of: NaiveDate) -> Result<(Cents, Option<Cents>)> {
    let since = marketing_window(as_of);
    let cost = Cents(
        campaigns::reached(app.db(), contact, since)?
            .into_iter()
            .map(|(costs, n)| crate::domain::campaign_economics::cost_per_head(costs, n))
            .sum::<f64>()
            .round() as i64,
    );
    let net = match app.config.value.margin_fraction() {
        Some(m) => Some(crate::domain::campaign_economics::net_value(
            crate::store::purchases::revenue_since(app.db(), contact, since)?,
            m,
            cost,
        )),
        None => None,
    };
    Ok((cost, net))
}

/// Per customer, over the 12 months up to `as_of`: what reaching them
/// cost, and with `[value] margin` their net value (margin on what they
/// bought less that cost).
pub struct NetOfMarketing {
    per_customer: std::collections::HashMap<i64, (Cents, Option<Cents>)>,
    margin: Option<f64>,
}

impl NetOfMarketing {
    /// One customer's marketing cost and net value; a customer no campaign
    /// reached and who bought nothing in the window costs 0 and nets 0.
    pub fn of(&self, contact: i64) -> (Cents, Option<Cents>) {
        match self.per_customer.get(&contact) {
            Some(&m) => m,
            None => (Cents(0), self.margin.map(|_| Cents(0))),
        }
    }
}

pub fn net_of_marketing(app: &App, as_of: NaiveDate) -> Result<NetOfMarketing> {
    let since = marketing_window(as_of);
    let costs = cost_per_customer(app, since)?;
    let margin = app.config.value.margin_fraction();
    let mut out: std::collections::HashMap<i64, (Cents, Option<Cents>)> =
        costs.iter().map(|(&id, &c)| (id, (Cents(c.round() as i64), None))).collect();
    if let Some(m) = margin {
        use crate::domain::dates::to_day_number;
        let revenue = crate::store::analytics::histories(
            app.db(),
            &Default::default(),
            Some(to_day_number(since)),
            to_day_number(as_of),
        )?;
        for h in revenue {
            let e = out.entry(h.contact_id).or_insert((Cents(0), None));
            e.1 = Some(crate::domain::campaign_economics::net_value(Cents(h.total_cents), m, e.0));
        }
        for e in out.values_mut() {
            e.1.get_or_insert(crate::domain::campaign_economics::net_value(Cents(0), m, e.0));
        }
    }
    Ok(NetOfMarketing { per_customer: out, margin })
}
