//! The chart's values as types: every key the templates read, with its documentation. The same
//! types produce values.yaml (comments from the docs) and values.schema.json (schemars), so the two
//! never drift; `super::values` fills them from the model.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// An IPv4 CIDR (octets 0-255, prefix 0-32) or an IPv6 CIDR (the RFC 4291 text forms: eight
/// groups, `::` once, an embedded IPv4 address; prefix 0-128). No look-around: Helm checks the
/// schema with Go's RE2.
pub const CIDR_PATTERN: &str = r"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}/([0-9]|[12][0-9]|3[0-2])|(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:)|::([Ff]{4}(:0{1,4})?:)?(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}|([0-9A-Fa-f]{1,4}:){1,4}:(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})/([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))$";

/// The chart's values: every key the templates read, with the spec's facts filled in.
/// Field docs become descriptions in values.schema.json and comments in values.yaml.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Values {
    /// Replaces the chart name in object names.
    pub name_override: String,
    /// Replaces the whole `<release>-<chart>` object name prefix.
    pub fullname_override: String,
    /// The IdentityServer image (built from the rendered Dockerfile).
    pub image: Image,
    /// Pull secrets for a private registry, e.g. `[{name: regcred}]`.
    pub image_pull_secrets: Vec<NameRef>,
    /// Replicas when autoscaling is off (hosting.min_instances).
    #[schemars(range(min = 1))]
    pub replica_count: u32,
    /// HorizontalPodAutoscaler between hosting.min_instances and hosting.max_instances.
    pub autoscaling: Autoscaling,
    /// What the application listens on and reads.
    pub app: App,
    /// Secrets reach the pods only from an existing Secret; values never hold secret values.
    pub secrets: Secrets,
    /// Data Protection key material mounted into the pods.
    pub data_protection: DataProtection,
    /// The pods' ServiceAccount (cloud credentials attach through its annotations).
    pub service_account: ServiceAccount,
    /// Extra pod labels, e.g. `azure.workload.identity/use: "true"`.
    pub pod_labels: BTreeMap<String, String>,
    /// Extra pod annotations.
    pub pod_annotations: BTreeMap<String, String>,
    /// UID/GID of the containers; the templates always add runAsNonRoot, a read-only root
    /// filesystem, no privilege escalation, no capabilities and the RuntimeDefault seccomp profile.
    pub pod_security_context: PodSecurityContext,
    /// Requests and limits of every container (CPU, memory, ephemeral storage).
    pub resources: Resources,
    /// The emptyDir mounted on /tmp (the root filesystem is read-only).
    pub tmp_dir: TmpDir,
    /// Probe timing. Paths and ports come from `app`: liveness and startup hit the live path,
    /// readiness the ready path, all on the management port.
    pub probes: Probes,
    /// The Service: `port` for the route, `managementPort` for probes and scrapes.
    pub service: Service,
    /// The Ingress (ingress-nginx or AWS Load Balancer Controller) in front of the Service.
    pub ingress: Ingress,
    /// The Gateway API HTTPRoute in front of the Service.
    pub http_route: HttpRoute,
    /// Who may connect to the pods.
    pub network_policy: NetworkPolicy,
    /// PodDisruptionBudget: node drains take one pod at a time.
    pub pdb: Pdb,
    /// Spreading of the pods over zones and nodes.
    pub topology_spread: TopologySpread,
    /// PriorityClass of the pods; empty for the cluster default.
    pub priority_class_name: String,
    /// Seconds a pod gets after it is marked terminating: the preStop sleep, then Kestrel's
    /// 30 s shutdown timeout, plus a margin (derived from the proxy chain).
    #[schemars(range(min = 1))]
    pub termination_grace_period_seconds: u32,
    /// What the pods do when they are told to stop.
    pub lifecycle: Lifecycle,
    /// Node selector of the pods.
    pub node_selector: BTreeMap<String, String>,
    /// Tolerations of the pods.
    pub tolerations: Vec<Value>,
    /// The migration Job (`dotnet <App>.dll migrate`) run as a pre-install/pre-upgrade hook. It
    /// may run for activeDeadlineSeconds, longer than Helm's default 5-minute `--timeout`: install
    /// and upgrade with the `--timeout` NOTES.txt prints.
    pub migrations: Migrations,
    /// Prometheus scraping of the management port.
    pub metrics: Metrics,
}

