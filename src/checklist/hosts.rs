//! IdentityServer hosts: which projects of the MSBuild graph run IdentityServer (their closure
//! calls `AddIdentityServer`, not the `AddIdentityServer(new Uri(...))` health check), which
//! C# files each one is made of, and what was searched when none is found.

use crate::checklist::csharp::{Call, Code, MethodDecl};
use crate::checklist::finding::Evidence;
use crate::checklist::projects::{Graph, Role};
use std::collections::{BTreeMap, BTreeSet};

/// One IdentityServer host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    /// Project name (`--host NAME`), or "" for a tree without any `.csproj`.
    pub name: String,
    /// Index in the graph, when the tree has projects.
    pub project: Option<usize>,
    /// Directories of the projects in its closure ("" = the whole tree).
    pub dirs: Vec<String>,
    /// Production or sample.
    pub role: Role,
    /// The `AddIdentityServer` call that makes it a host.
    pub anchor: Evidence,
}

impl Host {
    /// Whether `file` belongs to one of the host's project directories.
    pub fn owns(&self, graph: &Graph, file: &str) -> bool {
        match self.project {
            None => true,
            Some(_) => {
                graph
                    .owner(file)
                    .is_some_and(|o| self.dirs.contains(&graph.projects[o].dir))
                    || graph
                        .projects
                        .iter()
                        .any(|p| self.dirs.contains(&p.dir) && p.links(file))
            }
        }
    }
}

/// Hosts found in a tree, and what was set aside.
#[derive(Debug, Clone, Default)]
pub struct Hosts {
    /// The project graph.
    pub graph: Graph,
    /// Every host, production first, then samples; sorted by name within each.
    pub hosts: Vec<Host>,
    /// `AddIdentityServer` calls that are health checks, not hosts.
    pub health_checks: Vec<Evidence>,
    /// Projects left out, with the reason (test projects).
    pub excluded: Vec<(String, String)>,
    /// C# already parsed while looking for hosts, by path.
    parsed: BTreeMap<String, Code>,
}

/// The text every real host contains: files without it are not parsed to find hosts.
pub const HOST_NEEDLE: &str = "AddIdentityServer";

/// True for `AddIdentityServer` calls that register IdentityServer, false for the health check
/// of AspNetCore.HealthChecks.OpenIdConnectServer (`AddHealthChecks().AddIdentityServer(new
/// Uri(...))`), whose first argument is the server's URI.
pub fn registers_identityserver(c: &Call) -> bool {
    if c.name != HOST_NEEDLE {
        return false;
    }
    let health = c.chained_on("AddHealthChecks")
        || c.receiver
            .as_deref()
            .is_some_and(|r| r.to_ascii_lowercase().contains("health"))
        || c.args.first().is_some_and(|a| {
            // The options lambda may well mention IssuerUri; the health check's first argument
            // is the URI itself (or a factory returning one).
            let t = a.text.trim_start();
            t.starts_with("new Uri")
                || t.starts_with("new System.Uri")
                || (t.contains("Uri") && !t.contains("=>") && !t.contains("GetSection"))
        });
    !health
}

/// Generated C# that configures nothing (EF Core migrations and model snapshots, designer and
/// source-generator output): a byte search spares the tree-sitter parse of the largest files.
pub fn generated(path: &str, text: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".designer.cs")
        || lower.ends_with(".g.cs")
        || (text.contains("[DbContext(typeof(") && (text.contains("[Migration(\"") || text.contains("ModelSnapshot")))
}

/// An `AddIdentityServer` call that registers IdentityServer, with (runs only in Development,
/// written in tool code).
type Registration = ((bool, bool), Call);

/// A call written in a seeding or migration tool's code: its file or method is named for seeding
/// or migrating, or it sits under a program-mode branch (`if (args.Contains("seed"))`).
fn tool_code(c: &Call) -> bool {
    let stem = c.file.rsplit('/').next().unwrap_or(&c.file);
    let named = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("seed") || s.contains("migrat")
    };
    c.guard.is_some() || named(stem) || c.method.as_deref().is_some_and(named)
}

fn parse(path: &str, text: &str) -> Code {
    let mut c = Code::default();
    c.add_file(path, text);
    c
}

