//! X7: Health and metrics endpoints are not reachable through the public proxy.
//! The item's text, its rule and the rule's unit tests.

use super::health_maps;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, OBSERVABILITY, Source};
use crate::checklist::nginx;

/// X7 in the catalogue.
pub const ITEM: Item = Item {
    id: "X7",
    section: OBSERVABILITY,
    title: "Health and metrics endpoints are not reachable through the public proxy",
    applies: "when health or metrics endpoints are mapped and a public proxy is found",
    breaks: "Public /health and /metrics leak topology and dependency state and hand attackers a cheap way to load the database.",
    fix: "Deny them at the proxy (nginx: location ^~ /health { deny all; }) or serve them on a management port only (MapHealthChecks(...).RequireHost(\"*:8081\")). App Service routes every path of its one port and cannot filter: require authorization (.RequireAuthorization(policy)) with a policy only App Service's health check passes (its x-ms-auth-internal-token header).",
    source: Source::Idsgen,
    rule,
};

/// Health endpoints written by hand: `app.MapGet("/health", () => Results.Ok())` (also
/// `/healthz`, `/livez`, `/readyz`, `/alive`, …) answers probes like MapHealthChecks, and is as
/// public as any other path the proxy routes.
fn hand_written_health(ctx: &Context) -> Vec<(String, &Call)> {
    const WORDS: &[&str] = &[
        "health",
        "healthz",
        "livez",
        "readyz",
        "liveness",
        "readiness",
        "alive",
        "ready",
    ];
    ctx.code
        .calls
        .iter()
        .filter(|c| c.name == "MapGet" && !c.development_only)
        .filter_map(|c| {
            let path = c.args.first()?.strings.first()?.clone();
            path.split('/')
                .any(|s| WORDS.contains(&s.to_ascii_lowercase().as_str()))
                .then_some((path, c))
        })
        .collect()
}

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    // An endpoint bound to a management port or behind authorization is not public, whatever
    // the proxy routes: `.RequireHost("*:8081")` / `.RequireAuthorization()` chained on its map call.
    let restricted = |map: &Call, marker: &str| {
        ctx.code.calls.iter().any(|r| {
            r.file == map.file
                && r.chained_on(&map.name)
                && r.receiver.as_deref().is_some_and(|t| t.contains(marker))
                && ((r.name == "RequireHost" && r.strings().any(|s| s.contains(':')))
                    || r.name == "RequireAuthorization")
        })
    };
    let mut paths: Vec<(String, &Call)> = Vec::new();
    for (p, c) in health_maps(ctx).into_iter().chain(hand_written_health(ctx)) {
        if !restricted(c, &format!("\"{p}\"")) {
            paths.push((p, c));
        }
    }
    for c in
        ctx.code.calls.iter().filter(|c| {
            c.name == "UseOpenTelemetryPrometheusScrapingEndpoint" || c.name == "MapPrometheusScrapingEndpoint"
        })
    {
        let port_predicate = c.args.iter().any(|a| a.text.contains("LocalPort"));
        if !port_predicate && !restricted(c, &c.name) {
            let p = c
                .args
                .first()
                .and_then(|a| a.strings.first().cloned())
                .unwrap_or_else(|| "/metrics".to_string());
            paths.push((p, c));
        }
    }
    if paths.is_empty() {
        return if health_maps(ctx).is_empty() && hand_written_health(ctx).is_empty() {
            Outcome::na("no health or metrics endpoints are mapped")
        } else {
            Outcome::pass(
                "health and metrics endpoints are bound to a management port or require authorization",
                Vec::new(),
            )
        };
    }
    if let Some(single_port) = crate::checklist::single_port_hosts::x7_app_service(ctx, &paths) {
        return single_port;
    }
    let mut fails = Vec::new();
    let mut checked = false;
    for server in ctx
        .nginx
        .servers()
        .iter()
        .filter(|s| s.public() && !s.proxy_locations().is_empty())
    {
        checked = true;
        for (p, _) in &paths {
            if let Some(l) = server.select_location(p)
                && !nginx::denies(l)
                && l.children().iter().any(|d| d.name == "proxy_pass")
            {
                fails.push(Evidence::new(
                    &l.file,
                    l.line,
                    format!("{p} reaches the app through `location {}`", l.args.join(" ")),
                ));
            }
        }
    }
    // A path the Ingress sends to another Service (a storefront's catch-all `/`) never reaches
    // the host, when the tree shows which Services select the host's pods.
    let host_services = ctx.host_service_names();
    for ing in ctx.kube.route_objects() {
        checked = true;
        let what = crate::checklist::routes::controller_route(ing).unwrap_or("Ingress");
        // Path-less rules and default backends route every path (read as `/`).
        for route in crate::checklist::routes::routes(ing) {
            if !route.reaches(host_services.as_deref()) {
                continue;
            }
            let prefix = route.path.as_str();
            for (p, _) in &paths {
                let covered = if route.exact {
                    prefix == p
                } else {
                    prefix == "HELM" || p.starts_with(prefix.trim_end_matches('/')) || prefix == "/"
                };
                if covered {
                    fails.push(Evidence::new(
                        &ing.file,
                        route.line,
                        format!("{p} is routed publicly by {what} path {prefix}"),
                    ));
                }
            }
        }
    }
    if !checked {
        let Some(proxy) = ctx.proxy_evidence() else {
            return Outcome::na(
                "no public proxy (nginx server, Ingress, load balancer, idsgen.yaml proxy.hops) in the tree",
            );
        };
        let host = ctx.public_host.clone().unwrap_or_else(|| "HOST".to_string());
        let list: Vec<&str> = paths.iter().map(|(p, _)| p.as_str()).collect();
        return Outcome::operator(
            format!(
                "a public proxy is in front ({}:{}) but its routing is not in the tree",
                proxy.file, proxy.line
            ),
            format!(
                "for p in {}; do curl -s -o /dev/null -w \"$p %{{http_code}}\\n\" https://{host}$p; done   # expect 403 or 404 for each",
                list.join(" ")
            ),
            paths.iter().map(|(p, c)| ev(c, format!("{p} mapped here"))).collect(),
        );
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "health or metrics endpoints are reachable through the public proxy",
            fails,
        )
        .with_related(paths.iter().map(|(p, c)| ev(c, format!("{p} mapped here"))).collect());
    }
    Outcome::pass(
        "the public proxy does not route health or metrics endpoints",
        Vec::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    /// A hand-written `/health` on a host whose Deployment a Service selects, behind an Ingress
    /// whose catch-all `/` goes to `catch_all`.
    fn run(catch_all: &str) -> Outcome {
        let files: Vec<(String, String)> = [
            ("Acme.Identity/Acme.Identity.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n".to_string()),
            (
                "Acme.Identity/Program.cs",
                "var app = builder.Build();\nbuilder.Services.AddIdentityServer();\napp.UseIdentityServer();\napp.MapGet(\"/health\", () => Results.Ok());\n".to_string(),
            ),
            (
                "k8s/identity.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: identity\nspec:\n  template:\n    metadata:\n      labels:\n        app: identity\n    spec:\n      containers:\n        - name: identity\n          image: acme/identity\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: identity-svc\nspec:\n  selector:\n    app: identity\n".to_string(),
            ),
            (
                "k8s/ingress.yaml",
                format!("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: edge\nspec:\n  rules:\n    - host: acme.io\n      http:\n        paths:\n          - path: /connect\n            pathType: Prefix\n            backend:\n              service:\n                name: identity-svc\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: {catch_all}\n"),
            ),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_string(), t))
        .collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_hand_written_health_path_counts_and_only_the_hosts_routes_expose_it() {
        let o = run("storefront");
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let o = run("identity-svc");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/ingress.yaml", 15)
        );
    }
}
