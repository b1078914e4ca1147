//! `idsgen apply`: writes exactly what plan shows, under an advisory lock, and records the lock
//! last. A failed apply leaves nothing behind (no `apply.lock`, no new directories). With
//! `--format json` stdout is one JSON document: the plan plus what was applied. Exit 0, or 2
//! when conflict markers were written and wait for you.

use crate::cli::{ApplyArgs, PlanFormat};
use crate::commands::diffview;
use crate::commands::plan::{compute, json, print};
use crate::error::{Error, Result, exit};
use crate::workspace::apply::{Applied, DirLock, DiskSink, apply, clean_stale_temps};
use crate::workspace::interrupt;
use crate::workspace::lock::LOCK_FILE;
use crate::workspace::write::create_root;
use std::io::Write;

/// Runs `idsgen apply`.
pub fn run(args: &ApplyArgs, out: &mut dyn Write) -> Result<i32> {
    let _writing = interrupt::writing();
    let dir = &args.plan.output;
    let created_root = create_root(dir)?;
    let lock = match DirLock::acquire(dir, || {
        eprintln!("waiting for another idsgen apply in {} to finish...", dir.display());
    }) {
        Ok(lock) => lock,
        Err(e) => {
            remove_dirs(&created_root);
            return Err(e);
        }
    };
    let result = locked(args, out);
    if result.is_err() {
        lock.discard();
        remove_dirs(&created_root);
    }
    result
}

fn remove_dirs(created: &[std::path::PathBuf]) {
    for d in created.iter().rev() {
        let _ = std::fs::remove_dir(d);
    }
}

fn locked(args: &ApplyArgs, out: &mut dyn Write) -> Result<i32> {
    let dir = &args.plan.output;
    let planned = compute(&args.plan)?;
    interrupt::checkpoint()?;
    if let Some(expected) = &args.expect_plan
        && *expected != planned.plan.id()
    {
        return Err(Error::usage(format!(
            "the plan changed since you reviewed it (expected {expected}, now {}).\n  fix: run `idsgen plan` again and review it",
            planned.plan.id()
        )));
    }
    let json_out = args.plan.format == PlanFormat::Json;
    if !json_out {
        print(
            &planned,
            dir,
            args.plan.format,
            diffview::use_color(args.plan.color),
            out,
        )?;
    }
    clean_stale_temps(dir, &planned.plan)?;
    let applied = apply(dir, &planned.plan, &mut DiskSink::open(dir)?)?;
    let code = if applied.conflicts.is_empty() {
        exit::OK
    } else {
        exit::PENDING
    };
    if json_out {
        let mut doc = json(&planned, dir);
        doc["format"] = super::plan::APPLY_JSON_FORMAT.into();
        doc["applied"] = serde_json::to_value(&applied).expect("applied serializes");
        let text = serde_json::to_string_pretty(&doc).expect("plan serializes");
        writeln!(out, "{text}").map_err(|e| Error::io("writing", "standard output", e))?;
        return Ok(code);
    }
    print_applied(&applied, out)?;
    Ok(code)
}

fn print_applied(applied: &Applied, out: &mut dyn Write) -> Result<()> {
    let io = |e| Error::io("writing", "standard output", e);
    writeln!(
        out,
        "\napplied: {} written, {} deleted, lock updated ({LOCK_FILE})",
        applied.written.len(),
        applied.deleted.len(),
    )
    .map_err(io)?;
    if !applied.conflicts.is_empty() {
        writeln!(out, "these files need your attention (search for `<<<<<<<`):").map_err(io)?;
        for p in &applied.conflicts {
            writeln!(out, "  {p}").map_err(io)?;
        }
    }
    Ok(())
}
