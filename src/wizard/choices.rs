//! Which options fit a target and the answers so far: hosting targets and their presets, proxy
//! hop kinds, Data Protection stores and protections, secret stores. Plain tables, no prompting.

use crate::spec::types::{
    CacheKind, ClientKind, DatabaseProvider, DotnetVersion, HopKind, KeyProtection, KeyStore, RedisHosting,
    RedisPersistence, SecretProvider, Target,
};
use crate::wizard::question::Choice;

/// Every hosting target, in the order the wizard offers them.
pub const TARGETS: [Target; 6] = [
    Target::AzureAppService,
    Target::AzureAks,
    Target::AwsEcs,
    Target::AwsEks,
    Target::Kubernetes,
    Target::OnpremLinux,
];

/// The embedded preset whose values are the defaults for `target`.
pub fn preset_for(target: Target) -> &'static str {
    match target {
        Target::AzureAppService => "azure-app-service",
        Target::AzureAks => "azure-aks",
        Target::AwsEcs => "aws-ecs",
        Target::AwsEks => "aws-eks",
        Target::Kubernetes => "kubernetes",
        Target::OnpremLinux => "onprem-nginx",
    }
}

/// The spec's spelling of a serde unit variant (`aws-ecs`, `net10`, ...).
pub fn id_of<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The value whose spec spelling is `id`, among `values`.
pub fn from_id<T: serde::Serialize + Copy>(values: &[T], id: &str) -> Option<T> {
    values.iter().copied().find(|v| id_of(v) == id)
}

/// Choices for a list of unit variants, labelled by `label`.
pub fn choices<T: serde::Serialize + Copy>(values: &[T], label: fn(T) -> &'static str) -> Vec<Choice> {
    values.iter().map(|v| Choice::new(id_of(v), label(*v))).collect()
}

/// What the user reads for a target.
pub fn target_label(target: Target) -> &'static str {
    match target {
        Target::AzureAppService => "Azure App Service",
        Target::AzureAks => "Azure AKS",
        Target::AwsEcs => "AWS ECS Fargate",
        Target::AwsEks => "AWS EKS",
        Target::Kubernetes => "generic Kubernetes",
        Target::OnpremLinux => "on-prem Linux (systemd)",
    }
}

/// Proxy hop kinds that can sit in front of `target`, most common first.
pub fn hop_kinds(target: Target) -> Vec<HopKind> {
    use HopKind::*;
    match target {
        Target::AzureAppService => vec![AppServiceFrontend, AzureFrontDoor, AzureAppGateway, Cloudflare],
        Target::AzureAks => vec![
            AppGatewayForContainers,
            AzureFrontDoor,
            AzureAppGateway,
            EnvoyGateway,
            NginxGatewayFabric,
            GatewayApi,
            L4Lb,
            CloudL7Lb,
            Cloudflare,
            IngressNginx,
        ],
        Target::AwsEcs => vec![AwsAlb, AwsCloudfront, L4Lb, Cloudflare],
        Target::AwsEks => vec![
            AwsAlb,
            AwsCloudfront,
            EnvoyGateway,
            NginxGatewayFabric,
            GatewayApi,
            L4Lb,
            Cloudflare,
            IngressNginx,
        ],
        Target::Kubernetes => vec![
            L4Lb,
            EnvoyGateway,
            NginxGatewayFabric,
            GatewayApi,
            CloudL7Lb,
            Cloudflare,
            IngressNginx,
        ],
        Target::OnpremLinux => vec![Nginx, L4Lb, CloudL7Lb, Cloudflare],
    }
}

/// What the user reads for a hop kind.
pub fn hop_label(kind: HopKind) -> &'static str {
    match kind {
        HopKind::CloudL7Lb => "cloud layer-7 load balancer",
        HopKind::AwsAlb => "AWS Application Load Balancer",
        HopKind::AzureAppGateway => "Azure Application Gateway",
        HopKind::AppServiceFrontend => "App Service front end",
        HopKind::L4Lb => "layer-4 (TCP) load balancer",
        HopKind::Nginx => "nginx (managed by idsgen)",
        HopKind::IngressNginx => "ingress-nginx controller (retired March 2026: no security fixes)",
        HopKind::GatewayApi => "Gateway API implementation (other)",
        HopKind::EnvoyGateway => "Envoy Gateway (Gateway API)",
        HopKind::NginxGatewayFabric => "NGINX Gateway Fabric (Gateway API)",
        HopKind::AppGatewayForContainers => "Application Gateway for Containers (Gateway API)",
        HopKind::AzureFrontDoor => "Azure Front Door (edge)",
        HopKind::AwsCloudfront => "AWS CloudFront (edge)",
        HopKind::Cloudflare => "Cloudflare (edge)",
    }
}

