//! `idsgen apply`: writes exactly what plan shows, under an advisory lock, and records the lock
//! last. Exit 1 when files need attention (conflicts), 0 otherwise.

use crate::cli::ApplyArgs;
use crate::commands::diffview;
use crate::commands::plan::{compute, print};
use crate::error::{Error, Result};
use crate::workspace::apply::{DirLock, DiskSink, apply, clean_stale_temps};
use std::io::Write;

/// Runs `idsgen apply`.
pub fn run(args: &ApplyArgs, out: &mut dyn Write) -> Result<i32> {
    let dir = &args.plan.output;
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("creating", dir, e))?;
    }
    let _guard = DirLock::acquire(dir, || {
        eprintln!("waiting for another idsgen apply in {} to finish...", dir.display());
    })?;
    let planned = compute(&args.plan)?;
    if let Some(expected) = &args.expect_plan
        && *expected != planned.plan.id()
    {
        return Err(Error::usage(format!(
            "the plan changed since you reviewed it (expected {expected}, now {}).\n  fix: run `idsgen plan` again and review it",
            planned.plan.id()
        )));
    }
    print(
        &planned,
        dir,
        args.plan.format,
        diffview::use_color(args.plan.color),
        out,
    )?;
    clean_stale_temps(dir, &planned.plan);
    let applied = apply(dir, &planned.plan, &mut DiskSink::default())?;
    let io = |e| Error::io("writing", "standard output", e);
    writeln!(
        out,
        "\napplied: {} written, {} deleted, lock updated ({})",
        applied.written.len(),
        applied.deleted.len(),
        crate::workspace::lock::LOCK_FILE
    )
    .map_err(io)?;
    if applied.conflicts.is_empty() {
        return Ok(0);
    }
    writeln!(out, "these files need your attention (search for `<<<<<<<`):").map_err(io)?;
    for p in &applied.conflicts {
        writeln!(out, "  {p}").map_err(io)?;
    }
    Ok(1)
}
