//! DP1: Data Protection keys persist to durable, shared storage.
//! The item's text, its rule and the rule's unit tests.

use super::dp_anchor;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP1 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP1",
    section: DATA_PROTECTION,
    title: "Data Protection keys persist to durable, shared storage",
    applies: HOST,
    breaks: "Every restart, and every other instance, has a different key ring: cookies, anti-forgery tokens, OIDC state and signing keys protected at rest fail with CryptographicException \"key not found in key ring\".",
    fix: "Chain a PersistKeysTo… call on AddDataProtection(): PersistKeysToStackExchangeRedis, PersistKeysToAzureBlobStorage, PersistKeysToDbContext<T> or PersistKeysToAWSSystemsManager.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let persist: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("PersistKeysTo"))
        .map(|c| ev(c, &c.name))
        .collect();
    if persist.is_empty() {
        let at = dp_anchor(ctx, &anchor);
        return Outcome::fail(
            "Data Protection keys are not persisted: no PersistKeysTo… call, so each instance keeps its own key ring",
            vec![at],
        );
    }
    Outcome::pass(format!("keys persist via {}", persist[0].note), persist)
}