impl Hosts {
    /// Finds hosts among `csharp` files using the projects in `project_files`.
    pub fn discover(csharp: &[(&str, &str)], project_files: &[(&str, &str)]) -> Self {
        let graph = Graph::load(project_files);
        let mut out = Hosts {
            excluded: graph
                .projects
                .iter()
                .filter(|p| p.role == Role::Test)
                .map(|p| (p.path.clone(), p.role_reason.clone().unwrap_or_default()))
                .collect(),
            graph,
            ..Hosts::default()
        };
        // Per project (by index; usize::MAX = no project): the `AddIdentityServer` calls of its
        // own files that register IdentityServer, each with its rank (lower is a better anchor),
        // and the methods its files declare under that name (wrappers).
        let mut found: BTreeMap<usize, Vec<Registration>> = BTreeMap::new();
        let mut wrappers: BTreeMap<usize, Vec<MethodDecl>> = BTreeMap::new();
        for (path, text) in csharp {
            if !text.contains(HOST_NEEDLE) {
                continue;
            }
            let owner = out.graph.owner(path);
            if owner.is_some_and(|o| out.graph.projects[o].role == Role::Test) {
                continue;
            }
            let code = parse(path, text);
            let key = owner.unwrap_or(usize::MAX);
            // Per method name: (called at all, every call only in Development), built once.
            let mut callers: BTreeMap<&str, (bool, bool)> = BTreeMap::new();
            for x in &code.calls {
                let e = callers.entry(x.name.as_str()).or_insert((false, true));
                e.0 = true;
                e.1 &= x.development_only;
            }
            for c in code.calls_named(HOST_NEEDLE) {
                if registers_identityserver(c) {
                    // A registration inside `if (IsDevelopment())`, or in a helper only called
                    // there, is not what Production runs; one in a seeding or migration tool's
                    // code (`ClientsDatabaseSeeder`, a `seed` branch) is not what the host serves.
                    let development = c.development_only
                        || c.method
                            .as_deref()
                            .and_then(|m| callers.get(m))
                            .is_some_and(|(called, all_dev)| *called && *all_dev);
                    found
                        .entry(key)
                        .or_default()
                        .push(((development, tool_code(c)), c.clone()));
                } else {
                    out.health_checks.push(Evidence::new(
                        &c.file,
                        c.line,
                        "AddIdentityServer(Uri) health check, not a host",
                    ));
                }
            }
            wrappers
                .entry(key)
                .or_default()
                .extend(code.methods.iter().filter(|m| m.name == HOST_NEEDLE).cloned());
            out.parsed.insert(path.to_string(), code);
        }
        // The anchor: a call of a method the project declares itself (`AddIdentityServer(services)`
        // calling a private helper of that name) is a wrapper around the registration, which is
        // then a call of its own; among the rest, Production code before tool code, then the first.
        let mut registering: BTreeMap<usize, Evidence> = BTreeMap::new();
        for (key, calls) in found {
            let declared = wrappers.get(&key).map(Vec::as_slice).unwrap_or_default();
            let best = calls
                .iter()
                .enumerate()
                .min_by_key(|(i, ((development, tool), c))| {
                    (*development, declared.iter().any(|m| m.accepts(c)), *tool, *i)
                })
                .map(|(_, (_, c))| c);
            if let Some(c) = best {
                registering.insert(key, Evidence::new(&c.file, c.line, "AddIdentityServer()"));
            }
        }
        if out.graph.projects.is_empty() {
            if let Some(anchor) = registering.remove(&usize::MAX) {
                out.hosts.push(Host {
                    name: String::new(),
                    project: None,
                    dirs: vec![String::new()],
                    role: Role::Production,
                    anchor,
                });
            }
            return out;
        }
        // A host is a non-test project whose closure registers IdentityServer; a library that
        // another such project references is part of that host, not a host of its own.
        let mut candidates: Vec<(usize, Vec<usize>, Evidence)> = Vec::new();
        for (i, p) in out.graph.projects.iter().enumerate() {
            if p.role == Role::Test {
                continue;
            }
            let closure = out.graph.closure(i);
            // The project's own call first, else one in a library it references.
            if let Some(anchor) = registering
                .get(&i)
                .or_else(|| closure.iter().find_map(|j| registering.get(j)))
            {
                candidates.push((i, closure, anchor.clone()));
            }
        }
        // A web project that references another web project which registers IdentityServer
        // itself (an admin API, a test harness built as an app) consumes that host: it is not
        // a host, and the referenced project is not a library inside it.
        let own_runnable: BTreeSet<usize> = candidates
            .iter()
            .map(|(i, _, _)| *i)
            .filter(|i| registering.contains_key(i) && out.graph.projects[*i].runnable)
            .collect();
        let (consumers, kept): (Vec<_>, Vec<_>) = candidates.into_iter().partition(|(i, closure, _)| {
            !registering.contains_key(i) && closure.iter().any(|j| j != i && own_runnable.contains(j))
        });
        candidates = kept;
        for (i, closure, _) in consumers {
            let host = closure
                .iter()
                .find(|j| **j != i && own_runnable.contains(j))
                .map(|j| out.graph.projects[*j].name.clone())
                .unwrap_or_default();
            out.excluded.push((
                out.graph.projects[i].path.clone(),
                format!("references the host project {host}: a consumer of it, not a host"),
            ));
        }
        let inside_other: BTreeSet<usize> = candidates
            .iter()
            .flat_map(|(i, closure, _)| closure.iter().filter(move |j| *j != i).copied())
            .collect();
        // A tool that registers IdentityServer's services to migrate or seed its stores (no
        // UseIdentityServer in its closure, so it serves no endpoint) is not a host when another
        // project serves IdentityServer.
        let serves = |closure: &[usize]| {
            csharp.iter().any(|(path, text)| {
                text.contains("UseIdentityServer") && out.graph.owner(path).is_some_and(|o| closure.contains(&o))
            })
        };
        let web_host_exists = candidates.iter().any(|(_, closure, _)| serves(closure));
        if web_host_exists {
            let (tools, hosts): (Vec<_>, Vec<_>) = candidates.into_iter().partition(|(_, closure, _)| !serves(closure));
            for (i, _, _) in tools {
                let p = &out.graph.projects[i];
                out.excluded.push((
                    p.path.clone(),
                    "registers IdentityServer but never calls UseIdentityServer: a tool (migrations, seeding), not a host".to_string(),
                ));
            }
            candidates = hosts;
        }
        candidates = out.split_shared_composition_root(candidates, &registering, csharp);
        candidates = out.split_by_reach(candidates, &registering, csharp);
        let runnable_exists = candidates
            .iter()
            .any(|(i, _, _)| out.graph.projects[*i].runnable && !inside_other.contains(i));
        for (i, closure, anchor) in candidates {
            let p = &out.graph.projects[i];
            if inside_other.contains(&i) || (runnable_exists && !p.runnable) {
                continue;
            }
            out.hosts.push(Host {
                name: p.name.clone(),
                project: Some(i),
                dirs: closure.iter().map(|&j| out.graph.projects[j].dir.clone()).collect(),
                role: p.role,
                anchor,
            });
        }
        if out.hosts.is_empty()
            && let Some(anchor) = registering.remove(&usize::MAX)
        {
            // Projects exist but the registration sits in a file none of them owns (a loose
            // script, a partial checkout): check the tree as one host rather than find none.
            out.hosts.push(Host {
                name: String::new(),
                project: None,
                dirs: vec![String::new()],
                role: Role::Production,
                anchor,
            });
        }
        out.hosts.sort_by(|a, b| (a.role, &a.name).cmp(&(b.role, &b.name)));
        out
    }

