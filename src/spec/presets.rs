//! The embedded presets (`presets/*.yaml`): one valid spec per common topology. Each file opens
//! with a comment block whose first line is `# NAME: one-line summary`.

use crate::error::{Error, Result};
use include_dir::{Dir, include_dir};

static PRESETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/presets");

/// One embedded preset.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// File stem, e.g. `onprem-nginx`.
    pub name: &'static str,
    /// The summary from the first comment line.
    pub summary: &'static str,
    /// The whole YAML text, comments included.
    pub text: &'static str,
}

/// Every embedded preset, sorted by name.
pub fn all() -> Vec<Preset> {
    let mut presets: Vec<Preset> = PRESETS
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "yaml"))
        .filter_map(|f| {
            let name = f.path().file_stem()?.to_str()?;
            let text = f.contents_utf8()?;
            let summary = text
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("# "))
                .and_then(|l| l.split_once(": "))
                .map(|(_, s)| s.trim())
                .unwrap_or("");
            Some(Preset { name, summary, text })
        })
        .collect();
    presets.sort_by_key(|p| p.name);
    presets
}

/// The preset called `name`, or a usage error listing the ones that exist.
pub fn find(name: &str) -> Result<Preset> {
    let presets = all();
    presets.iter().find(|p| p.name == name).copied().ok_or_else(|| {
        let names: Vec<&str> = presets.iter().map(|p| p.name).collect();
        let hint = names
            .iter()
            .map(|n| (strsim::jaro_winkler(n, name), n))
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, n)| format!(" Did you mean `{n}`?"))
            .unwrap_or_default();
        Error::usage(format!(
            "unknown preset `{name}`.{hint} Available presets: {}. Run `idsgen presets` for details.",
            names.join(", ")
        ))
    })
}
