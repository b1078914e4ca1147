//! X10: A supported IdentityServer signs tokens with production keys.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::{ev, host};
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// X10 in the catalogue.
pub const ITEM: Item = Item {
    id: "X10",
    section: SIGNING_KEYS,
    title: "A supported IdentityServer signs tokens with production keys",
    applies: HOST,
    breaks: "IdentityServer4 reached end of life in December 2022, Duende IdentityServer 5.x in December 2022 and 6.x in May 2024: no security fixes (and IdentityServer4 has no automatic key management). AddDeveloperSigningCredential writes an unprotected tempkey.jwk next to the app: every instance signs with its own key, and whoever reads the file can mint tokens.",
    fix: "Move to a supported Duende IdentityServer (7.x or later) and its automatic key management; call AddDeveloperSigningCredential only inside if (builder.Environment.IsDevelopment()).",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails = Vec::new();
    if let Some(e) = &ctx.identityserver4 {
        let mut e = e.clone();
        e.note = format!("{}: IdentityServer4 is end of life", e.note);
        fails.push(e);
    }
    if let Some(e) = &ctx.duende_out_of_support {
        fails.push(e.clone());
    }
    for c in ctx
        .code
        .calls_named("AddDeveloperSigningCredential")
        .filter(|c| !c.development_only)
    {
        fails.push(ev(
            c,
            "AddDeveloperSigningCredential() outside an IsDevelopment() branch",
        ));
    }
    if !fails.is_empty() {
        return Outcome::fail(
            "the host runs an unsupported IdentityServer or signs with a developer credential in production",
            fails,
        );
    }
    Outcome::pass(
        "Duende IdentityServer without a developer signing credential outside Development",
        ctx.duende_package.iter().chain(&ctx.host).cloned().collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn duende_majors_out_of_support_fail_at_their_package_reference() {
        let program = "builder.Services.AddIdentityServer();\n";
        let csproj = |v: &str| {
            format!(
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"Duende.IdentityServer\" Version=\"{v}\" />\n  </ItemGroup>\n</Project>\n"
            )
        };
        for (version, status) in [
            ("6.3.4", Status::Fail),
            ("5.2.1", Status::Fail),
            ("7.4.2", Status::Pass),
        ] {
            let project = csproj(version);
            let o = outcome(&[("src/Id/Id.csproj", project.as_str()), ("src/Id/Program.cs", program)]);
            assert_eq!(o.status, status, "{version}: {o:?}");
            // A failure and a pass both cite the package reference that sets the version.
            assert_eq!(
                (o.evidence[0].file.as_str(), o.evidence[0].line),
                ("src/Id/Id.csproj", 3),
                "{version}: {o:?}"
            );
        }
        // Central package management puts the version in Directory.Packages.props.
        let central = "<Project>\n  <ItemGroup>\n    <PackageVersion Include=\"Duende.IdentityServer\" Version=\"6.2.0\" />\n  </ItemGroup>\n</Project>\n";
        let o = outcome(&[
            ("Directory.Packages.props", central),
            ("src/Id/Id.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>\n"),
            ("src/Id/Program.cs", program),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn developer_credential_in_development_only_passes() {
        let o = outcome(&[(
            "Program.cs",
            "var isb = builder.Services.AddIdentityServer();\nif (builder.Environment.IsDevelopment())\n{\n    isb.AddDeveloperSigningCredential();\n}\n",
        )]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn developer_credential_elsewhere_fails_at_its_line() {
        let o = outcome(&[(
            "Program.cs",
            "var isb = builder.Services.AddIdentityServer();\nif (!builder.Environment.IsDevelopment())\n{\n    isb.AddDeveloperSigningCredential();\n}\n",
        )]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].line, 4);
    }

    #[test]
    fn identityserver4_is_end_of_life() {
        let o = outcome(&[
            (
                "src/Id/Id.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"IdentityServer4\" Version=\"4.1.2\" />\n  </ItemGroup>\n</Project>",
            ),
            (
                "src/Id/Startup.cs",
                "using IdentityServer4;\nservices.AddIdentityServer();\n",
            ),
        ]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("src/Id/Id.csproj", 3)
        );
    }
}
