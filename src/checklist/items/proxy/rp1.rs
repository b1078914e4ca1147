//! RP1: ForwardedHeadersOptions trusts exactly the known proxies/networks.
//! The item's text, its rule and the rule's unit tests.

use super::env_enabled_forwarding;
use super::proxy_applies;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::forwarded_headers_assign;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, PROXY, Source};

/// RP1 in the catalogue.
pub const ITEM: Item = Item {
    id: "RP1",
    section: PROXY,
    title: "ForwardedHeadersOptions trusts exactly the known proxies/networks",
    applies: "when a reverse proxy is found in the tree or forwarded headers are configured",
    breaks: "Empty trust lists make the middleware ignore X-Forwarded-* (http issuer, proxy address as client IP); cleared lists or ASPNETCORE_FORWARDEDHEADERS_ENABLED=true trust any peer, so clients spoof their scheme, host and address.",
    fix: "builder.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = XForwardedFor | XForwardedProto (| XForwardedHost); o.KnownProxies / o.KnownIPNetworks (net10) or KnownNetworks (net8) .Add(the proxies' addresses); }).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let Some(proxy) = proxy_applies(ctx) else {
        return Outcome::na("no reverse proxy in the tree and forwarded headers are not configured");
    };
    let mut fails = env_enabled_forwarding(ctx);
    let trust_lists = ["KnownProxies", "KnownNetworks", "KnownIPNetworks"];
    let adds: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.name == "Add"
                && c.receiver
                    .as_deref()
                    .is_some_and(|r| trust_lists.iter().any(|t| r.ends_with(t)))
        })
        .collect();
    let clears: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            c.name == "Clear"
                && c.receiver
                    .as_deref()
                    .is_some_and(|r| trust_lists.iter().any(|t| r.ends_with(t)))
        })
        .collect();
    let configure = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"));
    let creation = ctx
        .code
        .creations
        .iter()
        .find(|c| c.type_name == "ForwardedHeadersOptions");
    let configured_at = configure
        .map(|c| ev(c, "Configure<ForwardedHeadersOptions>"))
        .or_else(|| creation.map(|c| Evidence::new(&c.file, c.line, "new ForwardedHeadersOptions")));
    match &configured_at {
        None if fails.is_empty() => fails.push(Evidence::new(
            &anchor.file,
            anchor.line,
            format!(
                "a proxy is in front ({}:{}) but ForwardedHeadersOptions is not configured",
                proxy.file, proxy.line
            ),
        )),
        None => {}
        Some(at) => {
            if forwarded_headers_assign(ctx).is_none() {
                fails.push(Evidence::new(
                    &at.file,
                    at.line,
                    "ForwardedHeaders is not set: it defaults to None, nothing is honoured",
                ));
            }
            if adds.is_empty() {
                if let Some(c) = clears.first() {
                    fails.push(ev(c, "trust list cleared and nothing added: any peer is trusted"));
                } else if !proxy_on_loopback(ctx) {
                    fails.push(Evidence::new(&at.file, at.line, "no KnownProxies/KnownIPNetworks added: only loopback is trusted, the proxy's headers are ignored"));
                }
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("forwarded headers are not restricted to the known proxies", fails);
    }
    let mut evidence: Vec<Evidence> = configured_at.into_iter().collect();
    evidence.extend(
        adds.iter()
            .map(|c| ev(c, format!("{}.Add", c.receiver.clone().unwrap_or_default()))),
    );
    Outcome::pass("forwarded headers trust exactly the configured proxies", evidence)
}

fn loopback(addr: &str) -> bool {
    addr.starts_with("127.") || addr == "::1" || addr == "localhost"
}

/// The proxy connects from loopback only (nginx on the app host), which the defaults trust.
fn proxy_on_loopback(ctx: &Context) -> bool {
    if let Some(s) = &ctx.spec {
        return s
            .spec
            .proxy
            .hops
            .iter()
            .filter(|h| crate::model::forwarding::is_l7(h.kind))
            .all(|h| {
                !h.trusted_networks.is_empty()
                    && h.trusted_networks
                        .iter()
                        .all(|n| loopback(n.split('/').next().unwrap_or(n)))
            });
    }
    let upstream_servers: Vec<String> = ctx
        .nginx
        .upstreams()
        .iter()
        .flat_map(|(u, _)| {
            u.children()
                .iter()
                .filter(|s| s.name == "server")
                .map(|s| s.arg(0).to_string())
        })
        .collect();
    let locs: Vec<String> = ctx
        .nginx
        .servers()
        .iter()
        .flat_map(|s| {
            s.proxy_locations()
                .into_iter()
                .map(|l| l.proxy_pass.arg(0).to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    !locs.is_empty()
        && locs.iter().all(|target| {
            let hostport = target
                .split("://")
                .nth(1)
                .unwrap_or(target)
                .split('/')
                .next()
                .unwrap_or("");
            let host = hostport.rsplit_once(':').map(|(h, _)| h).unwrap_or(hostport);
            loopback(host)
                || (!upstream_servers.is_empty()
                    && upstream_servers
                        .iter()
                        .all(|s| loopback(s.split(':').next().unwrap_or(s))))
        })
}
