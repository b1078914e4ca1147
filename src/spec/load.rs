//! Turns YAML text into a validated `Spec`: parse (line and column on errors), apply `--set`
//! overrides, validate, and attach file lines to every diagnostic.

use crate::error::{Error, Result};
use crate::spec::types::Spec;
use crate::spec::{set, validate};

/// Parses YAML text into a `Spec` without validating it.
pub fn parse(source_name: &str, text: &str) -> Result<Spec> {
    yaml_serde::from_str(text).map_err(|e| {
        let loc = e.location();
        Error::Parse {
            source_name: source_name.to_string(),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
            message: e.to_string(),
        }
    })
}

/// Parses, applies `--set` overrides, and validates. All problems are reported at once.
pub fn load(source_name: &str, text: &str, overrides: &[String]) -> Result<Spec> {
    let text = set::apply(source_name, text, overrides)?;
    let spec = parse(source_name, &text)?;
    let diagnostics = validate::validate(&spec);
    if diagnostics.is_empty() {
        Ok(spec)
    } else {
        Err(Error::Invalid {
            source_name: source_name.to_string(),
            diagnostics,
        })
    }
}
