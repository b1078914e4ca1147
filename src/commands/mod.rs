//! One module per subcommand, each a `run` function a test can call without a terminal. Each
//! returns the exit code on success (`error::exit`: 0, or 2 for "pending" where that applies).

pub mod apply;
pub mod check;
pub mod checklist;
pub mod completions;
pub mod diff;
pub mod diffview;
pub mod graph;
pub mod init;
pub mod inputs;
pub mod plan;
pub mod presets;
pub mod render;
pub mod schema;
pub mod verify;

use crate::cli::{Cli, Command};
use crate::error::Result;
use std::io::Write;

/// Runs a parsed command line, printing to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<i32> {
    let color = cli.color;
    match cli.command {
        Command::Init(args) => init::run(&args, out),
        Command::Render(args) => render::run(&args, out),
        Command::Presets(args) => presets::run(&args, out),
        Command::Schema => schema::run(out),
        Command::Plan(mut args) => {
            args.color = color;
            plan::run(&args, out)
        }
        Command::Apply(mut args) => {
            args.plan.color = color;
            apply::run(&args, out)
        }
        Command::Diff(mut args) => {
            args.color = color;
            diff::run(&args, out)
        }
        Command::Check(args) => check::run(&args, out),
        Command::Checklist(args) => checklist::run(&args, out),
        Command::Verify(args) => verify::run(&args, out),
        Command::Graph(args) => graph::run(&args, out),
        Command::Completions(args) => completions::run_completions(&args, out),
        Command::Man(args) => completions::run_man(&args, out),
    }
}
