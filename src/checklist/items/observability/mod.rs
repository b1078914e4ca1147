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
                None => match arg.strings.first() {
                    Some(s) => s.clone(),
                    None => bound_property(ctx, &arg.text)?,
                },
            };
            Some((path, c))
        })
        .collect()
}

/// The value of an options property bound from configuration (`endpoints.HealthCheckEndpoint`
/// on an object from `Configuration.Get<T>()` or `Bind`): the setting named like the property,
/// when Production's settings name it exactly once (the overlay winning over the base file).
fn bound_property(ctx: &Context, arg: &str) -> Option<String> {
    let (receiver, property) = arg.trim().rsplit_once('.')?;
    let ident = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !ident(receiver) || !ident(property) || !property.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut files: Vec<_> = ctx.settings.production_files().collect();
    files.sort_by_key(|f| f.environment.is_some());
    let mut found: Vec<(String, String)> = Vec::new();
    for f in files {
        f.doc.walk(&mut |path, entry, node| {
            if let (Some(e), Some(v)) = (entry, node.as_str())
                && e.key.eq_ignore_ascii_case(property)
            {
                let key = path.join(":").to_ascii_lowercase();
                found.retain(|(k, _)| *k != key);
                found.push((key, v.to_string()));
            }
        });
    }
    match found.as_slice() {
        [(_, v)] => Some(v.clone()),
        _ => None,
    }
}
