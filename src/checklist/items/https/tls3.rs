//! TLS3: The discovery document issuer shows https:// in production.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::forwarded_headers_assign;
use crate::checklist::items::common::honours;
use crate::checklist::items::common::host;
use crate::checklist::items::common::issuer_command;
use crate::checklist::items::common::pinned_issuer;
use crate::checklist::items::{HOST, HTTPS, Item, Source};

/// TLS3 in the catalogue.
pub const ITEM: Item = Item {
    id: "TLS3",
    section: HTTPS,
    title: "The discovery document issuer shows https:// in production",
    applies: HOST,
    breaks: "With an http:// issuer every client and API rejects the tokens (issuer mismatch) and redirect URIs are built as http.",
    fix: "Forward X-Forwarded-Proto from the proxy (nginx: proxy_set_header X-Forwarded-Proto $scheme;) and honour it (ForwardedHeaders.XForwardedProto), or set IssuerUri to the https public URL. Then verify the live issuer.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails = Vec::new();
    let pinned = pinned_issuer(ctx);
    if let Some((v, at)) = &pinned
        && v.starts_with("http://")
    {
        fails.extend(
            at.iter()
                .take(1)
                .map(|e| Evidence::new(&e.file, e.line, format!("IssuerUri is {v}"))),
        );
    }
    for server in ctx.nginx.servers() {
        for loc in server.proxy_locations() {
            let sent = loc.sent_headers();
            match sent.get("x-forwarded-proto") {
                None => fails.push(Evidence::new(
                    &loc.proxy_pass.file,
                    loc.proxy_pass.line,
                    "proxy_pass without proxy_set_header X-Forwarded-Proto: the app sees http",
                )),
                Some(d) if d.arg(1) == "$scheme" && !server.tls() && nginx_behind_proxy(ctx) => {
                    fails.push(Evidence::new(
                        &d.file,
                        d.line,
                        "X-Forwarded-Proto $scheme on a plain-http nginx behind a TLS-terminating proxy sends http",
                    ))
                }
                Some(_) => {}
            }
        }
    }
    if ctx.proxy_evidence().is_some()
        && let Some(false) = honours(ctx, "XForwardedProto")
        && let Some(a) = forwarded_headers_assign(ctx)
    {
        fails.push(Evidence::new(
            &a.file,
            a.line,
            "ForwardedHeaders does not include XForwardedProto",
        ));
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will be built as http:// behind the proxy", fails);
    }
    if let Some((v, at)) = pinned
        && v.starts_with("https://")
    {
        return Outcome::pass(format!("IssuerUri is set to the https URL {v}"), at);
    }
    Outcome::operator(
        "the issuer is inferred per request; the files forward the scheme correctly, verify the live discovery document",
        issuer_command(ctx, "https://…"),
        Vec::new(),
    )
}

/// Whether something sits in front of nginx (so nginx's `$scheme` is not the client's).
fn nginx_behind_proxy(ctx: &Context) -> bool {
    ctx.hops.as_ref().is_some_and(|h| h.value > 1)
}
