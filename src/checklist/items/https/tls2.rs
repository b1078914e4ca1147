//! TLS2: UseHttpsRedirection() is in the pipeline (or the TLS edge redirects).
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::bound::branch_in_production;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::common::middleware_site;
use crate::checklist::items::{HOST, HTTPS, Item, Source};

/// TLS2 in the catalogue.
pub const ITEM: Item = Item {
    id: "TLS2",
    section: HTTPS,
    title: "UseHttpsRedirection() is in the pipeline (or the TLS edge redirects)",
    applies: HOST,
    breaks: "Plain-http requests are served: credentials, codes and cookies can travel unencrypted.",
    fix: "app.UseHttpsRedirection() after app.UseForwardedHeaders(), or redirect at the TLS-terminating proxy (nginx: `return 308 https://$host$request_uri;`).",
    source: Source::Vendor,
    rule,
};

/// A compose deployment in which nothing serves https: the host's service runs Kestrel on http
/// only (no certificate, no https URL, HTTPS_PORT or literal HttpsPort) and nginx proxies to it
/// with every server on plain http; no Kubernetes, cloud site or idsgen.yaml says otherwise. The evidence: the
/// host's http-only listen setting and nginx's plain listens.
fn no_https_anywhere(ctx: &Context) -> Option<Vec<Evidence>> {
    let service = ctx.host_compose_service()?;
    let elsewhere = ctx.spec.is_some()
        || !ctx.kube.objects.is_empty()
        || !ctx.bicep.sites.is_empty()
        || !ctx.bicep.container_apps.is_empty()
        || !ctx.tf.blocks.is_empty()
        || !ctx.app_service_sites().is_empty();
    if elsewhere || crate::checklist::items::plain_http::kestrel_serves_https(ctx) {
        return None;
    }
    // A literal port (`options.HttpsPort = 443`); one read from a setting the deployment does
    // not give (`HTTPS_PORT`, checked with the environment above) is no port.
    if ctx
        .code
        .assigns_to("HttpsPort")
        .any(|a| !a.development_only && a.value.trim().parse::<u16>().is_ok())
    {
        return None;
    }
    // Only with the proxy in the tree: without one, a TLS edge may sit outside it.
    let servers = ctx.nginx.servers();
    if ctx.host_proxy_locations().is_empty() || servers.iter().any(|s| s.tls()) {
        return None;
    }
    let mut at: Vec<Evidence> = ctx
        .host_env_literals()
        .into_iter()
        .filter(|(_, _, n, v)| {
            matches!(n.to_ascii_uppercase().as_str(), "ASPNETCORE_URLS" | "URLS")
                && v.as_deref().is_some_and(|v| v.to_ascii_lowercase().contains("http://"))
        })
        .map(|(f, l, n, v)| Evidence::new(f, l, format!("{n}={}: http only", v.unwrap_or_default())))
        .collect();
    at.extend(servers.iter().flat_map(|s| s.listens()).map(|l| {
        Evidence::new(
            &l.file,
            l.line,
            format!("nginx listen {}: plain http", l.args.join(" ")),
        )
    }));
    if at.is_empty() {
        at.push(Evidence::new(
            &service.file,
            service.line,
            format!("compose service {}", service.name),
        ));
    }
    Some(at)
}

