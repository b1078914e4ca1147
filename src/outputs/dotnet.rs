//! The application side: Program.cs and its helpers, appsettings.Production.json, the NuGet
//! package props, ignore files and, for container targets, the Dockerfile.

use crate::error::Result;
use crate::model::forwarding::{forwards_of, is_l7};
use crate::model::{Model, packages, settings};
use crate::outputs::RenderedFile;
use crate::render::Templates;
use crate::spec::types::{
    CacheKind, Client, ClientKind, DatabaseProvider, DotnetVersion, ForwardedHeader, KeyProtection, KeyStore,
    MigrationRunner, RefreshTokenExpiration, RefreshTokenUsage, Spec, Target,
};
use serde::Serialize;
use std::collections::BTreeSet;

/// Everything the .NET templates print. One view for all of them keeps the facts consistent.
#[derive(Debug, Serialize)]
struct DotnetView {
    summary: String,
    namespace: String,
    assembly: String,
    net10: bool,
    net8: bool,
    program_usings: Vec<String>,
    systemd: bool,
    key_per_file: bool,
    proxy_summary: String,
    forwarded_headers: String,
    forward_limit: u32,
    known_proxies: Vec<String>,
    known_networks: Vec<NetworkView>,
    forwards_host: bool,
    public_host: String,
    public_port: u16,
    issuer: String,
    path_base: Option<String>,
    database_name: &'static str,
    use_database: &'static str,
    max_retry_count: u32,
    redis: bool,
    redis_users: String,
    cache_redis: bool,
    azure_credential: bool,
    application_name: String,
    ks_redis: bool,
    redis_key: String,
    ks_azure_blob: bool,
    blob_uri: String,
    ks_ef: bool,
    ks_file: bool,
    file_path: String,
    ks_ssm: bool,
    ssm_prefix: String,
    kp_key_vault: bool,
    key_vault_key_id: String,
    kp_certificate: bool,
    certificate_path: String,
    kp_kms: bool,
    kp_kms_unusable: bool,
    kms_key_id: String,
    events: EventsView,
    rotation_days: u32,
    propagation_days: u32,
    retention_days: u32,
    algorithms: Vec<String>,
    server_side_sessions: bool,
    user_display_name_claim_type: String,
    cookie_lifetime_hours: u32,
    cookie_sliding: bool,
    cleanup_interval: u32,
    cleanup_batch: u32,
    remove_consumed_tokens: bool,
    prometheus: bool,
    otlp_metrics: bool,
    otlp_endpoint: Option<String>,
    trace_sources: Vec<&'static str>,
    migration_runner: String,
    ready_path: String,
    live_path: String,
    metrics_path: String,
    probe_paths: Vec<String>,
    management_port: Option<u16>,
    app_service_probe: bool,
    management_host: String,
    http_ports: String,
    exposed_ports: String,
    container_user: String,
    sdk_image: String,
    runtime_image: String,
    images_pinned: bool,
    identity_resources: Vec<&'static str>,
    api_scopes: Vec<String>,
    clients: Vec<ClientView>,
    log_levels: Vec<LogLevelView>,
    allowed_hosts: String,
    secret_references: Vec<SecretReferenceView>,
    framework: &'static str,
    duende_major: u8,
    pinned_as_of: &'static str,
    packages: Vec<packages::Package>,
    target: String,
    csproj: String,
    assembly_name: String,
    user_secrets_id: String,
    design_connection: &'static str,
    props: String,
    project_dir_slash: String,
}

#[derive(Debug, Serialize)]
struct NetworkView {
    cidr: String,
    address: String,
    prefix: u8,
}

#[derive(Debug, Serialize)]
struct EventsView {
    success: bool,
    failure: bool,
    error: bool,
    information: bool,
}

/// One client with every lifetime resolved to its kind's default when the spec leaves it out.
#[derive(Debug, Serialize)]
struct ClientView {
    comment: String,
    id: String,
    name: String,
    m2m: bool,
    require_secret: bool,
    secret_key: Option<String>,
    secret_name: String,
    redirect_uris: Vec<String>,
    post_logout_redirect_uris: Vec<String>,
    cors_origins: Vec<String>,
    scopes: Vec<String>,
    access_token: u32,
    identity_token: u32,
    absolute_refresh_token: u32,
    sliding_refresh_token: u32,
    refresh_token_usage: &'static str,
    refresh_token_expiration: &'static str,
}

