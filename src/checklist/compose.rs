//! docker-compose files as facts: each service's image, environment (list or map form, with
//! `${VAR:-default}` read as its default), env files, replicas, volumes and ports, with lines, and
//! which services are reverse proxies (nginx, nginx-proxy, Traefik, Caddy, HAProxy, Envoy).

use crate::checklist::kubernetes::EnvVar;
use crate::checklist::tree::{Kind, Tree, parse_yaml};

/// One compose service.
#[derive(Debug, Clone)]
pub struct Service {
    /// Compose file.
    pub file: String,
    /// Service name (the key under `services:`).
    pub name: String,
    /// Line of the service's key.
    pub line: usize,
    /// `image:`, if any.
    pub image: Option<String>,
    /// Line of `image:`, if any.
    pub image_line: Option<usize>,
    /// Environment variables, values interpolated with their defaults.
    pub env: Vec<EnvVar>,
    /// `env_file:` entries: (path, line).
    pub env_files: Vec<(String, usize)>,
    /// `deploy.replicas` or `scale`: (count, line).
    pub replicas: Option<(u64, usize)>,
    /// `volumes:` entries as written (short form `src:dst[:mode]`, or the long form's
    /// `source:target`): (text, line).
    pub volumes: Vec<(String, usize)>,
    /// `ports:` entries as written: (text, line).
    pub ports: Vec<(String, usize)>,
    /// `labels:` (list `k=v` or map): (key, value, line). Traefik reads its routers from these.
    pub labels: Vec<(String, String, usize)>,
    /// `command:` (a list joined by spaces), with its line.
    pub command: Option<(String, usize)>,
    /// `user:`, with its line.
    pub user: Option<(String, usize)>,
    /// Whether the service has a `build:` (its image comes from a Dockerfile of the tree).
    pub builds: bool,
}

impl Service {
    /// True when the service is a reverse proxy by its image (or, without one, by its name).
    pub fn is_proxy(&self) -> bool {
        let subject = self.image.as_deref().unwrap_or(&self.name).to_ascii_lowercase();
        let repo = subject.rsplit_once(':').map(|(r, _)| r).unwrap_or(&subject);
        let last = repo.rsplit('/').next().unwrap_or(repo);
        PROXY_IMAGES.contains(&last)
    }

    /// The variable `name` (case-insensitive, `__` and `:` treated alike), if set.
    pub fn var(&self, name: &str) -> Option<&EnvVar> {
        let want = normalise(name);
        self.env.iter().find(|e| normalise(&e.name) == want)
    }

    /// Container paths of the service's volumes (the part after the first `:`).
    pub fn mount_targets(&self) -> impl Iterator<Item = (&str, usize)> {
        self.volumes.iter().filter_map(|(v, line)| {
            let mut parts = v.splitn(3, ':');
            let first = parts.next()?;
            Some((parts.next().unwrap_or(first), *line))
        })
    }
}

const PROXY_IMAGES: &[&str] = &[
    "nginx",
    "nginx-unprivileged",
    "nginx-proxy",
    "traefik",
    "caddy",
    "haproxy",
    "envoy",
];

/// A Microsoft .NET base image run as is (`mcr.microsoft.com/dotnet/sdk:9.0`, the retired
/// `microsoft/dotnet:2.2-aspnetcore-runtime`).
pub fn dotnet_image(image: &str) -> bool {
    let image = image.to_ascii_lowercase();
    image.starts_with("mcr.microsoft.com/dotnet/") || image.starts_with("microsoft/dotnet")
}

fn normalise(name: &str) -> String {
    name.replace("__", ":").to_ascii_lowercase()
}

/// Every compose file of a tree.
#[derive(Debug, Default)]
pub struct Compose {
    /// Services in file order.
    pub services: Vec<Service>,
    /// Compose files that did not parse: (file, line, message).
    pub errors: Vec<(String, usize, String)>,
}

