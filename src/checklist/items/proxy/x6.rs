//! X6: ForwardLimit equals the number of proxy hops.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::eval_number;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::common::issuer_command;
use crate::checklist::items::{Item, PROXY, Source};

/// X6 in the catalogue.
pub const ITEM: Item = Item {
    id: "X6",
    section: PROXY,
    title: "ForwardLimit equals the number of proxy hops",
    applies: "when the hop count is known (idsgen.yaml proxy.hops, or the nginx chain) and forwarded headers are configured",
    breaks: "Below the hop count the app keeps an inner proxy's address and scheme; above it a client can prepend spoofed X-Forwarded-* entries.",
    fix: "Set options.ForwardLimit to the number of layer-7 hops between the internet and Kestrel.",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let Some(hops) = ctx.hops.clone() else {
        return Outcome::na("hop count unknown: no idsgen.yaml proxy.hops and no nginx chain in the tree");
    };
    if let Err(o) = host(ctx) {
        return o;
    }
    let Some(configure) = ctx
        .code
        .calls
        .iter()
        .find(|c| c.name == "Configure" && c.type_args.contains("ForwardedHeadersOptions"))
    else {
        return Outcome::na("forwarded headers are not configured in code (RP1 covers that)");
    };
    let limit = ctx.code.assigns_to("ForwardLimit").last();
    let (value, place) = match limit {
        Some(a) if a.value == "null" => {
            return Outcome::fail(
                format!(
                    "ForwardLimit = null processes every X-Forwarded-For entry; the chain has {} hops",
                    hops.value
                ),
                vec![Evidence::new(&a.file, a.line, "ForwardLimit = null")],
            )
            .with_related(vec![hops.evidence]);
        }
        Some(a) => (
            eval_number(&a.value).map(|n| n as u32),
            Evidence::new(&a.file, a.line, format!("ForwardLimit = {}", a.value)),
        ),
        None => (Some(1), ev(configure, "ForwardLimit not set (defaults to 1)")),
    };
    match value {
        Some(v) if v == hops.value => Outcome::pass(
            format!("ForwardLimit {v} = {} hops", hops.value),
            vec![place, hops.evidence],
        ),
        Some(v) => Outcome::fail(
            format!("ForwardLimit {v} but the chain has {} layer-7 hops", hops.value),
            vec![place],
        )
        .with_related(vec![hops.evidence]),
        None => Outcome::operator(
            format!(
                "ForwardLimit is computed ({}); the chain has {} hops",
                place.note, hops.value
            ),
            issuer_command(ctx, "the public https origin"),
            vec![place, hops.evidence],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    const PROGRAM: &str = "builder.Services.AddIdentityServer();\nbuilder.Services.Configure<ForwardedHeadersOptions>(o =>\n{\n    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;\n    o.KnownNetworks.Add(new IPNetwork(IPAddress.Parse(\"10.0.0.0\"), 8));\n});\nvar app = builder.Build();\napp.UseForwardedHeaders();\n";

    fn run(extra: &[(&str, &str)]) -> Outcome {
        let mut files = vec![("Program.cs".to_string(), PROGRAM.to_string())];
        files.extend(extra.iter().map(|(p, t)| (p.to_string(), t.to_string())));
        rule(&Context::build(&files))
    }

    #[test]
    fn an_ingress_nginx_ingress_is_one_hop() {
        let ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  ingressClassName: nginx\n";
        let o = run(&[("k8s/ingress.yaml", ingress)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(o.evidence.iter().any(|e| e.file == "k8s/ingress.yaml"), "{o:?}");
        // A controller told to trust X-Forwarded-For from in front: the count is unknown.
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  use-forwarded-headers: \"true\"\n";
        let o = run(&[("k8s/ingress.yaml", ingress), ("k8s/controller.yaml", cm)]);
        assert_eq!(o.status, Status::NotApplicable, "{o:?}");
        // An Ingress of an unknown controller: unknown.
        let other = ingress.replace("nginx", "example.com/lb");
        assert_eq!(run(&[("k8s/ingress.yaml", &other)]).status, Status::NotApplicable);
    }
}
