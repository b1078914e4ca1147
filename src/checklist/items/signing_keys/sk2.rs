//! SK2: Key rotation is configured via KeyManagementOptions.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::timespan_seconds;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// SK2 in the catalogue.
pub const ITEM: Item = Item {
    id: "SK2",
    section: SIGNING_KEYS,
    title: "Key rotation is configured via KeyManagementOptions",
    applies: HOST,
    breaks: "Rotation left implicit is rotation nobody reviewed, and RotationInterval <= PropagationTime makes IdentityServer throw at startup.",
    fix: "Set options.KeyManagement.RotationInterval, PropagationTime and RetentionDuration in AddIdentityServer(options => ...), with RotationInterval > PropagationTime.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if let Some(a) = ctx
        .code
        .assigns_to("KeyManagement.Enabled")
        .find(|a| a.value == "false")
    {
        return Outcome::na(format!(
            "automatic key management is off ({}:{}); signing keys are managed by hand",
            a.file, a.line
        ));
    }
    let Some(rot) = ctx.code.assigns_to("KeyManagement.RotationInterval").next() else {
        return Outcome::fail(
            "KeyManagement.RotationInterval is not set: rotation runs on defaults nobody reviewed",
            vec![anchor],
        );
    };
    let prop = ctx.code.assigns_to("KeyManagement.PropagationTime").next();
    let rot_s = timespan_seconds(&rot.value);
    let prop_s = prop.and_then(|p| timespan_seconds(&p.value)).or(Some(14.0 * 86_400.0));
    if let (Some(r), Some(p)) = (rot_s, prop_s)
        && r <= p
    {
        return Outcome::fail(
            format!(
                "RotationInterval ({}) must exceed PropagationTime: IdentityServer throws at startup",
                rot.value
            ),
            vec![Evidence::new(
                &rot.file,
                rot.line,
                "RotationInterval <= PropagationTime",
            )],
        );
    }
    Outcome::pass(
        format!("RotationInterval = {}", rot.value),
        vec![Evidence::new(&rot.file, rot.line, "KeyManagement.RotationInterval")],
    )
}
