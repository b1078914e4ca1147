//! Classifies every file of a new render against the disk and the lock: create, update, merge,
//! conflict, unchanged, orphan (delete or keep), skipped. Pure: reads the disk, writes nothing.

use crate::outputs::{Ownership, RenderedFile};
use crate::workspace::confine::OutputDir;
use crate::workspace::lock::{Lock, LockedFile, sha256_hex};
use crate::workspace::merge::{Merged, has_conflict_markers, merge3};
use serde::Serialize;
use std::path::Path;

/// What will happen to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// New file.
    Create,
    /// Untouched since the last render; replaced by the new render.
    Update,
    /// Edited by the user; the edit merges cleanly with the new render.
    Merge,
    /// Edits overlap; written with conflict markers (or left alone if it still has old markers).
    Conflict,
    /// Nothing to write.
    Unchanged,
    /// No longer produced and untouched: deleted.
    OrphanDelete,
    /// No longer produced but edited (or not idsgen's to delete): kept, no longer managed.
    OrphanKept,
    /// Not written: user-owned, create-only, or deleted by the user.
    Skipped,
}

impl Class {
    /// The word shown in plans.
    pub fn label(self) -> &'static str {
        match self {
            Class::Create => "create",
            Class::Update => "update",
            Class::Merge => "merge",
            Class::Conflict => "conflict",
            Class::Unchanged => "unchanged",
            Class::OrphanDelete => "delete",
            Class::OrphanKept => "keep",
            Class::Skipped => "skip",
        }
    }

    /// Whether applying changes the disk for this class.
    pub fn changes_disk(self) -> bool {
        matches!(
            self,
            Class::Create | Class::Update | Class::Merge | Class::Conflict | Class::OrphanDelete
        )
    }
}

/// One file's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Relative path.
    pub path: String,
    /// What happens.
    pub class: Class,
    /// Ownership recorded after apply.
    pub ownership: Ownership,
    /// Why, in a few words.
    pub note: String,
    /// Content on disk now (`None` when absent).
    #[serde(skip)]
    pub current: Option<String>,
    /// Content after apply (`None` when the file is deleted or not written).
    #[serde(skip)]
    pub result: Option<String>,
    /// The new render, recorded as the next merge base (`None` for orphans).
    #[serde(skip)]
    pub rendered: Option<String>,
    /// Whether the written file is executable.
    #[serde(skip)]
    pub executable: bool,
    /// Number of conflicting hunks (conflicts only).
    pub conflicts: usize,
}

impl Entry {
    /// The content a diff should show on the "after" side: what will be written, or for a
    /// skipped file the new render it was compared with.
    pub fn after(&self) -> Option<&str> {
        match self.class {
            Class::Skipped | Class::OrphanKept => self.rendered.as_deref().or(self.current.as_deref()),
            Class::Unchanged => self.current.as_deref(),
            _ => self.result.as_deref(),
        }
    }
}

/// The whole plan plus the lock that applying it records.
#[derive(Debug, Clone)]
pub struct Plan {
    /// One entry per rendered file and per orphan, sorted by path.
    pub entries: Vec<Entry>,
    /// The lock after apply.
    pub lock_after: Lock,
}

impl Plan {
    /// Whether applying would change anything on disk or in the lock.
    pub fn has_changes(&self, lock_before: Option<&Lock>) -> bool {
        self.entries.iter().any(|e| e.class.changes_disk()) || lock_before != Some(&self.lock_after)
    }

    /// Entries whose class is `class`.
    pub fn of(&self, class: Class) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.class == class)
    }

    /// A short stable id of what the plan will do (for `apply --expect-plan`).
    pub fn id(&self) -> String {
        let mut text = String::new();
        for e in &self.entries {
            text.push_str(&format!(
                "{}\0{:?}\0{}\0",
                e.path,
                e.class,
                e.result
                    .as_deref()
                    .map(|r| sha256_hex(r.as_bytes()))
                    .unwrap_or_default()
            ));
        }
        sha256_hex(text.as_bytes())[..12].to_string()
    }
}

/// Options that change the plan.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// Paths the user deleted and wants back.
    pub restore: Vec<String>,
    /// Ownership changes, recorded in the lock.
    pub own: Vec<(String, Ownership)>,
}

/// Reads a file through the contained directory handle (never through a link).
fn read_text(dir: &mut Option<OutputDir>, rel: &str) -> Option<Result<String, ()>> {
    let bytes = dir.as_mut()?.read(rel)?;
    Some(String::from_utf8(bytes).map_err(|_| ()))
}