    /// Several web projects that reach the same library registration (a shared composition
    /// root: `AddInfrastructure(config, HostKind.Bff)` in each, `if (hostKind is not
    /// HostKind.IdentityServer) return services;` before `AddIdentityServer` in the library)
    /// are one host and its siblings: the project that passes the IdentityServer mode
    /// (`HostKind.IdentityServer`, a member the library also names) is the host; the projects
    /// that pass another member of the same type are set aside, with the reason.
    fn split_shared_composition_root(
        &mut self,
        candidates: Vec<(usize, Vec<usize>, Evidence)>,
        registering: &BTreeMap<usize, Evidence>,
        csharp: &[(&str, &str)],
    ) -> Vec<(usize, Vec<usize>, Evidence)> {
        // `Type.IdentityServer` passed as an argument: after `(` or `,`, before `)` or `,`.
        let mode = regex::Regex::new(r"[(,]\s*([A-Z][A-Za-z0-9_]*)\.IdentityServer\s*[),]").expect("valid regex");
        let graph = &self.graph;
        let own_text = |i: usize| -> Vec<&str> {
            csharp
                .iter()
                .filter(|(path, _)| graph.owner(path) == Some(i))
                .map(|(_, text)| *text)
                .collect()
        };
        let shared = shared_registrations(&candidates, registering);
        let mut siblings: BTreeMap<usize, String> = BTreeMap::new();
        for ((file, _), projects) in shared.into_iter().filter(|(_, p)| p.len() > 1) {
            let Some(library) = csharp.iter().find(|(p, _)| *p == file).map(|(_, t)| *t) else {
                continue;
            };
            let passes: Vec<(usize, Option<String>)> = projects
                .iter()
                .map(|&i| {
                    let ty = own_text(i).into_iter().find_map(|t| {
                        mode.captures_iter(t)
                            .map(|c| c[1].to_string())
                            .find(|ty| library.contains(&format!("{ty}.IdentityServer")))
                    });
                    (i, ty)
                })
                .collect();
            let hosts: Vec<&(usize, Option<String>)> = passes.iter().filter(|(_, ty)| ty.is_some()).collect();
            let [(host, Some(ty))] = hosts.as_slice() else {
                continue;
            };
            for &(i, _) in passes.iter().filter(|(i, ty)| ty.is_none() && i != host) {
                // A sibling names another member of the same mode type.
                if own_text(i).iter().any(|t| t.contains(&format!("{ty}."))) {
                    siblings.insert(
                        i,
                        format!(
                            "reaches AddIdentityServer only through a shared library setup that {} enables with {ty}.IdentityServer: a sibling of the host, not a host",
                            graph.projects[*host].name
                        ),
                    );
                }
            }
        }
        let (set_aside, kept): (Vec<_>, Vec<_>) =
            candidates.into_iter().partition(|(i, _, _)| siblings.contains_key(i));
        for (i, _, _) in set_aside {
            let reason = siblings.remove(&i).unwrap_or_default();
            self.excluded.push((self.graph.projects[i].path.clone(), reason));
        }
        kept
    }