/// .NET versions, newest first.
pub const DOTNET: [DotnetVersion; 2] = [DotnetVersion::Net10, DotnetVersion::Net8];

/// What the user reads for a .NET version.
pub fn dotnet_label(v: DotnetVersion) -> &'static str {
    match v {
        DotnetVersion::Net10 => ".NET 10 (LTS)",
        DotnetVersion::Net8 => ".NET 8 (LTS)",
    }
}

/// Duende IdentityServer majors that run on `dotnet` (8 needs .NET 10).
pub fn duende_majors(dotnet: DotnetVersion) -> Vec<u8> {
    match dotnet {
        DotnetVersion::Net10 => vec![8, 7],
        DotnetVersion::Net8 => vec![7],
    }
}

/// Database engines.
pub const DATABASES: [DatabaseProvider; 2] = [DatabaseProvider::Sqlserver, DatabaseProvider::Postgres];

/// What the user reads for a database engine.
pub fn database_label(p: DatabaseProvider) -> &'static str {
    match p {
        DatabaseProvider::Sqlserver => "SQL Server / Azure SQL",
        DatabaseProvider::Postgres => "PostgreSQL",
    }
}

/// Kinds of Data Protection key store, by their spec spelling.
pub mod store {
    /// Redis.
    pub const REDIS: &str = "redis";
    /// Azure Blob Storage.
    pub const AZURE_BLOB: &str = "azure-blob";
    /// The EF database.
    pub const EF_DATABASE: &str = "ef-database";
    /// A shared file system.
    pub const FILE_SYSTEM: &str = "file-system";
    /// AWS SSM Parameter Store.
    pub const AWS_SSM: &str = "aws-ssm";
}

/// Kinds of key protection, by their spec spelling.
pub mod protection {
    /// Azure Key Vault key.
    pub const AZURE_KEY_VAULT: &str = "azure-key-vault";
    /// X.509 certificate.
    pub const CERTIFICATE: &str = "certificate";
    /// AWS KMS key.
    pub const AWS_KMS: &str = "aws-kms";
}

fn is_azure(target: Target) -> bool {
    matches!(target, Target::AzureAppService | Target::AzureAks)
}

fn is_aws(target: Target) -> bool {
    matches!(target, Target::AwsEcs | Target::AwsEks)
}

/// Key stores that fit `target`. Every one is shared by all instances (the file system only when
/// it is a shared mount, which the help text says).
pub fn key_stores(target: Target) -> Vec<Choice> {
    let mut out = Vec::new();
    if is_azure(target) {
        out.push(Choice::new(store::AZURE_BLOB, "Azure Blob Storage"));
    }
    if is_aws(target) {
        out.push(Choice::new(store::AWS_SSM, "AWS SSM Parameter Store"));
    }
    // Without a certificate, only SSM's KMS encryption protects keys at rest on ECS.
    if !crate::model::packages::certificate_deliverable(target) && !is_azure(target) {
        return out;
    }
    out.push(Choice::new(store::REDIS, "Redis (with persistence)"));
    out.push(Choice::new(
        store::EF_DATABASE,
        "the EF database (a table next to the stores)",
    ));
    out.push(Choice::new(
        store::FILE_SYSTEM,
        "a shared file system (NFS, Azure Files, EFS) mounted on every instance",
    ));
    out
}

