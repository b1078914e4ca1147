//! RP3: The discovery document issuer is the public HTTPS URL.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::honours;
use crate::checklist::items::common::host;
use crate::checklist::items::common::issuer_command;
use crate::checklist::items::{HOST, Item, PROXY, Source};

/// RP3 in the catalogue.
pub const ITEM: Item = Item {
    id: "RP3",
    section: PROXY,
    title: "The discovery document issuer is the public HTTPS URL",
    applies: HOST,
    breaks: "If the proxy rewrites Host and the app does not honour X-Forwarded-Host, the issuer and redirect URIs name the internal host and tokens fail validation.",
    fix: "Keep the public Host (nginx: proxy_set_header Host $host;) or forward X-Forwarded-Host and honour it (ForwardedHeaders.XForwardedHost); or set IssuerUri to the public origin. Then verify the live issuer.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let expected = ctx
        .spec
        .as_ref()
        .map(|s| crate::model::Model::from_spec(&s.spec).issuer)
        .or_else(|| ctx.public_host.as_ref().map(|h| format!("https://{h}")));
    let mut fails = Vec::new();
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && let (Some(v), Some(exp)) = (a.strings.first(), &expected)
        && v.trim_end_matches('/') != exp.trim_end_matches('/')
    {
        fails.push(Evidence::new(
            &a.file,
            a.line,
            format!("IssuerUri {v} is not the public URL {exp}"),
        ));
    }
    for server in ctx.nginx.servers() {
        for loc in server.proxy_locations() {
            let sent = loc.sent_headers();
            let host = sent.get("host");
            let xfh = sent.get("x-forwarded-host");
            if host.is_none() && xfh.is_none() {
                fails.push(Evidence::new(
                    &loc.proxy_pass.file,
                    loc.proxy_pass.line,
                    "proxy_pass without Host $host or X-Forwarded-Host: the app sees the upstream name ($proxy_host)",
                ));
            } else if host.is_none()
                && let Some(d) = xfh
                && honours(ctx, "XForwardedHost") == Some(false)
            {
                fails.push(Evidence::new(
                    &d.file,
                    d.line,
                    "only X-Forwarded-Host is sent, and ForwardedHeaders does not include XForwardedHost",
                ));
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the issuer will not be the public URL", fails);
    }
    if let Some(a) = ctx.code.assigns_to("IssuerUri").next()
        && let (Some(v), Some(exp)) = (a.strings.first(), &expected)
        && v.trim_end_matches('/') == exp.trim_end_matches('/')
    {
        return Outcome::pass(
            format!("IssuerUri is pinned to the public URL {exp}"),
            vec![Evidence::new(&a.file, a.line, "IssuerUri")],
        );
    }
    let exp = expected.unwrap_or_else(|| "the public https origin".to_string());
    Outcome::operator(
        "the files keep the public host; verify the live issuer equals the public URL",
        issuer_command(ctx, &exp),
        Vec::new(),
    )
}
