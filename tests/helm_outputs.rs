//! The Helm chart for the Kubernetes targets: values.yaml and its schema, the static templates'
//! hardening, probes on the management port, routes and the migration hook, checked in Rust, then
//! (when a Python with helm_python is available) linted, rendered and schema-validated for real.

use idsgen::commands::render::render_spec;
use idsgen::model::settings::secret_settings;
use idsgen::outputs::RenderedFile;
use idsgen::outputs::helm::{self, Route};
use idsgen::render::Templates;
use idsgen::spec::types::Spec;
use idsgen::spec::{load, presets};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const KUBERNETES_PRESETS: [&str; 3] = ["kubernetes", "azure-aks", "aws-eks"];
const CHART: &str = "deploy/helm/acme-identity";

fn spec(preset: &str, sets: &[&str]) -> Spec {
    let p = presets::find(preset).expect("preset exists");
    let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
    load::load(preset, p.text, &sets).expect("spec is valid")
}

fn render(preset: &str, sets: &[&str]) -> Vec<RenderedFile> {
    render_spec(&spec(preset, sets), None).expect("renders")
}

fn file<'a>(files: &'a [RenderedFile], rel: &str) -> &'a str {
    let path = format!("{CHART}/{rel}");
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is not rendered"))
        .contents
}

fn yaml(text: &str) -> Value {
    yaml_serde::from_str(text).expect("valid YAML")
}

fn values(files: &[RenderedFile]) -> Value {
    yaml(file(files, "values.yaml"))
}

fn at<'a>(v: &'a Value, pointer: &str) -> &'a Value {
    v.pointer(pointer).unwrap_or_else(|| panic!("{pointer} missing in {v}"))
}

/// A static template with its Helm actions blanked (the line structure kept), as YAML documents.
fn static_docs(files: &[RenderedFile], rel: &str) -> Vec<Value> {
    let stripped = idsgen::checklist::helm::strip_actions(file(files, rel));
    stripped
        .split("\n---")
        .filter(|d| d.lines().any(|l| l.starts_with("kind:")))
        .map(yaml)
        .collect()
}

/// The YAML body of a `define` in _helpers.tpl, actions blanked.
fn helper(files: &[RenderedFile], name: &str) -> Value {
    let text = file(files, "templates/_helpers.tpl");
    let start = text
        .find(&format!("{{{{- define \"{name}\" -}}}}\n"))
        .unwrap_or_else(|| panic!("helper {name} missing"));
    let body = &text[start..];
    let body = &body[body.find('\n').unwrap() + 1..body.find("{{- end }}").unwrap()];
    yaml(&idsgen::checklist::helm::strip_actions(body))
}

#[test]
fn values_validate_against_the_generated_schema_and_the_schema_can_fail() {
    for preset in KUBERNETES_PRESETS {
        let files = render(preset, &[]);
        let schema: Value = serde_json::from_str(file(&files, "values.schema.json")).expect("schema is JSON");
        let validator = jsonschema::draft7::new(&schema).expect("the schema compiles");
        let v = values(&files);
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{preset}: values.yaml breaks its schema: {errors:?}");
        for (pointer, bad) in [
            ("/image/tag", Value::from("latest")),
            ("/podSecurityContext/runAsUser", Value::from(0)),
            ("/resources/limits/memory", Value::from("lots")),
            ("/image/digest", Value::from("sha256:123")),
        ] {
            let mut broken = v.clone();
            *broken.pointer_mut(pointer).unwrap() = bad.clone();
            assert!(
                !validator.is_valid(&broken),
                "{preset}: schema accepts {pointer} = {bad}"
            );
        }
        let mut typo = v.clone();
        typo.as_object_mut().unwrap().insert("replicas".into(), Value::from(3));
        assert!(
            !validator.is_valid(&typo),
            "{preset}: schema accepts an unknown top-level key"
        );
    }
}

#[test]
fn values_carry_the_spec_facts_and_only_secret_names() {
    for preset in KUBERNETES_PRESETS {
        let s = spec(preset, &[]);
        let files = render(preset, &[]);
        let v = values(&files);
        let min = s.hosting.min_instances;
        let max = s.hosting.max_instances;
        assert_eq!(at(&v, "/replicaCount"), &Value::from(min), "{preset}");
        assert_eq!(at(&v, "/autoscaling/enabled"), &Value::from(max > min), "{preset}");
        assert_eq!(at(&v, "/autoscaling/minReplicas"), &Value::from(min), "{preset}");
        assert_eq!(at(&v, "/autoscaling/maxReplicas"), &Value::from(max), "{preset}");
        let tag = at(&v, "/image/tag").as_str().unwrap();
        assert!(!tag.is_empty() && tag != "latest", "{preset}: tag {tag}");
        let chart = yaml(file(&files, "Chart.yaml"));
        assert_eq!(at(&chart, "/apiVersion"), "v2");
        assert_eq!(at(&chart, "/name"), "acme-identity");
        assert_eq!(at(&chart, "/appVersion").as_str(), Some(tag));
        // Every secret the app reads comes from the existing Secret under its exact configuration
        // key, mounted as a file, and the values hold the store's secret name, never a value.
        assert_eq!(at(&v, "/secrets/mountPath"), "/var/run/secrets/idsgen");
        let env = at(&v, "/secrets/files").as_array().unwrap();
        let expected = secret_settings(&s);
        assert_eq!(env.len(), expected.len(), "{preset}");
        for (e, x) in env.iter().zip(&expected) {
            assert_eq!(at(e, "/name").as_str(), Some(x.env_var.as_str()));
            assert_eq!(at(e, "/key").as_str(), Some(x.env_var.as_str()));
            assert_eq!(at(e, "/source").as_str(), Some(x.secret.as_str()));
            assert_eq!(at(e, "/migrateOnly").as_bool(), Some(x.migrate_only));
            assert_eq!(e.as_object().unwrap().len(), 4, "{preset}: unexpected field in {e}");
        }
        assert!(env.iter().any(|e| e["name"] == "ConnectionStrings__IdentityServer"));
        assert!(env.iter().any(|e| e["name"] == "Duende__LicenseKey"));
        assert!(file(&files, "values.yaml").starts_with("# generated by idsgen"));
    }
}

