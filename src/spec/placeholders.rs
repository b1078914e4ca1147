//! Values a user must replace before deploying: documentation host names (RFC 2606 / RFC 6761),
//! the presets' sample resource names and defaults that render a placeholder. A finding, never a
//! validation error: presets must still render; the checklist (X12) and the next steps say so.

use crate::spec::types::{KeyProtection, KeyStore, Spec, Target};

/// One value in the spec that is a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// Spec path, e.g. `public.origin`, `clients[0].redirect_uris[1]`, `kubernetes.image.repository`.
    pub path: String,
    /// The value as it is (or, for an omitted field, as it renders).
    pub value: String,
    /// Why it cannot be deployed as it is.
    pub why: String,
}

/// Hosts the presets use as samples for globally unique Azure names (Key Vault, storage account):
/// they look real, so only these exact names count, never `acme` in general.
const PRESET_SAMPLE_HOSTS: [&str; 2] = ["acme-idsrv-kv.vault.azure.net", "acmeidsrvkeys.blob.core.windows.net"];

/// The image repository an omitted `kubernetes.image.repository` renders (Helm values).
pub fn default_image_repository(service: &str) -> String {
    format!("registry.example.com/{service}")
}

/// True for names reserved for documentation and testing, which never resolve to a deployment:
/// `example.com`, `example.net`, `example.org` and their subdomains (RFC 2606 §3), the TLDs
/// `.example`, `.test` and `.invalid` (RFC 2606 §2, RFC 6761), and Helm's `chart-example.local`
/// (what `helm create` writes). `.localhost` and loopback addresses are not placeholders here:
/// on-prem upstreams legitimately use `127.0.0.1` and `localhost`.
pub fn is_documentation_host(host: &str) -> bool {
    let h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    let under = |domain: &str| h == domain || h.ends_with(&format!(".{domain}"));
    [
        "example.com",
        "example.net",
        "example.org",
        "example",
        "test",
        "invalid",
    ]
    .iter()
    .any(|d| under(d))
        || h == "chart-example.local"
        || conventional_placeholder_domain(&h)
}

/// Registrable names that READMEs and start scripts use to mean "put your domain here"
/// (`yourdomain.com`, `www.your-domain.net`, `mydomain.org`): not reserved like example.com,
/// but nobody deploys an identity server to them. Matched on the label left of the TLD.
fn conventional_placeholder_domain(h: &str) -> bool {
    const LABELS: &[&str] = &[
        "yourdomain",
        "your-domain",
        "mydomain",
        "my-domain",
        "yourcompany",
        "your-company",
        "yoursite",
        "your-site",
        "yourwebsite",
        "your-website",
    ];
    let mut labels = h.rsplit('.');
    let tld = labels.next().unwrap_or("");
    let name = labels.next().unwrap_or("");
    !tld.is_empty() && tld.chars().all(|c| c.is_ascii_alphabetic()) && LABELS.contains(&name)
}

/// True for a documentation host or one of the presets' sample Azure resource hosts.
pub fn is_placeholder_host(host: &str) -> bool {
    let h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    is_documentation_host(&h) || PRESET_SAMPLE_HOSTS.contains(&h.as_str())
}

/// Why `host` is a placeholder, for messages.
pub fn why(host: &str) -> &'static str {
    if conventional_placeholder_domain(&host.trim().trim_end_matches('.').to_ascii_lowercase()) {
        "the conventional stand-in for your own domain: it is not this deployment's name"
    } else if is_documentation_host(host) {
        "a name reserved for documentation (RFC 2606/6761): it never resolves to your deployment"
    } else {
        "the preset's sample name: Key Vault and storage account names are global, choose yours"
    }
}

