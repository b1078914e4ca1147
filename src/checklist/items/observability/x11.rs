//! X11: raised IdentityServer events reach the log. Duende's default `IEventSink` writes each
//! event at Information under its own category, so a Warning level that covers it drops them all.
//! The item's text, its rule and the rule's unit tests.
//!
//! Verified in DuendeSoftware/products, `identity-server/src/IdentityServer/Services/Default/`:
//! `DefaultEventSink.cs` takes an `ILogger<DefaultEventService>` and calls
//! `_logger.LogInformation("{@event}", evt)`; `DefaultEventService.cs` declares
//! `namespace Duende.IdentityServer.Events` (not `.Services`, despite the folder). Read on
//! branches `releases/is/7.4.x` at 6584d560fdf7540d4e66c5d1cadd07d13ca505a2 and
//! `releases/is/8.0.x` at e55f29fcacf0c038c3f77c63d57883bc0cacf176.

use crate::checklist::appsettings::{AppSettings, level_rank};
use crate::checklist::context::Context;
use crate::checklist::finding::{Evidence, Status};
use crate::checklist::items::common::host;
use crate::checklist::items::{Item, OBSERVABILITY, Outcome, Source};
use std::collections::BTreeMap;

/// X11 in the catalogue.
pub const ITEM: Item = Item {
    id: "X11",
    section: OBSERVABILITY,
    title: "Raised IdentityServer events reach the log",
    applies: "when IdentityServer events are raised and no custom IEventSink is registered",
    breaks: "The default event sink logs every event at Information under Duende.IdentityServer.Events.DefaultEventService: a Warning level for Duende.IdentityServer (or Default) silently drops the whole audit trail OBS4 turned on.",
    fix: "Keep the sink's category at Information: \"Duende.IdentityServer.Events\": \"Information\" under Logging:LogLevel (or a Serilog MinimumLevel:Override), or register an IEventSink that writes events where you keep them.",
    source: Source::Idsgen,
    rule,
};

/// The logger category the default event sink writes under.
pub const EVENT_CATEGORY: &str = "Duende.IdentityServer.Events.DefaultEventService";

/// The category prefix a configuration should keep at Information for the events to flow.
pub const EVENT_CATEGORY_PREFIX: &str = "Duende.IdentityServer.Events";

/// IdentityServer4's event sink category: its `DefaultEventSink` also takes an
/// `ILogger<DefaultEventService>`, and `DefaultEventService` is declared in `namespace
/// IdentityServer4.Events` (IdentityServer/IdentityServer4 src/IdentityServer4/src/Services/Default/
/// DefaultEventSink.cs and DefaultEventService.cs, read 2026-12-03).
pub const IS4_EVENT_CATEGORY: &str = "IdentityServer4.Events.DefaultEventService";

/// The `Raise*Events` options.
const RAISE: [&str; 4] = [
    "RaiseSuccessEvents",
    "RaiseFailureEvents",
    "RaiseErrorEvents",
    "RaiseInformationEvents",
];

/// Rank of `Information` in `level_rank`.
const INFORMATION: u8 = 2;

/// Whether a `Logging:LogLevel` category is one that only routes IdentityServer events, so a
/// rule asking for Warning everywhere (OBS1) can leave it at Information.
pub fn is_event_category(category: &str) -> bool {
    let c = category.to_ascii_lowercase();
    let prefix = EVENT_CATEGORY_PREFIX.to_ascii_lowercase();
    c == prefix
        || c == EVENT_CATEGORY.to_ascii_lowercase()
        || c == "identityserver4.events"
        || c == IS4_EVENT_CATEGORY.to_ascii_lowercase()
}

/// One configured minimum level that applies to every provider.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    file: String,
    line: usize,
    key: String,
    category: String,
    level: String,
}

/// The rule `Microsoft.Extensions.Logging` picks for `category`: the longest category that is a
/// plain prefix (no segment boundary; one `*` splits it into a prefix and a suffix), else
/// `Default`; as in `LoggerRuleSelector` (dotnet/runtime). `None` when nothing is configured
/// (the framework's minimum is then Information). Provider sections
/// (`Logging:Console:LogLevel`) are not considered.
fn deciding_rule<'a>(rules: &'a [Rule], category: &str) -> Option<&'a Rule> {
    let name = category.to_ascii_lowercase();
    let matches = |pattern: &str| -> bool {
        let p = pattern.to_ascii_lowercase();
        match p.split_once('*') {
            Some((pre, post)) => name.starts_with(pre) && name.ends_with(post) && name.len() >= pre.len() + post.len(),
            None => name.starts_with(&p),
        }
    };
    rules
        .iter()
        .filter(|r| !r.category.eq_ignore_ascii_case("Default") && matches(&r.category))
        .max_by_key(|r| r.category.len())
        .or_else(|| rules.iter().find(|r| r.category.eq_ignore_ascii_case("Default")))
}

