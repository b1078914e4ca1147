//! Helpers that rules of more than one checklist section share: the host anchor, evidence
//! from a call, the forwarded-headers facts, client initializers, the issuer command.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;

pub(crate) const NO_HOST: &str = "no IdentityServer host found: no C# file in the tree calls AddIdentityServer";

pub(crate) fn ev(c: &Call, note: impl Into<String>) -> Evidence {
    Evidence::new(&c.file, c.line, note)
}

/// The host anchor, or a not-found outcome.
pub(crate) fn host(ctx: &Context) -> Result<Evidence, Outcome> {
    ctx.host.clone().ok_or_else(|| Outcome::not_found(NO_HOST))
}

/// `curl` command that prints the live issuer.
pub(crate) fn issuer_command(ctx: &Context, expect: &str) -> String {
    let host = ctx.public_host.clone().unwrap_or_else(|| "HOST".to_string());
    format!("curl -s https://{host}/.well-known/openid-configuration | jq -r .issuer   # expect {expect}")
}

/// The `ForwardedHeaders = ...` assignment, if any.
pub(crate) fn forwarded_headers_assign(ctx: &Context) -> Option<&crate::checklist::csharp::Assign> {
    ctx.code
        .assigns_to("ForwardedHeaders")
        .find(|a| a.value.contains("ForwardedHeaders."))
}

pub(crate) fn honours(ctx: &Context, flag: &str) -> Option<bool> {
    forwarded_headers_assign(ctx).map(|a| a.value.contains(flag) || a.value.contains("ForwardedHeaders.All"))
}

/// C# `new Client { ... }` initializers: (creation index, line, file).
pub(crate) fn clients(ctx: &Context) -> Vec<usize> {
    ctx.code
        .creations
        .iter()
        .enumerate()
        .filter(|(_, c)| c.type_name == "Client")
        .map(|(i, _)| i)
        .collect()
}
