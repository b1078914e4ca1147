//! `--set path.to.field=value` overrides, applied to the YAML document before it is typed.

use crate::error::Result;

/// Applies overrides to YAML text and returns the new text.
pub fn apply(_source_name: &str, text: &str, overrides: &[String]) -> Result<String> {
    if overrides.is_empty() {
        return Ok(text.to_string());
    }
    Err(crate::error::Error::usage("--set is not available yet"))
}
