//! Helpers that rules of more than one checklist section share: the host anchor, evidence
//! from a call, the forwarded-headers facts, client initializers, the issuer command.

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;

pub(crate) fn ev(c: &Call, note: impl Into<String>) -> Evidence {
    Evidence::new(&c.file, c.line, note)
}

/// The host anchor, or a not-found outcome.
pub(crate) fn host(ctx: &Context) -> Result<Evidence, Outcome> {
    ctx.host
        .clone()
        .ok_or_else(|| Outcome::not_found(format!("no IdentityServer host found: {}", ctx.searched)))
}

/// Where a missing service registration goes: the host anchor, and the declaration of the method
/// that configures the host's services (`Startup.ConfigureServices`, a `HostingExtensions`
/// `ConfigureServices(this WebApplicationBuilder)`), which is where a reviewer adds the call.
/// That method is the one named `ConfigureServices` in the anchor's file or the host project,
/// else the method that holds the anchor; top-level statements have no such declaration.
pub(crate) fn service_site(ctx: &Context, anchor: &Evidence, note: &str) -> Vec<Evidence> {
    let mut out = vec![Evidence::new(&anchor.file, anchor.line, note)];
    let configure_services = ctx
        .code
        .methods
        .iter()
        .filter(|m| m.name == "ConfigureServices" && (m.file == anchor.file || ctx.in_host_dir(&m.file)))
        .min_by_key(|m| (m.file != anchor.file, m.file.clone(), m.line));
    let holding_anchor = || {
        let call = ctx
            .code
            .calls
            .iter()
            .find(|c| c.file == anchor.file && c.line == anchor.line)?;
        ctx.code
            .methods
            .iter()
            .filter(|m| m.file == call.file && (m.start..m.end).contains(&call.offset))
            .min_by_key(|m| m.end - m.start)
    };
    if let Some(m) = configure_services
        .or_else(holding_anchor)
        .filter(|m| (m.file.as_str(), m.line) != (anchor.file.as_str(), anchor.line))
    {
        out.push(Evidence::new(
            &m.file,
            m.line,
            format!("{note} (services are configured here)"),
        ));
    }
    out
}

/// The calls of the host's request pipeline in source order: the method (file + name) that
/// adds the most middleware, the one with `UseIdentityServer` among equals. A module that only
/// adds `UseIdentityServer` is not where the pipeline is written.
fn pipeline_calls(ctx: &Context) -> Vec<&Call> {
    let mut methods: std::collections::BTreeMap<(&str, Option<&str>), (usize, bool)> = Default::default();
    for c in ctx.code.calls.iter().filter(|c| is_middleware(c)) {
        let e = methods.entry((c.file.as_str(), c.method.as_deref())).or_default();
        e.0 += 1;
        e.1 |= c.name == "UseIdentityServer";
    }
    let Some(((file, method), _)) = methods.into_iter().max_by_key(|(_, (n, ids))| (*n, *ids)) else {
        return Vec::new();
    };
    let mut calls: Vec<&Call> = ctx
        .code
        .calls
        .iter()
        .filter(|c| c.file == file && c.method.as_deref() == method)
        .collect();
    calls.sort_by_key(|c| c.offset);
    calls
}

/// A `Use…` call on the application, not on a host or web-host builder (`builder.Host.UseSerilog()`,
/// `webBuilder.UseStartup<T>()` configure hosting, not the request pipeline).
fn is_middleware(c: &Call) -> bool {
    const HOSTING: &[&str] = &[
        "UseStartup",
        "UseUrls",
        "UseKestrel",
        "UseContentRoot",
        "UseEnvironment",
        "UseDefaultServiceProvider",
        "UseWindowsService",
        "UseSystemd",
        "UseSerilog",
    ];
    let root = c.root.to_ascii_lowercase();
    c.name.starts_with("Use")
        && c.name.len() > 3
        && !c.development_only
        && !HOSTING.contains(&c.name.as_str())
        && !root.contains("builder")
        && !root.ends_with("host")
}

/// Where a missing production middleware goes (UseHsts, UseHttpsRedirection): the pipeline's
/// `IsDevelopment()` check, whose other side holds production-only middleware, the first
/// middleware of the pipeline, the method that writes it, and `UseIdentityServer`, which the
/// middleware must precede to cover the protocol endpoints. Empty when the host has no pipeline
/// in C#.
pub(crate) fn middleware_site(ctx: &Context, note: &str) -> Vec<Evidence> {
    let calls = pipeline_calls(ctx);
    let mut out = Vec::new();
    if let Some(c) = calls.iter().find(|c| c.name == "IsDevelopment") {
        out.push(ev(c, format!("{note} (the production side of this branch)")));
    }
    if let Some(c) = calls.iter().find(|c| is_middleware(c)) {
        out.push(ev(c, format!("{note} (the pipeline starts here)")));
        out.extend(pipeline_method(ctx, c, note));
    }
    out.extend(identityserver_middleware(&calls, note));
    out
}

