//! Every validation rule, seen from outside: a preset, mutated by `--set` or a text edit, must be
//! rejected with the rule's spec path, the file line where there is one, and its key phrase.

use idsgen::spec::{load, presets};
use idsgen::{Diagnostic, Error};

/// The two-hop Kubernetes chain (L7 load balancer → ingress-nginx) the hop tests mutate; the
/// preset itself now uses Envoy Gateway behind a TCP load balancer.
const L7_THEN_INGRESS: &str = "proxy.hops=[{kind: cloud-l7-lb, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\"]}, {kind: ingress-nginx, terminates_tls: false, trusted_networks: [\"10.244.0.0/16\"]}]";

fn text(preset: &str) -> &'static str {
    presets::find(preset).expect("preset exists").text
}

/// Every diagnostic for `text` after `sets`; panics when the spec is valid or does not parse.
fn problems_in(text: &str, sets: &[&str]) -> Vec<Diagnostic> {
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    match load::load("test.yaml", text, &sets) {
        Err(Error::Invalid { diagnostics, .. }) => diagnostics,
        Ok(_) => panic!("expected the spec to be rejected after {sets:?}"),
        Err(other) => panic!("expected validation errors after {sets:?}, got: {other}"),
    }
}

/// The diagnostic at `path`, whose message or fix contains `phrase`.
fn rejected_text(text: &str, sets: &[&str], path: &str, phrase: &str) -> Diagnostic {
    let diags = problems_in(text, sets);
    let found = diags
        .iter()
        .find(|d| d.path == path && (d.message.contains(phrase) || d.fix.contains(phrase)));
    match found {
        Some(d) => d.clone(),
        None => panic!("no diagnostic at `{path}` mentioning {phrase:?} after {sets:?}; got:\n{diags:#?}"),
    }
}

fn rejected(preset: &str, sets: &[&str], path: &str, phrase: &str) -> Diagnostic {
    rejected_text(text(preset), sets, path, phrase)
}

fn valid(preset: &str, sets: &[&str]) {
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    if let Err(e) = load::load("test.yaml", text(preset), &sets) {
        panic!("expected {preset} with {sets:?} to be valid: {e}");
    }
}

/// 1-based line of the first line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("needle in text") + 1
}

const ONPREM: &str = "onprem-nginx";

// ---- presets and reporting ---------------------------------------------------------------

#[test]
fn every_preset_validates_clean() {
    let all = presets::all();
    assert_eq!(
        all.len(),
        6,
        "six presets: {:?}",
        all.iter().map(|p| p.name).collect::<Vec<_>>()
    );
    for p in all {
        if let Err(e) = load::load(p.name, p.text, &[]) {
            panic!("preset {} is invalid: {e}", p.name);
        }
    }
}

#[test]
fn all_errors_are_reported_at_once() {
    let diags = problems_in(
        text(ONPREM),
        &["version=2", "cache.kind=memory", "clients[0].cors_origins[0]=*"],
    );
    let paths: Vec<&str> = diags.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        ["version", "cache.kind", "clients[0].cors_origins[0]"],
        "{diags:#?}"
    );
}

#[test]
fn diagnostics_carry_the_line_of_their_field() {
    // Edited in the file: the diagnostic carries the line of the field.
    let t = text(ONPREM).replace("max_instances: 2", "max_instances: 1").replace(
        r#"trusted_networks: ["127.0.0.1"]"#,
        r#"trusted_networks: ["10.0.0.1/8"]"#,
    );
    let d = rejected_text(&t, &[], "hosting.max_instances", "less than min_instances");
    assert_eq!(d.line, Some(line_of(&t, "max_instances:")));
    assert_eq!(d.from_set, None);
    let d = rejected_text(&t, &[], "proxy.hops[0].trusted_networks[0]", "host bits");
    assert_eq!(d.line, Some(line_of(&t, "trusted_networks:")));
    assert!(d.fix.contains("`10.0.0.0/8`"), "{d:?}");
}

