//! What plan and apply promise (issue 8 items 4, 6b, 7): plan shows exactly what apply does,
//! dry runs refuse like real runs, one JSON document on stdout, user file modes survive,
//! `--templates` is remembered, newer locks are refused, failures leave nothing behind, and
//! CHECKLIST.md after apply reports on the files as written.

use assert_cmd::Command;
use idsgen::outputs::RenderedFile;
use idsgen::workspace::lock::{LOCK_FILE, Lock};
use std::path::Path;

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").unwrap();
    cmd.env("NO_COLOR", "1").env_remove("IDSGEN_FAULT_ABORT_AFTER_COMMITS");
    cmd
}

fn render(dir: &Path) {
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(dir)
        .assert()
        .success();
}

const CHANGE: [&str; 2] = ["--set", "public.origin=https://login.example.org"];

#[test]
fn a_file_the_user_deleted_stays_deleted_in_plan_and_apply() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    let gone = "deploy/nginx/nginx.conf";
    std::fs::remove_file(dir.path().join(gone)).unwrap();
    let out = idsgen()
        .args(["plan", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&format!("skip      {gone}  (stays deleted")), "{text}");
    assert!(
        !text.contains(&format!("b/{gone}")),
        "a creation diff for a file that stays deleted:\n{text}"
    );
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .assert()
        .code(0);
    assert!(!dir.path().join(gone).exists());
}

#[test]
fn render_dry_run_refuses_with_the_status_of_the_real_render() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    std::fs::write(dir.path().join("CHECKLIST.md"), "my notes\n").unwrap();
    let real = idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    let dry = idsgen()
        .args(["render", "--dry-run", "--preset", "onprem-nginx", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(real.status.code(), Some(1));
    assert_eq!(dry.status.code(), real.status.code());
    assert!(String::from_utf8_lossy(&dry.stderr).contains("CHECKLIST.md"));
}

#[test]
fn apply_format_json_prints_exactly_one_json_document() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    let out = idsgen()
        .args(["apply", "--format", "json", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    assert!(
        doc["applied"]["written"].as_array().is_some_and(|w| !w.is_empty()),
        "{doc}"
    );
    assert!(doc["plan_id"].is_string());
}

#[cfg(unix)]
#[test]
fn file_modes_the_user_set_survive_apply() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    let script = dir.path().join("deploy/systemd/deploy.sh");
    let config = dir.path().join("idsgen.yaml");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o640)).unwrap();
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .assert()
        .code(0);
    let lock = Lock::load(dir.path()).unwrap().unwrap();
    assert!(
        lock.files["idsgen.yaml"].base.contains("login.example.org"),
        "the spec copy was rewritten"
    );
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&script), 0o700);
    assert_eq!(mode(&config), 0o640);
}

#[test]
fn templates_overrides_are_recorded_and_reused_or_refused_when_gone() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let overrides = work.path().join("overrides");
    std::fs::create_dir_all(overrides.join("dotnet")).unwrap();
    let gitignore =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/dotnet/gitignore")).unwrap();
    std::fs::write(
        overrides.join("dotnet/gitignore"),
        format!("{gitignore}# team override\n"),
    )
    .unwrap();
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(&out)
        .arg("--templates")
        .arg(&overrides)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(out.join(".gitignore"))
            .unwrap()
            .contains("# team override")
    );
    assert!(Lock::load(&out).unwrap().unwrap().templates.is_some());
    // A later plan without --templates reuses them: nothing to do.
    idsgen().args(["plan", "-o"]).arg(&out).assert().code(0);
    // With the directory gone, plan and apply refuse instead of silently reverting.
    std::fs::rename(&overrides, work.path().join("elsewhere")).unwrap();
    let lock_before = std::fs::read(out.join(LOCK_FILE)).unwrap();
    for cmd in ["plan", "apply"] {
        let o = idsgen().args([cmd, "-o"]).arg(&out).output().unwrap();
        assert_eq!(o.status.code(), Some(64), "{cmd}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("--templates"), "{cmd}");
    }
    assert_eq!(std::fs::read(out.join(LOCK_FILE)).unwrap(), lock_before);
    assert!(
        std::fs::read_to_string(out.join(".gitignore"))
            .unwrap()
            .contains("# team override")
    );
}