/// Pod shutdown.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Lifecycle {
    /// Seconds the container keeps serving after it is marked terminating (a `preStop` sleep),
    /// so the proxies in front stop sending to it before Kestrel stops: 10 for an in-cluster
    /// proxy, 30 for a cloud load balancer sending to pod IPs. Must stay below
    /// terminationGracePeriodSeconds.
    #[schemars(range(min = 0, max = 120))]
    pub pre_stop_sleep_seconds: u32,
}

/// A `{name: ...}` reference.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NameRef {
    /// Object name.
    pub name: String,
}

/// The container image.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Image {
    /// Repository without a tag.
    #[schemars(length(min = 1))]
    pub repository: String,
    /// A fixed release tag, never `latest`.
    #[schemars(regex(pattern = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"), extend("not" = {"const": "latest"}))]
    pub tag: String,
    /// `sha256:...` digest; when set the pods pull exactly this image.
    #[schemars(regex(pattern = r"^(sha256:[a-f0-9]{64})?$"))]
    pub digest: String,
    /// Always: a node never runs a stale copy of a re-pushed tag.
    #[schemars(extend("enum" = ["Always", "IfNotPresent"]))]
    pub pull_policy: String,
}

/// HorizontalPodAutoscaler settings.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Autoscaling {
    /// On when hosting.max_instances > hosting.min_instances; the Deployment then sets no replicas.
    pub enabled: bool,
    /// Fewest replicas.
    #[schemars(range(min = 1))]
    pub min_replicas: u32,
    /// Most replicas.
    #[schemars(range(min = 1))]
    pub max_replicas: u32,
    /// Average CPU utilisation (percent of the request) the autoscaler aims for.
    #[serde(rename = "targetCPUUtilizationPercentage")]
    #[schemars(range(min = 1, max = 100))]
    pub target_cpu_utilization_percentage: u32,
    /// HPA `behavior`: scale up fast, scale down slowly.
    pub behavior: Value,
}

/// What the application listens on and reads.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct App {
    /// Entry assembly, for `dotnet <assembly> migrate`.
    pub assembly: String,
    /// Kestrel's public port (ASPNETCORE_HTTP_PORTS, first entry). Program.cs serves health and
    /// metrics only on the management port, so change both together with the spec, not here.
    #[schemars(range(min = 1))]
    pub public_port: u16,
    /// Kestrel's management port (health, metrics).
    #[schemars(range(min = 1))]
    pub management_port: u16,
    /// Readiness path (runs the checks tagged `ready`).
    pub ready_path: String,
    /// Liveness path (runs no checks).
    pub live_path: String,
    /// Extra non-secret environment variables.
    pub env: BTreeMap<String, String>,
}

/// Secrets from an existing Secret.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Secrets {
    /// Name of the Secret, created BEFORE `helm install` (the migration hook runs first) by
    /// External Secrets, the Secrets Store CSI driver or your pipeline.
    #[schemars(length(min = 1))]
    pub existing_secret: String,
    /// Where the secrets live (idsgen.yaml `secrets.provider`), for NOTES.txt.
    pub provider: String,
    /// Directory the Secret's keys are mounted in as files; the app reads it as key-per-file
    /// configuration (`CREDENTIALS_DIRECTORY`). Files, not environment variables: environment
    /// variables leak into `/proc/*/environ`, crash dumps and child processes.
    pub mount_path: String,
    /// One file per key of the Secret.
    pub files: Vec<SecretFile>,
}

/// One key of the existing Secret, mounted as a file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct SecretFile {
    /// File name: the configuration key the app reads, `:` written as `__`.
    pub name: String,
    /// Key in the existing Secret.
    pub key: String,
    /// The secret's name in the secret store (idsgen.yaml), for the sync that fills the key.
    pub source: String,
    /// Only the migration Job gets it (client secrets hashed into the configuration store).
    pub migrate_only: bool,
}

/// Data Protection key material.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct DataProtection {
    /// The certificate that protects the keys at rest (key_protection `certificate`).
    pub certificate: Certificate,
    /// The shared volume holding the key ring (key_store `file-system`).
    pub keys_volume: KeysVolume,
}

