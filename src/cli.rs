//! The command line's global flags (clap derive). The command tree and its
//! dispatch live in `commands/`, each group's arguments beside its handlers.

use crate::commands::Command;
use crate::output::FormatArg;
use clap::Parser;
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

/// Where the flags every command takes are listed in `--help`: after the
/// command's own, under their own heading.
const GLOBAL: &str = "Global options";

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
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Output format: table for people, json or csv for scripts
    /// (vcf where contacts are exported, ics for remind), or xlsx: an Excel
    /// workbook, to `--out FILE.xlsx` or `> FILE.xlsx`. Default: the
    /// config's `format`.
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Print no messages on stderr; commands that create something print
    /// only its id on stdout.
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// The language of tables and messages: en or fr (default: the
    /// config's `language`, else the locale). JSON and CSV never change.
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "LANG")]
    pub lang: Option<String>,

    /// CSV for a French spreadsheet: a byte-order mark, `;` between
    /// fields, decimal commas (implies --format csv; also `[csv] excel`).
    /// Plain --format csv stays the stable form for scripts.
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub excel: bool,

    /// Never page long output (by default a terminal's long output goes
    /// through $PAGER or `less -FRX`; a pipe never does).
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_pager: bool,

    /// Colour in tables and the reminder digest: auto (on a terminal,
    /// unless NO_COLOR is set), always (e.g. for `| less -R`) or never.
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, value_name = "WHEN", default_value_t = crate::output::ColorWhen::Auto)]
    pub color: crate::output::ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

/// The language of `--help` and clap's own messages, known before the
/// arguments are parsed: `--lang`, else the config's `language`, else the
/// locale (as the context later decides it).
pub fn early_lang(args: &[std::ffi::OsString]) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v).unwrap_or_default();
        }
        if a == "--lang" {
            return it.next().and_then(Lang::parse).unwrap_or_default();
        }
    }
    // A config with an error still names its language, so the error is
    // said in it.
    let configured = crate::paths::config_file()
        .ok()
        .and_then(|p| match crate::config::Config::load(&p) {
            Ok(c) => c.language,
            // (A regular file of a config's size only: never a pipe or a device.)
            Err(_) => std::fs::metadata(&p)
                .ok()
                .filter(|m| m.is_file() && m.len() < 1 << 20)
                .and_then(|_| std::fs::read_to_string(&p).ok())
                .and_then(|t| crate::config::errors::language(&t)),
        })
        .and_then(|l| Lang::parse(&l));
    configured.unwrap_or_else(|| Lang::from_locale(|k| std::env::var(k).ok()))
}

/// The command tree, its top-level help in `lang` (English is the tree's own).
pub fn command(lang: crate::i18n::Lang) -> clap::Command {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    if lang == crate::i18n::Lang::En {
        return cmd;
    }
    let tr = |id: &str| crate::i18n::message(lang, id, &[]);
    if let Some(about) = tr("help-about") {
        cmd = cmd.about(about);
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let about = tr(&format!("help-cmd-{name}"));
        cmd = cmd.mut_subcommand(&name, |mut s| {
            if let Some(about) = about {
                s = s.about(about).long_about(None);
            }
            translate_subcommands(translate_args(after_help_in(s, &name, lang), &name, lang), &name, &name, lang)
        });
    }
    cmd = headings(after_help_in(cmd, "root", lang), lang);
    for arg in ["db", "format", "quiet", "lang", "excel", "no_pager", "color"] {
        if let Some(help) = tr(&format!("help-flag-{}", arg.replace('_', "-"))) {
            let heading = crate::i18n::tr(lang, "help-global-options");
            cmd = cmd.mut_arg(arg, |a| choices_in(a.help(help).long_help(None).help_heading(heading), lang));
        }
    }
    // clap's own `-V, --version`, its line in `lang` (global: every
    // subcommand shows it, as with `propagate_version`).
    cmd = cmd.disable_version_flag(true).arg(
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .global(true)
            .help_heading(crate::i18n::tr(lang, "help-global-options"))
            .action(clap::ArgAction::Version)
            .help(crate::i18n::tr(lang, "help-flag-version")),
    );
    // clap adds its `help` subcommands when the tree is built: build it,
    // then give each its line in `lang`.
    cmd.build();
    help_subcommands(cmd, lang)
}

