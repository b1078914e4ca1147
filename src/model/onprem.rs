//! On-prem facts: the systemd service name, Kestrel ports and bind address, install paths, and
//! the rules that keep values printed raw into nginx, systemd and Redis files to a safe charset.

use crate::error::Diagnostic;
use crate::model::forwarding::is_l7;
use crate::spec::types::{HopKind, NginxHost, Onprem, Spec};
use serde::Serialize;
use std::net::IpAddr;

/// The most instances rendered without explicit `onprem.instance_ports` (validation refuses more).
pub const MAX_DEFAULT_INSTANCES: u16 = 100;

/// First Kestrel port when `onprem.instance_ports` is empty; instance n listens on 5000 + n.
pub const FIRST_DEFAULT_PORT: u16 = 5001;

/// Where and how the instances run on Linux hosts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnpremFacts {
    /// systemd service name, e.g. `acme-identity` (units `acme-identity@.service`, `-migrate`).
    pub service_name: String,
    /// The published entry assembly, e.g. `Acme.Identity.dll`.
    pub assembly: String,
    /// Kestrel ports on every application host, one instance per port.
    pub instance_ports: Vec<u16>,
    /// Application hosts as nginx reaches them.
    pub app_hosts: Vec<IpAddr>,
    /// Address Kestrel binds: loopback when every app host is loopback, else all interfaces.
    pub kestrel_bind: String,
    /// Directory of the published application.
    pub install_dir: String,
    /// System account the instances run as.
    pub service_user: String,
    /// Absolute path of `dotnet`.
    pub dotnet_path: String,
}

impl OnpremFacts {
    /// Derives the facts; entries that do not parse are skipped (`diagnostics` reports them).
    pub fn from_spec(spec: &Spec) -> Self {
        let onprem = spec.onprem.clone().unwrap_or_default();
        let service_name = service_name(&spec.project.name);
        let instance_ports = if onprem.instance_ports.is_empty() {
            let count = spec.hosting.max_instances.clamp(1, u32::from(MAX_DEFAULT_INSTANCES)) as u16;
            (0..count).map(|i| FIRST_DEFAULT_PORT + i).collect()
        } else {
            onprem.instance_ports.clone()
        };
        let mut app_hosts: Vec<IpAddr> = onprem.app_hosts.iter().filter_map(|h| h.parse().ok()).collect();
        if app_hosts.is_empty() {
            app_hosts.push(IpAddr::from([127, 0, 0, 1]));
        }
        let kestrel_bind = if app_hosts.iter().all(IpAddr::is_loopback) {
            "127.0.0.1"
        } else {
            "0.0.0.0"
        };
        Self {
            assembly: format!("{}.dll", spec.project.name),
            instance_ports,
            app_hosts,
            kestrel_bind: kestrel_bind.to_string(),
            install_dir: onprem
                .install_dir
                .clone()
                .unwrap_or_else(|| format!("/opt/{service_name}")),
            service_user: onprem.service_user.clone(),
            dotnet_path: onprem.dotnet_path.clone(),
            service_name,
        }
    }
}

