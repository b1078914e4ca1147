//! DB3: Connection strings use production credentials from a secret.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::SecretKind;
use crate::checklist::appsettings::connection_password;
use crate::checklist::appsettings::is_placeholder;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, HOST, Item, Source};
use crate::checklist::tree::Tree;

/// DB3 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB3",
    section: DATABASE,
    title: "Connection strings use production credentials from a secret",
    applies: HOST,
    breaks: "Passwords in appsettings, code or manifests end up in git, images and logs; development defaults (localhost, LocalDB, Trusted_Connection) point at the wrong server in production.",
    fix: "Read ConnectionStrings from a secret store (Key Vault reference, Secrets Manager, a Kubernetes Secret via secretKeyRef, systemd credentials) and keep only non-secret settings in appsettings.",
    source: Source::Vendor,
    rule,
};

/// Whether the host's code opens any database or store: an EF provider or context
/// registration, IdentityServer's EF stores, an Aspire client integration, or a
/// `GetConnectionString` read.
fn opens_databases(ctx: &Context) -> bool {
    ctx.code.calls.iter().any(|c| {
        let n = c.name.as_str();
        super::RELATIONAL_PROVIDERS.contains(&n)
            // `AddDbContext…`, Aspire's `AddNpgsqlDbContext<T>` and the like.
            || n.contains("DbContext")
            || matches!(
                n,
                "UseCosmos" | "UseInMemoryDatabase" | "AddConfigurationStore" | "AddOperationalStore" | "GetConnectionString"
            )
            || n.contains("Mongo")
            || n.contains("Redis")
    })
}

/// Whether the host's code names connection string `name` (`GetConnectionString("Identity")`,
/// `"ConnectionStrings:Identity"`, an Aspire resource name).
fn named_in_code(ctx: &Context, name: &str) -> bool {
    ctx.code.strings.iter().any(|s| {
        s.value.eq_ignore_ascii_case(name)
            || s.value
                .to_ascii_lowercase()
                .ends_with(&format!(":{}", name.to_ascii_lowercase()))
    })
}

