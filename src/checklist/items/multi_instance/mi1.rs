//! MI1: The EF operational store is used, not the in-memory grant store.
//! The item's text, its rule and the rule's unit tests.

use super::multi_related;
use super::single_instance;
use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, MULTI, Source};

/// MI1 in the catalogue.
pub const ITEM: Item = Item {
    id: "MI1",
    section: MULTI,
    title: "The EF operational store is used, not the in-memory grant store",
    applies: "with more than one instance",
    breaks: "In-memory grants live in one process: codes and refresh tokens issued by one instance are unknown to the others.",
    fix: "Replace AddInMemoryPersistedGrants() with AddOperationalStore(...).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(c) = ctx.code.call("AddInMemoryPersistedGrants") {
        return Outcome::fail(
            "in-memory grants with more than one instance",
            vec![ev(c, "AddInMemoryPersistedGrants()")],
        )
        .with_related(multi_related(ctx));
    }
    match ctx.code.call("AddOperationalStore") {
        Some(c) => Outcome::pass(
            "grants are in the EF operational store",
            vec![ev(c, "AddOperationalStore")],
        ),
        None => Outcome::fail(
            "no AddOperationalStore: grants stay in each instance's memory",
            vec![anchor],
        )
        .with_related(multi_related(ctx)),
    }
}
