//! `--templates DIR`: a user's file replaces the embedded template at the same relative path;
//! an override that matches no template is refused; a broken override fails before any write.

use assert_cmd::Command;

fn idsgen() -> Command {
    let mut cmd = Command::cargo_bin("idsgen").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

#[test]
fn an_override_replaces_the_embedded_template() {
    let work = tempfile::tempdir().unwrap();
    let overrides = work.path().join("overrides");
    std::fs::create_dir_all(overrides.join("dotnet")).unwrap();
    let embedded = include_str!("../templates/dotnet/gitignore");
    std::fs::write(
        overrides.join("dotnet/gitignore"),
        format!("{embedded}# our extra rule\n*.local\n"),
    )
    .unwrap();
    let out = work.path().join("out");
    idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(&out)
        .arg("--templates")
        .arg(&overrides)
        .assert()
        .success();
    let gitignore = std::fs::read_to_string(out.join(".gitignore")).unwrap();
    assert!(gitignore.ends_with("# our extra rule\n*.local\n"), "{gitignore}");
    assert!(
        gitignore.contains("keys/"),
        "the embedded rules are still there: {gitignore}"
    );
}

#[test]
fn an_override_matching_no_template_is_refused_with_the_list() {
    let work = tempfile::tempdir().unwrap();
    let overrides = work.path().join("overrides");
    std::fs::create_dir_all(overrides.join("dotnet")).unwrap();
    std::fs::write(overrides.join("dotnet/Programm.cs"), "x").unwrap();
    let out = work.path().join("out");
    let assert = idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(&out)
        .arg("--templates")
        .arg(&overrides)
        .assert()
        .code(64);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("Programm.cs") && err.contains("dotnet/Program.cs"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_broken_override_fails_before_anything_is_written() {
    let work = tempfile::tempdir().unwrap();
    let overrides = work.path().join("overrides");
    std::fs::create_dir_all(overrides.join("dotnet")).unwrap();
    std::fs::write(overrides.join("dotnet/Program.cs"), "{{ no_such_variable }}\n").unwrap();
    let out = work.path().join("out");
    let assert = idsgen()
        .args(["render", "--preset", "onprem-nginx", "-o"])
        .arg(&out)
        .arg("--templates")
        .arg(&overrides)
        .assert()
        .code(1);
    let err = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("dotnet/Program.cs") && err.contains("no_such_variable"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
}
