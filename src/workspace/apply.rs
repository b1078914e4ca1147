//! Carries out a plan: take the advisory lock, stage every write beside its target, rename them
//! into place, delete untouched orphans, and write the lock last. Disk access goes through a
//! `Sink` so tests can make it fail (full disk, a kill between two files).

use crate::error::{Error, Result};
use crate::workspace::lock::{LOCK_FILE, Lock, MUTEX_FILE, STATE_DIR};
use crate::workspace::plan::{Class, Plan};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file written to a temp path, not yet renamed into place.
pub struct Staged {
    temp: tempfile::TempPath,
    target: PathBuf,
}

/// Where apply writes. The real one is `DiskSink`.
pub trait Sink {
    /// Writes `contents` to a temp file in `target`'s directory and syncs it.
    fn stage(&mut self, target: &Path, contents: &[u8], executable: bool) -> io::Result<Staged>;
    /// Renames a staged file over its target (atomic on one file system).
    fn commit(&mut self, staged: Staged) -> io::Result<()>;
    /// Deletes a file.
    fn remove(&mut self, target: &Path) -> io::Result<()>;
}

/// The real file system. Fault injection for tests: when the environment variable
/// `IDSGEN_FAULT_ABORT_AFTER_COMMITS=N` is set, the process aborts right after the N-th rename,
/// as if killed between two files.
#[derive(Default)]
pub struct DiskSink {
    commits: usize,
}

impl Sink for DiskSink {
    fn stage(&mut self, target: &Path, contents: &[u8], executable: bool) -> io::Result<Staged> {
        let parent = target.parent().expect("targets are files under the output directory");
        std::fs::create_dir_all(parent)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".idsgen-")
            .suffix(".tmp")
            .tempfile_in(parent)?;
        tmp.write_all(contents)?;
        tmp.as_file().sync_all()?;
        set_mode(tmp.path(), executable)?;
        Ok(Staged {
            temp: tmp.into_temp_path(),
            target: target.to_path_buf(),
        })
    }

    fn commit(&mut self, staged: Staged) -> io::Result<()> {
        staged.temp.persist(&staged.target).map_err(|e| e.error)?;
        self.commits += 1;
        if let Ok(n) = std::env::var("IDSGEN_FAULT_ABORT_AFTER_COMMITS")
            && n.parse::<usize>().ok() == Some(self.commits)
        {
            std::process::abort();
        }
        Ok(())
    }

    fn remove(&mut self, target: &Path) -> io::Result<()> {
        std::fs::remove_file(target)
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, executable: bool) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        path,
        std::fs::Permissions::from_mode(if executable { 0o755 } else { 0o644 }),
    )
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _executable: bool) -> io::Result<()> {
    Ok(())
}

/// An exclusive advisory lock on an output directory, held while planning and applying.
pub struct DirLock {
    _file: File,
}

impl DirLock {
    /// Takes the lock, waiting for another idsgen process that holds it; `on_wait` is called
    /// once if we have to wait.
    pub fn acquire(dir: &Path, on_wait: impl FnOnce()) -> Result<Self> {
        let state = dir.join(STATE_DIR);
        std::fs::create_dir_all(&state).map_err(|e| Error::io("creating", &state, e))?;
        let path = dir.join(MUTEX_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io("opening", &path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                on_wait();
                file.lock().map_err(|e| Error::io("locking", &path, e))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io("locking", &path, e)),
        }
        Ok(Self { _file: file })
    }
}

/// Removes temp files a killed apply left behind (`.idsgen-*.tmp` beside managed files and the lock).
pub fn clean_stale_temps(dir: &Path, plan: &Plan) {
    let mut dirs: Vec<PathBuf> = plan
        .entries
        .iter()
        .filter_map(|e| dir.join(&e.path).parent().map(Path::to_path_buf))
        .chain(std::iter::once(dir.join(STATE_DIR)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for d in dirs {
        let Ok(read) = std::fs::read_dir(&d) else { continue };
        for entry in read.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(".idsgen-") && name.ends_with(".tmp") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// What apply did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Files written (created, updated, merged, or written with conflict markers).
    pub written: Vec<String>,
    /// Files deleted.
    pub deleted: Vec<String>,
    /// Files that now hold conflict markers (or still do), needing the user's attention.
    pub conflicts: Vec<String>,
}

/// Applies `plan` to `dir` through `sink`. Every write is staged before the first rename, so a
/// failure while staging changes nothing; after that each file is either old or new, and the
/// lock (written last) still describes the old state, from which the next apply recovers.
pub fn apply(dir: &Path, plan: &Plan, sink: &mut dyn Sink) -> Result<Applied> {
    let mut applied = Applied::default();
    let mut staged = Vec::new();
    for entry in &plan.entries {
        if !matches!(
            entry.class,
            Class::Create | Class::Update | Class::Merge | Class::Conflict
        ) {
            continue;
        }
        if entry.class == Class::Conflict {
            applied.conflicts.push(entry.path.clone());
        }
        let Some(result) = &entry.result else { continue };
        let target = dir.join(&entry.path);
        let s = sink
            .stage(&target, result.as_bytes(), entry.executable)
            .map_err(|e| Error::io("staging", &target, e))?;
        staged.push((entry.path.clone(), s));
    }
    let lock_target = Lock::path(dir);
    let lock_staged = sink
        .stage(&lock_target, plan.lock_after.to_json().as_bytes(), false)
        .map_err(|e| Error::io("staging", &lock_target, e))?;
    for (path, s) in staged {
        let target = s.target.clone();
        sink.commit(s).map_err(|e| Error::io("renaming into", &target, e))?;
        applied.written.push(path);
    }
    for entry in plan.of(Class::OrphanDelete) {
        let target = dir.join(&entry.path);
        sink.remove(&target).map_err(|e| Error::io("deleting", &target, e))?;
        applied.deleted.push(entry.path.clone());
    }
    sink.commit(lock_staged)
        .map_err(|e| Error::io("writing", dir.join(LOCK_FILE), e))?;
    Ok(applied)
}
