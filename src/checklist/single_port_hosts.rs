//! X7 on platforms that cannot keep a path private: Azure App Service routes one port to the
//! app and has no path filter, so a health or metrics endpoint left open is public there.
//! Only the app itself can restrict it (authorization, e.g. App Service's health-check token).

use crate::checklist::context::Context;
use crate::checklist::csharp::Call;
use crate::checklist::finding::{Evidence, Status};
use crate::checklist::items::Outcome;
use crate::spec::types::Target;

/// Terraform resources that deploy to App Service.
const APP_SERVICE_RESOURCES: [&str; 4] = [
    "azurerm_linux_web_app",
    "azurerm_windows_web_app",
    "azurerm_app_service",
    "azurerm_linux_web_app_slot",
];

/// Where the tree deploys the host to App Service: a web app resource or idsgen.yaml's target.
pub fn app_service(ctx: &Context) -> Option<Evidence> {
    let web_app = APP_SERVICE_RESOURCES
        .iter()
        .find_map(|t| ctx.tf.resources(t).next())
        .map(|b| Evidence::new(&b.file, b.line, format!("{} (App Service)", b.address())));
    web_app.or_else(|| {
        let spec = ctx.spec.as_ref()?;
        (spec.spec.hosting.target == Target::AzureAppService)
            .then(|| spec_evidence(spec, "hosting.target: azure-app-service"))
    })
}

fn spec_evidence(spec: &crate::checklist::context::SpecFile, note: &str) -> Evidence {
    spec.at(&["hosting", "target"], note)
}

/// X7's verdict when the host runs on App Service: `paths` are the health and metrics endpoints
/// that neither a management port nor authorization restricts. `None` when the tree does not
/// deploy to App Service (the proxy checks decide then).
pub fn x7_app_service(ctx: &Context, paths: &[(String, &Call)]) -> Option<Outcome> {
    let platform = app_service(ctx)?;
    if paths.is_empty() {
        return None;
    }
    let mut evidence: Vec<Evidence> = paths
        .iter()
        .map(|(p, c)| Evidence::new(&c.file, c.line, format!("{p} is mapped without RequireAuthorization")))
        .collect();
    evidence.push(platform);
    Some(Outcome {
        status: Status::Fail,
        summary:
            "App Service routes every path of its one port publicly and cannot filter paths: these endpoints are public"
                .into(),
        evidence,
        related: Vec::new(),
        command: None,
    })
}

#[cfg(test)]
mod tests {
    use crate::checklist::finding::{ItemResult, Status};
    use crate::checklist::{CheckOptions, check_files};

    const PROGRAM: &str = r#"var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIdentityServer();
var app = builder.Build();
app.MapHealthChecks("/health/ready");
app.MapHealthChecks("/health/live")MARK;
app.Run();
"#;

    const WEB_APP: &str = r#"resource "azurerm_linux_web_app" "main" {
  name = "idsrv"
  site_config {
    health_check_path = "/health/ready"
  }
}
"#;

    fn x7(files: &[(&str, &str)]) -> ItemResult {
        let files: Vec<(String, String)> = files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        let opts = CheckOptions {
            only: vec!["X7".into()],
            ..Default::default()
        };
        check_files(&files, &opts).items.into_iter().next().unwrap()
    }

    #[test]
    fn open_endpoints_on_app_service_fail() {
        let program = PROGRAM.replace("MARK", "");
        let r = x7(&[("src/App/Program.cs", &program), ("deploy/main.tf", WEB_APP)]);
        assert_eq!(r.status, Status::Fail, "{r:?}");
        assert!(
            r.evidence.iter().any(|e| e.file == "deploy/main.tf" && e.line == 1),
            "{r:?}"
        );
        assert!(r.evidence.iter().any(|e| e.note.starts_with("/health/ready")), "{r:?}");
    }

    #[test]
    fn authorized_endpoints_on_app_service_pass() {
        let program = PROGRAM.replace("MARK", ".RequireAuthorization(\"probe\")").replace(
            "\"/health/ready\");",
            "\"/health/ready\").RequireAuthorization(\"probe\");",
        );
        let r = x7(&[("src/App/Program.cs", &program), ("deploy/main.tf", WEB_APP)]);
        assert_eq!(r.status, Status::Pass, "{r:?}");
    }

    #[test]
    fn without_app_service_the_proxy_decides() {
        let program = PROGRAM.replace("MARK", "");
        let r = x7(&[("src/App/Program.cs", &program)]);
        assert_ne!(r.status, Status::Fail, "{r:?}");
    }
}
