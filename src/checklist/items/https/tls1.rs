//! TLS1: HSTS is configured with a MaxAge of at least 1 year.
//! The item's text, its rule and the rule's unit tests.

use crate::checklist::context::Context;
use crate::checklist::csharp::timespan_seconds;
use crate::checklist::finding::Evidence;
use crate::checklist::items::Outcome;
use crate::checklist::items::common::ev;
use crate::checklist::items::common::host;
use crate::checklist::items::common::middleware_site;
use crate::checklist::items::{HOST, HTTPS, Item, Source};
use crate::checklist::nginx;
use crate::checklist::nginx::ProxyLocation;
use crate::checklist::tree::Tree;

/// TLS1 in the catalogue.
pub const ITEM: Item = Item {
    id: "TLS1",
    section: HTTPS,
    title: "HSTS is configured with a MaxAge of at least 1 year",
    applies: HOST,
    breaks: "A short or missing HSTS lets a network attacker downgrade a returning browser's first request to http and strip TLS.",
    fix: "builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365)) with app.UseHsts() outside Development, or at the TLS-terminating nginx: add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;",
    source: Source::Vendor,
    rule,
};

fn rule(ctx: &Context) -> Outcome {
    let anchor = match host(ctx) {
        Ok(a) => a,
        Err(o) => return o,
    };
    let mut fails = Vec::new();
    let mut passes = Vec::new();
    let app = app_hsts(ctx);
    let app_ok = app.as_ref().is_some_and(|(s, _)| *s >= ONE_YEAR);
    if let Some((secs, e)) = &app {
        if *secs < ONE_YEAR {
            fails.push(Evidence::new(
                &e.file,
                e.line,
                format!("{} is {:.0} days, below 365", e.note, secs / 86_400.0),
            ));
        } else {
            passes.push(e.clone());
        }
    }
    for server in ctx.nginx.servers().iter().filter(|s| s.tls()) {
        for loc in server
            .proxy_locations()
            .into_iter()
            .filter(|l| ctx.proxies_host(l.proxy_pass))
        {
            match hsts_header(&loc) {
                Some(h) => {
                    let age = max_age(h.arg(1)).unwrap_or(0.0);
                    if age < ONE_YEAR {
                        fails.push(Evidence::new(
                            &h.file,
                            h.line,
                            format!("Strict-Transport-Security max-age={age:.0}, below 31536000"),
                        ));
                    } else if !h.args.iter().any(|a| a == "always") {
                        fails.push(Evidence::new(
                            &h.file,
                            h.line,
                            "add_header Strict-Transport-Security without `always`: error responses carry no HSTS",
                        ));
                    } else {
                        passes.push(Evidence::new(&h.file, h.line, "nginx Strict-Transport-Security"));
                    }
                }
                None if !app_ok => {
                    let (file, line) = loc
                        .location
                        .map(|l| (l.file.as_str(), l.line))
                        .unwrap_or((loc.proxy_pass.file.as_str(), loc.proxy_pass.line));
                    let inherited_elsewhere = server.contexts().iter().any(|c| {
                        c.iter().any(|d| {
                            d.name == "add_header" && d.arg(0).eq_ignore_ascii_case("Strict-Transport-Security")
                        })
                    });
                    let note = if inherited_elsewhere {
                        "add_header in this location drops the server's Strict-Transport-Security (add_header is inherited only by levels that set none)"
                    } else {
                        "responses through this location carry no Strict-Transport-Security and the app sends none"
                    };
                    fails.push(Evidence::new(file, line, note));
                    // Where TLS ends (the header belongs to that server) and the headers this
                    // location does send.
                    if let Some(l) = server.tls_listen() {
                        fails.push(Evidence::new(&l.file, l.line, "TLS terminates here"));
                    }
                    if let Some(h) = loc.effective_list("add_header").first() {
                        fails.push(Evidence::new(
                            &h.file,
                            h.line,
                            "the headers added here include no Strict-Transport-Security",
                        ));
                    }
                }
                None => {}
            }
        }
    }
    let cm_hsts = ctx
        .kube
        .of_kind("ConfigMap")
        .filter_map(|c| c.doc.get("data").map(|d| (c, d)))
        .find_map(|(c, d)| {
            d.entry("hsts")
                .map(|e| (c, e.clone()))
                .or_else(|| d.entry("hsts-max-age").map(|e| (c, e.clone())))
        });
    if !ctx.ingress_nginx().is_empty() {
        match &cm_hsts {
            Some((c, e)) if e.key == "hsts" && e.value.as_str() == Some("false") => {
                if !app_ok {
                    fails.push(Evidence::new(&c.file, e.line, "ingress-nginx hsts: \"false\""));
                }
            }
            Some((c, e)) if e.key == "hsts-max-age" && e.value.as_u64().unwrap_or(0) < ONE_YEAR as u64 => {
                fails.push(Evidence::new(
                    &c.file,
                    e.line,
                    "ingress-nginx hsts-max-age below 31536000",
                ));
            }
            _ => {
                // The one-year default came with controller v1.9.5 (kubernetes/ingress-nginx
                // 8c3aeaae4, "Increase HSTS max-age to default to one year", Oct 2023; before it
                // internal/ingress/controller/config/config.go had hstsMaxAge = "15724800").
                // A v1beta1 Ingress is served only by controllers before 1.0 (Kubernetes 1.22
                // removed the API), so those send about six months.
                let ingresses = ctx.ingress_nginx();
                let legacy: Vec<&crate::checklist::kubernetes::Object> = ingresses
                    .iter()
                    .copied()
                    .filter(|i| {
                        i.doc
                            .get("apiVersion")
                            .and_then(Tree::as_str)
                            .is_some_and(|v| v.ends_with("/v1beta1"))
                    })
                    .collect();
                // HSTS goes out only over https: an Ingress with no `tls` serves plain http.
                let plain: Vec<&crate::checklist::kubernetes::Object> = ingresses
                    .iter()
                    .copied()
                    .filter(|i| i.doc.at(&["spec", "tls"]).is_none())
                    .collect();
                if !plain.is_empty() && plain.len() == ingresses.len() {
                    for i in plain {
                        fails.push(Evidence::new(
                            &i.file,
                            i.line,
                            format!(
                                "Ingress {} has no tls: it serves plain http, so no HSTS header is ever sent",
                                i.name
                            ),
                        ));
                    }
                } else if !legacy.is_empty() && legacy.len() == ingresses.len() {
                    for i in legacy {
                        let line = i.doc.entry("apiVersion").map(|e| e.line).unwrap_or(i.line);
                        fails.push(Evidence::new(
                            &i.file,
                            line,
                            "a v1beta1 Ingress is served by ingress-nginx before 1.0, whose default hsts-max-age is 15724800 (about six months); set hsts-max-age: \"31536000\" in the controller ConfigMap",
                        ));
                    }
                    if !app_ok {
                        fails.extend(middleware_site(ctx, "no app.UseHsts() either"));
                    }
                } else {
                    // Cite an Ingress that serves https: the header goes out only there.
                    let i = ingresses
                        .iter()
                        .copied()
                        .find(|i| i.doc.at(&["spec", "tls"]).is_some())
                        .unwrap_or(ingresses[0]);
                    passes.push(Evidence::new(
                        &i.file,
                        i.line,
                        "ingress-nginx (controller 1.9.5 and later) sends HSTS max-age=31536000 by default",
                    ));
                }
            }
        }
    }
    if !fails.is_empty() {
        return Outcome::fail("HSTS is missing or shorter than one year somewhere in the chain", fails);
    }
    if !passes.is_empty() {
        return Outcome::pass("HSTS max-age is at least one year", passes);
    }
    let mut at = middleware_site(ctx, "add app.UseHsts() here");
    if at.is_empty() {
        at.push(
            ctx.code
                .call("Build")
                .map(|c| ev(c, "builder.Build()"))
                .unwrap_or(anchor),
        );
    }
    Outcome::fail(
        "nothing sends Strict-Transport-Security: no app.UseHsts() and no HSTS header at a proxy in the tree",
        at,
    )
}

