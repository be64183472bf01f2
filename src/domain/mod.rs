//! Pure logic over plain structs: no SQL, no printing, no clock.

pub mod birthday;
pub mod campaign;
pub mod campaign_economics;
pub mod campaign_record;
pub mod clv;
mod clv_likelihood;
pub mod cohorts;
pub mod columns;
pub mod company;
pub mod consent;
pub mod consent_record;
pub mod contact;
pub mod contact_columns;
pub mod contact_points;
pub mod criterion_values;
pub mod dates;
pub mod deal;
pub mod demo;
pub mod demo_after_sale;
pub mod demo_companies;
pub mod demo_service;
pub mod duplicates;
pub mod frat;
pub mod hash;
pub mod hyp2f1;
pub mod import;
pub mod interaction;
pub mod key_dates;
pub mod labels;
pub mod loyalty;
pub mod mailbox;
pub mod money;
pub mod optimize;
pub mod pareto;
pub mod phone;
pub mod pipeline;
pub mod profitability;
pub mod purchase;
pub mod recorder;
pub mod remind;
pub mod renewal;
pub mod rfm;
pub mod rhythm;
pub mod sales_profile;
pub mod satisfaction;
pub mod segment_filter;
pub mod segment_record;
pub mod service;
pub mod smtp_url;
pub mod sniff;
pub mod summary;
pub mod sync;
pub mod template;
pub mod value_matrix;
pub mod vcard;
pub mod visits;

/// A value a rule of the domain refuses, with the reason in words (the
/// caller adds which flag, field or line it came from).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub crate::i18n::Text);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.english())
    }
}

impl std::error::Error for Invalid {}

impl From<dates::DateError> for Invalid {
    fn from(e: dates::DateError) -> Self {
        Invalid(e.0)
    }
}

impl From<money::AmountError> for Invalid {
    fn from(e: money::AmountError) -> Self {
        Invalid(e.text())
    }
}

impl From<String> for Invalid {
    fn from(s: String) -> Self {
        Invalid(s.into())
    }
}

impl From<&str> for Invalid {
    fn from(s: &str) -> Self {
        Invalid(s.into())
    }
}
