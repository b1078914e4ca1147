//! X5: Proxy buffers are large enough for OIDC cookies (>= 16k).
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, PROXY, Source};
use crate::checklist::nginx;

/// X5 in the catalogue.
pub const ITEM: Item = Item {
    id: "X5",
    section: PROXY,
    title: "Proxy buffers are large enough for OIDC cookies (>= 16k)",
    applies: "when nginx or ingress-nginx proxies to the host",
    breaks: "Chunked authentication cookies and large OIDC response headers overflow the 4k/8k default: nginx answers 502 \"upstream sent too big header\" right after login.",
    fix: "nginx: proxy_buffer_size 16k; proxy_buffers 8 16k; proxy_busy_buffers_size 32k; — ingress-nginx: annotation nginx.ingress.kubernetes.io/proxy-buffer-size: \"16k\".",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut applies = false;
    for server in ctx.nginx.servers() {
        for loc in server
            .proxy_locations()
            .into_iter()
            .filter(|l| ctx.proxies_host(l.proxy_pass))
        {
            applies = true;
            let page = 4096;
            let buf_dir = loc.effective("proxy_buffer_size");
            let buffer = buf_dir.and_then(|d| nginx::size(d.arg(0))).unwrap_or(page);
            let bufs_dir = loc.effective("proxy_buffers");
            let (n, size) = bufs_dir
                .and_then(|d| Some((d.arg(0).parse::<u64>().ok()?, nginx::size(d.arg(1))?)))
                .unwrap_or((8, page));
            let busy_dir = loc.effective("proxy_busy_buffers_size");
            let busy = busy_dir
                .and_then(|d| nginx::size(d.arg(0)))
                .unwrap_or(2 * buffer.max(size));
            // A directive that is set, else the location (or proxy_pass) where it belongs.
            let place = |d: Option<&nginx::Directive>| {
                let at = d.or(loc.location).unwrap_or(loc.proxy_pass);
                Evidence::new(&at.file, at.line, "")
            };
            if buffer < 16 * 1024 {
                let mut e = place(buf_dir);
                e.note = format!(
                    "proxy_buffer_size {}k is below 16k: OIDC cookies overflow it (502 upstream sent too big header)",
                    buffer / 1024
                );
                fails.push(e);
            } else if busy < buffer.max(size) {
                let mut e = place(busy_dir.or(buf_dir));
                e.note = "nginx -t rejects this: proxy_busy_buffers_size must be >= max(proxy_buffer_size, one proxy_buffers buffer)".into();
                fails.push(e);
            } else if busy > (n.saturating_sub(1)) * size {
                let mut e = place(bufs_dir.or(busy_dir).or(buf_dir));
                e.note = format!(
                    "nginx -t rejects this: proxy_busy_buffers_size ({}k) must be less than all proxy_buffers ({n} x {}k) minus one buffer",
                    busy / 1024,
                    size / 1024
                );
                fails.push(e);
            } else {
                let mut e = place(buf_dir);
                e.note = format!("proxy_buffer_size {}k", buffer / 1024);
                passes.push(e);
            }
        }
    }
    let annotation = "nginx.ingress.kubernetes.io/proxy-buffer-size";
    let cm_size = ctx.kube.of_kind("ConfigMap").find_map(|c| {
        let e = c.doc.get("data")?.entry("proxy-buffer-size")?;
        Some((c, e.line, e.value.as_str().and_then(nginx::size).unwrap_or(0)))
    });
    let mut values_annotation = None;
    for v in &ctx.kube.values {
        v.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key == annotation
            {
                values_annotation = Some((v.file.clone(), e.line, node.as_str().and_then(nginx::size).unwrap_or(0)));
            }
        });
    }
    for ing in ctx.ingress_nginx() {
        applies = true;
        let own = ing
            .doc
            .at(&["metadata", "annotations"])
            .and_then(|a| a.entry(annotation));
        let (file, line, size) = match (own, &values_annotation, &cm_size) {
            (Some(e), _, _) if e.value.as_str() != Some("HELM") => (
                ing.file.clone(),
                e.line,
                e.value.as_str().and_then(nginx::size).unwrap_or(0),
            ),
            (_, Some((f, l, s)), _) if ing.templated => (f.clone(), *l, *s),
            (_, _, Some((c, l, s))) => (c.file.clone(), *l, *s),
            // Unset: the Ingress's annotations (where it goes), else the object.
            _ => (
                ing.file.clone(),
                ing.doc
                    .get("metadata")
                    .and_then(|m| m.entry("annotations"))
                    .map(|e| e.line)
                    .unwrap_or(ing.line),
                4096,
            ),
        };
        if size < 16 * 1024 {
            fails.push(Evidence::new(
                file,
                line,
                format!(
                    "ingress-nginx proxy-buffer-size {}k (default 4k) is below 16k",
                    size / 1024
                ),
            ));
        } else {
            passes.push(Evidence::new(
                file,
                line,
                format!("ingress-nginx proxy-buffer-size {}k", size / 1024),
            ));
        }
    }
    // nginx-proxy (jwilder/nginx-proxy, nginxproxy/nginx-proxy) in a compose file, routing by
    // VIRTUAL_HOST: its template sets no proxy_buffer_size (nginx-proxy/nginx-proxy nginx.tmpl,
    // read at 0001198b5c; later templates UNVERIFIED), so nginx's 4k/8k default applies unless
    // a proxy.conf or vhost.d file in the tree sets it. Judged only when no nginx site or
    // Ingress in front of the host was found: a compose file beside a Kubernetes deployment is
    // the local setup.
    let routed = !applies && ctx.compose.services.iter().any(|s| s.var("VIRTUAL_HOST").is_some());
    for proxy in ctx
        .compose
        .services
        .iter()
        .filter(|s| routed && s.image.as_deref().is_some_and(|i| i.contains("nginx-proxy")))
    {
        applies = true;
        let set = ctx
            .nginx
            .files
            .values()
            .flatten()
            .find(|d| d.name == "proxy_buffer_size");
        match set.and_then(|d| Some((d, nginx::size(d.arg(0))?))) {
            Some((d, size)) if size >= 16 * 1024 => passes.push(Evidence::new(
                &d.file,
                d.line,
                format!("nginx-proxy: proxy_buffer_size {}k", size / 1024),
            )),
            _ => {
                fails.push(Evidence::new(
                    &proxy.file,
                    proxy.image_line.unwrap_or(proxy.line),
                    "nginx-proxy's template sets no proxy_buffer_size: nginx's 4k/8k default is below 16k",
                ));
                // Where the setting goes: the mounted vhost.d or proxy.conf.
                if let Some((_, line)) = proxy
                    .volumes
                    .iter()
                    .find(|(v, _)| v.contains("/etc/nginx/vhost.d") || v.contains("/etc/nginx/proxy.conf"))
                {
                    fails.push(Evidence::new(
                        &proxy.file,
                        *line,
                        "set proxy_buffer_size 16k (and proxy_buffers) in a file mounted here",
                    ));
                }
            }
        }
    }
    if !applies {
        let declared = ctx.spec.as_ref().and_then(|s| {
            let i = s.spec.proxy.hops.iter().position(|h| {
                matches!(
                    h.kind,
                    crate::spec::types::HopKind::Nginx | crate::spec::types::HopKind::IngressNginx
                )
            })?;
            Some(format!("proxy.hops[{i}], {}:{}", s.path, s.line(&["proxy", "hops"])))
        });
        return match declared {
            Some(at) => Outcome::not_found(format!(
                "idsgen.yaml puts nginx/ingress-nginx in the chain ({at}) but its configuration (nginx conf, Ingress, controller values) is not in the tree"
            )),
            None => Outcome::na("no nginx or ingress-nginx proxies to the host in this tree"),
        };
    }
    if !fails.is_empty() {
        return Outcome::fail("proxy buffers are too small for OIDC cookies or invalid", fails);
    }
    Outcome::pass("proxy buffers hold OIDC headers", passes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const COMPOSE: &str = "services:\n  proxy:\n    image: jwilder/nginx-proxy\n    volumes:\n      - ./vhost.d:/etc/nginx/vhost.d\n  sts:\n    build: .\n    environment:\n      VIRTUAL_HOST: login.example.test\n";

    fn run(extra: &[(&str, &str)]) -> Outcome {
        let mut files = vec![
            (
                "Program.cs".to_string(),
                "builder.Services.AddIdentityServer();\n".to_string(),
            ),
            ("docker-compose.yml".to_string(), COMPOSE.to_string()),
        ];
        files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.to_string())));
        rule(&Context::build(&files))
    }

    #[test]
    fn nginx_proxy_keeps_nginx_default_buffers_unless_the_tree_sets_them() {
        let o = run(&[]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let lines: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 5], "{o:?}");
        let o = run(&[("nginx/proxy.conf", "proxy_buffer_size 16k;\nproxy_buffers 8 16k;\n")]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // Beside an ingress-nginx Ingress (the production proxy), the compose file is local.
        let ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: sts\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-buffer-size: 32k\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: login.example.test\n";
        let o = run(&[("k8s/ingress.yaml", ingress)]);
        assert!(o.evidence.iter().all(|e| e.file == "k8s/ingress.yaml"), "{o:?}");
    }
}
