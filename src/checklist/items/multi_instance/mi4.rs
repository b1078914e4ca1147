//! MI4: All instances point to the same database and Redis.
//! The item's text, its rule and the rule's unit tests.

use super::multi_related;
use super::single_instance;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, MULTI, Source};

/// MI4 in the catalogue.
pub const ITEM: Item = Item {
    id: "MI4",
    section: MULTI,
    title: "All instances point to the same database and Redis",
    applies: "with more than one instance",
    breaks: "Instances with different stores disagree about keys, grants and sessions: users are logged out or tokens rejected depending on which instance answers.",
    fix: "Use one connection string for the database and one for Redis, from the shared secret, on every instance; never localhost, SQLite or an in-memory database.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| matches!(c.name.as_str(), "UseSqlite" | "UseInMemoryDatabase"))
        .map(|c| ev(c, format!("{}: a per-instance database", c.name)))
        .collect();
    // What Production connects to (a deployment's value or reference replaces the committed
    // local default, as for DB3).
    for (name, s) in crate::checklist::items::common::production_connection_strings(ctx) {
        let lower = s.value.to_ascii_lowercase();
        if ["localhost", "127.0.0.1", "(localdb)", "[::1]"]
            .iter()
            .any(|l| lower.contains(l))
        {
            fails.push(Evidence::new(
                &s.evidence.file,
                s.evidence.line,
                format!("{name} points at this machine, not a shared server"),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("instances do not share one database and one Redis", fails)
            .with_related(multi_related(ctx));
    }
    // Replicas of one workload share its pod template: every instance gets the same connection
    // strings, so with no per-instance database (ruled out above) they share one server.
    if let Some(w) = ctx.host_workload()
        && let Some(replicas) = w.doc.at(&["spec", "replicas"])
        && replicas.as_u64().is_some_and(|n| n > 1)
    {
        let mut at = vec![Evidence::new(
            &w.file,
            replicas.line,
            format!("{} {}: every replica runs the same pod template", w.kind, w.name),
        )];
        for c in crate::checklist::kubernetes::containers(w) {
            for e in c.at(&["env"]).map(|e| e.items()).unwrap_or_default() {
                if let Some(n) = e.get("name").and_then(|n| n.as_str())
                    && (n.starts_with("ConnectionStrings__") || n.to_ascii_lowercase().contains("redis"))
                {
                    at.push(Evidence::new(
                        &w.file,
                        e.line,
                        format!("{n}, the same for every replica"),
                    ));
                    // A value from a ConfigMap or Secret: the one object every replica reads.
                    if let Some(line) = ["configMapKeyRef", "secretKeyRef"]
                        .iter()
                        .find_map(|k| e.at(&["valueFrom"]).and_then(|v| v.entry_ci(k)).map(|r| r.line))
                    {
                        at.push(Evidence::new(&w.file, line, format!("{n} from one shared object")));
                    }
                }
            }
        }
        return Outcome::pass(
            "the instances are replicas of one workload: they connect to the same database (and Redis)",
            at,
        );
    }
    let selector = ctx.kube.of_kind("Deployment").find_map(|d| {
        let labels = d.doc.at(&["spec", "selector", "matchLabels"])?;
        let parts: Vec<String> = labels
            .entries()
            .iter()
            .filter_map(|e| {
                e.value
                    .as_str()
                    .filter(|v| *v != "HELM")
                    .map(|v| format!("{}={v}", e.key))
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(","))
    });
    let cmd = match selector {
        Some(sel) => format!(
            "for p in $(kubectl get pods -l {sel} -o name); do kubectl exec \"$p\" -- sh -c 'printenv ConnectionStrings__IdentityServer ConnectionStrings__Redis | sha256sum'; done | sort -u | wc -l   # expect 1"
        ),
        None => "on every instance: printenv ConnectionStrings__IdentityServer ConnectionStrings__Redis | sha256sum   # expect the same hash everywhere".to_string(),
    };
    Outcome::operator(
        "the connection strings come from shared secrets; verify every instance resolves the same ones",
        cmd,
        multi_related(ctx),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn replicas_of_one_workload_share_the_database_unless_it_is_local() {
        let csproj = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Duende.IdentityServer\" Version=\"7.4.2\" /></ItemGroup></Project>\n";
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: identity\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: identity\n          env:\n            - name: ConnectionStrings__Db\n              valueFrom:\n                configMapKeyRef:\n                  name: db\n                  key: connection\n";
        let run = |settings: &str| {
            let files: Vec<(String, String)> = [
                ("src/Identity/Identity.csproj", csproj),
                ("src/Identity/Program.cs", "builder.Services.AddIdentityServer();\n"),
                ("src/Identity/appsettings.json", settings),
                ("k8s/identity.yaml", deployment),
            ]
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
            rule(&Context::build(&files))
        };
        // The committed localhost value is replaced by the ConfigMap every replica reads.
        let o = run("{ \"ConnectionStrings\": { \"Db\": \"Host=localhost;Database=id\" } }");
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(at, [6, 12, 14]);
        // A per-instance database is not shared, whatever the template says.
        let o = run("{ \"ConnectionStrings\": { \"Other\": \"Data Source=127.0.0.1;Database=x\" } }");
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }
}
