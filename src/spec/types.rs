//! The `idsgen.yaml` spec, version 1: what the user says, nothing derived.
//! Every field is documented here; the doc comments become the JSON Schema (`idsgen schema`).
//! Rules about values live in `spec::validate`, facts derived from them in `model`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The current spec format version written by this idsgen.
pub const SPEC_VERSION: u32 = 1;

/// A complete idsgen spec (`idsgen.yaml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Spec format version. This idsgen writes and reads version 1.
    pub version: u32,
    /// The IdentityServer host project.
    pub project: Project,
    /// Where and how many instances run.
    pub hosting: Hosting,
    /// The public address clients and browsers use.
    pub public: PublicEndpoint,
    /// The proxies between the internet and Kestrel, outermost first.
    pub proxy: Proxy,
    /// The database behind the EF configuration and operational stores.
    pub database: Database,
    /// ASP.NET Core Data Protection: where keys live and how they are protected at rest.
    pub data_protection: DataProtection,
    /// The distributed cache (`IDistributedCache`) shared by all instances.
    pub cache: Cache,
    /// The Redis deployment, required when the cache or the Data Protection key store is Redis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redis: Option<Redis>,
    /// Automatic signing-key management (`KeyManagementOptions`).
    #[serde(default)]
    pub signing_keys: SigningKeys,
    /// Cleanup of expired grants in the operational store.
    #[serde(default)]
    pub token_cleanup: TokenCleanup,
    /// Production log levels.
    #[serde(default)]
    pub logging: Logging,
    /// OpenTelemetry metrics and traces.
    #[serde(default)]
    pub telemetry: Telemetry,
    /// Health-check endpoints for the orchestrator.
    #[serde(default)]
    pub health: Health,
    /// IdentityServer events raised for the audit trail.
    #[serde(default)]
    pub events: Events,
    /// OAuth/OIDC clients seeded into the configuration store.
    #[serde(default)]
    pub clients: Vec<Client>,
    /// Server-side sessions and the authentication cookie.
    #[serde(default)]
    pub sessions: Sessions,
    /// Where secrets live. idsgen only ever stores references (names), never values.
    pub secrets: Secrets,
    /// How database migrations run (never at application startup).
    #[serde(default)]
    pub migrations: Migrations,
    /// Where the Duende license key comes from.
    pub license: License,
    /// The nginx and OpenSSL versions of the hosts that run an nginx hop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nginx: Option<NginxHost>,
    /// Linux hosts run by systemd (`onprem-linux`): Kestrel ports, service account, install
    /// directory. Also the upstream of a managed nginx hop. Omit for the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onprem: Option<Onprem>,
    /// The Helm chart for the Kubernetes targets (`azure-aks`, `aws-eks`, `kubernetes`): image,
    /// namespace, routing, secrets and resources. Omit for the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kubernetes: Option<Kubernetes>,
    /// Names and tags of the cloud resources in the rendered Terraform (`azure-*` and `aws-*`
    /// targets). Omit for the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<Cloud>,
}

/// The IdentityServer host project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Project (assembly) name, a .NET identifier path such as `Acme.Identity`.
    pub name: String,
    /// Target framework of the host.
    pub dotnet: DotnetVersion,
    /// Duende IdentityServer major version: 7 or 8 (8 requires net10).
    pub duende: u8,
    /// Digests that pin the Dockerfile's base images beyond their floating `8.0`/`10.0` tags
    /// (container targets). Omit to build from the tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_images: Option<BaseImages>,
}

/// Target framework of the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DotnetVersion {
    /// .NET 8 (LTS).
    Net8,
    /// .NET 10 (LTS).
    Net10,
}

/// Where and how many instances run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hosting {
    /// The hosting target.
    pub target: Target,
    /// Fewest instances that run at any time.
    pub min_instances: u32,
    /// Most instances that run at any time (autoscaling ceiling).
    pub max_instances: u32,
}

