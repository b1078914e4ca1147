//! appsettings*.json parsed (comments allowed, as .NET allows them): the log levels that apply in
//! Production (appsettings.json overlaid by appsettings.Production.json, per project directory),
//! connection strings, and literal secrets, each with file and line.

use crate::checklist::tree::{Entry, Tree, parse_json};
use std::collections::BTreeMap;

/// One appsettings file.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    /// Path.
    pub path: String,
    /// Directory (the project).
    pub dir: String,
    /// Environment name from `appsettings.<Env>.json`, `None` for the base file.
    pub environment: Option<String>,
    /// Parsed document.
    pub doc: Tree,
}

/// A log level as it applies in Production.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    /// File that sets it.
    pub file: String,
    /// Line.
    pub line: usize,
    /// Configuration path such as `Logging:LogLevel:Default`.
    pub key: String,
    /// Category (`Default`, `Duende.IdentityServer`).
    pub category: String,
    /// Level text.
    pub level: String,
}

/// What kind of literal secret a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// A client or API secret.
    Client,
    /// A password inside a connection string.
    ConnectionPassword,
    /// The Duende license key.
    License,
}

/// A literal secret value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Secret {
    /// File.
    pub file: String,
    /// Line.
    pub line: usize,
    /// Configuration path.
    pub key: String,
    /// The literal value.
    pub value: String,
    /// Kind.
    pub kind: SecretKind,
}

/// Every appsettings file of a tree.
#[derive(Debug, Default)]
pub struct AppSettings {
    /// Parsed files.
    pub files: Vec<SettingsFile>,
    /// Files that did not parse: (file, line, message).
    pub errors: Vec<(String, usize, String)>,
    /// Environment names the deployment files give the host besides Production
    /// (`ASPNETCORE_ENVIRONMENT=docker` in compose or a manifest): their overlays apply too.
    pub deployed_environments: Vec<String>,
}

/// Whether a value is a placeholder or a reference to where a secret lives rather than the
/// secret: `${VAR}`, `$(VAR)`, `#{token}#`, `<fill me>`, App Service `@Microsoft.KeyVault(...)`, AWS ARNs of
/// Secrets Manager / SSM, CloudFormation `{{resolve:...}}`, Vault `vault:...`, and idsgen's own
/// `secret:<name>` references.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let reference = [
        "secret:",
        "vault:",
        "arn:aws:secretsmanager:",
        "arn:aws:ssm:",
        "{{resolve:",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    reference
        || v.is_empty()
        || v.starts_with("${")
        // Kubernetes dependent variables (`Password=$(DB_PASSWORD)` expands another env entry,
        // typically a secretKeyRef) and Azure Pipelines macros use `$(NAME)`.
        || v.starts_with("$(")
        || v.starts_with("#{")
        || v.starts_with("{{")
        || v.starts_with('<')
        || v.starts_with("@Microsoft.KeyVault(")
        || lower.contains("changeme")
        || lower.contains("change_me")
        || lower.contains("change-me")
        || lower.contains("replace")
        || lower.contains("placeholder")
        || lower.contains("your-")
        || lower.contains("your_")
        || lower.starts_with("xxx")
        || lower == "secret-ref"
}

/// The non-placeholder `Password`/`Pwd` of a connection string, if any.
pub fn connection_password(conn: &str) -> Option<&str> {
    conn.split(';')
        .find_map(|part| {
            let (k, v) = part.split_once('=')?;
            let k = k.trim().to_ascii_lowercase();
            ((k == "password" || k == "pwd") && !is_placeholder(v)).then_some(v.trim())
        })
        .or_else(|| url_password(conn))
}

/// The password of a URL-form connection string, `scheme://user:password@host/…` (MongoDB,
/// PostgreSQL, MySQL, Redis, AMQP URIs).
fn url_password(conn: &str) -> Option<&str> {
    let (scheme, rest) = conn.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let known = [
        "mongodb",
        "mongodb+srv",
        "postgres",
        "postgresql",
        "mysql",
        "mariadb",
        "redis",
        "rediss",
        "amqp",
        "amqps",
        "sqlserver",
    ];
    if !known.contains(&scheme.as_str()) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (_, password) = userinfo.split_once(':')?;
    (!password.is_empty() && !is_placeholder(password)).then_some(password)
}

fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.ends_with("secret")
        || k.ends_with("apikey")
        || k.ends_with("api_key")
        || k.ends_with("privatekey")
        || k == "password"
}

