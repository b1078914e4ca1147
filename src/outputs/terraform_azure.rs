//! Terraform for the Azure targets (`deploy/terraform/azure/`): the Data Protection key vault,
//! key and blob container, Azure Managed Redis, the workload's managed identity and its roles,
//! and for App Service the plan, the web app (Key Vault references) and its autoscale setting.

use crate::error::Result;
use crate::model::Model;
use crate::model::settings::secret_settings;
use crate::outputs::RenderedFile;
use crate::outputs::terraform::{self, Backend, CONTAINER_PORT, CloudKind, Pair, aligned, invalid};
use crate::render::Templates;
use crate::spec::types::{HopKind, KeyProtection, KeyStore, RedisPersistence, SecretProvider, Spec, Target};
use serde::Serialize;

/// Directory of the Azure root module in the rendered tree.
pub const DIR: &str = "deploy/terraform/azure";

/// Days a deleted vault, blob or container stays recoverable.
pub const SOFT_DELETE_DAYS: u32 = 90;

#[derive(Debug, Serialize)]
struct Vault {
    /// Vault name (first DNS label of its URI).
    name: String,
    /// `https://NAME.vault.azure.net/`, as the spec writes it.
    uri: String,
}

#[derive(Debug, Serialize)]
struct Storage {
    account: String,
    container: String,
    blob: String,
    blob_uri: String,
}

#[derive(Debug, Serialize)]
struct RedisView {
    holds_keys: bool,
    aof: bool,
    rdb: bool,
    eviction_policy: String,
}

#[derive(Debug, Serialize)]
struct SecretView {
    env_var: String,
    secret: String,
    migrate_only: bool,
}

#[derive(Debug, Serialize)]
struct AzureView {
    target: String,
    app_service: bool,
    aks: bool,
    prefix: String,
    tags: Vec<Pair>,
    /// The vault idsgen creates (the Data Protection key's, else the secrets vault).
    vault: Option<Vault>,
    /// The Data Protection key's name in `vault`, when keys are protected by Key Vault.
    dp_key_name: Option<String>,
    dp_key_id: String,
    /// A secrets vault other than `vault`, read as a data source.
    external_secrets_vault: Option<Vault>,
    /// Secrets live in `vault` (or `external_secrets_vault`).
    key_vault_secrets: bool,
    storage: Option<Storage>,
    redis: Option<RedisView>,
    application_name: String,
    ready_path: String,
    live_path: String,
    port: u16,
    min_instances: u32,
    max_instances: u32,
    secrets: Vec<SecretView>,
    /// Secrets the instances read (the app identity may read exactly these).
    app_secrets: Vec<SecretView>,
    /// Secrets only the migration reads; on AKS a separate migration identity reads them.
    migrate_only_secrets: Vec<SecretView>,
    /// The remote state backend (`backend.tf`).
    backend: Backend,
    /// App Service app settings: platform settings and Key Vault references, aligned.
    app_settings: Vec<Pair>,
    migrate_command: String,
    soft_delete_days: u32,
    /// Zone redundancy needs at least two instances.
    zone_balanced: bool,
    /// Namespace and ServiceAccount of the pods (AKS workload identity subject).
    k8s_namespace: String,
    k8s_service_account: String,
    /// ServiceAccount of the AKS migration Job (its own identity, with the migration-only secrets).
    k8s_migration_service_account: String,
    /// Azure Front Door is the first hop in front of App Service: the app admits only that Front
    /// Door profile (origin lock).
    front_door: bool,
}

/// Renders `deploy/terraform/azure/` for the `azure-app-service` and `azure-aks` targets.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let spec = &model.spec;
    if !matches!(spec.hosting.target, Target::AzureAppService | Target::AzureAks) {
        return Ok(Vec::new());
    }
    let view = view(model)?;
    let mut names = vec!["terraform.tf", "backend.tf", "variables.tf", "locals.tf", "main.tf"];
    if view.vault.is_some() || view.external_secrets_vault.is_some() {
        names.push("main.keyvault.tf");
    }
    if view.storage.is_some() {
        names.push("main.storage.tf");
    }
    if view.redis.is_some() {
        names.push("main.redis.tf");
    }
    if view.app_service {
        names.push("main.appservice.tf");
    }
    if view.aks {
        names.push("main.workload_identity.tf");
    }
    names.extend(["outputs.tf", "README.md", ".gitignore"]);
    names
        .into_iter()
        .map(|n| {
            // backend.tf and .gitignore are shared by both clouds' families.
            let template = match n {
                "backend.tf" => "terraform/backend.tf".to_string(),
                ".gitignore" => "terraform/gitignore".to_string(),
                _ => format!("terraform/azure/{n}"),
            };
            Ok(RenderedFile::managed(
                format!("{DIR}/{n}"),
                templates.render(&template, &view)?,
            ))
        })
        .collect()
}