/// The line of clap's `help` subcommand, on every command that has one.
fn help_subcommands(mut cmd: clap::Command, lang: crate::i18n::Lang) -> clap::Command {
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = if name == "help" {
            cmd.mut_subcommand("help", |h| h.about(crate::i18n::tr(lang, "help-subcommand-help")))
        } else {
            cmd.mut_subcommand(&name, |s| help_subcommands(s, lang))
        };
    }
    cmd
}

/// An argument's choices and default said in `lang` (clap writes
/// "[possible values: …]" and "[default: …]" in English only).
fn choices_in(a: clap::Arg, lang: crate::i18n::Lang) -> clap::Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let mut extra = String::new();
    // A value that has a line of its own says it: `vcf (vCard, pour les exports de contacts)`.
    let id = a.get_id().to_string().replace('_', "-");
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match crate::i18n::message(lang, &format!("help-value-{id}-{}", v.get_name()), &[]) {
            Some(h) => format!("{} ({h})", v.get_name()),
            None => v.get_name().to_string(),
        })
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        extra.push_str(&crate::i18n::tr_args(lang, "help-possible-values", &[("values", values.join(", ").into())]));
    }
    let defaults: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        extra.push_str(&crate::i18n::tr_args(lang, "help-default", &[("value", defaults.join(", ").into())]));
    }
    if extra.is_empty() {
        return a;
    }
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    a.help(format!("{help}{extra}")).long_help(None).hide_possible_values(true).hide_default_value(true)
}

/// The about line of each subcommand of `cmd` (named `parent`, at `path`
/// in the tree), and of theirs: `help-sub-PARENT-NAME`. The French line
/// replaces the English paragraphs too, rather than mixing the two
/// languages.
fn translate_subcommands(mut cmd: clap::Command, parent: &str, path: &str, lang: crate::i18n::Lang) -> clap::Command {
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let about = crate::i18n::message(lang, &format!("help-sub-{parent}-{name}"), &[]);
        let here = format!("{path}-{name}");
        cmd = cmd.mut_subcommand(&name, |mut s| {
            if let Some(about) = about {
                s = s.about(about).long_about(None);
            }
            s = translate_args(after_help_in(s, &here, lang), &here, lang);
            translate_subcommands(s, &name, &here, lang)
        });
    }
    cmd
}

/// The message giving the help line of argument `id` of the command at
/// `path` (`contact-add`): `flag-PATH-ID` when the flag says something of
/// its own there, else `flag-ID`.
pub fn flag_message_ids(path: &str, id: &str) -> [String; 2] {
    let id = id.replace('_', "-");
    [format!("flag-{path}-{id}"), format!("flag-{id}")]
}

/// The help line of each argument of `cmd` in `lang`.
fn translate_args(mut cmd: clap::Command, path: &str, lang: crate::i18n::Lang) -> clap::Command {
    let ids: Vec<String> = cmd.get_arguments().filter(|a| !a.is_global_set()).map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let help = flag_message_ids(path, &id).iter().find_map(|m| crate::i18n::message(lang, m, &[]));
        cmd = cmd.mut_arg(&id, |a| {
            let a = match help {
                Some(help) => a.help(help).long_help(None),
                None => a,
            };
            choices_in(a, lang)
        });
    }
    cmd
}

/// The text after the flags in `lang`: `help-after-PATH` where it says
/// more than examples (its rules, the comments of its examples), else the
/// examples with their heading in `lang` (the commands are the same in
/// every language).
fn after_help_in(cmd: clap::Command, path: &str, lang: crate::i18n::Lang) -> clap::Command {
    if let Some(text) = crate::i18n::message(lang, &format!("help-after-{path}"), &[]) {
        return cmd.after_help(text);
    }
    let Some(text) = cmd.get_after_help().map(|h| h.to_string()) else { return cmd };
    for (english, id) in [("Examples:", "help-examples"), ("Example:", "help-example")] {
        if let Some(rest) = text.strip_prefix(english) {
            return cmd.after_help(format!("{}{rest}", crate::i18n::tr(lang, id)));
        }
    }
    cmd
}

