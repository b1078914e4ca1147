//! SK2: Key rotation is configured via KeyManagementOptions.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::bound::{identityserver_setting, timespan_text_seconds};
use crate::checklist::context::Context;
use crate::checklist::csharp::timespan_seconds;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::key_management_off;
use crate::checklist::items::common::{ev, host};
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// SK2 in the catalogue.
pub const ITEM: Item = Item {
    id: "SK2",
    section: SIGNING_KEYS,
    title: "Key rotation is configured via KeyManagementOptions",
    applies: HOST,
    breaks: "Rotation left implicit is rotation nobody reviewed, and RotationInterval <= PropagationTime makes IdentityServer throw at startup.",
    fix: "Set options.KeyManagement.RotationInterval, PropagationTime and RetentionDuration in AddIdentityServer(options => ...), with RotationInterval > PropagationTime.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // One fact for "key management is off", shared with SK1 and the IdentityServer4 item.
    // With key management off (or on IdentityServer4, which has none) nothing rotates the key
    // the host signs with: the item fails at the switch and at the credential it loads.
    if let Some(off) = key_management_off(ctx) {
        let mut evidence = vec![off];
        evidence.extend(
            ["AddSigningCredential", "AddDeveloperSigningCredential"]
                .into_iter()
                .flat_map(|n| ctx.code.calls_named(n))
                .filter(|c| !c.development_only)
                .map(|c| ev(c, format!("{}: a static key nothing rotates", c.name))),
        );
        // A third-party key manager (Jwks.Manager's AddJwksManager) is where its own rotation
        // would be set; without any credential call, the registration is where to act.
        evidence.extend(
            ctx.code
                .calls_named("AddJwksManager")
                .map(|c| ev(c, "AddJwksManager: a key manager whose rotation this item cannot see; set it, or use Duende key management")),
        );
        // A hand-rolled rotation (a third-party `AddKeyManagement()`, validation keys published
        // beside the signing key) is where a reviewer looks for the policy that is missing.
        evidence.extend(
            ["AddKeyManagement", "AddValidationKey", "AddValidationKeys"]
                .into_iter()
                .flat_map(|n| ctx.code.calls_named(n))
                .filter(|c| !c.development_only)
                .map(|c| ev(c, format!("{}: no rotation, propagation or retention policy", c.name))),
        );
        // The registration is where the options would be set.
        if !evidence.contains(&anchor) {
            evidence.push(anchor);
        }
        return Outcome::fail(
            "automatic key management is off: nothing rotates the signing key",
            evidence,
        );
    }
    let configured = |key: &str| -> Option<(String, Evidence)> {
        match ctx.code.assigns_to(&format!("KeyManagement.{key}")).next() {
            Some(a) => Some((
                a.value.clone(),
                Evidence::new(&a.file, a.line, format!("KeyManagement.{key}")),
            )),
            None => identityserver_setting(&ctx.code, &ctx.settings, &format!("KeyManagement.{key}"))
                .map(|s| (s.value, s.evidence)),
        }
    };
    let seconds = |v: &str| timespan_seconds(v).or_else(|| timespan_text_seconds(v));
    let Some((rot_value, rot_at)) = configured("RotationInterval") else {
        return Outcome::fail(
            "KeyManagement.RotationInterval is not set: rotation runs on defaults nobody reviewed",
            vec![anchor],
        );
    };
    let prop_s = configured("PropagationTime")
        .and_then(|(v, _)| seconds(&v))
        .or(Some(14.0 * 86_400.0));
    if let (Some(r), Some(p)) = (seconds(&rot_value), prop_s)
        && r <= p
    {
        return Outcome::fail(
            format!("RotationInterval ({rot_value}) must exceed PropagationTime: IdentityServer throws at startup"),
            vec![Evidence::new(
                &rot_at.file,
                rot_at.line,
                "RotationInterval <= PropagationTime",
            )],
        );
    }
    Outcome::pass(format!("RotationInterval = {rot_value}"), vec![rot_at])
}

#[cfg(test)]
mod key_management_off_tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn key_management_switched_off_fails_at_the_switch() {
        let o = outcome(&[(
            "Program.cs",
            "builder.Services.AddIdentityServer(o =>\n{\n    o.KeyManagement.Enabled = false;\n})\n.AddSigningCredential(cert);\n",
        )]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 3);
        assert!(o.evidence.iter().any(|e| e.line == 5), "{o:?}");
    }

    #[test]
    fn identityserver4_has_nothing_that_rotates() {
        let o = outcome(&[
            (
                "src/Id/Id.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"IdentityServer4\" Version=\"4.1.2\" />\n  </ItemGroup>\n</Project>",
            ),
            (
                "src/Id/Startup.cs",
                "using IdentityServer4;\nservices.AddIdentityServer()\n    .AddDeveloperSigningCredential();\n",
            ),
        ]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(
            o.evidence.iter().any(|e| e.file == "src/Id/Startup.cs" && e.line == 3),
            "{o:?}"
        );
        // The registration, where key management options would be set, is cited too.
        assert!(
            o.evidence.iter().any(|e| e.file == "src/Id/Startup.cs" && e.line == 2),
            "{o:?}"
        );
    }
}
