//! The checklist engine: the catalogue of items, rules that read real files, and reports.
//! `check_files` works on in-memory files, so rendered deployments are checked before they
//! touch the disk; walking a directory (`discover::walk`) only produces that list.

pub mod appsettings;
pub mod arm;
pub mod bicep;
pub mod bound;
pub mod catalogue;
pub mod compose;
pub mod config;
pub mod context;
pub mod csharp;
pub mod discover;
pub mod dockerfile;
pub mod environment;
pub mod finding;
pub mod haproxy;
pub mod hcl_scan;
pub mod helm;
pub mod helper_reach;
pub mod hosts;
pub mod ingress_controller;
pub mod items;
pub mod kube_data;
pub mod kubernetes;
pub mod markers;
pub mod nginx;
pub mod package_helpers;
pub mod projects;
pub mod report;
pub mod routes;
pub mod scripts;
pub mod single_port_hosts;
pub mod solutions;
pub mod terraform;
pub mod tree;

use catalogue::ITEMS;
use context::Context;
use finding::{ItemResult, Report, Status};
use hosts::{Host, Hosts};
use projects::Role;
use std::collections::BTreeMap;

/// What to check and what to skip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Item id → accepted-risk reason. Ids must exist in the catalogue.
    pub skips: BTreeMap<String, String>,
    /// When non-empty, only these item ids are reported.
    pub only: Vec<String>,
    /// When set, only the IdentityServer host with this project name is checked.
    pub host: Option<String>,
}

/// Checks a set of files given as `(relative path with / separators, contents)`; an unknown
/// `opts.host` checks the tree as if it had no host (use [`check`] to get the error instead).
pub fn check_files(files: &[(String, String)], opts: &CheckOptions) -> Report {
    check(files, opts).unwrap_or_else(|_| {
        let unnamed = CheckOptions {
            host: None,
            ..opts.clone()
        };
        check(files, &unnamed).unwrap_or_else(|_| evaluate_hosts(files, &Hosts::default(), &[], &[], opts))
    })
}

/// Checks every IdentityServer host of the file set (or only `opts.host`): each item is
/// evaluated per host over that host's facts, then the hosts' results are combined, the worst
/// status first. Errors name an unknown `--host` and list the hosts found.
pub fn check(files: &[(String, String)], opts: &CheckOptions) -> Result<Report, String> {
    check_with_skipped(files, &[], opts)
}

/// Like `check`, for a walk that also skipped files (`discover::walk_tree`). A file the engine
/// would have read but could not (skipped, or not parsed at all) may hold exactly what decides an
/// item, so no item passes, is n/a or is "not found" while one exists: it fails, naming the
/// files, until they are fixed, excluded (.gitignore) or the item is skipped with a reason.
pub fn check_with_skipped(
    files: &[(String, String)],
    skipped: &[finding::Evidence],
    opts: &CheckOptions,
) -> Result<Report, String> {
    let hosts = Context::hosts(files);
    let selected = hosts.select(opts.host.as_deref())?;
    Ok(evaluate_hosts(files, &hosts, &selected, skipped, opts))
}

