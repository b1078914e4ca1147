//! `idsgen render`: spec → model → files → disk (or a listing with `--dry-run`).

use crate::cli::{PlanFormat, RenderArgs};
use crate::commands::inputs::{LoadedSpec, load_spec};
use crate::commands::plan::spec_hash;
use crate::error::{Error, Result};
use crate::model::Model;
use crate::outputs::{self, RenderedFile};
use crate::render::Templates;
use crate::spec::types::Spec;
use crate::workspace::apply::DirLock;
use crate::workspace::interrupt;
use crate::workspace::lock::{LOCK_FILE, Lock, LockedFile, MUTEX_FILE, sha256_hex};
use crate::workspace::write;
use std::io::Write;
use std::path::Path;

/// Renders every file for `spec` in memory.
pub fn render_spec(spec: &Spec, templates_dir: Option<&Path>) -> Result<Vec<RenderedFile>> {
    let templates = Templates::with_overrides(templates_dir)?;
    outputs::generate(&Model::from_spec(spec), &templates)
}

/// Renders a loaded spec. The spec copy (`idsgen.yaml`) is the text it was read from, comments
/// and layout included, with only what `--set` changed edited in place (`spec::edit`); only
/// when that is impossible is it the effective spec, serialized, with a warning.
pub fn render_loaded(loaded: &LoadedSpec, templates_dir: Option<&Path>) -> Result<Vec<RenderedFile>> {
    let mut files = render_spec(&loaded.spec, templates_dir)?;
    if let Some(f) = files.iter_mut().find(|f| f.path == "idsgen.yaml") {
        // `--set` edits the text it was read from in place; comments survive.
        match crate::spec::edit::edit_in_place(&loaded.text, &loaded.spec) {
            Ok(text) => {
                f.contents = text;
                if !f.contents.ends_with('\n') {
                    f.contents.push('\n');
                }
            }
            Err(why) => eprintln!(
                "warning: idsgen.yaml is rewritten whole, so its comments and layout are lost ({}).",
                why.0
            ),
        }
    }
    Ok(files)
}

/// Runs `idsgen render`.
pub fn run(args: &RenderArgs, out: &mut dyn Write) -> Result<i32> {
    let loaded = load_spec(&args.spec, &args.output)?;
    let files = render_loaded(&loaded, args.templates.as_deref())?;
    let json_out = args.format == PlanFormat::Json;
    if args.dry_run && json_out {
        return dry_run_json(&args.output, &files, args.force, out);
    }
    if args.dry_run {
        return write_rendered(&args.output, &files, args.force, true, out);
    }
    // An apply may be running where one ran before (it leaves its lock file): wait for it. Where
    // none ever ran, render creates nothing until it has succeeded.
    let _guard = if args.output.join(MUTEX_FILE).is_file() {
        Some(DirLock::acquire(&args.output, || {
            eprintln!(
                "waiting for another idsgen apply in {} to finish...",
                args.output.display()
            );
        })?)
    } else {
        None
    };
    let report = write_recorded_with(&args.output, &files, args.force, args.templates.as_deref())?;
    if json_out {
        let action = |p: &String| {
            if report.created.contains(p) {
                "created"
            } else if report.updated.contains(p) {
                "updated"
            } else {
                "unchanged"
            }
        };
        let list = files
            .iter()
            .map(|f| (f.path.as_str(), action(&f.path), f.contents.len()));
        return print_json(&args.output, false, list, out);
    }
    print_report(&args.output, files.len(), &report, out)?;
    print_placeholders(&files, out)
}

/// The `"format"` field of the JSON document (shape: tests/schemas/idsgen.render.v1.json).
pub const JSON_FORMAT: &str = "idsgen.render/v1";

/// `--dry-run --format json`: refuses what the write would refuse (nothing printed then), else
/// prints each file with what writing would do to it: create, overwrite or unchanged.
fn dry_run_json(dir: &Path, files: &[RenderedFile], force: bool, out: &mut dyn Write) -> Result<i32> {
    write::preflight(dir, files, force, &[])?;
    let differing = write::differing(dir, files);
    let list = files.iter().map(|f| {
        let action = if differing.contains(&f.path) {
            "overwrite"
        } else if dir.join(&f.path).exists() {
            "unchanged"
        } else {
            "create"
        };
        (f.path.as_str(), action, f.contents.len())
    });
    print_json(dir, true, list, out)
}

/// Prints one `idsgen.render/v1` document: (path, action, bytes) per file.
fn print_json<'a>(
    dir: &Path,
    dry_run: bool,
    files: impl Iterator<Item = (&'a str, &'static str, usize)>,
    out: &mut dyn Write,
) -> Result<i32> {
    let files: Vec<_> = files
        .map(|(path, action, bytes)| serde_json::json!({ "path": path, "action": action, "bytes": bytes }))
        .collect();
    let doc = serde_json::json!({
        "format": JSON_FORMAT,
        "directory": dir.display().to_string(),
        "dry_run": dry_run,
        "files": files,
    });
    writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&doc).expect("render serializes")
    )
    .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}

