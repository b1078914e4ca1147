//! The catalogue: every item of the vendor's production checklist under idsgen's ids, plus the
//! `X*` items for what the vendor text gets wrong or leaves out. Text only; rules live elsewhere.

use serde::Serialize;

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// An item of the vendor's checklist.
    Vendor,
    /// An item idsgen adds: the vendor text gets it wrong or leaves it out.
    Idsgen,
}

/// One checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Stable id, e.g. `DP2`.
    pub id: &'static str,
    /// Section title, as in the vendor's checklist.
    pub section: &'static str,
    /// One line: what must be true.
    pub title: &'static str,
    /// When the item applies.
    pub applies: &'static str,
    /// What breaks if you skip this.
    pub breaks: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// Vendor item or idsgen addition.
    pub source: Source,
}

const DATA_PROTECTION: &str = "Data Protection";
const SIGNING_KEYS: &str = "Signing keys";
const HTTPS: &str = "HTTPS & TLS";
const PROXY: &str = "Reverse proxy";
const DATABASE: &str = "Database";
const OBSERVABILITY: &str = "Logging & monitoring";
const SECURITY: &str = "Security";
const MULTI: &str = "Multi-instance";

/// Section titles in report order.
pub const SECTIONS: [&str; 8] = [
    DATA_PROTECTION,
    SIGNING_KEYS,
    HTTPS,
    PROXY,
    DATABASE,
    OBSERVABILITY,
    SECURITY,
    MULTI,
];

const HOST: &str = "always, once the IdentityServer host (a C# file calling AddIdentityServer) is found";