/// Plans writing `files` into `dir`, given the lock from the last render (if any).
pub fn plan(dir: &Path, files: &[RenderedFile], lock: Option<&Lock>, spec_sha256: &str, options: &PlanOptions) -> Plan {
    let mut lock_after = Lock::new(spec_sha256.to_string());
    let mut entries = Vec::new();
    let mut out = OutputDir::open_existing(dir).ok().flatten();
    let dir = &mut out;
    for file in files {
        let locked = lock.and_then(|l| l.files.get(&file.path));
        let ownership = options
            .own
            .iter()
            .rev()
            .find(|(p, _)| *p == file.path)
            .map(|(_, o)| *o)
            .or(locked.map(|l| l.ownership))
            .unwrap_or(file.ownership);
        let new = file.contents.clone();
        let mut entry = Entry {
            path: file.path.clone(),
            class: Class::Unchanged,
            ownership,
            note: String::new(),
            current: None,
            result: None,
            rendered: Some(new.clone()),
            executable: file.executable,
            conflicts: 0,
        };
        let mut record_base = Some(new.clone());
        match read_text(dir, &file.path) {
            Some(Err(())) => {
                entry.class = Class::Skipped;
                entry.note = "not UTF-8 text; idsgen will not merge it".to_string();
            }
            None => {
                let deleted_by_user = locked.is_some() && !options.restore.contains(&file.path);
                if deleted_by_user {
                    entry.class = Class::Skipped;
                    entry.note = format!(
                        "stays deleted: you deleted it; pass --restore {} to bring it back",
                        file.path
                    );
                    record_base = locked.map(|l| l.base.clone());
                } else if ownership == Ownership::UserOwned && locked.is_some() {
                    entry.class = Class::Skipped;
                    entry.note = "user-owned".to_string();
                } else {
                    entry.class = Class::Create;
                    entry.result = Some(new.clone());
                }
            }
            Some(Ok(current)) => {
                entry.current = Some(current.clone());
                if current == new {
                    entry.class = Class::Unchanged;
                } else if ownership == Ownership::UserOwned {
                    entry.class = Class::Skipped;
                    entry.note = "user-owned: diffed, never written".to_string();
                } else if ownership == Ownership::CreateOnly {
                    entry.class = Class::Skipped;
                    entry.note = "create-only: written once, never again".to_string();
                } else if has_conflict_markers(&current) {
                    entry.class = Class::Conflict;
                    entry.note =
                        "still has conflict markers from an earlier apply: resolve them, then plan again".to_string();
                    record_base = locked.map(|l| l.base.clone());
                } else {
                    match locked {
                        None => {
                            // A file idsgen never wrote: show both sides, decide nothing for the user.
                            match merge3("", &current, &new) {
                                Merged::Clean(text) => {
                                    entry.class = Class::Merge;
                                    entry.result = Some(text);
                                }
                                Merged::Conflict(text, n) => {
                                    entry.class = Class::Conflict;
                                    entry.conflicts = n;
                                    entry.result = Some(text);
                                }
                            }
                            entry.note = "exists but idsgen never wrote it".to_string();
                        }
                        Some(locked) if current == locked.base => {
                            entry.class = Class::Update;
                            entry.result = Some(new.clone());
                        }
                        Some(locked) if new == locked.base => {
                            entry.class = Class::Unchanged;
                            entry.note = "your edits kept; the render did not change".to_string();
                        }
                        Some(locked) => match merge3(&locked.base, &current, &new) {
                            Merged::Clean(text) if text == current => {
                                entry.class = Class::Unchanged;
                                entry.note = "your edits already include the new render".to_string();
                            }
                            Merged::Clean(text) => {
                                entry.class = Class::Merge;
                                entry.note = "your edits kept".to_string();
                                entry.result = Some(text);
                            }
                            Merged::Conflict(text, n) => {
                                entry.class = Class::Conflict;
                                entry.conflicts = n;
                                entry.note = format!("{n} overlapping edit(s) marked; resolve them");
                                entry.result = Some(text);
                            }
                        },
                    }
                }
            }
        }
        if let Some(base) = record_base {
            lock_after.files.insert(
                file.path.clone(),
                LockedFile {
                    sha256: sha256_hex(base.as_bytes()),
                    ownership,
                    base,
                },
            );
        }
        entries.push(entry);
    }
    if let Some(lock) = lock {
        for (path, locked) in &lock.files {
            if files.iter().any(|f| &f.path == path) {
                continue;
            }
            let Some(Ok(current)) = read_text(dir, path) else {
                continue;
            };
            let untouched = current == locked.base && locked.ownership == Ownership::Managed;
            entries.push(Entry {
                path: path.clone(),
                class: if untouched {
                    Class::OrphanDelete
                } else {
                    Class::OrphanKept
                },
                ownership: locked.ownership,
                note: if untouched {
                    "no longer produced, untouched".to_string()
                } else if locked.ownership != Ownership::Managed {
                    format!("no longer produced; {:?} files are never deleted", locked.ownership).to_lowercase()
                } else {
                    "no longer produced, edited by you: kept and no longer managed".to_string()
                },
                current: Some(current),
                result: None,
                rendered: None,
                executable: false,
                conflicts: 0,
            });
        }
    }
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    Plan { entries, lock_after }
}
