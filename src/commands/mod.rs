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
pub mod db;
pub mod deal;
pub mod demo;
pub mod flags;
pub mod import;
pub mod interaction;
pub mod loyalty;
pub mod privacy;
pub mod purchase;
pub mod purchase_categories;
pub mod purchase_import;
pub mod remind;
pub mod report;
pub mod report_clv;
pub mod report_cohorts;
pub mod report_dashboard;
pub mod report_frat;
pub mod report_loyalty;
pub mod report_pipeline;
pub mod report_profitability;
pub mod report_service;
pub mod report_trends;
pub mod satisfaction;
pub mod segment;
pub mod segment_criteria;
pub mod service;
pub mod sync;
pub mod tag;

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
    /// Service requests: repairs, alterations, orders to collect, complaints.
    #[command(subcommand)]
    Service(service::ServiceCommand),
    /// Today's digest of follow-ups, cadences, birthdays and late deals (for cron).
    Remind(remind::RemindArgs),
    /// Reports: RFM segments, the value matrix, Pareto/ABC, segment migration.
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Saved segments: named filters over your customers, evaluated live.
    #[command(subcommand)]
    Segment(segment::SegmentCommand),
    /// The shop's tags: how many contacts bear each; rename or merge one everywhere.
    #[command(subcommand)]
    Tag(tag::TagCommand),
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
    /// The database itself: copy a shop between a SQLite file and PostgreSQL; who may do what on a server.
    #[command(subcommand)]
    Db(db::DbCommand),
    /// Show where the config file is and what it says.
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// What customers think: record survey answers (NPS or 1–5), import a form's CSV.
    #[command(subcommand)]
    Satisfaction(satisfaction::SatisfactionCommand),
    /// The loyalty card: join, redeem rewards, see a member's points.
    #[command(subcommand)]
    Loyalty(loyalty::LoyaltyCommand),
    /// Push the contacts and reminders to the phone: a CardDAV address book, a CalDAV calendar.
    Sync(sync::SyncArgs),
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
    /// Print the manual page (roff), of carnet or of one of its commands.
    #[command(
        after_help = "Examples:\n  carnet man > ~/.local/share/man/man1/carnet.1 && man carnet\n  carnet man contact | man -l -"
    )]
    Man {
        /// A command (`contact`, `report`): its own page.
        command: Option<String>,
    },
}

pub fn run(ctx: &Ctx, cmd: Command) -> Result<()> {
    match cmd {
        Command::Contact(c) => contact::run(ctx, c),
        Command::Purchase(c) => purchase::run(ctx, c),
        Command::Import(c) => import::run(ctx, c),
        Command::Deal(c) => deal::run(ctx, c),
        Command::Interaction(c) => interaction::run(ctx, c),
        Command::Service(c) => service::run(ctx, c),
        Command::Remind(a) => remind::run(ctx, a),
        Command::Report(c) => report::run(ctx, c),
        Command::Consent(c) => consent::run(ctx, c),
        Command::Privacy(c) => privacy::run(ctx, c),
        Command::Campaign(c) => campaign::run(ctx, c),
        Command::Segment(c) => segment::run(ctx, c),
        Command::Tag(c) => tag::run(ctx, c),
        Command::Backup(a) => backup::run(ctx, a),
        Command::Db(c) => db::run(ctx, c),
        Command::Config(c) => config::run(ctx, c),
        Command::Demo(a) => demo::run(ctx, a),
        Command::Satisfaction(c) => satisfaction::run(ctx, c),
        Command::Loyalty(c) => loyalty::run(ctx, c),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Completions { shell } => completions(shell),
        Command::Man { command } => man(command.as_deref()),
    }
}

/// `carnet man [COMMAND]`: the manual page, made from the clap tree (the
/// English one: man pages are installed once for every user of a system).
pub fn man(command: Option<&str>) -> Result<()> {
    use clap::CommandFactory;
    let mut cmd = crate::cli::Cli::command();
    cmd.build();
    let page = match command {
        None => cmd,
        Some(name) => {
            let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
            let Some(sub) = cmd.find_subcommand(name).cloned() else {
                return Err(crate::error::Error::t(
                    crate::error::Kind::Invalid,
                    "err-man-no-command",
                    crate::targs!["name" => name, "names" => names.join(", ")],
                ));
            };
            // `carnet-contact(1)`, as git and cargo name theirs.
            let bin = format!("carnet-{name}");
            sub.name(bin.clone()).bin_name(bin)
        }
    };
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .map_err(|e| crate::error::Error::internal(format!("the man page could not be written: {e}")))?;
    crate::output::write_stdout(&buf)
}

/// `carnet completions SHELL`: the script on stdout. It needs no config
/// or database, so it works before either exists.
pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    use clap::CommandFactory;
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::Cli::command(), "carnet", &mut buf);
    crate::output::write_stdout(&buf)
}
