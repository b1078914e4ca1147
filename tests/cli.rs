//! The `idsgen` binary seen from a shell: exit codes 0/1/2 and the messages behind them for
//! render, presets, schema and init, including refusing to overwrite and `--dry-run`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").expect("binary builds");
    // No terminal: the same as CI, and what `init` must detect.
    cmd.write_stdin("");
    cmd
}

/// Every file under `dir` (relative path → bytes), so a test can prove nothing was written.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn preset_text(name: &str) -> &'static str {
    idsgen::spec::presets::find(name).unwrap().text
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("needle in text") + 1
}

#[test]
fn render_a_preset_exits_0_and_writes_the_spec() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    idsgen()
        .args(["render", "--preset", "kubernetes", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("rendered"));
    let spec = std::fs::read_to_string(out.join("idsgen.yaml")).expect("idsgen.yaml written");
    let parsed = idsgen::spec::load::load("idsgen.yaml", &spec, &[]).expect("the written spec is valid");
    assert_eq!(parsed.hosting.target, idsgen::spec::Target::Kubernetes);
}

#[test]
fn set_overrides_reach_the_written_spec() {
    let tmp = tempfile::tempdir().unwrap();
    idsgen()
        .args([
            "render",
            "--preset",
            "kubernetes",
            "--set",
            "hosting.max_instances=9",
            "-o",
        ])
        .arg(tmp.path())
        .assert()
        .code(0);
    let spec = std::fs::read_to_string(tmp.path().join("idsgen.yaml")).unwrap();
    let parsed = idsgen::spec::load::load("idsgen.yaml", &spec, &[]).unwrap();
    assert_eq!(parsed.hosting.max_instances, 9);
}

#[test]
fn an_invalid_spec_file_exits_1_with_path_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let text = preset_text("onprem-nginx").replacen("persistence: aof", "persistence: none", 1);
    let file = tmp.path().join("idsgen.yaml");
    std::fs::write(&file, &text).unwrap();
    let out = tmp.path().join("out");
    idsgen()
        .args(["render", "--spec"])
        .arg(&file)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "redis.persistence (line {})",
            line_of(&text, "persistence: none")
        )))
        .stderr(predicate::str::contains("fix:"));
    assert!(!out.exists(), "nothing is written for an invalid spec");
}

#[test]
fn every_problem_is_listed_in_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    idsgen()
        .args([
            "render",
            "--preset",
            "onprem-nginx",
            "--set",
            "version=2",
            "--set",
            "cache.kind=memory",
            "--set",
            "clients[0].cors_origins[0]=*",
            "-o",
        ])
        .arg(tmp.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("3 problems"))
        .stderr(predicate::str::contains("version (from --set version=2)"))
        .stderr(predicate::str::contains("cache.kind (from --set cache.kind=memory)"))
        .stderr(predicate::str::contains(
            "clients[0].cors_origins[0] (from --set clients[0].cors_origins[0]=*)",
        ));
}

#[test]
fn malformed_yaml_exits_1_with_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("idsgen.yaml");
    std::fs::write(&file, "version: 1\nproject:\n  name: [Acme\n  dotnet: net10\n").unwrap();
    idsgen()
        .args(["render", "--spec"])
        .arg(&file)
        .arg("-o")
        .arg(tmp.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::is_match(r"\(line \d+, column \d+\): malformed YAML").unwrap());
}

#[test]
fn an_unknown_field_exits_1_with_a_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    let text = preset_text("onprem-nginx").replacen("  max_instances:", "  max_instance:", 1);
    let file = tmp.path().join("idsgen.yaml");
    std::fs::write(&file, &text).unwrap();
    idsgen()
        .args(["render", "--spec"])
        .arg(&file)
        .arg("-o")
        .arg(tmp.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "(line {}, column 3)",
            line_of(&text, "max_instance:")
        )))
        .stderr(predicate::str::contains("Did you mean `max_instances`?"));
}

#[test]
fn an_unknown_preset_exits_2_listing_the_presets() {
    let mut assert = idsgen()
        .args(["render", "--preset", "kubernetess", "-o", "unused"])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("unknown preset `kubernetess`"));
    for p in idsgen::spec::presets::all() {
        assert = assert.stderr(predicate::str::contains(p.name));
    }
}

#[test]
fn an_unknown_set_path_exits_2_with_a_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    idsgen()
        .args([
            "render",
            "--preset",
            "kubernetes",
            "--set",
            "hosting.max_instance=4",
            "-o",
        ])
        .arg(tmp.path())
        .assert()
        .code(64)
        .stderr(predicate::str::contains("`max_instance` is not a field of `hosting`"))
        .stderr(predicate::str::contains("Did you mean `max_instances`?"));
    assert!(tree(tmp.path()).is_empty());
}

#[test]
fn a_set_without_equals_exits_2_with_an_example() {
    idsgen()
        .args([
            "render",
            "--preset",
            "kubernetes",
            "--set",
            "hosting.max_instances",
            "--dry-run",
        ])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("PATH=VALUE"))
        .stderr(predicate::str::contains("--set hosting.max_instances=4"));
}