/// A PFX from a Secret, mounted as a file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    deny_unknown_fields,
    extend(
        "if" = {"properties": {"enabled": {"const": true}}},
        "then" = {"properties": {"secretName": {"minLength": 1}, "key": {"minLength": 1}, "mountPath": {"pattern": "^/"}}}
    )
)]
pub struct Certificate {
    /// Mount the certificate.
    pub enabled: bool,
    /// Secret holding the PFX (created before install).
    pub secret_name: String,
    /// Key of the PFX in that Secret.
    pub key: String,
    /// Absolute path the app loads the PFX from (idsgen.yaml key_protection.path).
    pub mount_path: String,
    /// Directory the Secret is mounted as (the path's parent, owned by this mount alone). A
    /// directory mount, not `subPath`: the kubelet updates it when the Secret is rotated.
    pub mount_dir: String,
}

/// A ReadWriteMany volume shared by every pod.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    deny_unknown_fields,
    extend(
        "if" = {"properties": {"enabled": {"const": true}}},
        "then" = {"properties": {"existingClaim": {"minLength": 1}, "mountPath": {"pattern": "^/"}}}
    )
)]
pub struct KeysVolume {
    /// Mount the claim.
    pub enabled: bool,
    /// Existing ReadWriteMany PersistentVolumeClaim (Azure Files, EFS, NFS).
    pub existing_claim: String,
    /// Absolute path (idsgen.yaml key_store.path).
    pub mount_path: String,
}

/// The ServiceAccount.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct ServiceAccount {
    /// Create it.
    pub create: bool,
    /// Name; empty for the full name.
    pub name: String,
    /// Annotations (workload identity client id, IRSA role ARN).
    pub annotations: BTreeMap<String, String>,
    /// Mount the Kubernetes API token; the app never calls the API.
    pub automount: bool,
}

/// UID and GID.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct PodSecurityContext {
    /// UID, above 10000 so it never maps to a host account.
    #[schemars(range(min = 10000))]
    pub run_as_user: u32,
    /// GID.
    #[schemars(range(min = 10000))]
    pub run_as_group: u32,
    /// Group owning mounted volumes (the certificate is mode 0440).
    #[schemars(range(min = 10000))]
    pub fs_group: u32,
}

/// Requests and limits.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Resources {
    /// Requests.
    pub requests: Quantities,
    /// Limits.
    pub limits: Quantities,
}

/// CPU, memory and ephemeral storage.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Quantities {
    /// CPU.
    #[schemars(regex(pattern = r"^[0-9]+(\.[0-9]+)?m?$"))]
    pub cpu: String,
    /// Memory.
    #[schemars(regex(pattern = r"^[0-9]+(\.[0-9]+)?([KMGTPE]i?|[mk])?$"))]
    pub memory: String,
    /// Ephemeral storage.
    #[serde(rename = "ephemeral-storage")]
    #[schemars(regex(pattern = r"^[0-9]+(\.[0-9]+)?([KMGTPE]i?|[mk])?$"))]
    pub ephemeral_storage: String,
}

/// /tmp.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct TmpDir {
    /// emptyDir size limit.
    pub size_limit: String,
}

/// Probe timing.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Probes {
    /// Startup: allows periodSeconds × failureThreshold for the first start.
    pub startup: Probe,
    /// Liveness: restarts a hung process.
    pub liveness: Probe,
    /// Readiness: takes the pod out of the Service while its dependencies fail.
    pub readiness: Probe,
}

/// One probe's timing.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Probe {
    /// Seconds between probes.
    #[schemars(range(min = 1))]
    pub period_seconds: u32,
    /// Seconds before a probe times out.
    #[schemars(range(min = 1))]
    pub timeout_seconds: u32,
    /// Failures in a row before acting.
    #[schemars(range(min = 1))]
    pub failure_threshold: u32,
}

/// The Service.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Service {
    /// Port the Ingress/HTTPRoute uses.
    #[schemars(range(min = 1))]
    pub port: u16,
    /// Port for probes and scrapes; no route references it.
    #[schemars(range(min = 1))]
    pub management_port: u16,
}

