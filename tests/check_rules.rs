//! Rules on small in-memory trees, one trap each: nginx buffer arithmetic and add_header
//! inheritance, ingress-nginx defaults, public health routes, root containers, trust-any-peer
//! forwarding, migrations in hosted services, builder receivers, cleanup without enable, Redis.

use idsgen::checklist::finding::{Report, Status};
use idsgen::checklist::{CheckOptions, check_files};

const HOST: &str = "var builder = WebApplication.CreateBuilder(args);\n\
builder.Services.AddIdentityServer();\n\
builder.Services.Configure<ForwardedHeadersOptions>(o =>\n\
{\n\
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;\n\
    o.KnownProxies.Add(IPAddress.Parse(\"10.0.0.5\"));\n\
});\n\
var app = builder.Build();\n\
app.UseForwardedHeaders();\n\
app.MapHealthChecks(\"/health/ready\");\n\
app.Run();\n";

fn check(extra: &[(&str, &str)]) -> Report {
    let mut files = vec![("src/App/Program.cs".to_string(), HOST.to_string())];
    files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.to_string())));
    check_files(&files, &CheckOptions::default())
}

fn status(r: &Report, id: &str) -> Status {
    r.item(id).unwrap().status
}

fn first(r: &Report, id: &str) -> (String, usize, String) {
    let e = &r.item(id).unwrap().evidence[0];
    (e.file.clone(), e.line, e.note.clone())
}

#[test]
fn raising_only_proxy_buffer_size_is_rejected_by_nginx() {
    let site = "server {\n  listen 443 ssl;\n  location / {\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-Proto $scheme;\n    proxy_buffer_size 16k;\n    proxy_pass http://127.0.0.1:5000;\n  }\n}\n";
    let r = check(&[("nginx/site.conf", site)]);
    let (file, line, note) = first(&r, "X5");
    assert_eq!(
        (status(&r, "X5"), file.as_str(), line),
        (Status::Fail, "nginx/site.conf", 6)
    );
    // 2 x 16k busy buffers exceed 8 x 4k buffers minus one.
    assert!(note.contains("must be less than all proxy_buffers"), "{note}");
    let fixed = site.replace(
        "proxy_buffer_size 16k;",
        "proxy_buffer_size 16k;\n    proxy_buffers 8 16k;",
    );
    assert_eq!(status(&check(&[("nginx/site.conf", &fixed)]), "X5"), Status::Pass);
    let small = site.replace("proxy_buffer_size 16k;", "proxy_buffer_size 4k;");
    assert_eq!(first(&check(&[("nginx/site.conf", &small)]), "X5").1, 6);
}

#[test]
fn add_header_in_a_location_drops_the_servers_hsts() {
    let site = "server {\n  listen 443 ssl;\n  add_header Strict-Transport-Security \"max-age=31536000\" always;\n  location / {\n    add_header X-Frame-Options DENY;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-Proto $scheme;\n    proxy_pass http://127.0.0.1:5000;\n  }\n}\n";
    let r = check(&[("site.conf", site)]);
    assert_eq!(status(&r, "TLS1"), Status::Fail);
    let at: Vec<(usize, &str)> = r
        .item("TLS1")
        .unwrap()
        .evidence
        .iter()
        .map(|e| (e.line, e.note.as_str()))
        .collect();
    // The location, where TLS ends, and the headers the location sends instead.
    assert_eq!(at.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [2, 4, 5], "{at:?}");
    assert!(
        at[1].1.contains("drops the server's Strict-Transport-Security"),
        "{at:?}"
    );
}

