//! The .NET and container files as a platform engineer reads them: the project builds (a real
//! .csproj, design-time DbContext factories), the image runs as UID:GID and keeps secrets out,
//! events reach the log, App Service keeps health and metrics private, and specs that cannot
//! start (a PFX nobody delivers) are refused.

use idsgen::checklist::finding::Status;
use idsgen::checklist::{CheckOptions, check_files};
use idsgen::commands::render::render_spec;
use idsgen::outputs::RenderedFile;
use idsgen::spec::types::{BaseImages, DatabaseProvider, KeyProtection, KeyStore, SecretRef, Spec, Target};
use idsgen::spec::{load, presets, validate};

const PRESETS: [&str; 6] = [
    "azure-app-service",
    "azure-aks",
    "aws-ecs",
    "aws-eks",
    "kubernetes",
    "onprem-nginx",
];

fn spec(preset: &str, sets: &[&str]) -> Spec {
    let p = presets::find(preset).expect("preset exists");
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    load::load(preset, p.text, &sets).expect("spec is valid")
}

fn render(spec: &Spec) -> Vec<RenderedFile> {
    render_spec(spec, None).expect("renders")
}

fn file<'a>(files: &'a [RenderedFile], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| {
            panic!(
                "{path} is rendered: {:?}",
                files.iter().map(|f| &f.path).collect::<Vec<_>>()
            )
        })
        .contents
}

fn project_file<'a>(files: &'a [RenderedFile], name: &str) -> &'a str {
    file(files, &format!("src/Acme.Identity/{name}"))
}

fn check(files: &[RenderedFile], id: &str) -> idsgen::checklist::finding::ItemResult {
    let pairs: Vec<(String, String)> = files.iter().map(|f| (f.path.clone(), f.contents.clone())).collect();
    let opts = CheckOptions {
        only: vec![id.to_string()],
        ..Default::default()
    };
    check_files(&pairs, &opts)
        .items
        .into_iter()
        .next()
        .expect("item exists")
}

// --- the image ---------------------------------------------------------------------------------

#[test]
fn the_image_runs_with_an_explicit_group_and_floating_tags_say_how_to_pin() {
    for preset in ["aws-ecs", "azure-app-service", "aws-eks"] {
        let files = render(&spec(preset, &[]));
        let dockerfile = file(&files, "Dockerfile");
        let user: Vec<&str> = dockerfile.lines().filter(|l| l.starts_with("USER ")).collect();
        assert_eq!(user, vec!["USER 10001:10001"], "{preset}");
        let froms: Vec<&str> = dockerfile.lines().filter(|l| l.starts_with("FROM ")).collect();
        assert_eq!(
            froms,
            vec![
                "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build",
                "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime"
            ]
        );
        assert!(
            dockerfile.contains("project.base_images"),
            "{preset}: the pin is documented"
        );
    }
}

#[test]
fn base_images_pinned_by_digest_keep_their_tag() {
    let mut s = spec("aws-ecs", &[]);
    let (sdk, runtime) = ("a".repeat(64), "b".repeat(64));
    s.project.base_images = Some(BaseImages {
        sdk_digest: format!("sha256:{sdk}"),
        runtime_digest: format!("sha256:{runtime}"),
    });
    assert!(validate::validate(&s).is_empty(), "{:?}", validate::validate(&s));
    let files = render(&s);
    let dockerfile = file(&files, "Dockerfile");
    assert!(dockerfile.contains(&format!("FROM mcr.microsoft.com/dotnet/sdk:10.0@sha256:{sdk} AS build")));
    assert!(dockerfile.contains(&format!(
        "FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:{runtime} AS runtime"
    )));

    s.project.base_images = Some(BaseImages {
        sdk_digest: "latest".into(),
        runtime_digest: format!("sha256:{}", "B".repeat(64)),
    });
    let errors = validate::validate(&s);
    let paths: Vec<&str> = errors.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        vec!["project.base_images.sdk_digest", "project.base_images.runtime_digest"],
        "{errors:?}"
    );
}

#[test]
fn dockerignore_keeps_pem_env_files_and_development_settings_out() {
    let files = render(&spec("aws-ecs", &[]));
    let ignore: Vec<&str> = file(&files, ".dockerignore").lines().collect();
    for pattern in [
        "*.pem",
        "**/*.pem",
        ".env",
        "**/.env",
        "appsettings.Development.json",
        "**/appsettings.Development.json",
        "*.pfx",
        "keys",
    ] {
        assert!(ignore.contains(&pattern), "{pattern} missing: {ignore:?}");
    }
}

// --- the project builds -------------------------------------------------------------------------

