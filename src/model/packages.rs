//! The NuGet packages the generated .NET code needs, pinned per .NET and Duende version: exactly
//! those, chosen from the spec in one place, printed into `idsgen.packages.props`.

use crate::spec::types::{
    CacheKind, DatabaseProvider, DotnetVersion, KeyProtection, KeyStore, SecretProvider, Spec, Target,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The reviewed pin table (`packages.yaml`), embedded.
const TABLE_TEXT: &str = include_str!("packages.yaml");

/// When the pin table was last reviewed against the packages' sources.
pub const PINNED_AS_OF: &str = "2026-12-03";

/// The whole table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Review date, `YYYY-MM-DD`.
    pub reviewed: String,
    /// Every pin.
    pub pins: Vec<Pin>,
}

/// One package version and when it applies.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// NuGet package id.
    pub package: String,
    /// `net8`, `net10`, `duende7`, `duende8` or `any`.
    pub when: String,
    /// Exact version.
    pub version: String,
    /// Release date (or month) of that version.
    pub released: String,
    /// Where the version and its dependencies were read.
    pub source: String,
    /// Package TFM → highest major of its Microsoft.AspNetCore.* / Microsoft.Extensions.*
    /// dependencies for that TFM (0: none).
    pub tfms: BTreeMap<String, u8>,
    /// Why a net8 app accepts a floor above 8 from this package (an upstream requirement).
    #[serde(default)]
    pub above_framework: Option<String>,
}

/// The embedded table; tests prove it parses, so a failure here is a build defect.
pub static TABLE: LazyLock<Table> =
    LazyLock::new(|| yaml_serde::from_str(TABLE_TEXT).expect("src/model/packages.yaml parses (tested)"));

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

/// The slots a spec selects pins with.
fn slots(spec: &Spec) -> [&'static str; 3] {
    let framework = match spec.project.dotnet {
        DotnetVersion::Net8 => "net8",
        DotnetVersion::Net10 => "net10",
    };
    let duende = if spec.project.duende >= 8 { "duende8" } else { "duende7" };
    [framework, duende, "any"]
}

/// The pin of `package` for `spec`.
pub fn pin(spec: &Spec, package: &str) -> Option<&'static Pin> {
    let slots = slots(spec);
    TABLE
        .pins
        .iter()
        .find(|p| p.package == package && slots.contains(&p.when.as_str()))
}

/// The Duende IdentityServer version for a major version (8 is net10-only).
pub fn duende_version(major: u8) -> &'static str {
    let when = if major >= 8 { "duende8" } else { "duende7" };
    TABLE
        .pins
        .iter()
        .find(|p| p.package == "Duende.IdentityServer" && p.when == when)
        .map(|p| p.version.as_str())
        .unwrap_or_default()
}

