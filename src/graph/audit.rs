//! The topology `idsgen check --graph` draws: what the audit engine understood of a repository it
//! did not write (edges and load balancers from Terraform, nginx, Ingresses and HTTPRoutes,
//! compose proxies, the IdentityServer host and its instance count, and the stores its C# wires
//! up), each box citing the file and line it comes from. What the engine did not find is not
//! drawn, so a missing box is itself a finding to look at.

use super::{Shape, Topology};
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;

fn at(e: &Evidence) -> String {
    format!("{}:{}", e.file, e.line)
}

/// Terraform resource types that put a proxy in front, outermost first, with their names.
const TF_PROXIES: [(&str, &str); 6] = [
    ("azurerm_cdn_frontdoor_origin", "Azure Front Door"),
    ("aws_cloudfront_distribution", "AWS CloudFront"),
    ("azurerm_application_gateway", "Azure Application Gateway"),
    ("aws_lb", "AWS load balancer"),
    ("aws_alb", "AWS load balancer"),
    ("google_compute_url_map", "Google Cloud load balancer"),
];

/// C# calls that name a store the host uses: (call, box id, title).
const STORES: [(&str, &str, &str); 14] = [
    ("UseSqlServer", "database", "SQL Server"),
    ("UseNpgsql", "database", "PostgreSQL"),
    ("UseMySql", "database", "MySQL"),
    ("UseSqlite", "database", "SQLite"),
    ("AddInMemoryClients", "memory_stores", "in-memory configuration stores"),
    ("AddStackExchangeRedisCache", "redis", "Redis (cache)"),
    (
        "PersistKeysToStackExchangeRedis",
        "dp_keys",
        "Data Protection keys in Redis",
    ),
    (
        "PersistKeysToDbContext",
        "dp_keys",
        "Data Protection keys in the database",
    ),
    (
        "PersistKeysToAzureBlobStorage",
        "dp_keys",
        "Data Protection keys in Azure Blob Storage",
    ),
    (
        "PersistKeysToFileSystem",
        "dp_keys",
        "Data Protection keys on a file system",
    ),
    (
        "PersistKeysToAWSSystemsManager",
        "dp_keys",
        "Data Protection keys in AWS SSM",
    ),
    (
        "ProtectKeysWithAzureKeyVault",
        "dp_protection",
        "keys protected by Azure Key Vault",
    ),
    (
        "ProtectKeysWithCertificate",
        "dp_protection",
        "keys protected by a certificate",
    ),
    ("AddOtlpExporter", "otlp", "OTLP collector"),
];