/// The hosting target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    /// Azure App Service (Linux, container or code).
    AzureAppService,
    /// Azure Kubernetes Service.
    AzureAks,
    /// AWS ECS on Fargate.
    AwsEcs,
    /// AWS Elastic Kubernetes Service.
    AwsEks,
    /// Any conformant Kubernetes cluster.
    Kubernetes,
    /// Linux hosts with systemd (usually behind nginx).
    OnpremLinux,
}

/// The public address clients and browsers use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PublicEndpoint {
    /// The public origin, `https://host[:port]`, with no path. The issuer is this origin plus `path_base`.
    pub origin: String,
    /// Optional path base such as `/identity` when IdentityServer is not at the root.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_base: Option<String>,
}

/// The proxy chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proxy {
    /// Hops from the internet to Kestrel, outermost (internet-facing) first.
    pub hops: Vec<Hop>,
}

/// One proxy hop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Hop {
    /// What kind of proxy this is.
    pub kind: HopKind,
    /// A short name for messages and comments, e.g. `edge nginx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this hop terminates TLS (the next hop then sees plain HTTP).
    pub terminates_tls: bool,
    /// Addresses or CIDRs this hop connects *from*, as the next hop sees them. The app and any
    /// inner nginx trust exactly these. Loopback (`127.0.0.1`) when nginx runs on the app host.
    #[serde(default)]
    pub trusted_networks: Vec<String>,
    /// X-Forwarded-* headers this hop sets. Omit for the kind's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwards: Option<Vec<ForwardedHeader>>,
    /// `azure-front-door` only: the profile's id (a GUID, `az afd profile show --query
    /// frontDoorId`), which Front Door sends as `X-Azure-FDID`. The origin admits only requests
    /// that carry it: Front Door's address ranges are shared by every customer's profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub front_door_id: Option<String>,
}

/// Kinds of proxy hop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HopKind {
    /// A generic cloud layer-7 load balancer (sets X-Forwarded-For/Proto/Host).
    CloudL7Lb,
    /// AWS Application Load Balancer (keeps Host, sends no X-Forwarded-Host).
    AwsAlb,
    /// Azure Application Gateway.
    AzureAppGateway,
    /// The Azure App Service front end.
    AppServiceFrontend,
    /// A layer-4 (TCP) load balancer: adds no HTTP hop and no headers.
    L4Lb,
    /// nginx managed by idsgen (on-prem or a VM).
    Nginx,
    /// The ingress-nginx controller in Kubernetes.
    IngressNginx,
    /// A Kubernetes Gateway API implementation not listed below (Istio, Cilium, Traefik, ...):
    /// say which headers it sets with `forwards`.
    GatewayApi,
    /// Envoy Gateway (Gateway API, envoyproxy/gateway) inside the cluster.
    EnvoyGateway,
    /// NGINX Gateway Fabric (Gateway API, nginx/nginx-gateway-fabric) inside the cluster.
    NginxGatewayFabric,
    /// Azure Application Gateway for Containers (Gateway API on AKS, sends to pod IPs).
    AppGatewayForContainers,
    /// Azure Front Door Standard/Premium, the internet-facing edge.
    AzureFrontDoor,
    /// AWS CloudFront, the internet-facing edge.
    AwsCloudfront,
    /// Cloudflare (proxied DNS record), the internet-facing edge.
    Cloudflare,
}

/// Forwarded headers a hop may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ForwardedHeader {
    /// X-Forwarded-For (client address).
    For,
    /// X-Forwarded-Proto (original scheme).
    Proto,
    /// X-Forwarded-Host (original Host header).
    Host,
}

/// A reference to a secret held in the store named by `secrets.provider`. Never a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecretRef {
    /// The secret's name in the secret store, e.g. `idsrv-db-connection`.
    pub secret: String,
}

/// The database behind the EF stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Database {
    /// Database engine.
    pub provider: DatabaseProvider,
    /// Reference to the production connection string.
    pub connection_string: SecretRef,
    /// Retries on transient failures (`EnableRetryOnFailure`).
    #[serde(default = "defaults::max_retry_count")]
    pub max_retry_count: u32,
}