#[derive(Debug, Serialize)]
struct LogLevelView {
    category: String,
    level: String,
}

#[derive(Debug, Serialize)]
struct SecretReferenceView {
    env_var: String,
    reference: String,
}

/// Token lifetimes of a client after the kind's defaults are applied (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EffectiveLifetimes {
    /// `AccessTokenLifetime`.
    pub access_token: u32,
    /// `IdentityTokenLifetime`.
    pub identity_token: u32,
    /// `AbsoluteRefreshTokenLifetime`.
    pub absolute_refresh_token: u32,
    /// `SlidingRefreshTokenLifetime`.
    pub sliding_refresh_token: u32,
    /// `RefreshTokenUsage`.
    pub refresh_token_usage: RefreshTokenUsage,
    /// `RefreshTokenExpiration`.
    pub refresh_token_expiration: RefreshTokenExpiration,
}

/// The checklist's per-kind defaults: browser and native apps get 5-minute access and identity
/// tokens and a sliding one-hour refresh window capped at a day; machine clients an hour.
pub fn effective_lifetimes(client: &Client) -> EffectiveLifetimes {
    let l = &client.lifetimes;
    let access_default = if client.kind == ClientKind::M2m { 3600 } else { 300 };
    EffectiveLifetimes {
        access_token: l.access_token.unwrap_or(access_default),
        identity_token: l.identity_token.unwrap_or(300),
        absolute_refresh_token: l.absolute_refresh_token.unwrap_or(86400),
        sliding_refresh_token: l.sliding_refresh_token.unwrap_or(3600),
        refresh_token_usage: l.refresh_token_usage.unwrap_or(RefreshTokenUsage::ReUse),
        refresh_token_expiration: l.refresh_token_expiration.unwrap_or(RefreshTokenExpiration::Sliding),
    }
}

/// Renders the .NET host files.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let view = view(model);
    let dir = &model.project_dir;
    let render = |name: &str| templates.render(&format!("dotnet/{name}"), &view);
    let mut files = vec![
        RenderedFile::managed(format!("{dir}/Program.cs"), render("Program.cs")?),
        RenderedFile::managed(format!("{dir}/DatabaseMigrations.cs"), render("DatabaseMigrations.cs")?),
        RenderedFile::managed(format!("{dir}/ConfigurationSeed.cs"), render("ConfigurationSeed.cs")?),
        RenderedFile::managed(
            format!("{dir}/appsettings.Production.json"),
            render("appsettings.Production.json")?,
        ),
        RenderedFile::managed(format!("{dir}/idsgen.packages.props"), render("idsgen.packages.props")?),
        RenderedFile::managed(view.csproj.clone(), render("project.csproj")?),
        RenderedFile::managed(
            format!("{dir}/DesignTimeDbContextFactories.cs"),
            render("DesignTimeDbContextFactories.cs")?,
        ),
        RenderedFile::managed(".gitignore", render("gitignore")?),
    ];
    if view.app_service_probe {
        files.push(RenderedFile::managed(
            format!("{dir}/AppServiceHealthCheck.cs"),
            render("AppServiceHealthCheck.cs")?,
        ));
    }
    if view.ks_ef {
        files.push(RenderedFile::managed(
            format!("{dir}/DataProtectionKeysContext.cs"),
            render("DataProtectionKeysContext.cs")?,
        ));
    }
    if model.container {
        files.push(RenderedFile::managed(".dockerignore", render("dockerignore")?));
        files.push(RenderedFile::managed("Dockerfile", render("Dockerfile")?));
    }
    Ok(files)
}

