//! RP1: ForwardedHeadersOptions trusts exactly the known proxies/networks.
//! The item's text, its rule and the rule's unit tests.

use super::env_enabled_forwarding;
use super::proxy_applies;
use crate::checklist::bound::branch_in_production;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::forwarded_headers_assign;
use crate::checklist::items::common::host;
use crate::checklist::items::common::service_site;
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

/// RP1's finding when the options trust only loopback while the proxy runs elsewhere.
const LOOPBACK_ONLY: &str =
    "no KnownProxies/KnownIPNetworks added: only loopback is trusted, the proxy's headers are ignored";

/// Where RP1 finds that the proxy in front is not trusted (only loopback is, and the proxy is
/// not on it): every X-Forwarded-* header it sends is ignored, so the app sees http and the
/// proxy's own address. TLS3 and RP3 read this instead of reasoning about trust again.
pub(crate) fn proxy_headers_ignored(ctx: &Context) -> Option<Evidence> {
    let o = rule(ctx);
    (o.status == crate::checklist::finding::Status::Fail)
        .then(|| o.evidence.into_iter().find(|e| e.note == LOOPBACK_ONLY))
        .flatten()
}

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // A hand-written middleware that sets the request scheme from X-Forwarded-Proto believes
    // whoever sends the header: there is no trust list at all.
    let hand_written: Vec<Evidence> = ctx
        .code
        .assigns_to("Scheme")
        .filter(|a| {
            a.target.ends_with("Request.Scheme")
                && !a.development_only
                && a.value.to_ascii_lowercase().contains("x-forwarded-proto")
        })
        .map(|a| {
            Evidence::new(
                &a.file,
                a.line,
                "Request.Scheme set from X-Forwarded-Proto for any peer (no trusted proxies)",
            )
        })
        .collect();
    if !hand_written.is_empty() && ctx.code.call("UseForwardedHeaders").is_none() {
        return Outcome::fail(
            "a hand-written middleware takes X-Forwarded-Proto from every caller instead of UseForwardedHeaders with known proxies",
            hand_written,
        );
    }
    let Some(proxy) = proxy_applies(ctx) else {
        return Outcome::na("no reverse proxy in the tree and forwarded headers are not configured");
    };
    let mut fails = env_enabled_forwarding(ctx);
    // A branch on a configuration flag (`if (settings.TrustEveryone) { …Clear(); } else { …Add(…); }`)
    // is taken as Production configuration says; the flag's setting is evidence.
    let mut flags: Vec<Evidence> = Vec::new();
    let mut runs = |c: &&Call| match branch_in_production(&ctx.code, &ctx.settings, c) {
        Some((runs, at)) => {
            if runs && !flags.contains(&at) {
                flags.push(at);
            }
            runs
        }
        None => true,
    };
    let adds: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| on_trust_list(c, "Add"))
        .filter(&mut runs)
        .collect();
    let clears: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| on_trust_list(c, "Clear"))
        .filter(&mut runs)
        .collect();
    // `new ForwardedHeadersOptions { KnownNetworks = { new IPNetwork(…) } }`: a collection
    // initializer adds to the trust list like `.Add(…)`.
    let initializer_adds: Vec<Evidence> = ctx
        .code
        .assigns
        .iter()
        .filter(|a| {
            !a.development_only
                && ["KnownProxies", "KnownNetworks", "KnownIPNetworks"]
                    .iter()
                    .any(|t| a.target.ends_with(t))
                && a.value.starts_with('{')
                && !a.value.trim_start_matches('{').trim_end_matches('}').trim().is_empty()
        })
        .map(|a| Evidence::new(&a.file, a.line, format!("{} = {{ … }}", a.target)))
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
        None if fails.is_empty() => {
            fails.extend(service_site(
                ctx,
                &anchor,
                &format!(
                    "a proxy is in front ({}:{}) but ForwardedHeadersOptions is not configured",
                    proxy.file, proxy.line
                ),
            ));
            let mut front = proxy.clone();
            front.note = format!("the proxy in front: {}", front.note);
            fails.push(front);
        }
        None => {}
        Some(at) => {
            if forwarded_headers_assign(ctx).is_none() {
                fails.push(Evidence::new(
                    &at.file,
                    at.line,
                    "ForwardedHeaders is not set: it defaults to None, nothing is honoured",
                ));
            }
            if adds.is_empty() && initializer_adds.is_empty() {
                if !clears.is_empty() {
                    fails.extend(flags.iter().cloned());
                    fails.extend(
                        clears
                            .iter()
                            .map(|c| ev(c, "trust list cleared and nothing added: any peer is trusted")),
                    );
                } else if !proxy_on_loopback(ctx) {
                    fails.push(Evidence::new(&at.file, at.line, LOOPBACK_ONLY));
                }
            }
        }
    }
    fails.extend(own_subnet_adds(ctx, &adds));
    if !fails.is_empty() {
        return Outcome::fail("forwarded headers are not restricted to the known proxies", fails);
    }
    let mut evidence: Vec<Evidence> = configured_at.into_iter().collect();
    evidence.extend(
        adds.iter()
            .map(|c| ev(c, format!("{}.Add", c.receiver.clone().unwrap_or_default()))),
    );
    evidence.extend(initializer_adds);
    Outcome::pass("forwarded headers trust exactly the configured proxies", evidence)
}