#[test]
fn containers_are_hardened_in_the_app_and_the_migration() {
    let files = render("kubernetes", &[]);
    let c = helper(&files, "idsgen.containerSecurityContext");
    assert_eq!(c["runAsNonRoot"], true);
    assert_eq!(c["allowPrivilegeEscalation"], false);
    assert_eq!(c["privileged"], false);
    assert_eq!(c["readOnlyRootFilesystem"], true);
    assert_eq!(c["capabilities"]["drop"], serde_json::json!(["ALL"]));
    assert_eq!(c["seccompProfile"]["type"], "RuntimeDefault");
    let p = helper(&files, "idsgen.podSecurityContext");
    assert_eq!(p["runAsNonRoot"], true);
    assert_eq!(p["seccompProfile"]["type"], "RuntimeDefault");
    let v = values(&files);
    assert!(at(&v, "/podSecurityContext/runAsUser").as_u64().unwrap() > 10000);
    assert_eq!(at(&v, "/serviceAccount/automount"), false);
    for rel in ["templates/deployment.yaml", "templates/migration-job.yaml"] {
        let text = file(&files, rel);
        for wanted in [
            "include \"idsgen.containerSecurityContext\"",
            "include \"idsgen.podSecurityContext\"",
            "automountServiceAccountToken:",
        ] {
            assert!(text.contains(wanted), "{rel} lacks {wanted}");
        }
    }
    // The read-only root filesystem needs a writable /tmp.
    let mounts = helper(&files, "idsgen.volumeMounts");
    assert!(mounts.as_array().unwrap().iter().any(|m| m["mountPath"] == "/tmp"));
    let limits = at(&v, "/resources/limits");
    let requests = at(&v, "/resources/requests");
    for key in ["cpu", "memory", "ephemeral-storage"] {
        assert!(limits.get(key).is_some() && requests.get(key).is_some(), "{key}");
    }
}

#[test]
fn probes_hit_the_management_port_which_no_route_uses() {
    for preset in KUBERNETES_PRESETS {
        let s = spec(preset, &[]);
        let files = render(preset, &[]);
        let v = values(&files);
        let management = at(&v, "/app/managementPort").as_u64().unwrap();
        let public = at(&v, "/app/publicPort").as_u64().unwrap();
        assert_ne!(management, public);
        assert_eq!(at(&v, "/app/livePath").as_str(), Some(s.health.live_path.as_str()));
        assert_eq!(at(&v, "/app/readyPath").as_str(), Some(s.health.ready_path.as_str()));
        let deployment = &static_docs(&files, "templates/deployment.yaml")[0];
        let container = &deployment["spec"]["template"]["spec"]["containers"][0];
        for probe in ["startupProbe", "livenessProbe", "readinessProbe"] {
            assert_eq!(container[probe]["httpGet"]["port"], "management", "{preset} {probe}");
        }
        let names: Vec<&str> = container["ports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["http", "management"]);
        // The app agrees: health and metrics are bound to the same port.
        let program = &files.iter().find(|f| f.path.ends_with("/Program.cs")).unwrap().contents;
        let bound = format!(".RequireHost(\"*:{management}\")");
        assert_eq!(program.matches(&bound).count(), 3, "{preset}: ready, live and metrics");
        let dockerfile = &files.iter().find(|f| f.path == "Dockerfile").unwrap().contents;
        assert!(
            dockerfile.contains(&format!("EXPOSE {public} {management}")),
            "{dockerfile}"
        );
        // Every route backend is the Service's `http` port, never `management`.
        for rel in ["templates/ingress.yaml", "templates/httproute.yaml"] {
            let code = file(&files, rel)
                .lines()
                .filter(|l| !l.trim_start().starts_with("{{- /*"));
            assert!(
                !code.clone().any(|l| l.contains("management")),
                "{preset}: {rel} names the management port"
            );
        }
        for ingress in static_docs(&files, "templates/ingress.yaml") {
            for path in ingress["spec"]["rules"][0]["http"]["paths"].as_array().unwrap() {
                assert_eq!(path["backend"]["service"]["port"]["name"], "http");
            }
        }
        let liveness = &container["livenessProbe"]["httpGet"]["path"];
        let readiness = &container["readinessProbe"]["httpGet"]["path"];
        assert!(liveness == "HELM" && readiness == "HELM");
        assert!(file(&files, "templates/deployment.yaml").contains("path: {{ .Values.app.livePath }}"));
        assert!(file(&files, "templates/deployment.yaml").contains("path: {{ .Values.app.readyPath }}"));
    }
}

#[test]
fn health_moves_off_the_public_port_where_a_second_port_is_probed() {
    // App Service probes one port and on-prem nginx denies the paths: one port there.
    for preset in ["azure-app-service", "onprem-nginx"] {
        let files = render(preset, &[]);
        let program = &files.iter().find(|f| f.path.ends_with("/Program.cs")).unwrap().contents;
        assert!(
            !program.contains("RequireHost") && !program.contains("8081"),
            "{preset}"
        );
        let dockerfile = files
            .iter()
            .find(|f| f.path == "Dockerfile")
            .map(|f| f.contents.as_str());
        assert!(
            dockerfile.is_none_or(|d| d.contains("EXPOSE 8080\n")),
            "{preset}: {dockerfile:?}"
        );
        assert!(
            !files.iter().any(|f| f.path.starts_with("deploy/helm/")),
            "{preset} has no chart"
        );
    }
    // ECS: the ALB target group health-checks the management port, which no listener forwards to.
    let files = render("aws-ecs", &[]);
    let program = &files.iter().find(|f| f.path.ends_with("/Program.cs")).unwrap().contents;
    assert!(program.contains("RequireHost(\"*:8081\")"), "{program}");
    let dockerfile = &files.iter().find(|f| f.path == "Dockerfile").unwrap().contents;
    assert!(dockerfile.contains("EXPOSE 8080 8081\n"), "{dockerfile}");
    let alb = &files
        .iter()
        .find(|f| f.path.ends_with("/main.alb.tf"))
        .unwrap()
        .contents;
    let health_check = &alb[alb.find("health_check {").expect("target group health check")..];
    let health_check = &health_check[..health_check.find('}').unwrap()];
    assert!(
        health_check.contains("port                = \"8081\""),
        "{health_check}"
    );
    assert!(
        !files.iter().any(|f| f.path.starts_with("deploy/helm/")),
        "aws-ecs has no chart"
    );
}

#[test]
fn ingress_nginx_gets_buffers_redirect_and_a_rate_limited_token_route() {
    // ingress-nginx is retired (March 2026) and no preset uses it, but it stays selectable.
    for (preset, outer) in [("kubernetes", "cloud-l7-lb"), ("azure-aks", "azure-app-gateway")] {
        let chain = format!(
            "proxy.hops=[{{kind: {outer}, terminates_tls: true, trusted_networks: [\"10.0.0.0/24\"]}}, {{kind: ingress-nginx, terminates_tls: false, trusted_networks: [\"10.244.0.0/16\"]}}]"
        );
        let sets = [chain.as_str()];
        let s = spec(preset, &sets);
        assert_eq!(helm::route(&s), Route::IngressNginx);
        let files = render(preset, &sets);
        let v = values(&files);
        let a = at(&v, "/ingress/annotations");
        let buffer = a["nginx.ingress.kubernetes.io/proxy-buffer-size"].as_str().unwrap();
        assert!(buffer.trim_end_matches('k').parse::<u32>().unwrap() >= 16, "{buffer}");
        assert_eq!(a["nginx.ingress.kubernetes.io/force-ssl-redirect"], "true");
        assert_eq!(at(&v, "/ingress/className"), "nginx");
        assert_eq!(at(&v, "/ingress/path"), "/");
        let token = at(&v, "/ingress/token");
        assert_eq!(token["enabled"], true);
        assert_eq!(token["path"], "/connect/token");
        assert_eq!(token["annotations"]["nginx.ingress.kubernetes.io/limit-rps"], "10");
        let docs = static_docs(&files, "templates/ingress.yaml");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1]["spec"]["rules"][0]["http"]["paths"][0]["pathType"], "Exact");
        // No snippet annotation anywhere (CKV_K8S_153); controller-wide settings are NOTES only.
        assert!(!file(&files, "values.yaml").contains("snippet:"));
        let cm = at(&v, "/ingress/controllerConfig");
        assert_eq!(cm["hsts-preload"], "true");
        assert_eq!(cm["limit-req-status-code"], "429");
        let outer = &s.proxy.hops[0].trusted_networks;
        assert_eq!(cm["proxy-real-ip-cidr"].as_str().unwrap(), outer.join(","), "{preset}");
        assert_eq!(cm["use-forwarded-headers"], "true");
        let notes = file(&files, "templates/NOTES.txt");
        assert!(notes.contains("retired in March 2026") && notes.contains("Gateway"));
        // The controller namespace, and only it, reaches the app port.
        assert_eq!(
            at(&v, "/networkPolicy/ingressNamespaces"),
            &serde_json::json!(["ingress-nginx"])
        );
        assert_eq!(at(&v, "/networkPolicy/ingressCidrs"), &serde_json::json!([]));
        // The controller's own chart gets the same settings (issue 9 item 8); behind a layer-7
        // load balancer the client address comes from X-Forwarded-For, not the Service.
        let controller = yaml(controller_values(&files));
        assert_eq!(&controller["controller"]["config"], cm);
        assert!(controller["controller"].get("service").is_none(), "{preset}");
    }
    // Behind a layer-4 load balancer nothing reports the client: the Service must keep it, or
    // every client shares one rate-limit bucket.
    let sets = [
        "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: ingress-nginx, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]",
    ];
    let files = render("kubernetes", &sets);
    let controller = yaml(controller_values(&files));
    assert_eq!(controller["controller"]["service"]["externalTrafficPolicy"], "Local");
    assert!(
        controller["controller"]["config"]
            .get("use-forwarded-headers")
            .is_none()
    );
    assert!(file(&files, "templates/NOTES.txt").contains("externalTrafficPolicy: Local"));
    // No controller values where the chart renders no ingress-nginx Ingress.
    assert!(
        render("kubernetes", &[])
            .iter()
            .all(|f| !f.path.starts_with("deploy/ingress-nginx/"))
    );
}