/// Key protections that fit `target` and the chosen key store: AWS KMS only with SSM, Azure Key
/// Vault only on Azure.
pub fn key_protections(target: Target, key_store: &str) -> Vec<Choice> {
    let mut out = Vec::new();
    if key_store == store::AWS_SSM {
        out.push(Choice::new(protection::AWS_KMS, "AWS KMS key (SSM SecureString)"));
    }
    if is_azure(target) {
        out.push(Choice::new(protection::AZURE_KEY_VAULT, "Azure Key Vault key"));
    }
    if crate::model::packages::certificate_deliverable(target) {
        out.push(Choice::new(protection::CERTIFICATE, "X.509 certificate (PFX file)"));
    }
    out
}

/// The spec spelling of a key store's kind.
pub fn key_store_id(store: &KeyStore) -> &'static str {
    match store {
        KeyStore::Redis { .. } => store::REDIS,
        KeyStore::AzureBlob { .. } => store::AZURE_BLOB,
        KeyStore::EfDatabase => store::EF_DATABASE,
        KeyStore::FileSystem { .. } => store::FILE_SYSTEM,
        KeyStore::AwsSsm { .. } => store::AWS_SSM,
    }
}

/// The spec spelling of a key protection's kind.
pub fn key_protection_id(protection: &KeyProtection) -> &'static str {
    match protection {
        KeyProtection::AzureKeyVault { .. } => protection::AZURE_KEY_VAULT,
        KeyProtection::Certificate { .. } => protection::CERTIFICATE,
        KeyProtection::AwsKms { .. } => protection::AWS_KMS,
    }
}

/// Cache kinds that fit the instance count: the per-process memory cache only for one instance.
pub fn cache_kinds(max_instances: u32) -> Vec<CacheKind> {
    if max_instances > 1 {
        vec![CacheKind::Redis]
    } else {
        vec![CacheKind::Redis, CacheKind::Memory]
    }
}

/// What the user reads for a cache kind.
pub fn cache_label(kind: CacheKind) -> &'static str {
    match kind {
        CacheKind::Redis => "Redis (shared by all instances)",
        CacheKind::Memory => "in-process memory (one instance only)",
    }
}

/// Who runs Redis.
pub const REDIS_HOSTING: [RedisHosting; 2] = [RedisHosting::Managed, RedisHosting::SelfHosted];

/// What the user reads for Redis hosting.
pub fn redis_hosting_label(h: RedisHosting) -> &'static str {
    match h {
        RedisHosting::Managed => "a managed service (Azure Managed Redis, ElastiCache, MemoryDB)",
        RedisHosting::SelfHosted => "self-hosted",
    }
}

/// Persistence modes that keep a key ring across restarts.
pub const DURABLE_PERSISTENCE: [RedisPersistence; 2] = [RedisPersistence::Aof, RedisPersistence::Rdb];

/// What the user reads for a persistence mode.
pub fn persistence_label(p: RedisPersistence) -> &'static str {
    match p {
        RedisPersistence::Aof => "append-only file (AOF)",
        RedisPersistence::Rdb => "snapshots (RDB)",
        RedisPersistence::None => "none",
    }
}

/// Secret stores that fit `target`.
pub fn secret_providers(target: Target) -> Vec<SecretProvider> {
    use SecretProvider::*;
    match target {
        Target::AzureAppService => vec![AzureKeyVault],
        Target::AzureAks => vec![AzureKeyVault, Kubernetes],
        Target::AwsEcs => vec![AwsSecretsManager],
        Target::AwsEks => vec![AwsSecretsManager, Kubernetes],
        Target::Kubernetes => vec![Kubernetes],
        Target::OnpremLinux => vec![SystemdCredentials],
    }
}

/// What the user reads for a secret store.
pub fn secret_provider_label(p: SecretProvider) -> &'static str {
    match p {
        SecretProvider::AzureKeyVault => "Azure Key Vault",
        SecretProvider::AwsSecretsManager => "AWS Secrets Manager",
        SecretProvider::Kubernetes => "Kubernetes Secrets",
        SecretProvider::SystemdCredentials => "systemd credentials (LoadCredential=)",
    }
}

/// Client kinds.
pub const CLIENT_KINDS: [ClientKind; 4] = [ClientKind::Spa, ClientKind::Web, ClientKind::M2m, ClientKind::Native];

