//! The on-prem runtime: a systemd template unit (one instance per Kestrel port), the oneshot
//! migration unit and `deploy.sh`, which migrates once and then restarts instances one by one.

use crate::error::{Diagnostic, Error, Result};
use crate::model::Model;
use crate::model::settings::{SecretSetting, secret_settings};
use crate::outputs::{Ownership, RenderedFile};
use crate::render::Templates;
use crate::spec::types::{KeyStore, MigrationRunner, SecretProvider, Target};
use serde::Serialize;

/// Where deploy.sh expects the credential files: systemd's own credential store directory,
/// root-only. `LoadCredential=` copies each into the service's private `$CREDENTIALS_DIRECTORY`.
pub const CREDSTORE: &str = "/etc/credstore";

/// Seconds deploy.sh waits for an instance's readiness endpoint before stopping the rollout.
pub const READY_TIMEOUT_S: u32 = 90;

/// Releases kept under `<install_dir>/releases` for a quick manual rollback.
pub const RELEASES_KEPT: u32 = 3;

#[derive(Debug, Serialize)]
struct Credential {
    /// Credential id: the configuration key with `:` as `__` (key-per-file maps it back).
    id: String,
    /// The configuration key, for comments.
    key: String,
    /// Absolute path of the file on the host.
    path: String,
}

#[derive(Debug, Serialize)]
struct SystemdView {
    project: String,
    service: String,
    assembly: String,
    install_dir: String,
    current_dir: String,
    service_user: String,
    dotnet_path: String,
    kestrel_bind: String,
    ports: Vec<u16>,
    instance_units: Vec<String>,
    ready_path: String,
    ready_timeout: u32,
    releases_kept: u32,
    credentials: bool,
    instance_credentials: Vec<Credential>,
    migrate_credentials: Vec<Credential>,
    read_write_paths: Vec<String>,
    migrate_unit: bool,
}

/// Renders `deploy/systemd/` for the `onprem-linux` target; nothing otherwise.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let spec = &model.spec;
    if spec.hosting.target != Target::OnpremLinux {
        return Ok(Vec::new());
    }
    crate::outputs::nginx::refuse_unsafe(model)?;
    let settings = secret_settings(spec);
    refuse_unsafe_secret_names(&settings)?;
    let view = view(model, &settings);
    let mut files = vec![RenderedFile::managed(
        format!("deploy/systemd/{}@.service", view.service),
        templates.render("systemd/instance@.service", &view)?,
    )];
    if view.migrate_unit {
        files.push(RenderedFile::managed(
            format!("deploy/systemd/{}-migrate.service", view.service),
            templates.render("systemd/migrate.service", &view)?,
        ));
    }
    files.push(RenderedFile {
        path: "deploy/systemd/deploy.sh".to_string(),
        contents: templates.render("systemd/deploy.sh", &view)?,
        ownership: Ownership::Managed,
        executable: true,
    });
    Ok(files)
}

fn view(model: &Model, settings: &[SecretSetting]) -> SystemdView {
    let spec = &model.spec;
    let facts = &model.onprem;
    let credentials = spec.secrets.provider == SecretProvider::SystemdCredentials;
    let credential = |s: &SecretSetting| Credential {
        id: s.env_var.clone(),
        key: s.key.clone(),
        path: format!("{CREDSTORE}/{}", s.secret),
    };
    let read_write_paths = match &spec.data_protection.key_store {
        KeyStore::FileSystem { path } => vec![path.clone()],
        _ => Vec::new(),
    };
    SystemdView {
        project: spec.project.name.clone(),
        service: facts.service_name.clone(),
        assembly: facts.assembly.clone(),
        install_dir: facts.install_dir.clone(),
        current_dir: format!("{}/current", facts.install_dir),
        service_user: facts.service_user.clone(),
        dotnet_path: facts.dotnet_path.clone(),
        kestrel_bind: facts.kestrel_bind.clone(),
        ports: facts.instance_ports.clone(),
        instance_units: facts
            .instance_ports
            .iter()
            .map(|p| format!("{}@{p}.service", facts.service_name))
            .collect(),
        ready_path: spec.health.ready_path.clone(),
        ready_timeout: READY_TIMEOUT_S,
        releases_kept: RELEASES_KEPT,
        credentials,
        instance_credentials: if credentials {
            settings.iter().filter(|s| !s.migrate_only).map(credential).collect()
        } else {
            Vec::new()
        },
        migrate_credentials: if credentials {
            settings.iter().map(credential).collect()
        } else {
            Vec::new()
        },
        read_write_paths: read_write_paths
            .into_iter()
            .filter(|p| crate::model::onprem::is_safe_absolute_path(p))
            .collect(),
        migrate_unit: spec.migrations.run_by == MigrationRunner::Deployment,
    }
}

/// Secret names become file paths under the credential store and are printed unquoted into
/// units and a shell script, so they must stay a plain relative path.
fn refuse_unsafe_secret_names(settings: &[SecretSetting]) -> Result<()> {
    let diagnostics: Vec<Diagnostic> = settings
        .iter()
        .filter(|s| !is_credstore_name(&s.secret) || !is_credential_id(&s.env_var))
        .map(|s| {
            Diagnostic::new(
                format!("secret `{}` (configuration key {})", s.secret, s.key),
                "the name becomes a file under /etc/credstore and must be a plain relative path",
                "use letters, digits and `_.-` (and `/` between segments), e.g. `idsrv-db-connection`",
            )
        })
        .collect();
    Error::ensure_valid(diagnostics)
}

fn is_credstore_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && name.chars().all(|c| c.is_ascii_alphanumeric() || "_./-".contains(c))
}

fn is_credential_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credstore_names_cannot_escape_the_store() {
        assert!(is_credstore_name("idsrv-db-connection"));
        assert!(is_credstore_name("prod/db.conn"));
        for bad in ["", "/etc/shadow", "../x", "a/../b", "a//b", "a b", "a;b", "a$b"] {
            assert!(!is_credstore_name(bad), "{bad:?}");
        }
        assert!(is_credential_id("ConnectionStrings__IdentityServer"));
        assert!(!is_credential_id("a:b") && !is_credential_id("a/b"));
    }
}
