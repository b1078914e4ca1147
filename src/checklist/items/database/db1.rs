//! DB1: EF Core migrations run outside application startup.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, HOST, Item, Source};

/// DB1 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB1",
    section: DATABASE,
    title: "EF Core migrations run outside application startup",
    applies: HOST,
    breaks: "Every instance races to migrate at boot; one slow or failed migration takes the whole fleet down, and the app's database user needs DDL rights.",
    fix: "Run migrations from the pipeline, a Job or one-off task, or a `migrate` branch guarded by a command-line argument (if (args.Contains(\"migrate\")) { ...; return; }), never on the normal startup path.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let migrations: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            matches!(
                c.name.as_str(),
                "Migrate" | "MigrateAsync" | "EnsureCreated" | "EnsureCreatedAsync"
            )
        })
        .filter(|c| c.receiver.as_deref().is_some_and(|r| r.ends_with("Database")))
        .collect();
    let (startup, guarded): (Vec<&Call>, Vec<&Call>) = migrations.into_iter().partition(|c| !call_guarded(ctx, c, 0));
    if !startup.is_empty() {
        return Outcome::fail(
            "migrations run on the normal startup path",
            startup
                .iter()
                .map(|c| ev(c, format!("{} on the startup path", c.name)))
                .collect(),
        );
    }
    let mut evidence: Vec<Evidence> = guarded
        .iter()
        .map(|c| {
            ev(
                c,
                format!(
                    "{} only under `{}`",
                    c.name,
                    c.guard.clone().unwrap_or_else(|| "a separate entry point".into())
                ),
            )
        })
        .collect();
    for o in ctx
        .kube
        .of_kind("Job")
        .filter(|o| o.name.to_ascii_lowercase().contains("migrat") || o.file.contains("migrat"))
    {
        evidence.push(Evidence::new(&o.file, o.line, "migration Job"));
    }
    Outcome::pass("no migration runs on the startup path", evidence)
}

/// Whether a method (by name) is only reached under a mode guard.
fn method_guarded(ctx: &Context, method: &str, depth: usize) -> bool {
    if depth > 4 {
        return false;
    }
    let callers: Vec<&Call> = ctx.code.calls.iter().filter(|c| c.name == method).collect();
    callers.iter().all(|c| call_guarded(ctx, c, depth + 1))
}

fn call_guarded(ctx: &Context, c: &Call, depth: usize) -> bool {
    if c.guard.is_some() {
        return true;
    }
    if c.in_hosted_service {
        return false;
    }
    match &c.method {
        Some(m) if m != "Main" => method_guarded(ctx, m, depth),
        _ => false,
    }
}