const ONE_YEAR: f64 = 31_536_000.0;

/// HSTS the app sends: Some((seconds, evidence)) when UseHsts() runs.
fn app_hsts(ctx: &Context) -> Option<(f64, Evidence)> {
    let use_hsts = ctx.code.call("UseHsts")?;
    let max_age = ctx
        .code
        .assigns_to("MaxAge")
        .find(|a| a.enclosing.iter().any(|e| e == "AddHsts") || a.enclosing.iter().any(|e| e == "Configure"));
    // NWebsec: `app.UseHsts(h => h.MaxAge(days: 365))`, MaxAge(int days = 0, int hours = 0,
    // int minutes = 0, int seconds = 0) (NWebsec.Middleware.HstsOptions; read in the copy
    // vendored by openiddict/openiddict-core, external/NWebsec.Core).
    let nwebsec = ctx
        .code
        .calls_named("MaxAge")
        .find(|c| c.enclosing.iter().any(|e| e == "UseHsts"))
        .and_then(|c| nwebsec_max_age(c).map(|secs| (secs, c)));
    Some(match max_age {
        Some(a) => (
            timespan_seconds(&a.value).unwrap_or(f64::MAX),
            Evidence::new(&a.file, a.line, format!("HSTS MaxAge = {}", a.value)),
        ),
        None if let Some((secs, c)) = nwebsec => (secs, ev(c, format!("NWebsec HSTS MaxAge({})", c.args_text()))),
        None => (
            30.0 * 86_400.0,
            ev(use_hsts, "UseHsts() with the default MaxAge of 30 days"),
        ),
    })
}

