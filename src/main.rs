//! The idsgen binary: parse arguments, run the command, print the error, exit with its code.

use clap::Parser as _;
use std::io::Write;

fn main() {
    let cli = match idsgen::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() {
                idsgen::error::exit::USAGE
            } else {
                idsgen::error::exit::OK
            });
        }
    };
    idsgen::workspace::interrupt::install();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let code = match idsgen::commands::run(cli, &mut out) {
        Ok(code) => code,
        Err(err) => {
            let _ = out.flush();
            eprintln!("error: {err}");
            err.exit_code()
        }
    };
    let _ = out.flush();
    std::process::exit(code);
}
