//! RP3: The discovery document issuer is the public HTTPS URL.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::honours;
use crate::checklist::items::common::host;
use crate::checklist::items::common::issuer_command;
use crate::checklist::items::common::pinned_issuer;
use crate::checklist::items::plain_http::{Scheme, kestrel_terminates_tls, published_directly};
use crate::checklist::items::{HOST, Item, PROXY, Source};

/// RP3 in the catalogue.
pub const ITEM: Item = Item {
    id: "RP3",
    section: PROXY,
    title: "The discovery document issuer is the public HTTPS URL",
    applies: HOST,
    breaks: "If the proxy rewrites Host and the app does not honour X-Forwarded-Host, the issuer and redirect URIs name the internal host and tokens fail validation.",
    fix: "Keep the public Host (nginx: proxy_set_header Host $host;) or forward X-Forwarded-Host and honour it (ForwardedHeaders.XForwardedHost); or set IssuerUri to the public origin. Then verify the live issuer.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let expected = ctx
        .spec
        .as_ref()
        .map(|s| crate::model::Model::from_spec(&s.spec).issuer)
        .or_else(|| ctx.public_host.as_ref().map(|h| format!("https://{h}")));
    let mut fails = Vec::new();
    let pinned = pinned_issuer(ctx);
    if let (Some((v, at)), Some(exp)) = (&pinned, &expected)
        && v.trim_end_matches('/') != exp.trim_end_matches('/')
    {
        fails.extend(
            at.iter()
                .take(1)
                .map(|e| Evidence::new(&e.file, e.line, format!("IssuerUri {v} is not the public URL {exp}"))),
        );
    }
    for (_, loc) in ctx.host_proxy_locations() {
        let sent = loc.sent_headers();
        let host = sent.get("host");
        let xfh = sent.get("x-forwarded-host");
        if host.is_none() && xfh.is_none() {
            fails.push(Evidence::new(
                &loc.proxy_pass.file,
                loc.proxy_pass.line,
                "proxy_pass without Host $host or X-Forwarded-Host: the app sees the upstream name ($proxy_host)",
            ));
        } else if host.is_none()
            && let Some(d) = xfh
            && honours(ctx, "XForwardedHost") == Some(false)
        {
            fails.push(Evidence::new(
                &d.file,
                d.line,
                "only X-Forwarded-Host is sent, and ForwardedHeaders does not include XForwardedHost",
            ));
        }
    }
    if expected.is_none()
        && let Some((v, at)) = &pinned
        && let Some(h) = private_host(v)
    {
        fails.extend(at.iter().take(1).map(|e| {
            Evidence::new(
                &e.file,
                e.line,
                format!("IssuerUri {v} names {h}, which no client on the internet reaches"),
            )
        }));
    }
    if fails.is_empty()
        && pinned.is_none()
        && let Some((scheme, at)) = published_directly(ctx)
    {
        // The same fact TLS3 reads: clients reach Kestrel directly, with the host they typed.
        return match scheme {
            Scheme::Http => Outcome::fail(
                "clients connect to Kestrel's plain-http port directly, so the issuer is http://, not the public HTTPS URL",
                at,
            ),
            Scheme::Https => Outcome::pass(
                "clients reach Kestrel's https port directly: no proxy rewrites Host, so the issuer is the https URL they use",
                at,
            ),
        };
    }
    // The same fact TLS3 fails on: a container that only ever sees http, with no issuer
    // pinned, builds an http:// issuer whatever sits in front of it.
    if fails.is_empty()
        && pinned.is_none()
        && let Some(at) = crate::checklist::items::https::tls3::http_only(ctx)
    {
        return Outcome::fail(
            "requests reach the container as plain http and no IssuerUri is pinned: the issuer is http://, not the public HTTPS URL",
            at,
        );
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will not be the public URL", fails);
    }
    if pinned.is_none()
        && let Some(at) = kestrel_terminates_tls(ctx)
    {
        return Outcome::pass(
            "no proxy in front: Kestrel terminates TLS and sees the public host clients use, so the issuer is that https URL",
            at,
        );
    }
    if let (Some((v, at)), Some(exp)) = (&pinned, &expected)
        && v.trim_end_matches('/') == exp.trim_end_matches('/')
    {
        return Outcome::pass(format!("IssuerUri is pinned to the public URL {exp}"), at.clone());
    }
    // The same fact TLS3 reads (every nginx location in front terminates TLS and hands Kestrel
    // https), and each keeps the Host clients sent: the inferred issuer is the public https URL.
    if pinned.is_none()
        && crate::checklist::items::https::tls3::nginx_delivers_https(ctx).is_some()
        && let Some(at) = nginx_keeps_public_host(ctx)
    {
        return Outcome::pass(
            "nginx terminates TLS, hands Kestrel https and keeps the Host clients sent, so the inferred issuer is the public https URL",
            at,
        );
    }
    if pinned.is_none()
        && let Some(at) = crate::checklist::items::https::tls3::windows_app_service_https(ctx)
    {
        return Outcome::pass(
            "a Windows App Service site, https only: the front end passes the public Host and scheme to IIS, so the inferred issuer is the public https URL",
            at,
        );
    }
    // Pinned by the deployment's own configuration to an https name on the internet (no public
    // host to compare with in the tree): the issuer is what the operator declared it to be.
    if expected.is_none()
        && let Some((v, at)) = &pinned
        && v.starts_with("https://")
        && private_host(v).is_none()
        && !crate::checklist::appsettings::is_placeholder(v)
        && !crate::spec::placeholders::hosts_in(v)
            .iter()
            .any(|h| crate::spec::placeholders::is_placeholder_host(h))
    {
        return Outcome::pass(format!("IssuerUri is pinned to the https URL {v}"), at.clone());
    }
    // The same facts TLS3 reads when nothing pins the issuer: an http-only entry, or a proxy
    // whose forwarded headers the app ignores, makes the inferred issuer http://; an Ingress
    // that ends TLS keeps the Host clients sent (controllers pass it through), so with the
    // scheme applied the issuer is the public https URL.
    if pinned.is_none() {
        if let Some(at) = crate::checklist::items::https::tls3::plain_http_ingress(ctx) {
            return Outcome::fail(
                "clients reach the host through an Ingress without tls, so the inferred issuer is http://, not the public HTTPS URL",
                at,
            );
        }
        if let Some(at) = crate::checklist::items::proxy::rp1::proxy_headers_ignored(ctx) {
            return Outcome::fail(
                "the proxy's forwarded headers are ignored (it is not a trusted proxy): the issuer is built from what the app sees, not the public HTTPS URL",
                vec![at],
            );
        }
        if let Some(mut at) = crate::checklist::items::https::tls3::ingress_delivers_https(ctx)
            && !ingress_rewrites_host(ctx)
        {
            at.extend(crate::checklist::items::https::tls3::ingress_hosts(ctx));
            return Outcome::pass(
                "the ingress in front ends TLS and passes the Host clients sent, and the app applies X-Forwarded-Proto: the inferred issuer is the public https URL",
                at,
            );
        }
    }
    if pinned.is_none()
        && let Some(at) = front_keeps_host(ctx)
    {
        return Outcome::pass(
            "nothing in front rewrites the Host clients send and no IssuerUri is set: the issuer names the public host (its scheme is TLS3's finding)",
            at,
        );
    }
    let exp = expected.unwrap_or_else(|| "the public https origin".to_string());
    Outcome::operator(
        "the files keep the public host; verify the live issuer equals the public URL",
        issuer_command(ctx, &exp),
        Vec::new(),
    )
}

