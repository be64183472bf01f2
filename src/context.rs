//! What every handler needs: the config, where the database is, how to
//! print, and what day it is (the clock is read here and nowhere else).

use crate::cli::{Cli, FormatArg};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{Format, Output};
use crate::store::{OpenMode, Store};
use chrono::{DateTime, NaiveDate, Utc};
use std::path::PathBuf;

pub struct Ctx {
    pub config: Config,
    pub config_path: PathBuf,
    pub db_path: PathBuf,
    /// Whether the database path came from --db, CARNET_DB or the config.
    pub db_explicit: bool,
    pub out: Output,
    /// The format asked for on the command line, if any.
    pub format_arg: Option<FormatArg>,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
}

impl Ctx {
    pub fn new(cli: &Cli) -> Result<Ctx> {
        let config_path = crate::paths::config_file()?;
        let config = Config::load(&config_path)?;
        let (db_path, db_explicit) = match (&cli.db, crate::paths::env_db(), &config.db) {
            (Some(p), _, _) => (p.clone(), true),
            (None, Some(p), _) => (p, true),
            (None, None, Some(p)) => (p.clone(), true),
            (None, None, None) => (crate::paths::data_dir()?.join("carnet.db"), false),
        };
        let format = match cli.format {
            Some(FormatArg::Table) => Format::Table,
            Some(FormatArg::Json) => Format::Json,
            Some(FormatArg::Csv) => Format::Csv,
            Some(FormatArg::Vcf) | Some(FormatArg::Ics) | None => config.format,
        };
        let (today, now) = clock()?;
        let out =
            Output { format, quiet: cli.quiet, money: config.money_style(), csv_delimiter: config.csv_delimiter as u8 };
        Ok(Ctx { config, config_path, db_path, db_explicit, out, format_arg: cli.format, today, now })
    }

    /// Open the database for reading: a missing file is an error.
    pub fn read(&self) -> Result<Store> {
        Store::open(&self.db_path, OpenMode::Existing)
    }

    /// Open the database for writing, creating it if needed.
    pub fn write(&self) -> Result<Store> {
        Store::open(&self.db_path, OpenMode::Create)
    }

    pub fn timestamp(&self) -> String {
        crate::store::timestamp(self.now)
    }

    /// Refuse `--format vcf|ics` where it means nothing.
    pub fn no_vcf(&self, what: &str) -> Result<()> {
        self.check_format(what, &[])
    }

    /// Table, JSON and CSV go everywhere; `extra` lists what else this
    /// command can write (vcf for contact exports, ics for reminders).
    pub fn check_format(&self, what: &str, extra: &[FormatArg]) -> Result<()> {
        match self.format_arg {
            Some(f @ (FormatArg::Vcf | FormatArg::Ics)) if !extra.contains(&f) => {
                let name = if f == FormatArg::Vcf { "vcf" } else { "ics" };
                let home = if f == FormatArg::Vcf { "`contact export` and `segment export`" } else { "`remind`" };
                Err(Error::usage(
                    format!("`{what}` cannot print {name}"),
                    format!("{name} is for {home}; use --format table, json or csv here"),
                ))
            }
            _ => Ok(()),
        }
    }
}

/// Today and now, from `CARNET_NOW` (`YYYY-MM-DD` or RFC 3339) when it is
/// set, so reports and tests are reproducible; else the system clock.
fn clock() -> Result<(NaiveDate, DateTime<Utc>)> {
    match std::env::var("CARNET_NOW") {
        Ok(v) if !v.trim().is_empty() => {
            let v = v.trim();
            if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                let now = d.and_hms_opt(12, 0, 0).map(|t| t.and_utc()).unwrap_or_default();
                return Ok((d, now));
            }
            if let Ok(t) = DateTime::parse_from_rfc3339(v) {
                return Ok((t.date_naive(), t.with_timezone(&Utc)));
            }
            Err(Error::user(format!("CARNET_NOW=`{v}` is not a date"))
                .with_hint("write CARNET_NOW=YYYY-MM-DD, or unset it to use today"))
        }
        _ => Ok((chrono::Local::now().date_naive(), Utc::now())),
    }
}