#[test]
fn ingress_nginx_buffers_and_public_health_routes() {
    let ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: id.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: id\n                port:\n                  number: 8080\n";
    let r = check(&[("k8s/ingress.yaml", ingress)]);
    assert_eq!(first(&r, "X5").1, 2, "default 4k buffer reported at the Ingress");
    assert_eq!((status(&r, "X7"), first(&r, "X7").1), (Status::Fail, 11));
    let annotated = ingress.replacen(
        "  name: id\n",
        "  name: id\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-buffer-size: \"16k\"\n",
        1,
    );
    assert_eq!(status(&check(&[("k8s/ingress.yaml", &annotated)]), "X5"), Status::Pass);
    // Health on a management port is not public, whatever the Ingress routes.
    let mut files = vec![(
        "src/App/Program.cs".to_string(),
        HOST.replace(
            "app.MapHealthChecks(\"/health/ready\");",
            "app.MapHealthChecks(\"/health/ready\").RequireHost(\"*:8081\");",
        ),
    )];
    files.push(("k8s/ingress.yaml".to_string(), ingress.to_string()));
    assert_eq!(
        check_files(&files, &CheckOptions::default()).item("X7").unwrap().status,
        Status::Pass
    );
}

#[test]
fn root_containers() {
    let r = check(&[(
        "Dockerfile",
        "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app .\n",
    )]);
    assert_eq!((status(&r, "X9"), first(&r, "X9").1), (Status::Fail, 3));
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      securityContext:\n        runAsUser: 0\n";
    assert_eq!(first(&check(&[("pod.yaml", pod)]), "X9").1, 9);
}

#[test]
fn forwarded_headers_env_var_trusts_any_peer() {
    let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: ASPNETCORE_FORWARDEDHEADERS_ENABLED\n              value: \"true\"\n";
    let r = check(&[("deploy.yaml", deploy)]);
    assert_eq!(
        (status(&r, "RP1"), first(&r, "RP1")),
        (
            Status::Fail,
            (
                "deploy.yaml".into(),
                11,
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED=true clears the trust lists and trusts any peer".into()
            )
        )
    );
    let cleared = HOST.replace(
        "o.KnownProxies.Add(IPAddress.Parse(\"10.0.0.5\"));",
        "o.KnownNetworks.Clear();\n    o.KnownProxies.Clear();",
    );
    let r = check_files(&[("Program.cs".to_string(), cleared)], &CheckOptions::default());
    assert_eq!(
        (r.item("RP1").unwrap().status, r.item("RP1").unwrap().evidence[0].line),
        (Status::Fail, 6)
    );
}

#[test]
fn migration_in_a_hosted_service_runs_at_startup() {
    let svc = "class Migrator : BackgroundService\n{\n    protected override async Task ExecuteAsync(CancellationToken ct)\n    {\n        await db.Database.MigrateAsync(ct);\n    }\n}\n";
    let r = check(&[("src/App/Migrator.cs", svc)]);
    assert_eq!((status(&r, "DB1"), first(&r, "DB1").1), (Status::Fail, 5));
}

#[test]
fn oidc_state_cache_receiver_and_cleanup_without_enable() {
    let code = HOST.replace(
        "builder.Services.AddIdentityServer();",
        "builder.Services.AddIdentityServer()\n    .AddOperationalStore(o => { o.TokenCleanupBatchSize = 100; })\n    .AddOidcStateDataFormatterCache();",
    );
    let r = check_files(&[("Program.cs".to_string(), code)], &CheckOptions::default());
    assert_eq!(
        (r.item("X4").unwrap().status, r.item("X4").unwrap().evidence[0].line),
        (Status::Fail, 4)
    );
    assert_eq!(
        (r.item("X3").unwrap().status, r.item("X3").unwrap().evidence[0].line),
        (Status::Fail, 3)
    );
    assert_eq!(r.item("DB2").unwrap().status, Status::Fail);
    let fine = HOST.replace(
        "app.Run();",
        "builder.Services.AddOidcStateDataFormatterCache(\"oidc\");\napp.Run();",
    );
    let r = check_files(&[("Program.cs".to_string(), fine)], &CheckOptions::default());
    assert_eq!(r.item("X4").unwrap().status, Status::Pass);
}

