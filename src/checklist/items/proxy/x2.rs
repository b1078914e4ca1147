//! X2: KnownIPNetworks, not the obsolete KnownNetworks, on .NET 10.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, PROXY, Source};

/// X2 in the catalogue.
pub const ITEM: Item = Item {
    id: "X2",
    section: PROXY,
    title: "KnownIPNetworks, not the obsolete KnownNetworks, on .NET 10",
    applies: "when the host targets net10.0",
    breaks: "KnownNetworks and Microsoft.AspNetCore.HttpOverrides.IPNetwork are obsolete on .NET 10 (ASPDEPR005): the build warns, fails with warnings as errors, and the API is going away.",
    fix: "options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(\"10.0.0.0/16\")).",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let Some(net10) = ctx.net10.clone() else {
        return Outcome::na("the host does not target .NET 10");
    };
    if let Err(o) = host(ctx) {
        return o;
    }
    let uses: Vec<Evidence> = ctx
        .code
        .members
        .iter()
        .filter(|m| m.name == "KnownNetworks")
        .map(|m| Evidence::new(&m.file, m.line, "KnownNetworks is obsolete on .NET 10 (ASPDEPR005)"))
        .collect();
    if !uses.is_empty() {
        return Outcome::fail("KnownNetworks is used on .NET 10", uses).with_related(vec![net10]);
    }
    Outcome::pass("no obsolete KnownNetworks on .NET 10", vec![net10])
}
