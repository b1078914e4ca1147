//! Terraform for the AWS targets (`deploy/terraform/aws/`): the KMS key and IAM for the SSM
//! Data Protection key store, ElastiCache, the task or pod role, and for ECS the Fargate task and
//! migration task definitions, the service with autoscaling and the ALB in front of it.

use crate::error::Result;
use crate::model::Model;
use crate::model::settings::secret_settings;
use crate::outputs::RenderedFile;
use crate::outputs::terraform::{self, Backend, CONTAINER_PORT, CONTAINER_UID, CloudKind, Pair, invalid};
use crate::render::Templates;
use crate::spec::types::{DatabaseProvider, HopKind, KeyProtection, KeyStore, SecretProvider, Target};
use serde::Serialize;

/// Directory of the AWS root module in the rendered tree.
pub const DIR: &str = "deploy/terraform/aws";

/// The ALB's TLS policy: TLS 1.3 and 1.2 with forward-secret ciphers only.
pub const ALB_SSL_POLICY: &str = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/// Days the CloudWatch log group keeps the logs (the variable's default and its floor).
pub const LOG_RETENTION_DAYS: u32 = 365;

/// Daily ElastiCache snapshots kept (the variable's default; at least one).
pub const SNAPSHOT_RETENTION_DAYS: u32 = 7;

/// Seconds a deregistered target keeps draining: above the instances' own shutdown wait, far
/// below the ALB's 300 s default that slows every rollout.
pub const DEREGISTRATION_DELAY_SECONDS: u32 = 30;

/// Name of the container in the task definitions.
pub const CONTAINER_NAME: &str = "identityserver";

#[derive(Debug, Serialize)]
struct Kms {
    /// The alias the app names (`alias/...`), when idsgen creates the key.
    alias: Option<String>,
    /// A key id or ARN the app names, when the key already exists.
    existing: Option<String>,
}

#[derive(Debug, Serialize)]
struct RedisView {
    holds_keys: bool,
    maxmemory_policy: String,
    auth_token_secret: String,
}

#[derive(Debug, Serialize)]
struct SecretView {
    env_var: String,
    secret: String,
    migrate_only: bool,
}

#[derive(Debug, Serialize)]
struct AwsView {
    target: String,
    ecs: bool,
    eks: bool,
    prefix: String,
    tags: Vec<Pair>,
    /// SSM parameter path without the surrounding `/` (`idsrv/dataprotection`).
    ssm_path: Option<String>,
    /// The path as the app passes it.
    ssm_prefix: String,
    dp_kms: Option<Kms>,
    redis: Option<RedisView>,
    /// The platform key encrypts the log group and ElastiCache.
    platform_key: bool,
    secrets_manager: bool,
    /// The app's own role has a policy (the key ring, or the secrets External Secrets reads).
    app_policy: bool,
    /// Secrets the service's instances get.
    app_secrets: Vec<SecretView>,
    /// Secrets the migration task gets (all of them).
    migrate_secrets: Vec<SecretView>,
    secrets: Vec<SecretView>,
    trusted_networks: Vec<String>,
    blocked_paths: Vec<String>,
    ready_path: String,
    application_name: String,
    port: u16,
    management_port: u16,
    uid: u32,
    container_name: String,
    db_port: u16,
    otlp: bool,
    min_instances: u32,
    max_instances: u32,
    ssl_policy: String,
    log_retention_days: u32,
    snapshot_retention_days: u32,
    k8s_namespace: String,
    k8s_service_account: String,
    /// ServiceAccount of the EKS migration Job: its own role reads the migration-only secrets.
    k8s_migration_service_account: String,
    /// Some secrets only the migration reads (EKS: a separate migration role).
    has_migrate_only: bool,
    /// The remote state backend (`backend.tf`).
    backend: Backend,
    /// Seconds the ALB keeps draining a deregistered target (ECS target group, EKS annotation).
    deregistration_delay: u32,
    /// `<path_base>/connect/token`, lowercase: the WAF rate-limits it.
    token_path: String,
    /// CloudFront is the first hop: the ALB admits only its origin-facing servers (origin lock).
    cloudfront: bool,
}