/// True for the names docker compose reads: `compose.yaml`, `docker-compose.yml`, and their
/// `.override`/`.prod`/… variants.
pub fn is_compose_path(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let Some(stem) = name.strip_suffix(".yml").or_else(|| name.strip_suffix(".yaml")) else {
        return false;
    };
    // `docker-compose.prod.yml`, and a prefixed variant (`dev.docker-compose.yml`).
    stem == "compose" || stem.starts_with("compose.") || stem.contains("docker-compose")
}

/// Replaces `${VAR:-default}` and `${VAR-default}` by their default, as compose does when the
/// variable is unset: the value a fresh checkout runs with. `${VAR}` and `$VAR` stay as written.
pub fn interpolate(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..end];
        let default = inner
            .find(":-")
            .map(|i| &inner[i + 2..])
            .or_else(|| inner.find('-').map(|i| &inner[i + 1..]));
        match default {
            Some(d) => out.push_str(d),
            None => {
                out.push_str("${");
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

impl Compose {
    /// Loads the compose files among `files` (other paths are ignored).
    pub fn load(files: &[(&str, &str)]) -> Self {
        let mut compose = Compose::default();
        for (path, text) in files.iter().filter(|(p, _)| is_compose_path(p)) {
            let docs = match parse_yaml(text) {
                Ok(d) => d,
                Err(e) => {
                    compose.errors.push((path.to_string(), 1, e));
                    continue;
                }
            };
            for doc in &docs {
                for s in doc.get("services").map(Tree::entries).unwrap_or(&[]) {
                    compose.services.push(service(path, &s.key, s.line, &s.value));
                }
            }
        }
        compose
    }

    /// Every service's environment variables.
    pub fn env_vars(&self) -> Vec<EnvVar> {
        self.services.iter().flat_map(|s| s.env.iter().cloned()).collect()
    }

    /// Traefik routers that compose labels attach to `service`: (router name, line of its
    /// `rule`). A label-routed service sits behind Traefik whether or not Traefik's own
    /// container is in the tree.
    pub fn traefik_routers<'a>(&'a self, service: &'a Service) -> Vec<(String, usize)> {
        if service
            .labels
            .iter()
            .any(|(k, v, _)| k == "traefik.enable" && v == "false")
        {
            return Vec::new();
        }
        service
            .labels
            .iter()
            .filter_map(|(k, _, line)| {
                let router = k.strip_prefix("traefik.http.routers.")?.strip_suffix(".rule")?;
                Some((router.to_string(), *line))
            })
            .collect()
    }

    /// Whether Traefik redirects `router`'s requests to https: one of its middlewares (labels
    /// on any service: middlewares are shared by name) is a `redirectscheme` to https. The line
    /// of the router's `middlewares` label and of the redirect's definition.
    pub fn traefik_redirect(&self, service: &Service, router: &str) -> Option<(usize, (String, usize))> {
        let (_, names, at) = service
            .labels
            .iter()
            .find(|(k, _, _)| k == &format!("traefik.http.routers.{router}.middlewares"))?;
        names.split(',').find_map(|n| {
            let name = n.trim().split('@').next().unwrap_or("");
            let key = format!("traefik.http.middlewares.{name}.redirectscheme.scheme");
            self.services.iter().find_map(|s| {
                s.labels
                    .iter()
                    .find(|(k, v, _)| k == &key && v == "https")
                    .map(|(_, _, l)| (*at, (s.file.clone(), *l)))
            })
        })
    }

    /// Reverse-proxy services.
    pub fn proxies(&self) -> impl Iterator<Item = &Service> {
        self.services.iter().filter(|s| s.is_proxy())
    }

    /// The service with the most replicas: (service, count, line).
    pub fn max_replicas(&self) -> Option<(&Service, u64, usize)> {
        self.services
            .iter()
            .filter_map(|s| s.replicas.map(|(n, l)| (s, n, l)))
            .max_by_key(|(_, n, _)| *n)
    }
}

fn scalar_items(t: Option<&Tree>) -> Vec<(String, usize)> {
    t.map(Tree::items)
        .unwrap_or(&[])
        .iter()
        .filter_map(|i| match &i.kind {
            Kind::Scalar(s) => Some((s.clone(), i.line)),
            // Long form: `- type: bind\n  source: ./x\n  target: /y`.
            Kind::Map(_) => {
                let target = i.get("target").and_then(Tree::as_str)?;
                let source = i.get("source").and_then(Tree::as_str).unwrap_or("");
                Some((format!("{source}:{target}"), i.line))
            }
            _ => None,
        })
        .collect()
}

fn service(file: &str, name: &str, line: usize, body: &Tree) -> Service {
    let mut env = Vec::new();
    match body.get("environment").map(|t| &t.kind) {
        Some(Kind::Seq(items)) => {
            for i in items {
                let Some(text) = i.as_str() else { continue };
                let (k, v) = match text.split_once('=') {
                    Some((k, v)) => (k, Some(interpolate(v))),
                    None => (text, None),
                };
                env.push(EnvVar {
                    file: file.to_string(),
                    line: i.line,
                    name: k.trim().to_string(),
                    value: v,
                    owner: name.to_string(),
                });
            }
        }
        Some(Kind::Map(entries)) => {
            for e in entries {
                env.push(EnvVar {
                    file: file.to_string(),
                    line: e.line,
                    name: e.key.clone(),
                    value: e.value.as_str().map(interpolate),
                    owner: name.to_string(),
                });
            }
        }
        _ => {}
    }
    let env_files = match body.get("env_file") {
        Some(t) if matches!(t.kind, Kind::Scalar(_)) => {
            t.as_str().map(|s| vec![(s.to_string(), t.line)]).unwrap_or_default()
        }
        other => scalar_items(other),
    };
    let replicas = body
        .get("deploy")
        .and_then(|d| d.entry("replicas"))
        .or_else(|| body.entry("scale"))
        .and_then(|e| e.value.as_u64().map(|n| (n, e.line)));
    Service {
        file: file.to_string(),
        name: name.to_string(),
        line,
        image: body.get("image").and_then(Tree::as_str).map(str::to_string),
        image_line: body.entry("image").map(|e| e.line),
        env,
        env_files,
        replicas,
        volumes: scalar_items(body.get("volumes")),
        ports: scalar_items(body.get("ports")),
        labels: match body.get("labels").map(|t| &t.kind) {
            Some(Kind::Seq(items)) => items
                .iter()
                .filter_map(|i| {
                    let (k, v) = i.as_str()?.split_once('=')?;
                    Some((k.trim().to_string(), interpolate(v.trim()), i.line))
                })
                .collect(),
            Some(Kind::Map(entries)) => entries
                .iter()
                .map(|e| {
                    (
                        e.key.clone(),
                        e.value.as_str().map(interpolate).unwrap_or_default(),
                        e.line,
                    )
                })
                .collect(),
            _ => Vec::new(),
        },
        command: body.entry("command").and_then(|e| match &e.value.kind {
            Kind::Seq(items) => {
                let words: Vec<&str> = items.iter().filter_map(Tree::as_str).collect();
                Some((words.join(" "), e.line))
            }
            _ => e.value.as_str().map(|s| (s.to_string(), e.line)),
        }),
        user: body
            .entry("user")
            .and_then(|e| e.value.as_str().map(|u| (u.to_string(), e.line))),
        builds: body.get("build").is_some(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn traefik_labels_give_routers_and_a_shared_redirect_middleware() {
        let file = "services:\n  api:\n    image: acme/api\n    labels:\n      - traefik.enable=true\n      - traefik.http.middlewares.to-https.redirectscheme.scheme=https\n  identity:\n    image: acme/identity\n    labels:\n      traefik.enable: \"true\"\n      traefik.http.routers.id.rule: Host(`id.acme.io`)\n      traefik.http.routers.id.middlewares: to-https@docker\n  off:\n    image: acme/off\n    labels:\n      - traefik.enable=false\n      - traefik.http.routers.off.rule=Host(`x`)\n";
        let c = Compose::load(&[("docker-compose.yml", file)]);
        let id = c.services.iter().find(|s| s.name == "identity").unwrap();
        assert_eq!(c.traefik_routers(id), vec![("id".to_string(), 11)]);
        assert_eq!(
            c.traefik_redirect(id, "id"),
            Some((12, ("docker-compose.yml".to_string(), 6)))
        );
        let off = c.services.iter().find(|s| s.name == "off").unwrap();
        assert!(c.traefik_routers(off).is_empty());
    }

    use super::*;

    const FILE: &str = "services:\n  proxy:\n    image: nginxproxy/nginx-proxy:1.6\n    ports:\n      - \"443:443\"\n  sts:\n    image: acme/sts:latest\n    deploy:\n      replicas: 3\n    environment:\n      - VIRTUAL_HOST=sts.example.test\n      - ConnectionStrings__Db=Server=db;Password=${DB_PASSWORD:-Sup3r!}\n      - Bare\n    env_file: global.env\n    volumes:\n      - ./keys:/app/keys:ro\n      - type: volume\n        source: dp\n        target: /home/app/.aspnet\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2\n";

    #[test]
    fn services_env_replicas_and_volumes_with_lines() {
        let c = Compose::load(&[("deploy/docker-compose.prod.yml", FILE)]);
        let names: Vec<&str> = c.services.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["proxy", "sts", "db"]);
        let sts = &c.services[1];
        assert_eq!(sts.replicas, Some((3, 9)));
        let db = sts.var("ConnectionStrings:Db").unwrap();
        assert_eq!((db.line, db.value.as_deref()), (12, Some("Server=db;Password=Sup3r!")));
        assert_eq!(sts.var("bare").unwrap().value, None);
        assert_eq!(sts.env_files, vec![("global.env".to_string(), 14)]);
        let mounts: Vec<(&str, usize)> = sts.mount_targets().collect();
        assert_eq!(mounts, vec![("/app/keys", 16), ("/home/app/.aspnet", 17)]);
        let pw = c.services[2].var("POSTGRES_PASSWORD").unwrap();
        assert_eq!((pw.line, pw.value.as_deref()), (23, Some("hunter2")));
        assert_eq!(
            c.max_replicas().map(|(s, n, l)| (s.name.as_str(), n, l)),
            Some(("sts", 3, 9))
        );
    }

    #[test]
    fn proxies_are_recognised_by_image() {
        let c = Compose::load(&[("compose.yaml", FILE)]);
        let proxies: Vec<&str> = c.proxies().map(|s| s.name.as_str()).collect();
        assert_eq!(proxies, ["proxy"]);
        let other = "services:\n  edge:\n    image: traefik:v3.1\n  web:\n    image: jwilder/nginx-proxy\n  api:\n    image: nginx-unit-app:1\n";
        let c = Compose::load(&[("docker-compose.yml", other)]);
        let proxies: Vec<&str> = c.proxies().map(|s| s.name.as_str()).collect();
        assert_eq!(proxies, ["edge", "web"]);
    }

    #[test]
    fn compose_file_names() {
        for yes in [
            "docker-compose.yml",
            "src/docker-compose.override.yml",
            "compose.yaml",
            "x/compose.prod.yml",
            "dev.docker-compose.yml",
        ] {
            assert!(is_compose_path(yes), "{yes}");
        }
        for no in [
            "k8s/deploy.yaml",
            "composer.yml",
            "docker-compose.dcproj",
            "chart/values.yaml",
        ] {
            assert!(!is_compose_path(no), "{no}");
        }
    }

    #[test]
    fn interpolation_uses_defaults_and_keeps_bare_variables() {
        assert_eq!(interpolate("Password=${PW:-abc};x"), "Password=abc;x");
        assert_eq!(interpolate("${PW-abc}"), "abc");
        assert_eq!(interpolate("http://${HOST}:5100"), "http://${HOST}:5100");
        assert_eq!(interpolate("${UNCLOSED"), "${UNCLOSED");
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_panic() {
        let c = Compose::load(&[("docker-compose.yml", "services:\n  a: [\n")]);
        assert!(c.services.is_empty());
        assert_eq!(c.errors.len(), 1);
    }
}