/// What the user reads for a client kind.
pub fn client_kind_label(k: ClientKind) -> &'static str {
    match k {
        ClientKind::Spa => "single-page app (code + PKCE, public, CORS)",
        ClientKind::Web => "server-side web app (code + PKCE, secret)",
        ClientKind::M2m => "machine to machine (client credentials, secret)",
        ClientKind::Native => "native / mobile app (code + PKCE, public)",
    }
}

/// Scopes a new client of `kind` gets when the preset has none to carry over.
pub fn default_scopes(kind: ClientKind) -> Vec<String> {
    let scopes: &[&str] = match kind {
        ClientKind::M2m => &["api"],
        _ => &["openid", "profile", "api"],
    };
    scopes.iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_target_maps_to_an_embedded_preset_of_that_target() {
        for target in TARGETS {
            let preset = crate::spec::presets::find(preset_for(target)).unwrap();
            let spec = crate::spec::load::parse(preset.name, preset.text).unwrap();
            assert_eq!(spec.hosting.target, target, "preset {}", preset.name);
        }
    }

    #[test]
    fn every_preset_fits_the_options_offered_for_its_target() {
        for target in TARGETS {
            let preset = crate::spec::presets::find(preset_for(target)).unwrap();
            let spec = crate::spec::load::parse(preset.name, preset.text).unwrap();
            for hop in &spec.proxy.hops {
                assert!(hop_kinds(target).contains(&hop.kind), "{}: {:?}", preset.name, hop.kind);
            }
            let store = key_store_id(&spec.data_protection.key_store);
            assert!(key_stores(target).iter().any(|c| c.id == store), "{}", preset.name);
            let prot = key_protection_id(&spec.data_protection.key_protection);
            assert!(
                key_protections(target, store).iter().any(|c| c.id == prot),
                "{}",
                preset.name
            );
            assert!(secret_providers(target).contains(&spec.secrets.provider));
            assert!(cache_kinds(spec.hosting.max_instances).contains(&spec.cache.kind));
        }
    }

    #[test]
    fn kms_only_with_ssm_and_key_vault_only_on_azure() {
        let ids = |t, s| key_protections(t, s).into_iter().map(|c| c.id).collect::<Vec<_>>();
        assert!(ids(Target::AwsEcs, store::AWS_SSM).contains(&protection::AWS_KMS.to_string()));
        assert!(!ids(Target::AwsEcs, store::REDIS).contains(&protection::AWS_KMS.to_string()));
        assert!(!ids(Target::AwsEks, store::AWS_SSM).contains(&protection::AZURE_KEY_VAULT.to_string()));
        assert!(ids(Target::AzureAks, store::AZURE_BLOB).contains(&protection::AZURE_KEY_VAULT.to_string()));
    }

    #[test]
    fn certificate_only_where_the_deployment_delivers_the_pfx() {
        let cert = protection::CERTIFICATE.to_string();
        let ids = |t, s| key_protections(t, s).into_iter().map(|c| c.id).collect::<Vec<_>>();
        for store in [store::AZURE_BLOB, store::REDIS, store::EF_DATABASE] {
            assert!(!ids(Target::AzureAppService, store).contains(&cert));
            assert!(!ids(Target::AzureAppService, store).is_empty(), "Key Vault is left");
        }
        assert!(!ids(Target::AwsEcs, store::AWS_SSM).contains(&cert));
        assert!(ids(Target::AwsEks, store::EF_DATABASE).contains(&cert));
        // Every key store offered on a target leaves a protection to choose.
        for target in TARGETS {
            for s in key_stores(target) {
                assert!(!key_protections(target, &s.id).is_empty(), "{target:?} {}", s.id);
            }
        }
    }

    #[test]
    fn memory_cache_only_for_one_instance() {
        assert!(cache_kinds(1).contains(&CacheKind::Memory));
        assert!(!cache_kinds(2).contains(&CacheKind::Memory));
    }

    #[test]
    fn ids_are_the_spec_spelling() {
        assert_eq!(id_of(&Target::AwsEcs), "aws-ecs");
        assert_eq!(from_id(&TARGETS, "onprem-linux"), Some(Target::OnpremLinux));
        assert_eq!(from_id(&TARGETS, "mars"), None);
    }
}
