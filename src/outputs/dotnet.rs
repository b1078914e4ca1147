//! The application side: Program.cs and its helpers, appsettings.Production.json, the NuGet
//! package props, ignore files and, for container targets, the Dockerfile.

use crate::error::Result;
use crate::model::Model;
use crate::outputs::RenderedFile;
use crate::render::Templates;

/// Renders the .NET host files.
pub fn render(_model: &Model, _templates: &Templates) -> Result<Vec<RenderedFile>> {
    Ok(Vec::new())
}
