//! Tera setup: the embedded `templates/` tree (overridable per file with `--templates DIR`),
//! autoescape off, undefined variables are errors, and the escaping filters per language.

pub mod filters;

use crate::error::{Error, Result};
use include_dir::{Dir, include_dir};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

static TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// Templates under this prefix are copied verbatim, never loaded into tera: Helm renders them,
/// and its `{{ }}` actions would be tera syntax errors (or, worse, tera output).
pub const STATIC_PREFIX: &str = "helm/chart/";

/// A loaded template set: the embedded templates with any user overrides applied. A template is
/// parsed the first time it is rendered, so a run parses only what its spec renders (parsing
/// every template of every target dominated a small render).
pub struct Templates {
    /// Tera templates not parsed yet, by path relative to `templates/`.
    sources: BTreeMap<String, String>,
    /// The templates parsed so far (none share blocks or macros, so each parses alone).
    tera: Mutex<tera::Tera>,
    /// Files under `STATIC_PREFIX` as (path relative to `templates/`, contents), sorted.
    statics: Vec<(String, String)>,
}

impl Templates {
    /// The embedded templates only.
    pub fn embedded() -> Result<Self> {
        Self::with_overrides(None)
    }

    /// The embedded templates, with files under `dir` replacing those at the same relative path.
    /// An override for a template that does not exist is an error (it would be silently unused).
    pub fn with_overrides(dir: Option<&Path>) -> Result<Self> {
        let mut sources: Vec<(String, String)> = Vec::new();
        collect(&TEMPLATES, &mut sources);
        if let Some(dir) = dir {
            for entry in walk(dir)? {
                let rel = entry
                    .strip_prefix(dir)
                    .expect("walked under dir")
                    .to_string_lossy()
                    .replace('\\', "/");
                let Some(slot) = sources.iter_mut().find(|(name, _)| *name == rel) else {
                    let known: Vec<&str> = sources.iter().map(|(n, _)| n.as_str()).collect();
                    return Err(Error::usage(format!(
                        "--templates: {} overrides no embedded template.\n  fix: use one of these relative paths: {}",
                        entry.display(),
                        known.join(", ")
                    )));
                };
                slot.1 = std::fs::read_to_string(&entry).map_err(|e| Error::io("reading", &entry, e))?;
            }
        }
        let (mut statics, sources): (Vec<_>, Vec<_>) = sources
            .into_iter()
            .partition(|(name, _)| name.starts_with(STATIC_PREFIX));
        statics.sort();
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![]);
        filters::register_all(&mut tera);
        let templates = Self {
            sources: sources.into_iter().collect(),
            tera: Mutex::new(tera),
            statics,
        };
        // A broken override is reported even when this spec would not render it.
        if dir.is_some() {
            templates.parse_all()?;
        }
        Ok(templates)
    }

    /// Parses every template now, so a syntax error in any of them (an override included) is
    /// reported even when this spec does not render it.
    pub fn parse_all(&self) -> Result<()> {
        let mut tera = self.tera.lock().unwrap_or_else(|e| e.into_inner());
        for name in self.sources.keys() {
            Self::parse_into(&mut tera, &self.sources, name)?;
        }
        Ok(())
    }

    /// Adds template `name` to `tera` unless it is there already.
    fn parse_into(tera: &mut tera::Tera, sources: &BTreeMap<String, String>, name: &str) -> Result<()> {
        if tera.get_template_names().any(|n| n == name) {
            return Ok(());
        }
        let Some(text) = sources.get(name) else {
            // Tera's own "template not found" error, raised by `render`.
            return Ok(());
        };
        tera.add_raw_template(name, text).map_err(|e| Error::Template {
            template: name.to_string(),
            message: chain(&e),
        })
    }

    /// Static files (not tera templates) whose path relative to `templates/` starts with
    /// `prefix`, as (path relative to `prefix`, contents), sorted by path. `--templates DIR`
    /// overrides them by relative path like any template.
    pub fn static_files(&self, prefix: &str) -> Vec<(String, String)> {
        self.statics
            .iter()
            .filter_map(|(name, text)| name.strip_prefix(prefix).map(|rel| (rel.to_string(), text.clone())))
            .collect()
    }

    /// Renders the template at `name` (relative to `templates/`) with `view` as its context.
    /// Output is LF with exactly one final newline.
    pub fn render<V: Serialize>(&self, name: &str, view: &V) -> Result<String> {
        let context = tera::Context::from_serialize(view).map_err(|e| Error::Template {
            template: name.to_string(),
            message: chain(&e),
        })?;
        let mut tera = self.tera.lock().unwrap_or_else(|e| e.into_inner());
        Self::parse_into(&mut tera, &self.sources, name)?;
        let out = tera.render(name, &context).map_err(|e| Error::Template {
            template: name.to_string(),
            message: chain(&e),
        })?;
        let mut out = out.replace("\r\n", "\n");
        while out.ends_with("\n\n") {
            out.pop();
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
        Ok(out)
    }

    /// Names of all templates, static files included, sorted.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.sources.keys().cloned().collect();
        names.extend(self.statics.iter().map(|(n, _)| n.clone()));
        names.sort();
        names
    }
}

/// The embedded template names (for tests and error messages).
pub fn embedded_names() -> Vec<String> {
    let mut sources = Vec::new();
    collect(&TEMPLATES, &mut sources);
    let mut names: Vec<String> = sources.into_iter().map(|(n, _)| n).collect();
    names.sort();
    names
}

fn collect(dir: &Dir<'static>, out: &mut Vec<(String, String)>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            out.push((file.path().to_string_lossy().replace('\\', "/"), text.to_string()));
        }
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

fn walk(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| Error::io("reading", &d, e))?;
        for entry in entries {
            let path = entry.map_err(|e| Error::io("reading", &d, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Tera nests errors; the useful part is usually at the bottom of the chain.
fn chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}