/// Renders `deploy/terraform/aws/` for the `aws-ecs` and `aws-eks` targets.
pub fn render(model: &Model, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let spec = &model.spec;
    if !matches!(spec.hosting.target, Target::AwsEcs | Target::AwsEks) {
        return Ok(Vec::new());
    }
    let view = view(model)?;
    let mut names = vec!["terraform.tf", "backend.tf", "variables.tf", "locals.tf", "main.tf"];
    if view.ssm_path.is_some() || view.dp_kms.is_some() {
        names.push("main.dataprotection.tf");
    }
    if view.redis.is_some() {
        names.push("main.redis.tf");
    }
    if view.ecs {
        names.extend(["main.ecs.tf", "main.alb.tf"]);
    }
    names.push("main.waf.tf");
    if view.eks {
        names.push("main.irsa.tf");
    }
    names.extend(["outputs.tf", "README.md", ".gitignore"]);
    names
        .into_iter()
        .map(|n| {
            // backend.tf and .gitignore are shared by both clouds' families.
            let template = match n {
                "backend.tf" => "terraform/backend.tf".to_string(),
                ".gitignore" => "terraform/gitignore".to_string(),
                _ => format!("terraform/aws/{n}"),
            };
            Ok(RenderedFile::managed(
                format!("{DIR}/{n}"),
                templates.render(&template, &view)?,
            ))
        })
        .collect()
}

