//! Writes a rendered tree into a directory all or nothing: refuse to overwrite different content
//! without `force`, stage every file as a temp file beside its target, then rename each into place.

use crate::error::{Error, Result};
use crate::outputs::RenderedFile;
use std::io::Write;
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

/// Relative paths whose existing content differs from what would be written.
pub fn differing(dir: &Path, files: &[RenderedFile]) -> Vec<String> {
    files
        .iter()
        .filter(|f| match std::fs::read(dir.join(&f.path)) {
            Ok(existing) => existing != f.contents.as_bytes(),
            Err(_) => false,
        })
        .map(|f| f.path.clone())
        .collect()
}

/// Writes `files` under `dir`. Without `force`, any existing file with other content stops the
/// write before anything is touched. Every file is staged first; if staging fails, the staged
/// files are removed and the directory is as it was.
pub fn write_tree(dir: &Path, files: &[RenderedFile], force: bool) -> Result<WriteReport> {
    let conflicts = differing(dir, files);
    if !conflicts.is_empty() && !force {
        return Err(Error::WouldOverwrite {
            dir: dir.to_path_buf(),
            files: conflicts,
        });
    }
    let mut report = WriteReport::default();
    let mut staged: Vec<(tempfile::TempPath, PathBuf)> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let result = (|| -> Result<()> {
        for file in files {
            let target = dir.join(&file.path);
            match std::fs::read(&target) {
                Ok(existing) if existing == file.contents.as_bytes() => {
                    report.unchanged.push(file.path.clone());
                    continue;
                }
                Ok(_) => report.updated.push(file.path.clone()),
                Err(_) => report.created.push(file.path.clone()),
            }
            let parent = target.parent().expect("joined path has a parent").to_path_buf();
            if !parent.exists() {
                let mut missing = Vec::new();
                let mut p = parent.as_path();
                while !p.exists() {
                    missing.push(p.to_path_buf());
                    match p.parent() {
                        Some(pp) => p = pp,
                        None => break,
                    }
                }
                std::fs::create_dir_all(&parent).map_err(|e| Error::io("creating", &parent, e))?;
                created_dirs.extend(missing);
            }
            let mut tmp = tempfile::Builder::new()
                .prefix(".idsgen-")
                .tempfile_in(&parent)
                .map_err(|e| Error::io("staging", &target, e))?;
            tmp.write_all(file.contents.as_bytes())
                .map_err(|e| Error::io("writing", &target, e))?;
            tmp.as_file().sync_all().map_err(|e| Error::io("writing", &target, e))?;
            set_mode(tmp.path(), file.executable).map_err(|e| Error::io("writing", &target, e))?;
            staged.push((tmp.into_temp_path(), target));
        }
        Ok(())
    })();
    if let Err(e) = result {
        drop(staged);
        created_dirs.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
        for d in created_dirs {
            let _ = std::fs::remove_dir(d);
        }
        return Err(e);
    }
    for (tmp, target) in staged {
        tmp.persist(&target)
            .map_err(|e| Error::io("renaming into", &target, e.error))?;
    }
    Ok(report)
}

#[cfg(unix)]
fn set_mode(path: &Path, executable: bool) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = if executable { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _executable: bool) -> std::io::Result<()> {
    Ok(())
}
