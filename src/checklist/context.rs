//! Everything the rules read, parsed once from the file set, and the facts that decide which
//! items apply: the host project, instance count, Redis holding keys, proxy hops, .NET version.

use crate::checklist::appsettings::AppSettings;
use crate::checklist::compose::Compose;
use crate::checklist::csharp::{self, Code};
use crate::checklist::discover::{FileKind, classify};
pub use crate::checklist::dockerfile::{Dockerfile, Instruction, parse_dockerfile};
use crate::checklist::finding::Evidence;
use crate::checklist::hosts::{Host, Hosts};
use crate::checklist::kubernetes::{self, Kube};
use crate::checklist::nginx;
use crate::checklist::terraform::{Terraform, Value};
use crate::checklist::tree::{Tree, parse_yaml};
use crate::spec::types::Spec;
use std::collections::BTreeSet;

/// A fact with the place that shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub evidence: Evidence,
}

/// The deployment's own spec, when idsgen.yaml is in the tree.
#[derive(Debug, Clone)]
pub struct SpecFile {
    /// Path of idsgen.yaml.
    pub path: String,
    /// The parsed spec.
    pub spec: Spec,
    /// The same document as a line-aware tree.
    pub tree: Tree,
}

impl SpecFile {
    /// Line of a dotted path in idsgen.yaml (1 when absent).
    pub fn line(&self, path: &[&str]) -> usize {
        let mut node = &self.tree;
        let mut line = 1;
        for key in path {
            match node.entry(key) {
                Some(e) => {
                    line = e.line;
                    node = &e.value;
                }
                None => break,
            }
        }
        line
    }

    /// Evidence at a dotted path.
    pub fn at(&self, path: &[&str], note: impl Into<String>) -> Evidence {
        Evidence::new(&self.path, self.line(path), note)
    }
}

impl Context {
    /// Whether `file` lies in one of the host's project directories.
    pub fn in_host_dir(&self, file: &str) -> bool {
        self.host_dirs
            .iter()
            .any(|d| d.is_empty() || file.starts_with(&format!("{d}/")))
    }

    /// Production settings files and client seed files: every JSON place a client is defined.
    pub fn client_files(&self) -> impl Iterator<Item = &crate::checklist::appsettings::SettingsFile> {
        self.settings
            .production_files()
            .chain(self.client_seed.production_files())
    }

    /// A commented-out call of `name` in the host's C#, as evidence that it is switched off.
    pub fn commented_call(&self, name: &str) -> Option<Evidence> {
        let call = format!("{name}(");
        self.commented
            .iter()
            .find(|(_, _, text)| text.contains(&call))
            .map(|(f, l, _)| Evidence::new(f, *l, format!("{name}() is commented out")))
    }
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    let at = text.find(needle)?;
    Some(text[..at].matches('\n').count() + 1)
}

/// All parsed inputs and derived facts.
#[derive(Debug)]
pub struct Context {
    /// Every path of the file set.
    pub paths: BTreeSet<String>,
    /// C# of the IdentityServer host project(s).
    pub code: Code,
    /// Commented-out code lines of the host's C# (`//app.UseHttpsRedirection();`): (file,
    /// line, text), so a finding can say the call is there but switched off.
    pub commented: Vec<(String, usize, String)>,
    /// Directory of the host project ("" when no .csproj is in the tree); its libraries' C# is in
    /// `code`, but only the host's directory is its content root.
    pub host_dirs: Vec<String>,
    /// The `AddIdentityServer` call of the host: the anchor for findings about something missing.
    pub host: Option<Evidence>,
    /// Where the host shows it runs IdentityServer4 (end of life, no automatic key management).
    pub identityserver4: Option<Evidence>,
    /// The host's name token when some nginx `proxy_pass` upstream names it (only those
    /// locations reach the host then); computed once, see `Context::proxies_host`.
    pub nginx_host_upstream: Option<String>,
    /// A Duende.IdentityServer package reference (or central PackageVersion) of a major version
    /// out of support, with the version: 5.x since 2022-12-13, 6.x since 2024-05-14
    /// (docs.duendesoftware.com/identityserver/v5 and /v6, read 2026-12-03).
    pub duende_out_of_support: Option<Evidence>,
    /// The host's reference to the Duende.IdentityServer package with a version.
    pub duende_package: Option<Evidence>,
    /// The first package or project reference of the host's projects that brings IdentityServer
    /// (Duende, IdentityServer4, or a wrapper such as ApiAuthorization.IdentityServer): what a
    /// finding about the product itself (its license) points at.
    pub identityserver_reference: Option<Evidence>,
    /// The host's project name ("" for a tree without projects), when a host was found.
    pub host_name: Option<String>,
    /// What was searched for a host, for "not found" answers.
    pub searched: String,
    /// Target frameworks of the host projects: (file, line, tfm).
    pub frameworks: Vec<(String, usize, String)>,
    /// Lines of scripts, Makefiles and pipeline YAML that apply EF migrations from outside the
    /// application (`dotnet ef database update`, a migrations bundle).
    pub migration_commands: Vec<Evidence>,
    /// Where a Web Deploy publishes the app to an IIS site (`DeployIisAppPath` in a project,
    /// publish profile, build script or pipeline): the app runs on Windows, in IIS.
    pub iis_web_deploy: Option<Evidence>,
    /// Variables set by shell scripts that run the deployment (`export PUBLIC_DOMAIN=…` before
    /// `docker compose up`).
    pub deploy_script_vars: Vec<crate::checklist::scripts::ScriptVar>,
    /// appsettings files.
    pub settings: AppSettings,
    /// Seed data for the configuration store the host serves clients from: JSON files outside
    /// its settings with a `Clients` array (skoruba's `identityserverdata.json`, read by the
    /// admin that writes the shared database). Empty when the host has no client store.
    pub client_seed: AppSettings,
    /// nginx configuration.
    pub nginx: nginx::Config,
    /// HAProxy configuration.
    pub haproxy: crate::checklist::haproxy::Config,
    /// Terraform.
    pub tf: Terraform,
    /// Azure Bicep: App Service sites.
    pub bicep: crate::checklist::bicep::Bicep,
    /// Kubernetes manifests and Helm values.
    pub kube: Kube,
    /// Where the tree names ingress-nginx as the controller of Ingresses that name no class
    /// (`ingress_controller`), or an `IngressClass` of the tree makes it the default.
    pub classless_ingress_nginx: Option<Evidence>,
    /// docker-compose services.
    pub compose: Compose,
    /// idsgen.yaml.
    pub spec: Option<SpecFile>,
    /// Dockerfiles.
    pub dockerfiles: Vec<Dockerfile>,
    /// `.dockerignore` files: (path, text).
    pub dockerignores: Vec<(String, String)>,
    /// `.gitignore` files: (path, text).
    pub gitignores: Vec<(String, String)>,
    /// `Duende_License.key` files.
    pub license_files: Vec<String>,
    /// JSON files under a `keys/` directory.
    pub key_files: Vec<String>,
    /// `.pfx`/`.p12` files committed in the host's project directories.
    pub certificates: Vec<String>,
    /// `redis.conf` files: (path, text).
    pub redis_confs: Vec<(String, String)>,
    /// Files that could not be parsed.
    pub unparsed: Vec<Evidence>,
    /// Most instances that may run, and where that is stated.
    pub instances: Option<Fact<u32>>,
    /// Where Data Protection keys are put in Redis.
    pub redis_keys: Option<Evidence>,
    /// Number of layer-7 proxy hops, and where that is known from.
    pub hops: Option<Fact<u32>>,
    /// The host targets .NET 10.
    pub net10: Option<Evidence>,
    /// The public host name, for operator commands.
    pub public_host: Option<String>,
    /// Number of files classified.
    pub files_checked: usize,
}

