//! Azure Bicep as facts, read line by line (no Bicep parser exists as a crate): each App Service
//! site (`resource … 'Microsoft.Web/sites@…'`) with its `httpsOnly`, its `linuxFxVersion` (a
//! built-in stack such as `DOTNETCORE|9.0`, or `DOCKER|…` for a container) and the `appSettings`
//! it gives the app (`{ name: 'X', value: 'Y' }`, on one line or several), with lines; and each
//! Container App (`'Microsoft.App/containerApps@…'`) with its ingress (`allowInsecure`) and its
//! containers' `env` (inline, or a `var` array of the same file), values taken from a deployment
//! parameters file where the Bicep gives an expression (`appConfig.issuerUrl`).

use crate::checklist::kubernetes::EnvVar;

/// One App Service site.
#[derive(Debug, Clone)]
pub struct Site {
    /// Bicep file.
    pub file: String,
    /// Line of the `resource` declaration.
    pub line: usize,
    /// Symbolic name of the resource.
    pub name: String,
    /// `httpsOnly:` value and line.
    pub https_only: Option<(bool, usize)>,
    /// `linuxFxVersion:` value and line.
    pub linux_fx: Option<(String, usize)>,
    /// Line of `netFrameworkVersion:` when the site has no `linuxFxVersion`: a Windows site
    /// running .NET in IIS.
    pub windows_stack: Option<usize>,
    /// Platform CORS origins (`siteConfig.cors.allowedOrigins`) with their lines.
    pub cors: Vec<(String, usize)>,
    /// `appSettings` entries as environment variables (the app reads `A__B` as `A:B`).
    pub app_settings: Vec<EnvVar>,
}

impl Site {
    /// Whether the site runs a container image rather than a built-in language stack.
    pub fn container(&self) -> bool {
        self.linux_fx.as_ref().is_some_and(|(v, _)| {
            v.to_ascii_uppercase().starts_with("DOCKER|") || v.to_ascii_uppercase().starts_with("COMPOSE|")
        })
    }
}

/// One Azure Container App.
#[derive(Debug, Clone)]
pub struct ContainerApp {
    /// Bicep file.
    pub file: String,
    /// Line of the `resource` declaration.
    pub line: usize,
    /// Symbolic name of the resource.
    pub name: String,
    /// Line of `ingress:`, when the app has one.
    pub ingress: Option<usize>,
    /// `allowInsecure:` value and line (absent means false: http is redirected to https).
    pub allow_insecure: Option<(bool, usize)>,
    /// The containers' environment; `secretRef` entries have no value (they come from a secret).
    pub env: Vec<EnvVar>,
}

/// Every Bicep file of a tree.
#[derive(Debug, Default)]
pub struct Bicep {
    /// App Service sites in file order.
    pub sites: Vec<Site>,
    /// Container Apps in file order.
    pub container_apps: Vec<ContainerApp>,
    /// App Service deployment slots (`'Microsoft.Web/sites/slots@…'`): (file, line).
    pub slots: Vec<(String, usize)>,
}

/// The lines of a resource body: from `start` to the line where the braces opened there close.
fn body_end(lines: &[&str], start: usize) -> usize {
    let mut depth = 0i64;
    let mut i = start;
    while i < lines.len() {
        depth += lines[i].matches('{').count() as i64 - lines[i].matches('}').count() as i64;
        i += 1;
        if depth <= 0 && i > start + 1 {
            break;
        }
    }
    i
}

