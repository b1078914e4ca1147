//! Unified diffs for plan and diff (similar), coloured on a terminal unless NO_COLOR is set.

use crate::cli::ColorChoice;
use std::io::IsTerminal;

/// Whether to colour output for this choice, on standard output.
pub fn use_color(choice: ColorChoice) -> bool {
    color_for(
        choice,
        std::env::var_os("NO_COLOR").as_deref(),
        std::io::stdout().is_terminal(),
    )
}

/// The colour rule: `always`/`never` as given; `auto` colours a terminal unless NO_COLOR is set
/// to a non-empty value (https://no-color.org: an explicit flag still wins over NO_COLOR).
pub fn color_for(choice: ColorChoice, no_color: Option<&std::ffi::OsStr>, terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => no_color.is_none_or(|v| v.is_empty()) && terminal,
    }
}

/// A unified diff from `old` to `new` with file labels; empty when they are equal.
pub fn unified(path_old: &str, path_new: &str, old: &str, new: &str, color: bool) -> String {
    if old == new {
        return String::new();
    }
    let diff = similar::TextDiff::from_lines(old, new);
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(path_old, path_new)
        .to_string();
    if !color {
        return text;
    }
    text.lines()
        .map(|line| {
            let code = if line.starts_with("+++") || line.starts_with("---") {
                "1"
            } else if line.starts_with('+') {
                "32"
            } else if line.starts_with('-') {
                "31"
            } else if line.starts_with("@@") {
                "36"
            } else {
                ""
            };
            if code.is_empty() {
                format!("{line}\n")
            } else {
                format!("\x1b[{code}m{line}\x1b[0m\n")
            }
        })
        .collect()
}
