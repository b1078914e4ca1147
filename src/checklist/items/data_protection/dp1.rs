//! DP1: Data Protection keys persist to durable, shared storage.
//! The item's text, its rule and the rule's unit tests.

use super::dp_anchor;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP1 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP1",
    section: DATA_PROTECTION,
    title: "Data Protection keys persist to durable, shared storage",
    applies: HOST,
    breaks: "Every restart, and every other instance, has a different key ring: cookies, anti-forgery tokens, OIDC state and signing keys protected at rest fail with CryptographicException \"key not found in key ring\".",
    fix: "Chain a PersistKeysTo… call on AddDataProtection(): PersistKeysToStackExchangeRedis, PersistKeysToAzureBlobStorage, PersistKeysToDbContext<T> or PersistKeysToAWSSystemsManager.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let persist: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("PersistKeysTo"))
        .map(|c| ev(c, &c.name))
        .collect();
    if persist.is_empty() {
        let at = dp_anchor(ctx, &anchor);
        return Outcome::fail(
            "Data Protection keys are not persisted: no PersistKeysTo… call, so each instance keeps its own key ring",
            vec![at],
        );
    }
    if persist.iter().all(|e| e.note == "PersistKeysToFileSystem") {
        return file_system(ctx, persist);
    }
    Outcome::pass(format!("keys persist via {}", persist[0].note), persist)
}

/// Keys written to the file system are durable and shared only where that directory is: on a
/// VM or App Service (whose content share every instance mounts) that is the operator's call,
/// but a container's own file system is replaced with the container. When the host runs in
/// containers (a Dockerfile, compose service or Kubernetes workload) and none of them mounts a
/// volume, the key ring dies with every container.
fn file_system(ctx: &Context, persist: Vec<Evidence>) -> Outcome {
    let workloads: Vec<_> = ctx
        .kube
        .objects
        .iter()
        .filter(|o| crate::checklist::kubernetes::pod_spec(o).is_some())
        .collect();
    let containerized = !ctx.dockerfiles.is_empty() || !ctx.compose.services.is_empty() || !workloads.is_empty();
    if !containerized {
        return Outcome::pass(
            "keys persist via PersistKeysToFileSystem (no container in the tree: the directory must be durable and shared on the hosts that run it)",
            persist,
        );
    }
    let mut mounts: Vec<Evidence> = Vec::new();
    for d in &ctx.dockerfiles {
        for i in d.instructions.iter().filter(|i| i.name == "VOLUME") {
            mounts.push(Evidence::new(&d.path, i.line, format!("VOLUME {}", i.args)));
        }
    }
    for s in ctx.compose.services.iter().filter(|s| !s.is_proxy()) {
        for (v, line) in &s.volumes {
            mounts.push(Evidence::new(&s.file, *line, format!("{}: volume {v}", s.name)));
        }
    }
    for o in &workloads {
        for c in crate::checklist::kubernetes::containers(o) {
            for m in c
                .get("volumeMounts")
                .map(crate::checklist::tree::Tree::items)
                .unwrap_or(&[])
            {
                let path = m
                    .entry("mountPath")
                    .and_then(|e| e.value.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".to_string());
                let line = m.entry("mountPath").map(|e| e.line).unwrap_or(o.line);
                mounts.push(Evidence::new(
                    &o.file,
                    line,
                    format!("{} {}: mounts {path}", o.kind, o.name),
                ));
            }
        }
    }
    // A chart mounts what its values enable: a claim (`existingClaim`) or Bitnami-style
    // `persistence.enabled: true`.
    for v in &ctx.kube.values {
        v.doc.walk(&mut |path, entry, node| {
            let Some(e) = entry else { return };
            let enabled = node.entry("enabled").map(|x| x.value.as_bool() == Some(true));
            let claim = node
                .entry("existingClaim")
                .and_then(|x| x.value.as_str())
                .is_some_and(|c| !c.is_empty());
            let persistence = e.key.eq_ignore_ascii_case("persistence") && enabled == Some(true);
            if persistence || (claim && enabled != Some(false)) {
                let mut at = path.to_vec();
                at.push(e.key.as_str());
                mounts.push(Evidence::new(
                    &v.file,
                    e.line,
                    format!("{} mounts a volume", at.join(".")),
                ));
            }
        });
    }
    if mounts.is_empty() {
        return Outcome::fail(
            "keys persist via PersistKeysToFileSystem inside the container, and no Dockerfile, compose service or workload mounts a volume: the key ring is lost with every container and never shared",
            persist,
        );
    }
    let mut evidence = persist;
    evidence.extend(mounts);
    Outcome::pass("keys persist via PersistKeysToFileSystem on a mounted volume", evidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const PROGRAM: &str = "builder.Services.AddIdentityServer();\nbuilder.Services.AddDataProtection()\n    .PersistKeysToFileSystem(new DirectoryInfo(\"/keys\"));\n";

    fn outcome(extra: &[(&str, &str)]) -> Outcome {
        let mut files = vec![("Program.cs".to_string(), PROGRAM.to_string())];
        files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.to_string())));
        rule(&Context::build(&files))
    }

    #[test]
    fn file_system_keys_inside_a_container_without_a_volume_fail() {
        let o = outcome(&[("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY . .\n")]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("Program.cs", 3));
    }

    #[test]
    fn file_system_keys_on_a_mounted_volume_or_outside_containers_pass() {
        let compose =
            "services:\n  identity:\n    image: acme/id\n    volumes:\n      - keys:/keys\nvolumes:\n  keys: {}\n";
        let o = outcome(&[
            ("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"),
            ("compose.yaml", compose),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.file == "compose.yaml" && e.line == 5),
            "{o:?}"
        );
        assert_eq!(outcome(&[]).status, Status::Pass);
    }
}