fn rule(ctx: &Context) -> Outcome {
    // Committed credentials are read from settings, manifests, Secrets and Terraform too, so a
    // chart- or manifest-only tree (no host code) still fails on what it commits.
    let no_host = host(ctx).err();
    let mut fails: Vec<Evidence> = ctx
        .settings
        .secrets()
        .into_iter()
        .filter(|s| s.kind == SecretKind::ConnectionPassword)
        .map(|s| Evidence::new(s.file, s.line, format!("password in {}", s.key)))
        .collect();
    // The value Production runs with: a local server is a development default, unless nothing
    // in the host opens it (a template's leftover `DefaultConnection` in a host without any
    // database).
    let opens_databases = opens_databases(ctx);
    for (name, s) in crate::checklist::items::common::production_connection_strings(ctx) {
        if !opens_databases && !named_in_code(ctx, &name) {
            continue;
        }
        if let Some(server) = local_server(&s.value) {
            fails.push(Evidence::new(
                &s.evidence.file,
                s.evidence.line,
                format!("{name} points at {server}, a development default"),
            ));
        }
    }
    for s in &ctx.code.strings {
        if connection_password(&s.value).is_some() {
            fails.push(Evidence::new(
                &s.file,
                s.line,
                "connection string with a literal password in code",
            ));
        }
    }
    // The host's own services and workloads: another service's `Database__ConnectionString`
    // in the same compose file is that service's credential, not this host's.
    for (file, line, name, value) in ctx.host_env_literals() {
        if value.as_deref().is_some_and(|v| connection_password(v).is_some()) {
            fails.push(Evidence::new(
                file,
                line,
                format!("env {name} holds a literal password"),
            ));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if connection_password(&value).is_some() {
            fails.push(Evidence::new(file, line, format!("{key} holds a literal password")));
        }
    }
    fails.extend(chart_database_passwords(ctx));
    fails.extend(configmap_passwords(ctx));
    let anonymous = credential_less_mongo(ctx);
    if fails.is_empty() && !anonymous.is_empty() {
        return Outcome::fail(
            "the database is reached without credentials, so nothing secret guards it",
            anonymous,
        );
    }
    fails.extend(anonymous);
    if !fails.is_empty() {
        return Outcome::fail("credentials are committed instead of read from a secret", fails);
    }
    if let Some(o) = no_host {
        return o;
    }
    // Where the deployment gives the connection strings, where configuration comes from a secret
    // store, then where connection strings are read.
    let mut reads = deployed_connection_settings(ctx);
    reads.extend(
        ctx.code
            .calls
            .iter()
            .filter(|c| is_secret_store_source(&c.name))
            .map(|c| ev(c, format!("configuration from a secret store ({})", c.name))),
    );
    reads.extend(
        ctx.code
            .calls_named("GetConnectionString")
            .map(|c| ev(c, "GetConnectionString")),
    );
    Outcome::pass(
        "no literal credentials in appsettings, code, manifests or Terraform",
        reads,
    )
}

/// A call that adds a secret store to configuration: the providers' own `AddAzureKeyVault`,
/// `AddSecretsManager`, `AddSystemsManager`, `AddAzureAppConfiguration`, and a host's wrapper
/// named for one (`ConfigureAzureKeyVault`, `AddKeyVaultSecrets`).
fn is_secret_store_source(name: &str) -> bool {
    let stores = ["KeyVault", "SecretsManager", "SystemsManager", "AzureAppConfiguration"];
    (name.starts_with("Add") || name.starts_with("Configure") || name.starts_with("Use"))
        && stores.iter().any(|s| name.contains(s))
}

/// Where the deployment sets a connection string for the host: container environment
/// (`ConnectionStrings__Db`, `DB_CONNECTION` from a Secret, compose, Bicep app settings) and
/// Terraform app settings / connection_string blocks (Key Vault references included).
fn deployed_connection_settings(ctx: &Context) -> Vec<Evidence> {
    let connection_name = |name: &str| {
        let n = name.to_ascii_lowercase();
        n.starts_with("connectionstrings") || n.contains("connection_string") || n.contains("connectionstring")
    };
    let mut out: Vec<Evidence> = ctx
        .host_env_literals()
        .into_iter()
        .filter(|(_, _, name, _)| connection_name(name))
        .map(|(file, line, name, value)| {
            let how = if value.is_none() { "from a reference" } else { "set" };
            Evidence::new(file, line, format!("{name} {how} by the deployment"))
        })
        .collect();
    out.extend(
        ctx.tf_settings()
            .into_iter()
            .filter(|(_, _, key, value)| {
                connection_name(key) || (key.to_ascii_lowercase().contains("connection") && is_placeholder(value))
            })
            .map(|(file, line, key, _)| Evidence::new(file, line, format!("{key} set by Terraform"))),
    );
    out
}

/// MongoDB URIs in Production configuration with no credentials: the server accepts whoever
/// reaches it (unless the code adds a `MongoCredential`). From Production settings files and the
/// host's container environment.
fn credential_less_mongo(ctx: &Context) -> Vec<Evidence> {
    if ctx
        .code
        .calls
        .iter()
        .any(|c| c.name.ends_with("Credential") && c.name.starts_with("Create"))
    {
        return Vec::new();
    }
    let anonymous = |v: &str| {
        let v = v.trim();
        let lower = v.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("mongodb://")
            .or_else(|| lower.strip_prefix("mongodb+srv://"));
        rest.is_some_and(|r| !r.split(['/', '?']).next().unwrap_or("").contains('@'))
    };
    let mut out = Vec::new();
    for f in ctx.settings.production_files() {
        f.doc.walk(&mut |path, entry, node| {
            if let (Some(entry), Some(value)) = (entry, node.as_str())
                && anonymous(value)
            {
                out.push(Evidence::new(
                    &f.path,
                    entry.line,
                    format!("{} is a MongoDB URI without credentials", path.join(":")),
                ));
            }
        });
    }
    for (file, line, name, value) in ctx.host_env_literals() {
        if value.as_deref().is_some_and(anonymous) {
            out.push(Evidence::new(
                file,
                line,
                format!("env {name} is a MongoDB URI without credentials"),
            ));
        }
    }
    out
}

/// The server of a connection string when it is this machine: `Server=.`, `(local)`,
/// `localhost`, `127.0.0.1`, `::1`, LocalDB (SQL Server, Npgsql, MySQL key spellings) or a
/// SQLite file (`Data Source=app.db`).
fn local_server(conn: &str) -> Option<String> {
    conn.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        let k = k.trim().to_ascii_lowercase();
        if !matches!(
            k.as_str(),
            "server" | "data source" | "host" | "addr" | "address" | "network address"
        ) {
            return None;
        }
        let v = v.trim().to_ascii_lowercase();
        let v = v.strip_prefix("tcp:").unwrap_or(&v);
        if v.starts_with("(localdb)") {
            return Some("LocalDB".to_string());
        }
        // SQLite: a file beside the app (each instance, each container its own) or memory.
        if k == "data source" && (v == ":memory:" || [".db", ".sqlite", ".sqlite3"].iter().any(|e| v.ends_with(e))) {
            return Some(format!("the SQLite file `{v}` inside the app"));
        }
        let host = v.split([',', '\\']).next().unwrap_or(v);
        let host = if host.matches(':').count() == 1 {
            host.split(':').next().unwrap_or(host)
        } else {
            host
        };
        matches!(host, "." | "(local)" | "localhost" | "127.0.0.1" | "::1" | "[::1]")
            .then(|| format!("the local server `{}`", v))
    })
}

