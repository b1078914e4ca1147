//! Carries out a plan: take the advisory lock, stage every write beside its target, rename them
//! into place, delete untouched orphans, and write the lock last. Disk access goes through a
//! `Sink` so tests can make it fail (full disk, a kill between two files); the real sink walks
//! from a handle on the output directory and never follows a link (see `confine`).

use crate::error::{Error, Result};
use crate::workspace::confine::OutputDir;
pub use crate::workspace::confine::Staged;
use crate::workspace::interrupt;
use crate::workspace::lock::{LOCK_FILE, MUTEX_FILE};
use crate::workspace::plan::{Class, Plan};
use std::fs::File;
use std::io;
use std::path::Path;

/// Where apply writes. The real one is `DiskSink`. Paths are relative to the output directory.
pub trait Sink {
    /// Writes `contents` to a temp file in `rel`'s directory (synced by `make_durable` before
    /// the first commit).
    fn stage(&mut self, rel: &str, contents: &[u8], executable: bool) -> io::Result<Staged>;
    /// Renames a staged file over its target (atomic on one file system).
    fn commit(&mut self, staged: Staged) -> io::Result<()>;
    /// Deletes a file.
    fn remove(&mut self, rel: &str) -> io::Result<()>;
    /// Undoes what staging created besides the temp files (new, still empty directories).
    fn abort(&mut self) {}
}

/// The real file system. Fault injection for tests: when the environment variable
/// `IDSGEN_FAULT_ABORT_AFTER_COMMITS=N` is set, the process aborts right after the N-th rename,
/// as if killed between two files (and `IDSGEN_FAULT_SLEEP_AFTER_STAGING_MS` pauses `apply`
/// with every file staged, for Ctrl-C tests).
pub struct DiskSink {
    dir: OutputDir,
    commits: usize,
}

impl DiskSink {
    /// A sink writing under the existing directory `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        Ok(Self {
            dir: OutputDir::open(dir)?,
            commits: 0,
        })
    }
}

impl Sink for DiskSink {
    fn stage(&mut self, rel: &str, contents: &[u8], executable: bool) -> io::Result<Staged> {
        self.dir.stage(rel, contents, executable)
    }

    fn commit(&mut self, staged: Staged) -> io::Result<()> {
        self.dir.commit(staged)?;
        self.commits += 1;
        if let Ok(n) = std::env::var("IDSGEN_FAULT_ABORT_AFTER_COMMITS")
            && n.parse::<usize>().ok() == Some(self.commits)
        {
            std::process::abort();
        }
        Ok(())
    }

    fn remove(&mut self, rel: &str) -> io::Result<()> {
        self.dir.remove(rel)
    }

    fn abort(&mut self) {
        self.dir.remove_created_dirs();
    }
}

/// An exclusive advisory lock on an output directory, held while planning and applying.
pub struct DirLock {
    _file: File,
    dir: OutputDir,
    created_file: bool,
}

impl DirLock {
    /// Takes the lock, waiting for another idsgen process that holds it; `on_wait` is called
    /// once if we have to wait. Refuses a symlinked `.idsgen/` or `apply.lock`.
    pub fn acquire(dir: &Path, on_wait: impl FnOnce()) -> Result<Self> {
        let mut out = OutputDir::open(dir)?;
        out.preflight([MUTEX_FILE, LOCK_FILE])?;
        let path = dir.join(MUTEX_FILE);
        let (file, created_file) = out.open_rw(MUTEX_FILE).map_err(|e| Error::io("opening", &path, e))?;
        let lock = Self {
            _file: file,
            dir: out,
            created_file,
        };
        match lock._file.try_lock() {
            Ok(()) => return Ok(lock),
            Err(std::fs::TryLockError::Error(e)) => {
                lock.discard();
                return Err(Error::io("locking", &path, e));
            }
            Err(std::fs::TryLockError::WouldBlock) => on_wait(),
        }
        // Poll rather than block, so Ctrl-C while waiting stops cleanly.
        loop {
            if interrupt::requested() {
                lock.discard();
                return Err(Error::Interrupted);
            }
            match lock._file.try_lock() {
                Ok(()) => return Ok(lock),
                Err(std::fs::TryLockError::WouldBlock) => std::thread::sleep(std::time::Duration::from_millis(50)),
                Err(std::fs::TryLockError::Error(e)) => {
                    lock.discard();
                    return Err(Error::io("locking", &path, e));
                }
            }
        }
    }

