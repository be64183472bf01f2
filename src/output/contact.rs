//! How contacts are shown: the listing row, the export row and the card.

use crate::app::contacts::Card;
use crate::app::views::ContactSummary;
use crate::domain::contact::{Contact, ContactFields, FIELD_NAMES};
use crate::domain::money::Cents;
use crate::domain::rfm::Segment;
use crate::domain::value_matrix::Cell;
use crate::output::{Cells, Record};
use chrono::NaiveDate;
use serde::Serialize;

crate::record! {
    /// `contact list`, `segment show`.
    pub struct ContactRow {
        id: i64,
        r#ref: Option<String>,
        name: String,
        email: Option<String>,
        phone: Option<String>,
        city: Option<String>,
        tags: Vec<String>,
        purchases: i64,
        total_spent: Cents,
        last_purchase: Option<NaiveDate>,
    }
    numeric: [id, purchases, total_spent]
    narrow_drops: [tags, r#ref, city, phone, purchases, email]
}

impl From<ContactSummary> for ContactRow {
    fn from(s: ContactSummary) -> Self {
        ContactRow {
            id: s.id,
            r#ref: s.r#ref,
            name: s.name,
            email: s.email,
            phone: s.phone,
            city: s.city,
            tags: s.tags,
            purchases: s.purchases,
            total_spent: s.total_spent,
            last_purchase: s.last_purchase,
        }
    }
}

/// The headers of a record that starts with the contact's id and fields,
/// then `rest`: written once here, for the export row and the card.
macro_rules! with_fields {
    ($($rest:literal),*) => {
        &["id", "ref", "name", "email", "phone", "company", "street", "postcode", "city", "country", "birthday",
          "notes", "email_type", "phone_type", "other_emails", "other_phones", "honorific", $($rest),*]
    };
}

/// The id and every field, as cells (in `FIELD_NAMES` order).
fn field_cells(id: i64, f: &ContactFields) -> Vec<String> {
    let mut v = vec![id.to_string()];
    v.extend(FIELD_NAMES.iter().map(|name| f.get(name).unwrap_or_default().to_string()));
    v
}

/// A contact as exported: every field, tags, and timestamps.
#[derive(Serialize)]
pub struct ExportRow {
    id: i64,
    #[serde(flatten)]
    fields: ContactFields,
    tags: Vec<String>,
    archived: bool,
    created_at: String,
    updated_at: String,
}

impl Record for ExportRow {
    fn headers() -> Vec<&'static str> {
        with_fields!("tags", "archived", "created_at", "updated_at").to_vec()
    }
    fn kinds() -> Vec<crate::output::CellKind> {
        use crate::output::CellKind;
        // The id a number; every field text (a birthday may lack its year,
        // a postcode keeps its leading zero); the flag a boolean.
        let mut k = vec![CellKind::Integer];
        k.extend(FIELD_NAMES.iter().map(|_| CellKind::Text));
        k.extend([CellKind::Text, CellKind::Bool, CellKind::Timestamp, CellKind::Timestamp]);
        k
    }
    fn cells(&self, c: &Cells) -> Vec<String> {
        let mut v = field_cells(self.id, &self.fields);
        v.extend([c.list(&self.tags), self.archived.to_string(), self.created_at.clone(), self.updated_at.clone()]);
        v
    }
}

impl From<Contact> for ExportRow {
    fn from(c: Contact) -> Self {
        ExportRow {
            id: c.id,
            fields: c.fields,
            tags: c.tags,
            archived: c.archived_at.is_some(),
            created_at: c.created_at,
            updated_at: c.updated_at,
        }
    }
}

