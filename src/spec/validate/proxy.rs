//! The proxy chain's rules: which hop kinds exist in front of which target, what each hop must
//! say about TLS, trusted networks and forwarded headers, and the edge fields (`front_door_id`).

use super::*;

impl Validator {
    pub(super) fn proxy(&mut self, spec: &Spec) {
        let hops = &spec.proxy.hops;
        let target = spec.hosting.target;
        if hops.is_empty() {
            self.err(
                "proxy.hops",
                "there are no proxy hops, so nothing terminates TLS: idsgen does not render Kestrel TLS",
                "add the hop that terminates TLS, e.g. `- { kind: nginx, terminates_tls: true, trusted_networks: [\"127.0.0.1\"] }`",
            );
            return;
        }
        for (i, hop) in hops.iter().enumerate() {
            let path = format!("proxy.hops[{i}]");
            let l7 = is_l7(hop.kind);
            if l7 && hop.trusted_networks.is_empty() {
                self.err(
                    format!("{path}.trusted_networks"),
                    format!(
                        "the {} hop lists no addresses, so the app and inner proxies cannot tell it from a client forging X-Forwarded-* headers",
                        kind_name(hop.kind)
                    ),
                    "list the addresses or CIDRs this hop connects from, e.g. `[\"10.0.0.0/24\"]` (`[\"127.0.0.1\"]` for nginx on the app host)",
                );
            }
            for (j, entry) in hop.trusted_networks.iter().enumerate() {
                let epath = format!("{path}.trusted_networks[{j}]");
                match parse_trust_entry(entry) {
                    Err(_) => {
                        let fix = match entry.parse::<ipnet::IpNet>() {
                            Ok(net) => format!(
                                "write the network `{}`, or the single address `{}` without a prefix",
                                net.trunc(),
                                net.addr()
                            ),
                            Err(_) => {
                                "write an address such as `10.0.0.5` or a network such as `10.0.0.0/16`".to_string()
                            }
                        };
                        self.field(epath, fields::trust_entry(entry), &fix)
                    }
                    Ok(TrustEntry::Network(n)) if n.prefix_len() == 0 => self.err(
                        epath,
                        format!("`{entry}` trusts every address, so any client could forge X-Forwarded-For/Proto/Host"),
                        "list only the networks this hop connects from, e.g. the load balancer's subnet",
                    ),
                    Ok(_) => {}
                }
            }
            if let Some(id) = &hop.front_door_id {
                if hop.kind != HopKind::AzureFrontDoor {
                    self.err(
                        format!("{path}.front_door_id"),
                        format!(
                            "only an azure-front-door hop has a profile id; this hop is {}",
                            kind_name(hop.kind)
                        ),
                        "remove `front_door_id` from this hop",
                    );
                } else if !is_guid(id) {
                    self.err(
                        format!("{path}.front_door_id"),
                        format!("`{id}` is not a Front Door profile id (a GUID such as 3f2b8c1e-0d4a-4c6b-9e7f-1a2b3c4d5e6f)"),
                        "copy it from `az afd profile show -g RG --profile-name NAME --query frontDoorId -o tsv`",
                    );
                }
            }
            if hop.kind == HopKind::L4Lb && hop.terminates_tls {
                self.err(
                    format!("{path}.terminates_tls"),
                    "a layer-4 load balancer that terminates TLS sends no X-Forwarded-Proto, so the app cannot learn the request was https",
                    "pass TLS through (`terminates_tls: false`) and terminate it at the next layer-7 hop, or use a layer-7 load balancer",
                );
            }
            if let Some(forwards) = &hop.forwards {
                let mut seen = BTreeSet::new();
                for (j, f) in forwards.iter().enumerate() {
                    if !seen.insert(*f) {
                        self.err(
                            format!("{path}.forwards[{j}]"),
                            format!("`{}` is listed twice", header_name(*f)),
                            "list each header once",
                        );
                    }
                }
                if !l7 && !forwards.is_empty() {
                    self.err(
                        format!("{path}.forwards"),
                        "a layer-4 load balancer does not speak HTTP and cannot set X-Forwarded-* headers",
                        "remove `forwards` from this hop",
                    );
                }
            }
            if !hop_exists_on(hop.kind, target) {
                self.err(
                    format!("{path}.kind"),
                    format!(
                        "a `{}` hop ({}) cannot exist on hosting.target `{}`; it exists only on {}",
                        kind_name(hop.kind),
                        hop_description(hop.kind),
                        target_name(target),
                        names(
                            HOP_TARGETS
                                .iter()
                                .filter(|(k, _)| *k == hop.kind)
                                .flat_map(|(_, t)| t.iter())
                                .map(|t| target_name(*t))
                        )
                    ),
                    format!(
                        "use the kind of the proxy that really runs there ({} on `{}`), or change hosting.target",
                        names(
                            HOP_TARGETS
                                .iter()
                                .filter(|(_, t)| t.contains(&target))
                                .map(|(k, _)| kind_name(*k))
                        ),
                        target_name(target)
                    ),
                );
            } else if hop.kind == HopKind::AppServiceFrontend && i + 1 != hops.len() {
                self.err(
                    format!("{path}.kind"),
                    "the App Service front end sits directly in front of the app, so it must be the last hop",
                    "move this hop to the end of proxy.hops",
                );
            } else if is_edge(hop.kind) && i != 0 {
                self.err(
                    format!("{path}.kind"),
                    format!(
                        "`{}` is an internet-facing edge, so it must be the first hop",
                        kind_name(hop.kind)
                    ),
                    "move this hop to the start of proxy.hops (outermost first)",
                );
            }
            if facts(hop.kind).proto_from_own_listener
                && !hop.terminates_tls
                && hops[..i].iter().any(|h| h.terminates_tls)
            {
                self.err(
                    format!("{path}.terminates_tls"),
                    format!(
                        "{} writes X-Forwarded-Proto from its own listener, so behind the hop that terminates TLS it tells the app `http` (wrong redirect URIs, insecure cookies)",
                        kind_name(hop.kind)
                    ),
                    "terminate TLS at this gateway too (an HTTPS listener; the hop in front passes TLS through or re-encrypts), or put an `l4-lb` in front of it",
                );
            }
        }
        if target == Target::AzureAppService && hops.last().is_some_and(|h| h.kind != HopKind::AppServiceFrontend) {
            self.err(
                "proxy.hops",
                "on Azure App Service every request passes through the App Service front end, but the last hop is not `app-service-frontend`",
                "add `- { kind: app-service-frontend, terminates_tls: true, trusted_networks: [\"169.254.0.0/16\"] }` as the last hop",
            );
        }
        let Some(tls_at) = hops.iter().position(|h| h.terminates_tls) else {
            self.err(
                "proxy.hops",
                "no hop terminates TLS: idsgen does not render Kestrel TLS, so the public origin could not be https",
                "set `terminates_tls: true` on the hop that holds the certificate (usually the first layer-7 hop)",
            );
            return;
        };
        // Every layer-7 hop from the TLS terminator inward must pass the scheme on; the app
        // honours exactly the headers of the hop nearest Kestrel.
        // From the innermost hop that terminates TLS: it writes X-Forwarded-Proto from its own
        // https listener, so an outer edge that drops the header (CloudFront) does no harm.
        let last_tls = hops.iter().rposition(|h| h.terminates_tls).unwrap_or(tls_at);
        for (i, hop) in hops.iter().enumerate().skip(last_tls).filter(|(_, h)| is_l7(h.kind)) {
            if !forwards_of(hop).contains(&ForwardedHeader::Proto) {
                let nearest = hops.iter().rposition(|h| is_l7(h.kind)) == Some(i);
                self.err(
                    format!("proxy.hops[{i}].forwards"),
                    format!(
                        "this {} hop {} but does not send X-Forwarded-Proto, so the app sees http and builds http redirect URIs and insecure cookies",
                        kind_name(hop.kind),
                        if nearest { "is the one nearest Kestrel" } else { "is after the hop that terminates TLS" }
                    ),
                    "add `proto` to `forwards` (or remove `forwards` to use the kind's default)",
                );
            }
        }
    }
}