fn evaluate_hosts(
    files: &[(String, String)],
    hosts: &Hosts,
    selected: &[&Host],
    skipped: &[finding::Evidence],
    opts: &CheckOptions,
) -> Report {
    let mut contexts: Vec<Context> = if selected.is_empty() {
        vec![Context::build_for(files, hosts, None)]
    } else {
        // One host at a time: its parsed C# is dropped before the next one is read.
        selected
            .iter()
            .map(|h| Context::build_for(files, hosts, Some(*h)))
            .collect()
    };
    for ctx in &mut contexts {
        ctx.unparsed.extend(skipped.iter().cloned());
    }
    let many = contexts.len() > 1;
    let per_host: Vec<(String, Vec<ItemResult>)> = contexts
        .iter()
        .map(|ctx| (ctx.host_name.clone().unwrap_or_default(), evaluate(ctx, opts)))
        .collect();
    let items = combine(per_host, many);
    let mut facts = Vec::new();
    let mut unparsed = Vec::new();
    for ctx in &contexts {
        facts.extend(ctx.fact_lines());
        unparsed.extend(ctx.unparsed.iter().cloned());
    }
    facts.dedup();
    for h in hosts
        .hosts
        .iter()
        .filter(|h| !selected.iter().any(|s| s.name == h.name))
    {
        facts.push(format!(
            "{} {} not checked ({}:{}); check it with --host {}",
            if h.role == Role::Sample { "sample host" } else { "host" },
            h.name,
            h.anchor.file,
            h.anchor.line,
            h.name
        ));
    }
    if !hosts.excluded.is_empty() {
        facts.push(format!("test/benchmark projects left out: {}", hosts.excluded.len()));
    }
    for e in &hosts.health_checks {
        facts.push(format!("not a host: {}:{} ({})", e.file, e.line, e.note));
    }
    unparsed.sort();
    unparsed.dedup();
    Report {
        files_checked: contexts.iter().map(|c| c.files_checked).max().unwrap_or(0),
        facts,
        items,
        unparsed,
    }
}

/// Evaluates every selected item for one host.
fn evaluate(ctx: &Context, opts: &CheckOptions) -> Vec<ItemResult> {
    // C# syntax errors do not count: tree-sitter recovers and the rest of the file is still read.
    let unread: Vec<finding::Evidence> = ctx
        .unparsed
        .iter()
        .filter(|e| discover::classify(&e.file) != Some(discover::FileKind::CSharp))
        .cloned()
        .collect();
    ITEMS
        .iter()
        .filter(|item| opts.only.is_empty() || opts.only.iter().any(|o| o.eq_ignore_ascii_case(item.id)))
        .map(|item| {
            let mut out = (item.rule)(ctx);
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
        .collect()
}

/// How bad a status is when hosts disagree: the report shows the worst.
fn severity(s: Status) -> u8 {
    match s {
        Status::Fail => 5,
        Status::NotFound => 4,
        Status::OperatorStep => 3,
        Status::Pass => 2,
        Status::Skipped => 1,
        Status::NotApplicable => 0,
    }
}

/// One result per item across hosts: the worst status, the evidence of the hosts that have it,
/// and each host's summary prefixed with its name.
fn combine(per_host: Vec<(String, Vec<ItemResult>)>, many: bool) -> Vec<ItemResult> {
    let mut iter = per_host.into_iter();
    let Some((first_name, first)) = iter.next() else {
        return Vec::new();
    };
    if !many {
        return first;
    }
    let rest: Vec<(String, Vec<ItemResult>)> = iter.collect();
    first
        .into_iter()
        .enumerate()
        .map(|(n, base)| {
            let all: Vec<(&str, &ItemResult)> = std::iter::once((first_name.as_str(), &base))
                .chain(rest.iter().map(|(name, items)| (name.as_str(), &items[n])))
                .collect();
            let worst = all
                .iter()
                .map(|(_, r)| r.status)
                .max_by_key(|s| severity(*s))
                .unwrap_or(base.status);
            let mut merged = base.clone();
            merged.status = worst;
            merged.summary = all
                .iter()
                .map(|(name, r)| format!("{name}: {}", r.summary))
                .collect::<Vec<_>>()
                .join("; ");
            merged.evidence = all
                .iter()
                .filter(|(_, r)| r.status == worst)
                .flat_map(|(_, r)| r.evidence.iter().cloned())
                .collect();
            merged.related = all.iter().flat_map(|(_, r)| r.related.iter().cloned()).collect();
            merged.evidence.sort();
            merged.evidence.dedup();
            merged.related.sort();
            merged.related.dedup();
            merged.command = all.iter().find_map(|(_, r)| r.command.clone());
            merged.status_without_skip = all
                .iter()
                .filter_map(|(_, r)| r.status_without_skip)
                .max_by_key(|s| severity(*s));
            merged
        })
        .collect()
}
