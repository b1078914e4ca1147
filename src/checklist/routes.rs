//! Routes into a Kubernetes cluster, for every controller the engine knows: what a route
//! object (Ingress, Gateway API HTTPRoute, Traefik IngressRoute, Istio VirtualService, Contour
//! HTTPProxy, Emissary-ingress Mapping) sends where: host, path and backend Service, with the line that says so.

use crate::checklist::kubernetes::{Kube, Object};
use crate::checklist::tree::Tree;

/// Route objects other than the Ingress API's: (kind, apiVersion prefix, what to call it). The
/// apiVersion tells Istio's `VirtualService` from AWS App Mesh's, and an OpenShift `Route` from
/// anything else called Route.
const ROUTE_KINDS: &[(&str, &str, &str)] = &[
    ("HTTPRoute", "gateway.networking.k8s.io/", "HTTPRoute"),
    ("IngressRoute", "traefik.", "Traefik IngressRoute"),
    ("VirtualService", "networking.istio.io/", "Istio VirtualService"),
    ("HTTPProxy", "projectcontour.io/", "Contour HTTPProxy"),
    ("VirtualServer", "k8s.nginx.org/", "NGINX VirtualServer"),
    ("Route", "route.openshift.io/", "OpenShift Route"),
    ("Mapping", "getambassador.io/", "Emissary-ingress Mapping"),
    ("Mapping", "ambassador/", "Ambassador Mapping"),
];

/// What a route object of a controller other than an Ingress is called in findings
/// ("Istio VirtualService"), `None` for anything else. An Istio VirtualService bound to no
/// gateway (only the `mesh`) routes traffic inside the cluster, not from outside: it is not one.
pub fn controller_route(o: &Object) -> Option<&'static str> {
    let api = o.doc.get("apiVersion").and_then(Tree::as_str).unwrap_or("");
    let (_, _, what) = ROUTE_KINDS
        .iter()
        .find(|(kind, prefix, _)| o.kind == *kind && (api.starts_with(prefix) || unique(kind) && unread(api)))?;
    if o.kind == "VirtualService" {
        let gateways = o.doc.at(&["spec", "gateways"]).map(Tree::items).unwrap_or(&[]);
        if !gateways.iter().any(|g| g.as_str().is_some_and(|g| g != "mesh")) {
            return None;
        }
    }
    Some(what)
}

/// Kinds no other API uses: a template's computed apiVersion (read as HELM) or none still
/// makes them routes.
fn unique(kind: &str) -> bool {
    matches!(kind, "HTTPRoute" | "IngressRoute" | "HTTPProxy")
}

fn unread(api: &str) -> bool {
    api.is_empty() || api.contains("HELM")
}

impl Kube {
    /// Every object that routes traffic from outside the cluster: Ingresses first, then the
    /// other controllers' routes, in file order.
    pub fn route_objects(&self) -> impl Iterator<Item = &Object> {
        self.of_kind("Ingress")
            .chain(self.objects.iter().filter(|o| controller_route(o).is_some()))
    }
}

/// The Istio Gateway a VirtualService is bound to (`spec.gateways`, `namespace/name` or
/// `name`), with the line of its `selector` label (which ingress gateway deployment serves it): the
/// proxy in front of what the VirtualService routes.
pub fn istio_gateway<'a>(kube: &'a Kube, route: &Object) -> Option<(&'a Object, usize)> {
    if route.kind != "VirtualService" {
        return None;
    }
    let bound: Vec<&str> = route
        .doc
        .at(&["spec", "gateways"])
        .map(Tree::items)
        .unwrap_or(&[])
        .iter()
        .filter_map(Tree::as_str)
        .map(|g| g.rsplit('/').next().unwrap_or(g))
        .collect();
    kube.of_api("Gateway", "networking.istio.io/")
        .find(|g| bound.contains(&g.name.as_str()))
        .map(|g| {
            let selector = g.doc.get("spec").and_then(|s| s.entry("selector"));
            let label = selector.and_then(|e| e.value.entries().first());
            let line = label.map(|e| e.line).or(selector.map(|e| e.line)).unwrap_or(g.line);
            (g, line)
        })
}