#[test]
fn absent_fields_point_at_their_nearest_ancestor() {
    let t = text(ONPREM);
    // A value written by --set names that --set instead of a line that does not hold it.
    let d = rejected(
        ONPREM,
        &["public.path_base=/identity/"],
        "public.path_base",
        "ends with `/`",
    );
    assert_eq!(d.from_set.as_deref(), Some("public.path_base=/identity/"));
    assert_eq!(d.line, None);
    // A removed section points at the document's first key.
    let start = t.find("redis:\n").unwrap();
    let end = t[start..].find("clients:").unwrap() + start;
    let cut = format!("{}{}", &t[..start], &t[end..]);
    let d = rejected_text(&cut, &[], "redis", "no `redis` section");
    assert_eq!(d.line, Some(line_of(&cut, "version: 1")));
}

// ---- version, project, hosting, public -----------------------------------------------------

#[test]
fn version_must_be_1() {
    let d = rejected(ONPREM, &["version=2"], "version", "reads spec version 1");
    assert!(d.fix.contains("upgrade idsgen"), "{d:?}");
    assert_eq!(d.from_set.as_deref(), Some("version=2"));
    let t = text(ONPREM).replace("version: 1", "version: 2");
    let d = rejected_text(&t, &[], "version", "reads spec version 1");
    assert_eq!(d.line, Some(line_of(&t, "version: 2")));
    rejected(ONPREM, &["version=0"], "version", "write `version: 1`");
}

#[test]
fn project_name_is_a_dotnet_name() {
    rejected(ONPREM, &["project.name=Acme-Identity"], "project.name", "`-`");
    rejected(ONPREM, &["project.name=Acme.class"], "project.name", "C# keyword");
}

#[test]
fn duende_is_7_or_8_and_8_needs_net10() {
    rejected(ONPREM, &["project.duende=6"], "project.duende", "versions 7 and 8");
    rejected(ONPREM, &["project.dotnet=net8"], "project.dotnet", "net10.0 only");
    valid(ONPREM, &["project.dotnet=net8", "project.duende=7"]);
}

#[test]
fn instance_counts() {
    rejected(
        ONPREM,
        &["hosting.min_instances=0"],
        "hosting.min_instances",
        "scale to nothing",
    );
    rejected(
        ONPREM,
        &["hosting.max_instances=1"],
        "hosting.max_instances",
        "less than min_instances (2)",
    );
}

#[test]
fn public_origin_is_an_https_origin() {
    rejected(
        ONPREM,
        &["public.origin=http://id.example.com"],
        "public.origin",
        "must be https",
    );
    rejected(
        ONPREM,
        &["public.origin=https://id.example.com/identity"],
        "public.origin",
        "public.path_base",
    );
    rejected(
        ONPREM,
        &["public.origin=https://id_1.example.com"],
        "public.origin",
        "RFC 1123",
    );
    rejected(
        ONPREM,
        &["public.path_base=identity"],
        "public.path_base",
        "start with `/`",
    );
    valid(ONPREM, &["public.path_base=/identity"]);
}

// ---- proxy chain ---------------------------------------------------------------------------

#[test]
fn a_chain_needs_a_tls_terminating_hop() {
    rejected(ONPREM, &["proxy.hops=[]"], "proxy.hops", "nothing terminates TLS");
    rejected(
        ONPREM,
        &["proxy.hops[0].terminates_tls=false"],
        "proxy.hops",
        "no hop terminates TLS",
    );
}

#[test]
fn layer7_hops_need_something_to_trust() {
    let d = rejected(
        ONPREM,
        &["proxy.hops[0].trusted_networks=[]"],
        "proxy.hops[0].trusted_networks",
        "lists no addresses",
    );
    assert!(d.message.contains("forging"), "{d:?}");
    rejected(
        ONPREM,
        &["proxy.hops[0].trusted_networks[0]=proxy.local"],
        "proxy.hops[0].trusted_networks[0]",
        "not an IP address",
    );
    rejected(
        ONPREM,
        &["proxy.hops[0].trusted_networks[0]=0.0.0.0/0"],
        "proxy.hops[0].trusted_networks[0]",
        "trusts every address",
    );
    rejected(
        ONPREM,
        &["proxy.hops[0].trusted_networks[0]=::/0"],
        "proxy.hops[0].trusted_networks[0]",
        "trusts every address",
    );
}

