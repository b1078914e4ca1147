//! `--set PATH=VALUE` overrides: records `spec text 0xFF override 0xFF override ...`, so seeds
//! are real specs with real overrides and mutations keep both.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut recs = idsgen_fuzz::records(data, 9);
    if recs.is_empty() {
        return;
    }
    let text = recs.remove(0);
    let _ = idsgen::spec::set::apply("fuzz.yaml", &text, &recs);
    let _ = idsgen::spec::load::load("fuzz.yaml", &text, &recs);
});
