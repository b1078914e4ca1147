//! GW1: the proxy is not ingress-nginx, retired in March 2026 (Ingresses, chart values and
//! idsgen.yaml hops). The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, PROXY, Source};
use crate::checklist::kubernetes::{Object, ingress_class};
use crate::checklist::tree::Tree;
use crate::model::forwarding::is_gateway_api;
use crate::spec::types::{HopKind, Target};

/// GW1 in the catalogue.
pub const ITEM: Item = Item {
    id: "GW1",
    section: PROXY,
    title: "The proxy is not ingress-nginx, retired in March 2026",
    applies: "when Kubernetes manifests, a Helm chart or idsgen.yaml route through an ingress controller",
    breaks: "ingress-nginx gets no releases, bug fixes or security patches since March 2026 (kubernetes.io/blog/2025/11/11/ingress-nginx-retirement): the internet-facing proxy of the identity provider stays vulnerable.",
    fix: "Move to a Gateway API implementation (Envoy Gateway, NGINX Gateway Fabric, Application Gateway for Containers, the AWS Load Balancer Controller): an HTTPRoute instead of the Ingress, the rate limit in its policy resource.",
    source: Source::Idsgen,
    rule,
};

/// Annotation prefix of the community ingress-nginx (NGINX Inc.'s controller uses `nginx.org/`
/// and is not retired).
const NGINX_ANNOTATION: &str = "nginx.ingress.kubernetes.io/";

/// Why an Ingress is served by ingress-nginx, and the line that says so (the class, else the
/// first `nginx.ingress.kubernetes.io/` annotation).
fn uses_ingress_nginx(o: &Object) -> Option<(String, usize)> {
    let class = o.doc.get("spec").and_then(|s| s.entry("ingressClassName")).or_else(|| {
        o.doc
            .at(&["metadata", "annotations"])
            .and_then(|a| a.entry("kubernetes.io/ingress.class"))
    });
    if let Some(e) = class
        && let Some(c) = e
            .value
            .as_str()
            .filter(|c| crate::checklist::ingress_controller::is_ingress_nginx_class(c))
    {
        return Some((format!("Ingress {} with class `{c}`", o.name), e.line));
    }
    let annotations = o.doc.at(&["metadata", "annotations"]).map(Tree::entries).unwrap_or(&[]);
    annotations
        .iter()
        .find(|e| e.key.starts_with(NGINX_ANNOTATION))
        .map(|e| (format!("Ingress {} with annotation {}", o.name, e.key), e.line))
}

