//! Helm charts: which YAML files are chart values and which are templates, and templates made
//! parseable as YAML (actions blanked, lines kept) so the Kubernetes rules can read their static
//! structure. Values are read as plain YAML.

use crate::checklist::tree::{Kind, Tree};

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

/// Blanks the branch a chart's values switch off: `{{- if .Values.ingress.tls }} … {{- end }}`
/// with no `ingress.tls` in `values` loses its body (and keeps its `else`), so a `tls:` section
/// the values never enable is not read as configured. Only conditions that are one values path
/// (optionally under `not`) are decided; every other block is kept whole. Removed text becomes
/// spaces, so every line keeps its number.
pub fn drop_false_conditionals(text: &str, values: &Tree) -> String {
    struct Frame {
        /// For a decidable `if`: whether its condition holds.
        cond: Option<bool>,
        start: usize,
        /// Start and end of the `else` action.
        else_at: Option<(usize, usize)>,
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while let Some(open) = text[at..].find("{{") {
        let start = at + open;
        let Some(close) = text[start..].find("}}") else { break };
        let end = start + close + 2;
        let inner = text[start + 2..end - 2]
            .trim_start_matches('-')
            .trim_end_matches('-')
            .trim();
        let word = inner.split_whitespace().next().unwrap_or("");
        match word {
            "if" => stack.push(Frame {
                cond: truth(inner.trim_start_matches("if").trim(), values),
                start,
                else_at: None,
            }),
            "with" | "range" | "define" | "block" => stack.push(Frame {
                cond: None,
                start,
                else_at: None,
            }),
            "else" => {
                if let Some(f) = stack.last_mut() {
                    // `else if` chains are not decided.
                    if inner != "else" || f.else_at.is_some() {
                        f.cond = None;
                    }
                    f.else_at.get_or_insert((start, end));
                }
            }
            "end" => {
                if let Some(f) = stack.pop() {
                    match (f.cond, f.else_at) {
                        (Some(false), Some((_, else_end))) => blank.push((f.start, else_end)),
                        (Some(false), None) => blank.push((f.start, end)),
                        (Some(true), Some((else_start, _))) => blank.push((else_start, end)),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        at = end;
    }
    if blank.is_empty() {
        return text.to_string();
    }
    let mut bytes = text.as_bytes().to_vec();
    for (from, to) in blank {
        for b in &mut bytes[from..to] {
            // Keep line breaks; blank everything else, one byte at a time (multi-byte
            // characters become several spaces, which keeps the text valid UTF-8).
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Go template truth of a condition that is one values path (`.Values.a.b`, `$.Values.a.b`,
/// `not .Values.a`, and `and`/`or` of plain paths): false for a missing value, `false`, `0`, `""`, null and empty maps or lists.
/// `None` for anything else.
fn truth(cond: &str, values: &Tree) -> Option<bool> {
    // `and A B …` / `or A B …` of such paths: decided when the operands decide it.
    for (op, short) in [("and ", false), ("or ", true)] {
        if let Some(rest) = cond.strip_prefix(op) {
            let operands: Vec<Option<bool>> = rest.split_whitespace().map(|a| truth(a, values)).collect();
            if operands.contains(&Some(short)) {
                return Some(short);
            }
            return operands.iter().all(Option::is_some).then_some(!short);
        }
    }
    let (negated, expr) = match cond.strip_prefix("not ") {
        Some(rest) => (true, rest.trim()),
        None => (false, cond),
    };
    let path = expr
        .strip_prefix("$.Values.")
        .or_else(|| expr.strip_prefix(".Values."))?;
    if path.is_empty()
        || !path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-')
    {
        return None;
    }
    let keys: Vec<&str> = path.split('.').collect();
    let held = match values.at(&keys).map(|v| &v.kind) {
        None | Some(Kind::Null) => false,
        Some(Kind::Map(e)) => !e.is_empty(),
        Some(Kind::Seq(s)) => !s.is_empty(),
        Some(Kind::Scalar(s)) => !matches!(s.as_str(), "" | "false" | "0"),
    };
    Some(held != negated)
}

/// A subchart's values as its templates see them: its own defaults with the parent's
/// `<subchart>:` section laid over them (maps merge key by key; anything else replaces).
pub fn merge_values(defaults: &Tree, overrides: &Tree) -> Tree {
    match (&defaults.kind, &overrides.kind) {
        (Kind::Map(base), Kind::Map(over)) => {
            let mut entries = base.clone();
            for o in over {
                match entries.iter_mut().find(|e| e.key == o.key) {
                    Some(e) => {
                        e.value = merge_values(&e.value, &o.value);
                        e.line = o.line;
                    }
                    None => entries.push(o.clone()),
                }
            }
            Tree {
                line: overrides.line,
                kind: Kind::Map(entries),
            }
        }
        _ => overrides.clone(),
    }
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
    fn branches_the_values_switch_off_are_blanked_line_for_line() {
        let values = &crate::checklist::tree::parse_yaml("ingress:\n  enabled: true\n  tls: []\n  className: nginx\n")
            .unwrap()[0];
        let t = "{{- if .Values.ingress.enabled }}\nspec:\n  {{- if .Values.ingress.tls }}\n  tls:\n    - hosts: [a]\n  {{- else }}\n  plain: true\n  {{- end }}\n  {{- if not .Values.ingress.className }}\n  default: true\n  {{- end }}\n  {{- if eq .Values.x \"y\" }}\n  kept: true\n  {{- end }}\n{{- end }}\n";
        let out = drop_false_conditionals(t, values);
        assert_eq!(out.lines().count(), t.lines().count());
        let body: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("{{"))
            .collect();
        assert_eq!(body, vec!["spec:", "plain: true", "kept: true"]);
        let gated = "{{- if and .Values.ingress.enabled .Values.ingress.tls }}\nx: 1\n{{- end }}\n{{- if or .Values.ingress.tls .Values.ingress.className }}\ny: 1\n{{- end }}\n";
        let body: Vec<String> = drop_false_conditionals(gated, values)
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty() && !l.starts_with("{{"))
            .collect();
        assert_eq!(body, vec!["y: 1"]);
        // Undecidable values (no values at all) keep everything.
        let none = &crate::checklist::tree::parse_yaml("{}\n").unwrap()[0];
        assert!(
            drop_false_conditionals("{{ if .Values.a }}\nx: 1\n{{ end }}\n", none)
                .trim()
                .is_empty()
        );
        assert_eq!(
            drop_false_conditionals("{{ if include \"t\" . }}\nx: 1\n{{ end }}\n", none),
            "{{ if include \"t\" . }}\nx: 1\n{{ end }}\n"
        );
    }

    #[test]
    fn a_parents_section_overrides_a_subcharts_defaults() {
        let own =
            &crate::checklist::tree::parse_yaml("ingress:\n  enabled: false\n  hosts: [a]\nport: 80\n").unwrap()[0];
        let parent = &crate::checklist::tree::parse_yaml("ingress:\n  enabled: true\n").unwrap()[0];
        let merged = merge_values(own, parent);
        assert_eq!(merged.at(&["ingress", "enabled"]).and_then(Tree::as_str), Some("true"));
        assert!(merged.at(&["ingress", "hosts"]).is_some());
        assert_eq!(merged.get("port").and_then(Tree::as_str), Some("80"));
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