impl Context {
    /// Parses the file set for its first production host (or its only sample).
    pub fn build(files: &[(String, String)]) -> Self {
        let hosts = Self::hosts(files);
        let first = hosts.select(None).ok().and_then(|h| h.first().copied());
        Self::build_for(files, &hosts, first)
    }

    /// Finds the IdentityServer hosts of a file set.
    pub fn hosts(files: &[(String, String)]) -> Hosts {
        let mut cs = Vec::new();
        let mut projects = Vec::new();
        for (p, t) in files {
            match classify(p) {
                Some(FileKind::CSharp) => cs.push((p.as_str(), t.as_str())),
                Some(FileKind::Project) => projects.push((p.as_str(), t.as_str())),
                _ => {}
            }
        }
        Hosts::discover(&cs, &projects)
    }

    /// Parses the file set for one host: its C# closure, its appsettings, and the rest of the
    /// tree's deployment files. `None` builds a context in which no host was found.
    pub fn build_for(files: &[(String, String)], hosts: &Hosts, host: Option<&Host>) -> Self {
        let mut by_kind: Vec<(FileKind, &str, &str)> = files
            .iter()
            .filter_map(|(p, t)| classify(p).map(|k| (k, p.as_str(), t.as_str())))
            .collect();
        by_kind.sort_by(|a, b| a.1.cmp(b.1));
        let of = |kind: FileKind| -> Vec<(&str, &str)> {
            by_kind
                .iter()
                .filter(|(k, _, _)| *k == kind)
                .map(|(_, p, t)| (*p, *t))
                .collect()
        };
        let paths: BTreeSet<String> = files.iter().map(|(p, _)| p.clone()).collect();
        let mut unparsed = Vec::new();
        for (_, path, text) in &by_kind {
            if let Some(line) = crate::checklist::markers::conflict_line(text) {
                unparsed.push(Evidence::new(
                    *path,
                    line,
                    "unresolved merge conflict (<<<<<<< … >>>>>>>); resolve it and run check again",
                ));
            }
        }

        // C#: the closure of the selected IdentityServer host, parsed once per file.
        let csharp = of(FileKind::CSharp);
        let mut code = hosts.code_for(host, &csharp);
        if let Some(h) = host {
            let own: Vec<&str> = of(FileKind::Project)
                .into_iter()
                .filter(|(p, _)| h.owns(&hosts.graph, p))
                .map(|(_, t)| t)
                .collect();
            crate::checklist::package_helpers::expand(&mut code, &own);
        }
        // The host project's own directory: its content root (keys/, TargetFramework).
        let host_dirs: Vec<String> = host
            .map(|h| {
                vec![
                    h.project
                        .map(|i| hosts.graph.projects[i].dir.clone())
                        .unwrap_or_default(),
                ]
            })
            .unwrap_or_default();
        for (file, line) in &code.errors {
            unparsed.push(Evidence::new(
                file,
                *line,
                "C# syntax error; facts after it may be missing",
            ));
        }
        for (file, line, msg) in &hosts.graph.errors {
            unparsed.push(Evidence::new(file, *line, msg.clone()));
        }
        let host_anchor = host.map(|h| h.anchor.clone());
        let identityserver4 = host.and_then(|h| {
            let owned = |p: &&(&str, &str)| h.owns(&hosts.graph, p.0);
            // The host project's own reference first, then its libraries'.
            let mut projects = of(FileKind::Project);
            let own = h.project.map(|i| hosts.graph.projects[i].path.clone());
            projects.sort_by_key(|(p, _)| Some(p.to_string()) != own);
            let from_package = projects.iter().filter(owned).find_map(|(p, t)| {
                line_of(t, "Include=\"IdentityServer4")
                    .map(|l| (p.to_string(), l, "PackageReference IdentityServer4"))
                    .or_else(|| {
                        // IdentityServer4 vendored as source: `<ProjectReference Include="…\IdentityServer4.csproj" />`.
                        t.lines()
                            .position(|line| {
                                line.contains("ProjectReference") && line.contains("IdentityServer4.csproj")
                            })
                            .map(|i| (p.to_string(), i + 1, "ProjectReference IdentityServer4 (source copy)"))
                    })
            });
            // The file that registers IdentityServer first, then the closure's others.
            let mut sources: Vec<&(&str, &str)> = csharp.iter().filter(owned).collect();
            sources.sort_by_key(|(p, _)| Some(*p) != h.anchor.file.as_str().into());
            from_package
                .or_else(|| {
                    sources.iter().find_map(|(p, t)| {
                        line_of(t, "using IdentityServer4").map(|l| (p.to_string(), l, "using IdentityServer4"))
                    })
                })
                .map(|(p, l, n)| Evidence::new(p, l, n))
        });

        // The Duende.IdentityServer package the host references, with its version: the
        // package itself before its satellites (`Duende.IdentityServer.EntityFramework`).
        let duende_package = host.and_then(|h| {
            let projects = of(FileKind::Project);
            let owned: Vec<_> = projects
                .iter()
                .filter(|(p, _)| h.owns(&hosts.graph, p) || p.to_ascii_lowercase().ends_with(".props"))
                .collect();
            ["Include=\"Duende.IdentityServer\"", "Include=\"Duende.IdentityServer"]
                .iter()
                .find_map(|needle| {
                    owned.iter().find_map(|(p, t)| {
                        t.lines().enumerate().find_map(|(i, line)| {
                            let at = line.find(needle)?;
                            let version = line[at..].split("Version=\"").nth(1)?.split('"').next()?;
                            let major: u32 = version.split('.').next()?.trim_start_matches('[').parse().ok()?;
                            Some((
                                Evidence::new(*p, i + 1, format!("Duende.IdentityServer {version}")),
                                major,
                            ))
                        })
                    })
                })
        });
        let identityserver_reference = host.and_then(|h| {
            let mut projects = of(FileKind::Project);
            let own = h.project.map(|i| hosts.graph.projects[i].path.clone());
            projects.sort_by_key(|(p, _)| Some(p.to_string()) != own);
            projects
                .iter()
                .filter(|(p, _)| h.owns(&hosts.graph, p))
                .find_map(|(p, t)| {
                    t.lines().enumerate().find_map(|(i, line)| {
                        let reference = line.contains("PackageReference") || line.contains("ProjectReference");
                        let name = line.split("Include=\"").nth(1)?.split('"').next()?;
                        (reference && name.contains("IdentityServer"))
                            .then(|| Evidence::new(*p, i + 1, format!("references {name}")))
                    })
                })
        });
        let duende_out_of_support = duende_package
            .as_ref()
            .filter(|(_, major)| *major <= 6)
            .map(|(e, major)| {
                let mut e = e.clone();
                e.note = format!("{}: the {major}.x line is out of support", e.note);
                e
            });
        let duende_package = duende_package.map(|(e, _)| e);
        let in_host = |file: &str| {
            host_dirs
                .iter()
                .any(|d| d.is_empty() || file.starts_with(&format!("{d}/")))
        };
        let mut frameworks = Vec::new();
        for (path, text) in of(FileKind::Project) {
            // Directory.Build.props applies to every project below it.
            let applies = in_host(path) || path.ends_with(".props");
            if applies {
                for (tfm, line) in csharp::target_frameworks(text) {
                    frameworks.push((path.to_string(), line, tfm));
                }
            }
        }

        // appsettings inside another project belong to that project, not to this host.
        // Other JSON files count when the host's code adds them to configuration
        // (`AddJsonFile("config/config.json")`, relative to the content root).
        let added: Vec<String> = code
            .calls
            .iter()
            .filter(|c| c.name == "AddJsonFile")
            .filter_map(|c| c.strings().next())
            .map(|p| p.trim_start_matches("./").replace('\\', "/"))
            .collect();
        let content_roots: Vec<String> = host_dirs
            .iter()
            .map(|d| if d.is_empty() { String::new() } else { format!("{d}/") })
            .collect();
        // Files found by a pattern and added in a loop (`Directory.EnumerateFiles(root,
        // "*.settings.json")` then `AddJsonFile(file)`), matched by file name in the host's projects.
        let patterns: Vec<globset::GlobMatcher> = if code.call("AddJsonFile").is_some() {
            code.strings
                .iter()
                .filter(|s| s.value.contains('*') && s.value.ends_with(".json") && !s.value.contains('/'))
                .filter_map(|s| globset::Glob::new(&s.value).ok().map(|g| g.compile_matcher()))
                .collect()
        } else {
            Vec::new()
        };
        // An interpolated path (`$"Configurations/{area}.json"`) adds every file it can name,
        // except another environment's overlay (`mail.Development.json`).
        let interpolated: Vec<globset::GlobMatcher> = added
            .iter()
            .filter(|a| a.contains('{') && !a.to_ascii_lowercase().starts_with("appsettings"))
            .filter_map(|a| {
                let glob = regex::Regex::new(r"\{[^}/]*\}").ok()?.replace_all(a, "*").into_owned();
                globset::GlobBuilder::new(&glob)
                    .literal_separator(true)
                    .build()
                    .ok()
                    .map(|g| g.compile_matcher())
            })
            .collect();
        let other_environment = |p: &str| {
            let stem = p.rsplit('/').next().unwrap_or(p).trim_end_matches(".json");
            stem.rsplit_once('.').is_some_and(|(_, env)| {
                !env.eq_ignore_ascii_case("production")
                    && ["development", "dev", "local", "test", "staging", "docker", "debug"]
                        .contains(&env.to_ascii_lowercase().as_str())
            })
        };
        let added_json = of(FileKind::Json).into_iter().filter(|(p, _)| {
            let name = p.rsplit('/').next().unwrap_or(p);
            patterns.iter().any(|m| m.is_match(name))
                || (!other_environment(p)
                    && interpolated.iter().any(|m| {
                        content_roots
                            .iter()
                            .any(|root| p.strip_prefix(root.as_str()).is_some_and(|rel| m.is_match(rel)))
                    }))
                || added.iter().any(|a| {
                    content_roots.iter().any(|root| *p == format!("{root}{a}"))
                        || (host.is_none() && (p.ends_with(&format!("/{a}")) || p == a))
                })
        });
        let settings_files: Vec<(&str, &str)> = of(FileKind::AppSettings)
            .into_iter()
            .chain(added_json)
            .filter(|(p, _)| host.is_none_or(|h| hosts.graph.owner(p).is_none() || h.owns(&hosts.graph, p)))
            .collect();
        let settings = AppSettings::load(&settings_files);
        let migration_commands: Vec<Evidence> = of(FileKind::Script)
            .into_iter()
            .chain(of(FileKind::Yaml))
            .flat_map(|(path, text)| {
                text.lines().enumerate().filter_map(move |(i, l)| {
                    let lower = l.to_ascii_lowercase();
                    let ef = lower.contains("dotnet ef") || lower.contains("dotnet-ef");
                    let applies = (ef && (lower.contains("database update") || lower.contains("migrations bundle")))
                        || lower.contains("efbundle");
                    (applies && !l.trim_start().starts_with('#')).then(|| {
                        Evidence::new(path, i + 1, format!("migrations applied outside the app: {}", l.trim()))
                    })
                })
            })
            .collect();
        let deploy_script_vars = crate::checklist::scripts::deploy_vars(&of(FileKind::Script));
        let iis_web_deploy = files
            .iter()
            .filter(|(p, _)| {
                p.ends_with(".pubxml")
                    || matches!(
                        classify(p),
                        Some(FileKind::Project | FileKind::Script | FileKind::Yaml | FileKind::CSharp)
                    )
            })
            .find_map(|(path, text)| {
                let i = text.lines().position(|l| l.contains("DeployIisAppPath"))?;
                Some(Evidence::new(
                    path,
                    i + 1,
                    "DeployIisAppPath: a Web Deploy to an IIS site",
                ))
            });
        let client_seed = if code.call("AddConfigurationStore").is_some() || code.call("AddClientStore").is_some() {
            let seeds: Vec<(&str, &str)> = of(FileKind::Json)
                .into_iter()
                .chain(of(FileKind::AppSettings))
                .filter(|(p, t)| {
                    let name = p.rsplit('/').next().unwrap_or(p).to_ascii_lowercase();
                    // Another project's appsettings are its own configuration, not seed data.
                    !name.starts_with("appsettings")
                        && t.contains("\"Clients\"")
                        && t.contains("ClientId")
                        && !settings_files.iter().any(|(q, _)| q == p)
                        && hosts
                            .graph
                            .owner(p)
                            .is_none_or(|o| hosts.graph.projects[o].role != crate::checklist::projects::Role::Test)
                })
                .collect();
            AppSettings::load(&seeds)
        } else {
            AppSettings::default()
        };
        let nginx = nginx::Config::load(&of(FileKind::Nginx));
        let haproxy = crate::checklist::haproxy::Config::load(&of(FileKind::HaProxy));
        let tf = Terraform::load(&of(FileKind::Terraform));
        let mut bicep = crate::checklist::bicep::Bicep::load_with_parameters(&of(FileKind::Bicep), &of(FileKind::Json));
        // ARM JSON templates give App Service sites the same way.
        bicep.sites.extend(crate::checklist::arm::sites(&of(FileKind::Json)));
        bicep.slots.extend(crate::checklist::arm::slots(&of(FileKind::Json)));
        let has = |p: &str| paths.contains(p);
        let kube = Kube::load(&of(FileKind::Yaml), &has);
        let compose = Compose::load(&of(FileKind::Yaml));
        let classless_ingress_nginx = default_ingress_class(&kube).unwrap_or_else(|| {
            let naming: Vec<(&str, &str)> = [FileKind::Docs, FileKind::Script, FileKind::Yaml, FileKind::Terraform]
                .into_iter()
                .flat_map(&of)
                .collect();
            crate::checklist::ingress_controller::classless_is_ingress_nginx(&naming)
        });
        for (f, l, m) in settings
            .errors
            .iter()
            .chain(&client_seed.errors)
            .chain(&nginx.errors)
            .chain(&tf.errors)
            .chain(&kube.errors)
            .chain(&compose.errors)
        {
            unparsed.push(Evidence::new(f, *l, m.clone()));
        }

        let mut spec = None;
        if let Some((path, text)) = of(FileKind::Spec).into_iter().next() {
            match (yaml_serde::from_str::<Spec>(text), parse_yaml(text)) {
                (Ok(s), Ok(mut docs)) if !docs.is_empty() => {
                    spec = Some(SpecFile {
                        path: path.to_string(),
                        spec: s,
                        tree: docs.remove(0),
                    })
                }
                (Err(e), _) => unparsed.push(Evidence::new(path, 1, format!("idsgen.yaml not read: {e}"))),
                _ => {}
            }
        }

        unparsed.sort();
        unparsed.dedup();
        let mut ctx = Context {
            paths,
            commented: csharp
                .iter()
                .filter(|(p, _)| host.is_some_and(|h| h.owns(&hosts.graph, p)))
                .flat_map(|(p, t)| {
                    t.lines().enumerate().filter_map(move |(i, l)| {
                        let body = l.trim_start().strip_prefix("//")?.trim();
                        (body.contains('(') && (body.contains('.') || body.ends_with(';')))
                            .then(|| (p.to_string(), i + 1, body.to_string()))
                    })
                })
                .collect(),
            code,
            host_dirs,
            host: host_anchor,
            identityserver4,
            duende_out_of_support,
            duende_package,
            identityserver_reference,
            host_name: host.map(|h| h.name.clone()),
            searched: hosts.searched(csharp.len()),
            frameworks,
            settings,
            client_seed,
            migration_commands,
            deploy_script_vars,
            iis_web_deploy,
            nginx,
            haproxy,
            tf,
            bicep,
            kube,
            classless_ingress_nginx,
            compose,
            spec,
            dockerfiles: of(FileKind::Dockerfile)
                .into_iter()
                .map(|(p, t)| parse_dockerfile(p, t))
                .collect(),
            dockerignores: of(FileKind::DockerIgnore)
                .into_iter()
                .map(|(p, t)| (p.into(), t.into()))
                .collect(),
            gitignores: of(FileKind::GitIgnore)
                .into_iter()
                .map(|(p, t)| (p.into(), t.into()))
                .collect(),
            license_files: of(FileKind::LicenseKey).into_iter().map(|(p, _)| p.into()).collect(),
            key_files: of(FileKind::SigningKey).into_iter().map(|(p, _)| p.into()).collect(),
            certificates: of(FileKind::Certificate)
                .into_iter()
                .filter(|(p, _)| host.is_some_and(|h| h.owns(&hosts.graph, p)))
                .map(|(p, _)| p.into())
                .collect(),
            redis_confs: of(FileKind::RedisConf)
                .into_iter()
                .map(|(p, t)| (p.into(), t.into()))
                .collect(),
            unparsed,
            instances: None,
            redis_keys: None,
            hops: None,
            net10: None,
            public_host: None,
            files_checked: by_kind.len(),
            nginx_host_upstream: None,
        };
        ctx.nginx_host_upstream = ctx.host_named_upstream();
        ctx.derive_facts();
        ctx
    }

