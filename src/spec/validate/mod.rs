//! The one validator: field rules and cross-field invariants, the same for the wizard, a file,
//! a preset and `--set`. Pure: takes a `Spec`, returns every problem found, in spec order.

use crate::error::Diagnostic;
use crate::model::forwarding::{TrustEntry, facts, forwards_of, is_edge, is_l7, parse_trust_entry};
use crate::spec::fields;
use crate::spec::types::*;
use std::collections::{BTreeMap, BTreeSet};

mod proxy;

/// Every problem with the spec, in spec order. Empty means valid.
pub fn validate(spec: &Spec) -> Vec<Diagnostic> {
    let mut v = Validator::default();
    v.version(spec.version);
    v.project(&spec.project);
    v.hosting(&spec.hosting);
    v.max_instances(spec);
    v.public(&spec.public);
    v.proxy(spec);
    v.database(&spec.database);
    v.data_protection(spec);
    v.cache(spec);
    v.redis(spec);
    v.signing_keys(&spec.signing_keys);
    v.token_cleanup(&spec.token_cleanup);
    v.logging(&spec.logging);
    v.telemetry(&spec.telemetry);
    v.health(spec);
    v.events(&spec.events);
    v.clients(&spec.clients);
    v.sessions(&spec.sessions);
    v.secrets(spec);
    v.license(&spec.license);
    v.nginx(spec);
    v.migrations(spec);
    // Values that reach nginx, systemd, shell and Helm files are checked where those files are
    // modelled; a field already reported above keeps its first, more specific message.
    let modelled = crate::model::onprem::diagnostics(spec)
        .into_iter()
        .chain(crate::outputs::helm::diagnostics(spec));
    for d in modelled {
        if !v.out.iter().any(|seen| seen.path == d.path) {
            v.out.push(d);
        }
    }
    v.out
}

#[derive(Default)]
struct Validator {
    out: Vec<Diagnostic>,
}

impl Validator {
    /// App Service has nothing that runs a one-off task before the new image takes traffic, so
    /// `deployment` would leave the migration unrun; the pipeline must run it.
    fn migrations(&mut self, spec: &Spec) {
        if spec.hosting.target == Target::AzureAppService && spec.migrations.run_by == MigrationRunner::Deployment {
            self.err(
                "migrations.run_by",
                "`deployment` is not supported on azure-app-service: App Service has no one-off task or pre-start hook that would run the migration, so it would never run",
                "set `migrations.run_by: pipeline` and run `dotnet <App>.dll migrate` from your pipeline before the slot swap or image update (deploy/terraform/azure/README.md shows how)",
            );
        }
    }
}

