//! `--set path.to.field=value` overrides, applied to the YAML document before it is typed. Paths
//! are checked against the spec's JSON Schema, so a typo gets "did you mean" from the real names.
//! A text field takes the value as typed; any other field reads it as YAML (see `text_value`).

use crate::error::{Error, Result};
use crate::spec::locate::{Segment, parse_path};
use crate::spec::types::Spec;
use serde_json::Value as Json;
use yaml_serde::{Mapping, Value};

const EXAMPLE: &str = "e.g. `--set hosting.max_instances=4` or `--set proxy.hops[0].trusted_networks[1]=10.0.0.0/8`";

/// Applies overrides to YAML text and returns the new text (comments are not kept).
pub fn apply(source_name: &str, text: &str, overrides: &[String]) -> Result<String> {
    if overrides.is_empty() {
        return Ok(text.to_string());
    }
    let doc = apply_value(source_name, text, overrides)?;
    yaml_serde::to_string(&doc)
        .map_err(|e| Error::usage(format!("--set produced a document that cannot be written: {e}")))
}

/// Parses `text` and applies every override in order, returning the untyped document.
pub fn apply_value(source_name: &str, text: &str, overrides: &[String]) -> Result<Value> {
    let mut doc: Value = yaml_serde::from_str(text).map_err(|e| {
        let loc = e.location();
        Error::Parse {
            source_name: source_name.to_string(),
            line: loc.as_ref().map(|l| l.line()),
            column: loc.as_ref().map(|l| l.column()),
            message: format!("malformed YAML: {}", strip_location(&e.to_string())),
        }
    })?;
    let schema = SchemaWalker::new();
    for raw in overrides {
        apply_one(&schema, &mut doc, raw)?;
    }
    Ok(doc)
}

/// Applies one `PATH=VALUE`.
fn apply_one(schema: &SchemaWalker, doc: &mut Value, raw: &str) -> Result<()> {
    let Some((path, value_text)) = raw.split_once('=') else {
        return Err(Error::usage(format!(
            "--set `{raw}` has no `=`: write PATH=VALUE, {EXAMPLE}"
        )));
    };
    let path = path.trim();
    let segments = parse_path(path).map_err(|e| Error::usage(format!("--set `{raw}`: {e}; {EXAMPLE}")))?;
    let (target, segments) = schema
        .check(&segments)
        .map_err(|e| Error::usage(format!("--set `{raw}`: {e}")))?;
    let value = match schema.string_field(target) {
        Some(nullable) => text_value(value_text, nullable),
        None => yaml_value(raw, value_text)?,
    };
    *slot(doc, &segments, raw)? = value;
    Ok(())
}

/// The value of a field that takes text: exactly what was typed (spaces around it trimmed), so
/// `Team #1 portal` keeps its `#1`, `1.22` stays a version and `*` is not a YAML alias. A value in
/// YAML quotes (`'…'` or `"…"`) is unquoted by YAML's rules; nothing, `null` or `~` clears an
/// optional field.
fn text_value(value_text: &str, nullable: bool) -> Value {
    let typed = value_text.trim();
    let parsed = yaml_serde::from_str::<Value>(typed);
    match parsed {
        Ok(Value::Null) if nullable => Value::Null,
        Ok(v @ Value::String(_)) if typed.starts_with(['"', '\'']) => v,
        _ => Value::String(typed.to_string()),
    }
}

/// The value of any other field (a number, a boolean, a list, a mapping), read as YAML. A `#`
/// after a space would start a YAML comment and silently drop the rest, so it is refused.
fn yaml_value(raw: &str, value_text: &str) -> Result<Value> {
    if starts_comment(value_text) {
        return Err(Error::usage(format!(
            "--set `{raw}`: ` #` starts a YAML comment here, so the rest of the value would be dropped; quote the text that holds it, e.g. `[\"a #1\"]`, or use `--set-string` for a text field"
        )));
    }
    yaml_serde::from_str::<Value>(value_text).map_err(|e| {
        Error::usage(format!(
            "--set `{raw}`: the value is not a YAML value ({}); quote text that contains YAML syntax, e.g. `--set 'clients[0].scopes=[\"api\"]'`",
            strip_location(&e.to_string())
        ))
    })
}

