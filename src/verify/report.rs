//! How a verify run prints: text for a release pipeline's log, the `check` JSON document, and
//! SARIF whose locations are the probed URLs. Sections and order come from `catalogue.rs`.

use super::catalogue::CHECKS;
use crate::checklist::finding::{Report, Status};
use crate::checklist::report::Format;
use serde_json::{Value, json};
use std::fmt::Write;

/// Renders `report` in `format` (Markdown prints as text).
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Json => crate::checklist::report::json::render(report),
        Format::Sarif => sarif(report),
        Format::Text | Format::Markdown => text(report),
    }
}

fn text(report: &Report) -> String {
    let mut out = String::new();
    let count = |s: Status| report.items.iter().filter(|i| i.status == s).count();
    let _ = writeln!(
        out,
        "idsgen verify — {} checks: {} pass, {} fail, {} not checked, {} n/a",
        report.items.len(),
        count(Status::Pass),
        count(Status::Fail),
        count(Status::NotFound),
        count(Status::NotApplicable)
    );
    for f in &report.facts {
        let _ = writeln!(out, "  · {f}");
    }
    let mut section = "";
    for item in &report.items {
        if item.section != section {
            section = item.section;
            let _ = writeln!(out, "\n{section}");
        }
        let _ = writeln!(out, "  {:<11} {:<4} {}", item.status.label(), item.id, item.title);
        let _ = writeln!(out, "  {:<16} {}", "", item.summary);
        if item.status == Status::Fail {
            for e in &item.evidence {
                let _ = writeln!(out, "  {:<16} seen at {}: {}", "", e.file, e.note);
            }
            let _ = writeln!(out, "  {:<16} breaks: {}", "", item.breaks);
            let _ = writeln!(out, "  {:<16} fix: {}", "", item.fix);
        }
    }
    out
}

fn sarif(report: &Report) -> String {
    let rules: Vec<Value> = CHECKS
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "shortDescription": { "text": c.title },
                "fullDescription": { "text": c.breaks },
                "help": { "text": format!("What breaks: {}\nFix: {}", c.breaks, c.fix) },
                "defaultConfiguration": { "level": "error" },
                "properties": { "tags": ["identityserver", "live", c.section] }
            })
        })
        .collect();
    let mut results = Vec::new();
    for item in report.items.iter().filter(|i| i.status == Status::Fail) {
        let rule_index = CHECKS.iter().position(|c| c.id == item.id).unwrap_or(0);
        for e in &item.evidence {
            results.push(json!({
                "ruleId": item.id,
                "ruleIndex": rule_index,
                "level": "error",
                "message": { "text": format!("{}: {} ({}). Fix: {}", item.id, item.summary, e.note, item.fix) },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": e.file } } }]
            }));
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "idsgen verify", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
