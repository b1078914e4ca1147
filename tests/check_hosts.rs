//! The host model on purpose-written repositories (tests/fixtures/): which projects are
//! IdentityServer hosts, which files are evidence for them, configuration-bound options,
//! IdentityServer4 semantics, and broken files failing the run in every report format.

use assert_cmd::Command;
use idsgen::checklist::discover::walk;
use idsgen::checklist::finding::{Report, Status};
use idsgen::checklist::report::{Format, render};
use idsgen::checklist::{CheckOptions, check, check_files};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn files(name: &str) -> Vec<(String, String)> {
    walk(&fixture(name)).expect("fixture exists")
}

fn report(name: &str) -> Report {
    check_files(&files(name), &CheckOptions::default())
}

/// 1-based line of the only line of `file` containing `needle`.
fn line(files: &[(String, String)], file: &str, needle: &str) -> usize {
    let text = &files
        .iter()
        .find(|(p, _)| p == file)
        .unwrap_or_else(|| panic!("{file}"))
        .1;
    let hits: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(hits.len(), 1, "`{needle}` in {file}: {hits:?}");
    hits[0]
}

fn status(r: &Report, id: &str) -> Status {
    r.item(id).unwrap_or_else(|| panic!("{id} reported")).status
}

#[test]
fn extension_methods_in_a_referenced_library_count_for_the_host() {
    let fs = files("monorepo-shared-extensions");
    let r = report("monorepo-shared-extensions");
    let lib = "src/Auth.Hosting/Extensions/KeyRingExtensions.cs";
    for id in ["DP1", "DP2"] {
        let item = r.item(id).unwrap();
        assert_eq!(item.status, Status::Pass, "{id}: {}", item.summary);
        assert!(item.evidence.iter().all(|e| e.file == lib), "{id}: {:?}", item.evidence);
    }
    let dp1 = &r.item("DP1").unwrap().evidence[0];
    assert_eq!(dp1.line, line(&fs, lib, "PersistKeysToDbContext"));
}

#[test]
fn tests_and_health_checks_are_not_hosts_and_never_evidence() {
    let r = report("monorepo-shared-extensions");
    let host_fact = r.facts.iter().find(|f| f.starts_with("IdentityServer host:")).unwrap();
    assert!(host_fact.contains("Auth.Server"), "{host_fact}");
    assert!(
        r.facts
            .iter()
            .any(|f| f.starts_with("not a host: src/Ops.Admin/Program.cs")),
        "{:?}",
        r.facts
    );
    assert!(
        r.facts.iter().any(|f| f == "test/benchmark projects left out: 1"),
        "{:?}",
        r.facts
    );
    for item in &r.items {
        for e in item.evidence.iter().chain(&item.related) {
            assert!(
                !e.file.starts_with("test/") && !e.file.starts_with("src/Ops.Admin/"),
                "{}: evidence from outside the host: {e:?}",
                item.id
            );
        }
    }
}

#[test]
fn an_unknown_host_name_is_an_error_listing_the_hosts() {
    let opts = CheckOptions {
        host: Some("Ops.Admin".into()),
        ..CheckOptions::default()
    };
    let err = check(&files("monorepo-shared-extensions"), &opts).unwrap_err();
    assert!(err.contains("hosts found: Auth.Server"), "{err}");
    let opts = CheckOptions {
        host: Some("auth.server".into()),
        ..CheckOptions::default()
    };
    assert!(check(&files("monorepo-shared-extensions"), &opts).is_ok());
}

#[test]
fn a_host_project_no_solution_lists_is_reported_apart() {
    // The same second host, left out of Auth.sln (a vendored library's demo host, a scratch
    // project): it is not a production host, so its missing Data Protection fails nothing.
    let mut fs = files("monorepo-shared-extensions");
    fs.push((
        "vendor/Partner.Server/Partner.Server.csproj".into(),
        "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>".into(),
    ));
    fs.push((
        "vendor/Partner.Server/Program.cs".into(),
        "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseIdentityServer();\n".into(),
    ));
    let r = check_files(&fs, &CheckOptions::default());
    assert_eq!(
        r.item("DP1").unwrap().status,
        report("monorepo-shared-extensions").item("DP1").unwrap().status
    );
    for item in &r.items {
        assert!(
            item.evidence.iter().all(|e| !e.file.starts_with("vendor/")),
            "{}: {:?}",
            item.id,
            item.evidence
        );
    }
}

