//! Report formats: text for terminals, JSON for scripts, SARIF 2.1.0 for code scanning, and
//! Markdown (what CHECKLIST.md in every rendered deployment is made of).

pub mod json;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::checklist::finding::Report;

/// Output formats of `idsgen check`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable, grouped by section.
    #[default]
    Text,
    /// The report as JSON.
    Json,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// Markdown tables and details.
    Markdown,
}

/// Renders `report` in `format`; always ends with one newline.
pub fn render(report: &Report, format: Format) -> String {
    match format {
        Format::Text => text::render(report),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Markdown => markdown::render(report, "idsgen check"),
    }
}
