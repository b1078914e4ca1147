//! `idsgen check`: walk the given paths (respecting .gitignore), apply skips from the command
//! line and `.idsgen/check.yaml`, print the report; exit 1 when an applicable item fails.

use crate::checklist::config;
use crate::checklist::discover::{self, FileKind};
use crate::checklist::finding::Evidence;
use crate::checklist::report;
use crate::checklist::{CheckOptions, check_with_skipped};
use crate::cli::CheckArgs;
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Builds the options from the arguments; usage errors for unpaired or unknown ids.
pub fn options(args: &CheckArgs) -> Result<CheckOptions> {
    if args.skip.len() != args.reason.len() {
        return Err(Error::usage(format!(
            "every --skip needs its own --reason (got {} --skip and {} --reason)\n  fix: idsgen check --skip DP4 --reason \"Redis is only a cache here\"",
            args.skip.len(),
            args.reason.len()
        )));
    }
    let mut opts = CheckOptions::default();
    for (id, reason) in args.skip.iter().zip(&args.reason) {
        let id = config::validate_id(id, "--skip").map_err(Error::usage)?;
        if reason.trim().is_empty() {
            return Err(Error::usage(format!(
                "--reason for {id} is empty\n  fix: say why {id} is an accepted risk"
            )));
        }
        opts.skips.insert(id.to_string(), reason.trim().to_string());
    }
    for id in args
        .only
        .iter()
        .flat_map(|o| o.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let id = config::validate_id(id, "--only").map_err(Error::usage)?;
        opts.only.push(id.to_string());
    }
    opts.host = args.host.clone();
    Ok(opts)
}

fn prefix_for(path: &Path, many: bool) -> String {
    if !many {
        return String::new();
    }
    let s = path.to_string_lossy().replace('\\', "/");
    let s = s.trim_start_matches("./").trim_end_matches('/');
    if s.is_empty() || s == "." {
        String::new()
    } else {
        format!("{s}/")
    }
}

/// Files read `(path, text)` and files skipped, with why.
pub type Collected = (Vec<(String, String)>, Vec<Evidence>);

/// Reads the files of every path, prefixing paths when more than one root is given; also
/// returns the files it skipped, with why.
pub fn collect(paths: &[PathBuf]) -> Result<Collected> {
    let many = paths.len() > 1;
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let prefix = prefix_for(p, many);
        let walked = discover::walk_tree(p)?;
        for (rel, text) in walked.files {
            files.push((format!("{prefix}{rel}"), text));
        }
        for e in walked.skipped {
            skipped.push(Evidence::new(format!("{prefix}{}", e.file), e.line, e.note));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|a, b| a.0 == b.0);
    skipped.sort();
    skipped.dedup();
    Ok((files, skipped))
}

/// Runs `idsgen check`.
pub fn run(args: &CheckArgs, out: &mut dyn Write) -> Result<i32> {
    let mut opts = options(args)?;
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, skipped) = collect(&paths)?;
    // A gate pointed at the wrong directory must not pass: with nothing to read, every item would
    // be "not found" and the exit code 0.
    // A README alone (read only for what it says the cluster runs) is not a deployment.
    let auditable = |p: &str| discover::classify(p).is_some_and(|k| k != discover::FileKind::Docs);
    if !files.iter().any(|(p, _)| auditable(p)) && skipped.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::usage(format!(
            "nothing to audit in {}: no C#, appsettings, nginx, Kubernetes/Helm, Terraform or idsgen.yaml file found (.gitignore respected).\n  fix: point `idsgen check` at the repository or deployment directory that holds the IdentityServer host",
            shown.join(", ")
        )));
    }
    // Checked-in accepted risks; the command line wins for the same id.
    for (path, text) in files
        .iter()
        .filter(|(p, _)| discover::classify(p) == Some(FileKind::CheckConfig))
    {
        for (id, reason) in config::parse(text, path).map_err(Error::usage)? {
            opts.skips.entry(id).or_insert(reason);
        }
    }
    if let Some(format) = args.graph {
        return graph(&files, &opts, format, out);
    }
    let report = check_with_skipped(&files, &skipped, &opts).map_err(Error::usage)?;
    out.write_all(report::render(&report, args.format).as_bytes())
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(if report.has_failures() { 1 } else { 0 })
}

/// `--graph`: one drawing per IdentityServer host (or one for a tree without a host project).
fn graph(
    files: &[(String, String)],
    opts: &CheckOptions,
    format: crate::cli::GraphFormat,
    out: &mut dyn Write,
) -> Result<i32> {
    use crate::checklist::context::Context;
    use crate::graph::{Topology, render};
    let hosts = Context::hosts(files);
    let selected = hosts.select(opts.host.as_deref()).map_err(Error::usage)?;
    let contexts: Vec<Context> = if selected.is_empty() {
        vec![Context::build_for(files, &hosts, None)]
    } else {
        selected
            .iter()
            .map(|h| Context::build_for(files, &hosts, Some(*h)))
            .collect()
    };
    let mut text = String::new();
    for ctx in &contexts {
        let t = Topology::from_context(ctx);
        if contexts.len() > 1 {
            let name = ctx.host_name.clone().unwrap_or_default();
            text.push_str(&match format {
                crate::cli::GraphFormat::Mermaid => format!("%% host {name}\n"),
                crate::cli::GraphFormat::Dot => format!("// host {name}\n"),
            });
        }
        text.push_str(&match format {
            crate::cli::GraphFormat::Mermaid => render::mermaid(&t),
            crate::cli::GraphFormat::Dot => render::dot(&t),
        });
    }
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}
