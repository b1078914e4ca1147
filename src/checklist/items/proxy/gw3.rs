//! GW3: a CDN/WAF edge in front (Azure Front Door, CloudFront, Cloudflare) has an origin lock,
//! so nobody reaches the origin around the edge and forges X-Forwarded-* that the app trusts
//! because it trusts the edge. The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, PROXY, Source};
use crate::checklist::terraform::Block;
use crate::checklist::tree::Tree;
use crate::model::forwarding::is_edge;
use crate::spec::types::HopKind;

/// GW3 in the catalogue.
pub const ITEM: Item = Item {
    id: "GW3",
    section: PROXY,
    title: "An edge in front (Front Door, CloudFront, Cloudflare) has an origin lock",
    applies: "when idsgen.yaml or Terraform puts Azure Front Door, AWS CloudFront or Cloudflare in front",
    breaks: "The app trusts X-Forwarded-For/Proto from the edge's address ranges; an origin anyone can reach directly (or through someone else's Front Door or CloudFront distribution) lets them forge the client IP and scheme the app logs, rate-limits and builds URLs from.",
    fix: "Front Door: App Service access restriction on service tag AzureFrontDoor.Backend with your profile's X-Azure-FDID (or a Private Link origin). CloudFront: ALB security group from the managed prefix list com.amazonaws.global.cloudfront.origin-facing, plus a secret origin header checked by a listener rule (or a VPC origin). Cloudflare: Authenticated Origin Pulls, a Cloudflare Tunnel, or an allow list of its published ranges.",
    source: Source::Idsgen,
    rule,
};

/// The edges in front, from idsgen.yaml's first hop and Terraform resources.
fn edges(ctx: &Context) -> Vec<(HopKind, Evidence)> {
    let mut out = Vec::new();
    if let Some(s) = &ctx.spec
        && let Some(hop) = s.spec.proxy.hops.first().filter(|h| is_edge(h.kind))
    {
        let line = s.line(&["proxy", "hops"]);
        out.push((hop.kind, Evidence::new(&s.path, line, "proxy.hops[0]: an edge")));
    }
    let tf = |rtype: &str, kind: HopKind, out: &mut Vec<(HopKind, Evidence)>| {
        for b in ctx.tf.resources(rtype) {
            out.push((kind, Evidence::new(&b.file, b.line, b.address())));
        }
    };
    tf("azurerm_cdn_frontdoor_origin", HopKind::AzureFrontDoor, &mut out);
    tf("aws_cloudfront_distribution", HopKind::AwsCloudfront, &mut out);
    for rtype in ["cloudflare_record", "cloudflare_dns_record"] {
        for b in ctx.tf.resources(rtype) {
            if b.attr("proxied").and_then(|a| a.value.as_bool()) == Some(true) {
                out.push((HopKind::Cloudflare, Evidence::new(&b.file, b.line, b.address())));
            }
        }
    }
    out
}

fn data_blocks<'a>(ctx: &'a Context, dtype: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
    ctx.tf
        .blocks
        .iter()
        .filter(move |b| b.ident == "data" && b.labels.first().map(String::as_str) == Some(dtype))
}

fn str_attr<'a>(b: &'a Block, key: &str) -> Option<&'a str> {
    b.attr(key).and_then(|a| a.value.as_str())
}

