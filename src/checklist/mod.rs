//! The checklist engine: the catalogue of items, rules that read real files, and reports.
//! `check_files` works on in-memory files, so rendered deployments are checked before they
//! touch the disk; walking a directory (`discover::walk`) only produces that list.

pub mod appsettings;
pub mod catalogue;
pub mod config;
pub mod context;
pub mod csharp;
pub mod discover;
pub mod event_sink;
pub mod finding;
pub mod helm;
pub mod kubernetes;
pub mod nginx;
pub mod report;
pub mod rules;
pub mod single_port_hosts;
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
    let ctx = context::Context::build(files);
    let items = ITEMS
        .iter()
        .filter(|item| opts.only.is_empty() || opts.only.iter().any(|o| o.eq_ignore_ascii_case(item.id)))
        .map(|item| {
            let mut out = rules::evaluate(item.id, &ctx);
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
