//! `--format json` of presets, diff, render and plan/apply validated against the JSON Schemas in
//! tests/schemas/ (and each schema proven to reject a wrong document); `diff --ignore` and
//! `--managed-only` in a repository holding other projects; `--color` and `NO_COLOR`; exit codes.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").expect("binary builds");
    cmd.write_stdin("").env_remove("NO_COLOR");
    cmd
}

fn validator(name: &str) -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas").join(name);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::draft202012::new(&schema).expect("schema compiles")
}

/// Parses stdout as JSON and checks it against `schema`, listing every violation.
fn valid(schema: &str, stdout: &[u8]) -> Value {
    let doc: Value = serde_json::from_slice(stdout).expect("stdout is one JSON document");
    let errors: Vec<String> = validator(schema)
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{schema}: {errors:#?}\n{doc:#}");
    doc
}

fn run(cmd: &mut Command) -> (i32, Vec<u8>, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().expect("exit code"),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn render_minimal(dir: &Path) {
    let (code, _, err) = run(idsgen().args(["render", "--preset", "onprem-nginx", "-o"]).arg(dir));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn presets_json_lists_every_preset_and_the_schema_rejects_a_wrong_one() {
    let (code, stdout, _) = run(idsgen().args(["presets", "--format", "json"]));
    assert_eq!(code, 0);
    let doc = valid("idsgen.presets.v1.json", &stdout);
    let names: Vec<&str> = doc["presets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = idsgen::spec::presets::all()
        .iter()
        .map(|p| p.name.to_string())
        .collect();
    assert_eq!(names, expected);
    let wrong = serde_json::json!({ "format": "idsgen.presets/v2", "presets": [] });
    assert!(!validator("idsgen.presets.v1.json").is_valid(&wrong));
}

#[test]
fn render_dry_run_json_lists_actions_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    let (code, stdout, err) = run(idsgen()
        .args([
            "render",
            "--preset",
            "onprem-nginx",
            "--dry-run",
            "--format",
            "json",
            "-o",
        ])
        .arg(&dir));
    assert_eq!(code, 0, "{err}");
    let doc = valid("idsgen.render.v1.json", &stdout);
    assert_eq!(doc["dry_run"], true);
    let files = doc["files"].as_array().unwrap();
    assert!(files.iter().all(|f| f["action"] == "create"), "{doc:#}");
    assert!(files.iter().any(|f| f["path"] == "idsgen.yaml"));
    assert!(!dir.exists(), "a dry run wrote {}", dir.display());

    // After a render: unchanged, and one edited file would be overwritten.
    render_minimal(&dir);
    std::fs::write(dir.join("idsgen.yaml"), "# edited\n").unwrap();
    let (code, stdout, _) = run(idsgen()
        .args([
            "render",
            "--preset",
            "onprem-nginx",
            "--dry-run",
            "--force",
            "--format",
            "json",
            "-o",
        ])
        .arg(&dir));
    assert_eq!(code, 0);
    let doc = valid("idsgen.render.v1.json", &stdout);
    for f in doc["files"].as_array().unwrap() {
        let want = if f["path"] == "idsgen.yaml" {
            "overwrite"
        } else {
            "unchanged"
        };
        assert_eq!(f["action"], want, "{f}");
    }
    // Without --force the dry run refuses as the write would: no document, exit 1.
    let (code, stdout, err) = run(idsgen()
        .args([
            "render",
            "--preset",
            "onprem-nginx",
            "--dry-run",
            "--format",
            "json",
            "-o",
        ])
        .arg(&dir));
    assert_eq!(code, 1, "{err}");
    assert!(stdout.is_empty());
    assert!(err.contains("idsgen.yaml"), "{err}");
}

#[test]
fn render_json_reports_what_it_wrote() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, stdout, err) = run(idsgen()
        .args(["render", "--preset", "onprem-nginx", "--format", "json", "-o"])
        .arg(tmp.path()));
    assert_eq!(code, 0, "{err}");
    let doc = valid("idsgen.render.v1.json", &stdout);
    assert_eq!(doc["dry_run"], false);
    for f in doc["files"].as_array().unwrap() {
        assert_eq!(f["action"], "created");
        let on_disk = std::fs::metadata(tmp.path().join(f["path"].as_str().unwrap()))
            .unwrap()
            .len();
        assert_eq!(f["bytes"].as_u64().unwrap(), on_disk);
    }
    let wrong = serde_json::json!({ "format": "idsgen.render/v1", "directory": ".", "dry_run": true,
        "files": [{ "path": "a", "action": "created", "bytes": 1 }] });
    assert!(
        !validator("idsgen.render.v1.json").is_valid(&wrong),
        "dry run must not say created"
    );
}

#[test]
fn plan_and_apply_json_follow_the_plan_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    render_minimal(dir);
    let (code, stdout, err) = run(idsgen().args(["plan", "--format", "json", "-o"]).arg(dir));
    assert_eq!(code, 0, "{err}");
    let doc = valid("idsgen.plan.v1.json", &stdout);
    assert_eq!(doc["format"], "idsgen.plan/v1");
    assert_eq!(doc["changes_pending"], false);

    let (code, stdout, err) = run(idsgen()
        .args(["plan", "--format", "json", "--set", "hosting.max_instances=3", "-o"])
        .arg(dir));
    assert_eq!(code, 2, "{err}");
    let doc = valid("idsgen.plan.v1.json", &stdout);
    assert_eq!(doc["changes_pending"], true);
    assert!(
        doc["files"].as_array().unwrap().iter().any(|f| f["class"] == "update"),
        "{doc:#}"
    );

    let (code, stdout, err) = run(idsgen()
        .args(["apply", "--format", "json", "--set", "hosting.max_instances=3", "-o"])
        .arg(dir));
    assert_eq!(code, 0, "{err}");
    let doc = valid("idsgen.plan.v1.json", &stdout);
    assert_eq!(doc["format"], "idsgen.apply/v1");
    assert!(!doc["applied"]["written"].as_array().unwrap().is_empty());
    let mut plan_with_applied = doc.clone();
    plan_with_applied["format"] = "idsgen.plan/v1".into();
    assert!(!validator("idsgen.plan.v1.json").is_valid(&plan_with_applied));
}

