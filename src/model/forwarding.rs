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

/// What a client's own `X-Forwarded-For` becomes when it passes a hop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClientXff {
    /// The hop appends its peer's address: a forged left part survives, so the app must count
    /// hops from the right (ForwardLimit) and trust only the hops' own addresses.
    Appended,
    /// Not an HTTP hop: the header passes untouched and no address is added.
    Untouched,
}

/// The verified forwarded-header behaviour of one hop kind, with where it was verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HopFacts {
    /// X-Forwarded-* headers the hop sets towards the next hop.
    pub sets: &'static [ForwardedHeader],
    /// What happens to a client's X-Forwarded-For.
    pub client_xff: ClientXff,
    /// The hop writes X-Forwarded-Proto from its OWN listener's scheme, discarding what an outer
    /// hop sent: behind a TLS-terminating hop it then says `http` unless it terminates TLS again.
    pub proto_from_own_listener: bool,
    /// The upstream Host is the client's Host (false: the origin's host name by default).
    pub keeps_host: bool,
    /// An edge in front of everything (CDN/WAF): it must be the first hop and needs an origin lock.
    pub edge: bool,
    /// Where these facts were verified (docs or source, with the commit), or `UNVERIFIED: ...`.
    pub source: &'static str,
}

/// The facts of a hop kind. Every row cites the document or source line it was read from; a
/// row marked UNVERIFIED keeps the conservative choice (honour only For/Proto).
pub fn facts(kind: HopKind) -> HopFacts {
    use ForwardedHeader::{For, Host, Proto};
    fn l7(sets: &'static [ForwardedHeader], keeps_host: bool, source: &'static str) -> HopFacts {
        HopFacts {
            sets,
            client_xff: ClientXff::Appended,
            proto_from_own_listener: false,
            keeps_host,
            edge: false,
            source,
        }
    }
    match kind {
        // idsgen renders this nginx: proxy_add_x_forwarded_for, $scheme of the TLS server, $host.
        HopKind::Nginx => l7(
            &[For, Proto, Host],
            true,
            "idsgen's own templates/nginx (proxy_set_header lines)",
        ),
        // ingress-nginx (retired March 2026, https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/)
        // sets X-Forwarded-For/Proto/Host; with use-forwarded-headers it keeps the outer hop's.
        HopKind::IngressNginx => l7(
            &[For, Proto, Host],
            true,
            "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#use-forwarded-headers",
        ),
        HopKind::CloudL7Lb => l7(
            &[For, Proto, Host],
            true,
            "UNVERIFIED: a generic layer-7 load balancer; set `forwards` to what yours sends",
        ),
        // X-Forwarded-For appended (xff_header_processing.mode=append is the default), X-Forwarded-Proto
        // and -Port from the client connection, Host preserved, no X-Forwarded-Host.
        HopKind::AwsAlb => l7(
            &[For, Proto],
            true,
            "awsdocs/elb-application-load-balancers-user-guide@fb242939 doc_source/x-forwarded-headers.md:14-80, application-load-balancers.md:279-295",
        ),
        // Inserts x-forwarded-for (IP:port), x-forwarded-proto, x-original-host (not X-Forwarded-Host);
        // Host unchanged unless a backend setting overrides it.
        HopKind::AzureAppGateway => l7(
            &[For, Proto],
            true,
            "MicrosoftDocs/azure-docs@0676d1ec articles/application-gateway/how-application-gateway-works.md (Modifications to the request)",
        ),
        // Forwards X-Forwarded-For (ip:port) and X-Forwarded-Proto; keeps Host. The peer address
        // (169.254.129.1 in captures) is UNVERIFIED by Microsoft.
        HopKind::AppServiceFrontend => l7(
            &[For, Proto],
            true,
            "MicrosoftDocs/azure-docs@015ce189 articles/app-service/configure-language-dotnetcore.md (Detect HTTPS session); Azure/app-service-linux-docs@735774fa Things_You_Should_Know/headers.md",
        ),
        // UNVERIFIED per implementation: declare `forwards` for Istio, Cilium, Traefik, ...
        HopKind::GatewayApi => l7(
            &[For, Proto],
            true,
            "UNVERIFIED: Gateway API itself defines no forwarded-header behaviour (kubernetes-sigs/gateway-api v1.6.1 apis/)",
        ),
        // Envoy Gateway v1.9.0 listeners: use_remote_address=true with 0 trusted hops, so the peer
        // is appended to X-Forwarded-For and X-Forwarded-Proto is rewritten from the listener's
        // own TLS state; no X-Forwarded-Host without a host rewrite; Host preserved.
        HopKind::EnvoyGateway => HopFacts {
            proto_from_own_listener: true,
            ..l7(
                &[For, Proto],
                true,
                "https://github.com/envoyproxy/gateway/blob/v1.9.0/internal/xds/translator/listener.go#L369-L374 (tag v1.9.0 = 39763b1c, read with git show: useRemoteAddress true unless ClientIPDetection); envoyproxy/envoy docs/root/configuration/http/http_conn_man/headers.rst (x-forwarded-proto)",
            )
        },
        // NGF v2.6.7 location config: X-Forwarded-For $proxy_add_x_forwarded_for (append),
        // X-Forwarded-Proto $scheme (its own listener), X-Forwarded-Host $host, X-Real-IP.
        HopKind::NginxGatewayFabric => HopFacts {
            proto_from_own_listener: true,
            ..l7(
                &[For, Proto, Host],
                true,
                "https://github.com/nginx/nginx-gateway-fabric/blob/v2.6.7/internal/controller/nginx/config/servers.go#L1958-L1982 (tag v2.6.7 = 5e34a17a, read with git show)",
            )
        },
        // Inserts x-forwarded-for (appended), x-forwarded-proto and x-request-id; backend HTTP/1.1.
        // Whether the client's Host reaches the pod is UNVERIFIED, so X-Forwarded-Host is not honoured.
        HopKind::AppGatewayForContainers => l7(
            &[For, Proto],
            true,
            "MicrosoftDocs/azure-docs@88f31713 articles/application-gateway/for-containers/application-gateway-for-containers-components.md (Modifications to the request); Host: UNVERIFIED",
        ),
        // Front Door appends the client socket IP to X-Forwarded-For and always overwrites
        // X-Forwarded-Proto and X-Forwarded-Host; the upstream Host is the origin host header
        // (the origin's host name unless set), adds X-Azure-FDID for the origin lock.
        HopKind::AzureFrontDoor => HopFacts {
            edge: true,
            ..l7(
                &[For, Proto, Host],
                false,
                "MicrosoftDocs/azure-docs@0033b7c3 articles/frontdoor/front-door-http-headers-protocol.md; @02fba2c8 articles/frontdoor/origin.md (origin host header)",
            )
        },
        // CloudFront creates or appends X-Forwarded-For with the viewer IP and REMOVES the
        // viewer's X-Forwarded-Proto; Host is the origin domain unless a policy forwards it.
        HopKind::AwsCloudfront => HopFacts {
            edge: true,
            ..l7(
                &[For],
                false,
                "awsdocs/amazon-cloudfront-developer-guide@5999c0d8 doc_source/RequestAndResponseBehaviorCustomOrigin.md:54-69,154,167,189-193",
            )
        },
        // Cloudflare passes Host unchanged, appends the connecting IP to X-Forwarded-For (creates
        // it from CF-Connecting-IP), overwrites X-Forwarded-Proto; sends no X-Forwarded-Host.
        HopKind::Cloudflare => HopFacts {
            edge: true,
            ..l7(
                &[For, Proto],
                true,
                "cloudflare/cloudflare-docs@1eaf7bbe src/content/docs/fundamentals/reference/http-headers.mdx",
            )
        },
        HopKind::L4Lb => HopFacts {
            sets: &[],
            client_xff: ClientXff::Untouched,
            proto_from_own_listener: false,
            keeps_host: true,
            edge: false,
            source: "a TCP load balancer does not parse HTTP",
        },
    }
}

