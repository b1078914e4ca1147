//! DP1: Data Protection keys persist to durable, shared storage.
//! The item's text, its rule and the rule's unit tests.

use super::dp_sites;
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
        // On App Service's built-in stack (not a container) ASP.NET Core keeps the default key
        // ring in %HOME%/ASP.NET/DataProtection-Keys, on storage every instance of the site
        // shares ("Data Protection key management and lifetime", learn.microsoft.com). Only when
        // nothing else in the tree runs the host.
        let sites = ctx.app_service_sites();
        // Deployment slots do not share that key ring: a swap serves traffic from another one
        // ("Separate deployment slots … don't share a key ring", the same page).
        let slots = ctx.app_service_slots();
        if !sites.is_empty() && !slots.is_empty() && ctx.host_container().is_none() {
            let mut at = dp_sites(ctx, &anchor);
            at.extend(slots);
            return Outcome::fail(
                "no PersistKeysTo… call: App Service keeps a key ring per deployment slot, so a slot swap serves traffic whose cookies the new slot cannot decrypt",
                at,
            );
        }
        if ctx.host_container().is_none()
            && !sites.is_empty()
            && let Some(stacks) = sites
                .iter()
                .map(|s| s.code_stack.clone().map(|stack| vec![s.at.clone(), stack]))
                .collect::<Option<Vec<_>>>()
        {
            return Outcome::pass(
                "no PersistKeysTo… call, but App Service (built-in stack) keeps the default key ring in %HOME%/ASP.NET/DataProtection-Keys, shared by every instance",
                stacks.concat(),
            );
        }
        let at = dp_sites(ctx, &anchor);
        return Outcome::fail(
            "Data Protection keys are not persisted: no PersistKeysTo… call, so each instance keeps its own key ring",
            at,
        );
    }
    let file_calls: Vec<_> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name == "PersistKeysToFileSystem")
        .collect();
    if file_calls.len() == persist.len() {
        // The directory when the code names it with a literal (`new DirectoryInfo("/keys")`).
        let dir = file_calls
            .iter()
            .find_map(|c| c.strings().find(|s| s.starts_with('/')).map(str::to_string));
        return file_system(ctx, persist, dir.as_deref());
    }
    Outcome::pass(format!("keys persist via {}", persist[0].note), persist)
}

/// A mount seen in the deployment: where, and the container path when it is known.
struct Mount {
    at: Evidence,
    target: Option<String>,
}

/// Keys written to the file system are durable and shared only where that directory is: on a
/// VM or App Service (whose content share every instance mounts) that is the operator's call,
/// but a container's own file system is replaced with the container. When the host runs in
/// containers (`Context::host_container`), the key directory must be on a mounted volume: one
/// whose target contains `dir` when the code names it, else any volume of the deployment.
fn file_system(ctx: &Context, persist: Vec<Evidence>, dir: Option<&str>) -> Outcome {
    if ctx.host_container().is_none() {
        return Outcome::pass(
            "keys persist via PersistKeysToFileSystem (no container in the tree: the directory must be durable and shared on the hosts that run it)",
            persist,
        );
    }
    let mounts = mounts(ctx);
    let covers = |m: &Mount| match (dir, &m.target) {
        (Some(d), Some(t)) => {
            let (d, t) = (d.trim_end_matches('/'), t.trim_end_matches('/'));
            d == t || d.starts_with(&format!("{t}/"))
        }
        // A volume whose target is not known (a chart's claim, a templated path) may hold it.
        (_, None) => true,
        (None, Some(_)) => true,
    };
    let on_volume: Vec<Evidence> = mounts.iter().filter(|m| covers(m)).map(|m| m.at.clone()).collect();
    if on_volume.is_empty() {
        let summary = match dir {
            Some(d) if !mounts.is_empty() => format!(
                "keys persist via PersistKeysToFileSystem to {d} inside the container, and no volume is mounted there: the key ring is lost with every container and never shared"
            ),
            _ => "keys persist via PersistKeysToFileSystem inside the container, and no Dockerfile, compose service or workload mounts a volume: the key ring is lost with every container and never shared".to_string(),
        };
        let mut evidence = persist;
        evidence.extend(mounts.into_iter().take(2).map(|m| m.at));
        return Outcome::fail(summary, evidence);
    }
    let mut evidence = persist;
    evidence.extend(on_volume);
    Outcome::pass("keys persist via PersistKeysToFileSystem on a mounted volume", evidence)
}

