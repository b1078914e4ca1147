//! OBS1: Log level is Warning or above in production.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::appsettings::level_rank;
use crate::checklist::bound::setting;
use crate::checklist::context::Context;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::{Item, OBSERVABILITY, Source};

/// OBS1 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS1",
    section: OBSERVABILITY,
    title: "Log level is Warning or above in production",
    applies: "when appsettings.json or appsettings.Production.json is found, or the host sets its log levels in code (Serilog) or in the deployment's environment",
    breaks: "Information and below generate significant volume and can surface sensitive request data.",
    fix: "In appsettings.Production.json set Logging:LogLevel Default, Duende.IdentityServer and Microsoft.AspNetCore to Warning.",
    source: Source::Vendor,
    rule,
};

/// Serilog's level names on the Microsoft.Extensions.Logging scale.
fn serilog_rank(level: &str) -> Option<u8> {
    let l = level.trim().rsplit('.').next().unwrap_or(level);
    match l.to_ascii_lowercase().as_str() {
        "verbose" => Some(0),
        "fatal" => Some(5),
        other => level_rank(other),
    }
}

/// When the host logs through Serilog, `Logging:LogLevel` does not decide what is written:
/// `Serilog:MinimumLevel` (appsettings or serilog.json) and `.MinimumLevel.X()` in code do.
fn serilog(ctx: &Context) -> Option<Outcome> {
    let uses = ctx
        .code
        .calls
        .iter()
        .find(|c| matches!(c.name.as_str(), "UseSerilog" | "AddSerilog"));
    // A `Serilog` section is read by nothing but Serilog: a chart or manifest tree that ships
    // one (serilog.json in a ConfigMap) logs through Serilog even when the host code is absent.
    let section = setting(&ctx.settings, &["Serilog", "MinimumLevel"])
        .or_else(|| setting(&ctx.settings, &["Serilog", "MinimumLevel", "Default"]));
    if uses.is_none() && section.is_none() {
        return None;
    }
    let mut levels: Vec<(u8, Evidence)> = Vec::new();
    for c in ctx.code.calls.iter().filter(|c| {
        c.receiver.as_deref().is_some_and(|r| r.ends_with("MinimumLevel")) && serilog_rank(&c.name).is_some()
    }) {
        levels.push((serilog_rank(&c.name)?, ev(c, format!("MinimumLevel.{}()", c.name))));
    }
    // Serilog.Settings.Configuration reads `MinimumLevel` as a value first and only then its
    // `Default` child (ConfigurationReader.ApplyMinimumLevel; when both are set, the later
    // provider's wins). UNVERIFIED against the current upstream source: recalled, not re-read.
    if let Some(s) = section
        && let Some(rank) = serilog_rank(&s.value)
    {
        levels.push((rank, s.evidence));
    }
    // An override below Warning brings back the volume and request data the item is about, as
    // a `Logging:LogLevel` category does (host lifetime and the event sink's category excepted).
    if !levels.is_empty() {
        levels.extend(category_overrides(ctx));
    }
    match uses {
        _ if !levels.is_empty() => Some(serilog_verdict(levels)),
        Some(uses) => Some(Outcome::fail(
            "Serilog is used without a minimum level: it defaults to Information",
            vec![ev(uses, format!("{}() without MinimumLevel", uses.name))],
        )),
        None => None,
    }
}

/// `Serilog:MinimumLevel:Override:<category>` with its production value, and the same written
/// as `.MinimumLevel.Override("IdentityServer4", LogEventLevel.Information)` in code, for
/// IdentityServer's and the framework's categories; host lifetime messages (a few lines at start
/// and stop) and the event sink's category (X11) aside.
/// The categories the item is about besides `Default`: IdentityServer's and ASP.NET Core's (and
/// the `Microsoft` / `System` roots above them), not host lifetime messages (a handful of lines
/// at start and stop) nor the event sink's category, which X11 keeps at Information. An
/// application's own namespace at Information is its choice.
fn framework_category(category: &str) -> bool {
    let c = category.to_ascii_lowercase();
    // `IdentityServer4…` included.
    let framework = c.starts_with("identityserver")
        || ["duende", "microsoft", "system"]
            .iter()
            .any(|root| c == *root || c.starts_with(&format!("{root}.")));
    framework
        && !category.eq_ignore_ascii_case("Microsoft.Hosting.Lifetime")
        && !super::x11::is_event_category(category)
}

