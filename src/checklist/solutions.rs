//! Solution files (`.sln`, `.slnx`): which projects a solution lists and under which solution
//! folders. The project graph uses them to tell the product from what merely sits in the tree
//! (a vendored library's own sample host, a scratch project) and test folders from the rest.

use std::collections::BTreeMap;

/// One project a solution lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Normalised path of the `.csproj`, relative to the tree root.
    pub project: String,
    /// The solution folders it sits in, outermost first (`["tests", "unit"]`).
    pub folders: Vec<String>,
}

/// The projects every solution in the tree lists, with the solutions that were read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Solutions {
    /// Paths of the solution files that listed at least one project.
    pub files: Vec<String>,
    /// Every listed `.csproj` (a project in several solutions appears once per solution).
    pub listed: Vec<Listed>,
}

impl Solutions {
    /// Reads every `.sln` / `.slnx` among `files` (path, text). Unreadable entries are skipped:
    /// a solution only ever adds facts, and a project missing from a broken one is not
    /// excluded because of it (see `lists_project`).
    pub fn read(files: &[(&str, &str)]) -> Self {
        let mut out = Solutions::default();
        for (path, text) in files {
            let lower = path.to_ascii_lowercase();
            let dir = path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            let listed = if lower.ends_with(".slnx") {
                slnx(text)
            } else if lower.ends_with(".sln") {
                sln(text)
            } else {
                continue;
            };
            let listed: Vec<Listed> = listed
                .into_iter()
                .filter(|l| l.project.to_ascii_lowercase().ends_with(".csproj"))
                .filter_map(|l| {
                    let joined = if dir.is_empty() {
                        l.project.clone()
                    } else {
                        format!("{dir}/{}", l.project)
                    };
                    normalise(&joined).map(|project| Listed { project, ..l })
                })
                .collect();
            if !listed.is_empty() {
                out.files.push(path.to_string());
                out.listed.extend(listed);
            }
        }
        // Sorted by project, so `listings` is a binary search, not a scan per project.
        out.listed.sort_by(|a, b| a.project.cmp(&b.project));
        out
    }

    /// The solution folders `project` is listed under, one entry per listing; empty when no
    /// solution lists it.
    pub fn listings(&self, project: &str) -> Vec<&[String]> {
        let from = self.listed.partition_point(|l| l.project.as_str() < project);
        self.listed[from..]
            .iter()
            .take_while(|l| l.project == project)
            .map(|l| l.folders.as_slice())
            .collect()
    }
}

/// `a/./b/../c` with `\` separators → `a/c`; `None` when it climbs above the root.
fn normalise(path: &str) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split(['/', '\\']) {
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

/// `.slnx` (XML): `<Project Path="…"/>` anywhere below `<Solution>`, inside `<Folder Name="/a/b/">`.
fn slnx(text: &str) -> Vec<Listed> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(doc) = roxmltree::Document::parse(text) else {
        return Vec::new();
    };
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "Project")
        .filter_map(|n| {
            let path = n.attribute("Path")?;
            let folders = n
                .ancestors()
                .filter(|a| a.is_element() && a.tag_name().name() == "Folder")
                .find_map(|a| a.attribute("Name"))
                .map(|name| name.split('/').filter(|s| !s.is_empty()).map(str::to_string).collect())
                .unwrap_or_default();
            Some(Listed {
                project: path.to_string(),
                folders,
            })
        })
        .collect()
}

/// The solution-folder project type: entries of this type are folders, not projects.
const SOLUTION_FOLDER_TYPE: &str = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