/// Database engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DatabaseProvider {
    /// Microsoft SQL Server / Azure SQL.
    Sqlserver,
    /// PostgreSQL (Npgsql).
    Postgres,
}

/// ASP.NET Core Data Protection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtection {
    /// `SetApplicationName`; identical on every instance.
    #[serde(default = "defaults::application_name")]
    pub application_name: String,
    /// Where keys persist.
    pub key_store: KeyStore,
    /// How keys are protected at rest.
    pub key_protection: KeyProtection,
}

/// Where Data Protection keys persist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum KeyStore {
    /// Redis (`PersistKeysToStackExchangeRedis`); needs `redis` with persistence.
    Redis {
        /// The Redis key holding the key ring.
        #[serde(default = "defaults::redis_key")]
        redis_key: String,
    },
    /// Azure Blob Storage (`PersistKeysToAzureBlobStorage`).
    AzureBlob {
        /// The blob URI, e.g. `https://acct.blob.core.windows.net/dataprotection/keys.xml`.
        blob_uri: String,
    },
    /// The EF database (`PersistKeysToDbContext`), a table in the same database.
    EfDatabase,
    /// A shared file system (NFS, Azure Files, EFS) mounted on every instance.
    FileSystem {
        /// Absolute path of the shared directory.
        path: String,
    },
    /// AWS Systems Manager Parameter Store (`PersistKeysToAWSSystemsManager`).
    AwsSsm {
        /// Parameter name prefix, e.g. `/idsrv/dataprotection/`.
        parameter_prefix: String,
    },
}

/// How Data Protection keys are protected at rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum KeyProtection {
    /// An Azure Key Vault key (`ProtectKeysWithAzureKeyVault`).
    AzureKeyVault {
        /// The key identifier URI, e.g. `https://vault.vault.azure.net/keys/dataprotection`.
        key_id: String,
    },
    /// An X.509 certificate (`ProtectKeysWithCertificate`) loaded from a PFX file.
    Certificate {
        /// Absolute path of the PFX file mounted on every instance.
        path: String,
        /// Reference to the PFX password, if it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password: Option<SecretRef>,
    },
    /// An AWS KMS key encrypting the SSM SecureString parameters (only with `aws-ssm`).
    AwsKms {
        /// KMS key id or ARN.
        key_id: String,
    },
}

/// The distributed cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cache {
    /// `redis` (shared) or `memory` (one instance only).
    pub kind: CacheKind,
}

/// Distributed cache kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CacheKind {
    /// Redis through `AddStackExchangeRedisCache`.
    Redis,
    /// The per-process memory cache; valid only with one instance.
    Memory,
}

/// The Redis deployment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Redis {
    /// Reference to the Redis connection string.
    pub connection_string: SecretRef,
    /// Self-hosted or a managed service.
    pub hosting: RedisHosting,
    /// Persistence mode; required (not `none`) when Redis holds Data Protection keys.
    pub persistence: RedisPersistence,
    /// `maxmemory-policy`; never `allkeys-*` when Redis holds keys (they have no TTL).
    #[serde(default = "defaults::maxmemory_policy")]
    pub maxmemory_policy: String,
}

/// Who runs Redis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RedisHosting {
    /// Run by you (idsgen renders its persistence settings).
    SelfHosted,
    /// A managed service (Azure Managed Redis, ElastiCache, MemoryDB).
    Managed,
}

/// Redis persistence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RedisPersistence {
    /// Append-only file.
    Aof,
    /// Point-in-time snapshots.
    Rdb,
    /// No persistence: keys are lost on restart.
    None,
}

/// Signing-key management (`KeyManagementOptions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct SigningKeys {
    /// Days a key is active before rotation begins (`RotationInterval`).
    pub rotation_interval_days: u32,
    /// Days before use that the next key is announced (`PropagationTime`).
    pub propagation_time_days: u32,
    /// Days a retired key still validates tokens (`RetentionDuration`).
    pub retention_duration_days: u32,
    /// Signing algorithms, the first is the default.
    pub algorithms: Vec<SigningAlgorithm>,
}

