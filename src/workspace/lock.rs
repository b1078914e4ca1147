//! The lock (`.idsgen/lock.json`): tool version, spec hash, and per file its sha256, ownership
//! and the last rendered content (the merge base). Written atomically, always last. Read through
//! the contained output directory; every entry's path is validated, and a lock from a newer
//! idsgen (format or writer version) is refused rather than silently downgraded.

use crate::error::{Error, Result};
use crate::outputs::Ownership;
use crate::workspace::confine::{OutputDir, path_problem};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Directory holding idsgen's state inside an output tree.
pub const STATE_DIR: &str = ".idsgen";
/// The lock file, relative to the output directory.
pub const LOCK_FILE: &str = ".idsgen/lock.json";
/// The advisory lock taken by writers, relative to the output directory.
pub const MUTEX_FILE: &str = ".idsgen/apply.lock";
/// Lock format version. 2 added `templates`; format 1 locks are read and upgraded on the next write.
pub const LOCK_VERSION: u32 = 2;

/// The lock's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lock {
    /// Lock format version.
    pub version: u32,
    /// The idsgen version that wrote it.
    pub tool_version: String,
    /// sha256 of the effective spec (as serialized in idsgen.yaml).
    pub spec_sha256: String,
    /// Every file idsgen manages, by relative path.
    pub files: BTreeMap<String, LockedFile>,
    /// The `--templates` override directory the files were rendered with, so later plans reuse
    /// it: relative to the output directory when inside it, else absolute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub templates: Option<String>,
}

/// The part of a lock every idsgen version can read, checked before the rest.
#[derive(Deserialize)]
struct Header {
    version: u32,
    #[serde(default)]
    tool_version: String,
}

/// One file in the lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockedFile {
    /// sha256 of `base`.
    pub sha256: String,
    /// Ownership; once recorded it wins over the renderer's default.
    pub ownership: Ownership,
    /// The content idsgen last rendered (the 3-way merge base).
    pub base: String,
}