/// Every item, in report order within each section.
pub const ITEMS: &[Item] = &[
    Item {
        id: "DP1",
        section: DATA_PROTECTION,
        title: "Data Protection keys persist to durable, shared storage",
        applies: HOST,
        breaks: "Every restart, and every other instance, has a different key ring: cookies, anti-forgery tokens, OIDC state and signing keys protected at rest fail with CryptographicException \"key not found in key ring\".",
        fix: "Chain a PersistKeysTo… call on AddDataProtection(): PersistKeysToStackExchangeRedis, PersistKeysToAzureBlobStorage, PersistKeysToDbContext<T> or PersistKeysToAWSSystemsManager.",
        source: Source::Vendor,
    },
    Item {
        id: "DP2",
        section: DATA_PROTECTION,
        title: ".SetApplicationName(...) is configured",
        applies: HOST,
        breaks: "Without it the application discriminator derives from the content root path, which differs between machines and deployments: instances silently stop sharing keys.",
        fix: "Chain .SetApplicationName(\"IdentityServer\") on AddDataProtection(), with the same name on every instance.",
        source: Source::Vendor,
    },
    Item {
        id: "DP3",
        section: DATA_PROTECTION,
        title: "Data Protection keys are protected at rest",
        applies: HOST,
        breaks: "The key ring sits as plain XML in the store: whoever can read the store can forge authentication cookies and decrypt protected data.",
        fix: "Chain ProtectKeysWithAzureKeyVault(keyId, credential) or ProtectKeysWithCertificate(certificate) on AddDataProtection() (AWS SSM parameters are SecureStrings encrypted with KMS).",
        source: Source::Vendor,
    },
    Item {
        id: "DP4",
        section: DATA_PROTECTION,
        title: "Redis persistence (AOF or RDB) is on when Redis holds the keys",
        applies: "only when Data Protection keys persist to Redis (PersistKeysToStackExchangeRedis, or idsgen.yaml data_protection.key_store: redis)",
        breaks: "A Redis restart or failover without persistence erases the key ring: every session, cookie and protected signing key becomes unreadable at once.",
        fix: "Turn persistence on: azurerm_managed_redis default_database.persistence_*_backup_frequency; azurerm_redis_cache on Premium with rdb_backup_enabled or aof_backup_enabled; ElastiCache snapshot_retention_limit > 0 with Multi-AZ (or MemoryDB); self-hosted `appendonly yes`. Never an allkeys-* eviction policy: the keys have no TTL.",
        source: Source::Vendor,
    },
    Item {
        id: "SK1",
        section: SIGNING_KEYS,
        title: "Signing keys are stored in the EF operational store",
        applies: HOST,
        breaks: "The default file-system key store writes keys/ on each instance: every instance signs with its own key, and tokens from one fail validation on another.",
        fix: "Chain AddOperationalStore(...) on AddIdentityServer(); it registers the EF signing-key store (no separate AddSigningKeyStore is needed).",
        source: Source::Vendor,
    },
    Item {
        id: "SK2",
        section: SIGNING_KEYS,
        title: "Key rotation is configured via KeyManagementOptions",
        applies: HOST,
        breaks: "Rotation left implicit is rotation nobody reviewed, and RotationInterval <= PropagationTime makes IdentityServer throw at startup.",
        fix: "Set options.KeyManagement.RotationInterval, PropagationTime and RetentionDuration in AddIdentityServer(options => ...), with RotationInterval > PropagationTime.",
        source: Source::Vendor,
    },
    Item {
        id: "SK3",
        section: SIGNING_KEYS,
        title: "keys/ is excluded from source control and container images",
        applies: HOST,
        breaks: "Development signing keys committed to git or copied into an image leak private keys, and can end up signing production tokens.",
        fix: "Add `keys/` to .gitignore and, when a Dockerfile builds the image, to .dockerignore; delete committed key files and let new keys rotate in.",
        source: Source::Vendor,
    },
    Item {
        id: "TLS1",
        section: HTTPS,
        title: "HSTS is configured with a MaxAge of at least 1 year",
        applies: HOST,
        breaks: "A short or missing HSTS lets a network attacker downgrade a returning browser's first request to http and strip TLS.",
        fix: "builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365)) with app.UseHsts() outside Development, or at the TLS-terminating nginx: add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;",
        source: Source::Vendor,
    },
    Item {
        id: "TLS2",
        section: HTTPS,
        title: "UseHttpsRedirection() is in the pipeline (or the TLS edge redirects)",
        applies: HOST,
        breaks: "Plain-http requests are served: credentials, codes and cookies can travel unencrypted.",
        fix: "app.UseHttpsRedirection() after app.UseForwardedHeaders(), or redirect at the TLS-terminating proxy (nginx: `return 308 https://$host$request_uri;`).",
        source: Source::Vendor,
    },
    Item {
        id: "TLS3",
        section: HTTPS,
        title: "The discovery document issuer shows https:// in production",
        applies: HOST,
        breaks: "With an http:// issuer every client and API rejects the tokens (issuer mismatch) and redirect URIs are built as http.",
        fix: "Forward X-Forwarded-Proto from the proxy (nginx: proxy_set_header X-Forwarded-Proto $scheme;) and honour it (ForwardedHeaders.XForwardedProto), or set IssuerUri to the https public URL. Then verify the live issuer.",
        source: Source::Vendor,
    },
    Item {
        id: "RP1",
        section: PROXY,
        title: "ForwardedHeadersOptions trusts exactly the known proxies/networks",
        applies: "when a reverse proxy is found in the tree or forwarded headers are configured",
        breaks: "Empty trust lists make the middleware ignore X-Forwarded-* (http issuer, proxy address as client IP); cleared lists or ASPNETCORE_FORWARDEDHEADERS_ENABLED=true trust any peer, so clients spoof their scheme, host and address.",
        fix: "builder.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = XForwardedFor | XForwardedProto (| XForwardedHost); o.KnownProxies / o.KnownIPNetworks (net10) or KnownNetworks (net8) .Add(the proxies' addresses); }).",
        source: Source::Vendor,
    },
    Item {
        id: "RP2",
        section: PROXY,
        title: "UseForwardedHeaders() is the first middleware in the pipeline",
        applies: "when a reverse proxy is found in the tree or forwarded headers are configured",
        breaks: "Middleware that runs before it sees the proxy's scheme and address: redirects, HSTS, cookies and the issuer are built for http://internal-host.",
        fix: "Call app.UseForwardedHeaders() right after builder.Build(), before every other app.Use… (only exception handling may precede it).",
        source: Source::Vendor,
    },
    Item {
        id: "RP3",
        section: PROXY,
        title: "The discovery document issuer is the public HTTPS URL",
        applies: HOST,
        breaks: "If the proxy rewrites Host and the app does not honour X-Forwarded-Host, the issuer and redirect URIs name the internal host and tokens fail validation.",
        fix: "Keep the public Host (nginx: proxy_set_header Host $host;) or forward X-Forwarded-Host and honour it (ForwardedHeaders.XForwardedHost); or set IssuerUri to the public origin. Then verify the live issuer.",
        source: Source::Vendor,
    },
    Item {
        id: "DB1",
        section: DATABASE,
        title: "EF Core migrations run outside application startup",
        applies: HOST,
        breaks: "Every instance races to migrate at boot; one slow or failed migration takes the whole fleet down, and the app's database user needs DDL rights.",
        fix: "Run migrations from the pipeline, a Job or one-off task, or a `migrate` branch guarded by a command-line argument (if (args.Contains(\"migrate\")) { ...; return; }), never on the normal startup path.",
        source: Source::Vendor,
    },
    Item {
        id: "DB2",
        section: DATABASE,
        title: "Token cleanup is enabled (EnableTokenCleanup = true)",
        applies: "when the EF operational store (AddOperationalStore) is used",
        breaks: "EnableTokenCleanup defaults to false: PersistedGrants keeps every code, refresh token and consent ever issued, and queries slow down over months.",
        fix: "Set options.EnableTokenCleanup = true (and TokenCleanupInterval) in AddOperationalStore(options => ...).",
        source: Source::Vendor,
    },
    Item {
        id: "DB3",
        section: DATABASE,
        title: "Connection strings use production credentials from a secret",
        applies: HOST,
        breaks: "Passwords in appsettings, code or manifests end up in git, images and logs; development defaults (localhost, LocalDB, Trusted_Connection) point at the wrong server in production.",
        fix: "Read ConnectionStrings from a secret store (Key Vault reference, Secrets Manager, a Kubernetes Secret via secretKeyRef, systemd credentials) and keep only non-secret settings in appsettings.",
        source: Source::Vendor,
    },
    Item {
        id: "DB4",
        section: DATABASE,
        title: "Connection resilience: retry on transient failures",
        applies: "when the host configures an EF database provider",
        breaks: "A failover or a throttled connection surfaces as 500s on token requests instead of a retried query.",
        fix: "Pass sql => sql.EnableRetryOnFailure(maxRetryCount: 5) to every UseSqlServer/UseNpgsql, including those in the stores' ConfigureDbContext.",
        source: Source::Vendor,
    },
    Item {
        id: "OBS1",
        section: OBSERVABILITY,
        title: "Log level is Warning or above in production",
        applies: "when appsettings.json or appsettings.Production.json is found",
        breaks: "Information and below generate significant volume and can surface sensitive request data.",
        fix: "In appsettings.Production.json set Logging:LogLevel Default, Duende.IdentityServer and Microsoft.AspNetCore to Warning.",
        source: Source::Vendor,
    },
    Item {
        id: "OBS2",
        section: OBSERVABILITY,
        title: "OpenTelemetry is configured with metrics and tracing",
        applies: HOST,
        breaks: "No metrics or traces for token issuance and failures: incidents are diagnosed blind.",
        fix: "builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(\"Duende.IdentityServer\")...).WithTracing(t => t.AddSource(IdentityServerConstants.Tracing.Basic)...).",
        source: Source::Vendor,
    },
    Item {
        id: "OBS3",
        section: OBSERVABILITY,
        title: "Health check endpoints /health/ready and /health/live are exposed",
        applies: HOST,
        breaks: "The orchestrator cannot tell a dead or unready instance from a healthy one and keeps sending logins to it.",
        fix: "app.MapHealthChecks(\"/health/ready\", new HealthCheckOptions { Predicate = c => c.Tags.Contains(\"ready\") }) and app.MapHealthChecks(\"/health/live\", new HealthCheckOptions { Predicate = _ => false }).",
        source: Source::Vendor,
    },
    Item {
        id: "OBS4",
        section: OBSERVABILITY,
        title: "IdentityServer events are enabled for the audit trail",
        applies: HOST,
        breaks: "All Raise*Events default to false: no audit trail of logins, token issuance and failures.",
        fix: "In AddIdentityServer(options => ...) set options.Events.RaiseSuccessEvents, RaiseFailureEvents and RaiseErrorEvents to true.",
        source: Source::Vendor,
    },
    Item {
        id: "SEC1",
        section: SECURITY,
        title: "CORS allows explicit origins only (no wildcards)",
        applies: "with browser clients: AllowedCorsOrigins, AddCors, or spa clients in idsgen.yaml",
        breaks: "A wildcard lets any web origin call the token and userinfo endpoints from a victim's browser.",
        fix: "List exact origins: AllowedCorsOrigins = { \"https://app.example.com\" }, policy.WithOrigins(\"https://app.example.com\"); never \"*\" or AllowAnyOrigin().",
        source: Source::Vendor,
    },
    Item {
        id: "SEC2",
        section: SECURITY,
        title: "Access token lifetimes are reviewed and short",
        applies: "when clients are defined in code, appsettings or idsgen.yaml",
        breaks: "A leaked access token stays valid for its whole lifetime (3600 s by default) and APIs cannot revoke a JWT.",
        fix: "Set AccessTokenLifetime explicitly on interactive clients (at most 3600 s; 300 s suggested); keep machine-to-machine clients at 3600 s or less.",
        source: Source::Vendor,
    },
    Item {
        id: "SEC3",
        section: SECURITY,
        title: "Refresh token usage and expiration policies are set",
        applies: "for clients that allow offline access or set refresh-token options",
        breaks: "The defaults (TokenUsage.ReUse, TokenExpiration.Absolute, 30 days) keep a stolen refresh token usable for a month.",
        fix: "Set RefreshTokenUsage, RefreshTokenExpiration (Sliding with SlidingRefreshTokenLifetime) and AbsoluteRefreshTokenLifetime explicitly.",
        source: Source::Vendor,
    },
    Item {
        id: "SEC4",
        section: SECURITY,
        title: "Client secrets are stored in a secrets manager, not appsettings",
        applies: HOST,
        breaks: "Secrets in appsettings or code are in git history and every image: anyone with read access can impersonate the client.",
        fix: "Load client secrets from the secret store (Key Vault, Secrets Manager, Kubernetes Secret) at startup; keep only their names in config.",
        source: Source::Vendor,
    },
    Item {
        id: "MI1",
        section: MULTI,
        title: "The EF operational store is used, not the in-memory grant store",
        applies: "with more than one instance",
        breaks: "In-memory grants live in one process: codes and refresh tokens issued by one instance are unknown to the others.",
        fix: "Replace AddInMemoryPersistedGrants() with AddOperationalStore(...).",
        source: Source::Vendor,
    },
    Item {
        id: "MI2",
        section: MULTI,
        title: "A shared distributed cache (Redis) is configured",
        applies: "with more than one instance",
        breaks: "AddIdentityServer() registers a per-process memory cache: PAR, device-flow throttling, JWT replay detection and OIDC state fail across instances (\"Unable to unprotect the message.State\").",
        fix: "builder.Services.AddStackExchangeRedisCache(o => o.Configuration = ...) (or another shared IDistributedCache).",
        source: Source::Vendor,
    },
    Item {
        id: "MI3",
        section: MULTI,
        title: ".AddConfigurationStoreCache() is enabled",
        applies: "with more than one instance and the EF configuration store",
        breaks: "Every client and scope lookup hits the database; under load the configuration database becomes the bottleneck.",
        fix: "Chain .AddConfigurationStoreCache() after AddConfigurationStore(...).",
        source: Source::Vendor,
    },
    Item {
        id: "MI4",
        section: MULTI,
        title: "All instances point to the same database and Redis",
        applies: "with more than one instance",
        breaks: "Instances with different stores disagree about keys, grants and sessions: users are logged out or tokens rejected depending on which instance answers.",
        fix: "Use one connection string for the database and one for Redis, from the shared secret, on every instance; never localhost, SQLite or an in-memory database.",
        source: Source::Vendor,
    },
    Item {
        id: "X1",
        section: OBSERVABILITY,
        title: "Readiness checks are tagged, so /health/ready really runs them",
        applies: "when a health endpoint filters checks by tag",
        breaks: "A readiness predicate that matches no registered check runs nothing and reports Healthy: an instance whose database is down keeps receiving traffic. The vendor's snippet has this bug.",
        fix: "Register checks with the tag the predicate expects: AddDbContextCheck<ConfigurationDbContext>(\"configdb\", tags: new[] { \"ready\" }).",
        source: Source::Idsgen,
    },
    Item {
        id: "X2",
        section: PROXY,
        title: "KnownIPNetworks, not the obsolete KnownNetworks, on .NET 10",
        applies: "when the host targets net10.0",
        breaks: "KnownNetworks and Microsoft.AspNetCore.HttpOverrides.IPNetwork are obsolete on .NET 10 (ASPDEPR005): the build warns, fails with warnings as errors, and the API is going away.",
        fix: "options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(\"10.0.0.0/16\")).",
        source: Source::Idsgen,
    },
    Item {
        id: "X3",
        section: DATABASE,
        title: "Token cleanup settings come with EnableTokenCleanup = true",
        applies: "when TokenCleanupInterval or TokenCleanupBatchSize is set",
        breaks: "TokenCleanupBatchSize and TokenCleanupInterval do nothing while EnableTokenCleanup is false (its default): the code reads as cleanup but none runs. The vendor's snippet sets only the batch size in one place.",
        fix: "Set options.EnableTokenCleanup = true in the same AddOperationalStore(options => ...).",
        source: Source::Idsgen,
    },
    Item {
        id: "X4",
        section: MULTI,
        title: "AddOidcStateDataFormatterCache is called on IServiceCollection",
        applies: "when AddOidcStateDataFormatterCache is called",
        breaks: "It extends IServiceCollection, not the IdentityServer builder: chained on AddIdentityServer() it does not compile (CS1061).",
        fix: "builder.Services.AddOidcStateDataFormatterCache(\"oidc\");",
        source: Source::Idsgen,
    },
    Item {
        id: "X5",
        section: PROXY,
        title: "Proxy buffers are large enough for OIDC cookies (>= 16k)",
        applies: "when nginx or ingress-nginx proxies to the host",
        breaks: "Chunked authentication cookies and large OIDC response headers overflow the 4k/8k default: nginx answers 502 \"upstream sent too big header\" right after login.",
        fix: "nginx: proxy_buffer_size 16k; proxy_buffers 8 16k; proxy_busy_buffers_size 32k; — ingress-nginx: annotation nginx.ingress.kubernetes.io/proxy-buffer-size: \"16k\".",
        source: Source::Idsgen,
    },
    Item {
        id: "X6",
        section: PROXY,
        title: "ForwardLimit equals the number of proxy hops",
        applies: "when the hop count is known (idsgen.yaml proxy.hops, or the nginx chain) and forwarded headers are configured",
        breaks: "Below the hop count the app keeps an inner proxy's address and scheme; above it a client can prepend spoofed X-Forwarded-* entries.",
        fix: "Set options.ForwardLimit to the number of layer-7 hops between the internet and Kestrel.",
        source: Source::Idsgen,
    },
    Item {
        id: "X7",
        section: OBSERVABILITY,
        title: "Health and metrics endpoints are not reachable through the public proxy",
        applies: "when health or metrics endpoints are mapped and a public proxy is found",
        breaks: "Public /health and /metrics leak topology and dependency state and hand attackers a cheap way to load the database.",
        fix: "Deny them at the proxy (nginx: location ^~ /health { deny all; }) or serve them on a management port only (MapHealthChecks(...).RequireHost(\"*:8081\")). App Service routes every path of its one port and cannot filter: require authorization (.RequireAuthorization(policy)) with a policy only App Service's health check passes (its x-ms-auth-internal-token header).",
        source: Source::Idsgen,
    },
    Item {
        id: "X8",
        section: SECURITY,
        title: "The Duende license key is not committed",
        applies: "always",
        breaks: "A license key in git or an image leaks to everyone with read access, and it is issued to your company.",
        fix: "Provide Duende:LicenseKey from the secret store (environment variable Duende__LicenseKey); remove Duende_License.key and literal keys from the tree.",
        source: Source::Idsgen,
    },
    Item {
        id: "X9",
        section: SECURITY,
        title: "Containers run as a non-root user",
        applies: "when a Dockerfile, Kubernetes manifests or a Helm chart is found",
        breaks: "A compromised process running as root inside the container has far more room to tamper with the image or escape.",
        fix: "USER $APP_UID (or a UID >= 10000) in the final Dockerfile stage; securityContext: runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false.",
        source: Source::Idsgen,
    },
    Item {
        id: "X10",
        section: OBSERVABILITY,
        title: "Raised IdentityServer events reach the log",
        applies: "when IdentityServer events are raised and no custom IEventSink is registered",
        breaks: "The default event sink logs every event at Information under Duende.IdentityServer.Events.DefaultEventService: a Warning level for Duende.IdentityServer (or Default) silently drops the whole audit trail OBS4 turned on.",
        fix: "Keep the sink's category at Information: \"Duende.IdentityServer.Events\": \"Information\" under Logging:LogLevel (or a Serilog MinimumLevel:Override), or register an IEventSink that writes events where you keep them.",
        source: Source::Idsgen,
    },
];

