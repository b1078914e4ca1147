//! `idsgen init`: runs the wizard on a terminal, writes idsgen.yaml, renders the deployment.

use crate::cli::InitArgs;
use crate::error::{Error, Result};
use std::io::{IsTerminal, Write};

/// Runs `idsgen init`. Without a terminal it exits 2 and points to the non-interactive paths.
pub fn run(_args: &InitArgs, _out: &mut dyn Write) -> Result<i32> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "idsgen init needs an interactive terminal.\n  fix: run `idsgen render --preset NAME -o DIR` (see `idsgen presets`) or `idsgen render --spec idsgen.yaml -o DIR`",
        ));
    }
    Err(Error::usage("the wizard is not available yet"))
}
