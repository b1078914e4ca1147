//! The review before anything is written: every value in the spec that no question on screen
//! set (assumed from the target's preset), the placeholders that would make the deployment not
//! production-ready (`spec::placeholders`, checklist X12), and changing any of them in place
//! with the same `path=value` rules as `--set`.

use crate::spec::placeholders;
use crate::spec::types::Spec;
use crate::spec::{load, set, validate};
use crate::wizard::answers::{Answers, is_within};
use crate::wizard::question::{Choice, Kind, Question, validator};
use serde_json::Value;

/// One value of the spec the user may want to look at before writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Spec path (`kubernetes.namespace`, `proxy.hops[0].trusted_networks`).
    pub path: String,
    /// The value as `--set` reads it back.
    pub value: String,
    /// No question on screen set it.
    pub assumed: bool,
    /// Why it is a placeholder to replace, if it is one.
    pub placeholder: Option<String>,
}

/// Question keys that ask "add one more?" and set no value themselves.
fn sets_nothing(key: &str) -> bool {
    key.ends_with(".more") || (key.starts_with("clients[") && key.ends_with(']'))
}

/// Whether a question the user answered on screen set the value at `path`. "Keep this proxy
/// chain?" shows each hop's kind, name, TLS and trusted networks, so it sets those; on-prem's one
/// instance count sets both ends of the range.
fn seen(path: &str, answers: &Answers, keys: &[String]) -> bool {
    if path == "hosting.min_instances" && !keys.iter().any(|k| k == path) && answers.was_seen("hosting.max_instances") {
        return true;
    }
    keys.iter().any(|k| {
        answers.was_seen(k)
            && !sets_nothing(k)
            && if k == "proxy.hops" {
                is_within(path, k) && !path.ends_with(".forwards") && !path.contains(".forwards.")
            } else {
                is_within(path, k)
            }
    })
}

/// Every value in `spec` the user never saw a question for, and every placeholder (seen or not),
/// in spec order.
pub fn listed(spec: &Spec, answers: &Answers) -> Vec<Listed> {
    let Ok(tree) = serde_json::to_value(spec) else {
        return Vec::new();
    };
    let mut leaves = Vec::new();
    flatten("", &tree, &mut leaves);
    let keys: Vec<String> = answers.keys_in_pass().to_vec();
    let found = placeholders::find(spec);
    let mut out = Vec::new();
    // The format version is not a deployment choice.
    for (path, value) in leaves.into_iter().filter(|(p, _)| p != "version") {
        let placeholder = found
            .iter()
            .find(|p| p.path == path || is_within(&p.path, &path))
            .map(|p| p.why.clone());
        let assumed = !seen(&path, answers, &keys);
        if assumed || placeholder.is_some() {
            out.push(Listed {
                path,
                value,
                assumed,
                placeholder,
            });
        }
    }
    // A placeholder at a path the spec leaves out (an omitted image repository renders one).
    for p in found {
        if !out.iter().any(|l| l.path == p.path || is_within(&p.path, &l.path)) {
            out.push(Listed {
                path: p.path,
                value: p.value,
                assumed: true,
                placeholder: Some(p.why),
            });
        }
    }
    out
}

/// Scalars and lists of scalars are one value each; objects and lists of objects are walked.
fn flatten(path: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten(&p, x, out);
            }
        }
        Value::Array(items) if items.iter().any(|x| x.is_object() || x.is_array()) => {
            for (i, x) in items.iter().enumerate() {
                flatten(&format!("{path}[{i}]"), x, out);
            }
        }
        Value::String(s) => out.push((path.to_string(), s.clone())),
        // Nothing to look at: an empty list or an unset optional value.
        Value::Null => {}
        Value::Array(items) if items.is_empty() => {}
        other => out.push((path.to_string(), other.to_string())),
    }
}

/// The review as text: assumed values, then placeholders.
pub fn summary(items: &[Listed]) -> String {
    let mut text = String::new();
    let assumed: Vec<&Listed> = items.iter().filter(|l| l.assumed && l.placeholder.is_none()).collect();
    if !assumed.is_empty() {
        text.push_str("Assumed values (no question set them; they come from the target's preset):\n");
        for l in assumed {
            text.push_str(&format!("  {} = {}\n", l.path, l.value));
        }
    }
    let marked: Vec<&Listed> = items.iter().filter(|l| l.placeholder.is_some()).collect();
    if !marked.is_empty() {
        text.push_str(
            "\nPlaceholders: NOT production-ready until replaced (CHECKLIST.md and `idsgen check` fail X12):\n",
        );
        for l in marked {
            text.push_str(&format!(
                "  ! {} = {}  ({})\n",
                l.path,
                l.value,
                l.placeholder.as_deref().unwrap_or("")
            ));
        }
    }
    text
}

