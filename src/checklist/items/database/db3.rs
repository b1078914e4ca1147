//! DB3: Connection strings use production credentials from a secret.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::SecretKind;
use crate::checklist::appsettings::connection_password;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::{DATABASE, HOST, Item, Source};

/// DB3 in the catalogue.
pub const ITEM: Item = Item {
    id: "DB3",
    section: DATABASE,
    title: "Connection strings use production credentials from a secret",
    applies: HOST,
    breaks: "Passwords in appsettings, code or manifests end up in git, images and logs; development defaults (localhost, LocalDB, Trusted_Connection) point at the wrong server in production.",
    fix: "Read ConnectionStrings from a secret store (Key Vault reference, Secrets Manager, a Kubernetes Secret via secretKeyRef, systemd credentials) and keep only non-secret settings in appsettings.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let mut fails: Vec<Evidence> = ctx
        .settings
        .secrets()
        .into_iter()
        .filter(|s| s.kind == SecretKind::ConnectionPassword)
        .map(|s| Evidence::new(s.file, s.line, format!("password in {}", s.key)))
        .collect();
    for (file, line, name, value) in ctx.settings.connection_strings() {
        if value.to_ascii_lowercase().contains("(localdb)") {
            fails.push(Evidence::new(
                file,
                line,
                format!("{name} points at LocalDB, a development default"),
            ));
        }
    }
    for s in &ctx.code.strings {
        if connection_password(&s.value).is_some() {
            fails.push(Evidence::new(
                &s.file,
                s.line,
                "connection string with a literal password in code",
            ));
        }
    }
    for (file, line, name, value) in ctx.env_literals() {
        if value.as_deref().is_some_and(|v| connection_password(v).is_some()) {
            fails.push(Evidence::new(
                file,
                line,
                format!("env {name} holds a literal password"),
            ));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if connection_password(&value).is_some() {
            fails.push(Evidence::new(file, line, format!("{key} holds a literal password")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("credentials are committed instead of read from a secret", fails);
    }
    let reads: Vec<Evidence> = ctx
        .code
        .calls_named("GetConnectionString")
        .map(|c| ev(c, "GetConnectionString"))
        .collect();
    Outcome::pass(
        "no literal credentials in appsettings, code, manifests or Terraform",
        reads,
    )
}
