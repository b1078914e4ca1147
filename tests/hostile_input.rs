//! Hostile text for every reader that is not a directory walk (see hostile_tree.rs for that):
//! specs and locks that are huge, deep or alias bombs are refused before expansion with a clear
//! error; nginx include cycles and deep blocks are bounded and reported; fuzz-found crashes stay
//! fixed here.

use idsgen::checklist::{CheckOptions, check_files, finding::Status, nginx};
use idsgen::error::Error;
use idsgen::workspace::lock::Lock;

fn alias_bomb(prefix: &str) -> String {
    let mut bomb = format!("{prefix}a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut prev = "a".to_string();
    for n in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        let refs = vec![format!("*{prev}"); 10].join(", ");
        bomb.push_str(&format!("{n}: &{n} [{refs}]\n"));
        prev = n.to_string();
    }
    bomb
}

fn message(e: Error) -> String {
    e.to_string()
}

#[test]
fn spec_alias_bomb_is_refused_before_expansion() {
    let err = message(idsgen::spec::load::load("idsgen.yaml", &alias_bomb("version: 1\n"), &[]).unwrap_err());
    assert!(
        err.contains("idsgen.yaml") && err.contains("aliases") && err.contains("fix:"),
        "{err}"
    );
}

#[test]
fn deep_and_huge_specs_are_refused_with_the_limit() {
    let deep = format!("version: 1\nx: {}{}\n", "[".repeat(100), "]".repeat(100));
    let err = message(idsgen::spec::load::parse("idsgen.yaml", &deep).unwrap_err());
    assert!(err.contains("deeper than 64"), "{err}");
    let huge = format!("version: 1\n# {}\n", "x".repeat(9 * 1024 * 1024));
    let err = message(idsgen::spec::load::load("idsgen.yaml", &huge, &[]).unwrap_err());
    assert!(
        err.contains("spec is 9.0 MB") && err.contains("limit is 8.0 MB"),
        "{err}"
    );
}

#[test]
fn oversized_spec_file_is_not_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("idsgen.yaml");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(300 * 1024 * 1024).unwrap();
    let err = message(idsgen::limits::read_capped(&path, idsgen::limits::MAX_SPEC_BYTES, "spec").unwrap_err());
    assert!(err.contains("300.0 MB"), "{err}");
}

#[test]
fn lock_that_is_deep_or_huge_is_refused() {
    // Typed fields (deny_unknown_fields) stop a deep value at its first bracket.
    let deep = format!(
        "{{\"version\": 1, \"files\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = message(Lock::from_json(&deep, "lock.json").unwrap_err());
    assert!(err.contains("lock.json") && err.contains("fix:"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".idsgen")).unwrap();
    let f = std::fs::File::create(dir.path().join(".idsgen/lock.json")).unwrap();
    f.set_len(idsgen::limits::MAX_LOCK_BYTES + 1).unwrap();
    let err = message(Lock::load(dir.path()).unwrap_err());
    assert!(err.contains("lock is 64.0 MB") && err.contains("not read"), "{err}");
}

#[test]
fn nginx_include_cycle_is_reported_and_bounded() {
    // Three files that glob-include each other: before the bound, 3^8 copies of each.
    let files: Vec<(String, String)> = ["a", "b", "c"]
        .iter()
        .map(|n| {
            (
                format!("nginx/conf.d/{n}.conf"),
                "include conf.d/*.conf;\nproxy_set_header X-Forwarded-Proto $scheme;\n".to_string(),
            )
        })
        .chain(std::iter::once((
            "nginx/nginx.conf".to_string(),
            "http { include conf.d/*.conf; server { listen 443 ssl; } }\n".to_string(),
        )))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let cfg = nginx::Config::load(&refs);
    assert!(
        cfg.errors.iter().any(|(_, _, m)| m.contains("include cycle")),
        "{:#?}",
        cfg.errors
    );
    let count = cfg.all("proxy_set_header").len();
    assert!(count < 100, "{count} directives after expansion");
}

#[test]
fn nginx_blocks_nested_too_deep_are_a_parse_error() {
    let text = format!("{}{}", "a {".repeat(100_000), "}".repeat(100_000));
    let (line, msg) = nginx::parse(&text, "nginx.conf").unwrap_err();
    assert_eq!(line, 1);
    assert!(msg.contains("deeper than 64"), "{msg}");
}

#[test]
fn an_unparsed_appsettings_never_leaves_a_pass_behind() {
    let clean = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean");
    let mut files = idsgen::checklist::discover::walk(&clean).unwrap();
    let before = check_files(&files, &CheckOptions::default());
    assert!(before.items.iter().any(|i| i.status == Status::Pass));
    files.push((
        "src/Acme.Identity/appsettings.Staging.json".to_string(),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    ));
    let after = check_files(&files, &CheckOptions::default());
    for item in &after.items {
        assert!(
            !matches!(item.status, Status::Pass | Status::NotApplicable | Status::NotFound),
            "{} is {:?} with an unread appsettings",
            item.id,
            item.status
        );
    }
    let obs1 = after.item("OBS1").unwrap();
    assert!(obs1.summary.contains("cannot be decided"), "{}", obs1.summary);
}

#[test]
fn a_user_line_that_looks_like_a_conflict_marker_survives_a_conflict() {
    use idsgen::workspace::merge::{Merged, has_conflict_markers, merge3};
    let base = "a\nb\nc\n";
    let ours = "a\n<<<<<<< ours\nmine\nc\n";
    let theirs = "a\nnew\nc\n";
    let Merged::Conflict(text, n) = merge3(base, ours, theirs) else {
        panic!("expected a conflict");
    };
    assert_eq!(n, 1, "{text}");
    assert!(text.lines().any(|l| l == "<<<<<<< ours"), "user line lost:\n{text}");
    assert!(text.contains("<<<<<<<< your edit (on disk)\n"), "{text}");
    assert!(has_conflict_markers(&text));
    assert!(!has_conflict_markers(ours));
}