/// Every package the generated code references, sorted by name, with the table's versions.
pub fn for_spec(spec: &Spec) -> Vec<Package> {
    let p = |name: &'static str, reason: &'static str| Package {
        name,
        version: pin(spec, name).map(|p| p.version.as_str()).unwrap_or_default(),
        private_assets: false,
        reason,
    };
    let mut out = vec![
        p("Duende.IdentityServer", "AddIdentityServer, options, models"),
        p(
            "Duende.IdentityServer.EntityFramework",
            "EF configuration and operational stores",
        ),
        Package {
            private_assets: true,
            ..p(
                "Microsoft.EntityFrameworkCore.Design",
                "dotnet ef migrations add (build time only)",
            )
        },
        p(
            "Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore",
            "AddDbContextCheck for /health/ready",
        ),
        p("OpenTelemetry.Extensions.Hosting", "AddOpenTelemetry"),
        p(
            "OpenTelemetry.Instrumentation.AspNetCore",
            "ASP.NET Core metrics and traces",
        ),
        p(
            "OpenTelemetry.Exporter.OpenTelemetryProtocol",
            "OTLP export of traces, logs (and metrics)",
        ),
    ];
    out.push(match spec.database.provider {
        DatabaseProvider::Sqlserver => p("Microsoft.EntityFrameworkCore.SqlServer", "UseSqlServer"),
        DatabaseProvider::Postgres => p("Npgsql.EntityFrameworkCore.PostgreSQL", "UseNpgsql"),
    });
    if spec.telemetry.prometheus {
        out.push(p(
            "OpenTelemetry.Exporter.Prometheus.AspNetCore",
            "Prometheus scraping endpoint (only pre-releases exist)",
        ));
    }
    match &spec.data_protection.key_store {
        KeyStore::Redis { .. } => out.push(p(
            "Microsoft.AspNetCore.DataProtection.StackExchangeRedis",
            "PersistKeysToStackExchangeRedis",
        )),
        KeyStore::AzureBlob { .. } => out.push(p(
            "Azure.Extensions.AspNetCore.DataProtection.Blobs",
            "PersistKeysToAzureBlobStorage",
        )),
        KeyStore::EfDatabase => out.push(p(
            "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore",
            "PersistKeysToDbContext",
        )),
        KeyStore::FileSystem { .. } => {}
        KeyStore::AwsSsm { .. } => out.push(p(
            "Amazon.AspNetCore.DataProtection.SSM",
            "PersistKeysToAWSSystemsManager (and its KMS key option)",
        )),
    }
    if let KeyProtection::AzureKeyVault { .. } = spec.data_protection.key_protection {
        out.push(p(
            "Azure.Extensions.AspNetCore.DataProtection.Keys",
            "ProtectKeysWithAzureKeyVault",
        ));
    }
    if uses_azure_credential(spec) {
        out.push(p("Azure.Identity", "DefaultAzureCredential"));
    }
    if spec.cache.kind == CacheKind::Redis {
        out.push(p(
            "Microsoft.Extensions.Caching.StackExchangeRedis",
            "AddStackExchangeRedisCache",
        ));
    }
    if reads_key_per_file(spec) {
        out.push(p(
            "Microsoft.Extensions.Configuration.KeyPerFile",
            "AddKeyPerFile over $CREDENTIALS_DIRECTORY",
        ));
    }
    if spec.hosting.target == Target::OnpremLinux {
        out.push(p("Microsoft.Extensions.Hosting.Systemd", "UseSystemd (Type=notify)"));
    }
    out.sort_by_key(|p| p.name);
    out
}

/// Whether the generated code needs a `DefaultAzureCredential` (Blob key store or Key Vault).
pub fn uses_azure_credential(spec: &Spec) -> bool {
    matches!(spec.data_protection.key_store, KeyStore::AzureBlob { .. })
        || matches!(spec.data_protection.key_protection, KeyProtection::AzureKeyVault { .. })
}

