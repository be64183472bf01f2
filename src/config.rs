//! The config file (TOML). Unknown keys are errors, so a typo never goes
//! unnoticed; every key has a default so the file is optional.

use crate::error::{Error, Result};
use crate::output::Format;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The database file; `--db` and `CARNET_DB` win over it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db: Option<PathBuf>,
    /// ISO 4217 code, for the reader's information in exports.
    pub currency: String,
    /// Shown in tables.
    pub currency_symbol: String,
    /// `before` ($12.00) or `after` (12.00 €).
    pub symbol_position: SymbolPosition,
    /// The default `--format`.
    pub format: Format,
    /// Delimiter for CSV written by carnet (`,` or `;`).
    pub csv_delimiter: char,
    pub value_matrix: ValueMatrixConfig,
    pub pareto: ParetoConfig,
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
            currency: "EUR".into(),
            currency_symbol: "€".into(),
            symbol_position: SymbolPosition::After,
            format: Format::Table,
            csv_delimiter: ',',
            value_matrix: ValueMatrixConfig::default(),
            pareto: ParetoConfig::default(),
        }
    }
}

impl Config {
    /// Read the file if it exists; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::user(format!(
                    "cannot read config {}: {e}",
                    path.display()
                )))
            }
        };
        let config: Config = toml::from_str(&text).map_err(|e| {
            let msg = e.message().trim().to_string();
            let line = e
                .span()
                .map(|s| format!(", line {}", text[..s.start].matches('\n').count() + 1))
                .unwrap_or_default();
            Error::user(format!("in config {}{line}: {msg}", path.display()))
                .with_hint("see `carnet config show` for every key and its default")
        })?;
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        if !matches!(self.csv_delimiter, ',' | ';' | '\t' | '|') {
            return Err(Error::user(format!(
                "in config {}: csv_delimiter = {:?} is not one of , ; | or a tab",
                path.display(),
                self.csv_delimiter
            )));
        }
        if self.currency.len() != 3 || !self.currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Error::user(format!(
                "in config {}: currency = {:?} is not a three-letter code such as EUR",
                path.display(),
                self.currency
            )));
        }
        if !(0 < self.pareto.a && self.pareto.a < self.pareto.b && self.pareto.b <= 100) {
            return Err(Error::user(format!(
                "in config {}: pareto.a = {} and pareto.b = {} must satisfy 0 < a < b <= 100",
                path.display(),
                self.pareto.a,
                self.pareto.b
            )));
        }
        Ok(())
    }

    pub fn money_style(&self) -> crate::domain::money::MoneyStyle {
        crate::domain::money::MoneyStyle {
            symbol: self.currency_symbol.clone(),
            symbol_after: self.symbol_position == SymbolPosition::After,
        }
    }
}