/// `{ name: …, value: … | secretRef: … }` entries of an env array from line `from` to its
/// closing `]`. A quoted value is literal; an expression is looked up in `params`; `secretRef`
/// has no value.
fn env_entries(
    path: &str,
    lines: &[&str],
    from: usize,
    owner: &str,
    params: &[(String, serde_json::Value)],
) -> Vec<EnvVar> {
    let mut out = Vec::new();
    let mut depth = 0i64;
    let mut pending: Option<(String, usize)> = None;
    for (i, l) in lines.iter().enumerate().skip(from) {
        depth += l.matches('[').count() as i64 - l.matches(']').count() as i64;
        if let Some(n) = quoted_after(l, "name") {
            pending = Some((n.to_string(), i + 1));
        }
        if let Some((n, at)) = pending.clone() {
            let literal = quoted_after(l, "value").map(|v| vec![Some(v.to_string())]);
            let expression = || {
                let rest = l.split("value:").nth(1)?.trim().trim_end_matches('}').trim();
                (!rest.is_empty() && !rest.starts_with('\'')).then(|| parameter_values(rest, params))
            };
            let secret = l.contains("secretRef:").then(|| vec![None]);
            if let Some(values) = literal.or_else(expression).or(secret) {
                for value in values {
                    out.push(EnvVar {
                        file: path.to_string(),
                        line: at,
                        name: n.clone(),
                        value,
                        owner: owner.to_string(),
                    });
                }
                pending = None;
            }
        }
        if depth <= 0 && i > from && l.contains(']') {
            break;
        }
    }
    out
}

