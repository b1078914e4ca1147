//! Turns YAML text into a validated `Spec`: parse (line and column on errors, "did you mean" for
//! unknown fields and values), apply `--set` overrides, validate, and attach file lines.

use crate::error::{Diagnostic, Error, Result};
use crate::spec::locate::SourceMap;
use crate::spec::set::{self, did_you_mean, strip_location};
use crate::spec::types::Spec;
use crate::spec::validate;

/// Parses YAML text into a `Spec` without validating it.
pub fn parse(source_name: &str, text: &str) -> Result<Spec> {
    crate::limits::check_spec_text(source_name, text)?;
    // Syntax first: the typed pass stops at the first unknown field, before it would notice a
    // syntax error further down, and "malformed YAML" is the more useful message.
    match yaml_serde::from_str::<yaml_serde::Value>(text) {
        Err(e) => return Err(parse_error(source_name, &e, "malformed YAML: ")),
        Ok(yaml_serde::Value::Null) => {
            return Err(Error::Parse {
                source_name: source_name.to_string(),
                line: None,
                column: None,
                message: "the spec is empty (nothing but comments or blank lines).\n  fix: start from a preset (`idsgen render --preset NAME -o DIR` writes a complete idsgen.yaml; `idsgen presets` lists them) or run `idsgen init`".to_string(),
            });
        }
        Ok(_) => {}
    }
    yaml_serde::from_str(text).map_err(|e| parse_error(source_name, &e, ""))
}

/// Parses, applies `--set` overrides, and validates. All problems are reported at once; each
/// diagnostic carries the line of its field in `text` when the field (or its parent) is there.
pub fn load(source_name: &str, text: &str, overrides: &[String]) -> Result<Spec> {
    crate::limits::check_spec_text(source_name, text)?;
    let spec = if overrides.is_empty() {
        parse(source_name, text)?
    } else {
        let doc = set::apply_value(source_name, text, overrides)?;
        // Typing from text (not `from_value`) keeps serde's field path in the message; the line
        // would be one of the re-serialised text, so it is kept only when the file alone fails
        // the same way.
        let retyped = yaml_serde::to_string(&doc).map_err(|e| Error::Parse {
            source_name: source_name.to_string(),
            line: None,
            column: None,
            message: format!("after applying --set: {e}"),
        })?;
        match yaml_serde::from_str::<Spec>(&retyped) {
            Ok(spec) => spec,
            Err(e) => {
                let message = explain(&strip_location(&e.to_string()));
                if let Err(located @ Error::Parse { .. }) = parse(source_name, text)
                    && matches!(&located, Error::Parse { message: m, .. } if *m == message)
                {
                    return Err(located);
                }
                return Err(Error::Parse {
                    source_name: source_name.to_string(),
                    line: None,
                    column: None,
                    message: format!("{message} (after applying --set)"),
                });
            }
        }
    };
    let diagnostics = validate::validate(&spec);
    if diagnostics.is_empty() {
        Ok(spec)
    } else {
        Err(Error::Invalid {
            source_name: source_name.to_string(),
            diagnostics: with_origins(text, overrides, diagnostics),
        })
    }
}