#[test]
fn layer4_hops_neither_terminate_tls_nor_set_headers() {
    rejected(
        "kubernetes",
        &[L7_THEN_INGRESS, "proxy.hops[0].kind=l4-lb"],
        "proxy.hops[0].terminates_tls",
        "sends no X-Forwarded-Proto",
    );
    rejected(
        "kubernetes",
        &[
            L7_THEN_INGRESS,
            "proxy.hops[0].kind=l4-lb",
            "proxy.hops[0].terminates_tls=false",
            "proxy.hops[1].terminates_tls=true",
            "proxy.hops[0].forwards=[for]",
        ],
        "proxy.hops[0].forwards",
        "cannot set X-Forwarded-*",
    );
    valid(
        "kubernetes",
        &[
            L7_THEN_INGRESS,
            "proxy.hops[0].kind=l4-lb",
            "proxy.hops[0].terminates_tls=false",
            "proxy.hops[1].terminates_tls=true",
        ],
    );
}

#[test]
fn forwards_lists_have_no_duplicates() {
    rejected(
        ONPREM,
        &["proxy.hops[0].forwards=[for, proto, for]"],
        "proxy.hops[0].forwards[2]",
        "listed twice",
    );
}

#[test]
fn the_scheme_reaches_kestrel() {
    let d = rejected(
        ONPREM,
        &["proxy.hops[0].forwards=[for, host]"],
        "proxy.hops[0].forwards",
        "X-Forwarded-Proto",
    );
    assert!(d.message.contains("nearest Kestrel"), "{d:?}");
    let d = rejected(
        "kubernetes",
        &[L7_THEN_INGRESS, "proxy.hops[1].forwards=[for]"],
        "proxy.hops[1].forwards",
        "X-Forwarded-Proto",
    );
    assert!(d.message.contains("nearest Kestrel"), "{d:?}");
    // Before TLS ends the scheme is the client's own; only hops from the terminator inward count.
    valid(
        "kubernetes",
        &[
            L7_THEN_INGRESS,
            "proxy.hops[0].terminates_tls=false",
            "proxy.hops[1].terminates_tls=true",
            "proxy.hops[0].forwards=[for]",
        ],
    );
}

#[test]
fn hop_kinds_fit_the_target() {
    rejected(
        ONPREM,
        &["proxy.hops[0].kind=app-service-frontend"],
        "proxy.hops[0].kind",
        "exists only on `azure-app-service`",
    );
    // A VM nginx hop in front of pods: nothing would run it.
    let d = rejected(
        "kubernetes",
        &["proxy.hops[1].kind=nginx"],
        "proxy.hops[1].kind",
        "cannot exist on hosting.target `kubernetes`",
    );
    assert!(d.fix.contains("`ingress-nginx`"), "{d:?}");
    rejected(
        "aws-ecs",
        &["proxy.hops[0].kind=azure-app-gateway"],
        "proxy.hops[0].kind",
        "exists only on `azure-app-service`, `azure-aks`, `kubernetes`, `onprem-linux`",
    );
    rejected(
        ONPREM,
        &["proxy.hops[0].kind=ingress-nginx"],
        "proxy.hops[0].kind",
        "runs inside Kubernetes",
    );
    rejected(
        ONPREM,
        &["proxy.hops[0].kind=gateway-api"],
        "proxy.hops[0].kind",
        "runs inside Kubernetes",
    );
    let appsvc = "azure-app-service";
    rejected(
        appsvc,
        &["proxy.hops[0].kind=cloud-l7-lb"],
        "proxy.hops",
        "App Service front end",
    );
    let d = rejected(
        appsvc,
        &["proxy.hops[1]={kind: cloud-l7-lb, terminates_tls: false, trusted_networks: [\"10.0.0.0/24\"]}"],
        "proxy.hops[0].kind",
        "must be the last hop",
    );
    assert_eq!(d.line, Some(line_of(text(appsvc), "kind: app-service-frontend")));
}

// ---- database, data protection, cache, redis -----------------------------------------------

