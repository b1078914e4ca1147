//! OBS1: Log level is Warning or above in production.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::level_rank;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, OBSERVABILITY, Source};

/// OBS1 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS1",
    section: OBSERVABILITY,
    title: "Log level is Warning or above in production",
    applies: "when appsettings.json or appsettings.Production.json is found",
    breaks: "Information and below generate significant volume and can surface sensitive request data.",
    fix: "In appsettings.Production.json set Logging:LogLevel Default, Duende.IdentityServer and Microsoft.AspNetCore to Warning.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let prod: Vec<_> = ctx.settings.production_files().collect();
    if prod.is_empty() {
        return Outcome::not_found("no appsettings.json or appsettings.Production.json in the tree");
    }
    let levels = ctx.settings.production_levels();
    let mut fails = Vec::new();
    for l in &levels {
        // Host lifetime messages are a handful of lines at start and stop.
        if l.category.eq_ignore_ascii_case("Microsoft.Hosting.Lifetime") {
            continue;
        }
        if level_rank(&l.level).is_some_and(|r| r < 3) {
            fails.push(Evidence::new(&l.file, l.line, format!("{} = {}", l.key, l.level)));
        }
    }
    let has_default = levels
        .iter()
        .any(|l| l.key.eq_ignore_ascii_case("Logging:LogLevel:Default"));
    if !has_default {
        let f = prod.iter().find(|f| f.environment.is_some()).unwrap_or(&prod[0]);
        fails.push(Evidence::new(
            &f.path,
            f.doc.entry_ci("Logging").map(|e| e.line).unwrap_or(1),
            "Logging:LogLevel:Default is not set: it defaults to Information",
        ));
    }
    if !fails.is_empty() {
        return Outcome::fail("production log levels are below Warning", fails);
    }
    Outcome::pass(
        "production log levels are Warning or above",
        levels
            .iter()
            .map(|l| Evidence::new(&l.file, l.line, format!("{} = {}", l.key, l.level)))
            .collect(),
    )
}