/// A repository that holds the rendered deployment plus a .NET project, a README and another
/// service: plain `diff` reports them as extra; `--managed-only` and `--ignore` do not.
#[test]
fn diff_in_a_real_repository_with_managed_only_and_ignore() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    render_minimal(repo);
    std::fs::write(repo.join("README.md"), "# Our identity service\n").unwrap();
    std::fs::write(repo.join("Billing.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").unwrap();
    std::fs::write(repo.join("docker-compose.override.yml"), "services: {}\n").unwrap();

    let (code, stdout, _) = run(idsgen()
        .args(["diff", "--exit-code", "--format", "json", "--against"])
        .arg(repo));
    assert_eq!(code, 2);
    let doc = valid("idsgen.diff.v1.json", &stdout);
    let extra: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "extra")
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(
        extra.contains(&"README.md") && extra.contains(&"Billing.csproj"),
        "{doc:#}"
    );

    let (code, stdout, err) = run(idsgen()
        .args(["diff", "--exit-code", "--managed-only", "--format", "json", "--against"])
        .arg(repo));
    assert_eq!(code, 0, "{err}");
    let doc = valid("idsgen.diff.v1.json", &stdout);
    assert_eq!(doc["differences"], false);
    assert_eq!(doc["managed_only"], true);

    let (code, _, err) = run(idsgen()
        .args([
            "diff",
            "--exit-code",
            "--ignore",
            "*.csproj",
            "--ignore",
            "README.md",
            "--ignore",
            "docker-compose.*",
            "--against",
        ])
        .arg(repo));
    assert_eq!(code, 0, "{err}");

    // A managed file edited is still a difference in --managed-only, with its diff...
    let victim = idsgen::outputs::docs::CHECKLIST_PATH;
    std::fs::write(repo.join(victim), "hand edit\n").unwrap();
    let (code, stdout, _) = run(idsgen()
        .args(["diff", "--exit-code", "--managed-only", "--format", "json", "--against"])
        .arg(repo));
    assert_eq!(code, 2);
    let doc = valid("idsgen.diff.v1.json", &stdout);
    let f = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == victim)
        .expect("edited file listed");
    assert_eq!(f["status"], "changed");
    assert!(f["diff"].as_str().unwrap().contains("-hand edit"), "{f}");
    // ...unless ignored.
    let (code, _, _) = run(idsgen()
        .args(["diff", "--exit-code", "--managed-only", "--ignore", victim, "--against"])
        .arg(repo));
    assert_eq!(code, 0);
    // A file an earlier render recorded in the lock but no longer rendered is extra; a missing one is missing.
    std::fs::remove_file(repo.join(victim)).unwrap();
    let (code, stdout, _) = run(idsgen()
        .args(["diff", "--exit-code", "--managed-only", "--format", "json", "--against"])
        .arg(repo));
    assert_eq!(code, 2);
    let doc = valid("idsgen.diff.v1.json", &stdout);
    assert_eq!(doc["summary"]["missing"], 1, "{doc:#}");
}

