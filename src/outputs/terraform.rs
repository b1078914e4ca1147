//! What the Azure and AWS Terraform families share: the resource name prefix, tags, aligned
//! `key = value` lines, the state backend, and the container facts the cloud resources must agree
//! with the Dockerfile on.

use crate::error::{Diagnostic, Error, Result};
use crate::render::filters::hcl_string;
use crate::spec::types::{Spec, TerraformState};
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

/// The cloud a Terraform family deploys to, for the backend it may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloudKind {
    /// `deploy/terraform/aws/`: an S3 backend.
    Aws,
    /// `deploy/terraform/azure/`: an azurerm backend.
    Azure,
}

/// The `backend` block of `backend.tf`: its type and its literal settings, aligned.
#[derive(Debug, Clone, Serialize)]
pub struct Backend {
    /// `s3` or `azurerm`.
    pub kind: String,
    /// Settings written into the block (`key`, padding, HCL literal already escaped).
    pub lines: Vec<Line>,
    /// True when the location comes from `terraform init -backend-config=...` (no `cloud.state`).
    pub partial: bool,
    /// The settings the operator still passes at init, as `-backend-config` lines.
    pub init_settings: Vec<String>,
}

/// One `key = literal` line of an HCL block whose keys are identifiers.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    /// The setting's name (an identifier, never user text).
    pub key: String,
    /// Spaces after the key so every `=` of the block lines up, as `terraform fmt` does.
    pub pad: String,
    /// An HCL literal (`"text"` through [`hcl_string`], or `true`).
    pub value: String,
}

fn lines(pairs: Vec<(&str, String)>) -> Vec<Line> {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    pairs
        .into_iter()
        .map(|(k, value)| Line {
            pad: " ".repeat(width - k.len()),
            key: k.to_string(),
            value,
        })
        .collect()
}

/// The remote state backend from `cloud.state`. Without one, a partial backend that still fixes
/// what must never vary (encryption, locking, Entra ID auth); the location is given at init.
/// S3 native locking (`use_lockfile`) is GA since Terraform 1.11 (verified in hashicorp/terraform
/// CHANGELOG.md at v1.10.0 and v1.11.0); `use_azuread_auth` is in the azurerm backend's schema
/// (internal/backend/remote-state/azure/backend.go at v1.11.0).
pub fn backend(spec: &Spec, cloud: CloudKind) -> Result<Backend> {
    let state = spec.cloud.as_ref().and_then(|c| c.state.as_ref());
    let q = |s: &str| hcl_string(s);
    match (cloud, state) {
        (CloudKind::Aws, None) => Ok(Backend {
            kind: "s3".into(),
            lines: lines(vec![("encrypt", "true".into()), ("use_lockfile", "true".into())]),
            partial: true,
            init_settings: vec![
                "bucket = \"BUCKET\"".into(),
                "key = \"identity/terraform.tfstate\"".into(),
                "region = \"REGION\"".into(),
            ],
        }),
        (CloudKind::Azure, None) => Ok(Backend {
            kind: "azurerm".into(),
            lines: lines(vec![("use_azuread_auth", "true".into())]),
            partial: true,
            init_settings: vec![
                "resource_group_name = \"RESOURCE_GROUP\"".into(),
                "storage_account_name = \"ACCOUNT\"".into(),
                "container_name = \"tfstate\"".into(),
                "key = \"identity/terraform.tfstate\"".into(),
            ],
        }),
        (
            CloudKind::Aws,
            Some(TerraformState::S3 {
                bucket,
                key,
                region,
                kms_key_id,
                dynamodb_table,
            }),
        ) => {
            check_name("cloud.state.bucket", bucket, 3, 63, |c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'
            })?;
            check_key("cloud.state.key", key)?;
            check_name("cloud.state.region", region, 1, 32, |c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
            })?;
            let mut pairs = vec![
                ("bucket", q(bucket)),
                ("key", q(key)),
                ("region", q(region)),
                ("encrypt", "true".to_string()),
            ];
            if let Some(k) = kms_key_id {
                check_name("cloud.state.kms_key_id", k, 1, 2048, |c| c.is_ascii_graphic())?;
                pairs.push(("kms_key_id", q(k)));
            }
            match dynamodb_table {
                Some(t) => {
                    check_name("cloud.state.dynamodb_table", t, 3, 255, |c| {
                        c.is_ascii_alphanumeric() || "_.-".contains(c)
                    })?;
                    pairs.push(("dynamodb_table", q(t)));
                }
                None => pairs.push(("use_lockfile", "true".to_string())),
            }
            Ok(Backend {
                kind: "s3".into(),
                lines: lines(pairs),
                partial: false,
                init_settings: Vec::new(),
            })
        }
        (
            CloudKind::Azure,
            Some(TerraformState::Azurerm {
                resource_group_name,
                storage_account_name,
                container_name,
                key,
            }),
        ) => {
            check_name("cloud.state.resource_group_name", resource_group_name, 1, 90, |c| {
                c.is_alphanumeric() || "-_.()".contains(c)
            })?;
            check_name("cloud.state.storage_account_name", storage_account_name, 3, 24, |c| {
                c.is_ascii_lowercase() || c.is_ascii_digit()
            })?;
            check_name("cloud.state.container_name", container_name, 3, 63, |c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
            })?;
            check_key("cloud.state.key", key)?;
            Ok(Backend {
                kind: "azurerm".into(),
                lines: lines(vec![
                    ("resource_group_name", q(resource_group_name)),
                    ("storage_account_name", q(storage_account_name)),
                    ("container_name", q(container_name)),
                    ("key", q(key)),
                    ("use_azuread_auth", "true".to_string()),
                ]),
                partial: false,
                init_settings: Vec::new(),
            })
        }
        (CloudKind::Aws, Some(_)) => Err(invalid(
            "cloud.state.kind",
            "an AWS target keeps its Terraform state in S3, not in Azure storage",
            "set `cloud.state.kind: s3` with `bucket`, `key` and `region`, or remove `cloud.state` to pass the backend at `terraform init`",
        )),
        (CloudKind::Azure, Some(_)) => Err(invalid(
            "cloud.state.kind",
            "an Azure target keeps its Terraform state in an Azure storage container, not in S3",
            "set `cloud.state.kind: azurerm` with `resource_group_name`, `storage_account_name`, `container_name` and `key`, or remove `cloud.state`",
        )),
    }
}

fn check_name(path: &str, v: &str, min: usize, max: usize, ok: impl Fn(char) -> bool) -> Result<()> {
    if (min..=max).contains(&v.chars().count()) && v.chars().all(ok) {
        return Ok(());
    }
    Err(invalid(
        path,
        format!("`{v}` is not a name this backend accepts"),
        format!(
            "use {min} to {max} characters of the kind the cloud allows for it (see the field's documentation in the spec schema)"
        ),
    ))
}

fn check_key(path: &str, v: &str) -> Result<()> {
    if !v.is_empty() && v.len() <= 1024 && !v.starts_with('/') && v.chars().all(|c| c.is_ascii_graphic()) {
        return Ok(());
    }
    Err(invalid(
        path,
        format!("`{v}` is not a state object name"),
        "use a relative path without spaces, e.g. `identity/prod.tfstate`",
    ))
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
