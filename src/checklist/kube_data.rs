//! What Kubernetes Secrets and ConfigMaps hold, as literals with lines: Secret `data` decoded
//! from base64, Secret `stringData`, and ConfigMap `data`. Values that Helm fills in at install
//! time (blanked to `HELM`) are not literals and are left out.

use crate::checklist::kubernetes::{Kube, Object};
use crate::checklist::tree::Tree;

/// One key of a Secret or ConfigMap with the value committed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal {
    /// File.
    pub file: String,
    /// Line of the key.
    pub line: usize,
    /// `Secret` or `ConfigMap`.
    pub kind: &'static str,
    /// `metadata.name` of the object.
    pub object: String,
    /// The key (often an environment variable name such as `ConnectionStrings__Db`).
    pub key: String,
    /// The value as the container sees it (Secret `data` decoded).
    pub value: String,
}

/// Every literal of every Secret and ConfigMap in `kube`.
pub fn literals(kube: &Kube) -> Vec<Literal> {
    let mut out = Vec::new();
    for o in &kube.objects {
        match o.kind.as_str() {
            "Secret" => {
                collect(o, "data", "Secret", true, &mut out);
                collect(o, "stringData", "Secret", false, &mut out);
            }
            "ConfigMap" => collect(o, "data", "ConfigMap", false, &mut out),
            _ => {}
        }
    }
    out
}

fn collect(o: &Object, section: &str, kind: &'static str, base64: bool, out: &mut Vec<Literal>) {
    for e in o.doc.get(section).map(Tree::entries).unwrap_or(&[]) {
        let Some(raw) = e.value.as_str() else { continue };
        if raw.contains("HELM") && o.templated {
            continue;
        }
        let value = if base64 {
            match decode(raw) {
                Some(v) => v,
                None => continue,
            }
        } else {
            raw.to_string()
        };
        out.push(Literal {
            file: o.file.clone(),
            line: e.line,
            kind,
            object: o.name.clone(),
            key: e.key.clone(),
            value,
        });
    }
}

/// Decodes a Secret `data` value (standard base64, whitespace allowed) to UTF-8 text.
fn decode(raw: &str) -> Option<String> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = data_encoding::BASE64.decode(compact.as_bytes()).ok()?;
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(path: &str, text: &str) -> Kube {
        Kube::load(&[(path, text)], &|_| false)
    }

    #[test]
    fn secret_data_is_decoded_and_string_data_kept() {
        // "Server=db;Password=Pr0d!" in base64.
        let text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  ConnectionStrings__Db: U2VydmVyPWRiO1Bhc3N3b3JkPVByMGQh\n  broken: '%%%'\nstringData:\n  Duende__LicenseKey: eyJhbGciOi\n";
        let lits = literals(&load("k8s/secret.yaml", text));
        let got: Vec<(&str, usize, &str, &str)> = lits
            .iter()
            .map(|l| (l.kind, l.line, l.key.as_str(), l.value.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Secret", 6, "ConnectionStrings__Db", "Server=db;Password=Pr0d!"),
                ("Secret", 9, "Duende__LicenseKey", "eyJhbGciOi"),
            ]
        );
        assert_eq!(lits[0].object, "db");
    }

    #[test]
    fn configmap_literals_and_helm_values_left_out() {
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  Serilog__MinimumLevel__Default: Information\n  PORT: \"8080\"\n";
        let lits = literals(&load("k8s/cm.yaml", cm));
        assert_eq!(lits.len(), 2);
        assert_eq!((lits[0].line, lits[0].value.as_str()), (6, "Information"));
        let tpl = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  Db: {{ .Values.db | b64enc }}\n";
        let paths = ["chart/Chart.yaml", "chart/templates/secret.yaml"];
        let kube = Kube::load(&[("chart/templates/secret.yaml", tpl)], &|p| paths.contains(&p));
        assert!(literals(&kube).is_empty());
    }
}
