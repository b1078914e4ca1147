//! MI3: .AddConfigurationStoreCache() is enabled.
//! The item's text, its rule and the rule's unit tests.

use super::single_instance;
use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, MULTI, Source};

/// MI3 in the catalogue.
pub const ITEM: Item = Item {
    id: "MI3",
    section: MULTI,
    title: ".AddConfigurationStoreCache() is enabled",
    applies: "with more than one instance and the EF configuration store",
    breaks: "Every client and scope lookup hits the database; under load the configuration database becomes the bottleneck.",
    fix: "Chain .AddConfigurationStoreCache() after AddConfigurationStore(...).",
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
    let Some(store) = ctx.code.call("AddConfigurationStore") else {
        return Outcome::na("no EF configuration store: clients and resources come from code");
    };
    match ctx.code.call("AddConfigurationStoreCache") {
        Some(c) => Outcome::pass(
            "AddConfigurationStoreCache()",
            vec![ev(c, "AddConfigurationStoreCache")],
        ),
        None => Outcome::fail(
            "AddConfigurationStore without AddConfigurationStoreCache()",
            vec![ev(store, "AddConfigurationStore")],
        ),
    }
}
