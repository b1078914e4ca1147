//! The MSBuild project graph: every `.csproj` with its `ProjectReference`s, its role (test and
//! benchmark projects out, samples apart) and its closure; `Directory.Build.props` settings
//! such as `IsTestProject` apply to every project below them, and the tree's solutions say which
//! projects are the product (`solutions`).

use crate::checklist::solutions::Solutions;
use std::collections::{BTreeMap, BTreeSet};

/// What a project is for, judged from its MSBuild properties, package references and path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// A project that can run in production (web host or library).
    Production,
    /// A sample, demo or quickstart: reported apart, never evidence for a production host.
    Sample,
    /// A test or benchmark project: never a host, never evidence.
    Test,
}

/// One `.csproj`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// Path of the `.csproj` (relative, `/` separators).
    pub path: String,
    /// Its directory ("" at the root).
    pub dir: String,
    /// File name without `.csproj`.
    pub name: String,
    /// Normalised paths of the projects it references.
    pub references: Vec<String>,
    /// Test, sample or production.
    pub role: Role,
    /// Why the role is not production, for the report ("IsTestProject", "references xunit").
    pub role_reason: Option<String>,
    /// `Sdk="Microsoft.NET.Sdk.Web"` or `OutputType Exe`: something that runs.
    pub runnable: bool,
    /// Source files compiled in from outside the project directory (`<Compile
    /// Include="..\Shared\X.cs" Link="…" />`), normalised; may hold `*`/`**` globs.
    pub linked: Vec<String>,
}

impl Project {
    /// Whether `file` is compiled into the project by a `<Compile Include>` item.
    pub fn links(&self, file: &str) -> bool {
        self.linked.iter().any(|pattern| {
            if pattern.contains('*') {
                globset::Glob::new(pattern).is_ok_and(|g| g.compile_matcher().is_match(file))
            } else {
                pattern == file
            }
        })
    }
}

/// All projects of a tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    /// Projects sorted by path.
    pub projects: Vec<Project>,
    /// `.csproj`/`.props` files that are not well-formed XML: (path, line, message).
    pub errors: Vec<(String, usize, String)>,
}

/// Package ids whose reference makes a project a test or benchmark project.
const TEST_PACKAGES: &[&str] = &[
    "microsoft.net.test.sdk",
    "xunit",
    "xunit.v3",
    "nunit",
    "mstest.testframework",
    "mstest",
    "benchmarkdotnet",
    "microsoft.aspnetcore.mvc.testing",
];

/// Project-name endings of test and benchmark projects.
const TEST_SUFFIXES: &[&str] = &[
    ".tests",
    ".test",
    ".unittests",
    ".integrationtests",
    ".functionaltests",
    ".specs",
    ".benchmarks",
    ".benchmark",
];

/// Solution-folder names that hold test and benchmark projects.
const TEST_FOLDERS: &[&str] = &[
    "test",
    "tests",
    "unittests",
    "integrationtests",
    "benchmark",
    "benchmarks",
];

/// `Some(first match)` when `listings` is not empty and `find` matches in every one of them.
fn every(listings: &[&[String]], find: impl Fn(&[String]) -> Option<String>) -> Option<String> {
    let found: Vec<Option<String>> = listings.iter().map(|f| find(f)).collect();
    if found.is_empty() || found.iter().any(Option::is_none) {
        return None;
    }
    found.into_iter().next().flatten()
}

/// Directory names that hold samples.
const SAMPLE_DIRS: &[&str] = &[
    "samples",
    "sample",
    "examples",
    "example",
    "quickstarts",
    "demos",
    "demo",
];

fn dir_of(path: &str) -> &str {
    path.rsplit_once('/').map(|(d, _)| d).unwrap_or("")
}

