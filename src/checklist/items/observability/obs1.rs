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
    applies: "when appsettings.json or appsettings.Production.json is found",
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
        .find(|c| matches!(c.name.as_str(), "UseSerilog" | "AddSerilog"))?;
    let mut levels: Vec<(u8, Evidence)> = Vec::new();
    for c in ctx.code.calls.iter().filter(|c| {
        c.receiver.as_deref().is_some_and(|r| r.ends_with("MinimumLevel")) && serilog_rank(&c.name).is_some()
    }) {
        levels.push((serilog_rank(&c.name)?, ev(c, format!("MinimumLevel.{}()", c.name))));
    }
    // Serilog.Settings.Configuration reads `MinimumLevel` as a value first and only then its
    // `Default` child (ConfigurationReader.ApplyMinimumLevel; when both are set, the later
    // provider's wins). UNVERIFIED against the current upstream source: recalled, not re-read.
    let configured = setting(&ctx.settings, &["Serilog", "MinimumLevel"])
        .or_else(|| setting(&ctx.settings, &["Serilog", "MinimumLevel", "Default"]));
    if let Some(s) = configured
        && let Some(rank) = serilog_rank(&s.value)
    {
        levels.push((rank, s.evidence));
    }
    if levels.is_empty() {
        return Some(Outcome::fail(
            "Serilog is used without a minimum level: it defaults to Information",
            vec![ev(uses, format!("{}() without MinimumLevel", uses.name))],
        ));
    }
    let low: Vec<Evidence> = levels.iter().filter(|(r, _)| *r < 3).map(|(_, e)| e.clone()).collect();
    Some(if low.is_empty() {
        Outcome::pass(
            "Serilog's minimum level is Warning or above",
            levels.into_iter().map(|(_, e)| e).collect(),
        )
    } else {
        Outcome::fail("Serilog's production minimum level is below Warning", low)
    })
}

fn rule(ctx: &Context) -> Outcome {
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
        // Host lifetime messages are a handful of lines at start and stop.
        // The event sink's category stays at Information so raised events are kept (X11).
        if l.category.eq_ignore_ascii_case("Microsoft.Hosting.Lifetime") || super::x11::is_event_category(&l.category) {
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
}
