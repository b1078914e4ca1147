//! The proxy chain turned into forwarded-headers trust: ForwardLimit, the trust lists, the honoured
//! headers, nginx `set_real_ip_from`, and where TLS ends. One function, `derive`, owns these facts;
//! validation (`spec::validate`) rejects chains this function cannot make safe.

use crate::spec::types::{ForwardedHeader, Hop, HopKind};
use ipnet::IpNet;
use serde::Serialize;
use std::collections::BTreeSet;
use std::net::IpAddr;

/// What the application and any managed nginx must trust, derived from `proxy.hops`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forwarding {
    /// `ForwardedHeadersOptions.ForwardLimit`: one per layer-7 hop (layer-4 hops add none).
    pub forward_limit: u32,
    /// Single addresses for `KnownProxies`, sorted, deduplicated.
    pub known_proxies: Vec<IpAddr>,
    /// Networks for `KnownIPNetworks` (net10) / `KnownNetworks` (net8), sorted, deduplicated.
    pub known_networks: Vec<IpNet>,
    /// Headers the app honours: exactly those the hop nearest Kestrel sets.
    pub headers: BTreeSet<ForwardedHeader>,
    /// Index in `proxy.hops` of the outermost hop that terminates TLS; it also redirects HTTP to
    /// HTTPS. `None` when no hop terminates TLS (validation rejects that).
    pub tls_terminated_at: Option<usize>,
    /// Number of layer-7 hops.
    pub l7_hops: usize,
}

/// The headers a hop kind sets when the spec does not say.
pub fn default_forwards(kind: HopKind) -> Vec<ForwardedHeader> {
    use ForwardedHeader::{For, Host, Proto};
    match kind {
        // nginx and ingress-nginx: idsgen's nginx sets all three; ingress-nginx sets X-Forwarded-Host.
        HopKind::Nginx | HopKind::IngressNginx | HopKind::CloudL7Lb => vec![For, Proto, Host],
        // AWS ALB preserves Host and sends X-Forwarded-For/Proto/Port but no X-Forwarded-Host.
        HopKind::AwsAlb => vec![For, Proto],
        // UNVERIFIED: App Service's front end and Application Gateway keep the public Host (with
        // host-name preservation on) and send X-Forwarded-For/Proto; Application Gateway sends
        // X-Original-Host, not X-Forwarded-Host. Gateway API (Envoy-based) preserves Host as well.
        HopKind::AppServiceFrontend | HopKind::AzureAppGateway | HopKind::GatewayApi => vec![For, Proto],
        HopKind::L4Lb => vec![],
    }
}

/// Whether a hop kind speaks HTTP and so counts toward ForwardLimit.
pub fn is_l7(kind: HopKind) -> bool {
    kind != HopKind::L4Lb
}

/// The headers a hop sets: its explicit list, or its kind's default.
pub fn forwards_of(hop: &Hop) -> Vec<ForwardedHeader> {
    hop.forwards.clone().unwrap_or_else(|| default_forwards(hop.kind))
}

/// One parsed trust entry: a single address or a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustEntry {
    /// A single address (`KnownProxies`).
    Address(IpAddr),
    /// A network (`KnownIPNetworks`).
    Network(IpNet),
}

/// Parses `10.0.0.1` or `10.0.0.0/16`. A network with host bits set is an error (`IPNetwork.Parse`
/// on .NET 10 rejects it too); `/32` and `/128` are single addresses.
pub fn parse_trust_entry(text: &str) -> Result<TrustEntry, String> {
    if text.contains('/') {
        let net: IpNet = text
            .parse()
            .map_err(|_| format!("`{text}` is not an IP network in CIDR form"))?;
        if net.trunc() != net {
            return Err(format!("`{text}` has host bits set; the network is `{}`", net.trunc()));
        }
        if net.prefix_len() == net.max_prefix_len() {
            return Ok(TrustEntry::Address(net.addr()));
        }
        Ok(TrustEntry::Network(net))
    } else {
        text.parse::<IpAddr>()
            .map(TrustEntry::Address)
            .map_err(|_| format!("`{text}` is not an IP address or CIDR"))
    }
}

/// Derives forwarded-headers trust from the hops. Entries that do not parse are skipped here;
/// validation reports them, so a valid spec never loses one.
pub fn derive(hops: &[Hop]) -> Forwarding {
    let mut proxies = BTreeSet::new();
    let mut networks = BTreeSet::new();
    let mut l7_hops = 0;
    for hop in hops.iter().filter(|h| is_l7(h.kind)) {
        l7_hops += 1;
        for entry in &hop.trusted_networks {
            match parse_trust_entry(entry) {
                Ok(TrustEntry::Address(a)) => {
                    proxies.insert(a);
                }
                Ok(TrustEntry::Network(n)) => {
                    networks.insert(n);
                }
                Err(_) => {}
            }
        }
    }
    let headers = hops
        .iter()
        .rev()
        .find(|h| is_l7(h.kind))
        .map(|h| forwards_of(h).into_iter().collect())
        .unwrap_or_default();
    Forwarding {
        forward_limit: l7_hops as u32,
        known_proxies: proxies.into_iter().collect(),
        known_networks: networks.into_iter().collect(),
        headers,
        tls_terminated_at: hops.iter().position(|h| h.terminates_tls),
        l7_hops,
    }
}

