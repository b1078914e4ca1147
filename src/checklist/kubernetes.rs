//! Kubernetes manifests and Helm charts as parsed YAML: workloads (replicas, env, security
//! contexts), autoscalers, Ingresses and ingress-nginx ConfigMaps, with lines, plus chart values.

use crate::checklist::helm::{self, ChartFile};
use crate::checklist::tree::{Kind, Tree, parse_yaml};

/// One Kubernetes object.
#[derive(Debug, Clone)]
pub struct Object {
    /// File.
    pub file: String,
    /// `kind`.
    pub kind: String,
    /// `metadata.name` (may be `HELM` in templates).
    pub name: String,
    /// Line of `kind:`.
    pub line: usize,
    /// The document.
    pub doc: Tree,
    /// Read from a Helm template (actions blanked).
    pub templated: bool,
}

/// An environment variable of a container.
#[derive(Debug, Clone)]
pub struct EnvVar {
    /// File.
    pub file: String,
    /// Line of `name:`.
    pub line: usize,
    /// Variable name.
    pub name: String,
    /// Literal `value`, if any.
    pub value: Option<String>,
    /// The workload or compose service that sets it (`metadata.name`, the service key).
    pub owner: String,
}

/// Chart values files.
#[derive(Debug, Clone)]
pub struct Values {
    /// File.
    pub file: String,
    /// The document.
    pub doc: Tree,
}

/// Every manifest and values file of a tree.
#[derive(Debug, Default)]
pub struct Kube {
    /// Objects with `apiVersion` and `kind`.
    pub objects: Vec<Object>,
    /// Helm values.
    pub values: Vec<Values>,
    /// Plain manifests that did not parse: (file, line, message).
    pub errors: Vec<(String, usize, String)>,
}

impl Kube {
    /// Loads YAML files; `has` tells which paths exist (to recognise charts).
    pub fn load(files: &[(&str, &str)], has: &dyn Fn(&str) -> bool) -> Self {
        let mut kube = Kube::default();
        // Each chart's default values, to resolve `{{ .Values.x }}` in its templates.
        // An overlay for a production-like environment beside values.yaml (`values.azure.yaml`,
        // `values-prod.yaml`) is what the release installs with `-f`: laid over the defaults,
        // in name order, so a switch it turns on (`ingress.enabled: true`) renders.
        let dir_of = |p: &str| p.rsplit_once('/').map(|(d, _)| d).unwrap_or("").to_string();
        let mut overlays: Vec<(&str, &str)> = files
            .iter()
            .filter(|(p, _)| production_overlay(p) && helm::classify(p, has) == ChartFile::Values)
            .copied()
            .collect();
        overlays.sort();
        let chart_values: Vec<(String, Tree)> = files
            .iter()
            .filter(|(p, _)| p.ends_with("/values.yaml") || *p == "values.yaml")
            .filter(|(p, _)| helm::classify(p, has) == ChartFile::Values)
            .filter_map(|(p, t)| {
                let dir = dir_of(p);
                let mut values = parse_yaml(t).ok()?.into_iter().next()?;
                for (_, overlay) in overlays.iter().filter(|(o, _)| dir_of(o) == dir) {
                    if let Some(over) = parse_yaml(overlay).ok().and_then(|d| d.into_iter().next()) {
                        values = helm::merge_values(&values, &over);
                    }
                }
                Some((dir, values))
            })
            .collect();
        // A chart's values as its templates see them: a subchart (`<parent>/charts/<name>`)
        // gets the parent's `<name>:` section laid over its own defaults.
        let values_for = |root: &str| -> Option<Tree> {
            let own = chart_values.iter().find(|(d, _)| d == root).map(|(_, v)| v);
            let from_parent = root.rsplit_once("/charts/").and_then(|(parent, name)| {
                let (_, values) = chart_values.iter().find(|(d, _)| d == parent)?;
                values.get(name)
            });
            match (own, from_parent) {
                (Some(o), Some(p)) => Some(helm::merge_values(o, p)),
                (o, p) => o.or(p).cloned(),
            }
        };
        for (path, text) in files {
            let role = helm::classify(path, has);
            let templated = role == ChartFile::Template;
            // azd's Azure Container Apps templates (`infra/<service>.tmpl.yaml`) hold Go template
            // actions too; blanked, they are YAML.
            let aca_template = path.ends_with(".tmpl.yaml") || path.ends_with(".tmpl.yml");
            let source = if aca_template {
                helm::strip_actions(text)
            } else if templated {
                match helm::chart_root(path, has).and_then(|root| values_for(&root)) {
                    Some(values) => helm::strip_actions(&helm::resolve_values(
                        &helm::drop_false_conditionals(text, &values),
                        &values,
                    )),
                    None => helm::strip_actions(text),
                }
            } else {
                text.to_string()
            };
            let docs = match parse_yaml(&source) {
                Ok(d) => d,
                Err(e) => {
                    // A template may still not be YAML once its actions are blanked; that is
                    // Helm's business, not a finding.
                    if !templated && looks_like_manifest(text) {
                        kube.errors.push((path.to_string(), error_line(&e), e));
                    }
                    continue;
                }
            };
            if role == ChartFile::Values {
                for doc in docs {
                    kube.values.push(Values {
                        file: path.to_string(),
                        doc,
                    });
                }
                continue;
            }
            for doc in docs {
                // An Azure Container App (azd template or `az containerapp` YAML): its containers
                // sit under properties.template; it reads as a workload of kind `ContainerApp`.
                if doc.at(&["properties", "template", "containers"]).is_some() {
                    let name = doc
                        .at(&["properties", "template", "containers"])
                        .and_then(|c| c.items().first())
                        .and_then(|c| c.get("name"))
                        .and_then(Tree::as_str)
                        .or_else(|| doc.get("name").and_then(Tree::as_str))
                        .unwrap_or("")
                        .to_string();
                    let line = doc.entry("properties").map(|e| e.line).unwrap_or(1);
                    kube.objects.push(Object {
                        file: path.to_string(),
                        kind: "ContainerApp".to_string(),
                        name,
                        line,
                        templated: aca_template,
                        doc: doc.clone(),
                    });
                    continue;
                }
                let (Some(kind), Some(_)) = (doc.entry("kind"), doc.get("apiVersion")) else {
                    continue;
                };
                let Some(kind_name) = kind.value.as_str() else { continue };
                kube.objects
                    .extend(ambassador_annotation_objects(path, &doc, templated));
                kube.objects.push(Object {
                    file: path.to_string(),
                    kind: kind_name.to_string(),
                    name: doc
                        .at(&["metadata", "name"])
                        .and_then(Tree::as_str)
                        .unwrap_or("")
                        .to_string(),
                    line: kind.line,
                    templated,
                    doc: doc.clone(),
                });
            }
        }
        kube
    }

