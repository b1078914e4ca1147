//! How clients reach Kestrel when nothing in the tree proxies it: a compose service publishing
//! its plain-http or https-only port, Kestrel terminating TLS itself with a redirect, or https-only
//! configuration endpoints. TLS3 (the issuer's scheme) and RP3 (the issuer is the public HTTPS URL)
//! both read these facts, so the two items never disagree about what clients connect to.

use crate::checklist::compose::Service;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;

/// Whether Kestrel serves an https endpoint of its own: `UseHttps`/`ConfigureHttpsDefaults` in
/// code, an https URL, port or certificate in the host's container environment, or an https
/// `Url(s)` in Production configuration.
pub(crate) fn kestrel_serves_https(ctx: &Context) -> bool {
    ctx.code
        .calls
        .iter()
        .any(|c| matches!(c.name.as_str(), "UseHttps" | "ConfigureHttpsDefaults"))
        || ctx.host_env_literals().iter().any(|(_, _, name, value)| {
            let name = name.to_ascii_uppercase();
            let https_url = value
                .as_deref()
                .is_some_and(|v| v.to_ascii_lowercase().contains("https://"));
            name.contains("HTTPS_PORT")
                || name.contains("KESTREL__CERTIFICATES")
                || ((name.ends_with("URLS") || name.contains("KESTREL__ENDPOINTS")) && https_url)
        })
        || ctx.settings.production_files().any(|f| {
            let mut https = false;
            f.doc.walk(&mut |_, entry, node| {
                if let Some(e) = entry
                    && (e.key.eq_ignore_ascii_case("Url") || e.key.eq_ignore_ascii_case("Urls"))
                    && node
                        .as_str()
                        .is_some_and(|v| v.to_ascii_lowercase().contains("https://"))
                {
                    https = true;
                }
            });
            https
        })
}

/// The scheme clients use when the deployment publishes Kestrel straight to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    Http,
    Https,
}

/// The tree's deployment publishes the host's Kestrel straight to clients: the host's compose
/// service has `ports:` and nothing in the tree proxies it (no nginx, compose proxy, Ingress,
/// HTTPRoute, load balancer or spec hop). Clients connect with the scheme Kestrel listens on and
/// the host name they typed, which is what IdentityServer builds the issuer from. `Http` when it
/// listens on http only (`--urls http://…`, `ASPNETCORE_URLS`, or the images' http default) and
/// serves no https; `Https` when every listen URL it is given is https. Evidence: where the
/// listen URL is set (when it is) and the published port. `None` when any of that is unknown or
/// mixed.
pub(crate) fn published_directly(ctx: &Context) -> Option<(Scheme, Vec<Evidence>)> {
    if ctx.proxy_evidence().is_some() {
        return None;
    }
    let service = ctx.host_compose_service()?;
    let (ports, ports_line) = service.ports.first()?;
    let urls = listen_urls(ctx, service);
    let https = |u: &str| u.to_ascii_lowercase().starts_with("https://");
    let scheme = if !urls.is_empty() && urls.iter().all(|(u, _)| https(u)) {
        Scheme::Https
    } else if urls.iter().all(|(u, _)| !https(u)) && !kestrel_serves_https(ctx) {
        Scheme::Http
    } else {
        return None;
    };
    let word = match scheme {
        Scheme::Http => "http",
        Scheme::Https => "https",
    };
    let mut at: Vec<Evidence> = urls
        .into_iter()
        .take(1)
        .map(|(url, e)| Evidence::new(&e.file, e.line, format!("Kestrel listens on {url}")))
        .collect();
    at.push(Evidence::new(
        &service.file,
        *ports_line,
        format!(
            "compose publishes {ports} of service {} with no proxy in front: clients connect with {word}://",
            service.name
        ),
    ));
    Some((scheme, at))
}

