//! GW2: no Gateway API HTTPRoute routes health or metrics paths from the Gateway.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, OBSERVABILITY, Source};
use crate::checklist::kubernetes::Object;
use crate::checklist::tree::Tree;

/// GW2 in the catalogue.
pub const ITEM: Item = Item {
    id: "GW2",
    section: OBSERVABILITY,
    title: "No HTTPRoute routes health or metrics paths from the Gateway",
    applies: "when Gateway API HTTPRoutes are found",
    breaks: "A route that matches /health or /metrics publishes dependency state and metrics to the internet through the Gateway.",
    fix: "Serve health and metrics on a management port no route names (RequireHost(\"*:8081\")) and drop the matches on those paths from the HTTPRoute.",
    source: Source::Idsgen,
    rule,
};

/// Path prefixes that are health or metrics endpoints.
const PRIVATE_PATHS: [&str; 5] = ["/health", "/healthz", "/metrics", "/ready", "/live"];

fn is_private(path: &str) -> bool {
    PRIVATE_PATHS
        .iter()
        .any(|p| path == *p || path.starts_with(&format!("{p}/")) || path.starts_with(&format!("{p}z")))
}

fn rule(ctx: &Context) -> Outcome {
    let routes: Vec<&Object> = ctx.kube.of_kind("HTTPRoute").collect();
    if routes.is_empty() {
        return Outcome::na("no HTTPRoute found");
    }
    let mut fails = Vec::new();
    for o in &routes {
        for rule in o.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]) {
            for m in rule.get("matches").map(Tree::items).unwrap_or(&[]) {
                if let Some(value) = m.at(&["path", "value"])
                    && let Some(p) = value.as_str().filter(|p| is_private(p))
                {
                    fails.push(Evidence::new(
                        &o.file,
                        value.line,
                        format!("HTTPRoute {} matches {p}", o.name),
                    ));
                }
            }
        }
    }
    if fails.is_empty() {
        let seen = routes
            .iter()
            .map(|o| Evidence::new(&o.file, o.line, format!("HTTPRoute {}", o.name)))
            .collect();
        return Outcome::pass("no HTTPRoute matches a health or metrics path", seen);
    }
    Outcome::fail(
        "an HTTPRoute publishes health or metrics endpoints through the Gateway",
        fails,
    )
}

#[cfg(test)]
mod tests {
    use super::is_private;
    use crate::checklist::finding::Status;
    use crate::checklist::items::proxy::gw1::tests::status;

    const ROUTE: &str = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: idp\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /\n";
    const HEALTH_ROUTE: &str = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: idp-health\nspec:\n  rules:\n    - matches:\n        - path:\n            type: PathPrefix\n            value: /health\n";
    const ALB_INGRESS: &str =
        "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\nspec:\n  ingressClassName: alb\n";

    #[test]
    fn a_route_to_health_or_metrics_fails() {
        assert_eq!(status(&[("k8s/route.yaml", HEALTH_ROUTE)], "GW2"), Status::Fail);
        assert_eq!(status(&[("k8s/route.yaml", ROUTE)], "GW2"), Status::Pass);
        assert_eq!(
            status(&[("k8s/ingress.yaml", ALB_INGRESS)], "GW2"),
            Status::NotApplicable
        );
        assert!(is_private("/metrics") && is_private("/health/ready") && is_private("/healthz"));
        assert!(!is_private("/connect/token") && !is_private("/"));
    }
}