impl Validator {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>, fix: impl Into<String>) {
        self.out.push(Diagnostic::new(path, message, fix));
    }

    /// Records a field rule's verdict; the rule's text says what is wrong, `fix` what to write.
    fn field(&mut self, path: impl Into<String>, verdict: Result<(), String>, fix: &str) {
        if let Err(message) = verdict {
            self.err(path, message, fix);
        }
    }

    fn positive(&mut self, path: &str, value: u32, what: &str, fix: &str) {
        if value == 0 {
            self.err(path, format!("{what} is 0; it must be greater than 0"), fix);
        }
    }

    fn secret(&mut self, path: &str, r: &SecretRef) {
        self.field(
            format!("{path}.secret"),
            fields::secret_name(&r.secret),
            "write the name the secret has in your secret store, e.g. `idsrv-db-connection`",
        );
    }

    fn version(&mut self, version: u32) {
        if version != SPEC_VERSION {
            let why = if version > SPEC_VERSION {
                "it was written by a newer idsgen"
            } else {
                "there is no such version"
            };
            self.err(
                "version",
                format!(
                    "spec version {version} is not readable: this idsgen reads spec version {SPEC_VERSION} only ({why})"
                ),
                if version > SPEC_VERSION {
                    "upgrade idsgen, or write `version: 1` and the version-1 fields"
                } else {
                    "write `version: 1`"
                },
            );
        }
    }

    fn project(&mut self, p: &Project) {
        self.field(
            "project.name",
            fields::project_name(&p.name),
            "write a .NET name such as `Acme.Identity`",
        );
        match p.duende {
            7 | 8 => {}
            other => self.err(
                "project.duende",
                format!("Duende IdentityServer {other} is not supported; idsgen generates for versions 7 and 8"),
                "write `duende: 8` (current, .NET 10) or `duende: 7` (.NET 8 or 10)",
            ),
        }
        if p.duende == 8 && p.dotnet == DotnetVersion::Net8 {
            self.err(
                "project.dotnet",
                "Duende IdentityServer 8 targets net10.0 only; `net8` cannot run it",
                "write `dotnet: net10`, or `duende: 7` to stay on .NET 8",
            );
        }
        if let Some(images) = &p.base_images {
            for (name, digest) in [
                ("sdk_digest", &images.sdk_digest),
                ("runtime_digest", &images.runtime_digest),
            ] {
                let hex = digest.strip_prefix("sha256:").unwrap_or("");
                if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                    self.err(
                        format!("project.base_images.{name}"),
                        format!("`{digest}` is not an image digest"),
                        "write `sha256:` and 64 lowercase hex digits, as `docker buildx imagetools inspect IMAGE:TAG` prints it",
                    );
                }
            }
        }
    }

    fn hosting(&mut self, h: &Hosting) {
        if h.min_instances == 0 {
            self.err(
                "hosting.min_instances",
                "min_instances is 0: the identity server would be allowed to scale to nothing",
                "write `min_instances: 1` or more (2 or more for no downtime during deploys)",
            );
        }
        if h.max_instances < h.min_instances {
            self.err(
                "hosting.max_instances",
                format!(
                    "max_instances ({}) is less than min_instances ({})",
                    h.max_instances, h.min_instances
                ),
                format!(
                    "write `max_instances: {}` or more, or lower min_instances",
                    h.min_instances
                ),
            );
        }
    }

    fn max_instances(&mut self, spec: &Spec) {
        let h = &spec.hosting;
        let Some((_, limit, why)) = MAX_INSTANCES.iter().find(|(t, _, _)| *t == h.target) else {
            return;
        };
        // Explicit instance ports set the count themselves (`onprem` rules check them).
        let ports_given = spec.onprem.as_ref().is_some_and(|o| !o.instance_ports.is_empty());
        if h.max_instances > *limit && !ports_given {
            self.err(
                "hosting.max_instances",
                format!(
                    "max_instances is {}, but hosting.target `{}` renders at most {limit}: {why}",
                    h.max_instances,
                    target_name(h.target)
                ),
                format!("write `max_instances: {limit}` or less"),
            );
        }
    }

    fn public(&mut self, p: &PublicEndpoint) {
        // The app sets IssuerUri from origin + path_base, so an https origin makes an https issuer
        // (checklist TLS3, RP3).
        self.field(
            "public.origin",
            fields::https_origin(&p.origin),
            "write the public https origin users type, e.g. `https://id.example.com`; the issuer is this origin plus `path_base`",
        );
        if let Some(base) = &p.path_base {
            self.field(
                "public.path_base",
                fields::path_base(base),
                "write a path such as `/identity`, or omit `path_base`",
            );
        }
    }

    fn database(&mut self, d: &Database) {
        self.secret("database.connection_string", &d.connection_string);
        if d.max_retry_count == 0 {
            self.err(
                "database.max_retry_count",
                "max_retry_count is 0, so a transient database failure fails the request (checklist DB4)",
                "write a retry count such as `5`",
            );
        }
    }

    fn data_protection(&mut self, spec: &Spec) {
        let dp = &spec.data_protection;
        if dp.application_name.trim().is_empty() {
            self.err(
                "data_protection.application_name",
                "the application name is empty; every instance must share one explicit name (checklist DP2)",
                "write a name such as `IdentityServer`",
            );
        } else if dp.application_name.trim() != dp.application_name {
            self.err(
                "data_protection.application_name",
                format!(
                    "`{}` has leading or trailing spaces; instances configured by hand would not match it",
                    dp.application_name
                ),
                "remove the spaces",
            );
        }
        match &dp.key_store {
            KeyStore::Redis { redis_key } => {
                if redis_key.trim().is_empty() {
                    self.err(
                        "data_protection.key_store.redis_key",
                        "the Redis key is empty",
                        "write a key such as `DataProtection-Keys`, or omit it for that default",
                    );
                }
            }
            KeyStore::AzureBlob { blob_uri } => {
                let path = "data_protection.key_store.blob_uri";
                match fields::https_url(blob_uri) {
                    Err(e) => self.err(
                        path,
                        e,
                        "write the blob's https URI, e.g. `https://acct.blob.core.windows.net/dataprotection/keys.xml`",
                    ),
                    Ok(()) => {
                        let segments = url::Url::parse(blob_uri)
                            .map(|u| {
                                u.path_segments()
                                    .map(|s| s.filter(|p| !p.is_empty()).count())
                                    .unwrap_or(0)
                            })
                            .unwrap_or(0);
                        if segments < 2 {
                            self.err(
                                path,
                                format!("`{blob_uri}` names no blob: the URI needs a container and a blob name"),
                                "write `https://ACCOUNT.blob.core.windows.net/CONTAINER/keys.xml`",
                            );
                        }
                    }
                }
            }
            KeyStore::EfDatabase => {}
            KeyStore::FileSystem { path } => {
                // A file-system store is shared only when it is a mount every instance sees; we
                // cannot check the mount, only that the path is absolute (not the working directory).
                self.field(
                    "data_protection.key_store.path",
                    fields::absolute_path(path),
                    "write the absolute path of a directory on a mount shared by every instance (NFS, Azure Files, EFS), e.g. `/mnt/idsrv/keys`",
                );
            }
            KeyStore::AwsSsm { parameter_prefix } => {
                let p = parameter_prefix;
                let ok = p.starts_with('/')
                    && p.len() > 1
                    && p.chars().all(|c| c.is_ascii_alphanumeric() || "_.-/".contains(c))
                    && !p.contains("//");
                if !ok {
                    self.err(
                        "data_protection.key_store.parameter_prefix",
                        format!("`{p}` is not an SSM parameter path: it must start with `/` and use letters, digits and `_.-/`"),
                        "write a prefix such as `/idsrv/dataprotection/`",
                    );
                }
            }
        }
        match &dp.key_protection {
            KeyProtection::AzureKeyVault { key_id } => {
                let path = "data_protection.key_protection.key_id";
                match fields::https_url(key_id) {
                    Err(e) => self.err(
                        path,
                        e,
                        "write the key identifier, e.g. `https://VAULT.vault.azure.net/keys/dataprotection`",
                    ),
                    Ok(()) => {
                        if !url::Url::parse(key_id)
                            .is_ok_and(|u| u.path().starts_with("/keys/") && u.path().len() > "/keys/".len())
                        {
                            self.err(
                                path,
                                format!("`{key_id}` is not a Key Vault key identifier (its path must be `/keys/NAME`)"),
                                "write `https://VAULT.vault.azure.net/keys/NAME` (a key, not a secret)",
                            );
                        }
                    }
                }
            }
            KeyProtection::Certificate { path, password } => {
                if !crate::model::packages::certificate_deliverable(spec.hosting.target) {
                    let (target, fix) = match spec.hosting.target {
                        Target::AwsEcs => (
                            "aws-ecs",
                            "write `key_store: { kind: aws-ssm, parameter_prefix: /idsrv/dataprotection/ }` and `key_protection: { kind: aws-kms, key_id: alias/idsrv-dataprotection }`",
                        ),
                        _ => (
                            "azure-app-service",
                            "write `key_protection: { kind: azure-key-vault, key_id: https://VAULT.vault.azure.net/keys/dataprotection }`",
                        ),
                    };
                    self.err(
                        "data_protection.key_protection.kind",
                        format!(
                            "`certificate` protection needs the PFX file on every instance, and on `{target}` nothing delivers it: the image leaves key files out (.dockerignore) and the rendered deployment mounts none"
                        ),
                        fix,
                    );
                }
                self.field(
                    "data_protection.key_protection.path",
                    fields::absolute_path(path),
                    "write the absolute path where the PFX is mounted on every instance, e.g. `/etc/idsrv/dataprotection.pfx`",
                );
                if let Some(pw) = password {
                    self.secret("data_protection.key_protection.password", pw);
                }
            }
            KeyProtection::AwsKms { key_id } => {
                if !matches!(dp.key_store, KeyStore::AwsSsm { .. }) {
                    self.err(
                        "data_protection.key_protection.kind",
                        format!(
                            "`aws-kms` protection works through SSM SecureString parameters, but the key store is `{}`",
                            key_store_name(&dp.key_store)
                        ),
                        if crate::model::packages::certificate_deliverable(spec.hosting.target) {
                            "set `data_protection.key_store.kind: aws-ssm`, or protect keys with `certificate`"
                        } else {
                            "set `data_protection.key_store.kind: aws-ssm`"
                        },
                    );
                }
                let ok = key_id.starts_with("alias/")
                    || key_id.starts_with("arn:aws")
                    || (key_id.len() == 36 && key_id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'));
                if !ok || key_id.chars().any(char::is_whitespace) {
                    self.err(
                        "data_protection.key_protection.key_id",
                        format!("`{key_id}` is not a KMS key id, alias or ARN"),
                        "write `alias/NAME`, a key ARN `arn:aws:kms:REGION:ACCOUNT:key/ID`, or a key id",
                    );
                }
            }
        }
    }

    fn cache(&mut self, spec: &Spec) {
        if spec.hosting.max_instances > 1 && spec.cache.kind == CacheKind::Memory {
            self.err(
                "cache.kind",
                format!(
                    "the memory cache is per process, but up to {} instances run: OIDC state, replay checks and throttling would differ between instances (checklist MI2)",
                    spec.hosting.max_instances
                ),
                "write `cache: { kind: redis }` and add a `redis` section, or set `hosting.max_instances: 1`",
            );
        }
    }

    fn redis(&mut self, spec: &Spec) {
        let holds_keys = matches!(spec.data_protection.key_store, KeyStore::Redis { .. });
        let caches = spec.cache.kind == CacheKind::Redis;
        let Some(redis) = &spec.redis else {
            if holds_keys || caches {
                let users = match (caches, holds_keys) {
                    (true, true) => "cache.kind and data_protection.key_store are `redis`",
                    (true, false) => "cache.kind is `redis`",
                    _ => "data_protection.key_store is `redis`",
                };
                self.err(
                    "redis",
                    format!("{users}, but there is no `redis` section"),
                    "add `redis: { connection_string: { secret: idsrv-redis-connection }, hosting: self-hosted, persistence: aof }`",
                );
            }
            return;
        };
        self.secret("redis.connection_string", &redis.connection_string);
        self.field(
            "redis.maxmemory_policy",
            fields::maxmemory_policy(&redis.maxmemory_policy),
            "write `noeviction` (or `volatile-lru` when Redis is also a cache)",
        );
        if !holds_keys {
            return;
        }
        if redis.persistence == RedisPersistence::None {
            let fix = match redis.hosting {
                RedisHosting::SelfHosted => {
                    "write `persistence: aof` (appendonly yes) or `persistence: rdb` (snapshots)".to_string()
                }
                RedisHosting::Managed => "write `persistence: aof` or `persistence: rdb` and turn on the managed equivalent: Azure Managed Redis `persistence_append_only_file_backup_frequency` or `persistence_redis_database_backup_frequency` (Azure Cache for Redis: Premium only); ElastiCache has no AOF, use `rdb` with `snapshot_retention_limit` and Multi-AZ, or MemoryDB; or keep keys elsewhere (`data_protection.key_store`)".to_string(),
            };
            self.err(
                "redis.persistence",
                "Redis holds the Data Protection keys but has no persistence: a restart loses every key, signing keys can no longer be decrypted and all cookies die (checklist DP4)",
                fix,
            );
        }
        if redis.maxmemory_policy.starts_with("allkeys-") {
            self.err(
                "redis.maxmemory_policy",
                format!(
                    "`{}` may evict the Data Protection key ring, which has no TTL",
                    redis.maxmemory_policy
                ),
                "write `noeviction`, or `volatile-lru` so only keys with a TTL are evicted",
            );
        }
    }

    fn signing_keys(&mut self, k: &SigningKeys) {
        let p = "signing_keys";
        self.positive(
            &format!("{p}.propagation_time_days"),
            k.propagation_time_days,
            "propagation_time_days",
            "write the days clients need to refresh discovery before a new key signs, e.g. `14`",
        );
        if k.rotation_interval_days <= k.propagation_time_days {
            self.err(
                format!("{p}.rotation_interval_days"),
                format!(
                    "rotation_interval_days ({}) must be greater than propagation_time_days ({}); Duende refuses to start otherwise",
                    k.rotation_interval_days, k.propagation_time_days
                ),
                format!(
                    "write `rotation_interval_days: {}` or more (90 is the default), or shorten propagation_time_days",
                    k.propagation_time_days.saturating_add(1).max(90)
                ),
            );
        }
        self.positive(
            &format!("{p}.retention_duration_days"),
            k.retention_duration_days,
            "retention_duration_days",
            "write the days a retired key still validates tokens, at least the longest token lifetime, e.g. `14`",
        );
        if k.algorithms.is_empty() {
            self.err(
                format!("{p}.algorithms"),
                "no signing algorithm is listed",
                "write `algorithms: [RS256]` (add others after it; the first is the default)",
            );
        }
        let mut seen = BTreeSet::new();
        for (i, a) in k.algorithms.iter().enumerate() {
            if !seen.insert(format!("{a:?}")) {
                self.err(
                    format!("{p}.algorithms[{i}]"),
                    format!("`{a:?}` is listed twice"),
                    "list each algorithm once",
                );
            }
        }
    }

    fn token_cleanup(&mut self, t: &TokenCleanup) {
        self.positive(
            "token_cleanup.interval_seconds",
            t.interval_seconds,
            "interval_seconds",
            "write the seconds between cleanup runs, e.g. `3600`",
        );
        self.positive(
            "token_cleanup.batch_size",
            t.batch_size,
            "batch_size",
            "write the rows deleted per batch, e.g. `100`",
        );
    }

    fn logging(&mut self, l: &Logging) {
        for (name, level, category) in [
            ("default", l.default, "Default"),
            ("duende", l.duende, "Duende.IdentityServer"),
            ("aspnetcore", l.aspnetcore, "Microsoft.AspNetCore"),
        ] {
            let path = format!("logging.{name}");
            if level < LogLevel::Warning {
                self.err(
                    path,
                    format!("`{level:?}` for `{category}` logs high volume and can surface sensitive request data in production (checklist OBS1)"),
                    format!("write `{name}: Warning` (or Error); raise a single category under `logging.categories` while debugging"),
                );
            } else if level == LogLevel::None {
                self.err(
                    path,
                    format!("`None` turns off logging for `{category}`, so errors would go unseen"),
                    format!("write `{name}: Warning`"),
                );
            }
        }
        for name in l.categories.keys() {
            let ok = !name.is_empty()
                && name
                    .split('.')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
            if !ok {
                self.err(
                    format!("logging.categories.{name}"),
                    format!("`{name}` is not a log category name (dot-separated .NET names)"),
                    "write a category such as `Microsoft.EntityFrameworkCore`",
                );
            }
        }
    }

    fn telemetry(&mut self, t: &Telemetry) {
        if let Some(endpoint) = &t.otlp_endpoint {
            let ok = url::Url::parse(endpoint).is_ok_and(|u| {
                matches!(u.scheme(), "http" | "https")
                    && u.host().is_some()
                    && u.username().is_empty()
                    && u.password().is_none()
            });
            if !ok {
                self.err(
                    "telemetry.otlp_endpoint",
                    format!("`{endpoint}` is not an http(s) URL of an OTLP collector"),
                    "write e.g. `http://otel-collector:4317`, or omit it to use OTEL_EXPORTER_OTLP_ENDPOINT",
                );
            }
        }
        let mut seen = BTreeSet::new();
        for (i, s) in t.trace_sources.iter().enumerate() {
            if !seen.insert(*s) {
                self.err(
                    format!("telemetry.trace_sources[{i}]"),
                    format!("`{s:?}` is listed twice"),
                    "list each trace source once",
                );
            }
        }
    }

    fn health(&mut self, spec: &Spec) {
        let h = &spec.health;
        let mut paths: Vec<(&str, &str)> = vec![("ready_path", &h.ready_path), ("live_path", &h.live_path)];
        if spec.telemetry.prometheus {
            paths.push(("metrics_path", &h.metrics_path));
        }
        let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
        for (name, value) in paths {
            let path = format!("health.{name}");
            if let Err(e) = fields::endpoint_path(value) {
                self.err(path, e, "write a path such as `/health/ready`");
                continue;
            }
            if value.starts_with("/connect/") || value.starts_with("/.well-known/") {
                self.err(
                    path,
                    format!("`{value}` is under an IdentityServer protocol path and would shadow or be shadowed by it"),
                    "use a path such as `/health/ready`",
                );
                continue;
            }
            if let Some(other) = seen.insert(value, name) {
                self.err(
                    path,
                    format!("`{value}` is also `health.{other}`; each endpoint needs its own path (ready runs checks, live runs none)"),
                    "give each endpoint a different path, e.g. `/health/ready` and `/health/live`",
                );
            }
        }
    }

    fn events(&mut self, e: &Events) {
        if !(e.success || e.failure || e.error) {
            self.err(
                "events",
                "success, failure and error events are all off, so there is no audit trail (checklist OBS4)",
                "write `events: { success: true, failure: true, error: true }`",
            );
        }
    }

    fn clients(&mut self, clients: &[Client]) {
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, c) in clients.iter().enumerate() {
            let p = format!("clients[{i}]");
            self.field(
                format!("{p}.id"),
                fields::client_id(&c.id),
                "write a short id such as `spa` or `orders-api`",
            );
            if let Some(first) = ids.insert(&c.id, i) {
                ids.insert(&c.id, first);
                self.err(
                    format!("{p}.id"),
                    format!("client id `{}` is also used by clients[{first}]", c.id),
                    "give every client a unique id",
                );
            }
            let public = matches!(c.kind, ClientKind::Spa | ClientKind::Native);
            match (&c.secret, public) {
                (Some(_), true) => self.err(
                    format!("{p}.secret"),
                    format!(
                        "a {} client runs on the user's device and cannot keep a secret; it uses PKCE instead",
                        kind_label(c.kind)
                    ),
                    "remove `secret`, or use kind `web` for a server-side app",
                ),
                (None, false) => self.err(
                    format!("{p}.secret"),
                    format!(
                        "a {} client authenticates with a secret, but none is referenced",
                        kind_label(c.kind)
                    ),
                    format!(
                        "add `secret: {{ secret: idsrv-client-{} }}` and store the value in your secret store",
                        c.id
                    ),
                ),
                (Some(s), false) => self.secret(&format!("{p}.secret"), s),
                (None, true) => {}
            }
            if c.kind == ClientKind::M2m {
                for (field, list) in [
                    ("redirect_uris", &c.redirect_uris),
                    ("post_logout_redirect_uris", &c.post_logout_redirect_uris),
                ] {
                    if !list.is_empty() {
                        self.err(
                            format!("{p}.{field}"),
                            "an m2m client uses client credentials and never redirects a browser",
                            format!("remove `{field}`, or use kind `web` for an app users sign in to"),
                        );
                    }
                }
                if c.scopes
                    .iter()
                    .any(|s| s == "openid" || s == "profile" || s == "offline_access")
                {
                    self.err(
                        format!("{p}.scopes"),
                        "an m2m client has no user, so `openid`, `profile` and `offline_access` do not apply",
                        "list only API scopes, e.g. `[api]`",
                    );
                }
            } else {
                if c.redirect_uris.is_empty() {
                    self.err(
                        format!("{p}.redirect_uris"),
                        format!(
                            "a {} client signs users in with the code flow and needs at least one redirect URI",
                            kind_label(c.kind)
                        ),
                        "add the app's callback, e.g. `[\"https://app.example.com/callback\"]`",
                    );
                }
                for (field, list) in [
                    ("redirect_uris", &c.redirect_uris),
                    ("post_logout_redirect_uris", &c.post_logout_redirect_uris),
                ] {
                    for (j, uri) in list.iter().enumerate() {
                        self.field(
                            format!("{p}.{field}[{j}]"),
                            fields::redirect_uri_for(c.kind, uri),
                            "write the exact absolute URL the app uses, e.g. `https://app.example.com/callback`",
                        );
                    }
                }
            }
            if c.kind == ClientKind::Spa && c.cors_origins.is_empty() {
                self.err(
                    format!("{p}.cors_origins"),
                    "a single-page app calls the token endpoint from the browser and needs its origin allowed (checklist SEC1)",
                    "add the app's origin, e.g. `[\"https://app.example.com\"]`",
                );
            }
            for (j, o) in c.cors_origins.iter().enumerate() {
                self.field(
                    format!("{p}.cors_origins[{j}]"),
                    fields::cors_origin(o),
                    "write each origin exactly, `https://host[:port]`, e.g. `https://app.example.com`",
                );
            }
            for (j, s) in c.scopes.iter().enumerate() {
                if s.is_empty()
                    || s.chars()
                        .any(|ch| ch.is_whitespace() || ch.is_control() || ch == '"' || ch == '\\')
                {
                    self.err(
                        format!("{p}.scopes[{j}]"),
                        format!(
                            "`{}` is not a scope name (no spaces, quotes or backslashes)",
                            s.escape_debug()
                        ),
                        "write a scope such as `api` or `orders.read`",
                    );
                }
            }
            let l = &c.lifetimes;
            for (field, value) in [
                ("access_token", l.access_token),
                ("identity_token", l.identity_token),
                ("absolute_refresh_token", l.absolute_refresh_token),
                ("sliding_refresh_token", l.sliding_refresh_token),
            ] {
                if value == Some(0) {
                    self.err(
                        format!("{p}.lifetimes.{field}"),
                        format!("{field} is 0 seconds: every token would be expired on issue"),
                        format!(
                            "write a lifetime in seconds, or omit `{field}` for the {} default",
                            kind_label(c.kind)
                        ),
                    );
                }
            }
            if let (Some(sliding), Some(absolute)) = (l.sliding_refresh_token, l.absolute_refresh_token)
                && sliding > absolute
                && absolute > 0
            {
                self.err(
                    format!("{p}.lifetimes.sliding_refresh_token"),
                    format!("the sliding refresh lifetime ({sliding} s) is longer than the absolute one ({absolute} s), which caps it"),
                    format!("write `sliding_refresh_token: {absolute}` or less, or raise absolute_refresh_token"),
                );
            }
        }
    }

    fn sessions(&mut self, s: &Sessions) {
        self.positive(
            "sessions.cookie_lifetime_hours",
            s.cookie_lifetime_hours,
            "cookie_lifetime_hours",
            "write the sign-in cookie lifetime in hours, e.g. `8`",
        );
        if s.server_side && s.user_display_name_claim_type.trim().is_empty() {
            self.err(
                "sessions.user_display_name_claim_type",
                "server-side sessions are on but the display-name claim type is empty",
                "write `user_display_name_claim_type: name`",
            );
        }
    }

    fn secrets(&mut self, spec: &Spec) {
        let s = &spec.secrets;
        let target = spec.hosting.target;
        match s.provider {
            SecretProvider::AzureKeyVault => match &s.location {
                None => self.err(
                    "secrets.location",
                    "the Key Vault's URI is missing; the app and App Service Key Vault references need it",
                    "write `location: https://VAULT.vault.azure.net/`",
                ),
                Some(loc) => self.field(
                    "secrets.location",
                    fields::https_url(loc),
                    "write the vault URI, e.g. `https://VAULT.vault.azure.net/`",
                ),
            },
            SecretProvider::SystemdCredentials if target != Target::OnpremLinux => self.err(
                "secrets.provider",
                format!(
                    "systemd credentials exist only on Linux hosts run by systemd, but hosting.target is `{}`",
                    target_name(target)
                ),
                "use the target's secret store: `azure-key-vault`, `aws-secrets-manager` or `kubernetes`",
            ),
            SecretProvider::Kubernetes if !matches!(target, Target::AzureAks | Target::AwsEks | Target::Kubernetes) => {
                self.err(
                    "secrets.provider",
                    format!(
                        "Kubernetes Secrets need a Kubernetes target, but hosting.target is `{}`",
                        target_name(target)
                    ),
                    "use `azure-key-vault`, `aws-secrets-manager` or (on-prem) `systemd-credentials`",
                )
            }
            _ => {}
        }
    }

    fn license(&mut self, l: &License) {
        self.secret("license.key", &l.key);
    }

    fn nginx(&mut self, spec: &Spec) {
        let Some(n) = &spec.nginx else { return };
        self.field(
            "nginx.version",
            fields::nginx_version(&n.version),
            "write the version `nginx -v` prints, e.g. `1.22.1`",
        );
        self.field(
            "nginx.openssl",
            fields::openssl_version(&n.openssl),
            "write the version `openssl version` prints, e.g. `3.0`",
        );
    }
}

