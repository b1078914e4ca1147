//! RP2: UseForwardedHeaders() is the first middleware in the pipeline.
//! The item's text, its rule and the rule's unit tests.

use super::env_enabled_forwarding;
use super::proxy_applies;
use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::common::middleware_site;
use crate::checklist::items::{Item, PROXY, Source};

/// RP2 in the catalogue.
pub const ITEM: Item = Item {
    id: "RP2",
    section: PROXY,
    title: "UseForwardedHeaders() is the first middleware in the pipeline",
    applies: "when a reverse proxy is found in the tree or forwarded headers are configured",
    breaks: "Middleware that runs before it sees the proxy's scheme and address: redirects, HSTS, cookies and the issuer are built for http://internal-host.",
    fix: "Call app.UseForwardedHeaders() right after builder.Build(), before every other app.Use… (only exception handling may precede it).",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    if proxy_applies(ctx).is_none() {
        return Outcome::na("no reverse proxy in the tree and forwarded headers are not configured");
    }
    let Some(fh) = ctx.code.call("UseForwardedHeaders") else {
        if let Some(e) = env_enabled_forwarding(ctx).into_iter().next() {
            return Outcome::pass(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED inserts the middleware first (see RP1 for its trust problem)",
                vec![e],
            );
        }
        let mut at = middleware_site(ctx, "add app.UseForwardedHeaders() first");
        if at.is_empty() {
            at.push(anchor);
        }
        return Outcome::fail(
            "app.UseForwardedHeaders() is never called: configured options are never applied",
            at,
        );
    };
    // Pipeline order follows helpers across files (an extension method in a shared library
    // that calls UseForwardedHeaders runs where the host calls that extension method).
    let pipeline = ctx.code.pipeline(&|c| is_middleware(ctx, c));
    // Production's pipeline: the call in an `if (IsDevelopment())` branch never runs there, and
    // neither does middleware added only in Development.
    let position = pipeline
        .iter()
        .position(|c| c.name == "UseForwardedHeaders" && !c.development_only)
        .or_else(|| pipeline.iter().position(|c| c.name == "UseForwardedHeaders"));
    let (fh, earlier): (&Call, Vec<&Call>) = match position {
        Some(i) => (
            pipeline[i],
            pipeline[..i]
                .iter()
                .copied()
                .filter(|c| !c.development_only && c.name != "UseForwardedHeaders")
                .collect(),
        ),
        None => (
            fh,
            ctx.code
                .calls
                .iter()
                .filter(|c| c.file == fh.file && c.offset < fh.offset)
                .collect(),
        ),
    };
    let before: Vec<Evidence> = earlier
        .into_iter()
        .filter(|c| is_middleware(ctx, c))
        .filter(|c| !matches!(c.name.as_str(), "UseExceptionHandler" | "UseDeveloperExceptionPage"))
        .map(|c| ev(c, format!("{} runs before UseForwardedHeaders", c.name)))
        .collect();
    if !before.is_empty() {
        let names: Vec<&str> = before.iter().map(|e| e.note.split(' ').next().unwrap_or("")).collect();
        // The middleware that runs first is half of the wrong order: cited with the call.
        let mut at = vec![ev(fh, "UseForwardedHeaders")];
        let summary = format!("UseForwardedHeaders() runs after {}", names.join(", "));
        at.extend(before);
        return Outcome::fail(summary, at);
    }
    Outcome::pass(
        "UseForwardedHeaders() is the first middleware",
        vec![ev(fh, "UseForwardedHeaders")],
    )
}

