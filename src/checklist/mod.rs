//! The checklist engine: the catalogue of items, rules that read real files, and reports.
//! `check_files` works on in-memory files, so rendered deployments are checked before they
//! touch the disk; walking a directory (`discover::walk`) only produces that list.

pub mod appsettings;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod csharp;
pub mod discover;
pub mod finding;
pub mod helm;
pub mod kubernetes;
pub mod nginx;
pub mod report;
pub mod rules;
pub mod terraform;
pub mod tree;

use catalogue::ITEMS;
use finding::{ItemResult, Report, Status};
use std::collections::BTreeMap;

/// What to check and what to skip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Item id → accepted-risk reason. Ids must exist in the catalogue.
    pub skips: BTreeMap<String, String>,
    /// When non-empty, only these item ids are reported.
    pub only: Vec<String>,
}

/// Checks a set of files given as `(relative path with / separators, contents)`.
pub fn check_files(files: &[(String, String)], opts: &CheckOptions) -> Report {
    check_files_with_skipped(files, &[], opts)
}

/// Like `check_files`, for a walk that also skipped files (`discover::walk_tree`). A file the
/// engine would have read but could not (skipped, or not parsed at all) may hold exactly what
/// decides an item, so no item passes, is n/a or is "not found" while one exists: it fails, naming
/// the files, until they are fixed, excluded (.gitignore) or the item is skipped with a reason.
/// C# syntax errors do not count: tree-sitter recovers and the rest of the file is still read.
pub fn check_files_with_skipped(
    files: &[(String, String)],
    skipped: &[finding::Evidence],
    opts: &CheckOptions,
) -> Report {
    let mut ctx = context::Context::build(files);
    ctx.unparsed.extend(skipped.iter().cloned());
    let unread: Vec<finding::Evidence> = ctx
        .unparsed
        .iter()
        .filter(|e| discover::classify(&e.file) != Some(discover::FileKind::CSharp))
        .cloned()
        .collect();
    let items = ITEMS
        .iter()
        .filter(|item| opts.only.is_empty() || opts.only.iter().any(|o| o.eq_ignore_ascii_case(item.id)))
        .map(|item| {
            let mut out = rules::evaluate(item.id, &ctx);
            if !unread.is_empty() && matches!(out.status, Status::Pass | Status::NotApplicable | Status::NotFound) {
                out.summary = format!(
                    "cannot be decided: {} file(s) that may hold the answer were not read (fix or exclude them); on the files read: {}",
                    unread.len(),
                    out.summary
                );
                out.status = Status::Fail;
                out.related.append(&mut out.evidence);
                out.evidence = unread.clone();
            } else if !unread.is_empty() && out.status == Status::Fail {
                // Already failing on what was read; the unread files may hold more findings.
                out.related.extend(unread.iter().cloned());
            }
            // Findings read top to bottom, file by file.
            if out.status == Status::Fail {
                out.evidence.sort();
                out.evidence.dedup();
            }
            out.related.sort();
            out.related.dedup();
            let skip = opts.skips.iter().find(|(id, _)| id.eq_ignore_ascii_case(item.id));
            let (status, skip_reason, status_without_skip) = match skip {
                Some((_, reason)) => (Status::Skipped, Some(reason.clone()), Some(out.status)),
                None => (out.status, None, None),
            };
            ItemResult {
                id: item.id,
                title: item.title,
                section: item.section,
                status,
                summary: out.summary,
                evidence: out.evidence,
                related: out.related,
                command: out.command,
                skip_reason,
                status_without_skip,
                breaks: item.breaks,
                fix: item.fix,
            }
        })
        .collect();
    Report {
        files_checked: ctx.files_checked,
        facts: ctx.fact_lines(),
        items,
        unparsed: ctx.unparsed.clone(),
    }
}
