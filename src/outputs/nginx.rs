//! The managed nginx hop: `deploy/nginx/nginx.conf`, the site in `conf.d/`, the TLS and HSTS snippets.
//! Every number and flag is decided here; the templates only print the view.

use crate::error::{Error, Result};
use crate::model::Model;
use crate::model::forwarding::{is_edge, real_ip_sources};
use crate::model::onprem::{self, is_url_path, managed_nginx_hop};
use crate::outputs::RenderedFile;
use crate::render::Templates;
use crate::spec::types::HopKind;
use serde::Serialize;

/// Mozilla 6.0 intermediate: ECDHE with AES-GCM or ChaCha20 only (no DHE, so no dhparam).
pub const MOZILLA_INTERMEDIATE_CIPHERS: &str = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:\
ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

/// HSTS: two years (Mozilla), subdomains, preload; sent with `always` so error pages carry it.
pub const HSTS_VALUE: &str = "max-age=63072000; includeSubDomains; preload";

/// `worker_connections`; `worker_rlimit_nofile` is twice this (each proxied request holds a
/// client and an upstream descriptor).
pub const WORKER_CONNECTIONS: u32 = 4096;

/// Idle keepalive connections each worker keeps to the upstream.
pub const UPSTREAM_KEEPALIVE: u32 = 32;

/// Upstream idle timeout in seconds; below Kestrel's KeepAliveTimeout (130 s) so nginx, not
/// Kestrel, closes idle connections and never reuses one Kestrel is closing.
pub const UPSTREAM_KEEPALIVE_TIMEOUT_S: u32 = 60;

/// Proxy buffers sized for chunked OIDC cookies (a 12 KB Set-Cookie must fit in the first
/// buffer, or nginx answers 502 "upstream sent too big header").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ProxyBuffers {
    /// `proxy_buffer_size` in KiB: holds the whole upstream response header.
    pub header_kb: u32,
    /// `proxy_buffers` count.
    pub count: u32,
    /// `proxy_buffers` size in KiB.
    pub size_kb: u32,
    /// `proxy_busy_buffers_size` in KiB.
    pub busy_kb: u32,
}

impl ProxyBuffers {
    /// The sizes idsgen renders: 32k / 8 32k / 64k.
    pub const OIDC: ProxyBuffers = ProxyBuffers {
        header_kb: 32,
        count: 8,
        size_kb: 32,
        busy_kb: 64,
    };

    /// nginx refuses to start unless busy ≥ max(header, one buffer) and busy ≤ all buffers but
    /// one; two buffers' worth of busy space keeps large responses streaming.
    pub fn is_consistent(&self) -> bool {
        self.busy_kb >= self.header_kb.max(2 * self.size_kb)
            && self.busy_kb <= self.count.saturating_sub(1) * self.size_kb
    }
}

/// `large_client_header_buffers`: 4 buffers of 32k, so a 12 KB Cookie header (chunked auth
/// cookies) is not a 400 "Request Header Or Cookie Too Large".
pub const CLIENT_HEADER_BUFFERS: (u32, u32) = (4, 32);

#[derive(Debug, Serialize)]
struct NginxView {
    version: String,
    openssl: String,
    hop: usize,
    hop_name: String,
    user: String,
    worker_connections: u32,
    worker_rlimit_nofile: u32,
    site: String,
    upstream: String,
    upstream_servers: Vec<String>,
    keepalive: u32,
    keepalive_timeout: u32,
    public_host: String,
    redirect_base: String,
    https_port: u16,
    terminates_tls: bool,
    http2_directive: bool,
    session_tickets_off: bool,
    reject_handshake: bool,
    http2_header_limits: bool,
    curves: &'static str,
    ciphers: &'static str,
    certificate_path: String,
    certificate_key_path: String,
    hsts: &'static str,
    forwarded_proto: &'static str,
    forwarded_host: String,
    real_ip_sources: Vec<String>,
    token_location: String,
    token_rate: u32,
    token_burst: u32,
    denied_location: String,
    client_max_body_size: String,
    buffers: ProxyBuffers,
    client_header_buffers: (u32, u32),
    edge_lock: Option<EdgeLock>,
}

/// The origin lock when an edge (Cloudflare, Front Door, CloudFront) is the hop right in front
/// of nginx: only the edge's addresses get through, judged by the connection's own address
/// (`$realip_remote_addr`: the access module would see the client's address once
/// `set_real_ip_from` has rewritten `$remote_addr`), and for Cloudflare the client certificate
/// of Authenticated Origin Pulls.
#[derive(Debug, Serialize)]
struct EdgeLock {
    /// The edge, for comments.
    name: &'static str,
    /// Its `proxy.hops[i].trusted_networks`: the ranges it connects from.
    networks: Vec<String>,
    /// Cloudflare in front of a TLS-terminating nginx: the AOP client CA to verify.
    client_ca: Option<String>,
    /// Azure Front Door in front: the profile id every request must carry in X-Azure-FDID.
    front_door_id: Option<String>,
}

