//! One line-aware document tree for JSON (appsettings, with comments) and YAML (Kubernetes, Helm,
//! idsgen.yaml), so rules read parsed structure and still report the exact 1-based line.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A parsed value with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Tree {
    /// 1-based line of the value (for map entries the key's line is in `Entry`).
    pub line: usize,
    /// The value.
    pub kind: Kind,
}

/// A map entry: key, the key's line, the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key as text.
    pub key: String,
    /// 1-based line of the key.
    pub line: usize,
    /// The value.
    pub value: Tree,
}

/// The shapes a value can take.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// Object / mapping, in document order.
    Map(Vec<Entry>),
    /// Array / sequence.
    Seq(Vec<Tree>),
    /// Any scalar as its text (strings unquoted, numbers and booleans as written).
    Scalar(String),
    /// JSON null, YAML `~`/empty, or an alias we do not resolve.
    Null,
}

impl Tree {
    fn new(line: usize, kind: Kind) -> Self {
        Self { line, kind }
    }

    /// The entries of a map (empty for anything else).
    pub fn entries(&self) -> &[Entry] {
        match &self.kind {
            Kind::Map(e) => e,
            _ => &[],
        }
    }

    /// The items of a sequence (empty for anything else).
    pub fn items(&self) -> &[Tree] {
        match &self.kind {
            Kind::Seq(s) => s,
            _ => &[],
        }
    }

    /// The entry for `key`, exact match.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key == key)
    }

    /// The value for `key`, exact match (YAML is case-sensitive).
    pub fn get(&self, key: &str) -> Option<&Tree> {
        self.entry(key).map(|e| &e.value)
    }

    /// The last entry for `key`, ignoring ASCII case (.NET configuration keys are case-insensitive).
    pub fn entry_ci(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().rev().find(|e| e.key.eq_ignore_ascii_case(key))
    }

    /// Follows `path` through maps, exact keys.
    pub fn at(&self, path: &[&str]) -> Option<&Tree> {
        path.iter().try_fold(self, |node, key| node.get(key))
    }

    /// The scalar text, if this is a scalar.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// The scalar as an unsigned integer.
    pub fn as_u64(&self) -> Option<u64> {
        self.as_str().and_then(|s| s.trim().parse().ok())
    }

    /// The scalar as a boolean (`true`/`false`, any case).
    pub fn as_bool(&self) -> Option<bool> {
        match self.as_str()?.trim().to_ascii_lowercase().as_str() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    /// Visits every node depth-first with its key path (map keys; `[]` for sequence items).
    pub fn walk<'a>(&'a self, f: &mut Visit<'_, 'a>) {
        fn go<'a>(node: &'a Tree, path: &mut Vec<&'a str>, entry: Option<&'a Entry>, f: &mut Visit<'_, 'a>) {
            f(path, entry, node);
            match &node.kind {
                Kind::Map(entries) => {
                    for e in entries {
                        path.push(&e.key);
                        go(&e.value, path, Some(e), f);
                        path.pop();
                    }
                }
                Kind::Seq(items) => {
                    for item in items {
                        path.push("[]");
                        go(item, path, None, f);
                        path.pop();
                    }
                }
                _ => {}
            }
        }
        go(self, &mut Vec::new(), None, f);
    }
}

/// Visitor for `Tree::walk`: key path, the map entry holding the node (if any), the node.
pub type Visit<'v, 'a> = dyn FnMut(&[&'a str], Option<&'a Entry>, &'a Tree) + 'v;

/// Maps byte offsets to 1-based lines.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// `text` without a leading UTF-8 byte order mark. Visual Studio writes one at the start of
/// appsettings.json, Program.cs and compose files; .NET and docker ignore it, so the engine does too
/// (it sits on line 1 and takes no line of its own, so lines stay right).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses JSON with comments and trailing commas (what .NET's JSON configuration accepts).
pub fn parse_json(text: &str) -> Result<Tree, String> {
    use jsonc_parser::ast::{ObjectPropName, Value};
    use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};
    let text = strip_bom(text);
    // jsonc-parser and `convert` recurse per level: bound the depth before either runs.
    crate::limits::check_json_depth(text)?;
    let lines = Lines::new(text);
    let parsed = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).map_err(|e| e.to_string())?;
    fn convert(v: &Value<'_>, lines: &Lines) -> Tree {
        match v {
            Value::Object(o) => Tree::new(
                lines.line_of(o.range.start),
                Kind::Map(
                    o.properties
                        .iter()
                        .map(|p| Entry {
                            key: match &p.name {
                                ObjectPropName::String(s) => s.value.to_string(),
                                ObjectPropName::Word(w) => w.value.to_string(),
                            },
                            line: lines.line_of(p.range.start),
                            value: convert(&p.value, lines),
                        })
                        .collect(),
                ),
            ),
            Value::Array(a) => Tree::new(
                lines.line_of(a.range.start),
                Kind::Seq(a.elements.iter().map(|e| convert(e, lines)).collect()),
            ),
            Value::StringLit(s) => Tree::new(lines.line_of(s.range.start), Kind::Scalar(s.value.to_string())),
            Value::NumberLit(n) => Tree::new(lines.line_of(n.range.start), Kind::Scalar(n.value.to_string())),
            Value::BooleanLit(b) => Tree::new(lines.line_of(b.range.start), Kind::Scalar(b.value.to_string())),
            Value::NullKeyword(n) => Tree::new(lines.line_of(n.range.start), Kind::Null),
        }
    }
    Ok(parsed
        .value
        .as_ref()
        .map(|v| convert(v, &lines))
        .unwrap_or_else(|| Tree::new(1, Kind::Null)))
}

