use clap::Parser;

fn main() {
    let cli = carnet::cli::Cli::parse();
    let code = match carnet::run(cli) {
        Ok(()) => 0,
        Err(e) => {
            if !matches!(e, carnet::error::Error::BrokenPipe) {
                eprintln!("{}", carnet::error::Report(&e));
                if matches!(e, carnet::error::Error::Internal(_)) {
                    eprintln!("hint: this is a bug in carnet; please report it with the command you ran");
                }
            }
            e.exit_code()
        }
    };
    std::process::exit(code);
}