#[test]
fn secret_references_are_names_not_values() {
    let d = rejected(
        ONPREM,
        &["database.connection_string.secret=Host=db;Password=hunter2"],
        "database.connection_string.secret",
        "looks like a secret value",
    );
    assert!(!d.message.contains("hunter2"), "never echo a secret: {d:?}");
    rejected(
        ONPREM,
        &["license.key.secret=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0"],
        "license.key.secret",
        "secret store",
    );
    rejected(
        ONPREM,
        &["redis.connection_string.secret=redis://default:pw@redis:6379"],
        "redis.connection_string.secret",
        "credentials",
    );
    rejected(
        ONPREM,
        &["clients[1].secret.secret=has space"],
        "clients[1].secret.secret",
        "` `",
    );
    rejected(
        ONPREM,
        &["data_protection.key_protection.password.secret="],
        "data_protection.key_protection.password.secret",
        "empty",
    );
}

#[test]
fn database_retries() {
    rejected(
        ONPREM,
        &["database.max_retry_count=0"],
        "database.max_retry_count",
        "DB4",
    );
}

#[test]
fn data_protection_application_name() {
    rejected(
        ONPREM,
        &["data_protection.application_name=''"],
        "data_protection.application_name",
        "DP2",
    );
    rejected(
        ONPREM,
        &["data_protection.application_name=' IdentityServer'"],
        "data_protection.application_name",
        "spaces",
    );
}

#[test]
fn key_store_fields() {
    rejected(
        ONPREM,
        &["data_protection.key_store.redis_key=''"],
        "data_protection.key_store.redis_key",
        "empty",
    );
    let blob = |uri: &str| format!("data_protection.key_store={{kind: azure-blob, blob_uri: \"{uri}\"}}");
    rejected(
        ONPREM,
        &[&blob("http://a.blob.core.windows.net/c/keys.xml")],
        "data_protection.key_store.blob_uri",
        "https",
    );
    rejected(
        ONPREM,
        &[&blob("https://a.blob.core.windows.net/c")],
        "data_protection.key_store.blob_uri",
        "names no blob",
    );
    rejected(
        ONPREM,
        &["data_protection.key_store={kind: file-system, path: keys}"],
        "data_protection.key_store.path",
        "absolute",
    );
    valid(
        ONPREM,
        &["data_protection.key_store={kind: file-system, path: /mnt/idsrv/keys}"],
    );
    rejected(
        ONPREM,
        &["data_protection.key_store={kind: aws-ssm, parameter_prefix: idsrv dp}"],
        "data_protection.key_store.parameter_prefix",
        "start with `/`",
    );
}

#[test]
fn key_protection_fields() {
    let kv = |id: &str| format!("data_protection.key_protection={{kind: azure-key-vault, key_id: \"{id}\"}}");
    rejected(
        ONPREM,
        &[&kv("http://v.vault.azure.net/keys/dp")],
        "data_protection.key_protection.key_id",
        "https",
    );
    rejected(
        ONPREM,
        &[&kv("https://v.vault.azure.net/secrets/dp")],
        "data_protection.key_protection.key_id",
        "/keys/NAME",
    );
    rejected(
        ONPREM,
        &["data_protection.key_protection.path=dp.pfx"],
        "data_protection.key_protection.path",
        "absolute",
    );
    rejected(
        ONPREM,
        &["data_protection.key_protection={kind: aws-kms, key_id: alias/dp}"],
        "data_protection.key_protection.kind",
        "aws-ssm",
    );
    rejected(
        "aws-ecs",
        &["data_protection.key_protection.key_id=my key"],
        "data_protection.key_protection.key_id",
        "not a KMS key",
    );
}

#[test]
fn more_than_one_instance_needs_a_shared_cache() {
    let d = rejected(ONPREM, &["cache.kind=memory"], "cache.kind", "per process");
    assert!(d.message.contains("MI2"), "{d:?}");
    valid(
        ONPREM,
        &[
            "cache.kind=memory",
            "hosting.min_instances=1",
            "hosting.max_instances=1",
        ],
    );
}

#[test]
fn redis_section_is_required_when_used() {
    rejected(ONPREM, &["redis="], "redis", "no `redis` section");
    valid(
        ONPREM,
        &[
            "redis=",
            "cache.kind=memory",
            "hosting.min_instances=1",
            "hosting.max_instances=1",
            "data_protection.key_store.kind=ef-database",
        ],
    );
}

