//! `idsgen presets`: one line per embedded preset.

use crate::error::{Error, Result};
use crate::spec::presets;
use std::io::Write;

/// Prints every preset with its summary.
pub fn run(out: &mut dyn Write) -> Result<i32> {
    let all = presets::all();
    let width = all.iter().map(|p| p.name.len()).max().unwrap_or(0);
    for p in all {
        writeln!(out, "{:<width$}  {}", p.name, p.summary).map_err(|e| Error::io("writing", "standard output", e))?;
    }
    Ok(0)
}