const KUBERNETES: &[Target] = &[Target::AzureAks, Target::AwsEks, Target::Kubernetes];
const ALL_TARGETS: &[Target] = &[
    Target::AzureAppService,
    Target::AzureAks,
    Target::AwsEcs,
    Target::AwsEks,
    Target::Kubernetes,
    Target::OnpremLinux,
];

/// Where each hop kind can exist: a hop that cannot run on the hosting target is a spec that
/// describes some other deployment (a VM nginx in front of Kubernetes pods renders nothing that
/// would run it). One row per kind, in `HopKind` order; a new kind adds its row here.
const HOP_TARGETS: &[(HopKind, &[Target])] = &[
    (HopKind::CloudL7Lb, ALL_TARGETS),
    (
        HopKind::AwsAlb,
        &[Target::AwsEcs, Target::AwsEks, Target::Kubernetes, Target::OnpremLinux],
    ),
    (
        HopKind::AzureAppGateway,
        &[
            Target::AzureAppService,
            Target::AzureAks,
            Target::Kubernetes,
            Target::OnpremLinux,
        ],
    ),
    (HopKind::AppServiceFrontend, &[Target::AzureAppService]),
    (HopKind::L4Lb, ALL_TARGETS),
    (HopKind::Nginx, &[Target::OnpremLinux]),
    (HopKind::IngressNginx, KUBERNETES),
    (HopKind::GatewayApi, KUBERNETES),
    (HopKind::EnvoyGateway, KUBERNETES),
    (HopKind::NginxGatewayFabric, KUBERNETES),
    (
        HopKind::AppGatewayForContainers,
        &[Target::AzureAks, Target::Kubernetes],
    ),
    (HopKind::AzureFrontDoor, ALL_TARGETS),
    (HopKind::AwsCloudfront, ALL_TARGETS),
    (HopKind::Cloudflare, ALL_TARGETS),
];