#[test]
fn init_without_a_terminal_exits_2_and_points_elsewhere() {
    let tmp = tempfile::tempdir().unwrap();
    idsgen()
        .args(["init", "-o"])
        .arg(tmp.path())
        .assert()
        .code(64)
        .stderr(predicate::str::contains("--preset"))
        .stderr(predicate::str::contains("--spec"));
    assert!(tree(tmp.path()).is_empty());
}

#[test]
fn a_directory_with_other_content_is_refused_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    idsgen()
        .args(["render", "--preset", "kubernetes", "-o"])
        .arg(dir)
        .assert()
        .code(0);
    // The user's own edit, which a plain render must not destroy.
    let spec = dir.join("idsgen.yaml");
    let edited = format!("{}# my note\n", std::fs::read_to_string(&spec).unwrap());
    std::fs::write(&spec, &edited).unwrap();
    let before = tree(dir);

    idsgen()
        .args(["render", "--preset", "kubernetes", "-o"])
        .arg(dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("refusing to write"))
        .stderr(predicate::str::contains("idsgen.yaml"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(tree(dir), before, "a refused render writes nothing");

    idsgen()
        .args(["render", "--preset", "kubernetes", "--force", "-o"])
        .arg(dir)
        .assert()
        .code(0);
    let after = std::fs::read_to_string(&spec).unwrap();
    assert_ne!(after, edited, "--force overwrites");
    assert!(!after.contains("# my note"));
}

#[test]
fn dry_run_lists_files_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "--dry-run", "-o"])
        .arg(&dir)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("would write"))
        .stdout(predicate::str::contains("create    idsgen.yaml"));
    assert!(!dir.exists(), "--dry-run creates nothing");
}

#[test]
fn schema_prints_json_with_the_spec_sections() {
    let output = idsgen().arg("schema").assert().code(0).get_output().stdout.clone();
    let json: serde_json::Value = serde_json::from_slice(&output).expect("valid JSON");
    let props = json["properties"].as_object().expect("top-level properties");
    for key in ["proxy", "hosting", "data_protection", "clients"] {
        assert!(props.contains_key(key), "schema lacks `{key}`");
    }
    assert!(String::from_utf8(output).unwrap().contains("\"proxy\""));
}

#[test]
fn presets_lists_all_six() {
    let output = idsgen().arg("presets").assert().code(0).get_output().stdout.clone();
    let text = String::from_utf8(output).unwrap();
    for name in [
        "azure-app-service",
        "azure-aks",
        "aws-ecs",
        "aws-eks",
        "kubernetes",
        "onprem-nginx",
    ] {
        assert!(
            text.lines().any(|l| l.split_whitespace().next() == Some(name)),
            "`{name}` missing from:\n{text}"
        );
    }
    assert_eq!(text.lines().count(), 6, "one line per preset:\n{text}");
}

#[test]
fn a_problem_in_the_file_keeps_its_line_next_to_one_from_set() {
    let tmp = tempfile::tempdir().unwrap();
    let preset = idsgen::spec::presets::find("onprem-nginx").unwrap().text;
    let spec = tmp.path().join("idsgen.yaml");
    std::fs::write(
        &spec,
        preset.replace("origin: https://id.example.com", "origin: http://id.example.com"),
    )
    .unwrap();
    let line = preset
        .lines()
        .position(|l| l.contains("origin: https://id.example.com"))
        .unwrap()
        + 1;
    idsgen()
        .args(["render", "--set", "hosting.min_instances=0", "--spec"])
        .arg(&spec)
        .arg("-o")
        .arg(tmp.path().join("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("public.origin (line {line})")))
        .stderr(predicate::str::contains(
            "hosting.min_instances (from --set hosting.min_instances=0)",
        ));
}

#[test]
fn render_names_the_placeholders_left_to_replace_and_is_quiet_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(dir.path().join("a"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("not production-ready yet")
            && text.contains("X12")
            && text.contains("public.origin=https://id.example.com"),
        "{text}"
    );

    let out = idsgen()
        .args([
            "render",
            "--preset",
            "onprem-nginx",
            "--set",
            "public.origin=https://id.acme-corp.io",
        ])
        .args(["--set", "clients[0].redirect_uris=[https://app.acme-corp.io/callback]"])
        .args([
            "--set",
            "clients[0].post_logout_redirect_uris=[https://app.acme-corp.io/]",
        ])
        .args(["--set", "clients[0].cors_origins=[https://app.acme-corp.io]", "-o"])
        .arg(dir.path().join("b"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("placeholder"), "{text}");
    assert!(!text.contains("retired"), "{text}");
}

#[test]
fn render_warns_when_the_chain_uses_the_retired_ingress_nginx() {
    let dir = tempfile::tempdir().unwrap();
    let out = idsgen()
        .args(["render", "--preset", "azure-aks", "--set"])
        .arg("proxy.hops=[{kind: azure-app-gateway, terminates_tls: true, trusted_networks: [10.1.0.0/24]}, {kind: ingress-nginx, terminates_tls: false, trusted_networks: [10.244.0.0/16]}]")
        .arg("-o")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("warning: proxy.hops[1]: ingress-nginx was retired in March 2026") && text.contains("GW1"),
        "{text}"
    );
}