fn view(model: &Model) -> Result<AzureView> {
    let spec = &model.spec;
    let prefix = terraform::name_prefix(spec)?;
    let (dp_vault, dp_key_name, dp_key_id) = match &spec.data_protection.key_protection {
        KeyProtection::AzureKeyVault { key_id } => {
            let (vault, key) = key_vault_key(key_id)?;
            (Some(vault), Some(key), key_id.clone())
        }
        _ => (None, None, String::new()),
    };
    let secrets_vault = match (spec.secrets.provider, spec.secrets.location.as_deref()) {
        (SecretProvider::AzureKeyVault, Some(loc)) => Some(vault_from_uri(loc, "secrets.location")?),
        _ => None,
    };
    let key_vault_secrets = secrets_vault.is_some();
    if key_vault_secrets {
        check_key_vault_secret_names(spec)?;
    }
    // One vault is created here: the key's, or (without one) the secrets vault. A secrets vault
    // with another name already exists somewhere else and is only read.
    let (vault, external_secrets_vault) = match (dp_vault, secrets_vault) {
        (Some(d), Some(s)) if d.name == s.name => (Some(d), None),
        (Some(d), s) => (Some(d), s),
        (None, s) => (s, None),
    };
    let storage = match &spec.data_protection.key_store {
        KeyStore::AzureBlob { blob_uri } => Some(storage_from_uri(blob_uri)?),
        _ => None,
    };
    let redis = match (&spec.redis, model.uses_redis) {
        (Some(r), true) => Some(RedisView {
            holds_keys: model.redis_holds_keys,
            aof: model.redis_holds_keys && r.persistence == RedisPersistence::Aof,
            rdb: model.redis_holds_keys && r.persistence == RedisPersistence::Rdb,
            eviction_policy: eviction_policy(&r.maxmemory_policy)?,
        }),
        _ => None,
    };
    let settings = secret_settings(spec);
    let backend = terraform::backend(spec, CloudKind::Azure)?;
    let prefix_for_sa = prefix.clone();
    let vault_uri = external_secrets_vault
        .as_ref()
        .or(vault.as_ref())
        .map(|v| v.uri.clone())
        .unwrap_or_default();
    let mut app = vec![
        ("ASPNETCORE_ENVIRONMENT".to_string(), "Production".to_string()),
        ("WEBSITES_ENABLE_APP_SERVICE_STORAGE".to_string(), "false".to_string()),
        ("WEBSITES_PORT".to_string(), CONTAINER_PORT.to_string()),
    ];
    if key_vault_secrets {
        for s in settings.iter().filter(|s| !s.migrate_only) {
            app.push((
                s.env_var.clone(),
                format!("@Microsoft.KeyVault(SecretUri={vault_uri}secrets/{}/)", s.secret),
            ));
        }
    }
    app.sort();
    Ok(AzureView {
        front_door: spec.hosting.target == Target::AzureAppService
            && spec
                .proxy
                .hops
                .first()
                .is_some_and(|h| h.kind == HopKind::AzureFrontDoor),
        target: match spec.hosting.target {
            Target::AzureAppService => "azure-app-service",
            _ => "azure-aks",
        }
        .to_string(),
        app_service: spec.hosting.target == Target::AzureAppService,
        aks: spec.hosting.target == Target::AzureAks,
        tags: terraform::tags(spec, &prefix),
        prefix,
        vault,
        dp_key_name,
        dp_key_id,
        external_secrets_vault,
        key_vault_secrets,
        storage,
        redis,
        application_name: spec.data_protection.application_name.clone(),
        ready_path: spec.health.ready_path.clone(),
        live_path: spec.health.live_path.clone(),
        port: CONTAINER_PORT,
        min_instances: spec.hosting.min_instances,
        max_instances: spec.hosting.max_instances,
        secrets: settings.iter().map(secret_view).collect(),
        app_secrets: settings.iter().filter(|s| !s.migrate_only).map(secret_view).collect(),
        migrate_only_secrets: settings.iter().filter(|s| s.migrate_only).map(secret_view).collect(),
        backend,
        app_settings: aligned(app),
        migrate_command: format!("dotnet {}.dll migrate", spec.project.name),
        soft_delete_days: SOFT_DELETE_DAYS,
        zone_balanced: spec.hosting.min_instances >= 2,
        k8s_namespace: spec.kubernetes.clone().unwrap_or_default().namespace,
        k8s_migration_service_account: format!("{prefix_for_sa}-migrate"),
        k8s_service_account: prefix_for_sa,
    })
}