/// Whether an `after_help` is only examples (a heading, then command
/// lines without comments): those need no message of their own.
pub fn only_examples(text: &str) -> bool {
    let mut lines = text.lines();
    matches!(lines.next(), Some("Examples:" | "Example:"))
        && lines
            .all(|l| (l.starts_with("  carnet ") || l.starts_with("  id=")) && !l.contains("  #") && !l.contains("   "))
}

/// clap's headings in `lang`, on every command of the tree.
fn headings(cmd: clap::Command, lang: crate::i18n::Lang) -> clap::Command {
    let usage = crate::i18n::tr(lang, "help-usage");
    let commands = crate::i18n::tr(lang, "help-commands");
    let mut cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(commands)
        // clap's own `-h, --help`, with its line in `lang` (`-h` a summary,
        // `--help` everything, as clap's does).
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(crate::i18n::tr(lang, "help-flag-help")),
        );
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |s| headings(s, lang));
    }
    cmd
}

impl Cli {
    /// The global flags as plain settings, for the context.
    pub fn settings(&self) -> crate::context::Settings {
        crate::context::Settings {
            db: self.db.clone(),
            format: self.format,
            quiet: self.quiet,
            lang: self.lang.clone(),
            excel: self.excel,
            no_pager: self.no_pager,
            color: self.color,
        }
    }
}

