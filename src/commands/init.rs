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
    refuse_unusable_output(args)?;
    let defaults = Defaults::new(starting_spec(args)?)?;
    let spec = flow::converse(io, &defaults).map_err(|_| Error::Interrupted)?;
    let files = files_for(&spec)?;

    let dir = &args.output;
    let preset_name = choices::preset_for(spec.hosting.target);
    let preset = defaults.preset(spec.hosting.target);
    let io_err = |e| Error::io("writing", "standard output", e);
    let commands = format!(
        "The same deployment, without questions:\n  {}\n  {}",
        command_line::spec_command(dir),
        command_line::preset_command(preset_name, preset, &spec, dir)
    );
    let next = format!(
        "\nNext steps:\n{}",
        crate::outputs::next_steps::to_text(&crate::outputs::next_steps::steps(&spec, &files))
    );
    if args.reconfigure {
        // After the plan, where a long plan cannot scroll it away.
        let code = reconfigure(args, &spec, io, out)?;
        writeln!(out, "{next}\n{commands}").map_err(io_err)?;
        return Ok(code);
    }
    // Printed before writing, so a refused write (files differ, no --force) still tells the
    // user how to finish without answering again.
    writeln!(out, "{commands}").map_err(io_err)?;
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
    writeln!(out, "{next}").map_err(io_err)?;
    Ok(0)
}

/// Refuses, before the first question, an output that is a file, or (without `--reconfigure`
/// or `--force`) a directory that already holds a deployment.
fn refuse_unusable_output(args: &InitArgs) -> Result<()> {
    let dir = &args.output;
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(format!(
            "-o {} is a file, not a directory.\n  fix: pass the directory the deployment goes in, e.g. `idsgen init -o deploy`",
            dir.display()
        )));
    }
    let existing = ["idsgen.yaml", crate::workspace::lock::LOCK_FILE]
        .into_iter()
        .find(|p| dir.join(p).exists());
    if let Some(found) = existing
        && !args.reconfigure
        && !args.force
    {
        return Err(Error::usage(format!(
            "{} already holds a deployment ({found}).\n  fix: run `idsgen init --reconfigure -o {}` to change it (your edits are merged), or pass an empty directory",
            dir.display(),
            dir.display()
        )));
    }
    Ok(())
}

