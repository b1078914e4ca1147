//! Unix directory handles for containment: `openat` with `O_NOFOLLOW`, `mkdirat`, `renameat`,
//! `unlinkat`, all relative to an open directory descriptor (rustix).

use super::Kind;
use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use rustix::io::Errno;
use std::fs::File;
use std::io;
use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

/// An open directory.
pub struct Dir(OwnedFd);

const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::NOFOLLOW)
    .union(OFlags::CLOEXEC);

/// Whether an OS error from a no-follow open means "a link (or a non-directory) is in the way".
pub fn is_link_refusal(code: i32) -> bool {
    code == Errno::LOOP.raw_os_error() || code == Errno::NOTDIR.raw_os_error()
}

impl Dir {
    /// Opens the output directory; a link here is followed (the user's chosen root).
    pub fn open_root(path: &Path) -> io::Result<Self> {
        let fd = rustix::fs::open(
            path,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        Ok(Self(fd))
    }

    /// Another handle on the same directory.
    pub fn try_clone(&self) -> io::Result<Self> {
        Ok(Self(self.0.try_clone()?))
    }

    /// Opens the child directory `name` without following a link; `None` when absent.
    pub fn child_dir(&self, name: &str) -> io::Result<Option<Self>> {
        match rustix::fs::openat(&self.0, name, DIR_FLAGS, Mode::empty()) {
            Ok(fd) => Ok(Some(Self(fd))),
            Err(Errno::NOENT) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Creates the child directory `name`; false when it already existed.
    pub fn mkdir(&self, name: &str) -> io::Result<bool> {
        match rustix::fs::mkdirat(&self.0, name, Mode::from_raw_mode(0o755)) {
            Ok(()) => Ok(true),
            Err(Errno::EXIST) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// What `name` is, without following a link; `None` when absent.
    pub fn kind(&self, name: &str) -> io::Result<Option<Kind>> {
        // `st_mode` is u32 on Linux but u16 on macOS, hence the cast.
        #[allow(clippy::unnecessary_cast)]
        match rustix::fs::statat(&self.0, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => Ok(Some(match FileType::from_raw_mode(st.st_mode as _) {
                FileType::RegularFile => Kind::File(st.st_mode as u32 & 0o7777),
                FileType::Directory => Kind::Dir,
                FileType::Symlink => Kind::Symlink,
                _ => Kind::Other,
            })),
            Err(Errno::NOENT) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Opens the regular file `name` for reading without following a link; `None` when absent.
    pub fn open_read(&self, name: &str) -> io::Result<Option<File>> {
        match rustix::fs::openat(
            &self.0,
            name,
            OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK,
            Mode::empty(),
        ) {
            Ok(fd) => {
                let file = File::from(fd);
                if !file.metadata()?.is_file() {
                    return Ok(None);
                }
                Ok(Some(file))
            }
            Err(Errno::NOENT) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Creates a new temp file beside `name` (exclusive, never through a link).
    pub fn create_temp(&self, name: &str) -> io::Result<(File, String)> {
        let stem: String = name.chars().take(40).collect();
        for attempt in 0..100u32 {
            let temp = format!(".idsgen-{stem}-{}-{}.tmp", std::process::id(), nonce(attempt));
            match rustix::fs::openat(
                &self.0,
                temp.as_str(),
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o600),
            ) {
                Ok(fd) => return Ok((File::from(fd), temp)),
                Err(Errno::EXIST) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(io::Error::other("could not create a unique temp file"))
    }

    /// Opens (creating) `name` for reading and writing, never through a link.
    pub fn open_rw(&self, name: &str) -> io::Result<(File, bool)> {
        let flags = OFlags::RDWR | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        match rustix::fs::openat(
            &self.0,
            name,
            flags | OFlags::CREATE | OFlags::EXCL,
            Mode::from_raw_mode(0o644),
        ) {
            Ok(fd) => Ok((File::from(fd), true)),
            Err(Errno::EXIST) => Ok((
                File::from(rustix::fs::openat(&self.0, name, flags, Mode::empty())?),
                false,
            )),
            Err(e) => Err(e.into()),
        }
    }

    /// Renames `from` to `to`, both in this directory.
    pub fn rename(&self, from: &str, to: &str) -> io::Result<()> {
        Ok(rustix::fs::renameat(&self.0, from, &self.0, to)?)
    }

    /// Deletes the file (or link) `name`.
    pub fn unlink(&self, name: &str) -> io::Result<()> {
        Ok(rustix::fs::unlinkat(&self.0, name, AtFlags::empty())?)
    }

    /// Deletes the empty directory `name`.
    pub fn rmdir(&self, name: &str) -> io::Result<()> {
        Ok(rustix::fs::unlinkat(&self.0, name, AtFlags::REMOVEDIR)?)
    }

    /// The names in this directory.
    pub fn names(&self) -> io::Result<Vec<String>> {
        let fd = rustix::fs::openat(&self.0, ".", DIR_FLAGS, Mode::empty())?;
        let mut dir = rustix::fs::Dir::read_from(fd.as_fd())?;
        let mut names = Vec::new();
        while let Some(entry) = dir.read() {
            let entry = entry?;
            if let Ok(name) = entry.file_name().to_str() {
                names.push(name.to_string());
            }
        }
        Ok(names)
    }
}

/// Makes the contents of `files` durable. On Linux one `syncfs` per filesystem they live on
/// (flushing 30 staged files one `fsync` at a time took 230 ms of a render on a loaded VM, each
/// waiting for its own journal commit); elsewhere an `fsync` per file. `syncfs` reports
/// writeback errors since Linux 5.8; on older kernels it can miss one that `fsync` would report.
pub fn sync_files(files: &[&File]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let mut devices = Vec::new();
        for f in files {
            let dev = rustix::fs::fstat(f)?.st_dev;
            if !devices.contains(&dev) {
                devices.push(dev);
                rustix::fs::syncfs(f)?;
            }
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        files.iter().try_for_each(|f| f.sync_all())
    }
}

/// Sets a file's permission bits through its handle.
pub fn set_mode(file: &File, mode: u32) -> io::Result<()> {
    Ok(rustix::fs::fchmod(file, Mode::from_raw_mode(mode as _))?)
}

fn nonce(attempt: u32) -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or_default();
    nanos ^ ((attempt as u64) << 32)
}
