//! The idsgen binary: parse arguments, run the command, print the error, exit with its code.

use clap::Parser;
use std::io::Write;

fn main() {
    let cli = idsgen::cli::Cli::parse();
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