/// Every path a route object sends somewhere (empty for an object that routes nothing).
pub fn routes(o: &Object) -> Vec<Route> {
    match o.kind.as_str() {
        "Ingress" => ingress_routes(o),
        _ if controller_route(o).is_none() => Vec::new(),
        "HTTPRoute" => http_routes(o),
        "IngressRoute" => traefik_routes(o),
        "VirtualService" => istio_routes(o),
        "HTTPProxy" => contour_routes(o),
        "Mapping" => ambassador_routes(o),
        _ => whole_object(o),
    }
}

/// A route of a kind whose rules are not read: everything, to an unnamed backend.
fn whole_object(o: &Object) -> Vec<Route> {
    vec![Route {
        host: None,
        path: "/".into(),
        exact: false,
        line: o.line,
        service: None,
    }]
}

/// The first string item of `list`.
fn first_str(list: Option<&Tree>) -> Option<String> {
    list.map(Tree::items)
        .unwrap_or(&[])
        .iter()
        .find_map(Tree::as_str)
        .map(str::to_string)
}

/// Gateway API: `spec.hostnames`, each rule's `matches[].path` (a rule without matches routes
/// everything) and its first `backendRefs[].name`.
fn http_routes(o: &Object) -> Vec<Route> {
    let host = first_str(o.doc.at(&["spec", "hostnames"]));
    let mut out = Vec::new();
    for rule in o.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]) {
        let service = rule
            .get("backendRefs")
            .map(Tree::items)
            .unwrap_or(&[])
            .iter()
            .find_map(|b| b.get("name").and_then(Tree::as_str))
            .map(str::to_string);
        let matches = rule.get("matches").map(Tree::items).unwrap_or(&[]);
        if matches.is_empty() {
            out.push(Route {
                host: host.clone(),
                path: "/".into(),
                exact: false,
                line: rule.line,
                service: service.clone(),
            });
        }
        for m in matches {
            let (path, exact, line) = match m.get("path") {
                Some(p) => (
                    p.get("value").and_then(Tree::as_str).unwrap_or("/").to_string(),
                    p.get("type").and_then(Tree::as_str) == Some("Exact"),
                    p.entry("value").map_or(p.line, |e| e.line),
                ),
                None => ("/".to_string(), false, m.line),
            };
            out.push(Route {
                host: host.clone(),
                path,
                exact,
                line,
                service: service.clone(),
            });
        }
    }
    out
}

/// The argument of the first `name(`…`)` in a Traefik rule (`Host(`id.example.org`) &&
/// PathPrefix(`/connect`)`).
fn traefik_matcher(rule: &str, name: &str) -> Option<String> {
    let at = rule.find(&format!("{name}("))? + name.len() + 1;
    let rest = &rule[at..];
    let quote = rest.chars().next().filter(|c| matches!(c, '`' | '"' | '\''))?;
    let body = &rest[1..];
    Some(body[..body.find(quote)?].to_string())
}

/// Traefik: each route's `match` rule (`Host`, `PathPrefix`, `Path`) and first service.
fn traefik_routes(o: &Object) -> Vec<Route> {
    let mut out = Vec::new();
    for r in o.doc.at(&["spec", "routes"]).map(Tree::items).unwrap_or(&[]) {
        let rule = r.get("match").and_then(Tree::as_str).unwrap_or("");
        let (path, exact) = match traefik_matcher(rule, "PathPrefix") {
            Some(p) => (p, false),
            None => match traefik_matcher(rule, "Path") {
                Some(p) => (p, true),
                None => ("/".to_string(), false),
            },
        };
        out.push(Route {
            host: traefik_matcher(rule, "Host"),
            path,
            exact,
            line: r.entry("match").map_or(r.line, |e| e.line),
            service: first_str_at(r.get("services"), "name"),
        });
    }
    out
}

