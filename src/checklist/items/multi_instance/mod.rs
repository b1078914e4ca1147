//! Checklist section "Multi-instance": one module per item, and the helpers its rules share.

pub mod mi1;
pub mod mi2;
pub mod mi3;
pub mod mi4;
pub mod x4;

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;

/// `Some(reason)` when multi-instance items do not apply.
fn single_instance(ctx: &Context) -> Option<String> {
    match &ctx.instances {
        None => Some("instance count unknown: no idsgen.yaml, replica count, autoscaler, ECS service or nginx upstream in the tree; one instance assumed".into()),
        Some(f) if f.value <= 1 => Some(format!("one instance ({}:{}: {})", f.evidence.file, f.evidence.line, f.evidence.note)),
        Some(_) => None,
    }
}

fn multi_related(ctx: &Context) -> Vec<Evidence> {
    ctx.instances.iter().map(|f| f.evidence.clone()).collect()
}
