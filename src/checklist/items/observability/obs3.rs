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
    let ready = maps.iter().find(|(p, _)| p.contains("ready"));
    let live = maps.iter().find(|(p, _)| p.contains("live"));
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
        let at = match maps.first() {
            Some((_, c)) => vec![ev(c, "MapHealthChecks")],
            None => {
                let site = endpoint_site(ctx, "map the health endpoints here");
                if site.is_empty() { vec![anchor] } else { site }
            }
        };
        return Outcome::fail(format!("missing {}", missing.join(", ")), at);
    }
    let mut evidence: Vec<Evidence> = maps
        .iter()
        .map(|(p, c)| ev(c, format!("MapHealthChecks(\"{p}\")")))
        .collect();
    for o in &ctx.kube.objects {
        for c in containers(o) {
            if let Some(p) = c.at(&["readinessProbe", "httpGet", "path"]) {
                evidence.push(Evidence::new(&o.file, p.line, "readinessProbe"));
            }
        }
    }
    Outcome::pass("readiness and liveness endpoints are mapped", evidence)
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
}
