//! Regeneration through the real binary: render → plan → apply idempotence, diff --exit-code,
//! a process killed between two files, two applies on one tree, and the spec copy keeping the
//! user's comments.

use assert_cmd::Command;
use idsgen::workspace::apply::DirLock;
use idsgen::workspace::lock::LOCK_FILE;
use std::path::Path;
use std::time::{Duration, Instant};

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").unwrap();
    cmd.env("NO_COLOR", "1").env_remove("IDSGEN_FAULT_ABORT_AFTER_COMMITS");
    cmd
}

fn render(dir: &Path, preset: &str) {
    idsgen()
        .args(["render", "--preset", preset, "-o"])
        .arg(dir)
        .assert()
        .success();
}

fn tree(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        for e in std::fs::read_dir(&p).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
            } else if !path.ends_with("apply.lock") {
                out.push((
                    path.strip_prefix(dir).unwrap().display().to_string(),
                    String::from_utf8_lossy(&std::fs::read(&path).unwrap()).to_string(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn render_then_plan_is_empty_and_diff_exit_code_is_zero() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "kubernetes");
    assert!(dir.path().join(LOCK_FILE).exists(), "render records the lock");
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
    idsgen()
        .args(["diff", "--exit-code", "--against"])
        .arg(dir.path())
        .assert()
        .code(0);
    // apply on an unchanged tree writes nothing new and the next plan is still empty.
    let before = tree(dir.path());
    idsgen().args(["apply", "-o"]).arg(dir.path()).assert().code(0);
    assert_eq!(tree(dir.path()), before);
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
}

#[test]
fn a_spec_change_is_pending_until_applied_then_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "onprem-nginx");
    let set = ["--set", "public.origin=https://login.example.org"];
    let out = idsgen()
        .args(["plan", "-o"])
        .arg(dir.path())
        .args(set)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("update    idsgen.yaml"), "{out}");
    assert!(
        out.contains("+  origin: https://login.example.org") || out.contains("login.example.org"),
        "{out}"
    );
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(set)
        .assert()
        .code(0);
    // The spec copy now carries the change, so a plain plan (spec from the directory) is empty.
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
    idsgen()
        .args(["diff", "--exit-code", "--against"])
        .arg(dir.path())
        .assert()
        .code(0);
    // diff notices drift.
    std::fs::write(dir.path().join("idsgen.yaml.extra-note"), "x").unwrap();
    let spec_path = dir.path().join("idsgen.yaml");
    let some_file = tree(dir.path())
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| p != "idsgen.yaml" && !p.starts_with(".idsgen"))
        .unwrap();
    std::fs::write(dir.path().join(&some_file), "drifted\n").unwrap();
    let out = idsgen()
        .args(["diff", "--exit-code", "--against"])
        .arg(dir.path())
        .args(["--spec"])
        .arg(&spec_path)
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(&format!("changed  {some_file}")) && out.contains("extra    idsgen.yaml.extra-note"),
        "{out}"
    );
}

#[test]
fn comments_in_the_spec_copy_survive_render_and_plan() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "kubernetes");
    let spec = dir.path().join("idsgen.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    assert!(
        text.contains("# kubernetes:"),
        "the preset's documentation is kept in the copy"
    );
    std::fs::write(&spec, format!("# our notes: keep me\n{text}")).unwrap();
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(2); // only the lock's recorded base moves
    idsgen().args(["apply", "-o"]).arg(dir.path()).assert().code(0);
    assert!(
        std::fs::read_to_string(&spec)
            .unwrap()
            .starts_with("# our notes: keep me\n")
    );
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
}

