//! SK1: Signing keys are stored in the EF operational store.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::{host, key_management_off};
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// SK1 in the catalogue.
pub const ITEM: Item = Item {
    id: "SK1",
    section: SIGNING_KEYS,
    title: "Signing keys are stored in the EF operational store",
    applies: HOST,
    breaks: "The default file-system key store writes keys/ on each instance: every instance signs with its own key, and tokens from one fail validation on another.",
    fix: "Chain AddOperationalStore(...) on AddIdentityServer(); it registers the EF signing-key store (no separate AddSigningKeyStore is needed).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // One fact with SK2: when key management is off, no signing-key store is written.
    if let Some(off) = key_management_off(ctx) {
        return Outcome::na(format!(
            "automatic key management is off ({}:{}: {}); see X10 and SK2",
            off.file, off.line, off.note
        ));
    }
    if let Some(c) = ctx.code.call("AddOperationalStore") {
        return Outcome::pass(
            "AddOperationalStore registers the EF signing-key store",
            vec![ev(c, "AddOperationalStore")],
        );
    }
    if let Some(c) = ctx.code.call("AddSigningKeyStore") {
        return Outcome::pass(
            format!("custom signing-key store {}", c.type_args),
            vec![ev(c, "AddSigningKeyStore")],
        );
    }
    Outcome::fail(
        "no AddOperationalStore: automatic key management writes signing keys to ./keys on each instance",
        vec![anchor],
    )
}
