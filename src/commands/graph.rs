//! `idsgen graph`: the spec's topology as Mermaid or Graphviz dot on standard output.

use crate::cli::{GraphArgs, GraphFormat};
use crate::commands::inputs::load_spec;
use crate::error::{Error, Result};
use crate::graph::{Topology, render};
use std::io::Write;
use std::path::Path;

/// Runs `idsgen graph`.
pub fn run(args: &GraphArgs, out: &mut dyn Write) -> Result<i32> {
    let loaded = load_spec(&args.spec, Path::new("."))?;
    let topology = Topology::from_spec(&loaded.spec);
    let text = match args.format {
        GraphFormat::Mermaid => render::mermaid(&topology),
        GraphFormat::Dot => render::dot(&topology),
    };
    out.write_all(text.as_bytes())
        .map_err(|e| Error::io("writing", "standard output", e))?;
    Ok(0)
}