/// Seconds of NWebsec's `MaxAge(days, hours, minutes, seconds)`, positional or named; `None`
/// when an argument is not an integer literal.
fn nwebsec_max_age(c: &crate::checklist::csharp::Call) -> Option<f64> {
    const UNITS: [(&str, f64); 4] = [
        ("days", 86_400.0),
        ("hours", 3_600.0),
        ("minutes", 60.0),
        ("seconds", 1.0),
    ];
    let mut total = 0.0;
    for (i, a) in c.args.iter().enumerate() {
        let text = a.text.trim();
        // The walker keeps `name:` apart (Arg::name); the text may still carry it.
        let (name, value) = match (&a.name, text.split_once(':')) {
            (Some(n), _) => (Some(n.as_str()), text.rsplit(':').next().unwrap_or(text).trim()),
            (None, Some((n, v))) => (Some(n.trim()), v.trim()),
            (None, None) => (None, text),
        };
        let unit = match name {
            Some(n) => UNITS.iter().find(|(u, _)| *u == n)?.1,
            None => UNITS.get(i)?.1,
        };
        total += value.parse::<f64>().ok()? * unit;
    }
    Some(total)
}

fn hsts_header<'a>(loc: &ProxyLocation<'a>) -> Option<&'a nginx::Directive> {
    loc.effective_list("add_header")
        .into_iter()
        .find(|d| d.arg(0).eq_ignore_ascii_case("Strict-Transport-Security"))
}

fn max_age(value: &str) -> Option<f64> {
    value
        .split(';')
        .find_map(|p| p.trim().strip_prefix("max-age=").and_then(|v| v.trim().parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nwebsec_max_age_is_read_in_days_hours_minutes_seconds() {
        let year = |program: &str| {
            let files = vec![(
                "Program.cs".to_string(),
                format!("builder.Services.AddIdentityServer();\nvar app = builder.Build();\n{program}"),
            )];
            rule(&Context::build(&files)).status
        };
        use crate::checklist::finding::Status;
        assert_eq!(
            year("app.UseHsts(h => h.MaxAge(days: 365).IncludeSubdomains());\n"),
            Status::Pass
        );
        assert_eq!(
            year("app.UseHsts(h =>\n{\n    h.MaxAge(365);\n    h.Preload();\n});\n"),
            Status::Pass
        );
        assert_eq!(year("app.UseHsts(h => h.MaxAge(days: 30));\n"), Status::Fail);
        assert_eq!(year("app.UseHsts(h => h.MaxAge(hours: 8760));\n"), Status::Pass);
    }

    #[test]
    fn ingress_nginx_before_one_year_defaults_is_read_from_the_ingress_api_version() {
        use crate::checklist::finding::Status;
        let run = |api: &str| {
            let ingress = format!(
                "apiVersion: {api}\nkind: Ingress\nmetadata:\n  name: idp\nspec:\n  ingressClassName: nginx\n  tls:\n    - hosts: [id.example.test]\n"
            );
            let files = vec![
                (
                    "Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n"
                        .to_string(),
                ),
                ("k8s/ingress.yaml".to_string(), ingress),
            ];
            rule(&Context::build(&files))
        };
        // A current controller (networking.k8s.io/v1) sends one year by default.
        assert_eq!(run("networking.k8s.io/v1").status, Status::Pass);
        // Only over https: an Ingress without tls sends no HSTS at all.
        let files = vec![
            (
                "Program.cs".to_string(),
                "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n".to_string(),
            ),
            (
                "k8s/ingress.yaml".to_string(),
                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: idp\nspec:\n  ingressClassName: addon-http-application-routing\n".to_string(),
            ),
        ];
        assert_eq!(rule(&Context::build(&files)).status, Status::Fail);
        // A v1beta1 Ingress means a controller before 1.0: 15724800 s.
        let old = run("extensions/v1beta1");
        assert_eq!(old.status, Status::Fail);
        assert!(
            old.evidence.iter().any(|e| e.file == "k8s/ingress.yaml" && e.line == 1),
            "{old:?}"
        );
    }

    #[test]
    fn hsts_max_age_parses() {
        assert_eq!(max_age("max-age=63072000; includeSubDomains"), Some(63_072_000.0));
        assert_eq!(max_age("includeSubDomains"), None);
    }
}
