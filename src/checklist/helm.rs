//! Helm charts: which YAML files are chart values and which are templates, and templates made
//! parseable as YAML (actions blanked, lines kept) so the Kubernetes rules can read their static
//! structure. Values are read as plain YAML.

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
