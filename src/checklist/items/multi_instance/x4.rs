//! X4: AddOidcStateDataFormatterCache is called on IServiceCollection.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::{Item, MULTI, Source};

/// X4 in the catalogue.
pub const ITEM: Item = Item {
    id: "X4",
    section: MULTI,
    title: "AddOidcStateDataFormatterCache is called on IServiceCollection",
    applies: "when AddOidcStateDataFormatterCache is called",
    breaks: "It extends IServiceCollection, not the IdentityServer builder: chained on AddIdentityServer() it does not compile (CS1061).",
    fix: "builder.Services.AddOidcStateDataFormatterCache(\"oidc\");",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let calls: Vec<&Call> = ctx.code.calls_named("AddOidcStateDataFormatterCache").collect();
    if calls.is_empty() {
        return Outcome::na("AddOidcStateDataFormatterCache is not called");
    }
    let wrong: Vec<Evidence> = calls
        .iter()
        .filter(|c| {
            c.chained_on("AddIdentityServer")
                || c.chain.len() > 1
                    && c.chain[..c.chain.len() - 1]
                        .iter()
                        .any(|n| n.starts_with("AddInMemory") || n.ends_with("Store"))
        })
        .map(|c| {
            ev(
                c,
                "AddOidcStateDataFormatterCache chained on the IdentityServer builder",
            )
        })
        .collect();
    if !wrong.is_empty() {
        return Outcome::fail(
            "AddOidcStateDataFormatterCache is called on IIdentityServerBuilder (CS1061)",
            wrong,
        );
    }
    Outcome::pass(
        "AddOidcStateDataFormatterCache is called on IServiceCollection",
        calls.iter().map(|c| ev(c, "AddOidcStateDataFormatterCache")).collect(),
    )
}
