//! The command tree and its dispatch (as jj does): one file per subcommand
//! group holds its arguments and thin handlers that parse, make one call
//! into `app`, and hand the result to `output`.

pub mod backup;
pub mod campaign;
pub mod campaign_send;
pub mod campaign_views;
pub mod config;
pub mod consent;
pub mod contact;
pub mod contact_duplicates;
pub mod contact_fields;
pub mod contact_io;
pub mod contact_prompt;
pub mod deal;
pub mod demo;
pub mod flags;
pub mod import;
pub mod interaction;
pub mod privacy;
pub mod purchase;
pub mod purchase_categories;
pub mod purchase_import;
pub mod remind;
pub mod report;
pub mod report_clv;
pub mod report_frat;
pub mod report_pipeline;
pub mod report_profitability;
pub mod report_trends;
pub mod segment;
pub mod segment_criteria;

use crate::context::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
// Parsed once per run: the size of its largest variant costs nothing.
#[allow(clippy::large_enum_variant)]
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
    Config(config::ConfigCommand),
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

pub fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Contact(c) => contact::run(ctx, c),
        Command::Purchase(c) => purchase::run(ctx, c),
        Command::Import(c) => import::run(ctx, c),
        Command::Deal(c) => deal::run(ctx, c),
        Command::Interaction(c) => interaction::run(ctx, c),
        Command::Remind(a) => remind::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Consent(c) => consent::run(ctx, c),
        Command::Privacy(c) => privacy::run(ctx, c),
        Command::Campaign(c) => campaign::run(ctx, c),
        Command::Segment(c) => segment::run(ctx, c),
        Command::Backup(a) => backup::run(ctx, a),
        Command::Config(c) => config::run(ctx, c),
        Command::Demo(a) => demo::run(ctx, a),
        Command::Completions { shell } => completions(shell),
    }
}

/// `carnet completions SHELL`: the script on stdout. It needs no config
/// or database, so it works before either exists.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::Cli::command(), "carnet", &mut buf);
    crate::output::write_stdout(&buf)
}