/// `set_real_ip_from` for the nginx at `hops[index]`: the addresses of the layer-7 hops in front
/// of it. Empty when nginx faces the internet directly (then `$remote_addr` is the client).
pub fn real_ip_sources(hops: &[Hop], index: usize) -> Vec<String> {
    hops[..index]
        .iter()
        .filter(|h| is_l7(h.kind))
        .flat_map(|h| h.trusted_networks.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ForwardedHeader::{For, Host, Proto};

    fn hop(kind: HopKind, tls: bool, trusted: &[&str]) -> Hop {
        Hop {
            kind,
            name: None,
            terminates_tls: tls,
            trusted_networks: trusted.iter().map(|s| s.to_string()).collect(),
            forwards: None,
        }
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    #[test]
    fn onprem_nginx_on_the_same_host_trusts_loopback_only() {
        let f = derive(&[hop(HopKind::Nginx, true, &["127.0.0.1", "::1"])]);
        assert_eq!(f.forward_limit, 1);
        assert_eq!(f.known_proxies, vec![ip("127.0.0.1"), ip("::1")]);
        assert!(f.known_networks.is_empty());
        assert_eq!(f.headers, [For, Proto, Host].into_iter().collect());
        assert_eq!(f.tls_terminated_at, Some(0));
    }

    #[test]
    fn nginx_on_separate_hosts_trusts_each_host() {
        let f = derive(&[hop(HopKind::Nginx, true, &["10.0.1.10", "10.0.1.11"])]);
        assert_eq!(f.forward_limit, 1);
        assert_eq!(f.known_proxies, vec![ip("10.0.1.10"), ip("10.0.1.11")]);
    }

    #[test]
    fn cloud_lb_then_ingress_then_pods_counts_two_hops() {
        let hops = [
            hop(HopKind::CloudL7Lb, true, &["10.0.0.0/24"]),
            hop(HopKind::IngressNginx, false, &["10.244.0.0/16"]),
        ];
        let f = derive(&hops);
        assert_eq!(f.forward_limit, 2);
        assert_eq!(f.known_networks, vec![net("10.0.0.0/24"), net("10.244.0.0/16")]);
        assert!(f.known_proxies.is_empty());
        assert_eq!(f.headers, [For, Proto, Host].into_iter().collect());
        assert_eq!(f.tls_terminated_at, Some(0));
        assert_eq!(real_ip_sources(&hops, 1), vec!["10.0.0.0/24".to_string()]);
        assert!(real_ip_sources(&hops, 0).is_empty());
    }

    #[test]
    fn aws_alb_sends_no_forwarded_host() {
        let f = derive(&[hop(HopKind::AwsAlb, true, &["10.0.0.0/22"])]);
        assert_eq!(f.headers, [For, Proto].into_iter().collect());
        assert!(!f.headers.contains(&Host));
        assert_eq!(f.forward_limit, 1);
    }

    #[test]
    fn app_service_front_end_is_one_hop_without_forwarded_host() {
        let f = derive(&[hop(HopKind::AppServiceFrontend, true, &["169.254.0.0/16"])]);
        assert_eq!(f.forward_limit, 1);
        assert_eq!(f.headers, [For, Proto].into_iter().collect());
        assert_eq!(f.known_networks, vec![net("169.254.0.0/16")]);
    }

    #[test]
    fn l4_lb_adds_no_hop_and_no_trust() {
        let f = derive(&[
            hop(HopKind::L4Lb, false, &["192.0.2.0/24"]),
            hop(HopKind::Nginx, true, &["10.0.1.10"]),
        ]);
        assert_eq!(f.forward_limit, 1);
        assert_eq!(f.l7_hops, 1);
        assert!(f.known_networks.is_empty());
        assert_eq!(f.known_proxies, vec![ip("10.0.1.10")]);
        assert_eq!(f.tls_terminated_at, Some(1));
    }

    #[test]
    fn headers_follow_the_hop_nearest_kestrel() {
        let mut inner = hop(HopKind::IngressNginx, false, &["10.244.0.0/16"]);
        inner.forwards = Some(vec![For, Proto]);
        let f = derive(&[hop(HopKind::CloudL7Lb, true, &["10.0.0.0/24"]), inner]);
        assert_eq!(f.headers, [For, Proto].into_iter().collect());
    }

    #[test]
    fn trust_entries_parse_strictly() {
        assert_eq!(parse_trust_entry("10.0.0.1"), Ok(TrustEntry::Address(ip("10.0.0.1"))));
        assert_eq!(
            parse_trust_entry("10.0.0.1/32"),
            Ok(TrustEntry::Address(ip("10.0.0.1")))
        );
        assert_eq!(
            parse_trust_entry("10.244.0.0/16"),
            Ok(TrustEntry::Network(net("10.244.0.0/16")))
        );
        let err = parse_trust_entry("10.244.1.0/16").unwrap_err();
        assert!(err.contains("host bits") && err.contains("10.244.0.0/16"), "{err}");
        assert!(parse_trust_entry("10.0.0.300").is_err());
        assert!(parse_trust_entry("example.com").is_err());
    }
}
