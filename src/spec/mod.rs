//! The spec: its types, loading from YAML with line numbers, `--set` overrides, the embedded
//! presets and the one validator every input path goes through.

pub mod edit;
pub mod fields;
pub mod load;
pub mod locate;
pub mod placeholders;
pub mod presets;
pub mod set;
pub mod types;
pub mod validate;

pub use types::*;