    /// Objects of `kind`.
    pub fn of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Object> + 'a {
        self.objects.iter().filter(move |o| o.kind == kind)
    }

    /// Objects of `kind` from the API group `api` names (`networking.istio.io/`): a kind two
    /// projects both define (`Gateway`, `Host`) is the one of that group.
    pub fn of_api<'a>(&'a self, kind: &'a str, api: &'a str) -> impl Iterator<Item = &'a Object> + 'a {
        self.of_kind(kind).filter(move |o| {
            o.doc
                .get("apiVersion")
                .and_then(Tree::as_str)
                .is_some_and(|a| a.starts_with(api))
        })
    }

    /// Every container env var with a name, in workloads.
    pub fn env_vars(&self) -> Vec<EnvVar> {
        let mut out = Vec::new();
        for o in &self.objects {
            for container in containers(o) {
                for e in container.get("env").map(Tree::items).unwrap_or(&[]) {
                    if let Some(name) = e.entry("name") {
                        out.push(EnvVar {
                            file: o.file.clone(),
                            line: name.line,
                            name: name.value.as_str().unwrap_or("").to_string(),
                            value: e.get("value").and_then(Tree::as_str).map(str::to_string),
                            owner: o.name.clone(),
                        });
                    }
                }
            }
        }
        out
    }
}