/// Names the `--set` behind a diagnostic whose field it wrote (or whose section it replaced);
/// every other diagnostic gets its line in the YAML source.
pub fn with_origins(text: &str, overrides: &[String], mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        d.from_set = overrides
            .iter()
            .rev()
            .find(|o| {
                let path = o.split_once('=').map_or(o.as_str(), |(p, _)| p).trim();
                d.path == path
                    || d.path
                        .strip_prefix(path)
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
            .cloned();
    }
    with_lines(text, diagnostics)
}

/// Fills in the line of every diagnostic from the YAML source.
pub fn with_lines(text: &str, mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if let Some(map) = SourceMap::parse(text) {
        for d in &mut diagnostics {
            if d.line.is_none() && d.from_set.is_none() {
                d.line = map.line_of(&d.path);
            }
        }
    }
    diagnostics
}

fn parse_error(source_name: &str, e: &yaml_serde::Error, prefix: &str) -> Error {
    let loc = e.location();
    Error::Parse {
        source_name: source_name.to_string(),
        line: loc.as_ref().map(|l| l.line()),
        column: loc.as_ref().map(|l| l.column()),
        message: format!("{prefix}{}", explain(&strip_location(&e.to_string()))),
    }
}

/// Rewrites serde's unknown-field / unknown-variant messages into: what is wrong, a "did you
/// mean" hint, and the full list of what is allowed there. Other messages pass through.
fn explain(message: &str) -> String {
    let (prefix, rest) = match message
        .find("unknown field `")
        .or_else(|| message.find("unknown variant `"))
    {
        Some(i) => (&message[..i], &message[i..]),
        None => return plain_types(message),
    };
    let is_field = rest.starts_with("unknown field");
    let Some(name) = between_backticks(rest).into_iter().next() else {
        return message.to_string();
    };
    let expected: Vec<&str> = match rest.find(", expected") {
        Some(i) => between_backticks(&rest[i..]),
        None => Vec::new(),
    };
    let (what, list_label) = if is_field {
        ("unknown field", "Expected fields")
    } else {
        ("unknown value", "Allowed values")
    };
    let list = if expected.is_empty() {
        if is_field {
            " This section takes no other fields.".to_string()
        } else {
            String::new()
        }
    } else {
        format!(" {list_label}: {}.", expected.join(", "))
    };
    format!("{prefix}{what} `{name}`.{}{list}", did_you_mean(name, &expected))
}

/// Says serde's Rust type names (`expected u32`, `expected struct Hosting`) in the words of the
/// YAML file, and notes when a number was written in quotes.
fn plain_types(message: &str) -> String {
    const WORDS: [(&str, &str); 6] = [
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected u16", "expected a whole number from 0 to 65535"),
        ("expected u32", "expected a whole number, 0 or more"),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected a sequence", "expected a list, e.g. `[a, b]`"),
        ("expected a boolean", "expected `true` or `false`"),
    ];
    if let Some(i) = message.find("expected struct ") {
        let rest = &message[i + "expected struct ".len()..];
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        return format!(
            "{}expected a mapping of fields (`name: value` lines){}",
            &message[..i],
            &rest[end..]
        );
    }
    let Some((from, to)) = WORDS.iter().find(|(from, _)| message.contains(from)) else {
        return message.to_string();
    };
    let mut text = message.replacen(from, to, 1);
    let quoted_number = message
        .split_once("invalid type: string \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .is_some_and(|(value, _)| value.parse::<f64>().is_ok());
    if quoted_number && to.contains("number") {
        text.push_str("; write the number without quotes");
    }
    text
}

/// Every `...` quoted span in `text`, in order.
fn between_backticks(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::presets;

    fn onprem() -> &'static str {
        presets::find("onprem-nginx").unwrap().text
    }

    fn parse_err(text: &str) -> (Option<usize>, Option<usize>, String) {
        match parse("f.yaml", text) {
            Err(Error::Parse {
                line, column, message, ..
            }) => (line, column, message),
            other => panic!("expected a parse error, got {other:?}"),
        }
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn unknown_fields_get_a_hint_and_the_list() {
        let text = onprem().replacen("      trusted_networks:", "      trusted_network:", 1);
        let (line, column, message) = parse_err(&text);
        assert_eq!(line, Some(line_of(&text, "trusted_network:")));
        assert_eq!(column, Some(7));
        assert!(
            message.starts_with("proxy.hops[0]: unknown field `trusted_network`."),
            "{message}"
        );
        assert!(message.contains("Did you mean `trusted_networks`?"), "{message}");
        assert!(
            message.contains("Expected fields: kind, name, terminates_tls"),
            "{message}"
        );
        assert!(!message.contains(" at line "), "{message}");
    }

    #[test]
    fn unknown_values_list_the_allowed_ones() {
        let text = onprem().replacen("kind: nginx", "kind: ngnix", 1);
        let (line, _, message) = parse_err(&text);
        assert_eq!(line, Some(line_of(&text, "ngnix")));
        assert!(
            message.contains("unknown value `ngnix`. Did you mean `nginx`?"),
            "{message}"
        );
        assert!(message.contains("Allowed values: cloud-l7-lb, aws-alb"), "{message}");
    }

    #[test]
    fn an_empty_spec_says_so_and_points_to_presets() {
        for text in ["", "\n\n", "# only a comment\n"] {
            let Err(Error::Parse { message, .. }) = parse("idsgen.yaml", text) else {
                panic!("an empty spec must not parse");
            };
            assert!(
                message.contains("the spec is empty") && message.contains("--preset"),
                "{message}"
            );
        }
    }

    #[test]
    fn malformed_yaml_has_line_and_column() {
        let text = onprem().replacen("  min_instances: 2", "  min_instances: [2", 1);
        let (line, column, message) = parse_err(&text);
        assert!(message.starts_with("malformed YAML"), "{message}");
        assert!(line.is_some() && column.is_some());
    }

    #[test]
    fn wrong_types_are_named_in_yaml_words() {
        let text = onprem().replacen("max_instances: 2", "max_instances: two", 1);
        let (line, _, message) = parse_err(&text);
        assert_eq!(line, Some(line_of(&text, "max_instances: two")));
        assert!(
            message.contains("hosting.max_instances: invalid type: string \"two\", expected a whole number"),
            "{message}"
        );
        assert!(!message.contains("u32"), "{message}");
        let (_, _, message) = parse_err(&onprem().replacen("duende: 8", "duende: \"8\"", 1));
        assert!(
            message.contains("from 0 to 255; write the number without quotes"),
            "{message}"
        );
        let (_, _, message) = parse_err(&onprem().replacen("scopes: [api]", "scopes: api", 1));
        assert!(message.contains("expected a list"), "{message}");
        let (_, _, message) = parse_err("- a\n");
        assert!(
            message.ends_with("expected a mapping of fields (`name: value` lines)"),
            "{message}"
        );
    }

    #[test]
    fn diagnostics_carry_lines() {
        let text = onprem().replacen("[\"127.0.0.1\"]", "[\"127.0.0.1/8\"]", 1);
        match load("f.yaml", &text, &[]) {
            Err(Error::Invalid { diagnostics, .. }) => {
                assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
                assert_eq!(diagnostics[0].path, "proxy.hops[0].trusted_networks[0]");
                assert_eq!(diagnostics[0].line, Some(line_of(&text, "127.0.0.1/8")));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn set_applies_before_typing_and_validation() {
        let o = vec![
            "hosting.max_instances=1".to_string(),
            "hosting.min_instances=1".to_string(),
        ];
        let spec = load("f.yaml", onprem(), &o).unwrap();
        assert_eq!(spec.hosting.max_instances, 1);
        let o = vec!["hosting.max_instances=two".to_string()];
        match load("f.yaml", onprem(), &o) {
            Err(Error::Parse { message, .. }) => {
                assert!(message.contains("after applying --set"), "{message}");
                assert!(message.starts_with("hosting.max_instances: invalid type"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}