/// Cloudflare's Authenticated Origin Pulls client CA, when the spec names none.
pub const DEFAULT_ORIGIN_PULL_CA: &str = "/etc/nginx/tls/origin-pull-ca.pem";

fn edge_lock(model: &Model, index: usize) -> Option<EdgeLock> {
    let spec = &model.spec;
    let edge = spec.proxy.hops[..index].last().filter(|h| is_edge(h.kind))?;
    let name = match edge.kind {
        HopKind::Cloudflare => "Cloudflare",
        HopKind::AzureFrontDoor => "Azure Front Door",
        _ => "AWS CloudFront",
    };
    // Cloudflare's documented origin setup for AOP: `ssl_verify_client on` with the client CA
    // (developers.cloudflare.com/ssl/origin-configuration/authenticated-origin-pull/set-up/,
    // read 2026-12-03); it needs TLS between the edge and nginx.
    let client_ca = (edge.kind == HopKind::Cloudflare && spec.proxy.hops[index].terminates_tls).then(|| {
        spec.nginx
            .as_ref()
            .and_then(|n| n.origin_pull_ca_path.clone())
            .unwrap_or_else(|| DEFAULT_ORIGIN_PULL_CA.to_string())
    });
    Some(EdgeLock {
        name,
        networks: edge.trusted_networks.clone(),
        client_ca,
        front_door_id: edge
            .front_door_id
            .clone()
            .filter(|_| edge.kind == HopKind::AzureFrontDoor),
    })
}

/// Renders `deploy/nginx/` when the proxy chain has an nginx hop; nothing otherwise.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let spec = &model.spec;
    let Some(index) = managed_nginx_hop(spec) else {
        return Ok(Vec::new());
    };
    refuse_unsafe(model)?;
    let view = view(model, index);
    Ok(vec![
        RenderedFile::managed("deploy/nginx/nginx.conf", templates.render("nginx/nginx.conf", &view)?),
        RenderedFile::managed(
            format!("deploy/nginx/conf.d/{}.conf", view.site),
            templates.render("nginx/site.conf", &view)?,
        ),
        RenderedFile::managed(
            "deploy/nginx/snippets/idsgen-tls.conf",
            templates.render("nginx/snippets/idsgen-tls.conf", &view)?,
        ),
        RenderedFile::managed(
            "deploy/nginx/snippets/idsgen-hsts.conf",
            templates.render("nginx/snippets/idsgen-hsts.conf", &view)?,
        ),
    ])
}

/// The renderers print paths and names unquoted; a spec that slipped past validation with an
/// unsafe value stops here instead of producing a broken or injectable config.
pub(crate) fn refuse_unsafe(model: &Model) -> Result<()> {
    let mut diagnostics = onprem::diagnostics(&model.spec);
    let host_ok = !model.public_host.is_empty()
        && model
            .public_host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    if !host_ok {
        diagnostics.push(crate::error::Diagnostic::new(
            "public.origin",
            format!(
                "the host `{}` cannot be written into an nginx redirect",
                model.public_host
            ),
            "use a DNS name or IP address, e.g. `https://id.example.com`",
        ));
    }
    Error::ensure_valid(diagnostics)
}