/// `--reconfigure`: the new answers edit idsgen.yaml in place and reach the files through the
/// same plan and 3-way merge as `idsgen apply`; hand edits are merged, never overwritten.
fn reconfigure(args: &InitArgs, spec: &Spec, io: &mut dyn Ask, out: &mut dyn Write) -> Result<i32> {
    use crate::workspace::apply::{DirLock, DiskSink, apply};
    use crate::workspace::lock::Lock;
    use crate::workspace::plan::{self, PlanOptions};
    let dir = &args.output;
    let spec_path = dir.join("idsgen.yaml");
    let current = std::fs::read_to_string(&spec_path).map_err(|e| Error::io("reading", &spec_path, e))?;
    let mut files = render_spec(spec, None)?;
    if let Some(f) = files.iter_mut().find(|f| f.path == "idsgen.yaml") {
        match crate::spec::edit::edit_in_place(&current, spec) {
            Ok(text) => f.contents = text,
            Err(why) => io.note(&format!(
                "idsgen.yaml is rewritten whole, so its comments and layout are lost ({}).",
                why.0
            )),
        }
    }
    let _guard = DirLock::acquire(dir, || {
        eprintln!("waiting for another idsgen apply in {} to finish...", dir.display());
    })?;
    let lock_before = Lock::load(dir)?;
    // The new spec text derives from the file on disk, so it replaces it (as in `apply`).
    let mut merge_lock = lock_before.clone();
    if let Some(f) = merge_lock.as_mut().and_then(|l| l.files.get_mut("idsgen.yaml")) {
        f.base = current;
    }
    let planned = crate::commands::plan::Planned {
        plan: plan::plan(
            dir,
            &files,
            merge_lock.as_ref(),
            &crate::commands::plan::spec_hash(&files),
            &PlanOptions::default(),
        ),
        lock_before,
    };
    crate::commands::plan::print(&planned, dir, crate::cli::PlanFormat::Text, false, out)?;
    let question = crate::wizard::question::Question {
        key: "apply".to_string(),
        message: "Apply this plan?".to_string(),
        help: Some("your edits are merged 3-way; conflicts are marked, never overwritten".to_string()),
        kind: crate::wizard::question::Kind::Confirm { default: true },
    };
    if io.ask(&question) != Ok(crate::wizard::question::Answer::Bool(true)) {
        return Err(Error::Interrupted);
    }
    crate::workspace::apply::clean_stale_temps(dir, &planned.plan)?;
    let applied = apply(dir, &planned.plan, &mut DiskSink::open(dir)?)?;
    let io_err = |e| Error::io("writing", "standard output", e);
    writeln!(
        out,
        "applied: {} written, {} deleted, lock updated",
        applied.written.len(),
        applied.deleted.len()
    )
    .map_err(io_err)?;
    if applied.conflicts.is_empty() {
        return Ok(0);
    }
    writeln!(out, "these files need your attention (search for `<<<<<<<`):").map_err(io_err)?;
    for p in &applied.conflicts {
        writeln!(out, "  {p}").map_err(io_err)?;
    }
    Ok(crate::error::exit::PENDING)
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
    fn an_existing_deployment_is_refused_before_the_first_question() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("idsgen.yaml"), "# mine\n").unwrap();
        let mut script = Script::new();
        let err = run_with(&args(dir.path()), &mut script, &mut Vec::new()).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::exit::USAGE);
        assert!(err.to_string().contains("--reconfigure"), "{err}");
        assert!(script.asked.is_empty(), "no question was asked");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("idsgen.yaml")).unwrap(),
            "# mine\n"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing else written"
        );

        let mut forced = args(dir.path());
        forced.force = true;
        run_with(&forced, &mut Script::new(), &mut Vec::new()).unwrap();
        assert_eq!(written(dir.path()), preset_spec(Target::AzureAppService).unwrap());
    }

    #[test]
    fn a_file_as_output_is_refused_before_the_first_question() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, "x").unwrap();
        let mut script = Script::new();
        let err = run_with(&args(&file), &mut script, &mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("is a file"), "{err}");
        assert!(script.asked.is_empty());
    }

    #[test]
    fn reconfigure_merges_hand_edits_and_keeps_spec_comments() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = args(dir.path());
        a.preset = Some("onprem-nginx".into());
        run_with(&a, &mut Script::new(), &mut Vec::new()).unwrap();
        // A hand edit to a generated file and a comment in the spec.
        let spec_path = dir.path().join("idsgen.yaml");
        let spec_text = std::fs::read_to_string(&spec_path).unwrap();
        std::fs::write(&spec_path, format!("# our notes\n{spec_text}")).unwrap();
        let lock = crate::workspace::lock::Lock::load(dir.path()).unwrap().unwrap();
        let program_rel = lock.files.keys().find(|p| p.ends_with("Program.cs")).unwrap().clone();
        let program = dir.path().join(program_rel);
        let program_text = std::fs::read_to_string(&program).unwrap();
        std::fs::write(&program, format!("{program_text}// hand edit\n")).unwrap();

        let mut again = args(dir.path());
        again.reconfigure = true;
        let mut out = Vec::new();
        let code = run_with(&again, &mut Script::new(), &mut out).unwrap();
        assert_eq!(code, 0, "{}", String::from_utf8_lossy(&out));
        assert!(std::fs::read_to_string(&program).unwrap().ends_with("// hand edit\n"));
        assert!(
            std::fs::read_to_string(&spec_path)
                .unwrap()
                .starts_with("# our notes\n")
        );
        assert!(String::from_utf8(out).unwrap().contains("plan "), "the plan is shown");
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
            &mut Script::new().quit_at("public.origin"),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(err.exit_code(), crate::error::exit::INTERRUPTED);
        assert_eq!(err.to_string(), CANCELLED);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
