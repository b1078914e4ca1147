//! The lock (`.idsgen/lock.json`): tool version, spec hash, and per file its sha256, ownership
//! and the last rendered content (the merge base). Written atomically, always last.

use crate::error::{Error, Result};
use crate::outputs::Ownership;
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
/// Lock format version.
pub const LOCK_VERSION: u32 = 1;

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
        }
    }

    /// Reads `dir/.idsgen/lock.json`; `Ok(None)` when there is none.
    pub fn load(dir: &Path) -> Result<Option<Self>> {
        let path = dir.join(LOCK_FILE);
        if !path.exists() {
            return Ok(None);
        }
        let text = crate::limits::read_capped(&path, crate::limits::MAX_LOCK_BYTES, "lock")?;
        Self::from_json(&text, &path.display().to_string()).map(Some)
    }

    /// Parses lock text (`source` names it in errors) and checks every base against its sha256.
    pub fn from_json(text: &str, source: &str) -> Result<Self> {
        // serde_json bounds nesting itself (128 levels); size is the lock's only other cost.
        crate::limits::check_size(text.len() as u64, crate::limits::MAX_LOCK_BYTES, "lock").map_err(|message| {
            Error::Parse {
                source_name: source.to_string(),
                line: None,
                column: None,
                message,
            }
        })?;
        let lock: Lock = serde_json::from_str(text).map_err(|e| Error::Parse {
            source_name: source.to_string(),
            line: Some(e.line()),
            column: Some(e.column()),
            message: format!(
                "{e}\n  fix: restore it from version control, or delete it to start over (every existing file is then treated as hand-made)"
            ),
        })?;
        if lock.version != LOCK_VERSION {
            return Err(Error::usage(format!(
                "{} has lock format {}, this idsgen reads format {LOCK_VERSION}.\n  fix: use the idsgen version that wrote it ({})",
                source, lock.version, lock.tool_version
            )));
        }
        for (p, f) in &lock.files {
            if sha256_hex(f.base.as_bytes()) != f.sha256 {
                return Err(Error::Parse {
                    source_name: source.to_string(),
                    line: None,
                    column: None,
                    message: format!(
                        "the recorded base of {p} does not match its sha256; the lock was edited by hand.\n  fix: restore {LOCK_FILE} from version control"
                    ),
                });
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

    /// Absolute path of the lock under `dir`.
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(LOCK_FILE)
    }
}