fn controller_values(files: &[RenderedFile]) -> &str {
    &files
        .iter()
        .find(|f| f.path == "deploy/ingress-nginx/controller-values.yaml")
        .expect("controller values are rendered")
        .contents
}

#[test]
fn the_route_follows_the_proxy_chain() {
    let alb = spec("aws-eks", &[]);
    assert_eq!(helm::route(&alb), Route::AwsAlb);
    let v = values(&render("aws-eks", &[]));
    assert_eq!(at(&v, "/ingress/flavour"), "aws-alb");
    assert_eq!(at(&v, "/ingress/className"), "alb");
    assert_eq!(
        at(&v, "/ingress/annotations/alb.ingress.kubernetes.io~1target-type"),
        "ip"
    );
    assert_eq!(
        at(&v, "/ingress/annotations/alb.ingress.kubernetes.io~1healthcheck-port"),
        "8081"
    );
    assert_eq!(at(&v, "/ingress/token/enabled"), false);
    let alb_networks = serde_json::json!(alb.proxy.hops[0].trusted_networks);
    assert_eq!(at(&v, "/networkPolicy/ingressCidrs"), &alb_networks);
    assert_eq!(at(&v, "/networkPolicy/managementCidrs"), &alb_networks);

    let gateway = [
        "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: gateway-api, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]",
        "kubernetes={gateway: {name: edge, namespace: gateways, section_name: https}}",
    ];
    assert_eq!(helm::route(&spec("kubernetes", &gateway)), Route::HttpRoute);
    let v = values(&render("kubernetes", &gateway));
    assert_eq!(at(&v, "/ingress/enabled"), false);
    assert_eq!(at(&v, "/httpRoute/enabled"), true);
    assert_eq!(
        at(&v, "/httpRoute/parentRefs"),
        &serde_json::json!([{"name": "edge", "namespace": "gateways", "sectionName": "https"}])
    );
    assert_eq!(
        at(&v, "/networkPolicy/ingressNamespaces"),
        &serde_json::json!(["gateways"])
    );

    let none = ["kubernetes={route: none}"];
    let v = values(&render("kubernetes", &none));
    assert!(at(&v, "/ingress/enabled") == false && at(&v, "/httpRoute/enabled") == false);
    let path_base = ["public.path_base=/identity"];
    let v = values(&render("kubernetes", &path_base));
    assert_eq!(at(&v, "/ingress/path"), "/identity");
    assert_eq!(at(&v, "/ingress/token/path"), "/identity/connect/token");
}

