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

    #[test]
    fn protection_behind_a_flag_that_is_off_in_production_fails_where_both_are() {
        let o = outcome(false);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("KeyRing.cs", 10), ("appsettings.json", 3)]);
        assert_eq!(outcome(true).status, Status::Pass);
    }
}