/// Whether YAML would read a comment in `text`: a `#` at the start or after a space or tab,
/// outside single or double quotes.
fn starts_comment(text: &str) -> bool {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' && (previous == ' ' || previous == '\t') => return true,
            None => {}
        }
        previous = c;
    }
    false
}

/// Turns one `--set-string PATH=VALUE` into the `--set` that means the same: the value, quoted
/// as a YAML single-quoted scalar, is text whatever it looks like (`true`, `8`, `a #b`).
pub fn string_override(raw: &str) -> String {
    match raw.split_once('=') {
        Some((path, value)) => format!("{path}='{}'", value.replace('\'', "''")),
        None => raw.to_string(),
    }
}

/// The node at `segments`, creating missing mappings (and appending one list item at index `len`).
fn slot<'a>(doc: &'a mut Value, segments: &[Segment], raw: &str) -> Result<&'a mut Value> {
    let mut node = doc;
    let mut walked = String::new();
    for segment in segments {
        match segment {
            Segment::Field(name) => {
                if node.is_null() {
                    *node = Value::Mapping(Mapping::new());
                }
                let Some(map) = node.as_mapping_mut() else {
                    return Err(Error::usage(format!(
                        "--set `{raw}`: `{walked}` is not a mapping in the spec, so it has no field `{name}`"
                    )));
                };
                let key = Value::String(name.clone());
                if !map.contains_key(&key) {
                    map.insert(key.clone(), Value::Null);
                }
                node = map.get_mut(&key).expect("inserted above");
                if !walked.is_empty() {
                    walked.push('.');
                }
                walked.push_str(name);
            }
            Segment::Index(i) => {
                if node.is_null() {
                    *node = Value::Sequence(Vec::new());
                }
                let Some(seq) = node.as_sequence_mut() else {
                    return Err(Error::usage(format!(
                        "--set `{raw}`: `{walked}` is not a list in the spec"
                    )));
                };
                if *i == seq.len() {
                    seq.push(Value::Null);
                } else if *i > seq.len() {
                    return Err(Error::usage(format!(
                        "--set `{raw}`: `{walked}` has {} item(s), so `[{i}]` is out of range; use `[{}]` to append one, or set the whole list, e.g. `{walked}=[a, b]`",
                        seq.len(),
                        seq.len()
                    )));
                }
                node = &mut seq[*i];
                walked.push_str(&format!("[{i}]"));
            }
        }
    }
    Ok(node)
}

/// Removes the first ` at line N column M` (the problem's own location, which the caller reports
/// itself); a later one, such as libyaml's "while parsing a mapping at line ...", stays.
pub fn strip_location(message: &str) -> String {
    let Some(start) = message.find(" at line ") else {
        return message.to_string();
    };
    let rest = &message[start + " at line ".len()..];
    let digits = |t: &str| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = digits(rest);
    let Some(after) = rest[n..].strip_prefix(" column ") else {
        return message.to_string();
    };
    let m = digits(after);
    if n == 0 || m == 0 {
        return message.to_string();
    }
    format!("{}{}", &message[..start], &after[m..])
}

/// Walks the spec's JSON Schema by spec path.
struct SchemaWalker {
    root: Json,
}

impl SchemaWalker {
    fn new() -> Self {
        Self {
            root: schemars::schema_for!(Spec).to_value(),
        }
    }

    /// Follows `$ref` to `#/$defs/NAME`.
    fn resolve<'a>(&'a self, mut node: &'a Json) -> &'a Json {
        for _ in 0..32 {
            let Some(r) = node.get("$ref").and_then(Json::as_str) else {
                break;
            };
            match r
                .strip_prefix("#/$defs/")
                .and_then(|name| self.root.get("$defs")?.get(name))
            {
                Some(target) => node = target,
                None => break,
            }
        }
        node
    }