/// Signing algorithms Duende accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[allow(clippy::upper_case_acronyms)]
pub enum SigningAlgorithm {
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    RS256,
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    RS384,
    /// RSASSA-PKCS1-v1_5 with SHA-512.
    RS512,
    /// RSASSA-PSS with SHA-256.
    PS256,
    /// RSASSA-PSS with SHA-384.
    PS384,
    /// RSASSA-PSS with SHA-512.
    PS512,
    /// ECDSA P-256 with SHA-256.
    ES256,
    /// ECDSA P-384 with SHA-384.
    ES384,
    /// ECDSA P-521 with SHA-512.
    ES512,
}

/// Operational-store token cleanup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct TokenCleanup {
    /// Seconds between runs (`TokenCleanupInterval`).
    pub interval_seconds: u32,
    /// Rows deleted per batch (`TokenCleanupBatchSize`).
    pub batch_size: u32,
    /// Also delete consumed (one-time) tokens (`RemoveConsumedTokens`).
    pub remove_consumed_tokens: bool,
}

/// Log levels for `appsettings.Production.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Logging {
    /// `Logging:LogLevel:Default`.
    pub default: LogLevel,
    /// `Logging:LogLevel:Duende.IdentityServer`.
    pub duende: LogLevel,
    /// `Logging:LogLevel:Microsoft.AspNetCore`.
    pub aspnetcore: LogLevel,
    /// Extra categories, e.g. `Microsoft.EntityFrameworkCore: Error`.
    pub categories: BTreeMap<String, LogLevel>,
}

/// ASP.NET Core log levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum LogLevel {
    /// Trace.
    Trace,
    /// Debug.
    Debug,
    /// Information.
    Information,
    /// Warning.
    Warning,
    /// Error.
    Error,
    /// Critical.
    Critical,
    /// None.
    None,
}

/// OpenTelemetry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Telemetry {
    /// OTLP endpoint for traces (and metrics). Omit to use `OTEL_EXPORTER_OTLP_ENDPOINT`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otlp_endpoint: Option<String>,
    /// Expose a Prometheus scraping endpoint at `health.metrics_path`.
    pub prometheus: bool,
    /// IdentityServer trace sources to record (`IdentityServerConstants.Tracing.*`).
    pub trace_sources: Vec<TraceSource>,
}

/// IdentityServer trace sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TraceSource {
    /// `Tracing.Basic`: low volume, the production default.
    Basic,
    /// `Tracing.Stores`: high volume.
    Stores,
    /// `Tracing.Cache`: high volume.
    Cache,
    /// `Tracing.Validation`: high volume.
    Validation,
    /// `Tracing.Services`: high volume.
    Services,
}

/// Health and metrics endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Health {
    /// Readiness: runs the checks tagged `ready` (database reachable).
    pub ready_path: String,
    /// Liveness: runs no checks, proves the process answers.
    pub live_path: String,
    /// Prometheus scraping path (when `telemetry.prometheus`).
    pub metrics_path: String,
}

/// IdentityServer events (`options.Events`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Events {
    /// `RaiseSuccessEvents`.
    pub success: bool,
    /// `RaiseFailureEvents`.
    pub failure: bool,
    /// `RaiseErrorEvents`.
    pub error: bool,
    /// `RaiseInformationEvents` (high volume).
    pub information: bool,
}

/// An OAuth/OIDC client.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// `ClientId`.
    pub id: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What kind of application this is; sets the grant type and lifetime defaults.
    pub kind: ClientKind,
    /// Allowed redirect URIs (not for `m2m`).
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    /// Allowed post-logout redirect URIs.
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    /// Explicit CORS origins (`https://app.example.com`), never `*`.
    #[serde(default)]
    pub cors_origins: Vec<String>,
    /// Allowed scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Reference to the client secret (`web` and `m2m` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<SecretRef>,
    /// Token lifetimes; unset values take the kind's default.
    #[serde(default)]
    pub lifetimes: ClientLifetimes,
}