/// A connection string with a password in a ConfigMap (a chart's template included, where
/// the password is filled from values at deploy time): ConfigMaps are not secret, anyone who may
/// read the namespace's configuration reads the password, and it is not encrypted at rest.
fn configmap_passwords(ctx: &Context) -> Vec<Evidence> {
    let mut out = Vec::new();
    for c in ctx.kube.of_kind("ConfigMap") {
        for e in c.doc.get("data").map(Tree::entries).unwrap_or(&[]) {
            let Some(value) = e.value.as_str() else { continue };
            let has_password = value.split(';').any(|part| {
                part.split_once('=').is_some_and(|(k, v)| {
                    matches!(k.trim().to_ascii_lowercase().as_str(), "password" | "pwd") && !v.trim().is_empty()
                })
            });
            if has_password {
                out.push(Evidence::new(
                    &c.file,
                    e.line,
                    format!(
                        "ConfigMap {}: {} carries a database password (a ConfigMap is not a Secret)",
                        c.name, e.key
                    ),
                ));
            }
        }
    }
    out
}

/// A literal `password` under a database section of a Helm values file (`database.password`,
/// `postgresql.auth.password`): the chart renders its Secret from the committed value.
fn chart_database_passwords(ctx: &Context) -> Vec<Evidence> {
    const DATABASE: &[&str] = &["database", "db", "sql", "postgres", "mysql", "mariadb", "connection"];
    let mut out = Vec::new();
    for v in &ctx.kube.values {
        v.doc.walk(&mut |path, entry, node| {
            let (Some(e), Some(value)) = (entry, node.as_str()) else {
                return;
            };
            let literal = !value.trim().is_empty() && !value.contains("{{") && !value.starts_with('$');
            // `database.password`, or one key naming both (`applicationDbPassword`).
            let key = e.key.to_ascii_lowercase();
            let own = key.strip_suffix("password").unwrap_or("");
            let under_database = path[..path.len().saturating_sub(1)]
                .iter()
                .any(|k| DATABASE.iter().any(|d| k.to_ascii_lowercase().contains(d)))
                || DATABASE.iter().any(|d| own.contains(d));
            if literal && under_database && e.key.to_ascii_lowercase().ends_with("password") {
                out.push(Evidence::new(
                    &v.file,
                    e.line,
                    format!("{} is a literal password", path.join(".")),
                ));
            }
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_local_default_the_deployment_replaces_from_a_secret_is_not_production() {
        let settings = "{ \"ConnectionStrings\": { \"Users\": \"Server=localhost,1433;Database=Users;Integrated Security=true\" } }";
        let program =
            "builder.Services.AddIdentityServer();\nvar cs = builder.Configuration.GetConnectionString(\"Users\");\n";
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sts\nspec:\n  template:\n    spec:\n      containers:\n        - name: sts\n          image: acme/sts\n          env:\n            - name: ConnectionStrings__Users\n              valueFrom:\n                secretKeyRef:\n                  name: db\n                  key: users\n";
        let base = [("src/Sts/Program.cs", program), ("src/Sts/appsettings.json", settings)];
        assert_eq!(outcome(&base).status, Status::Fail);
        let mut deployed = base.to_vec();
        deployed.push(("k8s/deployment.yaml", deployment));
        let o = outcome(&deployed);
        assert_eq!(o.status, Status::Pass);
        // The pass cites where the deployment gives the connection string, first.
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/deployment.yaml", 12),
            "{o:?}"
        );
    }

    #[test]
    fn a_template_connection_string_nothing_opens_is_not_a_development_default_in_use() {
        let settings = "{\n  \"ConnectionStrings\": {\n    \"DefaultConnection\": \"Server=(localdb)\\\\mssqllocaldb;Database=app;Trusted_Connection=True\"\n  }\n}\n";
        let idle = "builder.Services.AddIdentityServer().AddInMemoryClients(Clients.All);\n";
        let o = outcome(&[("src/Id/Program.cs", idle), ("src/Id/appsettings.json", settings)]);
        assert_ne!(o.status, Status::Fail, "{o:?}");
        // The same string read by the host is the server Production would open.
        let reads = "builder.Services.AddIdentityServer();\nbuilder.Services.AddDbContext<Db>(o => o.UseSqlServer(builder.Configuration.GetConnectionString(\"DefaultConnection\")));\n";
        let o = outcome(&[("src/Id/Program.cs", reads), ("src/Id/appsettings.json", settings)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("src/Id/appsettings.json", 3)
        );
    }

    #[test]
    fn a_mongodb_uri_without_credentials_in_production_fails() {
        let program =
            "builder.Services.AddIdentityServer();\nvar cs = builder.Configuration[\"Mongo:ConnectionString\"];\n";
        let compose = "services:\n  identity:\n    image: acme/identity\n    environment:\n      MONGODB_CONNECTION_STRING: mongodb://vault-db:27017/identity?replSet=rs0\n";
        let o = outcome(&[("src/Identity/Program.cs", program), ("docker-compose.yml", compose)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("docker-compose.yml", 5)
        );
        // The Production overlay's literal URI is configuration too; Development's is not.
        let settings = "{ \"DataBase\": { \"ConnectionString\": \"mongodb://identitydb:27017/ids\" } }";
        let prod = outcome(&[
            ("src/Identity/Program.cs", program),
            ("src/Identity/appsettings.Production.json", settings),
        ]);
        assert_eq!(prod.status, Status::Fail, "{prod:?}");
        let dev = outcome(&[
            ("src/Identity/Program.cs", program),
            ("src/Identity/appsettings.Development.json", settings),
        ]);
        assert_eq!(dev.status, Status::Pass, "{dev:?}");
        // Credentials from a Secret (a user in the URI, the password by reference) pass.
        let authed = compose.replace("mongodb://vault-db", "mongodb://ids:${MONGO_PASSWORD}@vault-db");
        let o = outcome(&[("src/Identity/Program.cs", program), ("docker-compose.yml", &authed)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn another_services_password_in_the_same_compose_file_is_not_the_hosts() {
        let program = "builder.Services.AddIdentityServer();\n";
        let compose = "services:\n  auth:\n    build: .\n    environment:\n      - Portal__PublicUrl=http://shop.test\n  inventory:\n    build: .\n    environment:\n      - Database__ConnectionString=server=db;uid=postgres;password=hunter2\n";
        let o = outcome(&[
            ("Auth/Acme.Auth/Program.cs", program),
            ("Auth/Acme.Auth/Acme.Auth.csproj", "<Project/>"),
            ("docker-compose.yml", compose),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        // The host's own service with the same value fails.
        let own = compose.replace(
            "Portal__PublicUrl=http://shop.test",
            "Database__ConnectionString=server=db;uid=ids;password=hunter2",
        );
        let o = outcome(&[
            ("Auth/Acme.Auth/Program.cs", program),
            ("Auth/Acme.Auth/Acme.Auth.csproj", "<Project/>"),
            ("docker-compose.yml", &own),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("docker-compose.yml", 5)
        );
    }

    #[test]
    fn a_host_wrapper_that_adds_key_vault_is_a_secret_store() {
        assert!(is_secret_store_source("ConfigureAzureKeyVault"));
        assert!(is_secret_store_source("AddAzureKeyVault"));
        assert!(!is_secret_store_source("GetKeyVaultSecret"));
    }

    #[test]
    fn a_chart_configmap_that_carries_a_database_password_fails() {
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-env\ndata:\n  ConnectionStrings__Users: \"Server={{ .Values.dbServer }};User ID=app;Password={{ .Values.dbPassword }}\"\n  LOG_LEVEL: Warning\n";
        let chart = "apiVersion: v2\nname: id\nversion: 0.1.0\n";
        let o = outcome(&[("chart/Chart.yaml", chart), ("chart/templates/env.yaml", cm)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect::<Vec<_>>(),
            vec![("chart/templates/env.yaml", 6)]
        );
        // The same key without a password (integrated or managed identity) is fine.
        let managed = cm.replace(
            ";User ID=app;Password={{ .Values.dbPassword }}",
            ";Authentication=Active Directory Managed Identity",
        );
        assert_ne!(
            outcome(&[("chart/Chart.yaml", chart), ("chart/templates/env.yaml", &managed)]).status,
            Status::Fail
        );
        // A values key that names the database and the password at once.
        let values = "applicationDbUser: SA\napplicationDbPassword: Sup3r-Secret\nredisPassword: \"\"\n";
        let o = outcome(&[("chart/Chart.yaml", chart), ("chart/values.yaml", values)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence.len(), 1, "{o:?}");
    }

    #[test]
    fn a_committed_secret_fails_without_host_code() {
        // "Server=db;User Id=app;Password=hunter2!" in base64.
        let secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  ConnectionString: U2VydmVyPWRiO1VzZXIgSWQ9YXBwO1Bhc3N3b3JkPWh1bnRlcjIh\n";
        let o = outcome(&[("k8s/secret.yaml", secret)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/secret.yaml", 6)
        );
    }

    #[test]
    fn a_database_password_in_chart_values_fails() {
        let chart = "apiVersion: v2\nname: ids\nversion: 0.1.0\n";
        let values = "image: ids:1\ndatabase:\n  host: sql\n  password: s3cret-Value\nadmin:\n  passwordSecret: ''\n";
        let o = outcome(&[("chart/Chart.yaml", chart), ("chart/values.yaml", values)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("chart/values.yaml", 4)
        );
        let o = outcome(&[
            ("chart/Chart.yaml", chart),
            ("chart/values.yaml", "database:\n  password: \"\"\n"),
        ]);
        assert_ne!(o.status, Status::Fail, "{o:?}");
    }

    #[test]
    fn a_local_server_fails_unless_production_configuration_replaces_it() {
        let program =
            "builder.Services.AddIdentityServer();\nvar cs = builder.Configuration.GetConnectionString(\"Store\");\n";
        let base =
            "{\n  \"ConnectionStrings\": {\n    \"Store\": \"Server=.;Integrated Security=true;Database=Ids\"\n  }\n}";
        let o = outcome(&[("Program.cs", program), ("appsettings.json", base)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("appsettings.json", 3)
        );
        let overlay = "{ \"ConnectionStrings\": { \"Store\": \"Server=sql.internal;Authentication=Active Directory Default;Database=Ids\" } }";
        let o = outcome(&[
            ("Program.cs", program),
            ("appsettings.json", base),
            ("appsettings.Production.json", overlay),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(
            local_server("Host=localhost:5432;Database=ids").as_deref(),
            Some("the local server `localhost:5432`")
        );
        assert_eq!(
            local_server("Data Source=tcp:(local),1433"),
            Some("the local server `(local),1433`".into())
        );
        assert_eq!(local_server("Server=db.example.test;Database=ids"), None);
        assert_eq!(
            local_server("Data Source=Identity.db").as_deref(),
            Some("the SQLite file `identity.db` inside the app")
        );
        assert_eq!(local_server("Data Source=sql.example.com;Initial Catalog=ids"), None);
    }
}
