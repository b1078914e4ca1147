//! `idsgen diff --against DIR`: compares what the spec renders with any existing tree, including
//! one idsgen never wrote: missing, extra and changed files, with diffs.

use crate::cli::{DiffArgs, PlanFormat};
use crate::commands::diffview;
use crate::commands::inputs::load_spec;
use crate::commands::render::render_loaded;
use crate::error::{Error, Result, exit};
use crate::workspace::lock::Lock;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

/// Differences between a render and a directory.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TreeDiff {
    /// Rendered but absent from the directory.
    pub missing: Vec<String>,
    /// In a directory the render writes to, but not rendered.
    pub extra: Vec<String>,
    /// Present on both sides with other content.
    pub changed: Vec<String>,
}

impl TreeDiff {
    /// Whether the trees match.
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.changed.is_empty()
    }
}

/// Files under `dir` in the directories the render writes to (not recursing into others), minus
/// idsgen's own state and VCS folders.
fn existing_in(dir: &Path, rendered_dirs: &BTreeSet<String>) -> Vec<String> {
    let mut found = Vec::new();
    for rel_dir in rendered_dirs {
        let abs = if rel_dir.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(rel_dir)
        };
        let Ok(read) = std::fs::read_dir(&abs) else { continue };
        for entry in read.flatten() {
            if !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with(".idsgen-") {
                continue;
            }
            found.push(if rel_dir.is_empty() {
                name
            } else {
                format!("{rel_dir}/{name}")
            });
        }
    }
    found.sort();
    found
}

/// The `"format"` field of the JSON document (shape: tests/schemas/idsgen.diff.v1.json).
pub const JSON_FORMAT: &str = "idsgen.diff/v1";

/// The `--ignore` globs as one matcher. A glob without `/` matches at any depth, like a
/// `.gitignore` line; `*` never crosses `/`.
pub fn ignore_set(globs: &[String]) -> Result<GlobSet> {
    let mut set = GlobSetBuilder::new();
    for g in globs {
        let pattern = if g.contains('/') {
            g.trim_start_matches("./").to_string()
        } else {
            format!("**/{g}")
        };
        let glob = GlobBuilder::new(&pattern)
            .literal_separator(true)
            .build()
            .map_err(|e| {
                Error::usage(format!(
                    "--ignore {g}: not a glob ({e}); use e.g. --ignore '*.csproj' or --ignore 'docs/**'"
                ))
            })?;
        set.add(glob);
    }
    set.build().map_err(|e| Error::usage(format!("--ignore: {e}")))
}

/// One differing file: its path, `missing`/`changed`/`extra`, and the diff (none for extra).
struct Difference {
    path: String,
    status: &'static str,
    diff: Option<String>,
}

/// Runs `idsgen diff`.
pub fn run(args: &DiffArgs, out: &mut dyn Write) -> Result<i32> {
    let io = |e| Error::io("writing", "standard output", e);
    if !args.against.is_dir() {
        return Err(Error::usage(format!(
            "--against {}: not a directory",
            args.against.display()
        )));
    }
    let ignore = ignore_set(&args.ignore)?;
    let loaded = load_spec(&args.spec, &args.against)?;
    let files = render_loaded(&loaded, args.templates.as_deref())?;
    let json_out = args.format == PlanFormat::Json;
    let color = !json_out && diffview::use_color(args.color);
    let rendered_dirs: BTreeSet<String> = files
        .iter()
        .map(|f| f.path.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default())
        .collect();
    let mut diff = TreeDiff::default();
    let mut found = Vec::new();
    for f in files.iter().filter(|f| !ignore.is_match(&f.path)) {
        match std::fs::read(args.against.join(&f.path)) {
            Err(_) => {
                diff.missing.push(f.path.clone());
                let text = diffview::unified("/dev/null", &format!("b/{}", f.path), "", &f.contents, color);
                found.push(Difference {
                    path: f.path.clone(),
                    status: "missing",
                    diff: Some(text),
                });
            }
            Ok(bytes) if bytes == f.contents.as_bytes() => {}
            Ok(bytes) => {
                diff.changed.push(f.path.clone());
                let existing = String::from_utf8_lossy(&bytes);
                let text = diffview::unified(
                    &format!("a/{}", f.path),
                    &format!("b/{}", f.path),
                    &existing,
                    &f.contents,
                    color,
                );
                found.push(Difference {
                    path: f.path.clone(),
                    status: "changed",
                    diff: Some(text),
                });
            }
        }
    }
    let produced: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let candidates = if args.managed_only {
        // Only files idsgen wrote before and no longer renders: the lock names them.
        let lock = Lock::load(&args.against)?;
        lock.iter()
            .flat_map(|l| l.files.keys().cloned())
            .filter(|p| args.against.join(p).is_file())
            .collect()
    } else {
        existing_in(&args.against, &rendered_dirs)
    };
    diff.extra = candidates
        .into_iter()
        .filter(|p| !produced.contains(p.as_str()) && !ignore.is_match(p))
        .collect();
    found.extend(diff.extra.iter().map(|p| Difference {
        path: p.clone(),
        status: "extra",
        diff: None,
    }));
    let code = if args.exit_code && !diff.is_empty() {
        exit::PENDING
    } else {
        exit::OK
    };
    if json_out {
        let doc = serde_json::json!({
            "format": JSON_FORMAT,
            "against": args.against.display().to_string(),
            "managed_only": args.managed_only,
            "ignore": args.ignore,
            "differences": !diff.is_empty(),
            "summary": {
                "missing": diff.missing.len(),
                "changed": diff.changed.len(),
                "extra": diff.extra.len(),
            },
            "files": found.iter().map(|d| serde_json::json!({
                "path": d.path,
                "status": d.status,
                "diff": d.diff,
            })).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).expect("diff serializes")).map_err(io)?;
        return Ok(code);
    }
    for p in &diff.missing {
        writeln!(out, "missing  {p}").map_err(io)?;
    }
    for p in &diff.changed {
        writeln!(out, "changed  {p}").map_err(io)?;
    }
    for p in &diff.extra {
        writeln!(out, "extra    {p}").map_err(io)?;
    }
    writeln!(
        out,
        "{} missing, {} changed, {} extra (compared with {})",
        diff.missing.len(),
        diff.changed.len(),
        diff.extra.len(),
        args.against.display()
    )
    .map_err(io)?;
    let body: String = found.iter().filter_map(|d| d.diff.as_deref()).collect();
    if !body.is_empty() {
        write!(out, "\n{body}").map_err(io)?;
    }
    Ok(code)
}
