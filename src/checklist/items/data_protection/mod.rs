//! Checklist section "Data Protection": one module per item, and the helpers its rules share.

pub mod dp1;
pub mod dp2;
pub mod dp3;
pub mod dp4;

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::common::ev;

/// Where Data Protection is set up, else the host anchor.
fn dp_anchor(ctx: &Context, anchor: &Evidence) -> Evidence {
    ctx.code
        .call("AddDataProtection")
        .map(|c| ev(c, "AddDataProtection()"))
        .unwrap_or_else(|| Evidence::new(&anchor.file, anchor.line, "no AddDataProtection() in the host"))
}