#[test]
fn a_web_sdk_project_imports_the_pins_for_the_right_framework() {
    for (preset, tfm) in [("kubernetes", "net10.0"), ("onprem-nginx", "net10.0")] {
        let mut s = spec(preset, &[]);
        let mut cases = vec![(s.clone(), tfm)];
        s.project.dotnet = idsgen::spec::types::DotnetVersion::Net8;
        s.project.duende = 7;
        cases.push((s, "net8.0"));
        for (s, tfm) in cases {
            let files = render(&s);
            let text = project_file(&files, "Acme.Identity.csproj");
            let doc = roxmltree::Document::parse(text).expect("the .csproj is well-formed XML");
            let root = doc.root_element();
            assert_eq!(root.tag_name().name(), "Project");
            assert_eq!(root.attribute("Sdk"), Some("Microsoft.NET.Sdk.Web"));
            let prop = |name: &str| {
                doc.descendants()
                    .find(|n| n.has_tag_name(name))
                    .and_then(|n| n.text())
                    .unwrap_or_else(|| panic!("{name} missing"))
                    .to_string()
            };
            assert_eq!(prop("TargetFramework"), tfm);
            assert_eq!(prop("Nullable"), "enable");
            assert_eq!(prop("ImplicitUsings"), "enable");
            assert_eq!(prop("RootNamespace"), "Acme.Identity");
            assert!(!prop("UserSecretsId").is_empty());
            let imports: Vec<&str> = doc
                .descendants()
                .filter(|n| n.has_tag_name("Import"))
                .filter_map(|n| n.attribute("Project"))
                .collect();
            assert_eq!(imports, vec!["idsgen.packages.props"]);
            // The props file it imports sits next to it, and is itself well-formed.
            roxmltree::Document::parse(project_file(&files, "idsgen.packages.props")).expect("props parse");
        }
    }
}

