//! The non-interactive command lines equivalent to a wizard run: `--spec FILE`, and `--preset X`
//! with one `--set path=value` per answer that differs from the preset.

use crate::spec::types::Spec;
use serde_json::Value;
use std::path::Path;

/// `idsgen render --spec DIR/idsgen.yaml -o DIR`.
pub fn spec_command(dir: &Path) -> String {
    let spec = dir.join("idsgen.yaml");
    format!(
        "idsgen render --spec {} -o {}",
        shell_quote(&spec.display().to_string()),
        shell_quote(&dir.display().to_string())
    )
}

/// `idsgen render --preset NAME --set a=b ... -o DIR`, reproducing `spec` from the preset.
pub fn preset_command(preset_name: &str, preset: &Spec, spec: &Spec, dir: &Path) -> String {
    let mut parts = vec![format!("idsgen render --preset {}", shell_quote(preset_name))];
    for set in set_overrides(preset, spec) {
        parts.push(format!("--set {}", shell_quote(&set)));
    }
    parts.push(format!("-o {}", shell_quote(&dir.display().to_string())));
    parts.join(" ")
}

/// `path=value` overrides that turn `preset` into `spec`, in spec order. Scalars and lists of
/// scalars are set at their own path; a list whose length changed, an object that appears or
/// whose `kind` changed is set whole (as a JSON flow value, which YAML reads); a removed optional
/// field is set to `null`.
pub fn set_overrides(preset: &Spec, spec: &Spec) -> Vec<String> {
    let (Ok(a), Ok(b)) = (serde_json::to_value(preset), serde_json::to_value(spec)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    diff("", &a, &b, &mut out);
    out
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.get("kind") == y.get("kind") => {
            for (key, vb) in y {
                match x.get(key) {
                    Some(va) => diff(&join(path, key), va, vb, out),
                    None => out.push(format!("{}={}", join(path, key), value_text(vb))),
                }
            }
            for key in x.keys().filter(|k| !y.contains_key(*k)) {
                out.push(format!("{}=null", join(path, key)));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() && y.iter().any(|v| v.is_object() || v.is_array()) => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), va, vb, out);
            }
        }
        _ => out.push(format!("{path}={}", value_text(b))),
    }
}

/// A value as `--set` reads it: plain text for safe strings and numbers, JSON otherwise.
fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) if is_plain(s) => s.clone(),
        _ => v.to_string(),
    }
}

/// Whether YAML reads `s` back as the same string without quotes.
fn is_plain(s: &str) -> bool {
    const KEYWORDS: &[&str] = &["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"];
    let first_ok = s.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
    // `:` is plain inside a scalar (`https://x`); only `: ` or a trailing `:` would make a key.
    first_ok
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "_./-:@+".contains(c))
        && !s.ends_with(':')
        && !KEYWORDS.contains(&s.to_ascii_lowercase().as_str())
}

/// Quotes `s` for a POSIX shell when it holds anything beyond safe characters.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_./=:,@%+-".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::types::Target;
    use crate::spec::types::{ClientKind, KeyStore};
    use crate::wizard::flow::preset_spec;

    #[test]
    fn identical_specs_need_no_overrides() {
        let p = preset_spec(Target::AwsEcs).unwrap();
        assert!(set_overrides(&p, &p.clone()).is_empty());
    }

    #[test]
    fn scalars_and_scalar_lists_are_set_at_their_path() {
        let p = preset_spec(Target::OnpremLinux).unwrap();
        let mut s = p.clone();
        s.hosting.max_instances = 4;
        s.proxy.hops[0].trusted_networks = vec!["10.0.0.1".into()];
        s.nginx.as_mut().unwrap().openssl = "3.5".into();
        assert_eq!(
            set_overrides(&p, &s),
            vec![
                "hosting.max_instances=4",
                r#"proxy.hops[0].trusted_networks=["10.0.0.1"]"#,
                r#"nginx.openssl="3.5""#,
            ]
        );
    }

    #[test]
    fn a_changed_kind_sets_the_whole_object_and_removed_options_are_null() {
        let p = preset_spec(Target::OnpremLinux).unwrap();
        let mut s = p.clone();
        s.data_protection.key_store = KeyStore::FileSystem {
            path: "/mnt/keys".into(),
        };
        s.public.path_base = Some("/identity".into());
        s.nginx = None;
        let sets = set_overrides(&p, &s);
        assert!(sets.contains(&"public.path_base=/identity".to_string()), "{sets:?}");
        s.public.origin = "https://login.example.org:8443".into();
        assert!(set_overrides(&p, &s).contains(&"public.origin=https://login.example.org:8443".to_string()));
        s.project.name = "true".into();
        assert!(set_overrides(&p, &s).contains(&r#"project.name="true""#.to_string()));
        assert!(
            sets.contains(&r#"data_protection.key_store={"kind":"file-system","path":"/mnt/keys"}"#.to_string()),
            "{sets:?}"
        );
        assert!(sets.contains(&"nginx=null".to_string()), "{sets:?}");
    }

    #[test]
    fn a_list_of_objects_that_changed_length_is_set_whole() {
        let p = preset_spec(Target::AwsEcs).unwrap();
        let mut s = p.clone();
        s.clients.truncate(1);
        s.clients[0].kind = ClientKind::Native;
        let sets = set_overrides(&p, &s);
        assert_eq!(sets.len(), 1, "{sets:?}");
        assert!(sets[0].starts_with("clients=[{"), "{sets:?}");
    }

    #[test]
    fn shell_quoting_keeps_brackets_and_quotes_literal() {
        assert_eq!(shell_quote("hosting.max_instances=4"), "hosting.max_instances=4");
        assert_eq!(shell_quote(r#"a=["x"]"#), r#"'a=["x"]'"#);
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }

    /// Applies the printed overrides to the preset's text with the real `--set` and parses.
    fn replay(target: Target, spec: &Spec) -> Spec {
        let preset = crate::spec::presets::find(crate::wizard::choices::preset_for(target)).unwrap();
        let base = preset_spec(target).unwrap();
        let sets = set_overrides(&base, spec);
        let text = crate::spec::set::apply("preset", preset.text, &sets).unwrap_or_else(|e| panic!("{sets:?}: {e}"));
        crate::spec::load::parse("replayed", &text).unwrap_or_else(|e| panic!("{sets:?}: {e}"))
    }

    #[test]
    fn the_printed_overrides_rebuild_the_spec_through_the_real_set() {
        let p = preset_spec(Target::OnpremLinux).unwrap();
        let mut s = p.clone();
        s.hosting.max_instances = 4;
        s.public.origin = "https://login.example.org:8443".into();
        s.public.path_base = Some("/identity".into());
        s.proxy.hops[0].trusted_networks = vec!["10.0.0.1".into(), "10.1.0.0/16".into()];
        s.nginx.as_mut().unwrap().version = "1.24".into();
        s.nginx.as_mut().unwrap().openssl = "3.0".into();
        s.project.name = "true".into();
        s.data_protection.key_store = KeyStore::FileSystem {
            path: "/mnt/keys".into(),
        };
        s.redis.as_mut().unwrap().connection_string.secret = "redis-conn".into();
        s.clients.truncate(1);
        s.clients[0].cors_origins.push("https://other.example.com".into());
        assert_eq!(replay(Target::OnpremLinux, &s), s);

        let p = preset_spec(Target::AwsEcs).unwrap();
        let mut s = p.clone();
        s.redis = None;
        s.clients.clear();
        s.proxy.hops[0].name = None;
        assert_eq!(replay(Target::AwsEcs, &s), s);
    }
}
