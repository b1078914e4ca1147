//! The environment deployment files give containers (Kubernetes workloads and Container Apps,
//! compose services, Secrets/ConfigMaps, Dockerfile `ENV`), and which of it is the host's own:
//! the services named for the host, when any is.

use crate::checklist::context::Context;
use std::collections::BTreeSet;

impl Context {
    /// Like `env_literals`, but only the compose services and workloads that run this host when
    /// their names say so (`identity`, `sts` for the host `Fabrikam.Identity.Api`): another
    /// service's `ConnectionStrings__Db` or `ASPNETCORE_ENVIRONMENT` is not this host's
    /// configuration. When no service name matches the host, every service counts. Likewise
    /// only the ENV of the Dockerfiles that build this host (`host_dockerfiles`).
    pub fn host_env_literals(&self) -> Vec<(String, usize, String, Option<String>)> {
        // ENV of a Dockerfile that builds another project's image is that project's: one that
        // is not the host's while another is, or one that names only other projects' builds
        // (`ENTRYPOINT ["dotnet", "Portal.dll"]`).
        let own_images: BTreeSet<&str> = self.host_dockerfiles().iter().map(|d| d.path.as_str()).collect();
        let foreign_image = |f: &str| {
            self.dockerfiles
                .iter()
                .find(|d| d.path == f)
                .is_some_and(|d| !own_images.contains(f) || self.builds_other_project(d))
        };
        let development = self.development_deployment_lines();
        let all: Vec<_> = self
            .env_literals()
            .into_iter()
            .filter(|(f, l, _, _)| !foreign_image(f) && !development.contains(&(f.clone(), *l)))
            .collect();
        let Some(token) = self.host_name.as_deref().and_then(host_token) else {
            return all;
        };
        let mut workload = self.kube.env_vars();
        workload.extend(self.compose.env_vars());
        let ours = |owner: &str| owner.to_ascii_lowercase().contains(&token);
        if !workload.iter().any(|e| ours(&e.owner)) {
            return all;
        }
        let foreign: BTreeSet<(String, usize)> = workload
            .iter()
            .filter(|e| !ours(&e.owner))
            .map(|e| (e.file.clone(), e.line))
            .collect();
        all.into_iter()
            .filter(|(f, l, _, _)| !foreign.contains(&(f.clone(), *l)))
            .collect()
    }

    /// Environment lines of deployments that run the app as Development (a compose service,
    /// workload or Container App that sets `ASPNETCORE_ENVIRONMENT`/`DOTNET_ENVIRONMENT` to
    /// `Development`) when another deployment in the tree sets a different environment: the
    /// developer's docker-compose beside the production Bicep says nothing about what
    /// production listens on. Empty when no deployment says otherwise (a chart that deploys
    /// Development is what the tree deploys).
    fn development_deployment_lines(&self) -> BTreeSet<(String, usize)> {
        let mut vars = self.kube.env_vars();
        vars.extend(self.compose.env_vars());
        vars.extend(self.bicep.env_vars());
        fn environment(e: &crate::checklist::kubernetes::EnvVar) -> Option<&str> {
            matches!(
                e.name.to_ascii_uppercase().as_str(),
                "ASPNETCORE_ENVIRONMENT" | "DOTNET_ENVIRONMENT"
            )
            .then(|| e.value.as_deref().unwrap_or(""))
        }
        let development: BTreeSet<(&str, &str)> = vars
            .iter()
            .filter(|e| environment(e).is_some_and(|v| v.eq_ignore_ascii_case("Development")))
            .map(|e| (e.file.as_str(), e.owner.as_str()))
            .collect();
        let other = vars
            .iter()
            .any(|e| environment(e).is_some_and(|v| !v.is_empty() && !v.eq_ignore_ascii_case("Development")));
        if !other {
            return BTreeSet::new();
        }
        vars.iter()
            .filter(|e| development.contains(&(e.file.as_str(), e.owner.as_str())))
            .map(|e| (e.file.clone(), e.line))
            .collect()
    }