    /// Several web projects that reference one library registration (`AddIdentityServer` in
    /// `AddSsoIdentityServer`, called by `AddSsoInfrastructure`), where only some call into that
    /// chain of setup methods (a resource API of the same solution calls `AddApiInfrastructure`
    /// from the same library): the ones that never call it do not run IdentityServer. Calls are
    /// followed by method name through the library's own code (parsed here, once per file).
    fn split_by_reach(
        &mut self,
        candidates: Vec<(usize, Vec<usize>, Evidence)>,
        registering: &BTreeMap<usize, Evidence>,
        csharp: &[(&str, &str)],
    ) -> Vec<(usize, Vec<usize>, Evidence)> {
        let shared = shared_registrations(&candidates, registering);
        let mut unreached: BTreeMap<usize, String> = BTreeMap::new();
        for ((file, line), projects) in shared.into_iter().filter(|(_, p)| p.len() > 1) {
            let Some(library) = self.graph.owner(&file) else {
                continue;
            };
            let Some(anchor_code) = self.parsed.get(&file) else {
                continue;
            };
            let Some(first) = anchor_code
                .calls
                .iter()
                .find(|c| c.line == line && c.name == HOST_NEEDLE)
                .and_then(|c| c.method.clone())
            else {
                continue;
            };
            // The library's calls: (enclosing method, called name).
            let library_calls: Vec<(String, String)> = csharp
                .iter()
                .filter(|(p, _)| self.graph.owner(p) == Some(library))
                .flat_map(|(p, t)| {
                    let code = match self.parsed.get(*p) {
                        Some(c) => c.calls.clone(),
                        None => parse(p, t).calls,
                    };
                    code.into_iter()
                        .filter_map(|c| c.method.clone().map(|m| (m, c.name)))
                        .collect::<Vec<_>>()
                })
                .collect();
            let mut reach: BTreeSet<String> = BTreeSet::from([first]);
            loop {
                let more: Vec<String> = library_calls
                    .iter()
                    .filter(|(m, called)| reach.contains(called) && !reach.contains(m))
                    .map(|(m, _)| m.clone())
                    .collect();
                if more.is_empty() {
                    break;
                }
                reach.extend(more);
            }
            let calls_into = |i: usize| {
                csharp
                    .iter()
                    .filter(|(p, _)| self.graph.owner(p) == Some(i))
                    .any(|(_, t)| reach.iter().any(|m| t.contains(&format!("{m}("))))
            };
            let (reaching, not): (Vec<usize>, Vec<usize>) = projects.iter().partition(|&&i| calls_into(i));
            if reaching.is_empty() {
                continue;
            }
            let chain: Vec<&str> = reach.iter().map(String::as_str).collect();
            for i in not {
                unreached.insert(
                    i,
                    format!(
                        "references the library that registers IdentityServer but never calls its setup ({}): not a host",
                        chain.join(", ")
                    ),
                );
            }
        }
        let (set_aside, kept): (Vec<_>, Vec<_>) =
            candidates.into_iter().partition(|(i, _, _)| unreached.contains_key(i));
        for (i, _, _) in set_aside {
            let reason = unreached.remove(&i).unwrap_or_default();
            self.excluded.push((self.graph.projects[i].path.clone(), reason));
        }
        kept
    }