#[test]
fn a_process_killed_between_two_files_leaves_old_or_new_and_apply_recovers() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "onprem-nginx");
    let old = tree(dir.path());
    let set = ["--set", "public.origin=https://login.example.org"];
    // Let the second apply pick the same change up from the directory's spec: write it via a plan-free path.
    let out = idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(set)
        .env("IDSGEN_FAULT_ABORT_AFTER_COMMITS", "1")
        .assert()
        .failure()
        .get_output()
        .clone();
    assert!(
        out.status.code().is_none() || out.status.code() != Some(0),
        "the process was aborted"
    );
    let killed = tree(dir.path());
    // Each file is either what it was or what the render makes; the lock is the old one.
    let expected_new = {
        let other = tempfile::tempdir().unwrap();
        idsgen()
            .args(["render", "--preset", "onprem-nginx", "-o"])
            .arg(other.path())
            .args(set)
            .assert()
            .success();
        tree(other.path())
    };
    let mut changed = 0;
    for (path, content) in &killed {
        if path.contains(".idsgen-") {
            continue; // a staged temp file the kill left behind; the next apply removes it
        }
        let was = old.iter().find(|(p, _)| p == path).map(|(_, c)| c);
        let will = expected_new.iter().find(|(p, _)| p == path).map(|(_, c)| c);
        if path == LOCK_FILE {
            assert_eq!(Some(content), was, "lock must still be the old one");
            continue;
        }
        assert!(
            Some(content) == was || Some(content) == will,
            "{path} is neither old nor new"
        );
        if Some(content) != was {
            changed += 1;
        }
    }
    assert_eq!(changed, 1, "exactly one file was renamed before the kill");
    // Recovery.
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(set)
        .assert()
        .code(0);
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
    assert!(
        tree(dir.path()).iter().all(|(p, _)| !p.contains(".idsgen-")),
        "stale temp files removed"
    );
}

#[test]
fn two_applies_on_one_tree_do_not_interleave() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "onprem-nginx");
    let before = tree(dir.path());
    let held = DirLock::acquire(dir.path(), || panic!("nobody else holds it yet")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("idsgen");
    let mut child = std::process::Command::new(bin)
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(["--set", "public.origin=https://login.example.org"])
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the second apply must wait while the lock is held"
    );
    assert_eq!(
        tree(dir.path()),
        before,
        "nothing written while another apply holds the lock"
    );
    drop(held);
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "apply did not finish after the lock was released"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "{stderr}");
    assert!(stderr.contains("waiting for another idsgen apply"), "{stderr}");
    assert_ne!(tree(dir.path()), before);
}

#[test]
fn render_waits_for_an_apply_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "onprem-nginx");
    let held = DirLock::acquire(dir.path(), || panic!("nobody else holds it yet")).unwrap();
    let before = tree(dir.path());
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("idsgen"))
        .args([
            "render",
            "--force",
            "--preset",
            "onprem-nginx",
            "--set",
            "public.origin=https://login.example.org",
            "-o",
        ])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "render must wait while an apply holds the lock"
    );
    assert_eq!(tree(dir.path()), before, "nothing written while the lock is held");
    drop(held);
    let status = child.wait().unwrap();
    assert!(status.success());
    assert_ne!(tree(dir.path()), before);
}

#[test]
fn apply_with_set_after_editing_the_spec_never_writes_conflict_markers_into_it() {
    // The spec is read from DIR/idsgen.yaml, so the new spec copy already contains the user's
    // edit: merging it against the last render would mark the user's own line as a conflict and
    // leave a spec no later command can read.
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "onprem-nginx");
    let spec = dir.path().join("idsgen.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    std::fs::write(&spec, text.replacen("max_instances: 2", "max_instances: 4", 1)).unwrap();
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(["--set", "hosting.max_instances=6"])
        .assert()
        .code(0);
    let after = std::fs::read_to_string(&spec).unwrap();
    assert!(!after.contains("<<<<<<<"), "{after}");
    assert!(after.contains("max_instances: 6"), "{after}");
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
}

#[test]
fn restore_of_a_file_idsgen_does_not_render_is_refused() {
    // A mistyped --restore path used to be ignored silently, so the file never came back.
    let dir = tempfile::tempdir().unwrap();
    render(dir.path(), "kubernetes");
    let out = idsgen()
        .args(["plan", "-o"])
        .arg(dir.path())
        .args(["--restore", "no/such/file.txt"])
        .assert()
        .code(64)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("--restore no/such/file.txt"), "{err}");
}