/// The headers a hop kind sets when the spec does not say.
pub fn default_forwards(kind: HopKind) -> Vec<ForwardedHeader> {
    facts(kind).sets.to_vec()
}

/// Whether a hop kind speaks HTTP and so counts toward ForwardLimit.
pub fn is_l7(kind: HopKind) -> bool {
    facts(kind).client_xff == ClientXff::Appended
}

/// Whether a hop kind is a Gateway API implementation (the chart renders an HTTPRoute for it).
pub fn is_gateway_api(kind: HopKind) -> bool {
    matches!(
        kind,
        HopKind::GatewayApi | HopKind::EnvoyGateway | HopKind::NginxGatewayFabric | HopKind::AppGatewayForContainers
    )
}

/// Whether a hop kind is a CDN/WAF edge (Front Door, CloudFront, Cloudflare).
pub fn is_edge(kind: HopKind) -> bool {
    facts(kind).edge
}

/// Why a hop kind should not be chosen any more, and what to choose instead; `None` for a
/// maintained one. ingress-nginx: retired by the Kubernetes project in March 2026 (no releases
/// or security fixes since).
pub fn retired(kind: HopKind) -> Option<(&'static str, &'static str)> {
    (kind == HopKind::IngressNginx).then_some((
        "ingress-nginx was retired in March 2026: no releases or security fixes since",
        "a Gateway API implementation: kind envoy-gateway or nginx-gateway-fabric (any cluster), app-gateway-for-containers (AKS), aws-alb (EKS)",
    ))
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
            front_door_id: None,
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
    fn every_hop_kind_cites_where_its_facts_come_from() {
        use HopKind::*;
        for kind in [
            CloudL7Lb,
            AwsAlb,
            AzureAppGateway,
            AppServiceFrontend,
            L4Lb,
            Nginx,
            IngressNginx,
            GatewayApi,
            EnvoyGateway,
            NginxGatewayFabric,
            AppGatewayForContainers,
            AzureFrontDoor,
            AwsCloudfront,
            Cloudflare,
        ] {
            let f = facts(kind);
            assert!(!f.source.is_empty(), "{kind:?} has no source");
            assert_eq!(is_l7(kind), !f.sets.is_empty(), "{kind:?}: only HTTP hops set headers");
        }
    }

    #[test]
    fn gateway_implementations_follow_their_sources() {
        // Envoy Gateway: appends XFF, rewrites XFP from its own listener, no X-Forwarded-Host.
        let eg = facts(HopKind::EnvoyGateway);
        assert_eq!(eg.sets, &[For, Proto]);
        assert!(eg.proto_from_own_listener && eg.keeps_host && !eg.edge);
        // NGINX Gateway Fabric sets X-Forwarded-Host=$host and XFP=$scheme.
        let ngf = facts(HopKind::NginxGatewayFabric);
        assert_eq!(ngf.sets, &[For, Proto, Host]);
        assert!(ngf.proto_from_own_listener);
        // Application Gateway for Containers: Host behaviour unverified, so no XFH is honoured.
        assert_eq!(facts(HopKind::AppGatewayForContainers).sets, &[For, Proto]);
        for kind in [
            HopKind::EnvoyGateway,
            HopKind::NginxGatewayFabric,
            HopKind::AppGatewayForContainers,
            HopKind::GatewayApi,
        ] {
            assert!(is_gateway_api(kind) && is_l7(kind) && !is_edge(kind), "{kind:?}");
        }
        assert!(!is_gateway_api(HopKind::IngressNginx));
    }

    #[test]
    fn edges_follow_their_sources() {
        // CloudFront removes the viewer's X-Forwarded-Proto: it sets only X-Forwarded-For.
        let cf = facts(HopKind::AwsCloudfront);
        assert_eq!(cf.sets, &[For]);
        assert!(cf.edge && !cf.keeps_host);
        // Front Door overwrites XFP and XFH and sends the origin host name as Host.
        let fd = facts(HopKind::AzureFrontDoor);
        assert_eq!(fd.sets, &[For, Proto, Host]);
        assert!(fd.edge && !fd.keeps_host);
        // Cloudflare keeps Host and sends no X-Forwarded-Host.
        let cfl = facts(HopKind::Cloudflare);
        assert_eq!(cfl.sets, &[For, Proto]);
        assert!(cfl.edge && cfl.keeps_host);
    }

    #[test]
    fn an_edge_counts_toward_forward_limit_and_its_ranges_are_trusted() {
        // CloudFront → ALB → tasks: XFF = "client, edge-ip" at the ALB's peer, so two hops.
        let f = derive(&[
            hop(HopKind::AwsCloudfront, true, &["130.176.0.0/18"]),
            hop(HopKind::AwsAlb, true, &["10.0.0.0/24"]),
        ]);
        assert_eq!(f.forward_limit, 2);
        assert_eq!(f.known_networks, vec![net("10.0.0.0/24"), net("130.176.0.0/18")]);
        // The app honours the headers of the hop nearest Kestrel (the ALB): no X-Forwarded-Host.
        assert_eq!(f.headers, [For, Proto].into_iter().collect());
        assert_eq!(f.tls_terminated_at, Some(0));
    }

    #[test]
    fn l4_lb_in_front_of_envoy_gateway_is_one_hop() {
        let f = derive(&[
            hop(HopKind::L4Lb, false, &[]),
            hop(HopKind::EnvoyGateway, true, &["10.244.0.0/16"]),
        ]);
        assert_eq!(f.forward_limit, 1);
        assert_eq!(f.known_networks, vec![net("10.244.0.0/16")]);
        assert_eq!(f.headers, [For, Proto].into_iter().collect());
        assert_eq!(f.tls_terminated_at, Some(1));
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