#[test]
fn redis_holding_keys_needs_persistence_and_no_allkeys_eviction() {
    let d = rejected(
        ONPREM,
        &["redis.persistence=none"],
        "redis.persistence",
        "no persistence",
    );
    assert!(d.fix.contains("appendonly"), "{d:?}");
    let t = text(ONPREM).replace("persistence: aof", "persistence: none");
    let d = rejected_text(&t, &[], "redis.persistence", "no persistence");
    assert_eq!(d.line, Some(line_of(&t, "persistence: none")));
    let d = rejected("kubernetes", &["redis.persistence=none"], "redis.persistence", "DP4");
    assert!(
        d.fix.contains("Azure Managed Redis") && d.fix.contains("ElastiCache"),
        "managed hint: {d:?}"
    );
    rejected(
        ONPREM,
        &["redis.maxmemory_policy=allkeys-lru"],
        "redis.maxmemory_policy",
        "no TTL",
    );
    rejected(
        ONPREM,
        &["redis.maxmemory_policy=lru"],
        "redis.maxmemory_policy",
        "not a Redis maxmemory-policy",
    );
    // A cache-only Redis may evict and need not persist.
    valid("aws-ecs", &["redis.maxmemory_policy=allkeys-lru"]);
}

// ---- signing keys, cleanup, logging, telemetry, health, events -------------------------------

#[test]
fn signing_key_schedule() {
    let d = rejected(
        ONPREM,
        &["signing_keys.rotation_interval_days=14"],
        "signing_keys.rotation_interval_days",
        "greater than propagation_time_days (14)",
    );
    assert!(d.message.contains("refuses to start"), "{d:?}");
    rejected(
        ONPREM,
        &["signing_keys.propagation_time_days=0"],
        "signing_keys.propagation_time_days",
        "greater than 0",
    );
    rejected(
        ONPREM,
        &["signing_keys.retention_duration_days=0"],
        "signing_keys.retention_duration_days",
        "greater than 0",
    );
    rejected(
        ONPREM,
        &["signing_keys.algorithms=[]"],
        "signing_keys.algorithms",
        "no signing algorithm",
    );
    rejected(
        ONPREM,
        &["signing_keys.algorithms=[RS256, ES256, RS256]"],
        "signing_keys.algorithms[2]",
        "listed twice",
    );
}

#[test]
fn token_cleanup_runs() {
    rejected(
        ONPREM,
        &["token_cleanup.interval_seconds=0"],
        "token_cleanup.interval_seconds",
        "greater than 0",
    );
    rejected(
        ONPREM,
        &["token_cleanup.batch_size=0"],
        "token_cleanup.batch_size",
        "greater than 0",
    );
}

#[test]
fn production_log_levels() {
    rejected(ONPREM, &["logging.default=Information"], "logging.default", "OBS1");
    rejected(ONPREM, &["logging.duende=Debug"], "logging.duende", "OBS1");
    rejected(
        ONPREM,
        &["logging.aspnetcore=None"],
        "logging.aspnetcore",
        "turns off logging",
    );
    rejected(
        ONPREM,
        &["logging.categories.bad name=Error"],
        "logging.categories.bad name",
        "not a log category",
    );
    valid(
        ONPREM,
        &[
            "logging.default=Error",
            "logging.categories.Microsoft.EntityFrameworkCore=Information",
        ],
    );
}

#[test]
fn telemetry_fields() {
    rejected(
        ONPREM,
        &["telemetry.otlp_endpoint=ftp://collector"],
        "telemetry.otlp_endpoint",
        "OTLP collector",
    );
    rejected(
        ONPREM,
        &["telemetry.trace_sources=[basic, stores, basic]"],
        "telemetry.trace_sources[2]",
        "listed twice",
    );
    valid(ONPREM, &["telemetry.otlp_endpoint=http://otel-collector:4317"]);
}

#[test]
fn health_paths() {
    rejected(
        ONPREM,
        &["health.ready_path=health"],
        "health.ready_path",
        "start with `/`",
    );
    rejected(
        ONPREM,
        &["health.live_path=/health/ready"],
        "health.live_path",
        "also `health.ready_path`",
    );
    rejected(
        ONPREM,
        &["health.ready_path=/connect/health"],
        "health.ready_path",
        "protocol path",
    );
    rejected(
        ONPREM,
        &["health.metrics_path=/health/live"],
        "health.metrics_path",
        "also `health.live_path`",
    );
    valid(
        ONPREM,
        &["health.metrics_path=/health/live", "telemetry.prometheus=false"],
    );
}

