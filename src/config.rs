//! The config file (TOML). Unknown keys are errors, so a typo never goes
//! unnoticed; every key has a default so the file is optional.

use crate::error::{Error, Result};
use crate::output::Format;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

mod loyalty;
pub use loyalty::{LoyaltyConfig, ProgrammeKind, RewardConfig};
#[path = "config_errors.rs"]
pub mod errors;

/// `[csv]`: how CSV is written for people's spreadsheets.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct CsvConfig {
    /// A UTF-8 byte-order mark, `;` and decimal commas, as French Excel
    /// reads CSV without an import dialog.
    pub excel: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The database file; `--db` and `CARNET_DB` win over it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<PathBuf>,
    /// Who records what this carnet writes on a SQLite file (`recorded_by`
    /// of purchases, interactions, deal moves, consent events);
    /// `CARNET_USER` wins over it, the OS login name stands in without it.
    /// PostgreSQL records the connected role instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// ISO 4217 code, for the reader's information in exports.
    pub currency: String,
    /// The country (ISO 3166 code) of phone numbers written the national
    /// way (`06 12 34 56 78`): they are compared in E.164 with it.
    pub country: String,
    /// Shown in tables.
    pub currency_symbol: String,
    /// `before` ($12.00) or `after` (12.00 €).
    pub symbol_position: SymbolPosition,
    /// The default `--format`.
    pub format: Format,
    /// Delimiter for CSV written by carnet (`,` or `;`).
    pub csv_delimiter: char,
    /// How date flags read slashed dates: `DD/MM/YYYY` or `MM/DD/YYYY`
    /// (unset: the locale's, day first in French).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_format: Option<String>,
    /// The language of tables and messages, `en` or `fr` (unset: the
    /// locale's). `--lang` wins over it; JSON and CSV never change.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The pager for long output on a terminal (`""`: never page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pager: Option<String>,
    /// `[csv] excel = true`: CSV written for a French spreadsheet.
    pub csv: CsvConfig,
    pub value_matrix: ValueMatrixConfig,
    pub pareto: ParetoConfig,
    /// Open deal stages, in order, each with its chance of winning (%).
    pub deal_stages: Vec<crate::domain::pipeline::Stage>,
    /// The kinds of interaction that may be logged.
    pub interaction_kinds: Vec<String>,
    pub interaction: InteractionConfig,
    /// Where the shop sells (`purchase add --channel`, an import's
    /// `channel` column).
    pub sales_channels: Vec<String>,
    /// Per category (by name): its renewal cycle, for `carnet remind`
    /// (`[categories.service] cycle = "12m"`).
    pub categories: std::collections::BTreeMap<String, CategoryConfig>,
    pub remind: RemindConfig,
    pub consent: ConsentConfig,
    pub privacy: PrivacyConfig,
    pub campaign: CampaignConfig,
    pub value: ValueConfig,
    pub import: ImportConfig,
    /// `[send]`: the shop's own mail account, for `campaign send`.
    pub send: SendConfig,
    /// `[sms]`: the shop's SMS provider, as an HTTP request template.
    pub sms: SmsConfig,
    /// `[service]`: service requests' kinds, statuses and reminders.
    pub service: ServiceConfig,
    /// `[loyalty]`: the loyalty card (points or stamps).
    pub loyalty: LoyaltyConfig,
    /// `[sync]`: the CardDAV address book and CalDAV calendar `carnet sync` pushes to.
    pub sync: SyncConfig,
}

/// `[service]`: the kinds and open statuses of service requests (like
/// deal stages), the collect reminder and the messages per status.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServiceConfig {
    pub kinds: Vec<String>,
    /// The open statuses, in order; `ready` among them. `collected` and
    /// `cancelled` close a request (`service close`).
    pub statuses: Vec<String>,
    /// A ready request not collected after this long is reminded.
    pub collect_reminder: String,
    /// A complaint without an answer (a note or a move) after this long is reminded.
    pub complaint_answer: String,
    /// The message to the customer per status (`ready = "…{{what}}…"`);
    /// `ready` has carnet's own in the shop's language when unset.
    pub messages: std::collections::BTreeMap<String, String>,
}

impl Default for ServiceConfig {
    fn default() -> Self {
        ServiceConfig {
            kinds: crate::domain::service::default_kinds(),
            statuses: crate::domain::service::default_statuses(),
            collect_reminder: "7d".into(),
            complaint_answer: "2d".into(),
            messages: Default::default(),
        }
    }
}