fn view(model: &Model, index: usize) -> NginxView {
    let spec = &model.spec;
    let hop = &spec.proxy.hops[index];
    let host = spec.nginx.clone().unwrap_or_default();
    let site = spec.nginx.clone().unwrap_or_default();
    let facts = &model.onprem;
    let terminates_tls = hop.terminates_tls;
    let public_authority = if model.public_port == 443 {
        model.public_host.clone()
    } else {
        format!("{}:{}", model.public_host, model.public_port)
    };
    let base = path_base(spec.public.path_base.as_deref());
    let denied: Vec<String> = [
        &spec.health.ready_path,
        &spec.health.live_path,
        &spec.health.metrics_path,
    ]
    .into_iter()
    .filter(|p| is_url_path(p))
    .map(|p| regex_literal(p.trim_end_matches('/')))
    .collect();
    NginxView {
        version: host.version.clone(),
        openssl: host.openssl.clone(),
        hop: index,
        hop_name: hop.name.clone().unwrap_or_else(|| "nginx".to_string()),
        user: site.user.clone(),
        worker_connections: WORKER_CONNECTIONS,
        worker_rlimit_nofile: 2 * WORKER_CONNECTIONS,
        site: facts.service_name.clone(),
        upstream: format!("idsgen_{}", facts.service_name.replace('-', "_")),
        upstream_servers: facts
            .app_hosts
            .iter()
            .flat_map(|h| {
                facts.instance_ports.iter().map(move |p| match h {
                    std::net::IpAddr::V4(a) => format!("{a}:{p}"),
                    std::net::IpAddr::V6(a) => format!("[{a}]:{p}"),
                })
            })
            .collect(),
        keepalive: UPSTREAM_KEEPALIVE,
        keepalive_timeout: UPSTREAM_KEEPALIVE_TIMEOUT_S,
        public_host: model.public_host.clone(),
        redirect_base: format!("https://{public_authority}"),
        https_port: model.public_port,
        terminates_tls,
        http2_directive: model.nginx.http2_directive,
        session_tickets_off: model.nginx.session_tickets_off,
        reject_handshake: model.nginx.reject_handshake,
        http2_header_limits: model.nginx.http2_header_limits,
        curves: model.nginx.curves(),
        ciphers: MOZILLA_INTERMEDIATE_CIPHERS,
        certificate_path: site.certificate_path.clone(),
        certificate_key_path: site.certificate_key_path.clone(),
        hsts: HSTS_VALUE,
        // Behind a hop that ended TLS, nginx sees http; the public scheme is https unless the
        // trusted hop in front says otherwise (see the `map` in the site).
        forwarded_proto: if terminates_tls || !spec.proxy.hops[..index].iter().any(|h| h.terminates_tls) {
            "$scheme"
        } else {
            "$idsgen_forwarded_proto"
        },
        forwarded_host: if model.public_port == 443 {
            "$host".to_string()
        } else {
            format!("$host:{}", model.public_port)
        },
        real_ip_sources: real_ip_sources(&spec.proxy.hops, index),
        token_location: format!("^{}/connect/token/?$", optional_base(&base)),
        token_rate: site.token_rate_per_second,
        token_burst: site.token_burst,
        denied_location: format!("^{}(?:{})(?:/|$)", optional_base(&base), denied.join("|")),
        client_max_body_size: site.client_max_body_size.clone(),
        buffers: ProxyBuffers::OIDC,
        client_header_buffers: CLIENT_HEADER_BUFFERS,
        edge_lock: edge_lock(model, index),
    }
}

/// The path base as a regex literal, or empty; `refuse_unsafe` has rejected unsafe bases.
fn path_base(base: Option<&str>) -> String {
    match base {
        Some(b) if is_url_path(b) && !b.trim_matches('/').is_empty() => {
            regex_literal(&format!("/{}", b.trim_matches('/')))
        }
        _ => String::new(),
    }
}

/// `(?:/base)?` so both the based and the bare path match: `UsePathBase` routes either.
fn optional_base(base: &str) -> String {
    if base.is_empty() {
        String::new()
    } else {
        format!("(?:{base})?")
    }
}

/// Escapes the one regex metacharacter a safe URL path can hold.
fn regex_literal(path: &str) -> String {
    path.replace('.', "\\.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oidc_buffers_satisfy_nginx_and_hold_a_12k_header() {
        let b = ProxyBuffers::OIDC;
        assert!(b.is_consistent());
        assert!(
            b.header_kb * 1024 > 12 * 1024 + 2048,
            "12 KB cookie plus the other headers"
        );
        assert!(CLIENT_HEADER_BUFFERS.1 * 1024 > 12 * 1024 + 1024);
    }

    #[test]
    fn buffer_consistency_catches_both_limits() {
        let small_busy = ProxyBuffers {
            busy_kb: 16,
            ..ProxyBuffers::OIDC
        };
        assert!(!small_busy.is_consistent());
        let huge_busy = ProxyBuffers {
            busy_kb: 8 * 32,
            ..ProxyBuffers::OIDC
        };
        assert!(!huge_busy.is_consistent());
        let reference = ProxyBuffers {
            header_kb: 16,
            count: 8,
            size_kb: 16,
            busy_kb: 32,
        };
        assert!(reference.is_consistent());
    }

    #[test]
    fn path_regexes_escape_dots_and_allow_the_bare_path() {
        assert_eq!(regex_literal("/a.b"), "/a\\.b");
        assert_eq!(path_base(Some("/identity/")), "/identity");
        assert_eq!(path_base(Some("/")), "");
        assert_eq!(path_base(Some("/a b")), "");
        assert_eq!(optional_base("/identity"), "(?:/identity)?");
    }
}