/// Front Door: web apps restricted to its service tag, with or without this profile's id.
/// Returns (locks, half-locks that admit any Front Door).
fn front_door_locks(ctx: &Context) -> (Vec<Evidence>, Vec<Evidence>) {
    let (mut locks, mut open) = (Vec::new(), Vec::new());
    for rtype in [
        "azurerm_linux_web_app",
        "azurerm_windows_web_app",
        "azurerm_linux_function_app",
    ] {
        for app in ctx.tf.resources(rtype) {
            for r in app.nested("site_config").flat_map(|s| s.nested("ip_restriction")) {
                if str_attr(r, "service_tag").is_some_and(|t| t.eq_ignore_ascii_case("AzureFrontDoor.Backend")) {
                    let fdid = r.nested("headers").any(|h| h.attr("x_azure_fdid").is_some());
                    let e = Evidence::new(
                        &r.file,
                        r.line,
                        format!("{}: ip_restriction AzureFrontDoor.Backend", app.address()),
                    );
                    if fdid { locks.push(e) } else { open.push(e) }
                }
            }
        }
    }
    // A Private Link origin has no public endpoint to go around the edge.
    for o in ctx.tf.resources("azurerm_cdn_frontdoor_origin") {
        if o.nested("private_link").next().is_some() {
            locks.push(Evidence::new(
                &o.file,
                o.line,
                format!("{}: private link origin", o.address()),
            ));
        }
    }
    (locks, open)
}

/// CloudFront: the origin-facing prefix list, a listener rule on a header, or a VPC origin.
fn cloudfront_locks(ctx: &Context) -> Vec<Evidence> {
    let mut locks: Vec<Evidence> = data_blocks(ctx, "aws_ec2_managed_prefix_list")
        .filter(|b| str_attr(b, "name").is_some_and(|n| n.contains("cloudfront.origin-facing")))
        .map(|b| Evidence::new(&b.file, b.line, "the CloudFront origin-facing prefix list"))
        .collect();
    for r in ctx.tf.resources("aws_lb_listener_rule") {
        if r.nested("condition").any(|c| c.nested("http_header").next().is_some()) {
            locks.push(Evidence::new(
                &r.file,
                r.line,
                format!("{}: a header condition", r.address()),
            ));
        }
    }
    for d in ctx.tf.resources("aws_cloudfront_distribution") {
        if d.nested("origin")
            .any(|o| o.nested("vpc_origin_config").next().is_some())
        {
            locks.push(Evidence::new(&d.file, d.line, format!("{}: a VPC origin", d.address())));
        }
    }
    locks
}

/// Cloudflare: authenticated origin pulls, a tunnel, or its published ranges.
fn cloudflare_locks(ctx: &Context) -> Vec<Evidence> {
    let mut locks = Vec::new();
    for rtype in [
        "cloudflare_authenticated_origin_pulls",
        "cloudflare_tunnel",
        "cloudflare_zero_trust_tunnel_cloudflared",
    ] {
        for b in ctx.tf.resources(rtype) {
            locks.push(Evidence::new(&b.file, b.line, b.address()));
        }
    }
    for b in data_blocks(ctx, "cloudflare_ip_ranges") {
        locks.push(Evidence::new(&b.file, b.line, "Cloudflare's published ranges"));
    }
    locks
}

/// Origin locks in nginx servers that proxy to the app: (mutual TLS with a client CA, as
/// Cloudflare's Authenticated Origin Pulls; a source-address lock: `deny all` at server level,
/// or a server-level `if` on a `geo` variable that answers 403/444; an `if` on
/// `$http_x_azure_fdid`, Front Door's profile id).
fn nginx_locks(ctx: &Context) -> (Vec<Evidence>, Vec<Evidence>, Vec<Evidence>) {
    let geo_vars: Vec<&str> = ctx
        .nginx
        .all("geo")
        .into_iter()
        .filter_map(|g| g.args.last().map(String::as_str))
        .collect();
    let (mut mtls, mut addresses, mut fdid) = (Vec::new(), Vec::new(), Vec::new());
    for server in ctx.nginx.servers() {
        if server.proxy_locations().is_empty() {
            continue;
        }
        let effective = |name: &str| {
            server
                .contexts()
                .iter()
                .rev()
                .find_map(|c| c.iter().rev().find(|d| d.name == name))
        };
        if let (Some(verify), Some(_)) = (effective("ssl_verify_client"), effective("ssl_client_certificate"))
            && verify.arg(0) == "on"
        {
            mtls.push(Evidence::new(
                &verify.file,
                verify.line,
                "ssl_verify_client on (client certificate from the edge)",
            ));
        }
        for d in server.block.children() {
            if d.name == "deny" && d.arg(0) == "all" {
                addresses.push(Evidence::new(
                    &d.file,
                    d.line,
                    "deny all: only the allowed ranges reach the origin",
                ));
            }
            if d.name != "if" {
                continue;
            }
            let condition = d.args.join(" ");
            let refuses = d
                .children()
                .iter()
                .any(|r| r.name == "return" && matches!(r.arg(0), "403" | "444"));
            if !refuses {
                continue;
            }
            if condition.contains("$http_x_azure_fdid") {
                fdid.push(Evidence::new(&d.file, d.line, "X-Azure-FDID checked"));
            } else if geo_vars.iter().any(|v| condition.contains(v)) {
                addresses.push(Evidence::new(
                    &d.file,
                    d.line,
                    "connections from outside the edge's ranges get 403",
                ));
            }
        }
    }
    (mtls, addresses, fdid)
}

