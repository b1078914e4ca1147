//! Containment on platforms without `openat` (Windows): path-based operations that check each
//! component with `symlink_metadata` first. This refuses every link idsgen can see, but unlike
//! the Unix handles it cannot rule out a link swapped in between the check and the write.

use super::Kind;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// Makes the contents of `files` durable, one `sync_all` each.
pub fn sync_files(files: &[&File]) -> io::Result<()> {
    files.iter().try_for_each(|f| f.sync_all())
}

/// A directory, by path.
pub struct Dir(PathBuf);

/// No OS error code means "link in the way" here: links are found by `kind` first.
pub fn is_link_refusal(_code: i32) -> bool {
    false
}

impl Dir {
    /// Opens the output directory (a link at the root is the user's choice).
    pub fn open_root(path: &Path) -> io::Result<Self> {
        if !std::fs::metadata(path)?.is_dir() {
            return Err(io::Error::other(format!("{} is not a directory", path.display())));
        }
        Ok(Self(path.to_path_buf()))
    }

    /// Another handle on the same directory.
    pub fn try_clone(&self) -> io::Result<Self> {
        Ok(Self(self.0.clone()))
    }

    /// The child directory `name`; `None` when absent, an error when it is a link or a file.
    pub fn child_dir(&self, name: &str) -> io::Result<Option<Self>> {
        match self.kind(name)? {
            None => Ok(None),
            Some(Kind::Dir) => Ok(Some(Self(self.0.join(name)))),
            Some(_) => Err(io::Error::other(format!(
                "{} is a symbolic link or not a directory; idsgen never writes through one",
                self.0.join(name).display()
            ))),
        }
    }

    /// Creates the child directory `name`; false when it already existed.
    pub fn mkdir(&self, name: &str) -> io::Result<bool> {
        match std::fs::create_dir(self.0.join(name)) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// What `name` is, without following a link; `None` when absent.
    pub fn kind(&self, name: &str) -> io::Result<Option<Kind>> {
        match std::fs::symlink_metadata(self.0.join(name)) {
            Ok(m) if m.file_type().is_symlink() => Ok(Some(Kind::Symlink)),
            Ok(m) if m.is_dir() => Ok(Some(Kind::Dir)),
            Ok(m) if m.is_file() => Ok(Some(Kind::File(if m.permissions().readonly() { 0o444 } else { 0o644 }))),
            Ok(_) => Ok(Some(Kind::Other)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Opens the regular file `name` for reading; `None` when absent or not a regular file.
    pub fn open_read(&self, name: &str) -> io::Result<Option<File>> {
        match self.kind(name)? {
            Some(Kind::File(_)) => Ok(Some(File::open(self.0.join(name))?)),
            _ => Ok(None),
        }
    }

    /// Creates a new temp file beside `name`.
    pub fn create_temp(&self, name: &str) -> io::Result<(File, String)> {
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".idsgen-{name}-"))
            .suffix(".tmp")
            .tempfile_in(&self.0)?;
        let (file, path) = tmp.keep().map_err(|e| e.error)?;
        let temp = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        Ok((file, temp))
    }

    /// Opens (creating) `name` for reading and writing.
    pub fn open_rw(&self, name: &str) -> io::Result<(File, bool)> {
        let existed = self.kind(name)?.is_some();
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(self.0.join(name))?;
        Ok((file, !existed))
    }

    /// Renames `from` to `to`, both in this directory.
    pub fn rename(&self, from: &str, to: &str) -> io::Result<()> {
        std::fs::rename(self.0.join(from), self.0.join(to))
    }

    /// Deletes the file (or link) `name`.
    pub fn unlink(&self, name: &str) -> io::Result<()> {
        std::fs::remove_file(self.0.join(name))
    }

    /// Deletes the empty directory `name`.
    pub fn rmdir(&self, name: &str) -> io::Result<()> {
        std::fs::remove_dir(self.0.join(name))
    }

    /// The names in this directory.
    pub fn names(&self) -> io::Result<Vec<String>> {
        Ok(std::fs::read_dir(&self.0)?
            .flatten()
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .collect())
    }
}

/// Permission bits are Unix-only; nothing to do here.
pub fn set_mode(_file: &File, _mode: u32) -> io::Result<()> {
    Ok(())
}