#[test]
fn two_hosts_are_checked_each_over_its_own_files() {
    let mut fs = files("monorepo-shared-extensions");
    // A second host of the solution, without Data Protection: DP1 must fail for it alone.
    let sln = fs.iter_mut().find(|(p, _)| p == "Auth.sln").expect("Auth.sln");
    sln.1.push_str("Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"Partner.Server\", \"src\\Partner.Server\\Partner.Server.csproj\", \"{55555555-5555-5555-5555-555555555555}\"\nEndProject\n");
    fs.push((
        "src/Partner.Server/Partner.Server.csproj".into(),
        "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>".into(),
    ));
    fs.push((
        "src/Partner.Server/Program.cs".into(),
        "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\nvar app = b.Build();\napp.UseIdentityServer();\n".into(),
    ));
    let r = check_files(&fs, &CheckOptions::default());
    let dp1 = r.item("DP1").unwrap();
    assert_eq!(dp1.status, Status::Fail, "{}", dp1.summary);
    assert!(
        dp1.evidence.iter().all(|e| e.file == "src/Partner.Server/Program.cs"),
        "{:?}",
        dp1.evidence
    );
    assert!(dp1.summary.contains("Auth.Server: ") && dp1.summary.contains("Partner.Server: "));
    let only = check(
        &fs,
        &CheckOptions {
            host: Some("Auth.Server".into()),
            ..CheckOptions::default()
        },
    )
    .unwrap();
    assert_eq!(status(&only, "DP1"), Status::Pass);
    assert!(
        only.facts.iter().any(|f| f.contains("host Partner.Server not checked")),
        "{:?}",
        only.facts
    );
}

#[test]
fn identityserver4_has_no_key_management_and_is_end_of_life() {
    let fs = files("identityserver4-startup");
    let r = report("identityserver4-startup");
    let x10 = r.item("X10").unwrap();
    assert_eq!(x10.status, Status::Fail);
    let csproj = "src/Legacy.Identity/Legacy.Identity.csproj";
    let startup = "src/Legacy.Identity/Startup.cs";
    let at: Vec<(&str, usize)> = x10.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
    assert_eq!(
        at,
        vec![
            (csproj, line(&fs, csproj, "Include=\"IdentityServer4\"")),
            (startup, line(&fs, startup, "AddDeveloperSigningCredential"))
        ]
    );
    // One fact for the signing-key items (issue 10): IdentityServer4 has no key management, so
    // the developer credential is the signing key (SK1 fails there) and nothing rotates it (SK2).
    let sk1 = r.item("SK1").unwrap();
    assert_eq!(sk1.status, Status::Fail, "{}", sk1.summary);
    let at: Vec<(&str, usize)> = sk1.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
    assert!(
        at.contains(&(startup, line(&fs, startup, "AddDeveloperSigningCredential"))),
        "{at:?}"
    );
    assert_eq!(status(&r, "SK2"), Status::Fail);
    let sk3 = r.item("SK3").unwrap();
    assert_eq!(sk3.status, Status::Fail);
    assert!(sk3.evidence.iter().any(|e| e.file == "src/Legacy.Identity/tempkey.jwk"));
    // Startup.Configure is the pipeline: the host is found through ConfigureServices.
    assert!(
        r.facts
            .iter()
            .any(|f| f.starts_with("IdentityServer4 (end of life): yes"))
    );
}

#[test]
fn identityserver_options_bound_from_configuration_are_facts() {
    let fs = files("options-from-configuration");
    let r = report("options-from-configuration");
    let obs4 = r.item("OBS4").unwrap();
    assert_eq!(obs4.status, Status::Pass, "{}", obs4.summary);
    let prod = "src/Identity/appsettings.Production.json";
    assert!(
        obs4.evidence
            .iter()
            .any(|e| e.file == prod && e.line == line(&fs, prod, "RaiseErrorEvents"))
    );
    let sk2 = r.item("SK2").unwrap();
    assert_eq!(sk2.status, Status::Pass, "{}", sk2.summary);
    assert_eq!(sk2.evidence[0].file, "src/Identity/appsettings.json");

    // The Development overlay never counts; a Production overlay that turns events off does.
    let mut off = fs.clone();
    off.retain(|(p, _)| p != prod);
    let r = check_files(&off, &CheckOptions::default());
    assert_eq!(status(&r, "OBS4"), Status::Fail);
}

#[test]
fn broken_files_fail_the_run_and_are_named_in_every_format() {
    let fs = files("conflict-markers");
    let r = report("conflict-markers");
    assert!(r.has_failures());
    let settings = "src/Identity/appsettings.Production.json";
    let marker = line(&fs, settings, "<<<<<<<");
    assert!(
        r.unparsed.iter().any(|e| e.file == settings && e.line == marker),
        "{:?}",
        r.unparsed
    );
    assert!(
        r.unparsed.iter().any(|e| e.file == "src/Identity/Broken.cs"),
        "{:?}",
        r.unparsed
    );
    for format in [Format::Text, Format::Json, Format::Sarif, Format::Markdown] {
        let out = render(&r, format);
        assert!(
            out.contains(settings) && out.contains("src/Identity/Broken.cs"),
            "{format:?}:\n{out}"
        );
    }
    let sarif: serde_json::Value = serde_json::from_str(&render(&r, Format::Sarif)).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|x| x["ruleId"] == "PARSE"));
    let json: serde_json::Value = serde_json::from_str(&render(&r, Format::Json)).unwrap();
    assert_eq!(json["failed"], true);
}

#[test]
fn a_broken_file_makes_check_exit_one_and_host_flag_reaches_the_engine() {
    Command::cargo_bin("idsgen")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(fixture("conflict-markers"))
        .assert()
        .code(1);
    let out = Command::cargo_bin("idsgen")
        .unwrap()
        .args(["check", "--host", "NoSuchHost"])
        .arg(fixture("monorepo-shared-extensions"))
        .assert()
        .code(64)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("hosts found: Auth.Server"), "{err}");
}