fn error_line(message: &str) -> usize {
    // yaml-rust2 messages end with "at byte B line L column C".
    message
        .split("line ")
        .nth(1)
        .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

fn looks_like_manifest(text: &str) -> bool {
    text.lines().any(|l| l.starts_with("apiVersion:")) && text.lines().any(|l| l.starts_with("kind:"))
}

/// The pod spec of a workload object, if it has one.
pub fn pod_spec(o: &Object) -> Option<&Tree> {
    match o.kind.as_str() {
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "Job" => o.doc.at(&["spec", "template", "spec"]),
        "CronJob" => o.doc.at(&["spec", "jobTemplate", "spec", "template", "spec"]),
        "Pod" => o.doc.get("spec"),
        "ContainerApp" => o.doc.at(&["properties", "template"]),
        _ => None,
    }
}

/// Containers and init containers of a workload.
pub fn containers(o: &Object) -> Vec<&Tree> {
    let Some(spec) = pod_spec(o) else { return Vec::new() };
    ["containers", "initContainers"]
        .iter()
        .filter_map(|k| spec.get(k))
        .flat_map(Tree::items)
        .collect()
}

/// The Ingress's class (`spec.ingressClassName`, else the legacy annotation); `None` means the
/// cluster's default IngressClass serves it.
pub fn ingress_class(o: &Object) -> Option<&str> {
    o.doc
        .at(&["spec", "ingressClassName"])
        .or_else(|| o.doc.at(&["metadata", "annotations", "kubernetes.io/ingress.class"]))
        .and_then(Tree::as_str)
}

/// True when a tree is a map with no entries or not a map.
pub fn is_empty(t: Option<&Tree>) -> bool {
    match t {
        None => true,
        Some(t) => match &t.kind {
            Kind::Map(e) => e.is_empty(),
            Kind::Null => true,
            _ => false,
        },
    }
}

/// A values overlay named for an environment that is not a development or test one:
/// `values.azure.yaml`, `values-prod.yaml`, not `values.local.yml` or `values-dev.yaml`.
fn production_overlay(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let Some(env) = name
        .strip_prefix("values")
        .and_then(|r| r.strip_suffix(".yaml").or_else(|| r.strip_suffix(".yml")))
        .and_then(|r| r.strip_prefix(['.', '-', '_']))
    else {
        return false;
    };
    const NOT_PRODUCTION: &[&str] = &[
        "dev", "local", "test", "ci", "qa", "stag", "sandbox", "example", "sample", "kind", "minikube", "preprod",
        "uat", "demo", "schema",
    ];
    !env.is_empty() && !NOT_PRODUCTION.iter().any(|n| env.contains(n))
}

/// Ambassador's first configuration style: resources written as YAML documents inside a
/// Service's `getambassador.io/config` annotation (a block scalar). Each becomes an object of
/// its own, its lines those of the file (the block starts on the line after the key).
fn ambassador_annotation_objects(path: &str, doc: &Tree, templated: bool) -> Vec<Object> {
    let Some(e) = doc
        .at(&["metadata", "annotations"])
        .and_then(|a| a.entry("getambassador.io/config"))
    else {
        return Vec::new();
    };
    let Some(text) = e.value.as_str() else {
        return Vec::new();
    };
    let Ok(docs) = parse_yaml(text) else { return Vec::new() };
    docs.iter()
        .filter_map(|d| {
            let d = shifted(d, e.line);
            let kind = d.entry("kind")?;
            let name = d
                .at(&["metadata", "name"])
                .or_else(|| d.get("name"))
                .and_then(Tree::as_str)
                .unwrap_or("")
                .to_string();
            Some(Object {
                file: path.to_string(),
                kind: kind.value.as_str()?.to_string(),
                name,
                line: kind.line,
                templated,
                doc: d.clone(),
            })
        })
        .collect()
}

/// `t` with every line moved down by `by`.
fn shifted(t: &Tree, by: usize) -> Tree {
    let kind = match &t.kind {
        Kind::Map(entries) => Kind::Map(
            entries
                .iter()
                .map(|e| crate::checklist::tree::Entry {
                    key: e.key.clone(),
                    line: e.line + by,
                    value: shifted(&e.value, by),
                })
                .collect(),
        ),
        Kind::Seq(items) => Kind::Seq(items.iter().map(|i| shifted(i, by)).collect()),
        other => other.clone(),
    };
    Tree {
        line: t.line + by,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::routes::ingress_routes;

    #[test]
    fn a_production_values_overlay_turns_on_what_the_defaults_leave_off() {
        let chart = "apiVersion: v2\nname: id\nversion: 0.1.0\n";
        let defaults = "ingress:\n  enabled: false\n  host: id.local\n";
        let ingress = "{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  rules:\n    - host: {{ .Values.ingress.host }}\n{{- end }}\n";
        let load = |overlay: (&str, &str)| {
            let files = [
                ("chart/Chart.yaml", chart),
                ("chart/values.yaml", defaults),
                overlay,
                ("chart/templates/ingress.yaml", ingress),
            ];
            let paths: Vec<String> = files.iter().map(|(p, _)| p.to_string()).collect();
            Kube::load(&files, &|p| paths.iter().any(|q| q == p))
                .of_kind("Ingress")
                .count()
        };
        let on = "ingress:\n  enabled: true\n  host: id.tyrell-cloud.io\n";
        assert_eq!(load(("chart/values.azure.yaml", on)), 1);
        assert_eq!(load(("chart/values-prod.yml", on)), 1);
        // A development overlay is not what production installs.
        assert_eq!(load(("chart/values.local.yml", on)), 0);
        assert_eq!(load(("chart/values-dev.yaml", on)), 0);
    }

    #[test]
    fn an_azd_container_app_template_is_a_workload_with_env() {
        let text = "location: {{ .Env.AZURE_LOCATION }}\nproperties:\n  configuration:\n    ingress:\n      external: true\n  template:\n    containers:\n      - image: {{ .Image }}\n        name: identity-api\n        env:\n          - name: ASPNETCORE_FORWARDEDHEADERS_ENABLED\n            value: \"true\"\n          - name: ConnectionStrings__db\n            secretRef: db\n";
        let kube = Kube::load(&[("infra/identity-api.tmpl.yaml", text)], &|_| false);
        let env = kube.env_vars();
        assert_eq!(env.len(), 2, "{env:?}");
        assert_eq!(
            (env[0].owner.as_str(), env[0].line, env[0].value.as_deref()),
            ("identity-api", 11, Some("true"))
        );
        assert_eq!(env[1].value, None);
    }

    #[test]
    fn workloads_env_and_values() {
        let files = [
            (
                "k8s/deploy.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: id\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: Duende__LicenseKey\n              value: eyJhbGciOi\n",
            ),
            ("chart/Chart.yaml", "apiVersion: v2\nname: id\n"),
            ("chart/values.yaml", "replicaCount: 2\n"),
            (
                "chart/templates/hpa.yaml",
                "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  maxReplicas: {{ .Values.max }}\n",
            ),
        ];
        let paths: Vec<&str> = files.iter().map(|f| f.0).collect();
        let kube = Kube::load(&files, &|p| paths.contains(&p));
        let d = kube.of_kind("Deployment").next().unwrap();
        assert_eq!(d.doc.at(&["spec", "replicas"]).unwrap().as_u64(), Some(3));
        let env = kube.env_vars();
        assert_eq!(
            (env[0].name.as_str(), env[0].line, env[0].value.as_deref()),
            ("Duende__LicenseKey", 12, Some("eyJhbGciOi"))
        );
        assert_eq!(kube.values[0].doc.get("replicaCount").unwrap().as_u64(), Some(2));
        assert!(kube.of_kind("HorizontalPodAutoscaler").next().unwrap().templated);
    }

    #[test]
    fn classless_and_pathless_ingresses_route_everything() {
        let text = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: id\nspec:\n  rules:\n  - host: id.example.org\n    http:\n      paths:\n      - pathType: ImplementationSpecific\n        backend:\n          service:\n            name: id\n      - path: /health\n        pathType: Exact\n        backend:\n          service:\n            name: id\n";
        let kube = Kube::load(&[("k8s/ingress.yaml", text)], &|_| false);
        let ing = kube.of_kind("Ingress").next().unwrap();
        assert_eq!(ingress_class(ing), None);
        let routes = ingress_routes(ing);
        let got: Vec<(&str, usize, bool)> = routes.iter().map(|r| (r.path.as_str(), r.line, r.exact)).collect();
        assert_eq!(got, vec![("/", 10, false), ("/health", 14, true)]);
        assert_eq!(routes[0].host.as_deref(), Some("id.example.org"));
        let legacy = "apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: id\n  annotations:\n    kubernetes.io/ingress.class: traefik\nspec:\n  backend:\n    serviceName: id\n";
        let kube = Kube::load(&[("k8s/old.yaml", legacy)], &|_| false);
        let ing = kube.of_kind("Ingress").next().unwrap();
        assert_eq!(ingress_class(ing), Some("traefik"));
        assert_eq!(ingress_routes(ing)[0].line, 8);
    }

    #[test]
    fn template_names_resolve_from_nested_values() {
        let files = [
            ("chart/Chart.yaml", "apiVersion: v2\nname: id\n"),
            ("chart/values.yaml", "sts:\n  name: login\n  host: login.example.test\n"),
            (
                "chart/templates/ingress.yaml",
                "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ .Values.sts.name }}\nspec:\n  rules:\n    - host: {{ .Values.sts.host | quote }}\n",
            ),
        ];
        let paths: Vec<&str> = files.iter().map(|f| f.0).collect();
        let kube = Kube::load(&files, &|p| paths.contains(&p));
        let ing = kube.of_kind("Ingress").next().unwrap();
        assert_eq!(ing.name, "login");
        assert_eq!(ingress_routes(ing).len(), 0);
        assert_eq!(
            ing.doc.at(&["spec", "rules"]).unwrap().items()[0]
                .get("host")
                .unwrap()
                .as_str(),
            Some("login.example.test")
        );
    }
}
