//! TLS3: The discovery document issuer shows https:// in production.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::forwarded_headers_assign;
use crate::checklist::items::common::honours;
use crate::checklist::items::common::host;
use crate::checklist::items::common::issuer_command;
use crate::checklist::items::common::pinned_issuer;
use crate::checklist::items::plain_http::{Scheme, kestrel_terminates_tls, published_directly, published_plain_http};
use crate::checklist::items::{HOST, HTTPS, Item, Source};

/// TLS3 in the catalogue.
pub const ITEM: Item = Item {
    id: "TLS3",
    section: HTTPS,
    title: "The discovery document issuer shows https:// in production",
    applies: HOST,
    breaks: "With an http:// issuer every client and API rejects the tokens (issuer mismatch) and redirect URIs are built as http.",
    fix: "Forward X-Forwarded-Proto from the proxy (nginx: proxy_set_header X-Forwarded-Proto $scheme;) and honour it (ForwardedHeaders.XForwardedProto), or set IssuerUri to the https public URL. Then verify the live issuer.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails = Vec::new();
    let pinned = pinned_issuer(ctx);
    if let Some((v, at)) = &pinned
        && v.starts_with("http://")
    {
        fails.extend(
            at.iter()
                .take(1)
                .map(|e| Evidence::new(&e.file, e.line, format!("IssuerUri is {v}"))),
        );
    }
    // An https IssuerUri, or a scheme the app forces itself, decides the issuer whatever the
    // proxy forwards: the forwarding below matters only without one.
    let pinned_https = pinned.as_ref().is_some_and(|(v, _)| v.starts_with("https://"));
    let decided = pinned_https || scheme_forced(ctx).is_some();
    for (tls, loc) in ctx.host_proxy_locations().into_iter().filter(|_| !decided) {
        let sent = loc.sent_headers();
        match sent.get("x-forwarded-proto") {
            // To Kestrel's own https endpoint the request itself is https: nothing to forward.
            None if loc.https_upstream() => {}
            None => fails.push(Evidence::new(
                &loc.proxy_pass.file,
                loc.proxy_pass.line,
                "proxy_pass without proxy_set_header X-Forwarded-Proto: the app sees http",
            )),
            Some(d) if d.arg(1) == "$scheme" && !tls && nginx_behind_proxy(ctx) => fails.push(Evidence::new(
                &d.file,
                d.line,
                "X-Forwarded-Proto $scheme on a plain-http nginx behind a TLS-terminating proxy sends http",
            )),
            Some(_) => {}
        }
    }
    if !decided
        && ctx.proxy_evidence().is_some()
        && let Some(false) = honours(ctx, "XForwardedProto")
        && let Some(a) = forwarded_headers_assign(ctx)
    {
        fails.push(Evidence::new(
            &a.file,
            a.line,
            "ForwardedHeaders does not include XForwardedProto",
        ));
    }
    let forced = scheme_forced(ctx);
    if fails.is_empty()
        && pinned.is_none()
        && forced.is_none()
        && let Some(at) = published_plain_http(ctx).or_else(|| http_only(ctx))
    {
        fails.extend(at);
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will be built as http:// behind the proxy", fails);
    }
    if let Some((v, at)) = pinned
        && v.starts_with("https://")
    {
        return Outcome::pass(format!("IssuerUri is set to the https URL {v}"), at);
    }
    if let Some(at) = forced {
        return Outcome::pass("the application sets the request scheme to https itself", vec![at]);
    }
    if let Some(at) = kestrel_terminates_tls(ctx) {
        return Outcome::pass(
            "Kestrel terminates TLS itself with no proxy in front and redirects plain http, so the issuer is https",
            at,
        );
    }
    if let Some((Scheme::Https, at)) = published_directly(ctx) {
        return Outcome::pass(
            "clients reach Kestrel directly on the https port compose publishes, so requests and the issuer are https",
            at,
        );
    }
    if let Some(at) = windows_app_service_https(ctx) {
        return Outcome::pass(
            "a Windows App Service site, https only: the front end hands IIS the https scheme, so the issuer is https",
            at,
        );
    }
    if let Some(at) = nginx_delivers_https(ctx) {
        return Outcome::pass(
            "every nginx location in front of the host terminates TLS and hands Kestrel https (an https upstream, or X-Forwarded-Proto from loopback that the app honours), so the issuer is https",
            at,
        );
    }
    if let Some(at) = plain_http_ingress(ctx) {
        return Outcome::fail(
            "clients reach the host through an Ingress without tls: requests, and so the inferred issuer, are http://",
            at,
        );
    }
    if let Some(at) = crate::checklist::items::proxy::rp1::proxy_headers_ignored(ctx) {
        let mut at = vec![at];
        at.extend(ctx.proxy_evidence());
        return Outcome::fail(
            "the proxy's X-Forwarded-Proto is ignored (it is not a trusted proxy), so the app sees http and infers an http:// issuer",
            at,
        );
    }
    if let Some(at) = ingress_delivers_https(ctx) {
        return Outcome::pass(
            "TLS ends at the ingress in front, which sends X-Forwarded-Proto, and the app applies it before IdentityServer, so the issuer is https",
            at,
        );
    }
    Outcome::operator(
        "the issuer is inferred per request; the files forward the scheme correctly, verify the live discovery document",
        issuer_command(ctx, "https://…"),
        Vec::new(),
    )
}

