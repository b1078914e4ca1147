//! OBS2: OpenTelemetry is configured with metrics and tracing.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
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
    let Some(otel) = ctx
        .code
        .call("AddOpenTelemetry")
        .filter(|c| c.receiver.as_deref() != Some("builder.Logging"))
        .or_else(|| {
            ctx.code
                .calls_named("AddOpenTelemetry")
                .find(|c| c.receiver.as_deref() != Some("builder.Logging"))
        })
    else {
        return Outcome::fail(
            "OpenTelemetry is not configured (no services.AddOpenTelemetry())",
            vec![anchor],
        );
    };
    let meter = ctx
        .code
        .calls_named("AddMeter")
        .find(|c| c.strings().any(|s| s == "Duende.IdentityServer") || c.args_text().contains("Telemetry.ServiceName"));
    let source = ctx.code.calls_named("AddSource").find(|c| {
        c.strings().any(|s| s.starts_with("Duende.IdentityServer"))
            || c.args_text().contains("IdentityServerConstants.Tracing")
    });
    let mut missing = Vec::new();
    if ctx.code.call("WithMetrics").is_none() || meter.is_none() {
        missing.push("metrics with AddMeter(\"Duende.IdentityServer\")");
    }
    if ctx.code.call("WithTracing").is_none() || source.is_none() {
        missing.push("tracing with AddSource(IdentityServerConstants.Tracing.Basic)");
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
    Outcome::pass("OpenTelemetry metrics and traces include IdentityServer", evidence)
}