/// The whole card of one contact (`contact show`).
#[derive(Serialize)]
pub struct ContactCard {
    id: i64,
    #[serde(flatten)]
    fields: ContactFields,
    tags: Vec<String>,
    /// Key dates as `label=date` (`mariage=2027-06-12`).
    dates: Vec<String>,
    archived_at: Option<String>,
    created_at: String,
    updated_at: String,
    purchases: i64,
    total_spent: Cents,
    first_purchase: Option<NaiveDate>,
    last_purchase: Option<NaiveDate>,
    /// Who recorded the latest purchase.
    last_purchase_by: Option<String>,
    r_score: Option<u8>,
    f_score: Option<u8>,
    m_score: Option<u8>,
    rfm_code: Option<String>,
    segment: Option<Segment>,
    value_cell: Option<Cell>,
    cadence_days: Option<u32>,
    open_follow_ups: Exchanges,
    last_interactions: Exchanges,
    /// The customer's service requests, newest first.
    service_requests: ServiceLines,
    consent_email: &'static str,
    consent_sms: &'static str,
    consent_phone: &'static str,
    consent_post: &'static str,
    /// Who recorded the latest consent event of each channel that has one.
    consent_by: ConsentBy,
    p_alive: Option<f64>,
    expected_visits: Option<f64>,
    clv: Option<Cents>,
    marketing_cost: Cents,
    net_value: Option<Cents>,
    /// The day of the kept figures the card was placed among (a big
    /// shop's); null when they were worked out for this card.
    population_at: Option<NaiveDate>,
    /// Purchases recorded since those figures; null with them.
    purchases_since_population: Option<i64>,
    satisfaction_score: Option<u8>,
    satisfaction_scale: Option<&'static str>,
    satisfaction_date: Option<NaiveDate>,
    loyalty_points: Option<i64>,
    loyalty_next_reward: Option<String>,
    loyalty_points_to_next: Option<i64>,
    /// `person` or `company`.
    kind: &'static str,
    /// A company's people, as `name (id)`.
    people: Vec<String>,
}

impl Record for ContactCard {
    fn headers() -> Vec<&'static str> {
        with_fields!(
            "tags",
            "dates",
            "archived_at",
            "created_at",
            "updated_at",
            "purchases",
            "total_spent",
            "first_purchase",
            "last_purchase",
            "last_purchase_by",
            "r_score",
            "f_score",
            "m_score",
            "rfm_code",
            "segment",
            "value_cell",
            "cadence_days",
            "open_follow_ups",
            "last_interactions",
            "service_requests",
            "consent_email",
            "consent_sms",
            "consent_phone",
            "consent_post",
            "consent_by",
            "p_alive",
            "expected_visits",
            "clv",
            "marketing_cost",
            "net_value",
            "population_at",
            "purchases_since_population",
            "satisfaction_score",
            "satisfaction_scale",
            "satisfaction_date",
            "loyalty_points",
            "loyalty_next_reward",
            "loyalty_points_to_next",
            "kind",
            "people"
        )
        .to_vec()
    }
    fn cells(&self, c: &Cells) -> Vec<String> {
        use crate::output::ToCell;
        let mut v = field_cells(self.id, &self.fields);
        v.extend([
            self.tags.cell(c),
            self.dates.cell(c),
            self.archived_at.cell(c),
            self.created_at.cell(c),
            self.updated_at.cell(c),
            self.purchases.cell(c),
            self.total_spent.cell(c),
            self.first_purchase.cell(c),
            self.last_purchase.cell(c),
            self.last_purchase_by.cell(c),
            self.r_score.cell(c),
            self.f_score.cell(c),
            self.m_score.cell(c),
            self.rfm_code.cell(c),
            self.segment.cell(c),
            self.value_cell.cell(c),
            self.cadence_days.cell(c),
            self.open_follow_ups.cell(c),
            self.last_interactions.cell(c),
            self.service_requests.cell(c),
            self.consent_email.cell(c),
            self.consent_sms.cell(c),
            self.consent_phone.cell(c),
            self.consent_post.cell(c),
            self.consent_by.cell(c),
            self.p_alive.cell(c),
            self.expected_visits.cell(c),
            self.clv.cell(c),
            self.marketing_cost.cell(c),
            self.net_value.cell(c),
            self.population_at.cell(c),
            self.purchases_since_population.cell(c),
            self.satisfaction_score.cell(c),
            self.satisfaction_scale.cell(c),
            self.satisfaction_date.cell(c),
            self.loyalty_points.cell(c),
            self.loyalty_next_reward.cell(c),
            self.loyalty_points_to_next.cell(c),
            c.value_word("contact-kind", self.kind).unwrap_or_else(|| self.kind.to_string()),
            c.lines(&self.people),
        ]);
        v
    }
}