/// Hex sha256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Lock {
    /// A new empty lock for this idsgen.
    pub fn new(spec_sha256: String) -> Self {
        Self {
            version: LOCK_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            spec_sha256,
            files: BTreeMap::new(),
            templates: None,
        }
    }

    /// Reads `dir/.idsgen/lock.json`; `Ok(None)` when there is none. Refuses a symlinked
    /// `.idsgen/` or lock, a lock from a newer idsgen, and entries whose path idsgen could not
    /// have written.
    pub fn load(dir: &Path) -> Result<Option<Self>> {
        let path = dir.join(LOCK_FILE);
        let Some(mut out) = OutputDir::open_existing(dir)? else {
            return Ok(None);
        };
        out.preflight([LOCK_FILE])?;
        // Judged before reading: a lock is big (every base), but not this big.
        if let Ok(meta) = std::fs::metadata(&path) {
            crate::limits::check_size(meta.len(), crate::limits::MAX_LOCK_BYTES, "lock").map_err(|message| {
                Error::Parse {
                    source_name: path.display().to_string(),
                    line: None,
                    column: None,
                    message,
                }
            })?;
        }
        let Some(bytes) = out.read(LOCK_FILE) else {
            return Ok(None);
        };
        let invalid = |line: Option<usize>, column: Option<usize>, message: String| Error::Parse {
            source_name: path.display().to_string(),
            line,
            column,
            message,
        };
        let text = String::from_utf8(bytes).map_err(|_| {
            invalid(
                None,
                None,
                format!("not UTF-8 text.\n  fix: restore {LOCK_FILE} from version control"),
            )
        })?;
        Self::from_json(&text, &path.display().to_string()).map(Some)
    }

    /// Parses lock text (`source` names it in errors): versions, entry paths, and every base
    /// against its sha256. serde_json bounds nesting itself (128 levels).
    pub fn from_json(text: &str, source: &str) -> Result<Self> {
        let path = Path::new(source);
        let invalid = |line: Option<usize>, column: Option<usize>, message: String| Error::Parse {
            source_name: source.to_string(),
            line,
            column,
            message,
        };
        crate::limits::check_size(text.len() as u64, crate::limits::MAX_LOCK_BYTES, "lock")
            .map_err(|message| invalid(None, None, message))?;
        let header: Header = serde_json::from_str(text).map_err(|e| {
            invalid(
                Some(e.line()),
                Some(e.column()),
                format!("{e}\n  fix: restore it from version control, or delete it to start over (every existing file is then treated as hand-made)"),
            )
        })?;
        check_versions(path, &header)?;
        let mut lock: Lock = serde_json::from_str(text).map_err(|e| {
            invalid(
                Some(e.line()),
                Some(e.column()),
                format!("{e}\n  fix: restore it from version control, or delete it to start over (every existing file is then treated as hand-made)"),
            )
        })?;
        lock.version = LOCK_VERSION;
        for (p, f) in &lock.files {
            if let Some(problem) = path_problem(p) {
                return Err(invalid(
                    None,
                    None,
                    format!(
                        "the lock lists `{p}`, which is not a path idsgen writes: {problem}. A lock entry decides what apply overwrites and deletes, so this lock is not used.\n  fix: restore {LOCK_FILE} from version control (check who changed it: `git log -p -- {LOCK_FILE}`), or delete it to start over (every existing file is then treated as hand-made)"
                    ),
                ));
            }
            if sha256_hex(f.base.as_bytes()) != f.sha256 {
                return Err(invalid(
                    None,
                    None,
                    format!(
                        "the recorded base of {p} does not match its sha256; the lock was edited by hand.\n  fix: restore {LOCK_FILE} from version control"
                    ),
                ));
            }
        }
        Ok(lock)
    }

    /// Serializes the lock (stable: sorted keys, pretty, final newline).
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("lock serializes");
        text.push('\n');
        text
    }

    /// How a `--templates` directory is recorded: relative to the output directory `dir` when it
    /// lies inside it (so a committed lock works on every checkout), else absolute.
    pub fn templates_entry(dir: &Path, templates: &Path) -> String {
        let abs = std::fs::canonicalize(templates).unwrap_or_else(|_| templates.to_path_buf());
        let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        match abs.strip_prefix(&root) {
            Ok(rel) => rel.to_string_lossy().replace('\\', "/"),
            Err(_) => abs.display().to_string(),
        }
    }

    /// The recorded `--templates` directory, resolved against the output directory `dir`.
    pub fn templates_dir(&self, dir: &Path) -> Option<PathBuf> {
        self.templates.as_ref().map(|t| dir.join(t))
    }

    /// Absolute path of the lock under `dir`.
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(LOCK_FILE)
    }
}

/// Refuses a lock written in a newer format or by a newer idsgen: an older idsgen would render
/// older files and record its own version, silently downgrading the deployment.
fn check_versions(path: &Path, header: &Header) -> Result<()> {
    let ours = env!("CARGO_PKG_VERSION");
    let upgrade = |why: String| {
        Error::usage(format!(
            "{} {why}; this is idsgen {ours}, which would downgrade the files.\n  fix: install idsgen {} or later (`cargo install idsgen`), then run again",
            path.display(),
            if header.tool_version.is_empty() {
                "a newer version"
            } else {
                &header.tool_version
            }
        ))
    };
    if header.version > LOCK_VERSION {
        return Err(upgrade(format!(
            "has lock format {} (written by idsgen {}), newer than format {LOCK_VERSION} that this idsgen reads",
            header.version, header.tool_version
        )));
    }
    if header.version == 0 {
        return Err(Error::usage(format!(
            "{} has lock format 0, which no idsgen writes.\n  fix: restore it from version control",
            path.display()
        )));
    }
    let writer = semver::Version::parse(&header.tool_version).map_err(|_| {
        Error::usage(format!(
            "{} was written by idsgen `{}`, which is not a version.\n  fix: restore it from version control",
            path.display(),
            header.tool_version
        ))
    })?;
    let ours_v = semver::Version::parse(ours).expect("the crate version is semver");
    if writer > ours_v {
        return Err(upgrade(format!("was written by idsgen {writer}")));
    }
    Ok(())
}
