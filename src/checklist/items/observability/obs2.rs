//! OBS2: OpenTelemetry is configured with metrics and tracing.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::{host, service_site};
use crate::checklist::items::{HOST, Item, OBSERVABILITY, Source};

/// OBS2 in the catalogue.
pub const ITEM: Item = Item {
    id: "OBS2",
    section: OBSERVABILITY,
    title: "OpenTelemetry is configured with metrics and tracing",
    applies: HOST,
    breaks: "No metrics or traces for token issuance and failures: incidents are diagnosed blind.",
    fix: "builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(\"Duende.IdentityServer\")...).WithTracing(t => t.AddSource(IdentityServerConstants.Tracing.Basic)...).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    // `builder.Logging.AddOpenTelemetry()` or `ConfigureLogging(logging => logging.AddOpenTelemetry())`
    // exports logs only.
    let logging = |c: &&Call| {
        c.receiver
            .as_deref()
            .is_some_and(|r| r.ends_with("Logging") || r == "logging" || r == "loggingBuilder")
            || c.enclosing.iter().any(|e| e == "ConfigureLogging" || e == "AddLogging")
    };
    let Some(otel) = ctx.code.calls_named("AddOpenTelemetry").find(|c| !logging(c)) else {
        let mut at: Vec<Evidence> = [
            "WithTracing",
            "WithMetrics",
            "AddOpenTelemetryTracing",
            "AddOpenTelemetryMetrics",
            "AddOpenTelemetry",
        ]
        .iter()
        .filter_map(|n| ctx.commented_call(n))
        .collect();
        at.extend(other_telemetry(ctx));
        at.extend(service_site(ctx, &anchor, "no services.AddOpenTelemetry() in the host"));
        return Outcome::fail("OpenTelemetry is not configured (no services.AddOpenTelemetry())", at);
    };
    let meter = ctx
        .code
        .calls_named("AddMeter")
        .find(|c| c.strings().any(|s| s == "Duende.IdentityServer") || c.args_text().contains("Telemetry.ServiceName"));
    let source = ctx.code.calls_named("AddSource").find(|c| {
        c.strings().any(|s| s.starts_with("Duende.IdentityServer"))
            || c.args_text().contains("IdentityServerConstants.Tracing")
    });
    let metrics = ctx.code.call("WithMetrics");
    let tracing = ctx.code.call("WithTracing");
    let mut missing = Vec::new();
    if metrics.is_none() {
        missing.push("metrics (WithMetrics)");
    }
    if tracing.is_none() {
        missing.push("tracing (WithTracing)");
    }
    if !missing.is_empty() {
        return Outcome::fail(
            format!("OpenTelemetry lacks {}", missing.join(" and ")),
            vec![ev(otel, "AddOpenTelemetry()")],
        );
    }
    let mut evidence = vec![ev(otel, "AddOpenTelemetry()")];
    evidence.extend(meter.map(|c| ev(c, "AddMeter")));
    evidence.extend(source.map(|c| ev(c, "AddSource")));
    evidence.extend(metrics.map(|c| ev(c, "WithMetrics")));
    evidence.extend(tracing.map(|c| ev(c, "WithTracing")));
    // The item asks for metrics and tracing; IdentityServer's own meter and activity source are
    // what make token issuance visible beyond HTTP requests, so their absence is said.
    let mut without = Vec::new();
    if meter.is_none() {
        without.push("AddMeter(\"Duende.IdentityServer\")");
    }
    if source.is_none() {
        without.push("AddSource(IdentityServerConstants.Tracing.Basic)");
    }
    // With neither, OpenTelemetry sees HTTP requests and nothing of IdentityServer: the item's
    // "no metrics or traces for token issuance and failures" holds. IdentityServer4 has no
    // meter or activity source to add, so there it is only said.
    if meter.is_none() && source.is_none() && ctx.identityserver4.is_none() {
        return Outcome::fail(
            "OpenTelemetry collects HTTP metrics and traces but nothing from IdentityServer: no AddMeter(\"Duende.IdentityServer\") and no AddSource(IdentityServerConstants.Tracing.Basic)",
            evidence
                .into_iter()
                .map(|mut e| {
                    e.note = format!("{}: add IdentityServer's meter and sources here", e.note);
                    e
                })
                .collect(),
        );
    }
    let summary = if without.is_empty() {
        "OpenTelemetry metrics and traces include IdentityServer".to_string()
    } else {
        format!(
            "OpenTelemetry metrics and traces are configured, without {}: IdentityServer's token and login telemetry is not collected",
            without.join(" or ")
        )
    };
    Outcome::pass(summary, evidence)
}