/// The question that picks which listed value to change.
pub fn pick_question(items: &[Listed]) -> Question {
    let options = items
        .iter()
        .map(|l| {
            let mark = if l.placeholder.is_some() { "! " } else { "" };
            Choice::new(l.path.clone(), format!("{mark}{} = {}", l.path, l.value))
        })
        .collect();
    Question {
        key: "review.pick".to_string(),
        message: "Which value?".to_string(),
        help: Some("placeholders are marked !".to_string()),
        kind: Kind::Select { options, default: 0 },
    }
}

/// The question for a new value at `path`, validated as `--set path=VALUE` on the whole spec
/// (its field rule and every cross-field rule), so a bad value is refused at its question.
pub fn value_question(spec: &Spec, item: &Listed) -> Question {
    let base = spec.clone();
    let path = item.path.clone();
    Question {
        key: format!("review.{}", item.path),
        message: format!("New value for {}", item.path),
        help: Some("written as with --set: text as typed, lists as [a, b]".to_string()),
        kind: Kind::Text {
            default: item.value.clone(),
            validate: Some(validator(move |v| with_override(&base, &path, v).map(|_| ()))),
            list: false,
            optional: false,
        },
    }
}

/// `spec` with `path` set to `value` (`--set` semantics), or why that is refused.
pub fn with_override(spec: &Spec, path: &str, value: &str) -> Result<Spec, String> {
    let text = yaml_serde::to_string(spec).map_err(|e| e.to_string())?;
    let changed = set::apply("idsgen.yaml", &text, &[format!("{path}={value}")]).map_err(|e| e.to_string())?;
    let new = load::parse("idsgen.yaml", &changed).map_err(|e| e.to_string())?;
    let problems = validate::validate(&new);
    if problems.is_empty() {
        Ok(new)
    } else {
        Err(problems.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::types::Target;
    use crate::wizard::flow::preset_spec;
    use crate::wizard::question::Answer;

    fn answered(keys: &[&str]) -> Answers {
        let mut a = Answers::new();
        for k in keys {
            a.set(k, Answer::Bool(true));
            a.seen(k);
        }
        a
    }

    #[test]
    fn values_no_question_set_are_assumed_and_answered_ones_are_not() {
        let spec = preset_spec(Target::Kubernetes).unwrap();
        let items = listed(&spec, &answered(&["hosting.target", "project.name", "proxy.hops"]));
        let paths: Vec<&str> = items.iter().filter(|l| l.assumed).map(|l| l.path.as_str()).collect();
        assert!(!paths.contains(&"project.name"), "{paths:?}");
        assert!(
            !paths.contains(&"proxy.hops[0].trusted_networks"),
            "shown by the chain question"
        );
        assert!(paths.contains(&"public.origin"), "never asked here: {paths:?}");
        assert!(paths.iter().any(|p| p.starts_with("clients[0].scopes")), "{paths:?}");
        assert!(paths.iter().any(|p| p.starts_with("kubernetes.")), "{paths:?}");
    }

    #[test]
    fn placeholders_are_listed_even_when_the_user_accepted_them() {
        let spec = preset_spec(Target::OnpremLinux).unwrap();
        let items = listed(&spec, &answered(&["hosting.target", "public.origin"]));
        let origin = items.iter().find(|l| l.path == "public.origin").expect("origin listed");
        assert!(!origin.assumed);
        assert!(origin.placeholder.is_some());
        assert!(summary(&items).contains("! public.origin = https://id.example.com"));
    }

    #[test]
    fn a_change_is_checked_with_every_rule_before_it_is_taken() {
        let spec = preset_spec(Target::Kubernetes).unwrap();
        let new = with_override(&spec, "public.origin", "https://login.acme-corp.io").unwrap();
        assert_eq!(new.public.origin, "https://login.acme-corp.io");
        let refused = with_override(&spec, "public.origin", "http://login.acme-corp.io").unwrap_err();
        assert!(refused.contains("public.origin"), "{refused}");
        let unknown = with_override(&spec, "public.orign", "https://x.acme-corp.io").unwrap_err();
        assert!(unknown.contains("origin"), "did you mean: {unknown}");
    }
}
