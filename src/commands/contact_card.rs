//! The whole card of one contact (`contact show`): fields, purchase
//! summary, RFM scores and value cell, follow-ups, consent per channel.

use crate::domain::contact::{Contact, ContactFields, FIELD_NAMES};
use crate::domain::money::Cents;
use crate::domain::rfm::{FrequencyBasis, Segment};
use crate::domain::value_matrix::Cell;
use crate::error::Result;
use crate::output::{Cells, Record};
use crate::store::{contacts, purchases};
use chrono::NaiveDate;
use serde::Serialize;

/// The whole card of one contact.
#[derive(Serialize)]
pub struct ContactCard {
    id: i64,
    #[serde(flatten)]
    fields: ContactFields,
    tags: Vec<String>,
    archived_at: Option<String>,
    created_at: String,
    updated_at: String,
    purchases: i64,
    total_spent: Cents,
    first_purchase: Option<NaiveDate>,
    last_purchase: Option<NaiveDate>,
    r_score: Option<u8>,
    f_score: Option<u8>,
    m_score: Option<u8>,
    rfm_code: Option<String>,
    segment: Option<Segment>,
    value_cell: Option<Cell>,
    cadence_days: Option<u32>,
    open_follow_ups: Vec<String>,
    last_interactions: Vec<String>,
    consent_email: &'static str,
    consent_sms: &'static str,
    consent_phone: &'static str,
    consent_post: &'static str,
}

impl ContactCard {
    /// Add the keep-in-touch cadence, open follow-ups and the last few
    /// interactions.
    pub fn with_interactions(mut self, conn: &rusqlite::Connection) -> Result<Self> {
        use crate::store::interactions::{list, InteractionFilter};
        self.cadence_days = contacts::cadence(conn, self.id)?;
        let brief = |i: &crate::store::interactions::Interaction| {
            format!("{} {}{}", i.day, i.kind, i.summary.as_deref().map(|s| format!(": {s}")).unwrap_or_default())
        };
        let f = InteractionFilter { contact_id: Some(self.id), open: true, ..Default::default() };
        self.open_follow_ups = list(conn, &f)?
            .iter()
            .map(|i| {
                format!(
                    "{} (interaction {}, {})",
                    i.follow_up.map(|d| d.to_string()).unwrap_or_default(),
                    i.id,
                    brief(i)
                )
            })
            .collect();
        let f = InteractionFilter { contact_id: Some(self.id), limit: Some(5), ..Default::default() };
        self.last_interactions = list(conn, &f)?.iter().map(brief).collect();
        for (ch, st) in crate::store::consent::statuses(conn, self.id)? {
            use crate::domain::consent::Channel;
            let slot = match ch {
                Channel::Email => &mut self.consent_email,
                Channel::Sms => &mut self.consent_sms,
                Channel::Phone => &mut self.consent_phone,
                Channel::Post => &mut self.consent_post,
            };
            *slot = st.as_str();
        }
        Ok(self)
    }

    /// Add the contact's RFM scores, segment and value cell as of `as_of`
    /// (scores are relative to every customer, so all are scored).
    pub fn with_scores(mut self, conn: &rusqlite::Connection, as_of: NaiveDate, active_days: u32) -> Result<Self> {
        let scored = super::analysis::rfm(conn, as_of, FrequencyBasis::Days)?;
        if let Ok(i) = scored.binary_search_by_key(&self.id, |s| s.history.contact_id) {
            let s = &scored[i];
            let cells = super::analysis::matrix(&scored, Some(active_days)).cells;
            self.r_score = Some(s.r);
            self.f_score = Some(s.f);
            self.m_score = Some(s.m);
            self.rfm_code = Some(s.rfm_code());
            self.segment = Some(s.segment);
            self.value_cell = cells.get(i).copied();
        }
        Ok(self)
    }

    pub fn new(c: Contact, s: purchases::PurchaseSummary) -> Self {
        ContactCard {
            id: c.id,
            fields: c.fields,
            tags: c.tags,
            archived_at: c.archived_at,
            created_at: c.created_at,
            updated_at: c.updated_at,
            purchases: s.count,
            total_spent: s.total,
            first_purchase: s.first,
            last_purchase: s.last,
            r_score: None,
            f_score: None,
            m_score: None,
            rfm_code: None,
            segment: None,
            value_cell: None,
            cadence_days: None,
            open_follow_ups: Vec::new(),
            last_interactions: Vec::new(),
            consent_email: "never_asked",
            consent_sms: "never_asked",
            consent_phone: "never_asked",
            consent_post: "never_asked",
        }
    }
}

impl Record for ContactCard {
    const HEADERS: &'static [&'static str] = &[
        "id",
        "ref",
        "name",
        "email",
        "phone",
        "company",
        "street",
        "postcode",
        "city",
        "country",
        "birthday",
        "notes",
        "tags",
        "archived_at",
        "created_at",
        "updated_at",
        "purchases",
        "total_spent",
        "first_purchase",
        "last_purchase",
        "r_score",
        "f_score",
        "m_score",
        "rfm_code",
        "segment",
        "value_cell",
        "cadence_days",
        "open_follow_ups",
        "last_interactions",
        "consent_email",
        "consent_sms",
        "consent_phone",
        "consent_post",
    ];
    fn cells(&self, c: &Cells) -> Vec<String> {
        let mut v = vec![self.id.to_string()];
        v.extend(FIELD_NAMES.iter().map(|f| self.fields.get(f).unwrap_or_default().to_string()));
        v.extend([
            c.list(&self.tags),
            c.opt(&self.archived_at),
            self.created_at.clone(),
            self.updated_at.clone(),
            self.purchases.to_string(),
            c.money(self.total_spent),
            c.opt(&self.first_purchase),
            c.opt(&self.last_purchase),
            c.opt(&self.r_score),
            c.opt(&self.f_score),
            c.opt(&self.m_score),
            c.opt(&self.rfm_code),
            self.segment.map(|s| s.name().to_string()).unwrap_or_default(),
            self.value_cell.map(|s| s.name().to_string()).unwrap_or_default(),
            c.opt(&self.cadence_days),
            c.lines(&self.open_follow_ups),
            c.lines(&self.last_interactions),
            self.consent_email.into(),
            self.consent_sms.into(),
            self.consent_phone.into(),
            self.consent_post.into(),
        ]);
        v
    }
}