fn view(model: &Model) -> DotnetView {
    let spec = &model.spec;
    let net10 = spec.project.dotnet == DotnetVersion::Net10;
    let dp = &spec.data_protection;
    let (mut ks_redis, mut ks_azure_blob, mut ks_ef, mut ks_file, mut ks_ssm) = (false, false, false, false, false);
    let (mut redis_key, mut blob_uri, mut file_path, mut ssm_prefix) = Default::default();
    match &dp.key_store {
        KeyStore::Redis { redis_key: k } => (ks_redis, redis_key) = (true, k.clone()),
        KeyStore::AzureBlob { blob_uri: u } => (ks_azure_blob, blob_uri) = (true, u.clone()),
        KeyStore::EfDatabase => ks_ef = true,
        KeyStore::FileSystem { path } => (ks_file, file_path) = (true, path.clone()),
        KeyStore::AwsSsm { parameter_prefix } => (ks_ssm, ssm_prefix) = (true, parameter_prefix.clone()),
    }
    let (mut kp_key_vault, mut kp_certificate, mut kp_kms) = (false, false, false);
    let (mut key_vault_key_id, mut certificate_path, mut kms_key_id) = Default::default();
    match &dp.key_protection {
        KeyProtection::AzureKeyVault { key_id } => (kp_key_vault, key_vault_key_id) = (true, key_id.clone()),
        KeyProtection::Certificate { path, .. } => (kp_certificate, certificate_path) = (true, path.clone()),
        KeyProtection::AwsKms { key_id } => (kp_kms, kms_key_id) = (true, key_id.clone()),
    }
    let cache_redis = spec.cache.kind == CacheKind::Redis;
    let redis = model.uses_redis;
    let prometheus = spec.telemetry.prometheus;
    let health = &spec.health;
    let mut probe_paths = vec![health.ready_path.clone(), health.live_path.clone()];
    if prometheus {
        probe_paths.push(health.metrics_path.clone());
    }
    let otlp_endpoint = spec.telemetry.otlp_endpoint.clone().filter(|e| !e.is_empty());
    let namespace = namespace_of(&spec.project.name);
    let assembly = format!("{}.dll", spec.project.name);
    let project_dir_slash = format!("{}/", model.project_dir);
    let management_port = management_port(spec.hosting.target);
    let app_service_probe = spec.hosting.target == Target::AzureAppService;
    let dotnet_tag = if net10 { "10.0" } else { "8.0" };
    let ports: Vec<u16> = [Some(CONTAINER_PORT), management_port].into_iter().flatten().collect();
    DotnetView {
        summary: format!(
            "{} · {} · Duende IdentityServer {} · {} to {} instances",
            kebab(&spec.hosting.target),
            if net10 { ".NET 10" } else { ".NET 8" },
            spec.project.duende,
            spec.hosting.min_instances,
            spec.hosting.max_instances
        ),
        program_usings: program_usings(spec, &namespace, redis),
        namespace,
        net10,
        net8: !net10,
        systemd: spec.hosting.target == Target::OnpremLinux,
        key_per_file: crate::model::packages::reads_key_per_file(spec),
        proxy_summary: proxy_summary(spec),
        forwarded_headers: forwarded_headers(&model.forwarding.headers),
        forward_limit: model.forwarding.forward_limit,
        known_proxies: model.forwarding.known_proxies.iter().map(|a| a.to_string()).collect(),
        known_networks: model
            .forwarding
            .known_networks
            .iter()
            .map(|n| NetworkView {
                cidr: n.to_string(),
                address: n.network().to_string(),
                prefix: n.prefix_len(),
            })
            .collect(),
        forwards_host: model.forwarding.headers.contains(&ForwardedHeader::Host),
        public_host: model.public_host.clone(),
        public_port: model.public_port,
        issuer: model.issuer.clone(),
        path_base: spec.public.path_base.clone().filter(|b| !b.is_empty() && b != "/"),
        database_name: match spec.database.provider {
            DatabaseProvider::Sqlserver => "SQL Server",
            DatabaseProvider::Postgres => "PostgreSQL",
        },
        use_database: match spec.database.provider {
            DatabaseProvider::Sqlserver => "UseSqlServer",
            DatabaseProvider::Postgres => "UseNpgsql",
        },
        max_retry_count: spec.database.max_retry_count,
        redis,
        redis_users: redis_users(ks_redis, cache_redis),
        cache_redis,
        azure_credential: packages::uses_azure_credential(spec),
        application_name: dp.application_name.clone(),
        ks_redis,
        redis_key,
        ks_azure_blob,
        blob_uri,
        ks_ef,
        ks_file,
        file_path,
        ks_ssm,
        ssm_prefix,
        kp_key_vault,
        key_vault_key_id,
        kp_certificate,
        certificate_path,
        kp_kms: kp_kms && ks_ssm,
        kp_kms_unusable: kp_kms && !ks_ssm,
        kms_key_id,
        events: EventsView {
            success: spec.events.success,
            failure: spec.events.failure,
            error: spec.events.error,
            information: spec.events.information,
        },
        rotation_days: spec.signing_keys.rotation_interval_days,
        propagation_days: spec.signing_keys.propagation_time_days,
        retention_days: spec.signing_keys.retention_duration_days,
        algorithms: spec.signing_keys.algorithms.iter().map(|a| format!("{a:?}")).collect(),
        server_side_sessions: spec.sessions.server_side,
        user_display_name_claim_type: spec.sessions.user_display_name_claim_type.clone(),
        cookie_lifetime_hours: spec.sessions.cookie_lifetime_hours,
        cookie_sliding: spec.sessions.cookie_sliding,
        cleanup_interval: spec.token_cleanup.interval_seconds,
        cleanup_batch: spec.token_cleanup.batch_size,
        remove_consumed_tokens: spec.token_cleanup.remove_consumed_tokens,
        prometheus,
        // Metrics go over OTLP when there is a collector endpoint or no scraper can reach
        // the Prometheus endpoint (none is configured, or App Service keeps it private).
        otlp_metrics: otlp_endpoint.is_some() || !prometheus || app_service_probe,
        otlp_endpoint,
        trace_sources: trace_sources(spec),
        migration_runner: migration_runner(spec),
        ready_path: health.ready_path.clone(),
        live_path: health.live_path.clone(),
        metrics_path: health.metrics_path.clone(),
        probe_paths,
        management_port,
        app_service_probe,
        management_host: management_port.map(|p| format!("*:{p}")).unwrap_or_default(),
        http_ports: ports.iter().map(u16::to_string).collect::<Vec<_>>().join(";"),
        exposed_ports: ports.iter().map(u16::to_string).collect::<Vec<_>>().join(" "),
        container_user: format!("{CONTAINER_UID}:{CONTAINER_UID}"),
        sdk_image: base_image(
            "sdk",
            dotnet_tag,
            spec.project.base_images.as_ref().map(|b| b.sdk_digest.as_str()),
        ),
        runtime_image: base_image(
            "aspnet",
            dotnet_tag,
            spec.project.base_images.as_ref().map(|b| b.runtime_digest.as_str()),
        ),
        images_pinned: spec.project.base_images.is_some(),
        identity_resources: identity_resources(spec),
        api_scopes: api_scopes(spec),
        clients: (spec.clients.iter().zip(settings::client_secret_keys(spec)))
            .map(|(c, key)| client_view(key, c))
            .collect(),
        log_levels: log_levels(spec),
        // Host filtering stays open: ALB, kubelet and App Service health checks send the instance
        // address as Host and would get 400. The issuer is pinned (IssuerUri) and X-Forwarded-Host
        // is limited to the public host, so a spoofed Host changes neither tokens nor redirects.
        allowed_hosts: "*".to_string(),
        secret_references: settings::secret_settings(spec)
            .into_iter()
            .map(|s| SecretReferenceView {
                env_var: s.env_var,
                reference: format!("secret:{}", s.secret),
            })
            .collect(),
        framework: if net10 { "net10.0" } else { "net8.0" },
        duende_major: spec.project.duende,
        pinned_as_of: packages::PINNED_AS_OF,
        packages: packages::for_spec(spec),
        target: kebab(&spec.hosting.target),
        csproj: format!("{}/{}.csproj", model.project_dir, spec.project.name),
        assembly_name: spec.project.name.clone(),
        // Any path-safe string; derived from the name so renders stay byte-identical.
        user_secrets_id: format!("{}-development", spec.project.name.to_ascii_lowercase()),
        design_connection: match spec.database.provider {
            DatabaseProvider::Sqlserver => {
                "Server=localhost;Database=IdentityServer;Integrated Security=true;TrustServerCertificate=true"
            }
            DatabaseProvider::Postgres => "Host=localhost;Database=identityserver",
        },
        props: format!("{}/idsgen.packages.props", model.project_dir),
        project_dir_slash,
        assembly,
    }
}

