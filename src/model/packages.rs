//! The NuGet packages the generated .NET code needs, pinned per .NET and Duende version: exactly
//! those, chosen from the spec in one place, printed into `idsgen.packages.props`.

use crate::spec::types::{
    CacheKind, DatabaseProvider, DotnetVersion, KeyProtection, KeyStore, SecretProvider, Spec, Target,
};
use serde::Serialize;

/// When the pins below were last checked against the package index.
pub const PINNED_AS_OF: &str = "2026-11-25";

/// One `PackageReference`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Package {
    /// NuGet package id.
    pub name: &'static str,
    /// Exact version.
    pub version: &'static str,
    /// Build-time only (`PrivateAssets=all`): not flowed to consumers, not published.
    pub private_assets: bool,
    /// Why the generated code needs it, for the comment beside it.
    pub reason: &'static str,
}

/// Versions that move together, per target framework.
struct Family {
    /// ASP.NET Core / Microsoft.Extensions servicing packages.
    aspnetcore: &'static str,
    /// EF Core providers and tools. On net8, Duende 7.4's `net8.0` build depends on EF Core 9.
    efcore: &'static str,
    npgsql: &'static str,
    systemd: &'static str,
    otel: &'static str,
    otel_aspnetcore: &'static str,
    otel_prometheus: &'static str,
}

const NET8: Family = Family {
    aspnetcore: "8.0.34",
    efcore: "9.0.23",
    npgsql: "9.0.4",
    systemd: "8.0.1",
    // OpenTelemetry 1.12 is the newest line known to still build for net8.0 itself.
    otel: "1.12.0",
    otel_aspnetcore: "1.12.0",
    otel_prometheus: "1.12.0-beta.1",
};

const NET10: Family = Family {
    aspnetcore: "10.0.15",
    efcore: "10.0.15",
    npgsql: "10.0.3",
    systemd: "10.0.15",
    otel: "1.20.1",
    otel_aspnetcore: "1.20.2",
    otel_prometheus: "1.20.1-beta.1",
};

/// The Duende IdentityServer version for a major version (8 is net10-only).
pub fn duende_version(major: u8) -> &'static str {
    if major >= 8 { "8.0.2" } else { "7.4.7" }
}

/// Every package the generated code references, sorted by name.
pub fn for_spec(spec: &Spec) -> Vec<Package> {
    let f = match spec.project.dotnet {
        DotnetVersion::Net8 => &NET8,
        DotnetVersion::Net10 => &NET10,
    };
    let duende = duende_version(spec.project.duende);
    let p = |name, version, reason| Package {
        name,
        version,
        private_assets: false,
        reason,
    };
    let mut out = vec![
        p("Duende.IdentityServer", duende, "AddIdentityServer, options, models"),
        p(
            "Duende.IdentityServer.EntityFramework",
            duende,
            "EF configuration and operational stores",
        ),
        Package {
            private_assets: true,
            ..p(
                "Microsoft.EntityFrameworkCore.Design",
                f.efcore,
                "dotnet ef migrations add (build time only)",
            )
        },
        p(
            "Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore",
            f.aspnetcore,
            "AddDbContextCheck for /health/ready",
        ),
        p("OpenTelemetry.Extensions.Hosting", f.otel, "AddOpenTelemetry"),
        p(
            "OpenTelemetry.Instrumentation.AspNetCore",
            f.otel_aspnetcore,
            "ASP.NET Core metrics and traces",
        ),
        p(
            "OpenTelemetry.Exporter.OpenTelemetryProtocol",
            f.otel,
            "OTLP export of traces, logs (and metrics)",
        ),
    ];
    out.push(match spec.database.provider {
        DatabaseProvider::Sqlserver => p("Microsoft.EntityFrameworkCore.SqlServer", f.efcore, "UseSqlServer"),
        DatabaseProvider::Postgres => p("Npgsql.EntityFrameworkCore.PostgreSQL", f.npgsql, "UseNpgsql"),
    });
    if spec.telemetry.prometheus {
        out.push(p(
            "OpenTelemetry.Exporter.Prometheus.AspNetCore",
            f.otel_prometheus,
            "Prometheus scraping endpoint (only pre-releases exist)",
        ));
    }
    match &spec.data_protection.key_store {
        KeyStore::Redis { .. } => out.push(p(
            "Microsoft.AspNetCore.DataProtection.StackExchangeRedis",
            f.aspnetcore,
            "PersistKeysToStackExchangeRedis",
        )),
        KeyStore::AzureBlob { .. } => out.push(p(
            "Azure.Extensions.AspNetCore.DataProtection.Blobs",
            "1.5.1",
            "PersistKeysToAzureBlobStorage",
        )),
        KeyStore::EfDatabase => out.push(p(
            "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore",
            f.aspnetcore,
            "PersistKeysToDbContext",
        )),
        KeyStore::FileSystem { .. } => {}
        KeyStore::AwsSsm { .. } => out.push(p(
            "Amazon.AspNetCore.DataProtection.SSM",
            "3.3.0",
            "PersistKeysToAWSSystemsManager (and its KMS key option)",
        )),
    }
    if let KeyProtection::AzureKeyVault { .. } = spec.data_protection.key_protection {
        out.push(p(
            "Azure.Extensions.AspNetCore.DataProtection.Keys",
            "1.6.1",
            "ProtectKeysWithAzureKeyVault",
        ));
    }
    if uses_azure_credential(spec) {
        out.push(p("Azure.Identity", "1.21.0", "DefaultAzureCredential"));
    }
    if spec.cache.kind == CacheKind::Redis {
        out.push(p(
            "Microsoft.Extensions.Caching.StackExchangeRedis",
            f.aspnetcore,
            "AddStackExchangeRedisCache",
        ));
    }
    if reads_key_per_file(spec) {
        out.push(p(
            "Microsoft.Extensions.Configuration.KeyPerFile",
            f.aspnetcore,
            "AddKeyPerFile over $CREDENTIALS_DIRECTORY",
        ));
    }
    if spec.hosting.target == Target::OnpremLinux {
        out.push(p(
            "Microsoft.Extensions.Hosting.Systemd",
            f.systemd,
            "UseSystemd (Type=notify)",
        ));
    }
    out.sort_by_key(|p| p.name);
    out
}

