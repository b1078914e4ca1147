//! nginx: several files (records `[_][name byte]text`, names chosen so includes and globs resolve
//! between them) through the parser, include expansion and the queries the rules use.
#![no_main]
use idsgen::checklist::nginx;
use idsgen_fuzz::Files;
use libfuzzer_sys::fuzz_target;

pub const NAMES: [&str; 6] = [
    "nginx/nginx.conf",
    "nginx/conf.d/identity.conf",
    "nginx/conf.d/b.conf",
    "nginx/sites-enabled/identity",
    "nginx/snippets/proxy.conf",
    "deploy/site.conf",
];

fuzz_target!(|input: Files| {
    let files = input.named(&NAMES);
    for (path, text) in &files {
        let _ = nginx::parse(text, path);
    }
    let cfg = nginx::Config::load(&files);
    for server in cfg.servers() {
        let _ = server.tls();
        let _ = server.public();
        let _ = server.names();
        let _ = server.redirects_to_https();
        let _ = server.listens();
        let _ = server.select_location("/connect/token");
        for loc in server.proxy_locations() {
            let _ = loc.sent_headers();
            let _ = loc.effective("proxy_http_version");
            if let Some(l) = loc.location {
                let _ = nginx::denies(l);
            }
        }
    }
    let _ = cfg.upstreams();
    let _ = cfg.all("proxy_set_header");
});