/// The first `key` of the maps in `list`.
fn first_str_at(list: Option<&Tree>, key: &str) -> Option<String> {
    list.map(Tree::items)
        .unwrap_or(&[])
        .iter()
        .find_map(|t| t.get(key).and_then(Tree::as_str))
        .map(str::to_string)
}

/// Istio: `spec.hosts`, each `http` route's `match[].uri` (`prefix`, `exact`; a regex or no
/// match reads as everything) and its first `route[].destination.host`, whose first label is
/// the Service (`identity.auth.svc.cluster.local`).
fn istio_routes(o: &Object) -> Vec<Route> {
    let host = first_str(o.doc.at(&["spec", "hosts"])).filter(|h| h != "*");
    let mut out = Vec::new();
    for http in o.doc.at(&["spec", "http"]).map(Tree::items).unwrap_or(&[]) {
        let service = http
            .get("route")
            .map(Tree::items)
            .unwrap_or(&[])
            .iter()
            .find_map(|r| r.at(&["destination", "host"]).and_then(Tree::as_str))
            .map(|h| h.split('.').next().unwrap_or(h).to_string());
        let matches = http.get("match").map(Tree::items).unwrap_or(&[]);
        let mut any = false;
        for m in matches {
            let Some(uri) = m.get("uri") else { continue };
            for (key, exact) in [("prefix", false), ("exact", true)] {
                if let Some(e) = uri.entry(key) {
                    any = true;
                    out.push(Route {
                        host: host.clone(),
                        path: e.value.as_str().unwrap_or("/").to_string(),
                        exact,
                        line: e.line,
                        service: service.clone(),
                    });
                }
            }
        }
        if !any {
            out.push(Route {
                host: host.clone(),
                path: "/".into(),
                exact: false,
                line: http.line,
                service,
            });
        }
    }
    out
}

/// Contour: `spec.virtualhost.fqdn`, each route's `conditions[].prefix` and first service.
fn contour_routes(o: &Object) -> Vec<Route> {
    let host = o
        .doc
        .at(&["spec", "virtualhost", "fqdn"])
        .and_then(Tree::as_str)
        .map(str::to_string);
    let mut out = Vec::new();
    for r in o.doc.at(&["spec", "routes"]).map(Tree::items).unwrap_or(&[]) {
        let prefix = r
            .get("conditions")
            .map(Tree::items)
            .unwrap_or(&[])
            .iter()
            .find_map(|c| c.entry("prefix"));
        out.push(Route {
            host: host.clone(),
            path: prefix.and_then(|e| e.value.as_str()).unwrap_or("/").to_string(),
            exact: false,
            line: prefix.map_or(r.line, |e| e.line),
            service: first_str_at(r.get("services"), "name"),
        });
    }
    out
}

/// Emissary-ingress (Ambassador): a Mapping's `hostname` (or `host`), `prefix` and `service`
/// (`name`, `name.namespace`, `name:port` or a URL), under `spec` or, in Ambassador's first
/// style, at the top. The backend sees `rewrite` in place of the prefix, `/` when not given
/// (Emissary's default), so the path the Service is reached on is the rewrite; an empty
/// `rewrite` keeps the prefix.
fn ambassador_routes(o: &Object) -> Vec<Route> {
    let spec = o.doc.get("spec").unwrap_or(&o.doc);
    let text = |key: &str| spec.get(key).and_then(Tree::as_str).map(str::to_string);
    let service = text("service").map(|s| {
        let s = s.split_once("://").map_or(s.as_str(), |(_, rest)| rest);
        let s = s.split([':', '/']).next().unwrap_or(s);
        s.split('.').next().unwrap_or(s).to_string()
    });
    let path = match text("rewrite") {
        Some(r) if r.is_empty() => text("prefix").unwrap_or_else(|| "/".into()),
        Some(r) => r,
        None => "/".into(),
    };
    vec![Route {
        host: text("hostname").or_else(|| text("host")).filter(|h| h != "*"),
        path,
        exact: false,
        line: spec.entry("prefix").map_or(o.line, |e| e.line),
        service,
    }]
}