/// `Acme.Identity` → `acme-identity`: lowercase, `.`/`_` become `-`, anything else dropped.
pub fn service_name(project: &str) -> String {
    let mut out = String::new();
    for c in project.chars() {
        match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' => out.push(c.to_ascii_lowercase()),
            '.' | '_' | '-' if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "identityserver".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Index of the nginx hop idsgen renders: the one nearest Kestrel.
pub fn managed_nginx_hop(spec: &Spec) -> Option<usize> {
    spec.proxy.hops.iter().rposition(|h| h.kind == HopKind::Nginx)
}

/// Problems with values that reach nginx, systemd or Redis files unquoted, and with the on-prem
/// topology. `spec::validate` runs these; the renderers refuse a spec that has any.
pub fn diagnostics(spec: &Spec) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let nginx_hop = managed_nginx_hop(spec);
    let onprem_used = spec.hosting.target == crate::spec::types::Target::OnpremLinux || nginx_hop.is_some();
    if nginx_hop.is_some() {
        let site = spec.nginx.clone().unwrap_or_default();
        nginx_diagnostics(&site, &mut out);
        let version = spec.nginx.clone().unwrap_or_default().version;
        if crate::model::nginx::parse_version(&version).is_some_and(|v| v < crate::model::nginx::OLDEST_SUPPORTED) {
            out.push(Diagnostic::new(
                "nginx.version",
                format!(
                    "nginx {version} predates what idsgen renders for (1.18.0: TLS 1.3, upstream keepalive_timeout)"
                ),
                "upgrade nginx to your distribution's current package (Debian 12: 1.22.1, Ubuntu 24.04: 1.24.0)",
            ));
        }
        if let Some(base) = spec
            .public
            .path_base
            .as_deref()
            .filter(|b| *b != "/" && !is_url_path(b))
        {
            out.push(Diagnostic::new(
                "public.path_base",
                format!("`{base}` is not a plain URL path; nginx rate-limits `<path_base>/connect/token` by it"),
                "use `/` followed by letters, digits and `/._-`, e.g. `/identity`",
            ));
        }
    }
    if !onprem_used {
        return out;
    }
    let onprem = spec.onprem.clone().unwrap_or_default();
    onprem_diagnostics(&onprem, &mut out);
    for (field, path) in [
        ("health.ready_path", &spec.health.ready_path),
        ("health.live_path", &spec.health.live_path),
        ("health.metrics_path", &spec.health.metrics_path),
    ] {
        if !is_url_path(path) {
            out.push(Diagnostic::new(
                field,
                format!("`{path}` is not a plain URL path; nginx denies it from the public side by this exact path"),
                "use `/` followed by letters, digits and `/._-`, e.g. `/health/ready`",
            ));
        }
    }
    if let Some(index) = nginx_hop {
        let facts = OnpremFacts::from_spec(spec);
        let innermost_l7 = spec.proxy.hops.iter().rposition(|h| is_l7(h.kind));
        let loopback_trusted = spec.proxy.hops[index].trusted_networks.iter().any(|t| {
            t.split('/')
                .next()
                .and_then(|a| a.parse::<IpAddr>().ok())
                .is_some_and(|a| a.is_loopback())
        });
        if innermost_l7 == Some(index) && facts.kestrel_bind == "127.0.0.1" && !loopback_trusted {
            out.push(Diagnostic::new(
                format!("proxy.hops[{index}].trusted_networks"),
                "nginx reaches Kestrel on loopback (onprem.app_hosts is empty or loopback), but the app would not trust 127.0.0.1, so it ignores X-Forwarded-* and builds http:// URLs",
                "add `127.0.0.1` to this hop's trusted_networks, or list the application hosts in onprem.app_hosts",
            ));
        }
    }
    out
}

fn nginx_diagnostics(nginx: &NginxHost, out: &mut Vec<Diagnostic>) {
    let origin_pull_ca = nginx.origin_pull_ca_path.clone().unwrap_or_default();
    for (field, path) in [
        ("nginx.certificate_path", &nginx.certificate_path),
        ("nginx.certificate_key_path", &nginx.certificate_key_path),
        ("nginx.origin_pull_ca_path", &origin_pull_ca),
    ] {
        if field == "nginx.origin_pull_ca_path" && nginx.origin_pull_ca_path.is_none() {
            continue;
        }
        if !is_safe_absolute_path(path) {
            out.push(Diagnostic::new(
                field,
                format!("`{path}` is not an absolute path of letters, digits and `/._-`"),
                "write the full path, e.g. `/etc/nginx/tls/fullchain.pem`",
            ));
        }
    }
    if !is_account_name(&nginx.user) {
        out.push(Diagnostic::new(
            "nginx.user",
            format!("`{}` is not a Unix account name", nginx.user),
            "use the account nginx runs as: `www-data` (Debian/Ubuntu) or `nginx` (RHEL)",
        ));
    }
    if nginx.token_rate_per_second == 0 {
        out.push(Diagnostic::new(
            "nginx.token_rate_per_second",
            "a rate of 0 would refuse every token request",
            "use a positive number of requests per second per client, e.g. 10",
        ));
    }
    if !is_nginx_size(&nginx.client_max_body_size) {
        out.push(Diagnostic::new(
            "nginx.client_max_body_size",
            format!("`{}` is not an nginx size", nginx.client_max_body_size),
            "write a number with an optional `k` or `m` suffix, e.g. `1m`",
        ));
    }
}

fn onprem_diagnostics(onprem: &Onprem, out: &mut Vec<Diagnostic>) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, port) in onprem.instance_ports.iter().enumerate() {
        if *port < 1024 || !seen.insert(*port) {
            out.push(Diagnostic::new(
                format!("onprem.instance_ports[{i}]"),
                format!("port {port} is privileged or listed twice"),
                "give every instance its own port from 1024 up, e.g. 5001, 5002",
            ));
        }
    }
    for (i, host) in onprem.app_hosts.iter().enumerate() {
        if host.parse::<IpAddr>().is_err() {
            out.push(Diagnostic::new(
                format!("onprem.app_hosts[{i}]"),
                format!("`{host}` is not an IP address; nginx resolves host names only once, at start"),
                "write the application host's IP address, e.g. `10.0.1.20`",
            ));
        }
    }
    if !is_account_name(&onprem.service_user) {
        out.push(Diagnostic::new(
            "onprem.service_user",
            format!("`{}` is not a Unix account name", onprem.service_user),
            "use lowercase letters, digits, `_` and `-`, starting with a letter, e.g. `idsrv`",
        ));
    }
    let dirs = onprem.install_dir.iter().map(|d| ("onprem.install_dir", d));
    for (field, path) in dirs.chain([("onprem.dotnet_path", &onprem.dotnet_path)]) {
        if !is_safe_absolute_path(path) {
            out.push(Diagnostic::new(
                field,
                format!("`{path}` is not an absolute path of letters, digits and `/._-`"),
                "write the full path, e.g. `/opt/acme-identity` or `/usr/bin/dotnet`",
            ));
        }
    }
}