impl ContactCard {
    /// A card for a contact just added: no purchases, scores or history yet.
    pub fn new(c: Contact) -> Self {
        ContactCard::from(Card {
            contact: c,
            purchases: Default::default(),
            standing: None,
            cadence_days: None,
            open_follow_ups: Vec::new(),
            last_interactions: Vec::new(),
            consent: Vec::new(),
            last_purchase_by: None,
            consent_by: Vec::new(),
            value: None,
            marketing_cost: Cents(0),
            net_value: None,
            dates: Vec::new(),
            service: Vec::new(),
            after_sale: Default::default(),
            kind: crate::domain::company::Kind::Person,
            people: Vec::new(),
            population_age: None,
        })
    }
}

impl From<Card> for ContactCard {
    fn from(card: Card) -> Self {
        use crate::domain::consent::{Channel, Status};
        let c = card.contact;
        let s = card.purchases;
        let st = card.standing;
        let consent = |ch: Channel| {
            card.consent.iter().find(|(c, _)| *c == ch).map(|(_, s)| s.as_str()).unwrap_or(Status::NeverAsked.as_str())
        };
        ContactCard {
            id: c.id,
            fields: c.fields,
            tags: c.tags,
            dates: card.dates.iter().map(ToString::to_string).collect(),
            archived_at: c.archived_at,
            created_at: c.created_at,
            updated_at: c.updated_at,
            purchases: s.count,
            total_spent: s.total,
            first_purchase: s.first,
            last_purchase: s.last,
            last_purchase_by: card.last_purchase_by,
            r_score: st.as_ref().map(|s| s.r),
            f_score: st.as_ref().map(|s| s.f),
            m_score: st.as_ref().map(|s| s.m),
            rfm_code: st.as_ref().map(|s| s.rfm_code.clone()),
            segment: st.as_ref().map(|s| s.segment),
            value_cell: st.as_ref().and_then(|s| s.cell),
            cadence_days: card.cadence_days,
            open_follow_ups: Exchanges(card.open_follow_ups.iter().map(|i| Exchange::of(i, true)).collect()),
            last_interactions: Exchanges(card.last_interactions.iter().map(|i| Exchange::of(i, false)).collect()),
            service_requests: ServiceLines(card.service),
            consent_email: consent(Channel::Email),
            consent_sms: consent(Channel::Sms),
            consent_phone: consent(Channel::Phone),
            consent_post: consent(Channel::Post),
            consent_by: ConsentBy(card.consent_by),
            p_alive: card.value.as_ref().map(|v| super::round4(v.p_alive)),
            expected_visits: card.value.as_ref().map(|v| super::round4(v.expected_visits)),
            clv: card.value.as_ref().map(|v| Cents((v.clv * 100.0).round() as i64)),
            marketing_cost: card.marketing_cost,
            net_value: card.net_value,
            population_at: card.population_age.map(|a| a.as_of),
            purchases_since_population: card.population_age.map(|a| a.purchases_since),
            satisfaction_score: card.after_sale.latest_answer.as_ref().map(|a| a.score),
            satisfaction_scale: card.after_sale.latest_answer.as_ref().map(|a| a.scale.as_str()),
            satisfaction_date: card.after_sale.latest_answer.as_ref().map(|a| a.day),
            loyalty_points: card.after_sale.card.as_ref().map(|c| c.balance),
            loyalty_next_reward: card.after_sale.card.as_ref().and_then(|c| c.next.as_ref().map(|n| n.0.name.clone())),
            loyalty_points_to_next: card.after_sale.card.as_ref().and_then(|c| c.next.as_ref().map(|n| n.1)),
            kind: card.kind.as_str(),
            people: card.people.iter().map(|p| format!("{} ({})", p.name, p.id)).collect(),
        }
    }
}

/// One interaction on the card, a line: `2026-11-13 call: asked about the
/// bowls` for scripts (and tables in English), `13/11/2026 appel : …` in a
/// French table; an open follow-up leads with its due day and its number.
pub struct Exchange {
    day: NaiveDate,
    kind: String,
    summary: Option<String>,
    /// An open follow-up: its due day and the interaction's id.
    follow_up: Option<(Option<NaiveDate>, i64)>,
    /// Who recorded it.
    by: Option<String>,
}

