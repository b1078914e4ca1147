//! Checklist section "Signing keys": one module per item.

pub mod sk1;
pub mod sk2;
pub mod sk3;
pub mod x10;
