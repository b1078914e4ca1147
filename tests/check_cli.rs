//! `idsgen check` and `idsgen checklist` as a user runs them: exit codes (0 clean, 1 failing item,
//! 2 usage errors), skips from flags and from `.idsgen/check.yaml` with their reasons, `--only`,
//! .gitignore respected, and the catalogue commands.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The clean tree with a fixture overlaid, on disk.
fn tree(overlay: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("clean"), dir.path());
    copy_tree(&fixtures().join(overlay), dir.path());
    dir
}

fn idsgen() -> Command {
    Command::cargo_bin("idsgen").unwrap()
}

#[test]
fn clean_tree_exits_zero() {
    idsgen()
        .arg("check")
        .arg(fixtures().join("clean"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("result: ok"));
}

#[test]
fn failing_item_exits_one_with_file_and_line() {
    let dir = tree("hsts-30-days");
    idsgen()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL          TLS1"))
        .stdout(predicate::str::contains("src/Acme.Identity/Services.cs:"));
}

#[test]
fn skip_with_reason_accepts_the_risk_and_prints_the_reason() {
    let dir = tree("hsts-30-days");
    for format in ["text", "markdown", "json", "sarif"] {
        idsgen()
            .args([
                "check",
                "--format",
                format,
                "--skip",
                "tls1",
                "--reason",
                "HSTS is set by the CDN",
            ])
            .arg(dir.path())
            .assert()
            .code(0)
            .stdout(predicate::str::contains("HSTS is set by the CDN"));
    }
}

#[test]
fn checked_in_config_skips_with_reason() {
    let dir = tree("hsts-30-days");
    std::fs::create_dir_all(dir.path().join(".idsgen")).unwrap();
    std::fs::write(
        dir.path().join(".idsgen/check.yaml"),
        "skip:\n  - id: TLS1\n    reason: the CDN adds a two-year HSTS header\n",
    )
    .unwrap();
    idsgen()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "accepted risk: the CDN adds a two-year HSTS header",
        ));
    std::fs::write(
        dir.path().join(".idsgen/check.yaml"),
        "skip:\n  - id: TLS9\n    reason: x\n",
    )
    .unwrap();
    idsgen()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(64)
        .stderr(predicate::str::contains("TLS9"));
}

#[test]
fn usage_errors_exit_64() {
    let clean = fixtures().join("clean");
    idsgen()
        .args(["check", "--skip", "TLS1"])
        .arg(&clean)
        .assert()
        .code(64)
        .stderr(predicate::str::contains("every --skip needs its own --reason"));
    idsgen()
        .args(["check", "--skip", "TSL1", "--reason", "x"])
        .arg(&clean)
        .assert()
        .code(64)
        .stderr(predicate::str::contains("did you mean").and(predicate::str::contains("TLS1")));
    idsgen().args(["check", "--only", "NOPE"]).arg(&clean).assert().code(64);
    idsgen().args(["check", "/definitely/not/here"]).assert().code(64);
    idsgen()
        .args(["check", "--format", "xml"])
        .arg(&clean)
        .assert()
        .code(64);
}

#[test]
fn only_limits_the_report() {
    let out = idsgen()
        .args(["check", "--format", "json", "--only", "DP1,TLS1"])
        .arg(fixtures().join("clean"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["report"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["DP1", "TLS1"]);
}

#[test]
fn gitignored_files_are_not_read() {
    let dir = tree("hsts-30-days");
    // A file with a literal client secret fails SEC4 when read; .gitignore keeps it out.
    std::fs::write(dir.path().join(".gitignore"), "bin/\nobj/\nkeys/\nSecrets.cs\n").unwrap();
    std::fs::write(
        dir.path().join("src/Acme.Identity/Secrets.cs"),
        "var s = new Secret(\"hunter2\".Sha256());",
    )
    .unwrap();
    idsgen()
        .args(["check", "--only", "SEC4", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"status\": \"pass\""));
    std::fs::write(dir.path().join(".gitignore"), "bin/\nobj/\nkeys/\n").unwrap();
    idsgen()
        .args(["check", "--only", "SEC4"])
        .arg(dir.path())
        .assert()
        .code(1);
}

#[test]
fn checklist_lists_and_explains() {
    let out = idsgen().arg("checklist").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for item in idsgen::checklist::catalogue::ITEMS {
        assert!(text.contains(item.id), "{} missing", item.id);
    }
    idsgen()
        .args(["checklist", "explain", "dp4"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("what breaks if you skip this").and(predicate::str::contains("allkeys")));
    idsgen().args(["checklist", "explain", "DP0"]).assert().code(64);
}

#[test]
fn a_directory_with_nothing_to_audit_is_a_usage_error_not_a_pass() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("README.md"), "# not a deployment\n").unwrap();
    Command::cargo_bin("idsgen")
        .unwrap()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(64)
        .stderr(
            predicate::str::contains("nothing to audit").and(predicate::str::contains("fix: point `idsgen check`")),
        );
}

#[test]
fn graph_draws_what_the_engine_understood_instead_of_the_report() {
    let dir = tree("clean");
    let out = idsgen().arg("check").arg(dir.path()).arg("--graph").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("flowchart LR\n"), "{text}");
    assert!(
        text.contains("AddIdentityServer at "),
        "the host cites its call: {text}"
    );
    assert!(text.contains("internet -->"), "{text}");
    assert!(!text.contains("Result:"), "no report with --graph: {text}");

    let dot = idsgen()
        .arg("check")
        .arg(dir.path())
        .args(["--graph", "dot"])
        .output()
        .unwrap();
    assert_eq!(dot.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&dot.stdout).starts_with("digraph idsgen {"));
}
