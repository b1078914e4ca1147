//! DB2: Token cleanup is enabled (EnableTokenCleanup = true).
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, Item, Source};

/// DB2 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB2",
    section: DATABASE,
    title: "Token cleanup is enabled (EnableTokenCleanup = true)",
    applies: "when the EF operational store (AddOperationalStore) is used",
    breaks: "EnableTokenCleanup defaults to false: PersistedGrants keeps every code, refresh token and consent ever issued, and queries slow down over months.",
    fix: "Set options.EnableTokenCleanup = true (and TokenCleanupInterval) in AddOperationalStore(options => ...).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    // The EF store, or a port of it with the same options (`AddXCodeOperationalStore`,
    // `AddEntityFrameworkOperationalStore`), or a store whose cleanup is started by a call of
    // its own (`UseIdentityServerMongoDBTokenCleanup`).
    // ASP.NET Core's ApiAuthorization registers the EF store without options:
    // `AddApiAuthorization<TUser, TContext>()` calls `.AddOperationalStore<TContext>()`
    // (dotnet/aspnetcore, src/Identity/ApiAuthorization.IdentityServer/src/
    // IdentityServerBuilderConfigurationExtensions.cs).
    // A plain call of a method the tree declares (`AddOperationalStore(services, …)`, a private
    // helper registering a hand-written grant store) is not the extension on the builder.
    let own_helper =
        |c: &&crate::checklist::csharp::Call| c.receiver.is_none() && ctx.code.methods.iter().any(|m| m.name == c.name);
    let store = ctx
        .code
        .calls_named("AddOperationalStore")
        .find(|c| !own_helper(c))
        .or_else(|| {
            ctx.code.calls.iter().find(|c| {
                ((c.name.starts_with("Add") && c.name.ends_with("OperationalStore")) || c.name == "AddApiAuthorization")
                    && !own_helper(c)
            })
        });
    let cleanup = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name.contains("TokenCleanup") && !c.development_only);
    let assigned = ctx.code.assigns_to("EnableTokenCleanup").last();
    if let Some(c) = cleanup {
        return Outcome::pass(
            format!("{} runs the token cleanup", c.name),
            vec![ev(c, c.name.clone())],
        );
    }
    let Some(store) = store else {
        return Outcome::na("no EF operational store (AddOperationalStore)");
    };
    match assigned {
        Some(a) if a.value == "true" => Outcome::pass(
            "EnableTokenCleanup = true",
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup")],
        ),
        Some(a) => Outcome::fail(
            format!("EnableTokenCleanup = {}", a.value),
            vec![Evidence::new(&a.file, a.line, "EnableTokenCleanup is not true")],
        ),
        None => Outcome::fail(
            format!(
                "{} without EnableTokenCleanup = true (it defaults to false)",
                store.name
            ),
            vec![ev(store, format!("{} without EnableTokenCleanup", store.name))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(program: &str) -> Outcome {
        rule(&Context::build(&[("Program.cs".to_string(), program.to_string())]))
    }

    #[test]
    fn api_authorization_brings_the_ef_store_without_cleanup() {
        let program = "builder.Services.AddIdentityServer()\n    .AddApiAuthorization<User, AppDb>();\n";
        let o = outcome(program);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 2);
        let o = outcome(&format!(
            "{program}builder.Services.Configure<OperationalStoreOptions>(o => o.EnableTokenCleanup = true);\n"
        ));
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn ports_of_the_ef_store_and_their_own_cleanup_calls_count() {
        let port = "builder.Services.AddIdentityServer()\n    .AddXCodeOperationalStore(o =>\n    {\n        o.EnableTokenCleanup = true;\n    });\n";
        let o = outcome(port);
        assert_eq!((o.status, o.evidence[0].line), (Status::Pass, 4), "{o:?}");
        let o = outcome(&port.replace("        o.EnableTokenCleanup = true;\n", ""));
        assert_eq!((o.status, o.evidence[0].line), (Status::Fail, 2), "{o:?}");
        let mongo = "builder.Services.AddIdentityServer().AddOperationalStore();\nvar app = builder.Build();\napp.UseIdentityServerMongoDBTokenCleanup(lifetime);\n";
        let o = outcome(mongo);
        assert_eq!((o.status, o.evidence[0].line), (Status::Pass, 3), "{o:?}");
        assert_eq!(
            outcome("builder.Services.AddIdentityServer();\n").status,
            Status::NotApplicable
        );
    }

    #[test]
    fn a_private_helper_named_like_the_store_is_not_the_ef_store() {
        let helper = "class Startup\n{\n    void ConfigureServices(IServiceCollection services)\n    {\n        services.AddIdentityServer();\n        AddOperationalStore(services);\n    }\n    static void AddOperationalStore(IServiceCollection services) => services.AddSingleton<IPersistedGrantStore, MongoGrants>();\n}\n";
        assert_eq!(outcome(helper).status, Status::NotApplicable);
        // Chained on the builder it is the extension, whatever else the tree declares.
        let chained = helper.replace(
            "services.AddIdentityServer();",
            "services.AddIdentityServer().AddOperationalStore(o => { });",
        );
        assert_eq!(outcome(&chained).status, Status::Fail);
    }
}