/// Client kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ClientKind {
    /// Browser single-page app: code + PKCE, public, CORS origins.
    Spa,
    /// Server-side web app: code + PKCE with a secret.
    Web,
    /// Machine to machine: client credentials with a secret.
    M2m,
    /// Native/mobile app: code + PKCE, public.
    Native,
}

/// Token lifetimes in seconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct ClientLifetimes {
    /// `AccessTokenLifetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<u32>,
    /// `IdentityTokenLifetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_token: Option<u32>,
    /// `AbsoluteRefreshTokenLifetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absolute_refresh_token: Option<u32>,
    /// `SlidingRefreshTokenLifetime`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sliding_refresh_token: Option<u32>,
    /// `RefreshTokenUsage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token_usage: Option<RefreshTokenUsage>,
    /// `RefreshTokenExpiration`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token_expiration: Option<RefreshTokenExpiration>,
}

/// `TokenUsage`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RefreshTokenUsage {
    /// `TokenUsage.ReUse`.
    ReUse,
    /// `TokenUsage.OneTimeOnly` (rotation).
    OneTimeOnly,
}

/// `TokenExpiration`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RefreshTokenExpiration {
    /// `TokenExpiration.Sliding` (capped by the absolute lifetime).
    Sliding,
    /// `TokenExpiration.Absolute`.
    Absolute,
}

/// Server-side sessions and the authentication cookie.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Sessions {
    /// Store sessions server-side (`AddServerSideSessions`).
    pub server_side: bool,
    /// `Authentication.CookieLifetime` in hours.
    pub cookie_lifetime_hours: u32,
    /// `Authentication.CookieSlidingExpiration`.
    pub cookie_sliding: bool,
    /// `ServerSideSessions.UserDisplayNameClaimType`.
    pub user_display_name_claim_type: String,
}

/// Where secrets live.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Secrets {
    /// The secret store.
    pub provider: SecretProvider,
    /// The store's address when it has one: Key Vault URI, AWS region prefix, namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// Secret stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SecretProvider {
    /// Azure Key Vault (App Service Key Vault references or the Key Vault configuration provider).
    AzureKeyVault,
    /// AWS Secrets Manager (ECS task `secrets`, or External Secrets on EKS).
    AwsSecretsManager,
    /// Kubernetes Secrets (created by External Secrets, CSI driver or your pipeline).
    Kubernetes,
    /// systemd credentials (`LoadCredential=`) from files readable only by root.
    SystemdCredentials,
}

/// How database migrations run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Migrations {
    /// Who runs the `migrate` entry point.
    pub run_by: MigrationRunner,
}

/// Who runs migrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MigrationRunner {
    /// The deployment runs it: a Kubernetes Job hook, an ECS one-off task, a systemd oneshot.
    Deployment,
    /// Your CI/CD pipeline runs it before rolling out instances.
    Pipeline,
}

/// Where the Duende license key comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct License {
    /// Reference to the license key secret (read as configuration `Duende:LicenseKey`).
    pub key: SecretRef,
}

/// The managed nginx hop: the versions its syntax follows, its certificate, limits and worker account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct NginxHost {
    /// nginx version on the hosts, `MAJOR.MINOR[.PATCH]` (Debian 12 ships 1.22, Ubuntu 24.04 1.24).
    pub version: String,
    /// OpenSSL version nginx is linked against (Debian 12 ships 3.0).
    pub openssl: String,
    /// Account the worker processes run as (`user`): `www-data` on Debian/Ubuntu, `nginx` on RHEL.
    pub user: String,
    /// Absolute path of the TLS certificate chain (PEM) on the nginx hosts.
    pub certificate_path: String,
    /// Absolute path of the TLS private key (PEM) on the nginx hosts.
    pub certificate_key_path: String,
    /// Absolute path (PEM) of the CA that issued the client certificate Cloudflare presents to
    /// this origin (Authenticated Origin Pulls), used when Cloudflare is the hop in front of a
    /// TLS-terminating nginx. Upload your own certificate for zone-level AOP: Cloudflare's global
    /// one is shared by every Cloudflare account. Omit for `/etc/nginx/tls/origin-pull-ca.pem`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_pull_ca_path: Option<String>,
    /// Requests per second one client address may send to `/connect/token` (`limit_req_zone`).
    pub token_rate_per_second: u32,
    /// Requests above the rate answered at once before nginx answers 429 (`limit_req burst`).
    pub token_burst: u32,
    /// Largest request body nginx accepts (`client_max_body_size`), e.g. `1m` or `512k`.
    pub client_max_body_size: String,
}