/// Whether the generated code needs a `DefaultAzureCredential` (Blob key store or Key Vault).
pub fn uses_azure_credential(spec: &Spec) -> bool {
    matches!(spec.data_protection.key_store, KeyStore::AzureBlob { .. })
        || matches!(spec.data_protection.key_protection, KeyProtection::AzureKeyVault { .. })
}

/// Whether the app reads its secrets as files from `$CREDENTIALS_DIRECTORY`: systemd credentials
/// on-prem, and the Helm chart's mounted Secret on Kubernetes.
pub fn reads_key_per_file(spec: &Spec) -> bool {
    spec.secrets.provider == SecretProvider::SystemdCredentials
        || matches!(
            spec.hosting.target,
            Target::AzureAks | Target::AwsEks | Target::Kubernetes
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::presets;

    fn preset(name: &str) -> Spec {
        crate::spec::load::parse(name, presets::find(name).unwrap().text).unwrap()
    }

    fn names(spec: &Spec) -> Vec<&'static str> {
        for_spec(spec).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn azure_preset_needs_blob_key_vault_and_identity_but_no_aws() {
        let n = names(&preset("azure-aks"));
        for want in [
            "Azure.Extensions.AspNetCore.DataProtection.Blobs",
            "Azure.Extensions.AspNetCore.DataProtection.Keys",
            "Azure.Identity",
            "Microsoft.EntityFrameworkCore.SqlServer",
            "Microsoft.Extensions.Caching.StackExchangeRedis",
        ] {
            assert!(n.contains(&want), "{want} missing from {n:?}");
        }
        assert!(
            !n.iter().any(|p| p.starts_with("Amazon.") || p.starts_with("Npgsql")),
            "{n:?}"
        );
    }

    #[test]
    fn aws_preset_needs_ssm_and_npgsql_only() {
        let n = names(&preset("aws-eks"));
        assert!(n.contains(&"Amazon.AspNetCore.DataProtection.SSM"));
        assert!(n.contains(&"Npgsql.EntityFrameworkCore.PostgreSQL"));
        assert!(!n.iter().any(|p| p.starts_with("Azure.")), "{n:?}");
        assert!(!n.contains(&"Microsoft.AspNetCore.DataProtection.StackExchangeRedis"));
    }

    #[test]
    fn versions_follow_dotnet_and_duende() {
        let mut spec = preset("kubernetes");
        let v = |spec: &Spec, name: &str| for_spec(spec).into_iter().find(|p| p.name == name).unwrap().version;
        assert_eq!(v(&spec, "Duende.IdentityServer"), "8.0.2");
        assert!(v(&spec, "Npgsql.EntityFrameworkCore.PostgreSQL").starts_with("10."));
        spec.project.dotnet = DotnetVersion::Net8;
        spec.project.duende = 7;
        assert_eq!(v(&spec, "Duende.IdentityServer"), "7.4.7");
        // Duende 7.4 on net8.0 brings EF Core 9: the provider must be the same major.
        assert!(v(&spec, "Npgsql.EntityFrameworkCore.PostgreSQL").starts_with("9."));
        assert!(v(&spec, "Microsoft.EntityFrameworkCore.Design").starts_with("9."));
    }

    #[test]
    fn list_is_sorted_unique_and_design_is_private() {
        let all = for_spec(&preset("onprem-nginx"));
        let mut sorted: Vec<&str> = all.iter().map(|p| p.name).collect();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        assert!(all.iter().map(|p| p.name).eq(sorted.iter().copied()));
        let private: Vec<&str> = all.iter().filter(|p| p.private_assets).map(|p| p.name).collect();
        assert_eq!(private, vec!["Microsoft.EntityFrameworkCore.Design"]);
        assert!(sorted.contains(&"Microsoft.Extensions.Hosting.Systemd"));
        assert!(sorted.contains(&"Microsoft.Extensions.Configuration.KeyPerFile"));
    }
}