#[test]
fn the_migration_is_a_hook_that_needs_nothing_from_the_release() {
    let files = render("kubernetes", &[]);
    let job = &static_docs(&files, "templates/migration-job.yaml")[0];
    assert_eq!(job["kind"], "Job");
    let a = &job["metadata"]["annotations"];
    assert_eq!(a["helm.sh/hook"], "pre-install,pre-upgrade");
    assert_eq!(a["helm.sh/hook-delete-policy"], "before-hook-creation,hook-succeeded");
    assert_eq!(a["helm.sh/hook-weight"], "HELM");
    assert_eq!(job["spec"]["backoffLimit"], 0);
    assert_eq!(job["spec"]["template"]["spec"]["restartPolicy"], "Never");
    let text = file(&files, "templates/migration-job.yaml");
    assert!(text.contains("ttlSecondsAfterFinished:"));
    assert!(text.contains("- migrate\n") && text.contains("- dotnet\n"));
    // It must not use the chart's own ServiceAccount, which does not exist at pre-install.
    assert!(!text.contains("idsgen.serviceAccountName"));
    let v = values(&files);
    assert_eq!(at(&v, "/migrations/enabled"), true);
    assert_eq!(at(&v, "/app/assembly"), "Acme.Identity.dll");
    // Migration pods are not selected by the Service or the PDB.
    assert!(helper(&files, "idsgen.migrationSelectorLabels")["app.kubernetes.io/component"] == "migration");
    let pipeline = values(&render("kubernetes", &["migrations.run_by=pipeline"]));
    assert_eq!(at(&pipeline, "/migrations/enabled"), false);
}

#[test]
fn key_material_is_mounted_where_the_spec_says() {
    let s = spec("kubernetes", &[]);
    let path = match &s.data_protection.key_protection {
        idsgen::spec::types::KeyProtection::Certificate { path, .. } => path.clone(),
        other => panic!("preset changed: {other:?}"),
    };
    let v = values(&render("kubernetes", &[]));
    assert_eq!(at(&v, "/dataProtection/certificate/enabled"), true);
    assert_eq!(
        at(&v, "/dataProtection/certificate/mountPath").as_str(),
        Some(path.as_str())
    );
    let fs = ["data_protection.key_store={kind: file-system, path: /mnt/dataprotection}"];
    let v = values(&render("azure-aks", &fs));
    assert_eq!(at(&v, "/dataProtection/keysVolume/enabled"), true);
    assert_eq!(at(&v, "/dataProtection/keysVolume/mountPath"), "/mnt/dataprotection");
    assert_eq!(at(&v, "/dataProtection/certificate/enabled"), false);
    assert_eq!(at(&v, "/podLabels/azure.workload.identity~1use"), "true");
}

#[test]
fn bad_kubernetes_settings_are_refused_with_their_path() {
    for (set, path) in [
        ("kubernetes={image: {tag: latest}}", "kubernetes.image.tag"),
        ("kubernetes={image: {tag: \"\"}}", "kubernetes.image.tag"),
        (
            "kubernetes={image: {digest: \"sha256:abc\"}}",
            "kubernetes.image.digest",
        ),
        ("kubernetes={namespace: Identity}", "kubernetes.namespace"),
        (
            "kubernetes={resources: {memory_limit: lots}}",
            "kubernetes.resources.memory_limit",
        ),
        (
            "kubernetes={token_rate_per_second: 0}",
            "kubernetes.token_rate_per_second",
        ),
    ] {
        // Refused by validation, so the wizard, a file and --set all see it before rendering.
        let p = presets::find("kubernetes").unwrap();
        let err = load::load("kubernetes", p.text, &[set.to_string()])
            .expect_err(set)
            .to_string();
        assert!(err.contains(path) && err.contains("fix:"), "{set}: {err}");
    }
    let digest = format!("sha256:{}", "ab".repeat(32));
    let pinned =
        format!("kubernetes={{image: {{repository: acme.azurecr.io/identity, tag: \"2.0.1\", digest: \"{digest}\"}}}}");
    let v = values(&render("kubernetes", &[&pinned]));
    assert_eq!(at(&v, "/image/digest").as_str(), Some(digest.as_str()));
    assert_eq!(at(&v, "/image/repository"), "acme.azurecr.io/identity");
    assert_eq!(at(&v, "/image/tag"), "2.0.1");
}

#[test]
fn free_text_reaches_values_escaped_and_round_trips() {
    let nasty = "a\"b'c\n{{ .Release.Name }} ${x} %{y}: #z";
    let set = format!(
        "kubernetes={{service_account_annotations: {{\"eks.amazonaws.com/role-arn\": {}}}}}",
        serde_json::to_string(nasty).unwrap()
    );
    let files = render("aws-eks", &[&set]);
    let v = values(&files);
    assert_eq!(
        at(&v, "/serviceAccount/annotations/eks.amazonaws.com~1role-arn").as_str(),
        Some(nasty)
    );
}

#[test]
fn chart_templates_are_copied_verbatim_and_overridable() {
    let files = render("kubernetes", &[]);
    let embedded = Templates::embedded().unwrap().static_files(helm::CHART_TEMPLATES);
    assert!(embedded.len() >= 10);
    for (rel, text) in &embedded {
        assert_eq!(file(&files, rel), text, "{rel} changed on the way out");
    }
    assert!(file(&files, "templates/deployment.yaml").contains("{{ include \"idsgen.fullname\" . }}"));
    // An override with Helm syntax that tera cannot parse still works: it is never tera's.
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("helm/chart/templates/NOTES.txt");
    std::fs::create_dir_all(notes.parent().unwrap()).unwrap();
    std::fs::write(&notes, "Installed {{ .Release.Name }} {{- if .Values.x }}{% raw %}\n").unwrap();
    let overridden = render_spec(&spec("kubernetes", &[]), Some(dir.path())).expect("override renders");
    assert_eq!(
        file(&overridden, "templates/NOTES.txt"),
        "Installed {{ .Release.Name }} {{- if .Values.x }}{% raw %}\n"
    );
    let stray = dir.path().join("helm/chart/templates/nothing.yaml");
    std::fs::write(&stray, "x: 1\n").unwrap();
    assert!(render_spec(&spec("kubernetes", &[]), Some(dir.path())).is_err());
}

#[test]
fn output_is_deterministic_and_sorted() {
    let a = render("azure-aks", &[]);
    let b = render("azure-aks", &[]);
    assert_eq!(file(&a, "values.yaml"), file(&b, "values.yaml"));
    let keys: Vec<String> = values(&a).as_object().unwrap().keys().cloned().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

// --- real Helm, when available ---------------------------------------------------------------

/// A Python with helm_python: $IDSGEN_HELM_PY, the CI venv, or a local one.
fn helm_python() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = std::env::var_os("IDSGEN_HELM_PY")
        .map(PathBuf::from)
        .into_iter()
        .chain([root.join(".venv/bin/python"), PathBuf::from("/tmp/h7venv/bin/python")]);
    candidates.into_iter().find(|p| {
        p.exists()
            && Command::new(p)
                .args(["-c", "import helm_python"])
                .output()
                .is_ok_and(|o| o.status.success())
    })
}

