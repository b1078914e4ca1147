//! What the Azure and AWS Terraform families share: the resource name prefix, tags, aligned
//! `key = value` lines, and the container facts the cloud resources must agree with the Dockerfile on.

use crate::error::{Diagnostic, Error, Result};
use crate::render::filters::hcl_string;
use crate::spec::types::Spec;
use heck::ToKebabCase;
use serde::Serialize;

/// Port and UID of the container, owned by the Dockerfile's renderer.
pub use crate::outputs::dotnet::{CONTAINER_PORT, CONTAINER_UID};

/// Longest name prefix: ALB and target group names allow 32 characters, and the longest
/// suffix idsgen appends is `-migrate` / `-tasks` (8), leaving room for a readable prefix.
pub const NAME_PREFIX_MAX: usize = 24;

/// One `key = value` line of a multi-line HCL map, padded the way `terraform fmt` aligns `=`.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    /// The key (a user value: print it through the `hcl` filter).
    pub key: String,
    /// Spaces after the quoted key so every `=` of the block lines up.
    pub pad: String,
    /// The value (print it through the `hcl` filter).
    pub value: String,
}

/// Pairs padded for one map block. `terraform fmt` aligns on the quoted key's width.
pub fn aligned(pairs: Vec<(String, String)>) -> Vec<Pair> {
    let width = pairs
        .iter()
        .map(|(k, _)| hcl_string(k).chars().count())
        .max()
        .unwrap_or(0);
    pairs
        .into_iter()
        .map(|(key, value)| Pair {
            pad: " ".repeat(width - hcl_string(&key).chars().count()),
            key,
            value,
        })
        .collect()
}

/// The prefix of every cloud resource name: `cloud.name_prefix`, or the project name in kebab
/// case (`Acme.Identity` → `acme-identity`), cut to [`NAME_PREFIX_MAX`].
pub fn name_prefix(spec: &Spec) -> Result<String> {
    if let Some(p) = spec.cloud.as_ref().and_then(|c| c.name_prefix.as_deref()) {
        let ok = !p.is_empty()
            && p.len() <= NAME_PREFIX_MAX
            && p.starts_with(|c: char| c.is_ascii_lowercase())
            && !p.ends_with('-')
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            return Err(invalid(
                "cloud.name_prefix",
                format!("`{p}` cannot prefix cloud resource names"),
                format!(
                    "use 1 to {NAME_PREFIX_MAX} lowercase letters, digits and `-`, starting with a letter and not ending with `-`, e.g. `acme-identity`"
                ),
            ));
        }
        return Ok(p.to_string());
    }
    let kebab: String = spec
        .project
        .name
        .to_kebab_case()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let mut cut: String = kebab.chars().take(NAME_PREFIX_MAX).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    if cut.is_empty() || !cut.starts_with(|c: char| c.is_ascii_lowercase()) {
        cut.insert_str(0, "ids-");
    }
    Ok(cut)
}

/// Tags on every resource: idsgen's own, then the user's `cloud.tags` (which win on a clash).
pub fn tags(spec: &Spec, prefix: &str) -> Vec<Pair> {
    let mut all = std::collections::BTreeMap::new();
    all.insert("app".to_string(), prefix.to_string());
    all.insert("managed-by".to_string(), "idsgen".to_string());
    if let Some(cloud) = &spec.cloud {
        for (k, v) in &cloud.tags {
            all.insert(k.clone(), v.clone());
        }
    }
    aligned(all.into_iter().collect())
}

/// A spec error found while rendering (a value no Terraform resource can take).
pub fn invalid(path: &str, what: impl Into<String>, fix: impl Into<String>) -> Error {
    Error::spec(vec![Diagnostic::new(path, what.into(), fix.into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{load, presets};

    fn preset(name: &str) -> Spec {
        load::parse(name, presets::find(name).unwrap().text).unwrap()
    }

    #[test]
    fn prefix_is_the_kebab_project_name_or_the_valid_override() {
        let mut spec = preset("aws-ecs");
        assert_eq!(name_prefix(&spec).unwrap(), "acme-identity");
        spec.project.name = "Contoso.Identity.Server.Production.Host".to_string();
        let p = name_prefix(&spec).unwrap();
        assert!(p.len() <= NAME_PREFIX_MAX && !p.ends_with('-'), "{p}");
        spec.cloud = Some(crate::spec::types::Cloud {
            name_prefix: Some("Bad_Prefix".to_string()),
            ..Default::default()
        });
        let err = name_prefix(&spec).unwrap_err().to_string();
        assert!(err.contains("cloud.name_prefix"), "{err}");
    }

    #[test]
    fn aligned_pads_to_the_widest_quoted_key() {
        let p = aligned(vec![("a".into(), "1".into()), ("abc\"".into(), "2".into())]);
        // `"abc\""` is 7 characters quoted, `"a"` is 3.
        assert_eq!((p[0].pad.len(), p[1].pad.len()), (4, 0));
    }
}