#[test]
fn the_dockerfile_builds_the_generated_project() {
    let files = render(&spec("aws-ecs", &[]));
    let dockerfile = file(&files, "Dockerfile");
    assert!(files.iter().any(|f| f.path == "src/Acme.Identity/Acme.Identity.csproj"));
    assert!(dockerfile.contains(r#"RUN ["dotnet", "restore", "src/Acme.Identity/Acme.Identity.csproj"]"#));
}

#[test]
fn each_context_has_a_design_time_factory_that_needs_no_production_secret() {
    let mut s = spec("kubernetes", &[]);
    s.data_protection.key_store = KeyStore::EfDatabase;
    for provider in [DatabaseProvider::Sqlserver, DatabaseProvider::Postgres] {
        s.database.provider = provider;
        let files = render(&s);
        let factories = project_file(&files, "DesignTimeDbContextFactories.cs");
        for context in [
            "ConfigurationDbContext",
            "PersistedGrantDbContext",
            "DataProtectionKeysContext",
        ] {
            assert!(
                factories.contains(&format!("IDesignTimeDbContextFactory<{context}>")),
                "{context}: {factories}"
            );
        }
        // Duende's contexts read their store options from DI unless they are set.
        assert!(factories.contains("StoreOptions = new ConfigurationStoreOptions()"));
        assert!(factories.contains("StoreOptions = new OperationalStoreOptions()"));
        let use_db = if provider == DatabaseProvider::Sqlserver {
            ".UseSqlServer("
        } else {
            ".UseNpgsql("
        };
        assert!(factories.contains(use_db), "{factories}");
        for production in [
            "GetConnectionString",
            "CertificatePassword",
            "LicenseKey",
            "Configuration[",
        ] {
            assert!(!factories.contains(production), "{production} in {factories}");
        }
    }
    let files = render(&spec("kubernetes", &[]));
    assert!(!project_file(&files, "DesignTimeDbContextFactories.cs").contains("DataProtectionKeysContext"));
}

/// The files `dotnet new duende-is-ui` adds to a host (DuendeSoftware/products,
/// identity-server/templates/src/UI at 18193b5f, template short name `duende-is-ui` in
/// .template.config/template.json; present on releases/is/7.4.x and 8.0.x). File names only.
const UI_TEMPLATE_FILES: &[&str] = &[
    "Pages/Account/AccessDenied.cshtml",
    "Pages/Account/AccessDenied.cshtml.cs",
    "Pages/Account/Login/Index.cshtml",
    "Pages/Account/Login/Index.cshtml.cs",
    "Pages/Account/Logout/Index.cshtml",
    "Pages/Account/Logout/Index.cshtml.cs",
    "Pages/Consent/Index.cshtml",
    "Pages/Device/Index.cshtml",
    "Pages/Diagnostics/Index.cshtml",
    "Pages/ExternalLogin/Callback.cshtml",
    "Pages/Grants/Index.cshtml",
    "Pages/Home/Error/Index.cshtml",
    "Pages/Redirect/Index.cshtml",
    "Pages/ServerSideSessions/Index.cshtml",
    "Pages/Shared/_Layout.cshtml",
    "Pages/Extensions.cs",
    "Pages/IdentityServerSuppressions.cs",
    "Pages/Index.cshtml",
    "Pages/Index.cshtml.cs",
    "Pages/Log.cs",
    "Pages/SecurityHeadersAttribute.cs",
    "Pages/Telemetry.cs",
    "Pages/TestUsers.cs",
    "Pages/_ViewImports.cshtml",
    "Pages/_ViewStart.cshtml",
    "libman.json",
    "wwwroot/css/site.css",
    "wwwroot/favicon.ico",
    "wwwroot/js/signin-redirect.js",
    "wwwroot/js/signout-redirect.js",
];

#[test]
fn the_login_ui_template_adds_no_file_idsgen_writes() {
    for preset in PRESETS {
        let mut s = spec(preset, &[]);
        if preset != "aws-ecs" && preset != "azure-app-service" {
            s.data_protection.key_store = KeyStore::EfDatabase;
        }
        let files = render(&s);
        let ours: Vec<&str> = files
            .iter()
            .filter_map(|f| f.path.strip_prefix("src/Acme.Identity/"))
            .collect();
        assert!(
            ours.contains(&"Program.cs") && ours.contains(&"Acme.Identity.csproj"),
            "{ours:?}"
        );
        for ui in UI_TEMPLATE_FILES {
            assert!(
                !ours.iter().any(|o| o.eq_ignore_ascii_case(ui)),
                "{preset}: {ui} collides"
            );
        }
        // Type names: the UI's root-level helpers live in <namespace>.Pages; ours at the root
        // must not take a name they use either (one assembly).
        let ui_types: Vec<&str> = UI_TEMPLATE_FILES
            .iter()
            .filter(|f| f.starts_with("Pages/") && f.ends_with(".cs") && !f.ends_with(".cshtml.cs"))
            .map(|f| f.trim_start_matches("Pages/").trim_end_matches(".cs"))
            .collect();
        for o in ours.iter().filter(|o| o.ends_with(".cs")) {
            assert!(!ui_types.contains(&o.trim_end_matches(".cs")), "{o} shadows a UI type");
        }
    }
}

// --- events reach the log ----------------------------------------------------------------------

fn log_levels(files: &[RenderedFile]) -> serde_json::Map<String, serde_json::Value> {
    let json: serde_json::Value =
        serde_json::from_str(project_file(files, "appsettings.Production.json")).expect("appsettings is JSON");
    json["Logging"]["LogLevel"].as_object().expect("LogLevel").clone()
}

#[test]
fn the_event_sink_category_stays_at_information_while_duende_logs_warnings() {
    for preset in PRESETS {
        let files = render(&spec(preset, &[]));
        let levels = log_levels(&files);
        assert_eq!(levels["Duende.IdentityServer"], "Warning", "{preset}");
        assert_eq!(
            levels["Duende.IdentityServer.Events"], "Information",
            "{preset}: {levels:?}"
        );
        let x11 = check(&files, "X11");
        assert_eq!(x11.status, Status::Pass, "{preset}: {x11:?}");
        let obs1 = check(&files, "OBS1");
        assert_eq!(
            obs1.status,
            Status::Pass,
            "{preset}: the override is no OBS1 finding: {obs1:?}"
        );
    }
    // Validation refuses a spec without events (OBS4); the renderer still must not add the level.
    let mut quiet = spec("kubernetes", &[]);
    quiet.events.success = false;
    quiet.events.failure = false;
    quiet.events.error = false;
    quiet.events.information = false;
    let files = render(&quiet);
    assert!(!log_levels(&files).contains_key("Duende.IdentityServer.Events"));
}

#[test]
fn a_user_level_for_the_event_category_wins_and_the_checklist_reports_it() {
    let mut s = spec("kubernetes", &[]);
    s.logging.categories.insert(
        "Duende.IdentityServer.Events".into(),
        idsgen::spec::types::LogLevel::Warning,
    );
    let files = render(&s);
    let levels = log_levels(&files);
    assert_eq!(levels["Duende.IdentityServer.Events"], "Warning");
    assert_eq!(check(&files, "X11").status, Status::Fail);
}

// --- OTLP --------------------------------------------------------------------------------------

#[test]
fn a_configured_collector_reaches_the_app_on_every_target() {
    for preset in PRESETS {
        let files = render(&spec(preset, &["telemetry.otlp_endpoint=http://otel-collector:4317"]));
        let json: serde_json::Value =
            serde_json::from_str(project_file(&files, "appsettings.Production.json")).unwrap();
        // OtlpExporterOptions reads this key from IConfiguration, like the environment variable.
        assert_eq!(
            json["OTEL_EXPORTER_OTLP_ENDPOINT"], "http://otel-collector:4317",
            "{preset}"
        );
        // Kubernetes: the chart sets the same endpoint as container environment, which wins over
        // appsettings when the platform overrides it per cluster.
        if let Some(values) = files
            .iter()
            .find(|f| f.path.starts_with("deploy/helm/") && f.path.ends_with("/values.yaml"))
        {
            let v: serde_json::Value = yaml_serde::from_str(&values.contents).unwrap();
            assert_eq!(
                v["app"]["env"]["OTEL_EXPORTER_OTLP_ENDPOINT"], "http://otel-collector:4317",
                "{preset}"
            );
        }
    }
}

// --- App Service keeps health and metrics private ----------------------------------------------

#[test]
fn app_service_health_and_metrics_answer_only_the_platform_probe() {
    let files = render(&spec("azure-app-service", &[]));
    let program = project_file(&files, "Program.cs");
    for map in [
        "MapHealthChecks(\"/health/ready\"",
        "MapHealthChecks(\"/health/live\"",
        "MapPrometheusScrapingEndpoint(",
    ] {
        let at = program.find(map).unwrap_or_else(|| panic!("{map} in Program.cs"));
        let statement = &program[at..at + program[at..].find(';').unwrap()];
        assert!(
            statement.contains(".RequireAuthorization(AppServiceHealthCheck.Policy)"),
            "{statement}"
        );
    }
    assert!(
        program.contains("AddPolicy(\n    AppServiceHealthCheck.Policy"),
        "{program}"
    );
    let gate = project_file(&files, "AppServiceHealthCheck.cs");
    assert!(gate.contains("x-ms-auth-internal-token") && gate.contains("WEBSITE_AUTH_ENCRYPTION_KEY"));
    assert!(gate.contains("FixedTimeEquals"));
    let x7 = check(&files, "X7");
    assert_eq!(x7.status, Status::Pass, "{x7:?}");

    // Without the gate the same tree fails X7: App Service cannot filter paths.
    let mut open = files.clone();
    for f in open.iter_mut().filter(|f| f.path.ends_with("Program.cs")) {
        f.contents = f
            .contents
            .replace(".RequireAuthorization(AppServiceHealthCheck.Policy)", "");
    }
    let x7 = check(&open, "X7");
    assert_eq!(x7.status, Status::Fail, "{x7:?}");

    // Other targets keep their management port and render no App Service gate.
    let files = render(&spec("aws-ecs", &[]));
    assert!(!files.iter().any(|f| f.path.ends_with("AppServiceHealthCheck.cs")));
    assert!(project_file(&files, "Program.cs").contains(".RequireHost(\"*:8081\")"));
}

// --- specs that cannot start -------------------------------------------------------------------

fn certificate() -> KeyProtection {
    KeyProtection::Certificate {
        path: "/etc/idsrv/dataprotection.pfx".into(),
        password: Some(SecretRef {
            secret: "idsrv-dp-cert-password".into(),
        }),
    }
}

#[test]
fn a_certificate_nobody_delivers_is_refused_and_never_suggested() {
    for preset in ["aws-ecs", "azure-app-service"] {
        let mut s = spec(preset, &[]);
        s.data_protection.key_protection = certificate();
        let errors = validate::validate(&s);
        let e = errors
            .iter()
            .find(|d| d.path == "data_protection.key_protection.kind")
            .unwrap_or_else(|| panic!("{preset}: refused: {errors:?}"));
        assert!(e.message.contains("PFX"), "{e:?}");
        assert!(!e.fix.contains("certificate"), "{e:?}");
    }
    // A KMS protection without SSM on ECS: the hint names the store, not a certificate.
    let mut s = spec("aws-ecs", &[]);
    s.data_protection.key_store = KeyStore::EfDatabase;
    let errors = validate::validate(&s);
    assert!(!errors.is_empty());
    for e in &errors {
        assert!(!e.fix.contains("certificate"), "{e:?}");
    }
    // Kubernetes mounts the PFX from a Secret: accepted there.
    let mut s = spec("aws-eks", &[]);
    s.data_protection.key_protection = certificate();
    assert!(validate::validate(&s).is_empty(), "{:?}", validate::validate(&s));
    assert_eq!(s.hosting.target, Target::AwsEks);
}
