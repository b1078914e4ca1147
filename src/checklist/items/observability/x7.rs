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
    for (p, c) in health_maps(ctx) {
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
        return if health_maps(ctx).is_empty() {
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
    for ing in ctx.kube.of_kind("Ingress") {
        checked = true;
        // Path-less rules and default backends route every path (read as `/`).
        for route in crate::checklist::kubernetes::ingress_routes(ing) {
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
                        format!("{p} is routed publicly by Ingress path {prefix}"),
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
