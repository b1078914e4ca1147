//! Shared by the test binaries that cover the option matrix: key store × key protection × cache ×
//! database × .NET, built from the kubernetes preset, plus preset loading.
#![allow(dead_code)]

use idsgen::spec::types::{
    CacheKind, DatabaseProvider, DotnetVersion, KeyProtection, KeyStore, Redis, RedisHosting, RedisPersistence,
    SecretRef, Spec, Target,
};
use idsgen::spec::{load, presets};

/// A preset, loaded and validated.
pub fn preset(name: &str) -> Spec {
    let p = presets::find(name).expect("preset exists");
    load::load(name, p.text, &[]).expect("preset is valid")
}

/// The presets' documentation placeholders (`*.example.com`, the sample Azure names) replaced
/// with real-looking values, as a user would before deploying: checklist item X12 then passes.
pub fn with_real_values(mut spec: Spec) -> Spec {
    let real = |v: &str| {
        v.replace("example.com", "acme-corp.io")
            .replace("acme-idsrv-kv", "acmecorp-idsrv-kv")
            .replace("acmeidsrvkeys", "acmecorpidsrvkeys")
    };
    spec.public.origin = real(&spec.public.origin);
    for c in &mut spec.clients {
        for list in [
            &mut c.redirect_uris,
            &mut c.post_logout_redirect_uris,
            &mut c.cors_origins,
        ] {
            for v in list.iter_mut() {
                *v = real(v);
            }
        }
    }
    if let KeyStore::AzureBlob { blob_uri } = &mut spec.data_protection.key_store {
        *blob_uri = real(blob_uri);
    }
    if let KeyProtection::AzureKeyVault { key_id } = &mut spec.data_protection.key_protection {
        *key_id = real(key_id);
    }
    if let Some(loc) = &mut spec.secrets.location {
        *loc = real(loc);
    }
    if matches!(
        spec.hosting.target,
        Target::AzureAks | Target::AwsEks | Target::Kubernetes
    ) {
        let k = spec.kubernetes.get_or_insert_with(Default::default);
        if k.image.repository.is_none() {
            k.image.repository = Some("registry.acme-corp.io/acme-identity".into());
        }
    }
    assert!(
        idsgen::spec::placeholders::find(&spec).is_empty(),
        "placeholders left: {:?}",
        idsgen::spec::placeholders::find(&spec)
    );
    spec
}

const STORES: [&str; 5] = ["redis", "azure-blob", "ef-database", "file-system", "aws-ssm"];
const PROTECTIONS: [&str; 3] = ["azure-key-vault", "certificate", "aws-kms"];

/// A spec from the kubernetes preset with one choice per axis; dependent fields follow so that
/// only combinations that are wrong in themselves fail validation.
pub fn matrix_spec(
    store: &str,
    protection: &str,
    cache: CacheKind,
    db: DatabaseProvider,
    dotnet: DotnetVersion,
    i: usize,
) -> Spec {
    let mut spec = with_real_values(preset("kubernetes"));
    spec.data_protection.key_store = match store {
        "redis" => KeyStore::Redis {
            redis_key: "DataProtection-Keys".into(),
        },
        "azure-blob" => KeyStore::AzureBlob {
            blob_uri: "https://acct.blob.core.windows.net/dataprotection/keys.xml".into(),
        },
        "ef-database" => KeyStore::EfDatabase,
        "file-system" => KeyStore::FileSystem {
            path: "/mnt/idsrv/keys".into(),
        },
        _ => KeyStore::AwsSsm {
            parameter_prefix: "/idsrv/dataprotection/".into(),
        },
    };
    spec.data_protection.key_protection = match protection {
        "azure-key-vault" => KeyProtection::AzureKeyVault {
            key_id: "https://vault.vault.azure.net/keys/dataprotection".into(),
        },
        "certificate" => KeyProtection::Certificate {
            path: "/var/run/secrets/idsrv/dataprotection.pfx".into(),
            password: Some(SecretRef {
                secret: "idsrv-dp-cert-password".into(),
            }),
        },
        _ => KeyProtection::AwsKms {
            key_id: "alias/idsrv-dataprotection".into(),
        },
    };
    spec.cache.kind = cache;
    if cache == CacheKind::Memory {
        spec.hosting.min_instances = 1;
        spec.hosting.max_instances = 1;
    }
    spec.redis = (store == "redis" || cache == CacheKind::Redis).then(|| Redis {
        connection_string: SecretRef {
            secret: "idsrv-redis-connection".into(),
        },
        hosting: RedisHosting::Managed,
        persistence: RedisPersistence::Aof,
        maxmemory_policy: "noeviction".into(),
    });
    spec.database.provider = db;
    spec.project.dotnet = dotnet;
    spec.project.duende = if dotnet == DotnetVersion::Net8 { 7 } else { 8 };
    // A single trusted address as well as networks, so KnownProxies is exercised too.
    spec.proxy.hops[0].trusted_networks.push("10.0.0.7".into());
    // Vary the optional parts along the matrix so each template branch is taken somewhere.
    spec.public.path_base = i.is_multiple_of(2).then(|| "/identity".to_string());
    spec.telemetry.prometheus = !i.is_multiple_of(3);
    spec.telemetry.otlp_endpoint = (i % 4 == 1).then(|| "http://otel-collector:4317".to_string());
    spec.sessions.server_side = !i.is_multiple_of(5);
    spec
}

/// Every combination of the matrix (valid or not), labelled `store+protection+cache+db+dotnet`.
pub fn option_matrix() -> Vec<(String, Spec)> {
    let mut out = Vec::new();
    let mut i = 0;
    for store in STORES {
        for protection in PROTECTIONS {
            for cache in [CacheKind::Redis, CacheKind::Memory] {
                for db in [DatabaseProvider::Sqlserver, DatabaseProvider::Postgres] {
                    for dotnet in [DotnetVersion::Net8, DotnetVersion::Net10] {
                        i += 1;
                        let label = format!("{store}+{protection}+{cache:?}+{db:?}+{dotnet:?}");
                        out.push((label, matrix_spec(store, protection, cache, db, dotnet, i)));
                    }
                }
            }
        }
    }
    out
}
