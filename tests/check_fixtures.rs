//! The checklist engine on purpose-written trees (tests/fixtures/): a clean deployment produces no
//! finding, and each defect, overlaid on it, produces exactly the expected findings at the lines
//! that hold the defect. Expected lines are located by the text of the defect, not hard-coded.

use idsgen::checklist::discover::walk;
use idsgen::checklist::finding::Status;
use idsgen::checklist::{CheckOptions, check_files};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn load(name: &str) -> BTreeMap<String, String> {
    walk(&fixtures().join(name))
        .expect("fixture exists")
        .into_iter()
        .collect()
}

/// The clean tree with the fixture's files replacing or adding to it.
fn overlay(name: &str) -> Vec<(String, String)> {
    let mut files = load("clean");
    let over = load(name);
    assert!(!over.is_empty(), "fixture {name} is empty");
    files.extend(over);
    files.into_iter().collect()
}

/// 1-based lines of `file` (a path inside the checked tree) that contain `needle`.
fn lines_of(files: &[(String, String)], file: &str, needle: &str) -> Vec<usize> {
    let text = &files
        .iter()
        .find(|(p, _)| p == file)
        .unwrap_or_else(|| panic!("{file} not in tree"))
        .1;
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .collect();
    assert!(!lines.is_empty(), "`{needle}` not in {file}");
    lines
}

fn line_of(files: &[(String, String)], file: &str, needle: &str) -> usize {
    let l = lines_of(files, file, needle);
    assert_eq!(l.len(), 1, "`{needle}` is ambiguous in {file}");
    l[0]
}

fn findings(files: &[(String, String)]) -> Vec<(String, String, usize)> {
    let mut f = check_files(files, &CheckOptions::default()).findings();
    f.sort();
    f
}

fn f(id: &str, file: &str, line: usize) -> (String, String, usize) {
    (id.to_string(), file.to_string(), line)
}

const PROGRAM: &str = "src/Acme.Identity/Program.cs";
const SERVICES: &str = "src/Acme.Identity/Services.cs";

#[test]
fn clean_tree_has_no_findings_and_every_applicable_item_passes() {
    let files: Vec<_> = load("clean").into_iter().collect();
    let report = check_files(&files, &CheckOptions::default());
    assert_eq!(report.findings(), Vec::new());
    let not_pass: BTreeMap<&str, Status> = report
        .items
        .iter()
        .filter(|i| i.status != Status::Pass)
        .map(|i| (i.id, i.status))
        .collect();
    let expected: BTreeMap<&str, Status> = [
        // Only the live deployment can show the scheme; it carries the command that verifies it.
        // (RP3 passes: nginx sends `Host $host` and nothing pins the issuer.)
        ("TLS3", Status::OperatorStep),
        // The clean host never calls AddOidcStateDataFormatterCache.
        ("X4", Status::NotApplicable),
        // No Ingress or HTTPRoute in the clean tree.
        ("GW1", Status::NotApplicable),
        ("GW2", Status::NotApplicable),
        // No Front Door, CloudFront or Cloudflare edge in front.
        ("GW3", Status::NotApplicable),
        ("GW4", Status::NotApplicable),
    ]
    .into_iter()
    .collect();
    assert_eq!(not_pass, expected);
    assert!(
        report
            .item("TLS3")
            .unwrap()
            .command
            .as_deref()
            .unwrap()
            .contains("https://id.acme-corp.io/.well-known/openid-configuration")
    );
    assert!(report.unparsed.is_empty(), "{:?}", report.unparsed);
}

#[test]
fn vendor_snippets_fail_the_readiness_tag_and_known_networks_items() {
    let files: Vec<_> = load("vendor-snippets").into_iter().collect();
    let p = "Program.cs";
    let mut expected = vec![
        f(
            "X1",
            p,
            line_of(&files, p, "Predicate = check => check.Tags.Contains(\"ready\")"),
        ),
        f("X2", p, line_of(&files, p, "options.KnownNetworks.Add(")),
        // The vendor's retry snippet configures a separate AddDbContext; the stores' own
        // ConfigureDbContext calls never retry.
        f("DB4", p, line_of(&files, p, "b.UseSqlServer(connectionString, sql =>")),
        // The vendor's spa-client never reviews its access token lifetime: the client, its id
        // and the grant that makes it interactive.
        f("SEC2", p, lines_of(&files, p, "new Client")[0]),
        f("SEC2", p, line_of(&files, p, "ClientId = \"spa-client\",")),
        f(
            "SEC2",
            p,
            lines_of(&files, p, "AllowedGrantTypes = GrantTypes.Code,")[0],
        ),
    ];
    for l in lines_of(&files, p, "b => b.UseSqlServer(connectionString);") {
        expected.push(f("DB4", p, l));
    }
    // The snippets are documentation: their CORS origins name app.example.com (issue 12).
    for l in lines_of(&files, p, "\"https://app.example.com\"") {
        expected.push(f("X12", p, l));
    }
    expected.sort();
    assert_eq!(findings(&files), expected);
}

#[test]
fn vendor_snippets_on_net8_do_not_fail_known_networks() {
    let mut files = load("vendor-snippets");
    let csproj = files.get_mut("Vendor.Identity.csproj").unwrap();
    *csproj = csproj.replace("net10.0", "net8.0");
    let files: Vec<_> = files.into_iter().collect();
    let report = check_files(&files, &CheckOptions::default());
    assert_eq!(report.item("X2").unwrap().status, Status::NotApplicable);
    assert_eq!(report.item("X1").unwrap().status, Status::Fail);
}

#[test]
fn migrate_at_startup() {
    let files = overlay("migrate-at-startup");
    assert_eq!(
        findings(&files),
        vec![f("DB1", PROGRAM, line_of(&files, PROGRAM, ".Database.MigrateAsync()"))]
    );
}

