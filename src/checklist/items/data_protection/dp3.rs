//! DP3: Data Protection keys are protected at rest.
//! The item's text, its rule and the rule's unit tests.

use super::dp_sites;
use crate::checklist::bound::branch_in_production;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP3 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP3",
    section: DATA_PROTECTION,
    title: "Data Protection keys are protected at rest",
    applies: HOST,
    breaks: "The key ring sits as plain XML in the store: whoever can read the store can forge authentication cookies and decrypt protected data.",
    fix: "Chain ProtectKeysWithAzureKeyVault(keyId, credential) or ProtectKeysWithCertificate(certificate) on AddDataProtection() (AWS SSM parameters are SecureStrings encrypted with KMS).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let calls: Vec<&crate::checklist::csharp::Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name.starts_with("ProtectKeysWith") || c.name == "PersistKeysToAWSSystemsManager")
        .collect();
    // A protection call behind a configuration flag that is off in Production never runs.
    let mut switched_off = Vec::new();
    let protect: Vec<Evidence> = calls
        .iter()
        .filter(|c| match branch_in_production(&ctx.code, &ctx.settings, c) {
            Some((false, flag)) => {
                switched_off.push(ev(c, format!("{} never runs in Production", c.name)));
                switched_off.push(flag);
                false
            }
            _ => true,
        })
        .map(|c| ev(c, &c.name))
        .collect();
    if protect.is_empty() {
        if let Some(at) = windows_default_key_ring(ctx) {
            return Outcome::pass(
                "no ProtectKeysWith… call, but the host runs on Windows with the default key ring, which Windows encrypts at rest with DPAPI",
                at,
            );
        }
        if !switched_off.is_empty() {
            return Outcome::fail(
                "keys are stored unencrypted: the ProtectKeysWith… call sits behind a flag that is off in Production",
                switched_off,
            );
        }
        return Outcome::fail(
            "keys are stored unencrypted: no ProtectKeysWith… call on AddDataProtection()",
            dp_sites(ctx, &anchor),
        );
    }
    Outcome::pass(format!("keys protected at rest via {}", protect[0].note), protect)
}

/// A host on Windows that leaves the key ring where ASP.NET Core puts it by default: in the user
/// profile (%LOCALAPPDATA%\ASP.NET\DataProtection-Keys) or, in IIS without a profile, in an
/// HKLM registry key, both encrypted at rest with DPAPI; without either, keys stay in memory
/// and never rest anywhere. Verified in dotnet/AspNetCore.Docs,
/// aspnetcore/security/data-protection/configuration/default-settings.md (read 2026-12-05).
/// An explicit `PersistKeysTo…` deregisters that default encryption (the same docs,
/// implementation/key-encryption-at-rest.md), so any persistence call that runs in Production
/// rules this out. Windows is what the host says (`UseWindowsService`, `AddWindowsService`) or
/// a Web Deploy to IIS (`DeployIisAppPath`) in a tree that builds no container.
fn windows_default_key_ring(ctx: &Context) -> Option<Vec<Evidence>> {
    let persisted = ctx
        .code
        .calls
        .iter()
        .any(|c| c.name.starts_with("PersistKeysTo") && !c.development_only);
    if persisted {
        return None;
    }
    let service = ctx
        .code
        .calls
        .iter()
        .find(|c| matches!(c.name.as_str(), "UseWindowsService" | "AddWindowsService") && !c.development_only)
        .map(|c| ev(c, format!("{}(): a Windows service", c.name)));
    let at = service.or_else(|| ctx.iis_hosting())?;
    Some(vec![at])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const HELPER: &str = "public static class KeyRing\n{\n    public static void AddKeyRing(this IServiceCollection services, ProtectionSettings protection)\n    {\n        var ring = services.AddDataProtection().PersistKeysToDbContext<KeysDb>();\n        if (protection.UseKeyVault)\n        {\n            if (protection.UseSecret)\n            {\n                ring.ProtectKeysWithAzureKeyVault(new Uri(protection.KeyId), credential);\n            }\n        }\n    }\n}\n";
    const PROGRAM: &str = "builder.Services.AddIdentityServer();\nbuilder.Services.AddKeyRing(builder.Configuration.GetSection(nameof(KeyRingProtection)).Get<ProtectionSettings>());\n";

    fn outcome(use_key_vault: bool) -> Outcome {
        let settings = format!("{{\n  \"KeyRingProtection\": {{\n    \"UseKeyVault\": {use_key_vault}\n  }}\n}}");
        let files: Vec<(String, String)> = [
            ("Program.cs", PROGRAM),
            ("KeyRing.cs", HELPER),
            ("appsettings.json", settings.as_str()),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        rule(&Context::build(&files))
    }

    fn outcome_of(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_windows_service_with_the_default_key_ring_is_protected_by_dpapi() {
        let program = "builder.Services.AddIdentityServer();\nbuilder.Host.UseWindowsService();\n";
        let o = outcome_of(&[("Program.cs", program)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("Program.cs", 2));
        // An explicit key store drops the default DPAPI encryption.
        let persisted = format!("{program}builder.Services.AddDataProtection().PersistKeysToFileSystem(dir);\n");
        assert_eq!(outcome_of(&[("Program.cs", &persisted)]).status, Status::Fail);
        // Without a Windows signal the default is not DPAPI.
        assert_eq!(
            outcome_of(&[("Program.cs", "builder.Services.AddIdentityServer();\n")]).status,
            Status::Fail
        );
    }

    #[test]
    fn a_web_deploy_to_iis_counts_only_when_no_container_is_built() {
        let program = ("Program.cs", "builder.Services.AddIdentityServer();\n");
        let csproj = (
            "Id.csproj",
            "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <DeployIisAppPath>id.example.org</DeployIisAppPath>\n  </PropertyGroup>\n</Project>\n",
        );
        let o = outcome_of(&[program, csproj]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("Id.csproj", 3));
        let docker = (
            "Dockerfile",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"dotnet\", \"Id.dll\"]\n",
        );
        assert_eq!(outcome_of(&[program, csproj, docker]).status, Status::Fail);
    }

    #[test]
    fn protection_behind_a_flag_that_is_off_in_production_fails_where_both_are() {
        let o = outcome(false);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("KeyRing.cs", 10), ("appsettings.json", 3)]);
        assert_eq!(outcome(true).status, Status::Pass);
    }
}
