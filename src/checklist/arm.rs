//! Azure Resource Manager JSON templates (`deploymentTemplate.json` schema) as facts: each App
//! Service site (`"type": "Microsoft.Web/sites"`) becomes the same `bicep::Site` a Bicep file
//! gives, with its `httpsOnly`, its stack (`linuxFxVersion`, or `netFrameworkVersion` for a
//! Windows code site), its `appSettings` (literal values only; `[parameters(…)]` expressions
//! have none) and the platform CORS origins (`siteConfig.cors.allowedOrigins`), with lines.

use crate::checklist::bicep::Site;
use crate::checklist::kubernetes::EnvVar;
use crate::checklist::tree::{Tree, parse_json};

/// Deployment slots (`"type": "Microsoft.Web/sites/slots"`, top level or nested): (file, line).
pub fn slots(files: &[(&str, &str)]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (path, text) in files {
        if !text.contains("deploymentTemplate.json") || !text.contains("Microsoft.Web/sites/slots") {
            continue;
        }
        for (i, line) in text.lines().enumerate() {
            if line.contains("\"Microsoft.Web/sites/slots\"") || line.contains("\"type\": \"slots\"") {
                out.push((path.to_string(), i + 1));
            }
        }
    }
    out
}

/// The App Service sites of the ARM templates among `files` (other JSON is skipped unread).
pub fn sites(files: &[(&str, &str)]) -> Vec<Site> {
    let mut out = Vec::new();
    for (path, text) in files {
        if !text.contains("deploymentTemplate.json") || !text.contains("Microsoft.Web/sites") {
            continue;
        }
        let Ok(doc) = parse_json(text) else { continue };
        for r in doc.get("resources").map(Tree::items).unwrap_or(&[]) {
            site(path, r, &mut out);
            // Nested resources (`"resources": [ … ]` inside a site or a plan).
            for nested in r.get("resources").map(Tree::items).unwrap_or(&[]) {
                site(path, nested, &mut out);
            }
        }
    }
    out
}

fn site(path: &str, r: &Tree, out: &mut Vec<Site>) {
    if r.get("type").and_then(Tree::as_str) != Some("Microsoft.Web/sites") {
        return;
    }
    let name = r.get("name").and_then(Tree::as_str).unwrap_or("site").to_string();
    let props = r.get("properties");
    let config = props.and_then(|p| p.get("siteConfig"));
    let literal = |t: &Tree| t.as_str().filter(|v| !v.starts_with('[')).map(str::to_string);
    let mut app_settings = Vec::new();
    for s in config
        .and_then(|c| c.get("appSettings"))
        .map(Tree::items)
        .unwrap_or(&[])
    {
        if let Some(n) = s.get("name").and_then(Tree::as_str) {
            app_settings.push(EnvVar {
                file: path.to_string(),
                line: s.entry("name").map(|e| e.line).unwrap_or(s.line),
                name: n.to_string(),
                value: s.get("value").and_then(literal),
                owner: name.clone(),
            });
        }
    }
    let cors = config
        .and_then(|c| c.at(&["cors", "allowedOrigins"]))
        .map(|o| {
            o.items()
                .iter()
                .filter_map(|i| i.as_str().map(|v| (v.to_string(), i.line)))
                .collect()
        })
        .unwrap_or_default();
    out.push(Site {
        file: path.to_string(),
        line: r.entry("type").map(|e| e.line).unwrap_or(r.line),
        name,
        https_only: props
            .and_then(|p| p.entry("httpsOnly"))
            .map(|e| (e.value.as_bool() == Some(true), e.line)),
        linux_fx: config
            .and_then(|c| c.entry("linuxFxVersion"))
            .and_then(|e| e.value.as_str().map(|v| (v.to_string(), e.line))),
        windows_stack: config
            .and_then(|c| c.entry("netFrameworkVersion"))
            .filter(|_| config.and_then(|c| c.entry("linuxFxVersion")).is_none())
            .map(|e| e.line),
        cors,
        app_settings,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_windows_site_with_https_only_settings_and_platform_cors() {
        let template = r#"{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "name": "[variables('siteName')]",
      "properties": {
        "httpsOnly": true,
        "siteConfig": {
          "netFrameworkVersion": "v8.0",
          "cors": { "allowedOrigins": [ "https://app.contoso.test" ] },
          "appSettings": [
            { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production" },
            { "name": "Db__Password", "value": "[parameters('dbPassword')]" }
          ]
        }
      }
    }
  ]
}
"#;
        let s = sites(&[("infra/template.json", template)]);
        assert_eq!(s.len(), 1);
        let site = &s[0];
        assert_eq!(
            (site.line, site.https_only, site.windows_stack),
            (5, Some((true, 8)), Some(10))
        );
        assert_eq!(site.cors, vec![("https://app.contoso.test".to_string(), 11)]);
        let settings: Vec<(&str, usize, Option<&str>)> = site
            .app_settings
            .iter()
            .map(|e| (e.name.as_str(), e.line, e.value.as_deref()))
            .collect();
        assert_eq!(
            settings,
            [
                ("ASPNETCORE_ENVIRONMENT", 13, Some("Production")),
                ("Db__Password", 14, None)
            ]
        );
        assert!(sites(&[("appsettings.json", "{ \"Logging\": {} }")]).is_empty());
    }

    #[test]
    fn a_windows_https_only_site_slots_and_platform_cors_decide_items() {
        use crate::checklist::finding::Status;
        use crate::checklist::{CheckOptions, check_files};
        let template = |cors: &str, slot: bool| {
            let slot = if slot {
                ",\n    { \"type\": \"Microsoft.Web/sites/slots\", \"name\": \"[concat(variables('site'), '/deploy')]\" }"
            } else {
                ""
            };
            format!(
                "{{\n  \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#\",\n  \"resources\": [\n    {{ \"type\": \"Microsoft.Web/sites\", \"name\": \"id\", \"properties\": {{ \"httpsOnly\": true, \"siteConfig\": {{ \"netFrameworkVersion\": \"v8.0\", \"cors\": {{ \"allowedOrigins\": [\"{cors}\"] }} }} }} }}{slot}\n  ]\n}}\n"
            )
        };
        let status = |t: String, id: &str| {
            let files = vec![
                (
                    "src/Id/Program.cs".to_string(),
                    "builder.Services.AddIdentityServer();\nvar app = builder.Build();\napp.UseIdentityServer();\n"
                        .to_string(),
                ),
                ("infra/template.json".to_string(), t),
            ];
            check_files(&files, &CheckOptions::default())
                .item(id)
                .expect("reported")
                .status
        };
        assert_eq!(
            status(template("https://app.contoso.test", false), "TLS3"),
            Status::Pass
        );
        assert_eq!(status(template("https://app.contoso.test", false), "RP3"), Status::Pass);
        assert_eq!(
            status(template("https://app.contoso.test", false), "SEC1"),
            Status::Pass
        );
        assert_eq!(status(template("*", false), "SEC1"), Status::Fail);
        assert_eq!(status(template("https://app.contoso.test", false), "DP1"), Status::Pass);
        assert_eq!(status(template("https://app.contoso.test", true), "DP1"), Status::Fail);
    }
}