/// Kestrel terminates TLS itself (`listen.UseHttps(…)` in code Production runs) with nothing in
/// the tree in front of it, and plain http is redirected by `UseHttpsRedirection()` in the
/// Production pipeline: clients reach it with https and the host they typed. Evidence: the
/// `UseHttps` call and the redirect. `None` when a proxy is in the tree or either is missing.
pub(crate) fn kestrel_terminates_tls(ctx: &Context) -> Option<Vec<Evidence>> {
    if ctx.proxy_evidence().is_some() {
        return None;
    }
    let production = |name: &str| ctx.code.calls.iter().find(|c| c.name == name && !c.development_only);
    let endpoints = https_only_endpoints(ctx);
    let tls = production("UseHttps")
        .or_else(|| production("ConfigureHttpsDefaults"))
        .map(|c| Evidence::new(&c.file, c.line, "Kestrel terminates TLS (UseHttps)"))
        .or_else(|| endpoints.clone())?;
    let no_plain_http = production("UseHttpsRedirection")
        .map(|c| Evidence::new(&c.file, c.line, "UseHttpsRedirection"))
        .or(endpoints)?;
    let mut at = vec![tls];
    if !at.contains(&no_plain_http) {
        at.push(no_plain_http);
    }
    Some(at)
}

/// Production configuration gives Kestrel endpoints (`Kestrel:Endpoints:*:Url`) and every one
/// is https: there is no plain-http listener to reach. The first endpoint's URL line.
fn https_only_endpoints(ctx: &Context) -> Option<Evidence> {
    let mut first = None;
    for f in ctx.settings.production_files() {
        let Some(endpoints) = f.doc.entry_ci("Kestrel").and_then(|k| k.value.entry_ci("Endpoints")) else {
            continue;
        };
        for e in endpoints.value.entries() {
            let url = e.value.entry_ci("Url")?;
            let value = url.value.as_str()?;
            if !value.to_ascii_lowercase().starts_with("https://") {
                return None;
            }
            first.get_or_insert_with(|| Evidence::new(&f.path, url.line, format!("Kestrel endpoint {value}")));
        }
    }
    // An http URL in the deployment's environment adds a plain listener.
    let http_env = ctx.host_env_literals().iter().any(|(_, _, name, value)| {
        name.to_ascii_uppercase().ends_with("URLS")
            && value
                .as_deref()
                .is_some_and(|v| v.to_ascii_lowercase().contains("http://"))
    });
    if http_env { None } else { first }
}

/// `published_directly` when the scheme is plain http.
pub(crate) fn published_plain_http(ctx: &Context) -> Option<Vec<Evidence>> {
    published_directly(ctx).and_then(|(scheme, at)| (scheme == Scheme::Http).then_some(at))
}

