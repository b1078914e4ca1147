//! Escaping filters, one per target language. Every user-supplied value reaches a template
//! through one of these, so quotes, newlines, braces or `${` cannot break out of a literal.
//! Each filter returns a complete literal, quotes included.

use std::collections::HashMap;
use tera::{Result, Tera, Value};

/// Registers every filter on `tera`.
pub fn register_all(tera: &mut Tera) {
    tera.register_filter("cs", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(cs_string(&s)))
    });
    tera.register_filter("json", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(json_string(&s)))
    });
    tera.register_filter("yaml", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(yaml_string(&s)))
    });
    tera.register_filter("hcl", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(hcl_string(&s)))
    });
    tera.register_filter("nginx", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(nginx_string(&s)))
    });
    tera.register_filter("comment", |v: &Value, _: &HashMap<String, Value>| {
        text(v).map(|s| Value::String(comment_text(&s)))
    });
}

fn text(v: &Value) -> Result<String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(tera::Error::msg(format!("escaping filters take strings, got {other}"))),
    }
}

/// A C# regular string literal: `"..."` with `\"`, `\\` and control characters escaped.
pub fn cs_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JSON string literal.
pub fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("strings always serialize")
}

/// A YAML double-quoted scalar (JSON strings are valid YAML double-quoted scalars, except that
/// YAML also needs line separators escaped to round-trip).
pub fn yaml_string(s: &str) -> String {
    json_string(s)
        .replace('\u{2028}', "\\L")
        .replace('\u{2029}', "\\P")
        .replace('\u{85}', "\\N")
}

/// An HCL quoted template string: `${` and `%{` start interpolations, so they are doubled.
pub fn hcl_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_is_brace = chars.get(i + 1) == Some(&'{');
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' if next_is_brace => out.push_str("$$"),
            '%' if next_is_brace => out.push_str("%%"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An nginx quoted string. nginx expands `$var` inside quotes, so a literal `$` must be
/// written through a variable; values here never need one, and one is rejected by validation.
/// Newlines and control characters cannot appear in an nginx token, so they are dropped.
pub fn nginx_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for a single-line comment in any of our languages: control characters become spaces,
/// so a newline cannot end the comment early.
pub fn comment_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cs_escapes_quotes_backslashes_and_newlines() {
        assert_eq!(cs_string("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
        assert_eq!(cs_string("{{x}} ${y}"), r#""{{x}} ${y}""#);
    }

    #[test]
    fn json_and_yaml_escape_quotes() {
        assert_eq!(json_string("a\"b"), r#""a\"b""#);
        assert_eq!(yaml_string("x\u{2028}y"), r#""x\Ly""#);
    }

    #[test]
    fn hcl_doubles_interpolation_starts() {
        assert_eq!(hcl_string("${a} %{b} $c"), r#""$${a} %%{b} $c""#);
        assert_eq!(hcl_string("q\"\n"), r#""q\"\n""#);
    }

    #[test]
    fn nginx_escapes_quotes_and_drops_controls() {
        assert_eq!(nginx_string("a\"b\nc"), r#""a\"bc""#);
    }

    #[test]
    fn comment_text_cannot_break_a_line() {
        assert_eq!(comment_text("a\nb\r\u{2028}c"), "a b  c");
    }
}
