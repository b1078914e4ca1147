//! appsettings / JSON with comments: arbitrary text through the line-aware tree and the
//! settings queries the rules use.
#![no_main]
use idsgen::checklist::appsettings::AppSettings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(tree) = idsgen::checklist::tree::parse_json(text) {
        let mut n = 0usize;
        tree.walk(&mut |_, _, _| n += 1);
    }
    let s = AppSettings::load(&[
        ("src/Host/appsettings.Production.json", text),
        ("src/Host/appsettings.json", "{}"),
    ]);
    let _ = s.production_levels();
    let _ = s.connection_strings();
    let _ = s.secrets();
});
