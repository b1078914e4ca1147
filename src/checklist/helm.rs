//! Helm charts: which YAML files are chart values and which are templates, and templates made
//! parseable as YAML (actions blanked, lines kept) so the Kubernetes rules can read their static
//! structure. Values are read as plain YAML.

use crate::checklist::tree::Tree;

/// What a YAML path is inside a Helm chart, judged against the set of paths present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFile {
    /// `values.yaml` / `values-*.yaml` next to a `Chart.yaml`.
    Values,
    /// A file under the chart's `templates/`.
    Template,
    /// `Chart.yaml` itself.
    Chart,
    /// Not part of a chart.
    None,
}

/// Classifies `path` given every path of the tree.
pub fn classify(path: &str, has: &dyn Fn(&str) -> bool) -> ChartFile {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    let join = |d: &str, f: &str| {
        if d.is_empty() {
            f.to_string()
        } else {
            format!("{d}/{f}")
        }
    };
    if name == "Chart.yaml" {
        return ChartFile::Chart;
    }
    if (name.starts_with("values") && (name.ends_with(".yaml") || name.ends_with(".yml")))
        && has(&join(dir, "Chart.yaml"))
    {
        return ChartFile::Values;
    }
    // Walk up to a `templates` directory whose parent holds Chart.yaml.
    let parts: Vec<&str> = path.split('/').collect();
    for i in (0..parts.len().saturating_sub(1)).rev() {
        if parts[i] == "templates" && has(&join(&parts[..i].join("/"), "Chart.yaml")) {
            return ChartFile::Template;
        }
    }
    ChartFile::None
}

/// The chart directory ("" for the tree root) of a template path, when a `templates/` directory
/// above it sits next to a Chart.yaml.
pub fn chart_root(path: &str, has: &dyn Fn(&str) -> bool) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    (0..parts.len().saturating_sub(1)).rev().find_map(|i| {
        let dir = parts[..i].join("/");
        let chart = if dir.is_empty() {
            "Chart.yaml".to_string()
        } else {
            format!("{dir}/Chart.yaml")
        };
        (parts[i] == "templates" && has(&chart)).then_some(dir)
    })
}

