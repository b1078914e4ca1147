//! What the engine reports: one `ItemResult` per catalogue item (status, file:line evidence,
//! what breaks, the fix) gathered in a `Report` that every output format prints.

use serde::Serialize;

/// The outcome of one checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The files show the item is satisfied.
    Pass,
    /// The files show the item is not satisfied (exit 1 unless skipped).
    Fail,
    /// The item applies, but the files that would prove it either way were not found.
    NotFound,
    /// The item does not apply to this deployment (the summary says why).
    NotApplicable,
    /// Accepted risk: skipped by `--skip` or `.idsgen/check.yaml`, with the reason.
    Skipped,
    /// Files alone cannot prove it; `command` is how an operator verifies it.
    OperatorStep,
}

impl Status {
    /// The label used by the text and Markdown reports.
    pub fn label(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "FAIL",
            Status::NotFound => "not found",
            Status::NotApplicable => "n/a",
            Status::Skipped => "skipped",
            Status::OperatorStep => "operator step",
        }
    }
}

/// One place in one file that supports a status.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    /// Path relative to the checked root, `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What this place shows.
    pub note: String,
}

impl Evidence {
    /// Evidence at `file:line`.
    pub fn new(file: impl Into<String>, line: usize, note: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: line.max(1),
            note: note.into(),
        }
    }
}

/// The result for one catalogue item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemResult {
    /// Catalogue id, e.g. `DP2`.
    pub id: &'static str,
    /// Catalogue title.
    pub title: &'static str,
    /// Catalogue section title.
    pub section: &'static str,
    /// The outcome.
    pub status: Status,
    /// One sentence on why this status.
    pub summary: String,
    /// Places in files that support the status. For `fail`, each one is a finding.
    pub evidence: Vec<Evidence>,
    /// Context for a failure that is not itself the finding (e.g. the untagged checks behind an
    /// empty readiness predicate).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Evidence>,
    /// For `operator-step`: the exact command that verifies the item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// For `skipped`: the accepted-risk reason given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_reason: Option<String>,
    /// For `skipped`: what the item would have been without the skip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_without_skip: Option<Status>,
    /// What breaks if you skip this.
    pub breaks: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// A whole check run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Number of files the engine read (after filtering by kind).
    pub files_checked: usize,
    /// Facts the engine derived and used for applicability, as `name: value (file:line)`.
    pub facts: Vec<String>,
    /// One result per catalogue item, in catalogue order (filtered by `--only`).
    pub items: Vec<ItemResult>,
    /// Files that could not be parsed (conflict markers, syntax errors, invalid JSON/YAML/HCL/
    /// nginx), with the parser's message. Any entry fails the run: a broken file never passes.
    pub unparsed: Vec<Evidence>,
}

impl Report {
    /// True when an item that applies fails (and was not skipped), or a file could not be
    /// parsed: exit code 1.
    pub fn has_failures(&self) -> bool {
        self.items.iter().any(|i| i.status == Status::Fail) || !self.unparsed.is_empty()
    }

    /// Count of items with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.items.iter().filter(|i| i.status == status).count()
    }

    /// The result for `id`, if it was reported.
    pub fn item(&self, id: &str) -> Option<&ItemResult> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Every failing finding as `(id, file, line)`, in report order: what fixture tests compare.
    pub fn findings(&self) -> Vec<(String, String, usize)> {
        self.items
            .iter()
            .filter(|i| i.status == Status::Fail)
            .flat_map(|i| {
                i.evidence
                    .iter()
                    .map(move |e| (i.id.to_string(), e.file.clone(), e.line))
            })
            .collect()
    }
}