impl ServiceConfig {
    /// `collect_reminder` and `complaint_answer` in days (checked at load).
    pub fn collect_days(&self) -> u32 {
        crate::domain::dates::parse_days(&self.collect_reminder).unwrap_or(7)
    }

    pub fn answer_days(&self) -> u32 {
        crate::domain::dates::parse_days(&self.complaint_answer).unwrap_or(2)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct InteractionConfig {
    /// The kinds that are contact with the person, and so reset a
    /// keep-in-touch cadence (unset: every kind but `note`, which is the
    /// shop writing to itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_kinds: Option<Vec<String>>,
}

impl Config {
    /// The interaction kinds that count as being in touch (see
    /// [`InteractionConfig::contact_kinds`]).
    pub fn contact_kinds(&self) -> Vec<String> {
        match &self.interaction.contact_kinds {
            Some(kinds) => kinds.clone(),
            None => self.interaction_kinds.iter().filter(|k| k.as_str() != "note").cloned().collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CategoryConfig {
    /// `12m`, `1y`, `6w`, `45d`, or `measured` (the category's median
    /// repurchase cycle): a customer whose last purchase of it is older is
    /// reminded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
}

/// `[send]`: the mail account campaigns and the digest go out through.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SendConfig {
    /// `smtps://user@host:465`, `smtp://user@host:587?tls=required` or
    /// `smtp://127.0.0.1:25` (see `domain::smtp_url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub smtp: Option<String>,
    /// `Atelier Roux <bonjour@atelier-roux.fr>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    /// At most this many messages a minute (a small account's limit).
    pub per_minute: u32,
    /// A command that prints the password (`pass show mail/shop`), when
    /// `CARNET_SMTP_PASSWORD` is not set. The password is never stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_command: Option<String>,
    /// A PEM certificate to trust besides the usual authorities (a relay
    /// with its own certificate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
}

impl Default for SendConfig {
    fn default() -> Self {
        SendConfig { smtp: None, from: None, reply_to: None, per_minute: 30, password_command: None, ca_file: None }
    }
}

/// `[sms]`: an HTTP request per message, `{{to}}` and `{{message}}` filled.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SmsConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// `POST` (default) or `GET`.
    pub method: String,
    /// `"Authorization" = "Bearer {{secret}}"`.
    pub headers: std::collections::BTreeMap<String, String>,
    /// The request body, with `{{to}}`, `{{message}}`, `{{from}}`, `{{secret}}`.
    pub body: String,
    /// The environment variable holding the secret (`{{secret}}`).
    pub secret_env: String,
    /// The sender name or number, as `{{from}}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// A success is an HTTP 2xx whose body contains this text (when set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success_contains: Option<String>,
    /// Longer messages are refused (160: one SMS; 306, 459…: several).
    pub max_length: usize,
    /// Appended to marketing SMS, as French law asks (`STOP au 36173`).
    pub stop_text: String,
    pub per_minute: u32,
}

impl Default for SmsConfig {
    fn default() -> Self {
        SmsConfig {
            url: None,
            method: "POST".into(),
            headers: Default::default(),
            body: String::new(),
            secret_env: "CARNET_SMS_SECRET".into(),
            from: None,
            success_contains: None,
            max_length: 160,
            stop_text: "STOP au 36173".into(),
            per_minute: 30,
        }
    }
}

/// `[sync]`: where `carnet sync` pushes the contacts (CardDAV) and the
/// reminders (CalDAV). The password comes from `CARNET_SYNC_PASSWORD` or
/// `password_command`, never from this file or the database.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct SyncConfig {
    /// The address book's URL (or the server's root: it is discovered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carddav: Option<String>,
    /// The calendar's URL (or the server's root: it is discovered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caldav: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// A command that prints the password (`pass show carnet`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password_command: Option<String>,
    /// Only this segment's contacts go (`customers`: not the suppliers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
}

impl SyncConfig {
    /// Whether a server is configured.
    pub fn configured(&self) -> bool {
        self.carddav.is_some() || self.caldav.is_some()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ImportConfig {
    /// Headers of the shop's till or spreadsheet and the column each is
    /// (`"Code client" = "customer_id"`), for every `purchase import`.
    pub map: std::collections::BTreeMap<String, String>,
    /// The shop's own export layouts (`[import.profiles.ma-caisse]`), named
    /// with `purchase import --profile`, or recognised by their `detect`
    /// headers.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub profiles: std::collections::BTreeMap<String, crate::domain::sales_profile::ProfileSpec>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ValueConfig {
    /// The gross margin on sales (`40%`): lifetime value and the
    /// profitability matrix are then in margin rather than revenue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin: Option<String>,
    /// Tags of customers worth more than their own purchases (reference
    /// customers, prescribers): never classed as Undesirable.
    pub keep_tags: Vec<String>,
}

impl Default for ValueConfig {
    /// `reference` is kept by default, as the README has always shown it: a
    /// shop that tags its reference customers expects them protected.
    fn default() -> Self {
        ValueConfig { margin: None, keep_tags: vec!["reference".to_string()] }
    }
}

impl ValueConfig {
    /// The margin as a fraction, when one is set.
    pub fn margin_fraction(&self) -> Option<f64> {
        let m = self.margin.as_deref()?;
        m.trim().trim_end_matches('%').trim().parse::<u32>().ok().map(|p| p as f64 / 100.0)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConsentConfig {
    /// Channels that need an opt-in (or a recorded soft opt-in); the others
    /// only need that the person has not objected.
    pub opt_in_channels: Vec<crate::domain::consent::Channel>,
}

impl Default for ConsentConfig {
    fn default() -> Self {
        use crate::domain::consent::Channel;
        ConsentConfig { opt_in_channels: vec![Channel::Email, Channel::Sms] }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {
    /// How long a contact may stay without activity (`privacy review`).
    pub retention: String,
}

impl Default for PrivacyConfig {
    fn default() -> Self {
        PrivacyConfig { retention: "3y".into() }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CampaignConfig {
    /// At most this many campaign contacts per person…
    pub max_contacts: u32,
    /// …within this many days.
    pub window_days: u32,
    /// Added to every email row of a launch file. Unset, it is carnet's
    /// own sentence in the shop's language (`CampaignConfig::unsubscribe`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsubscribe_text: Option<String>,
}

impl CampaignConfig {
    /// The unsubscribe text of a launch: the config's, else carnet's own
    /// in `lang`.
    pub fn unsubscribe(&self, lang: crate::i18n::Lang) -> String {
        self.unsubscribe_text.clone().unwrap_or_else(|| crate::i18n::tr(lang, "default-unsubscribe"))
    }
}

impl Default for CampaignConfig {
    fn default() -> Self {
        CampaignConfig { max_contacts: 2, window_days: 30, unsubscribe_text: None }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RemindConfig {
    /// How many days ahead `carnet remind` announces birthdays.
    pub birthday_days: u32,
    /// A regular customer (3 visits or more) is slipping away once the
    /// time since their last visit is more than this many times their own
    /// median gap between visits.
    pub slipping_factor: f64,
    /// How many days a regular slipping away stays in `remind` (and in the
    /// built-in segment) after the day they cross, until a visit or an
    /// interaction of a contact kind (0: the crossing day only).
    pub slipping_kept_days: u32,
    /// The key-date labels `carnet remind` announces (`["mariage"]`), and
    /// `birthday` for birthdays (unset: every key date and birthdays).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dates: Option<Vec<String>>,
}

impl Default for RemindConfig {
    fn default() -> Self {
        RemindConfig { birthday_days: 7, slipping_factor: 2.0, slipping_kept_days: 30, dates: None }
    }
}

/// The label `[remind] dates` gives birthdays.
pub const BIRTHDAY_LABEL: &str = "birthday";

impl RemindConfig {
    /// Whether remind announces the key dates of this (kept) label.
    pub fn announces(&self, label: &str) -> bool {
        self.dates.as_ref().is_none_or(|d| d.iter().any(|l| l.trim().to_lowercase() == label))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ValueMatrixConfig {
    /// Customers with no purchase for longer than this are Inactive.
    pub active_days: u32,
}

impl Default for ValueMatrixConfig {
    fn default() -> Self {
        ValueMatrixConfig { active_days: 365 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ParetoConfig {
    /// Class A: the customers who make the first `a` % of revenue.
    pub a: u32,
    /// Class B: up to `b` % of revenue; C is the rest.
    pub b: u32,
}

impl Default for ParetoConfig {
    fn default() -> Self {
        ParetoConfig { a: 80, b: 95 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SymbolPosition {
    Before,
    After,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: None,
            user: None,
            currency: "EUR".into(),
            country: "FR".into(),
            currency_symbol: "€".into(),
            symbol_position: SymbolPosition::After,
            format: Format::Table,
            csv_delimiter: ',',
            date_format: None,
            language: None,
            pager: None,
            csv: CsvConfig::default(),
            value_matrix: ValueMatrixConfig::default(),
            pareto: ParetoConfig::default(),
            deal_stages: crate::domain::pipeline::default_stages(),
            interaction_kinds: ["call", "email", "visit", "meeting", "sms", "note"].map(String::from).to_vec(),
            interaction: InteractionConfig::default(),
            sales_channels: crate::domain::purchase::DEFAULT_CHANNELS.map(String::from).to_vec(),
            categories: Default::default(),
            remind: RemindConfig::default(),
            consent: ConsentConfig::default(),
            privacy: PrivacyConfig::default(),
            campaign: CampaignConfig::default(),
            value: ValueConfig::default(),
            import: ImportConfig::default(),
            send: SendConfig::default(),
            sms: SmsConfig::default(),
            service: ServiceConfig::default(),
            loyalty: LoyaltyConfig::default(),
            sync: SyncConfig::default(),
        }
    }
}

impl Config {
    /// Read the file if it exists; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config> {
        if path.is_dir() {
            return Err(Error::config(path, crate::i18n::Text::tr("io-is-a-folder", vec![]))
                .with_hint_t("hint-config-folder", vec![]));
        }
        if !path.exists() && std::fs::symlink_metadata(path).is_err() {
            return Ok(Config::default());
        }
        // A regular file of a few MB: never a device or a FIFO.
        let bytes = crate::paths::read_capped(path, crate::paths::TEXT_CAP)?;
        let text = String::from_utf8(bytes)
            .map_err(|e| Error::io("read config", path, std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?;
        Config::from_text(&text, path)
    }

    /// The config in `text`, read from `path` (named in the errors).
    pub fn from_text(text: &str, path: &Path) -> Result<Config> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let what = errors::describe(e.message());
            let path = path.display().to_string();
            let (id, args) = match e.span() {
                Some(s) => (
                    "err-in-config-at",
                    crate::targs!["path" => path, "place" => errors::place(text, s.start), "what" => what],
                ),
                None => ("err-in-config", crate::targs!["path" => path, "what" => what]),
            };
            Error::t(crate::error::Kind::Config, id, args).with_hint_t("hint-config-show", vec![])
        })?;
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let max = crate::domain::dates::MAX_DAYS;
        for (key, v, lo, hi) in [
            ("campaign.window_days", self.campaign.window_days, 1, max),
            ("campaign.max_contacts", self.campaign.max_contacts, 1, 1000),
            ("remind.birthday_days", self.remind.birthday_days, 0, 366),
            ("remind.slipping_kept_days", self.remind.slipping_kept_days, 0, max),
            ("value_matrix.active_days", self.value_matrix.active_days, 1, max),
        ] {
            if !(lo..=hi).contains(&v) {
                return Err(Error::config(
                    path,
                    crate::i18n::Text::tr("config-out-of-range", crate::targs!["key" => key.to_string(), "value" => v.to_string(), "lo" => lo.to_string(), "hi" => hi.to_string()]),
                )
                .with_hint_t("hint-config-show", vec![]));
            }
        }
        let factor = self.remind.slipping_factor;
        if !(1.0..=20.0).contains(&factor) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr("config-out-of-range", crate::targs!["key" => "remind.slipping_factor", "value" => factor.to_string(), "lo" => "1", "hi" => "20"]),
            )
            .with_hint_t("hint-slipping-factor", vec![]));
        }
        if !crate::domain::phone::is_region(&self.country) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr("config-country", crate::targs!["value" => format!("{:?}", self.country)]),
            ));
        }
        if let Some(m) = &self.value.margin {
            let ok = m.trim().trim_end_matches('%').trim().parse::<u32>().is_ok_and(|v| (1..=100).contains(&v));
            if !ok {
                return Err(Error::config(
                    path,
                    crate::i18n::Text::tr("config-margin", crate::targs!["value" => format!("{m:?}")]),
                ));
            }
        }
        if !matches!(self.csv_delimiter, ',' | ';' | '\t' | '|') {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr(
                    "config-delimiter",
                    crate::targs!["value" => format!("{:?}", self.csv_delimiter)],
                ),
            ));
        }
        if self.currency.len() != 3 || !self.currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr("config-currency", crate::targs!["value" => format!("{:?}", self.currency)]),
            ));
        }
        if !(0 < self.pareto.a && self.pareto.a < self.pareto.b && self.pareto.b <= 100) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr(
                    "config-pareto",
                    crate::targs!["a" => self.pareto.a.to_string(), "b" => self.pareto.b.to_string()],
                ),
            ));
        }
        if crate::domain::dates::parse_days(&self.privacy.retention).is_err() {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr(
                    "config-retention",
                    crate::targs!["value" => format!("{:?}", self.privacy.retention)],
                ),
            ));
        }
        crate::domain::pipeline::check_stages(&self.deal_stages).map_err(|e| {
            Error::config(
                path,
                crate::i18n::Text::tr("config-key-why", crate::targs!["key" => "deal_stages", "why" => e.0.clone()]),
            )
        })?;
        if let Some(f) = &self.date_format {
            if !["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"].contains(&f.trim().to_ascii_uppercase().as_str()) {
                return Err(Error::config(
                    path,
                    crate::i18n::Text::tr("config-date-format", crate::targs!["value" => format!("{f:?}")]),
                ));
            }
        }
        if let Some(l) = &self.language {
            if crate::i18n::Lang::parse(l).is_none() {
                return Err(Error::config(
                    path,
                    crate::i18n::Text::tr("config-language", crate::targs!["value" => format!("{l:?}")]),
                ));
            }
        }
        for l in self.remind.dates.iter().flatten() {
            crate::domain::key_dates::normalize_label(l).map_err(|e| {
                Error::config(
                    path,
                    crate::i18n::Text::tr(
                        "config-key-why",
                        crate::targs!["key" => "remind.dates", "why" => e.0.clone()],
                    ),
                )
            })?;
        }
        for (name, c) in &self.categories {
            if let Some(cycle) = &c.cycle {
                crate::domain::renewal::parse_cycle(cycle).map_err(|e| {
                    Error::config(
                        path,
                        crate::i18n::Text::tr(
                            "config-key-why",
                            crate::targs!["key" => format!("categories.{name}.cycle"), "why" => e.0.clone()],
                        ),
                    )
                })?;
            }
        }
        if let Err(e) = crate::domain::purchase::check_channels(&self.sales_channels) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr("config-key-why", crate::targs!["key" => "sales_channels", "why" => e.0.clone()]),
            ));
        }
        self.validate_service(path)?;
        if self.interaction_kinds.is_empty() || self.interaction_kinds.iter().any(|k| k.trim().is_empty()) {
            return Err(Error::config(path, crate::i18n::Text::tr("config-kinds", vec![])));
        }
        if let Some(k) = self.interaction.contact_kinds.iter().flatten().find(|k| !self.interaction_kinds.contains(k)) {
            return Err(Error::config(
                path,
                crate::i18n::Text::tr(
                    "config-contact-kind",
                    crate::targs!["kind" => k.as_str(), "kinds" => self.interaction_kinds.join(", ")],
                ),
            ));
        }
        self.loyalty.validate(path)?;
        Ok(())
    }

    fn validate_service(&self, path: &Path) -> Result<()> {
        let s = &self.service;
        let why = |key: String, e: crate::domain::Invalid| {
            Error::config(path, crate::i18n::Text::tr("config-key-why", crate::targs!["key" => key, "why" => e.0]))
        };
        crate::domain::service::check_kinds(&s.kinds).map_err(|e| why("service.kinds".into(), e))?;
        crate::domain::service::check_statuses(&s.statuses).map_err(|e| why("service.statuses".into(), e))?;
        for (key, v) in
            [("service.collect_reminder", &s.collect_reminder), ("service.complaint_answer", &s.complaint_answer)]
        {
            crate::domain::dates::parse_days(v).map_err(|e| why(key.into(), crate::domain::Invalid(e.0)))?;
        }
        for (status, template) in &s.messages {
            let known = crate::domain::service::is_closed_status(status) || s.statuses.contains(status);
            if !known {
                return Err(why(
                    format!("service.messages.{status}"),
                    crate::domain::Invalid(crate::i18n::Text::tr(
                        "err-service-not-status",
                        crate::targs!["name" => status.as_str()],
                    )),
                ));
            }
            // Every field known: a typo is found when the file is read.
            crate::domain::service::fill(template, &|_| Some("x".into()))
                .map_err(|e| why(format!("service.messages.{status}"), e))?;
        }
        Ok(())
    }

    /// How tables show money: French writes `1 234,50 €` (a narrow
    /// no-break space between thousands, a decimal comma), English
    /// `1,234.50 €` or `€1,234.50` per `symbol_position`.
    pub fn money_style(&self, french: bool) -> crate::domain::money::MoneyStyle {
        crate::domain::money::MoneyStyle {
            symbol: self.currency_symbol.clone(),
            symbol_after: self.symbol_position == SymbolPosition::After,
            decimal: if french { ',' } else { '.' },
            group: if french { '\u{202f}' } else { ',' },
        }
    }
}