    /// Whether this host runs in containers, and the file that says so: a Dockerfile in the
    /// host's directory or naming its project (`COPY …/Fabrikam.Identity.csproj`, `dotnet
    /// Fabrikam.Identity.dll`), or a compose service / workload named for the host. Without a
    /// host name (a tree with no projects) any Dockerfile, service or workload counts.
    pub fn host_container(&self) -> Option<crate::checklist::finding::Evidence> {
        use crate::checklist::finding::Evidence;
        let workloads = || {
            self.kube
                .objects
                .iter()
                .filter(|o| crate::checklist::kubernetes::pod_spec(o).is_some())
        };
        let Some(name) = self.host_name.as_deref().filter(|n| !n.is_empty()) else {
            return self
                .dockerfiles
                .first()
                .map(|d| Evidence::new(&d.path, 1, "Dockerfile"))
                .or_else(|| {
                    self.compose
                        .services
                        .first()
                        .map(|s| Evidence::new(&s.file, s.line, format!("compose service {}", s.name)))
                })
                .or_else(|| {
                    workloads()
                        .next()
                        .map(|o| Evidence::new(&o.file, o.line, format!("{} {}", o.kind, o.name)))
                });
        };
        if let Some(at) = self.dockerfiles.iter().find_map(|d| self.builds_host(d, name)) {
            return Some(at);
        }
        let token = host_token(name)?;
        self.compose
            .services
            .iter()
            .find(|s| s.name.to_ascii_lowercase().contains(&token))
            .map(|s| Evidence::new(&s.file, s.line, format!("compose service {}", s.name)))
            .or_else(|| {
                workloads()
                    .find(|o| o.name.to_ascii_lowercase().contains(&token))
                    .map(|o| Evidence::new(&o.file, o.line, format!("{} {}", o.kind, o.name)))
            })
    }

    /// The Kubernetes workload (Deployment, StatefulSet) named for the host, when one is.
    pub fn host_workload(&self) -> Option<&crate::checklist::kubernetes::Object> {
        let token = self.host_name.as_deref().and_then(host_token)?;
        self.kube.objects.iter().find(|o| {
            // A chart template's computed name (HELM) is the chart's: its directory names it.
            let named = o.name.to_ascii_lowercase().contains(&token)
                || (o.templated && chart_of(&o.file).is_some_and(|c| c.to_ascii_lowercase().contains(&token)));
            matches!(o.kind.as_str(), "Deployment" | "StatefulSet")
                && crate::checklist::kubernetes::pod_spec(o).is_some()
                && named
        })
    }

    /// The names of the Services that select the host's workload (every `spec.selector` label
    /// is on its pod template): what an Ingress backend must name to reach the host. `None`
    /// when the workload or such a Service is not in the tree.
    pub fn host_service_names(&self) -> Option<Vec<String>> {
        use crate::checklist::tree::Tree;
        let labels = self
            .host_workload()?
            .doc
            .at(&["spec", "template", "metadata", "labels"])?;
        let names: Vec<String> = self
            .kube
            .of_kind("Service")
            .filter(|s| {
                let selector = s.doc.at(&["spec", "selector"]).map(Tree::entries).unwrap_or(&[]);
                !selector.is_empty()
                    && selector.iter().all(|e| {
                        e.value.as_str().is_some() && labels.get(&e.key).and_then(Tree::as_str) == e.value.as_str()
                    })
            })
            .map(|s| {
                // `{{ include "chart.fullname" . }}`: the release's name and the chart's; the
                // chart's directory name is what routes written beside it use.
                match chart_of(&s.file) {
                    Some(chart) if s.templated && s.name.replace("HELM", "").trim_matches(['-', '.']).is_empty() => {
                        format!("HELM{chart}")
                    }
                    _ => s.name.clone(),
                }
            })
            .collect();
        (!names.is_empty()).then_some(names)
    }

    /// Where Dockerfile `d` shows that it builds host `name`: the instruction naming its project
    /// (`COPY …/Fabrikam.Identity.csproj`, `dotnet Fabrikam.Identity.dll`), else its first line
    /// when it sits in the host's directory.
    pub(crate) fn builds_host(
        &self,
        d: &crate::checklist::dockerfile::Dockerfile,
        name: &str,
    ) -> Option<crate::checklist::finding::Evidence> {
        use crate::checklist::finding::Evidence;
        let lower = name.to_ascii_lowercase();
        let names_host = d.instructions.iter().find(|i| {
            let args = i.args.to_ascii_lowercase();
            args.contains(&format!("{lower}.csproj")) || args.contains(&format!("{lower}.dll"))
        });
        if let Some(i) = names_host {
            return Some(Evidence::new(&d.path, i.line, format!("the image runs {name}")));
        }
        self.host_dirs
            .iter()
            .any(|dir| !dir.is_empty() && d.path.starts_with(&format!("{dir}/")))
            .then(|| Evidence::new(&d.path, 1, format!("Dockerfile of {name}")))
    }