/// The method that writes the pipeline holding `c` (`Startup.Configure`, a `ConfigurePipeline`
/// extension), where a reviewer adds a call; top-level statements have none.
fn pipeline_method(ctx: &Context, c: &Call, note: &str) -> Option<Evidence> {
    let m = ctx
        .code
        .methods
        .iter()
        .filter(|m| m.file == c.file && (m.start..m.end).contains(&c.offset))
        .min_by_key(|m| m.end - m.start)?;
    Some(Evidence::new(
        &m.file,
        m.line,
        format!("{note} (the pipeline is configured here)"),
    ))
}

/// The pipeline's `UseIdentityServer()`: what a missing middleware must run before.
fn identityserver_middleware(calls: &[&Call], note: &str) -> Option<Evidence> {
    calls
        .iter()
        .find(|c| c.name == "UseIdentityServer" && !c.development_only)
        .map(|c| ev(c, format!("{note} (before IdentityServer's endpoints)")))
}

/// Where missing endpoints go (health checks): the pipeline's endpoint mapping
/// (`UseEndpoints`, `MapControllers`, `MapRazorPages`, `UseMvcWithDefaultRoute`, …), at most two
/// places; a pipeline that maps none is cited at `UseIdentityServer` and the method that writes it.
pub(crate) fn endpoint_site(ctx: &Context, note: &str) -> Vec<Evidence> {
    const MAPPING: &[&str] = &[
        "UseEndpoints",
        "MapControllers",
        "MapDefaultControllerRoute",
        "MapControllerRoute",
        "MapRazorPages",
        "MapDefaultEndpoints",
        "MapGet",
        "MapFallbackToPage",
        "MapFallbackToFile",
        "UseMvcWithDefaultRoute",
        "UseMvc",
    ];
    let calls = pipeline_calls(ctx);
    let mapped: Vec<Evidence> = calls
        .iter()
        .filter(|c| MAPPING.contains(&c.name.as_str()) && !c.development_only)
        .take(2)
        .map(|c| ev(c, note))
        .collect();
    if !mapped.is_empty() {
        return mapped;
    }
    let mut out: Vec<Evidence> = identityserver_middleware(&calls, note).into_iter().collect();
    if let Some(c) = calls.iter().find(|c| is_middleware(c)) {
        out.extend(pipeline_method(ctx, c, note));
    }
    out
}

/// The last assignment of an `EventsOptions` flag (`RaiseErrorEvents`): `options.Events.X = …`,
/// or `X = …` inside `options.Events = new EventsOptions { … }`.
pub(crate) fn event_flag<'a>(ctx: &'a Context, flag: &str) -> Option<&'a crate::checklist::csharp::Assign> {
    let target = format!("Events.{flag}");
    let direct = ctx
        .code
        .assigns
        .iter()
        .rev()
        .find(|a| a.targets(&target) && !a.development_only);
    let initialized = ctx.code.assigns.iter().rev().find(|a| {
        a.target == flag
            && !a.development_only
            && a.creation
                .and_then(|i| ctx.code.creations.get(i))
                .is_some_and(|c| c.type_name == "EventsOptions")
    });
    match (direct, initialized) {
        (Some(d), Some(i)) => Some(if (d.file.as_str(), d.line) >= (i.file.as_str(), i.line) {
            d
        } else {
            i
        }),
        (d, i) => d.or(i),
    }
}

/// Whether Production raises the events of `flag` (`RaiseErrorEvents`), and where that is
/// said: `Some(places)` when it does, `None` when it does not. Code wins over configuration (it
/// runs after the bound section is applied); `options.Events.X = events.X` with `events` read
/// from a section takes the section's Production value; without an assignment the section
/// bound to IdentityServerOptions decides. OBS4 and X11 both read events through this.
pub(crate) fn event_raised(ctx: &Context, flag: &str) -> Option<Vec<Evidence>> {
    use crate::checklist::bound::{bound_value, identityserver_setting};
    let on = |v: &str| v.eq_ignore_ascii_case("true");
    match event_flag(ctx, flag) {
        Some(a) if a.value == "true" => Some(vec![Evidence::new(&a.file, a.line, flag)]),
        Some(a) => bound_value(&ctx.code, &ctx.settings, &a.file, a.method.as_deref(), &a.value)
            .filter(|s| on(&s.value))
            .map(|s| vec![Evidence::new(&a.file, a.line, flag), s.evidence]),
        None => identityserver_setting(&ctx.code, &ctx.settings, &format!("Events.{flag}"))
            .filter(|s| on(&s.value))
            .map(|s| vec![s.evidence]),
    }
}