fn secret_view(s: &crate::model::settings::SecretSetting) -> SecretView {
    SecretView {
        env_var: s.env_var.clone(),
        secret: s.secret.clone(),
        migrate_only: s.migrate_only,
    }
}

/// `https://VAULT.vault.azure.net/keys/NAME[/VERSION]` → (vault, key name).
fn key_vault_key(key_id: &str) -> Result<(Vault, String)> {
    const PATH: &str = "data_protection.key_protection.key_id";
    let vault = vault_from_uri(key_id, PATH)?;
    let url = url::Url::parse(key_id).map_err(|e| invalid(PATH, format!("`{key_id}`: {e}"), KEY_FIX))?;
    let mut segments = url.path_segments().into_iter().flatten();
    let key = match (segments.next(), segments.next()) {
        (Some("keys"), Some(k)) if valid_vault_object_name(k) => k.to_string(),
        _ => {
            return Err(invalid(
                PATH,
                format!("`{key_id}` does not name a Key Vault key this Terraform can create"),
                KEY_FIX,
            ));
        }
    };
    Ok((vault, key))
}

const KEY_FIX: &str = "write `https://VAULT.vault.azure.net/keys/NAME`, NAME of letters, digits and `-`";

/// The Key Vault holding the application's secrets (`secrets.location` with `azure-key-vault`)
/// as (name, URI), parsed as the Terraform parses it.
pub fn secrets_vault(spec: &Spec) -> Option<(String, String)> {
    match (spec.secrets.provider, spec.secrets.location.as_deref()) {
        (SecretProvider::AzureKeyVault, Some(loc)) => {
            vault_from_uri(loc, "secrets.location").ok().map(|v| (v.name, v.uri))
        }
        _ => None,
    }
}

fn vault_from_uri(uri: &str, path: &str) -> Result<Vault> {
    let fix = "write the vault URI `https://NAME.vault.azure.net/`, NAME 3-24 letters, digits and `-`, starting with a letter";
    let url = url::Url::parse(uri).map_err(|e| invalid(path, format!("`{uri}`: {e}"), fix))?;
    let host = url.host_str().unwrap_or("");
    let name = host.split('.').next().unwrap_or("");
    let ok = (3..=24).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && !name.ends_with('-')
        && !name.contains("--")
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && host.contains(".vault.");
    if !ok {
        return Err(invalid(
            path,
            format!("`{uri}` is not a Key Vault URI idsgen can create"),
            fix,
        ));
    }
    Ok(Vault {
        name: name.to_string(),
        uri: format!("{}://{host}/", url.scheme()),
    })
}

fn storage_from_uri(blob_uri: &str) -> Result<Storage> {
    const PATH: &str = "data_protection.key_store.blob_uri";
    let fix = "write `https://ACCOUNT.blob.core.windows.net/CONTAINER/keys.xml`: ACCOUNT 3-24 lowercase letters and digits, CONTAINER 3-63 lowercase letters, digits and `-`";
    let url = url::Url::parse(blob_uri).map_err(|e| invalid(PATH, format!("`{blob_uri}`: {e}"), fix))?;
    let host = url.host_str().unwrap_or("");
    let account = host.split('.').next().unwrap_or("");
    let segments: Vec<&str> = url.path_segments().map(|s| s.collect()).unwrap_or_default();
    let account_ok = (3..=24).contains(&account.len())
        && account.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && host.contains(".blob.");
    let container_ok = segments.first().is_some_and(|c| {
        (3..=63).contains(&c.len())
            && c.starts_with(|ch: char| ch.is_ascii_alphanumeric())
            && !c.ends_with('-')
            && !c.contains("--")
            && c.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    });
    if !account_ok || !container_ok || segments.len() < 2 || segments[1..].iter().any(|s| s.is_empty()) {
        return Err(invalid(
            PATH,
            format!("`{blob_uri}` is not a blob URI in a storage account and container idsgen can create"),
            fix,
        ));
    }
    Ok(Storage {
        account: account.to_string(),
        container: segments[0].to_string(),
        blob: segments[1..].join("/"),
        blob_uri: blob_uri.to_string(),
    })
}