/// The item with `id` (case-insensitive).
pub fn find(id: &str) -> Option<&'static Item> {
    ITEMS.iter().find(|i| i.id.eq_ignore_ascii_case(id))
}

/// Up to three ids closest to an unknown `id`, for "did you mean".
pub fn suggest(id: &str) -> Vec<&'static str> {
    let upper = id.to_ascii_uppercase();
    let mut scored: Vec<(f64, &'static str)> = ITEMS
        .iter()
        .map(|i| (strsim::jaro_winkler(&upper, i.id), i.id))
        .filter(|(score, _)| *score > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_every_design_id_is_present() {
        let ids: BTreeSet<_> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), ITEMS.len());
        for prefix_count in [
            ("DP", 4),
            ("SK", 3),
            ("TLS", 3),
            ("RP", 3),
            ("DB", 4),
            ("OBS", 4),
            ("SEC", 4),
            ("MI", 4),
        ] {
            for n in 1..=prefix_count.1 {
                let id = format!("{}{n}", prefix_count.0);
                assert!(ids.contains(id.as_str()), "missing {id}");
            }
        }
        assert!(ITEMS.iter().all(|i| SECTIONS.contains(&i.section)));
    }

    #[test]
    fn suggestions_find_near_misses() {
        let near = suggest("dp5");
        assert!(!near.is_empty() && near.iter().all(|s| s.starts_with("DP")), "{near:?}");
        assert!(suggest("TLS7").iter().any(|s| s.starts_with("TLS")));
        assert!(find("obs1").is_some());
    }
}