/// Provider-independent `Logging:LogLevel` rules (and Serilog's `MinimumLevel`) per project
/// directory, the Production overlay replacing the base file key by key.
fn rules_per_dir(settings: &AppSettings) -> BTreeMap<String, Vec<Rule>> {
    let mut by_dir: BTreeMap<String, BTreeMap<String, Rule>> = BTreeMap::new();
    for l in settings.production_levels() {
        if !l.key.to_ascii_lowercase().starts_with("logging:loglevel:") {
            continue;
        }
        let dir = settings
            .files
            .iter()
            .find(|f| f.path == l.file)
            .map(|f| f.dir.clone())
            .unwrap_or_default();
        by_dir.entry(dir).or_default().insert(
            l.category.to_ascii_lowercase(),
            Rule {
                file: l.file,
                line: l.line,
                key: l.key,
                category: l.category,
                level: l.level,
            },
        );
    }
    let mut files: Vec<_> = settings.production_files().collect();
    files.sort_by_key(|f| f.environment.is_some());
    for f in files {
        let Some(min) = f.doc.entry_ci("Serilog").and_then(|s| s.value.entry_ci("MinimumLevel")) else {
            continue;
        };
        let rules = by_dir.entry(f.dir.clone()).or_default();
        // `"MinimumLevel": "Warning"` or `{ "Default": "Warning", "Override": { ... } }`.
        if let Some(level) = min.value.as_str() {
            rules.insert(
                "default".into(),
                Rule {
                    file: f.path.clone(),
                    line: min.line,
                    key: "Serilog:MinimumLevel".into(),
                    category: "Default".into(),
                    level: level.into(),
                },
            );
        }
        if let Some(d) = min.value.entry_ci("Default")
            && let Some(level) = d.value.as_str()
        {
            rules.insert(
                "default".into(),
                Rule {
                    file: f.path.clone(),
                    line: d.line,
                    key: "Serilog:MinimumLevel:Default".into(),
                    category: "Default".into(),
                    level: level.into(),
                },
            );
        }
        for o in min.value.entry_ci("Override").map(|o| o.value.entries()).unwrap_or(&[]) {
            if let Some(level) = o.value.as_str() {
                rules.insert(
                    o.key.to_ascii_lowercase(),
                    Rule {
                        file: f.path.clone(),
                        line: o.line,
                        key: format!("Serilog:MinimumLevel:Override:{}", o.key),
                        category: o.key.clone(),
                        level: level.into(),
                    },
                );
            }
        }
    }
    by_dir
        .into_iter()
        .map(|(dir, rules)| (dir, rules.into_values().collect()))
        .collect()
}

/// Serilog levels written in code: `.MinimumLevel.Warning()` (the default rule) and
/// `.MinimumLevel.Override("Duende", LogEventLevel.Warning)` (a category rule), outside
/// Development branches.
fn serilog_code_rules(ctx: &Context) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    for c in ctx
        .code
        .calls
        .iter()
        .filter(|c| !c.development_only && c.receiver.as_deref().is_some_and(|r| r.ends_with("MinimumLevel")))
    {
        let (category, level) = if c.name == "Override" {
            let category = c.strings().next().unwrap_or("").to_string();
            let level = c
                .args
                .get(1)
                .map(|a| a.text.rsplit('.').next().unwrap_or("").to_string());
            (category, level.unwrap_or_default())
        } else {
            ("Default".to_string(), c.name.clone())
        };
        if category.is_empty() || rank(&level).is_none() {
            continue;
        }
        let key = match c.name.as_str() {
            "Override" => format!("MinimumLevel.Override(\"{category}\")"),
            n => format!("MinimumLevel.{n}()"),
        };
        // A later call replaces an earlier one for the same category.
        rules.retain(|r| !r.category.eq_ignore_ascii_case(&category));
        rules.push(Rule {
            file: c.file.clone(),
            line: c.line,
            key,
            category,
            level,
        });
    }
    rules
}

/// Serilog spells Information and Warning differently (`Verbose`, `Fatal` map to the ends).
fn rank(level: &str) -> Option<u8> {
    match level.to_ascii_lowercase().as_str() {
        "verbose" => Some(0),
        "fatal" => Some(5),
        _ => level_rank(level),
    }
}

fn outcome(status: Status, summary: impl Into<String>, evidence: Vec<Evidence>) -> Outcome {
    Outcome {
        status,
        summary: summary.into(),
        evidence,
        related: Vec::new(),
        command: None,
    }
}

