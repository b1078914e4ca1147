//! DB4: Connection resilience: retry on transient failures.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, Item, Source};

/// DB4 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB4",
    section: DATABASE,
    title: "Connection resilience: retry on transient failures",
    applies: "when the host configures an EF database provider",
    breaks: "A failover or a throttled connection surfaces as 500s on token requests instead of a retried query.",
    fix: "Pass sql => sql.EnableRetryOnFailure(maxRetryCount: 5) to every UseSqlServer/UseNpgsql, including those in the stores' ConfigureDbContext.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let providers: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            matches!(
                c.name.as_str(),
                "UseSqlServer" | "UseNpgsql" | "UseMySql" | "UseOracle" | "UseAzureSql"
            )
        })
        .collect();
    if providers.is_empty() {
        return Outcome::na("no relational EF provider call (UseSqlServer/UseNpgsql/...) in the host");
    }
    let anywhere = ctx.code.call("EnableRetryOnFailure").is_some() || ctx.code.call("ExecutionStrategy").is_some();
    let lacking: Vec<Evidence> = providers
        .iter()
        .filter(|c| {
            let has = c
                .args
                .iter()
                .any(|a| a.text.contains("EnableRetryOnFailure") || a.text.contains("ExecutionStrategy"));
            // An options delegate passed by name (`UseSqlServer(cs, sqlOptions)`) is checked by
            // whether the host configures retries anywhere.
            let by_name = c
                .args
                .iter()
                .skip(1)
                .any(|a| a.text.chars().all(|ch| ch.is_alphanumeric() || ch == '_'))
                && anywhere;
            !has && !by_name
        })
        .map(|c| ev(c, format!("{} without EnableRetryOnFailure", c.name)))
        .collect();
    if !lacking.is_empty() {
        return Outcome::fail("some database connections do not retry transient failures", lacking);
    }
    Outcome::pass(
        "every provider call enables retry on failure",
        providers.iter().map(|c| ev(c, &c.name)).collect(),
    )
}