#[cfg(test)]
mod tests {
    /// A command added without its French `--help` line fails here.
    #[test]
    fn every_command_has_its_french_help() {
        use clap::CommandFactory;
        for sub in super::Cli::command().get_subcommands() {
            let id = format!("help-cmd-{}", sub.get_name());
            assert!(
                crate::i18n::message(crate::i18n::Lang::Fr, &id, &[]).is_some() || sub.get_name() == "help",
                "no `{id}` in locales/fr.ftl"
            );
        }
        let fr = super::command(crate::i18n::Lang::Fr);
        assert!(fr.get_about().is_some_and(|a| a.to_string().starts_with("Un fichier clients")));
        // And every subcommand of theirs (help-sub-COMMAND-SUBCOMMAND).
        fn walk(cmd: &clap::Command, parent: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let id = format!("help-sub-{parent}-{}", sub.get_name());
                if !parent.is_empty() && crate::i18n::message(crate::i18n::Lang::Fr, &id, &[]).is_none() {
                    missing.push(id);
                }
                walk(sub, sub.get_name(), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "no French --help line in locales/fr.ftl for {missing:?}");
        assert_eq!(super::early_lang(&["carnet".into(), "--lang=fr".into()]), crate::i18n::Lang::Fr);
        assert_eq!(super::early_lang(&["carnet".into(), "--lang".into(), "en".into()]), crate::i18n::Lang::En);
    }

    /// Every flag that takes a date takes a relative one too (`--close -3d`,
    /// as `--date -3d`): clap must not read `-3d` as a flag.
    #[test]
    fn every_date_flag_takes_a_relative_date() {
        use clap::CommandFactory;
        const DATE_FLAGS: &[&str] = &[
            "date",
            "close",
            "since",
            "until",
            "as-of",
            "at",
            "from",
            "follow-up",
            "holdout-until",
            "promised",
            "before",
            "after",
        ];
        fn walk(cmd: &clap::Command, path: &str, wrong: &mut Vec<String>) {
            for a in cmd.get_arguments() {
                // `contact edit --date LABEL=DATE` names a key date, not a day.
                let key_date = path == "carnet contact edit" && a.get_long() == Some("date");
                if a.get_long().is_some_and(|l| DATE_FLAGS.contains(&l)) && !a.is_allow_hyphen_values_set() && !key_date
                {
                    wrong.push(format!("{path} --{}", a.get_long().unwrap_or_default()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), wrong);
            }
        }
        let mut wrong = Vec::new();
        walk(&super::Cli::command(), "carnet", &mut wrong);
        assert!(wrong.is_empty(), "date flags that refuse `-3d`: {wrong:?}");
    }

    /// Every flag and argument with a help line has it in the `.ftl` files,
    /// the English message equal to the doc comment (so the two cannot
    /// drift), and the French help shows the French line.
    #[test]
    fn every_flag_has_its_help_in_both_languages() {
        use crate::i18n::{message, Lang};
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, path: &str, problems: &mut Vec<String>, seen: &mut usize) {
            for a in cmd.get_arguments().filter(|a| !a.is_global_set() && !a.is_hide_set()) {
                let Some(help) = a.get_help().map(|h| h.to_string()) else { continue };
                if matches!(a.get_id().as_str(), "help" | "version") || path.is_empty() {
                    continue;
                }
                *seen += 1;
                let ids = super::flag_message_ids(path, a.get_id().as_str());
                match ids.iter().find_map(|m| message(Lang::En, m, &[]).map(|t| (m, t))) {
                    None => problems.push(format!("no {} (or {}) for: {help}", ids[0], ids[1])),
                    Some((m, t)) if t != help => problems.push(format!("{m} says `{t}`, the code `{help}`")),
                    Some(_) => {}
                }
            }
            for sub in cmd.get_subcommands() {
                let here =
                    if path.is_empty() { sub.get_name().to_string() } else { format!("{path}-{}", sub.get_name()) };
                walk(sub, &here, problems, seen);
            }
        }
        let (mut problems, mut seen) = (Vec::new(), 0);
        walk(&super::Cli::command(), "", &mut problems, &mut seen);
        assert!(seen > 150, "the walk finds the flags ({seen})");
        assert!(problems.is_empty(), "{problems:#?}");
        let fr = super::command(Lang::Fr);
        let add = fr.find_subcommand("contact").and_then(|c| c.find_subcommand("add")).expect("contact add");
        let every =
            add.get_arguments().find(|a| a.get_id() == "every").and_then(|a| a.get_help()).map(|h| h.to_string());
        assert_eq!(
            every.as_deref(),
            Some("Garder le contact à ce rythme (60d, 8w, 2m) : `carnet remind` dit quand c'est le moment")
        );
    }

    /// Every command's text after its flags reads in French: a message of
    /// its own where it says more than examples (the English one equal to
    /// the code's), with every example command kept as it is.
    #[test]
    fn every_commands_rules_and_examples_read_in_french() {
        use crate::i18n::{message, Lang};
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, path: &str, problems: &mut Vec<String>, seen: &mut usize) {
            if let Some(text) = cmd.get_after_help().map(|h| h.to_string()) {
                *seen += 1;
                let id = format!("help-after-{path}");
                match (message(Lang::En, &id, &[]), message(Lang::Fr, &id, &[])) {
                    (Some(en), Some(fr)) => {
                        if en != text {
                            problems.push(format!("{id} differs from the code's after_help"));
                        }
                        for line in text.lines().filter(|l| l.starts_with("  carnet ") || l.starts_with("  0 7")) {
                            let command = line.split("  #").next().unwrap_or(line).trim_end();
                            let command = command.split("    ").next().unwrap_or(command).trim();
                            if !fr.contains(command) {
                                problems.push(format!("{id}: the French lacks `{command}`"));
                            }
                        }
                    }
                    (None, None) if super::only_examples(&text) => {}
                    _ => problems.push(format!("no {id} in both .ftl files for:\n{text}")),
                }
            }
            for sub in cmd.get_subcommands() {
                let here =
                    if path == "root" { sub.get_name().to_string() } else { format!("{path}-{}", sub.get_name()) };
                walk(sub, &here, problems, seen);
            }
        }
        let (mut problems, mut seen) = (Vec::new(), 0);
        walk(&super::Cli::command(), "root", &mut problems, &mut seen);
        assert!(seen > 50, "the walk finds the texts ({seen})");
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// clap's own consistency checks over the whole command tree: no two
    /// flags with one name, every default valid, every conflict known.
    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
        super::command(crate::i18n::Lang::Fr).debug_assert();
    }
}
