//! Checklist section "Security": one module per item.

pub mod sec1;
pub mod sec2;
pub mod sec3;
pub mod sec4;
pub mod x12;
pub mod x8;
pub mod x9;