/// Every placeholder host named in `value`: URLs (`https://id.example.com/cb`), bare hosts
/// (`id.example.com`, `id.example.com:443`) and image references (`registry.example.com/app`),
/// also inside lists separated by spaces, commas or semicolons. E-mail addresses do not count.
pub fn hosts_in(value: &str) -> Vec<String> {
    hostnames_in(value)
        .into_iter()
        .filter(|(h, _)| is_placeholder_host(h))
        .map(|(h, _)| h)
        .collect()
}

/// Every dotted host name in `value`, lower case, each once, and whether it was written as a
/// URL's host (`https://id.fabrikam.com/…`) rather than bare (`id.fabrikam.com`, which may also
/// be a file or type name).
pub fn hostnames_in(value: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    for token in value.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '(' | ')' | '=')) {
        let url = token.find("://");
        let rest = match url {
            Some(i) => &token[i + 3..],
            None => token,
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let authority = authority.rsplit_once('@').map(|(_, h)| h).unwrap_or(authority);
        if url.is_none() && rest.contains('@') {
            continue; // an e-mail address, not a host
        }
        let host = authority.split(':').next().unwrap_or("").trim_end_matches('.');
        let hostname = host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if hostname {
            let host = host.to_ascii_lowercase();
            if !out.iter().any(|(h, _)| *h == host) {
                out.push((host, url.is_some()));
            }
        }
    }
    out
}

