//! The terminal report: a summary line, facts, then each section's items with evidence, and for
//! failures what breaks and the fix.

use crate::checklist::catalogue::SECTIONS;
use crate::checklist::finding::{Report, Status};
use std::fmt::Write;

/// One-line counts.
pub fn summary(report: &Report) -> String {
    let parts: Vec<String> = [
        (Status::Pass, "pass"),
        (Status::Fail, "fail"),
        (Status::OperatorStep, "operator step"),
        (Status::NotFound, "not found"),
        (Status::NotApplicable, "n/a"),
        (Status::Skipped, "skipped"),
    ]
    .iter()
    .filter(|(s, _)| report.count(*s) > 0)
    .map(|(s, label)| format!("{} {label}", report.count(*s)))
    .collect();
    let broken = match report.unparsed.len() {
        0 => String::new(),
        n => format!(", {n} unreadable file{}", if n == 1 { "" } else { "s" }),
    };
    format!(
        "{} items: {} ({} files read{broken})",
        report.items.len(),
        parts.join(", "),
        report.files_checked
    )
}

/// Renders the text report.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "idsgen check — {}", summary(report));
    for f in &report.facts {
        let _ = writeln!(out, "  · {f}");
    }
    for section in SECTIONS {
        let items: Vec<_> = report.items.iter().filter(|i| i.section == section).collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{section}");
        for i in items {
            let _ = writeln!(out, "  {:<13} {:<5} {}", i.status.label(), i.id, i.title);
            let _ = writeln!(out, "  {:<13} {:<5} {}", "", "", i.summary);
            match i.status {
                Status::Fail => {
                    for e in &i.evidence {
                        let _ = writeln!(out, "  {:<19} {}:{}: {}", "", e.file, e.line, e.note);
                    }
                    for e in &i.related {
                        let _ = writeln!(out, "  {:<19} (see {}:{}: {})", "", e.file, e.line, e.note);
                    }
                    let _ = writeln!(out, "  {:<19} breaks: {}", "", i.breaks);
                    let _ = writeln!(out, "  {:<19} fix: {}", "", i.fix);
                }
                Status::OperatorStep => {
                    if let Some(c) = &i.command {
                        let _ = writeln!(out, "  {:<19} verify: {c}", "");
                    }
                }
                Status::Skipped => {
                    let _ = writeln!(
                        out,
                        "  {:<19} accepted risk: {} (would be: {})",
                        "",
                        i.skip_reason.as_deref().unwrap_or(""),
                        i.status_without_skip.map(|s| s.label()).unwrap_or("?")
                    );
                }
                Status::Pass => {
                    if let Some(e) = i.evidence.first() {
                        let _ = writeln!(out, "  {:<19} {}:{}", "", e.file, e.line);
                    }
                }
                _ => {}
            }
        }
    }
    if !report.unparsed.is_empty() {
        let _ = writeln!(
            out,
            "\nFiles that could not be parsed (each fails the run; fix the file):"
        );
        for e in &report.unparsed {
            let _ = writeln!(out, "  {}:{}: {}", e.file, e.line, e.note);
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        if report.has_failures() {
            "result: FAIL"
        } else {
            "result: ok"
        }
    );
    out
}
