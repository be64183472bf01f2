use clap::FromArgMatches;

fn main() {
    // `--help` speaks the shop's language: the command tree is translated
    // before clap reads the arguments.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = carnet::cli::early_lang(&args);
    // Errors raised before the context is made (a broken config) speak it too.
    carnet::i18n::set_current(lang);
    let matches = match carnet::cli::command(lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => match carnet::cli_errors::render(&e, lang) {
            // clap's own words, in the shop's language where we have them.
            Some(text) => {
                eprint!("{text}");
                std::process::exit(2);
            }
            None => e.exit(),
        },
    };
    // A confirmation that cannot be asked names the command that asked it.
    let mut path = Vec::new();
    let mut m = &matches;
    while let Some((name, sub)) = m.subcommand() {
        path.push(name.to_string());
        m = sub;
    }
    carnet::output::prompt::set_command(path.join(" "));
    let cli = match carnet::cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    let code = match carnet::run(cli) {
        Ok(()) => 0,
        Err(e) => {
            if e.kind() != carnet::error::Kind::BrokenPipe {
                eprintln!("{}", carnet::error::Report(&e));
            }
            e.exit_code()
        }
    };
    std::process::exit(code);
}