#[test]
fn elasticache_without_snapshots_holding_keys() {
    let code = HOST.replace(
        "app.Run();",
        "builder.Services.AddDataProtection().PersistKeysToStackExchangeRedis(mux);\napp.Run();",
    );
    let tf = "resource \"aws_elasticache_replication_group\" \"keys\" {\n  replication_group_id = \"idsrv\"\n  description          = \"keys\"\n}\n";
    let files = vec![
        ("Program.cs".to_string(), code),
        ("infra/redis.tf".to_string(), tf.to_string()),
    ];
    let r = check_files(&files, &CheckOptions::default());
    assert_eq!(
        (r.item("DP4").unwrap().status, r.item("DP4").unwrap().evidence[0].line),
        (Status::Fail, 1)
    );
    let kept = tf.replace(
        "description          = \"keys\"",
        "description          = \"keys\"\n  snapshot_retention_limit = 7",
    );
    let files = vec![files[0].clone(), ("infra/redis.tf".to_string(), kept)];
    assert_eq!(
        check_files(&files, &CheckOptions::default())
            .item("DP4")
            .unwrap()
            .status,
        Status::Pass
    );
}

#[test]
fn committed_license_and_signing_keys() {
    let r = check(&[
        ("src/App/Duende_License.key", "eyJhbGciOiJQUzI1NiIs"),
        ("src/App/keys/is-signing-key-ABC.json", "{}"),
        (".gitignore", "bin/\n"),
    ]);
    assert_eq!(first(&r, "X8").0, "src/App/Duende_License.key");
    let sk3: Vec<String> = r.item("SK3").unwrap().evidence.iter().map(|e| e.file.clone()).collect();
    assert_eq!(
        sk3,
        vec![
            ".gitignore".to_string(),
            "src/App/keys/is-signing-key-ABC.json".to_string()
        ]
    );
}