fn rule(ctx: &Context) -> Outcome {
    if let Err(o) = host(ctx) {
        return o;
    }
    let raised: Vec<Evidence> = RAISE
        .iter()
        .filter_map(|n| crate::checklist::items::common::event_raised(ctx, n))
        .flatten()
        .collect();
    if raised.is_empty() {
        return outcome(
            Status::NotApplicable,
            "no IdentityServer events are raised (OBS4 asks for them)",
            Vec::new(),
        );
    }
    // A sink of the application's own decides where events go; its level is its business.
    let custom_sink = ctx.code.calls.iter().find(|c| {
        c.name.starts_with("Add") && (c.type_args.contains("IEventSink") || c.args_text().contains("IEventSink"))
    });
    if let Some(c) = custom_sink {
        return outcome(
            Status::Pass,
            "a custom IEventSink receives the raised events",
            vec![Evidence::new(&c.file, c.line, format!("{}<{}>", c.name, c.type_args))],
        );
    }
    let mut per_dir = rules_per_dir(&ctx.settings);
    let code = serilog_code_rules(ctx);
    let serilog = ctx
        .code
        .calls
        .iter()
        .any(|c| matches!(c.name.as_str(), "UseSerilog" | "AddSerilog"));
    if serilog && !code.is_empty() {
        // Serilog replaces the framework's filters: `Logging:LogLevel` no longer decides what it
        // writes; the levels set in code (and any `Serilog` section it reads) do.
        for rules in per_dir.values_mut() {
            rules.retain(|r| r.key.starts_with("Serilog:"));
        }
        per_dir.insert(String::new(), code);
    }
    let category = if ctx.identityserver4.is_some() {
        IS4_EVENT_CATEGORY
    } else {
        EVENT_CATEGORY
    };
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    for rules in per_dir.values() {
        let Some(rule) = deciding_rule(rules, category) else {
            continue;
        };
        let note = format!("{} = {}", rule.key, rule.level);
        if rank(&rule.level).is_some_and(|r| r > INFORMATION) {
            fails.push(Evidence::new(
                &rule.file,
                rule.line,
                format!("{note} filters out {category}, which logs every event at Information"),
            ));
        } else {
            passes.push(Evidence::new(&rule.file, rule.line, note));
        }
    }
    if !fails.is_empty() {
        return Outcome {
            related: raised,
            ..outcome(
                Status::Fail,
                "events are raised but the log level of the default event sink's category drops them",
                fails,
            )
        };
    }
    if passes.is_empty() {
        return outcome(
            Status::Pass,
            "no log level is configured: the default minimum (Information) keeps the events",
            raised,
        );
    }
    outcome(
        Status::Pass,
        "the default event sink's category logs at Information, so raised events are kept",
        passes,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::check_files;
    use crate::checklist::{CheckOptions, finding::ItemResult};

    const PROGRAM: &str = r#"var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIdentityServer(options =>
{
    options.Events.RaiseSuccessEvents = true;
    options.Events.RaiseFailureEvents = true;
    options.Events.RaiseErrorEvents = true;
});
var app = builder.Build();
app.Run();
"#;

    fn x11_of(files: &[(&str, &str)]) -> ItemResult {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        let opts = CheckOptions {
            only: vec!["X11".into()],
            ..Default::default()
        };
        check_files(&files, &opts)
            .items
            .into_iter()
            .next()
            .expect("X11 is in the catalogue")
    }

    #[test]
    fn warning_for_duende_drops_events() {
        let settings = r#"{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Duende.IdentityServer": "Warning"
    }
  }
}"#;
        let r = x11_of(&[("Program.cs", PROGRAM), ("appsettings.Production.json", settings)]);
        assert_eq!(r.status, Status::Fail, "{r:?}");
        assert_eq!(r.evidence[0].file, "appsettings.Production.json");
        assert_eq!(r.evidence[0].line, 5, "the Duende.IdentityServer line decides: {r:?}");
        assert!(r.related.iter().any(|e| e.note.contains("RaiseFailureEvents")), "{r:?}");
    }

    #[test]
    fn serilog_levels_set_in_code_decide_over_logging_loglevel() {
        let serilog = |level: &str| {
            PROGRAM.replace(
                "var app = builder.Build();",
                &format!(
                    "builder.Host.UseSerilog((ctx, lc) => lc\n    .MinimumLevel.Debug()\n    .MinimumLevel.Override(\"Duende\", LogEventLevel.{level}));\nvar app = builder.Build();"
                ),
            )
        };
        // appsettings asks for Information, but Serilog writes what its code levels let through.
        let settings = r#"{ "Logging": { "LogLevel": { "Default": "Information" } } }"#;
        let dropped = serilog("Warning");
        let r = x11_of(&[("Program.cs", dropped.as_str()), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::Fail, "{r:?}");
        assert_eq!(
            (r.evidence[0].file.as_str(), r.evidence[0].line),
            ("Program.cs", 10),
            "{r:?}"
        );
        let kept = serilog("Information");
        let r = x11_of(&[("Program.cs", kept.as_str()), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
        assert_eq!(r.evidence[0].line, 10, "{r:?}");
    }

    #[test]
    fn an_override_for_the_event_category_keeps_them() {
        let settings = r#"{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Duende.IdentityServer": "Warning",
      "Duende.IdentityServer.Events": "Information"
    }
  }
}"#;
        let r = x11_of(&[("Program.cs", PROGRAM), ("appsettings.Production.json", settings)]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
        assert_eq!(r.evidence[0].line, 6);
    }

    #[test]
    fn the_production_overlay_wins_and_the_base_alone_can_fail() {
        let base = r#"{ "Logging": { "LogLevel": { "Default": "Error" } } }"#;
        let r = x11_of(&[("Program.cs", PROGRAM), ("appsettings.json", base)]);
        assert_eq!(r.status, Status::Fail, "Default Error covers the category: {r:?}");
        let prod = r#"{ "Logging": { "LogLevel": { "Duende": "Information" } } }"#;
        let r = x11_of(&[
            ("Program.cs", PROGRAM),
            ("appsettings.json", base),
            ("appsettings.Production.json", prod),
        ]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
    }

    #[test]
    fn serilog_overrides_count() {
        let settings =
            r#"{ "Serilog": { "MinimumLevel": { "Default": "Information", "Override": { "Duende": "Warning" } } } }"#;
        let r = x11_of(&[("Program.cs", PROGRAM), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::Fail, "{r:?}");
        assert!(
            r.evidence[0].note.contains("Serilog:MinimumLevel:Override:Duende"),
            "{r:?}"
        );
    }

    #[test]
    fn identityserver4_logs_its_events_under_its_own_category() {
        let program = format!("using IdentityServer4;\n{PROGRAM}");
        let settings = r#"{ "Serilog": { "MinimumLevel": { "Default": "Warning", "Override": { "IdentityServer4": "Information" } } } }"#;
        let r = x11_of(&[("Program.cs", program.as_str()), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
        let quiet = settings.replace(
            "\"IdentityServer4\": \"Information\"",
            "\"IdentityServer4\": \"Warning\"",
        );
        let r = x11_of(&[("Program.cs", program.as_str()), ("appsettings.json", quiet.as_str())]);
        assert_eq!(r.status, Status::Fail, "{r:?}");
        assert!(
            r.evidence[0]
                .note
                .contains("IdentityServer4.Events.DefaultEventService"),
            "{r:?}"
        );
    }

    #[test]
    fn no_events_or_a_custom_sink_make_it_moot() {
        let settings = r#"{ "Logging": { "LogLevel": { "Default": "Warning" } } }"#;
        let quiet = PROGRAM.replace("true", "false");
        let r = x11_of(&[("Program.cs", &quiet), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::NotApplicable, "{r:?}");
        let sink = PROGRAM.replace(
            "var app",
            "builder.Services.AddSingleton<IEventSink, AuditSink>();\nvar app",
        );
        let r = x11_of(&[("Program.cs", &sink), ("appsettings.json", settings)]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
    }

    #[test]
    fn prefix_matching_follows_the_logging_rules() {
        let rule = |c: &str| Rule {
            file: "a".into(),
            line: 1,
            key: format!("Logging:LogLevel:{c}"),
            category: c.into(),
            level: "Warning".into(),
        };
        // A plain prefix matches mid-segment; a wildcard needs both ends; the longest wins.
        let rules = vec![rule("Default"), rule("Duende.Identity"), rule("Duende.*EventService")];
        assert_eq!(
            deciding_rule(&rules, EVENT_CATEGORY).unwrap().category,
            "Duende.*EventService"
        );
        let rules = vec![rule("Default"), rule("Duende.Identity"), rule("Duende.*.Events")];
        assert_eq!(
            deciding_rule(&rules, EVENT_CATEGORY).unwrap().category,
            "Duende.Identity"
        );
        let rules = vec![rule("Default"), rule("Microsoft")];
        assert_eq!(deciding_rule(&rules, EVENT_CATEGORY).unwrap().category, "Default");
        assert!(deciding_rule(&[], EVENT_CATEGORY).is_none());
        assert!(is_event_category("duende.identityserver.events"));
        assert!(!is_event_category("Duende.IdentityServer"));
    }
}
