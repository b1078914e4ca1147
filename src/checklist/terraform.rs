//! Terraform read through hcl-rs (hcl-edit, which keeps spans): resources as owned blocks with
//! lines, and the Redis persistence, instance-count and literal-setting facts the rules need.

use crate::checklist::tree::Lines;
use hcl::edit::Span;
use hcl::edit::expr::{Expression, ObjectKey};
use hcl::edit::structure::{Body, Structure};

/// An HCL value reduced to what rules compare.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string without interpolation.
    Str(String),
    /// A number as written.
    Num(String),
    /// A boolean.
    Bool(bool),
    /// An object: key, key line, value.
    Object(Vec<(String, usize, Value)>),
    /// An array.
    Array(Vec<Value>),
    /// A string with interpolations (`"DOCKER|${var.registry}/auth:latest"`): its literal text,
    /// each interpolation or directive written `${…}`. Not a literal value.
    Template(String),
    /// Anything computed (references, calls): not a literal.
    Computed,
}

impl Value {
    /// The string, if a literal string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The text of a literal string or of a template, interpolations written `${…}`.
    pub fn text(&self) -> Option<&str> {
        match self {
            Value::Str(s) | Value::Template(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if a literal number (or a numeric string).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Num(n) | Value::Str(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The boolean, if a literal.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::Str(s) if s == "true" || s == "false" => Some(s == "true"),
            _ => None,
        }
    }
}

/// An attribute with its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Attr {
    /// Key.
    pub key: String,
    /// 1-based line of the key.
    pub line: usize,
    /// Value.
    pub value: Value,
}

/// A block (resource, nested block) with its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// File.
    pub file: String,
    /// 1-based line of the block identifier.
    pub line: usize,
    /// `resource`, `redis_configuration`, ...
    pub ident: String,
    /// Labels (`azurerm_redis_cache`, `main`).
    pub labels: Vec<String>,
    /// Attributes.
    pub attrs: Vec<Attr>,
    /// Nested blocks.
    pub blocks: Vec<Block>,
}

impl Block {
    /// The attribute `key`.
    pub fn attr(&self, key: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.key == key)
    }

    /// Nested blocks named `ident`.
    pub fn nested<'a>(&'a self, ident: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks.iter().filter(move |b| b.ident == ident)
    }

    /// `type.name` for a resource.
    pub fn address(&self) -> String {
        self.labels.join(".")
    }
}

/// All Terraform files of a tree.
#[derive(Debug, Default)]
pub struct Terraform {
    /// Top-level blocks of every file.
    pub blocks: Vec<Block>,
    /// Top-level attributes with their file: what `.tfvars` files hold.
    pub assignments: Vec<(String, Attr)>,
    /// Files that did not parse: (file, line, message).
    pub errors: Vec<(String, usize, String)>,
}

impl Terraform {
    /// Parses `(path, text)` pairs.
    pub fn load(files: &[(&str, &str)]) -> Self {
        let mut tf = Terraform::default();
        for (path, text) in files {
            // Malformed text never reaches the backtracking parser (see hcl_scan).
            if let Some((line, message)) = crate::checklist::hcl_scan::structural_error(text) {
                tf.errors.push((path.to_string(), line, message));
                continue;
            }
            match hcl::edit::parser::parse_body(text) {
                Ok(body) => {
                    let lines = Lines::new(text);
                    let (attrs, blocks) = convert_body(&body, path, &lines);
                    tf.blocks.extend(blocks);
                    tf.assignments.extend(attrs.into_iter().map(|a| (path.to_string(), a)));
                }
                Err(e) => tf
                    .errors
                    .push((path.to_string(), e.location().line(), e.message().to_string())),
            }
        }
        tf
    }

    /// `resource` blocks of `rtype`.
    pub fn resources<'a>(&'a self, rtype: &'a str) -> impl Iterator<Item = &'a Block> + 'a {
        self.blocks
            .iter()
            .filter(move |b| b.ident == "resource" && b.labels.first().map(String::as_str) == Some(rtype))
    }
}

