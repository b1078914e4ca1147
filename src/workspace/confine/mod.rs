//! Containment: every path idsgen writes, renames, merges into or deletes stays inside the output
//! directory. Relative paths are checked for shape, symlinks inside the tree are refused, and disk
//! access walks from a handle on the output directory, one component at a time, never following a
//! link (so a link planted between the check and the write cannot redirect it).
//!
//! Why a component walk and not `openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS)` or `cap-std`:
//! openat2 refuses with a bare `ELOOP` that does not say which component is the link, exists only
//! on Linux >= 5.6 (and is blocked by some sandboxes), and we must `mkdirat` each missing parent
//! anyway; cap-std's `Dir` follows symlinks that stay inside the sandbox, while we refuse every
//! link. `openat(O_NOFOLLOW | O_DIRECTORY)` per component gives the same guarantee on every Unix.
//! The output directory itself may be a link: it is the user's choice of root.

#[cfg(unix)]
mod unix;
#[cfg(unix)]
use unix as sys;
#[cfg(not(unix))]
mod portable;
#[cfg(not(unix))]
use portable as sys;

use crate::error::{Error, Result};
use crate::workspace::lock::{LOCK_FILE, MUTEX_FILE, STATE_DIR};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What a directory entry is, read without following links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file, with its permission bits.
    File(u32),
    /// A directory.
    Dir,
    /// A symbolic link (dangling or not).
    Symlink,
    /// A socket, fifo or device.
    Other,
}

/// Why a relative path is not one idsgen could have produced, or `None` when it is.
///
/// Accepted: `a/b.c` style paths of non-empty components made of ASCII letters, digits and
/// `. _ - @ +`, not `.` or `..`, with no leading, trailing or doubled `/`, no backslash, not inside
/// `.git/` and not idsgen's own state (`.idsgen/`), which is never a rendered file.
pub fn path_problem(rel: &str) -> Option<&'static str> {
    if rel.is_empty() {
        return Some("it is empty");
    }
    if rel.starts_with('/') {
        return Some("it is absolute");
    }
    if rel.contains('\\') {
        return Some("it contains a backslash");
    }
    if rel.ends_with('/') {
        return Some("it ends with `/`");
    }
    for part in rel.split('/') {
        match part {
            "" => return Some("it is not normalised (`//`)"),
            "." => return Some("it is not normalised (a `.` component)"),
            ".." => return Some("it climbs out with `..`"),
            ".git" => return Some("it points into `.git/`"),
            _ => {}
        }
        if !part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@' | b'+'))
        {
            return Some("it has characters idsgen never writes in a path");
        }
    }
    if rel.split('/').next() == Some(STATE_DIR) {
        return Some("it is inside idsgen's own state directory `.idsgen/`");
    }
    None
}

/// `path_problem` without the state-directory rule: the shape every path walked here must have.
fn shape_problem(rel: &str) -> Option<&'static str> {
    match path_problem(rel) {
        Some(p) if p.contains("state directory") => None,
        other => other,
    }
}

/// The error for a path that leaves (or could leave) the output directory.
pub fn refusal(dir: &Path, rel: &str, what: &str, fix: &str) -> Error {
    Error::Refused {
        message: format!(
            "refusing to touch {}: `{rel}` {what}. idsgen never writes, merges or deletes through a symbolic link inside the output directory: it could point anywhere, and a pull request can plant one. Nothing was written.\n  fix: {fix}",
            dir.display()
        ),
    }
}

fn link_fix(dir: &Path, rel: &str) -> String {
    format!(
        "replace the link with a real directory or file (`rm {}` then run again), or point -o at the directory the link leads to",
        dir.join(rel).display()
    )
}

/// A handle on the output directory through which every read, write and delete goes.
pub struct OutputDir {
    path: PathBuf,
    root: sys::Dir,
    created_dirs: Vec<String>,
}

/// A file written to a temp name beside its target, not yet renamed into place. Dropping it
/// removes the temp file.
pub struct Staged {
    parent: sys::Dir,
    temp: String,
    name: String,
    rel: String,
    /// The temp file, open until it is committed (so `make_durable` can sync it).
    file: Option<File>,
    done: bool,
}

impl Staged {
    /// The relative path this file will replace.
    pub fn rel(&self) -> &str {
        &self.rel
    }
}

/// Makes every staged file's contents durable before any of them is renamed into place, in one
/// pass (`syncfs` per filesystem on Linux, `fsync` per file elsewhere): a crash after a rename
/// never leaves a renamed file without its data.
pub fn make_durable<'a>(staged: impl IntoIterator<Item = &'a Staged>) -> io::Result<()> {
    let files: Vec<&File> = staged.into_iter().filter_map(|s| s.file.as_ref()).collect();
    sys::sync_files(&files)
}

impl Drop for Staged {
    fn drop(&mut self) {
        // Closed first: Windows cannot delete a file that is still open.
        self.file = None;
        if !self.done {
            let _ = self.parent.unlink(&self.temp);
        }
    }
}

fn split(rel: &str) -> (Vec<&str>, &str) {
    let mut parts: Vec<&str> = rel.split('/').collect();
    let name = parts.pop().unwrap_or_default();
    (parts, name)
}