    /// The Dockerfiles of this deployment's .NET images: the host's own (`host_dockerfiles`),
    /// else those built from a .NET base image or naming a .NET project. A Keycloak or SQL
    /// Server image a tree builds for local dependencies is not one of them.
    pub fn app_dockerfiles(&self) -> Vec<&crate::checklist::dockerfile::Dockerfile> {
        self.host_dockerfiles()
            .into_iter()
            .filter(|d| {
                self.host_name
                    .as_deref()
                    .is_some_and(|n| !n.is_empty() && self.builds_host(d, n).is_some())
                    || d.instructions.iter().any(|i| {
                        let args = i.args.to_ascii_lowercase();
                        (i.name == "FROM"
                            && args
                                .split_whitespace()
                                .find(|a| !a.starts_with("--"))
                                .is_some_and(crate::checklist::compose::dotnet_image))
                            || args.contains(".csproj")
                            || args.contains(".dll")
                    })
            })
            .collect()
    }

    /// Whether `d` builds a project other than this host: it names a `.csproj` or `.dll` and
    /// none of them is the host's.
    fn builds_other_project(&self, d: &crate::checklist::dockerfile::Dockerfile) -> bool {
        let Some(name) = self.host_name.as_deref().filter(|n| !n.is_empty()) else {
            return false;
        };
        if self.builds_host(d, name).is_some() {
            return false;
        }
        d.instructions.iter().any(|i| {
            let args = i.args.to_ascii_lowercase();
            args.contains(".csproj") || args.contains(".dll")
        })
    }

    /// The Dockerfiles that build this host's image (`builds_host`); every Dockerfile when none
    /// does or the tree has no host name.
    pub fn host_dockerfiles(&self) -> Vec<&crate::checklist::dockerfile::Dockerfile> {
        let own: Vec<_> = match self.host_name.as_deref().filter(|n| !n.is_empty()) {
            Some(name) => self
                .dockerfiles
                .iter()
                .filter(|d| self.builds_host(d, name).is_some())
                .collect(),
            None => Vec::new(),
        };
        if own.is_empty() {
            self.dockerfiles.iter().collect()
        } else {
            own
        }
    }

    /// The compose service that runs this host: the one named for it (`identity` for
    /// `AlpineSki.Identity`), else the only service that runs a .NET image as is (`dotnet run`
    /// in the SDK image). A service that builds an image is not assumed to build this host: a
    /// solution with several hosts builds the others too.
    pub fn host_compose_service(&self) -> Option<&crate::checklist::compose::Service> {
        let services = &self.compose.services;
        if let Some(token) = self.host_name.as_deref().and_then(host_token)
            && let Some(s) = services.iter().find(|s| s.name.to_ascii_lowercase().contains(&token))
        {
            return Some(s);
        }
        // The other way round: one service named by part of the host's name (`identity` for
        // `09_IdentityServer`), when that part is a word of its own length.
        if let Some(token) = self.host_name.as_deref().and_then(host_token) {
            let named: Vec<_> = services
                .iter()
                .filter(|s| {
                    let n = s.name.to_ascii_lowercase();
                    n.len() >= 5 && n.chars().all(|c| c.is_ascii_alphanumeric()) && token.contains(&n)
                })
                .collect();
            // The same service in several files (staging, production): the production file's.
            if named.first().is_some_and(|f| named.iter().all(|s| s.name == f.name)) {
                return named
                    .iter()
                    .find(|s| production_named(&s.file))
                    .or(named.first())
                    .copied();
            }
        }
        // The service that mounts or runs the host's project directory (`../identityhost:/src`,
        // `dotnet run --project /src/identityhost.csproj`).
        if let Some(dir) = self
            .host_dirs
            .first()
            .and_then(|d| d.rsplit('/').next())
            .filter(|d| !d.is_empty())
        {
            let names = |text: &str| {
                text.split([' ', '/', '\\', ':', '=', '"', ','])
                    .any(|t| t.eq_ignore_ascii_case(dir) || t.eq_ignore_ascii_case(&format!("{dir}.csproj")))
            };
            let mut running = services.iter().filter(|s| {
                s.volumes.iter().any(|(v, _)| names(v.split(':').next().unwrap_or(v)))
                    || s.command.as_ref().is_some_and(|(c, _)| names(c))
            });
            if let (Some(s), None) = (running.next(), running.next()) {
                return Some(s);
            }
        }
        let mut dotnet = services
            .iter()
            .filter(|s| !s.builds && s.image.as_deref().is_some_and(crate::checklist::compose::dotnet_image));
        match (dotnet.next(), dotnet.next()) {
            (Some(s), None) => Some(s),
            _ => None,
        }
    }