const HELM_SCRIPT: &str = r#"
import json, sys, helm_python as helm
helm.disable_logging()
chart = sys.argv[1]
lint = helm.lint(chart, namespace="identity")
with helm.Chart.load(chart) as c:
    docs = c.render(None, name="idsgen-test", namespace="identity", is_install=True)
print(json.dumps({"lint": lint, "docs": docs}))
"#;

#[test]
fn helm_lints_renders_and_kubernetes_validates_every_kubernetes_preset() {
    let Some(python) = helm_python() else {
        eprintln!(
            "note: skipped real Helm checks: no Python with helm_python (set IDSGEN_HELM_PY, or run .ci/run which installs it)"
        );
        return;
    };
    let gateway = "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: gateway-api, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]";
    let ngf = "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: nginx-gateway-fabric, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]";
    let cases: [(&str, &[&str]); 6] = [
        ("kubernetes", &[ngf]),
        ("kubernetes", &[]),
        ("azure-aks", &[]),
        ("aws-eks", &[]),
        ("kubernetes", &[gateway]),
        (
            "kubernetes",
            &[
                "hosting.min_instances=1",
                "hosting.max_instances=1",
                "cache.kind=memory",
            ],
        ),
    ];
    for (preset, sets) in cases {
        let s = spec(preset, sets);
        let files = render_spec(&s, None).unwrap();
        let dir = tempfile::tempdir().unwrap();
        for f in files.iter().filter(|f| f.path.starts_with(CHART)) {
            let p = dir.path().join(&f.path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, &f.contents).unwrap();
        }
        let chart = dir.path().join(CHART);
        let out = Command::new(&python)
            .args(["-c", HELM_SCRIPT])
            .arg(&chart)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{preset}: helm failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let result: Value = serde_json::from_slice(&out.stdout).unwrap();
        let serious: Vec<&Value> = result["lint"]["messages"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["severity"].as_u64().unwrap_or(3) >= 2)
            .collect();
        assert!(serious.is_empty(), "{preset} {sets:?}: helm lint: {serious:?}");
        let mut objects = Vec::new();
        let rendered = dir.path().join("rendered");
        for (name, text) in result["docs"].as_object().unwrap() {
            let text = text.as_str().unwrap();
            if !name.ends_with(".yaml") || text.trim().is_empty() {
                continue;
            }
            let p = rendered.join(name.replace('/', "_"));
            std::fs::create_dir_all(&rendered).unwrap();
            std::fs::write(&p, text).unwrap();
            for doc in text.split("\n---") {
                let v: Value = yaml_serde::from_str(doc).unwrap_or(Value::Null);
                if v.get("kind").is_some() {
                    objects.push(v);
                }
            }
        }
        check_rendered(preset, &s, &objects);
        check_custom_resources(preset, &objects);
        let validate = python.with_file_name("kubernetes-validate");
        if validate.exists() {
            let mut args = vec!["--strict".to_string(), "--quiet".into(), "-k".into(), "1.32.0".into()];
            for entry in std::fs::read_dir(&rendered).unwrap() {
                args.push(entry.unwrap().path().display().to_string());
            }
            let out = Command::new(&validate).args(&args).output().unwrap();
            let report = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
            // Custom resources: kubernetes-validate bundles core schemas only and says so (WARN);
            // they are validated against the vendored CRD schemas below instead.
            let crds = [
                "kind HTTPRoute",
                "kind BackendTrafficPolicy",
                "kind RateLimitPolicy",
                "kind HealthCheckPolicy",
            ];
            let problems: Vec<&str> = report
                .lines()
                .filter(|l| l.starts_with("ERROR") || (l.starts_with("WARN") && !crds.iter().any(|k| l.contains(k))))
                .collect();
            assert!(
                out.status.success() && problems.is_empty(),
                "{preset}: kubernetes-validate: {report}"
            );
        } else {
            eprintln!("note: kubernetes-validate not installed next to {}", python.display());
        }
    }
}

/// Custom resources against the Gateway API / implementation CRD schemas vendored for CI
/// (.ci/crd-schemas, see SOURCES.md there). HealthCheckPolicy has no public CRD to vendor.
fn check_custom_resources(preset: &str, objects: &[Value]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/crd-schemas");
    for o in objects {
        let api = o["apiVersion"].as_str().unwrap_or_default();
        let Some((group, version)) = api.rsplit_once('/') else {
            continue;
        };
        let file = dir.join(format!(
            "{group}_{version}_{}.json",
            o["kind"].as_str().unwrap_or_default()
        ));
        if !file.exists() {
            assert!(
                ![
                    "gateway.networking.k8s.io",
                    "gateway.envoyproxy.io",
                    "gateway.nginx.org"
                ]
                .contains(&group),
                "{preset}: no vendored schema for {api} {}",
                o["kind"]
            );
            continue;
        }
        let schema: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let validator = jsonschema::draft7::new(&schema).expect("the CRD schema compiles");
        let errors: Vec<String> = validator.iter_errors(o).map(|e| e.to_string()).collect();
        assert!(
            errors.is_empty(),
            "{preset}: {} breaks its CRD schema: {errors:?}",
            o["kind"]
        );
    }
}