/// Linux hosts run by systemd.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Onprem {
    /// Kestrel ports on each application host, one instance (`<service>@<port>`) per port.
    /// Empty: 5001, 5002, … one per `hosting.max_instances`.
    pub instance_ports: Vec<u16>,
    /// IP addresses of the application hosts as nginx reaches them. Empty: `127.0.0.1` (nginx on
    /// the application host, Kestrel bound to loopback).
    pub app_hosts: Vec<String>,
    /// System account the instances run as (deploy.sh creates it when missing).
    pub service_user: String,
    /// Absolute directory holding the published application. Omit for `/opt/<service name>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_dir: Option<String>,
    /// Absolute path of the `dotnet` host executable.
    pub dotnet_path: String,
}

/// Names and tags of the cloud resources idsgen's Terraform creates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Cloud {
    /// Prefix of every resource name: lowercase letters, digits and `-`, at most 24 characters.
    /// Omit for the project name in kebab case (`Acme.Identity` → `acme-identity`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_prefix: Option<String>,
    /// Tags added to every resource, next to `app` and `managed-by = idsgen`; yours win on a clash.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
    /// Where Terraform keeps its state (the `backend` block): an S3 bucket on AWS, an Azure
    /// storage container on Azure. Omit for a partial backend whose location you pass to
    /// `terraform init -backend-config=...`. The state holds Redis access keys: keep it private.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<TerraformState>,
}

/// The Helm chart for the Kubernetes targets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Kubernetes {
    /// Namespace the release is installed into (`helm install -n`); the chart's NOTES use it.
    pub namespace: String,
    /// The IdentityServer image built from the rendered Dockerfile.
    pub image: KubernetesImage,
    /// How traffic reaches the pods. `auto` follows `proxy.hops`: an `ingress-nginx` hop gets an
    /// Ingress for ingress-nginx, a `gateway-api` hop an HTTPRoute, an `aws-alb` hop an Ingress
    /// for the AWS Load Balancer Controller (IP targets); any other chain only the Service.
    pub route: KubernetesRoute,
    /// IngressClass of the Ingress. Omit for the chain's: `nginx` (ingress-nginx), `alb` (aws-alb).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_class: Option<String>,
    /// Secret with the TLS certificate, used when the ingress-nginx hop terminates TLS. Omit for
    /// `<service>-tls`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_secret: Option<String>,
    /// The Gateway an HTTPRoute attaches to.
    pub gateway: GatewayRef,
    /// Namespace of the ingress controller or gateway pods: the NetworkPolicy admits only them to
    /// the application port. Omit for the chain's: `ingress-nginx`, or `gateway.namespace`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ingress_namespace: Option<String>,
    /// Namespace of the Prometheus that scrapes the management port.
    pub monitoring_namespace: String,
    /// Requests per second one client address may send to `/connect/token` (ingress-nginx `limit-rps`).
    pub token_rate_per_second: u32,
    /// Kubernetes Secret whose keys are the environment variable names the app reads
    /// (`ConnectionStrings__IdentityServer`, ...). It must exist before `helm install` (External
    /// Secrets, the Secrets Store CSI driver or your pipeline create it). Omit for `<service>-secrets`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing_secret: Option<String>,
    /// ServiceAccount annotations for cloud credentials, e.g. `azure.workload.identity/client-id`
    /// (AKS workload identity) or `eks.amazonaws.com/role-arn` (IRSA).
    pub service_account_annotations: BTreeMap<String, String>,
    /// Container resources (Kubernetes quantities).
    pub resources: KubernetesResources,
}

