//! X3: Token cleanup settings come with EnableTokenCleanup = true.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{DATABASE, Item, Source};

/// X3 in the catalogue.
pub const ITEM: Item = Item {
    id: "X3",
    section: DATABASE,
    title: "Token cleanup settings come with EnableTokenCleanup = true",
    applies: "when TokenCleanupInterval or TokenCleanupBatchSize is set",
    breaks: "TokenCleanupBatchSize and TokenCleanupInterval do nothing while EnableTokenCleanup is false (its default): the code reads as cleanup but none runs. The vendor's snippet sets only the batch size in one place.",
    fix: "Set options.EnableTokenCleanup = true in the same AddOperationalStore(options => ...).",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let tuning: Vec<&crate::checklist::csharp::Assign> = ctx
        .code
        .assigns
        .iter()
        .filter(|a| a.targets("TokenCleanupBatchSize") || a.targets("TokenCleanupInterval"))
        .collect();
    if tuning.is_empty() {
        return Outcome::na("TokenCleanupInterval/TokenCleanupBatchSize are not set");
    }
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for t in tuning {
        let enabled = ctx
            .code
            .assigns
            .iter()
            .any(|a| a.targets("EnableTokenCleanup") && a.value == "true" && a.call_at == t.call_at);
        if enabled {
            passes.push(Evidence::new(
                &t.file,
                t.line,
                format!("{} with EnableTokenCleanup = true", t.target),
            ));
        } else {
            fails.push(Evidence::new(
                &t.file,
                t.line,
                format!(
                    "{} without EnableTokenCleanup = true in the same options: no cleanup runs",
                    t.target
                ),
            ));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("token cleanup is tuned but not enabled", fails);
    }
    Outcome::pass("token cleanup settings come with EnableTokenCleanup = true", passes)
}
