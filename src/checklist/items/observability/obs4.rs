//! OBS4: IdentityServer events are enabled for the audit trail.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::bound::identityserver_setting;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::{HOST, Item, OBSERVABILITY, Source};

/// OBS4 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS4",
    section: OBSERVABILITY,
    title: "IdentityServer events are enabled for the audit trail",
    applies: HOST,
    breaks: "All Raise*Events default to false: no audit trail of logins, token issuance and failures.",
    fix: "In AddIdentityServer(options => ...) set options.Events.RaiseSuccessEvents, RaiseFailureEvents and RaiseErrorEvents to true.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let names = ["RaiseSuccessEvents", "RaiseFailureEvents", "RaiseErrorEvents"];
    let mut on = Vec::new();
    let mut missing = Vec::new();
    for n in names {
        // Code wins over configuration: it runs after the bound section is applied.
        match ctx.code.assigns_to(&format!("Events.{n}")).last() {
            Some(a) if a.value == "true" => on.push(Evidence::new(&a.file, a.line, n)),
            Some(_) => missing.push(n),
            None => match identityserver_setting(&ctx.code, &ctx.settings, &format!("Events.{n}")) {
                Some(s) if s.value.eq_ignore_ascii_case("true") => on.push(s.evidence),
                _ => missing.push(n),
            },
        }
    }
    if !missing.is_empty() {
        return Outcome::fail(
            format!("{} not set to true (events default to off)", missing.join(", ")),
            vec![anchor],
        );
    }
    Outcome::pass("success, failure and error events are raised", on)
}