#[test]
fn wildcard_cors() {
    let files = overlay("wildcard-cors");
    let config = "src/Acme.Identity/Config.cs";
    assert_eq!(
        findings(&files),
        vec![f(
            "SEC1",
            config,
            line_of(&files, config, "AllowedCorsOrigins = { \"*\" }")
        )]
    );
}

#[test]
fn in_memory_grants_with_three_replicas() {
    let files = overlay("in-memory-grants-3-replicas");
    let report = check_files(&files, &CheckOptions::default());
    let mut got = report.findings();
    got.sort();
    let mut expected = vec![
        f(
            "MI1",
            SERVICES,
            line_of(&files, SERVICES, ".AddInMemoryPersistedGrants()"),
        ),
        // Without the operational store, signing keys fall back to the file system as well.
        f(
            "SK1",
            SERVICES,
            line_of(&files, SERVICES, "builder.Services.AddIdentityServer("),
        ),
    ];
    expected.sort();
    assert_eq!(got, expected);
    // The three replicas are what makes MI1 apply.
    let mi1 = report.item("MI1").unwrap();
    assert!(
        mi1.related
            .iter()
            .any(|e| e.file == "deploy/k8s/deployment.yaml" && e.note.contains("replicas: 3")),
        "{mi1:?}"
    );
}

#[test]
fn no_set_application_name() {
    let files = overlay("no-set-application-name");
    let dp = "src/Acme.Identity/DataProtection.cs";
    assert_eq!(
        findings(&files),
        vec![f(
            "DP2",
            dp,
            line_of(&files, dp, "builder.Services.AddDataProtection()")
        )]
    );
}

#[test]
fn forwarded_headers_after_routing() {
    let files = overlay("forwarded-headers-after-routing");
    let pipeline = "src/Acme.Identity/Pipeline.cs";
    let report = check_files(&files, &CheckOptions::default());
    // The call, then every production middleware that runs before it.
    let mut expected: Vec<_> = [
        "app.UseForwardedHeaders();",
        "app.UseHsts();",
        "app.UseHttpsRedirection();",
        "app.UseStaticFiles();",
        "app.UseRouting();",
    ]
    .iter()
    .map(|needle| f("RP2", pipeline, line_of(&files, pipeline, needle)))
    .collect();
    expected.sort();
    assert_eq!(report.findings(), expected);
}

#[test]
fn hsts_of_thirty_days() {
    let files = overlay("hsts-30-days");
    assert_eq!(
        findings(&files),
        vec![f("TLS1", SERVICES, line_of(&files, SERVICES, "TimeSpan.FromDays(30)"))]
    );
}

#[test]
fn information_log_level() {
    let files = overlay("information-log-level");
    let prod = "src/Acme.Identity/appsettings.Production.json";
    assert_eq!(
        findings(&files),
        vec![f("OBS1", prod, line_of(&files, prod, "\"Default\": \"Information\""))]
    );
}

#[test]
fn client_secret_in_appsettings() {
    let files = overlay("client-secret-in-appsettings");
    let app = "src/Acme.Identity/appsettings.json";
    assert_eq!(
        findings(&files),
        vec![f("SEC4", app, line_of(&files, app, "\"ClientSecret\""))]
    );
}

#[test]
fn nginx_without_forwarded_proto() {
    let files = overlay("nginx-without-forwarded-proto");
    let conf = "deploy/nginx/conf.d/identity.conf";
    // The header is missing in the included snippet; the finding is the proxy_pass it applies to.
    assert_eq!(
        findings(&files),
        vec![f("TLS3", conf, line_of(&files, conf, "proxy_pass http://identity;"))]
    );
}

#[test]
fn redis_key_store_without_persistence() {
    let files = overlay("redis-without-persistence");
    let tf = "deploy/terraform/redis.tf";
    assert_eq!(
        findings(&files),
        vec![f("DP4", tf, line_of(&files, tf, "resource \"azurerm_redis_cache\""))]
    );
}

#[test]
fn skips_and_only_shape_the_report() {
    let files = overlay("hsts-30-days");
    let mut opts = CheckOptions::default();
    opts.skips.insert("TLS1".into(), "HSTS is set by the CDN".into());
    let report = check_files(&files, &opts);
    let tls1 = report.item("TLS1").unwrap();
    assert_eq!(
        (tls1.status, tls1.status_without_skip),
        (Status::Skipped, Some(Status::Fail))
    );
    assert_eq!(tls1.skip_reason.as_deref(), Some("HSTS is set by the CDN"));
    assert!(!report.has_failures());
    let only = check_files(
        &files,
        &CheckOptions {
            only: vec!["DP1".into(), "tls1".into()],
            ..Default::default()
        },
    );
    let ids: Vec<&str> = only.items.iter().map(|i| i.id).collect();
    assert_eq!(ids, vec!["DP1", "TLS1"]);
}

#[test]
fn in_memory_file_sets_need_no_disk() {
    let files = vec![
        (
            "app/Program.cs".to_string(),
            "var b = WebApplication.CreateBuilder(args);\nb.Services.AddIdentityServer();\n".to_string(),
        ),
        (
            "app/appsettings.json".to_string(),
            "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } } }".to_string(),
        ),
    ];
    let report = check_files(&files, &CheckOptions::default());
    assert_eq!(report.item("OBS1").unwrap().status, Status::Fail);
    assert_eq!(report.item("DP1").unwrap().evidence[0].file, "app/Program.cs");
    // Nothing at all: every host item is "not found", nothing fails.
    let empty = check_files(&[], &CheckOptions::default());
    assert!(!empty.has_failures());
    assert_eq!(empty.item("DP1").unwrap().status, Status::NotFound);
}