/// Whether the rendered deployment can put a Data Protection PFX on every instance: a mounted
/// Secret on Kubernetes, a file the operator places on-prem. ECS tasks and App Service get no
/// file (the image excludes key material), so `key_protection: certificate` is refused there.
pub fn certificate_deliverable(target: Target) -> bool {
    !matches!(target, Target::AwsEcs | Target::AzureAppService)
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
        assert_eq!(v(&spec, "Duende.IdentityServer"), "8.0.3");
        assert!(v(&spec, "Npgsql.EntityFrameworkCore.PostgreSQL").starts_with("10."));
        spec.project.dotnet = DotnetVersion::Net8;
        spec.project.duende = 7;
        assert_eq!(v(&spec, "Duende.IdentityServer"), "7.4.8");
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

    /// The package TFM NuGet picks for a net8.0 app: net8.0, else the nearest lower .NET, else
    /// .NET Standard 2.1 / 2.0.
    fn net8_asset(pin: &Pin) -> Option<(&str, u8)> {
        ["net8.0", "net7.0", "net6.0", "netstandard2.1", "netstandard2.0"]
            .into_iter()
            .find_map(|t| pin.tfms.get(t).map(|f| (t, *f)))
    }

    /// Every spec shape that changes the package list, on .NET 8.
    fn net8_specs() -> Vec<Spec> {
        let mut out = Vec::new();
        for name in [
            "azure-aks",
            "aws-eks",
            "kubernetes",
            "onprem-nginx",
            "aws-ecs",
            "azure-app-service",
        ] {
            let mut spec = preset(name);
            spec.project.dotnet = DotnetVersion::Net8;
            spec.project.duende = 7;
            for db in [DatabaseProvider::Sqlserver, DatabaseProvider::Postgres] {
                spec.database.provider = db;
                out.push(spec.clone());
            }
            spec.data_protection.key_store = KeyStore::EfDatabase;
            out.push(spec.clone());
            spec.data_protection.key_store = KeyStore::Redis { redis_key: "k".into() };
            out.push(spec);
        }
        out
    }

    #[test]
    fn the_table_parses_and_every_pin_says_where_it_was_read() {
        assert_eq!(TABLE.reviewed, PINNED_AS_OF);
        assert!(!TABLE.pins.is_empty());
        for p in &TABLE.pins {
            assert!(
                ["net8", "net10", "duende7", "duende8", "any"].contains(&p.when.as_str()),
                "{}: when {}",
                p.package,
                p.when
            );
            assert!(
                !p.source.trim().is_empty() && !p.released.trim().is_empty(),
                "{}",
                p.package
            );
            assert!(!p.tfms.is_empty(), "{}: no TFMs", p.package);
            assert!(
                p.version.chars().next().is_some_and(|c| c.is_ascii_digit()),
                "{}",
                p.package
            );
        }
        // One pin per package and slot, so a lookup is never ambiguous.
        let mut seen = std::collections::BTreeSet::new();
        for p in &TABLE.pins {
            assert!(
                seen.insert((p.package.as_str(), p.when.as_str())),
                "{} {} twice",
                p.package,
                p.when
            );
        }
    }

    #[test]
    fn every_package_of_every_spec_has_a_pin() {
        let mut specs = net8_specs();
        specs.extend(["azure-aks", "aws-eks", "onprem-nginx", "aws-ecs", "azure-app-service"].map(preset));
        for spec in &specs {
            for p in for_spec(spec) {
                assert!(!p.version.is_empty(), "{} has no pin for {:?}", p.name, slots(spec));
            }
        }
    }

    #[test]
    fn every_net8_pin_is_built_for_net8_without_a_newer_shared_framework() {
        for spec in net8_specs() {
            for package in for_spec(&spec) {
                let pin = pin(&spec, package.name).expect("pinned");
                let (tfm, floor) = net8_asset(pin).unwrap_or_else(|| {
                    panic!(
                        "{} {} has no asset for net8.0: {:?}",
                        pin.package, pin.version, pin.tfms
                    )
                });
                assert!(
                    floor <= 8 || pin.above_framework.as_deref().is_some_and(|r| r.len() > 40),
                    "{} {} ({tfm}) brings Microsoft.AspNetCore/Extensions {floor}.x into a net8 app, with no upstream reason recorded",
                    pin.package,
                    pin.version
                );
            }
        }
    }

    #[test]
    fn data_protection_and_telemetry_pins_never_lift_the_net8_framework() {
        // These have net8-clean releases, so no exception is accepted for them.
        let mut spec = preset("aws-eks");
        spec.project.dotnet = DotnetVersion::Net8;
        spec.project.duende = 7;
        for name in [
            "Amazon.AspNetCore.DataProtection.SSM",
            "Azure.Extensions.AspNetCore.DataProtection.Blobs",
            "Azure.Extensions.AspNetCore.DataProtection.Keys",
            "OpenTelemetry.Extensions.Hosting",
            "OpenTelemetry.Exporter.OpenTelemetryProtocol",
            "OpenTelemetry.Instrumentation.AspNetCore",
            "OpenTelemetry.Exporter.Prometheus.AspNetCore",
        ] {
            let pin = pin(&spec, name).expect("pinned");
            assert_eq!(net8_asset(pin).map(|(_, f)| f), Some(8), "{name} {}", pin.version);
            assert!(pin.above_framework.is_none(), "{name}");
        }
    }

    #[test]
    fn exceptions_are_only_the_duende_and_ef_core_nine_family() {
        for p in TABLE.pins.iter().filter(|p| p.above_framework.is_some()) {
            assert!(
                p.package.starts_with("Duende.")
                    || p.package.starts_with("Microsoft.EntityFrameworkCore.")
                    || p.package.starts_with("Npgsql.EntityFrameworkCore."),
                "{} claims an exception",
                p.package
            );
        }
    }
}