/// `a/b/../c` → `a/c`; `None` when it climbs above the root.
fn normalise(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    Some(out.join("/"))
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Element texts and attributes read from one MSBuild file.
#[derive(Default)]
struct Props {
    is_test: Option<bool>,
    references: Vec<String>,
    compiled: Vec<String>,
    packages: Vec<String>,
    sdk: String,
    output_exe: bool,
    /// An Aspire AppHost (`IsAspireHost`, the `Aspire.AppHost.Sdk`, the `Aspire.Hosting.AppHost`
    /// package): its ProjectReferences name services it orchestrates, not code it compiles.
    aspire_host: bool,
}

fn read_props(text: &str) -> Result<Props, (usize, String)> {
    let doc = roxmltree::Document::parse(strip_bom(text))
        .map_err(|e| (e.pos().row as usize, format!("not well-formed MSBuild XML: {e}")))?;
    let mut p = Props {
        sdk: doc.root_element().attribute("Sdk").unwrap_or("").to_string(),
        ..Props::default()
    };
    for n in doc.descendants().filter(|n| n.is_element()) {
        let value = || n.text().unwrap_or("").trim().to_ascii_lowercase();
        match n.tag_name().name() {
            "IsTestProject" => p.is_test = Some(value() == "true"),
            "IsAspireHost" => p.aspire_host |= value() == "true",
            "Sdk" => {
                p.aspire_host |= n
                    .attribute("Name")
                    .is_some_and(|s| s.eq_ignore_ascii_case("Aspire.AppHost.Sdk"))
            }
            "OutputType" => p.output_exe |= value().contains("exe"),
            "ProjectReference" => {
                if let Some(i) = n.attribute("Include") {
                    p.references.push(i.replace('\\', "/"));
                }
            }
            "Compile" => {
                if let Some(i) = n.attribute("Include") {
                    p.compiled.extend(
                        i.split(';')
                            .map(|f| f.trim().replace('\\', "/"))
                            .filter(|f| !f.is_empty()),
                    );
                }
            }
            "PackageReference" => {
                if let Some(i) = n.attribute("Include").or_else(|| n.attribute("Update")) {
                    p.packages.push(i.to_ascii_lowercase());
                }
            }
            _ => {}
        }
    }
    p.aspire_host |= p.sdk.to_ascii_lowercase().contains("aspire.apphost.sdk")
        || p.packages.iter().any(|k| k == "aspire.hosting.apphost");
    Ok(p)
}

impl Graph {
    /// Builds the graph from `.csproj` and `Directory.Build.props` files.
    pub fn load(project_files: &[(&str, &str)]) -> Self {
        let mut graph = Graph::default();
        let mut props_by_dir: BTreeMap<String, Props> = BTreeMap::new();
        let mut csprojs: Vec<(&str, Props)> = Vec::new();
        for (path, text) in project_files {
            let lower = path.to_ascii_lowercase();
            let is_csproj = lower.ends_with(".csproj");
            let is_build_props = lower.ends_with("directory.build.props");
            if !is_csproj && !is_build_props {
                continue;
            }
            match read_props(text) {
                Ok(p) if is_csproj => csprojs.push((*path, p)),
                Ok(p) => {
                    props_by_dir.insert(dir_of(path).to_string(), p);
                }
                Err((line, msg)) => graph.errors.push((path.to_string(), line.max(1), msg)),
            }
        }
        for (path, p) in csprojs {
            let dir = dir_of(path).to_string();
            let name = path
                .rsplit('/')
                .next()
                .unwrap_or(path)
                .trim_end_matches(".csproj")
                .to_string();
            // The nearest Directory.Build.props above the project supplies IsTestProject.
            let inherited = props_by_dir
                .iter()
                .filter(|(d, _)| d.is_empty() || dir == **d || dir.starts_with(&format!("{d}/")))
                .max_by_key(|(d, _)| d.len())
                .and_then(|(_, p)| p.is_test);
            let (role, role_reason) = classify(path, &name, &p, inherited);
            let linked = p
                .compiled
                .iter()
                .filter(|f| f.starts_with("../") && !f.contains("$("))
                .filter_map(|f| normalise(&format!("{dir}/{f}")))
                .collect();
            // An AppHost runs the projects it references; their code is not part of it.
            let references = if p.aspire_host {
                Vec::new()
            } else {
                p.references
                    .iter()
                    .filter_map(|r| normalise(&format!("{dir}/{r}")))
                    .collect()
            };
            graph.projects.push(Project {
                path: path.to_string(),
                dir,
                name,
                references,
                role,
                role_reason,
                runnable: p.sdk.eq_ignore_ascii_case("Microsoft.NET.Sdk.Web") || p.output_exe,
                linked,
            });
        }
        graph.projects.sort_by(|a, b| a.path.cmp(&b.path));
        graph.apply_solutions(&Solutions::read(project_files));
        graph
    }

    /// Roles from the tree's solutions, for projects the MSBuild files call production: one
    /// listed only under test or benchmark solution folders is a test project, only under
    /// sample folders a sample; one that no solution lists and no listed project references
    /// (a vendored library's own demo host, a scratch project) is reported apart like a sample.
    /// Solutions that list none of the tree's projects (a partial checkout) change nothing.
    fn apply_solutions(&mut self, solutions: &Solutions) {
        let index: BTreeMap<&str, usize> = self
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.as_str(), i))
            .collect();
        let listed: BTreeSet<usize> = solutions
            .listed
            .iter()
            .filter_map(|l| index.get(l.project.as_str()).copied())
            .collect();
        if listed.is_empty() {
            return;
        }
        let reached = self.closure_of_all(&listed);
        let named = |folders: &[String], names: &[&str]| {
            folders
                .iter()
                .find(|f| names.contains(&f.to_ascii_lowercase().as_str()))
                .cloned()
        };
        for i in 0..self.projects.len() {
            if self.projects[i].role != Role::Production {
                continue;
            }
            let listings = solutions.listings(&self.projects[i].path);
            let (role, reason) = if !reached.contains(&i) {
                (
                    Role::Sample,
                    format!("listed in no solution ({})", solutions.files.join(", ")),
                )
            } else if let Some(folder) = every(&listings, |f| named(f, TEST_FOLDERS)) {
                (Role::Test, format!("listed under the solution folder {folder}/"))
            } else if let Some(folder) = every(&listings, |f| named(f, SAMPLE_DIRS)) {
                (Role::Sample, format!("listed under the solution folder {folder}/"))
            } else {
                continue;
            };
            self.projects[i].role = role;
            self.projects[i].role_reason = Some(reason);
        }
    }

    /// Index of the project that owns `file`: the deepest project directory above it.
    pub fn owner(&self, file: &str) -> Option<usize> {
        self.projects
            .iter()
            .enumerate()
            .filter(|(_, p)| p.dir.is_empty() || file.starts_with(&format!("{}/", p.dir)))
            .max_by_key(|(_, p)| p.dir.len())
            .map(|(i, _)| i)
    }

    /// Indices of `start` and every project it references, transitively, sorted.
    pub fn closure(&self, start: usize) -> Vec<usize> {
        self.closure_of_all(&BTreeSet::from([start])).into_iter().collect()
    }

    /// Every project reachable from any of `starts` (one traversal, however many starts).
    pub fn closure_of_all(&self, starts: &BTreeSet<usize>) -> BTreeSet<usize> {
        let by_path: BTreeMap<&str, usize> = self
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.as_str(), i))
            .collect();
        let mut seen = BTreeSet::new();
        let mut stack: Vec<usize> = starts.iter().copied().collect();
        while let Some(i) = stack.pop() {
            if !seen.insert(i) {
                continue;
            }
            for r in &self.projects[i].references {
                if let Some(&j) = by_path.get(r.as_str()) {
                    stack.push(j);
                }
            }
        }
        seen
    }

    /// Indices of projects that some other project references.
    pub fn referenced(&self) -> BTreeSet<usize> {
        let by_path: BTreeMap<&str, usize> = self
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.as_str(), i))
            .collect();
        self.projects
            .iter()
            .flat_map(|p| p.references.iter())
            .filter_map(|r| by_path.get(r.as_str()).copied())
            .collect()
    }
}