    /// True when the IdentityServer host was found.
    pub fn host_found(&self) -> bool {
        self.host.is_some()
    }

    fn derive_facts(&mut self) {
        // The environment the deployment runs the host as (ASPNETCORE_ENVIRONMENT=docker): its
        // appsettings overlay applies like appsettings.Production.json. Development never does.
        let mut deployed: Vec<String> = self
            .host_env_literals()
            .into_iter()
            .filter(|(_, _, name, _)| {
                name.eq_ignore_ascii_case("ASPNETCORE_ENVIRONMENT") || name.eq_ignore_ascii_case("DOTNET_ENVIRONMENT")
            })
            .filter_map(|(_, _, _, value)| value)
            .filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("Development") && !v.contains('$'))
            .collect();
        deployed.sort();
        deployed.dedup();
        self.settings.deployed_environments = deployed;
        self.instances = self.find_instances();
        self.redis_keys = self
            .code
            .call("PersistKeysToStackExchangeRedis")
            .map(|c| Evidence::new(&c.file, c.line, "PersistKeysToStackExchangeRedis"))
            .or_else(|| {
                let s = self.spec.as_ref()?;
                matches!(
                    s.spec.data_protection.key_store,
                    crate::spec::types::KeyStore::Redis { .. }
                )
                .then(|| s.at(&["data_protection", "key_store"], "data_protection.key_store: redis"))
            });
        self.hops = self.find_hops();
        self.net10 = self
            .frameworks
            .iter()
            .find(|(_, _, tfm)| tfm.starts_with("net10"))
            .map(|(f, l, t)| Evidence::new(f, *l, format!("TargetFramework {t}")))
            .or_else(|| {
                let s = self.spec.as_ref()?;
                (s.spec.project.dotnet == crate::spec::types::DotnetVersion::Net10 && self.frameworks.is_empty())
                    .then(|| s.at(&["project", "dotnet"], "project.dotnet: net10"))
            });
        self.public_host = self.find_public_host();
    }

    fn find_instances(&self) -> Option<Fact<u32>> {
        let mut found: Vec<Fact<u32>> = Vec::new();
        let mut push = |n: u64, ev: Evidence| {
            found.push(Fact {
                value: n.min(u32::MAX as u64) as u32,
                evidence: ev,
            })
        };
        if let Some(s) = &self.spec {
            push(
                s.spec.hosting.max_instances as u64,
                s.at(&["hosting", "max_instances"], "hosting.max_instances"),
            );
        }
        for o in &self.kube.objects {
            let key = match o.kind.as_str() {
                "Deployment" | "StatefulSet" | "ReplicaSet" => "replicas",
                "HorizontalPodAutoscaler" => "maxReplicas",
                _ => continue,
            };
            if let Some(e) = o.doc.get("spec").and_then(|s| s.entry(key))
                && let Some(n) = e.value.as_u64()
            {
                push(n, Evidence::new(&o.file, e.line, format!("{} {key}: {n}", o.kind)));
            }
        }
        for v in &self.kube.values {
            // Charts nest these per component (`sts.replicaCount`), not only at the top.
            for (n, line, path) in crate::checklist::helm::replica_counts(&v.doc) {
                push(n, Evidence::new(&v.file, line, format!("{path}: {n}")));
            }
        }
        for s in &self.compose.services {
            if let Some((n, line)) = s.replicas {
                push(
                    n,
                    Evidence::new(&s.file, line, format!("compose service {} replicas: {n}", s.name)),
                );
            }
        }
        for (rtype, attr) in [
            ("aws_ecs_service", "desired_count"),
            ("aws_appautoscaling_target", "max_capacity"),
            ("azurerm_service_plan", "worker_count"),
            ("azurerm_app_service_plan", "maximum_elastic_worker_count"),
        ] {
            for r in self.tf.resources(rtype) {
                if let Some(a) = r.attr(attr)
                    && let Some(n) = a.value.as_f64()
                {
                    push(
                        n as u64,
                        Evidence::new(&r.file, a.line, format!("{} {attr} = {n}", r.address())),
                    );
                }
            }
        }
        for (up, n) in self.nginx.upstreams() {
            push(
                n as u64,
                Evidence::new(
                    &up.file,
                    up.line,
                    format!("nginx upstream {} with {n} servers", up.arg(0)),
                ),
            );
        }
        found.into_iter().max_by_key(|f| f.value)
    }

    fn find_hops(&self) -> Option<Fact<u32>> {
        if let Some(s) = &self.spec {
            let fw = crate::model::forwarding::derive(&s.spec.proxy.hops);
            return Some(Fact {
                value: fw.forward_limit,
                evidence: s.at(
                    &["proxy", "hops"],
                    format!("{} layer-7 hops in proxy.hops", fw.forward_limit),
                ),
            });
        }
        // Without a spec, an ingress-nginx Ingress is one hop: the controller replaces
        // X-Forwarded-For with the address it saw (its default `use-forwarded-headers: false`,
        // `compute-full-forwarded-for: false`) behind a layer-4 load balancer. A controller told
        // to trust headers from in front, or an edge (Front Door, CloudFront, an Application
        // Gateway, Cloudflare) in the tree, makes the count unknown.
        if self.kube.of_kind("Ingress").next().is_some() {
            let trusts_front = self.kube.of_kind("ConfigMap").any(|c| {
                c.doc.get("data").is_some_and(|d| {
                    [
                        "use-forwarded-headers",
                        "compute-full-forwarded-for",
                        "use-proxy-protocol",
                    ]
                    .iter()
                    .any(|k| d.get(k).and_then(Tree::as_str) == Some("true"))
                })
            });
            let edge = [
                "azurerm_cdn_frontdoor_origin",
                "azurerm_frontdoor",
                "azurerm_application_gateway",
                "aws_cloudfront_distribution",
                "cloudflare_record",
                "cloudflare_dns_record",
            ]
            .iter()
            .any(|t| self.tf.resources(t).next().is_some());
            let ingresses = self.ingress_nginx();
            return match ingresses.first() {
                Some(i) if !trusts_front && !edge && ingresses.len() == self.kube.of_kind("Ingress").count() => {
                    Some(Fact {
                        value: 1,
                        evidence: Evidence::new(&i.file, i.line, "ingress-nginx proxies straight to the app"),
                    })
                }
                _ => None,
            };
        }
        // An nginx chain: nginx itself, plus one more hop when it restores the client address
        // from a proxy in front of it.
        let servers = self.nginx.servers();
        let proxying = servers.iter().find(|s| !s.proxy_locations().is_empty())?;
        let pp = proxying.proxy_locations()[0].proxy_pass;
        let front = self
            .nginx
            .all("set_real_ip_from")
            .into_iter()
            .find(|d| !(d.arg(0).starts_with("127.") || d.arg(0) == "::1" || d.arg(0).starts_with("unix:")));
        Some(match front {
            Some(d) => Fact {
                value: 2,
                evidence: Evidence::new(&d.file, d.line, "nginx behind another proxy (set_real_ip_from)"),
            },
            None => Fact {
                value: 1,
                evidence: Evidence::new(&pp.file, pp.line, "nginx proxies straight to the app"),
            },
        })
    }

    fn find_public_host(&self) -> Option<String> {
        if let Some(s) = &self.spec
            && let Ok(u) = url::Url::parse(&s.spec.public.origin)
        {
            return u.host_str().map(str::to_string);
        }
        // A literal issuer only: `GetValue<string>("IdentityServer:IssuerUri")` holds a string
        // that parses as a URL with the scheme `identityserver` and no host.
        if let Some(a) = self.code.assigns_to("IssuerUri").next()
            && a.value.starts_with('"')
            && let Some(v) = a.strings.first()
            && let Some(h) = url::Url::parse(v).ok().and_then(|u| u.host_str().map(str::to_string))
        {
            return Some(h);
        }
        for s in self.nginx.servers() {
            if s.tls()
                && let Some(n) = s.names().first()
            {
                return Some(n.to_string());
            }
        }
        for o in self.kube.of_kind("Ingress") {
            for r in o.doc.at(&["spec", "rules"]).map(Tree::items).unwrap_or(&[]) {
                if let Some(h) = r.get("host").and_then(Tree::as_str).filter(|h| *h != "HELM") {
                    return Some(h.to_string());
                }
            }
        }
        // nginx-proxy (jwilder/nginxproxy) serves a container's VIRTUAL_HOST (comma-separated).
        if self.compose.services.iter().any(|s| s.is_proxy()) {
            for s in &self.compose.services {
                if let Some(h) = s.var("VIRTUAL_HOST").and_then(|e| e.value.as_deref()) {
                    let first = h.split(',').next().unwrap_or(h).trim();
                    if !first.is_empty() {
                        return Some(first.to_string());
                    }
                }
            }
        }
        None
    }

    /// Where the tree shows IIS running the app: a Web Deploy to an IIS site in a tree that
    /// builds no container image (with a Dockerfile, the image is what runs).
    pub fn iis_hosting(&self) -> Option<Evidence> {
        self.dockerfiles
            .is_empty()
            .then(|| self.iis_web_deploy.clone())
            .flatten()
    }

    /// Where a reverse proxy in front of the host shows in the tree.
    pub fn proxy_evidence(&self) -> Option<Evidence> {
        // nginx counts when it proxies to this host (`proxies_host`): a storefront's nginx
        // whose upstream is another service is not in front of it.
        let mut nginx_elsewhere = false;
        for s in self.nginx.servers() {
            for l in s.proxy_locations() {
                if self.proxies_host(l.proxy_pass) {
                    return Some(Evidence::new(&l.proxy_pass.file, l.proxy_pass.line, "nginx proxy_pass"));
                }
                nginx_elsewhere = true;
            }
        }
        // An HAProxy backend server named for the host's service, else any backend server.
        let host_services = self.host_service_names();
        let servers = self.haproxy.servers();
        let to_host = servers.iter().find(|(_, _, h)| {
            host_services
                .as_deref()
                .is_some_and(|names| names.iter().any(|n| n.eq_ignore_ascii_case(h)))
        });
        if let Some((s, d, h)) = to_host.or(servers.first()) {
            return Some(Evidence::new(
                &s.file,
                d.line,
                format!("HAProxy backend {} server {h}", s.name),
            ));
        }
        // The route that reaches the host when the tree shows which does, else the first.
        let reaching = self.kube.route_objects().find(|o| {
            crate::checklist::routes::routes(o)
                .iter()
                .any(|r| r.reaches(host_services.as_deref()))
        });
        if let Some(r) = reaching.or_else(|| self.kube.route_objects().next()) {
            if let Some((g, line)) = crate::checklist::routes::istio_gateway(&self.kube, r) {
                return Some(Evidence::new(
                    &g.file,
                    line,
                    format!("Istio ingress gateway {} (VirtualService {})", g.name, r.name),
                ));
            }
            let what = crate::checklist::routes::controller_route(r).unwrap_or("Ingress");
            return Some(Evidence::new(&r.file, r.line, what));
        }
        // Traefik routers on the host's own compose service (labels): Traefik is in front even
        // when its container is defined elsewhere.
        if let Some(s) = self.host_compose_service()
            && let Some((router, line)) = self.compose.traefik_routers(s).into_iter().next()
        {
            return Some(Evidence::new(
                &s.file,
                line,
                format!("Traefik router {router} (compose labels) in front of {}", s.name),
            ));
        }
        // A plain nginx container runs the configuration read above; nginx-proxy and the like
        // route by their own rules.
        let runs_that_nginx = |p: &crate::checklist::compose::Service| {
            nginx_elsewhere
                && p.image.as_deref().is_some_and(|i| {
                    let i = i.to_ascii_lowercase();
                    i.contains("nginx") && !i.contains("proxy")
                })
        };
        if let Some(p) = self.compose.proxies().find(|p| !runs_that_nginx(p)) {
            return Some(Evidence::new(
                &p.file,
                p.line,
                format!("compose proxy service {}", p.name),
            ));
        }
        // An Azure Container Apps HTTP ingress is Envoy in front of the app: it ends TLS and
        // sends X-Forwarded-Proto and X-Forwarded-For (MicrosoftDocs/azure-docs,
        // articles/container-apps/ingress-overview.md, "HTTP headers"; read 2026-12-05).
        if let Some(app) = self.bicep.container_apps.iter().find(|a| a.ingress.is_some()) {
            return Some(Evidence::new(
                &app.file,
                app.ingress.unwrap_or(app.line),
                format!("Container App {} ingress (Envoy)", app.name),
            ));
        }
        if let Some((r, ingress)) = self
            .tf
            .resources("azurerm_container_app")
            .find_map(|r| r.nested("ingress").next().map(|i| (r, i)))
        {
            return Some(Evidence::new(
                &ingress.file,
                ingress.line,
                format!("{} ingress (Envoy)", r.address()),
            ));
        }
        for rtype in ["aws_lb", "azurerm_application_gateway", "aws_alb"] {
            if let Some(r) = self.tf.resources(rtype).next() {
                return Some(Evidence::new(&r.file, r.line, r.address()));
            }
        }
        if let Some(s) = &self.spec
            && !s.spec.proxy.hops.is_empty()
        {
            return Some(s.at(&["proxy", "hops"], "proxy.hops"));
        }
        self.app_service_sites().into_iter().find_map(|s| {
            s.linux_container.map(|mut e| {
                e.note = format!(
                    "{}: App Service's front end ends TLS and forwards X-Forwarded-* to the container",
                    e.note
                );
                e
            })
        })
    }

    /// Every literal string attribute in Terraform, recursively: (file, line, key, value).
    pub fn tf_strings(&self) -> Vec<(String, usize, String, String)> {
        self.tf_values(false)
    }

    /// Like `tf_strings`, with string templates too (`"@Microsoft.KeyVault(SecretUri=${…})"`) as
    /// their literal text: where a setting is given, not whether its value is a literal.
    pub fn tf_settings(&self) -> Vec<(String, usize, String, String)> {
        self.tf_values(true)
    }

    fn tf_values(&self, templates: bool) -> Vec<(String, usize, String, String)> {
        type Out = Vec<(String, usize, String, String)>;
        fn go(v: &Value, at: (&str, &str, usize), templates: bool, out: &mut Out) {
            let (file, key, line) = at;
            match v {
                Value::Str(s) => out.push((file.to_string(), line, key.to_string(), s.clone())),
                Value::Template(s) if templates => out.push((file.to_string(), line, key.to_string(), s.clone())),
                Value::Object(items) => {
                    for (k, l, v) in items {
                        go(v, (file, k, *l), templates, out);
                    }
                }
                Value::Array(items) => {
                    for v in items {
                        go(v, at, templates, out);
                    }
                }
                _ => {}
            }
        }
        fn block(b: &crate::checklist::terraform::Block, templates: bool, out: &mut Out) {
            // A `name`/`value` pair (app_settings blocks, connection_string blocks) reads as name=value.
            // Cited at the `name` line: the line that says which setting it is.
            let name = b
                .attr("name")
                .and_then(|a| a.value.as_str().map(|n| (n.to_string(), a.line)));
            for a in &b.attrs {
                let (key, line) = match (&name, a.key.as_str()) {
                    (Some((n, at)), "value") => (n.clone(), *at),
                    _ => (a.key.clone(), a.line),
                };
                go(&a.value, (&b.file, &key, line), templates, out);
            }
            for nested in &b.blocks {
                block(nested, templates, out);
            }
        }
        let mut out = Vec::new();
        for b in &self.tf.blocks {
            if b.ident != "variable" {
                block(b, templates, &mut out);
            }
        }
        out
    }

    /// Whether the tree's Kubernetes objects or values look like ingress-nginx is in front: by
    /// class, by idsgen.yaml, or (an Ingress naming no class) by what the tree says the cluster's
    /// controller is.
    pub fn ingress_nginx(&self) -> Vec<&kubernetes::Object> {
        self.kube
            .of_kind("Ingress")
            .filter(|o| {
                let class = o.doc.at(&["spec", "ingressClassName"]).and_then(Tree::as_str);
                let annotated = o
                    .doc
                    .at(&["metadata", "annotations", "kubernetes.io/ingress.class"])
                    .and_then(Tree::as_str);
                if class.is_none() && annotated.is_none() && self.classless_ingress_nginx.is_some() {
                    return true;
                }
                let spec_says = self.spec.as_ref().is_some_and(|s| {
                    s.spec
                        .proxy
                        .hops
                        .iter()
                        .any(|h| h.kind == crate::spec::types::HopKind::IngressNginx)
                });
                class.or(annotated).is_some_and(|c| {
                    c.contains("nginx")
                        || c == "HELM"
                        || crate::checklist::ingress_controller::is_ingress_nginx_class(c)
                }) || spec_says
            })
            .collect()
    }

    /// Facts as printable lines for the report.
    pub fn fact_lines(&self) -> Vec<String> {
        let at = |e: &Evidence| format!("{}:{}", e.file, e.line);
        let mut out = Vec::new();
        match &self.host {
            Some(h) => {
                let dirs: Vec<&str> = self
                    .host_dirs
                    .iter()
                    .map(|d| if d.is_empty() { "the tree root" } else { d.as_str() })
                    .collect();
                let name = match self.host_name.as_deref() {
                    Some(n) if !n.is_empty() => format!("{n}: "),
                    _ => String::new(),
                };
                out.push(format!("IdentityServer host: {name}{} ({})", dirs.join(", "), at(h)))
            }
            None => out.push(format!("IdentityServer host: not found ({})", self.searched)),
        }
        if let Some(e) = &self.identityserver4 {
            out.push(format!("IdentityServer4 (end of life): yes ({})", at(e)));
        }
        if let Some(n) = &self.net10 {
            out.push(format!(".NET 10: yes ({})", at(n)));
        }
        match &self.instances {
            Some(f) => out.push(format!(
                "instances: up to {} ({}: {})",
                f.value,
                at(&f.evidence),
                f.evidence.note
            )),
            None => out.push("instances: unknown (no replica count in the tree)".to_string()),
        }
        if let Some(e) = &self.redis_keys {
            out.push(format!("Data Protection keys in Redis: yes ({})", at(e)));
        }
        if let Some(h) = &self.hops {
            out.push(format!(
                "proxy hops: {} ({}: {})",
                h.value,
                at(&h.evidence),
                h.evidence.note
            ));
        }
        if let Some(s) = &self.spec {
            out.push(format!("idsgen.yaml: {}", s.path));
        }
        out
    }
}