/// `curl` command that prints the live issuer.
pub(crate) fn issuer_command(ctx: &Context, expect: &str) -> String {
    let host = ctx.public_host.clone().unwrap_or_else(|| "HOST".to_string());
    format!("curl -s https://{host}/.well-known/openid-configuration | jq -r .issuer   # expect {expect}")
}

/// The `ForwardedHeaders = ...` assignment, if any.
pub(crate) fn forwarded_headers_assign(ctx: &Context) -> Option<&crate::checklist::csharp::Assign> {
    ctx.code
        .assigns_to("ForwardedHeaders")
        .find(|a| a.value.contains("ForwardedHeaders."))
}

pub(crate) fn honours(ctx: &Context, flag: &str) -> Option<bool> {
    forwarded_headers_assign(ctx).map(|a| a.value.contains(flag) || a.value.contains("ForwardedHeaders.All"))
}

/// C# `new Client { ... }` initializers: (creation index, line, file).
pub(crate) fn clients(ctx: &Context) -> Vec<usize> {
    ctx.code
        .creations
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            // A client registered only outside Production (`if (env.IsDevelopment())`) is not one
            // Production serves.
            !c.development_only
                && (c.type_name == "Client"
                // Target-typed `new() { ClientId = ... }` in a list of clients.
                || (c.type_name.is_empty() && ctx.code.assigns_in(*i).any(|a| a.target == "ClientId")))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Clients ApiAuthorization (`AddApiAuthorization<TUser, TContext>()`, the ASP.NET Core SPA
/// templates' IdentityServer) builds from configuration: each key of `IdentityServer:Clients`
/// is a client id, its `Profile` (`IdentityServerSPA`, `SPA`, `NativeApp`) says what kind of
/// client. Cited at the `Profile` line, with the id and the profile. Read by ClientsOptions in
/// dotnet/aspnetcore (src/Identity/ApiAuthorization.IdentityServer), which builds every one of
/// these profiles as an authorization-code client.
pub(crate) fn profile_clients(ctx: &Context) -> Vec<(Evidence, String)> {
    if ctx.code.call("AddApiAuthorization").is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for f in ctx.client_files() {
        let Some(clients) = f
            .doc
            .entry_ci("IdentityServer")
            .and_then(|e| e.value.entry_ci("Clients"))
        else {
            continue;
        };
        for c in clients.value.entries() {
            if let Some(p) = c.value.entry_ci("Profile")
                && let Some(profile) = p.value.as_str()
            {
                out.push((
                    Evidence::new(&f.path, p.line, format!("client {}: profile {profile}", c.key)),
                    profile.to_string(),
                ));
            }
        }
    }
    out
}

/// Where automatic signing-key management is switched off, from code or configuration; every
/// signing-key item reads this one fact so none of them contradicts another.
pub(crate) fn key_management_off(ctx: &Context) -> Option<Evidence> {
    if let Some(a) = ctx
        .code
        .assigns_to("KeyManagement.Enabled")
        .find(|a| a.value == "false")
    {
        return Some(Evidence::new(&a.file, a.line, "KeyManagement.Enabled = false"));
    }
    if let Some(s) = crate::checklist::bound::identityserver_setting(&ctx.code, &ctx.settings, "KeyManagement.Enabled")
        && s.value.eq_ignore_ascii_case("false")
    {
        return Some(s.evidence);
    }
    ctx.identityserver4.clone().map(|mut e| {
        e.note = "IdentityServer4 has no automatic key management".to_string();
        e
    })
}

/// The issuer the host pins (`IssuerUri`) as Production sees it, and where that shows (the
/// place the value is set first, then the assignment): a literal, a configuration read
/// (`GetValue<string>("IdentityServer:IssuerUri")`) resolved through the deployment's
/// environment and appsettings, or `IssuerUri` in the section bound to IdentityServerOptions.
pub(crate) fn pinned_issuer(ctx: &Context) -> Option<(String, Vec<Evidence>)> {
    // An empty IssuerUri or PublicOrigin (a setting left blank, often behind
    // `if (!string.IsNullOrEmpty(origin))`) pins nothing: the issuer is inferred per request.
    pinned_issuer_setting(ctx).filter(|(v, _)| !v.trim().is_empty())
}

fn pinned_issuer_setting(ctx: &Context) -> Option<(String, Vec<Evidence>)> {
    use crate::checklist::bound::{
        bound_member_keys, bound_value, configuration_key_in, configuration_value, identityserver_section,
    };
    let env = ctx.host_env_literals();
    // An IssuerUri set only in Development says nothing about the issuer Production serves.
    // IdentityServer4 before 4.0 also had `PublicOrigin`, which fixes the origin every URL,
    // the issuer included, is built from when IssuerUri is not set.
    let pinned = ctx
        .code
        .assigns_to("IssuerUri")
        .find(|a| !a.development_only)
        .or_else(|| {
            ctx.code
                .assigns_to("PublicOrigin")
                .find(|a| !a.development_only && a.target.ends_with(".PublicOrigin"))
        });
    let Some(a) = pinned else {
        if let Some(origin) = forced_origin(ctx, &env) {
            return Some(origin);
        }
        let (section, bound_at) = identityserver_section(&ctx.code)?;
        let s = configuration_value(&ctx.settings, &env, &format!("{section}:IssuerUri"))?;
        return Some((s.value, vec![s.evidence, bound_at]));
    };
    let setting = a.target.rsplit('.').next().unwrap_or("IssuerUri");
    let at = Evidence::new(&a.file, a.line, setting);
    let literal = a.value.starts_with('"') || a.value.starts_with("@\"");
    if literal {
        return a.strings.first().map(|v| (v.clone(), vec![at]));
    }
    // A configuration read (also through a section held in a local: `idp["Issuer"]`), a property
    // of an options object bound from a section (`endpoints.Issuer`), or a member path on one
    // (`Config.Self.PublicOrigin` with `Config = configuration.GetSection("App").Get<Config>()`),
    // each as the deployment sets it. `line` is where `expr` is used.
    let resolve = |expr: &str, line: usize| {
        configuration_key_in(&ctx.code, &a.file, a.method.as_deref(), line, expr)
            .and_then(|key| configuration_value(&ctx.settings, &env, &key))
            .or_else(|| bound_value(&ctx.code, &ctx.settings, &a.file, a.method.as_deref(), expr))
            .or_else(|| {
                bound_member_keys(&ctx.code, expr)
                    .iter()
                    .find_map(|key| configuration_value(&ctx.settings, &env, key))
            })
    };
    if let Some(s) = resolve(&a.value, a.line) {
        return Some((s.value, vec![s.evidence, at]));
    }
    // A local read from configuration first (`var authority = Configuration["oauth:authority"];`
    // then `options.IssuerUri = authority`), in the same method.
    let local = ctx
        .code
        .locals
        .iter()
        .rfind(|l| l.name == a.value && l.file == a.file && l.method == a.method && l.line <= a.line)?;
    let s = resolve(&local.init, local.line)?;
    Some((
        s.value,
        vec![
            s.evidence,
            at,
            Evidence::new(&local.file, local.line, format!("{} read here", local.name)),
        ],
    ))
}

/// A Production middleware that sets the origin IdentityServer builds its URLs from
/// (`context.SetIdentityServerOrigin("https://id.example.com")`, an extension on HttpContext in
/// IdentityServer4 and Duende): the issuer is that origin, whatever the request carried. The
/// argument is a literal or a configuration read resolved through the deployment.
fn forced_origin(ctx: &Context, env: &[(String, usize, String, Option<String>)]) -> Option<(String, Vec<Evidence>)> {
    use crate::checklist::bound::{configuration_key, configuration_value};
    ctx.code
        .calls_named("SetIdentityServerOrigin")
        .filter(|c| !c.development_only)
        .find_map(|c| {
            let arg = c.args.first()?;
            let at = ev(c, "SetIdentityServerOrigin");
            if arg.text.starts_with('"') {
                return arg.strings.first().map(|v| (v.clone(), vec![at]));
            }
            let s = configuration_value(&ctx.settings, env, &configuration_key(&arg.text)?)?;
            Some((s.value, vec![s.evidence, at]))
        })
}

/// The connection strings Production runs with, by name: a `.Production` overlay or a
/// deployment's `ConnectionStrings__X` literal wins over the base file, and a name the
/// deployment sets by reference (a `secretKeyRef`, `configMapKeyRef` or Container App
/// `secretRef`) is left out: the committed value is then only the local default. One fact for
/// DB3 (development defaults) and MI4 (a database per instance).
pub(crate) fn production_connection_strings(ctx: &Context) -> Vec<(String, crate::checklist::bound::Setting)> {
    let env = ctx.host_env_literals();
    let mut names: Vec<String> = ctx
        .settings
        .connection_strings()
        .into_iter()
        .map(|(_, _, n, _)| n)
        .collect();
    names.sort_by_key(|n| n.to_ascii_lowercase());
    names.dedup_by_key(|n| n.to_ascii_lowercase());
    names
        .into_iter()
        .filter_map(|name| {
            let key = format!("ConnectionStrings:{name}");
            let by_reference = env
                .iter()
                .any(|(_, _, n, v)| v.is_none() && n.replace("__", ":").eq_ignore_ascii_case(&key));
            if by_reference {
                return None;
            }
            crate::checklist::bound::configuration_value(&ctx.settings, &env, &key).map(|s| (name, s))
        })
        .collect()
}