/// An absolute path of `[A-Za-z0-9/._-]` without `..`: safe unquoted in nginx, systemd and shell.
pub fn is_safe_absolute_path(path: &str) -> bool {
    path.starts_with('/')
        && path.len() > 1
        && path.chars().all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
        && !path.split('/').any(|s| s == "..")
}

/// A URL path of `[A-Za-z0-9/._-]` starting with `/`.
pub fn is_url_path(path: &str) -> bool {
    path.starts_with('/') && path.len() > 1 && path.chars().all(|c| c.is_ascii_alphanumeric() || "/._-".contains(c))
}

/// A portable Unix account name: `[a-z_][a-z0-9_-]{0,31}`.
pub fn is_account_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z' | '_'))
        && name.len() <= 32
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// An nginx size: digits with an optional `k`/`K`/`m`/`M` suffix.
pub fn is_nginx_size(size: &str) -> bool {
    let digits = size.trim_end_matches(['k', 'K', 'm', 'M']);
    size.len() - digits.len() <= 1 && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_names_are_unit_safe() {
        assert_eq!(service_name("Acme.Identity"), "acme-identity");
        assert_eq!(service_name("My_App..Id"), "my-app-id");
        assert_eq!(service_name("..."), "identityserver");
    }

    #[test]
    fn safe_charsets_reject_breakouts() {
        assert!(is_safe_absolute_path("/etc/nginx/tls/fullchain.pem"));
        for bad in ["etc/x", "/a b", "/a;b", "/a/../b", "/a\"b", "/a$x", "/a\nb", "/"] {
            assert!(!is_safe_absolute_path(bad), "{bad:?}");
        }
        assert!(is_url_path("/health/ready"));
        assert!(!is_url_path("/health ready") && !is_url_path("/a{b") && !is_url_path("health"));
        assert!(is_account_name("www-data") && is_account_name("idsrv"));
        assert!(!is_account_name("Root") && !is_account_name("a b") && !is_account_name(""));
        assert!(is_nginx_size("1m") && is_nginx_size("512k") && is_nginx_size("1048576"));
        assert!(!is_nginx_size("1mb") && !is_nginx_size("m") && !is_nginx_size("1;"));
    }
}