/// A container image: repository plus a fixed tag, optionally pinned by digest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct KubernetesImage {
    /// Image repository. Omit for `registry.example.com/<service>` (a placeholder to replace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// Image tag: a release version, never `latest`. Also the chart's appVersion.
    pub tag: String,
    /// Image digest (`sha256:...`); when set, the pods pull exactly this image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// How traffic reaches the pods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum KubernetesRoute {
    /// Follow `proxy.hops`.
    Auto,
    /// An Ingress (ingress-nginx or AWS Load Balancer Controller flavour from the chain).
    Ingress,
    /// A Gateway API HTTPRoute.
    HttpRoute,
    /// No route object: something outside the chart routes to the Service.
    None,
}

/// A Gateway API parent reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct GatewayRef {
    /// Gateway name.
    pub name: String,
    /// Gateway namespace.
    pub namespace: String,
    /// Listener (`sectionName`) to attach to; omit for every listener that allows the route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section_name: Option<String>,
}

/// Requests and limits of the IdentityServer container.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct KubernetesResources {
    /// CPU request, e.g. `250m`.
    pub cpu_request: String,
    /// CPU limit, e.g. `1`.
    pub cpu_limit: String,
    /// Memory request, e.g. `512Mi`.
    pub memory_request: String,
    /// Memory limit, e.g. `1Gi`.
    pub memory_limit: String,
    /// Ephemeral-storage request (the /tmp emptyDir and logs), e.g. `256Mi`.
    pub ephemeral_storage_request: String,
    /// Ephemeral-storage limit, e.g. `1Gi`.
    pub ephemeral_storage_limit: String,
}

/// Default values, named so serde and the JSON Schema share them.
pub mod defaults {
    /// `EnableRetryOnFailure` count.
    pub fn max_retry_count() -> u32 {
        5
    }
    /// Data Protection application name.
    pub fn application_name() -> String {
        "IdentityServer".to_string()
    }
    /// Redis key holding the Data Protection key ring.
    pub fn redis_key() -> String {
        "DataProtection-Keys".to_string()
    }
    /// Redis eviction policy safe for keys without a TTL.
    pub fn maxmemory_policy() -> String {
        "noeviction".to_string()
    }
}

impl Default for SigningKeys {
    fn default() -> Self {
        Self {
            rotation_interval_days: 90,
            propagation_time_days: 14,
            retention_duration_days: 14,
            algorithms: vec![SigningAlgorithm::RS256],
        }
    }
}

impl Default for TokenCleanup {
    fn default() -> Self {
        Self {
            interval_seconds: 3600,
            batch_size: 100,
            remove_consumed_tokens: true,
        }
    }
}

impl Default for Logging {
    fn default() -> Self {
        Self {
            default: LogLevel::Warning,
            duende: LogLevel::Warning,
            aspnetcore: LogLevel::Warning,
            categories: BTreeMap::new(),
        }
    }
}

impl Default for Telemetry {
    fn default() -> Self {
        Self {
            otlp_endpoint: None,
            prometheus: true,
            trace_sources: vec![TraceSource::Basic],
        }
    }
}

impl Default for Health {
    fn default() -> Self {
        Self {
            ready_path: "/health/ready".to_string(),
            live_path: "/health/live".to_string(),
            metrics_path: "/metrics".to_string(),
        }
    }
}

impl Default for Events {
    fn default() -> Self {
        Self {
            success: true,
            failure: true,
            error: true,
            information: false,
        }
    }
}

impl Default for Sessions {
    fn default() -> Self {
        Self {
            server_side: true,
            cookie_lifetime_hours: 8,
            cookie_sliding: true,
            user_display_name_claim_type: "name".to_string(),
        }
    }
}

impl Default for Migrations {
    fn default() -> Self {
        Self {
            run_by: MigrationRunner::Deployment,
        }
    }
}

