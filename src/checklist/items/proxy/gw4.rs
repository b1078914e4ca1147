//! GW4: an AWS ALB that sends to pod IPs waits for new pods (the AWS Load Balancer Controller's
//! pod readiness gate). The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, PROXY, Source};
use crate::checklist::tree::Tree;

/// GW4 in the catalogue.
pub const ITEM: Item = Item {
    id: "GW4",
    section: PROXY,
    title: "An ALB sending to pod IPs waits for new pods (pod readiness gate)",
    applies: "when an Ingress or chart values use the AWS Load Balancer Controller with target-type ip",
    breaks: "Without the readiness gate a rollout replaces old pods as soon as the new ones pass the kubelet's probe, before the ALB has registered them: for tens of seconds the target group holds only draining or unregistered targets and sign-ins get 502/503.",
    fix: "Label the release's namespace elbv2.k8s.aws/pod-readiness-gate-inject=enabled before installing, so the controller injects a readiness gate per target group (kubernetes-sigs/aws-load-balancer-controller@0754e332 docs/deploy/pod_readiness_gate.md).",
    source: Source::Idsgen,
    rule,
};

/// The namespace label that makes the controller's webhook inject readiness gates.
const LABEL: &str = "elbv2.k8s.aws/pod-readiness-gate-inject";

/// An Ingress annotation map that sends to pod IPs through the AWS Load Balancer Controller.
fn ip_targets(annotations: &Tree) -> Option<usize> {
    annotations
        .entry("alb.ingress.kubernetes.io/target-type")
        .filter(|e| e.value.as_str() == Some("ip"))
        .map(|e| e.line)
}

fn rule(ctx: &Context) -> Outcome {
    let mut albs: Vec<(Evidence, Option<String>)> = Vec::new();
    for o in ctx.kube.of_kind("Ingress").filter(|o| !o.templated) {
        if let Some(line) = o.doc.at(&["metadata", "annotations"]).and_then(ip_targets) {
            let ns = o
                .doc
                .at(&["metadata", "namespace"])
                .and_then(|n| n.as_str())
                .map(str::to_string);
            albs.push((
                Evidence::new(&o.file, line, format!("Ingress {}: target-type ip", o.name)),
                ns,
            ));
        }
    }
    // A chart's Ingress is installed into whatever namespace the release names.
    for v in &ctx.kube.values {
        if let Some(line) = v.doc.at(&["ingress", "annotations"]).and_then(ip_targets) {
            albs.push((Evidence::new(&v.file, line, "values: ALB target-type ip"), None));
        }
    }
    if albs.is_empty() {
        return Outcome::na("no Ingress sends to pod IPs through the AWS Load Balancer Controller");
    }
    let namespaces: Vec<_> = ctx.kube.of_kind("Namespace").filter(|n| !n.templated).collect();
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut unknown = Vec::new();
    for (at, ns) in &albs {
        let manifest = ns.as_deref().and_then(|ns| namespaces.iter().find(|n| n.name == ns));
        match manifest {
            Some(n) => match n.doc.at(&["metadata", "labels"]).and_then(|l| l.entry(LABEL)) {
                Some(e) if e.value.as_str() == Some("enabled") => {
                    passes.push(Evidence::new(
                        &n.file,
                        e.line,
                        format!("Namespace {}: {LABEL}=enabled", n.name),
                    ));
                }
                _ => fails.push(Evidence::new(
                    &n.file,
                    n.line,
                    format!("Namespace {} has no {LABEL}=enabled label ({})", n.name, at.note),
                )),
            },
            None => unknown.push(at.clone()),
        }
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "pods behind the ALB count as ready before their targets are healthy",
            fails,
        );
    }
    if !unknown.is_empty() {
        let ns = albs
            .iter()
            .find_map(|(_, ns)| ns.clone())
            .unwrap_or_else(|| "NAMESPACE".to_string());
        return Outcome::operator(
            "the ALB sends to pod IPs; the namespace is not in the tree: label it before the first install and check the gates were injected",
            format!(
                "kubectl label namespace {ns} {LABEL}=enabled && kubectl -n {ns} get pods -o jsonpath='{{.items[*].spec.readinessGates}}'   # expect target-health.elbv2.k8s.aws/..."
            ),
            unknown,
        );
    }
    Outcome::pass("the namespace injects the ALB's pod readiness gates", passes)
}

#[cfg(test)]
mod tests {
    use crate::checklist::finding::Status;
    use crate::checklist::items::proxy::gw1::tests::status;

    const INGRESS: &str = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\n  namespace: identity\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\nspec:\n  ingressClassName: alb\n";

    #[test]
    fn the_namespace_label_decides_where_the_tree_has_the_namespace() {
        let labelled = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: identity\n  labels:\n    elbv2.k8s.aws/pod-readiness-gate-inject: enabled\n";
        let bare = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: identity\n";
        let with = |ns: &'static str| [("k8s/ingress.yaml", INGRESS), ("k8s/namespace.yaml", ns)];
        assert_eq!(status(&with(labelled), "GW4"), Status::Pass);
        assert_eq!(status(&with(bare), "GW4"), Status::Fail);
        assert_eq!(status(&[("k8s/ingress.yaml", INGRESS)], "GW4"), Status::OperatorStep);
    }

    #[test]
    fn instance_targets_and_other_controllers_do_not_apply() {
        let instance = INGRESS.replace("target-type: ip", "target-type: instance");
        let files = [("k8s/ingress.yaml", instance.as_str())];
        assert_eq!(status(&files, "GW4"), Status::NotApplicable);
        let chart = "apiVersion: v2\nname: idp\nversion: 0.1.0\n";
        let values = "ingress:\n  enabled: true\n  annotations:\n    alb.ingress.kubernetes.io/target-type: ip\n";
        let files = [("chart/Chart.yaml", chart), ("chart/values.yaml", values)];
        assert_eq!(status(&files, "GW4"), Status::OperatorStep);
    }
}
