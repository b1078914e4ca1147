//! SEC4: Client secrets are stored in a secrets manager, not appsettings.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::SecretKind;
use crate::checklist::appsettings::is_placeholder;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::host;
use crate::checklist::items::common::{clients, ev};
use crate::checklist::items::{HOST, Item, SECURITY, Source};

/// SEC4 in the catalogue.
pub const ITEM: Item = Item {
    id: "SEC4",
    section: SECURITY,
    title: "Client secrets are stored in a secrets manager, not appsettings",
    applies: HOST,
    breaks: "Secrets in appsettings or code are in git history and every image: anyone with read access can impersonate the client.",
    fix: "Load client secrets from the secret store (Key Vault, Secrets Manager, Kubernetes Secret) at startup; keep only their names in config.",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    // A stand-in sentence ("provided-by-environment") that the deployment replaces with a
    // secret-store reference (`@Microsoft.KeyVault(…)` in the app settings) is not a secret.
    let env = ctx.env_literals();
    let replaced = |key: &str, v: &str| {
        let stand_in = v.split(['-', '_', ' ']).filter(|w| !w.is_empty()).count() >= 2
            && v.chars()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, '-' | '_' | ' '));
        stand_in
            && env.iter().any(|(_, _, name, value)| {
                name.replace("__", ":").eq_ignore_ascii_case(key) && value.as_deref().is_some_and(is_placeholder)
            })
    };
    let mut fails: Vec<Evidence> = ctx
        .settings
        .secrets()
        .into_iter()
        .chain(ctx.client_seed.secrets())
        .filter(|s| s.kind == SecretKind::Client && !replaced(&s.key, &s.value))
        .map(|s| Evidence::new(s.file, s.line, format!("literal secret in {}", s.key)))
        .collect();
    // `new Secret("…".Sha256())`, or target-typed `new("…".Sha256())` in a `List<Secret>`
    // (the hashing extension says what it is).
    // A client registered only outside Production (`if (env.IsEnvironment("Test"))`) is not.
    let secret = |c: &&crate::checklist::csharp::Creation| {
        !c.development_only
            && (c.type_name == "Secret"
                || (c.type_name.is_empty()
                    && c.args
                        .first()
                        .is_some_and(|a| a.contains(".Sha256()") || a.contains(".Sha512()"))))
    };
    for c in ctx.code.creations.iter().filter(secret) {
        if let Some(first) = c.args.first()
            && let Some(lit) = first.strip_prefix('"')
            && !is_placeholder(lit.split('"').next().unwrap_or(""))
        {
            fails.push(Evidence::new(
                &c.file,
                c.line,
                "new Secret(\"…\") with a literal value in code",
            ));
        }
    }
    // `Clients__X__RequireClientSecret=false` names a secret but holds a switch.
    let switch = |name: &str, value: &str| {
        let last = name.rsplit(['_', ':']).next().unwrap_or(name).to_ascii_lowercase();
        ["require", "allow", "enable", "use", "is", "has"]
            .iter()
            .any(|p| last.starts_with(p))
            || value.eq_ignore_ascii_case("true")
            || value.eq_ignore_ascii_case("false")
            || value.parse::<f64>().is_ok()
    };
    for (file, line, name, value) in ctx.env_literals() {
        if name.to_ascii_lowercase().contains("secret")
            && value
                .as_deref()
                .is_some_and(|v| !is_placeholder(v) && !switch(&name, v))
        {
            fails.push(Evidence::new(file, line, format!("env {name} holds a literal secret")));
        }
    }
    for (file, line, key, value) in ctx.tf_strings() {
        if key.to_ascii_lowercase().ends_with("secret") && !is_placeholder(&value) {
            fails.push(Evidence::new(file, line, format!("{key} holds a literal secret")));
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("client secrets are committed", fails);
    }
    Outcome::pass(
        "no literal client secrets in appsettings, code, manifests or Terraform",
        secret_sources(ctx),
    )
}

