//! Facts derived once from a valid spec: the issuer, forwarded-headers trust, whether state must
//! be shared, which families of files exist. Templates print these; they decide nothing.

pub mod forwarding;
pub mod nginx;
pub mod onprem;
pub mod packages;
pub mod settings;

use crate::spec::types::{CacheKind, KeyStore, Spec, Target};
use forwarding::Forwarding;
use serde::Serialize;

/// Everything the outputs need, computed from the spec.
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    /// The spec as given (after `--set`), valid.
    pub spec: Spec,
    /// Forwarded-headers trust derived from `proxy.hops`.
    pub forwarding: Forwarding,
    /// The issuer: public origin plus path base, no trailing slash.
    pub issuer: String,
    /// Host name of the public origin.
    pub public_host: String,
    /// Port of the public origin (443 unless given).
    pub public_port: u16,
    /// More than one instance may run at once.
    pub multi_instance: bool,
    /// The target runs a container image (all but on-prem Linux).
    pub container: bool,
    /// The target is a Kubernetes cluster.
    pub kubernetes: bool,
    /// Redis is used for the cache or the key store.
    pub uses_redis: bool,
    /// Redis holds Data Protection keys.
    pub redis_holds_keys: bool,
    /// Directory of the host project in the output tree, e.g. `src/Acme.Identity`.
    pub project_dir: String,
    /// What the nginx and OpenSSL versions in `spec.nginx` support (defaults when absent).
    pub nginx: nginx::NginxFeatures,
    /// systemd service name, Kestrel ports, install paths (on-prem and any managed nginx hop).
    pub onprem: onprem::OnpremFacts,
}

impl Model {
    /// Derives the model. The spec must have passed `spec::validate::validate`.
    pub fn from_spec(spec: &Spec) -> Self {
        let url = url::Url::parse(&spec.public.origin).ok();
        let public_host = url
            .as_ref()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        let public_port = url.as_ref().and_then(|u| u.port_or_known_default()).unwrap_or(443);
        let origin = spec.public.origin.trim_end_matches('/');
        let issuer = match spec.public.path_base.as_deref() {
            Some(base) if !base.is_empty() && base != "/" => format!("{origin}/{}", base.trim_matches('/')),
            _ => origin.to_string(),
        };
        let redis_holds_keys = matches!(spec.data_protection.key_store, KeyStore::Redis { .. });
        let target = spec.hosting.target;
        Self {
            forwarding: forwarding::derive(&spec.proxy.hops),
            issuer,
            public_host,
            public_port,
            multi_instance: spec.hosting.max_instances > 1,
            container: target != Target::OnpremLinux,
            kubernetes: matches!(target, Target::AzureAks | Target::AwsEks | Target::Kubernetes),
            uses_redis: redis_holds_keys || spec.cache.kind == CacheKind::Redis,
            redis_holds_keys,
            project_dir: format!("src/{}", spec.project.name),
            nginx: nginx::NginxFeatures::for_host(&spec.nginx.clone().unwrap_or_default()),
            onprem: onprem::OnpremFacts::from_spec(spec),
            spec: spec.clone(),
        }
    }
}