/// Gateway API routes that admit only requests carrying X-Azure-FDID (an HTTPRoute header match,
/// or idsgen's chart value `httpRoute.requiredHeaders`).
fn route_fdid_locks(ctx: &Context) -> Vec<Evidence> {
    let fdid = |t: &Tree| {
        t.get("name")
            .and_then(Tree::as_str)
            .is_some_and(|n| n.eq_ignore_ascii_case("X-Azure-FDID"))
    };
    let mut out = Vec::new();
    for r in ctx.kube.of_kind("HTTPRoute") {
        let rules = r.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]);
        let locked = !rules.is_empty()
            && rules.iter().all(|rule| {
                let matches = rule.get("matches").map(Tree::items).unwrap_or(&[]);
                !matches.is_empty()
                    && matches
                        .iter()
                        .all(|m| m.get("headers").map(Tree::items).unwrap_or(&[]).iter().any(fdid))
            });
        if locked {
            out.push(Evidence::new(
                &r.file,
                r.line,
                format!("HTTPRoute {} requires X-Azure-FDID", r.name),
            ));
        }
    }
    for v in &ctx.kube.values {
        if let Some(h) = v
            .doc
            .entry_ci("httpRoute")
            .and_then(|e| e.value.entry_ci("requiredHeaders"))
            && h.value.items().iter().any(fdid)
        {
            out.push(Evidence::new(
                &v.file,
                h.line,
                "httpRoute.requiredHeaders: X-Azure-FDID",
            ));
        }
    }
    out
}

/// Whether the repository holds the origin's own infrastructure, where a lock would be.
fn origin_in_tree(ctx: &Context, kind: HopKind) -> bool {
    let any = |types: &[&str]| types.iter().any(|t| ctx.tf.resources(t).next().is_some());
    if ctx.nginx.servers().iter().any(|s| !s.proxy_locations().is_empty()) {
        return true;
    }
    match kind {
        HopKind::AzureFrontDoor => any(&[
            "azurerm_linux_web_app",
            "azurerm_windows_web_app",
            "azurerm_linux_function_app",
        ]),
        HopKind::AwsCloudfront => any(&["aws_lb", "aws_alb", "aws_security_group"]),
        _ => false,
    }
}

