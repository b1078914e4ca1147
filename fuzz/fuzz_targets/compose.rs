//! docker-compose: up to 16 files (records `[_][name byte]text`, names the reader claims, so
//! overrides merge) through the reader, interpolation and the queries the rules use.
#![no_main]
use idsgen::checklist::compose::{self, Compose};
use idsgen_fuzz::Files;
use libfuzzer_sys::fuzz_target;

pub const NAMES: [&str; 4] = [
    "docker-compose.yml",
    "docker-compose.override.yml",
    "deploy/compose.yaml",
    "deploy/compose.prod.yaml",
];

fuzz_target!(|input: Files| {
    let files = input.named(&NAMES);
    for (path, text) in &files {
        assert!(compose::is_compose_path(path));
        let _ = compose::interpolate(text);
    }
    let c = Compose::load(&files);
    for s in &c.services {
        let _ = s.is_proxy();
        let _ = s.var("ASPNETCORE_FORWARDEDHEADERS_ENABLED");
        let _ = s.mount_targets().count();
    }
    let _ = c.env_vars();
    let _ = c.proxies().count();
    let _ = c.max_replicas();
});
