//! DP2: .SetApplicationName(...) is configured.
//! The item's text, its rule and the rule's unit tests.

use super::dp_sites;
use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP2 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP2",
    section: DATA_PROTECTION,
    title: ".SetApplicationName(...) is configured",
    applies: HOST,
    breaks: "Without it the application discriminator derives from the content root path, which differs between machines and deployments: instances silently stop sharing keys.",
    fix: "Chain .SetApplicationName(\"IdentityServer\") on AddDataProtection(), with the same name on every instance.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    match ctx.code.call("SetApplicationName") {
        Some(c) => Outcome::pass(
            format!("SetApplicationName({})", c.args_text()),
            vec![ev(c, "SetApplicationName")],
        ),
        None => Outcome::fail(
            "no SetApplicationName(...): the application name derives from the content root path",
            dp_sites(ctx, &anchor),
        ),
    }
}
