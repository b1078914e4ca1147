//! `idsgen diff --against DIR`: compares what the spec renders with any existing tree, including
//! one idsgen never wrote: missing, extra and changed files, with diffs.

use crate::cli::DiffArgs;
use crate::commands::diffview;
use crate::commands::inputs::load_spec;
use crate::commands::render::render_loaded;
use crate::error::{Error, Result, exit};
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

/// Runs `idsgen diff`.
pub fn run(args: &DiffArgs, out: &mut dyn Write) -> Result<i32> {
    let io = |e| Error::io("writing", "standard output", e);
    if !args.against.is_dir() {
        return Err(Error::usage(format!(
            "--against {}: not a directory",
            args.against.display()
        )));
    }
    let loaded = load_spec(&args.spec, &args.against)?;
    let files = render_loaded(&loaded, args.templates.as_deref())?;
    let color = diffview::use_color(args.color);
    let rendered_dirs: BTreeSet<String> = files
        .iter()
        .map(|f| f.path.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default())
        .collect();
    let mut diff = TreeDiff::default();
    let mut body = String::new();
    for f in &files {
        match std::fs::read(args.against.join(&f.path)) {
            Err(_) => {
                diff.missing.push(f.path.clone());
                body.push_str(&diffview::unified(
                    "/dev/null",
                    &format!("b/{}", f.path),
                    "",
                    &f.contents,
                    color,
                ));
            }
            Ok(bytes) if bytes == f.contents.as_bytes() => {}
            Ok(bytes) => {
                diff.changed.push(f.path.clone());
                let existing = String::from_utf8_lossy(&bytes);
                body.push_str(&diffview::unified(
                    &format!("a/{}", f.path),
                    &format!("b/{}", f.path),
                    &existing,
                    &f.contents,
                    color,
                ));
            }
        }
    }
    let produced: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    diff.extra = existing_in(&args.against, &rendered_dirs)
        .into_iter()
        .filter(|p| !produced.contains(p.as_str()))
        .collect();
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
    if !body.is_empty() {
        write!(out, "\n{body}").map_err(io)?;
    }
    Ok(if args.exit_code && !diff.is_empty() {
        exit::PENDING
    } else {
        exit::OK
    })
}
