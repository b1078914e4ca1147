//! Azure Bicep as facts, read line by line (no Bicep parser exists as a crate): each App Service
//! site (`resource … 'Microsoft.Web/sites@…'`) with its `httpsOnly`, its `linuxFxVersion` (a
//! built-in stack such as `DOTNETCORE|9.0`, or `DOCKER|…` for a container) and the `appSettings`
//! it gives the app (`{ name: 'X', value: 'Y' }`, on one line or several), with lines.

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

/// Every Bicep file of a tree.
#[derive(Debug, Default)]
pub struct Bicep {
    /// App Service sites in file order.
    pub sites: Vec<Site>,
}

/// A quoted Bicep string after `key:` on `line`, without the quotes.
fn quoted_after<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = &line[line.find(key)? + key.len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start().strip_prefix('\'')?;
    rest.find('\'').map(|end| &rest[..end])
}

impl Bicep {
    /// Loads the `.bicep` files among `files`.
    pub fn load(files: &[(&str, &str)]) -> Self {
        let mut out = Bicep::default();
        for (path, text) in files {
            let lines: Vec<&str> = text.lines().collect();
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
        self.sites.iter().flat_map(|s| s.app_settings.iter().cloned()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "param vaultName string\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: name\n  properties: {\n    httpsOnly: true\n    siteConfig: {\n      linuxFxVersion: 'DOTNETCORE|9.0'\n      appSettings: [\n        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }\n        {\n          name: 'Clients__Ops__Secret'\n          value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=Ops)'\n        }\n      ]\n    }\n  }\n}\n\nresource other 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'x'\n}\n";

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