/// Writes (or, with `dry_run`, lists) a rendered tree and prints what happened. A dry run
/// refuses exactly what the real write would refuse, with the same error and exit status.
pub fn write_rendered(
    dir: &Path,
    files: &[RenderedFile],
    force: bool,
    dry_run: bool,
    out: &mut dyn Write,
) -> Result<i32> {
    let io = |e| Error::io("writing", "standard output", e);
    if dry_run {
        let differing = write::differing(dir, files);
        writeln!(out, "would write {} files under {}:", files.len(), dir.display()).map_err(io)?;
        for f in files {
            let state = if differing.contains(&f.path) {
                "overwrite"
            } else if dir.join(&f.path).exists() {
                "unchanged"
            } else {
                "create"
            };
            writeln!(out, "  {state:<9} {} ({} bytes)", f.path, f.contents.len()).map_err(io)?;
        }
        write::preflight(dir, files, force, &[])?;
        return Ok(0);
    }
    let report = write_recorded(dir, files, force)?;
    print_report(dir, files.len(), &report, out)?;
    print_placeholders(files, out)
}

/// After a render: a retired proxy kind in the chain, and the spec's documentation placeholders,
/// which make CHECKLIST.md fail X12 until they are replaced (a fresh preset has several), so
/// nobody ships `id.example.com` or ingress-nginx unawares.
fn print_placeholders(files: &[RenderedFile], out: &mut dyn Write) -> Result<i32> {
    let Some(spec_file) = files.iter().find(|f| f.path == "idsgen.yaml") else {
        return Ok(0);
    };
    let Ok(spec) = crate::spec::load::parse("idsgen.yaml", &spec_file.contents) else {
        return Ok(0);
    };
    for (i, hop) in spec.proxy.hops.iter().enumerate() {
        if let Some((why, instead)) = crate::model::forwarding::retired(hop.kind) {
            writeln!(
                out,
                "warning: proxy.hops[{i}]: {why} (CHECKLIST.md fails GW1)\n  fix: {instead}; the presets `kubernetes` (envoy-gateway) and `azure-aks` (app-gateway-for-containers) show a complete chain: `idsgen presets`"
            )
            .map_err(|e| Error::io("writing", "standard output", e))?;
        }
    }
    let found = crate::spec::placeholders::find(&spec);
    if found.is_empty() {
        return Ok(0);
    }
    let listed: Vec<String> = found.iter().map(|p| format!("{}={}", p.path, p.value)).collect();
    writeln!(
        out,
        "not production-ready yet: {} placeholder value(s) to replace (CHECKLIST.md fails X12 until then): {}\n  fix: e.g. `idsgen apply -o DIR --set public.origin=https://login.<your domain>`, or edit idsgen.yaml and run `idsgen apply`",
        found.len(),
        listed.join(", ")
    )
    .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}

fn print_report(dir: &Path, count: usize, report: &write::WriteReport, out: &mut dyn Write) -> Result<i32> {
    writeln!(
        out,
        "rendered {} files into {}: {} created, {} updated, {} unchanged",
        count,
        dir.display(),
        report.created.len(),
        report.updated.len(),
        report.unchanged.len()
    )
    .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}

/// Writes a rendered tree all or nothing, then records it in the lock (the merge base of later
/// `plan`/`apply`). Every path that writes a whole tree (render, init) goes through here.
pub fn write_recorded(dir: &Path, files: &[RenderedFile], force: bool) -> Result<write::WriteReport> {
    write_recorded_with(dir, files, force, None)
}

/// `write_recorded`, recording the `--templates` directory the files were rendered with. The
/// files and the lock are staged together and the lock is renamed into place last; Ctrl-C before
/// the first rename writes nothing.
pub fn write_recorded_with(
    dir: &Path,
    files: &[RenderedFile],
    force: bool,
    templates: Option<&Path>,
) -> Result<write::WriteReport> {
    let _writing = interrupt::writing();
    let lock = recorded_lock(dir, files, templates)?;
    let mut all = files.to_vec();
    all.push(RenderedFile::managed(LOCK_FILE, lock.to_json()));
    let mut report = write::write_tree(dir, &all, force, &[LOCK_FILE])?;
    for list in [&mut report.created, &mut report.updated, &mut report.unchanged] {
        list.retain(|p| p != LOCK_FILE);
    }
    Ok(report)
}

/// The lock recording every rendered file as the merge base for later `plan`/`apply`, keeping
/// ownership choices already recorded.
fn recorded_lock(dir: &Path, files: &[RenderedFile], templates: Option<&Path>) -> Result<Lock> {
    let before = Lock::load(dir)?;
    let mut lock = Lock::new(spec_hash(files));
    lock.templates = templates.map(|t| Lock::templates_entry(dir, t));
    for f in files {
        let ownership = before
            .as_ref()
            .and_then(|l| l.files.get(&f.path))
            .map(|l| l.ownership)
            .unwrap_or(f.ownership);
        lock.files.insert(
            f.path.clone(),
            LockedFile {
                sha256: sha256_hex(f.contents.as_bytes()),
                ownership,
                base: f.contents.clone(),
            },
        );
    }
    Ok(lock)
}