    /// The node and every branch of its `oneOf` / `anyOf` / `allOf`, resolved.
    fn branches<'a>(&'a self, node: &'a Json) -> Vec<&'a Json> {
        let node = self.resolve(node);
        let mut out = vec![node];
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(list) = node.get(key).and_then(Json::as_array) {
                for b in list {
                    out.extend(self.branches(b));
                }
            }
        }
        out
    }

    /// Checks that `segments` names a node of the spec; returns its schema and the segments to
    /// write. In a map of free-form keys to values (`logging.categories`), the rest of the path is
    /// one key, so `logging.categories.Microsoft.EntityFrameworkCore` names a single category.
    fn check<'a>(&'a self, segments: &[Segment]) -> std::result::Result<(&'a Json, Vec<Segment>), String> {
        let mut node = &self.root;
        let mut walked = String::new();
        let mut out = Vec::new();
        let mut i = 0;
        while i < segments.len() {
            let branches = self.branches(node);
            match &segments[i] {
                Segment::Field(name) => {
                    let mut names: Vec<&str> = Vec::new();
                    let mut found = None;
                    let mut open_map = None;
                    for b in &branches {
                        if let Some(props) = b.get("properties").and_then(Json::as_object) {
                            for (k, v) in props {
                                if !names.contains(&k.as_str()) {
                                    names.push(k);
                                }
                                if k == name && found.is_none() {
                                    found = Some(v);
                                }
                            }
                        }
                        if let Some(extra) = b.get("additionalProperties").filter(|v| v.is_object()) {
                            open_map = Some(extra);
                        }
                    }
                    let mut key = name.clone();
                    node = match (found, open_map) {
                        (Some(child), _) => child,
                        (None, Some(extra)) => {
                            let rest = &segments[i + 1..];
                            let leaf = self
                                .branches(extra)
                                .iter()
                                .all(|b| b.get("properties").is_none() && b.get("items").is_none());
                            if leaf && rest.iter().all(|s| matches!(s, Segment::Field(_))) {
                                for s in rest {
                                    if let Segment::Field(more) = s {
                                        key.push('.');
                                        key.push_str(more);
                                    }
                                }
                                i = segments.len() - 1;
                            }
                            extra
                        }
                        (None, None) => {
                            let at = if walked.is_empty() {
                                "the spec's top level".to_string()
                            } else {
                                format!("`{walked}`")
                            };
                            if branches.iter().any(|b| b.get("items").is_some()) {
                                let hint = if name.parse::<usize>().is_ok() {
                                    format!("`{walked}[{name}]`")
                                } else {
                                    format!("`{walked}[0].{name}`")
                                };
                                return Err(format!(
                                    "{at} is a list, so it has no field `{name}`; index its items in brackets, e.g. {hint}"
                                ));
                            }
                            if names.is_empty() {
                                return Err(format!("{at} is a value, not a mapping, so it has no field `{name}`"));
                            }
                            return Err(format!(
                                "`{name}` is not a field of {at}.{} Fields there: {}. (`idsgen schema` prints them all.)",
                                did_you_mean(name, &names),
                                names.join(", ")
                            ));
                        }
                    };
                    if !walked.is_empty() {
                        walked.push('.');
                    }
                    walked.push_str(&key);
                    out.push(Segment::Field(key));
                }
                Segment::Index(n) => {
                    match branches.iter().find_map(|b| b.get("items")) {
                        Some(items) => node = items,
                        None => {
                            return Err(format!(
                                "`{walked}` is not a list, so `[{n}]` does not apply; write `{walked}=VALUE`"
                            ));
                        }
                    }
                    walked.push_str(&format!("[{n}]"));
                    out.push(Segment::Index(*n));
                }
            }
            i += 1;
        }
        Ok((node, out))
    }

    /// `Some(nullable)` when the node takes text and no numbers or booleans.
    fn string_field(&self, node: &Json) -> Option<bool> {
        let mut types: Vec<String> = Vec::new();
        for b in self.branches(node) {
            match b.get("type") {
                Some(Json::String(t)) => types.push(t.clone()),
                Some(Json::Array(ts)) => types.extend(ts.iter().filter_map(|t| t.as_str().map(str::to_string))),
                _ => {}
            }
        }
        let text = types.iter().any(|t| t == "string")
            && !types
                .iter()
                .any(|t| matches!(t.as_str(), "number" | "integer" | "boolean" | "object" | "array"));
        text.then(|| types.iter().any(|t| t == "null"))
    }
}