/// Trust-list additions computed from this machine's own network interfaces
/// (`NetworkInterface.GetAllNetworkInterfaces()`, directly or through a helper the adding
/// method calls): every address on the pod's or VM's subnet is trusted, not the proxy, and a
/// proxy on another subnet (another node's pod CIDR) is not trusted at all.
fn own_subnet_adds(ctx: &Context, adds: &[&Call]) -> Vec<Evidence> {
    let probes: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name == "GetAllNetworkInterfaces" && !c.development_only)
        .collect();
    let mut out = Vec::new();
    for add in adds {
        let same_method = |c: &Call| c.file == add.file && c.method == add.method;
        let via = probes.iter().find_map(|p| {
            if same_method(p) {
                return Some((*p, None));
            }
            let helper = p.method.as_deref()?;
            let call = ctx.code.calls.iter().find(|c| c.name == helper && same_method(c))?;
            Some((*p, Some(call)))
        });
        if let Some((probe, helper)) = via {
            out.push(ev(
                add,
                "trusts a network computed from this machine's own interfaces: every address on its subnet",
            ));
            if let Some(h) = helper {
                out.push(ev(h, format!("{}(): the local subnets", h.name)));
            }
            out.push(ev(
                probe,
                "NetworkInterface.GetAllNetworkInterfaces(): the host's own addresses",
            ));
        }
    }
    out
}

