//! The command line: global flags and the command tree (clap derive).
//! Each group's arguments live beside its handler in `commands/`.

use crate::commands::{
    backup, campaign, consent, contact, deal, demo, import, interaction, privacy, purchase, remind, report, segment,
};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  carnet demo                                  build a demo shop to explore
  carnet contact add --name \"Hélène Dupont\" --email helene@example.fr --tag regular
  carnet purchase add helene@example.fr 45,50 --date yesterday
  carnet purchase import ventes.csv --date-format DD/MM/YYYY
  carnet contact list --search helene --format json

Files: the database is --db, else CARNET_DB, else `db` in the config file,
else carnet.db in your data folder. `carnet config path` shows where.";

#[derive(Debug, Parser)]
#[command(
    name = "carnet",
    version,
    about = "A customer file for small shops: contacts, purchases and what they tell you",
    after_help = EXAMPLES,
    propagate_version = true
)]
pub struct Cli {
    /// The database file (overrides CARNET_DB and the config file).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Output format: table for people, json or csv for scripts
    /// (vcf where contacts are exported, ics for remind). Default: the
    /// config's `format`.
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Print no messages on stderr; commands that create something print
    /// only its id on stdout.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Csv,
    /// vCard, for contact exports.
    Vcf,
    /// iCalendar, for `remind`.
    Ics,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Keep your customer file: add, find, edit, merge, import and export contacts.
    #[command(subcommand)]
    Contact(contact::ContactCommand),
    /// Record what customers bought, import sales from a spreadsheet.
    #[command(subcommand)]
    Purchase(purchase::PurchaseCommand),
    /// Deals: quotes and special orders moving through stages.
    #[command(subcommand)]
    Deal(deal::DealCommand),
    /// The interaction log: calls, visits, emails, and their follow-ups.
    #[command(subcommand)]
    Interaction(interaction::InteractionCommand),
    /// Today's digest of follow-ups, cadences, birthdays and late deals (for cron).
    Remind(remind::RemindArgs),
    /// Reports: RFM segments, the value matrix, Pareto/ABC, segment migration.
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Saved segments: named filters over your customers, evaluated live.
    #[command(subcommand)]
    Segment(segment::SegmentCommand),
    /// Opt-in consent per channel, kept as a history you can prove.
    #[command(subcommand)]
    Consent(consent::ConsentCommand),
    /// Privacy requests: export everything about a person, erase them, review old contacts.
    #[command(subcommand)]
    Privacy(privacy::PrivacyCommand),
    /// Campaigns to a segment that respect consent, with a control group to measure them.
    #[command(subcommand)]
    Campaign(campaign::CampaignCommand),
    /// See past imports and undo one.
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Copy the whole database to a file, safely while carnet is in use (for cron).
    Backup(backup::BackupArgs),
    /// Show where the config file is and what it says.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Build a demo shop with realistic customers and purchases to try carnet on.
    Demo(demo::DemoArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  carnet completions bash > ~/.local/share/bash-completion/completions/carnet\n  carnet completions zsh > ~/.zfunc/_carnet\n  carnet completions fish > ~/.config/fish/completions/carnet.fish"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file (it need not exist).
    Path,
    /// Print the config in effect, defaults included, as TOML.
    Show,
}
