//! The 3-way merge: records `base 0xFF ours 0xFF theirs`. Property: a line the user added (in
//! `ours`, not in `base`) is never lost; it is in the clean result or inside the conflict markers.
#![no_main]
use idsgen::workspace::merge::{Merged, merge3};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;

fuzz_target!(|data: &[u8]| {
    let mut recs = idsgen_fuzz::records(data, 3);
    recs.resize(3, String::new());
    let (base, ours, theirs) = (&recs[0], &recs[1], &recs[2]);
    let out = match merge3(base, ours, theirs) {
        Merged::Clean(t) => t,
        Merged::Conflict(t, n) => {
            assert!(n >= 1);
            t
        }
    };
    // Lines end at '\n' only: `str::lines` also drops a '\r' before it, so a last line "x\r"
    // without a newline would look lost once the merge terminates it ("x\r\n").
    let base_lines: BTreeSet<&str> = base.split_terminator('\n').collect();
    let merged: BTreeSet<&str> = out.split_terminator('\n').collect();
    for line in ours.split_terminator('\n') {
        if !base_lines.contains(line) {
            assert!(merged.contains(line), "user line {line:?} lost\nmerged:\n{out}");
        }
    }
});
