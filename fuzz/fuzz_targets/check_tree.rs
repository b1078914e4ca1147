//! The whole `check` over an in-memory tree of arbitrary files: each record `[dir][name]text`
//! picks a path from names the readers claim (so inputs get past classification); every report
//! format is rendered.
#![no_main]
use idsgen::checklist::report::{self, Format};
use idsgen::checklist::{CheckOptions, check_files};
use idsgen_fuzz::{CHECK_DIRS, CHECK_NAMES, Files};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: Files| {
    let mut files: Vec<(String, String)> = input
        .0
        .into_iter()
        .map(|(d, n, text)| {
            let dir = CHECK_DIRS[d as usize % CHECK_DIRS.len()];
            let name = CHECK_NAMES[n as usize % CHECK_NAMES.len()];
            (format!("{dir}{name}"), text)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|a, b| a.0 == b.0);
    let report = check_files(&files, &CheckOptions::default());
    for format in [Format::Text, Format::Json, Format::Sarif, Format::Markdown] {
        let _ = report::render(&report, format);
    }
});