/// A Windows App Service site running .NET in IIS with `httpsOnly`: the front end terminates
/// TLS and passes the client's scheme and Host to IIS (the ASP.NET Core Module reports the
/// request as https; on Linux the scheme arrives only as X-Forwarded-Proto), and plain http is
/// redirected before it reaches the app. `None` unless every site of the tree is such a site.
pub(crate) fn windows_app_service_https(ctx: &Context) -> Option<Vec<Evidence>> {
    let sites = ctx.app_service_sites();
    if sites.is_empty() {
        return None;
    }
    let mut at = Vec::new();
    for s in &sites {
        at.push(s.https_only.clone()?);
        at.push(s.windows_code.clone()?);
    }
    Some(at)
}

/// Every nginx location that proxies to the host sits on a TLS server and hands the scheme on:
/// it proxies to Kestrel's own https endpoint (`proxy_pass https://…`: the request Kestrel
/// sees is https), or it sends `X-Forwarded-Proto $scheme` to Kestrel on the same machine
/// (loopback, which ForwardedHeadersOptions trusts by default) and Production runs
/// UseForwardedHeaders with XForwardedProto. `None` when any location does neither, or when
/// nginx proxies nothing to the host.
pub(crate) fn nginx_delivers_https(ctx: &Context) -> Option<Vec<Evidence>> {
    let forwarding = forwards_in_production(ctx) && honours(ctx, "XForwardedProto") == Some(true);
    // A plain-http server in front of an app that redirects http to https (UseHttpsRedirection
    // in Production) sends clients to the TLS server: its requests never get an issuer.
    let redirects = ctx
        .code
        .calls
        .iter()
        .any(|c| c.name == "UseHttpsRedirection" && !c.development_only);
    let mut at = Vec::new();
    for (tls, loc) in ctx.host_proxy_locations() {
        if !tls && redirects {
            continue;
        }
        if !tls {
            return None;
        }
        if loc.https_upstream() {
            at.push(Evidence::new(
                &loc.proxy_pass.file,
                loc.proxy_pass.line,
                "TLS server proxying to Kestrel's https endpoint: requests arrive as https",
            ));
            continue;
        }
        let target = loc.proxy_pass.arg(0).to_ascii_lowercase();
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
            .iter()
            .any(|p| target.starts_with(p));
        match loc.sent_headers().get("x-forwarded-proto") {
            Some(d) if d.arg(1) == "$scheme" && loopback && forwarding => at.push(Evidence::new(
                &d.file,
                d.line,
                "X-Forwarded-Proto $scheme from a TLS server on loopback, honoured by UseForwardedHeaders",
            )),
            _ => return None,
        }
    }
    (!at.is_empty()).then_some(at)
}

/// The plain Kubernetes Ingresses of the tree (Helm templates decide `tls` from values).
fn ingresses(ctx: &Context) -> Vec<&crate::checklist::kubernetes::Object> {
    ctx.kube.of_kind("Ingress").filter(|o| !o.templated).collect()
}