#[test]
fn a_lock_from_a_newer_idsgen_is_refused_not_downgraded() {
    for (version, tool) in [(99, "0.1.0"), (2, "99.0.0")] {
        let dir = tempfile::tempdir().unwrap();
        render(dir.path());
        let path = dir.path().join(LOCK_FILE);
        let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        json["version"] = version.into();
        json["tool_version"] = tool.into();
        if version == 99 {
            json["a_field_from_the_future"] = true.into();
        }
        let text = serde_json::to_string_pretty(&json).unwrap();
        std::fs::write(&path, &text).unwrap();
        let o = idsgen()
            .args(["apply", "-o"])
            .arg(dir.path())
            .args(CHANGE)
            .output()
            .unwrap();
        assert_ne!(o.status.code(), Some(0));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("newer") || err.contains("99.0.0"), "{err}");
        assert!(err.contains("install idsgen"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "lock rewritten");
    }
}

#[test]
fn a_failed_apply_leaves_no_lock_file_or_new_directories() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("new/out");
    let o = idsgen()
        .args([
            "apply",
            "--preset",
            "onprem-nginx",
            "--set",
            "hosting.max_instances=0",
            "-o",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!work.path().join("new").exists(), "apply left directories behind");
    // In an existing deployment: no apply.lock left (and none existed before).
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    assert!(!dir.path().join(".idsgen/apply.lock").exists());
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(["--set", "hosting.max_instances=0"])
        .assert()
        .code(1);
    assert!(!dir.path().join(".idsgen/apply.lock").exists());
}

fn disk_files(dir: &Path) -> Vec<RenderedFile> {
    let lock = Lock::load(dir).unwrap().unwrap();
    lock.files
        .keys()
        .filter(|p| *p != "CHECKLIST.md")
        .filter_map(|p| {
            std::fs::read_to_string(dir.join(p))
                .ok()
                .map(|t| RenderedFile::managed(p.clone(), t))
        })
        .collect()
}

#[test]
fn checklist_after_apply_reports_on_the_files_as_written() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    // The user drops the nginx site config; apply keeps it deleted.
    std::fs::remove_file(dir.path().join("deploy/nginx/conf.d/acme-identity.conf")).unwrap();
    idsgen()
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(dir.path().join("CHECKLIST.md")).unwrap();
    assert_eq!(written, idsgen::outputs::docs::checklist(&disk_files(dir.path())));
    let fresh = tempfile::tempdir().unwrap();
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(fresh.path())
        .args(CHANGE)
        .assert()
        .success();
    let pristine = std::fs::read_to_string(fresh.path().join("CHECKLIST.md")).unwrap();
    assert_ne!(written, pristine, "the report ignores the deleted file");
    // And the next plan is empty: the report is stable.
    idsgen().args(["plan", "-o"]).arg(dir.path()).assert().code(0);
}

#[test]
fn usage_errors_and_pending_changes_have_distinct_statuses() {
    idsgen().args(["plan", "--no-such-flag"]).assert().code(64);
    idsgen()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicates::str::contains("Exit status"));
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    idsgen()
        .args(["plan", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .assert()
        .code(2);
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_apply_has_staged_everything_exits_130_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    render(dir.path());
    let snapshot = |d: &Path| {
        let mut all: Vec<(String, Vec<u8>)> = Vec::new();
        let mut stack = vec![d.to_path_buf()];
        while let Some(p) = stack.pop() {
            for e in std::fs::read_dir(&p).unwrap().flatten() {
                if e.file_type().unwrap().is_dir() {
                    stack.push(e.path());
                } else {
                    all.push((e.path().display().to_string(), std::fs::read(e.path()).unwrap()));
                }
            }
        }
        all.sort();
        all
    };
    let before = snapshot(dir.path());
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("idsgen"))
        .args(["apply", "-o"])
        .arg(dir.path())
        .args(CHANGE)
        .env("IDSGEN_FAULT_SLEEP_AFTER_STAGING_MS", "20000")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The lock is staged last: once its temp file exists, everything is staged.
    let state = dir.path().join(".idsgen");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while !std::fs::read_dir(&state)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
    {
        assert!(std::time::Instant::now() < deadline, "apply never staged");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        snapshot(dir.path()),
        before,
        "temp files, apply.lock or changes were left behind"
    );
}