impl Topology {
    /// What the engine understood of an audited tree (one IdentityServer host's context).
    pub fn from_context(ctx: &Context) -> Self {
        let mut t = Topology::default();
        t.node("internet", Shape::Cloud, vec!["internet".to_string()]);
        let mut chain: Vec<String> = Vec::new();
        let mut hop = |t: &mut Topology, label: Vec<String>| {
            let id = format!("hop{}", chain.len() + 1);
            t.node(&id, Shape::Proxy, label);
            chain.push(id);
        };
        // An edge idsgen.yaml declares but no Terraform here creates (the distribution lives
        // elsewhere): drawn from the spec, so the chain still starts where traffic enters.
        if let Some(spec) = &ctx.spec
            && let Some(first) = spec
                .spec
                .proxy
                .hops
                .first()
                .filter(|h| crate::model::forwarding::is_edge(h.kind))
            && !TF_PROXIES[..2]
                .iter()
                .any(|(r, _)| ctx.tf.resources(r).next().is_some())
        {
            let line = spec.line(&["proxy", "hops"]);
            hop(
                &mut t,
                vec![
                    crate::wizard::choices::hop_label(first.kind).to_string(),
                    format!("declared in {}:{line}", spec.path),
                ],
            );
        }
        for (rtype, title) in TF_PROXIES {
            for b in ctx.tf.resources(rtype) {
                hop(
                    &mut t,
                    vec![title.to_string(), format!("{} ({}:{})", b.address(), b.file, b.line)],
                );
            }
        }
        for kind in ["Gateway", "HTTPRoute", "Ingress"] {
            for o in ctx.kube.of_kind(kind).filter(|o| !o.templated) {
                hop(
                    &mut t,
                    vec![format!("{kind} {}", o.name), format!("{}:{}", o.file, o.line)],
                );
            }
        }
        for server in ctx.nginx.servers() {
            let Some(first) = server.proxy_locations().into_iter().next() else {
                continue;
            };
            let names = server.names().join(" ");
            let title = if names.is_empty() {
                "nginx".to_string()
            } else {
                format!("nginx {names}")
            };
            hop(
                &mut t,
                vec![title, format!("{}:{}", first.proxy_pass.file, first.proxy_pass.line)],
            );
        }
        // A compose proxy usually runs the nginx configuration drawn above: say so on that box.
        let nginx_box = t.nodes.iter().position(|n| n.label[0].starts_with("nginx"));
        for s in ctx.compose.proxies() {
            match nginx_box {
                Some(i) => t.nodes[i]
                    .label
                    .push(format!("runs as compose service {} ({}:{})", s.name, s.file, s.line)),
                None => hop(
                    &mut t,
                    vec![format!("compose service {}", s.name), format!("{}:{}", s.file, s.line)],
                ),
            }
        }

        let mut app = vec![match &ctx.host_name {
            Some(name) if !name.is_empty() => format!("IdentityServer host {name}"),
            _ => "IdentityServer host".to_string(),
        }];
        match &ctx.host {
            Some(e) => app.push(format!("AddIdentityServer at {}", at(e))),
            None => app.push("no AddIdentityServer call found".to_string()),
        }
        if let Some(n) = &ctx.instances {
            app.push(format!("up to {} instances ({})", n.value, at(&n.evidence)));
        }
        if let Some(h) = &ctx.hops {
            app.push(format!("{} layer-7 hops known ({})", h.value, at(&h.evidence)));
        }
        t.node("app", Shape::App, app);

        let mut previous = "internet".to_string();
        for id in &chain {
            t.edge(&previous, id, "HTTPS");
            previous = id.clone();
        }
        t.edge(&previous, "app", if chain.is_empty() { "direct" } else { "proxied" });

        let mut drawn: Vec<&str> = Vec::new();
        for (call, id, title) in STORES {
            let Some(c) = ctx.code.calls.iter().find(|c| c.name == call) else {
                continue;
            };
            if drawn.contains(&id) {
                // A second call for the same box (two key stores): add it to the label.
                if let Some(n) = t.nodes.iter_mut().find(|n| n.id == id) {
                    n.label.push(format!("also {title} ({}:{})", c.file, c.line));
                }
                continue;
            }
            drawn.push(id);
            let shape = if id == "otlp" || id == "dp_protection" {
                Shape::Service
            } else {
                Shape::Store
            };
            t.node(
                id,
                shape,
                vec![title.to_string(), format!("{call} at {}:{}", c.file, c.line)],
            );
            t.edge("app", id, "");
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::render::mermaid;

    fn files(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
    }

    #[test]
    fn an_audited_tree_draws_its_proxy_host_and_stores_with_their_places() {
        let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddDbContext<Db>(o => o.UseNpgsql(cs));\nbuilder.Services.AddDataProtection().PersistKeysToStackExchangeRedis(redis, \"dp\");\nbuilder.Services.AddIdentityServer();\n";
        let nginx = "http {\n  server {\n    listen 443 ssl;\n    server_name login.acme-corp.io;\n    location / {\n      proxy_pass http://127.0.0.1:5000;\n    }\n  }\n}\n";
        let f = files(&[("src/Host/Program.cs", program), ("deploy/nginx/nginx.conf", nginx)]);
        let ctx = Context::build(&f);
        let t = Topology::from_context(&ctx);
        let ids: Vec<&str> = t.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["internet", "hop1", "app", "database", "dp_keys"], "{t:?}");
        let text = mermaid(&t);
        assert!(text.contains("nginx login.acme-corp.io"), "{text}");
        assert!(
            text.contains("deploy/nginx/nginx.conf:6"),
            "the proxy cites its proxy_pass: {text}"
        );
        assert!(
            text.contains("PostgreSQL") && text.contains("src/Host/Program.cs:2"),
            "{text}"
        );
        assert!(text.contains("Data Protection keys in Redis"), "{text}");
        assert!(t.edges.iter().any(|e| e.from == "hop1" && e.to == "app"));
    }

    #[test]
    fn nothing_found_draws_only_the_internet_and_a_host_that_says_so() {
        let f = files(&[("README.md", "# hello\n")]);
        let t = Topology::from_context(&Context::build(&f));
        assert_eq!(t.nodes.len(), 2);
        assert!(
            t.nodes[1]
                .label
                .iter()
                .any(|l| l.contains("no AddIdentityServer call found"))
        );
        assert_eq!(t.edges[0].label, "direct");
    }
}
