//! Checklist section "Logging & monitoring": one module per item, and the helpers its rules share.

pub mod gw2;
pub mod obs1;
pub mod obs2;
pub mod obs3;
pub mod obs4;
pub mod x1;
pub mod x11;
pub mod x7;

use crate::checklist::bound::{configuration_key, configuration_value};
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;

/// `(path, call)` of every MapHealthChecks.
fn health_maps(ctx: &Context) -> Vec<(String, &Call)> {
    // `MapHealthChecks("/health/ready")` or the older `UseHealthChecks(path)`; a path read from
    // configuration (`Configuration["Probes:Path"]`) resolves through the deployment's
    // environment and appsettings.
    let env = ctx.host_env_literals();
    ctx.code
        .calls
        .iter()
        .filter(|c| matches!(c.name.as_str(), "MapHealthChecks" | "UseHealthChecks"))
        .filter_map(|c| {
            let arg = c.args.first()?;
            let path = match configuration_key(&arg.text) {
                Some(key) => configuration_value(&ctx.settings, &env, &key)?.value,
                None => arg.strings.first()?.clone(),
            };
            Some((path, c))
        })
        .collect()
}
