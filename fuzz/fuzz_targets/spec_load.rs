//! Spec loading: arbitrary YAML text through parse, validation and diagnostics with lines.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = idsgen::spec::load::load("fuzz.yaml", text, &[]);
});