    /// Whether the compose files are a local development stack beside the real deployment:
    /// Kubernetes workloads run the app, and every compose service of the host sets
    /// `ASPNETCORE_ENVIRONMENT=Development` or runs `dotnet run`/`dotnet watch` from sources.
    pub fn compose_is_local_development(&self) -> bool {
        let kube_workloads = self
            .kube
            .objects
            .iter()
            .any(|o| crate::checklist::kubernetes::pod_spec(o).is_some());
        if !kube_workloads || self.compose.services.is_empty() {
            return false;
        }
        let development = |s: &crate::checklist::compose::Service| {
            s.var("ASPNETCORE_ENVIRONMENT")
                .and_then(|e| e.value.as_deref())
                .is_some_and(|v| v.eq_ignore_ascii_case("Development"))
                || s.command
                    .as_ref()
                    .is_some_and(|(c, _)| c.contains("dotnet run") || c.contains("dotnet watch"))
        };
        let dotnet: Vec<_> = self
            .compose
            .services
            .iter()
            .filter(|s| s.builds || s.image.as_deref().is_some_and(crate::checklist::compose::dotnet_image))
            .collect();
        !dotnet.is_empty() && dotnet.iter().all(|s| development(s))
    }

    /// Whether an nginx `proxy_pass` sends to this host: when some proxying location of the tree
    /// names the host in its upstream (`proxy_pass https://auth;` for `Humongous.Sso.Auth`), only
    /// those do; otherwise every proxying location is taken to reach it (one upstream, a loopback
    /// port, an `upstream` block with another name).
    pub fn proxies_host(&self, proxy_pass: &crate::checklist::nginx::Directive) -> bool {
        match &self.nginx_host_upstream {
            Some(token) => proxy_pass.arg(0).to_ascii_lowercase().contains(token.as_str()),
            // An upstream that is another compose service (`proxy_pass http://api:5000/`, the
            // host running as `identity`) does not reach this host.
            None => {
                let target = proxy_pass.arg(0).to_ascii_lowercase();
                let target = target.split_once("://").map(|(_, r)| r).unwrap_or(&target);
                let upstream = target.split([':', '/']).next().unwrap_or(target).to_string();
                // `proxy_pass http://storefront_api;` names an `upstream` block: its servers
                // are where requests go.
                let servers: Vec<String> = self
                    .nginx
                    .upstreams()
                    .into_iter()
                    .find(|(u, _)| u.arg(0).eq_ignore_ascii_case(&upstream))
                    .map(|(u, _)| {
                        u.children()
                            .iter()
                            .filter(|s| s.name == "server")
                            .map(|s| {
                                s.arg(0)
                                    .to_ascii_lowercase()
                                    .split(':')
                                    .next()
                                    .unwrap_or("")
                                    .to_string()
                            })
                            .collect()
                    })
                    .filter(|s: &Vec<String>| !s.is_empty())
                    .unwrap_or_else(|| vec![upstream]);
                let Some(own) = self.host_compose_service() else {
                    return true;
                };
                let other_service = |name: &str| {
                    self.compose.services.iter().any(|s| s.name.eq_ignore_ascii_case(name))
                        && !own.name.eq_ignore_ascii_case(name)
                };
                !servers.iter().all(|s| other_service(s))
            }
        }
    }

    /// The nginx locations that proxy to this host (see `proxies_host`), each with whether its
    /// server terminates TLS.
    pub fn host_proxy_locations(&self) -> Vec<(bool, crate::checklist::nginx::ProxyLocation<'_>)> {
        self.nginx
            .servers()
            .iter()
            .flat_map(|s| {
                let tls = s.tls();
                s.proxy_locations()
                    .into_iter()
                    .filter(|l| self.proxies_host(l.proxy_pass))
                    .map(move |l| (tls, l))
            })
            .collect()
    }

