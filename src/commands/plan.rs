//! `idsgen plan`: renders in memory and shows what apply would do to every file, with diffs.
//! Exit 0 when nothing would change, 2 when changes are pending, 1 on errors.

use crate::cli::{PlanArgs, PlanFormat};
use crate::commands::diffview;
use crate::commands::inputs::load_spec;
use crate::commands::render::render_loaded;
use crate::error::{Error, Result};
use crate::outputs::{Ownership, RenderedFile};
use crate::workspace::lock::{Lock, sha256_hex};
use crate::workspace::plan::{self, Class, Plan, PlanOptions};
use std::io::Write;
use std::path::Path;

/// The inputs of a plan, computed once for plan and apply.
pub struct Planned {
    /// The plan.
    pub plan: Plan,
    /// The lock on disk before.
    pub lock_before: Option<Lock>,
}

/// Parses `--own PATH=MODE` values.
pub fn parse_own(values: &[String]) -> Result<Vec<(String, Ownership)>> {
    values
        .iter()
        .map(|v| {
            let (path, mode) = v.split_once('=').ok_or_else(|| {
                Error::usage(format!(
                    "--own {v}: expected PATH=MODE, e.g. --own deploy/nginx/nginx.conf=user-owned"
                ))
            })?;
            let mode = match mode {
                "managed" => Ownership::Managed,
                "create-only" => Ownership::CreateOnly,
                "user-owned" => Ownership::UserOwned,
                other => {
                    return Err(Error::usage(format!(
                        "--own {v}: unknown mode `{other}`; use managed, create-only or user-owned"
                    )));
                }
            };
            Ok((path.to_string(), mode))
        })
        .collect()
}

/// The spec hash recorded in the lock: the sha256 of the rendered idsgen.yaml.
pub fn spec_hash(files: &[RenderedFile]) -> String {
    files
        .iter()
        .find(|f| f.path == "idsgen.yaml")
        .map(|f| sha256_hex(f.contents.as_bytes()))
        .unwrap_or_default()
}

/// Loads the spec, renders, reads the lock and classifies every file.
pub fn compute(args: &PlanArgs) -> Result<Planned> {
    let loaded = load_spec(&args.spec, &args.output)?;
    let files = render_loaded(&loaded, args.templates.as_deref())?;
    let own = parse_own(&args.own)?;
    for (path, _) in &own {
        if !files.iter().any(|f| &f.path == path) {
            return Err(Error::usage(format!("--own {path}: idsgen does not render that file")));
        }
    }
    for path in &args.restore {
        if !files.iter().any(|f| &f.path == path) {
            return Err(Error::usage(format!(
                "--restore {path}: idsgen does not render that file; paths are relative to the output directory, as `idsgen plan` lists them"
            )));
        }
    }
    let lock_before = Lock::load(&args.output)?;
    let options = PlanOptions {
        restore: args.restore.clone(),
        own,
    };
    // When the spec was read from DIR/idsgen.yaml, the new spec copy is derived from that very
    // text (the user's edits plus `--set`), so it replaces it: merging it 3-way against the last
    // render would mark the user's own edits as conflicts inside the spec.
    let mut merge_lock = lock_before.clone();
    let spec_path = args
        .spec
        .spec
        .clone()
        .unwrap_or_else(|| args.output.join("idsgen.yaml"));
    let read_from_dir = args.spec.preset.is_none()
        && std::fs::canonicalize(&spec_path)
            .is_ok_and(|p| std::fs::canonicalize(args.output.join("idsgen.yaml")).is_ok_and(|d| d == p));
    if read_from_dir && let Some(f) = merge_lock.as_mut().and_then(|l| l.files.get_mut("idsgen.yaml")) {
        f.base = loaded.text.clone();
    }
    let plan = plan::plan(&args.output, &files, merge_lock.as_ref(), &spec_hash(&files), &options);
    Ok(Planned { plan, lock_before })
}

/// Prints a plan as text (classes, then diffs) or JSON.
pub fn print(planned: &Planned, dir: &Path, format: PlanFormat, color: bool, out: &mut dyn Write) -> Result<()> {
    let io = |e| Error::io("writing", "standard output", e);
    let plan = &planned.plan;
    if format == PlanFormat::Json {
        let doc = serde_json::json!({
            "directory": dir.display().to_string(),
            "plan_id": plan.id(),
            "changes_pending": plan.has_changes(planned.lock_before.as_ref()),
            "files": plan.entries,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).expect("plan serializes")).map_err(io)?;
        return Ok(());
    }
    writeln!(out, "plan {} for {}:", plan.id(), dir.display()).map_err(io)?;
    for e in &plan.entries {
        let note = if e.note.is_empty() {
            String::new()
        } else {
            format!("  ({})", e.note)
        };
        writeln!(out, "  {:<9} {}{}", e.class.label(), e.path, note).map_err(io)?;
    }
    let count = |c: Class| plan.of(c).count();
    writeln!(
        out,
        "{} create, {} update, {} merge, {} conflict, {} delete, {} keep, {} skip, {} unchanged",
        count(Class::Create),
        count(Class::Update),
        count(Class::Merge),
        count(Class::Conflict),
        count(Class::OrphanDelete),
        count(Class::OrphanKept),
        count(Class::Skipped),
        count(Class::Unchanged)
    )
    .map_err(io)?;
    for e in &plan.entries {
        if e.class == Class::Unchanged {
            continue;
        }
        let before = e.current.as_deref().unwrap_or("");
        let after = match e.class {
            Class::OrphanDelete => "",
            _ => e.after().unwrap_or(""),
        };
        let old_label = if e.current.is_some() {
            format!("a/{}", e.path)
        } else {
            "/dev/null".to_string()
        };
        let new_label = if e.class == Class::OrphanDelete {
            "/dev/null".to_string()
        } else {
            format!("b/{}", e.path)
        };
        let diff = diffview::unified(&old_label, &new_label, before, after, color);
        if !diff.is_empty() {
            write!(out, "\n{diff}").map_err(io)?;
        }
    }
    Ok(())
}

/// Runs `idsgen plan`.
pub fn run(args: &PlanArgs, out: &mut dyn Write) -> Result<i32> {
    let planned = compute(args)?;
    print(
        &planned,
        &args.output,
        args.format,
        diffview::use_color(args.color),
        out,
    )?;
    Ok(if planned.plan.has_changes(planned.lock_before.as_ref()) {
        2
    } else {
        0
    })
}
