//! Kubernetes manifests and Helm charts: arbitrary YAML as a plain manifest, a chart's values and
//! a chart template (actions stripped), then the queries the rules use.
#![no_main]
use idsgen::checklist::kubernetes::{self, Kube};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(docs) = idsgen::checklist::tree::parse_yaml(text) {
        for d in &docs {
            let mut n = 0usize;
            d.walk(&mut |_, _, _| n += 1);
        }
    }
    let chart = |p: &str| p == "chart/Chart.yaml";
    let kube = Kube::load(
        &[
            ("k8s/deployment.yaml", text),
            ("chart/values.yaml", text),
            ("chart/templates/deployment.yaml", text),
        ],
        &chart,
    );
    let _ = kube.env_vars();
    for o in kube.of_kind("Deployment") {
        let _ = kubernetes::pod_spec(o);
        let _ = kubernetes::containers(o);
    }
    let _ = idsgen::checklist::helm::strip_actions(text);
});