    /// The host's name token when some proxying location's upstream names it (computed once
    /// per context: one pass over the locations).
    pub(crate) fn host_named_upstream(&self) -> Option<String> {
        let token = self.host_name.as_deref().and_then(host_token)?;
        self.nginx
            .servers()
            .iter()
            .flat_map(|s| s.proxy_locations())
            .any(|l| l.proxy_pass.arg(0).to_ascii_lowercase().contains(&token))
            .then_some(token)
    }

    /// Container env vars from manifests and a Dockerfile's `ENV`: (file, line, name, literal value).
    pub fn env_literals(&self) -> Vec<(String, usize, String, Option<String>)> {
        let mut out: Vec<_> = self
            .kube
            .env_vars()
            .into_iter()
            .map(|e| (e.file, e.line, e.name, e.value))
            .collect();
        // Compose environments, and what Secrets/ConfigMaps commit (they reach containers as env).
        out.extend(
            self.compose
                .env_vars()
                .into_iter()
                .map(|e| (e.file, e.line, e.name, e.value)),
        );
        // App Service settings a Bicep site gives the app.
        out.extend(
            self.bicep
                .env_vars()
                .into_iter()
                .map(|e| (e.file, e.line, e.name, e.value)),
        );
        out.extend(
            crate::checklist::kube_data::literals(&self.kube)
                .into_iter()
                .map(|l| (l.file, l.line, l.key, Some(l.value))),
        );
        for d in &self.dockerfiles {
            for i in d.instructions.iter().filter(|i| i.name == "ENV") {
                let (k, v) = i
                    .args
                    .split_once('=')
                    .or_else(|| i.args.split_once(' '))
                    .unwrap_or((i.args.as_str(), ""));
                out.push((
                    d.path.clone(),
                    i.line,
                    k.trim().to_string(),
                    Some(v.trim().trim_matches('"').to_string()),
                ));
            }
        }
        out
    }
}

/// The directory name of the chart a template file belongs to (`charts/identity/templates/x.yaml`
/// → `identity`).
fn chart_of(file: &str) -> Option<&str> {
    file.rsplit_once("/templates/")
        .map(|(dir, _)| dir.rsplit('/').next().unwrap_or(dir))
}

/// The word of a host project's name that its services are named after: the last segment that
/// is not a generic suffix (`Fabrikam.Identity.Api` → `identity`, `Acme.Sts` → `sts`).
fn host_token(name: &str) -> Option<String> {
    const GENERIC: &[&str] = &[
        "api", "web", "webapi", "webapp", "host", "server", "service", "app", "src", "main",
    ];
    name.split(['.', '-', '_'])
        .map(str::to_ascii_lowercase)
        .rfind(|t| t.len() >= 3 && !GENERIC.contains(&t.as_str()))
}

/// An Azure App Service site that runs the app, from Bicep or Terraform.
#[derive(Debug, Clone)]
pub struct AppServiceSite {
    /// The site's declaration.
    pub at: crate::checklist::finding::Evidence,
    /// Where `httpsOnly: true` / `https_only = true` is set, when it is.
    pub https_only: Option<crate::checklist::finding::Evidence>,
    /// Where the built-in language stack is chosen (`linuxFxVersion: 'DOTNETCORE|9.0'`,
    /// `application_stack { dotnet_version }`), when the site runs code rather than a container.
    pub code_stack: Option<crate::checklist::finding::Evidence>,
    /// Where a Windows site's .NET stack is chosen: the app runs in IIS behind the front end,
    /// which hands it the client's scheme and Host.
    pub windows_code: Option<crate::checklist::finding::Evidence>,
    /// The platform CORS origins the site allows (`siteConfig.cors.allowedOrigins`).
    pub cors: Vec<crate::checklist::finding::Evidence>,
    /// Where a Linux site is given a container image (`linuxFxVersion: 'DOCKER|…'`,
    /// `application_stack { docker_image_name }`, `linux_fx_version = "DOCKER|…"`): the platform's
    /// front end ends TLS and forwards plain http with X-Forwarded-* headers to the container,
    /// which must process them itself (dotnet/aspnetcore#4135, "Antares Linux"; read 2026-12-04).
    pub linux_container: Option<crate::checklist::finding::Evidence>,
}