/// ingress-nginx as the default class: an `IngressClass` of the tree marked
/// `ingressclass.kubernetes.io/is-default-class: "true"`. `Some(None)` when the default class
/// is another controller (nothing is concluded from prose then), `None` when the tree has none.
fn default_ingress_class(kube: &Kube) -> Option<Option<Evidence>> {
    let class = kube.of_kind("IngressClass").find(|c| {
        c.doc
            .at(&["metadata", "annotations", "ingressclass.kubernetes.io/is-default-class"])
            .and_then(Tree::as_str)
            == Some("true")
    })?;
    let controller = class.doc.get("spec").and_then(|s| s.entry("controller"));
    Some(
        controller
            .filter(|e| {
                e.value
                    .as_str()
                    .is_some_and(crate::checklist::ingress_controller::is_ingress_nginx_controller)
            })
            .map(|e| {
                Evidence::new(
                    &class.file,
                    e.line,
                    format!("default IngressClass {}: controller k8s.io/ingress-nginx", class.name),
                )
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dockerfile_continuations_and_comments() {
        let d = parse_dockerfile("Dockerfile", "FROM a AS b\n# c\nRUN x \\\n  && y\nUSER app\n");
        let names: Vec<_> = d.instructions.iter().map(|i| (i.name.as_str(), i.line)).collect();
        assert_eq!(names, vec![("FROM", 1), ("RUN", 3), ("USER", 5)]);
        assert_eq!(d.instructions[1].args, "x  && y");
    }

    #[test]
    fn host_project_and_instances() {
        let files = vec![
            (
                "src/Id/Id.csproj".to_string(),
                "<Project><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>"
                    .to_string(),
            ),
            (
                "src/Id/Program.cs".to_string(),
                "builder.Services.AddIdentityServer();".to_string(),
            ),
            ("src/Other/Other.csproj".to_string(), "<Project/>".to_string()),
            ("src/Other/Program.cs".to_string(), "app.UseRouting();".to_string()),
            (
                "k8s/d.yaml".to_string(),
                "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n".to_string(),
            ),
        ];
        let ctx = Context::build(&files);
        assert_eq!(ctx.host_dirs, vec!["src/Id".to_string()]);
        assert!(ctx.code.call("UseRouting").is_none());
        assert_eq!(ctx.instances.as_ref().map(|f| (f.value, f.evidence.line)), Some((3, 4)));
        assert!(ctx.net10.is_some());
    }

    #[test]
    fn compose_and_secrets_feed_instances_env_and_the_proxy() {
        let files: Vec<(String, String)> = [
            ("src/Id/Program.cs", "builder.Services.AddIdentityServer();"),
            (
                "docker-compose.yml",
                "services:\n  proxy:\n    image: jwilder/nginx-proxy\n  sts:\n    image: sts\n    deploy:\n      replicas: 4\n    environment:\n      Db: Server=db;Password=${PW:-Hunter2!}\n",
            ),
            (
                "k8s/secret.yaml",
                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  Other: Server=db;Password=S3cret!\n",
            ),
            ("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
            ("chart/values.yaml", "sts:\n  autoscaling:\n    enabled: true\n    maxReplicas: 7\n"),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let ctx = Context::build(&files);
        let inst = ctx.instances.as_ref().unwrap();
        assert_eq!(
            (inst.value, inst.evidence.file.as_str(), inst.evidence.line),
            (7, "chart/values.yaml", 4)
        );
        let env = ctx.env_literals();
        let db = env.iter().find(|e| e.2 == "Db").unwrap();
        assert_eq!(
            (db.0.as_str(), db.1, db.3.as_deref()),
            ("docker-compose.yml", 9, Some("Server=db;Password=Hunter2!"))
        );
        assert!(env.iter().any(|e| e.2 == "Other" && e.1 == 6));
        let proxy = ctx.proxy_evidence().unwrap();
        assert_eq!((proxy.file.as_str(), proxy.line), ("docker-compose.yml", 2));
    }
}
