//! The lock file (`.idsgen/lock.json`): arbitrary text through parsing and its integrity checks.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(lock) = idsgen::workspace::lock::Lock::from_json(text, ".idsgen/lock.json") {
        // What loads must serialize and load again to the same lock.
        let again = idsgen::workspace::lock::Lock::from_json(&lock.to_json(), "again").expect("round trip");
        assert_eq!(lock, again);
    }
});