/// The most instances each target renders, and why; a larger `max_instances` is refused rather
/// than silently clamped. Targets without a row scale as far as the platform lets them.
const MAX_INSTANCES: &[(Target, u32, &str)] = &[(
    Target::OnpremLinux,
    crate::model::onprem::MAX_DEFAULT_INSTANCES as u32,
    "one systemd instance per Kestrel port 5000, 5001, ... on each host; list more ports in `onprem.instance_ports` to run more",
)];

/// `a`, `b` and `c` as a backquoted list.
fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

fn target_name(target: Target) -> &'static str {
    match target {
        Target::AzureAppService => "azure-app-service",
        Target::AzureAks => "azure-aks",
        Target::AwsEcs => "aws-ecs",
        Target::AwsEks => "aws-eks",
        Target::Kubernetes => "kubernetes",
        Target::OnpremLinux => "onprem-linux",
    }
}

fn header_name(h: ForwardedHeader) -> &'static str {
    match h {
        ForwardedHeader::For => "for",
        ForwardedHeader::Proto => "proto",
        ForwardedHeader::Host => "host",
    }
}

fn key_store_name(k: &KeyStore) -> &'static str {
    match k {
        KeyStore::Redis { .. } => "redis",
        KeyStore::AzureBlob { .. } => "azure-blob",
        KeyStore::EfDatabase => "ef-database",
        KeyStore::FileSystem { .. } => "file-system",
        KeyStore::AwsSsm { .. } => "aws-ssm",
    }
}

fn kind_label(kind: ClientKind) -> &'static str {
    match kind {
        ClientKind::Spa => "spa",
        ClientKind::Web => "web",
        ClientKind::M2m => "m2m",
        ClientKind::Native => "native",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::presets;

    #[test]
    fn every_preset_is_valid() {
        for p in presets::all() {
            let spec: Spec = yaml_serde::from_str(p.text).expect("preset parses");
            let diags = validate(&spec);
            assert!(diags.is_empty(), "preset {} has problems: {diags:#?}", p.name);
        }
    }
}
