//! Checklist section "Logging & monitoring": one module per item, and the helpers its rules share.

pub mod gw2;
pub mod obs1;
pub mod obs2;
pub mod obs3;
pub mod obs4;
pub mod x1;
pub mod x11;
pub mod x7;

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;

/// `(path, call)` of every MapHealthChecks.
fn health_maps(ctx: &Context) -> Vec<(String, &Call)> {
    ctx.code
        .calls_named("MapHealthChecks")
        .filter_map(|c| c.args.first().and_then(|a| a.strings.first()).map(|p| (p.clone(), c)))
        .collect()
}
