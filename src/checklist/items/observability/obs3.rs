//! OBS3: Health check endpoints /health/ready and /health/live are exposed.
//! The item's text, its rule and the rule's unit tests.

use super::health_maps;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::endpoint_site;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{HOST, Item, OBSERVABILITY, Source};
use crate::checklist::kubernetes::containers;

/// OBS3 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS3",
    section: OBSERVABILITY,
    title: "Health check endpoints /health/ready and /health/live are exposed",
    applies: HOST,
    breaks: "The orchestrator cannot tell a dead or unready instance from a healthy one and keeps sending logins to it.",
    fix: "app.MapHealthChecks(\"/health/ready\", new HealthCheckOptions { Predicate = c => c.Tags.Contains(\"ready\") }) and app.MapHealthChecks(\"/health/live\", new HealthCheckOptions { Predicate = _ => false }).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let maps = health_maps(ctx);
    if maps.is_empty()
        && let Some(at) = packaged_health_endpoints(ctx)
    {
        return Outcome::pass(
            "a packaged helper maps the health endpoints, and the workload probes readiness and liveness on them",
            at,
        );
    }
    // An endpoint the workload probes for readiness (or liveness) is that endpoint, whatever
    // its name (`/health` for readiness beside `/liveness`), when the two probes differ.
    let probe = |key: &str| -> Option<String> {
        ctx.kube.objects.iter().flat_map(containers).find_map(|c| {
            c.at(&[key, "httpGet", "path"])
                .and_then(|p| p.as_str())
                .map(|p| p.trim_end_matches('/').to_string())
        })
    };
    let (ready_probe, live_probe) = (probe("readinessProbe"), probe("livenessProbe"));
    let probed = |probe: &Option<String>, other: &Option<String>| {
        maps.iter()
            .find(|(p, _)| probe.as_deref() == Some(p.trim_end_matches('/')) && probe != other && other.is_some())
    };
    let ready = maps
        .iter()
        .find(|(p, _)| p.contains("ready"))
        .or_else(|| probed(&ready_probe, &live_probe));
    let live = maps
        .iter()
        .find(|(p, _)| p.contains("live"))
        .or_else(|| probed(&live_probe, &ready_probe));
    let mut missing = Vec::new();
    if ready.is_none() {
        missing.push("a readiness endpoint (/health/ready)");
    }
    if live.is_none() {
        missing.push("a liveness endpoint (/health/live)");
    }
    if ctx.code.call("AddHealthChecks").is_none() {
        missing.push("services.AddHealthChecks()");
    }
    if !missing.is_empty() {
        let mut at: Vec<Evidence> = match maps.is_empty() {
            false => maps
                .iter()
                .map(|(p, c)| ev(c, format!("{}(\"{p}\")", c.name)))
                .collect(),
            true => ["MapHealthChecks", "UseHealthChecks"]
                .iter()
                .filter_map(|n| ctx.commented_call(n))
                .chain(endpoint_site(ctx, "map the health endpoints here"))
                .collect(),
        };
        // Checks registered but never mapped: the registration is half of the fix.
        if maps.is_empty()
            && let Some(c) = ctx.code.call("AddHealthChecks")
        {
            at.push(ev(c, "AddHealthChecks() registers checks no endpoint serves"));
        }
        if at.is_empty() {
            at.push(anchor);
        }
        return Outcome::fail(format!("missing {}", missing.join(", ")), at);
    }
    let mut evidence: Vec<Evidence> = maps
        .iter()
        .map(|(p, c)| ev(c, format!("MapHealthChecks(\"{p}\")")))
        .collect();
    for o in &ctx.kube.objects {
        for c in containers(o) {
            for key in ["readinessProbe", "livenessProbe"] {
                if let Some(p) = c.at(&[key, "httpGet", "path"]) {
                    evidence.push(Evidence::new(&o.file, p.line, key));
                }
            }
        }
    }
    Outcome::pass("readiness and liveness endpoints are mapped", evidence)
}