/// One path a route object (an Ingress rule, an HTTPRoute rule, …) sends to a backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// `host` of the rule (an HTTPRoute's first hostname, a VirtualService's first host, …);
    /// `None` routes every host.
    pub host: Option<String>,
    /// The path prefix (or exact path); `/` when the rule gives none, which routes every path.
    pub path: String,
    /// `pathType: Exact`.
    pub exact: bool,
    /// Line of the `path:` key, or of the path item / default backend when there is none.
    pub line: usize,
    /// The backend Service's name (`backend.service.name`, or `serviceName` before
    /// networking.k8s.io/v1; an HTTPRoute's `backendRefs[].name`; a VirtualService's
    /// destination host up to its first dot), when the manifest names one.
    pub service: Option<String>,
}

impl Route {
    /// Whether this route can reach the host, given the Services that select the host's pods
    /// (`Context::host_service_names`; `None` when the tree does not show them): a route to
    /// another named Service does not; an unnamed or templated backend (`{{ $fullName }}`,
    /// read as HELM) may.
    pub fn reaches(&self, host_services: Option<&[String]>) -> bool {
        match (host_services, &self.service) {
            // A Service named by a chart template (`{{ .Release.Name }}-identity`, read as
            // HELM-identity) carries any name that fits around its literal parts.
            (Some(names), Some(service)) => {
                service.contains("HELM") || names.iter().any(|n| n == service || templated_fits(n, service))
            }
            _ => true,
        }
    }
}

