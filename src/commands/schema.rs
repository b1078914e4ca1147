//! `idsgen schema`: the JSON Schema of idsgen.yaml, generated from the Rust types.

use crate::error::{Error, Result};
use crate::spec::types::Spec;
use std::io::Write;

/// The schema as pretty JSON.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Spec);
    serde_json::to_string_pretty(&schema).expect("schema serializes")
}

/// Prints the schema.
pub fn run(out: &mut dyn Write) -> Result<i32> {
    writeln!(out, "{}", schema_json()).map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}
