//! `idsgen plan`: renders in memory and shows what apply would do to every file, with diffs.
//! Exit 0 when nothing would change, 2 when changes are pending, 1 on errors (see `error::exit`).

use crate::cli::{PlanArgs, PlanFormat};
use crate::commands::diffview;
use crate::commands::inputs::load_spec;
use crate::commands::render::render_loaded;
use crate::error::{Error, Result, exit};
use crate::outputs::docs::{self, CHECKLIST_PATH};
use crate::outputs::{Ownership, RenderedFile};
use crate::workspace::confine::OutputDir;
use crate::workspace::lock::{LOCK_FILE, Lock, MUTEX_FILE, sha256_hex};
use crate::workspace::plan::{self, Class, Plan, PlanOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// The `--templates` directory to render with: the one given, else the one the lock records
/// (which must still exist: silently rendering without it would revert the overrides).
pub fn templates_for(args: &PlanArgs, lock: Option<&Lock>) -> Result<Option<PathBuf>> {
    if let Some(t) = &args.templates {
        return Ok(Some(t.clone()));
    }
    let Some(recorded) = lock.and_then(|l| l.templates_dir(&args.output)) else {
        return Ok(None);
    };
    if recorded.is_dir() {
        return Ok(Some(recorded));
    }
    Err(Error::usage(format!(
        "{} records that the files were rendered with --templates {}, which does not exist here; rendering without the overrides would silently revert them.\n  fix: pass --templates DIR with the override directory",
        args.output.join(crate::workspace::lock::LOCK_FILE).display(),
        recorded.display()
    )))
}

/// Loads the spec, renders, reads the lock and classifies every file. Refuses (before anything
/// is written) any path that would leave the output directory, so plan refuses what apply would.
pub fn compute(args: &PlanArgs) -> Result<Planned> {
    let loaded = load_spec(&args.spec, &args.output)?;
    let lock_before = Lock::load(&args.output)?;
    let templates = templates_for(args, lock_before.as_ref())?;
    let mut files = render_loaded(&loaded, templates.as_deref())?;
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
    let mut plan = plan::plan(&args.output, &files, merge_lock.as_ref(), &spec_hash(&files), &options);
    // CHECKLIST.md reports on the files as apply will leave them (merged edits, deleted files),
    // not on the pristine render: when they differ, plan again with that report.
    if let Some(report) = checklist_as_written(&plan)
        && let Some(f) = files.iter_mut().find(|f| f.path == CHECKLIST_PATH)
        && f.contents != report
    {
        f.contents = report;
        plan = plan::plan(&args.output, &files, merge_lock.as_ref(), &spec_hash(&files), &options);
    }
    plan.lock_after.templates = templates.as_deref().map(|t| Lock::templates_entry(&args.output, t));
    if let Some(out) = OutputDir::open_existing(&args.output)? {
        // The lock's paths too: an orphan behind a link is invisible to the plan, but a
        // topology change must still refuse rather than quietly skip it.
        let locked = lock_before.iter().flat_map(|l| l.files.keys().map(String::as_str));
        out.preflight(
            plan.entries
                .iter()
                .map(|e| e.path.as_str())
                .chain(locked)
                .chain([LOCK_FILE, MUTEX_FILE]),
        )?;
    }
    Ok(Planned { plan, lock_before })
}

/// The `"format"` field of plan's JSON document (shape: tests/schemas/idsgen.plan.v1.json).
pub const JSON_FORMAT: &str = "idsgen.plan/v1";
/// The `"format"` field of apply's JSON document: plan's, plus `applied`.
pub const APPLY_JSON_FORMAT: &str = "idsgen.apply/v1";

/// The plan as one JSON document (apply adds what it did to the same document).
pub fn json(planned: &Planned, dir: &Path) -> serde_json::Value {
    let plan = &planned.plan;
    serde_json::json!({
        "format": JSON_FORMAT,
        "directory": dir.display().to_string(),
        "plan_id": plan.id(),
        "changes_pending": plan.has_changes(planned.lock_before.as_ref()),
        "files": plan.entries,
    })
}

/// The checklist report on the tree as applying `plan` leaves it, when that tree differs from
/// the render (`None` when it is the render, whose report is already in it).
fn checklist_as_written(plan: &Plan) -> Option<String> {
    let mut differs = false;
    let mut written = Vec::new();
    for e in plan.entries.iter().filter(|e| e.path != CHECKLIST_PATH) {
        let after = match e.class {
            Class::OrphanDelete => None,
            Class::Create | Class::Update | Class::Merge | Class::Conflict => e.result.clone(),
            Class::Unchanged | Class::Skipped | Class::OrphanKept => e.current.clone(),
        };
        if after.as_ref() != e.rendered.as_ref() {
            differs = true;
        }
        if let Some(text) = after {
            written.push(RenderedFile::managed(e.path.clone(), text));
        }
    }
    differs.then(|| docs::checklist(&written))
}

/// Prints a plan as text (classes, then diffs) or JSON.
pub fn print(planned: &Planned, dir: &Path, format: PlanFormat, color: bool, out: &mut dyn Write) -> Result<()> {
    let io = |e| Error::io("writing", "standard output", e);
    let plan = &planned.plan;
    if format == PlanFormat::Json {
        let doc = json(planned, dir);
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
        // Unchanged files and files the user deleted (they stay deleted) have nothing to show.
        if e.class == Class::Unchanged || (e.class == Class::Skipped && e.current.is_none()) {
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
        exit::PENDING
    } else {
        exit::OK
    })
}