impl AppSettings {
    /// Parses `(path, text)` pairs.
    pub fn load(files: &[(&str, &str)]) -> Self {
        let mut s = AppSettings::default();
        for (path, text) in files {
            match parse_json(text) {
                Ok(doc) => {
                    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
                    let stem = name.trim_end_matches(".json");
                    // appsettings.Production.json and serilog.Production.json overlay by name; another
                    // file (`accounts.settings.json`, `config.Production.json`) only when its last
                    // segment is a well-known environment name.
                    let lower = stem.to_ascii_lowercase();
                    let named = lower.starts_with("appsettings") || lower.starts_with("serilog");
                    let environment = if named {
                        stem.split_once('.').map(|(_, env)| env.to_string())
                    } else {
                        stem.rsplit_once('.').map(|(_, env)| env.to_string()).filter(|e| {
                            ["production", "development", "staging"].contains(&e.to_ascii_lowercase().as_str())
                        })
                    }
                    .filter(|e| !e.is_empty());
                    s.files.push(SettingsFile {
                        path: path.to_string(),
                        dir: dir.to_string(),
                        environment,
                        doc,
                    });
                }
                Err(e) => {
                    let line = e
                        .split("line ")
                        .nth(1)
                        .and_then(|t| t.split(|c: char| !c.is_ascii_digit()).next())
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(1);
                    s.errors.push((path.to_string(), line, e));
                }
            }
        }
        s
    }

    /// Files that apply in Production: base files, `.Production` overlays and the overlays of
    /// environments the deployment files name (never Development).
    pub fn production_files(&self) -> impl Iterator<Item = &SettingsFile> {
        self.files.iter().filter(|f| {
            f.environment.as_deref().is_none_or(|e| {
                e.eq_ignore_ascii_case("Production")
                    || self.deployed_environments.iter().any(|d| d.eq_ignore_ascii_case(e))
            })
        })
    }

    /// Effective Production log levels per project directory: `LogLevel` sections under
    /// `Logging` (and per-provider `Logging:<Provider>:LogLevel`), overlay winning per key.
    pub fn production_levels(&self) -> Vec<Level> {
        let mut by_key: BTreeMap<(String, String), Level> = BTreeMap::new();
        // Base first, then Production, so the overlay replaces.
        let mut files: Vec<&SettingsFile> = self.production_files().collect();
        files.sort_by_key(|f| f.environment.is_some());
        for f in files {
            let Some(logging) = f.doc.entry_ci("Logging") else {
                continue;
            };
            let mut sections: Vec<(String, &Entry)> = Vec::new();
            if let Some(ll) = logging.value.entry_ci("LogLevel") {
                sections.push(("Logging:LogLevel".to_string(), ll));
            }
            for provider in logging.value.entries() {
                if let Some(ll) = provider.value.entry_ci("LogLevel")
                    && !provider.key.eq_ignore_ascii_case("LogLevel")
                {
                    sections.push((format!("Logging:{}:LogLevel", provider.key), ll));
                }
            }
            for (prefix, section) in sections {
                for e in section.value.entries() {
                    let Some(level) = e.value.as_str() else { continue };
                    let key = format!("{prefix}:{}", e.key);
                    by_key.insert(
                        (f.dir.clone(), key.to_ascii_lowercase()),
                        Level {
                            file: f.path.clone(),
                            line: e.line,
                            key,
                            category: e.key.clone(),
                            level: level.to_string(),
                        },
                    );
                }
            }
        }
        by_key.into_values().collect()
    }

    /// Connection strings in Production files: (file, line, name, value).
    pub fn connection_strings(&self) -> Vec<(String, usize, String, String)> {
        let mut out = Vec::new();
        for f in self.production_files() {
            if let Some(cs) = f.doc.entry_ci("ConnectionStrings") {
                for e in cs.value.entries() {
                    if let Some(v) = e.value.as_str() {
                        out.push((f.path.clone(), e.line, e.key.clone(), v.to_string()));
                    }
                }
            }
        }
        out
    }

    /// Literal secrets in every file but Development ones.
    pub fn secrets(&self) -> Vec<Secret> {
        let mut out = Vec::new();
        for f in self.production_files() {
            f.doc.walk(&mut |path, entry, node| {
                let Some(entry) = entry else { return };
                let Some(value) = node.as_str() else { return };
                let key = path.join(":");
                // `ConnectionStrings:X`, or a connection string kept in an options section
                // (`Accounts:Postgres:ConnectionString`, `Database:ConnectionString`).
                let in_conn = path
                    .first()
                    .is_some_and(|p| p.eq_ignore_ascii_case("ConnectionStrings"))
                    || entry.key.to_ascii_lowercase().ends_with("connectionstring");
                if in_conn {
                    if connection_password(value).is_some() {
                        out.push(Secret {
                            file: f.path.clone(),
                            line: entry.line,
                            key,
                            value: value.to_string(),
                            kind: SecretKind::ConnectionPassword,
                        });
                    }
                    return;
                }
                // A flag is never a secret (`RequireClientSecret: false`).
                if is_placeholder(value) || value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
                    return;
                }
                let k = entry.key.to_ascii_lowercase();
                let under_secrets = path.iter().any(|p| p.to_ascii_lowercase().ends_with("secrets"));
                // Duende reads its key from the root, `IdentityServer` or `Duende`; another
                // vendor's `Saml:LicenseKey` is not it, and a sentence is not a key.
                // `path` ends with the key itself: its parent is the section.
                let parent = path.len().checked_sub(2).map(|i| path[i]);
                let duende_section =
                    parent.is_none_or(|p| p.eq_ignore_ascii_case("IdentityServer") || p.eq_ignore_ascii_case("Duende"));
                if k == "licensekey" && duende_section && !value.trim().contains(char::is_whitespace) {
                    out.push(Secret {
                        file: f.path.clone(),
                        line: entry.line,
                        key,
                        value: value.to_string(),
                        kind: SecretKind::License,
                    });
                } else if is_secret_key(&entry.key) || (under_secrets && k == "value") {
                    out.push(Secret {
                        file: f.path.clone(),
                        line: entry.line,
                        key,
                        value: value.to_string(),
                        kind: SecretKind::Client,
                    });
                } else if connection_password(value).is_some() {
                    out.push(Secret {
                        file: f.path.clone(),
                        line: entry.line,
                        key,
                        value: value.to_string(),
                        kind: SecretKind::ConnectionPassword,
                    });
                }
            });
        }
        out
    }
}

