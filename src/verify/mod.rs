//! `idsgen verify`: probes a live deployment for what files cannot prove (the issuer every
//! instance reports, HSTS, TLS versions, exposure, CORS, proxy buffers) and reports it in the
//! same shapes and exit codes as `check`. Network failures are findings or exit 2, never panics.

pub mod catalogue;
pub mod http;
pub mod legacy_tls;
pub mod probes;
pub mod report;

use crate::spec::types::Spec;
use std::time::Duration;
use url::Url;

/// What the deployment is expected to look like: from the spec when one is given, else from the
/// URL alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectations {
    /// The issuer every discovery document must report (origin + path base, no trailing `/`).
    pub issuer: String,
    /// Signing algorithms of which at least one must be in the JWKS (empty: any key).
    pub algorithms: Vec<String>,
    /// Origins the spec lists for CORS (empty: the "listed origin" check does not apply).
    pub cors_origins: Vec<String>,
    /// Paths that must not be served publicly (relative to the origin, path base included).
    pub internal_paths: Vec<String>,
}

impl Expectations {
    /// Expectations from the URL alone: its origin and path are the issuer.
    pub fn from_url(url: &Url) -> Self {
        let issuer = format!(
            "{}{}",
            url.origin().ascii_serialization(),
            url.path().trim_end_matches('/')
        );
        Self {
            issuer,
            algorithms: Vec::new(),
            cors_origins: Vec::new(),
            internal_paths: vec!["/health/ready".into(), "/health/live".into(), "/metrics".into()],
        }
    }

    /// Expectations from a validated spec.
    pub fn from_spec(spec: &Spec) -> Self {
        let origin = spec.public.origin.trim_end_matches('/');
        let origin = Url::parse(origin)
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_else(|_| origin.to_string());
        let base = spec
            .public
            .path_base
            .as_deref()
            .unwrap_or("")
            .trim_end_matches('/')
            .to_string();
        let mut cors: Vec<String> = spec
            .clients
            .iter()
            .flat_map(|c| c.cors_origins.iter().cloned())
            .collect();
        cors.sort();
        cors.dedup();
        let mut internal = vec![
            format!("{base}{}", spec.health.ready_path),
            format!("{base}{}", spec.health.live_path),
        ];
        if spec.telemetry.prometheus {
            internal.push(format!("{base}{}", spec.health.metrics_path));
        }
        Self {
            issuer: format!("{origin}{base}"),
            algorithms: spec.signing_keys.algorithms.iter().map(|a| format!("{a:?}")).collect(),
            cors_origins: cors,
            internal_paths: internal,
        }
    }
}

/// Everything one verify run needs.
#[derive(Clone)]
pub struct Options {
    /// The public URL (https) to verify.
    pub url: Url,
    /// What it must look like.
    pub expect: Expectations,
    /// Connection settings.
    pub client: http::Client,
    /// How many times to fetch discovery (V2).
    pub samples: u32,
    /// Port for the plain-http redirect check (V6).
    pub http_port: u16,
    /// Now, as seconds since the epoch (for certificate expiry; injected so tests are stable).
    pub now: i64,
}

/// Default per-request timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a run could not start: nothing answered at the URL (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreachable(pub String);

/// Runs every check; `Err` only when nothing at all answered.
pub fn run(opts: &Options) -> Result<crate::checklist::finding::Report, Unreachable> {
    probes::run_all(opts)
}
