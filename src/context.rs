//! What every handler needs: the config, where the database is, how to
//! print, and what day it is (the clock is read here and nowhere else).

use crate::app::App;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{Format, FormatArg, Output};
use crate::store::{OpenMode, Store};
use chrono::{DateTime, NaiveDate, Utc};
use std::path::PathBuf;

/// The global flags, as plain values (the context knows nothing of clap).
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub db: Option<PathBuf>,
    pub format: Option<FormatArg>,
    pub quiet: bool,
    /// `--lang`, as typed.
    pub lang: Option<String>,
    /// `--excel`.
    pub excel: bool,
    /// `--no-pager`.
    pub no_pager: bool,
    /// `--color`.
    pub color: crate::output::ColorWhen,
}

pub struct Ctx {
    pub config: Config,
    pub config_path: PathBuf,
    pub db_path: PathBuf,
    /// Whether the database path came from --db, CARNET_DB or the config.
    pub db_explicit: bool,
    /// The path given with --db, if any.
    pub db_flag: Option<PathBuf>,
    pub out: Output,
    /// The format asked for on the command line, if any.
    pub format_arg: Option<FormatArg>,
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    /// How the shop writes slashed dates in flags.
    pub slash_dates: crate::domain::dates::SlashDates,
}

impl Ctx {
    pub fn new(settings: Settings) -> Result<Ctx> {
        let config_path = crate::paths::config_file()?;
        let config = Config::load(&config_path)?;
        crate::domain::phone::set_default_region(&config.country);
        let (db_path, db_explicit) = match (&settings.db, crate::paths::env_db(), &config.db) {
            (Some(p), _, _) => (p.clone(), "--db"),
            (None, Some(p), _) => (p, "CARNET_DB"),
            (None, None, Some(p)) => (p.clone(), "db"),
            (None, None, None) => (crate::paths::data_dir()?.join("carnet.db"), ""),
        };
        crate::paths::check_db_path(&db_path, db_explicit)?;
        let db_explicit = !db_explicit.is_empty();
        let excel = settings.excel || config.csv.excel;
        let format = match settings.format {
            // `--excel` alone means CSV for a spreadsheet.
            None if settings.excel => Format::Csv,
            Some(FormatArg::Table) => Format::Table,
            Some(FormatArg::Json) => Format::Json,
            Some(FormatArg::Csv) => Format::Csv,
            // A workbook is made from the CSV cells (see `Output::xlsx`).
            Some(FormatArg::Xlsx) => Format::Csv,
            Some(FormatArg::Vcf) | Some(FormatArg::Ics) | None => config.format,
        };
        let (today, now) = clock()?;
        let lang = language(settings.lang.as_deref(), &config)?;
        crate::i18n::set_current(lang);
        let out = Output {
            format,
            quiet: settings.quiet,
            money: config.money_style(lang == crate::i18n::Lang::Fr),
            csv_delimiter: config.csv_delimiter as u8,
            excel,
            xlsx: settings.format == Some(FormatArg::Xlsx),
            to_file: false,
            pager: pager(settings.no_pager, &config),
            lang,
            color: settings.color.enabled(),
        };
        let slash_dates = slash_dates(&config, lang);
        Ok(Ctx {
            slash_dates,
            config,
            config_path,
            db_path,
            db_explicit,
            db_flag: settings.db,
            out,
            format_arg: settings.format,
            today,
            now,
        })
    }

    /// The database for reading: a missing file is an error.
    pub fn read(&self) -> Result<App<'_>> {
        self.app(OpenMode::Existing)
    }

    /// The database for writing, created if needed.
    pub fn write(&self) -> Result<App<'_>> {
        self.app(OpenMode::Create)
    }

    fn app(&self, mode: OpenMode) -> Result<App<'_>> {
        let mut store = Store::open(&self.db_path, mode)?;
        store.record_as(self.recorder());
        Ok(App { store, config: &self.config, today: self.today, now: self.now })
    }

    /// Who this run records rows as on a SQLite file (see
    /// [`crate::domain::recorder::recorder`]).
    pub fn recorder(&self) -> Option<String> {
        let var = |k: &str| std::env::var(k).ok();
        crate::domain::recorder::recorder(
            var("CARNET_USER").as_deref(),
            self.config.user.as_deref(),
            var("USER").as_deref(),
            var("LOGNAME").as_deref(),
        )
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

    /// A message for people in the interface's language (`locales/*.ftl`).
    pub fn text(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
        crate::i18n::tr_args(self.out.lang, id, args)
    }

    /// Say [`Ctx::text`] on stderr (unless `-q`).
    pub fn tell(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) {
        self.out.say(self.text(id, args));
    }

    /// A day as the interface writes it (`03/12/2026` in French).
    pub fn day_text(&self, d: NaiveDate) -> String {
        crate::output::Cells::table(&self.out.money, self.out.lang).date(d)
    }

    /// Did the command line ask for JSON or CSV (rather than the default)?
    pub fn wants_records(&self) -> bool {
        self.format_arg.is_some() && self.out.format != Format::Table
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
            Err(Error::t(
                crate::error::Kind::Invalid,
                "err-carnet-now",
                crate::targs!["value" => crate::error::echo(v)],
            )
            .with_hint_t("hint-carnet-now", vec![]))
        }
        _ => Ok((chrono::Local::now().date_naive(), Utc::now())),
    }
}

/// Slashed dates follow the config's `date_format`, else the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `fr`: day first), else
/// only the unambiguous ones are read.
/// The pager for long output: none with `--no-pager` or `pager = ""`,
/// else the config's, else `$PAGER`, else `less -FRX` (git's choice).
fn pager(no_pager: bool, config: &Config) -> Option<String> {
    if no_pager {
        return None;
    }
    let p = config.pager.clone().or_else(|| std::env::var("PAGER").ok()).unwrap_or_else(|| "less -FRX".to_string());
    (!p.trim().is_empty()).then_some(p)
}

/// `--lang`, else the config's `language`, else the locale.
fn language(flag: Option<&str>, config: &Config) -> Result<crate::i18n::Lang> {
    use crate::i18n::Lang;
    if let Some(l) = flag {
        return Lang::parse(l).ok_or_else(|| {
            Error::t(crate::error::Kind::Invalid, "err-language", crate::targs!["value" => crate::error::echo(l)])
                .for_flag("--lang")
                .with_hint_t("hint-language", vec![])
        });
    }
    if let Some(l) = config.language.as_deref() {
        return Ok(Lang::parse(l).unwrap_or_default());
    }
    Ok(Lang::from_locale(|k| std::env::var(k).ok()))
}

/// How slashed dates read: `date_format` when set, else the language the
/// shop chose (`language = "fr"`, `--lang fr` or a French locale): French
/// writes the day first.
fn slash_dates(config: &Config, lang: crate::i18n::Lang) -> crate::domain::dates::SlashDates {
    use crate::domain::dates::SlashDates;
    match config.date_format.as_deref().map(str::trim) {
        Some(f) if f.to_ascii_uppercase().starts_with("DD") => SlashDates::DayFirst,
        Some(f) if f.to_ascii_uppercase().starts_with("MM") => SlashDates::MonthFirst,
        Some(_) => SlashDates::Unambiguous,
        None if lang == crate::i18n::Lang::Fr => SlashDates::DayFirst,
        None => SlashDates::Unambiguous,
    }
}
