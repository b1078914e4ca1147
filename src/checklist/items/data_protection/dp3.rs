//! DP3: Data Protection keys are protected at rest.
//! The item's text, its rule and the rule's unit tests.

use super::dp_anchor;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP3 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP3",
    section: DATA_PROTECTION,
    title: "Data Protection keys are protected at rest",
    applies: HOST,
    breaks: "The key ring sits as plain XML in the store: whoever can read the store can forge authentication cookies and decrypt protected data.",
    fix: "Chain ProtectKeysWithAzureKeyVault(keyId, credential) or ProtectKeysWithCertificate(certificate) on AddDataProtection() (AWS SSM parameters are SecureStrings encrypted with KMS).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let protect: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("ProtectKeysWith") || c.name == "PersistKeysToAWSSystemsManager")
        .map(|c| ev(c, &c.name))
        .collect();
    if protect.is_empty() {
        return Outcome::fail(
            "keys are stored unencrypted: no ProtectKeysWith… call on AddDataProtection()",
            vec![dp_anchor(ctx, &anchor)],
        );
    }
    Outcome::pass(format!("keys protected at rest via {}", protect[0].note), protect)
}
