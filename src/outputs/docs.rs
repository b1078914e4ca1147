//! The spec copy (`idsgen.yaml`) and the per-item checklist report (`CHECKLIST.md`).

use crate::error::Result;
use crate::model::Model;
use crate::outputs::RenderedFile;
use crate::render::Templates;

/// Header written above the spec copy.
pub const SPEC_HEADER: &str = "# idsgen spec, version 1. `idsgen schema` prints its JSON Schema for editors.\n# Edit this file, then run `idsgen render --spec idsgen.yaml -o .` to regenerate.\n";

/// Renders `idsgen.yaml` (the effective spec) and `CHECKLIST.md`.
pub fn render(model: &Model, _templates: &Templates, _others: &[RenderedFile]) -> Result<Vec<RenderedFile>> {
    let yaml = yaml_serde::to_string(&model.spec).expect("spec always serializes");
    Ok(vec![RenderedFile::managed(
        "idsgen.yaml",
        format!("{SPEC_HEADER}{yaml}"),
    )])
}
