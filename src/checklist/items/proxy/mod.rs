//! Checklist section "Reverse proxy": one module per item, and the helpers its rules share.

pub mod gw1;
pub mod gw3;
pub mod gw4;
pub mod rp1;
pub mod rp2;
pub mod rp3;
pub mod x2;
pub mod x5;
pub mod x6;

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::common::ev;

fn proxy_applies(ctx: &Context) -> Option<Evidence> {
    ctx.proxy_evidence()
        .or_else(|| {
            ctx.code
                .calls
                .iter()
                .find(|c| {
                    (c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"))
                        || c.name == "UseForwardedHeaders"
                })
                .map(|c| ev(c, &c.name))
        })
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED in the deployment configures forwarded headers too.
        .or_else(|| env_enabled_forwarding(ctx).into_iter().next())
}

pub(crate) fn env_enabled_forwarding(ctx: &Context) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = ctx
        .host_env_literals()
        .into_iter()
        .filter(|(_, _, n, v)| {
            n == "ASPNETCORE_FORWARDEDHEADERS_ENABLED" && v.as_deref().is_some_and(|v| v.eq_ignore_ascii_case("true"))
        })
        .map(|(f, l, _, _)| {
            Evidence::new(
                f,
                l,
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED=true clears the trust lists and trusts any peer",
            )
        })
        .collect();
    out.extend(
        ctx.tf_strings()
            .into_iter()
            .filter(|(_, _, k, v)| k == "ASPNETCORE_FORWARDEDHEADERS_ENABLED" && v.eq_ignore_ascii_case("true"))
            .map(|(f, l, _, _)| {
                Evidence::new(
                    f,
                    l,
                    "ASPNETCORE_FORWARDEDHEADERS_ENABLED=true clears the trust lists and trusts any peer",
                )
            }),
    );
    out
}