/// The Ingress.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Ingress {
    /// Render the Ingress.
    pub enabled: bool,
    /// Which controller the annotations are for.
    #[schemars(extend("enum" = ["ingress-nginx", "aws-alb", "azure-app-gateway", "generic"]))]
    pub flavour: String,
    /// IngressClass name.
    pub class_name: String,
    /// Public host name.
    pub host: String,
    /// Path prefix (the spec's path base, or `/`).
    pub path: String,
    /// Annotations of the main Ingress. Never snippet annotations (checkov CKV_K8S_153).
    pub annotations: BTreeMap<String, String>,
    /// TLS at the ingress controller (only when that hop terminates TLS).
    pub tls: IngressTls,
    /// A second Ingress for `/connect/token` only, with a rate limit.
    pub token: TokenIngress,
    /// Settings that belong in the ingress-nginx controller's ConfigMap (no per-Ingress
    /// annotation exists for them); NOTES.txt prints them. The chart does not apply them.
    pub controller_config: BTreeMap<String, String>,
    /// AWS Load Balancer Controller only: the ALB's attributes, one `key=value` per item, which
    /// the chart joins into the `alb.ingress.kubernetes.io/load-balancer-attributes` annotation
    /// (with the access-log attributes when `albAccessLogsBucket` is set).
    #[schemars(inner(regex(pattern = r"^[a-z0-9_.]+=[^,=]+$")))]
    pub alb_load_balancer_attributes: Vec<String>,
    /// AWS Load Balancer Controller only: S3 bucket for the ALB's access logs (the Terraform's
    /// `alb_access_logs_bucket`); empty leaves access logs off and NOTES.txt says so.
    pub alb_access_logs_bucket: String,
    /// AWS Load Balancer Controller only: ARN of the WAF web ACL for the ALB (the Terraform's
    /// `waf_web_acl_arn`, whose rules rate-limit the token endpoint); empty attaches none and
    /// NOTES.txt says so.
    #[schemars(regex(pattern = r"^(arn:aws[a-z-]*:wafv2:[a-z0-9-]+:[0-9]{12}:regional/webacl/.+)?$"))]
    pub alb_waf_acl_arn: String,
}

/// TLS of the Ingress.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(
    deny_unknown_fields,
    extend(
        "if" = {"properties": {"enabled": {"const": true}}},
        "then" = {"properties": {"secretName": {"minLength": 1}}}
    )
)]
pub struct IngressTls {
    /// Terminate TLS at the controller with `secretName`.
    pub enabled: bool,
    /// kubernetes.io/tls Secret with the certificate.
    pub secret_name: String,
}

/// The rate-limited `/connect/token` Ingress.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct TokenIngress {
    /// Render it.
    pub enabled: bool,
    /// Exact path of the token endpoint.
    pub path: String,
    /// Annotations added to the main Ingress's (rate limit).
    pub annotations: BTreeMap<String, String>,
}

/// The HTTPRoute.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct HttpRoute {
    /// Render the HTTPRoute.
    pub enabled: bool,
    /// Gateways to attach to.
    pub parent_refs: Vec<ParentRef>,
    /// Public host name.
    pub host: String,
    /// Path prefix.
    pub path: String,
    /// Annotations.
    pub annotations: BTreeMap<String, String>,
    /// The Gateway API implementation serving the Gateway (from proxy.hops): which policy
    /// resources the chart renders for it.
    #[schemars(extend("enum" = ["envoy-gateway", "nginx-gateway-fabric", "app-gateway-for-containers", "other"]))]
    pub implementation: String,
    /// A second HTTPRoute for exactly the token endpoint, so a rate-limit policy can target it.
    pub token: TokenRoute,
    /// Per-client rate limit on the token route, in the implementation's own policy resource
    /// (Envoy Gateway BackendTrafficPolicy, NGINX Gateway Fabric RateLimitPolicy).
    pub rate_limit: RateLimit,
    /// Application Gateway for Containers: a HealthCheckPolicy that probes the readiness path on
    /// the management port (its default probe is `/` on the route's port, which answers 404).
    pub health_check_policy: HealthCheckPolicy,
    /// Headers every request must carry to match a route (Exact), e.g. Azure Front Door's
    /// `X-Azure-FDID` with the profile id: a request that went around the edge matches no route.
    pub required_headers: Vec<RequiredHeader>,
}

/// One `HTTPRouteHeaderMatch` of type Exact.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct RequiredHeader {
    /// Header name.
    #[schemars(length(min = 1))]
    pub name: String,
    /// Exact value.
    #[schemars(length(min = 1))]
    pub value: String,
}

/// The token endpoint's own HTTPRoute.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct TokenRoute {
    /// Render it.
    pub enabled: bool,
    /// Exact path of the token endpoint.
    pub path: String,
}

