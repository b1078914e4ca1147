//! The report as pretty JSON: every item with status, evidence, breaks and fix.

use crate::checklist::finding::Report;

/// Renders the report as JSON with a trailing newline.
pub fn render(report: &Report) -> String {
    let value = serde_json::json!({
        "tool": "idsgen",
        "version": env!("CARGO_PKG_VERSION"),
        "failed": report.has_failures(),
        "report": report,
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}