/// Where the host's secrets come from when none is committed, at most six places: secret-store
/// configuration providers (`AddAzureKeyVault`, `AddSecretsManager`, …), secret settings the
/// deployment supplies by reference or leaves empty, secrets assigned from configuration in
/// code; with none of those, the clients themselves (`ClientId`), which hold no secret.
fn secret_sources(ctx: &Context) -> Vec<Evidence> {
    let mut at: Vec<Evidence> = ctx
        .code
        .calls
        .iter()
        .filter(|c| {
            !c.development_only
                && (c.name.starts_with("Add") || c.name.starts_with("Configure"))
                && c.name != "AddUserSecrets"
                && (c.name.contains("KeyVault") || c.name.contains("SecretsManager") || c.name.ends_with("Secrets"))
        })
        .map(|c| ev(c, format!("{}(): secrets come from a secret store", c.name)))
        .collect();
    for (file, line, name, value) in ctx.host_env_literals() {
        let secretive = name.to_ascii_lowercase().contains("secret");
        if secretive && value.as_deref().is_none_or(is_placeholder) {
            at.push(Evidence::new(file, line, format!("env {name} supplied by reference")));
        }
    }
    for f in ctx.settings.production_files() {
        f.doc.walk(&mut |_, entry, node| {
            if let Some(e) = entry
                && e.key.to_ascii_lowercase().ends_with("secret")
                && node.as_str().is_some_and(is_placeholder)
            {
                at.push(Evidence::new(
                    &f.path,
                    e.line,
                    format!("{} left empty for the deployment", e.key),
                ));
            }
        });
    }
    at.extend(
        ctx.code
            .assigns
            .iter()
            .filter(|a| {
                !a.development_only
                    && a.target.rsplit('.').next().is_some_and(|t| t == "ClientSecret")
                    && !a.value.trim_start().starts_with(['"', '@', '$'])
            })
            .map(|a| Evidence::new(&a.file, a.line, format!("ClientSecret = {}", a.value))),
    );
    if at.is_empty() {
        at = clients(ctx)
            .into_iter()
            .filter_map(|i| ctx.code.assigns_in(i).find(|a| a.target == "ClientId"))
            .map(|a| Evidence::new(&a.file, a.line, "a client with no literal secret"))
            .chain(
                crate::checklist::items::common::profile_clients(ctx)
                    .into_iter()
                    .map(|(at, _)| at),
            )
            .collect();
    }
    at.truncate(6);
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn a_switch_named_after_a_secret_is_not_a_secret() {
        let run = |name: &str, value: &str| {
            let compose =
                format!("services:\n  sts:\n    image: acme/sts\n    environment:\n      {name}: \"{value}\"\n");
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\n".to_string(),
                ),
                ("docker-compose.yml".to_string(), compose),
            ];
            rule(&Context::build(&files)).status
        };
        assert_eq!(run("Clients__Spa__ClientSecret", "s3cr3t-Value-9"), Status::Fail);
        assert_ne!(run("Clients__Spa__RequireClientSecret", "false"), Status::Fail);
        assert_ne!(run("Clients__Spa__SecretLength", "64"), Status::Fail);
    }

    #[test]
    fn a_pass_says_where_the_secrets_come_from() {
        let program =
            "builder.Configuration.AddAzureKeyVault(vault, credential);\nbuilder.Services.AddIdentityServer();\n";
        let settings = "{\n  \"Google\": {\n    \"ClientSecret\": \"\"\n  }\n}\n";
        let files = vec![
            ("Program.cs".to_string(), program.to_string()),
            ("appsettings.json".to_string(), settings.to_string()),
        ];
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Pass, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("Program.cs", 1), ("appsettings.json", 3)]);
    }

    #[test]
    fn a_secret_in_code_counts_only_where_production_registers_the_client() {
        let program = |condition: &str| {
            format!(
                "var builder = WebApplication.CreateBuilder(args);\nif ({condition})\n{{\n    builder.Services.AddIdentityServer().AddInMemoryClients(new[] {{ new Client {{ ClientId = \"it\", ClientSecrets = {{ new Secret(\"integration-secret\".Sha256()) }} }} }});\n}}\n"
            )
        };
        let run = |condition: &str| {
            let files = vec![("Program.cs".to_string(), program(condition))];
            rule(&Context::build(&files))
        };
        assert_eq!(run("builder.Environment.IsEnvironment(\"Test\")").status, Status::Pass);
        assert_eq!(run("builder.Environment.IsStaging()").status, Status::Pass);
        let o = run("builder.Environment.IsProduction()");
        assert_eq!((o.status, o.evidence[0].line), (Status::Fail, 4), "{o:?}");
    }
}