pub(crate) fn is_middleware(ctx: &Context, c: &Call) -> bool {
    c.name.starts_with("Use")
        && c.receiver
            .as_deref()
            .is_some_and(|r| ctx.code.app_vars.iter().any(|v| v == r) || (ctx.code.app_vars.is_empty() && r == "app"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::finding::Status;

    fn outcome(files: &[(&str, &str)]) -> Outcome {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        rule(&Context::build(&files))
    }

    const LIB: &str = "public static class Pipeline\n{\n    public static IApplicationBuilder UseEdge(this IApplicationBuilder app)\n    {\n        app.UseForwardedHeaders();\n        return app;\n    }\n    public static IApplicationBuilder UseEdge(this IApplicationBuilder app, bool strict, int limit)\n    {\n        app.UseHsts();\n        return app;\n    }\n}\n";

    #[test]
    fn a_container_on_linux_app_service_sits_behind_the_platforms_proxy() {
        let program = "var app = builder.Build();\nbuilder.Services.AddIdentityServer();\napp.UseRouting();\napp.UseIdentityServer();\n";
        let site = |stack: &str| {
            format!(
                "resource \"azurerm_app_service\" \"auth\" {{\n  name = \"auth\"\n  site_config {{\n    linux_fx_version = \"{stack}\"\n  }}\n}}\n"
            )
        };
        let container = site("DOCKER|${var.registry}/auth:latest");
        let o = outcome(&[("Program.cs", program), ("infra/main.tf", container.as_str())]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        // A built-in .NET stack is not known to need it: nothing in the tree says a proxy.
        let code = site("DOTNETCORE|8.0");
        let o = outcome(&[("Program.cs", program), ("infra/main.tf", code.as_str())]);
        assert_eq!(o.status, Status::NotApplicable, "{o:?}");
    }

    #[test]
    fn forwarding_switched_on_in_another_projects_image_is_not_this_hosts() {
        let web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"/>";
        let sts = "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseStaticFiles();\napp.UseIdentityServer();\n";
        let portal_image = "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_FORWARDEDHEADERS_ENABLED=true\nCOPY . .\nENTRYPOINT [\"dotnet\", \"Portal.dll\"]\n";
        let mut files = vec![
            ("src/Sts/Sts.csproj", web),
            ("src/Sts/Program.cs", sts),
            ("src/Portal/Portal.csproj", web),
            ("src/Portal/Program.cs", "var app = builder.Build();\n"),
            ("src/Portal/Dockerfile", portal_image),
        ];
        let o = outcome(&files);
        assert!(o.evidence.iter().all(|e| !e.file.contains("Portal")), "{o:?}");
        assert_ne!(o.status, Status::Pass, "{o:?}");
        // The same line in the host's own image does insert the middleware first.
        files[4].0 = "src/Sts/Dockerfile";
        let own = portal_image.replace("Portal.dll", "Sts.dll");
        files[4].1 = own.as_str();
        assert_eq!(outcome(&files).status, Status::Pass);
    }

    #[test]
    fn order_follows_an_extension_method_in_another_file() {
        let program = "var app = builder.Build();\nbuilder.Services.AddIdentityServer();\nbuilder.Services.Configure<ForwardedHeadersOptions>(o => { });\napp.UseRouting();\napp.UseEdge();\napp.UseIdentityServer();\n";
        let o = outcome(&[("Program.cs", program), ("Pipeline.cs", LIB)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("Pipeline.cs", 5));
        // UseRouting, which runs first, is the other half of the wrong order.
        let after: Vec<(&str, usize)> = o.evidence[1..].iter().map(|e| (e.file.as_str(), e.line)).collect();
        assert_eq!(after, [("Program.cs", 4)]);
    }

    #[test]
    fn the_overload_by_argument_count_is_the_one_that_runs() {
        // UseEdge(true, 2) is the overload that only adds HSTS: forwarding is never applied
        // through it, and the one-argument overload runs first.
        let program = "var app = builder.Build();\nbuilder.Services.AddIdentityServer();\nbuilder.Services.Configure<ForwardedHeadersOptions>(o => { });\napp.UseEdge();\napp.UseEdge(true, 2);\napp.UseIdentityServer();\n";
        let o = outcome(&[("Program.cs", program), ("Pipeline.cs", LIB)]);
        assert_eq!(o.status, Status::Pass, "{o:?}");
        assert_eq!((o.evidence[0].file.as_str(), o.evidence[0].line), ("Pipeline.cs", 5));
    }

    #[test]
    fn the_production_branch_decides_and_development_only_middleware_does_not_count() {
        let program = "builder.Services.AddIdentityServer();\nbuilder.Services.Configure<ForwardedHeadersOptions>(o => { });\nvar app = builder.Build();\nif (app.Environment.IsDevelopment())\n{\n    app.UseDeveloperExceptionPage();\n    app.UseForwardedHeaders();\n}\nelse\n{\n    app.UseStaticFiles();\n    app.UseForwardedHeaders();\n}\napp.UseIdentityServer();\n";
        let o = outcome(&[("Program.cs", program)]);
        assert_eq!(o.status, Status::Fail, "{o:?}");
        assert_eq!(o.evidence[0].line, 12, "{o:?}");
        assert!(
            o.summary.contains("UseStaticFiles") && !o.summary.contains("UseDeveloperExceptionPage"),
            "{o:?}"
        );
    }
}