/// `8-4-4-4-12` hexadecimal digits.
fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Whether a hop of `kind` can sit in front of an app hosted on `target`. A kind without a row
/// in `HOP_TARGETS` is allowed everywhere (and a test requires every kind to have one).
fn hop_exists_on(kind: HopKind, target: Target) -> bool {
    HOP_TARGETS
        .iter()
        .find(|(k, _)| *k == kind)
        .is_none_or(|(_, targets)| targets.contains(&target))
}

/// What a hop kind is, in the words of the error message.
fn hop_description(kind: HopKind) -> &'static str {
    match kind {
        HopKind::CloudL7Lb => "a cloud layer-7 load balancer",
        HopKind::AwsAlb => "an AWS Application Load Balancer",
        HopKind::AzureAppGateway => "an Azure Application Gateway",
        HopKind::AppServiceFrontend => "the Azure App Service front end",
        HopKind::L4Lb => "a layer-4 load balancer",
        HopKind::Nginx => "nginx that idsgen renders for a Linux host",
        HopKind::IngressNginx => "the ingress-nginx controller, which runs inside Kubernetes",
        HopKind::GatewayApi => "a Gateway API implementation, which runs inside Kubernetes",
        HopKind::EnvoyGateway => "Envoy Gateway, which runs inside Kubernetes",
        HopKind::NginxGatewayFabric => "NGINX Gateway Fabric, which runs inside Kubernetes",
        HopKind::AppGatewayForContainers => "Azure Application Gateway for Containers, which runs in front of AKS pods",
        HopKind::AzureFrontDoor => "Azure Front Door, an internet-facing edge",
        HopKind::AwsCloudfront => "AWS CloudFront, an internet-facing edge",
        HopKind::Cloudflare => "Cloudflare, an internet-facing edge",
    }
}

fn kind_name(kind: HopKind) -> &'static str {
    match kind {
        HopKind::CloudL7Lb => "cloud-l7-lb",
        HopKind::AwsAlb => "aws-alb",
        HopKind::AzureAppGateway => "azure-app-gateway",
        HopKind::AppServiceFrontend => "app-service-frontend",
        HopKind::L4Lb => "l4-lb",
        HopKind::Nginx => "nginx",
        HopKind::IngressNginx => "ingress-nginx",
        HopKind::GatewayApi => "gateway-api",
        HopKind::EnvoyGateway => "envoy-gateway",
        HopKind::NginxGatewayFabric => "nginx-gateway-fabric",
        HopKind::AppGatewayForContainers => "app-gateway-for-containers",
        HopKind::AzureFrontDoor => "azure-front-door",
        HopKind::AwsCloudfront => "aws-cloudfront",
        HopKind::Cloudflare => "cloudflare",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::presets;

    #[test]
    fn a_front_door_id_is_a_guid_on_a_front_door_hop_only() {
        let preset = presets::all().into_iter().find(|p| p.name == "azure-aks").unwrap();
        let mut spec: Spec = yaml_serde::from_str(preset.text).unwrap();
        spec.proxy.hops.insert(
            0,
            Hop {
                kind: HopKind::AzureFrontDoor,
                name: None,
                terminates_tls: true,
                trusted_networks: vec!["147.243.0.0/16".into()],
                forwards: None,
                front_door_id: Some("3f2b8c1e-0d4a-4c6b-9e7f-1a2b3c4d5e6f".into()),
            },
        );
        let fields = |spec: &Spec| validate(spec).into_iter().map(|d| d.path).collect::<Vec<_>>();
        assert!(
            !fields(&spec).iter().any(|f| f.contains("front_door_id")),
            "{:?}",
            fields(&spec)
        );
        spec.proxy.hops[0].front_door_id = Some("not-a-guid".into());
        assert!(fields(&spec).contains(&"proxy.hops[0].front_door_id".to_string()));
        spec.proxy.hops[0].front_door_id = None;
        spec.proxy.hops[1].front_door_id = Some("3f2b8c1e-0d4a-4c6b-9e7f-1a2b3c4d5e6f".into());
        assert!(fields(&spec).contains(&"proxy.hops[1].front_door_id".to_string()));
    }
}