/// Whether an Ingress (or an annotation on it) ends TLS: a `tls` section, or a controller's
/// certificate / TLS-router annotation (`alb.ingress.kubernetes.io/certificate-arn` or an HTTPS
/// `listen-ports`, `traefik.ingress.kubernetes.io/router.tls`, an `ssl-redirect`).
fn ingress_tls(o: &crate::checklist::kubernetes::Object) -> bool {
    o.doc.at(&["spec", "tls"]).is_some()
        || o.doc
            .at(&["metadata", "annotations"])
            .map(|a| {
                a.entries().iter().any(|e| {
                    // The AWS Load Balancer Controller finds a certificate itself for an HTTPS
                    // listener (`listen-ports: '[{"HTTPS":443}]'`).
                    let https_listener =
                        e.key.ends_with("listen-ports") && e.value.as_str().is_some_and(|v| v.contains("HTTPS"));
                    https_listener
                        || ["certificate", "router.tls", "ssl-cert", "tls-acme", "ssl-redirect"]
                            .iter()
                            .any(|k| e.key.contains(k))
                })
            })
            .unwrap_or(false)
}

/// Every Ingress in front of the host serves plain http (no `tls`, no TLS annotation) and
/// nothing else in the tree ends TLS for it (an nginx TLS server, a Gateway): the requests the
/// host sees, and the issuer it infers, are http.
pub(crate) fn plain_http_ingress(ctx: &Context) -> Option<Vec<Evidence>> {
    let all = ingresses(ctx);
    if all.is_empty() || all.iter().any(|o| ingress_tls(o)) {
        return None;
    }
    let other_edge = ctx.nginx.servers().iter().any(|s| s.tls())
        || ctx.kube.of_kind("Gateway").next().is_some()
        || ctx.kube.of_kind("IngressRoute").next().is_some();
    if other_edge {
        return None;
    }
    let mut at: Vec<Evidence> = all
        .iter()
        .map(|o| {
            Evidence::new(
                &o.file,
                o.line,
                format!("Ingress {} has no tls: it serves plain http", o.name),
            )
        })
        .collect();
    at.extend(ingress_hosts(ctx));
    Some(at)
}