/// Kestrel's public port in the container image.
pub const CONTAINER_PORT: u16 = 8080;

/// UID (and GID) the image runs as (`USER uid:gid` in the Dockerfile): above 10000, so it is no
/// host account, and with an explicit group so the process never runs with GID 0.
pub const CONTAINER_UID: u32 = 10001;

/// `mcr.microsoft.com/dotnet/<repo>:<tag>`, with `@<digest>` when the spec pins one.
fn base_image(repo: &str, tag: &str, digest: Option<&str>) -> String {
    let image = format!("mcr.microsoft.com/dotnet/{repo}:{tag}");
    match digest {
        Some(d) => format!("{image}@{d}"),
        None => image,
    }
}

/// Kestrel's management port (health, metrics) where the target has one.
pub const MANAGEMENT_PORT: u16 = 8081;

/// The port health and metrics answer on, apart from the public one, where the rendered
/// deployment probes and scrapes a second port: Kubernetes (the chart's probes, ServiceMonitor
/// and NetworkPolicy) and ECS (the ALB target group's health check names the port). A proxy rule
/// cannot block the paths reliably: ASP.NET Core matches them case-insensitively and by prefix,
/// load balancer patterns do not. App Service routes and health-checks one port only, and on-prem
/// nginx denies the paths itself; those keep the endpoints on the public port.
pub fn management_port(target: Target) -> Option<u16> {
    match target {
        Target::AzureAks | Target::AwsEks | Target::Kubernetes | Target::AwsEcs => Some(MANAGEMENT_PORT),
        Target::AzureAppService | Target::OnpremLinux => None,
    }
}

