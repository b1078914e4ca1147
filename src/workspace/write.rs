//! Writes a rendered tree into a directory all or nothing: check every path for containment,
//! refuse to overwrite different content without `force`, stage every file as a temp file beside
//! its target, then rename each into place. A failure before the first rename leaves the
//! directory as it was, including directories this write would have created.

use crate::error::{Error, Result};
use crate::outputs::RenderedFile;
use crate::workspace::confine::{self, OutputDir};
use crate::workspace::interrupt;
use crate::workspace::lock::{LOCK_FILE, MUTEX_FILE};
use std::path::{Path, PathBuf};

/// What a write did, per file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    /// Files that did not exist.
    pub created: Vec<String>,
    /// Files whose content changed.
    pub updated: Vec<String>,
    /// Files already identical.
    pub unchanged: Vec<String>,
}

/// Relative paths whose existing content differs from what would be written (read without
/// following links).
pub fn differing(dir: &Path, files: &[RenderedFile]) -> Vec<String> {
    let Ok(Some(mut out)) = OutputDir::open_existing(dir) else {
        return Vec::new();
    };
    files
        .iter()
        .filter(|f| {
            out.read(&f.path)
                .is_some_and(|existing| existing != f.contents.as_bytes())
        })
        .map(|f| f.path.clone())
        .collect()
}

/// Checks, without writing, what `write_tree` would refuse: a path leaving the directory, then
/// (without `force`) existing files with other content. `exempt` paths may always be replaced.
pub fn preflight(dir: &Path, files: &[RenderedFile], force: bool, exempt: &[&str]) -> Result<()> {
    let Some(out) = OutputDir::open_existing(dir)? else {
        return Ok(());
    };
    out.preflight(files.iter().map(|f| f.path.as_str()).chain([LOCK_FILE, MUTEX_FILE]))?;
    let conflicts: Vec<String> = differing(dir, files)
        .into_iter()
        .filter(|p| !exempt.contains(&p.as_str()))
        .collect();
    if !conflicts.is_empty() && !force {
        return Err(Error::WouldOverwrite {
            dir: dir.to_path_buf(),
            files: conflicts,
        });
    }
    Ok(())
}

/// Writes `files` under `dir`. Without `force`, any existing file with other content (other than
/// the `exempt` ones) stops the write before anything is touched.
pub fn write_tree(dir: &Path, files: &[RenderedFile], force: bool, exempt: &[&str]) -> Result<WriteReport> {
    for f in files {
        if f.path != LOCK_FILE
            && let Some(problem) = confine::path_problem(&f.path)
        {
            return Err(Error::Refused {
                message: format!(
                    "refusing to write `{}`: {problem}. Nothing was written.\n  fix: this is a bug in the render; please report it",
                    f.path
                ),
            });
        }
    }
    preflight(dir, files, force, exempt)?;
    interrupt::checkpoint()?;
    let created_root = create_root(dir)?;
    let result = write_contained(dir, files);
    if result.is_err() {
        for d in created_root.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
    result
}

fn write_contained(dir: &Path, files: &[RenderedFile]) -> Result<WriteReport> {
    let mut out = OutputDir::open(dir)?;
    let mut report = WriteReport::default();
    let mut staged = Vec::new();
    let result = (|| -> Result<()> {
        for file in files {
            interrupt::checkpoint()?;
            match out.read(&file.path) {
                Some(existing) if existing == file.contents.as_bytes() => {
                    report.unchanged.push(file.path.clone());
                    continue;
                }
                Some(_) => report.updated.push(file.path.clone()),
                None => report.created.push(file.path.clone()),
            }
            let s = out
                .stage(&file.path, file.contents.as_bytes(), file.executable)
                .map_err(|e| Error::io("staging", dir.join(&file.path), e))?;
            staged.push(s);
        }
        interrupt::checkpoint()
    })();
    let result = result.and_then(|()| {
        crate::workspace::confine::make_durable(&staged).map_err(|e| Error::io("syncing files in", dir, e))
    });
    if let Err(e) = result {
        drop(staged);
        out.remove_created_dirs();
        return Err(e);
    }
    for s in staged {
        let target = dir.join(s.rel());
        out.commit(s).map_err(|e| Error::io("renaming into", &target, e))?;
    }
    Ok(report)
}

/// Creates the output directory (and missing ancestors: the root is the user's choice), returning
/// what it created, outermost first, so a failed write can remove them again.
pub fn create_root(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut missing = Vec::new();
    let mut p = Some(dir);
    while let Some(cur) = p {
        if cur.as_os_str().is_empty() || std::fs::symlink_metadata(cur).is_ok() {
            break;
        }
        missing.push(cur.to_path_buf());
        p = cur.parent();
    }
    missing.reverse();
    std::fs::create_dir_all(dir).map_err(|e| Error::io("creating", dir, e))?;
    Ok(missing)
}