impl Exchange {
    fn of(i: &crate::app::views::Interaction, as_follow_up: bool) -> Exchange {
        Exchange {
            day: i.day,
            kind: i.kind.clone(),
            summary: i.summary.clone(),
            follow_up: as_follow_up.then_some((i.follow_up, i.id)),
            by: i.recorded_by.clone(),
        }
    }

    fn line(&self, c: &Cells) -> String {
        let fr = c.for_people() && c.lang() == crate::i18n::Lang::Fr;
        let kind = c.value_word("kind", &self.kind).unwrap_or_else(|| self.kind.clone());
        let colon = if fr { " : " } else { ": " };
        let brief = format!(
            "{} {kind}{}{}",
            c.date(self.day),
            self.summary.as_deref().map(|s| format!("{colon}{s}")).unwrap_or_default(),
            super::recorded::suffix(if fr { crate::i18n::Lang::Fr } else { crate::i18n::Lang::En }, self.by.as_deref())
        );
        match self.follow_up {
            None => brief,
            Some((due, id)) => {
                let due = due.map(|d| c.date(d)).unwrap_or_default();
                let word = if fr { "échange" } else { "interaction" };
                format!("{due} ({word} {id}, {brief})")
            }
        }
    }
}

/// The card's interactions: an array of English lines in JSON, one line
/// each in the language of a person's table.
pub struct Exchanges(Vec<Exchange>);

impl Serialize for Exchanges {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let c = Cells::csv();
        s.collect_seq(self.0.iter().map(|e| e.line(&c)))
    }
}

impl crate::output::ToCell for Exchanges {
    fn cell(&self, c: &Cells) -> String {
        c.lines(&self.0.iter().map(|e| e.line(c)).collect::<Vec<_>>())
    }
}

/// The card's service requests: `3 2024-06-28 repair: Peugeot bike (ready)`,
/// English lines in JSON, kinds and statuses in the language of a table.
pub struct ServiceLines(Vec<crate::domain::service::Request>);

impl ServiceLines {
    fn line(r: &crate::domain::service::Request, c: &Cells) -> String {
        let kind = c.value_word("kind", &r.kind).unwrap_or_else(|| r.kind.clone());
        let status = c.value_word("status", &r.status).unwrap_or_else(|| r.status.clone());
        let colon = if c.for_people() && c.lang() == crate::i18n::Lang::Fr { " : " } else { ": " };
        format!("{} {} {kind}{colon}{} ({status})", r.id, c.date(r.opened), r.what)
    }
}

impl Serialize for ServiceLines {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let c = Cells::csv();
        s.collect_seq(self.0.iter().map(|r| Self::line(r, &c)))
    }
}

impl crate::output::ToCell for ServiceLines {
    fn cell(&self, c: &Cells) -> String {
        c.lines(&self.0.iter().map(|r| Self::line(r, c)).collect::<Vec<_>>())
    }
}

/// Who recorded the latest consent event per channel: `email: Anna`,
/// English in JSON, the channel in the language of a table.
pub struct ConsentBy(Vec<(crate::domain::consent::Channel, String)>);

impl ConsentBy {
    fn line(ch: crate::domain::consent::Channel, who: &str, c: &Cells) -> String {
        let word = c.value_word("channel", ch.as_str()).unwrap_or_else(|| ch.as_str().to_string());
        let colon = if c.for_people() && c.lang() == crate::i18n::Lang::Fr { " : " } else { ": " };
        format!("{word}{colon}{who}")
    }
}

impl Serialize for ConsentBy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let c = Cells::csv();
        s.collect_seq(self.0.iter().map(|(ch, w)| Self::line(*ch, w, &c)))
    }
}

impl crate::output::ToCell for ConsentBy {
    fn cell(&self, c: &Cells) -> String {
        c.lines(&self.0.iter().map(|(ch, w)| Self::line(*ch, w, c)).collect::<Vec<_>>())
    }
}
