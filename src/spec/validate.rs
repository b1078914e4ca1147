//! The one validator: field rules and cross-field invariants, the same for the wizard, a file,
//! a preset and `--set`. Pure: takes a `Spec`, returns every problem found.

use crate::error::Diagnostic;
use crate::spec::types::Spec;

/// Every problem with the spec, in spec order.
pub fn validate(_spec: &Spec) -> Vec<Diagnostic> {
    Vec::new()
}
