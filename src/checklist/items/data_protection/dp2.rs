//! DP2: .SetApplicationName(...) is configured.
//! The item's text, its rule and the rule's unit tests.

use super::dp_sites;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATA_PROTECTION, HOST, Item, Source};

/// DP2 in the catalogue.
pub const ITEM: Item = Item {
    id: "DP2",
    section: DATA_PROTECTION,
    title: ".SetApplicationName(...) is configured",
    applies: HOST,
    breaks: "Without it the application discriminator derives from the content root path, which differs between machines and deployments: instances silently stop sharing keys.",
    fix: "Chain .SetApplicationName(\"IdentityServer\") on AddDataProtection(), with the same name on every instance.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    match ctx.code.call("SetApplicationName") {
        Some(c) => Outcome::pass(
            format!("SetApplicationName({})", c.args_text()),
            vec![ev(c, "SetApplicationName")],
        ),
        // `AddDataProtection(o => o.ApplicationDiscriminator = "…")` is what SetApplicationName sets.
        None if let Some(a) = ctx.code.assigns_to("ApplicationDiscriminator").next() => Outcome::pass(
            format!("ApplicationDiscriminator = {}", a.value),
            vec![Evidence::new(&a.file, a.line, "ApplicationDiscriminator")],
        ),
        None => Outcome::fail(
            "no SetApplicationName(...): the application name derives from the content root path",
            dp_sites(ctx, &anchor),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(program: &str) -> Outcome {
        let files = vec![("Program.cs".to_string(), program.to_string())];
        rule(&Context::build(&files))
    }

    #[test]
    fn an_application_discriminator_in_the_options_is_the_application_name() {
        let o = outcome(
            "builder.Services.AddIdentityServer();\nbuilder.Services.AddDataProtection(o => o.ApplicationDiscriminator = \"sts\")\n    .PersistKeysToStackExchangeRedis(redis);\n",
        );
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!(o.evidence[0].line, 2);
        let o = outcome("builder.Services.AddIdentityServer();\nbuilder.Services.AddDataProtection();\n");
        assert_eq!(o.status, Status::Fail, "{o:?}");
    }
}