fn view(model: &Model) -> Result<AwsView> {
    let spec = &model.spec;
    let prefix = terraform::name_prefix(spec)?;
    let ecs = spec.hosting.target == Target::AwsEcs;
    let (ssm_path, ssm_prefix) = match &spec.data_protection.key_store {
        KeyStore::AwsSsm { parameter_prefix } => {
            let path = parameter_prefix.trim_matches('/').to_string();
            if path.is_empty() {
                return Err(invalid(
                    "data_protection.key_store.parameter_prefix",
                    format!(
                        "`{parameter_prefix}` is the root of Parameter Store: the role would reach every parameter"
                    ),
                    "use a prefix of its own, e.g. `/idsrv/dataprotection/`",
                ));
            }
            (Some(path), parameter_prefix.clone())
        }
        _ => (None, String::new()),
    };
    let dp_kms = match &spec.data_protection.key_protection {
        KeyProtection::AwsKms { key_id } if key_id.starts_with("alias/") => {
            let name = &key_id["alias/".len()..];
            if name.is_empty()
                || name.starts_with("aws/")
                || !name.chars().all(|c| c.is_ascii_alphanumeric() || "/_-".contains(c))
            {
                return Err(invalid(
                    "data_protection.key_protection.key_id",
                    format!("`{key_id}` is not a KMS alias this Terraform can create"),
                    "use `alias/NAME` with letters, digits and `/_-` (not `alias/aws/...`), or the ARN of an existing key",
                ));
            }
            Some(Kms {
                alias: Some(key_id.clone()),
                existing: None,
            })
        }
        KeyProtection::AwsKms { key_id } => Some(Kms {
            alias: None,
            existing: Some(key_id.clone()),
        }),
        _ => None,
    };
    let settings = secret_settings(spec);
    let secrets_manager = spec.secrets.provider == SecretProvider::AwsSecretsManager;
    if ecs && !secrets_manager {
        return Err(invalid(
            "secrets.provider",
            "an ECS task definition injects secrets from AWS Secrets Manager; other stores never reach the container",
            "set `secrets.provider: aws-secrets-manager` and store each secret there under its name",
        ));
    }
    let view_of = |s: &crate::model::settings::SecretSetting| SecretView {
        env_var: s.env_var.clone(),
        secret: s.secret.clone(),
        migrate_only: s.migrate_only,
    };
    let redis = match (&spec.redis, model.uses_redis) {
        (Some(r), true) => Some(RedisView {
            holds_keys: model.redis_holds_keys,
            maxmemory_policy: r.maxmemory_policy.clone(),
            auth_token_secret: redis_auth_token_secret(model).unwrap_or_default(),
        }),
        _ => None,
    };
    let trusted_networks = spec
        .proxy
        .hops
        .iter()
        .filter(|h| h.kind == HopKind::AwsAlb)
        .flat_map(|h| h.trusted_networks.iter().cloned())
        .collect();
    let base = spec
        .public
        .path_base
        .as_deref()
        .map(|b| b.trim_end_matches('/').to_string())
        .unwrap_or_default();
    let mut blocked_paths = vec![
        format!("{base}{}", spec.health.ready_path),
        format!("{base}{}", spec.health.live_path),
    ];
    if spec.telemetry.prometheus {
        blocked_paths.push(format!("{base}{}", spec.health.metrics_path));
    }
    Ok(AwsView {
        cloudfront: spec
            .proxy
            .hops
            .first()
            .is_some_and(|h| h.kind == HopKind::AwsCloudfront),
        target: if ecs { "aws-ecs" } else { "aws-eks" }.to_string(),
        ecs,
        eks: !ecs,
        tags: terraform::tags(spec, &prefix),
        k8s_service_account: prefix.clone(),
        k8s_migration_service_account: format!("{prefix}-migrate"),
        prefix,
        // The platform key also encrypts the WAF log group, which every AWS target has.
        platform_key: true,
        app_policy: ssm_path.is_some()
            || dp_kms.is_some()
            || (!ecs && secrets_manager && settings.iter().any(|s| !s.migrate_only)),
        ssm_path,
        ssm_prefix,
        dp_kms,
        redis,
        secrets_manager,
        app_secrets: settings.iter().filter(|s| !s.migrate_only).map(view_of).collect(),
        migrate_secrets: settings.iter().map(view_of).collect(),
        secrets: settings.iter().map(view_of).collect(),
        trusted_networks,
        blocked_paths,
        ready_path: spec.health.ready_path.clone(),
        application_name: spec.data_protection.application_name.clone(),
        port: CONTAINER_PORT,
        management_port: crate::outputs::dotnet::management_port(spec.hosting.target).unwrap_or(CONTAINER_PORT),
        uid: CONTAINER_UID,
        container_name: CONTAINER_NAME.to_string(),
        db_port: match spec.database.provider {
            DatabaseProvider::Postgres => 5432,
            DatabaseProvider::Sqlserver => 1433,
        },
        otlp: spec.telemetry.otlp_endpoint.as_deref().is_some_and(|e| !e.is_empty()),
        min_instances: spec.hosting.min_instances,
        max_instances: spec.hosting.max_instances,
        ssl_policy: ALB_SSL_POLICY.to_string(),
        log_retention_days: LOG_RETENTION_DAYS,
        snapshot_retention_days: SNAPSHOT_RETENTION_DAYS,
        k8s_namespace: spec.kubernetes.clone().unwrap_or_default().namespace,
        has_migrate_only: settings.iter().any(|s| s.migrate_only),
        backend: terraform::backend(spec, CloudKind::Aws)?,
        deregistration_delay: DEREGISTRATION_DELAY_SECONDS,
        token_path: format!("{base}/connect/token").to_lowercase(),
    })
}

/// The Secrets Manager secret holding the ElastiCache AUTH token this Terraform reads when it
/// creates Redis: the connection string's secret name plus `-auth-token`.
pub fn redis_auth_token_secret(model: &Model) -> Option<String> {
    let aws = matches!(model.spec.hosting.target, Target::AwsEcs | Target::AwsEks);
    match (&model.spec.redis, model.uses_redis && aws) {
        (Some(r), true) => Some(format!("{}-auth-token", r.connection_string.secret)),
        _ => None,
    }
}