/// A route object that sends the backend another Host than clients sent (routes::rewrites_host).
fn ingress_rewrites_host(ctx: &Context) -> bool {
    ctx.kube
        .route_objects()
        .any(|o| crate::checklist::routes::rewrites_host(o).is_some())
}

/// Nothing decides the issuer but the request, and what the tree shows in front of the host
/// passes the Host clients sent: every nginx location proxying to it sends `Host`, or (with no
/// nginx in front) a route object, Traefik router, Container Apps ingress, load balancer or App
/// Service front end does, none of them told to rewrite it; or IIS runs the app. An IssuerUri
/// or origin the host sets in Production, even one the files cannot resolve, decides instead.
/// The evidence: where the front is, and the host's registration that pins no issuer.
fn front_keeps_host(ctx: &Context) -> Option<Vec<Evidence>> {
    let set_in_code = ctx
        .code
        .assigns_to("IssuerUri")
        .chain(ctx.code.assigns_to("PublicOrigin"))
        .any(|a| !a.development_only)
        || ctx
            .code
            .calls_named("SetIdentityServerOrigin")
            .any(|c| !c.development_only);
    if set_in_code || ingress_rewrites_host(ctx) {
        return None;
    }
    let locations = ctx.host_proxy_locations();
    let front = if locations.is_empty() {
        let platform = ctx
            .app_service_sites()
            .into_iter()
            .find_map(|s| s.windows_code.or(s.code_stack).or(s.linux_container))
            .or_else(|| ctx.iis_hosting());
        // A proxy container whose own configuration the tree does not hold could send anything.
        let configured_elsewhere = |e: &Evidence| e.note.starts_with("compose proxy service");
        let front = ctx.proxy_evidence().filter(|e| !configured_elsewhere(e)).or(platform)?;
        vec![front]
    } else {
        nginx_keeps_public_host(ctx)?
    };
    let mut at = front;
    at.extend(ctx.host.iter().map(|h| {
        Evidence::new(
            &h.file,
            h.line,
            "no IssuerUri: the issuer is built from the request's Host",
        )
    }));
    Some(at)
}