#[test]
fn diff_ignore_rejects_a_bad_glob_with_usage_exit() {
    let tmp = tempfile::tempdir().unwrap();
    render_minimal(tmp.path());
    let (code, stdout, err) = run(idsgen().args(["diff", "--ignore", "a[", "--against"]).arg(tmp.path()));
    assert_eq!(code, 64, "{err}");
    assert!(stdout.is_empty());
    assert!(err.contains("--ignore a["), "{err}");
}

/// Colour: never on a pipe by default, `--color always` wins over NO_COLOR (an explicit flag),
/// NO_COLOR wins over auto, and `--color` is accepted before or after the subcommand.
#[test]
fn color_flag_and_no_color() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    render_minimal(dir);
    std::fs::write(
        dir.join("CHECKLIST.md"),
        std::fs::read_to_string(dir.join("CHECKLIST.md")).unwrap() + "note\n",
    )
    .unwrap();
    let esc = |b: &[u8]| b.contains(&0x1b);
    let (_, plain, _) = run(idsgen().args(["diff", "--against"]).arg(dir));
    assert!(!esc(&plain), "auto on a pipe must not colour");
    let (_, forced, _) = run(idsgen().args(["--color", "always", "diff", "--against"]).arg(dir));
    assert!(esc(&forced), "--color always before the subcommand");
    let (_, forced, _) = run(idsgen()
        .args(["diff", "--color", "always", "--against"])
        .arg(dir)
        .env("NO_COLOR", "1"));
    assert!(esc(&forced), "--color always after the subcommand, over NO_COLOR");
    let (_, never, _) = run(idsgen().args(["plan", "--color", "never", "-o"]).arg(dir));
    assert!(!esc(&never));
    let (code, _, err) = run(idsgen().args(["diff", "--color", "sometimes", "--against"]).arg(dir));
    assert_eq!(code, 64, "{err}");
}

#[test]
fn no_color_wins_over_auto() {
    use idsgen::cli::ColorChoice::{Always, Auto, Never};
    use idsgen::commands::diffview::color_for;
    use std::ffi::OsStr;
    assert!(color_for(Auto, None, true));
    assert!(!color_for(Auto, Some(OsStr::new("1")), true));
    assert!(
        color_for(Auto, Some(OsStr::new("")), true),
        "an empty NO_COLOR is unset"
    );
    assert!(!color_for(Auto, None, false));
    assert!(color_for(Always, Some(OsStr::new("1")), false));
    assert!(!color_for(Never, None, true));
}