/// Key Vault object names: 1-127 letters, digits and `-`.
fn valid_vault_object_name(s: &str) -> bool {
    (1..=127).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// App Service Key Vault references and the Key Vault configuration provider need secret
/// names Key Vault accepts; the spec allows `_./` for other stores.
fn check_key_vault_secret_names(spec: &Spec) -> Result<()> {
    let mut refs = vec![
        (
            "database.connection_string.secret".to_string(),
            &spec.database.connection_string.secret,
        ),
        ("license.key.secret".to_string(), &spec.license.key.secret),
    ];
    if let Some(r) = &spec.redis {
        refs.push((
            "redis.connection_string.secret".to_string(),
            &r.connection_string.secret,
        ));
    }
    if let KeyProtection::Certificate { password: Some(p), .. } = &spec.data_protection.key_protection {
        refs.push(("data_protection.key_protection.password.secret".to_string(), &p.secret));
    }
    for (i, c) in spec.clients.iter().enumerate() {
        if let Some(s) = &c.secret {
            refs.push((format!("clients[{i}].secret.secret"), &s.secret));
        }
    }
    for (path, name) in refs {
        if !valid_vault_object_name(name) {
            return Err(invalid(
                &path,
                format!("`{name}` is not a Key Vault secret name (letters, digits and `-` only)"),
                format!(
                    "rename the secret to `{}` in the vault and here",
                    name.replace(['_', '.', '/'], "-")
                ),
            ));
        }
    }
    Ok(())
}

/// `maxmemory-policy` spelling → Azure Managed Redis `eviction_policy`.
fn eviction_policy(policy: &str) -> Result<String> {
    let p = match policy {
        "noeviction" => "NoEviction",
        "allkeys-lru" => "AllKeysLRU",
        "allkeys-lfu" => "AllKeysLFU",
        "allkeys-random" => "AllKeysRandom",
        "volatile-lru" => "VolatileLRU",
        "volatile-lfu" => "VolatileLFU",
        "volatile-random" => "VolatileRandom",
        "volatile-ttl" => "VolatileTTL",
        other => {
            return Err(invalid(
                "redis.maxmemory_policy",
                format!("`{other}` is not a Redis maxmemory-policy"),
                format!("use one of {}", crate::outputs::redis::MAXMEMORY_POLICIES.join(", ")),
            ));
        }
    };
    Ok(p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_spec_uris() {
        let (v, k) = key_vault_key("https://acme-idsrv-kv.vault.azure.net/keys/dataprotection").unwrap();
        assert_eq!(
            (v.name.as_str(), v.uri.as_str(), k.as_str()),
            (
                "acme-idsrv-kv",
                "https://acme-idsrv-kv.vault.azure.net/",
                "dataprotection"
            )
        );
        let s = storage_from_uri("https://acmeidsrvkeys.blob.core.windows.net/dataprotection/ring/keys.xml").unwrap();
        assert_eq!(
            (s.account.as_str(), s.container.as_str(), s.blob.as_str()),
            ("acmeidsrvkeys", "dataprotection", "ring/keys.xml")
        );
    }

    #[test]
    fn names_azure_rejects_are_refused_with_the_spec_path() {
        let e = storage_from_uri("https://Acme_Keys.blob.core.windows.net/dp/keys.xml")
            .unwrap_err()
            .to_string();
        assert!(e.contains("data_protection.key_store.blob_uri"), "{e}");
        let e = key_vault_key("https://kv.vault.azure.net/keys/dp")
            .unwrap_err()
            .to_string();
        assert!(e.contains("data_protection.key_protection.key_id"), "{e}");
        let e = eviction_policy("lru").unwrap_err().to_string();
        assert!(e.contains("redis.maxmemory_policy"), "{e}");
    }
}