fn program_usings(spec: &Spec, namespace: &str, redis: bool) -> Vec<String> {
    let mut usings: Vec<&str> = vec![
        "System",
        "System.Collections.Generic",
        "System.Net",
        "System.Threading.Tasks",
        "Duende.IdentityServer",
        "Duende.IdentityServer.Configuration",
        "Duende.IdentityServer.EntityFramework.DbContexts",
        "Microsoft.AspNetCore.Builder",
        "Microsoft.AspNetCore.DataProtection",
        "Microsoft.AspNetCore.Diagnostics.HealthChecks",
        "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.HttpOverrides",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting",
        "Microsoft.Extensions.Logging",
        "OpenTelemetry.Logs",
        "OpenTelemetry.Metrics",
        "OpenTelemetry.Resources",
        "OpenTelemetry.Trace",
    ];
    if matches!(spec.data_protection.key_store, KeyStore::FileSystem { .. }) {
        usings.push("System.IO");
    }
    if matches!(spec.data_protection.key_protection, KeyProtection::Certificate { .. }) {
        usings.push("System.Security.Cryptography.X509Certificates");
    }
    if packages::uses_azure_credential(spec) {
        usings.push("Azure.Identity");
    }
    if redis {
        usings.push("Microsoft.Extensions.Diagnostics.HealthChecks");
        usings.push("StackExchange.Redis");
    }
    // System namespaces first, then the rest alphabetically, then the project's own.
    usings.sort_by_key(|u| (!(u == &"System" || u.starts_with("System.")), *u));
    usings.dedup();
    let mut out: Vec<String> = usings.into_iter().map(str::to_string).collect();
    out.push(namespace.to_string());
    out
}

