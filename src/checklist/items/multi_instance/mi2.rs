//! MI2: A shared distributed cache (Redis) is configured.
//! The item's text, its rule and the rule's unit tests.

use super::multi_related;
use super::single_instance;
use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, MULTI, Source};

/// MI2 in the catalogue.
pub const ITEM: Item = Item {
    id: "MI2",
    section: MULTI,
    title: "A shared distributed cache (Redis) is configured",
    applies: "with more than one instance",
    breaks: "AddIdentityServer() registers a per-process memory cache: PAR, device-flow throttling, JWT replay detection and OIDC state fail across instances (\"Unable to unprotect the message.State\").",
    fix: "builder.Services.AddStackExchangeRedisCache(o => o.Configuration = ...) (or another shared IDistributedCache).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Some(r) = single_instance(ctx) {
        return Outcome::na(r);
    }
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let shared = [
        "AddStackExchangeRedisCache",
        "AddDistributedSqlServerCache",
        "AddCosmosCache",
        "AddDistributedPostgreSqlCache",
        "AddNCacheDistributedCache",
    ];
    if let Some(c) = ctx.code.calls.iter().find(|c| shared.contains(&c.name.as_str())) {
        return Outcome::pass(format!("shared cache via {}", c.name), vec![ev(c, &c.name)]);
    }
    let at = ctx
        .code
        .call("AddDistributedMemoryCache")
        .map(|c| ev(c, "AddDistributedMemoryCache()"))
        .unwrap_or(anchor);
    Outcome::fail(
        "no shared IDistributedCache: AddIdentityServer() falls back to a per-process memory cache",
        vec![at],
    )
    .with_related(multi_related(ctx))
}