    /// Releases the lock after a failed run, removing `apply.lock` and `.idsgen/` when this run
    /// created them, so a failure leaves nothing behind.
    pub fn discard(mut self) {
        if self.created_file {
            let _ = self.dir.remove(MUTEX_FILE);
        }
        self.dir.remove_created_dirs();
    }
}

/// Removes temp files a killed apply left behind (`.idsgen-*.tmp` beside managed files and the lock).
pub fn clean_stale_temps(dir: &Path, plan: &Plan) -> Result<()> {
    let mut out = OutputDir::open(dir)?;
    out.clean_stale_temps(plan.entries.iter().map(|e| e.path.as_str()).chain([LOCK_FILE]));
    Ok(())
}

/// What apply did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    /// Files written (created, updated, merged, or written with conflict markers).
    pub written: Vec<String>,
    /// Files deleted.
    pub deleted: Vec<String>,
    /// Files that now hold conflict markers (or still do), needing the user's attention.
    pub conflicts: Vec<String>,
}

/// Applies `plan` to `dir` through `sink`. Every path is checked for containment before the
/// first write, and every write is staged before the first rename, so a refusal, a failure or
/// Ctrl-C while staging changes nothing; after that each file is either old or new, and the lock
/// (written last) still describes the old state, from which the next apply recovers.
pub fn apply(dir: &Path, plan: &Plan, sink: &mut dyn Sink) -> Result<Applied> {
    OutputDir::open(dir)?.preflight(plan.entries.iter().map(|e| e.path.as_str()).chain([LOCK_FILE]))?;
    let result = stage_all(dir, plan, sink);
    let (applied, staged, lock_staged) = match result {
        Ok(s) => s,
        Err(e) => {
            sink.abort();
            return Err(e);
        }
    };
    let durable = crate::workspace::confine::make_durable(staged.iter().map(|(_, s)| s).chain([&lock_staged]));
    if let Err(e) = durable {
        drop((staged, lock_staged));
        sink.abort();
        return Err(Error::io("syncing files in", dir, e));
    }
    let mut applied = applied;
    // The point of no return: from here every rename completes, even after Ctrl-C.
    for (path, s) in staged {
        sink.commit(s)
            .map_err(|e| Error::io("renaming into", dir.join(&path), e))?;
        applied.written.push(path);
    }
    for entry in plan.of(Class::OrphanDelete) {
        sink.remove(&entry.path)
            .map_err(|e| Error::io("deleting", dir.join(&entry.path), e))?;
        applied.deleted.push(entry.path.clone());
    }
    sink.commit(lock_staged)
        .map_err(|e| Error::io("writing", dir.join(LOCK_FILE), e))?;
    Ok(applied)
}

type StagedAll = (Applied, Vec<(String, Staged)>, Staged);

fn stage_all(dir: &Path, plan: &Plan, sink: &mut dyn Sink) -> Result<StagedAll> {
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
        interrupt::checkpoint()?;
        let s = sink
            .stage(&entry.path, result.as_bytes(), entry.executable)
            .map_err(|e| Error::io("staging", dir.join(&entry.path), e))?;
        staged.push((entry.path.clone(), s));
    }
    let lock_staged = sink
        .stage(LOCK_FILE, plan.lock_after.to_json().as_bytes(), false)
        .map_err(|e| Error::io("staging", dir.join(LOCK_FILE), e))?;
    // Test hook: hold still with everything staged, so a test can press Ctrl-C right here.
    if let Ok(ms) = std::env::var("IDSGEN_FAULT_SLEEP_AFTER_STAGING_MS")
        && let Ok(ms) = ms.parse::<u64>()
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    interrupt::checkpoint()?;
    Ok((applied, staged, lock_staged))
}