/// Health endpoints mapped by a helper from a package (`endpoints.MapWideWorldHealthChecks()`,
/// declared nowhere in the tree) whose paths the deployment probes: the call, then the
/// readiness and liveness probe paths of a workload. `None` unless all three are there.
fn packaged_health_endpoints(ctx: &Context) -> Option<Vec<Evidence>> {
    let call = ctx.code.calls.iter().find(|c| {
        (c.name.starts_with("Map") || c.name.starts_with("Use"))
            && c.name.contains("Health")
            && !matches!(c.name.as_str(), "MapHealthChecks" | "UseHealthChecks")
            && !c.development_only
            && !ctx.code.methods.iter().any(|m| m.name == c.name)
    })?;
    for o in &ctx.kube.objects {
        for c in containers(o) {
            let ready = c.at(&["readinessProbe", "httpGet", "path"]);
            let live = c.at(&["livenessProbe", "httpGet", "path"]);
            if let (Some(r), Some(l)) = (ready, live) {
                return Some(vec![
                    ev(call, format!("{}() from a package", call.name)),
                    Evidence::new(&o.file, l.line, format!("livenessProbe {}", l.as_str().unwrap_or(""))),
                    Evidence::new(&o.file, r.line, format!("readinessProbe {}", r.as_str().unwrap_or(""))),
                ]);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn health_paths_read_from_configuration_are_resolved() {
        let program = "builder.Services.AddIdentityServer();\nbuilder.Services.AddHealthChecks();\nvar app = builder.Build();\napp.UseHealthChecks(Configuration[\"Probes:Ready\"]);\napp.UseHealthChecks(Configuration[\"Probes:Live\"]);\n";
        let settings =
            |ready: &str| format!("{{ \"Probes\": {{ \"Ready\": \"{ready}\", \"Live\": \"/health/live\" }} }}");
        let run = |ready: &str| {
            let files = vec![
                ("Program.cs".to_string(), program.to_string()),
                ("appsettings.json".to_string(), settings(ready)),
            ];
            rule(&Context::build(&files))
        };
        let o = run("/hz");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 4, "{o:?}");
        assert!(o.summary.contains("readiness"), "{o:?}");
        assert_ne!(run("/health/ready").summary, o.summary);
    }

    #[test]
    fn endpoints_the_workload_probes_separately_serve_as_readiness_and_liveness() {
        let program = "builder.Services.AddIdentityServer();\nbuilder.Services.AddHealthChecks();\nvar app = builder.Build();\napp.UseHealthChecks(\"/liveness\");\napp.UseHealthChecks(\"/health\");\n";
        let deployment = |live: &str| {
            format!(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: id\nspec:\n  template:\n    spec:\n      containers:\n        - name: id\n          livenessProbe:\n            httpGet:\n              path: {live}\n          readinessProbe:\n            httpGet:\n              path: /health\n"
            )
        };
        let run = |live: &str| {
            let files = vec![
                ("Program.cs".to_string(), program.to_string()),
                ("k8s/deployment.yaml".to_string(), deployment(live)),
            ];
            rule(&Context::build(&files))
        };
        let o = run("/liveness");
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let probes: Vec<usize> = o
            .evidence
            .iter()
            .filter(|e| e.file.ends_with(".yaml"))
            .map(|e| e.line)
            .collect();
        assert_eq!(probes, [15, 12], "readiness, then liveness");
        // One endpoint probed for both says nothing about readiness apart from liveness.
        assert_eq!(run("/health").status, Status::Fail);
    }

    #[test]
    fn a_packaged_helper_counts_when_the_workload_probes_its_paths() {
        let program = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseEndpoints(e => e.MapAcmeHealthChecks());\n";
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: id\nspec:\n  template:\n    spec:\n      containers:\n        - name: id\n          livenessProbe:\n            httpGet:\n              path: /health/live\n          readinessProbe:\n            httpGet:\n              path: /health/ready\n";
        let run = |program: &str, deployment: &str| {
            let files = vec![
                ("Program.cs".to_string(), program.to_string()),
                ("k8s/deployment.yaml".to_string(), deployment.to_string()),
            ];
            rule(&Context::build(&files))
        };
        let o = run(program, deployment);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(at, [3, 12, 15]);
        // Without the probes nothing says what the helper maps.
        let unprobed = deployment.split("          livenessProbe").next().unwrap();
        assert_eq!(run(program, unprobed).status, Status::Fail);
        // A helper declared in the tree is read, not trusted.
        let declared = format!(
            "{program}static class H {{ public static void MapAcmeHealthChecks(this IEndpointRouteBuilder e) {{ }} }}\n"
        );
        assert_eq!(run(&declared, deployment).status, Status::Fail);
    }
}