#[test]
fn events_form_an_audit_trail() {
    rejected(
        ONPREM,
        &["events={success: false, failure: false, error: false}"],
        "events",
        "OBS4",
    );
}

// ---- clients --------------------------------------------------------------------------------

#[test]
fn client_ids() {
    rejected(
        ONPREM,
        &["clients[1].id=spa"],
        "clients[1].id",
        "also used by clients[0]",
    );
    rejected(ONPREM, &["clients[0].id=a b"], "clients[0].id", "` `");
}

#[test]
fn public_clients_have_no_secret_and_confidential_ones_do() {
    rejected(
        ONPREM,
        &["clients[0].secret={secret: idsrv-spa}"],
        "clients[0].secret",
        "cannot keep a secret",
    );
    rejected(
        ONPREM,
        &["clients[1].secret="],
        "clients[1].secret",
        "none is referenced",
    );
    rejected(
        "azure-aks",
        &["clients[1].secret="],
        "clients[1].secret",
        "none is referenced",
    );
}

#[test]
fn m2m_clients_do_not_redirect() {
    rejected(
        ONPREM,
        &["clients[1].redirect_uris=[\"https://a.example.com/cb\"]"],
        "clients[1].redirect_uris",
        "never redirects",
    );
    rejected(
        ONPREM,
        &["clients[1].post_logout_redirect_uris=[\"https://a.example.com/\"]"],
        "clients[1].post_logout_redirect_uris",
        "never redirects",
    );
    rejected(
        ONPREM,
        &["clients[1].scopes=[openid, api]"],
        "clients[1].scopes",
        "has no user",
    );
}

#[test]
fn redirect_uris() {
    rejected(
        ONPREM,
        &["clients[0].redirect_uris=[]"],
        "clients[0].redirect_uris",
        "at least one redirect URI",
    );
    rejected(
        ONPREM,
        &["clients[0].redirect_uris[0]=http://app.example.com/cb"],
        "clients[0].redirect_uris[0]",
        "https",
    );
    rejected(
        ONPREM,
        &["clients[0].post_logout_redirect_uris[0]=https://app.example.com/#x"],
        "clients[0].post_logout_redirect_uris[0]",
        "fragment",
    );
    let native = ["clients[0].kind=native", "clients[0].cors_origins=[]"];
    rejected(
        ONPREM,
        &[native[0], native[1], "clients[0].redirect_uris[0]=myapp://cb"],
        "clients[0].redirect_uris[0]",
        "reverse domain",
    );
    valid(
        ONPREM,
        &[
            native[0],
            native[1],
            "clients[0].redirect_uris[0]=com.example.app:/cb",
            "clients[0].post_logout_redirect_uris[0]=http://127.0.0.1/",
        ],
    );
}

