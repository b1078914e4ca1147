//! The secrets the application reads, as configuration keys: which key, which environment
//! variable (or systemd credential / key-per-file name) feeds it, and which secret it holds.

use crate::spec::types::{ClientKind, KeyProtection, Spec};
use serde::Serialize;
use std::collections::BTreeSet;

/// Configuration key of the database connection string.
pub const DATABASE_CONNECTION: &str = "ConnectionStrings:IdentityServer";
/// Configuration key of the Redis connection string.
pub const REDIS_CONNECTION: &str = "ConnectionStrings:Redis";
/// Configuration key of the Duende license key (v7 and v8 read it through `options.LicenseKey`).
pub const LICENSE_KEY: &str = "Duende:LicenseKey";
/// Configuration key of the Data Protection certificate's PFX password.
pub const CERTIFICATE_PASSWORD: &str = "DataProtection:CertificatePassword";

/// One secret the application (or its `migrate` entry) reads from configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecretSetting {
    /// Configuration key, e.g. `ConnectionStrings:IdentityServer`.
    pub key: String,
    /// Environment variable / key-per-file name: the key with `:` as `__`.
    pub env_var: String,
    /// The secret's name in the secret store (`secrets.provider`).
    pub secret: String,
    /// Only the `migrate` entry needs it (client secrets are hashed into the database there).
    pub migrate_only: bool,
}

impl SecretSetting {
    fn new(key: String, secret: &str, migrate_only: bool) -> Self {
        Self {
            env_var: key.replace(':', "__"),
            key,
            secret: secret.to_string(),
            migrate_only,
        }
    }
}

/// The configuration key holding the secret of client `index` (its id made key-safe).
pub fn client_secret_key(spec: &Spec, index: usize) -> String {
    client_secret_keys(spec).swap_remove(index)
}

/// The configuration key of every client's secret, in client order, computed in one pass (a
/// per-client lookup would make rendering quadratic in the number of clients).
pub fn client_secret_keys(spec: &Spec) -> Vec<String> {
    let mut seen = BTreeSet::new();
    spec.clients
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let s = key_segment(&c.id);
            // Two ids that only differ in characters a key cannot hold get the index appended.
            let s = if seen.insert(s.clone()) { s } else { format!("{s}_{i}") };
            format!("IdentityServer:Clients:{s}:Secret")
        })
        .collect()
}

/// Every secret the application reads, in a stable order.
pub fn secret_settings(spec: &Spec) -> Vec<SecretSetting> {
    let mut out = vec![SecretSetting::new(
        DATABASE_CONNECTION.to_string(),
        &spec.database.connection_string.secret,
        false,
    )];
    if let Some(redis) = &spec.redis {
        out.push(SecretSetting::new(
            REDIS_CONNECTION.to_string(),
            &redis.connection_string.secret,
            false,
        ));
    }
    if let KeyProtection::Certificate { password: Some(p), .. } = &spec.data_protection.key_protection {
        out.push(SecretSetting::new(CERTIFICATE_PASSWORD.to_string(), &p.secret, false));
    }
    out.push(SecretSetting::new(
        LICENSE_KEY.to_string(),
        &spec.license.key.secret,
        false,
    ));
    for (client, key) in spec.clients.iter().zip(client_secret_keys(spec)) {
        if let (Some(secret), ClientKind::Web | ClientKind::M2m) = (&client.secret, client.kind) {
            out.push(SecretSetting::new(key, &secret.secret, true));
        }
    }
    out
}

/// Letters, digits, `-` and `_` survive; anything else (`:` would nest the key) becomes `_`.
fn key_segment(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() { "_".to_string() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::presets;

    fn preset(name: &str) -> Spec {
        crate::spec::load::parse(name, presets::find(name).unwrap().text).unwrap()
    }

    #[test]
    fn preset_secrets_map_to_keys_and_env_vars() {
        let s = secret_settings(&preset("onprem-nginx"));
        let keys: Vec<(&str, &str, &str)> = s
            .iter()
            .map(|s| (s.key.as_str(), s.env_var.as_str(), s.secret.as_str()))
            .collect();
        assert_eq!(
            keys,
            vec![
                (
                    "ConnectionStrings:IdentityServer",
                    "ConnectionStrings__IdentityServer",
                    "idsrv-db-connection"
                ),
                (
                    "ConnectionStrings:Redis",
                    "ConnectionStrings__Redis",
                    "idsrv-redis-connection"
                ),
                (
                    "DataProtection:CertificatePassword",
                    "DataProtection__CertificatePassword",
                    "idsrv-dp-cert-password"
                ),
                ("Duende:LicenseKey", "Duende__LicenseKey", "duende-license-key"),
                (
                    "IdentityServer:Clients:worker:Secret",
                    "IdentityServer__Clients__worker__Secret",
                    "idsrv-client-worker"
                ),
            ]
        );
        assert!(s.last().unwrap().migrate_only);
        assert!(!s[0].migrate_only);
    }

    #[test]
    fn client_ids_become_key_safe_and_unique() {
        let mut spec = preset("onprem-nginx");
        spec.clients[0].id = "a:b".to_string();
        spec.clients[1].id = "a.b".to_string();
        assert_eq!(client_secret_key(&spec, 0), "IdentityServer:Clients:a_b:Secret");
        assert_eq!(client_secret_key(&spec, 1), "IdentityServer:Clients:a_b_1:Secret");
    }
}
