//! Checklist section "Data Protection": one module per item, and the helpers its rules share.

pub mod dp1;
pub mod dp2;
pub mod dp3;
pub mod dp4;

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::common::{ev, service_site};

/// Where Data Protection is set up, else where it would go (the host anchor and the method that
/// configures the host's services).
fn dp_sites(ctx: &Context, anchor: &Evidence) -> Vec<Evidence> {
    match ctx.code.call("AddDataProtection") {
        Some(c) => vec![ev(c, "AddDataProtection()")],
        None => service_site(ctx, anchor, "no AddDataProtection() in the host"),
    }
}
