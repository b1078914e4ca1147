//! SK2: Key rotation is configured via KeyManagementOptions.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::bound::{identityserver_setting, timespan_text_seconds};
use crate::checklist::context::Context;
use crate::checklist::csharp::timespan_seconds;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::common::key_management_off;
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
    // One fact for "key management is off", shared with SK1 and the IdentityServer4 item.
    if let Some(off) = key_management_off(ctx) {
        return Outcome::na(format!(
            "automatic key management is off ({}:{}: {}); signing keys are managed by hand",
            off.file, off.line, off.note
        ));
    }
    let configured = |key: &str| -> Option<(String, Evidence)> {
        match ctx.code.assigns_to(&format!("KeyManagement.{key}")).next() {
            Some(a) => Some((
                a.value.clone(),
                Evidence::new(&a.file, a.line, format!("KeyManagement.{key}")),
            )),
            None => identityserver_setting(&ctx.code, &ctx.settings, &format!("KeyManagement.{key}"))
                .map(|s| (s.value, s.evidence)),
        }
    };
    let seconds = |v: &str| timespan_seconds(v).or_else(|| timespan_text_seconds(v));
    let Some((rot_value, rot_at)) = configured("RotationInterval") else {
        return Outcome::fail(
            "KeyManagement.RotationInterval is not set: rotation runs on defaults nobody reviewed",
            vec![anchor],
        );
    };
    let prop_s = configured("PropagationTime")
        .and_then(|(v, _)| seconds(&v))
        .or(Some(14.0 * 86_400.0));
    if let (Some(r), Some(p)) = (seconds(&rot_value), prop_s)
        && r <= p
    {
        return Outcome::fail(
            format!("RotationInterval ({rot_value}) must exceed PropagationTime: IdentityServer throws at startup"),
            vec![Evidence::new(
                &rot_at.file,
                rot_at.line,
                "RotationInterval <= PropagationTime",
            )],
        );
    }
    Outcome::pass(format!("RotationInterval = {rot_value}"), vec![rot_at])
}
