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
    for (file, line, name, value) in ctx.settings.connection_strings() {
        let lower = value.to_ascii_lowercase();
        if ["localhost", "127.0.0.1", "(localdb)", "[::1]"]
            .iter()
            .any(|l| lower.contains(l))
        {
            fails.push(Evidence::new(
                file,
                line,
                format!("{name} points at this machine, not a shared server"),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("instances do not share one database and one Redis", fails)
            .with_related(multi_related(ctx));
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