/// Every volume the tree's deployment files mount: Dockerfile `VOLUME`, compose `volumes:` of
/// services that are not proxies, workload `volumeMounts`, and a chart's enabled claim or
/// persistence (target unknown).
fn mounts(ctx: &Context) -> Vec<Mount> {
    let mut out = Vec::new();
    for d in &ctx.dockerfiles {
        for i in d.instructions.iter().filter(|i| i.name == "VOLUME") {
            let targets: Vec<String> = i
                .args
                .split(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | ',' | '"'))
                .filter(|t| t.starts_with('/'))
                .map(str::to_string)
                .collect();
            for t in targets {
                out.push(Mount {
                    at: Evidence::new(&d.path, i.line, format!("VOLUME {t}")),
                    target: Some(t),
                });
            }
        }
    }
    for s in ctx.compose.services.iter().filter(|s| !s.is_proxy()) {
        for (v, line) in &s.volumes {
            // Short form `source:target[:mode]` (or an anonymous `target`), or the long form's
            // `source:target` as read.
            let parts: Vec<&str> = v.split(':').collect();
            let target = match parts.as_slice() {
                [only] => Some(*only),
                [_, target, ..] => Some(*target),
                [] => None,
            }
            .filter(|t| t.starts_with('/'));
            out.push(Mount {
                at: Evidence::new(&s.file, *line, format!("{}: volume {v}", s.name)),
                target: target.map(str::to_string),
            });
        }
    }
    for o in ctx.kube.objects.iter() {
        for c in crate::checklist::kubernetes::containers(o) {
            for m in c
                .get("volumeMounts")
                .map(crate::checklist::tree::Tree::items)
                .unwrap_or(&[])
            {
                let path = m.entry("mountPath").and_then(|e| e.value.as_str().map(str::to_string));
                let line = m.entry("mountPath").map(|e| e.line).unwrap_or(o.line);
                out.push(Mount {
                    at: Evidence::new(
                        &o.file,
                        line,
                        format!("{} {}: mounts {}", o.kind, o.name, path.as_deref().unwrap_or("?")),
                    ),
                    target: path.filter(|p| p.starts_with('/')),
                });
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
                let target = node
                    .entry("mountPath")
                    .and_then(|x| x.value.as_str())
                    .filter(|p| p.starts_with('/'))
                    .map(str::to_string);
                out.push(Mount {
                    at: Evidence::new(&v.file, e.line, format!("{} mounts a volume", path.join("."))),
                    target,
                });
            }
        });
    }
    out
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

    #[test]
    fn a_volume_elsewhere_does_not_hold_the_key_directory() {
        let elsewhere = "services:\n  identity:\n    image: acme/id\n    volumes:\n      - ./cert.pfx:/app/cert.pfx\n";
        let o = outcome(&[
            ("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"),
            ("compose.yaml", elsewhere),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.summary.contains("/keys"), "{o:?}");
        let parent = "services:\n  identity:\n    image: acme/id\n    volumes:\n      - keys:/keys:rw\n";
        let o = outcome(&[
            ("Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"),
            ("compose.yaml", parent),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let volume = outcome(&[(
            "Dockerfile",
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nVOLUME [\"/keys\"]\n",
        )]);
        assert_eq!(volume.status, Status::Pass, "{volume:?}");
    }
}
