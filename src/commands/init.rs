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
    let spec = flow::converse(io, &defaults).map_err(|_| Error::Interrupted)?;
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
    let report = crate::commands::render::write_recorded(dir, &files, args.force)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::types::Target;
    use crate::wizard::flow::preset_spec;
    use crate::wizard::script::Script;

    fn args(dir: &std::path::Path) -> InitArgs {
        InitArgs {
            output: dir.to_path_buf(),
            force: false,
            preset: None,
            reconfigure: false,
        }
    }

    fn written(dir: &std::path::Path) -> Spec {
        let text = std::fs::read_to_string(dir.join("idsgen.yaml")).unwrap();
        load::parse("idsgen.yaml", &text).unwrap()
    }

    #[test]
    fn preset_flag_picks_the_starting_target_and_its_answers() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = args(dir.path());
        a.preset = Some("aws-eks".into());
        let mut out = Vec::new();
        let mut script = Script::new();
        assert_eq!(run_with(&a, &mut script, &mut out).unwrap(), 0);
        assert_eq!(script.asked[0].default, "aws-eks");
        assert_eq!(written(dir.path()), preset_spec(Target::AwsEks).unwrap());
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("idsgen render --preset aws-eks -o"), "{out}");
        // Recorded like a render, so `idsgen plan` right after the wizard has nothing to do.
        let lock = crate::workspace::lock::Lock::load(dir.path())
            .unwrap()
            .expect("the lock is written");
        assert!(
            lock.files.contains_key("idsgen.yaml") && lock.files.len() > 5,
            "{:?}",
            lock.files.keys()
        );
    }

    #[test]
    fn different_existing_files_are_refused_without_force_and_replaced_with_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("idsgen.yaml"), "# mine\n").unwrap();
        let mut out = Vec::new();
        let err = run_with(&args(dir.path()), &mut Script::new(), &mut out).unwrap_err();
        assert!(matches!(err, Error::WouldOverwrite { .. }), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("idsgen.yaml")).unwrap(),
            "# mine\n"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing else written"
        );
        let printed = String::from_utf8(out).unwrap();
        assert!(
            printed.contains("idsgen render --spec"),
            "the way to finish is printed: {printed}"
        );

        let mut forced = args(dir.path());
        forced.force = true;
        run_with(&forced, &mut Script::new(), &mut Vec::new()).unwrap();
        assert_eq!(written(dir.path()), preset_spec(Target::AzureAppService).unwrap());
    }

    #[test]
    fn reconfigure_reads_the_existing_spec_and_needs_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = args(dir.path());
        a.reconfigure = true;
        let err = run_with(&a, &mut Script::new(), &mut Vec::new()).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::exit::USAGE);
        assert!(err.to_string().contains("--reconfigure"), "{err}");

        let mut mine = preset_spec(Target::OnpremLinux).unwrap();
        mine.hosting.min_instances = 3;
        mine.hosting.max_instances = 3;
        std::fs::write(dir.path().join("idsgen.yaml"), flow::spec_text(&mine)).unwrap();
        a.force = true;
        run_with(&a, &mut Script::new(), &mut Vec::new()).unwrap();
        assert_eq!(written(dir.path()), mine);
    }

    #[test]
    fn cancelling_exits_130_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let err = run_with(
            &args(dir.path()),
            &mut Script::new().cancel_at("public.origin"),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), crate::error::exit::INTERRUPTED);
        assert_eq!(err.to_string(), CANCELLED);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