impl Context {
    /// App Service deployment slots in the tree's Bicep, ARM templates and Terraform.
    pub fn app_service_slots(&self) -> Vec<crate::checklist::finding::Evidence> {
        use crate::checklist::finding::Evidence;
        let note = "a deployment slot: its key ring is not the production slot's";
        let mut out: Vec<Evidence> = self
            .bicep
            .slots
            .iter()
            .map(|(f, l)| Evidence::new(f, *l, note))
            .collect();
        for rtype in [
            "azurerm_linux_web_app_slot",
            "azurerm_windows_web_app_slot",
            "azurerm_app_service_slot",
        ] {
            out.extend(self.tf.resources(rtype).map(|r| Evidence::new(&r.file, r.line, note)));
        }
        out
    }

    /// App Service sites in the tree's Bicep, ARM templates and Terraform.
    pub fn app_service_sites(&self) -> Vec<AppServiceSite> {
        use crate::checklist::finding::Evidence;
        let mut out: Vec<AppServiceSite> = self
            .bicep
            .sites
            .iter()
            .map(|s| {
                let windows_code = s
                    .windows_stack
                    .map(|l| Evidence::new(&s.file, l, "netFrameworkVersion (Windows, in IIS)"));
                AppServiceSite {
                    at: Evidence::new(&s.file, s.line, format!("App Service site {}", s.name)),
                    https_only: s
                        .https_only
                        .filter(|(on, _)| *on)
                        .map(|(_, l)| Evidence::new(&s.file, l, "httpsOnly: true")),
                    code_stack: s
                        .linux_fx
                        .as_ref()
                        .filter(|_| !s.container())
                        .map(|(v, l)| Evidence::new(&s.file, *l, format!("linuxFxVersion {v}")))
                        .or_else(|| windows_code.clone()),
                    windows_code,
                    cors: s
                        .cors
                        .iter()
                        .map(|(o, l)| Evidence::new(&s.file, *l, format!("platform CORS origin {o}")))
                        .collect(),
                    linux_container: s
                        .linux_fx
                        .as_ref()
                        .filter(|_| s.container())
                        .map(|(v, l)| Evidence::new(&s.file, *l, format!("linuxFxVersion {v}"))),
                }
            })
            .collect();
        for rtype in [
            "azurerm_linux_web_app",
            "azurerm_windows_web_app",
            "azurerm_app_service",
        ] {
            for r in self.tf.resources(rtype) {
                let stack = r
                    .nested("site_config")
                    .flat_map(|c| c.nested("application_stack"))
                    .find_map(|a| {
                        let container = a.attr("docker_image_name").or_else(|| a.attr("docker_image"));
                        if container.is_some() {
                            return None;
                        }
                        a.attr("dotnet_version")
                            .map(|d| Evidence::new(&r.file, d.line, "application_stack dotnet_version"))
                    });
                let windows_code = (rtype == "azurerm_windows_web_app").then(|| stack.clone()).flatten();
                let docker_stack = (rtype == "azurerm_linux_web_app")
                    .then(|| {
                        r.nested("site_config")
                            .flat_map(|c| c.nested("application_stack"))
                            .find_map(|a| a.attr("docker_image_name").or_else(|| a.attr("docker_image")))
                            .map(|a| Evidence::new(&r.file, a.line, "application_stack docker image (Linux)"))
                    })
                    .flatten();
                let docker_fx = r
                    .nested("site_config")
                    .find_map(|c| c.attr("linux_fx_version"))
                    .filter(|a| {
                        a.value
                            .text()
                            .is_some_and(|v| v.to_ascii_uppercase().starts_with("DOCKER|"))
                    })
                    .map(|a| Evidence::new(&r.file, a.line, "linux_fx_version DOCKER|…"));
                out.push(AppServiceSite {
                    windows_code,
                    linux_container: docker_stack.or(docker_fx),
                    cors: Vec::new(),
                    at: Evidence::new(&r.file, r.line, r.address()),
                    https_only: r
                        .attr("https_only")
                        .filter(|a| a.value.as_bool() == Some(true))
                        .map(|a| Evidence::new(&r.file, a.line, "https_only = true")),
                    code_stack: stack,
                });
            }
        }
        out
    }
}

/// Whether a deployment file's name says it is production's (`docker-compose-production.yml`,
/// `values.prod.yaml`), and not a pre-production one: where deployments disagree, these decide.
pub fn production_named(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    name.contains("prod") && !name.contains("preprod")
}
