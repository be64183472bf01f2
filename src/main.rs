use clap::Parser;

fn main() {
    let cli = carnet::cli::Cli::parse();
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
