//! `idsgen presets`: one line per embedded preset, or one `idsgen.presets/v1` JSON document
//! (shape: tests/schemas/idsgen.presets.v1.json).

use crate::cli::{PlanFormat, PresetsArgs};
use crate::error::{Error, Result, exit};
use crate::spec::presets;
use std::io::Write;

/// The `"format"` field of the JSON document.
pub const JSON_FORMAT: &str = "idsgen.presets/v1";

/// Every preset as one JSON document.
pub fn json() -> serde_json::Value {
    let list: Vec<_> = presets::all()
        .iter()
        .map(|p| serde_json::json!({ "name": p.name, "summary": p.summary }))
        .collect();
    serde_json::json!({ "format": JSON_FORMAT, "presets": list })
}

/// Prints every preset with its summary.
pub fn run(args: &PresetsArgs, out: &mut dyn Write) -> Result<i32> {
    let io = |e| Error::io("writing", "standard output", e);
    if args.format == PlanFormat::Json {
        let text = serde_json::to_string_pretty(&json()).expect("presets serialize");
        writeln!(out, "{text}").map_err(io)?;
        return Ok(exit::OK);
    }
    let all = presets::all();
    let width = all.iter().map(|p| p.name.len()).max().unwrap_or(0);
    for p in all {
        writeln!(out, "{:<width$}  {}", p.name, p.summary).map_err(io)?;
    }
    Ok(exit::OK)
}
