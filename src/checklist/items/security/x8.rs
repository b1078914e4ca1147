//! X8: The Duende license key is not committed.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::SecretKind;
use crate::checklist::appsettings::is_placeholder;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::{Item, SECURITY, Source};

/// X8 in the catalogue.
pub const ITEM: Item = Item {
    id: "X8",
    section: SECURITY,
    title: "The Duende license key is not committed",
    applies: "always",
    breaks: "A license key in git or an image leaks to everyone with read access, and it is issued to your company.",
    fix: "Provide Duende:LicenseKey from the secret store (environment variable Duende__LicenseKey); remove Duende_License.key and literal keys from the tree.",
    source: Source::Idsgen,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let mut fails: Vec<Evidence> = ctx
        .license_files
        .iter()
        .map(|f| Evidence::new(f, 1, "Duende_License.key committed"))
        .collect();
    fails.extend(
        ctx.settings
            .secrets()
            .into_iter()
            .filter(|s| s.kind == SecretKind::License)
            .map(|s| Evidence::new(s.file, s.line, format!("license key in {}", s.key))),
    );
    for a in ctx.code.assigns_to("LicenseKey") {
        if a.value.starts_with('"') && a.strings.first().is_some_and(|s| !is_placeholder(s)) {
            fails.push(Evidence::new(&a.file, a.line, "LicenseKey assigned a literal"));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if name.to_ascii_lowercase().contains("licensekey") && value.as_deref().is_some_and(|v| !is_placeholder(v)) {
            fails.push(Evidence::new(file, line, format!("env {name} holds the license key")));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if key.to_ascii_lowercase().contains("licensekey") && !is_placeholder(&value) {
            fails.push(Evidence::new(file, line, format!("{key} holds the license key")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("the Duende license key is committed", fails);
    }
    Outcome::pass("no license key in the tree", Vec::new())
}