/// ASP.NET Core log levels in order; `None` for unknown text.
pub fn level_rank(level: &str) -> Option<u8> {
    Some(match level.trim().to_ascii_lowercase().as_str() {
        "trace" => 0,
        "debug" => 1,
        "information" => 2,
        "warning" => 3,
        "error" => 4,
        "critical" => 5,
        "none" => 6,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_duendes_license_key_is_the_license() {
        let s = AppSettings::load(&[(
            "appsettings.json",
            "{\n  \"Duende\": { \"LicenseKey\": \"eyJhbGciOiJQUzI1NiJ9.e30.c2ln\" },\n  \"Saml\": { \"LicenseKey\": \"Buy a license and put it here.\" },\n  \"Rsk\": { \"LicenseKey\": \"eyJhbGciOiJQUzI1NiJ9.e30.c2ln\" }\n}\n",
        )]);
        let licenses: Vec<usize> = s
            .secrets()
            .into_iter()
            .filter(|x| x.kind == SecretKind::License)
            .map(|x| x.line)
            .collect();
        assert_eq!(licenses, vec![2]);
    }

    #[test]
    fn url_connection_strings_carry_their_password_in_the_userinfo() {
        for (conn, password) in [
            (
                "mongodb://app:Quartz2020@localhost:27017/?authSource=admin",
                Some("Quartz2020"),
            ),
            ("postgres://svc:pa%40ss@db.internal:5432/ids", Some("pa%40ss")),
            ("rediss://:r3dis@cache:6380", Some("r3dis")),
            ("mongodb://app:${MONGO_PASSWORD}@db/ids", None),
            ("mongodb://app@db/ids", None),
            ("https://user:pass@example.com/", None),
            ("Server=db;User Id=app;Password=hunter2", Some("hunter2")),
        ] {
            assert_eq!(connection_password(conn), password, "{conn}");
        }
    }

    #[test]
    fn production_overlay_wins_per_key() {
        let s = AppSettings::load(&[
            (
                "app/appsettings.json",
                "{\n \"Logging\": { \"LogLevel\": { \"Default\": \"Information\", \"Microsoft.AspNetCore\": \"Warning\" } }\n}",
            ),
            (
                "app/appsettings.Production.json",
                "{\n \"Logging\": {\n  \"LogLevel\": {\n   \"Default\": \"Warning\"\n  }\n }\n}",
            ),
            (
                "app/appsettings.Development.json",
                "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Trace\" } } }",
            ),
        ]);
        let levels = s.production_levels();
        let default = levels.iter().find(|l| l.category == "Default").unwrap();
        assert_eq!(
            (default.file.as_str(), default.line, default.level.as_str()),
            ("app/appsettings.Production.json", 4, "Warning")
        );
        assert_eq!(levels.len(), 2);
    }

    #[test]
    fn secrets_and_placeholders() {
        let s = AppSettings::load(&[(
            "appsettings.json",
            "{\n \"ConnectionStrings\": { \"Db\": \"Host=db;Password=hunter2\", \"Ok\": \"Host=db;Password=\" },\n \"Oidc\": { \"ClientSecret\": \"abc123\", \"ApiSecret\": \"\" },\n \"Duende\": { \"LicenseKey\": \"eyJ...\" }\n}",
        )]);
        let kinds: Vec<_> = s.secrets().iter().map(|x| (x.kind, x.line)).collect();
        assert_eq!(
            kinds,
            vec![
                (SecretKind::ConnectionPassword, 2),
                (SecretKind::Client, 3),
                (SecretKind::License, 4)
            ]
        );
        assert!(is_placeholder("${DB_PASSWORD}") && !is_placeholder("hunter2"));
        assert!(
            is_placeholder("$(DB_PASSWORD)")
                && connection_password("Host=$(DB_HOST);Password=$(DB_PASSWORD)").is_none()
        );
        assert!(is_placeholder("secret:idsrv-client-worker"));
        assert!(is_placeholder(
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:idsrv-db"
        ));
        assert!(!is_placeholder("GOCSPX-4f8a1c2d9e7b6a5f3c1d0e9b"));
    }
}