fn category_overrides(ctx: &Context) -> Vec<(u8, Evidence)> {
    let counts = framework_category;
    let mut categories: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for f in ctx.settings.production_files() {
        let overrides = f
            .doc
            .entry_ci("Serilog")
            .and_then(|e| e.value.entry_ci("MinimumLevel"))
            .and_then(|e| e.value.entry_ci("Override"));
        for e in overrides.map(|o| o.value.entries()).unwrap_or(&[]) {
            if counts(&e.key) && seen.insert(e.key.to_ascii_lowercase()) {
                categories.push(e.key.clone());
            }
        }
    }
    let mut out: Vec<(u8, Evidence)> = categories
        .iter()
        .filter_map(|c| setting(&ctx.settings, &["Serilog", "MinimumLevel", "Override", c]))
        .filter_map(|s| serilog_rank(&s.value).map(|r| (r, s.evidence)))
        .collect();
    for c in ctx
        .code
        .calls
        .iter()
        .filter(|c| c.name == "Override" && c.receiver.as_deref().is_some_and(|r| r.ends_with("MinimumLevel")))
    {
        let category = c.strings().next().unwrap_or("");
        let level = c.args.get(1).map(|a| a.text.as_str()).unwrap_or("");
        if counts(category)
            && let Some(rank) = serilog_rank(level)
        {
            out.push((rank, ev(c, format!("MinimumLevel.Override(\"{category}\", {level})"))));
        }
    }
    out
}

fn serilog_verdict(levels: Vec<(u8, Evidence)>) -> Outcome {
    let low: Vec<Evidence> = levels.iter().filter(|(r, _)| *r < 3).map(|(_, e)| e.clone()).collect();
    if low.is_empty() {
        Outcome::pass(
            "Serilog's minimum level is Warning or above",
            levels.into_iter().map(|(_, e)| e).collect(),
        )
    } else {
        Outcome::fail("Serilog's production minimum level is below Warning", low)
    }
}

/// Log levels a deployment sets as container environment (`Serilog__MinimumLevel__Default`,
/// `Logging__LogLevel__Default`): environment variables override every appsettings file, so
/// these decide, and they are readable when the tree holds no host code at all.
fn environment_levels(ctx: &Context) -> Vec<(u8, Evidence)> {
    let mut out = Vec::new();
    for (file, line, name, value) in ctx.env_literals() {
        let key = name.replace("__", ":").to_ascii_lowercase();
        let rank = match key.as_str() {
            "serilog:minimumlevel" | "serilog:minimumlevel:default" => value.as_deref().and_then(serilog_rank),
            "logging:loglevel:default" => value.as_deref().and_then(level_rank),
            _ => None,
        };
        if let (Some(r), Some(v)) = (rank, value) {
            out.push((r, Evidence::new(file, line, format!("{name} = {v}"))));
        }
    }
    out
}