/// Semantic checks on what Helm actually rendered.
fn check_rendered(preset: &str, s: &Spec, objects: &[Value]) {
    fn of<'a>(objects: &'a [Value], kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
        objects.iter().filter(move |o| o["kind"] == kind)
    }
    let deployment = of(objects, "Deployment").next().expect("a Deployment");
    let pod = &deployment["spec"]["template"]["spec"];
    let container = &pod["containers"][0];
    let management = container["ports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "management")
        .unwrap()["containerPort"]
        .as_u64()
        .unwrap();
    assert_eq!(management, 8081);
    assert_eq!(
        container["readinessProbe"]["httpGet"]["path"],
        s.health.ready_path.as_str()
    );
    assert_eq!(
        container["livenessProbe"]["httpGet"]["path"],
        s.health.live_path.as_str()
    );
    assert_ne!(container["readinessProbe"], container["livenessProbe"]);
    let image = container["image"].as_str().unwrap();
    assert!(!image.ends_with(":latest") && image.contains(':'), "{image}");
    let hpa = of(objects, "HorizontalPodAutoscaler").next();
    let min = s.hosting.min_instances;
    match hpa {
        Some(h) => {
            assert!(
                deployment["spec"].get("replicas").is_none(),
                "{preset}: replicas beside an HPA"
            );
            assert_eq!(h["spec"]["minReplicas"], min);
            assert_eq!(h["spec"]["maxReplicas"], s.hosting.max_instances);
        }
        None => assert_eq!(deployment["spec"]["replicas"], min),
    }
    // Secrets are files in the mounted Secret, never environment variables; the app gets every
    // key but the client secrets, which only the migration seeds.
    let secret_files = |pod: &serde_json::Value| -> Vec<String> {
        let volume = pod["volumes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["name"] == "app-secrets")
            .expect("the app-secrets volume");
        volume["secret"]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["path"].as_str().unwrap().to_string())
            .collect()
    };
    let env_of = |c: &serde_json::Value| -> Vec<String> {
        c["env"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_string())
            .collect()
    };
    let app_files = secret_files(pod);
    for setting in secret_settings(s) {
        assert_eq!(
            app_files.contains(&setting.env_var),
            !setting.migrate_only,
            "{preset}: {}",
            setting.env_var
        );
        assert!(
            !env_of(container).contains(&setting.env_var),
            "{preset}: {} is an environment variable",
            setting.env_var
        );
    }
    assert!(
        container["env"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "CREDENTIALS_DIRECTORY" && e["value"] == "/var/run/secrets/idsgen"),
        "{preset}: the app is told where the secret files are"
    );
    assert!(
        container["volumeMounts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["name"] == "app-secrets" && m["readOnly"] == true)
    );
    for o in objects
        .iter()
        .filter(|o| o["kind"] == "Deployment" || o["kind"] == "Job")
    {
        let pod = if o["kind"] == "Job" {
            &o["spec"]["template"]["spec"]
        } else {
            pod
        };
        assert_eq!(pod["automountServiceAccountToken"], false);
        for c in pod["containers"].as_array().unwrap() {
            let sc = &c["securityContext"];
            assert_eq!(sc["runAsNonRoot"], true);
            assert_eq!(sc["readOnlyRootFilesystem"], true);
            assert_eq!(sc["allowPrivilegeEscalation"], false);
            assert!(sc["runAsUser"].as_u64().unwrap() > 10000);
            for e in c["env"].as_array().unwrap() {
                assert!(
                    e.get("value").is_none() || !e["name"].as_str().unwrap().contains("__"),
                    "literal secret {e}"
                );
            }
        }
    }
    let job = of(objects, "Job").next().expect("the migration Job");
    assert_eq!(
        job["metadata"]["annotations"]["helm.sh/hook"],
        "pre-install,pre-upgrade"
    );
    assert_eq!(
        job["spec"]["template"]["spec"]["containers"][0]["command"],
        serde_json::json!(["dotnet", "Acme.Identity.dll", "migrate"])
    );
    let job_files = secret_files(&job["spec"]["template"]["spec"]);
    for setting in secret_settings(s) {
        assert!(
            job_files.contains(&setting.env_var),
            "{preset}: Job lacks {}",
            setting.env_var
        );
    }
    let pdb = of(objects, "PodDisruptionBudget").next().unwrap();
    assert_eq!(pdb["spec"]["unhealthyPodEvictionPolicy"], "AlwaysAllow");
    assert_eq!(pdb["spec"]["maxUnavailable"], 1);
    assert!(of(objects, "NetworkPolicy").count() == 2);
    // No route reaches health or metrics: routes name only the public port, and no path is a
    // health or metrics path.
    let public_paths = [&s.health.ready_path, &s.health.live_path, &s.health.metrics_path];
    for ingress in of(objects, "Ingress") {
        for rule in ingress["spec"]["rules"].as_array().unwrap() {
            for p in rule["http"]["paths"].as_array().unwrap() {
                assert_eq!(p["backend"]["service"]["port"]["name"], "http");
                assert!(!public_paths.iter().any(|h| p["path"] == h.as_str()));
            }
        }
        let annotations = ingress["metadata"]["annotations"].as_object().unwrap();
        assert!(!annotations.keys().any(|k| k.contains("snippet")));
    }
    for route in of(objects, "HTTPRoute") {
        assert_eq!(route["spec"]["rules"][0]["backendRefs"][0]["port"], 8080);
    }
    if helm::route(s) == Route::IngressNginx {
        let token = of(objects, "Ingress")
            .find(|i| i["spec"]["rules"][0]["http"]["paths"][0]["path"] == "/connect/token")
            .expect("a /connect/token Ingress");
        assert_eq!(
            token["metadata"]["annotations"]["nginx.ingress.kubernetes.io/limit-rps"],
            "10"
        );
        assert_eq!(token["spec"]["rules"][0]["http"]["paths"][0]["pathType"], "Exact");
    }
    for o in objects {
        assert_eq!(
            o["metadata"]["namespace"], "identity",
            "{preset}: {} without the release namespace",
            o["kind"]
        );
    }
}

#[test]
fn kubernetes_presets_use_gateway_api_or_the_alb_controller_never_ingress_nginx() {
    for preset in KUBERNETES_PRESETS {
        let s = spec(preset, &[]);
        assert!(
            s.proxy
                .hops
                .iter()
                .all(|h| h.kind != idsgen::spec::types::HopKind::IngressNginx),
            "{preset} still routes through the retired ingress-nginx"
        );
    }
    assert_eq!(helm::route(&spec("kubernetes", &[])), Route::HttpRoute);
    assert_eq!(helm::route(&spec("azure-aks", &[])), Route::HttpRoute);
    assert_eq!(helm::route(&spec("aws-eks", &[])), Route::AwsAlb);
}

#[test]
fn envoy_gateway_gets_a_token_route_and_a_per_client_rate_limit_policy() {
    let files = render("kubernetes", &[]);
    let v = values(&files);
    assert_eq!(at(&v, "/httpRoute/implementation"), "envoy-gateway");
    assert_eq!(at(&v, "/httpRoute/token/enabled"), true);
    assert_eq!(at(&v, "/httpRoute/token/path"), "/connect/token");
    assert_eq!(at(&v, "/httpRoute/rateLimit/enabled"), true);
    assert_eq!(at(&v, "/httpRoute/rateLimit/requestsPerSecond"), 10);
    assert_eq!(at(&v, "/httpRoute/healthCheckPolicy/enabled"), false);
    let routes = static_docs(&files, "templates/httproute.yaml");
    assert_eq!(routes.len(), 2);
    assert_eq!(routes[1]["spec"]["rules"][0]["matches"][0]["path"]["type"], "Exact");
    let policies = file(&files, "templates/gateway-policies.yaml");
    assert!(policies.contains("kind: BackendTrafficPolicy") && policies.contains("type: Distinct"));
    assert!(policies.contains("kind: RateLimitPolicy") && policies.contains("$binary_remote_addr"));
    // The Envoy pods' namespace, and only it, reaches the app port.
    assert_eq!(
        at(&v, "/networkPolicy/ingressNamespaces"),
        &serde_json::json!(["gateway-system"])
    );
    let ngf = [
        "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: nginx-gateway-fabric, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]",
    ];
    let v = values(&render("kubernetes", &ngf));
    assert_eq!(at(&v, "/httpRoute/implementation"), "nginx-gateway-fabric");
    assert_eq!(at(&v, "/httpRoute/rateLimit/enabled"), true);
    let other = [
        "proxy.hops=[{kind: l4-lb, terminates_tls: false}, {kind: gateway-api, terminates_tls: true, trusted_networks: [\"10.244.0.0/16\"]}]",
    ];
    let v = values(&render("kubernetes", &other));
    assert_eq!(at(&v, "/httpRoute/rateLimit/enabled"), false);
}

#[test]
fn load_balancers_that_probe_pods_reach_the_management_port() {
    // Application Gateway for Containers: pods admitted from its subnet, probed on 8081.
    let s = spec("azure-aks", &[]);
    let subnet = serde_json::json!(s.proxy.hops[0].trusted_networks);
    let files = render("azure-aks", &[]);
    let v = values(&files);
    assert_eq!(at(&v, "/httpRoute/implementation"), "app-gateway-for-containers");
    assert_eq!(at(&v, "/httpRoute/healthCheckPolicy/enabled"), true);
    assert_eq!(at(&v, "/networkPolicy/ingressCidrs"), &subnet);
    assert_eq!(at(&v, "/networkPolicy/managementCidrs"), &subnet);
    assert_eq!(at(&v, "/networkPolicy/ingressNamespaces"), &serde_json::json!([]));
    let hc = file(&files, "templates/gateway-policies.yaml");
    assert!(hc.contains("kind: HealthCheckPolicy") && hc.contains("port: {{ .Values.app.managementPort }}"));
    // Issue 9 item 9: Application Gateway straight to pods probed nothing that worked.
    let appgw = ["proxy.hops=[{kind: azure-app-gateway, terminates_tls: true, trusted_networks: [\"10.1.0.0/24\"]}]"];
    let files = render("azure-aks", &appgw);
    let v = values(&files);
    assert_eq!(
        at(&v, "/networkPolicy/managementCidrs"),
        &serde_json::json!(["10.1.0.0/24"])
    );
    // AGIC gets an Ingress whose probe names the management port and the readiness path
    // (its default probe is port 80, path `/`), and drains while the pod's preStop sleeps.
    assert_eq!(at(&v, "/ingress/enabled"), true);
    assert_eq!(at(&v, "/ingress/flavour"), "azure-app-gateway");
    assert_eq!(at(&v, "/ingress/className"), "azure-application-gateway");
    assert_eq!(at(&v, "/ingress/tls/enabled"), true);
    let a = at(&v, "/ingress/annotations");
    assert_eq!(
        a["appgw.ingress.kubernetes.io/health-probe-port"],
        at(&v, "/app/managementPort").to_string()
    );
    assert_eq!(
        a["appgw.ingress.kubernetes.io/health-probe-path"],
        *at(&v, "/app/readyPath")
    );
    assert_eq!(a["appgw.ingress.kubernetes.io/connection-draining"], "true");
    assert_eq!(
        a["appgw.ingress.kubernetes.io/connection-draining-timeout"],
        at(&v, "/lifecycle/preStopSleepSeconds").to_string()
    );
    assert_eq!(a["appgw.ingress.kubernetes.io/ssl-redirect"], "true");
    let notes = file(&files, "templates/NOTES.txt");
    assert!(notes.contains("APPLICATION GATEWAY INGRESS CONTROLLER") && notes.contains("show-backend-health"));
}

#[test]
fn pods_drain_before_they_stop_for_as_long_as_the_chain_needs() {
    let eg = helm::drain(&spec("kubernetes", &[]));
    let alb = helm::drain(&spec("aws-eks", &[]));
    assert!(eg.pre_stop_sleep_seconds > 0 && eg.pre_stop_sleep_seconds < alb.pre_stop_sleep_seconds);
    for d in [eg, alb] {
        assert!(d.termination_grace_period_seconds >= d.pre_stop_sleep_seconds + helm::KESTREL_SHUTDOWN_SECONDS);
    }
    assert!(alb.termination_grace_period_seconds > helm::ALB_DEREGISTRATION_DELAY_SECONDS);
    let files = render("aws-eks", &[]);
    let v = values(&files);
    assert_eq!(at(&v, "/lifecycle/preStopSleepSeconds"), alb.pre_stop_sleep_seconds);
    assert_eq!(
        at(&v, "/terminationGracePeriodSeconds"),
        alb.termination_grace_period_seconds
    );
    let a = at(&v, "/ingress/annotations");
    assert_eq!(
        a["alb.ingress.kubernetes.io/target-group-attributes"],
        format!(
            "deregistration_delay.timeout_seconds={}",
            helm::ALB_DEREGISTRATION_DELAY_SECONDS
        )
    );
    // One attribute per line in the values (a joined annotation outgrows yamllint's 160 columns);
    // the template joins them into the load-balancer-attributes annotation.
    assert!(a.get("alb.ingress.kubernetes.io/load-balancer-attributes").is_none());
    let lb: Vec<&str> = at(&v, "/ingress/albLoadBalancerAttributes")
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    assert!(
        lb.contains(&"deletion_protection.enabled=true")
            && lb.contains(&"routing.http.drop_invalid_header_fields.enabled=true")
    );
    let helpers = file(&files, "templates/_helpers.tpl");
    assert!(
        helpers.contains(r#"(join "," $attributes)"#) && helpers.contains(".Values.ingress.albLoadBalancerAttributes")
    );
    let deployment = file(&files, "templates/deployment.yaml");
    assert!(deployment.contains("preStop:") && deployment.contains("sleep:"));
    let notes = file(&files, "templates/NOTES.txt");
    assert!(notes.contains("elbv2.k8s.aws/pod-readiness-gate-inject=enabled"));
    assert!(file(&files, "templates/_helpers.tpl").contains("access_logs.s3.enabled=true"));
}

#[test]
fn the_certificate_is_a_directory_mount_that_sees_rotation() {
    let files = render("kubernetes", &[]);
    let helpers = file(&files, "templates/_helpers.tpl");
    assert!(
        !helpers.contains("subPath:"),
        "a subPath mount never sees a rotated Secret"
    );
    let v = values(&files);
    assert_eq!(at(&v, "/dataProtection/certificate/mountDir"), "/var/run/secrets/idsrv");
    // The certificate's directory may not overlap the secrets mount.
    let clash = [
        "data_protection.key_protection={kind: certificate, path: /var/run/secrets/idsgen/dp.pfx, password: {secret: dp-pass}}",
    ];
    let sets: Vec<String> = clash.iter().map(|s| s.to_string()).collect();
    let err = load::load("kubernetes", presets::find("kubernetes").unwrap().text, &sets)
        .unwrap_err()
        .to_string();
    assert!(err.contains("data_protection.key_protection.path"), "{err}");
}

#[test]
fn the_values_schema_refuses_what_cannot_run() {
    let files = render("aws-eks", &[]);
    let schema: Value = serde_json::from_str(file(&files, "values.schema.json")).unwrap();
    let validator = jsonschema::draft7::new(&schema).unwrap();
    let v = values(&files);
    assert!(validator.is_valid(&v));
    for (pointer, bad) in [
        ("/service/port", Value::from(0)),
        ("/app/managementPort", Value::from(0)),
        ("/networkPolicy/ingressCidrs/0", Value::from("10.0.0.0")),
        ("/networkPolicy/managementCidrs/0", Value::from("ten.zero/8")),
        ("/networkPolicy/managementCidrs/0", Value::from("999.1.1.1/8")),
        ("/networkPolicy/ingressCidrs/0", Value::from("10.0.0.0/33")),
        ("/networkPolicy/ingressCidrs/0", Value::from(":::::/64")),
        ("/networkPolicy/egress/ports/0", Value::from(0)),
        ("/ingress/albWafAclArn", Value::from("my-web-acl")),
    ] {
        let mut broken = v.clone();
        *broken.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = bad.clone();
        assert!(!validator.is_valid(&broken), "schema accepts {pointer} = {bad}");
    }
    let mut tls = v.clone();
    *tls.pointer_mut("/ingress/tls/enabled").unwrap() = Value::from(true);
    *tls.pointer_mut("/ingress/tls/secretName").unwrap() = Value::from("");
    assert!(!validator.is_valid(&tls), "schema accepts TLS without a secret name");
    let mut waf = v.clone();
    *waf.pointer_mut("/ingress/albWafAclArn").unwrap() =
        Value::from("arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/acme-identity/0f1e2d3c");
    assert!(validator.is_valid(&waf), "schema refuses a web ACL ARN");
    for good in [
        "2400:cb00::/32",
        "::1/128",
        "::ffff:10.0.0.0/104",
        "0.0.0.0/0",
        "255.255.255.255/32",
    ] {
        let mut ok = v.clone();
        *ok.pointer_mut("/networkPolicy/ingressCidrs/0").unwrap() = Value::from(good);
        assert!(validator.is_valid(&ok), "schema refuses the CIDR {good}");
    }
    // A mount that is on must say what it mounts.
    for (enabled, field) in [
        (
            "/dataProtection/certificate/enabled",
            "/dataProtection/certificate/secretName",
        ),
        (
            "/dataProtection/keysVolume/enabled",
            "/dataProtection/keysVolume/existingClaim",
        ),
    ] {
        let mut on = v.clone();
        *on.pointer_mut(enabled).unwrap_or_else(|| panic!("{enabled}")) = Value::from(true);
        *on.pointer_mut(field).unwrap_or_else(|| panic!("{field}")) = Value::from("");
        assert!(
            !validator.is_valid(&on),
            "schema accepts {enabled} with an empty {field}"
        );
    }
    // min > max cannot be said in JSON Schema draft-07: the HPA template fails instead.
    assert!(file(&files, "templates/hpa.yaml").contains("fail (printf \"autoscaling.minReplicas"));
}

#[test]
fn the_migration_deadline_and_helms_timeout_are_spelled_out() {
    // Issue 9 item 10: backoffLimit 0 and a 600 s deadline against Helm's 5-minute default
    // --timeout; the values document it where the deadline is set, NOTES print the timeout.
    let files = render("kubernetes", &[]);
    let v = values(&files);
    let deadline = at(&v, "/migrations/activeDeadlineSeconds").as_u64().unwrap();
    assert!(
        deadline > 300,
        "the deadline outlasts Helm's default timeout: {deadline}"
    );
    let values_text = file(&files, "values.yaml");
    let at_deadline = values_text
        .lines()
        .position(|l| l.trim_start().starts_with("activeDeadlineSeconds:"))
        .unwrap();
    let comment = values_text.lines().take(at_deadline).collect::<Vec<_>>()[at_deadline.saturating_sub(5)..].join("\n");
    assert!(comment.contains("--timeout"), "{comment}");
    let schema: Value = serde_json::from_str(file(&files, "values.schema.json")).unwrap();
    let described = schema
        .pointer("/properties/migrations/properties/activeDeadlineSeconds/description")
        .and_then(Value::as_str)
        .unwrap_or_default();
    assert!(described.contains("--timeout"), "{described}");
    let job = file(&files, "templates/migration-job.yaml");
    assert!(job.contains("backoffLimit: 0") && job.contains(".Values.migrations.activeDeadlineSeconds"));
    let notes = file(&files, "templates/NOTES.txt");
    assert!(notes.contains("--timeout {{ add (div .Values.migrations.activeDeadlineSeconds 60) 6 }}m"));
}

/// yamllint's line-length limit in .ci/validate_outputs.py. `cargo test` fails on a runaway
/// generated line before the validator stage would (a joined ALB attribute annotation did).
const YAMLLINT_MAX_LINE: usize = 160;

#[test]
fn no_generated_yaml_line_outgrows_yamllint() {
    for preset in presets::all() {
        for f in render(preset.name, &[]) {
            if !(f.path.ends_with(".yaml") || f.path.ends_with(".yml")) || f.path.contains("/templates/") {
                continue;
            }
            for (i, line) in f.contents.lines().enumerate() {
                assert!(
                    line.chars().count() <= YAMLLINT_MAX_LINE,
                    "{} {}:{} has {} characters: {line}",
                    preset.name,
                    f.path,
                    i + 1,
                    line.chars().count()
                );
            }
        }
    }
}