/// The listen URLs the service gives Kestrel, most specific first: `--urls` in its command,
/// `ASPNETCORE_URLS`/`URLS`/`ASPNETCORE_HTTP_PORTS` in its environment, then the `ENV` of the
/// host's Dockerfile. A `;`-separated list is one listener per URL.
fn listen_urls(ctx: &Context, service: &Service) -> Vec<(String, Evidence)> {
    listen_settings(ctx, service)
        .into_iter()
        .flat_map(|(value, at)| {
            value
                .split(';')
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(|u| (u.to_string(), at.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Where the service's listen URLs are set, each value as written.
fn listen_settings(ctx: &Context, service: &Service) -> Vec<(String, Evidence)> {
    let mut out = Vec::new();
    if let Some((command, line)) = &service.command {
        let mut words = command.split_whitespace();
        while let Some(w) = words.next() {
            let value = match w.split_once('=') {
                Some(("--urls", v)) => Some(v),
                _ if w == "--urls" => words.next(),
                _ => None,
            };
            if let Some(v) = value {
                let v = v.trim_matches(['"', '\'']);
                out.push((v.to_string(), Evidence::new(&service.file, *line, "command")));
            }
        }
    }
    for name in ["ASPNETCORE_URLS", "URLS", "ASPNETCORE_HTTP_PORTS"] {
        if let Some(e) = service.var(name)
            && let Some(v) = &e.value
        {
            let url = if name.ends_with("PORTS") {
                format!("http://+:{v}")
            } else {
                v.clone()
            };
            out.push((url, Evidence::new(&e.file, e.line, name)));
        }
    }
    for d in ctx.host_dockerfiles() {
        for i in d.instructions.iter().filter(|i| i.name == "ENV") {
            let args = i.args.replace(' ', "=");
            if let Some(v) = args.strip_prefix("ASPNETCORE_URLS=") {
                out.push((v.trim_matches('"').to_string(), Evidence::new(&d.path, i.line, "ENV")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str = "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseIdentityServer();\napp.Run();\n";

    fn facts(compose: &str, program: &str) -> Option<Vec<(String, usize)>> {
        let files: Vec<(String, String)> = [
            ("src/Ski.Identity/Program.cs", program),
            (
                "src/Ski.Identity/Ski.Identity.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            ),
            ("docker-compose.yml", compose),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let ctx = Context::build(&files);
        published_plain_http(&ctx).map(|at| at.into_iter().map(|e| (e.file, e.line)).collect())
    }

    const DIRECT: &str = "services:\n  db:\n    image: postgres:16\n  identity:\n    image: mcr.microsoft.com/dotnet/sdk:9.0\n    ports:\n      - \"5000:5000\"\n    command: sh -c \"dotnet run --urls http://0.0.0.0:5000\"\n";

    #[test]
    fn a_published_http_port_with_nothing_in_front_is_plain_http() {
        assert_eq!(
            facts(DIRECT, PROGRAM),
            Some(vec![
                ("docker-compose.yml".to_string(), 8),
                ("docker-compose.yml".to_string(), 7)
            ])
        );
        // The listen URL from the environment instead of the command.
        let env = DIRECT.replace(
            "    command: sh -c \"dotnet run --urls http://0.0.0.0:5000\"\n",
            "    environment:\n      - ASPNETCORE_URLS=http://+:5000\n",
        );
        assert_eq!(
            facts(&env, PROGRAM),
            Some(vec![
                ("docker-compose.yml".to_string(), 9),
                ("docker-compose.yml".to_string(), 7)
            ])
        );
    }

    #[test]
    fn a_proxy_https_or_no_published_port_is_not() {
        let proxied = format!("{DIRECT}  proxy:\n    image: nginx:1.27\n    ports:\n      - \"443:443\"\n");
        assert_eq!(facts(&proxied, PROGRAM), None);
        let https = DIRECT.replace("--urls http://0.0.0.0:5000", "--urls https://0.0.0.0:5001");
        assert_eq!(facts(&https, PROGRAM), None);
        let files: Vec<(String, String)> = [
            ("src/Ski.Identity/Program.cs", PROGRAM),
            (
                "src/Ski.Identity/Ski.Identity.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>",
            ),
            ("docker-compose.yml", https.as_str()),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let ctx = Context::build(&files);
        assert_eq!(published_directly(&ctx).map(|(s, _)| s), Some(Scheme::Https));
        let unpublished = DIRECT.replace("    ports:\n      - \"5000:5000\"\n", "");
        assert_eq!(facts(&unpublished, PROGRAM), None);
        let kestrel_tls = PROGRAM.replace(
            "var app",
            "b.WebHost.ConfigureKestrel(k => k.ListenAnyIP(5001, l => l.UseHttps()));\nvar app",
        );
        assert_eq!(facts(DIRECT, &kestrel_tls), None);
    }

    #[test]
    fn kestrel_with_only_https_endpoints_and_no_proxy_terminates_tls() {
        let settings = |url: &str| {
            format!(
                "{{\n  \"Kestrel\": {{\n    \"Endpoints\": {{\n      \"Main\": {{\n        \"Url\": \"{url}\"\n      }}\n    }}\n  }}\n}}\n"
            )
        };
        let run = |url: &str| {
            let files: Vec<(String, String)> = [
                ("src/Ski.Identity/Program.cs", PROGRAM.to_string()),
                ("src/Ski.Identity/appsettings.json", settings(url)),
            ]
            .iter()
            .map(|(p, t)| (p.to_string(), t.clone()))
            .collect();
            kestrel_terminates_tls(&Context::build(&files)).map(|at| at.into_iter().map(|e| e.line).collect::<Vec<_>>())
        };
        assert_eq!(run("https://*:5200"), Some(vec![5]));
        assert_eq!(run("http://*:5000"), None);
    }
}