impl Default for NginxHost {
    fn default() -> Self {
        Self {
            version: "1.22.1".to_string(),
            openssl: "3.0".to_string(),
            user: "www-data".to_string(),
            certificate_path: "/etc/nginx/tls/fullchain.pem".to_string(),
            certificate_key_path: "/etc/nginx/tls/privkey.pem".to_string(),
            origin_pull_ca_path: None,
            token_rate_per_second: 10,
            token_burst: 20,
            client_max_body_size: "1m".to_string(),
        }
    }
}

impl Default for Onprem {
    fn default() -> Self {
        Self {
            instance_ports: Vec::new(),
            app_hosts: Vec::new(),
            service_user: "idsrv".to_string(),
            install_dir: None,
            dotnet_path: "/usr/bin/dotnet".to_string(),
        }
    }
}

impl Default for Kubernetes {
    fn default() -> Self {
        Self {
            namespace: "identity".to_string(),
            image: KubernetesImage::default(),
            route: KubernetesRoute::Auto,
            ingress_class: None,
            tls_secret: None,
            gateway: GatewayRef::default(),
            ingress_namespace: None,
            monitoring_namespace: "monitoring".to_string(),
            token_rate_per_second: 10,
            existing_secret: None,
            service_account_annotations: BTreeMap::new(),
            resources: KubernetesResources::default(),
        }
    }
}

impl Default for KubernetesImage {
    fn default() -> Self {
        Self {
            repository: None,
            tag: "1.0.0".to_string(),
            digest: None,
        }
    }
}

impl Default for GatewayRef {
    fn default() -> Self {
        Self {
            name: "public".to_string(),
            namespace: "gateway-system".to_string(),
            section_name: None,
        }
    }
}

impl Default for KubernetesResources {
    fn default() -> Self {
        Self {
            cpu_request: "250m".to_string(),
            cpu_limit: "1".to_string(),
            memory_request: "512Mi".to_string(),
            memory_limit: "1Gi".to_string(),
            ephemeral_storage_request: "256Mi".to_string(),
            ephemeral_storage_limit: "1Gi".to_string(),
        }
    }
}

/// The remote backend of the rendered Terraform (`cloud.state`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum TerraformState {
    /// An S3 bucket (AWS targets), encrypted, locked with an S3 lock file (Terraform >= 1.11)
    /// or, when `dynamodb_table` is set, a DynamoDB table.
    S3 {
        /// The existing, versioned bucket, e.g. `acme-terraform-state`.
        bucket: String,
        /// Object key of the state, e.g. `identity/prod.tfstate`.
        key: String,
        /// Region of the bucket, e.g. `eu-west-1`.
        region: String,
        /// KMS key (ARN or `alias/...`) that encrypts the state object. Omit for SSE-S3.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kms_key_id: Option<String>,
        /// DynamoDB table for locking (legacy). Omit for S3 native locking (`use_lockfile`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dynamodb_table: Option<String>,
    },
    /// An Azure storage container (Azure targets), reached with Entra ID (no account keys);
    /// Azure blob leases lock the state.
    Azurerm {
        /// Resource group of the storage account.
        resource_group_name: String,
        /// The existing storage account, e.g. `acmetfstate`.
        storage_account_name: String,
        /// The container, e.g. `tfstate`.
        container_name: String,
        /// Blob name of the state, e.g. `identity/prod.tfstate`.
        key: String,
    },
}

/// The Dockerfile's base images pinned by digest: `FROM image:tag@sha256:…` keeps the tag for
/// readers and builds exactly the reviewed image. Read the digest with
/// `docker buildx imagetools inspect mcr.microsoft.com/dotnet/aspnet:10.0`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BaseImages {
    /// Digest of `mcr.microsoft.com/dotnet/sdk:<tag>`, e.g. `sha256:` and 64 hex digits.
    pub sdk_digest: String,
    /// Digest of `mcr.microsoft.com/dotnet/aspnet:<tag>`, e.g. `sha256:` and 64 hex digits.
    pub runtime_digest: String,
}