#[test]
fn cors_origins_are_explicit() {
    let d = rejected(
        ONPREM,
        &["clients[0].cors_origins[0]=*"],
        "clients[0].cors_origins[0]",
        "wildcard",
    );
    assert!(d.message.contains("SEC1"), "{d:?}");
    let t = text(ONPREM).replace(r#"cors_origins: ["https://app.example.com"]"#, r#"cors_origins: ["*"]"#);
    let d = rejected_text(&t, &[], "clients[0].cors_origins[0]", "wildcard");
    assert_eq!(d.line, Some(line_of(&t, "cors_origins:")));
    rejected(
        ONPREM,
        &["clients[0].cors_origins[0]=https://app.example.com/x"],
        "clients[0].cors_origins[0]",
        "has a path",
    );
    rejected(
        ONPREM,
        &["clients[0].cors_origins[0]=http://app.example.com"],
        "clients[0].cors_origins[0]",
        "must be https",
    );
    rejected(
        ONPREM,
        &["clients[0].cors_origins=[]"],
        "clients[0].cors_origins",
        "needs its origin allowed",
    );
}

#[test]
fn client_scopes_and_lifetimes() {
    rejected(
        ONPREM,
        &["clients[0].scopes[0]=open id"],
        "clients[0].scopes[0]",
        "not a scope name",
    );
    rejected(
        ONPREM,
        &["clients[0].lifetimes.access_token=0"],
        "clients[0].lifetimes.access_token",
        "expired on issue",
    );
    rejected(
        ONPREM,
        &["clients[0].lifetimes={absolute_refresh_token: 3600, sliding_refresh_token: 7200}"],
        "clients[0].lifetimes.sliding_refresh_token",
        "longer than the absolute one",
    );
    valid(
        ONPREM,
        &["clients[0].lifetimes={absolute_refresh_token: 7200, sliding_refresh_token: 3600}"],
    );
}

// ---- sessions, secrets, nginx ---------------------------------------------------------------

#[test]
fn sessions() {
    rejected(
        ONPREM,
        &["sessions.cookie_lifetime_hours=0"],
        "sessions.cookie_lifetime_hours",
        "greater than 0",
    );
    rejected(
        ONPREM,
        &["sessions.user_display_name_claim_type=''"],
        "sessions.user_display_name_claim_type",
        "empty",
    );
}

#[test]
fn secret_stores_fit_the_target() {
    rejected(
        "azure-app-service",
        &["secrets.location="],
        "secrets.location",
        "URI is missing",
    );
    rejected(
        "azure-app-service",
        &["secrets.location=http://kv.vault.azure.net/"],
        "secrets.location",
        "https",
    );
    rejected(
        "kubernetes",
        &["secrets.provider=systemd-credentials"],
        "secrets.provider",
        "only on Linux hosts",
    );
    rejected(
        ONPREM,
        &["secrets.provider=kubernetes"],
        "secrets.provider",
        "need a Kubernetes target",
    );
}

#[test]
fn nginx_versions() {
    rejected(ONPREM, &["nginx.version=latest"], "nginx.version", "MAJOR.MINOR");
    rejected(ONPREM, &["nginx.openssl=three"], "nginx.openssl", "MAJOR.MINOR");
    valid(ONPREM, &["nginx.version=1.24", "nginx.openssl=3.0.13"]);
}

// ---- unknown fields and values, malformed YAML ------------------------------------------------

#[test]
fn unknown_fields_and_values_name_the_line_and_the_choices() {
    let t = text(ONPREM).replacen("  persistence: aof", "  persistance: aof", 1);
    match load::load("test.yaml", &t, &[]) {
        Err(Error::Parse {
            line, column, message, ..
        }) => {
            assert_eq!(line, Some(line_of(&t, "persistance")));
            assert_eq!(column, Some(3));
            assert!(
                message.contains("unknown field `persistance`. Did you mean `persistence`?"),
                "{message}"
            );
            assert!(message.contains("maxmemory_policy"), "lists the fields: {message}");
        }
        other => panic!("{other:?}"),
    }
    let t = text(ONPREM).replacen("hosting: self-hosted", "hosting: selfhosted", 1);
    match load::load("test.yaml", &t, &[]) {
        Err(Error::Parse { line, message, .. }) => {
            assert_eq!(line, Some(line_of(&t, "selfhosted")));
            assert!(
                message.contains("Did you mean `self-hosted`?") && message.contains("managed"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn malformed_yaml_names_line_and_column() {
    let t = text(ONPREM).replacen(
        "  origin: https://id.example.com",
        "  origin: [https://id.example.com",
        1,
    );
    match load::load("test.yaml", &t, &[]) {
        Err(Error::Parse {
            line: Some(l),
            column: Some(_),
            message,
            ..
        }) => {
            assert!(message.starts_with("malformed YAML"), "{message}");
            assert!(l >= line_of(&t, "origin: ["), "line {l}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn onprem_and_nginx_values_are_validated_too() {
    rejected(
        ONPREM,
        &["onprem.instance_ports=[80, 5002]"],
        "onprem.instance_ports[0]",
        "privileged",
    );
    rejected(
        ONPREM,
        &["onprem.app_hosts=[app1.internal]"],
        "onprem.app_hosts[0]",
        "not an IP address",
    );
    rejected(ONPREM, &["nginx.user=Bad User"], "nginx.user", "Unix account name");
    // One message per field: the field's own rule wins over the renderer's narrower one.
    let diags = problems_in(text(ONPREM), &["public.path_base=/identity/"]);
    assert_eq!(
        diags.iter().filter(|d| d.path == "public.path_base").count(),
        1,
        "{diags:#?}"
    );
}
