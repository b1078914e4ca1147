//! What a known NuGet package's helper registers, for a host that calls the helper but whose
//! tree does not hold its source: the calls inside it are added to the host's code at the
//! helper's call site, so every item reads them like calls written in the tree.
//!
//! Each helper here is read from the package's published source; nothing is guessed from a name.

use crate::checklist::csharp::{Arg, Call, Code};

/// The Skoruba admin templates' `services.AddDataProtection<TDbContext>(configuration)`
/// (packages `Skoruba.IdentityServer4.Shared.Configuration` and
/// `Skoruba.Duende.IdentityServer.Shared.Configuration`, `Helpers/StartupHelpers.cs`): it calls
/// `AddDataProtection().SetApplicationName("Skoruba.IdentityServer4")` (the Duende package:
/// `"Skoruba.Duende.IdentityServer"`, or the name passed in) and
/// `.PersistKeysToDbContext<TDbContext>()`. Read in skoruba/IdentityServer4.Admin and
/// skoruba/Duende.IdentityServer.Admin, 2026-12-05.
const SKORUBA_PACKAGES: &[(&str, &str)] = &[
    (
        "Skoruba.IdentityServer4.Shared.Configuration",
        "Skoruba.IdentityServer4",
    ),
    (
        "Skoruba.Duende.IdentityServer.Shared.Configuration",
        "Skoruba.Duende.IdentityServer",
    ),
];

/// Adds the registrations of the package helpers the host calls. `projects` are the texts of
/// the host's own project files (its package references); a helper defined in the tree is
/// left to the tree's own source.
pub fn expand(code: &mut Code, projects: &[&str]) {
    let Some(app_name) = SKORUBA_PACKAGES.iter().find_map(|(package, name)| {
        projects
            .iter()
            .any(|p| p.contains(&format!("Include=\"{package}\"")))
            .then_some(*name)
    }) else {
        return;
    };
    if code.methods.iter().any(|m| m.name == "AddDataProtection") {
        return;
    }
    let helpers: Vec<Call> = code
        .calls
        .iter()
        .filter(|c| c.name == "AddDataProtection" && !c.type_args.is_empty())
        .cloned()
        .collect();
    for c in helpers {
        let mut name = c.clone();
        name.name = "SetApplicationName".into();
        name.type_args = String::new();
        name.args = vec![Arg {
            name: None,
            text: format!("\"{app_name}\" (in the package's AddDataProtection<{}>)", c.type_args),
            strings: vec![app_name.to_string()],
            line: c.line,
        }];
        let mut persist = c.clone();
        persist.name = "PersistKeysToDbContext".into();
        persist.args = Vec::new();
        code.calls.push(name);
        code.calls.push(persist);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skorubas_data_protection_helper_names_the_app_and_persists_to_its_context() {
        let program = "services.AddIdentityServer();\nservices.AddDataProtection<KeysDbContext>(Configuration);\n";
        let parse = || {
            let mut code = Code::default();
            code.add_file("Startup.cs", program);
            code
        };
        let project = r#"<Project><ItemGroup><PackageReference Include="Skoruba.IdentityServer4.Shared.Configuration" Version="2.0.1" /></ItemGroup></Project>"#;
        let mut code = parse();
        expand(&mut code, &[project]);
        let names: Vec<(&str, &str, usize)> = code
            .calls
            .iter()
            .filter(|c| c.name == "SetApplicationName" || c.name.starts_with("PersistKeysTo"))
            .map(|c| (c.name.as_str(), c.type_args.as_str(), c.line))
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(
            names.contains(&("PersistKeysToDbContext", "KeysDbContext", 2)),
            "{names:?}"
        );
        // Without the package, a generic AddDataProtection is somebody else's.
        let mut code = parse();
        expand(&mut code, &["<Project />"]);
        assert!(!code.calls.iter().any(|c| c.name == "SetApplicationName"));
    }
}
