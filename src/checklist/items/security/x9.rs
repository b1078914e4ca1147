//! X9: Containers run as a non-root user.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, SECURITY, Source};
use crate::checklist::kubernetes::pod_spec;
use crate::checklist::tree::Tree;

/// X9 in the catalogue.
pub const ITEM: Item = Item {
    id: "X9",
    section: SECURITY,
    title: "Containers run as a non-root user",
    applies: "when a Dockerfile, Kubernetes manifests or a Helm chart is found",
    breaks: "A compromised process running as root inside the container has far more room to tamper with the image or escape.",
    fix: "USER $APP_UID (or a UID >= 10000) in the final Dockerfile stage; securityContext: runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false.",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut applies = false;
    for d in &ctx.dockerfiles {
        let Some(last_from) = d.instructions.iter().rposition(|i| i.name == "FROM") else {
            continue;
        };
        applies = true;
        let from = &d.instructions[last_from];
        let user = d.instructions[last_from..].iter().rfind(|i| i.name == "USER");
        match user {
            Some(u) if matches!(u.args.split(':').next().unwrap_or("").trim(), "root" | "0") => {
                fails.push(Evidence::new(&d.path, u.line, "USER root in the final stage"))
            }
            Some(u) => passes.push(Evidence::new(&d.path, u.line, format!("USER {}", u.args))),
            // Chiseled .NET images default to the non-root app user.
            None if from.args.contains("chiseled") || from.args.contains("distroless") => {
                passes.push(Evidence::new(&d.path, from.line, "non-root base image"))
            }
            None => fails.push(Evidence::new(
                &d.path,
                from.line,
                "final stage has no USER: the container runs as root",
            )),
        }
    }
    let values_ok = ctx.kube.values.iter().find_map(|v| {
        ["podSecurityContext", "securityContext", "containerSecurityContext"]
            .iter()
            .find_map(|k| {
                let sc = v.doc.get(k)?;
                let e = sc
                    .entry("runAsNonRoot")
                    .filter(|e| e.value.as_bool() == Some(true))
                    .or_else(|| sc.entry("runAsUser").filter(|e| e.value.as_u64().unwrap_or(0) > 0))?;
                Some(Evidence::new(&v.file, e.line, format!("{k}.{}", e.key)))
            })
    });
    for o in &ctx.kube.objects {
        let Some(spec) = pod_spec(o) else { continue };
        applies = true;
        let judge = |sc: Option<&Tree>| -> Option<Result<Evidence, Evidence>> {
            let sc = sc?;
            if let Some(e) = sc.entry("runAsUser")
                && e.value.as_u64() == Some(0)
            {
                return Some(Err(Evidence::new(&o.file, e.line, "runAsUser: 0")));
            }
            if let Some(e) = sc.entry("runAsNonRoot") {
                return Some(if e.value.as_bool() == Some(true) {
                    Ok(Evidence::new(&o.file, e.line, "runAsNonRoot: true"))
                } else if e.value.as_str() == Some("HELM") {
                    Ok(Evidence::new(&o.file, e.line, "runAsNonRoot from values"))
                } else {
                    Err(Evidence::new(&o.file, e.line, "runAsNonRoot is not true"))
                });
            }
            sc.entry("runAsUser")
                .filter(|e| e.value.as_u64().unwrap_or(0) > 0)
                .map(|e| Ok(Evidence::new(&o.file, e.line, "runAsUser > 0")))
        };
        let pod = judge(spec.get("securityContext"));
        for c in spec.get("containers").map(Tree::items).unwrap_or(&[]) {
            let verdict = judge(c.get("securityContext")).or_else(|| pod.clone());
            match verdict {
                Some(Ok(e)) => passes.push(e),
                Some(Err(e)) => fails.push(e),
                None if o.templated && values_ok.is_some() => passes.extend(values_ok.clone()),
                None => {
                    let line = c.entry("name").map(|e| e.line).unwrap_or(o.line);
                    fails.push(Evidence::new(
                        &o.file,
                        line,
                        format!("{} {}: no runAsNonRoot/runAsUser", o.kind, o.name),
                    ));
                }
            }
        }
    }
    if !applies {
        return Outcome::na("no Dockerfile, Kubernetes workload or Helm chart in the tree");
    }
    if !fails.is_empty() {
        return Outcome::fail("containers may run as root", fails);
    }
    Outcome::pass("containers run as a non-root user", passes)
}