/// The `Host $host` / `Host $http_host` / `Host $host:$server_port` line of every nginx location that proxies to the host;
/// `None` when one sends another Host or none.
fn nginx_keeps_public_host(ctx: &Context) -> Option<Vec<Evidence>> {
    let mut at = Vec::new();
    for (_, loc) in ctx.host_proxy_locations() {
        let sent = loc.sent_headers();
        let d = sent
            .get("host")
            // `$host:$server_port` is the public host with the port the client connected to.
            .filter(|d| matches!(d.arg(1), "$host" | "$http_host" | "$host:$server_port"))?;
        at.push(Evidence::new(
            &d.file,
            d.line,
            format!("Host {}: the public host reaches Kestrel", d.arg(1)),
        ));
    }
    (!at.is_empty()).then_some(at)
}

/// The host of `url` when it can only be this machine or a private network name: loopback,
/// `0.0.0.0`, `host.docker.internal`, a single-label name (`identity`, a compose service) or a
/// `.local`/`.internal`/`.localhost` name.
fn private_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let authority = authority.rsplit_once('@').map(|(_, h)| h).unwrap_or(authority);
    let host = if let Some(v6) = authority.strip_prefix('[') {
        v6.split(']').next().unwrap_or("").to_string()
    } else {
        authority.split(':').next().unwrap_or("").to_ascii_lowercase()
    };
    if host.is_empty() || host.contains('{') || host.contains('$') {
        return None;
    }
    let private = host == "localhost"
        || host.starts_with("127.")
        || host == "::1"
        || host == "0.0.0.0"
        || host == "host.docker.internal"
        || !host.contains('.') && !host.contains(':')
        || [".local", ".internal", ".localhost"].iter().any(|s| host.ends_with(s));
    private.then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const PROGRAM: &str = "builder.Services.AddIdentityServer(o =>\n{\n    o.IssuerUri = builder.Configuration.GetValue<string>(\"IdentityServer:IssuerUri\");\n});\n";
    const SETTINGS: &str = "{ \"IdentityServer\": { \"IssuerUri\": \"https://localhost:5001\" } }";

    fn outcome(issuer_in_compose: &str) -> Outcome {
        let compose = format!(
            "services:\n  proxy:\n    image: nginxproxy/nginx-proxy:1.6\n  sts:\n    image: acme/sts\n    environment:\n      VIRTUAL_HOST: login.example.test\n      IdentityServer__IssuerUri: {issuer_in_compose}\n"
        );
        let files: Vec<(String, String)> = [
            ("Program.cs", PROGRAM),
            ("appsettings.json", SETTINGS),
            ("docker-compose.yml", compose.as_str()),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn an_issuer_read_from_configuration_takes_the_deployments_environment() {
        let o = outcome("https://login.example.test");
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("docker-compose.yml", 8), ("Program.cs", 3)]);
    }

    #[test]
    fn an_issuer_pinned_to_this_machine_fails_without_a_known_public_host() {
        let files: Vec<(String, String)> = [("Program.cs", PROGRAM), ("appsettings.json", SETTINGS)]
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.evidence[0].note.contains("localhost"), "{o:?}");
        for (url, private) in [
            ("https://localhost:5001", true),
            ("http://127.0.0.1", true),
            ("https://identity", true),
            ("https://sts.internal:8443/", true),
            ("https://[::1]:5001", true),
            ("https://login.example.com", false),
            ("https://{tenant}.example.com", false),
        ] {
            assert_eq!(private_host(url).is_some(), private, "{url}");
        }
    }

    #[test]
    fn an_environment_issuer_other_than_the_served_host_fails_where_it_is_set() {
        let o = outcome("https://sts.internal:8443");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("docker-compose.yml", 8)
        );
    }

    #[test]
    fn an_ingress_that_ends_tls_and_keeps_the_host_passes_one_without_tls_fails() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nb.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = ForwardedHeaders.XForwardedProto; o.KnownNetworks.Clear(); o.KnownProxies.Clear(); });\nvar app = b.Build();\napp.UseForwardedHeaders();\napp.UseIdentityServer();\n";
        let ingress = |tls: &str, annotations: &str| {
            format!(
                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\n{annotations}spec:\n{tls}  rules:\n    - host: id.acme.io\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: id\n                port:\n                  number: 80\n"
            )
        };
        let run = |ing: &str| {
            let files: Vec<(String, String)> = [("Program.cs", program), ("k8s/ingress.yaml", ing)]
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect();
            rule(&Context::build(&files))
        };
        let tls = "  tls:\n    - hosts: [id.acme.io]\n      secretName: id-tls\n";
        let o = run(&ingress(tls, ""));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.line == 10 && e.note.contains("id.acme.io")),
            "{o:?}"
        );
        let o = run(&ingress("", ""));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        // A controller told to send another Host: the live document decides.
        let vhost = "  annotations:\n    nginx.ingress.kubernetes.io/upstream-vhost: id.internal\n";
        assert_eq!(run(&ingress(tls, vhost)).status, Status::OperatorStep);
    }

    #[test]
    fn nginx_with_tls_an_https_upstream_and_the_public_host_passes() {
        let site = |host: &str| {
            format!(
                "server {{\n  listen 443 ssl;\n  server_name id.example.org;\n  location / {{\n    proxy_pass https://127.0.0.1:5001;\n    proxy_set_header Host {host};\n  }}\n}}\n"
            )
        };
        let run = |nginx: String| {
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\n".to_string(),
                ),
                ("nginx/id.conf".to_string(), nginx),
            ];
            rule(&Context::build(&files))
        };
        let o = run(site("$http_host"));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("nginx/id.conf", 6));
        assert_eq!(run(site("identity.internal")).status, Status::OperatorStep);
        assert_eq!(run(site("$host:$server_port")).status, Status::Pass);
        assert_eq!(run(site("$proxy_host")).status, Status::OperatorStep);
    }

    fn files(list: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = list.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_route_that_passes_the_host_through_decides_the_issuers_host_unless_told_to_rewrite_it() {
        let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n";
        let route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: id\nspec:\n  hostnames: [id.example.org]\n  rules:\n    - backendRefs:\n        - name: identity\n          port: 8080\n";
        let o = files(&[("src/Id/Program.cs", program), ("deploy/route.yaml", route)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert!(at.contains(&("src/Id/Program.cs", 2)), "{o:?}");
        // A URLRewrite filter that names another hostname sends the app that host instead.
        let rewritten = route.replace(
            "    - backendRefs:",
            "    - filters:\n        - type: URLRewrite\n          urlRewrite:\n            hostname: identity.internal\n      backendRefs:",
        );
        let o = files(&[("src/Id/Program.cs", program), ("deploy/route.yaml", &rewritten)]);
        assert_eq!(o.status, Status::OperatorStep, "{o:?}");
        // An IssuerUri the files cannot resolve decides the issuer: no verdict from the Host.
        let computed = program.replace(
            "AddIdentityServer();",
            "AddIdentityServer(o => o.IssuerUri = Servers.Identity.ToString());",
        );
        let o = files(&[("src/Id/Program.cs", &computed), ("deploy/route.yaml", route)]);
        assert_eq!(o.status, Status::OperatorStep, "{o:?}");
    }

    #[test]
    fn a_compose_proxy_whose_configuration_is_not_in_the_tree_proves_nothing_about_the_host() {
        let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer();\n";
        let compose =
            "services:\n  edge:\n    image: haproxy:3.0\n    ports: [\"443:443\"]\n  sts:\n    image: acme/sts\n";
        let o = files(&[("Program.cs", program), ("docker-compose.yml", compose)]);
        assert_ne!(o.status, Status::Pass, "{o:?}");
    }
}
