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
        Ok(())
    }

    pub fn money_style(&self) -> crate::domain::money::MoneyStyle {
        crate::domain::money::MoneyStyle {
            symbol: self.currency_symbol.clone(),
            symbol_after: self.symbol_position == SymbolPosition::After,
        }
    }
}