/// Replaces each action that only prints a chart value (`{{ .Values.a.b }}`, `{{- $.Values.a.b | quote }}`)
/// by that value when `values` holds a scalar there, so names, hosts and paths read as Helm will
/// render them with the chart's defaults. Every other action is left for `strip_actions`.
pub fn resolve_values(text: &str, values: &Tree) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start..];
        let Some(end) = after.find("}}").map(|e| e + 2) else {
            break;
        };
        out.push_str(&rest[..start]);
        let action = &after[..end];
        match value_of(action, values) {
            Some(v) => out.push_str(&v),
            None => out.push_str(action),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn value_of(action: &str, values: &Tree) -> Option<String> {
    // Substituting a multi-line action would shift every line below it.
    if action.contains('\n') {
        return None;
    }
    let inner = action.trim_start_matches("{{").trim_end_matches("}}");
    let inner = inner.trim_start_matches('-').trim_end_matches('-').trim();
    let (expr, pipe) = match inner.split_once('|') {
        Some((e, p)) => (e.trim(), Some(p.trim())),
        None => (inner, None),
    };
    if pipe.is_some_and(|p| p != "quote") {
        return None;
    }
    let path = expr
        .strip_prefix("$.Values.")
        .or_else(|| expr.strip_prefix(".Values."))?;
    if !path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
    {
        return None;
    }
    let keys: Vec<&str> = path.split('.').collect();
    let v = values.at(&keys)?.as_str()?;
    Some(if pipe.is_some() {
        format!("{v:?}")
    } else {
        v.to_string()
    })
}

/// Replica counts anywhere in a values document (charts nest them per component, e.g.
/// `sts.replicaCount`): `replicaCount`, and `maxReplicas` of an `autoscaling` block whose `enabled`
/// is true, as (count, line, dotted path).
pub fn replica_counts(doc: &Tree) -> Vec<(u64, usize, String)> {
    fn go(node: &Tree, path: &mut Vec<String>, out: &mut Vec<(u64, usize, String)>) {
        for e in node.entries() {
            path.push(e.key.clone());
            if e.key == "replicaCount"
                && let Some(n) = e.value.as_u64()
            {
                out.push((n, e.line, path.join(".")));
            }
            if e.key == "autoscaling"
                && e.value.get("enabled").and_then(Tree::as_bool) == Some(true)
                && let Some(m) = e.value.entry("maxReplicas")
                && let Some(n) = m.value.as_u64()
            {
                out.push((n, m.line, format!("{}.maxReplicas", path.join("."))));
            }
            go(&e.value, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    go(doc, &mut Vec::new(), &mut out);
    out
}

/// Replaces template actions so the YAML structure stays parseable with the same line numbers:
/// a line holding only actions becomes empty; an action inside a line becomes `HELM`.
pub fn strip_actions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // First replace every action by a marker that keeps its newlines.
    let mut replaced = String::with_capacity(text.len());
    while let Some(start) = rest.find("{{") {
        replaced.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find("}}").map(|e| e + 2).unwrap_or(after.len());
        let action = &after[..end];
        replaced.push('\u{1}');
        replaced.extend(action.chars().filter(|c| *c == '\n'));
        rest = &after[end..];
    }
    replaced.push_str(rest);
    for line in replaced.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        if body.contains('\u{1}') && body.replace('\u{1}', "").trim().is_empty() {
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(&body.replace('\u{1}', "HELM"));
            out.push_str(&line[body.len()..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_files_are_recognised() {
        let paths = [
            "chart/Chart.yaml",
            "chart/values.yaml",
            "chart/templates/deployment.yaml",
            "k8s/deploy.yaml",
        ];
        let has = |p: &str| paths.contains(&p);
        assert_eq!(classify("chart/values.yaml", &has), ChartFile::Values);
        assert_eq!(classify("chart/templates/deployment.yaml", &has), ChartFile::Template);
        assert_eq!(classify("k8s/deploy.yaml", &has), ChartFile::None);
    }

    #[test]
    fn value_actions_resolve_from_the_charts_values() {
        let values = &crate::checklist::tree::parse_yaml("sts:\n  host: login.example.test\n  port: 80\n  list: [a]\n")
            .unwrap()[0];
        let t = "host: {{ .Values.sts.host | quote }}\nname: {{ .Release.Name }}-sts\nport: {{- $.Values.sts.port }}\nx: {{ .Values.sts.list }}\ny: {{ .Values.sts.host | upper }}\n";
        let r = resolve_values(t, values);
        assert_eq!(
            r,
            "host: \"login.example.test\"\nname: {{ .Release.Name }}-sts\nport: 80\nx: {{ .Values.sts.list }}\ny: {{ .Values.sts.host | upper }}\n"
        );
        let paths = ["chart/Chart.yaml"];
        let has = |p: &str| paths.contains(&p);
        assert_eq!(
            chart_root("chart/templates/sts/deploy.yaml", &has),
            Some("chart".to_string())
        );
        assert_eq!(chart_root("k8s/deploy.yaml", &has), None);
    }

    #[test]
    fn nested_replica_counts_are_found() {
        let values = &crate::checklist::tree::parse_yaml(
            "replicaCount: 1\nsts:\n  replicaCount: 2\n  autoscaling:\n    enabled: true\n    maxReplicas: 6\nadmin:\n  autoscaling:\n    enabled: false\n    maxReplicas: 9\n",
        )
        .unwrap()[0];
        assert_eq!(
            replica_counts(values),
            vec![
                (1, 1, "replicaCount".to_string()),
                (2, 3, "sts.replicaCount".to_string()),
                (6, 6, "sts.autoscaling.maxReplicas".to_string()),
            ]
        );
    }

    #[test]
    fn actions_are_stripped_and_lines_kept() {
        let t = "{{- if .Values.x }}\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicaCount }}\n  {{- with .Values.y }}\n  {{- toYaml . | nindent 2 }}\n  {{- end }}\n  runAsNonRoot: true\n{{- end }}\n";
        let s = strip_actions(t);
        assert_eq!(s.lines().count(), t.lines().count());
        let docs = crate::checklist::tree::parse_yaml(&s).unwrap();
        let spec = docs[0].get("spec").unwrap();
        assert_eq!(spec.entry("runAsNonRoot").unwrap().line, 8);
        assert_eq!(spec.get("replicas").unwrap().as_str(), Some("HELM"));
    }
}