/// `KnownProxies.Add(…)`, `KnownNetworks.Clear()` and the like.
fn on_trust_list(c: &Call, name: &str) -> bool {
    const TRUST_LISTS: [&str; 3] = ["KnownProxies", "KnownNetworks", "KnownIPNetworks"];
    c.name == name
        && c.receiver
            .as_deref()
            .is_some_and(|r| TRUST_LISTS.iter().any(|t| r.ends_with(t)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const HELPER: &str = "public static class Proxy\n{\n    public static void UseProxy(this IApplicationBuilder app, IConfiguration configuration)\n    {\n        var s = configuration.GetSection(\"ProxyHeaders\").Get<ProxySettings>();\n        var o = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.All };\n        if (s.TrustEveryone)\n        {\n            o.KnownNetworks.Clear();\n            o.KnownProxies.Clear();\n        }\n        else\n        {\n            foreach (var p in s.KnownProxies) { o.KnownProxies.Add(IPAddress.Parse(p)); }\n        }\n        app.UseForwardedHeaders(o);\n    }\n}\n";
    const PROGRAM: &str =
        "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseProxy(builder.Configuration);\n";

    #[test]
    fn networks_computed_from_the_machines_own_interfaces_are_not_known_proxies() {
        let startup = "public class Startup\n{\n    public void ConfigureServices(IServiceCollection services)\n    {\n        services.AddIdentityServer();\n        services.Configure<ForwardedHeadersOptions>(o =>\n        {\n            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;\n            foreach (var n in Subnets.Local())\n            {\n                o.KnownNetworks.Add(n);\n            }\n        });\n    }\n    public void Configure(IApplicationBuilder app)\n    {\n        app.UseForwardedHeaders();\n        app.UseIdentityServer();\n    }\n}\n";
        let helper = "public static class Subnets\n{\n    public static IEnumerable<IPNetwork> Local()\n    {\n        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())\n        {\n            yield return new IPNetwork(IPAddress.Any, 24);\n        }\n    }\n}\n";
        let ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  ingressClassName: traefik\n";
        let files = |helper: &str| {
            vec![
                ("Startup.cs".to_string(), startup.to_string()),
                ("Subnets.cs".to_string(), helper.to_string()),
                ("k8s/ingress.yaml".to_string(), ingress.to_string()),
            ]
        };
        let o = rule(&Context::build(&files(helper)));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.file == "Startup.cs" && e.line == 11),
            "{o:?}"
        );
        assert!(
            o.evidence.iter().any(|e| e.file == "Subnets.cs" && e.line == 5),
            "{o:?}"
        );
        // The same shape over a configured list of proxy networks passes.
        let configured = helper.replace("NetworkInterface.GetAllNetworkInterfaces()", "Settings.ProxyNetworks");
        assert_eq!(rule(&Context::build(&files(&configured))).status, Status::Pass);
    }

    #[test]
    fn a_hand_written_scheme_rewrite_trusts_every_caller() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.Use(async (ctx, next) =>\n{\n    if (ctx.Request.Headers.ContainsKey(\"X-Forwarded-Proto\"))\n    {\n        ctx.Request.Scheme = ctx.Request.Headers[\"X-Forwarded-Proto\"];\n    }\n    await next();\n});\napp.UseIdentityServer();\n";
        let o = rule(&Context::build(&[("Program.cs".to_string(), program.to_string())]));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 7, "{o:?}");
        // Forcing https is not believing a header (TLS3 reads that).
        let forced = program.replace("ctx.Request.Headers[\"X-Forwarded-Proto\"]", "\"https\"");
        let o = rule(&Context::build(&[("Program.cs".to_string(), forced)]));
        assert_ne!(o.status, Status::Fail, "{o:?}");
    }

    fn outcome(trust_everyone: bool) -> Outcome {
        let settings = format!(
            "{{\n  \"ProxyHeaders\": {{\n    \"TrustEveryone\": {trust_everyone},\n    \"KnownProxies\": [\"10.0.0.5\"]\n  }}\n}}"
        );
        let files: Vec<(String, String)> = [
            ("Program.cs", PROGRAM),
            ("Proxy.cs", HELPER),
            ("appsettings.json", settings.as_str()),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_trust_everyone_flag_set_in_configuration_clears_the_lists() {
        let o = outcome(true);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("appsettings.json", 3), ("Proxy.cs", 9), ("Proxy.cs", 10)]);
    }

    #[test]
    fn the_same_flag_off_takes_the_branch_that_adds_proxies() {
        let o = outcome(false);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(o.evidence.iter().any(|e| e.file == "Proxy.cs" && e.line == 14), "{o:?}");
    }

    #[test]
    fn a_collection_initializer_adds_to_the_trust_list() {
        let program = |networks: &str| {
            format!(
                "builder.Services.AddIdentityServer();\nvar app = builder.Build();\nvar o = new ForwardedHeadersOptions\n{{\n    ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,\n    KnownNetworks = {{ {networks} }},\n}};\napp.UseForwardedHeaders(o);\n"
            )
        };
        let run = |text: String| {
            let files = vec![
                ("Program.cs".to_string(), text),
                (
                    "nginx.conf".to_string(),
                    "http { server { listen 443 ssl; location / { proxy_pass http://10.0.0.9:5000; } } }".to_string(),
                ),
            ];
            rule(&Context::build(&files))
        };
        let o = run(program("new IPNetwork(IPAddress.Parse(\"10.0.0.0\"), 8)"));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(
            o.evidence
                .iter()
                .any(|e| e.line == 6 && e.note.contains("KnownNetworks")),
            "{o:?}"
        );
        assert_eq!(run(program("")).status, Status::Fail);
    }
}