/// Token-endpoint rate limit.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct RateLimit {
    /// Render the policy (needs the implementation's CRDs).
    pub enabled: bool,
    /// Requests per second one client address may send.
    #[schemars(range(min = 1))]
    pub requests_per_second: u32,
    /// Requests above the rate accepted in a burst (NGINX Gateway Fabric).
    #[schemars(range(min = 0))]
    pub burst: u32,
}

/// Application Gateway for Containers health probe.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct HealthCheckPolicy {
    /// Render it (needs the ALB Controller's CRDs).
    pub enabled: bool,
}

/// A Gateway reference.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct ParentRef {
    /// Gateway name.
    pub name: String,
    /// Gateway namespace.
    pub namespace: String,
    /// Listener name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section_name: Option<String>,
}

/// NetworkPolicy.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct NetworkPolicy {
    /// Render the policies (the app's, and deny-all-ingress for the migration pods).
    pub enabled: bool,
    /// Namespaces whose pods may reach the public port (the ingress controller or gateway).
    pub ingress_namespaces: Vec<String>,
    /// Networks that may reach the public port (a load balancer sending to pod IPs directly).
    #[schemars(inner(regex(pattern = CIDR_PATTERN)))]
    pub ingress_cidrs: Vec<String>,
    /// Namespace of the Prometheus that scrapes the management port.
    pub monitoring_namespace: String,
    /// Networks that may reach the management port (load-balancer health checks: ALB,
    /// Application Gateway, Application Gateway for Containers probe the readiness path there).
    #[schemars(inner(regex(pattern = CIDR_PATTERN)))]
    pub management_cidrs: Vec<String>,
    /// More `ingress` rules, as NetworkPolicy YAML.
    pub extra_ingress: Vec<Value>,
    /// Egress. Left open by default: the database, Redis and the cloud key/secret services are
    /// outside the cluster at addresses that change, which NetworkPolicy (IPs only) cannot name.
    pub egress: Egress,
}

/// Egress restriction.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Egress {
    /// Allow only DNS (kube-dns) and TCP to `ports`, to any address.
    pub restrict: bool,
    /// TCP ports allowed out when `restrict`: HTTPS (cloud APIs, OTLP), the database and Redis.
    #[schemars(inner(range(min = 1)))]
    pub ports: Vec<u16>,
}

/// PodDisruptionBudget.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Pdb {
    /// Render it.
    pub create: bool,
    /// Pods a drain may take down at once.
    #[schemars(range(min = 1))]
    pub max_unavailable: u32,
}

/// Topology spread.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct TopologySpread {
    /// `ScheduleAnyway` (prefer spreading) or `DoNotSchedule` (require it).
    #[schemars(extend("enum" = ["ScheduleAnyway", "DoNotSchedule"]))]
    pub when_unsatisfiable: String,
}

/// The migration hook.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Migrations {
    /// Run it (idsgen.yaml migrations.run_by `deployment`).
    pub enabled: bool,
    /// Hook weight; lower runs first.
    pub hook_weight: i32,
    /// Seconds before a running migration is stopped (the Job retries nothing: backoffLimit 0,
    /// a failed migration needs a person). Helm waits 5 minutes for hooks by default: install and
    /// upgrade with `--timeout` longer than this deadline plus the rollout (NOTES.txt prints it).
    #[schemars(range(min = 1))]
    pub active_deadline_seconds: u32,
    /// Seconds a finished Job is kept (failed Jobs stay until then for `kubectl logs`).
    #[schemars(range(min = 1))]
    pub ttl_seconds_after_finished: u32,
    /// An existing ServiceAccount for the Job (the chart's does not exist yet at pre-install);
    /// empty for the namespace default, with no API token mounted.
    pub service_account_name: String,
}

/// Metrics.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct Metrics {
    /// The app exposes Prometheus metrics (idsgen.yaml telemetry.prometheus); adds scrape annotations.
    pub enabled: bool,
    /// Scrape path on the management port.
    pub path: String,
    /// Prometheus Operator ServiceMonitor.
    pub service_monitor: ServiceMonitor,
}

/// ServiceMonitor.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(deny_unknown_fields)]
pub struct ServiceMonitor {
    /// Render it (needs the Prometheus Operator CRDs).
    pub enabled: bool,
    /// Scrape interval.
    pub interval: String,
}
