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
    applies: "when a Dockerfile, Kubernetes manifests, a Helm chart or a compose service that runs a .NET image or sets `user:` is found",
    breaks: "A compromised process running as root inside the container has far more room to tamper with the image or escape.",
    fix: "USER $APP_UID (or a UID >= 10000) in the final Dockerfile stage; securityContext: runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false.",
    source: Source::Idsgen,
    rule,
};

/// Image names of third-party services a manifest runs beside the app.
const DEPENDENCY_IMAGES: &[&str] = &[
    "mssql",
    "postgres",
    "mysql",
    "mariadb",
    "redis",
    "valkey",
    "mongo",
    "rabbitmq",
    "keycloak",
    "elasticsearch",
    "kibana",
    "datalust/seq",
    "jaeger",
    "otel/",
    "prometheus",
    "grafana",
    "memcached",
    "azurite",
    "minio",
];

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let mut applies = false;
    // The deployment's .NET images; a database or identity-provider image built for local
    // development is not this host's container.
    for d in ctx.app_dockerfiles() {
        let Some(last_from) = d.instructions.iter().rposition(|i| i.name == "FROM") else {
            continue;
        };
        applies = true;
        // A stage built `FROM base` starts as that stage ended: its USER and its image carry over.
        let from = &d.instructions[last_from];
        let (image, user) = d.stage_user(last_from);
        match user {
            Some(u) if matches!(u.args.split(':').next().unwrap_or("").trim(), "root" | "0") => {
                fails.push(Evidence::new(&d.path, u.line, "USER root in the final stage"))
            }
            Some(u) => passes.push(Evidence::new(&d.path, u.line, format!("USER {}", u.args))),
            // Chiseled .NET images default to the non-root app user.
            None if image.args.contains("chiseled") || image.args.contains("distroless") => {
                passes.push(Evidence::new(&d.path, image.line, "non-root base image"))
            }
            None => fails.push(Evidence::new(
                &d.path,
                from.line,
                "final stage has no USER: the container runs as root",
            )),
        }
    }
    // Compose: `user:` overrides the image's user; a .NET base image run as is (`dotnet run`
    // in the SDK image) runs as root unless it is chiseled. Other images (databases, caches)
    // are not this deployment's containers to judge.
    // A local development stack beside the Kubernetes deployment is not what runs in production.
    let compose_local = ctx.compose_is_local_development();
    for s in ctx.compose.services.iter().filter(|_| !compose_local) {
        let dotnet = s
            .image
            .as_deref()
            .filter(|i| crate::checklist::compose::dotnet_image(i));
        match &s.user {
            Some((u, line)) if matches!(u.split(':').next().unwrap_or("").trim(), "root" | "0") => {
                applies = true;
                fails.push(Evidence::new(
                    &s.file,
                    *line,
                    format!("compose service {} runs as user {u}", s.name),
                ));
            }
            Some((u, line)) if s.builds || dotnet.is_some() => {
                applies = true;
                passes.push(Evidence::new(
                    &s.file,
                    *line,
                    format!("compose service {} runs as user {u}", s.name),
                ));
            }
            None if !s.builds && dotnet.is_some_and(|i| !i.contains("chiseled")) => {
                applies = true;
                fails.push(Evidence::new(
                    &s.file,
                    s.image_line.unwrap_or(s.line),
                    format!(
                        "compose service {} runs {} (root by default) with no user:",
                        s.name,
                        dotnet.unwrap_or_default()
                    ),
                ));
            }
            None if !s.builds
                && let Some(i) = dotnet =>
            {
                applies = true;
                passes.push(Evidence::new(
                    &s.file,
                    s.image_line.unwrap_or(s.line),
                    format!("{i}: non-root by default"),
                ));
            }
            _ => {}
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
        // Databases, caches and brokers run from their vendors' images: not this deployment's
        // .NET containers (the same line the Dockerfiles and compose services draw).
        let dependency = |c: &Tree| {
            c.get("image")
                .and_then(Tree::as_str)
                .is_some_and(|i| DEPENDENCY_IMAGES.iter().any(|d| i.to_ascii_lowercase().contains(d)))
        };
        for c in spec
            .get("containers")
            .map(Tree::items)
            .unwrap_or(&[])
            .iter()
            .filter(|c| !dependency(c))
        {
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
        return Outcome::na(
            "no Dockerfile, Kubernetes workload, Helm chart or compose service running a .NET image in the tree",
        );
    }
    if !fails.is_empty() {
        return Outcome::fail("containers may run as root", fails);
    }
    Outcome::pass("containers run as a non-root user", passes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(compose: &str) -> Outcome {
        rule(&Context::build(&[(
            "docker-compose.yml".to_string(),
            compose.to_string(),
        )]))
    }

    #[test]
    fn a_development_compose_stack_and_database_pods_beside_kubernetes_are_not_judged() {
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sts\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: sts\n          image: acme/sts:1.0\n";
        let database = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: mcr.microsoft.com/mssql/server:2022-latest\n";
        let compose = "services:\n  sts:\n    image: mcr.microsoft.com/dotnet/sdk:9.0\n    environment:\n      - ASPNETCORE_ENVIRONMENT=Development\n    command: [\"dotnet\", \"run\"]\n";
        let files = |with: &[(&str, &str)]| -> Vec<(String, String)> {
            with.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect()
        };
        let o = rule(&Context::build(&files(&[
            ("k8s/sts.yaml", deployment),
            ("k8s/db.yaml", database),
            ("dev/docker-compose.yml", compose),
        ])));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // The same compose file alone is the deployment: its SDK image runs as root.
        let o = rule(&Context::build(&files(&[("dev/docker-compose.yml", compose)])));
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn images_of_local_dependencies_are_not_the_hosts_containers() {
        let files = |keycloak: &str| {
            vec![
                (
                    "src/Id/Id.csproj".to_string(),
                    "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>".to_string(),
                ),
                (
                    "src/Id/Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\n".to_string(),
                ),
                ("docker/keycloak/Dockerfile".to_string(), keycloak.to_string()),
            ]
        };
        let o = rule(&Context::build(&files(
            "FROM quay.io/keycloak/keycloak:13.0.1\nENV KEYCLOAK_USER=admin\n",
        )));
        assert_eq!(o.status, Status::NotApplicable, "{o:?}");
        // A .NET image in the same place is one of the deployment's.
        let o = rule(&Context::build(&files(
            "FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . .\n",
        )));
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn a_final_stage_built_from_a_non_root_stage_keeps_its_user() {
        let dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\nUSER $APP_UID\nWORKDIR /app\n\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /out\n\nFROM base AS final\nCOPY --from=build /out .\n";
        let run = |text: &str| {
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\n".to_string(),
                ),
                ("Dockerfile".to_string(), text.to_string()),
            ];
            rule(&Context::build(&files))
        };
        let o = run(dockerfile);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(o.evidence[0].line, 2, "{o:?}");
        // The stage it starts from runs as root: so does the final one.
        let o = run(&dockerfile.replace("USER $APP_UID\n", ""));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 7, "{o:?}");
    }

    #[test]
    fn compose_services_running_dotnet_images_as_root_fail_at_the_image() {
        let sdk = "services:\n  db:\n    image: postgres:16\n  identity:\n    image: mcr.microsoft.com/dotnet/sdk:9.0\n    command: dotnet run\n";
        let o = outcome(sdk);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("docker-compose.yml", 5)
        );
        let user = sdk.replace("    command:", "    user: \"10001\"\n    command:");
        assert_eq!(outcome(&user).status, Status::Pass);
        let root = sdk.replace("    command:", "    user: root\n    command:");
        assert_eq!(outcome(&root).status, Status::Fail);
        let chiseled = sdk.replace("sdk:9.0", "aspnet:9.0-noble-chiseled");
        assert_eq!(outcome(&chiseled).status, Status::Pass);
        // Only third-party images: nothing of this deployment's own to judge.
        assert_eq!(
            outcome("services:\n  db:\n    image: postgres:16\n").status,
            Status::NotApplicable
        );
    }
}
