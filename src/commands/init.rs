//! `idsgen init`: runs the wizard on a terminal, writes idsgen.yaml, renders the deployment and
//! prints the equivalent non-interactive command lines. `run_with` takes any `Ask`, for tests.

use crate::cli::InitArgs;
use crate::commands::render::render_spec;
use crate::error::{Error, Result};
use crate::outputs::RenderedFile;
use crate::spec::types::Spec;
use crate::spec::{load, presets};
use crate::wizard::choices;
use crate::wizard::command_line;
use crate::wizard::flow::{self, Defaults};
use crate::wizard::prompts::Terminal;
use crate::wizard::question::Ask;
use crate::workspace::write;
use std::io::{IsTerminal, Write};

/// The message of a cancelled wizard (exit 2).
pub const CANCELLED: &str = "cancelled, nothing written";

/// Runs `idsgen init`. Without a terminal it exits 2 and points to the non-interactive paths.
pub fn run(args: &InitArgs, out: &mut dyn Write) -> Result<i32> {
    if !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "idsgen init needs an interactive terminal.\n  fix: run `idsgen render --preset NAME -o DIR` (see `idsgen presets`) or `idsgen render --spec idsgen.yaml -o DIR`",
        ));
    }
    run_with(args, &mut Terminal::new(), out)
}

/// Runs the wizard with `io` answering, then writes and renders exactly as `run` does.
pub fn run_with(args: &InitArgs, io: &mut dyn Ask, out: &mut dyn Write) -> Result<i32> {
    let defaults = Defaults::new(starting_spec(args)?)?;
    let spec = flow::converse(io, &defaults).map_err(|_| Error::usage(CANCELLED))?;
    let files = files_for(&spec)?;

    let dir = &args.output;
    let preset_name = choices::preset_for(spec.hosting.target);
    let preset = defaults.preset(spec.hosting.target);
    let io_err = |e| Error::io("writing", "standard output", e);
    // Printed before writing, so a refused write (files differ, no --force) still tells the
    // user how to finish without answering again.
    writeln!(
        out,
        "The same deployment, without questions:\n  {}\n  {}",
        command_line::spec_command(dir),
        command_line::preset_command(preset_name, preset, &spec, dir)
    )
    .map_err(io_err)?;
    let report = write::write_tree(dir, &files, args.force)?;
    writeln!(
        out,
        "wrote {} and rendered {} files: {} created, {} updated, {} unchanged",
        dir.join("idsgen.yaml").display(),
        files.len(),
        report.created.len(),
        report.updated.len(),
        report.unchanged.len()
    )
    .map_err(io_err)?;
    Ok(0)
}

/// The spec whose answers are the defaults: `--reconfigure` reads DIR/idsgen.yaml, `--preset`
/// an embedded preset; otherwise each target's own preset.
fn starting_spec(args: &InitArgs) -> Result<Option<Spec>> {
    if args.reconfigure {
        let path = args.output.join("idsgen.yaml");
        if !path.exists() {
            return Err(Error::usage(format!(
                "--reconfigure reads {}, which does not exist.\n  fix: run `idsgen init -o {}` without --reconfigure, or point -o at the directory that holds idsgen.yaml",
                path.display(),
                args.output.display()
            )));
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io("reading", &path, e))?;
        // Parse only: the wizard validates its result, so an existing spec with problems can
        // still be opened and fixed here.
        return load::parse(&path.display().to_string(), &text).map(Some);
    }
    match &args.preset {
        Some(name) => {
            let preset = presets::find(name)?;
            load::parse(&format!("preset {}", preset.name), preset.text).map(Some)
        }
        None => Ok(None),
    }
}

/// Every rendered file, with idsgen.yaml exactly as the wizard showed it.
fn files_for(spec: &Spec) -> Result<Vec<RenderedFile>> {
    let mut files = render_spec(spec, None)?;
    let text = flow::spec_text(spec);
    match files.iter_mut().find(|f| f.path == "idsgen.yaml") {
        Some(f) => f.contents = text,
        None => {
            files.push(RenderedFile::managed("idsgen.yaml", text));
            files.sort_by(|a, b| a.path.cmp(&b.path));
        }
    }
    Ok(files)
}