fn rule(ctx: &Context) -> Outcome {
    let edges = edges(ctx);
    if edges.is_empty() {
        return Outcome::na("no Front Door, CloudFront or Cloudflare edge in front");
    }
    let mut fails = Vec::new();
    let mut locked = Vec::new();
    let mut unseen = Vec::new();
    for kind in [HopKind::AzureFrontDoor, HopKind::AwsCloudfront, HopKind::Cloudflare] {
        let here: Vec<&Evidence> = edges.iter().filter(|(k, _)| *k == kind).map(|(_, e)| e).collect();
        let Some(first) = here.first() else { continue };
        let (mtls, addresses, fdid) = nginx_locks(ctx);
        let (locks, open) = match kind {
            HopKind::AzureFrontDoor => {
                let (mut locks, mut open) = front_door_locks(ctx);
                // In nginx: the profile id checked, or the ranges alone (which every Front Door shares).
                if fdid.is_empty() {
                    open.extend(addresses);
                } else {
                    locks.extend(fdid);
                }
                locks.extend(route_fdid_locks(ctx));
                (locks, open)
            }
            HopKind::AwsCloudfront => ([cloudfront_locks(ctx), addresses].concat(), Vec::new()),
            _ => ([cloudflare_locks(ctx), mtls, addresses].concat(), Vec::new()),
        };
        if !locks.is_empty() {
            locked.extend(locks);
        } else if !open.is_empty() {
            fails.extend(open.into_iter().map(|mut e| {
                e.note = format!(
                    "{}: the service tag admits every customer's Front Door; add headers {{ x_azure_fdid = [...] }}",
                    e.note
                );
                e
            }));
        } else if origin_in_tree(ctx, kind) {
            let mut e = (*first).clone();
            e.note = format!(
                "{}: the origin in this repository admits traffic around the edge",
                e.note
            );
            fails.push(e);
        } else {
            unseen.push((*first).clone());
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("an edge is in front, but its origin can be reached around it", fails)
            .with_related(edges.into_iter().map(|(_, e)| e).collect());
    }
    if !unseen.is_empty() {
        return Outcome::operator(
            "an edge is in front; the origin's lock is not in this repository",
            "restrict the origin to the edge: Front Door service tag + X-Azure-FDID, CloudFront origin-facing prefix list + secret header, Cloudflare Authenticated Origin Pulls or a Tunnel",
            unseen,
        );
    }
    Outcome::pass("every edge in front has an origin lock", locked)
}

#[cfg(test)]
mod tests {
    use crate::checklist::finding::Status;
    use crate::checklist::items::proxy::gw1::tests::status;

    const FRONT_DOOR: &str = "resource \"azurerm_cdn_frontdoor_origin\" \"app\" {\n  name = \"app\"\n  host_name = azurerm_linux_web_app.app.default_hostname\n}\n";
    const APP_OPEN: &str = "resource \"azurerm_linux_web_app\" \"app\" {\n  name = \"app\"\n  site_config {\n    always_on = true\n  }\n}\n";
    const APP_TAG_ONLY: &str = "resource \"azurerm_linux_web_app\" \"app\" {\n  name = \"app\"\n  site_config {\n    ip_restriction {\n      service_tag = \"AzureFrontDoor.Backend\"\n      action = \"Allow\"\n    }\n  }\n}\n";
    const APP_LOCKED: &str = "resource \"azurerm_linux_web_app\" \"app\" {\n  name = \"app\"\n  site_config {\n    ip_restriction_default_action = \"Deny\"\n    ip_restriction {\n      service_tag = \"AzureFrontDoor.Backend\"\n      headers {\n        x_azure_fdid = [var.front_door_id]\n      }\n    }\n  }\n}\n";

    #[test]
    fn front_door_needs_the_service_tag_and_the_profile_id() {
        assert_eq!(
            status(&[("infra/fd.tf", FRONT_DOOR), ("infra/app.tf", APP_OPEN)], "GW3"),
            Status::Fail
        );
        assert_eq!(
            status(&[("infra/fd.tf", FRONT_DOOR), ("infra/app.tf", APP_TAG_ONLY)], "GW3"),
            Status::Fail
        );
        assert_eq!(
            status(&[("infra/fd.tf", FRONT_DOOR), ("infra/app.tf", APP_LOCKED)], "GW3"),
            Status::Pass
        );
    }

    #[test]
    fn cloudfront_needs_the_prefix_list_or_a_header_rule() {
        let cf = "resource \"aws_cloudfront_distribution\" \"idp\" {\n  enabled = true\n}\n";
        let open = "resource \"aws_lb\" \"idp\" {\n  name = \"idp\"\n}\n";
        let prefix = "data \"aws_ec2_managed_prefix_list\" \"cloudfront\" {\n  name = \"com.amazonaws.global.cloudfront.origin-facing\"\n}\n";
        let header = "resource \"aws_lb_listener_rule\" \"edge\" {\n  condition {\n    http_header {\n      http_header_name = \"X-Origin-Verify\"\n      values = [var.origin_secret]\n    }\n  }\n}\n";
        assert_eq!(status(&[("tf/cf.tf", cf), ("tf/alb.tf", open)], "GW3"), Status::Fail);
        assert_eq!(
            status(&[("tf/cf.tf", cf), ("tf/alb.tf", open), ("tf/pl.tf", prefix)], "GW3"),
            Status::Pass
        );
        assert_eq!(
            status(&[("tf/cf.tf", cf), ("tf/alb.tf", open), ("tf/rule.tf", header)], "GW3"),
            Status::Pass
        );
    }

    #[test]
    fn an_edge_whose_origin_is_elsewhere_is_an_operator_step_and_no_edge_is_not_applicable() {
        let proxied = "resource \"cloudflare_record\" \"id\" {\n  name = \"id\"\n  proxied = true\n}\n";
        let dns_only = "resource \"cloudflare_record\" \"id\" {\n  name = \"id\"\n  proxied = false\n}\n";
        let aop = "resource \"cloudflare_authenticated_origin_pulls\" \"id\" {\n  enabled = true\n}\n";
        assert_eq!(status(&[("dns/cf.tf", proxied)], "GW3"), Status::OperatorStep);
        assert_eq!(
            status(&[("dns/cf.tf", proxied), ("dns/aop.tf", aop)], "GW3"),
            Status::Pass
        );
        assert_eq!(status(&[("dns/cf.tf", dns_only)], "GW3"), Status::NotApplicable);
    }

    #[test]
    fn an_nginx_origin_behind_cloudflare_needs_client_certificates_or_the_edges_ranges() {
        let dns = "resource \"cloudflare_record\" \"id\" {\n  name = \"id\"\n  proxied = true\n}\n";
        let site = |lock: &str| {
            format!(
                "geo $realip_remote_addr $from_edge {{\n    default 0;\n    173.245.48.0/20 1;\n}}\nserver {{\n    listen 443 ssl;\n    server_name id.example.test;\n{lock}\n    location / {{\n        proxy_pass http://127.0.0.1:5001;\n    }}\n}}\n"
            )
        };
        let open = site("");
        let aop = site("    ssl_client_certificate /etc/nginx/tls/aop.pem;\n    ssl_verify_client on;");
        let ranges = site("    if ($from_edge = 0) {\n        return 403;\n    }");
        let nginx = |conf: &str| {
            vec![
                ("dns/cf.tf", dns.to_string()),
                ("nginx/conf.d/id.conf", conf.to_string()),
            ]
        };
        let status_of = |files: Vec<(&str, String)>| {
            let files: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
            status(&files, "GW3")
        };
        assert_eq!(status_of(nginx(&open)), Status::Fail);
        assert_eq!(status_of(nginx(&aop)), Status::Pass);
        assert_eq!(status_of(nginx(&ranges)), Status::Pass);
    }

    #[test]
    fn a_gateway_route_behind_front_door_needs_the_profile_id_on_every_match() {
        let spec_edge = "resource \"azurerm_cdn_frontdoor_origin\" \"app\" {\n  name = \"app\"\n}\n";
        let route = |headers: &str| {
            format!(
                "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: id\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n{headers}      backendRefs:\n        - name: id\n          port: 8080\n"
            )
        };
        let locked = route(
            "          headers:\n            - type: Exact\n              name: X-Azure-FDID\n              value: 3f2b8c1e-0d4a-4c6b-9e7f-1a2b3c4d5e6f\n",
        );
        let open = route("");
        let st = |r: &str| status(&[("tf/fd.tf", spec_edge), ("k8s/route.yaml", r)], "GW3");
        assert_eq!(st(&locked), Status::Pass);
        assert_ne!(st(&open), Status::Pass);
    }
}