/// An annotation only another controller reads (`alb.ingress.kubernetes.io/…`,
/// `traefik.ingress.kubernetes.io/…`, `appgw.ingress.kubernetes.io/…`): the Ingress is meant for it.
fn has_other_controller_annotation(o: &Object) -> bool {
    let annotations = o.doc.at(&["metadata", "annotations"]).map(Tree::entries).unwrap_or(&[]);
    annotations.iter().any(|e| {
        let k = e.key.as_str();
        ["alb.", "traefik.", "appgw.", "haproxy.", "konghq.", "projectcontour."]
            .iter()
            .any(|p| k.starts_with(p))
    })
}

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut seen = Vec::new();
    if let Some(s) = &ctx.spec {
        let line = s.line(&["proxy", "hops"]);
        for (i, hop) in s.spec.proxy.hops.iter().enumerate() {
            if hop.kind == HopKind::IngressNginx {
                fails.push(Evidence::new(
                    &s.path,
                    line,
                    format!("proxy.hops[{i}]: kind ingress-nginx"),
                ));
            } else if is_gateway_api(hop.kind)
                || (hop.kind == HopKind::AwsAlb && s.spec.hosting.target == Target::AwsEks)
            {
                seen.push(Evidence::new(
                    &s.path,
                    line,
                    format!("proxy.hops[{i}]: a maintained controller"),
                ));
            }
        }
    }
    // An Ingress naming no class goes to the cluster's default controller; the tree may say
    // which one that is (a README's prerequisites, a `helm install`, a default IngressClass).
    let classless = |o: &Object| ingress_class(o).is_none() && !has_other_controller_annotation(o);
    // Templated Ingresses (a chart's) are judged by the chart's values below.
    for o in ctx.kube.of_kind("Ingress").filter(|o| !o.templated) {
        match uses_ingress_nginx(o) {
            Some((note, line)) => fails.push(Evidence::new(&o.file, line, note)),
            None => match &ctx.classless_ingress_nginx {
                Some(named) if classless(o) => {
                    fails.push(Evidence::new(
                        &o.file,
                        o.line,
                        format!(
                            "Ingress {} names no class: the cluster's default controller serves it",
                            o.name
                        ),
                    ));
                    fails.push(named.clone());
                }
                _ => {
                    // The class line names the controller; an Ingress without one is cited whole.
                    let class = o
                        .doc
                        .at(&["spec", "ingressClassName"])
                        .or_else(|| o.doc.at(&["metadata", "annotations", "kubernetes.io/ingress.class"]));
                    let line = class.map_or(o.line, |c| c.line);
                    seen.push(Evidence::new(&o.file, line, format!("Ingress {}", o.name)))
                }
            },
        }
    }
    // Chart values in the common `ingress: {enabled, className}` shape.
    for v in &ctx.kube.values {
        let Some(ingress) = v.doc.get("ingress") else { continue };
        let enabled = ingress.get("enabled").and_then(Tree::as_bool).unwrap_or(false);
        let class = ingress.entry("className").or_else(|| ingress.entry("ingressClassName"));
        if enabled && let Some(e) = class.filter(|e| e.value.as_str() == Some("nginx")) {
            fails.push(Evidence::new(&v.file, e.line, "values: ingress.className nginx"));
        }
        // Enabled with no class in the values, and the chart's Ingress template names none
        // either: the default controller, which the tree says is ingress-nginx.
        let chart_dir = v
            .file
            .rsplit_once('/')
            .map(|(d, _)| format!("{d}/"))
            .unwrap_or_default();
        let template = ctx
            .kube
            .of_kind("Ingress")
            .find(|o| o.templated && o.file.starts_with(&chart_dir) && classless(o));
        if enabled
            && class.is_none()
            && let (Some(named), Some(o)) = (&ctx.classless_ingress_nginx, template)
        {
            let line = v.doc.entry("ingress").map(|e| e.line).unwrap_or(1);
            fails.push(Evidence::new(
                &o.file,
                o.line,
                format!("chart Ingress {} names no class", o.name),
            ));
            fails.push(Evidence::new(&v.file, line, "values: ingress enabled, no className"));
            fails.push(named.clone());
        }
    }
    for o in ctx.kube.route_objects() {
        if let Some(what) = crate::checklist::routes::controller_route(o) {
            // An Istio VirtualService is served by the ingress gateway its Gateway selects.
            if let Some((g, line)) = crate::checklist::routes::istio_gateway(&ctx.kube, o) {
                let at = Evidence::new(
                    &g.file,
                    line,
                    format!("Istio Gateway {}: the Istio ingress gateway", g.name),
                );
                if !seen.contains(&at) {
                    seen.push(at);
                }
            }
            seen.push(Evidence::new(&o.file, o.line, format!("{what} {}", o.name)));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "ingress-nginx routes to the host; it was retired in March 2026 and gets no security fixes",
            fails,
        );
    }
    if seen.is_empty() {
        return Outcome::na(
            "no Ingress, HTTPRoute, other controller route (IngressRoute, VirtualService, HTTPProxy) or Kubernetes route in idsgen.yaml found",
        );
    }
    Outcome::pass(
        "no ingress-nginx: the routes use a maintained controller or Gateway API",
        seen,
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::checklist::finding::Status;
    use crate::checklist::{CheckOptions, check_files};

    pub(crate) fn status(files: &[(&str, &str)], id: &str) -> Status {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        let opts = CheckOptions {
            only: vec![id.to_string()],
            ..CheckOptions::default()
        };
        check_files(&files, &opts).item(id).expect("item reported").status
    }

    const NGINX_INGRESS: &str = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-buffer-size: 16k\nspec:\n  ingressClassName: nginx\n";
    const ALB_INGRESS: &str = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\nspec:\n  ingressClassName: alb\n";
    const ROUTE: &str = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: idp\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n";

    #[test]
    fn ingress_nginx_is_reported_as_retired() {
        assert_eq!(status(&[("k8s/ingress.yaml", NGINX_INGRESS)], "GW1"), Status::Fail);
        assert_eq!(status(&[("k8s/ingress.yaml", ALB_INGRESS)], "GW1"), Status::Pass);
        assert_eq!(status(&[("k8s/route.yaml", ROUTE)], "GW1"), Status::Pass);
        assert_eq!(status(&[("README.md", "# nothing\n")], "GW1"), Status::NotApplicable);
    }

    #[test]
    fn an_ingress_without_a_class_goes_to_the_controller_the_tree_names() {
        let classless = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\nspec:\n  rules:\n    - host: id.example.test\n";
        let readme = "# Deploy\n\nPrerequisites: the NGINX Ingress controller on the cluster.\n";
        let files = [("k8s/ingress.yaml", classless), ("README.md", readme)];
        assert_eq!(status(&files, "GW1"), Status::Fail);
        // Nothing named: the default class is unknown, the route is seen.
        assert_eq!(status(&[("k8s/ingress.yaml", classless)], "GW1"), Status::Pass);
        // Another controller named too: nothing is concluded.
        let traefik = "# Deploy\n\nInstall the NGINX Ingress controller, or Traefik.\n";
        assert_eq!(
            status(&[("k8s/ingress.yaml", classless), ("README.md", traefik)], "GW1"),
            Status::Pass
        );
        // A chart whose values enable an Ingress with no className, its template naming none.
        let chart = "apiVersion: v2\nname: idp\nversion: 0.1.0\n";
        let values = "ingress:\n  enabled: true\n  annotations: {}\n";
        let template = "{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  rules:\n    - host: {{ .Values.host }}\n{{- end }}\n";
        let install = "helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx\n";
        let files = [
            ("chart/Chart.yaml", chart),
            ("chart/values.yaml", values),
            ("chart/templates/ingress.yaml", template),
            ("deploy/cluster.sh", install),
        ];
        assert_eq!(status(&files, "GW1"), Status::Fail);
    }

    #[test]
    fn chart_values_with_an_nginx_class_are_reported() {
        let values = "ingress:\n  enabled: true\n  className: nginx\n";
        let chart = "apiVersion: v2\nname: idp\nversion: 0.1.0\n";
        let files = [("chart/Chart.yaml", chart), ("chart/values.yaml", values)];
        assert_eq!(status(&files, "GW1"), Status::Fail);
        let off = "ingress:\n  enabled: false\n  className: nginx\n";
        assert_ne!(
            status(&[("chart/Chart.yaml", chart), ("chart/values.yaml", off)], "GW1"),
            Status::Fail
        );
    }
}
