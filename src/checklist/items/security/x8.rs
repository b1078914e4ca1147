//! X8: The Duende license key is not committed.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::SecretKind;
use crate::checklist::appsettings::is_placeholder;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, SECURITY, Source};

/// X8 in the catalogue.
pub const ITEM: Item = Item {
    id: "X8",
    section: SECURITY,
    title: "The Duende license key is not committed",
    applies: "always",
    breaks: "A license key in git or an image leaks to everyone with read access, and it is issued to your company.",
    fix: "Provide Duende:LicenseKey from the secret store (environment variable Duende__LicenseKey); remove Duende_License.key and literal keys from the tree.",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails: Vec<Evidence> = ctx
        .license_files
        .iter()
        .map(|f| Evidence::new(f, 1, "Duende_License.key committed"))
        .collect();
    fails.extend(
        ctx.settings
            .secrets()
            .into_iter()
            .filter(|s| s.kind == SecretKind::License)
            .map(|s| Evidence::new(s.file, s.line, format!("license key in {}", s.key))),
    );
    for a in ctx.code.assigns_to("LicenseKey") {
        if a.value.starts_with('"') && a.strings.first().is_some_and(|s| !is_placeholder(s)) {
            fails.push(Evidence::new(&a.file, a.line, "LicenseKey assigned a literal"));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if name.to_ascii_lowercase().contains("licensekey") && value.as_deref().is_some_and(|v| !is_placeholder(v)) {
            fails.push(Evidence::new(file, line, format!("env {name} holds the license key")));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if key.to_ascii_lowercase().contains("licensekey") && !is_placeholder(&value) {
            fails.push(Evidence::new(file, line, format!("{key} holds the license key")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the Duende license key is committed", fails);
    }
    // Where the key comes from instead: a non-literal `LicenseKey` assignment, and settings
    // that leave the key empty for the deployment to fill.
    let mut from: Vec<Evidence> = ctx
        .code
        .assigns_to("LicenseKey")
        .filter(|a| !a.development_only && !a.value.starts_with('"') && !a.value.starts_with("@\""))
        .map(|a| Evidence::new(&a.file, a.line, format!("LicenseKey = {}: not in the tree", a.value)))
        .collect();
    for f in ctx.settings.production_files() {
        f.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key.to_ascii_lowercase().replace('_', "").ends_with("licensekey")
                && node.as_str().is_some_and(is_placeholder)
            {
                from.push(Evidence::new(
                    &f.path,
                    e.line,
                    format!("{} left empty for the deployment", e.key),
                ));
            }
        });
    }
    if from.is_empty() {
        // Nothing to cite for an absence but the product the host runs and where it is set up.
        let at = match &ctx.identityserver4 {
            Some(is4) => [ctx.identityserver_reference.clone().unwrap_or_else(|| is4.clone())]
                .into_iter()
                .map(|mut e| {
                    e.note = format!("{}: IdentityServer4 needs no Duende license", e.note);
                    e
                })
                .collect(),
            // The reference, the versioned package line (a central `PackageVersion` in
            // Directory.Packages.props when the project's reference has no version) and the
            // registration: where a reviewer looks for the edition and its key.
            None => {
                let mut at: Vec<Evidence> = Vec::new();
                for e in ctx
                    .identityserver_reference
                    .iter()
                    .chain(&ctx.duende_package)
                    .chain(&ctx.host)
                {
                    if !at.iter().any(|a| a.file == e.file && a.line == e.line) {
                        at.push(Evidence::new(
                            &e.file,
                            e.line,
                            "no license key here or anywhere in the tree",
                        ));
                    }
                }
                at
            }
        };
        return Outcome::pass("no license key in the tree", at);
    }
    Outcome::pass("no license key in the tree: the host reads it at run time", from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn a_pass_cites_the_central_package_version_where_the_edition_is_chosen() {
        let files: Vec<(String, String)> = [
            ("Directory.Packages.props", "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"7.2.0\" />\n  </ItemGroup>\n</Project>\n"),
            ("src/Id/Id.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" />\n  </ItemGroup>\n</Project>\n"),
            ("src/Id/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddIdentityServer();\n"),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(
            at,
            vec![
                ("src/Id/Id.csproj", 3),
                ("Directory.Packages.props", 3),
                ("src/Id/Program.cs", 2)
            ]
        );
    }

    #[test]
    fn a_key_read_at_run_time_passes_and_says_where() {
        let program = "var key = builder.Configuration[\"duende_license_key\"];\nbuilder.Services.AddIdentityServer(o =>\n{\n    o.LicenseKey = key;\n});\n";
        let settings = "{\n  \"duende_license_key\": \"\"\n}\n";
        let files = vec![
            ("Program.cs".to_string(), program.to_string()),
            ("appsettings.json".to_string(), settings.to_string()),
        ];
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, vec![("Program.cs", 4), ("appsettings.json", 2)]);
        // A literal in the same place is the committed key.
        let literal = program.replace("o.LicenseKey = key;", "o.LicenseKey = \"eyJhbGciOiJQUzI1NiJ9.x.y\";");
        let files = vec![("Program.cs".to_string(), literal)];
        assert_eq!(rule(&Context::build(&files)).status, Status::Fail);
    }
}