    /// The hosts a run evaluates: the one named (case-insensitive), else every production host,
    /// else every sample. An unknown name is an error that lists the hosts.
    pub fn select(&self, name: Option<&str>) -> Result<Vec<&Host>, String> {
        if let Some(n) = name {
            return match self.hosts.iter().find(|h| h.name.eq_ignore_ascii_case(n)) {
                Some(h) => Ok(vec![h]),
                None => Err(format!(
                    "--host {n}: no IdentityServer host of that name; hosts found: {}\n  fix: pass one of those project names",
                    if self.hosts.is_empty() {
                        "none".to_string()
                    } else {
                        self.hosts
                            .iter()
                            .map(|h| h.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                )),
            };
        }
        let production: Vec<&Host> = self.hosts.iter().filter(|h| h.role == Role::Production).collect();
        Ok(if production.is_empty() {
            self.hosts.iter().collect()
        } else {
            production
        })
    }

    /// The C# of `host`'s closure, parsed once per file (files seen while discovering are reused).
    pub fn code_for(&self, host: Option<&Host>, csharp: &[(&str, &str)]) -> Code {
        let mut code = Code::default();
        let Some(host) = host else { return code };
        let mut texts = Vec::new();
        for (path, text) in csharp {
            if !host.owns(&self.graph, path) || generated(path, text) {
                continue;
            }
            texts.push((*path, *text));
            match self.parsed.get(*path) {
                Some(c) => code.merge(c.clone()),
                None => code.merge(parse(path, text)),
            }
        }
        code.prune_unreferenced_helpers(&texts);
        code.mark_development_helpers();
        code
    }

    /// What was searched, for a "not found" answer.
    pub fn searched(&self, csharp_files: usize) -> String {
        format!(
            "searched {csharp_files} C# files in {} projects ({} test projects left out) for AddIdentityServer(...){}",
            self.graph.projects.len(),
            self.excluded.len(),
            if self.health_checks.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} AddIdentityServer(Uri) health checks are not hosts",
                    self.health_checks.len()
                )
            }
        )
    }
}

