//! `idsgen completions SHELL` and `idsgen man`: generated from the clap definition, so every
//! subcommand and flag is covered without a hand-kept list.

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{Error, Result};
use clap::CommandFactory;
use std::io::Write;

/// Prints the completion script for the shell.
pub fn run_completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<i32> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "idsgen", &mut buf);
    out.write_all(&buf)
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}

/// Every page: `idsgen` plus one per subcommand (`idsgen-render`, ...), as (file name, roff).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    let cmd = Cli::command();
    let mut pages = Vec::new();
    let mut main = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut main)
        .map_err(|e| Error::io("rendering", "the man page", e))?;
    pages.push(("idsgen.1".to_string(), main));
    for sub in cmd.get_subcommands() {
        let name = format!("idsgen-{}", sub.get_name());
        let sub = sub.clone().name(name.clone());
        let mut page = Vec::new();
        clap_mangen::Man::new(sub)
            .render(&mut page)
            .map_err(|e| Error::io("rendering", "a man page", e))?;
        pages.push((format!("{name}.1"), page));
    }
    Ok(pages)
}

/// Prints the main man page, or writes every page into `--dir`.
pub fn run_man(args: &ManArgs, out: &mut dyn Write) -> Result<i32> {
    let pages = man_pages()?;
    match &args.dir {
        None => {
            let main = &pages[0].1;
            out.write_all(main)
                .map_err(|e| Error::io("writing", "standard output", e))?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io("creating", dir, e))?;
            for (name, page) in &pages {
                let path = dir.join(name);
                std::fs::write(&path, page).map_err(|e| Error::io("writing", &path, e))?;
                writeln!(out, "wrote {}", path.display()).map_err(|e| Error::io("writing", "standard output", e))?;
            }
        }
    }
    Ok(0)
}