/// Builds trees from yaml-rust2's marked events.
#[derive(Default)]
struct YamlBuilder {
    docs: Vec<Tree>,
    /// Open containers: the node, plus a pending key for maps.
    stack: Vec<(Tree, Option<(String, usize)>)>,
}

impl YamlBuilder {
    fn push_value(&mut self, value: Tree) {
        match self.stack.last_mut() {
            None => self.docs.push(value),
            Some((parent, pending)) => match &mut parent.kind {
                Kind::Seq(items) => items.push(value),
                Kind::Map(entries) => match pending.take() {
                    None => {
                        let key = match &value.kind {
                            Kind::Scalar(s) => s.clone(),
                            _ => String::new(),
                        };
                        *pending = Some((key, value.line));
                    }
                    Some((key, line)) => entries.push(Entry { key, line, value }),
                },
                _ => {}
            },
        }
    }
}

impl MarkedEventReceiver for YamlBuilder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let line = mark.line().max(1);
        match ev {
            Event::Scalar(text, style, _, _) => {
                let plain = style == yaml_rust2::scanner::TScalarStyle::Plain;
                let kind = if plain && matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL") {
                    Kind::Null
                } else {
                    Kind::Scalar(text)
                };
                self.push_value(Tree::new(line, kind));
            }
            Event::Alias(_) => self.push_value(Tree::new(line, Kind::Null)),
            Event::SequenceStart(..) => self.stack.push((Tree::new(line, Kind::Seq(Vec::new())), None)),
            Event::MappingStart(..) => self.stack.push((Tree::new(line, Kind::Map(Vec::new())), None)),
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((node, _)) = self.stack.pop() {
                    self.push_value(node);
                }
            }
            _ => {}
        }
    }
}

/// Parses every YAML document in `text`.
pub fn parse_yaml(text: &str) -> Result<Vec<Tree>, String> {
    let text = strip_bom(text);
    // Aliases are not expanded here, but a deep tree still costs recursion in every walk.
    crate::limits::check_yaml(text)?;
    let mut builder = YamlBuilder::default();
    let mut parser = Parser::new_from_str(text);
    parser.load(&mut builder, true).map_err(|e| e.to_string())?;
    Ok(builder.docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_content() {
        let json = "\u{feff}{\n  \"Serilog\": {\n    \"MinimumLevel\": \"Information\"\n  }\n}\n";
        let tree = parse_json(json).unwrap();
        assert_eq!(tree.get("Serilog").unwrap().entry("MinimumLevel").unwrap().line, 3);
        let yaml = parse_yaml("\u{feff}services:\n  sts:\n    image: a\n").unwrap();
        assert_eq!(yaml[0].get("services").unwrap().entry("sts").unwrap().line, 2);
        assert_eq!(strip_bom("plain"), "plain");
    }

    #[test]
    fn json_lines_follow_keys_and_allow_comments() {
        let text = "{\n  // comment\n  \"Logging\": {\n    \"LogLevel\": { \"Default\": \"Information\" },\n  },\n}\n";
        let tree = parse_json(text).unwrap();
        let level = tree.at(&["Logging", "LogLevel"]).unwrap().entry("Default").unwrap();
        assert_eq!((level.line, level.value.as_str()), (4, Some("Information")));
        assert_eq!(tree.entry("Logging").unwrap().line, 3);
    }

    #[test]
    fn yaml_multi_documents_keep_lines() {
        let text = "a: 1\n---\nkind: Deployment\nspec:\n  replicas: 3\n  list:\n    - x: y\n";
        let docs = parse_yaml(text).unwrap();
        assert_eq!(docs.len(), 2);
        let replicas = docs[1].get("spec").unwrap().entry("replicas").unwrap();
        assert_eq!((replicas.line, replicas.value.as_u64()), (5, Some(3)));
        assert_eq!(
            docs[1].at(&["spec", "list"]).unwrap().items()[0].get("x").unwrap().line,
            7
        );
    }

    #[test]
    fn broken_inputs_are_errors_not_panics() {
        assert!(parse_json("{ \"a\": ").is_err());
        assert!(parse_yaml("a: [1, 2\n").is_err());
    }
}