fn forwarded_headers(headers: &BTreeSet<ForwardedHeader>) -> String {
    if headers.is_empty() {
        return "ForwardedHeaders.None".to_string();
    }
    headers
        .iter()
        .map(|h| match h {
            ForwardedHeader::For => "ForwardedHeaders.XForwardedFor",
            ForwardedHeader::Proto => "ForwardedHeaders.XForwardedProto",
            ForwardedHeader::Host => "ForwardedHeaders.XForwardedHost",
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn proxy_summary(spec: &Spec) -> String {
    let mut parts = vec!["internet".to_string()];
    for hop in &spec.proxy.hops {
        let kind = kebab(&hop.kind);
        let mut detail = vec![kind.clone()];
        if hop.terminates_tls {
            detail.push("TLS".to_string());
        }
        if is_l7(hop.kind) {
            let sent: Vec<&str> = forwards_of(hop)
                .iter()
                .map(|h| match h {
                    ForwardedHeader::For => "For",
                    ForwardedHeader::Proto => "Proto",
                    ForwardedHeader::Host => "Host",
                })
                .collect();
            if !sent.is_empty() {
                detail.push(format!("X-Forwarded-{}", sent.join("/")));
            }
        }
        let label = match &hop.name {
            Some(name) => format!("{name} ({})", detail.join(", ")),
            None => detail.join(", "),
        };
        parts.push(label);
    }
    parts.push("Kestrel".to_string());
    parts.join(" -> ")
}

fn redis_users(ks_redis: bool, cache_redis: bool) -> String {
    match (ks_redis, cache_redis) {
        (true, true) => "the Data Protection key ring, the distributed cache and the readiness check",
        (true, false) => "the Data Protection key ring and the readiness check",
        _ => "the distributed cache and the readiness check",
    }
    .to_string()
}

fn trace_sources(spec: &Spec) -> Vec<&'static str> {
    use crate::spec::types::TraceSource;
    let mut sources: BTreeSet<TraceSource> = spec.telemetry.trace_sources.iter().copied().collect();
    // Basic is always recorded: it is the low-volume production source.
    sources.insert(TraceSource::Basic);
    sources
        .into_iter()
        .map(|s| match s {
            TraceSource::Basic => "Basic",
            TraceSource::Stores => "Stores",
            TraceSource::Cache => "Cache",
            TraceSource::Validation => "Validation",
            TraceSource::Services => "Services",
        })
        .collect()
}

fn migration_runner(spec: &Spec) -> String {
    match spec.migrations.run_by {
        MigrationRunner::Pipeline => "your CI/CD pipeline".to_string(),
        MigrationRunner::Deployment => match spec.hosting.target {
            Target::AzureAks | Target::AwsEks | Target::Kubernetes => "the deployment's migration Job",
            Target::AwsEcs => "the deployment's one-off ECS migration task",
            Target::OnpremLinux => "the deployment's systemd migration unit",
            Target::AzureAppService => "the deployment's migration step",
        }
        .to_string(),
    }
}

/// Scopes a client may ask for that are handled by `AllowOfflineAccess`, not a resource.
const OFFLINE_ACCESS: &str = "offline_access";

/// The standard OpenID Connect identity resources and their Duende constructors.
const STANDARD_IDENTITY: [(&str, &str); 5] = [
    ("openid", "new IdentityResources.OpenId()"),
    ("profile", "new IdentityResources.Profile()"),
    ("email", "new IdentityResources.Email()"),
    ("phone", "new IdentityResources.Phone()"),
    ("address", "new IdentityResources.Address()"),
];

fn identity_resources(spec: &Spec) -> Vec<&'static str> {
    let used: BTreeSet<&str> = spec
        .clients
        .iter()
        .flat_map(|c| c.scopes.iter().map(String::as_str))
        .collect();
    STANDARD_IDENTITY
        .iter()
        .filter(|(name, _)| *name == "openid" || used.contains(name))
        .map(|(_, ctor)| *ctor)
        .collect()
}

fn api_scopes(spec: &Spec) -> Vec<String> {
    spec.clients
        .iter()
        .flat_map(|c| c.scopes.iter())
        .filter(|s| s.as_str() != OFFLINE_ACCESS && !STANDARD_IDENTITY.iter().any(|(n, _)| n == s))
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn client_view(secret_key: String, client: &Client) -> ClientView {
    let m2m = client.kind == ClientKind::M2m;
    let confidential = matches!(client.kind, ClientKind::Web | ClientKind::M2m);
    let secret = client.secret.as_ref().filter(|_| confidential);
    let l = effective_lifetimes(client);
    ClientView {
        comment: format!("{} ({})", client.id, kebab(&client.kind)),
        id: client.id.clone(),
        name: client.name.clone().unwrap_or_else(|| client.id.clone()),
        m2m,
        require_secret: confidential,
        secret_key: secret.map(|_| secret_key),
        secret_name: secret.map(|s| s.secret.clone()).unwrap_or_default(),
        redirect_uris: if m2m { Vec::new() } else { client.redirect_uris.clone() },
        post_logout_redirect_uris: if m2m {
            Vec::new()
        } else {
            client.post_logout_redirect_uris.clone()
        },
        cors_origins: client.cors_origins.clone(),
        scopes: client.scopes.iter().filter(|s| *s != OFFLINE_ACCESS).cloned().collect(),
        access_token: l.access_token,
        identity_token: l.identity_token,
        absolute_refresh_token: l.absolute_refresh_token,
        sliding_refresh_token: l.sliding_refresh_token,
        refresh_token_usage: match l.refresh_token_usage {
            RefreshTokenUsage::ReUse => "ReUse",
            RefreshTokenUsage::OneTimeOnly => "OneTimeOnly",
        },
        refresh_token_expiration: match l.refresh_token_expiration {
            RefreshTokenExpiration::Sliding => "Sliding",
            RefreshTokenExpiration::Absolute => "Absolute",
        },
    }
}

fn log_levels(spec: &Spec) -> Vec<LogLevelView> {
    let l = &spec.logging;
    let fixed = [
        ("Default", l.default),
        ("Duende.IdentityServer", l.duende),
        ("Microsoft.AspNetCore", l.aspnetcore),
    ];
    let mut out: Vec<LogLevelView> = fixed
        .iter()
        .map(|(c, level)| LogLevelView {
            category: c.to_string(),
            level: format!("{level:?}"),
        })
        .collect();
    // Duende's default event sink logs each raised event at Information under
    // Duende.IdentityServer.Events.DefaultEventService: keep that category at Information, or the
    // Warning above drops the audit trail (checklist X11; verified source in checklist/items/observability/x11.rs).
    let e = &spec.events;
    let events_raised = e.success || e.failure || e.error || e.information;
    let user_sets_events = l
        .categories
        .keys()
        .any(|c| crate::checklist::items::observability::x11::is_event_category(c));
    if events_raised && !user_sets_events {
        out.push(LogLevelView {
            category: crate::checklist::items::observability::x11::EVENT_CATEGORY_PREFIX.to_string(),
            level: "Information".to_string(),
        });
    }
    // A category repeating a fixed one would be a duplicate JSON key; the fixed field wins.
    for (category, level) in &l.categories {
        if !fixed.iter().any(|(c, _)| c == category) {
            out.push(LogLevelView {
                category: category.clone(),
                level: format!("{level:?}"),
            });
        }
    }
    out
}

/// The C# namespace for the project name: segments made identifiers, keywords escaped with `@`.
pub fn namespace_of(project: &str) -> String {
    let segments: Vec<String> = project
        .split('.')
        .map(|seg| {
            let mut s: String = seg
                .chars()
                .map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' })
                .collect();
            if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
                s.insert(0, '_');
            }
            if crate::spec::fields::CSHARP_KEYWORDS.contains(&s.as_str()) {
                s.insert(0, '@');
            }
            s
        })
        .collect();
    segments.join(".")
}

/// The kebab-case name serde gives an enum value, e.g. `aws-eks`.
fn kebab<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::types::ClientLifetimes;

    #[test]
    fn namespaces_are_identifiers() {
        assert_eq!(namespace_of("Acme.Identity"), "Acme.Identity");
        assert_eq!(namespace_of("acme-id.2nd.class"), "acme_id._2nd.@class");
        assert_eq!(namespace_of("a..b"), "a._.b");
    }

    #[test]
    fn lifetimes_default_per_kind_and_keep_explicit_values() {
        let mut client = Client {
            id: "spa".into(),
            name: None,
            kind: ClientKind::Spa,
            redirect_uris: vec![],
            post_logout_redirect_uris: vec![],
            cors_origins: vec![],
            scopes: vec![],
            secret: None,
            lifetimes: ClientLifetimes::default(),
        };
        let spa = effective_lifetimes(&client);
        assert_eq!((spa.access_token, spa.identity_token), (300, 300));
        assert_eq!((spa.absolute_refresh_token, spa.sliding_refresh_token), (86400, 3600));
        assert_eq!(spa.refresh_token_usage, RefreshTokenUsage::ReUse);
        assert_eq!(spa.refresh_token_expiration, RefreshTokenExpiration::Sliding);
        client.kind = ClientKind::M2m;
        assert_eq!(effective_lifetimes(&client).access_token, 3600);
        client.lifetimes.access_token = Some(600);
        assert_eq!(effective_lifetimes(&client).access_token, 600);
    }
}
