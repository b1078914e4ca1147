//! Markdown: a table per section, then failures with what breaks and the fix, operator steps with
//! their commands, accepted risks with reasons, and what does not apply and why.

use crate::checklist::catalogue::SECTIONS;
use crate::checklist::finding::{Evidence, Report, Status};
use crate::checklist::report::text::summary;
use std::fmt::Write;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✅ pass",
        Status::Fail => "❌ FAIL",
        Status::NotFound => "❔ not found",
        Status::NotApplicable => "➖ n/a",
        Status::Skipped => "⏭️ skipped",
        Status::OperatorStep => "🧑‍🔧 operator step",
    }
}

fn loc(e: &Evidence) -> String {
    format!("`{}:{}`", cell(&e.file), e.line)
}

/// Renders the report under a level-1 `title`.
pub fn render(report: &Report, title: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(
        out,
        "{}. Result: **{}**.\n",
        summary(report),
        if report.has_failures() { "FAIL" } else { "ok" }
    );
    for f in &report.facts {
        let _ = writeln!(out, "- {}", cell(f));
    }
    for section in SECTIONS {
        let items: Vec<_> = report.items.iter().filter(|i| i.section == section).collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {section}\n");
        let _ = writeln!(out, "| Status | Id | Item | Why | Evidence |");
        let _ = writeln!(out, "|---|---|---|---|---|");
        for i in items {
            // Two notes about one line show as one location in the table.
            let mut ev: Vec<String> = Vec::new();
            for l in i.evidence.iter().map(loc) {
                if !ev.contains(&l) && ev.len() < 3 {
                    ev.push(l);
                }
            }
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                icon(i.status),
                i.id,
                cell(i.title),
                cell(&i.summary),
                ev.join(" ")
            );
        }
    }
    let fails: Vec<_> = report.items.iter().filter(|i| i.status == Status::Fail).collect();
    if !fails.is_empty() {
        let _ = writeln!(out, "\n## Failures\n");
        for i in fails {
            let _ = writeln!(out, "### {} — {}\n", i.id, i.title);
            for e in &i.evidence {
                let _ = writeln!(out, "- {} {}", loc(e), cell(&e.note));
            }
            for e in &i.related {
                let _ = writeln!(out, "- see {} {}", loc(e), cell(&e.note));
            }
            let _ = writeln!(out, "\n**What breaks:** {}\n\n**Fix:** {}\n", i.breaks, i.fix);
        }
    }
    let ops: Vec<_> = report
        .items
        .iter()
        .filter(|i| i.status == Status::OperatorStep)
        .collect();
    if !ops.is_empty() {
        let _ = writeln!(
            out,
            "\n## Operator steps\n\nFiles alone cannot prove these; run the command against the live deployment.\n"
        );
        for i in ops {
            let _ = writeln!(
                out,
                "- **{}** {}: {}\n\n  ```sh\n  {}\n  ```\n",
                i.id,
                i.title,
                i.summary,
                i.command.as_deref().unwrap_or("")
            );
        }
    }
    let skipped: Vec<_> = report.items.iter().filter(|i| i.status == Status::Skipped).collect();
    if !skipped.is_empty() {
        let _ = writeln!(out, "\n## Accepted risks\n");
        for i in skipped {
            let _ = writeln!(
                out,
                "- **{}** {}: {} (would be: {})",
                i.id,
                i.title,
                i.skip_reason.as_deref().unwrap_or(""),
                i.status_without_skip.map(|s| s.label()).unwrap_or("?")
            );
        }
    }
    if !report.unparsed.is_empty() {
        let _ = writeln!(out, "\n## Files that could not be parsed\n");
        let _ = writeln!(
            out,
            "Each one fails the run: a file the engine cannot read proves nothing.\n"
        );
        for e in &report.unparsed {
            let _ = writeln!(out, "- {} {}", loc(e), cell(&e.note));
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
