//! DB2: Token cleanup is enabled (EnableTokenCleanup = true).
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, Item, Source};

/// DB2 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB2",
    section: DATABASE,
    title: "Token cleanup is enabled (EnableTokenCleanup = true)",
    applies: "when the EF operational store (AddOperationalStore) is used",
    breaks: "EnableTokenCleanup defaults to false: PersistedGrants keeps every code, refresh token and consent ever issued, and queries slow down over months.",
    fix: "Set options.EnableTokenCleanup = true (and TokenCleanupInterval) in AddOperationalStore(options => ...).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let Some(store) = ctx.code.call("AddOperationalStore") else {
        return Outcome::na("no EF operational store (AddOperationalStore)");
    };
    match ctx.code.assigns_to("EnableTokenCleanup").last() {
        Some(a) if a.value == "true" => Outcome::pass(
            "EnableTokenCleanup = true",
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup")],
        ),
        Some(a) => Outcome::fail(
            format!("EnableTokenCleanup = {}", a.value),
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup is not true")],
        ),
        None => Outcome::fail(
            "AddOperationalStore without EnableTokenCleanup = true (it defaults to false)",
            vec![ev(store, "AddOperationalStore without EnableTokenCleanup")],
        ),
    }
}
