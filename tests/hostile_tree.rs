//! What a hostile repository can throw at `idsgen check`, built on the fly: a 200 MB
//! appsettings.Production.json that lowers the log level, a YAML alias bomb, a 10,000-deep JSON,
//! a symlink loop, a dangling link and a FIFO. The run completes, names each skipped file and
//! why, never lets a skipped file turn a failure into a pass, and stays under 200 MB peak RSS.
//! One test per binary: the RSS read from /proc/self/status is this test's alone.

use idsgen::checklist::{CheckOptions, check_with_skipped, discover, finding::Status};
use std::io::Write;
use std::path::Path;

const MB: u64 = 1024 * 1024;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn alias_bomb() -> String {
    let mut bomb = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n",
    );
    let mut prev = "a".to_string();
    for n in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        let refs = vec![format!("*{prev}"); 10].join(", ");
        bomb.push_str(&format!("  {n}: &{n} [{refs}]\n"));
        prev = n.to_string();
    }
    bomb
}

#[test]
fn hostile_tree_is_reported_not_fatal_and_never_passes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let clean = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean");
    for (rel, text) in discover::walk(&clean).unwrap() {
        write(root, &rel, &text);
    }
    // 200 MB of JSON whose first bytes lower the log level: sparse, so the disk is not filled.
    let big = root.join("src/Acme.Identity/appsettings.Production.json");
    let mut f = std::fs::File::create(&big).unwrap();
    f.write_all(b"{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"Pad\": \"")
        .unwrap();
    f.set_len(200 * MB).unwrap();
    drop(f);
    write(root, "deploy/k8s/bomb.yaml", &alias_bomb());
    let deep = format!("{{\"a\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    write(root, "src/Acme.Identity/appsettings.Staging.json", &deep);
    std::fs::create_dir_all(root.join("deploy/loop")).unwrap();
    std::os::unix::fs::symlink("..", root.join("deploy/loop/up")).unwrap();
    std::os::unix::fs::symlink("/nonexistent/nginx.conf", root.join("deploy/nginx/conf.d/gone.conf")).unwrap();
    let fifo = root.join("deploy/nginx/conf.d/pipe.conf");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );

    let walked = discover::walk_tree(root).unwrap();
    let report = check_with_skipped(&walked.files, &walked.skipped, &CheckOptions::default()).unwrap();

    let note = |file: &str| -> String {
        report
            .unparsed
            .iter()
            .filter(|e| e.file.ends_with(file))
            .map(|e| e.note.clone())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    assert!(
        note("appsettings.Production.json").contains("200.0 MB"),
        "{:#?}",
        report.unparsed
    );
    assert!(note("bomb.yaml").contains("aliases"), "{:#?}", report.unparsed);
    assert!(
        note("appsettings.Staging.json").contains("deeper than 64"),
        "{:#?}",
        report.unparsed
    );
    assert!(note("gone.conf").contains("not read"), "{:#?}", report.unparsed);
    assert!(
        note("pipe.conf").contains("not a regular file"),
        "{:#?}",
        report.unparsed
    );
    assert!(
        report
            .unparsed
            .iter()
            .any(|e| e.file.contains("deploy/loop") && e.note.contains("loop")),
        "{:#?}",
        report.unparsed
    );
    // The production log level sits in the skipped file: OBS1 must not pass, and says why.
    let obs1 = report.item("OBS1").unwrap();
    assert_eq!(obs1.status, Status::Fail, "{obs1:#?}");
    assert!(
        obs1.evidence
            .iter()
            .chain(&obs1.related)
            .any(|e| e.file.ends_with("appsettings.Production.json") && e.note.contains("200.0 MB")),
        "{obs1:#?}"
    );
    assert!(report.items.iter().all(|i| i.status != Status::Pass));
    assert!(report.has_failures());

    let rss_mb = peak_rss_kb() / 1024;
    assert!(rss_mb < 200, "peak RSS {rss_mb} MB");
}
