//! Resolves `--preset` / `--spec` / `--set` into a validated spec, the same for every command.

use crate::cli::SpecArgs;
use crate::error::{Error, Result};
use crate::spec::{load, presets, set, types::Spec};
use std::path::Path;

/// A loaded spec and a name for where it came from.
pub struct LoadedSpec {
    /// The validated spec.
    pub spec: Spec,
    /// `preset onprem-nginx`, `idsgen.yaml`, ...
    pub source_name: String,
    /// The text the spec was read from (before `--set`).
    pub text: String,
}

/// Loads the spec named by `args`; without `--preset` or `--spec`, reads `default_dir/idsgen.yaml`.
pub fn load_spec(args: &SpecArgs, default_dir: &Path) -> Result<LoadedSpec> {
    let (source_name, text) = if let Some(name) = &args.preset {
        let preset = presets::find(name)?;
        (format!("preset {}", preset.name), preset.text.to_string())
    } else {
        let path = args.spec.clone().unwrap_or_else(|| default_dir.join("idsgen.yaml"));
        if args.spec.is_none() && !path.exists() {
            return Err(Error::usage(format!(
                "no spec given and {} does not exist.\n  fix: pass --preset NAME (see `idsgen presets`) or --spec FILE, or run `idsgen init`",
                path.display()
            )));
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io("reading", &path, e))?;
        (path.display().to_string(), text)
    };
    let spec = load::load(&source_name, &text, &overrides(args))?;
    Ok(LoadedSpec {
        spec,
        source_name,
        text,
    })
}

/// Every `--set`, then every `--set-string` as the `--set` that means the same.
pub fn overrides(args: &SpecArgs) -> Vec<String> {
    let strings = args.set_string.iter().map(|s| set::string_override(s));
    args.set.iter().cloned().chain(strings).collect()
}