fn classify(path: &str, name: &str, p: &Props, inherited_test: Option<bool>) -> (Role, Option<String>) {
    let lower_name = name.to_ascii_lowercase();
    if p.is_test == Some(true) {
        return (Role::Test, Some("IsTestProject is true".into()));
    }
    if p.is_test.is_none() && inherited_test == Some(true) {
        return (
            Role::Test,
            Some("IsTestProject is true in Directory.Build.props".into()),
        );
    }
    if let Some(pkg) = p.packages.iter().find(|k| TEST_PACKAGES.contains(&k.as_str())) {
        return (Role::Test, Some(format!("references the test package {pkg}")));
    }
    if let Some(s) = TEST_SUFFIXES.iter().find(|s| lower_name.ends_with(*s)) {
        return (Role::Test, Some(format!("project name ends with {s}")));
    }
    let dirs: Vec<String> = path.split('/').rev().skip(1).map(|d| d.to_ascii_lowercase()).collect();
    if let Some(d) = dirs.iter().find(|d| SAMPLE_DIRS.contains(&d.as_str())) {
        return (Role::Sample, Some(format!("lives under {d}/")));
    }
    (Role::Production, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> Graph {
        Graph::load(files)
    }

    #[test]
    fn references_resolve_and_close_transitively() {
        let g = graph(&[
            (
                "src/Host/Host.csproj",
                r#"<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><ProjectReference Include="..\Shared\Shared.csproj" /></ItemGroup></Project>"#,
            ),
            (
                "src/Shared/Shared.csproj",
                r#"<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="../Data/Data.csproj" /></ItemGroup></Project>"#,
            ),
            ("src/Data/Data.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"/>"),
            ("src/Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"/>"),
        ]);
        let host = g.projects.iter().position(|p| p.name == "Host").unwrap();
        let names: Vec<&str> = g.closure(host).iter().map(|&i| g.projects[i].name.as_str()).collect();
        assert_eq!(names, vec!["Data", "Host", "Shared"]);
        assert!(g.projects[host].runnable);
        assert_eq!(g.referenced().len(), 2);
        assert_eq!(
            g.owner("src/Shared/Ext/DataProtection.cs")
                .map(|i| g.projects[i].name.as_str()),
            Some("Shared")
        );
    }

    #[test]
    fn files_compiled_in_from_outside_the_project_are_linked() {
        let g = graph(&[(
            "src/Host/Host.csproj",
            r#"<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>
                 <Compile Include="..\Shared\Migrate.cs" Link="Extensions\Migrate.cs" />
                 <Compile Include="..\Common\**\*.cs;Local.cs" />
                 <Compile Include="$(SharedDir)\X.cs" />
               </ItemGroup></Project>"#,
        )]);
        let p = &g.projects[0];
        assert!(p.links("src/Shared/Migrate.cs"));
        assert!(p.links("src/Common/Deep/Helpers.cs"));
        assert!(!p.links("src/Shared/Other.cs"));
        assert!(
            !p.links("src/Host/Local.cs"),
            "files inside the project are owned, not linked"
        );
        assert_eq!(p.linked.len(), 2, "{:?}", p.linked);
    }

    #[test]
    fn an_aspire_apphost_orchestrates_the_projects_it_references() {
        let g = graph(&[
            (
                "src/AppHost/AppHost.csproj",
                r#"<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><IsAspireHost>true</IsAspireHost></PropertyGroup><ItemGroup><ProjectReference Include="..\Identity\Identity.csproj" /></ItemGroup></Project>"#,
            ),
            (
                "src/Other/Other.csproj",
                r#"<Project Sdk="Microsoft.NET.Sdk"><Sdk Name="Aspire.AppHost.Sdk" Version="9.0.0" /><ItemGroup><ProjectReference Include="..\Identity\Identity.csproj" /></ItemGroup></Project>"#,
            ),
            (
                "src/Identity/Identity.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>",
            ),
        ]);
        assert!(
            g.projects
                .iter()
                .filter(|p| p.name != "Identity")
                .all(|p| p.references.is_empty())
        );
    }

    #[test]
    fn tests_benchmarks_and_samples_are_told_apart() {
        let g = graph(&[
            ("src/Id/Id.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
            (
                "src/Id.Checks/Id.Checks.csproj",
                "<Project><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>",
            ),
            (
                "src/Perf/Perf.csproj",
                r#"<Project><ItemGroup><PackageReference Include="BenchmarkDotNet" Version="0.14.0" /></ItemGroup></Project>"#,
            ),
            (
                "qa/Directory.Build.props",
                "<Project><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>",
            ),
            ("qa/Smoke/Smoke.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"/>"),
            ("samples/Mvc/Mvc.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
        ]);
        let role = |n: &str| g.projects.iter().find(|p| p.name == n).unwrap().role;
        assert_eq!(role("Id"), Role::Production);
        assert_eq!(role("Id.Checks"), Role::Test);
        assert_eq!(role("Perf"), Role::Test);
        assert_eq!(role("Smoke"), Role::Test);
        assert_eq!(role("Mvc"), Role::Sample);
    }

    #[test]
    fn solutions_say_what_the_product_is() {
        let web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>";
        let lib = "<Project Sdk=\"Microsoft.NET.Sdk\"/>";
        let host = r#"<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><ProjectReference Include="..\Lib\Lib.csproj" /></ItemGroup></Project>"#;
        let slnx = r#"<Solution>
  <Folder Name="/src/"><Project Path="src/Host/Host.csproj" /></Folder>
  <Folder Name="/tests/"><Project Path="src/Host.Smoke/Host.Smoke.csproj" /></Folder>
  <Folder Name="/samples/"><Project Path="src/Demo/Demo.csproj" /></Folder>
</Solution>"#;
        let g = graph(&[
            ("App.slnx", slnx),
            ("src/Host/Host.csproj", host),
            ("src/Lib/Lib.csproj", lib),
            ("src/Host.Smoke/Host.Smoke.csproj", web),
            ("src/Demo/Demo.csproj", web),
            ("vendor/idsrv/host/Host.csproj", web),
        ]);
        let role = |path: &str| {
            let p = g.projects.iter().find(|p| p.path == path).unwrap();
            (p.role, p.role_reason.clone().unwrap_or_default())
        };
        assert_eq!(role("src/Host/Host.csproj").0, Role::Production);
        assert_eq!(
            role("src/Lib/Lib.csproj").0,
            Role::Production,
            "referenced by a listed project"
        );
        assert_eq!(
            role("src/Host.Smoke/Host.Smoke.csproj"),
            (Role::Test, "listed under the solution folder tests/".into())
        );
        assert_eq!(role("src/Demo/Demo.csproj").0, Role::Sample);
        assert_eq!(
            role("vendor/idsrv/host/Host.csproj"),
            (Role::Sample, "listed in no solution (App.slnx)".into())
        );
        // A solution that lists none of the tree's projects changes nothing.
        let g = graph(&[
            (
                "Other.sln",
                "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"X\", \"x\\X.csproj\", \"{1}\"",
            ),
            ("vendor/idsrv/host/Host.csproj", web),
        ]);
        assert_eq!(g.projects[0].role, Role::Production);
    }

    #[test]
    fn broken_project_xml_is_an_error_and_a_bom_is_not() {
        let g = graph(&[
            ("a/A.csproj", "<Project><PropertyGroup></Project>"),
            ("b/B.csproj", "\u{feff}<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>"),
        ]);
        assert_eq!(g.errors.len(), 1);
        assert_eq!(g.errors[0].0, "a/A.csproj");
        assert_eq!(g.projects.len(), 1);
        assert!(normalise("a/../../b").is_none());
    }
}