#[test]
fn a_committed_signing_certificate_fails_sk3() {
    let program =
        "builder.Services.AddIdentityServer().AddSigningCredential(new X509Certificate2(\"Certs/sts.pfx\", pwd));\n";
    let r = check(&[
        ("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
        ("src/App/Program.cs", program),
        ("src/App/Certs/sts.pfx", ""),
        ("src/App/Certs/dev-https.pfx", ""),
        (".gitignore", "bin/\nkeys/\n"),
    ]);
    let sk3 = r.item("SK3").unwrap();
    assert_eq!(sk3.status, Status::Fail, "{}", sk3.summary);
    let files: Vec<&str> = sk3.evidence.iter().map(|e| e.file.as_str()).collect();
    assert!(files.contains(&"src/App/Certs/sts.pfx"), "{files:?}");
}

#[test]
fn the_environment_a_deployment_names_brings_its_appsettings_overlay() {
    let compose = |env: &str| {
        format!("services:\n  sts:\n    image: acme/sts\n    environment:\n      - ASPNETCORE_ENVIRONMENT={env}\n")
    };
    let base = "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } } }";
    let overlay = "{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Debug\"\n    }\n  }\n}";
    let files = |env: &str| {
        vec![
            (
                "src/App/App.csproj".to_string(),
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>".to_string(),
            ),
            (
                "src/App/Program.cs".to_string(),
                "builder.Services.AddIdentityServer();\n".to_string(),
            ),
            ("src/App/appsettings.json".to_string(), base.to_string()),
            ("src/App/appsettings.docker.json".to_string(), overlay.to_string()),
            ("docker-compose.yml".to_string(), compose(env)),
        ]
    };
    let obs1 = |env: &str| {
        let r = idsgen::checklist::check_files(&files(env), &idsgen::checklist::CheckOptions::default());
        let item = r.item("OBS1").unwrap().clone();
        (item.status, item.evidence.first().map(|e| (e.file.clone(), e.line)))
    };
    let (status, at) = obs1("docker");
    assert_eq!(status, Status::Fail);
    assert_eq!(at, Some(("src/App/appsettings.docker.json".to_string(), 4)));
    // Development is never what production runs: its overlay stays out.
    let (status, _) = obs1("Development");
    assert_eq!(status, Status::Pass);
}

#[test]
fn another_services_environment_is_not_the_hosts_configuration() {
    let program =
        "builder.Services.AddIdentityServer(o => { o.IssuerUri = builder.Configuration[\"Auth:Issuer\"]; });\n";
    let compose = "services:\n  proxy:\n    image: nginxproxy/nginx-proxy:1.6\n  fabrikam-identity:\n    image: fabrikam/identity\n    environment:\n      VIRTUAL_HOST: id.example.test\n      Auth__Issuer: https://id.example.test\n  flights:\n    image: fabrikam/flights\n    environment:\n      Auth__Issuer: http://identity:80\n";
    let files = vec![
        (
            "src/Fabrikam.Identity.Api/Fabrikam.Identity.Api.csproj".to_string(),
            "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>".to_string(),
        ),
        ("src/Fabrikam.Identity.Api/Program.cs".to_string(), program.to_string()),
        ("docker-compose.yml".to_string(), compose.to_string()),
    ];
    let r = idsgen::checklist::check_files(&files, &idsgen::checklist::CheckOptions::default());
    let tls3 = r.item("TLS3").unwrap();
    // The flights service's http issuer would make the value ambiguous (or http); the host's own
    // service sets https.
    assert_eq!(tls3.status, Status::Pass, "{}", tls3.summary);
    assert_eq!(
        (tls3.evidence[0].file.as_str(), tls3.evidence[0].line),
        ("docker-compose.yml", 8)
    );
}

#[test]
fn module_settings_files_added_by_pattern_are_configuration() {
    let loader = "public static class Modules\n{\n    public static void AddModuleSettings(this IConfigurationBuilder configuration, string root)\n    {\n        foreach (var file in Directory.EnumerateFiles(root, \"*.settings.json\", SearchOption.AllDirectories))\n        {\n            configuration.AddJsonFile(file, optional: false);\n        }\n    }\n}\n";
    let settings = "{\n  \"Accounts\": {\n    \"Postgres\": {\n      \"ConnectionString\": \"Host=db;Database=ids;Username=ids;Password=Literal-Pa55\"\n    }\n  }\n}";
    let r = check(&[
        ("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
        ("src/App/Modules.cs", loader),
        (
            "src/App/Setup.cs",
            "public static class Setup { public static void Run(WebApplicationBuilder b) { b.Configuration.AddModuleSettings(b.Environment.ContentRootPath); } }\n",
        ),
        ("src/App/accounts.settings.json", settings),
    ]);
    let db3 = r.item("DB3").unwrap();
    assert_eq!(db3.status, Status::Fail, "{}", db3.summary);
    assert_eq!(
        (db3.evidence[0].file.as_str(), db3.evidence[0].line),
        ("src/App/accounts.settings.json", 4)
    );
}

/// An App Service site on the built-in .NET stack, from Bicep or Terraform: https-only redirects
/// at the front end (TLS2), the default key ring is on shared storage (DP1), and a stand-in
/// sentence the site's settings replace with a Key Vault reference is not a secret (SEC4).
#[test]
fn app_service_sites_in_bicep_and_terraform() {
    let settings = "{\n  \"Clients\": {\n    \"Ops\": { \"Secret\": \"provided-by-environment\" },\n    \"Audit\": { \"Secret\": \"s3cr3t-Value-42\" }\n  }\n}\n";
    let bicep = "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: name\n  properties: {\n    httpsOnly: true\n    siteConfig: {\n      linuxFxVersion: 'DOTNETCORE|9.0'\n      appSettings: [\n        { name: 'Clients__Ops__Secret', value: '@Microsoft.KeyVault(VaultName=kv;SecretName=Ops)' }\n        { name: 'Clients__Audit__Secret', value: '@Microsoft.KeyVault(VaultName=kv;SecretName=Audit)' }\n      ]\n    }\n  }\n}\n";
    let r = check(&[("src/App/appsettings.json", settings), ("infra/web.bicep", bicep)]);
    assert_eq!(status(&r, "TLS2"), Status::Pass);
    assert_eq!(first(&r, "TLS2").1, 4);
    assert_eq!(status(&r, "DP1"), Status::Pass);
    assert_eq!(first(&r, "DP1").0, "infra/web.bicep");
    // Only the real-looking literal fails: the stand-in sentence is replaced in Production.
    assert_eq!(status(&r, "SEC4"), Status::Fail);
    let sec4 = &r.item("SEC4").unwrap().evidence;
    assert_eq!(sec4.len(), 1, "{sec4:?}");
    assert_eq!((sec4[0].file.as_str(), sec4[0].line), ("src/App/appsettings.json", 4));
    // A container on App Service keeps its file system to itself: DP1 fails as before.
    let container = bicep.replace("DOTNETCORE|9.0", "DOCKER|acme/id:1");
    let r = check(&[("infra/web.bicep", container.as_str())]);
    assert_eq!(status(&r, "DP1"), Status::Fail);
    // Terraform's https_only and application_stack say the same.
    let tf = "resource \"azurerm_linux_web_app\" \"id\" {\n  name       = \"id\"\n  https_only = true\n  site_config {\n    application_stack {\n      dotnet_version = \"9.0\"\n    }\n  }\n}\n";
    let r = check(&[("infra/main.tf", tf)]);
    assert_eq!(status(&r, "TLS2"), Status::Pass);
    assert_eq!(status(&r, "DP1"), Status::Pass);
    assert_eq!(
        first(&r, "DP1"),
        ("infra/main.tf".to_string(), 1, "azurerm_linux_web_app.id".to_string())
    );
}

/// Clients written as a static list: IdentityModel's `GrantTypes.Password` is interactive (SEC2),
/// a target-typed `new("…".Sha256())` in a `List<Secret>` is a literal secret (SEC4), and a
/// sliding policy that leaves the 30-day absolute cap at its default is not a reviewed policy
/// (SEC3), while an explicit short absolute cap is.
#[test]
fn clients_in_a_static_list() {
    let store = |refresh: &str| {
        format!(
            "public static class Clients {{\n  public static IEnumerable<Client> Get() => new List<Client>\n  {{\n    new Client\n    {{\n      ClientId = \"payroll\",\n      AllowedGrantTypes = new[] {{ GrantTypes.Password, GrantTypes.RefreshToken }},\n      ClientSecrets = new List<Secret> {{ new(\"UGF5cm9sbA\".Sha256()) }},\n      AllowOfflineAccess = true,\n      RefreshTokenUsage = TokenUsage.OneTimeOnly,\n      RefreshTokenExpiration = TokenExpiration.Sliding,\n      {refresh}\n    }}\n  }};\n}}\n"
        )
    };
    // The host registers them (a static helper nothing calls would be dropped as dead code).
    let registration = "public static class Registration {\n  public static void AddClients(IIdentityServerBuilder b) => b.AddInMemoryClients(Clients.Get());\n}\n";
    let check = |clients: &str| {
        check(&[
            ("src/App/Clients.cs", clients),
            ("src/App/Registration.cs", registration),
        ])
    };
    let r = check(&store("SlidingRefreshTokenLifetime = 86400,"));
    assert_eq!(status(&r, "SEC2"), Status::Fail);
    assert_eq!(first(&r, "SEC2").1, 4);
    assert_eq!(status(&r, "SEC4"), Status::Fail);
    assert_eq!(first(&r, "SEC4").1, 8);
    assert_eq!(status(&r, "SEC3"), Status::Fail);
    assert!(
        first(&r, "SEC3").2.contains("AbsoluteRefreshTokenLifetime"),
        "{:?}",
        first(&r, "SEC3")
    );
    let capped = check(&store("AbsoluteRefreshTokenLifetime = 3600,"));
    assert_eq!(status(&capped, "SEC3"), Status::Pass);
    let year = check(&store("AbsoluteRefreshTokenLifetime = 365 * 24 * 60 * 60,"));
    assert_eq!(status(&year, "SEC3"), Status::Fail);
}

/// Clients the host serves from its configuration store, seeded from another project's
/// `identityserverdata.json`: their CORS origins, lifetimes, refresh policies and secrets are
/// judged there; without a client store the file says nothing about the host.
#[test]
fn configuration_store_seed_data_defines_the_clients() {
    let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer().AddConfigurationStore(o => {});\nvar app = builder.Build();\napp.UseIdentityServer();\n";
    let seed = "{\n  \"IdentityServerData\": {\n    \"Clients\": [\n      {\n        \"ClientId\": \"storefront\",\n        \"AllowedGrantTypes\": [ \"authorization_code\" ],\n        \"AllowOfflineAccess\": true,\n        \"ClientSecrets\": [ { \"Value\": \"k3Lw-9vQ-storefront\" } ],\n        \"AllowedCorsOrigins\": [ \"https://shop.example.org\" ]\n      }\n    ]\n  }\n}\n";
    let files = vec![
        ("src/Id/Program.cs".to_string(), program.to_string()),
        ("src/Admin/identityserverdata.json".to_string(), seed.to_string()),
    ];
    let r = check_files(&files, &CheckOptions::default());
    assert_eq!(status(&r, "SEC1"), Status::Pass);
    assert_eq!(
        first(&r, "SEC1"),
        (
            "src/Admin/identityserverdata.json".to_string(),
            9,
            "AllowedCorsOrigins".to_string()
        )
    );
    assert_eq!(status(&r, "SEC2"), Status::Fail);
    assert_eq!(first(&r, "SEC2").1, 5);
    assert_eq!(status(&r, "SEC3"), Status::Fail);
    assert_eq!(first(&r, "SEC3").1, 7);
    assert_eq!(status(&r, "SEC4"), Status::Fail);
    assert_eq!(first(&r, "SEC4").1, 8);
    // In-memory clients only: the seed file is another application's business.
    let in_memory = program.replace(
        "AddConfigurationStore(o => {})",
        "AddInMemoryClients(new List<Client>())",
    );
    let files = vec![
        ("src/Id/Program.cs".to_string(), in_memory),
        ("src/Admin/identityserverdata.json".to_string(), seed.to_string()),
    ];
    let r = check_files(&files, &CheckOptions::default());
    assert_ne!(status(&r, "SEC4"), Status::Fail);
}

/// A compose file named `dev.docker-compose.yml` is compose too, and a service whose image's
/// Dockerfile makes Kestrel listen on https only, published with no proxy in front, serves no
/// plain http (TLS2) and builds an https issuer from the host clients typed (TLS3, RP3).
#[test]
fn kestrel_published_https_only_from_a_prefixed_compose_file() {
    let program = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\napp.Run();\n";
    let dockerfile = |urls: &str| {
        format!(
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY out/ .\nENV ASPNETCORE_URLS=\"{urls}\"\nENV ASPNETCORE_Kestrel__Certificates__Default__Path=/certs/id.pfx\nENTRYPOINT [\"dotnet\", \"Nod.Identity.dll\"]\n"
        )
    };
    let compose = "services:\n  identity:\n    build:\n      context: ./src\n      dockerfile: dev.dockerfile\n    ports:\n      - \"8000:443\"\n";
    let run = |urls: &str| {
        let files = vec![
            ("src/Nod.Identity/Program.cs".to_string(), program.to_string()),
            (
                "src/Nod.Identity/Nod.Identity.csproj".to_string(),
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>".to_string(),
            ),
            ("src/dev.dockerfile".to_string(), dockerfile(urls)),
            ("dev.docker-compose.yml".to_string(), compose.to_string()),
        ];
        check_files(&files, &CheckOptions::default())
    };
    let r = run("https://+");
    for id in ["TLS2", "TLS3", "RP3"] {
        assert_eq!(status(&r, id), Status::Pass, "{id}: {:?}", r.item(id));
    }
    assert_eq!(
        first(&r, "TLS2"),
        (
            "src/dev.dockerfile".to_string(),
            3,
            "Kestrel listens on https://+".to_string()
        )
    );
    // A plain-http listener beside it is reachable: the redirect is missing again.
    let r = run("https://+;http://+");
    assert_eq!(status(&r, "TLS2"), Status::Fail);
}
