//! Output families: each turns the model into rendered files, in memory. Writing, planning,
//! diffing and checking are sinks over the `Vec<RenderedFile>` returned by `generate`.

pub mod docs;
pub mod dotnet;
pub mod helm;
pub mod next_steps;
pub mod nginx;
pub mod redis;
pub mod systemd;
pub mod terraform;
pub mod terraform_aws;
pub mod terraform_azure;

use crate::error::{Error, Result};
use crate::model::Model;
use crate::render::Templates;
use serde::{Deserialize, Serialize};

/// Who owns a file after the first render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ownership {
    /// idsgen regenerates it, merging the user's edits.
    Managed,
    /// Written once, never again (env files, secret placeholders).
    CreateOnly,
    /// Never written after the user takes it over; only diffed.
    UserOwned,
}

/// One rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedFile {
    /// Relative path with `/` separators.
    pub path: String,
    /// Contents, LF line endings, one final newline.
    pub contents: String,
    /// Ownership on regeneration.
    pub ownership: Ownership,
    /// Whether the file is executable (scripts).
    pub executable: bool,
}

impl RenderedFile {
    /// A managed, non-executable file.
    pub fn managed(path: impl Into<String>, contents: String) -> Self {
        Self {
            path: path.into(),
            contents,
            ownership: Ownership::Managed,
            executable: false,
        }
    }
}

/// Renders every file the model calls for, sorted by path. Fails before returning anything if
/// any template fails, so a caller never sees half a tree.
pub fn generate(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let mut files = Vec::new();
    files.extend(dotnet::render(model, templates)?);
    files.extend(nginx::render(model, templates)?);
    files.extend(systemd::render(model, templates)?);
    files.extend(redis::render(model, templates)?);
    files.extend(helm::render(model, templates)?);
    files.extend(terraform_azure::render(model, templates)?);
    files.extend(terraform_aws::render(model, templates)?);
    files.extend(docs::render(model, templates, &files)?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for pair in files.windows(2) {
        if pair[0].path == pair[1].path {
            return Err(Error::Template {
                template: pair[0].path.clone(),
                message: "two output families produced the same path".to_string(),
            });
        }
    }
    Ok(files)
}