fn line_of(span: Option<std::ops::Range<usize>>, lines: &Lines) -> usize {
    span.map(|s| lines.line_of(s.start)).unwrap_or(1)
}

fn convert_body(body: &Body, file: &str, lines: &Lines) -> (Vec<Attr>, Vec<Block>) {
    let mut attrs = Vec::new();
    let mut blocks = Vec::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => attrs.push(Attr {
                key: a.key.as_str().to_string(),
                line: line_of(a.key.span(), lines),
                value: convert_expr(&a.value, lines),
            }),
            Structure::Block(b) => {
                let (a, bl) = convert_body(&b.body, file, lines);
                blocks.push(Block {
                    file: file.to_string(),
                    line: line_of(b.ident.span(), lines),
                    ident: b.ident.as_str().to_string(),
                    labels: b
                        .labels
                        .iter()
                        .map(|l| match l {
                            hcl::edit::structure::BlockLabel::Ident(i) => i.as_str().to_string(),
                            hcl::edit::structure::BlockLabel::String(s) => s.value().to_string(),
                        })
                        .collect(),
                    attrs: a,
                    blocks: bl,
                });
            }
        }
    }
    (attrs, blocks)
}

fn convert_expr(e: &Expression, lines: &Lines) -> Value {
    match e {
        Expression::String(s) => Value::Str(s.value().to_string()),
        Expression::Number(n) => Value::Num(n.value().to_string()),
        Expression::Bool(b) => Value::Bool(*b.value()),
        Expression::Array(a) => Value::Array(a.iter().map(|x| convert_expr(x, lines)).collect()),
        Expression::Object(o) => Value::Object(
            o.iter()
                .map(|(k, v)| {
                    let (key, line) = match k {
                        ObjectKey::Ident(i) => (i.as_str().to_string(), line_of(i.span(), lines)),
                        ObjectKey::Expression(Expression::String(s)) => {
                            (s.value().to_string(), line_of(s.span(), lines))
                        }
                        ObjectKey::Expression(other) => (String::new(), line_of(other.span(), lines)),
                    };
                    (key, line, convert_expr(v.expr(), lines))
                })
                .collect(),
        ),
        Expression::Parenthesis(p) => convert_expr(p.inner(), lines),
        Expression::StringTemplate(t) => Value::Template(
            t.iter()
                .map(|e| match e {
                    hcl::edit::template::Element::Literal(l) => l.value().as_str(),
                    _ => "${…}",
                })
                .collect(),
        ),
        _ => Value::Computed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_attributes_and_lines() {
        let tf = Terraform::load(&[(
            "redis.tf",
            "resource \"azurerm_redis_cache\" \"keys\" {\n  sku_name = \"Premium\"\n  redis_configuration {\n    rdb_backup_enabled = true\n  }\n  tags = { env = \"prod\" }\n}\n",
        )]);
        let r = tf.resources("azurerm_redis_cache").next().unwrap();
        assert_eq!((r.line, r.address()), (1, "azurerm_redis_cache.keys".to_string()));
        assert_eq!(r.attr("sku_name").unwrap().value.as_str(), Some("Premium"));
        let conf = r.nested("redis_configuration").next().unwrap();
        let rdb = conf.attr("rdb_backup_enabled").unwrap();
        assert_eq!((rdb.line, rdb.value.as_bool()), (4, Some(true)));
        assert!(matches!(&r.attr("tags").unwrap().value, Value::Object(o) if o[0].0 == "env" && o[0].1 == 6));
    }

    #[test]
    fn parse_errors_are_reported_with_lines() {
        let tf = Terraform::load(&[("bad.tf", "resource \"a\" \"b\" {\n  x = \n}\n")]);
        assert_eq!(tf.errors.len(), 1);
        assert!(tf.errors[0].1 >= 2);
    }
}
