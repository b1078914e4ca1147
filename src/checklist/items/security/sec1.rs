//! SEC1: CORS allows explicit origins only (no wildcards).
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::{Item, SECURITY, Source};

/// SEC1 in the catalogue.
pub const ITEM: Item = Item {
    id: "SEC1",
    section: SECURITY,
    title: "CORS allows explicit origins only (no wildcards)",
    applies: "with browser clients: AllowedCorsOrigins, AddCors, or spa clients in idsgen.yaml",
    breaks: "A wildcard lets any web origin call the token and userinfo endpoints from a victim's browser.",
    fix: "List exact origins: AllowedCorsOrigins = { \"https://app.example.com\" }, policy.WithOrigins(\"https://app.example.com\"); never \"*\" or AllowAnyOrigin().",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut browser = Vec::new();
    let mut fails = Vec::new();
    for a in ctx.code.assigns_to("AllowedCorsOrigins") {
        browser.push(Evidence::new(&a.file, a.line, "AllowedCorsOrigins"));
        if a.strings.iter().any(|s| s.trim() == "*") {
            fails.push(Evidence::new(&a.file, a.line, "AllowedCorsOrigins contains \"*\""));
        }
    }
    // IdentityServer's own CORS service: `new DefaultCorsPolicyService(logger) { AllowAll = true }`
    // (or a property set on one) lets every origin call the token and discovery endpoints.
    for a in ctx.code.assigns_to("AllowAll").filter(|a| a.value == "true") {
        let on_cors_service = a
            .creation
            .and_then(|i| ctx.code.creations.get(i))
            .map(|c| c.type_name.contains("CorsPolicyService"))
            .unwrap_or_else(|| a.target.to_ascii_lowercase().contains("cors"));
        if on_cors_service {
            fails.push(Evidence::new(
                &a.file,
                a.line,
                "DefaultCorsPolicyService AllowAll = true",
            ));
        }
    }
    for c in ctx.code.calls.iter().filter(|c| applied_in_production(ctx, c)) {
        let cors_add = c.name == "Add" && c.receiver.as_deref().is_some_and(|r| r.ends_with("AllowedCorsOrigins"));
        if cors_add || c.name == "WithOrigins" {
            browser.push(ev(c, &c.name));
            if c.strings().any(|s| s.trim() == "*") {
                fails.push(ev(c, format!("{} with \"*\"", c.name)));
            }
        }
        if c.name == "AllowAnyOrigin" {
            fails.push(ev(c, "AllowAnyOrigin()"));
        }
        if c.name == "SetIsOriginAllowed" && c.args_text().replace(' ', "").ends_with("=>true") {
            fails.push(ev(c, "SetIsOriginAllowed(_ => true) allows every origin"));
        }
        if c.name == "AddCors" {
            browser.push(ev(c, "AddCors"));
        }
    }
    for f in ctx.client_files() {
        f.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key.eq_ignore_ascii_case("AllowedCorsOrigins")
            {
                browser.push(Evidence::new(&f.path, e.line, "AllowedCorsOrigins"));
                for item in node.items() {
                    if item.as_str() == Some("*") {
                        fails.push(Evidence::new(&f.path, item.line, "AllowedCorsOrigins contains \"*\""));
                    }
                }
            }
        });
    }
    // ApiAuthorization's browser profiles: an IdentityServerSPA client is served from the
    // host's own origin (no CORS origins), an SPA client from the origins configured for it.
    for (at, profile) in crate::checklist::items::common::profile_clients(ctx) {
        if profile.eq_ignore_ascii_case("IdentityServerSPA") || profile.eq_ignore_ascii_case("SPA") {
            browser.push(at);
        }
    }
    if let Some(s) = &ctx.spec
        && s.spec
            .clients
            .iter()
            .any(|c| c.kind == crate::spec::types::ClientKind::Spa || !c.cors_origins.is_empty())
    {
        browser.push(s.at(&["clients"], "browser clients in idsgen.yaml"));
    }
    // App Service's platform CORS answers browsers before the app does.
    for site in ctx.app_service_sites() {
        for o in &site.cors {
            browser.push(o.clone());
            if o.note.ends_with(" *") {
                fails.push(Evidence::new(&o.file, o.line, "App Service platform CORS allows \"*\""));
            } else if o.note.contains('*') {
                // `https://*.azurewebsites.net`: every site anyone creates on the shared domain.
                fails.push(Evidence::new(
                    &o.file,
                    o.line,
                    format!("App Service platform CORS allows a wildcard ({})", o.note),
                ));
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("CORS allows any origin", fails);
    }
    if browser.is_empty() {
        return Outcome::na("no browser clients: no AllowedCorsOrigins, AddCors or spa client found");
    }
    Outcome::pass("CORS origins are explicit", browser)
}

/// Whether a CORS policy call runs for Production requests: one inside a named policy
/// (`AddPolicy("AllowAll", p => p.AllowAnyOrigin())`) counts only when that name is applied
/// outside Development (`UseCors("AllowAll")`, `RequireCors`, `[EnableCors("AllowAll")]`); a
/// name used only in `if (env.IsDevelopment()) app.UseCors("AllowAll")` is a development policy.
fn applied_in_production(ctx: &Context, c: &crate::checklist::csharp::Call) -> bool {
    if !c.enclosing.iter().any(|e| e == "AddPolicy") {
        return true;
    }
    let Some(policy) = ctx
        .code
        .calls
        .iter()
        .filter(|p| p.name == "AddPolicy" && p.file == c.file && p.line <= c.line)
        .max_by_key(|p| p.line)
    else {
        return true;
    };
    let Some(name) = policy.args.first().and_then(|a| a.strings.first()) else {
        return true;
    };
    let in_calls: Vec<&crate::checklist::csharp::Call> = ctx
        .code
        .calls
        .iter()
        .filter(|u| {
            matches!(u.name.as_str(), "UseCors" | "RequireCors" | "EnableCors") && u.strings().any(|s| s == name)
        })
        .collect();
    let elsewhere = ctx.code.strings.iter().any(|s| {
        &s.value == name
            && !(s.file == policy.file && s.line == policy.line)
            && !in_calls.iter().any(|u| u.file == s.file && u.line == s.line)
    });
    elsewhere || in_calls.iter().any(|u| !u.development_only) || in_calls.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(code: &str) -> Outcome {
        rule(&Context::build(&[("Program.cs".to_string(), code.to_string())]))
    }

    #[test]
    fn identityservers_cors_service_allowing_every_origin_fails() {
        let registered = "builder.Services.AddIdentityServer();\nbuilder.Services.AddSingleton<ICorsPolicyService>(sp => new DefaultCorsPolicyService(sp.GetRequiredService<ILogger<DefaultCorsPolicyService>>())\n{\n    AllowAll = true\n});\n";
        let o = outcome(registered);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 4);
        let assigned = "builder.Services.AddIdentityServer();\nvar cors = new DefaultCorsPolicyService(logger);\ncors.AllowAll = true;\n";
        assert_eq!(outcome(assigned).status, Status::Fail);
        let other = "builder.Services.AddIdentityServer();\nvar o = new ExportOptions { AllowAll = true };\n";
        assert_eq!(outcome(other).status, Status::NotApplicable);
    }

    #[test]
    fn a_wide_open_policy_applied_only_in_development_is_not_productions() {
        let program = |dev_only: bool| {
            let apply = if dev_only {
                "if (app.Environment.IsDevelopment())\n{\n    app.UseCors(\"AllowAll\");\n}\nelse\n{\n    app.UseCors(\"Deployed\");\n}\n"
            } else {
                "app.UseCors(\"AllowAll\");\n"
            };
            format!(
                "builder.Services.AddIdentityServer();\nbuilder.Services.AddCors(cors =>\n{{\n    cors.AddPolicy(\"AllowAll\", p => p.AllowAnyOrigin().AllowAnyHeader());\n    cors.AddPolicy(\"Deployed\", p => p.WithOrigins(\"https://shop.acme-cloud.io\"));\n}});\nvar app = builder.Build();\n{apply}"
            )
        };
        let o = outcome(&program(true));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let o = outcome(&program(false));
        assert_eq!((o.status, o.evidence[0].line), (Status::Fail, 4), "{o:?}");
    }
}