impl OutputDir {
    /// Opens an existing output directory (following a link at the root itself: the user chose it).
    pub fn open(path: &Path) -> Result<Self> {
        let root = sys::Dir::open_root(path).map_err(|e| Error::io("opening", path, e))?;
        Ok(Self {
            path: path.to_path_buf(),
            root,
            created_dirs: Vec::new(),
        })
    }

    /// Opens the output directory, `None` when it does not exist.
    pub fn open_existing(path: &Path) -> Result<Option<Self>> {
        match sys::Dir::open_root(path) {
            Ok(root) => Ok(Some(Self {
                path: path.to_path_buf(),
                root,
                created_dirs: Vec::new(),
            })),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io("opening", path, e)),
        }
    }

    /// The directory's path, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks, before anything is written, that every `rel` has a shape idsgen produces and that
    /// no existing component of it is a link (or a file where a directory must be).
    pub fn preflight<'a>(&self, rels: impl IntoIterator<Item = &'a str>) -> Result<()> {
        for rel in rels {
            let state = rel == LOCK_FILE || rel == MUTEX_FILE;
            if !state && let Some(problem) = path_problem(rel) {
                return Err(Error::Refused {
                    message: format!(
                        "refusing to write `{rel}` under {}: {problem}. Nothing was written.\n  fix: this is a bug if the path came from a render; if it came from .idsgen/lock.json, restore the lock from version control",
                        self.path.display()
                    ),
                });
            }
            let (dirs, name) = split(rel);
            let mut cur: Option<sys::Dir> = None;
            let mut walked = String::new();
            let mut missing = false;
            for part in &dirs {
                if !walked.is_empty() {
                    walked.push('/');
                }
                walked.push_str(part);
                let parent = cur.as_ref().unwrap_or(&self.root);
                match parent
                    .kind(part)
                    .map_err(|e| Error::io("inspecting", self.path.join(&walked), e))?
                {
                    None => {
                        missing = true;
                        break;
                    }
                    Some(Kind::Dir) => {}
                    Some(Kind::Symlink) => {
                        return Err(refusal(
                            &self.path,
                            &walked,
                            "is a symbolic link",
                            &link_fix(&self.path, &walked),
                        ));
                    }
                    Some(_) => {
                        return Err(refusal(
                            &self.path,
                            &walked,
                            "is a file where idsgen needs a directory",
                            &format!("move {} aside and run again", self.path.join(&walked).display()),
                        ));
                    }
                }
                let next = parent
                    .child_dir(part)
                    .map_err(|e| Error::io("opening", self.path.join(&walked), e))?;
                cur = next;
                if cur.is_none() {
                    missing = true;
                    break;
                }
            }
            if missing {
                continue;
            }
            let parent = cur.as_ref().unwrap_or(&self.root);
            match parent
                .kind(name)
                .map_err(|e| Error::io("inspecting", self.path.join(rel), e))?
            {
                Some(Kind::Symlink) => {
                    return Err(refusal(
                        &self.path,
                        rel,
                        "is a symbolic link",
                        &link_fix(&self.path, rel),
                    ));
                }
                Some(Kind::Dir) => {
                    return Err(refusal(
                        &self.path,
                        rel,
                        "is a directory where idsgen writes a file",
                        &format!("move {} aside and run again", self.path.join(rel).display()),
                    ));
                }
                Some(Kind::Other) => {
                    return Err(refusal(
                        &self.path,
                        rel,
                        "is not a regular file",
                        &format!("move {} aside and run again", self.path.join(rel).display()),
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Opens the directory holding `rel`, creating missing ones when `create`; `None` when a
    /// directory is missing and `create` is false. Never follows a link.
    fn parent_of(&mut self, rel: &str, create: bool) -> io::Result<Option<(sys::Dir, String)>> {
        if let Some(problem) = shape_problem(rel) {
            return Err(io::Error::other(format!(
                "`{rel}` is not a path idsgen writes: {problem}"
            )));
        }
        let (dirs, name) = split(rel);
        let mut cur = self.root.try_clone()?;
        let mut walked = String::new();
        for part in dirs {
            if !walked.is_empty() {
                walked.push('/');
            }
            walked.push_str(part);
            cur = match cur.child_dir(part).map_err(|e| self.explain(&walked, e))? {
                Some(d) => d,
                None if create => {
                    if cur.mkdir(part)? {
                        self.created_dirs.push(walked.clone());
                    }
                    cur.child_dir(part)
                        .map_err(|e| self.explain(&walked, e))?
                        .ok_or_else(|| io::Error::other(format!("{walked} vanished while idsgen created it")))?
                }
                None => return Ok(None),
            };
        }
        Ok(Some((cur, name.to_string())))
    }

    fn explain(&self, walked: &str, e: io::Error) -> io::Error {
        if e.raw_os_error().is_some_and(sys::is_link_refusal) {
            io::Error::other(format!(
                "{walked} is a symbolic link (or not a directory); idsgen never writes through one"
            ))
        } else {
            e
        }
    }

    /// Reads `rel` without following links; `None` when absent or not a regular file.
    pub fn read(&mut self, rel: &str) -> Option<Vec<u8>> {
        let (parent, name) = self.parent_of(rel, false).ok()??;
        let mut file = parent.open_read(&name).ok()??;
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut file, &mut bytes).ok()?;
        Some(bytes)
    }

    /// What `rel` is, without following links (`None` when absent).
    pub fn kind(&mut self, rel: &str) -> Option<Kind> {
        let (parent, name) = self.parent_of(rel, false).ok()??;
        parent.kind(&name).ok()?
    }

    /// Writes `contents` to a temp file beside `rel` (creating directories); `make_durable`
    /// syncs it before it is committed. An
    /// existing file keeps its permission bits (the user's 0700 or 0640); a new one gets 0755 when
    /// `executable`, else 0644.
    pub fn stage(&mut self, rel: &str, contents: &[u8], executable: bool) -> io::Result<Staged> {
        let (parent, name) = self
            .parent_of(rel, true)?
            .ok_or_else(|| io::Error::other("parent directory missing"))?;
        let mode = match parent.kind(&name)? {
            Some(Kind::File(mode)) => mode,
            Some(Kind::Symlink) => {
                return Err(io::Error::other(format!(
                    "{rel} is a symbolic link; idsgen never writes through one"
                )));
            }
            _ if executable => 0o755,
            _ => 0o644,
        };
        let (mut file, temp) = parent.create_temp(&name)?;
        let written = file.write_all(contents).and_then(|()| sys::set_mode(&file, mode));
        let staged = Staged {
            parent,
            temp,
            name,
            rel: rel.to_string(),
            file: Some(file),
            done: false,
        };
        // On an error, dropping `staged` removes the temp file. The data is synced by
        // `make_durable`, once for every staged file, before the first commit.
        written.map(|()| staged)
    }

    /// Renames a staged file over its target, inside the directory handle it was staged in.
    pub fn commit(&mut self, mut staged: Staged) -> io::Result<()> {
        staged.file = None;
        staged.parent.rename(&staged.temp, &staged.name)?;
        staged.done = true;
        Ok(())
    }

    /// Deletes `rel` (a link at `rel` is removed itself, never followed).
    pub fn remove(&mut self, rel: &str) -> io::Result<()> {
        match self.parent_of(rel, false)? {
            Some((parent, name)) => parent.unlink(&name),
            None => Ok(()),
        }
    }

    /// Opens (creating) `rel` for reading and writing, e.g. the advisory lock file; the bool
    /// says whether it was created.
    pub fn open_rw(&mut self, rel: &str) -> io::Result<(File, bool)> {
        let (parent, name) = self
            .parent_of(rel, true)?
            .ok_or_else(|| io::Error::other("parent directory missing"))?;
        parent.open_rw(&name)
    }

    /// Removes the directories this handle created, deepest first, where they are empty.
    pub fn remove_created_dirs(&mut self) {
        let mut dirs = std::mem::take(&mut self.created_dirs);
        dirs.sort_by_key(|d| std::cmp::Reverse(d.matches('/').count()));
        for d in dirs {
            if let Ok(Some((parent, name))) = self.parent_of(&d, false) {
                let _ = parent.rmdir(&name);
            }
        }
    }

    /// Removes temp files a killed run left behind (`.idsgen-*.tmp`) in the directories of `rels`.
    pub fn clean_stale_temps<'a>(&mut self, rels: impl IntoIterator<Item = &'a str>) {
        let mut dirs: Vec<String> = rels
            .into_iter()
            .map(|r| r.rsplit_once('/').map(|(d, _)| d.to_string()).unwrap_or_default())
            .collect();
        dirs.sort();
        dirs.dedup();
        for d in dirs {
            let probe = if d.is_empty() {
                "x".to_string()
            } else {
                format!("{d}/x")
            };
            let Ok(Some((parent, _))) = self.parent_of(&probe, false) else {
                continue;
            };
            for name in parent.names().unwrap_or_default() {
                if name.starts_with(".idsgen-") && name.ends_with(".tmp") {
                    let _ = parent.unlink(&name);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_files_are_synced_together_then_renamed() {
        let dir = tempfile::tempdir().unwrap();
        let mut out = OutputDir::open(dir.path()).unwrap();
        let a = out.stage("a.txt", b"one\n", false).unwrap();
        let b = out.stage("deep/b.txt", b"two\n", true).unwrap();
        // Staged, not yet visible under their names.
        assert!(!dir.path().join("a.txt").exists());
        make_durable([&a, &b]).unwrap();
        out.commit(a).unwrap();
        out.commit(b).unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("a.txt")).unwrap(), "one\n");
        assert_eq!(std::fs::read_to_string(dir.path().join("deep/b.txt")).unwrap(), "two\n");
        // No temp file is left beside them.
        let names: Vec<String> = std::fs::read_dir(dir.path().join("deep"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["b.txt"]);
        // A staged file dropped before its commit leaves nothing behind.
        let c = out.stage("c.txt", b"three\n", false).unwrap();
        drop(c);
        assert!(!dir.path().join("c.txt").exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