/// The `host:` of each Ingress rule: the public host clients use.
pub(crate) fn ingress_hosts(ctx: &Context) -> Vec<Evidence> {
    ingresses(ctx)
        .into_iter()
        .flat_map(|o| {
            o.doc
                .at(&["spec", "rules"])
                .map(|r| r.items().to_vec())
                .unwrap_or_default()
                .into_iter()
                .filter_map(|rule| {
                    let e = rule.entry_ci("host")?;
                    Some(Evidence::new(
                        &o.file,
                        e.line,
                        format!("Ingress host {}: the public host", e.value.as_str().unwrap_or("")),
                    ))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The managed edges in front of the host when every one ends TLS: Kubernetes Ingresses with
/// `tls`, Azure Container Apps ingresses (Bicep or Terraform) that do not allow insecure
/// connections. `None` when there is none, or one serves plain http.
fn tls_edges(ctx: &Context) -> Option<Vec<Evidence>> {
    let mut at = Vec::new();
    for o in ingresses(ctx) {
        if !ingress_tls(o) {
            return None;
        }
        let line = o
            .doc
            .at(&["spec"])
            .and_then(|s| s.entry_ci("tls"))
            .map_or(o.line, |e| e.line);
        at.push(Evidence::new(&o.file, line, format!("Ingress {} ends TLS", o.name)));
    }
    for app in &ctx.bicep.container_apps {
        let Some(line) = app.ingress else { continue };
        if app.allow_insecure.is_some_and(|(on, _)| on) {
            return None;
        }
        at.push(Evidence::new(
            &app.file,
            line,
            format!("Container App {} ingress ends TLS", app.name),
        ));
    }
    for r in ctx.tf.resources("azurerm_container_app") {
        for ingress in r.nested("ingress") {
            if ingress
                .attr("allow_insecure_connections")
                .and_then(|a| a.value.as_bool())
                == Some(true)
            {
                return None;
            }
            let line = ingress.attr("external_enabled").map_or(ingress.line, |a| a.line);
            at.push(Evidence::new(
                &ingress.file,
                line,
                format!("{} ingress ends TLS", r.address()),
            ));
        }
    }
    (!at.is_empty()).then_some(at)
}

/// Every managed edge in front ends TLS (`tls_edges`), and Production applies X-Forwarded-Proto
/// before IdentityServer runs (UseForwardedHeaders with XForwardedProto first in the pipeline,
/// or ASPNETCORE_FORWARDEDHEADERS_ENABLED) from a proxy it trusts: the request, and so the
/// inferred issuer, is https.
pub(crate) fn ingress_delivers_https(ctx: &Context) -> Option<Vec<Evidence>> {
    let mut at = tls_edges(ctx)?;
    let env = crate::checklist::items::proxy::env_enabled_forwarding(ctx);
    if let Some(e) = env.into_iter().next() {
        at.push(e);
        return Some(at);
    }
    if honours(ctx, "XForwardedProto") != Some(true) {
        return None;
    }
    let pipeline = ctx
        .code
        .pipeline(&|c| crate::checklist::items::proxy::rp2::is_middleware(ctx, c));
    let fh = pipeline
        .iter()
        .position(|c| c.name == "UseForwardedHeaders" && !c.development_only)?;
    if pipeline[..fh]
        .iter()
        .any(|c| c.name == "UseIdentityServer" && !c.development_only)
    {
        return None;
    }
    at.push(crate::checklist::items::common::ev(
        pipeline[fh],
        "UseForwardedHeaders applies X-Forwarded-Proto before IdentityServer",
    ));
    Some(at)
}

/// `context.Request.Scheme = "https"` in code that runs in Production: the scheme, and so the
/// inferred issuer, is https whatever the proxy sends.
fn scheme_forced(ctx: &Context) -> Option<Evidence> {
    ctx.code
        .assigns_to("Scheme")
        .find(|a| a.target.ends_with("Request.Scheme") && !a.development_only && a.strings.iter().any(|s| s == "https"))
        .map(|a| Evidence::new(&a.file, a.line, "Request.Scheme = \"https\""))
}

/// A containerised host that can only ever see http: it processes no X-Forwarded-Proto
/// (no UseForwardedHeaders outside Development, or one with no options, so
/// `ForwardedHeaders.None`; no ASPNETCORE_FORWARDEDHEADERS_ENABLED) and
/// Kestrel serves no https endpoint of its own, so the issuer it infers is http:// whether or
/// not a proxy outside the tree terminates TLS. `None` when any of that is not known to hold.
pub(crate) fn http_only(ctx: &Context) -> Option<Vec<Evidence>> {
    let container = ctx.host_container()?;
    let forwards =
        applies_forwarded_headers(ctx) || !crate::checklist::items::proxy::env_enabled_forwarding(ctx).is_empty();
    let kestrel_tls = crate::checklist::items::plain_http::kestrel_serves_https(ctx);
    if forwards || kestrel_tls {
        return None;
    }
    let unconfigured = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name == "UseForwardedHeaders" && !c.development_only);
    let mut at = match unconfigured {
        Some(c) => vec![crate::checklist::items::common::ev(
            c,
            "UseForwardedHeaders() with no ForwardedHeadersOptions applies no header (ForwardedHeaders.None) and there is no https endpoint: requests arrive as http",
        )],
        None => crate::checklist::items::common::middleware_site(
            ctx,
            "no UseForwardedHeaders (XForwardedProto) and no https endpoint: requests arrive as http",
        ),
    };
    at.truncate(1);
    let exposed = ctx
        .dockerfiles
        .iter()
        .filter(|d| d.path == container.file)
        .find_map(|d| d.instructions.iter().find(|i| i.name == "EXPOSE").map(|i| (d, i)));
    // The setting that makes Kestrel listen on plain http, where the deployment writes one.
    let listens: Vec<Evidence> = ctx
        .host_env_literals()
        .into_iter()
        .filter(|(_, _, name, value)| {
            let v = value.as_deref().unwrap_or("").to_ascii_lowercase();
            match name.to_ascii_uppercase().as_str() {
                "ASPNETCORE_URLS" | "URLS" => v.contains("http://") && !v.contains("https://"),
                "ASPNETCORE_HTTP_PORTS" | "HTTP_PORTS" => !v.is_empty(),
                _ => false,
            }
        })
        .map(|(file, line, name, value)| {
            Evidence::new(
                file,
                line,
                format!("{name}={}: Kestrel listens on http only", value.unwrap_or_default()),
            )
        })
        .collect();
    let listening = !listens.is_empty();
    at.extend(listens);
    match exposed {
        Some((d, i)) => at.push(Evidence::new(
            &d.path,
            i.line,
            format!("EXPOSE {}: the container serves http", i.args),
        )),
        None if !listening => at.push(container),
        None => {}
    }
    Some(at)
}

/// Production runs `UseForwardedHeaders` (not only inside `if (IsDevelopment())`).
fn forwards_in_production(ctx: &Context) -> bool {
    ctx.code
        .calls
        .iter()
        .any(|c| c.name == "UseForwardedHeaders" && !c.development_only)
}

/// `UseForwardedHeaders` in Production with options that can name headers to apply: a
/// `Configure<ForwardedHeadersOptions>`, a `new ForwardedHeadersOptions`, or options passed to
/// the call. Without any, the middleware runs with its default `ForwardedHeaders.None` and
/// applies nothing (ForwardedHeadersOptions.cs in dotnet/aspnetcore, see
/// reference/proxy-facts.md).
fn applies_forwarded_headers(ctx: &Context) -> bool {
    let options = ctx
        .code
        .calls
        .iter()
        .any(|c| c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"))
        || ctx
            .code
            .creations
            .iter()
            .any(|c| c.type_name == "ForwardedHeadersOptions")
        || ctx
            .code
            .calls
            .iter()
            .any(|c| c.name == "UseForwardedHeaders" && !c.development_only && !c.args.is_empty());
    forwards_in_production(ctx) && options
}

/// Whether something sits in front of nginx (so nginx's `$scheme` is not the client's).
fn nginx_behind_proxy(ctx: &Context) -> bool {
    ctx.hops.as_ref().is_some_and(|h| h.value > 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const DOCKERFILE: &str = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nEXPOSE 8080\nCOPY . .\n";

    fn outcome(program: &str) -> Outcome {
        let files: Vec<(String, String)> = [("Program.cs", program), ("Dockerfile", DOCKERFILE)]
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        rule(&Context::build(&files))
    }

    fn tree(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    const FORWARDING: &str = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nb.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto; o.KnownNetworks.Clear(); o.KnownProxies.Clear(); });\nvar app = b.Build();\napp.UseForwardedHeaders();\napp.UseIdentityServer();\n";

    fn ingress(tls: bool) -> String {
        let tls = if tls {
            "  tls:\n    - hosts: [id.acme.io]\n      secretName: id-tls\n"
        } else {
            ""
        };
        format!(
            "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n{tls}  rules:\n    - host: id.acme.io\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: id\n                port:\n                  number: 80\n"
        )
    }

    #[test]
    fn an_ingress_decides_the_scheme_the_app_infers() {
        // No tls on the only Ingress: the issuer is http, cited at the Ingress and its host.
        let plain = ingress(false);
        let o = tree(&[("Program.cs", FORWARDING), ("k8s/ingress.yaml", &plain)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(cited, vec![("k8s/ingress.yaml", 2), ("k8s/ingress.yaml", 7)], "{o:?}");
        // An AWS load balancer Ingress with an HTTPS listener ends TLS without a tls section.
        let alb = plain.replacen(
            "metadata:\n  name: id\n",
            "metadata:\n  name: id\n  annotations:\n    alb.ingress.kubernetes.io/listen-ports: '[{\"HTTPS\":443}]'\n",
            1,
        );
        let o = tree(&[("Program.cs", FORWARDING), ("k8s/ingress.yaml", &alb)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // TLS at the Ingress and X-Forwarded-Proto applied first: https.
        let tls = ingress(true);
        let o = tree(&[("Program.cs", FORWARDING), ("k8s/ingress.yaml", &tls)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/ingress.yaml", 6)
        );
        // Applied only after IdentityServer ran: the live document decides.
        let late = FORWARDING.replace(
            "app.UseForwardedHeaders();\napp.UseIdentityServer();",
            "app.UseIdentityServer();\napp.UseForwardedHeaders();",
        );
        let o = tree(&[("Program.cs", &late), ("k8s/ingress.yaml", &tls)]);
        assert_eq!(o.status, Status::OperatorStep, "{o:?}");
    }

    #[test]
    fn a_container_app_ingress_with_forwarding_switched_on_delivers_https() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseIdentityServer();\n";
        let tf = |insecure: &str| {
            format!(
                "resource \"azurerm_container_app\" \"identity\" {{\n  name = \"identity\"\n  ingress {{\n    external_enabled = true\n    target_port = 8080\n{insecure}  }}\n  template {{\n    container {{\n      name = \"identity\"\n      env {{\n        name  = \"ASPNETCORE_FORWARDEDHEADERS_ENABLED\"\n        value = \"true\"\n      }}\n    }}\n  }}\n}}\n"
            )
        };
        let secure = tf("");
        let o = tree(&[("Program.cs", program), ("infra/main.tf", &secure)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("infra/main.tf", 4));
        // The setting is cited at its name.
        assert_eq!(
            (o.evidence[1].file.as_str(), o.evidence[1].line),
            ("infra/main.tf", 11),
            "{o:?}"
        );
        let insecure = tf("    allow_insecure_connections = true\n");
        let o = tree(&[("Program.cs", program), ("infra/main.tf", &insecure)]);
        assert_ne!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn a_proxy_the_app_does_not_trust_leaves_the_scheme_http() {
        // nginx in its own compose service; the app trusts only loopback (no list configured).
        let program = FORWARDING.replace(" o.KnownNetworks.Clear(); o.KnownProxies.Clear();", "");
        let compose = "services:\n  proxy:\n    image: nginx\n    ports: [\"443:443\"]\n  identity:\n    build: .\n";
        let nginx = "server {\n  listen 443 ssl;\n  server_name id.acme.io;\n  location / {\n    proxy_pass http://identity:80;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-Proto $scheme;\n  }\n}\n";
        let o = tree(&[
            ("src/Identity/Program.cs", &program),
            ("docker-compose.yml", compose),
            ("nginx/identity.conf", nginx),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.evidence[0].note.contains("only loopback is trusted"), "{o:?}");
    }

    #[test]
    fn an_issuer_read_into_a_local_first_is_resolved_through_settings() {
        let startup = "public class Startup\n{\n    public void ConfigureServices(IServiceCollection services)\n    {\n        var authority = Configuration.GetValue<string>(\"oauth:authority\");\n        services.AddIdentityServer(options => options.IssuerUri = authority);\n    }\n}\n";
        let settings = "{\n  \"oauth\": {\n    \"authority\": \"http://localhost:5000\"\n  }\n}\n";
        let o = tree(&[
            ("src/Relay/Startup.cs", startup),
            ("src/Relay/appsettings.json", settings),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(cited, vec![("src/Relay/appsettings.json", 3)], "{o:?}");
    }

    #[test]
    fn an_https_issuer_uri_decides_whatever_the_proxy_forwards() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer(o => o.IssuerUri = \"https://id.acme-cloud.io\");\nvar app = b.Build();\napp.UseIdentityServer();\n";
        let nginx = "server {\n  listen 443 ssl;\n  location / {\n    proxy_pass http://127.0.0.1:5000;\n    proxy_set_header Host $host;\n  }\n}\n";
        let o = tree(&[("Program.cs", program), ("deploy/site.conf", nginx)]);
        assert_eq!((o.status, o.evidence[0].line), (Status::Pass, 2), "{o:?}");
        // Without the IssuerUri, the missing X-Forwarded-Proto makes it http://.
        let inferred = program.replace("o => o.IssuerUri = \"https://id.acme-cloud.io\"", "");
        let o = tree(&[("Program.cs", &inferred), ("deploy/site.conf", nginx)]);
        assert_eq!((o.status, o.evidence[0].line), (Status::Fail, 4), "{o:?}");
    }

    #[test]
    fn a_plain_http_server_the_app_redirects_does_not_decide_the_issuer() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseHttpsRedirection();\napp.UseIdentityServer();\n";
        let nginx = "server {\n  listen 443 ssl;\n  location / {\n    proxy_pass https://127.0.0.1:5001;\n    proxy_set_header Host $host;\n  }\n}\nserver {\n  listen 80;\n  location / {\n    proxy_pass http://127.0.0.1:5000;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-Proto $scheme;\n  }\n}\n";
        let o = tree(&[("Program.cs", program), ("deploy/site.conf", nginx)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let without = program.replace("app.UseHttpsRedirection();\n", "");
        let o = tree(&[("Program.cs", &without), ("deploy/site.conf", nginx)]);
        assert_ne!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn a_container_that_never_learns_the_scheme_issues_http() {
        let bare = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseRouting();\napp.UseIdentityServer();\n";
        let o = outcome(bare);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.file == "Dockerfile" && e.line == 2),
            "{o:?}"
        );
        // UseForwardedHeaders() with no options runs with ForwardedHeaders.None: still http.
        let unconfigured = bare.replace("app.UseRouting();", "app.UseForwardedHeaders();\napp.UseRouting();");
        let o = outcome(&unconfigured);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(
            o.evidence
                .iter()
                .any(|e| e.line == 4 && e.note.contains("ForwardedHeaders.None")),
            "{o:?}"
        );
        let forwarded = bare.replace(
            "app.UseRouting();",
            "app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto });\napp.UseRouting();",
        );
        // Options that apply X-Forwarded-Proto move the question on to which proxies are trusted.
        let o = outcome(&forwarded);
        assert!(
            o.evidence.iter().all(|e| !e.note.contains("ForwardedHeaders.None")) && o.summary.contains("trusted proxy"),
            "{o:?}"
        );
        let forced = bare.replace(
            "app.UseRouting();",
            "app.Use((context, next) => { context.Request.Scheme = \"https\"; return next(); });\napp.UseRouting();",
        );
        let o = outcome(&forced);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let kestrel = bare.replace(
            "var app",
            "b.WebHost.ConfigureKestrel(k => k.ListenAnyIP(443, l => l.UseHttps()));\nvar app",
        );
        assert_eq!(outcome(&kestrel).status, Status::OperatorStep);
        // A Production middleware that sets IdentityServer's origin pins the issuer to it; one
        // that only runs in Development does not.
        let origin = |scheme: &str| {
            bare.replace(
                "app.UseRouting();",
                &format!("app.Use((context, next) => {{ context.SetIdentityServerOrigin(\"{scheme}://id.example.test\"); return next(); }});\napp.UseRouting();"),
            )
        };
        assert_eq!(outcome(&origin("https")).status, Status::Pass);
        let o = outcome(&origin("http"));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.evidence[0].note.contains("http://id.example.test"), "{o:?}");
        let development = origin("https").replace(
            "app.Use((context",
            "if (app.Environment.IsDevelopment()) app.Use((context",
        );
        assert_eq!(outcome(&development).status, Status::Fail);
    }

    #[test]
    fn nginx_terminating_tls_and_handing_kestrel_https_passes() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nb.Services.Configure<ForwardedHeadersOptions>(o => { o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto; });\nvar app = b.Build();\napp.UseForwardedHeaders();\napp.UseIdentityServer();\n";
        let site = |upstream: &str, proto: &str| {
            format!(
                "server {{\n  listen 443 ssl;\n  server_name id.example.org;\n  location / {{\n    proxy_pass {upstream};\n    proxy_set_header Host $host;\n{proto}  }}\n}}\n"
            )
        };
        let run = |nginx: String, program: &str| {
            let files = vec![
                ("Program.cs".to_string(), program.to_string()),
                ("deploy/nginx/id.conf".to_string(), nginx),
            ];
            rule(&Context::build(&files))
        };
        let https = run(site("https://127.0.0.1:5001", ""), program);
        assert_eq!(https.status, Status::Pass, "{https:?}");
        assert_eq!(https.evidence[0].line, 5, "{https:?}");
        let forwarded = run(
            site(
                "http://127.0.0.1:5000",
                "    proxy_set_header X-Forwarded-Proto $scheme;\n",
            ),
            program,
        );
        assert_eq!(forwarded.status, Status::Pass, "{forwarded:?}");
        assert_eq!(forwarded.evidence[0].line, 7, "{forwarded:?}");
        // nginx on another machine than Kestrel is not a trusted proxy by default (only
        // loopback is): the header is ignored and the issuer is http, as RP1 reports.
        let remote = run(
            site(
                "http://identity:5000",
                "    proxy_set_header X-Forwarded-Proto $scheme;\n",
            ),
            program,
        );
        assert_eq!(remote.status, Status::Fail, "{remote:?}");
        // The app ignores the header it is sent.
        let ignored = run(
            site(
                "http://127.0.0.1:5000",
                "    proxy_set_header X-Forwarded-Proto $scheme;\n",
            ),
            &program.replace(" | ForwardedHeaders.XForwardedProto", ""),
        );
        assert_ne!(ignored.status, Status::Pass, "{ignored:?}");
    }
}