/// The values a parameters file gives a Bicep expression `param.a.b` (one per parameters file
/// that has it, so disagreeing environments stay visible); `[None]` when none does.
fn parameter_values(expr: &str, params: &[(String, serde_json::Value)]) -> Vec<Option<String>> {
    let mut path = expr.split('.');
    let Some(root) = path
        .next()
        .filter(|r| r.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    else {
        return vec![None];
    };
    let rest: Vec<&str> = path.collect();
    let found: Vec<Option<String>> = params
        .iter()
        .filter_map(|(_, doc)| {
            let mut v = doc.get("parameters")?.get(root)?.get("value")?;
            for k in &rest {
                v = v.get(*k)?;
            }
            v.as_str().map(|s| Some(s.to_string()))
        })
        .collect();
    if found.is_empty() { vec![None] } else { found }
}

/// A quoted Bicep string after `key:` on `line`, without the quotes.
fn quoted_after<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = &line[line.find(key)? + key.len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start().strip_prefix('\'')?;
    rest.find('\'').map(|end| &rest[..end])
}

impl Bicep {
    /// Loads the `.bicep` files among `files`; `parameters` are ARM deployment parameters files
    /// (`"$schema": …deploymentParameters.json`) that give Bicep parameters their values.
    pub fn load(files: &[(&str, &str)]) -> Self {
        Self::load_with_parameters(files, &[])
    }

    /// `load`, with deployment parameters files.
    pub fn load_with_parameters(files: &[(&str, &str)], parameters: &[(&str, &str)]) -> Self {
        let params: Vec<(String, serde_json::Value)> = parameters
            .iter()
            .filter(|(_, t)| t.contains("deploymentParameters"))
            .filter_map(|(p, t)| {
                // serde_json refuses nesting deeper than 128 levels, so hostile input is an error.
                serde_json::from_str(t.trim_start_matches('\u{feff}'))
                    .ok()
                    .map(|v| (p.to_string(), v))
            })
            .collect();
        let mut out = Bicep::default();
        for (path, text) in files {
            let lines: Vec<&str> = text.lines().collect();
            for (start, l) in lines.iter().enumerate() {
                let l = l.trim_start();
                if l.starts_with("resource ") && l.contains("'Microsoft.Web/sites/slots@") {
                    out.slots.push((path.to_string(), start + 1));
                }
                if !(l.starts_with("resource ") && l.contains("'Microsoft.App/containerApps@")) {
                    continue;
                }
                let name = l.split_whitespace().nth(1).unwrap_or("").to_string();
                let end = body_end(&lines, start);
                let mut app = ContainerApp {
                    file: path.to_string(),
                    line: start + 1,
                    name: name.clone(),
                    ingress: None,
                    allow_insecure: None,
                    env: Vec::new(),
                };
                for (i, l) in lines.iter().enumerate().take(end).skip(start) {
                    let t = l.trim_start();
                    if t.starts_with("ingress:") {
                        app.ingress = Some(i + 1);
                    }
                    if let Some(v) = t.strip_prefix("allowInsecure:") {
                        app.allow_insecure = Some((v.trim().starts_with("true"), i + 1));
                    }
                    if let Some(v) = t.strip_prefix("env:") {
                        let v = v.trim();
                        if v.starts_with('[') {
                            app.env.extend(env_entries(path, &lines, i, &name, &params));
                        } else if let Some(decl) = lines
                            .iter()
                            .position(|d| d.trim_start().starts_with(&format!("var {v} = [")))
                        {
                            app.env.extend(env_entries(path, &lines, decl, &name, &params));
                        }
                    }
                }
                out.container_apps.push(app);
            }
            let mut i = 0;
            while i < lines.len() {
                let line = lines[i].trim_start();
                let is_site = line.starts_with("resource ") && line.contains("'Microsoft.Web/sites@");
                if !is_site {
                    i += 1;
                    continue;
                }
                let name = line.split_whitespace().nth(1).unwrap_or("").to_string();
                let mut site = Site {
                    file: path.to_string(),
                    line: i + 1,
                    name: name.clone(),
                    https_only: None,
                    linux_fx: None,
                    windows_stack: None,
                    cors: Vec::new(),
                    app_settings: Vec::new(),
                };
                // The resource body: to the line where the braces opened on its first line close.
                let mut depth = 0i64;
                let mut pending: Option<(String, usize)> = None;
                let start = i;
                while i < lines.len() {
                    let l = lines[i];
                    depth += l.matches('{').count() as i64 - l.matches('}').count() as i64;
                    if let Some(v) = l.split("httpsOnly:").nth(1) {
                        site.https_only = Some((v.trim().starts_with("true"), i + 1));
                    }
                    if let Some(v) = quoted_after(l, "linuxFxVersion") {
                        site.linux_fx = Some((v.to_string(), i + 1));
                    }
                    // `allowedOrigins: [ 'https://a', … ]` (one line or one origin per line).
                    if let Some(key) = l.find("allowedOrigins:") {
                        let mut j = i;
                        loop {
                            let text = lines[j];
                            let from = if j == i {
                                text[key..].find('[').map_or(text.len(), |p| key + p + 1)
                            } else {
                                0
                            };
                            for origin in text[from..].split(',').filter_map(|t| {
                                let t = t.split(']').next().unwrap_or(t).trim();
                                t.strip_prefix('\'').and_then(|t| t.strip_suffix('\''))
                            }) {
                                site.cors.push((origin.to_string(), j + 1));
                            }
                            if text[from.min(text.len())..].contains(']') || j + 1 >= lines.len() || j > i + 200 {
                                break;
                            }
                            j += 1;
                        }
                    }
                    let setting_name = quoted_after(l, "name").filter(|_| i > start);
                    if let Some(n) = setting_name {
                        pending = Some((n.to_string(), i + 1));
                    }
                    if let Some((n, at)) = pending.clone()
                        && let Some(v) = quoted_after(l, "value")
                    {
                        site.app_settings.push(EnvVar {
                            file: path.to_string(),
                            line: at,
                            name: n,
                            value: Some(v.to_string()),
                            owner: name.clone(),
                        });
                        pending = None;
                    }
                    i += 1;
                    if depth <= 0 && i > start + 1 {
                        break;
                    }
                }
                out.sites.push(site);
            }
        }
        out
    }

    /// Every site's app settings.
    pub fn env_vars(&self) -> Vec<EnvVar> {
        self.sites
            .iter()
            .flat_map(|s| s.app_settings.iter().cloned())
            .chain(self.container_apps.iter().flat_map(|a| a.env.iter().cloned()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "param vaultName string\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: name\n  properties: {\n    httpsOnly: true\n    siteConfig: {\n      linuxFxVersion: 'DOTNETCORE|9.0'\n      appSettings: [\n        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }\n        {\n          name: 'Clients__Ops__Secret'\n          value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=Ops)'\n        }\n      ]\n    }\n  }\n}\n\nresource other 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'x'\n}\n";

    const CONTAINER_APP: &str = "param appConfig object\n\nvar appEnv = [\n  {\n    name: 'ASPNETCORE_ENVIRONMENT'\n    value: 'Production'\n  }\n  {\n    name: 'Issuer'\n    value: appConfig.issuerUrl\n  }\n  {\n    name: 'ConnectionStrings__Users'\n    secretRef: 'users-db'\n  }\n]\n\nresource app 'Microsoft.App/containerApps@2024-03-01' = {\n  name: 'id'\n  properties: {\n    configuration: {\n      ingress: {\n        external: true\n        targetPort: 8080\n      }\n    }\n    template: {\n      containers: [\n        {\n          name: 'id'\n          env: appEnv\n        }\n      ]\n    }\n  }\n}\n";

    #[test]
    fn a_sites_platform_cors_origins_are_read_with_their_lines() {
        let site = SITE.replace(
            "      linuxFxVersion",
            "      cors: {\n        allowedOrigins: [\n          'https://*.azurewebsites.net'\n          'https://app.acme.io'\n        ]\n      }\n      linuxFxVersion",
        );
        let b = Bicep::load(&[("infra/site.bicep", site.as_str())]);
        assert_eq!(
            b.sites[0].cors,
            vec![
                ("https://*.azurewebsites.net".to_string(), 10),
                ("https://app.acme.io".to_string(), 11)
            ]
        );
        let one_line = SITE.replace(
            "      linuxFxVersion",
            "      cors: { allowedOrigins: [ '*' ] }\n      linuxFxVersion",
        );
        let b = Bicep::load(&[("infra/site.bicep", one_line.as_str())]);
        assert_eq!(b.sites[0].cors, vec![("*".to_string(), 8)]);
    }

    #[test]
    fn container_apps_with_ingress_and_env_from_a_var_and_parameters() {
        let dev = "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"parameters\": { \"appConfig\": { \"value\": { \"issuerUrl\": \"https://id.contoso.test\" } } } }";
        let b = Bicep::load_with_parameters(&[("infra/app.bicep", CONTAINER_APP)], &[("infra/dev.json", dev)]);
        assert_eq!(b.container_apps.len(), 1);
        let app = &b.container_apps[0];
        assert_eq!((app.line, app.ingress, app.allow_insecure), (18, Some(22), None));
        let env: Vec<(&str, usize, Option<&str>)> = app
            .env
            .iter()
            .map(|e| (e.name.as_str(), e.line, e.value.as_deref()))
            .collect();
        assert_eq!(
            env,
            [
                ("ASPNETCORE_ENVIRONMENT", 5, Some("Production")),
                ("Issuer", 9, Some("https://id.contoso.test")),
                ("ConnectionStrings__Users", 13, None)
            ]
        );
        // Without a parameters file the expression has no known value.
        let b = Bicep::load(&[("infra/app.bicep", CONTAINER_APP)]);
        assert_eq!(b.container_apps[0].env[1].value, None);
    }

    #[test]
    fn sites_with_https_only_stack_and_settings() {
        let b = Bicep::load(&[("infra/web.bicep", SITE)]);
        assert_eq!(b.sites.len(), 1);
        let s = &b.sites[0];
        assert_eq!((s.name.as_str(), s.line), ("site", 3));
        assert_eq!(s.https_only, Some((true, 6)));
        assert_eq!(s.linux_fx, Some(("DOTNETCORE|9.0".to_string(), 8)));
        assert!(!s.container());
        let settings: Vec<(&str, usize, &str)> = s
            .app_settings
            .iter()
            .map(|e| (e.name.as_str(), e.line, e.value.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            settings,
            [
                ("ASPNETCORE_ENVIRONMENT", 10, "Production"),
                (
                    "Clients__Ops__Secret",
                    12,
                    "@Microsoft.KeyVault(VaultName=${vaultName};SecretName=Ops)"
                )
            ]
        );
    }
}