fn rule(ctx: &Context) -> Outcome {
    let env = environment_levels(ctx);
    if !env.is_empty() {
        return serilog_verdict(env);
    }
    if let Some(o) = serilog(ctx) {
        return o;
    }
    let prod: Vec<_> = ctx.settings.production_files().collect();
    if prod.is_empty() {
        return Outcome::not_found("no appsettings.json or appsettings.Production.json in the tree");
    }
    let levels = ctx.settings.production_levels();
    let mut fails = Vec::new();
    for l in &levels {
        if !l.category.eq_ignore_ascii_case("Default") && !framework_category(&l.category) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    #[test]
    fn the_apps_own_categories_at_information_are_its_choice_framework_ones_are_not() {
        let run = |category: &str| {
            let settings = format!(
                "{{\n  \"Logging\": {{\n    \"LogLevel\": {{\n      \"Default\": \"Warning\",\n      \"{category}\": \"Information\"\n    }}\n  }}\n}}\n"
            );
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\n".to_string(),
                ),
                ("appsettings.json".to_string(), settings),
            ];
            rule(&Context::build(&files))
        };
        assert_eq!(run("Acme.Identity.Stores").status, Status::Pass);
        let o = run("Microsoft.AspNetCore");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 5);
        assert_eq!(run("Duende.IdentityServer").status, Status::Fail);
    }

    #[test]
    fn an_identityserver_override_below_warning_fails_under_a_warning_default() {
        let program = "var b = WebApplication.CreateBuilder(args);\nb.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));\nb.Services.AddIdentityServer();\n";
        let settings = "{\n  \"Serilog\": {\n    \"MinimumLevel\": {\n      \"Default\": \"Warning\",\n      \"Override\": {\n        \"IdentityServer4\": \"Information\",\n        \"IdentityServer4.Events\": \"Information\"\n      }\n    }\n  }\n}\n";
        let files = |s: &str| -> Vec<(String, String)> {
            vec![
                ("Program.cs".into(), program.into()),
                ("appsettings.json".into(), s.into()),
            ]
        };
        let o = rule(&Context::build(&files(settings)));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence.len(), 1, "the event category is X11's: {o:?}");
        assert_eq!(o.evidence[0].line, 6);
        let only_events = settings.replace("        \"IdentityServer4\": \"Information\",\n", "");
        assert_eq!(rule(&Context::build(&files(&only_events))).status, Status::Pass);
        // The application's own namespace at Information is not the framework's volume.
        let own = settings.replace(
            "\"IdentityServer4\": \"Information\"",
            "\"Contoso.Billing\": \"Information\"",
        );
        assert_eq!(rule(&Context::build(&files(&own))).status, Status::Pass);
        let aspnet = settings.replace(
            "\"IdentityServer4\": \"Information\"",
            "\"Microsoft.AspNetCore\": \"Information\"",
        );
        assert_eq!(rule(&Context::build(&files(&aspnet))).status, Status::Fail);
    }

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    const HOST: &str = "builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration));\nbuilder.Services.AddIdentityServer();\n";

    #[test]
    fn serilog_minimum_level_from_configuration_decides() {
        let base = (
            "appsettings.json",
            "{\n  \"Serilog\": {\n    \"MinimumLevel\": {\n      \"Default\": \"Information\"\n    }\n  }\n}\n",
        );
        let o = outcome(&[("Program.cs", HOST), base]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("appsettings.json", 4)
        );
        // A scalar MinimumLevel (here from serilog.Production.json) is read before Default.
        let o = outcome(&[
            ("Program.cs", HOST),
            base,
            (
                "serilog.Production.json",
                "{ \"Serilog\": { \"MinimumLevel\": \"Warning\" } }",
            ),
        ]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
    }

    #[test]
    fn serilog_without_a_level_or_with_a_low_one_in_code_fails() {
        let o = outcome(&[("Program.cs", HOST), ("appsettings.json", "{}")]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].line, 1);
        let code = "Log.Logger = new LoggerConfiguration().MinimumLevel.Debug().CreateLogger();\nbuilder.Host.UseSerilog();\nbuilder.Services.AddIdentityServer();\n";
        let o = outcome(&[("Program.cs", code), ("appsettings.json", "{}")]);
        assert_eq!(o.status, Status::Fail);
        assert_eq!(o.evidence[0].note, "MinimumLevel.Debug()");
    }

    #[test]
    fn a_level_set_by_the_deployment_environment_decides_without_host_code() {
        let deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ids\nspec:\n  template:\n    spec:\n      containers:\n        - name: ids\n          image: ids:1\n          env:\n            - name: Serilog__MinimumLevel__Default\n              value: Information\n";
        let o = outcome(&[("k8s/deploy.yaml", deploy)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(
            (o.evidence[0].file.as_str(), o.evidence[0].line),
            ("k8s/deploy.yaml", 12)
        );
    }

    #[test]
    fn a_serilog_file_without_host_code_is_read_at_its_level() {
        let serilog = "{\n  \"Serilog\": {\n    \"MinimumLevel\": {\n      \"Default\": \"Debug\"\n    }\n  }\n}\n";
        let o = outcome(&[("chart/config/appsettings.json", serilog)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 4);
    }
}