/// ` Did you mean `x`?` when some name is close to `name`, else the empty string.
pub fn did_you_mean(name: &str, candidates: &[&str]) -> String {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(name, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" Did you mean `{c}`?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "version: 1
hosting: { target: kubernetes, min_instances: 2, max_instances: 2 }
proxy:
  hops:
    - kind: nginx
      terminates_tls: true
      trusted_networks: [\"127.0.0.1\"]
";

    fn set(overrides: &[&str]) -> Result<Value> {
        let o: Vec<String> = overrides.iter().map(|s| s.to_string()).collect();
        apply_value("test", BASE, &o)
    }

    fn usage(r: Result<Value>) -> String {
        match r {
            Err(Error::Usage { message }) => message,
            other => panic!("expected a usage error, got {other:?}"),
        }
    }

    #[test]
    fn sets_scalars_lists_and_new_sections() {
        let doc = set(&[
            "hosting.max_instances=4",
            "proxy.hops[0].trusted_networks[1]=10.0.0.0/8",
            "telemetry.prometheus=false",
            "clients[0].cors_origins=[\"https://a.example\"]",
            "nginx.version=1.24",
        ])
        .unwrap();
        assert_eq!(doc["hosting"]["max_instances"].as_u64(), Some(4));
        assert_eq!(
            doc["proxy"]["hops"][0]["trusted_networks"][1].as_str(),
            Some("10.0.0.0/8")
        );
        assert_eq!(
            doc["proxy"]["hops"][0]["trusted_networks"][0].as_str(),
            Some("127.0.0.1")
        );
        assert_eq!(doc["telemetry"]["prometheus"].as_bool(), Some(false));
        assert_eq!(doc["clients"][0]["cors_origins"][0].as_str(), Some("https://a.example"));
        assert_eq!(doc["nginx"]["version"].as_str(), Some("1.24"), "versions stay text");
    }

    #[test]
    fn later_overrides_win_and_null_clears() {
        let doc = set(&[
            "hosting.max_instances=4",
            "hosting.max_instances=6",
            "public.path_base=",
        ])
        .unwrap();
        assert_eq!(doc["hosting"]["max_instances"].as_u64(), Some(6));
        assert!(doc["public"]["path_base"].is_null());
    }

    #[test]
    fn tagged_enum_fields_and_maps_are_reachable() {
        let doc = set(&[
            "data_protection.key_store.kind=azure-blob",
            "data_protection.key_store.blob_uri=https://a.blob.core.windows.net/c/k.xml",
            "logging.categories.Microsoft=Error",
            "redis.persistence=aof",
        ])
        .unwrap();
        assert_eq!(doc["data_protection"]["key_store"]["kind"].as_str(), Some("azure-blob"));
        assert_eq!(doc["logging"]["categories"]["Microsoft"].as_str(), Some("Error"));
        assert_eq!(doc["redis"]["persistence"].as_str(), Some("aof"));
    }

    #[test]
    fn text_fields_take_the_text_as_typed() {
        let doc = set(&[
            "logging.categories.Microsoft.EntityFrameworkCore=Error",
            "clients[0].cors_origins[0]=*",
            "license.key.secret=",
            "redis=",
        ])
        .unwrap();
        assert_eq!(
            doc["logging"]["categories"]["Microsoft.EntityFrameworkCore"].as_str(),
            Some("Error")
        );
        assert_eq!(doc["clients"][0]["cors_origins"][0].as_str(), Some("*"));
        assert_eq!(
            doc["license"]["key"]["secret"].as_str(),
            Some(""),
            "a required name becomes empty"
        );
        assert!(doc["redis"].is_null(), "an optional section is cleared");
    }

    #[test]
    fn a_hash_in_text_is_kept_and_elsewhere_refused() {
        let doc = set(&[
            "clients[0].name=Team #1 portal",
            "project.name='quoted # kept'",
            "nginx.version=\"1.26\"",
        ])
        .unwrap();
        assert_eq!(doc["clients"][0]["name"].as_str(), Some("Team #1 portal"));
        assert_eq!(doc["project"]["name"].as_str(), Some("quoted # kept"));
        assert_eq!(doc["nginx"]["version"].as_str(), Some("1.26"));
        let e = usage(set(&["clients[0].scopes=[api #2]"]));
        assert!(e.contains("YAML comment") && e.contains("--set-string"), "{e}");
        let doc = set(&["clients[0].scopes=[\"api #2\", b#c]"]).unwrap();
        assert_eq!(doc["clients"][0]["scopes"][0].as_str(), Some("api #2"));
        assert_eq!(doc["clients"][0]["scopes"][1].as_str(), Some("b#c"));
    }

    #[test]
    fn set_string_makes_any_value_text() {
        let o = string_override("clients[0].name=it's true #1");
        assert_eq!(o, "clients[0].name='it''s true #1'");
        let doc = set(&[o.as_str(), &string_override("project.name=true")]).unwrap();
        assert_eq!(doc["clients"][0]["name"].as_str(), Some("it's true #1"));
        assert_eq!(doc["project"]["name"].as_str(), Some("true"));
        // On a number field the value stays text, so typing reports it (not a silent 0).
        let doc = set(&[&string_override("hosting.max_instances=4")]).unwrap();
        assert_eq!(doc["hosting"]["max_instances"].as_str(), Some("4"));
    }

    #[test]
    fn unknown_paths_suggest_real_names() {
        let e = usage(set(&["hosting.max_instance=4"]));
        assert!(e.contains("`max_instance` is not a field of `hosting`"), "{e}");
        assert!(e.contains("Did you mean `max_instances`?"), "{e}");
        assert!(e.contains("min_instances"), "{e}");
        let e = usage(set(&["proxy.hops[0].trusted_network[0]=10.0.0.0/8"]));
        assert!(e.contains("Did you mean `trusted_networks`?"), "{e}");
        let e = usage(set(&["telemetri.prometheus=false"]));
        assert!(e.contains("top level") && e.contains("`telemetry`"), "{e}");
        let e = usage(set(&["hosting[0]=1"]));
        assert!(e.contains("not a list"), "{e}");
        let e = usage(set(&["version.x=1"]));
        assert!(e.contains("no field `x`"), "{e}");
    }

    #[test]
    fn dotted_list_indexes_point_to_brackets() {
        let e = usage(set(&["proxy.hops.0.name=edge"]));
        assert!(e.contains("`proxy.hops` is a list"), "{e}");
        assert!(e.contains("`proxy.hops[0]`"), "{e}");
        assert!(!e.contains("not a mapping"), "{e}");
        let e = usage(set(&["clients.scopes=[api]"]));
        assert!(e.contains("`clients[0].scopes`"), "{e}");
    }

    #[test]
    fn malformed_overrides_are_usage_errors() {
        let e = usage(set(&["hosting.max_instances"]));
        assert!(
            e.contains("no `=`") && e.contains("--set hosting.max_instances=4"),
            "{e}"
        );
        let e = usage(set(&["proxy.hops[x]=1"]));
        assert!(e.contains("not an index"), "{e}");
        let e = usage(set(&["proxy.hops[3].kind=nginx"]));
        assert!(e.contains("out of range") && e.contains("[1]"), "{e}");
        let e = usage(set(&["clients=[a,"]));
        assert!(e.contains("not a YAML value"), "{e}");
    }

    #[test]
    fn strip_location_removes_only_the_problem_mark() {
        assert_eq!(strip_location("bad at line 3 column 1"), "bad");
        assert_eq!(
            strip_location("x at line 3 column 1, while parsing a mapping at line 2 column 3"),
            "x, while parsing a mapping at line 2 column 3"
        );
        assert_eq!(strip_location("no location"), "no location");
    }

    #[test]
    fn malformed_documents_keep_their_location() {
        match apply_value("f.yaml", "a: [1, 2\n", &["version=1".to_string()]) {
            Err(Error::Parse {
                line: Some(_),
                column: Some(_),
                message,
                ..
            }) => {
                assert!(message.starts_with("malformed YAML"), "{message}")
            }
            other => panic!("{other:?}"),
        }
    }
}