/// Telemetry the host sets up instead of OpenTelemetry metrics and tracing (Application
/// Insights, App.Metrics, an in-house `AddTracing`, an options-only `ConfigureOpenTelemetry`):
/// calls whose name says telemetry, tracing or metrics, at most three.
fn other_telemetry(ctx: &Context) -> Vec<Evidence> {
    ctx.code
        .calls
        .iter()
        .filter(|c| {
            !c.development_only
                && c.name != "AddOpenTelemetry"
                && ["Telemetry", "Tracing", "Metrics", "ApplicationInsights"]
                    .iter()
                    .any(|w| c.name.contains(w))
        })
        .take(3)
        .map(|c| ev(c, format!("{}() is not OpenTelemetry metrics and tracing", c.name)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(program: &str) -> Outcome {
        let files = vec![(
            "Program.cs".to_string(),
            format!("builder.Services.AddIdentityServer();\n{program}"),
        )];
        rule(&Context::build(&files))
    }

    #[test]
    fn metrics_and_tracing_without_anything_from_identityserver_fail_and_a_partial_set_is_said() {
        let o = outcome(
            "builder.Services.AddOpenTelemetry()\n    .WithMetrics(m => m.AddAspNetCoreInstrumentation())\n    .WithTracing(t => t.AddAspNetCoreInstrumentation());\n",
        );
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 3, 4]);
        let o = outcome(
            "builder.Services.AddOpenTelemetry()\n    .WithMetrics(m => m.AddAspNetCoreInstrumentation())\n    .WithTracing(t => t.AddSource(IdentityServerConstants.Tracing.Basic));\n",
        );
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert!(o.summary.contains("without AddMeter"), "{o:?}");
        let o = outcome(
            "builder.Services.AddOpenTelemetry()\n    .WithMetrics(m => m.AddMeter(\"Duende.IdentityServer\"))\n    .WithTracing(t => t.AddSource(IdentityServerConstants.Tracing.Basic));\n",
        );
        assert_eq!(o.summary, "OpenTelemetry metrics and traces include IdentityServer");
    }

    #[test]
    fn missing_opentelemetry_points_at_the_anchor_and_the_method_that_configures_services() {
        // The registration lives in a helper the Startup's ConfigureServices calls: the reviewer
        // adds AddOpenTelemetry in ConfigureServices, or next to AddIdentityServer.
        let startup = "public class Startup\n{\n    public void ConfigureServices(IServiceCollection services)\n    {\n        services.AddIdentityServerParts();\n    }\n}\n";
        let helper = "public static class Parts\n{\n    public static IServiceCollection AddIdentityServerParts(this IServiceCollection services)\n    {\n        services.AddIdentityServer();\n        return services;\n    }\n}\n";
        let files = vec![
            ("Id/Startup.cs".to_string(), startup.to_string()),
            ("Id/Parts.cs".to_string(), helper.to_string()),
        ];
        let o = rule(&Context::build(&files));
        assert_eq!(o.status, Status::Fail, "{o:?}");
        let at: Vec<(&str, usize)> = o.evidence.iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(at, [("Id/Parts.cs", 5), ("Id/Startup.cs", 3)], "{o:?}");
        // Top-level statements have no declaration to point at: the anchor alone.
        let o = outcome("");
        assert_eq!(o.evidence.iter().map(|e| e.line).collect::<Vec<_>>(), [1], "{o:?}");
    }

    #[test]
    fn tracing_alone_or_no_opentelemetry_fails() {
        let o =
            outcome("builder.Services.AddOpenTelemetry().WithTracing(t => t.AddSource(\"Duende.IdentityServer\"));\n");
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert!(o.summary.contains("metrics"), "{o:?}");
        assert_eq!(outcome("builder.Logging.AddOpenTelemetry();\n").status, Status::Fail);
    }
}
