//! SEC2: Access token lifetimes are reviewed and short.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::eval_number;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::clients;
use crate::checklist::items::common::ev;
use crate::checklist::items::{Item, SECURITY, Source};
use crate::checklist::tree::Tree;

/// SEC2 in the catalogue.
pub const ITEM: Item = Item {
    id: "SEC2",
    section: SECURITY,
    title: "Access token lifetimes are reviewed and short",
    applies: "when clients are defined in code, appsettings or idsgen.yaml",
    breaks: "A leaked access token stays valid for its whole lifetime (3600 s by default) and APIs cannot revoke a JWT.",
    fix: "Set AccessTokenLifetime explicitly on interactive clients (at most 3600 s; 300 s suggested); keep machine-to-machine clients at 3600 s or less.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let code_clients = clients(ctx);
    for &i in &code_clients {
        let c = &ctx.code.creations[i];
        let grant = ctx
            .code
            .assigns_in(i)
            .find(|a| a.target == "AllowedGrantTypes")
            .map(|a| a.value.clone())
            .unwrap_or_default();
        let id = ctx
            .code
            .assigns_in(i)
            .find(|a| a.target == "ClientId")
            .and_then(|a| a.strings.first().cloned())
            .unwrap_or_default();
        let life = ctx.code.assigns_in(i).find(|a| a.target == "AccessTokenLifetime");
        // A client's own lines say which client and why it counts as interactive; the
        // initializer's first line says neither.
        let line_of = |t: &str| ctx.code.assigns_in(i).find(|a| a.target == t).map(|a| a.line);
        let grant_line = line_of("AllowedGrantTypes").unwrap_or(c.line);
        match life.and_then(|a| eval_number(&a.value).map(|n| (a, n))) {
            Some((a, n)) if n > 3600.0 => fails.push(Evidence::new(
                &a.file,
                a.line,
                format!("client {id}: AccessTokenLifetime {n} s"),
            )),
            Some((a, n)) => passes.push(Evidence::new(
                &a.file,
                a.line,
                format!("client {id}: AccessTokenLifetime {n} s"),
            )),
            None if life.is_some() => passes.push(Evidence::new(
                &c.file,
                life.map_or(c.line, |a| a.line),
                format!(
                    "client {id}: AccessTokenLifetime set from {}",
                    life.map(|a| a.value.clone()).unwrap_or_default()
                ),
            )),
            None if interactive(&grant) => {
                fails.push(Evidence::new(&c.file, c.line, format!("client {id}")));
                if let Some(l) = line_of("ClientId") {
                    fails.push(Evidence::new(&c.file, l, format!("client {id}")));
                }
                fails.push(Evidence::new(
                    &c.file,
                    grant_line,
                    format!("interactive client {id} keeps the default AccessTokenLifetime (3600 s), never reviewed"),
                ))
            }
            None => passes.push(Evidence::new(
                &c.file,
                grant_line,
                format!("client {id}: default 3600 s for machine-to-machine"),
            )),
        }
    }
    for f in ctx.client_files() {
        f.doc.walk(&mut |_, _, node| {
            if let Some(id) = node.entry_ci("ClientId") {
                match node.entry_ci("AccessTokenLifetime") {
                    Some(e) if e.value.as_u64().unwrap_or(0) > 3600 => {
                        fails.push(Evidence::new(&f.path, e.line, "AccessTokenLifetime above 3600 s"))
                    }
                    Some(e) => passes.push(Evidence::new(&f.path, e.line, "AccessTokenLifetime")),
                    None => {
                        let grants: Vec<&str> = node
                            .entry_ci("AllowedGrantTypes")
                            .map(|g| g.value.items().iter().filter_map(Tree::as_str).collect())
                            .unwrap_or_default();
                        if grants.iter().any(|g| *g != "client_credentials") {
                            fails.push(Evidence::new(
                                &f.path,
                                id.line,
                                "interactive client keeps the default AccessTokenLifetime (3600 s)",
                            ));
                        }
                    }
                }
            }
        });
    }
    // ApiAuthorization's configured clients take the default lifetime: their profiles build
    // authorization-code clients and the section has no lifetime setting.
    for (mut at, _) in crate::checklist::items::common::profile_clients(ctx) {
        at.note = format!(
            "{}: interactive, keeps the default AccessTokenLifetime (3600 s)",
            at.note
        );
        fails.push(at);
    }
    if !fails.is_empty() {
        return Outcome::fail("access token lifetimes are long or unreviewed", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("access token lifetimes are explicit and at most one hour", passes);
    }
    if let Some(c) = ctx.code.call("AddConfigurationStore") {
        return Outcome::operator(
            "clients live in the configuration database",
            "SELECT ClientId, AccessTokenLifetime FROM Clients WHERE AccessTokenLifetime > 3600;   -- expect no rows",
            vec![ev(c, "AddConfigurationStore")],
        );
    }
    Outcome::not_found("no client definitions found (code, appsettings or the configuration store)")
}

fn interactive(grant: &str) -> bool {
    // `GrantTypes.Code`, `GrantTypes.ResourceOwnerPassword`, IdentityModel's
    // `OidcConstants.GrantTypes.Password`, or the wire names ("authorization_code", "password",
    // "urn:ietf:params:oauth:grant-type:device_code").
    let grant = grant.to_ascii_lowercase();
    ["code", "hybrid", "implicit", "device", "ciba", "password"]
        .iter()
        .any(|g| grant.contains(g))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn api_authorization_profile_clients_keep_the_default_lifetime() {
        let startup = "services.AddIdentityServer()\n    .AddApiAuthorization<AppUser, AppDb>();\n";
        let settings = "{\n  \"IdentityServer\": {\n    \"Clients\": {\n      \"Shop.Web\": {\n        \"Profile\": \"IdentityServerSPA\"\n      }\n    }\n  }\n}\n";
        let files = vec![
            ("Web/Startup.cs".to_string(), startup.to_string()),
            ("Web/appsettings.json".to_string(), settings.to_string()),
        ];
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("Web/appsettings.json", 5)
        );
        // Without ApiAuthorization, `Profile` means nothing to IdentityServer.
        let plain = vec![
            (
                "Web/Startup.cs".to_string(),
                "services.AddIdentityServer();\n".to_string(),
            ),
            ("Web/appsettings.json".to_string(), settings.to_string()),
        ];
        assert_eq!(rule(&Context::build(&plain)).status, Status::NotFound);
    }
}