/// Whether `name` can be what the templated `pattern` renders: each HELM stands for any text,
/// the literal parts must appear in order. A pattern with no literal part fits nothing (it
/// says nothing about the name).
fn templated_fits(pattern: &str, name: &str) -> bool {
    if !pattern.contains("HELM") {
        return false;
    }
    // A separator beside a template action may join an empty value (`{{ .Release.Name }}-id`
    // with a fullname override), so it is not required.
    let parts: Vec<&str> = pattern.split("HELM").map(|p| p.trim_matches(['-', '.'])).collect();
    if parts.iter().all(|p| p.is_empty()) {
        return false;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first) || !name[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &name[first.len()..name.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    true
}

/// The Service a path item or default backend sends to.
fn backend_service(backend: &Tree) -> Option<String> {
    backend
        .at(&["service", "name"])
        .or_else(|| backend.get("serviceName"))
        .and_then(Tree::as_str)
        .map(str::to_string)
}

/// Every path an Ingress routes. A path item without `path` (allowed for
/// `ImplementationSpecific`, and common in old manifests) and `spec.defaultBackend` /
/// `spec.backend` route everything, so they read as `/`.
pub fn ingress_routes(o: &Object) -> Vec<Route> {
    let mut out = Vec::new();
    let Some(spec) = o.doc.get("spec") else { return out };
    for key in ["defaultBackend", "backend"] {
        if let Some(e) = spec.entry(key) {
            out.push(Route {
                host: None,
                path: "/".into(),
                exact: false,
                line: e.line,
                service: backend_service(&e.value),
            });
        }
    }
    for rule in spec.get("rules").map(Tree::items).unwrap_or(&[]) {
        let host = rule.get("host").and_then(Tree::as_str).map(str::to_string);
        for item in rule.at(&["http", "paths"]).map(Tree::items).unwrap_or(&[]) {
            let (path, line) = match item.entry("path") {
                Some(pe) => (pe.value.as_str().unwrap_or("/").to_string(), pe.line),
                None => ("/".to_string(), item.line),
            };
            out.push(Route {
                host: host.clone(),
                path,
                exact: item.get("pathType").and_then(Tree::as_str) == Some("Exact"),
                line,
                service: item.get("backend").and_then(backend_service),
            });
        }
    }
    out
}

/// Where a route object sends the backend another Host than the one clients sent: an Ingress
/// annotation (`nginx.ingress.kubernetes.io/upstream-vhost`, Traefik's `customrequestheaders`
/// with `Host:`), a Gateway API `URLRewrite` filter with a `hostname`, an Istio `rewrite.authority`,
/// or a header policy that sets `Host` (HTTPRoute `RequestHeaderModifier`, Contour
/// `requestHeadersPolicy`, Istio `headers.request.set`). Without one, every controller here
/// passes the Host through to the Service.
pub fn rewrites_host(o: &Object) -> Option<usize> {
    let mut at = None;
    o.doc.walk(&mut |path, entry, node| {
        if at.is_some() {
            return;
        }
        let Some(e) = entry else { return };
        let parent = path
            .len()
            .checked_sub(2)
            .and_then(|i| path.get(i))
            .copied()
            .unwrap_or("");
        let annotation = path.first() == Some(&"metadata")
            && parent == "annotations"
            && (e.key.ends_with("upstream-vhost")
                || (e.key.contains("customrequestheaders") && node.as_str().is_some_and(|v| v.contains("Host:"))));
        let rewrite = (parent == "urlRewrite" && e.key == "hostname")
            || (parent == "rewrite" && e.key == "authority")
            || (o.kind == "Mapping" && e.key == "host_rewrite");
        // `set: [{name: Host, value: …}]` (Gateway API, Contour) or `set: {Host: …}` (Istio).
        let set_host = e.key == "set"
            && (node.items().iter().any(|h| {
                h.get("name")
                    .and_then(Tree::as_str)
                    .is_some_and(|n| n.eq_ignore_ascii_case("host"))
            }) || node.entries().iter().any(|h| h.key.eq_ignore_ascii_case("host")));
        if annotation || rewrite || set_host {
            at = Some(e.line);
        }
    });
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Kube {
        Kube::load(&[("k8s/routes.yaml", text)], &|_| false)
    }

    fn summary(o: &Object) -> Vec<(String, Option<String>, usize, Option<String>)> {
        routes(o)
            .into_iter()
            .map(|r| (r.path, r.host, r.line, r.service))
            .collect()
    }

    #[test]
    fn emissary_mappings_route_their_rewrite_to_the_service_in_both_styles() {
        let text = "apiVersion: getambassador.io/v3alpha1\nkind: Mapping\nmetadata:\n  name: id\nspec:\n  hostname: id.example.org\n  prefix: /identity/\n  service: identity-svc.auth:8080\n---\napiVersion: getambassador.io/v3alpha1\nkind: Mapping\nmetadata:\n  name: kept\nspec:\n  prefix: /api/\n  rewrite: \"\"\n  service: http://api\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ambassador\n  annotations:\n    getambassador.io/config: |\n      ---\n      apiVersion: ambassador/v0\n      kind: Mapping\n      name: sts\n      prefix: /id/\n      service: security:80\n      host_rewrite: security.internal\nspec:\n  type: LoadBalancer\n";
        let kube = load(text);
        let objects: Vec<&Object> = kube.route_objects().collect();
        assert_eq!(objects.len(), 3, "{objects:?}");
        // The prefix is rewritten to `/` by default: the Service is reached on every path.
        assert_eq!(
            summary(objects[0]),
            vec![(
                "/".to_string(),
                Some("id.example.org".to_string()),
                7,
                Some("identity-svc".to_string())
            )]
        );
        assert_eq!(
            summary(objects[1]),
            vec![("/api/".to_string(), None, 15, Some("api".to_string()))]
        );
        // Ambassador's annotation style: the embedded document keeps the file's lines.
        assert_eq!((objects[2].name.as_str(), objects[2].line), ("sts", 27));
        assert_eq!(
            summary(objects[2]),
            vec![("/".to_string(), None, 29, Some("security".to_string()))]
        );
        assert_eq!(rewrites_host(objects[2]), Some(31));
        assert_eq!(rewrites_host(objects[0]), None);
    }

    #[test]
    fn istio_virtual_services_route_from_their_gateway_only() {
        let text = "apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: id\nspec:\n  hosts:\n    - id.example.org\n  gateways:\n    - public-gateway\n  http:\n    - match:\n        - uri:\n            prefix: /identity\n      route:\n        - destination:\n            host: identity.auth.svc.cluster.local\n---\napiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: inside\nspec:\n  hosts:\n    - identity\n  http:\n    - route:\n        - destination:\n            host: identity\n";
        let kube = load(text);
        let objects: Vec<&Object> = kube.route_objects().collect();
        assert_eq!(
            objects.len(),
            1,
            "the mesh-only VirtualService is not a route from outside"
        );
        assert_eq!(controller_route(objects[0]), Some("Istio VirtualService"));
        assert_eq!(
            summary(objects[0]),
            [(
                "/identity".into(),
                Some("id.example.org".into()),
                13,
                Some("identity".into())
            )]
        );
        let gateway = "apiVersion: networking.istio.io/v1beta1\nkind: Gateway\nmetadata:\n  name: public-gateway\nspec:\n  selector:\n    istio: ingressgateway\n";
        let kube = Kube::load(&[("k8s/routes.yaml", text), ("k8s/gateway.yaml", gateway)], &|_| false);
        let vs = kube.route_objects().next().unwrap();
        let (g, line) = istio_gateway(&kube, vs).expect("the bound gateway");
        assert_eq!((g.file.as_str(), line), ("k8s/gateway.yaml", 7));
    }

    #[test]
    fn http_routes_traefik_and_contour_routes_are_read() {
        let text = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: id\nspec:\n  hostnames: [id.example.org]\n  rules:\n    - backendRefs:\n        - name: identity\n          port: 8080\n    - matches:\n        - path:\n            type: Exact\n            value: /healthz\n      backendRefs:\n        - name: probe\n---\napiVersion: traefik.io/v1alpha1\nkind: IngressRoute\nmetadata:\n  name: id\nspec:\n  routes:\n    - match: Host(`id.example.org`) && PathPrefix(`/connect`)\n      services:\n        - name: identity\n---\napiVersion: projectcontour.io/v1\nkind: HTTPProxy\nmetadata:\n  name: id\nspec:\n  virtualhost:\n    fqdn: id.example.org\n  routes:\n    - conditions:\n        - prefix: /\n      services:\n        - name: identity\n          port: 80\n";
        let kube = load(text);
        let objects: Vec<&Object> = kube.route_objects().collect();
        assert_eq!(objects.len(), 3);
        let host = Some("id.example.org".to_string());
        assert_eq!(
            summary(objects[0]),
            [
                ("/".into(), host.clone(), 8, Some("identity".into())),
                ("/healthz".into(), host.clone(), 14, Some("probe".into())),
            ]
        );
        assert!(routes(objects[0])[1].exact);
        assert_eq!(
            summary(objects[1]),
            [("/connect".into(), host.clone(), 24, Some("identity".into()))]
        );
        assert_eq!(summary(objects[2]), [("/".into(), host, 37, Some("identity".into()))]);
    }

    #[test]
    fn a_templated_service_name_fits_the_backends_its_literal_parts_allow() {
        let route = Route {
            host: None,
            path: "/".into(),
            exact: false,
            line: 1,
            service: Some("identity-api".into()),
        };
        assert!(route.reaches(Some(&["HELM-identity-api".to_string()])));
        assert!(route.reaches(Some(&["identity-HELM".to_string()])));
        assert!(!route.reaches(Some(&["HELM-storefront".to_string()])));
        assert!(!route.reaches(Some(&["storefront".to_string()])));
        // A wholly templated name says nothing: the chart's name stands in for it
        // (`Context::host_service_names`).
        assert!(!route.reaches(Some(&["HELM".to_string()])));
        assert!(route.reaches(None));
    }
}