/// Every placeholder in `spec`, in spec order.
pub fn find(spec: &Spec) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let mut check = |path: String, value: &str| {
        if let Some(host) = hosts_in(value).first() {
            out.push(Placeholder {
                path,
                value: value.to_string(),
                why: format!("{host} is {}", why(host)),
            });
        }
    };
    check("public.origin".into(), &spec.public.origin);
    for (i, c) in spec.clients.iter().enumerate() {
        for (field, list) in [
            ("redirect_uris", &c.redirect_uris),
            ("post_logout_redirect_uris", &c.post_logout_redirect_uris),
            ("cors_origins", &c.cors_origins),
        ] {
            for (j, v) in list.iter().enumerate() {
                check(format!("clients[{i}].{field}[{j}]"), v);
            }
        }
    }
    match &spec.data_protection.key_store {
        KeyStore::AzureBlob { blob_uri } => check("data_protection.key_store.blob_uri".into(), blob_uri),
        KeyStore::Redis { .. } | KeyStore::EfDatabase | KeyStore::FileSystem { .. } | KeyStore::AwsSsm { .. } => {}
    }
    if let KeyProtection::AzureKeyVault { key_id } = &spec.data_protection.key_protection {
        check("data_protection.key_protection.key_id".into(), key_id);
    }
    if let Some(location) = &spec.secrets.location {
        check("secrets.location".into(), location);
    }
    if let Some(endpoint) = &spec.telemetry.otlp_endpoint {
        check("telemetry.otlp_endpoint".into(), endpoint);
    }
    if matches!(
        spec.hosting.target,
        Target::AzureAks | Target::AwsEks | Target::Kubernetes
    ) {
        let given = spec.kubernetes.as_ref().and_then(|k| k.image.repository.clone());
        match given {
            Some(repo) => check("kubernetes.image.repository".into(), &repo),
            None => out.push(Placeholder {
                path: "kubernetes.image.repository".into(),
                value: default_image_repository(&crate::model::onprem::service_name(&spec.project.name)),
                why: "omitted, so the Helm values name registry.example.com, a placeholder: set the repository you push the image to".into(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{load, presets};

    #[test]
    fn reserved_names_are_documentation_hosts() {
        for h in [
            "example.com",
            "id.example.com",
            "ID.Example.COM.",
            "a.b.example.net",
            "example.org",
            "host.example",
            "idp.test",
            "x.invalid",
            "chart-example.local",
            "yourdomain.com",
            "id.your-domain.net",
            "www.mydomain.org",
        ] {
            assert!(is_documentation_host(h), "{h}");
        }
        assert!(why("id.yourdomain.com").contains("stand-in"));
        assert!(why("id.example.com").contains("RFC 2606"));
        for h in [
            "examples.com",
            "myexample.com",
            "example.com.evil.io",
            "id.acme-corp.io",
            "localhost",
            "127.0.0.1",
            "app.localhost",
            "contest",
            "intranet.local",
            "yourdomain",
            "yourdomain.com.evil.io",
            "notyourdomain.com",
        ] {
            assert!(!is_documentation_host(h), "{h}");
        }
        assert!(is_placeholder_host("acme-idsrv-kv.vault.azure.net"));
        assert!(!is_placeholder_host("contoso-kv.vault.azure.net"));
    }

    #[test]
    fn hosts_are_found_in_urls_lists_and_image_references() {
        assert_eq!(hosts_in("https://id.example.com"), ["id.example.com"]);
        assert_eq!(
            hosts_in("https://user@app.example.com:8443/cb?x=1"),
            ["app.example.com"]
        );
        assert_eq!(hosts_in("registry.example.com/acme-identity"), ["registry.example.com"]);
        assert_eq!(hosts_in("id.example.com:443"), ["id.example.com"]);
        assert_eq!(
            hosts_in("https://a.example.com;https://b.test, https://a.example.com"),
            ["a.example.com", "b.test"]
        );
        assert_eq!(
            hosts_in("@Microsoft.KeyVault(SecretUri=https://acme-idsrv-kv.vault.azure.net/secrets/x/)"),
            ["acme-idsrv-kv.vault.azure.net"]
        );
        assert!(hosts_in("admin@example.com").is_empty());
        assert!(hosts_in("https://id.acme-corp.io/callback").is_empty());
        assert!(hosts_in("http://127.0.0.1:5001").is_empty());
        assert!(hosts_in("example").is_empty());
    }

    #[test]
    fn every_preset_names_its_placeholders_by_spec_path() {
        for p in presets::all() {
            let spec = load::load(p.name, p.text, &[]).expect("preset is valid");
            let found = find(&spec);
            let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
            assert!(paths.contains(&"public.origin"), "{}: {paths:?}", p.name);
            assert!(paths.iter().any(|p| p.starts_with("clients[")), "{}: {paths:?}", p.name);
            let kubernetes = matches!(p.name, "kubernetes" | "azure-aks" | "aws-eks");
            assert_eq!(
                paths.contains(&"kubernetes.image.repository"),
                kubernetes,
                "{}: {paths:?}",
                p.name
            );
            assert!(found.iter().all(|f| !f.why.is_empty() && !f.value.is_empty()));
        }
        let aks = load::load("azure-aks", presets::find("azure-aks").unwrap().text, &[]).unwrap();
        let paths: Vec<String> = find(&aks).into_iter().map(|f| f.path).collect();
        for p in [
            "clients[1].redirect_uris[0]",
            "data_protection.key_store.blob_uri",
            "data_protection.key_protection.key_id",
            "secrets.location",
        ] {
            assert!(paths.iter().any(|x| x == p), "{p} in {paths:?}");
        }
    }

    #[test]
    fn real_values_leave_nothing() {
        let text = presets::find("kubernetes").unwrap().text;
        let sets = [
            "public.origin=https://id.acme-corp.io",
            "clients[0].redirect_uris=[https://app.acme-corp.io/callback]",
            "clients[0].post_logout_redirect_uris=[https://app.acme-corp.io/]",
            "clients[0].cors_origins=[https://app.acme-corp.io]",
            "kubernetes.image.repository=registry.acme-corp.io/acme-identity",
        ];
        let spec = load::load("kubernetes", text, &sets.map(String::from)).expect("valid");
        assert_eq!(find(&spec), Vec::new());
        let mut omitted = spec.clone();
        omitted.kubernetes.as_mut().unwrap().image.repository = None;
        let left = find(&omitted);
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].value, "registry.example.com/acme-identity");
    }
}