/// A Kubernetes edge that redirects plain http to https before it reaches any Service:
/// - a Traefik `Middleware` with `redirectScheme.scheme: https` attached to an Ingress
///   (`traefik.ingress.kubernetes.io/router.middlewares: <namespace>-<name>@kubernetescrd`) or
///   to an IngressRoute's routes;
/// - a Gateway API HTTPRoute rule with a `RequestRedirect` filter to scheme https;
/// - the AWS Load Balancer Controller's `alb.ingress.kubernetes.io/ssl-redirect` annotation;
/// - an Istio Gateway server with `tls.httpsRedirect: true`;
/// - an Emissary-ingress `Host` whose insecure action is Redirect (its default).
///
/// The evidence is where the redirect is attached and where it is defined.
fn kubernetes_redirect(ctx: &Context) -> Option<Vec<Evidence>> {
    use crate::checklist::tree::Tree;
    let redirects: Vec<(&crate::checklist::kubernetes::Object, usize)> = ctx
        .kube
        .of_kind("Middleware")
        .filter_map(|m| {
            let scheme = m.doc.at(&["spec", "redirectScheme"])?.entry("scheme")?;
            (scheme.value.as_str() == Some("https")).then_some((m, scheme.line))
        })
        .collect();
    // `ns-name@kubernetescrd` (Ingress annotation) or `name` (IngressRoute): the namespace
    // prefix comes from wherever the object is deployed, so a suffix match is enough.
    let defined = |reference: &str| {
        reference.split(',').find_map(|r| {
            let base = r.trim().split('@').next().unwrap_or("");
            redirects
                .iter()
                .find(|(m, _)| !m.name.is_empty() && (base == m.name || base.ends_with(&format!("-{}", m.name))))
                .map(|(m, line)| Evidence::new(&m.file, *line, format!("Middleware {}: redirectScheme https", m.name)))
        })
    };
    for i in ctx.kube.of_kind("Ingress").filter(|o| !o.templated) {
        for e in i.doc.at(&["metadata", "annotations"]).map(Tree::entries).unwrap_or(&[]) {
            let value = e.value.as_str().unwrap_or("");
            if e.key.ends_with("router.middlewares")
                && let Some(def) = defined(value)
            {
                let attached = Evidence::new(
                    &i.file,
                    e.line,
                    format!("Ingress {} runs the redirect Middleware", i.name),
                );
                return Some(vec![attached, def]);
            }
            if e.key == "alb.ingress.kubernetes.io/ssl-redirect" && !value.is_empty() {
                return Some(vec![Evidence::new(
                    &i.file,
                    e.line,
                    format!("the ALB redirects http to https on port {value}"),
                )]);
            }
        }
    }
    for r in ctx.kube.of_kind("IngressRoute") {
        for route in r.doc.at(&["spec", "routes"]).map(Tree::items).unwrap_or(&[]) {
            for m in route.get("middlewares").map(Tree::items).unwrap_or(&[]) {
                if let Some(name) = m.entry("name")
                    && let Some(def) = defined(name.value.as_str().unwrap_or(""))
                {
                    let attached = Evidence::new(
                        &r.file,
                        name.line,
                        format!("IngressRoute {} runs the redirect Middleware", r.name),
                    );
                    return Some(vec![attached, def]);
                }
            }
        }
    }
    // Istio: a Gateway server on plain HTTP with `tls.httpsRedirect: true` answers every
    // request with a 301 to https.
    for g in ctx.kube.of_api("Gateway", "networking.istio.io/") {
        for server in g.doc.at(&["spec", "servers"]).map(Tree::items).unwrap_or(&[]) {
            if let Some(e) = server.get("tls").and_then(|t| t.entry("httpsRedirect"))
                && e.value.as_bool() == Some(true)
            {
                return Some(vec![Evidence::new(
                    &g.file,
                    e.line,
                    format!("Istio Gateway {} redirects http to https", g.name),
                )]);
            }
        }
    }
    // Emissary-ingress: a `Host` answers plain http with a redirect to https unless its
    // `requestPolicy.insecure.action` says Route or Reject ("Redirect" is the default:
    // python/ambassador/src/ambassador/ir/irhost.py in emissary-ingress/emissary, read 2026-12-05).
    for h in ctx.kube.of_api("Host", "getambassador.io/") {
        let action = h
            .doc
            .at(&["spec", "requestPolicy", "insecure"])
            .and_then(|i| i.entry("action"));
        let redirects = action.is_none_or(|a| a.value.as_str() == Some("Redirect"));
        if redirects {
            let line = action
                .map(|a| a.line)
                .or_else(|| h.doc.get("spec").and_then(|s| s.entry("hostname")).map(|e| e.line))
                .unwrap_or(h.line);
            let how = if action.is_some() {
                "Redirect"
            } else {
                "Redirect by default"
            };
            return Some(vec![Evidence::new(
                &h.file,
                line,
                format!("Emissary Host {}: insecure requests {how} to https", h.name),
            )]);
        }
    }
    for r in ctx.kube.of_kind("HTTPRoute") {
        for rule in r.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]) {
            for f in rule.get("filters").map(Tree::items).unwrap_or(&[]) {
                let redirect = f.get("type").and_then(Tree::as_str) == Some("RequestRedirect");
                if redirect
                    && let Some(scheme) = f.get("requestRedirect").and_then(|rr| rr.entry("scheme"))
                    && scheme.value.as_str() == Some("https")
                {
                    return Some(vec![Evidence::new(
                        &r.file,
                        scheme.line,
                        format!("HTTPRoute {} redirects to https", r.name),
                    )]);
                }
            }
        }
    }
    None
}

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // A call Production skips (inside `if (IsDevelopment())`, or behind a configuration or
    // feature flag that Production configuration turns off) redirects nothing.
    let mut switched_off = None;
    // `app.UseEndpoints(…)` before it: endpoint requests are answered before the redirect runs.
    let pipeline = ctx
        .code
        .pipeline(&|c| crate::checklist::items::proxy::rp2::is_middleware(ctx, c));
    let position = |c: &crate::checklist::csharp::Call| pipeline.iter().position(|p| std::ptr::eq(*p, c));
    let endpoints = pipeline
        .iter()
        .find(|p| p.name == "UseEndpoints" && !p.development_only);
    let mut after_endpoints = None;
    let mut after_run = None;
    for c in ctx
        .code
        .calls_named("UseHttpsRedirection")
        .filter(|c| !c.development_only)
    {
        // `app.Run()` before it in the same method blocks until the server stops: the
        // middleware is added to a pipeline that never serves a request.
        if let Some(run) = ctx.code.calls.iter().find(|r| {
            matches!(r.name.as_str(), "Run" | "RunAsync")
                && r.file == c.file
                && r.method == c.method
                && r.offset < c.offset
                && r.root == c.root
                && !r.development_only
        }) {
            after_run = after_run.or(Some((c, run)));
            continue;
        }
        if let Some(e) = endpoints
            && let (Some(at), Some(redirect)) = (position(e), position(c))
            && at < redirect
        {
            after_endpoints = after_endpoints.or(Some((c, *e)));
            continue;
        }
        match branch_in_production(&ctx.code, &ctx.settings, c) {
            Some((false, flag)) => switched_off = switched_off.or(Some((c, flag))),
            _ => {
                if let Some(plain) = no_https_anywhere(ctx) {
                    let mut at = vec![ev(c, "UseHttpsRedirection finds no https port to redirect to")];
                    at.extend(plain);
                    return Outcome::fail(
                        "UseHttpsRedirection() is in the pipeline, but nothing in the deployment serves https: it has no port to redirect to and plain http is served",
                        at,
                    );
                }
                return Outcome::pass(
                    "app.UseHttpsRedirection() is in the pipeline",
                    vec![ev(c, "UseHttpsRedirection")],
                );
            }
        }
    }
    for s in ctx.nginx.servers() {
        if let Some(r) = s.redirects_to_https() {
            return Outcome::pass(
                "the TLS edge redirects http to https",
                vec![Evidence::new(&r.file, r.line, "nginx return 30x https://")],
            );
        }
    }
    if let Some((s, d)) = ctx.haproxy.https_redirect() {
        return Outcome::pass(
            "the TLS edge redirects http to https",
            vec![Evidence::new(
                &s.file,
                d.line,
                format!("HAProxy frontend {}: redirect scheme https", s.name),
            )],
        );
    }
    // A Container App's ingress redirects http to https unless `allowInsecure: true` (Azure
    // Container Apps ingress: "allowInsecure … if false, HTTP connections are automatically
    // redirected to HTTPS"; false is the default).
    if let Some(app) = ctx
        .bicep
        .container_apps
        .iter()
        .find(|a| a.ingress.is_some() && a.allow_insecure.is_none_or(|(allowed, _)| !allowed))
    {
        let line = app.allow_insecure.map(|(_, l)| l).or(app.ingress).unwrap_or(app.line);
        return Outcome::pass(
            "the Container Apps ingress redirects http to https (allowInsecure is false)",
            vec![Evidence::new(
                &app.file,
                line,
                "Container App ingress, allowInsecure false",
            )],
        );
    }
    // App Service's front end answers http with a redirect to https when the site is https-only.
    if let Some(at) = ctx.app_service_sites().into_iter().find_map(|s| s.https_only) {
        return Outcome::pass(
            "the App Service site is https-only: its front end redirects http to https",
            vec![at],
        );
    }
    // ingress-nginx redirects the hosts of Ingresses with TLS; one that reaches the host
    // without TLS (a chart's Ingress whose values enable no `tls`) serves it on plain http.
    let host_services = ctx.host_service_names();
    let reaches_host = |i: &crate::checklist::kubernetes::Object| {
        crate::checklist::routes::ingress_routes(i)
            .iter()
            .any(|r| r.reaches(host_services.as_deref()))
    };
    let (with_tls, plain): (Vec<_>, Vec<_>) = ctx
        .ingress_nginx()
        .into_iter()
        .filter(|i| reaches_host(i))
        .partition(|i| i.doc.at(&["spec", "tls"]).is_some());
    if plain.is_empty()
        && let Some(i) = with_tls.first()
        && let Some(tls) = i.doc.at(&["spec", "tls"])
    {
        return Outcome::pass(
            "ingress-nginx redirects http to https for Ingresses with TLS (ssl-redirect defaults to true)",
            vec![Evidence::new(&i.file, tls.line, "Ingress with spec.tls")],
        );
    }
    let plain_ingresses: Vec<Evidence> = plain
        .iter()
        .map(|i| {
            Evidence::new(
                &i.file,
                i.line,
                format!(
                    "Ingress {} has no tls: ingress-nginx serves the host on plain http",
                    i.name
                ),
            )
        })
        .collect();
    // Traefik by compose labels: a router of the host's service runs a redirectscheme https
    // middleware (defined on any service's labels).
    if let Some(s) = ctx.host_compose_service() {
        for (router, _) in ctx.compose.traefik_routers(s) {
            if let Some((attached, (file, defined))) = ctx.compose.traefik_redirect(s, &router) {
                return Outcome::pass(
                    "Traefik redirects http to https for the host's router (compose labels)",
                    vec![
                        Evidence::new(
                            &s.file,
                            attached,
                            format!("router {router} runs the redirect middleware"),
                        ),
                        Evidence::new(&file, defined, "redirectscheme https"),
                    ],
                );
            }
        }
    }
    if let Some(at) = kubernetes_redirect(ctx) {
        return Outcome::pass("the TLS edge in the cluster redirects http to https", at);
    }
    // The same fact TLS3 and RP3 read: compose publishes Kestrel straight to clients and every
    // URL it listens on is https, so no plain-http request reaches it to be redirected.
    if after_endpoints.is_none()
        && after_run.is_none()
        && switched_off.is_none()
        && let Some((crate::checklist::items::plain_http::Scheme::Https, at)) =
            crate::checklist::items::plain_http::published_directly(ctx)
    {
        return Outcome::pass(
            "Kestrel listens on https only and is published straight to clients: no plain-http request is served",
            at,
        );
    }
    // Where the middleware belongs: the switched-off call, else right after UseForwardedHeaders,
    // else the built application.
    let mut at: Vec<Evidence> = ctx
        .commented_call("UseHttpsRedirection")
        .into_iter()
        .chain(
            ctx.code
                .call("UseForwardedHeaders")
                .map(|c| ev(c, "add UseHttpsRedirection() after UseForwardedHeaders()")),
        )
        .chain(middleware_site(ctx, "add app.UseHttpsRedirection() here"))
        .collect();
    if at.is_empty() {
        at.push(ctx.code.call("Build").map_or(anchor, |c| ev(c, "builder.Build()")));
    }
    at.extend(plain_ingresses);
    if let Some((c, run)) = after_run {
        return Outcome::fail(
            "UseHttpsRedirection() is added after app.Run() returns: it is never in the pipeline that serves requests",
            vec![
                ev(c, "UseHttpsRedirection() after app.Run()"),
                ev(run, "app.Run() serves until shutdown"),
            ],
        );
    }
    if let Some((c, e)) = after_endpoints {
        return Outcome::fail(
            "UseHttpsRedirection() runs after UseEndpoints(): every endpoint answers plain http before the redirect",
            vec![
                ev(c, "UseHttpsRedirection() after UseEndpoints()"),
                ev(e, "UseEndpoints() answers first"),
            ],
        );
    }
    if let Some((c, flag)) = switched_off {
        return Outcome::fail(
            "UseHttpsRedirection() is switched off in Production and nothing in the tree redirects http to https",
            vec![ev(c, "UseHttpsRedirection() behind a switch that is off"), flag],
        );
    }
    Outcome::fail(
        "no UseHttpsRedirection() and no http->https redirect at a proxy in the tree",
        at,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn a_redirect_with_no_https_port_anywhere_redirects_nothing() {
        let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseHttpsRedirection();\napp.UseIdentityServer();\n";
        let compose = "services:\n  edge:\n    image: nginx\n    ports: [\"80:80\"]\n  auth:\n    build: .\n    environment:\n      - ASPNETCORE_URLS=http://+:7002\n";
        let nginx = |listen: &str| {
            format!("server {{\n  {listen}\n  location /auth {{\n    proxy_pass http://auth:7002;\n  }}\n}}\n")
        };
        let run = |files: &[(&str, &str)]| {
            let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
            rule(&Context::build(&files))
        };
        let plain = nginx("listen 80;");
        let base = [
            ("Auth/Acme.Auth/Program.cs", program),
            ("Auth/Acme.Auth/Acme.Auth.csproj", "<Project/>"),
            ("docker-compose.yml", compose),
        ];
        let mut files = base.to_vec();
        files.push(("edge/nginx.conf", &plain));
        let o = run(&files);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let cited: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(
            cited,
            vec![
                ("Auth/Acme.Auth/Program.cs", 4),
                ("docker-compose.yml", 8),
                ("edge/nginx.conf", 2)
            ],
            "{o:?}"
        );
        // nginx ending TLS gives the redirect somewhere to go.
        let tls = nginx("listen 443 ssl;");
        let mut files = base.to_vec();
        files.push(("edge/nginx.conf", &tls));
        assert_eq!(run(&files).status, Status::Pass);
        // With no proxy in the tree, a TLS edge may sit outside it: the call passes.
        assert_eq!(run(&base).status, Status::Pass);
    }

    #[test]
    fn a_container_app_ingress_redirects_unless_insecure_is_allowed() {
        let run = |insecure: &str| {
            let bicep = format!(
                "resource app 'Microsoft.App/containerApps@2024-03-01' = {{\n  properties: {{\n    configuration: {{\n      ingress: {{\n        external: true\n{insecure}      }}\n    }}\n  }}\n}}\n"
            );
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n"
                        .to_string(),
                ),
                ("infra/app.bicep".to_string(), bicep),
            ];
            rule(&Context::build(&files))
        };
        let o = run("");
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("infra/app.bicep", 4)
        );
        assert_eq!(run("        allowInsecure: false\n").status, Status::Pass);
        assert_eq!(run("        allowInsecure: true\n").status, Status::Fail);
    }

    #[test]
    fn a_traefik_redirect_middleware_on_the_ingress_or_a_gateway_redirect_filter_redirects() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n";
        let middleware = "apiVersion: traefik.io/v1alpha1\nkind: Middleware\nmetadata:\n  name: to-https\nspec:\n  redirectScheme:\n    scheme: https\n    permanent: true\n";
        let ingress = |annotation: &str| {
            format!(
                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\n  annotations:\n    {annotation}\nspec:\n  ingressClassName: traefik\n  tls:\n    - hosts: [id.acme.io]\n  rules:\n    - host: id.acme.io\n"
            )
        };
        let run = |files: Vec<(&str, String)>| {
            let mut all = vec![("Program.cs".to_string(), program.to_string())];
            all.extend(files.into_iter().map(|(p, t)| (p.to_string(), t)));
            rule(&Context::build(&all))
        };
        let o = run(vec![
            ("k8s/mw.yaml", middleware.to_string()),
            (
                "k8s/ingress.yaml",
                ingress("traefik.ingress.kubernetes.io/router.middlewares: prod-to-https@kubernetescrd"),
            ),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, vec![("k8s/ingress.yaml", 6), ("k8s/mw.yaml", 7)]);
        // Another middleware (headers only) on the Ingress redirects nothing.
        let o = run(vec![
            ("k8s/mw.yaml", middleware.to_string()),
            (
                "k8s/ingress.yaml",
                ingress("traefik.ingress.kubernetes.io/router.middlewares: prod-cors@kubernetescrd"),
            ),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let route = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: http-to-https\nspec:\n  rules:\n    - filters:\n        - type: RequestRedirect\n          requestRedirect:\n            scheme: https\n            statusCode: 301\n";
        let o = run(vec![("k8s/route.yaml", route.to_string())]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/route.yaml", 10)
        );
    }

    #[test]
    fn an_emissary_host_redirects_by_default_unless_its_insecure_action_routes() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n";
        let host = |policy: &str| {
            format!(
                "apiVersion: getambassador.io/v3alpha1\nkind: Host\nmetadata:\n  name: edge\nspec:\n  hostname: id.acme.io\n  tlsSecret:\n    name: edge-tls\n{policy}"
            )
        };
        let mapping = "apiVersion: getambassador.io/v3alpha1\nkind: Mapping\nmetadata:\n  name: id\nspec:\n  hostname: id.acme.io\n  prefix: /\n  service: identity:80\n";
        let run = |host: String| {
            let files = vec![
                ("Program.cs".to_string(), program.to_string()),
                ("k8s/host.yaml".to_string(), host),
                ("k8s/mapping.yaml".to_string(), mapping.to_string()),
            ];
            rule(&Context::build(&files))
        };
        let o = run(host(""));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("k8s/host.yaml", 6));
        let o = run(host("  requestPolicy:\n    insecure:\n      action: Route\n"));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let o = run(host("  requestPolicy:\n    insecure:\n      action: Redirect\n"));
        assert_eq!((o.status, o.evidence[0].line), (Status::Pass, 11), "{o:?}");
    }

    #[test]
    fn a_commented_out_redirection_is_where_the_failure_points() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseForwardedHeaders();\n//app.UseHttpsRedirection();\napp.UseIdentityServer();\n";
        let o = rule(&Context::build(&[("Program.cs".to_string(), program.to_string())]));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].line, o.evidence[0].note.as_str()),
            (4, "UseHttpsRedirection() is commented out")
        );
        let without = program.replace("//app.UseHttpsRedirection();\n", "");
        let o = rule(&Context::build(&[("Program.cs".to_string(), without)]));
        assert_eq!(o.evidence[0].line, 3, "after UseForwardedHeaders: {o:?}");
    }

    #[test]
    fn a_redirect_added_after_run_never_serves() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\napp.Seed().Run();\n\napp.UseHttpsRedirection();\napp.Run();\n";
        let o = rule(&Context::build(&[("Program.cs".to_string(), program.to_string())]));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let lines: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![6, 4], "{o:?}");
        let before = program.replace(
            "app.Seed().Run();\n\napp.UseHttpsRedirection();\n",
            "app.UseHttpsRedirection();\n",
        );
        let o = rule(&Context::build(&[("Program.cs".to_string(), before)]));
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn a_redirect_after_use_endpoints_redirects_nothing_the_endpoints_answer() {
        let program = |order: &str| {
            format!(
                "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseRouting();\napp.UseIdentityServer();\n{order}"
            )
        };
        let run = |text: String| rule(&Context::build(&[("Program.cs".to_string(), text)]));
        let late = run(program(
            "app.UseEndpoints(e => e.MapControllers());\napp.UseHttpsRedirection();\n",
        ));
        assert_eq!(late.status, Status::Fail, "{late:?}");
        assert_eq!((late.evidence[0].line, late.evidence[1].line), (6, 5));
        let early = run(program(
            "app.UseHttpsRedirection();\napp.UseEndpoints(e => e.MapControllers());\n",
        ));
        assert_eq!(early.status, Status::Pass, "{early:?}");
    }
}