/// Candidates that reach IdentityServer only through a library's registration, grouped by that
/// registration (file, line).
fn shared_registrations(
    candidates: &[(usize, Vec<usize>, Evidence)],
    registering: &BTreeMap<usize, Evidence>,
) -> BTreeMap<(String, usize), Vec<usize>> {
    let mut shared: BTreeMap<(String, usize), Vec<usize>> = BTreeMap::new();
    for (i, _, anchor) in candidates {
        if !registering.contains_key(i) {
            shared.entry((anchor.file.clone(), anchor.line)).or_default().push(*i);
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    const WEB: &str = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"..\\Shared\\Shared.csproj\" /></ItemGroup></Project>";
    const LIB: &str = "<Project Sdk=\"Microsoft.NET.Sdk\"/>";

    #[test]
    fn a_host_is_the_runnable_project_whose_closure_registers_identityserver() {
        let cs = [
            (
                "src/Id/Program.cs",
                "var b = WebApplication.CreateBuilder(args); b.Services.AddIdentityAndStores(); b.Build().Run();",
            ),
            (
                "src/Shared/Setup.cs",
                "public static class S { public static IServiceCollection AddIdentityAndStores(this IServiceCollection s) { s.AddIdentityServer(); return s; } }",
            ),
            (
                "src/Admin/Program.cs",
                "builder.Services.AddHealthChecks().AddIdentityServer(new Uri(\"https://id\"));",
            ),
            ("tests/Id.Tests/T.cs", "services.AddIdentityServer();"),
        ];
        let projects = [
            ("src/Id/Id.csproj", WEB),
            ("src/Shared/Shared.csproj", LIB),
            ("src/Admin/Admin.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
            (
                "tests/Id.Tests/Id.Tests.csproj",
                "<Project><ItemGroup><PackageReference Include=\"xunit\"/></ItemGroup></Project>",
            ),
        ];
        let h = Hosts::discover(&cs, &projects);
        let names: Vec<&str> = h.hosts.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, vec!["Id"]);
        assert_eq!(h.hosts[0].anchor.file, "src/Shared/Setup.cs");
        assert_eq!(h.health_checks.len(), 1);
        assert_eq!(h.excluded.len(), 1);
        let code = h.code_for(Some(&h.hosts[0]), &cs);
        assert!(code.files.contains(&"src/Id/Program.cs".to_string()));
        assert!(code.files.contains(&"src/Shared/Setup.cs".to_string()));
        assert!(!code.files.iter().any(|f| f.contains("Admin") || f.contains("Tests")));
        assert!(h.select(Some("nope")).unwrap_err().contains("hosts found: Id"));
    }

    #[test]
    fn a_migration_tool_that_never_serves_identityserver_is_not_a_host() {
        let web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>";
        let cs = [
            (
                "src/Sts/Program.cs",
                "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();",
            ),
            (
                "src/Migrator/Program.cs",
                "builder.Services.AddIdentityServer().AddOperationalStore();\nawait db.Database.MigrateAsync();",
            ),
        ];
        let projects = [("src/Sts/Sts.csproj", web), ("src/Migrator/Migrator.csproj", web)];
        let h = Hosts::discover(&cs, &projects);
        let names: Vec<&str> = h.hosts.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["Sts"]);
        assert!(
            h.excluded
                .iter()
                .any(|(p, why)| p == "src/Migrator/Migrator.csproj" && why.contains("UseIdentityServer"))
        );
        // Without any project serving it, the registering projects stay hosts (a library-only
        // or partial checkout is still checked).
        let cs = [("src/Migrator/Program.cs", "builder.Services.AddIdentityServer();")];
        assert_eq!(Hosts::discover(&cs, &projects[1..]).hosts.len(), 1);
    }

    #[test]
    fn a_shared_composition_root_has_one_host_the_project_that_passes_the_identityserver_mode() {
        let web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"../Infra/Infra.csproj\" /></ItemGroup></Project>";
        let lib = "<Project Sdk=\"Microsoft.NET.Sdk\"/>";
        let infra = "public static class Setup\n{\n    public static IServiceCollection AddInfra(this IServiceCollection s, HostKind kind)\n    {\n        if (kind is not HostKind.IdentityServer) return s;\n        s.AddIdentityServer();\n        return s;\n    }\n    public static void UseInfra(this WebApplication app, HostKind kind)\n    {\n        if (kind == HostKind.IdentityServer) app.UseIdentityServer();\n    }\n}\n";
        let program = |kind: &str| {
            format!("builder.Services.AddInfra({kind});\nvar app = builder.Build();\napp.UseInfra({kind});\n")
        };
        let (sts, bff) = (program("HostKind.IdentityServer"), program("HostKind.Bff"));
        let cs = [
            ("src/Infra/Setup.cs", infra),
            ("src/Sts/Program.cs", sts.as_str()),
            ("src/Portal/Program.cs", bff.as_str()),
        ];
        let projects = [
            ("src/Infra/Infra.csproj", lib),
            ("src/Sts/Sts.csproj", web),
            ("src/Portal/Portal.csproj", web),
        ];
        let h = Hosts::discover(&cs, &projects);
        let names: Vec<&str> = h.hosts.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["Sts"]);
        assert!(
            h.excluded
                .iter()
                .any(|(p, why)| p == "src/Portal/Portal.csproj" && why.contains("HostKind.IdentityServer")),
            "{:?}",
            h.excluded
        );
        // Without a mode argument the projects stay hosts: nothing says which one serves.
        let plain = "builder.Services.AddInfra();\nvar app = builder.Build();\napp.UseInfra();\n";
        let cs = [
            ("src/Infra/Setup.cs", infra),
            ("src/Sts/Program.cs", plain),
            ("src/Portal/Program.cs", plain),
        ];
        assert_eq!(Hosts::discover(&cs, &projects).hosts.len(), 2);
    }

    #[test]
    fn a_project_that_never_calls_the_librarys_identityserver_setup_is_not_a_host() {
        let web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><ProjectReference Include=\"../Infra/Infra.csproj\" /></ItemGroup></Project>";
        let lib = "<Project Sdk=\"Microsoft.NET.Sdk\"/>";
        let setup = "public static class Setup\n{\n    public static IServiceCollection AddSso(this IServiceCollection s) => s.AddSsoServer();\n    public static IServiceCollection AddApi(this IServiceCollection s) => s.AddAuthentication().Services;\n    public static IApplicationBuilder UseSso(this IApplicationBuilder app) => app.UseIdentityServer();\n}\n";
        let server = "public static class Server\n{\n    public static IServiceCollection AddSsoServer(this IServiceCollection s)\n    {\n        s.AddIdentityServer();\n        return s;\n    }\n}\n";
        let cs = [
            ("src/Infra/Setup.cs", setup),
            ("src/Infra/Server.cs", server),
            (
                "src/Sts/Program.cs",
                "builder.Services.AddSso();\nvar app = builder.Build();\napp.UseSso();\n",
            ),
            (
                "src/Api/Program.cs",
                "builder.Services.AddApi();\nvar app = builder.Build();\n",
            ),
        ];
        let projects = [
            ("src/Infra/Infra.csproj", lib),
            ("src/Sts/Sts.csproj", web),
            ("src/Api/Api.csproj", web),
        ];
        let h = Hosts::discover(&cs, &projects);
        let names: Vec<&str> = h.hosts.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(names, ["Sts"]);
        assert!(
            h.excluded
                .iter()
                .any(|(p, why)| p == "src/Api/Api.csproj" && why.contains("AddSso")),
            "{:?}",
            h.excluded
        );
    }

    #[test]
    fn samples_are_apart_and_chosen_only_without_production_hosts() {
        let cs = [
            ("src/Id/Program.cs", "builder.Services.AddIdentityServer();"),
            ("samples/Demo/Program.cs", "builder.Services.AddIdentityServer();"),
        ];
        let projects = [("src/Id/Id.csproj", LIB), ("samples/Demo/Demo.csproj", LIB)];
        let h = Hosts::discover(&cs, &projects);
        assert_eq!(h.hosts.len(), 2);
        let chosen: Vec<&str> = h.select(None).unwrap().iter().map(|h| h.name.as_str()).collect();
        assert_eq!(chosen, vec!["Id"]);
        assert_eq!(h.select(Some("demo")).unwrap()[0].role, Role::Sample);
    }

    #[test]
    fn an_options_lambda_that_sets_the_issuer_uri_is_a_host() {
        let cs = [(
            "Program.cs",
            "builder.Services.AddIdentityServer(o => { o.IssuerUri = new Uri(\"https://id\").ToString(); });",
        )];
        assert_eq!(Hosts::discover(&cs, &[]).hosts.len(), 1);
        let cs = [("Program.cs", "hc.AddIdentityServer(idSvrUri, name: \"id\");")];
        assert!(Hosts::discover(&cs, &[]).hosts.is_empty());
    }

    #[test]
    fn generated_migrations_are_not_parsed() {
        let snapshot = "[DbContext(typeof(PersistedGrantDbContext))]\npartial class PersistedGrantDbContextModelSnapshot : ModelSnapshot {}";
        assert!(generated(
            "Migrations/PersistedGrantDbContextModelSnapshot.cs",
            snapshot
        ));
        assert!(generated("Pages/Index.Designer.cs", ""));
        assert!(!generated("Program.cs", "builder.Services.AddDbContext<AppDb>();"));
    }

    #[test]
    fn a_tree_without_projects_is_one_host() {
        let cs = [("Program.cs", "builder.Services.AddIdentityServer();")];
        let h = Hosts::discover(&cs, &[]);
        assert_eq!(h.hosts.len(), 1);
        assert_eq!(h.hosts[0].name, "");
        assert!(Hosts::discover(&[("P.cs", "class P {}")], &[]).hosts.is_empty());
    }
}