/// `.sln` (text): `Project("{TYPE}") = "Name", "rel\path.csproj", "{GUID}"` lines, and the
/// `NestedProjects` section mapping a project's GUID to its parent folder's GUID.
fn sln(text: &str) -> Vec<Listed> {
    // GUID → (name, path, is folder)
    let mut entries: BTreeMap<String, (String, String, bool)> = BTreeMap::new();
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    let mut in_nested = false;
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("Project(\"") {
            let quoted: Vec<&str> = rest.split('"').collect();
            // rest: {TYPE}") = "Name", "Path", "{GUID}"
            // split on '"': ["{TYPE}", ") = ", "Name", ", ", "Path", ", ", "{GUID}", ""]
            if quoted.len() >= 7 {
                let kind = quoted[0].trim_matches(['{', '}']).to_ascii_uppercase();
                let guid = quoted[6].trim_matches(['{', '}']).to_ascii_uppercase();
                entries.insert(
                    guid,
                    (
                        quoted[2].to_string(),
                        quoted[4].to_string(),
                        kind == SOLUTION_FOLDER_TYPE,
                    ),
                );
            }
        } else if t.starts_with("GlobalSection(NestedProjects)") {
            in_nested = true;
        } else if t.starts_with("EndGlobalSection") {
            in_nested = false;
        } else if in_nested && let Some((child, folder)) = t.split_once('=') {
            parent.insert(
                child.trim().trim_matches(['{', '}']).to_ascii_uppercase(),
                folder.trim().trim_matches(['{', '}']).to_ascii_uppercase(),
            );
        }
    }
    entries
        .iter()
        .filter(|(_, (_, _, folder))| !folder)
        .map(|(guid, (_, path, _))| {
            let mut folders = Vec::new();
            let mut at = guid.clone();
            // Bounded: a malformed file could nest folders in a cycle.
            for _ in 0..32 {
                let Some(up) = parent.get(&at) else { break };
                match entries.get(up) {
                    Some((name, _, true)) => folders.insert(0, name.clone()),
                    _ => break,
                }
                at = up.clone();
            }
            Listed {
                project: path.clone(),
                folders,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLN: &str = "\u{feff}
Microsoft Visual Studio Solution File, Format Version 12.00
Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Fabrikam.Identity\", \"src\\Fabrikam.Identity\\Fabrikam.Identity.csproj\", \"{11111111-1111-1111-1111-111111111111}\"
EndProject
Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"tests\", \"tests\", \"{22222222-2222-2222-2222-222222222222}\"
EndProject
Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"unit\", \"unit\", \"{33333333-3333-3333-3333-333333333333}\"
EndProject
Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"Fabrikam.Identity.Checks\", \"test\\Checks\\Fabrikam.Identity.Checks.csproj\", \"{44444444-4444-4444-4444-444444444444}\"
EndProject
Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"Docs\", \"docs\\Docs.shproj\", \"{55555555-5555-5555-5555-555555555555}\"
EndProject
Global
	GlobalSection(NestedProjects) = preSolution
		{33333333-3333-3333-3333-333333333333} = {22222222-2222-2222-2222-222222222222}
		{44444444-4444-4444-4444-444444444444} = {33333333-3333-3333-3333-333333333333}
	EndGlobalSection
EndGlobal
";

    #[test]
    fn an_sln_lists_projects_with_their_nested_folders() {
        let s = Solutions::read(&[("Fabrikam.sln", SLN)]);
        assert_eq!(s.files, vec!["Fabrikam.sln"]);
        assert_eq!(
            s.listed,
            vec![
                Listed {
                    project: "src/Fabrikam.Identity/Fabrikam.Identity.csproj".into(),
                    folders: vec![],
                },
                Listed {
                    project: "test/Checks/Fabrikam.Identity.Checks.csproj".into(),
                    folders: vec!["tests".into(), "unit".into()],
                },
            ],
            "folders and non-C# projects are not listed"
        );
    }

    #[test]
    fn an_slnx_lists_projects_relative_to_its_directory() {
        let text = r#"<Solution>
  <Folder Name="/src/hosts/"><Project Path="Hosts/Web/Web.csproj" /></Folder>
  <Folder Name="/tests/"><Project Path="../tests/Web.Tests/Web.Tests.csproj" /></Folder>
  <Project Path="Tools\Seed\Seed.csproj" />
</Solution>"#;
        let s = Solutions::read(&[("src/App.slnx", text)]);
        let got: Vec<(&str, Vec<&str>)> = s
            .listed
            .iter()
            .map(|l| (l.project.as_str(), l.folders.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("src/Hosts/Web/Web.csproj", vec!["src", "hosts"]),
                ("src/Tools/Seed/Seed.csproj", vec![]),
                ("tests/Web.Tests/Web.Tests.csproj", vec!["tests"]),
            ]
        );
        assert_eq!(s.listings("src/Tools/Seed/Seed.csproj").len(), 1);
        assert!(s.listings("src/Other/Other.csproj").is_empty());
    }

    #[test]
    fn broken_or_empty_solutions_list_nothing() {
        let s = Solutions::read(&[
            ("a.slnx", "<Solution><Project Path="),
            ("b.sln", "Project(\"{X}\") = \"only\""),
            ("c.sln", "Project(\"{X}\") = \"Up\", \"..\\..\\Up.csproj\", \"{Y}\""),
        ]);
        assert!(s.files.is_empty() && s.listed.is_empty(), "{s:?}");
    }

    #[test]
    fn nested_folder_cycles_end() {
        let text = "Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"a\", \"a\", \"{A}\"
Project(\"{2150E333-8FDC-42A3-9474-1A3956D46DE8}\") = \"b\", \"b\", \"{B}\"
Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"P\", \"P\\P.csproj\", \"{P}\"
GlobalSection(NestedProjects) = preSolution
{P} = {A}
{A} = {B}
{B} = {A}
EndGlobalSection";
        let s = Solutions::read(&[("x.sln", text)]);
        assert_eq!(s.listed.len(), 1);
        assert!(s.listed[0].folders.len() <= 32);
    }
}
